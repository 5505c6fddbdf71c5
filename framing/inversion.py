"""Inverted conditions: "should China offer support", "should the talks fail" open a condition, like "if".

ANNOTATION.md counts conditionals about the facts as hedging. A condition written with subject-operator
inversion (Quirk et al. 1985, 15.36) has no "if" for a word list to find: the operator comes before its
subject. This stage reads the sentence's tokens with the words of ``rules/inversion.tsv`` and the verbs of
``rules/verbs.tsv`` (:class:`~framing.lexicon.GrammarRule`) and adds one hit per inverted operator,
spanning the operator and the first word of its subject, to the lexicon hits the rules weigh. It is a
condition when:

- a ``subject`` word ("the", "it", "they") or a capitalized word follows the operator, and a verb's base
  form written in lowercase follows within the clause ("should Moscow choose to walk away");
- the word before the operator is not a ``not_before`` word (a question's or a negative inversion's:
  "why should the state pay", "nor should the West"), and no ``negative`` word opens its clause a few
  words before it ("under no circumstances should", "not only should");
- the sentence does not end in a question mark, inside closing quotes or not ("Should we close the
  door?", with or without quotation marks around it).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import GrammarRule, LexiconSet
from framing.match import Hit
from framing.tokenize import Token

LEXICON = "rules/inversion.tsv"
_FRONTED_WITHIN = 4
"""Words from its clause's start within which a negative fronts the operator ("under no circumstances should")."""
_VERB_WITHIN = 6
"""Words after the subject's first word in which its verb must come ("should the trend in farm ... continue")."""


def inversion_hits(text: str, tokens: Sequence[Token], end: int, lexicons: LexiconSet) -> list[Hit]:
    """The inverted-condition hits of one sentence, as hits of the counted dimension's lexicon.

    Args:
        text: The document (offsets of ``tokens`` index it).
        tokens: The sentence's tokens.
        end: Where the sentence ends in ``text`` (a question mark before it makes a question).
        lexicons: For the rule's words and the counted dimension.

    Returns:
        One hit per inverted operator, spanning it and the next word, in text order.
    """
    rule = lexicons.inversion
    dimension = rule.counts.partition("/")[0]
    scan = rule.auxiliaries
    if dimension not in lexicons.lexicons or scan is None or len(tokens) < 3:
        return []
    if not scan.search(text, tokens[0].start, tokens[-3].end) or _question(text, tokens[-1].end, end):
        return []
    found = []
    for i in range(len(tokens) - 2):
        if rule.words.get(tokens[i].norm) != "auxiliary" or not _inverted(tokens, i, rule):
            continue
        found.append(
            Hit(dimension, rule.entry((tokens[i].norm, tokens[i + 1].norm), "subject", LEXICON), i, i + 2)
        )
    return found


def _inverted(tokens: Sequence[Token], operator: int, rule: GrammarRule) -> bool:
    """The operator at ``operator`` stands before its subject and that subject's verb."""
    subject = tokens[operator + 1]
    if not subject.joins_previous or subject.clause_break_before:
        return False
    if operator > 0 and rule.words.get(tokens[operator - 1].norm) == "not_before":
        return False
    if _after_fronted_negative(tokens, operator, rule):
        return False
    if rule.words.get(subject.norm) != "subject" and not subject.text[:1].isupper():
        return False
    for token in tokens[operator + 2 : operator + 2 + _VERB_WITHIN]:
        if token.clause_break_before:
            return False
        if token.text.islower() and token.norm in rule.verbs:
            return True
    return False


def _question(text: str, last_word_end: int, end: int) -> bool:
    """The sentence ends in a question mark, before or inside closing quotes and brackets."""
    return text[last_word_end:end].rstrip().rstrip("\"'”’»)]").rstrip().endswith("?")


def _after_fronted_negative(tokens: Sequence[Token], operator: int, rule: GrammarRule) -> bool:
    """A ``negative`` word opens the operator's clause ("Under no circumstances should", "Not only should")."""
    start = operator
    while start > 0 and not tokens[start].clause_break_before:
        start -= 1
    if operator - start > _FRONTED_WITHIN:
        return False  # far into its clause: "no one knows what would happen should Russia invade"
    return any(rule.words.get(t.norm) == "negative" for t in tokens[start:operator])
