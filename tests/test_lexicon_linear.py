"""Whole-line boilerplate patterns: the relaxed set plus exact check means what the patterns say."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import load_lexicons
from framing.lexicon.linear import _relax, line_matcher

BUILTIN = load_lexicons().boilerplate


@pytest.mark.parametrize(
    ("pattern", "relaxed"),
    [
        (r"(a|b){0,600}", r"(a|b)*"),
        (r"\d{1,4}x", r"\d+x"),
        (r"x{,5}", r"x*"),
        (r"x{3}", r"x+"),
        (r"a\{1,2\}", r"a\{1,2\}"),  # escaped braces are literal
        (r"[{1,2}]{2}", r"[{1,2}]+"),  # braces in a class are literal
        (r"[]{]{3,}", r"[]{]+"),  # a ']' first in a class does not close it
        (r"[^]a]{0,3}", r"[^]a]*"),
        (r"a{b", r"a{b"),  # not a repetition in Python's syntax either
        (r"\x{41}{1,3}", r"\x{41}+"),  # the braces of an escape are no count
        (r"\p{Greek}{0,9}", r"\p{Greek}*"),
    ],
)
def test_relax_opens_counted_repetitions_only(pattern, relaxed):
    assert _relax(pattern) == relaxed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("read more abc", True),
        ("read more abcdef", False),  # six characters after the words: the count still holds
        ("xx read more", False),
    ],
)
def test_a_counted_repetition_keeps_its_bounds(line, expected):
    assert line_matcher(("read more.{0,5}",))(line) is expected


_STARTS = st.sampled_from(
    ["", "Read more: ", "Related articles ", "Reuters / ", "Updated 12 ", "By ", "Source: ", "Photo: "]
)
_TAILS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=700)


@settings(max_examples=300, deadline=None)
@given(start=_STARTS, tail=_TAILS)
def test_the_matcher_agrees_with_each_exact_pattern(start, tail):
    line = start + tail
    exact = any(p.fullmatch(line) for p in BUILTIN)
    assert line_matcher(tuple(p.pattern for p in BUILTIN))(line) is exact
