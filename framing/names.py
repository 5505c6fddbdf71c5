"""Decide when two written names are the same person: transliteration variants merge, others do not.

Three outcomes for a pair of names:

- **same**: one spelling rule explains the difference (Zelensky/Zelenskiy/Zelenskyy, O’Neill/O'Neill,
  Anokhin/Anokhine, a Cyrillic look-alike letter inside a Latin name) or the consonant skeletons agree and
  only vowels differ (Bocharov/Boharev), or the user's alias file says so;
- **possible**: close but not explained by a rule (Gladkov/Glazkov): reported, never merged;
- **different**: anything else, and always across gendered endings (Ivanov/Ivanova).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SAME, POSSIBLE, DIFFERENT = "same", "possible", "different"
_VOWELS = set("aeiouy")
_SPELLING = (
    (re.compile(r"(iy|yy|ii|ij|yj|iy)$"), "y"),  # Zelenskiy, Zelenskyy -> Zelensky
    (re.compile(r"(?<=[^aeiouy])e$"), ""),  # Anokhine -> Anokhin (French-style final e)
    (re.compile(r"kh"), "h"),
    (re.compile(r"(?<=[aeiouy])ch(?=[aeiouy])"), "h"),  # Bocharov -> Boharov
    (re.compile(r"tz"), "ts"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters
)
_FEMININE = re.compile(r"(ova|eva|ina|yna|aya|aia|ska|skaya|tska|tskaya)$")


Transliteration = tuple[Mapping[str, str], Mapping[str, str]]
"""(Cyrillic -> Latin letters, Cyrillic -> Latin look-alike), from ``lexicons/sources/transliteration.tsv``."""


def _fold(name: str, transliteration: Transliteration) -> str:
    """Lowercase Latin letters only: Cyrillic transliterated, accents, apostrophes and hyphens gone.

    A word written mostly in Latin letters reads its Cyrillic letters as the Latin letters they look like
    ("Воharev" with a Cyrillic В and о is "Boharev"); a mostly Cyrillic word is transliterated.
    """
    letters, lookalikes = transliteration
    text = unicodedata.normalize("NFKC", name).lower()
    cyrillic = sum(ch in letters for ch in text)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    table = lookalikes if 0 < cyrillic < latin else letters
    text = "".join(table.get(ch, letters.get(ch, ch)) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalpha() and not unicodedata.combining(ch))


_KEYS: dict[tuple[str, int], tuple[object, str]] = {}
"""spelling_key results by (word, id of the transliteration table), with the table kept to check the id."""


def spelling_key(word: str, transliteration: Transliteration) -> str:
    """A name word with the spelling rules applied: equal keys mean the same name."""
    cache_key = (word, id(transliteration[0]))
    cached = _KEYS.get(cache_key)
    if cached is not None and cached[0] is transliteration[0]:
        return cached[1]
    if len(_KEYS) > 100_000:
        _KEYS.clear()  # bound the memory of long batch runs
    key = _fold(word, transliteration)
    for pattern, replacement in _SPELLING:
        key = pattern.sub(replacement, key)
    _KEYS[cache_key] = (transliteration[0], key)
    return key


def _skeleton(key: str) -> str:
    return key[:1] + "".join(ch for ch in key[1:] if ch not in _VOWELS)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def compare_words(a: str, b: str, transliteration: Transliteration) -> str:
    """Compare two single name words (surnames, or first names)."""
    key_a, key_b = spelling_key(a, transliteration), spelling_key(b, transliteration)
    if not key_a or not key_b:
        return DIFFERENT
    if bool(_FEMININE.search(_fold(a, transliteration))) != bool(_FEMININE.search(_fold(b, transliteration))):
        return DIFFERENT  # Ivanov / Ivanova: a gendered ending is never a spelling variant
    if key_a == key_b:
        return SAME
    if _skeleton(key_a) == _skeleton(key_b) and abs(len(key_a) - len(key_b)) <= 2:
        return SAME  # only vowels differ: Bocharov / Boharev
    if key_a[0] == key_b[0] and _edit_distance(key_a, key_b) <= max(1, min(len(key_a), len(key_b)) // 5):
        return POSSIBLE  # Gladkov / Glazkov: close, but a consonant differs
    return DIFFERENT


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into given names and surname (the last word)."""

    given: tuple[str, ...]
    surname: str

    @classmethod
    def parse(cls, name: str) -> PersonName:
        """Split "Vasily Anokhine" into (("Vasily",), "Anokhine")."""
        words = name.split()
        return cls(tuple(words[:-1]), words[-1] if words else "")

    @property
    def display(self) -> str:
        """The name as shown."""
        return " ".join((*self.given, self.surname))


def compare_names(
    a: str, b: str, transliteration: Transliteration, aliases: Mapping[str, str] | None = None
) -> str:
    """Compare two person names: surnames must agree; given names must agree when both have them.

    Args:
        a: A name as written.
        b: Another name.
        transliteration: Cyrillic -> Latin letters.
        aliases: Folded alias (see :func:`fold_aliases`) -> canonical name; an alias entry wins.
    """
    if aliases:
        target_a = _alias_target(a, transliteration, aliases)
        target_b = _alias_target(b, transliteration, aliases)
        if target_a in (target_b, b) or target_b == a:
            return SAME
    name_a, name_b = PersonName.parse(a), PersonName.parse(b)
    surname = compare_words(name_a.surname, name_b.surname, transliteration)
    if surname == DIFFERENT or not name_a.given or not name_b.given:
        return surname
    given = compare_words(name_a.given[0], name_b.given[0], transliteration)
    if given == DIFFERENT:
        return DIFFERENT
    return POSSIBLE if POSSIBLE in (surname, given) else SAME


def _alias_key(name: str, transliteration: Transliteration) -> str:
    return " ".join(_fold(word, transliteration) for word in name.split())


def _alias_target(name: str, transliteration: Transliteration, aliases: Mapping[str, str]) -> str:
    key = _alias_key(name, transliteration)
    return aliases.get(key) or aliases.get(key.split()[-1] if key else "") or name


def fold_aliases(aliases: Mapping[str, str], transliteration: Transliteration) -> dict[str, str]:
    """Alias file entries keyed the way names are compared (case, script and accents folded)."""
    return {_alias_key(alias, transliteration): canonical for alias, canonical in aliases.items()}


@dataclass(frozen=True, slots=True)
class NameGroups:
    """Names grouped by person.

    Attributes:
        canonical: Each input name -> the display name of its group (the longest, then first seen).
        possible: Pairs of display names that may be the same person; reported, not merged.
    """

    canonical: Mapping[str, str]
    possible: tuple[tuple[str, str], ...]


def group_names(
    names: Iterable[str], transliteration: Transliteration, aliases: Mapping[str, str]
) -> NameGroups:
    """Group person names across articles; an alias file entry wins over the rules."""
    aliases = fold_aliases(aliases, transliteration)
    unique = list(dict.fromkeys(n for n in names if n))
    groups: list[list[str]] = []
    for name in unique:
        for group in groups:
            if all(compare_names(name, member, transliteration, aliases) == SAME for member in group):
                group.append(name)
                break
        else:
            groups.append([name])
    canonical: dict[str, str] = {}
    displays = []
    for group in groups:
        keys = [_alias_key(n, transliteration) for n in group]
        keys += [k.split()[-1] for k in keys if k]
        alias = next((aliases[k] for k in keys if k in aliases), None)
        display = alias or max(group, key=lambda n: (len(n.split()), -unique.index(n)))
        displays.append(display)
        canonical.update(dict.fromkeys(group, display))
    possible = tuple(
        (a, b)
        for i, a in enumerate(displays)
        for b in displays[i + 1 :]
        if compare_names(a, b, transliteration, aliases) == POSSIBLE
    )
    return NameGroups(canonical, possible)


def surname_matches(word: str, names: Sequence[str], transliteration: Transliteration) -> str | None:
    """The latest of ``names`` whose surname is ``word`` by the spelling rules ("Boharev" -> "Andrei Boharev")."""
    for name in reversed(names):
        if compare_words(word, PersonName.parse(name).surname, transliteration) == SAME:
            return name
    return None
