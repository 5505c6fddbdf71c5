"""Emphatic *do*: "they do belong to us", "India did succeed" assert a claim emphatically.

ANNOTATION.md counts emphatic assertion as certainty. A stressed auxiliary before a verb's base form
is the grammatical form of it (Biber et al. 1999), and no word list can hold it: the verb is any verb.
This stage reads the sentence's tokens with the words of ``rules/emphasis.tsv`` and ``rules/verbs.tsv``
(:class:`~framing.lexicon.GrammarRule`) and adds one hit per emphatic auxiliary, spanning the
auxiliary and the verb, to the lexicon hits the rules weigh (so negation reaches it). It is not emphatic:

- after a word that makes *do* the main verb, a question's or a relative clause's (``not_before``:
  "to do", "why did", "issues that do arise"), or at the start of a sentence ("Do you ...");
- in a condition or time clause (a ``subordinator`` earlier in the clause: "if it does happen");
- before a word that is mostly the object of main-verb *do* (``not_verb``: "did harm", "did well"),
  before a capitalized word, before a hyphenated compound ("did push-ups"), and before anything that is
  not a verb's base form ("did not", "did it");
- before a verb that starts a match of the dimension that negations of the rule's dimension go to
  (certainty -> hedging: "it does seem", "the figures do suggest").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

LEXICON = "rules/emphasis.tsv"
NOT_VERB = frozenset({"not_verb", "not_before"})


def emphasis_hits(text: str, tokens: Sequence[Token], hits: Sequence[Hit], lexicons: LexiconSet) -> list[Hit]:
    """The emphatic-do hits of one sentence, as hits of the counted dimension's lexicon.

    They join the lexicon hits before the longest match is chosen and the rules run, so a negation or
    a denial reaches them like any word ("I don't believe they did attack": hedging), and an emphasised
    word of the same lexicon counts once ("we do know": the longer match).

    Args:
        text: The document (offsets of ``tokens`` index it).
        tokens: The sentence's tokens.
        hits: The sentence's lexicon hits (to leave out verbs that start a match of the opposite lexicon).
        lexicons: For the rule's words and the counted dimension.

    Returns:
        One hit per emphatic auxiliary, spanning it and its verb, in text order.
    """
    rules = lexicons.emphasis
    dimension = rules.counts.partition("/")[0]
    scan = rules.auxiliaries
    if dimension not in lexicons.lexicons or scan is None or len(tokens) < 3:
        return []
    if not scan.search(text, tokens[1].start, tokens[-2].end):
        return []
    opposite = lexicons.lexicons[dimension].negated
    hedged = {h.first for h in hits if h.group == opposite}
    found = []
    for i in range(1, len(tokens) - 1):
        auxiliary, verb = tokens[i], tokens[i + 1]
        if rules.words.get(auxiliary.norm) != "auxiliary" or not _is_verb(verb, rules.words, rules.verbs):
            continue
        if i + 1 in hedged or auxiliary.clause_break_before or not verb.joins_previous:
            continue
        if text[verb.end : verb.end + 1] == "-":  # "did push-ups": a compound noun
            continue
        if rules.words.get(tokens[i - 1].norm) == "not_before" or _in_subordinate(tokens, i, rules.words):
            continue
        found.append(Hit(dimension, rules.entry((auxiliary.norm, verb.norm), "verb", LEXICON), i, i + 2))
    return found


def _is_verb(token: Token, words: Mapping[str, str], verbs: frozenset[str]) -> bool:
    # A modal is in the verb list ("to will") but after 'do' it opens the next clause ("what we do will").
    return token.text.islower() and token.norm in verbs and words.get(token.norm) not in NOT_VERB


def _in_subordinate(tokens: Sequence[Token], auxiliary: int, words: Mapping[str, str]) -> bool:
    """A subordinator stands earlier in the auxiliary's clause ("if it does happen")."""
    for i in range(auxiliary - 1, -1, -1):
        if words.get(tokens[i].norm) == "subordinator":
            return True
        if tokens[i].clause_break_before:
            return False
    return False
