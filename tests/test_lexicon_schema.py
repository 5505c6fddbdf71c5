"""The declarative reader: every file kind keeps its messages, `file:line: what is wrong`."""

import pytest
from conftest import write_rule

from framing import LexiconError, analyze, load_lexicons
from framing.lexicon.kinds import DIMENSION
from framing.lexicon.schema import read_table

SOURCE = "# source: own = test\n"

CASES = [
    (
        "modifiers/negators.tsv",
        "pattern\tkind\tsource\nnope\tnegation\town\n",
        "negators.tsv:3: kind 'negation' is unknown; use one of: negator,",
    ),
    (
        "modifiers/intensifiers.tsv",
        "pattern\tfactor\tsource\nvery\t0.5\town\n",
        "intensifiers.tsv:3: intensifier factor 0.5 must be above 1 and at most 3",
    ),
    (
        "modifiers/diminishers.tsv",
        "pattern\tfactor\tsource\nslightly\t1.5\town\n",
        "diminishers.tsv:3: diminisher factor 1.5 must be between 0 and 1",
    ),
    (
        "modifiers/diminishers.tsv",
        "pattern\tfactor\tsource\nslightly\tlow\town\n",
        "diminishers.tsv:3: factor 'low' is not a number",
    ),
    (
        "segment/abbreviations.tsv",
        "abbreviation\nGov.\n",
        "abbreviations.tsv:3: abbreviation 'Gov.' must be lowercase letters",
    ),
    (
        "segment/boilerplate.tsv",
        "pattern\n(advert\n",
        "boilerplate.tsv:3: pattern '(advert' is not a valid regular expression",
    ),
    (
        "segment/boilerplate.tsv",
        "pattern\nadvert\ta note\tparagraph\n",
        "boilerplate.tsv:3: scope 'paragraph' is unknown; use one of: line, sentence",
    ),
    (
        "sources/cues.tsv",
        "pattern\tkind\tstance\tsource\nsay\tverb\tangry\town\n",
        "cues.tsv:3: stance 'angry' is unknown; use one of: neutral,",
    ),
    (
        "sources/channels.tsv",
        "pattern\tchannel\tsource\ntelegram\t \town\n",
        "channels.tsv:3: the channel name is empty",
    ),
    (
        "sources/aliases.tsv",
        "alias\tcanonical\tsource\nklychko\t \town\n",
        "aliases.tsv:3: alias and canonical name must both be filled",
    ),
    (
        "sources/title_abbreviations.tsv",
        "abbreviation\ttitle\tsource\nsen\t \town\n",
        "title_abbreviations.tsv:3: abbreviation and title must both be filled",
    ),
    (
        "sources/title_abbreviations.tsv",
        "abbreviation\ttitle\tsource\n.\tsenator\town\n",
        "title_abbreviations.tsv:3: abbreviation and title must both be filled, the abbreviation with letters",
    ),
    (
        "sources/nations.tsv",
        "word\tnation\tsource\nukrainian\t \town\n",
        "nations.tsv:3: word and nation must both be filled",
    ),
    (
        "sources/transliteration.tsv",
        "cyrillic\tlatin\tlookalike\tsource\nаб\ta\ta\town\n",
        "transliteration.tsv:3: expected one Cyrillic letter",
    ),
    (
        "sources/referents.tsv",
        "refers\tsource_type\tsource\nmale\tperson\town\n",
        "referents.tsv:3: expected a referent (male,",
    ),
    (
        "sources/name_particles.tsv",
        "pattern\tsource\nof\town\nof\town\n",
        "name_particles.tsv:4: pattern 'of' repeats line 3",
    ),
    (
        "sources/pronouns.tsv",
        "pattern\trefers\tsource\nhe\tman\town\n",
        "pronouns.tsv:3: refers 'man' is unknown",
    ),
    (
        "sources/function_words.tsv",
        "pattern\tclass\tsource\nthe\tarticle\town\n",
        "function_words.tsv:3: class 'article' is unknown",
    ),
    (
        "sources/word_classes.tsv",
        "pattern\tclass\tsource\nsought\tcatenativ\town\n",
        "word_classes.tsv:3: class 'catenativ' is unknown; use one of: article,",
    ),
    (
        "sources/word_classes.tsv",
        "pattern\tclass\tsource\nwho\trelative\town\nwho\tquestion_word\town\nwho\trelative\town\n",
        "word_classes.tsv:5: pattern 'who' with class 'relative' repeats line 3",
    ),
    (
        "sources/cues.tsv",
        "pattern\tkind\tstance\tsource\nsay\tverb\tneutral\tlit\n",
        "cues.tsv:3: source 'lit' is not declared; declared sources: own",
    ),
    (
        "rules/agents.tsv",
        "pattern\tkind\tsource\nrussia\tstate\town\n",
        "agents.tsv: header line '# harm: ...' is missing",
    ),
    (
        "rules/emphasis.tsv",
        "pattern\tkind\tsource\ndid\tauxiliary\town\n",
        "emphasis.tsv: header line '# match: ...' is missing",
    ),
    (
        "rules/emphasis.tsv",
        "# match: certainty/emphatic_do 5\npattern\tkind\tsource\ndid\tauxiliary\town\n",
        "emphasis.tsv: '# match:' must be 'dimension/subcategory weight' with 0 < weight <= 3",
    ),
    (
        "rules/emphasis.tsv",
        "# match: certanity/emphatic_do 1\npattern\tkind\tsource\ndid\tauxiliary\town\n",
        "emphasis.tsv: '# match: certanity/emphatic_do' names no loaded dimension; use one of: reassurance,",
    ),
    (
        "rules/emphasis.tsv",
        "# match: certainty/emphatic_do 1\npattern\tkind\tsource\ndid\tstressed\town\n",
        "emphasis.tsv:4: kind 'stressed' is unknown",
    ),
    (
        "rules/inversion.tsv",
        "# match: hedgign/conditional 1\npattern\tkind\tsource\nshould\tauxiliary\town\n",
        "inversion.tsv: '# match: hedgign/conditional' names no loaded dimension; use one of: reassurance,",
    ),
    (
        "rules/inversion.tsv",
        "# match: hedging/conditional 1\npattern\tkind\tsource\nshould\tsubordinator\town\n",
        "inversion.tsv:4: kind 'subordinator' is unknown",
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[2][:50] for c in CASES])
def test_every_file_kind_names_file_line_and_problem(tmp_path, name, body, expected):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SOURCE + body, encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        load_lexicons(tmp_path)
    assert str(raised.value).startswith(str(path.parent))
    assert expected in str(raised.value)


def test_user_lists_replace_the_builtin_ones(tmp_path):
    (tmp_path / "modifiers").mkdir()
    (tmp_path / "modifiers" / "intensifiers.tsv").write_text(
        SOURCE + "pattern\tfactor\tsource\tnote\nawfully\t1.4\town\tmine\n", encoding="utf-8"
    )
    [entry] = load_lexicons(tmp_path).intensifiers
    assert (entry.pattern, entry.subcategory, entry.weight, entry.note, entry.line) == (
        "awfully",
        "intensifier",
        1.4,
        "mine",
        3,
    )


def test_rows_become_typed_records_in_file_order(tmp_path):
    path = tmp_path / "economy.tsv"
    path.write_text(
        "# dimension: economy\n# description: x\n# license: x\n" + SOURCE
        + "pattern\tsubcategory\tweight\tsource\tnote\n\ninflation\tprices\t1.5\town\tthe word\n"
        + "price rise*\tprices\t0.5\town\n",
        encoding="utf-8",
    )  # fmt: skip
    table = read_table((path, "economy.tsv"), DIMENSION)
    assert table.meta["dimension"] == ["economy"] and table.meta_lines["license"] == 3
    first, second = table.records()
    assert (first.pattern, first.words, first.weight, first.note, first.line) == (
        "inflation",
        ("inflation",),
        1.5,
        "the word",
        7,
    )
    assert (second.words, second.note, second.line) == (("price", "rise*"), "", 8)


def test_threshold_error_points_at_its_header_line(tmp_path):
    path = tmp_path / "economy.tsv"
    path.write_text(
        "# dimension: economy\n# description: x\n# threshold: high\n# license: x\n" + SOURCE
        + "pattern\tsubcategory\tweight\tsource\ninflation\tprices\t1\town\n",
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(LexiconError, match=r"economy\.tsv:3: threshold 'high' is not a number"):
        load_lexicons(tmp_path)


def test_a_user_emphasis_list_changes_what_counts(tmp_path):
    write_rule(tmp_path, "emphasis", "hedging/stressed 0.5", ["does\tauxiliary"])
    emphasis = load_lexicons(tmp_path).emphasis
    assert (emphasis.counts, emphasis.weight, dict(emphasis.words)) == (
        "hedging/stressed",
        0.5,
        {"does": "auxiliary"},
    )
    assert "succeed" in emphasis.verbs  # rules/verbs.tsv is still the built-in one


def test_a_user_inversion_list_changes_what_counts(tmp_path):
    import framing

    write_rule(tmp_path, "inversion", "hedging/conditional 1.0", ["were\tauxiliary", "the\tsubject"])
    text = "Were the talks to fail, prices would rise. Should the talks fail, prices would rise."
    found = [
        m.text for m in framing.analyze(text, lexicons=tmp_path).matches if m.pattern.endswith("<subject>")
    ]
    assert found == ["Were the"]  # 'should' is no longer the rule's auxiliary


def _word_classes(tmp_path, rows):
    folder = tmp_path / f"lexicons{len(list(tmp_path.iterdir()))}"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "word_classes.tsv").write_text(
        SOURCE + "pattern\tclass\tsource\n" + "".join(f"{r}\town\n" for r in rows), encoding="utf-8"
    )
    return load_lexicons(folder)


def test_a_word_may_have_several_classes_and_unlisted_classes_keep_the_built_in_words(tmp_path):
    speech = _word_classes(tmp_path, ["the\tarticle", "who\trelative", "who\tquestion_word"]).speech
    assert speech.classes["relative"] == speech.classes["question_word"] == frozenset({"who"})
    assert speech.classes["article"] == frozenset({"the"})
    # A user file written before a class existed does not silently empty it.
    assert speech.classes["catenative"] == load_lexicons().speech.classes["catenative"] != frozenset()


def test_the_order_of_rows_does_not_change_what_a_word_is(tmp_path):
    text = "His team said the talks would resume."
    rows = ["his\tpossessive", "his\tagent_possessive"]
    sources = {
        tuple(a.source_text for a in analyze(text, lexicons=_word_classes(tmp_path, order)).attributions)
        for order in (rows, rows[::-1])
    }
    assert sources == {("His team",)}


def test_built_in_classes_hold_the_words_the_rules_read():
    classes = load_lexicons().speech.classes
    assert {"who", "if"} <= classes["question_word"] and "if" in classes["question_opener"]
    assert (
        "in a statement" in classes["whole_phrase_tail"] and "address to the nation" in classes["whole_text"]
    )
    assert "were" in classes["be_form"] and "got" in classes["passive_get"]


def test_a_user_word_class_list_changes_the_rules(tmp_path):
    """The moved classes are read from the data: without "sought" as a catenative, no chain."""
    text = "Senator Jane Smith sought to clarify her remarks on Tuesday."

    def cues(lexicons):
        return [text[a.cue_start : a.cue_end] for a in analyze(text, lexicons=lexicons).attributions]

    assert cues(_word_classes(tmp_path, ["sought\tcatenative"])) == ["sought to clarify"]
    assert "sought to clarify" not in cues(_word_classes(tmp_path, ["tried\tcatenative"]))


def test_a_bad_column_row_says_which_columns_are_required_and_which_optional(tmp_path):
    head = "# dimension: economy\n# description: x\n# license: x\n" + SOURCE
    path = tmp_path / "economy.tsv"
    path.write_text(head + "pattern\tsubcategory\tweight\ninflation\tprices\t1\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        read_table((path, "economy.tsv"), DIMENSION)
    message = str(error.value)
    required = [c.name for c in DIMENSION.columns if not c.optional]
    optional = [c.name for c in DIMENSION.columns if c.optional]
    assert f"'{'<TAB>'.join(required)}' (required)" in message
    assert f"optionally followed by '<TAB>{'<TAB>'.join(optional)}'" in message and "negated" in optional
    # What the message calls required is all the parser needs: a row of just those columns loads.
    path.write_text(head + "\t".join(required) + "\ninflation\tprices\t1\town\n", encoding="utf-8")
    assert [r.pattern for r in read_table((path, "economy.tsv"), DIMENSION).records()] == ["inflation"]


def test_a_dimension_file_without_its_header_names_every_missing_line_at_once(tmp_path):
    from framing import load_lexicons
    from framing.errors import LexiconError

    (tmp_path / "economic.tsv").write_text(
        "pattern\tsubcategory\tweight\tsource\nprice\tcost/price\t1\town\n"
    )
    with pytest.raises(LexiconError) as caught:
        load_lexicons(tmp_path)
    assert str(caught.value).endswith(
        "economic.tsv: the header lacks '# dimension: ...', '# description: ...', '# license: ...', "
        "'# source: KEY = citation'; add them above the column row"
    )
    (tmp_path / "economic.tsv").write_text(
        "# dimension: economic\n# source: own = mine\npattern\tsubcategory\tweight\tsource\nprice\tcost/price\t1\town\n"
    )
    with pytest.raises(LexiconError, match=r"lacks '# description: \.\.\.', '# license: \.\.\.'; add them"):
        load_lexicons(tmp_path)
