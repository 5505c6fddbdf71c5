"""The protection rule (framing/protection.py, lexicons/rules/protection.tsv)."""

import pytest

from framing import analyze, load_lexicons
from framing.errors import LexiconError
from framing.protection import DANGER_REACH, OBJECT_REACH


def _protection(text, lexicons=None):
    return [m for m in analyze(text, lexicons=lexicons).matches if m.pattern.endswith("<from a danger>")]


def _write_rule(folder, danger_header, rows=("protect\tverb", "from\tpreposition")):
    (folder / "rules").mkdir(exist_ok=True)
    body = "".join(f"{row}\town\n" for row in rows)
    (folder / "rules" / "protection.tsv").write_text(
        f"# match: reassurance/protective_measure 1.0\n{danger_header}# source: own = test\n"
        f"pattern\tkind\tsource\n{body}",
        encoding="utf-8",
    )
    return folder


def test_the_match_spans_the_verb_and_names_the_rule_and_its_danger():
    text = "Kuwait wants to protect its tankers from possible Iranian missile attacks in the Gulf."
    [match] = _protection(text)
    assert text[match.start : match.end] == match.text == "protect"
    assert match.subcategory == "reassurance/protective_measure"
    assert match.weight == 1.0
    assert match.lexicon == "reassurance"
    assert match.modifiers == ("rule: protection, from a danger 'from possible Iranian missile attacks'",)
    # The danger keeps its threat reading: only the object is shielded from it.
    assert any(m.text == "missile attacks" and m.dimension == "threat" for m in analyze(text).matches)


def test_without_a_danger_the_verb_keeps_its_own_weak_row():
    for text in ("The rules protect shareholders from losses.", "They protect jobs against cheap imports."):
        assert _protection(text) == []
        reassurance = analyze(text).sentences[0].scores["reassurance"]
        assert 0 < reassurance < load_lexicons()["reassurance"].threshold, text


def test_a_weaker_phrase_over_the_verb_becomes_the_span_and_a_stronger_row_stays():
    text = "Patriot batteries defend against ballistic missiles."
    [match] = _protection(text)
    assert match.text == "defend against"  # the 0.3 row 'defend against', taken by the rule
    # 'protecting' weighs 1.0 of its own: the rule adds nothing.
    assert _protection("They are protecting the city from shelling.") == []


def test_the_object_the_preposition_and_the_danger_stay_close_and_in_one_clause():
    near = " ".join(["big"] * OBJECT_REACH)
    assert _protection(f"They protect {near} towns from shelling.") == []  # one word too many
    assert len(_protection(f"They protect {near} from shelling.")) == 1
    assert _protection("They protect the towns, from the start, from shelling.") == []
    gap = " ".join(["big"] * DANGER_REACH)
    assert _protection(f"They protect the towns from {gap} shelling.") == []
    # The first preposition is the verb's: a danger after a later one is not what it protects from.
    assert _protection("They protect consumers against price rises by firms from attacks.") == []


def test_a_sense_trap_is_no_danger():
    # 'hostile tender' is a threat trap (corporate finance), 'hostile' alone a threat word.
    assert _protection("The board moved to defend against the hostile tender offer.") == []
    assert len(_protection("The board moved to defend against the hostile forces.")) == 1


def test_the_danger_header_decides_what_is_a_danger(tmp_path):
    lexicons = load_lexicons(_write_rule(tmp_path, "# danger: threat/weapon\n"))
    assert _protection("They protect the towns from shelling.", lexicons) == []
    assert len(_protection("They protect the towns from missiles.", lexicons)) == 1


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("", r"protection.tsv: header line '# danger: \.\.\.' is missing"),
        ("# danger: attack\n", r"protection.tsv: '# danger:' entry 'attack' is not 'dimension/subcategory'"),
    ],
)
def test_a_broken_danger_header_stops_loading_with_its_file(tmp_path, header, message):
    with pytest.raises(LexiconError, match=message):
        load_lexicons(_write_rule(tmp_path, header))


def test_a_phrase_as_verb_is_refused_with_its_place(tmp_path):
    rows = ("protect from\tverb", "from\tpreposition")
    with pytest.raises(LexiconError, match=r"protection.tsv:5: 'protect from': a 'verb' is one word"):
        load_lexicons(_write_rule(tmp_path, "# danger: threat/attack\n", rows))
