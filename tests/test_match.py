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


def test_hits_built_without_the_dataclass_init_are_the_hits_it_builds():
    """PatternIndex.find builds its hits by setting their slots (faster): every field is set, each to its value."""
    import dataclasses

    from framing import match as module

    entry = load_lexicons()["threat"].entries[0]
    assert len(module._HIT_SLOTS) == len(dataclasses.fields(Hit)) == 4
    values = ("threat", entry, 2, 4)
    fast, slow = module._hit(*values), Hit(*values)
    assert fast == slow and hash(fast) == hash(slow) and type(fast) is Hit
    assert [getattr(fast, f.name) for f in dataclasses.fields(Hit)] == list(values)
