"""The source after its cue: "..., said Governor X", "wrote on Twitter the head of the British government".

And what belongs to such a source: the name a title introduces, the office's genitive, an aside.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import (
    NAME_KINDS,
    Mention,
    MentionIndex,
    class_words,
    in_class,
    joined,
    manner_adverb,
    nation_of,
    set_off,
)
from framing.attribution.context import SentenceContext
from framing.attribution.heads import owns_what_follows, speech_words
from framing.attribution.organisations import organisation, with_publisher
from framing.attribution.phrases import noun_phrase_after
from framing.attribution.premodifiers import holder_after
from framing.attribution.runs import descriptor
from framing.attribution.subjects import addressee_verb
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token

APPOSED_REACH = 8
"""A name introduced by a title stands at most this many words after the title's start."""


def source_after(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                 lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The source right after the cue, or after the platform it names.

    "..., wrote on Twitter the head of the British government", "- ... - said on TVN24 Dr. Adam
    Eberhardt": the platform (class ``channel_preposition`` and a capitalised word), then the source.
    """
    found = inverted_subject(text, cue, mentions, tokens, lexicons)
    platform = cue.stop + 2 < len(tokens) and in_class(lexicons, tokens[cue.stop].norm, "channel_preposition")
    if found is not None or not platform or not tokens[cue.stop + 1].text[:1].isupper():
        return found
    found = inverted_subject(text, dataclasses.replace(cue, stop=cue.stop + 2), mentions, tokens, lexicons)
    if found is not None:
        return found
    run = inverted_subject(text, dataclasses.replace(cue, stop=cue.stop + 1), mentions, tokens, lexicons)
    if run is None or run.kind != "person" or run.stop <= cue.stop + 2:
        return None
    # "said on TVN24 Dr. Adam Eberhardt": the name's run took in the platform; the source starts after it
    start = tokens[cue.stop + 2].start
    return dataclasses.replace(run, first=cue.stop + 2, start=start, text=text[start : run.end])


def inverted_subject(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                     lexicons: LexiconSet | None = None) -> Mention | None:  # fmt: skip
    """The source right after the cue in the same clause: "..., said Governor X", "said the Prime Minister".

    Only after a clause break ("..., said X") or at the sentence start: inside a clause the word after a
    verb is its object ("not directly criticising Russia"); so it is after a verb that takes its hearer as
    object (class ``addressee`` in ``sources/word_classes.tsv``: "told Blinken").
    """
    if lexicons is not None and addressee_verb(tokens, cue, lexicons):
        return None
    if cue.first > 0 and not tokens[cue.first].clause_break_before:
        return None
    if lexicons is not None and in_class(lexicons, tokens[cue.first].norm, "naming_participle"):
        return None  # "Its paid service - dubbed Skype Out -", "the program, called IE 7,": the name given
    if tokens[cue.first].norm.endswith("ing"):
        return None  # "..., referring to the People's Republic": a participle's subject came before it
    first = cue.stop
    if first not in mentions.starting and lexicons is not None and first < len(tokens) - 1:
        article = in_class(lexicons, tokens[first].norm, "article")  # "said the Prime Minister"
        first += article  # and "said the German chancellor": a nation's adjective before a title
        first += article and first not in mentions.starting and bool(nation_of(tokens[first].norm, lexicons))
        first += first not in mentions.starting and descriptor(tokens, first, len(tokens), lexicons)
    found = next(
        (
            m
            for m in mentions.starting.get(first, ())
            if m.kind != "speech_noun" and not tokens[m.first].clause_break_before
        ),
        None,
    )
    if found is not None and lexicons is not None and _opens_clause(found, tokens, lexicons):
        return None
    if found is not None and lexicons is not None and (nouns := _nouns_after(found, tokens, lexicons)):
        held = next((m for m in mentions.starting.get(found.stop + nouns, ()) if m.kind in NAME_KINDS), None)
        if held is not None and joined(tokens, held.first):
            # "said Juventus coach Fabio Capello": the name after the noun speaks
            found = dataclasses.replace(
                held, first=found.first, start=found.start, text=text[found.start : held.end]
            )
        elif first > cue.stop and found.kind in NAME_KINDS:
            return None  # "said a Juventus official": after an article the name qualifies the noun
    if found is not None and owns_what_follows(tokens[found.stop - 1]):
        # "said Yahoo's Yonca Brunini": the person the possessive names speaks, not its owner
        owned = next((m for m in mentions.starting.get(found.stop, ()) if m.kind in NAME_KINDS), None)
        if owned is not None and not tokens[owned.first].clause_break_before:
            found = dataclasses.replace(
                owned, first=found.first, start=found.start, text=text[found.start : owned.end]
            )
    if found is None or first == cue.stop:
        return found
    start = tokens[cue.stop].start
    # the text as written between them ("said the\nPrime Minister"), so that the span gives it back
    return dataclasses.replace(found, first=cue.stop, start=start, text=text[start : found.end])


def _nouns_after(mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> int:
    """How many lowercase nouns of its phrase follow a name (at most two), or 0.

    "a Juventus official", "Wales assistant coach Scott Johnson": the name qualifies them. Not a speech
    noun ("an SFA statement": the organisation speaks), an organisation's head noun, an adverb ("Nadal
    afterwards") or a time word.
    """
    never = _not_nouns(lexicons)
    k = mention.stop
    while (
        mention.kind in (*NAME_KINDS, "institution")  # "said Spanish Federation press officer X"
        and k < min(len(tokens), mention.stop + 2)
        and tokens[k].joins_previous
        and tokens[k].text.islower()
        and tokens[k].norm not in lexicons.speech.function_words
        and tokens[k].norm not in never
        and not manner_adverb(tokens[k], lexicons)  # "said a Juventus ally": a noun
    ):
        k += 1
    return k - mention.stop


def _opens_clause(mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A mention followed by an auxiliary is the subject of the content: "..., said he did not see"."""
    if mention.stop >= len(tokens) or tokens[mention.stop].clause_break_before:
        return False
    return lexicons.speech.function_words.get(tokens[mention.stop].norm) == "auxiliary"


def inverted_source(ctx: SentenceContext, mention: Mention, cue: Hit) -> Mention:
    """A source after its cue, with what belongs to it.

    The name a title introduces ("said the Prime Minister of Great Britain Boris Johnson"), else the
    office's genitive ("said the chairman of the joint chiefs"), and an aside ending the sentence; the
    person after an organisation's name ("said RNID technology director Guido Gybels").
    """
    mention = apposed_name(ctx, mention)
    mention = holder_after(ctx.text, mention, ctx.by_token, ctx.tokens, ctx.lexicons)
    tokens = ctx.tokens
    following = tokens[mention.stop].norm if mention.stop < len(tokens) else ""
    if (
        mention.kind in ("title_role", "role") and following in class_words(ctx.lexicons, "postmodifier")
    ) or (mention.kind == "vague" and in_class(ctx.lexicons, following, "publisher_preposition")):
        phrase = noun_phrase_after(ctx.text, cue, ctx.by_token, tokens, ctx.lexicons)
        if phrase is not None and phrase.stop > mention.stop:  # the title still heads the phrase
            mention = dataclasses.replace(
                mention, stop=phrase.stop, end=phrase.end, text=ctx.text[mention.start : phrase.end]
            )
            # "said the report by the UN Economic Commission for Europe": its publisher speaks
            mention = with_publisher(mention, ctx.by_token, tokens, ctx.lexicons)
    return _named_in_aside(ctx, with_trailing_aside(ctx.text, mention, tokens, cue, ctx.lexicons))


def _named_in_aside(ctx: SentenceContext, mention: Mention) -> Mention:
    """A role whose aside is the holder's name is that person; the span keeps the role.

    "said the head of the regional administration, Petro Kovalenko": Kovalenko.
    """
    if mention.kind not in ("title_role", "role") or "," not in mention.text:
        return mention
    comma = ctx.text.index(",", mention.start, mention.end)
    names = [m for m in ctx.by_token.starting_in(0, len(ctx.tokens)) if m.kind in ("person", "name")]
    name = next((m for m in names if m.start > comma and m.end == mention.end), None)
    if name is None or ctx.text[comma + 1 : name.start].strip():
        return mention  # the aside is more than a name ("..., who runs a newsletter")
    return dataclasses.replace(mention, kind="person", name=name.name or name.text, title=mention.title)


def apposed_name(ctx: SentenceContext, mention: Mention) -> Mention:
    """A title or role followed by the name it introduces.

    "according to ex-President of Poland (1995-2005) Alexander Kwasniewski", "said the Prime Minister of
    Great Britain on Sunday Boris Johnson": the person (no comma between: a comma opens an aside). A
    titled name wins, else the last name in reach (the first may be the office's country).
    """
    if mention.kind not in ("title_role", "role"):
        return mention
    postmodifiers = class_words(ctx.lexicons, "postmodifier")
    names = [
        m
        for m in ctx.by_token.starting_in(mention.stop, mention.stop + APPOSED_REACH)
        if m.kind in ("person", "name")
        and len((m.name or m.text).rstrip(".")) > 1  # "wrote the German Chancellor on Platform X": no name
        and (not set_off(ctx.text[mention.end : m.start]) or _apposed(mention, m))
        # a preposition's object completes the office or says where its holder spoke, no holder: "the MP
        # for Islington North", "the head of the EC at the Munich Security Conference" (see _placed)
        and not (m.kind == "name" and _placed(ctx, m, postmodifiers))
    ]
    if not names:
        return mention
    name = next((m for m in names if m.kind == "person"), names[-1])
    span = ctx.text[mention.start : name.end]
    title = name.title or mention.title
    return Mention(mention.first, name.stop, "person", span, mention.start, name.end, name.name, title)


def _placed(ctx: SentenceContext, name: Mention, postmodifiers: frozenset[str]) -> bool:
    """Whether a name is a preposition's object (an article may stand between), not an office's holder.

    "the head of the EC", "the MP for Islington North": a short name after a ``postmodifier`` completes
    the office (a longer one goes on to the holder: "Secretary for Arms Control Mallory Stewart"); after
    another preposition but "by" or "from" it says where or when ("the head of the EC at the Munich Security
    Conference").
    """
    k = name.first - 1
    if k > 0 and in_class(ctx.lexicons, ctx.tokens[k].norm, "article"):
        k -= 1
    before = ctx.tokens[k].norm if k >= 0 else ""
    if before in postmodifiers:
        return name.stop - name.first <= 2 or organisation(name, ctx.lexicons)
    # "compiled by Stuff Magazine", "a politician from ... Florian Streibl": who made it, or the holder
    publisher = in_class(ctx.lexicons, before, "publisher_preposition")
    return not publisher and ctx.lexicons.speech.function_words.get(before) == "preposition"


def _apposed(role: Mention, name: Mention) -> bool:
    """Whether a person set off by commas right after a role holds it ("a local war correspondent, Remus Cernea,").

    The qualifiers gave such a person the role's own title.
    """
    return name.kind == "person" and name.first == role.stop and bool(role.title) and name.title == role.title


@derived
def _not_nouns(lexicons: LexiconSet) -> frozenset[str]:
    """Words after a name that it does not qualify, one set per lexicon set.

    Speech words, time words and organisations' own head nouns ("the Tanjug agency").
    """
    classes = ("not_source", "time_opener", "org_head", "media_head", "media_noun")
    return speech_words(lexicons).union(*(class_words(lexicons, c) for c in classes))


MAX_ASIDE_AFTER = 30
"""An aside after an inverted source is read with it up to this many words."""


def with_trailing_aside(text: str, mention: Mention, tokens: Sequence[Token], cue: Hit,
                        lexicons: LexiconSet) -> Mention:  # fmt: skip
    """An inverted source with the aside that ends its sentence ("..., said Jon Ralston, who runs a newsletter").

    The aside (an apposition or relative clause) belongs to the source's noun phrase, as PolNeAR marks it;
    the source's name stays the name. An adjunct ("..., in a statement", "..., adding ...") is no aside.
    """
    if mention.first < cue.stop or mention.stop >= len(tokens) or mention.kind in ("pronoun", "speech_noun"):
        return mention
    if text[mention.end : tokens[mention.stop].start].strip() != ",":
        return mention
    if len(tokens) - mention.stop > MAX_ASIDE_AFTER or not _opens_aside(tokens[mention.stop], lexicons):
        return mention
    end = tokens[-1].end
    while end > mention.end and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    if any(mark in text[mention.end : end] for mark in '"“”‘’«»'):
        return mention  # a quotation after the source is not its aside
    return dataclasses.replace(mention, stop=len(tokens), end=end, text=text[mention.start : end],
                               name=mention.name or mention.text)  # fmt: skip


def _opens_aside(token: Token, lexicons: LexiconSet) -> bool:
    """Not an adjunct: a participle ("adding"), a preposition ("in a statement") or an adverb opens none."""
    if token.norm.endswith("ing") and token.text.islower():
        return False
    return lexicons.speech.function_words.get(token.norm) not in ("preposition", "adverb", "conjunction")
