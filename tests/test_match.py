"""framing.match: hits in text order and the hits of a token window."""

from hypothesis import given
from hypothesis import strategies as st

from framing import load_lexicons
from framing.lexicon import Entry
from framing.match import Hit, hits_between, select_longest
from framing.tokenize import tokenize

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

    assert len(module._HIT_SLOTS) == len(dataclasses.fields(Hit)) == 4
    one = Entry("shelled", ("shelled",), "attack", 1.0, "test")
    two = Entry("air strike*", ("air", "strike*"), "attack", 1.0, "test")
    found = module.PatternIndex({"threat": [one, two]}).find(
        tokenize("They shelled and then air strikes again.")
    )
    # built independently, through the dataclass's own __init__: "shelled" is word 1, "air strikes" 4-5
    expected = [Hit("threat", one, 1, 2), Hit(group="threat", entry=two, first=4, stop=6)]
    assert found == expected
    assert [hash(h) for h in found] == [hash(h) for h in expected]
    assert all(type(h) is Hit for h in found)


def test_one_pass_of_a_joint_index_finds_per_part_what_each_part_alone_finds():
    """analyze finds the words, the modifiers and attribution's speech words in one pass (find_parts):
    each part's hits, order included, must be those of an index of that part alone."""
    from framing.attribution.context import speech_groups
    from framing.match import PatternIndex
    from framing.tokenize import tokenize

    lexicons = load_lexicons()
    words = {lexicon.name: lexicon.entries for lexicon in lexicons}
    modifiers = {"modifiers": lexicons.negators + lexicons.intensifiers + lexicons.diminishers}
    speech = speech_groups(lexicons)
    text = (
        "According to the ministry, officials said the attack was not only a threat but a very serious "
        "escalation; he told Reuters the situation is calm and under control, a spokesman added."
    )
    tokens = tokenize(text)
    parts = PatternIndex(words, modifiers, speech).find_parts(tokens)
    alone = [PatternIndex(groups).find(tokens) for groups in (words, modifiers, speech)]
    assert parts == alone
    assert all(parts)  # each part finds something here, so the comparison says something


def _longest_by_ranking(hits: list[Hit]) -> list[Hit]:
    """select_longest without its shortcuts: rank each group's hits, keep those that overlap none kept."""
    kept = []
    for group in {h.group for h in hits}:
        taken: set[int] = set()
        ranked = sorted(
            (h for h in hits if h.group == group),
            key=lambda h: (h.first - h.stop, h.first, "*" in h.entry.pattern, h.entry.line),
        )
        for hit in ranked:
            if taken.isdisjoint(range(hit.first, hit.stop)):
                taken.update(range(hit.first, hit.stop))
                kept.append(hit)
    return sorted(kept, key=lambda h: (h.first, h.stop, h.group))


@given(st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 12), st.integers(0, 3)), max_size=8))
def test_select_longest_keeps_what_ranking_keeps_in_text_order(spans):
    """The shortcut for hits already apart and in order must give what ranking gives, hits of no tokens
    at one place included (those are ordered by group, not as given)."""
    hits = [Hit(group, _ENTRY, first, first + length) for group, first, length in spans]
    assert select_longest(hits) == _longest_by_ranking(hits)


def test_hits_of_no_tokens_at_one_place_come_out_by_group():
    hits = [Hit("b", _ENTRY, 3, 3), Hit("a", _ENTRY, 3, 3), Hit("a", _ENTRY, 5, 6)]
    assert select_longest(hits) == _longest_by_ranking(hits) == [hits[1], hits[0], hits[2]]


def test_phrases_sharing_their_first_two_words_each_match_by_their_third():
    """Phrases are looked up by their first three words ("in the event of", "in the words of"): each
    matches where its words stand, a two-word phrase and a wildcard third wherever they fit, in file order."""
    from framing.lexicon import Entry
    from framing.match import PatternIndex
    from framing.tokenize import pattern_words, tokenize

    patterns = ["in the event of", "in the", "in the words of", "in the even*", "in the event"]
    entries = [Entry(p, pattern_words(p), "x", 1.0, "s", line=k) for k, p in enumerate(patterns)]
    index = PatternIndex({"g": entries})
    found = [
        (h.entry.pattern, h.first, h.stop)
        for h in index.find(tokenize("in the event of war, in the words of X, in the"))
    ]
    assert found == [
        ("in the event of", 0, 4), ("in the", 0, 2), ("in the even*", 0, 3), ("in the event", 0, 3),
        ("in the", 5, 7), ("in the words of", 5, 9),
        ("in the", 10, 12),
    ]  # fmt: skip


def test_a_pair_of_first_words_shared_by_thousands_of_phrases_keeps_the_index_linear():
    """Listing the any-third phrases under each third word is bounded: past it, the phrases of the pair
    are tried one by one (as before the third-word lookup), with the same hits."""
    from framing.lexicon import Entry
    from framing.match import _MAX_REPEATED, PatternIndex
    from framing.tokenize import pattern_words, tokenize

    n = 200  # n * n > _MAX_REPEATED: 200 wildcard thirds repeated under 200 exact thirds
    assert n * n > _MAX_REPEATED
    patterns = [f"in the w{k}*" for k in range(n)] + [f"in the y{k} word" for k in range(n)]
    entries = [Entry(p, pattern_words(p), "x", 1.0, "s", line=k) for k, p in enumerate(patterns)]
    index = PatternIndex({"g": entries})
    assert index._pairs["in"]["the"][1] == {}  # one list, no repetition
    found = [h.entry.pattern for h in index.find(tokenize("in the w7abc, in the y3 word, in the y3 other"))]
    assert found == ["in the w7*", "in the y3 word"]
