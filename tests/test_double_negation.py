"""framing.double_negation: a negated preventive prevents nothing."""

import inspect
import re

from framing import double_negation, load_lexicons
from framing.double_negation import cancel_negated_preventives
from framing.lexicon.model import Entry
from framing.match import Hit
from framing.tokenize import tokenize

NEGATOR = Entry("not", ("not",), "negator", 1.0, "own")
PREVENTIVE = Entry("prevent", ("prevent",), "preventive", 1.0, "own")


def _pairs(n: int) -> tuple[list[Hit], tuple]:
    tokens = tokenize("not prevent " * n)
    hits = [Hit("modifiers", NEGATOR if i % 2 == 0 else PREVENTIVE, i, i + 1) for i in range(2 * n)]
    return hits, tokens


def test_a_negator_cancels_the_preventive_it_reaches_in_its_clause():
    tokens = tokenize("did not prevent or not, avert it")
    hits = [
        Hit("m", NEGATOR, 1, 2),
        Hit("m", PREVENTIVE, 2, 3),
        Hit("m", NEGATOR, 4, 5),
        Hit("m", PREVENTIVE, 5, 6),
    ]
    assert (
        cancel_negated_preventives(hits, tokens, frozenset()) == hits[2:]
    )  # the comma keeps the second pair


def test_every_pair_cancels_in_a_long_sentence():
    # The lookup by position (speed is measured by benchmarks/hostile.py, not here) keeps the pairs:
    # every "not" takes the "prevent" right after it.
    hits, tokens = _pairs(3000)
    assert cancel_negated_preventives(hits, tokens, frozenset()) == []


def _names_a_preventive(phrase: str, kinds: dict[str, str]) -> bool:
    words = phrase.split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any(kinds.get(span) == "preventive" for span in spans)


def test_the_documented_preventives_are_preventives():
    # The docstrings gave 'rule out' as a preventive, but negators.tsv lists it as a scope_break.
    kinds = {e.pattern: e.subcategory for e in load_lexicons().negators}
    source = inspect.getsource(double_negation)
    window_doc = source.split("PAIR_WINDOW = ", 1)[1].split('"""', 2)[1]
    pairs = re.findall(r'"([a-z ]+)" \d', window_doc)
    assert pairs and all(_names_a_preventive(pair, kinds) for pair in pairs), pairs
    listed = re.search(r"A preventive verb \((.*?)\)", double_negation.__doc__ or "", re.S)
    assert listed is not None
    examples = re.findall(r'"([a-z ]+)"', listed.group(1))
    assert examples and all(kinds.get(verb) == "preventive" for verb in examples), examples
