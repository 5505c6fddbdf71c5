"""Every inflection of a lexicon pattern's word, for curating lexicons (uses lemminflect, a dev tool).

Usage: python scripts/inflect.py PATTERN [--word N] [--upos VERB|NOUN|ADJ]

Prints one candidate pattern per line: PATTERN with word N (default: the first word) replaced by each
inflected form of its lemma(s) that lemminflect knows (e.g. "shell" -> shell, shells, shelled,
shelling). The curator admits each form like any other entry (a KWIC sample; see scripts/kwic.py) and
records it with the lexicon's `inflection` source. lemminflect ships its data, so this runs offline.
"""

from __future__ import annotations

import argparse

from lemminflect import getAllInflections, getAllInflectionsOOV, getAllLemmas


def forms(word: str, upos: str | None) -> list[str]:
    lemmas = {lemma for values in getAllLemmas(word, upos=upos).values() for lemma in values} or {word}
    found = {word}
    for lemma in lemmas:
        found.add(lemma)
        inflections = getAllInflections(lemma, upos=upos) or (
            getAllInflectionsOOV(lemma, upos=upos) if upos else {}
        )
        for values in inflections.values():
            found.update(values)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern")
    parser.add_argument("--word", type=int, default=0, help="index of the word to inflect (default 0)")
    parser.add_argument("--upos", choices=["VERB", "NOUN", "ADJ"], default=None)
    args = parser.parse_args(argv)
    words = args.pattern.split()
    for form in forms(words[args.word], args.upos):
        print(" ".join([*words[: args.word], form, *words[args.word + 1 :]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
