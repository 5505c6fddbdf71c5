import gzip
import io
import json
import re

import pytest

from framing import InputError
from framing.inputs import ReadOptions, read_documents


def test_text_files_keep_their_path_as_doc(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nSome text.", encoding="utf-8")
    [document] = read_documents([str(path)])
    assert document.doc == str(path) and document.text.startswith("# Title")


def test_bom_is_dropped_and_crlf_kept(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello.\r\nWorld.")
    assert read_documents([str(path)])[0].text == "Hello.\r\nWorld."


def test_jsonl_one_article_per_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x1", "text": "One."}\n\n{"text": "Two."}\n', encoding="utf-8")
    documents = read_documents([str(path)])
    assert [(d.doc, d.text) for d in documents] == [("x1", "One."), (f"{path}:3", "Two.")]


def test_stdin():
    [document] = read_documents(["-"], stdin=io.BytesIO(b"Stdin text."))
    assert (document.doc, document.text) == ("<stdin>", "Stdin text.")


def test_stdin_given_twice_is_refused_before_it_is_read():
    # the second read would find standard input used up and call it empty
    with pytest.raises(InputError, match=r"- \(standard input\) is given twice"):
        read_documents(["-", "-"], stdin=io.BytesIO(b"Stdin text."))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t", "is empty"),
        ("binary.txt", b"\x01\x02\x00\x00\x00 data", "looks binary"),
        ("latin1.txt", "café".encode("latin-1"), "is not UTF-8 (byte 0xe9 at offset 3)"),
        ("utf16.txt", "hello".encode("utf-16"), "is UTF-16 text"),
        # a row read as a dict keeps one of two same-named cells: the other would be lost without a word
        ("twice.csv", b"id,text,text\n1,a,b\n", "twice.csv:1: the column name 'text' is used twice"),
        ("bad.jsonl", b'{"text": "ok"}\n{oops\n', "bad.jsonl:2: not valid JSON"),
        ("notext.jsonl", b'{"body": "x"}\n', 'notext.jsonl:1: no "text" string field'),
        ("emptytext.jsonl", b'{"text": " "}\n', 'emptytext.jsonl:1: "text" is empty'),
        # half an emoji as a JSON escape: no UTF-8 output can hold it, in the text or in metadata
        (
            "half.jsonl",
            b'{"text": "Hi \\ud83d there."}\n',
            'half.jsonl:1: "text" holds a lone surrogate \\ud83d at character 3',
        ),
        (
            "halftitle.jsonl",
            b'{"text": "Hi.", "title": "x\\udcff"}\n',
            'halftitle.jsonl:1: "title" holds a lone surrogate',
        ),
        # ... in a nested field or in a key too (both crashed every output)
        (
            "halfnested.jsonl",
            b'{"text": "Hi.", "meta": {"t": ["a", "\\ud83d"]}}\n',
            '"meta.t[1]" holds a lone surrogate',
        ),
        (
            "halfkey.jsonl",
            b'{"text": "Hi.", "\\ud83d": "x"}\n',
            "holds a lone surrogate \\ud83d at character 0 in its name",
        ),
        ("data.json", b'{"text": "x"}', ".json files are not read"),
    ],
)
def test_bad_files_say_what_and_what_to_do(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        read_documents([str(path)])
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_missing_file_and_folder_without_articles(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_documents([str(tmp_path / "nope.txt")])
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"is a folder with no \.txt, \.md, \.jsonl, \.csv or \.tsv files"):
        read_documents([str(tmp_path)])


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "one.md").write_text("One.", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")  # not an article format: left alone
    with gzip.open(tmp_path / "b" / "three.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"id": "t", "text": "Three.", "country": "PL"}\n')
    documents = read_documents([str(tmp_path)])
    assert [d.text for d in documents] == ["Three.", "Two.", "One."]
    assert documents[0].metadata == {"country": "PL"}


def test_csv_and_tsv_rows_with_metadata(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,country,text\na1,GB,"One, with a comma."\na2,US,"Two\nlines."\n', encoding="utf-8")
    documents = read_documents([str(path)])
    assert [(d.doc, d.text, dict(d.metadata)) for d in documents] == [
        ("a1", "One, with a comma.", {"country": "GB"}),
        ("a2", "Two\nlines.", {"country": "US"}),
    ]
    tsv = tmp_path / "news.tsv"
    tsv.write_text("body\tsource\nHello there.\tx\n", encoding="utf-8")
    [document] = read_documents([str(tsv)], options=ReadOptions(text_field="body"))
    assert (document.doc, document.text, document.metadata) == (f"{tsv}:2", "Hello there.", {"source": "x"})


def test_json_lines_in_a_csv_file_are_named_as_such_in_one_short_line(tmp_path):
    # new-user trial: the "columns" were a whole article, 2.8 KB in one error line, with the wrong advice
    path = tmp_path / "news.csv"
    record = {"id": "a", "title": "t" * 500, "text": "Russia attacked Kyiv. " * 100}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(
        InputError, match=r"holds JSON records, not a CSV table; name the file \.jsonl"
    ) as error:
        read_documents([str(path)])
    assert len(str(error.value)) < 200
    # compact JSON (jq -c) broke the csv module's quoting before the header was seen
    path.write_text('{"id":"a","text":"Russia attacked Kyiv."}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"holds JSON records, not a CSV table"):
        read_documents([str(path)])
    path.write_text('[{"id": "a", "text": "Russia attacked Kyiv."}]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"holds a JSON array, not a CSV table; .*jq -c"):
        read_documents([str(path)])


def test_a_header_in_braces_is_no_json(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("{id},body\n1,Hello.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no 'text' column \(columns: \{id\}, body\)"):
        read_documents([str(path)])


def test_a_long_header_is_cut_in_the_message(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(
        ",".join(f"column{k}" for k in range(30)) + "\n" + ",".join("x" * 30) + "\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"column11, \.\.\. \(30 columns\)") as error:
        read_documents([str(path)])
    assert "column12" not in str(error.value)


def test_csv_without_the_text_column_names_the_columns(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,body\n1,Hello.\n", encoding="utf-8")
    with pytest.raises(
        InputError, match=r"no 'text' column \(columns: id, body\); name the text column with --text-field"
    ):
        read_documents([str(path)])


def test_json_records_given_as_prose_are_refused(tmp_path):
    with pytest.raises(InputError, match="holds JSON records, not prose; pass --stdin-format jsonl"):
        read_documents(["-"], stdin=io.BytesIO(b'{"id": "a", "text": "Hello."}\n'))
    [document] = read_documents(
        ["-"], stdin=io.BytesIO(b'{"id": "a", "text": "Hello."}\n'), options=ReadOptions(stdin_format="jsonl")
    )
    assert document.doc == "a"
    path = tmp_path / "records.txt"
    path.write_text('{"text": "Hello."}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"name the file \.jsonl"):
        read_documents([str(path)])


ARTICLES = [{"id": "a", "text": "Drones attacked the city."}, {"id": "b", "text": "Officials said so."}]


@pytest.mark.parametrize(
    ("content", "kind", "command"),
    [
        (json.dumps(ARTICLES, indent=2), "a JSON array", "jq -c '.[]'"),  # pretty-printed
        (json.dumps(ARTICLES), "a JSON array", "jq -c '.[]'"),  # on one line
        (json.dumps(ARTICLES[0], indent=1), "a JSON object", "jq -c '.'"),  # one article, pretty-printed
    ],
    ids=["pretty-array", "one-line-array", "pretty-object"],
)
def test_json_given_as_prose_is_refused_with_the_conversion(tmp_path, content, kind, command):
    path = tmp_path / "articles.txt"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_documents([str(path)])
    assert str(raised.value) == (
        f"{path} holds {kind}, not prose; convert it to JSON Lines (one article object per line), "
        f"e.g. {command} {path} > articles.jsonl"
    )
    with pytest.raises(InputError, match=f"<stdin> holds {kind}, not prose; .* pass --stdin-format jsonl"):
        read_documents(["-"], stdin=io.BytesIO(content.encode()))
    gzipped = tmp_path / "my articles.txt.gz"
    gzipped.write_bytes(gzip.compress(content.encode()))
    with pytest.raises(InputError, match=re.escape(f"e.g. zcat '{gzipped}' | {command} > articles.jsonl")):
        read_documents([str(gzipped)])


@pytest.mark.parametrize(
    "prose",
    [
        "[Reuters] Drones attacked the city, officials said.\n",
        "[1] Drones attacked the city. [2] Officials said so.]",
        "{Editor's note: updated.} Drones attacked the city.}",
        '["Drones attacked the city," he said.]',
        "[[[[[[[[[[" * 200_000 + "]",  # nested past the JSON parser's depth: not JSON either
    ],
    ids=["dateline", "notes", "braces", "quote", "deep"],
)
def test_prose_that_opens_with_a_bracket_is_read(prose):
    [document] = read_documents(["-"], stdin=io.BytesIO(prose.encode()))
    assert document.text == prose


def test_a_json_file_is_refused_with_the_conversion(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(ARTICLES), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"e.g. jq -c '.[]' {path} > articles.jsonl")):
        read_documents([str(path)])


def test_duplicate_ids_are_kept_apart_by_position(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n', encoding="utf-8")
    documents = read_documents([str(path)])
    assert [d.doc for d in documents] == ["x", "x"]
    assert len({d.key for d in documents}) == 2


@pytest.mark.parametrize("content", ["\u200b\u200b", "\ufeff\ufeff", "\u3000 \u2028"])
def test_text_without_visible_characters_is_empty(tmp_path, content):
    path = tmp_path / "invisible.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="is empty"):
        read_documents([str(path)])


def test_broken_gzip_is_refused(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="valid gzip"):
        read_documents([str(path)])


def test_articles_over_the_length_limit_are_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 50, encoding="utf-8")
    with pytest.raises(InputError, match=r"has 250 characters, more than the limit of 100; .*--max-chars"):
        read_documents([str(path)], options=ReadOptions(max_chars=100))
    records = tmp_path / "long.jsonl"
    records.write_text('{"text": "' + "word " * 50 + '"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"long\.jsonl:1 has 250 characters"):
        read_documents([str(records)], options=ReadOptions(max_chars=100))
    assert read_documents([str(path)])[0].text.startswith("word")


def test_files_a_folder_leaves_out_are_listed_hidden_ones_aside(tmp_path):
    from framing.inputs import scan

    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Drones attacked the city.", encoding="utf-8")
    for name in ("report.docx", "sub/photo.jpg", ".DS_Store", ".git/config"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".git" / "README.md").write_text("Not an article.", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("Not an article either.", encoding="utf-8")
    inputs = scan([str(tmp_path)])
    assert inputs.files == [str(tmp_path / "a.txt")]
    assert inputs.left_out == [str(tmp_path / "report.docx"), str(tmp_path / "sub" / "photo.jpg")]
    assert scan([str(tmp_path / "a.txt")]).left_out == []


def test_one_walk_finds_both_the_files_to_read_and_those_left_out(tmp_path, monkeypatch):
    from framing.inputs import scan

    (tmp_path / "a.txt").write_text("Drones attacked the city.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    walks = []
    original = type(tmp_path).rglob
    monkeypatch.setattr(
        type(tmp_path), "rglob", lambda self, pattern: walks.append(self) or original(self, pattern)
    )
    inputs = scan([str(tmp_path), "-"])
    assert (inputs.files, inputs.left_out, len(walks)) == (
        [str(tmp_path / "a.txt"), "-"],
        [str(tmp_path / "b.pdf")],
        1,
    )


def test_an_id_field_named_on_purpose_must_be_there(tmp_path):
    from framing.errors import InputError
    from framing.inputs import ReadOptions, read_documents

    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "Drones attacked the city."}\n', encoding="utf-8")
    assert read_documents([str(path)])[0].doc == f"{path}:1"  # no "id": numbered by line
    with pytest.raises(InputError, match=r'news\.jsonl:1: no "ident" field for --id-field'):
        read_documents([str(path)], options=ReadOptions(id_field="ident"))


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (b"id,text\na,Hello there.\nb,Goodbye.\n", "pass --stdin-format csv"),
        (b'id,text,country\na,"One, two.",PL\n', "pass --stdin-format csv"),
        (b"id\ttext\na\tHello there.\n", "pass --stdin-format tsv"),
        (b'text,id\n"A cell\nover two lines.",a\n', "pass --stdin-format csv"),
    ],
)
def test_a_csv_table_given_as_prose_is_refused(data, hint):
    with pytest.raises(InputError, match=f"holds a .SV table with a 'text' column, not prose; {hint}"):
        read_documents(["-"], stdin=io.BytesIO(data))
    kind = hint.rsplit(" ", 1)[1]
    documents = read_documents(["-"], stdin=io.BytesIO(data), options=ReadOptions(stdin_format=kind))
    assert documents and all("text" not in d.metadata for d in documents)


def test_a_csv_file_named_txt_is_refused_by_its_text_field(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text("id,body\na,Hello there.\n", encoding="utf-8")
    with pytest.raises(
        InputError, match=r"holds a CSV table with a 'body' column, not prose; name the file \.csv"
    ):
        read_documents([str(path)], options=ReadOptions(text_field="body"))
    # Without 'body' named as the text column, the header is not clearly a table of articles: read as prose.
    assert len(read_documents([str(path)])) == 1


@pytest.mark.parametrize(
    "prose",
    [
        "text, images and video were shared widely.\nOfficials, however, said nothing.\n",
        "Officials, however, said nothing.\nThe text, they said, was final.\n",
        "text,\nnothing else here, at all.\n",
        "text, id\n",
        "Name\tAge\ttext\nThe survey, run in May, asked people what they read.\n",
        'text, the minister said, was "final"\nand so, it seems, is the decision.\n',
    ],
)
def test_prose_with_commas_and_tabs_is_never_refused(prose):
    [document] = read_documents(["-"], stdin=io.BytesIO(prose.encode()))
    assert document.text == prose


def test_a_walk_skips_batch_output_folders_and_the_excluded_folder(tmp_path):
    from framing.inputs import scan

    (tmp_path / "a.txt").write_text("Drones attacked the city.", encoding="utf-8")
    for folder, marker in (("done", "_SUCCESS"), ("killed", "manifest.jsonl"), ("mine", "")):
        (tmp_path / folder / "documents").mkdir(parents=True)
        (tmp_path / folder / "documents" / "part-000000.jsonl").write_text('{"doc": "a"}\n', encoding="utf-8")
        if marker:
            (tmp_path / folder / marker).write_text("{}\n", encoding="utf-8")
    inputs = scan([str(tmp_path)], exclude=[tmp_path / "mine"])
    assert inputs.files == [str(tmp_path / "a.txt")]
    assert inputs.outputs == (str(tmp_path / "done"), str(tmp_path / "killed"))
    # A folder named like a part folder but without a batch's manifest or mark is read as articles.
    assert str(tmp_path / "mine" / "documents" / "part-000000.jsonl") in scan([str(tmp_path)]).files
    # The folder given itself holds scores, not articles: refused, with the way to read it (new-user trial 35).
    with pytest.raises(InputError, match="is a folder framing batch wrote"):
        scan([str(tmp_path / "done")])


def test_csv_positions_and_errors_name_rows_not_lines(tmp_path):
    table = tmp_path / "news.csv"
    # Row 2's text spans three lines; row 3 starts on line 5.
    table.write_text('id,text\na,"First paragraph.\n\nSecond paragraph."\nb,Calm.\n', encoding="utf-8")
    assert [d.position for d in read_documents([str(table)])] == [2, 3]
    table.write_text('id,text\na,"One\ntwo."\n\nb,"Three\nfour."\nc,\n', encoding="utf-8")
    # Rows 2 and 4 span two lines each, row 3 is blank: the empty text is on line 7, row 5.
    with pytest.raises(InputError, match=r"news\.csv:5: \"text\" is empty"):
        read_documents([str(table)])


def test_a_header_read_as_one_column_says_the_delimiter_looks_wrong(tmp_path):
    semi, tabbed = tmp_path / "semi.csv", tmp_path / "tabbed.csv"
    semi.write_text("id;text\n1;The minister said all is calm.\n", encoding="utf-8")
    tabbed.write_text("id\ttext\n1\tThe minister said all is calm.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"look separated by ';', not commas \(CSV\); convert it") as error:
        read_documents([str(semi)])
    assert f"pd.read_csv('{semi}', sep=';'" in str(error.value) and "\n" not in str(error.value)
    with pytest.raises(InputError, match=r"separated by tabs, not commas \(CSV\); name the file \.tsv$"):
        read_documents([str(tabbed)])
    piped = io.BytesIO(b"id,text\n1,Calm.\n")
    with pytest.raises(InputError, match=r"by commas, not tabs \(TSV\); use --stdin-format csv$"):
        read_documents(["-"], stdin=piped, options=ReadOptions(stdin_format="tsv"))
    # A header of several columns without the text column keeps its own message.
    semi.write_text("id,body\n1,Calm.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no 'text' column \(columns: id, body\)"):
        read_documents([str(semi)])


def test_on_bad_takes_each_bad_record_and_reading_goes_on(tmp_path):
    from framing.inputs import ReadOptions, iter_documents

    (tmp_path / "a.jsonl").write_bytes(
        b'{"text": "First."}\n{oops\n{"text": "caf\xe9"}\n{"text": " "}\n{"text": "Last."}\n'
    )
    (tmp_path / "b.csv").write_text('id,text\n1,"Row one."\n2,x,y\n3,"Row three."\n', encoding="utf-8")
    errors = []
    options = ReadOptions(on_bad=errors.append)
    texts = [d.text for d in iter_documents([str(tmp_path)], options=options)]
    assert texts == ["First.", "Last.", "Row one.", "Row three."]
    assert [str(e).split(" ")[0] for e in errors] == [
        f"{tmp_path / 'a.jsonl'}:2:",
        f"{tmp_path / 'a.jsonl'}:3",
        f"{tmp_path / 'a.jsonl'}:4:",
        f"{tmp_path / 'b.csv'}:3:",
    ]
    with pytest.raises(InputError, match=r"a\.jsonl:2: not valid JSON"):
        list(iter_documents([str(tmp_path)]))


def test_a_cut_gzip_file_says_where_it_ends(tmp_path):
    import gzip

    data = gzip.compress(b"".join(b'{"text": "Article %d."}\n' % k for k in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(
        InputError, match=r"cut\.jsonl\.gz: cannot be read \(.*\) after line \d+; the records before"
    ):
        list(read_documents([str(tmp_path / "cut.jsonl.gz")]))


def test_a_quoted_csv_cell_never_closed_is_refused_not_merged_with_the_rows_after_it(tmp_path):
    table = tmp_path / "news.csv"
    # Read leniently, row 2's open quote would swallow rows 3 and 4 into one article.
    table.write_text(
        'id,text\n1,"The minister said ""all is safe"".\n2,Officials warned.\n3,The mayor was calm.\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"news\.csv:2: not valid CSV \(a quoted cell .* never closed"):
        read_documents([str(table)])
    table.write_text('id,text\n1,"He said "no" today"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"news\.csv:2: .*a quoted cell must end at its delimiter"):
        read_documents([str(table)])


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("page.html", b"<p>The minister said all is calm.</p>", "an HTML page"),
        ("page.txt", b"  <!DOCTYPE html><html><p>The minister said all is calm.</p>", "an HTML page"),
        ("scan.txt", b"%PDF-1.4\n1 0 obj\n<< /Title (\xe9t\xe9) >>\nendobj\n", "a PDF"),
        ("note.rtf", b"The minister said all is calm.", "RTF"),
        ("letter.txt", b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
        # an image says so, whatever its name (it used to be called not UTF-8, with iconv advice)
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", r"an image \(PNG\)"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", r"an image \(JPEG\)"),
    ],
)
def test_a_document_format_is_refused_by_its_name_or_first_bytes_not_scored_as_text(
    tmp_path, name, data, kind
):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=rf"{re.escape(name)} is {kind}.*, not plain text; save the article"):
        read_documents([str(path)])


def test_a_folder_with_only_a_success_mark_is_read_as_articles(tmp_path):
    # code review: Spark and Hadoop write _SUCCESS in every export; without a parts folder it is no batch's
    from framing.inputs import scan

    (tmp_path / "part-00000.txt").write_text("Drones attacked the city.", encoding="utf-8")
    (tmp_path / "_SUCCESS").write_text("", encoding="utf-8")
    assert scan([str(tmp_path)]).files == [str(tmp_path / "part-00000.txt")]
