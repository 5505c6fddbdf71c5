"""Corpus check of the speaker column (issue 9): names that are never speakers, and speakers over 6 words.

Runs what ``framing speakers`` runs over the shared war corpus and reports every speaker name that fails a
"never a speaker" rule (dates, weekdays, months, adverbs, channels, bare demonyms, verb phrases,
participles, pronoun-led clauses, conjoined names taken for one person) and every speaker longer than
six words. Skipped, with a message, when the corpus is absent. Run by ``make evaluate``:

    .venv/bin/python scripts/check_speakers.py [CORPUS.jsonl] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "ukraine_war_2022_2024.jsonl"
MAX_WORDS = 6
sys.path.insert(0, str(ROOT))

from framing import analyze, load_lexicons, speaker_profiles  # noqa: E402
from framing.inputs import read_documents  # noqa: E402
from framing.lexicon import LexiconSet  # noqa: E402
from framing.results import AUTHOR  # noqa: E402

_CLAUSE_OPENERS = frozenset({"pronoun", "preposition", "conjunction", "auxiliary", "adverb", "negation"})


def never_a_speaker(name: str, source_type: str, lexicons: LexiconSet) -> str | None:
    """The class-6 rule a speaker name breaks, or None."""
    speech = lexicons.speech
    words = name.lower().replace("’", "'").split()
    if not words or name in (AUTHOR, "unknown"):
        return None
    if all(w in speech.classes["not_source"] for w in words):
        return "date, weekday, adverb or bare demonym"
    channels = {e.pattern for e in speech.channels}
    if name.lower() in channels or (" ".join(words[1:]) in channels and words[0] in ("on", "in", "via")):
        return "channel"
    cue_words = {e.pattern for e in speech.cues if e.subcategory in ("verb", "vague", "phrase")}
    if any(" ".join(words[i : i + n]) in cue_words for n in (1, 2, 3) for i in range(len(words))):
        return "verb phrase"
    sources = {e.pattern for e in speech.sources}
    if len(words) == 1 and words[0].endswith("ing") and words[0] not in sources:
        return "participle"
    opener = name.split()[0]
    # "US" is a country, "us" a pronoun; a role name is lowercased, so "us officials" is read as "US".
    ambiguous = not (opener.islower() or opener.istitle()) or (words[0] == "us" and len(words) > 1)
    opener_class = None if ambiguous else speech.function_words.get(words[0])
    if opener_class in _CLAUSE_OPENERS and not (
        words[0] in speech.classes["article"] or words[0] in speech.classes["possessive"]
    ):
        return "pronoun- or preposition-led clause"
    if source_type == "named_person" and ("and" in words[1:-1] or "&" in words):
        return "conjoined names taken for one person"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--show", type=int, default=15, help="examples to print per failure (default 15)")
    args = parser.parse_args(argv)
    if not Path(args.corpus).is_file():
        print(f"skip speaker check: {args.corpus} not found")
        return 0
    lexicons = load_lexicons()
    results = [analyze(d.text, lexicons=lexicons, doc=d.doc) for d in read_documents([args.corpus])]
    table = speaker_profiles(results, lexicons)
    failures: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for profile in table.speakers:
        for name in dict.fromkeys((profile.speaker, *profile.names)):
            reason = never_a_speaker(name, profile.source_type, lexicons)
            if len(name.split()) > MAX_WORDS:
                reason = reason or f"longer than {MAX_WORDS} words"
            if reason is not None:
                failures[reason] += 1
                examples.setdefault(reason, []).append(f"{name!r} ({profile.source_type})")
    class6 = sum(n for reason, n in failures.items() if not reason.startswith("longer"))
    long = failures[f"longer than {MAX_WORDS} words"]
    print(
        f"speaker check on {Path(args.corpus).name}: {len(results)} articles, {len(table.speakers)} speakers"
    )
    print(f"class-6 names: {class6}; speakers over {MAX_WORDS} words: {long}")
    for reason, n in failures.most_common():
        print(f"  {reason}: {n}: " + ", ".join(examples[reason][: args.show]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
