"""Whom a pronoun source stands for, read in its own sentence first, then in the article's discourse.

"Mr Putin launched ... what he called": a person opening the sentence before "he" is its referent; "He
also told Blinken": a person named after it in its sentence is not; nor is one the quotation speaks of.
"Pernod said it was seeking", "Umbro said ... It hopes": an organisation opening this sentence or the one
before is what "it" stands for, when no organisation spoke since.
"""

from __future__ import annotations

import re

from framing.attribution.base import NAME_KINDS, Mention, in_class, strip_possessive
from framing.attribution.context import Claim, SentenceContext, possessive
from framing.attribution.resolver import UNKNOWN, Discourse
from framing.attribution.untitled import given_name
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.tokenize import WORD

OBJECT_REACH = 12
"""A person named at most this many words after a pronoun may be its clause's object ("He told Blinken")."""
SUBJECT_REACH = 1
"""An organisation opening a sentence is what "it" stands for at most this many sentences later."""
_QUOTED_NAME = re.compile(r"\b[A-Z][\w’'-]+")  # a capitalized word in a quotation: a name it speaks of
_ORGANISATION_KINDS = ("institution", "media")

# A word right after a lowercase word or a comma: written inside a sentence, so capitalized for itself.
# Only words that may start a name are indexed (not those opening with a-z, a digit or "_"): a scan of
# every word cost a dict entry per word of the article.
_MID_SENTENCE_WORD = re.compile(r"(?<=[a-z,])\s+([^\W\da-z_]\w*)")
_INDEXED_HEAD = re.compile(r"[^\W\da-z_]")


def resolve_source(ctx: SentenceContext, claim: Claim, opened: int, discourse: Discourse) -> tuple[str, str]:
    """The speaker and source type of a claim's source, at sentence ``opened``."""
    mention = claim.mention
    if mention is not None and mention.kind == "pronoun" and mention.text.lower() == "it":
        return _neuter(ctx, claim, opened, discourse)
    if mention is not None and _says_it(ctx, claim, discourse):
        # "Lockheed said it had signed", "Cadbury said it was confident": a one-word name no one showed to
        # be a person, whose words call it "it", is an organisation (and stays one for the article)
        discourse.institutions.note(opened, mention.name, "named_institution", spoke=True)
        return mention.name, "named_institution"
    if (
        mention is not None
        and mention.kind == "title_role"
        and (owner := _text_owner(ctx, mention)) is not None
    ):
        # "In Zelensky’s latest address ..., the Ukrainian President said": the title is the owner's
        return discourse.resolve(owner, opened)
    if mention is None or mention.kind != "pronoun" or mention.referent not in ("male", "female"):
        return discourse.resolve(mention, opened)
    # not a person the quotation speaks of: "- For Vladimir Putin, ... is a priority - he pointed out";
    # before a quotation and its closing cue, not a possessive: "Mr Blair's government was a “bossy ...
    # government,” he added" (it is the claim's topic; "Trump's comments came ..., where he said" is his)
    inside = claim.content if claim.kind == "direct" else (0, 0)
    closing = claim.quote is not None and claim.quote.end <= mention.start
    opening = next(
        (
            m
            for m in ctx.by_token.opening
            if m.kind in NAME_KINDS
            and m.stop <= mention.first
            and not inside[0] <= m.start < inside[1]
            and not (closing and possessive(ctx, m))
        ),
        None,
    )
    known = discourse.known(opening.name) if opening is not None else None
    # "Jane Russell, who ..., said ... when he discussed it": "he" is no one the article showed to be she
    fits = opening is not None and discourse.genders.fits(known or opening.name, mention.referent)
    untitled = opening is not None and _untitled_person(ctx, claim, opening, mention)
    person = opening is not None and (opening.kind == "person" or known or untitled)
    if person and fits:
        return discourse.resolve(opening, opened)
    nearby = ctx.by_token.starting_in(mention.stop, mention.stop + OBJECT_REACH)
    others = [m.name for m in nearby if m.kind in NAME_KINDS]
    if claim.kind == "direct":  # a quotation, or a dash quote ("- ... - he said")
        others += _QUOTED_NAME.findall(ctx.text, *claim.content)
    return discourse.resolve(mention, opened, exclude=others)


def _untitled_person(ctx: SentenceContext, claim: Claim, opening: Mention, pronoun: Mention) -> bool:
    """Whether an untitled name opening the sentence is the person "he"/"she" stands for.

    "Dmitry Peskov ... confirmed this when he stated": a full name with a given name is a person's, unless
    the quotation speaks of them ("Sean Long has expressed doubts "I think Sean's ...," he said") or
    another name stands between ("Morgan Stanley hired Tom Brown last year, and he said").
    """
    words = _QUOTED_NAME.findall(ctx.text, *claim.content) if claim.kind == "direct" else []
    quoted = {strip_possessive(w) for w in words}
    between = any(
        m.kind in NAME_KINDS and not possessive(ctx, m)
        for m in ctx.by_token.starting_in(opening.stop, pronoun.first)
    )
    return given_name(opening, ctx.lexicons) and not quoted & set(opening.name.split()) and not between


def _text_owner(ctx: SentenceContext, role: Mention) -> Mention | None:
    """The person whose speech opens the sentence before a title: "In Zelensky’s address, the president said".

    An opening ``text_owner_preposition`` (in, during; not "After Putin's address, the Ukrainian president
    said"), a person's name in the possessive, and within the three words after it a ``whole_text`` or
    ``printed_noun`` word (address, speech, interview, statement): the title is that person's.
    """
    tokens, classes = ctx.tokens, ctx.lexicons.speech.classes
    if len(tokens) < 4 or tokens[0].norm not in classes["text_owner_preposition"]:
        return None
    owner = next(
        (m for m in ctx.by_token.starting.get(1, ()) if m.kind in NAME_KINDS and m.stop < role.first), None
    )
    if owner is None or not tokens[owner.stop - 1].text.endswith(("'s", "’s")):
        return None
    nouns = classes["whole_text"] | classes["printed_noun"]
    return owner if any(t.norm in nouns for t in tokens[owner.stop : owner.stop + 3]) else None


def organisation_subject(
    ctx: SentenceContext, discourse: Discourse, before: int
) -> tuple[int, str, str] | None:
    """(sentence, name, source type) of an organisation opening the sentence before token ``before``, or None.

    An institution or medium of the lists, or a one-word name no one showed to be a person ("Pernod",
    "TimeWarner": a name with a title, a he/she or a given name is a person's) and that the article
    capitalized inside a sentence before (a capitalized first word may be any word: "Shares", "Overall").
    A possessive ("The UK's biggest coal producer") is not the subject.
    """
    for m in ctx.by_token.opening:
        if m.stop > before or possessive(ctx, m):
            continue
        if m.kind in _ORGANISATION_KINDS:
            return (ctx.sentence.index, *discourse.resolve(m, ctx.sentence.index))
        if m.kind == "name" and " " not in m.name and _organisation_name(ctx.text, m, discourse):
            return ctx.sentence.index, m.name, "named_institution"
    return _document_subject(ctx, discourse, before)


def _document_subject(ctx: SentenceContext, discourse: Discourse, before: int) -> tuple[int, str, str] | None:
    """The publisher of a document that opens the sentence: "But a recent report from Continental Research".

    Only articles, coordinators and ``document_modifier`` words may stand before the document noun, and its
    publisher must be named in this sentence (:meth:`Institutions.note_documents`).
    """
    lexicons = ctx.lexicons
    for token in ctx.tokens[: min(before, 5)]:
        if in_class(lexicons, token.norm, "document_noun"):
            found = discourse.institutions.documents.get(token.norm)
            return found if found is not None and found[0] == ctx.sentence.index else None
        if not in_class(lexicons, token.norm, "article", "coordinator", "document_modifier"):
            return None
    return None


def _says_it(ctx: SentenceContext, claim: Claim, discourse: Discourse) -> bool:
    """Whether a one-word name's reported words open with "it" or "its" and it was never shown a person's name."""
    mention = claim.mention
    if mention is None or mention.kind != "name" or " " in mention.name or claim.kind != "indirect":
        return False
    name = mention.name
    if discourse.known(name) is not None or discourse.full_names.get(name) or name in discourse.genders.known:
        return False
    words = WORD.findall(ctx.text, claim.content[0], min(claim.content[1], claim.content[0] + 12))
    # "it" alone is the cue's object ("Stoltenberg also confirmed it"), not the subject of the words reported
    return len(words) > 1 and words[0].lower() in _neuter_words(ctx.lexicons)


@derived
def _neuter_words(lexicons: LexiconSet) -> frozenset[str]:
    """The pronouns that stand for a thing or an organisation ("it", "its"; ``sources/pronouns.tsv``)."""
    return frozenset(e.pattern for e in lexicons.speech.pronouns if e.subcategory == "neuter")


def _organisation_name(text: str, mention: Mention, discourse: Discourse) -> bool:
    """A one-word name never shown to be a person, written earlier after a lowercase word or a comma."""
    name = mention.name
    if discourse.known(name) is not None or discourse.full_names.get(name) or name in discourse.genders.known:
        return False
    # One pass over the article indexes the words written mid-sentence; searching the article's whole
    # beginning again at each mention made a long text quadratic.
    if discourse.mid_sentence is None:
        discourse.mid_sentence = {}
        for found in _MID_SENTENCE_WORD.finditer(text):
            discourse.mid_sentence.setdefault(found.group(1), []).append(found.start(1))
    head = re.match(r"\w+", name)
    if head is None:
        return False
    if head.group() not in discourse.mid_sentence and not _INDEXED_HEAD.match(head.group()):
        # A name that opens with a word the index leaves out ("and"): its own scan, once per article.
        alone = re.compile(rf"(?<=[a-z,])\s+({re.escape(head.group())})(?!\w)")
        discourse.mid_sentence[head.group()] = [found.start(1) for found in alone.finditer(text)]
    written = re.compile(rf"{re.escape(name)}\b")
    starts = discourse.mid_sentence.get(head.group(), [])
    return any(p + len(name) <= mention.start and written.match(text, p) for p in starts)


def _neuter(ctx: SentenceContext, claim: Claim, opened: int, discourse: Discourse) -> tuple[str, str]:
    """What "it" stands for: an organisation opening its sentence, the latest organisation speaker, or the one before.

    The last step only when no one spoke since that organisation opened its sentence (conservative: an
    expletive "it" has nothing to find).
    """
    mention = claim.mention
    assert mention is not None
    here = organisation_subject(ctx, discourse, mention.first)
    # "The European Union was imposing ..., it noted": a name inside the content is not who speaks
    if (
        here is not None
        and not claim.content[0] <= ctx.text.find(here[1], ctx.sentence.start) < claim.content[1]
    ):
        return here[1], here[2]
    found = discourse.resolve(mention, opened)
    subject = discourse.last_subject
    if found[0] != UNKNOWN or subject is None or opened - subject[0] > SUBJECT_REACH:
        return found
    spoke = discourse.last_speaker
    return (subject[1], subject[2]) if spoke is None or spoke[0] < subject[0] else found
