"""The closed vocabularies of the lexicon files: cue and source kinds, word classes, rule kinds.

A row whose kind or class is not listed here is refused when the file is loaded, with the valid choices.
"""

from __future__ import annotations

CUE_KINDS = ("verb", "phrase", "attitude", "according_to", "vague", "noun")
STANCES = ("neutral", "assertive", "alarm", "contesting", "tentative")
SOURCE_KINDS = ("vague", "role", "title", "media", "institution", "place")
PRONOUN_REFERENTS = ("male", "female", "plural", "neuter", "first", "second")
WORD_CLASSES = (
    "article",
    "possessive",
    "coordinator",
    "leader",
    "leader_generic",
    "diplomat",
    "diplomat_generic",
    "portfolio",
    "not_source",
    "intent",
    "addressee",
    "addressee_uninverted",
    "judging_verb",
    "poll_noun",
    "not_adverb",
    "noun_marker",
    "compound_noun",
    "idle_pair",
    "number_word",
    "do_form",
    "honorific",
    "irregular_past",
    # verb groups and the spans of cues and content (framing/attribution/base.py, content.py)
    "catenative",
    "go_form",
    "say_form",
    "whole_phrase_tail",
    "cue_particle",
    "to_verb",
    "on_verb",
    "object_verb",
    "after_cue",
    # sources, their noun phrases and titles (phrases.py, relatives.py, mentions.py, offices.py, roles.py)
    "relative",
    "relative_source",
    "postmodifier",
    "name_connector",
    "title_opener",
    "channel_preposition",
    "gerund_reporting",
    "declaring",
    "weapon_verb",
    "deploy_verb",
    "weapon_use_noun",
    "quantity_word",
    "target_preposition",
    "recording_participle",
    "passive_doer",
    "desire_verb",
    "claim_noun",
    "clause_demonstrative",
    "directed_preposition",
    "taking_noun",
    "harm_measure",
    "purpose_for",
    "act_verb",
    "act_verb_gap",
    "opening_preposition",
    "time_noun",
    "time_opener",
    "indefinite",
    "quantifier",
    "subordinator",
    "add_form",
    "printed_marker",
    "printed_noun",
    "rank_modifier",
    "announcing_word",
    "text_owner_preposition",
    "name_possessive",
    "media_head",
    "former",
    "new_referent",
    "complement_adjective",
    # verbs and sentence rules (verbs.py, fallbacks.py, speeches.py)
    "be_form",
    "copula",
    "seem_form",
    "appear_form",
    "topic_verb",
    "cite_form",
    "topic_preposition",
    "question_opener",
    "question_word",
    "whole_text",
    "amount_claim",
    "generic_head",
    "media_noun",
    "org_head",
    "of_name",
    "org_type",
    "attributive_cue",
    "document_noun",
    "publish_verb",
    "document_modifier",
    "time_word",
    "support_verb",
    "complement_verb",
    "aux_adverb",
    "after_clause_cue",
    # the agency rule's clauses (framing/agency/coordination.py, index.py)
    "verb_coordinator",
    "passive_get",
    "agent_possessive",
    "gerund_link",
    "accusing_verb",
    "participation",
    "object_preposition",
    "sentential_relative",
)
"""Classes of ``sources/word_classes.tsv``; a word may have several (one row each)."""
AGENT_KINDS = (
    "state",
    "forces",
    "demonym",
    "leader",
    "pronoun",
    "anaphor",
    "not_agent",
    "boundary",
    "relative",
    "passive",
    "not_harm",
)
EMPHASIS_KINDS = ("auxiliary", "not_before", "subordinator", "not_verb")
"""Kinds of ``rules/emphasis.tsv`` (see :class:`GrammarRule`)."""
INVERSION_KINDS = ("auxiliary", "subject", "not_before", "negative")
"""Kinds of ``rules/inversion.tsv`` (see :class:`GrammarRule`)."""
DETERRENCE_KINDS = ("response", "opener", "subordinator", "aggressor", "aggression", "conflict")
"""Kinds of ``rules/deterrence.tsv`` (see :class:`GrammarRule`)."""
PROTECTION_KINDS = ("verb", "preposition")
"""Kinds of ``rules/protection.tsv`` (see :class:`GrammarRule`)."""
FUNCTION_CLASSES = (
    "determiner",
    "preposition",
    "conjunction",
    "auxiliary",
    "adverb",
    "negation",
    "pronoun",
    "other",
)
