"""framing.familiar: the Dale-Chall familiar words and their plurals."""

import pytest

from framing.familiar import familiar, familiar_words


def test_the_list_is_read_whole_and_lowercase():
    words = familiar_words()
    assert len(words) > 2900
    assert all(w == w.lower() and not w.startswith("#") for w in words)


@pytest.mark.parametrize("word", ["people", "house", "houses", "city", "cities", "box", "boxes"])
def test_listed_words_and_their_plurals_are_familiar(word):
    assert familiar(word)


@pytest.mark.parametrize("word", ["federer", "sony", "kadyrov", "s", "ies"])
def test_names_and_fragments_are_not(word):
    assert not familiar(word)
