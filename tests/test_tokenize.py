from framing.tokenize import Token, normalize_word, pattern_words, tokenize


def test_offsets_index_the_original_text():
    text = "Russia’s governor said: “No one was hurt.”"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_apostrophes_stay_inside_words_and_possessives_are_dropped():
    tokens = tokenize("Russia’s governor’s O’Neill don't")
    assert [t.text for t in tokens] == ["Russia’s", "governor’s", "O’Neill", "don't"]
    assert [t.norm for t in tokens] == ["russia", "governor", "o'neill", "don't"]


def test_phrase_gap_allows_one_line_break_of_hard_wrapped_text_not_a_blank_line():
    tokens = tokenize("a definitive\nagreement\r\n  signed\rtoday\n\nlater")
    assert [t.joins_previous for t in tokens] == [False, True, True, True, True, False]


def test_phrase_gap_allows_spaces_and_hyphens_only():
    tokens = tokenize("counter-attack air  defense, drones")
    assert [t.joins_previous for t in tokens] == [False, True, True, True, False]
    assert [t.clause_break_before for t in tokens] == [False, False, False, False, True]


def test_tokenize_a_slice_keeps_document_offsets():
    text = "First one. Second one."
    tokens = tokenize(text, 11, len(text))
    assert tokens[0].text == "Second" and tokens[0].start == 11


def test_pattern_words_normalize_like_tokens():
    assert pattern_words("According to") == ("according", "to")
    assert pattern_words("counter-attack*") == ("counter", "attack*")
    assert pattern_words("governor’s") == ("governor",)
    assert normalize_word("Can’t") == "can't"


def test_tokens_built_without_the_dataclass_init_are_the_tokens_it_builds():
    """tokenize builds its tokens by setting their slots (faster): every field is set, each to its value."""
    import dataclasses

    from framing import tokenize as module

    assert len(module._TOKEN_SLOTS) == len(dataclasses.fields(Token)) == 6
    text = 'On Monday, Russia’s forces "shelled" U.S. - owned depots.'
    for fast in module.tokenize(text):
        values = [getattr(fast, f.name) for f in dataclasses.fields(Token)]
        slow = Token(*values)
        assert fast == slow and hash(fast) == hash(slow) and type(fast) is Token
        assert values[:4] == [
            fast.start,
            fast.end,
            text[fast.start : fast.end],
            module.normalize_word(fast.text),
        ]
    assert [(t.joins_previous, t.clause_break_before) for t in module.tokenize(text)][2:5] == [
        (False, True),
        (True, False),
        (False, True),
    ]


def test_punctuation_after_the_last_word_is_no_token():
    # the gap pattern reads a trailing run of non-word characters as one empty match (review: it had
    # been retried from every character of the run); the words and offsets are those WORD finds
    text = "word " + "-" * 500 + " ** "
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == [(0, 4, "word")]
    text = "a " + "*" * 50 + "\n\nThe war."
    assert [t.text for t in tokenize(text)] == ["a", "The", "war"]
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))
