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
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from framing.fastinit import fast_init

SAME, POSSIBLE, DIFFERENT = "same", "possible", "different"
_VOWELS = set("aeiouy")
_SPELLING = (
    (re.compile(r"(iy|yy|ii|ij|yj|iy)$"), "y"),  # Zelenskiy, Zelenskyy -> Zelensky
    (re.compile(r"(?<=[^aeiouy])e$"), ""),  # Anokhine -> Anokhin (French-style final e)
    (re.compile(r"ł"), "l"),  # Polish ł has no Unicode decomposition: Ławrow -> Lavrov, Zełenski
    (re.compile(r"sz"), "sh"),  # Polish spellings of Russian and Ukrainian names: Szojgu -> Shoigu
    (re.compile(r"cz"), "ch"),  # Pieczkow, Czernyk
    (re.compile(r"zh"), "z"),  # Prigozhin, Polish Prigożin (ż folds to z)
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
    return "".join(ch for ch in without_accents(text) if ch.isalpha())


def without_accents(text: str) -> str:
    """``text`` with its accents and other combining marks dropped ("Daczić" -> "Daczic")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def spelling_key(word: str, transliteration: Transliteration) -> str:
    """A name word with the spelling rules applied: equal keys mean the same name."""
    return _spelling(_fold(word, transliteration))


def _spelling(folded: str) -> str:
    for pattern, replacement in _SPELLING:
        folded = pattern.sub(replacement, folded)
    return folded


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


@dataclass(frozen=True, slots=True)
class WordKey:
    """What comparing a name word needs: its spelling key, its consonant skeleton, a gendered ending."""

    key: str
    skeleton: str
    feminine: bool


MIN_VOWEL_VARIANT = 6
"""A bare surname differing only in vowels from a named person's is theirs when it has at least this many
letters ("Boharev" and "Andrei Bocharov"); a shorter one may be another person ("Parry" and "Ian Perry")."""


def _compare_keys(a: WordKey, b: WordKey) -> str:
    if not a.key or not b.key:
        return DIFFERENT
    if a.feminine != b.feminine:
        return DIFFERENT  # Ivanov / Ivanova: a gendered ending is never a spelling variant
    if a.key == b.key:
        return SAME
    if a.skeleton == b.skeleton and abs(len(a.key) - len(b.key)) <= 2:
        return SAME  # only vowels differ: Bocharov / Boharev, Denis / Denys
    if a.key[0] == b.key[0] and _edit_distance(a.key, b.key) <= max(1, min(len(a.key), len(b.key)) // 5):
        return POSSIBLE  # Gladkov / Glazkov: close, but a consonant differs
    return DIFFERENT


MAX_SPELLINGS = 100_000
"""Name words whose keys a :class:`NameKeys` keeps; past that it starts afresh."""


class NameKeys:
    """The keys of name words, each computed once per spelling (a pure function of the word).

    An explicit object, owned by whoever compares the names: the lexicon set, for the discourse of every
    article it analyses (names recur across an archive, and folding is the costly part of reading
    them), or one call of :func:`group_names`. It keeps at most :data:`MAX_SPELLINGS` spellings.
    """

    def __init__(self, transliteration: Transliteration) -> None:
        self.transliteration = transliteration
        self._folded: dict[str, str] = {}
        self._words: dict[str, WordKey] = {}

    def fold(self, word: str) -> str:
        """Lowercase Latin letters only (see :func:`_fold`)."""
        folded = self._folded.get(word)
        if folded is None:
            if len(self._folded) >= MAX_SPELLINGS:  # an archive's names are unbounded; memory is not
                self._folded.clear()
            folded = self._folded[word] = _fold(word, self.transliteration)
        return folded

    def word(self, word: str) -> WordKey:
        """The key, skeleton and gendered ending of a name word."""
        found = self._words.get(word)
        if found is None:
            if len(self._words) >= MAX_SPELLINGS:
                self._words.clear()
            folded = self.fold(word)
            key = _spelling(folded)
            found = self._words[word] = WordKey(key, _skeleton(key), bool(_FEMININE.search(folded)))
        return found

    def compare_words(self, a: str, b: str) -> str:
        """Compare two single name words (surnames, or first names)."""
        return _compare_keys(self.word(a), self.word(b))

    def alias_key(self, name: str) -> str:
        """A name as alias files are keyed: each word folded."""
        return " ".join(self.fold(word) for word in name.split())

    def alias_target(self, name: str, aliases: Mapping[str, str]) -> str:
        """The canonical name an alias entry gives ``name`` (by full name, else by surname), or the name."""
        key = self.alias_key(name)
        return aliases.get(key) or aliases.get(key.split()[-1] if key else "") or name

    def compare_names(self, a: str, b: str, aliases: Mapping[str, str] | None = None) -> str:
        """Compare two person names (see :func:`compare_names`)."""
        if aliases:
            target_a, target_b = self.alias_target(a, aliases), self.alias_target(b, aliases)
            if target_a in (target_b, b) or target_b == a:
                return SAME
        if ("-" in a) != ("-" in b):  # "Sven-Goran Eriksson" and "Sven Goran Eriksson": given names only
            a, b = _given_unhyphenated(a), _given_unhyphenated(b)
        name_a, name_b = PersonName.parse(a), PersonName.parse(b)
        surname = self.compare_words(name_a.surname, name_b.surname)
        if surname == DIFFERENT or not name_a.given or not name_b.given:
            key_a, key_b = self.word(name_a.surname).key, self.word(name_b.surname).key
            short = min(len(key_a), len(key_b)) < MIN_VOWEL_VARIANT
            return POSSIBLE if surname == SAME and key_a != key_b and short else surname
        given = self.compare_words(name_a.given[0], name_b.given[0])
        if given == DIFFERENT:
            return DIFFERENT
        return POSSIBLE if POSSIBLE in (surname, given) else SAME


def _given_unhyphenated(name: str) -> str:
    """A name with its given names' hyphens as spaces; the surname keeps its own ("Zeta-Jones" is not "Jones")."""
    words = name.split()
    return " ".join([*(w.replace("-", " ") for w in words[:-1]), *words[-1:]])


def compare_words(a: str, b: str, transliteration: Transliteration) -> str:
    """Compare two single name words (surnames, or first names)."""
    return NameKeys(transliteration).compare_words(a, b)


@fast_init
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
    return NameKeys(transliteration).compare_names(a, b, aliases)


def fold_aliases(aliases: Mapping[str, str], transliteration: Transliteration) -> dict[str, str]:
    """Alias file entries keyed the way names are compared (case, script and accents folded)."""
    keys = NameKeys(transliteration)
    return {keys.alias_key(alias): canonical for alias, canonical in aliases.items()}


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
    """Group person names across articles; an alias file entry wins over the rules.

    A name joins the first group whose members are all the same person as it, else starts a group. Only
    groups holding a member that can be the same person are compared (same surname sound and compatible
    first name, or an alias entry linking them), so the cost grows with the names, not their pairs.
    """
    keys = NameKeys(transliteration)
    aliases = fold_aliases(aliases, transliteration)
    unique = list(dict.fromkeys(n for n in names if n))
    order = {name: k for k, name in enumerate(unique)}
    groups: list[list[str]] = []
    index: dict[object, set[int]] = defaultdict(set)  # a sound or an alias link -> groups holding it
    for name in unique:
        surname, given = _sounds(keys, name)
        target = keys.alias_target(name, aliases) if aliases else None
        candidates: set[int] = set()
        for link in _links(surname, given, target, name):
            candidates |= index.get(link, set())
        chosen = next(
            (
                g
                for g in sorted(candidates)
                if all(keys.compare_names(name, m, aliases) == SAME for m in groups[g])
            ),
            len(groups),
        )
        if chosen == len(groups):
            groups.append([])
        groups[chosen].append(name)
        for link in (("surname", surname), ("sound", surname, given), ("target", target), ("name", name)):
            index[link].add(chosen)
    canonical: dict[str, str] = {}
    displays = []
    for group in groups:
        folded = [keys.alias_key(n) for n in group]
        folded += [k.split()[-1] for k in folded if k]
        alias = next((aliases[k] for k in folded if k in aliases), None)
        display = alias or max(group, key=lambda n: (len(n.split()), -order[n]))
        displays.append(display)
        canonical.update(dict.fromkeys(group, display))
    return NameGroups(canonical, _possible(displays, keys, aliases))


def _sounds(keys: NameKeys, name: str) -> tuple[object, object]:
    """What two names the rules call the same person share.

    The surname's (skeleton, gendered ending), None if it has no letters; the first given name's (first
    letter, gendered ending), None without given names, "" when it has no letters.
    """
    person = PersonName.parse(name)
    surname = keys.word(person.surname)
    given = keys.word(person.given[0]) if person.given else None
    return (
        (surname.skeleton, surname.feminine) if surname.key else None,
        None if given is None else (given.key[:1], given.feminine) if given.key else "",
    )


def _links(surname: object, given: object, target: str | None, name: str) -> list[tuple[object, ...]]:
    """The index entries of the groups that may hold the same person as ``name``."""
    links: list[tuple[object, ...]] = []
    if surname is not None and given is None:
        links.append(("surname", surname))  # no given name: any given name agrees
    elif surname is not None:
        links += [("sound", surname, None)] + ([("sound", surname, given)] if given != "" else [])
    if target is not None:
        links += [("target", target), ("name", target), ("target", name)]
    return links


_INITIALS = re.compile(r"[A-Z]{2}")
"""Two capitals in a row: initials or a word in capitals, never a spelling of a person's surname."""


def _possible(
    displays: Sequence[str], keys: NameKeys, aliases: Mapping[str, str]
) -> tuple[tuple[str, str], ...]:
    """Pairs of display names that may be the same person, in order.

    Such surnames share their first letter and gendered ending and differ in length by at most
    ``max(2, length // 5)``: only those pairs are compared.
    """
    buckets: dict[tuple[str, bool, int], list[int]] = defaultdict(list)
    # a one-word name with two capitals in a row is initials ("HARMs", "NATO"), no one's surname to misspell
    surnames = [
        keys.word("" if " " not in d and _INITIALS.search(d) else PersonName.parse(d).surname)
        for d in displays
    ]
    for k, word in enumerate(surnames):
        if word.key:
            buckets[(word.key[0], word.feminine, len(word.key))].append(k)
    pairs = []
    for i, word in enumerate(surnames):
        if not word.key:
            continue
        reach = max(2, len(word.key) // 5)
        near = (
            buckets.get((word.key[0], word.feminine, n), [])
            for n in range(len(word.key) - reach, len(word.key) + reach + 1)
        )
        for j in sorted(j for bucket in near for j in bucket if j > i):
            if keys.compare_names(displays[i], displays[j], aliases) == POSSIBLE:
                pairs.append((displays[i], displays[j]))
    return tuple(pairs)


class SurnameIndex:
    """People in order of first mention, found by surname: the latest one the spelling rules match.

    Equivalent to :func:`surname_matches` over :attr:`names`, in constant time: a surname is the same
    as another exactly when their keys have letters, the same skeleton and gendered ending, and lengths
    at most 2 apart, so people are bucketed by (skeleton, gendered ending, key length).
    """

    def __init__(self, keys: NameKeys) -> None:
        self.keys = keys
        self.names: list[str] = []
        self._positions: dict[str, list[int]] = defaultdict(list)  # name -> its positions in names
        self._buckets: dict[tuple[str, bool, int], list[int]] = defaultdict(list)  # ascending positions

    def _bucket(self, name: str) -> list[int] | None:
        word = self.keys.word(PersonName.parse(name).surname)
        return self._buckets[(word.skeleton, word.feminine, len(word.key))] if word.key else None

    def latest(self, word: str) -> str | None:
        """The latest name whose surname is ``word`` by the spelling rules ("Boharev" -> "Andrei Boharev")."""
        key = self.keys.word(word)
        if not key.key:
            return None
        found = [
            bucket[-1]
            for n in range(len(key.key) - 2, len(key.key) + 3)
            if (bucket := self._buckets.get((key.skeleton, key.feminine, n)))
        ]
        return self.names[max(found)] if found else None

    def shared(self, word: str) -> bool:
        """Whether two people of different given names have the surname ``word`` ("Ozzy" and "Sharon Osbourne")."""
        key = self.keys.word(word)
        if not key.key:
            return False
        positions = [
            p
            for n in range(len(key.key) - 2, len(key.key) + 3)
            for p in self._buckets.get((key.skeleton, key.feminine, n), ())
        ]
        given = {PersonName.parse(self.names[p]).given[:1] for p in positions}
        return len({g for g in given if g}) > 1

    def __contains__(self, name: object) -> bool:
        """Whether ``name`` is one of the people, as written."""
        return name in self._positions

    def append(self, name: str) -> None:
        """A new person, last in order."""
        position = len(self.names)
        self.names.append(name)
        self._positions[name].append(position)
        bucket = self._bucket(name)
        if bucket is not None:
            bucket.append(position)

    def replace(self, old: str, new: str) -> None:
        """The first ``old`` becomes ``new``, in its place (a person named again more fully)."""
        positions = self._positions[old]
        position = positions.pop(0)
        if not positions:
            del self._positions[old]
        insort(self._positions[new], position)
        bucket = self._bucket(old)
        if bucket is not None:
            del bucket[bisect_left(bucket, position)]
        self.names[position] = new
        bucket = self._bucket(new)
        if bucket is not None:
            insort(bucket, position)


def opening(word: str, names: Iterable[str]) -> str | None:
    """The one name of several words in ``names`` that opens with ``word``, else None.

    "Xi Jinping ... Mr Xi": a family name written first; "Anna Petrova ... Anna said": a given name.
    """
    found = {
        n
        for n in names
        if " " in n and n.split()[0].casefold() == word.casefold() and all(w[:1].isupper() for w in n.split())
    }
    return found.pop() if len(found) == 1 and " " not in word else None


def surname_matches(word: str, names: Sequence[str], transliteration: Transliteration) -> str | None:
    """The latest of ``names`` whose surname is ``word`` by the spelling rules ("Boharev" -> "Andrei Boharev")."""
    keys = NameKeys(transliteration)
    for name in reversed(names):
        if keys.compare_words(word, PersonName.parse(name).surname) == SAME:
            return name
    return None
