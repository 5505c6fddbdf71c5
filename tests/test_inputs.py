import io

import pytest

from framing import InputError
from framing.inputs import read_documents


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


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "looks binary"),
        ("latin1.txt", "café".encode("latin-1"), "is not UTF-8 (byte 0xe9 at offset 3)"),
        ("utf16.txt", "hello".encode("utf-16"), "is UTF-16 text"),
        ("bad.jsonl", b'{"text": "ok"}\n{oops\n', "bad.jsonl:2: not valid JSON"),
        ("notext.jsonl", b'{"body": "x"}\n', 'notext.jsonl:1: no "text" string field'),
        ("emptytext.jsonl", b'{"text": " "}\n', 'emptytext.jsonl:1: "text" is empty'),
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


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_documents([str(tmp_path / "nope.txt")])
    with pytest.raises(InputError, match="is a directory; pass the files in it"):
        read_documents([str(tmp_path)])
