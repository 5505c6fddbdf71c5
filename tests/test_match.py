"""framing.match: hits in text order and the hits of a token window."""

from hypothesis import given
from hypothesis import strategies as st

from framing import load_lexicons
from framing.match import Hit, hits_between, select_longest

_ENTRY = next(iter(load_lexicons()["threat"].entries))


def _hits(spans: list[tuple[int, int]]) -> list[Hit]:
    return select_longest(Hit("g", _ENTRY, first, first + length) for first, length in spans)


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 4)), max_size=30),
    st.integers(-2, 45),
    st.integers(-2, 45),
)
def test_hits_between_keeps_exactly_the_hits_starting_in_the_window(spans, first, stop):
    hits = _hits(spans)
    assert list(hits_between(hits, first, stop)) == [h for h in hits if first <= h.first < stop]
