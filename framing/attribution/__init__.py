"""Who speaks: attributions of quotations and claims to sources, and a speaker for every sentence.

One stage per module:

- :mod:`~framing.attribution.base`: the mention of a possible source, and the word tests the stages share;
- :mod:`~framing.attribution.context`: a sentence read once (cues, channel, quotations, candidate sources);
- :mod:`~framing.attribution.mentions`: candidate sources in a sentence (pure);
- :mod:`~framing.attribution.offices`: titles and offices around a name ("Former Russian President X",
  "Minister of Foreign Affairs of Lithuania X", "US President");
- :mod:`~framing.attribution.subjects`: the source of a cue (before it, after it, before an aside);
- :mod:`~framing.attribution.phrases`: plain noun phrases as sources ("the group said", "said a friend");
  :mod:`~framing.attribution.heads`: their heads ("The security guard at the firm's headquarters": the
  guard; "Putin’s" owns what follows);
- :mod:`~framing.attribution.relatives`: relative pronouns as sources ("Obama, who called ...": the span is
  "who", the speaker its antecedent);
- :mod:`~framing.attribution.according`: the "according to" rule, its source the whole phrase to the end of
  its clause ("according to a count by The Associated Press");
- :mod:`~framing.attribution.quotecues`: the cue of a quotation, the source before a colon;
- :mod:`~framing.attribution.rules`: the rules, one function each, tried in the order of their tables;
- :mod:`~framing.attribution.openers`: a name opening the clause before an office "of" an organisation; :mod:`~framing.attribution.verbs`: verb cues' sources after the cue, no source; :mod:`~framing.attribution.participles`: participle cues ("..., warning that", "left UKIP saying");
  :mod:`~framing.attribution.passives`: cues in the passive and their agent after "by" ("was criticized by X");
- :mod:`~framing.attribution.readings`: readings of a cue word that report no words (a noun, a question,
  a presence in person); :mod:`~framing.attribution.acts`: cues that act rather than report (a call, a
  declared act, an aside before the reporting verb, a request for anonymity);
- :mod:`~framing.attribution.fallbacks`: the rules for sentences without an attribution yet;
  :mod:`~framing.attribution.polls`: a poll's result after "in" ("led 2-1 in a CBS poll");
- :mod:`~framing.attribution.content`: the cue and content spans;
- :mod:`~framing.attribution.resolver`: the article's discourse state (who was named, with which roles,
  who spoke last) behind an explicit interface; :mod:`~framing.attribution.roles`: its word tests;
  :mod:`~framing.attribution.pronouns`: whom "he", "she" or "they" and an epithet ("the 31-year-old")
  stand for; :mod:`~framing.attribution.holders`: who holds a role ("the minister" -> the last person
  named with it, or the person just quoted);
  :mod:`~framing.attribution.genders`: the he/she the article used for a person ("her" is not Putin);
- :mod:`~framing.attribution.referents`: a pronoun source read in its own sentence first ("it" after an
  organisation opening this sentence or the one before);
- :mod:`~framing.attribution.pipeline`: reads an article top to bottom;
- :mod:`~framing.attribution.leads`: claims whose source comes after them ("That's according to X", a
  lead whose source the next sentence names);
- :mod:`~framing.attribution.speeches`: whole speeches, interviews and appeals printed as one voice;
- :mod:`~framing.attribution.evidence`: the ``attribution`` matches of sentences carrying a source's words.

Word classes (articles, possessives, coordinators, never-a-speaker words, leaders' titles) and what each
pronoun may refer to are data in ``lexicons/sources/``.
"""

from framing.attribution.carriers import sentence_carriers
from framing.attribution.evidence import attribution_evidence
from framing.attribution.pipeline import attribute
from framing.attribution.resolver import UNKNOWN

__all__ = ["UNKNOWN", "attribute", "attribution_evidence", "sentence_carriers"]
