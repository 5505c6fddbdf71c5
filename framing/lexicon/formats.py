"""Readers of the dictionary formats researchers already have, into one :class:`Dictionary`.

Each reader checks the structure of its format and stops at the first problem with the file and line
(``mfd.dic:14: category id 9 is not declared in the header``). What a term may be, and how categories
become framing dimensions, is decided once for all formats in :mod:`framing.lexicon.imports`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

from framing.errors import LexiconError


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a dictionary as written, with its category, a nested category and its weight."""

    text: str
    category: str
    line: int
    subcategory: str = ""
    weight: float = 1.0


@dataclass(slots=True)
class Dictionary:
    """A dictionary read from a file: its categories (name -> line declared) and terms, in file order.

    ``errors`` are problems of single lines that do not stop the reading, so that ``framing lexicon
    check`` lists them all (loading stops at the first); ``notes`` say what the format could express
    that framing reads only approximately.
    """

    origin: str
    format: str
    categories: dict[str, int] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def fail(self, line: int | None, message: str) -> LexiconError:
        """The error for ``message`` at ``line`` of this file (``None``: the file as a whole)."""
        return LexiconError(
            f"{self.origin}: {message}" if line is None else f"{self.origin}:{line}: {message}"
        )

    def declare(self, name: str, line: int) -> None:
        """Add category ``name``, declared at ``line``; a second declaration is an error."""
        name = name.strip()
        if not name:
            raise self.fail(line, "a category has no name")
        if name in self.categories:
            raise self.fail(
                line, f"category {name!r} is declared again (first on line {self.categories[name]})"
            )
        self.categories[name] = line


def _lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines without their line ends, blank ones left out."""
    return [(n, line.rstrip("\r\n")) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


# --- LIWC .dic -------------------------------------------------------------------------------

# A code: a category id, or an old conditional code: "(02 134)125/464" (after a word of category 02 or
# 134: 125, otherwise 464) or "<of>131/125" (before "of": 131, otherwise 125).
_LIWC_CODE = re.compile(r"\([^)]*\)\S*|<[^>]*>\S*|\S+")
_LIWC_SPACED = re.compile(r"^(.*?\S)\s+((?:\d|\(|<).*)$")


def _liwc_id(code: str) -> str:
    """A category id as a key: ``01`` and ``1`` are one id."""
    return str(int(code)) if code.isdigit() else code


def read_dic(text: str, origin: str) -> Dictionary:
    """LIWC ``.dic``: ``%``, ``id name`` lines, ``%``, then ``term id id ...`` (tabs or spaces)."""
    result = Dictionary(origin, "dic")
    lines = _lines(text)
    if not lines or lines[0][1].strip() != "%":
        where = lines[0][0] if lines else None
        raise result.fail(
            where, "a LIWC .dic file starts with a line '%', then 'ID<TAB>category' lines, then '%'"
        )
    ids: dict[str, str] = {}
    body = None
    for index, (number, line) in enumerate(lines[1:], start=1):
        if line.strip() == "%":
            body = index + 1
            break
        parts = line.split(None, 1)
        if len(parts) < 2:
            raise result.fail(number, f"expected 'ID<TAB>category' in the header, found {line.strip()!r}")
        code, name = _liwc_id(parts[0]), re.sub(r"\s*\(.*\)\s*$", "", parts[1]).strip()
        if code in ids:
            raise result.fail(number, f"category id {code} is declared twice")
        ids[code] = name
        result.declare(name, number)
    if body is None:
        raise result.fail(lines[0][0], "the category header opened here is never closed with a line '%'")
    conditional = 0
    for number, line in lines[body:]:
        if "\t" in line:
            term, _, codes_text = line.partition("\t")
        else:
            found = _LIWC_SPACED.match(line.strip())
            term, codes_text = (found.group(1), found.group(2)) if found else (line, "")
        term = term.strip()
        codes = _LIWC_CODE.findall(codes_text)
        if not codes:
            result.errors.append((number, f"term {term!r} has no category ids"))
        for code in codes:
            if code[0] in "(<":
                conditional += 1
                _, _, code = code.partition(")" if code[0] == "(" else ">")
                if "/" not in code:
                    continue  # a category only in a context framing does not model
                code = code.rsplit("/", 1)[1]
            code = _liwc_id(code)
            if code not in ids:
                result.errors.append(
                    (number, f"category id {code} is not declared in the header (declared: {', '.join(ids)})")
                )
                continue
            result.terms.append(Term(term, ids[code], number))
    if conditional:
        result.notes.append(
            f"{conditional} conditional LIWC codes ('(02 134)125/464', '<of>131/125') read as their default "
            "category (after the '/'), or left out when they have none"
        )
    return result


# --- LIWC-22 .dicx ---------------------------------------------------------------------------


def read_dicx(text: str, origin: str) -> Dictionary:
    """LIWC-22 ``.dicx``: CSV, a term column then one column per category, cells ``X`` or a weight."""
    result = Dictionary(origin, "dicx")
    reader = csv.reader(text.splitlines())
    categories: list[str] = []
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if not categories:
            categories = [cell.strip() for cell in row[1:]]
            if not categories:
                raise result.fail(number, "the first row names the term column, then one column per category")
            for name in categories:
                result.declare(name, number)
            continue
        term = row[0].strip()
        if len(row) > len(categories) + 1:
            raise result.fail(number, f"{len(row)} cells but {len(categories) + 1} columns in the first row")
        if not term:
            raise result.fail(number, "the term cell is empty")
        for name, cell in zip(categories, row[1:], strict=False):
            value = cell.strip()
            if not value:
                continue
            if value.lower() == "x":
                weight = 1.0
            else:
                try:
                    weight = float(value)
                except ValueError:
                    result.errors.append(
                        (number, f"cell {value!r} under {name!r} is neither X nor a number (a weight)")
                    )
                    continue
                if weight == 0:
                    continue
            result.terms.append(Term(term, name, number, weight=weight))
    if not categories:
        raise result.fail(None, "empty: no header row of categories")
    return result


# --- Lexicoder .lc3 --------------------------------------------------------------------------


def read_lc3(text: str, origin: str) -> Dictionary:
    """Lexicoder ``.lc3``: a ``+CATEGORY`` line, then its terms one per line."""
    result = Dictionary(origin, "lc3")
    category = None
    for number, line in _lines(text):
        if line.startswith("+"):
            category = line[1:].strip()
            result.declare(category, number)
        elif category is None:
            raise result.fail(number, f"term {line.strip()!r} comes before the first '+CATEGORY' line")
        else:
            result.terms.append(Term(line.strip(), category, number))
    return result


# --- WordStat .cat ---------------------------------------------------------------------------

_WORDSTAT_TERM = re.compile(r"^(.*?)\s*\(\s*([-+0-9.eE]+)\s*\)\s*$")


def read_cat(text: str, origin: str) -> Dictionary:
    """WordStat ``.cat``: categories and ``TERM (1)`` lines, nested by tab indentation."""
    result = Dictionary(origin, "cat")
    path: list[str] = []
    for number, line in _lines(text):
        stripped = line.lstrip("\t")
        depth = len(line) - len(stripped)
        stripped = stripped.strip()
        term = _WORDSTAT_TERM.match(stripped)
        if depth > len(path):
            what = "term" if term else "category"
            raise result.fail(number, f"{what} {stripped!r} is indented deeper than the category above it")
        del path[depth:]
        if term is None:
            if depth == 0:
                result.declare(stripped, number)
            path.append(stripped)
            continue
        if not path:
            raise result.fail(number, f"term {term.group(1)!r} stands outside any category (indent it)")
        try:
            weight = float(term.group(2))
        except ValueError:
            raise result.fail(number, f"weight {term.group(2)!r} is not a number") from None
        result.terms.append(Term(term.group(1), path[0], number, path[-1] if len(path) > 1 else "", weight))
    return result


# --- Yoshikoder .ykd -------------------------------------------------------------------------


def read_ykd(text: str, origin: str) -> Dictionary:
    """Yoshikoder ``.ykd``: XML ``<dictionary>`` of ``<cnode name>`` categories and ``<pnode name>`` patterns.

    Parsed with expat, refusing any document type declaration, so no entity is ever defined or expanded
    (no "billion laughs", no external file).
    """
    result = Dictionary(origin, "ykd")
    parser = expat.ParserCreate()
    path: list[str] = []
    seen_root = False

    def refuse(*_: object) -> None:
        raise result.fail(
            parser.CurrentLineNumber, "a DOCTYPE or entity declaration is not allowed in a .ykd file"
        )

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal seen_root
        number = parser.CurrentLineNumber
        if not seen_root:
            if tag != "dictionary":
                raise result.fail(number, f"the root element is <{tag}>; a Yoshikoder file has <dictionary>")
            seen_root = True
            path.append("")
            return
        if tag not in ("cnode", "pnode"):
            raise result.fail(
                number, f"unexpected element <{tag}>; a Yoshikoder dictionary has <cnode> and <pnode>"
            )
        name = attributes.get("name", "").strip()
        if not name:
            raise result.fail(number, f"<{tag}> has no name attribute")
        if tag == "cnode":
            if len(path) == 1:
                result.declare(name, number)
            path.append(name)
            return
        if len(path) < 2:
            raise result.fail(number, f"pattern {name!r} stands outside any <cnode> category")
        result.terms.append(Term(name, path[1], number, path[-1] if len(path) > 2 else ""))
        path.append(name)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: path.pop()
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise result.fail(error.lineno, f"not well-formed XML ({expat.ErrorString(error.code)})") from None
    return result


# --- quanteda-style YAML ---------------------------------------------------------------------


def read_yaml(text: str, origin: str) -> Dictionary:
    """A YAML mapping, ``category: [term, ...]``, nested categories allowed (quanteda's format).

    Read with PyYAML's safe composer: plain data only, no Python objects.
    """
    import yaml

    result = Dictionary(origin, "yaml")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "cannot be parsed"
        raise result.fail(mark.line + 1 if mark else None, f"not valid YAML ({problem})") from None
    if not isinstance(root, yaml.MappingNode):
        raise result.fail(
            root.start_mark.line + 1 if root else None, "expected a mapping of categories to lists of terms"
        )

    def walk(node: yaml.Node, path: list[str]) -> None:
        if not node.tag.startswith("tag:yaml.org,2002:") or "python" in node.tag:
            raise result.fail(node.start_mark.line + 1, f"tag {node.tag!r} is not allowed: plain data only")
        if isinstance(node, yaml.ScalarNode):
            line = node.start_mark.line + 1
            if not node.value.strip():
                raise result.fail(line, f"category {path[-1]!r} has an empty term")
            result.terms.append(Term(node.value, path[0], line, path[-1] if len(path) > 1 else ""))
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                if not isinstance(item, yaml.ScalarNode):
                    raise result.fail(item.start_mark.line + 1, "a list of terms holds only plain terms")
                walk(item, path)
        else:
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    raise result.fail(key.start_mark.line + 1, "a category name must be plain text")
                if not path:
                    result.declare(key.value, key.start_mark.line + 1)
                walk(value, [*path, key.value])

    walk(root, [])
    return result


# --- Empath TSV and plain word lists ---------------------------------------------------------


def read_empath(text: str, origin: str) -> Dictionary:
    """Empath-style TSV: one category per line, ``category<TAB>term<TAB>term...``."""
    result = Dictionary(origin, "empath")
    for number, line in _lines(text):
        if line.startswith("#"):
            continue
        name, *terms = [cell.strip() for cell in line.split("\t")]
        if not terms or not any(terms):
            hint = "; are the cells separated by spaces instead of tabs?" if " " in name else ""
            raise result.fail(number, f"expected 'category<TAB>term<TAB>term...', found no terms{hint}")
        numbers = [term for term in terms if _NUMBER.fullmatch(term)]
        if numbers and len(terms) == 1:  # "war<TAB>1914<TAB>somme" is a category with a year among its terms
            # "rivalry<TAB>1": a weighted word list, not a category; read as Empath it would make a
            # dimension of each word (new-user trial)
            raise result.fail(
                number,
                f"{name!r} has the term {numbers[0]!r}, a number: this reads as an Empath category per line "
                "(category<TAB>term...), not a weighted word list; write a framing TSV instead "
                "('# dimension: NAME' and a 'pattern<TAB>subcategory<TAB>weight' column row)",
            )
        result.declare(name, number)
        result.terms.extend(Term(term, name, number) for term in terms if term)
    return result


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def reader_for_plain_list(category: str) -> Callable[[str, str], Dictionary]:
    """A plain list: one term per line, ``#`` comment lines; the category is the file's name."""

    def read(text: str, origin: str) -> Dictionary:
        result = Dictionary(origin, "txt")
        result.declare(category, 1)
        for number, line in _lines(text):
            if not line.lstrip().startswith("#"):
                result.terms.append(Term(line.strip(), category, number))
        return result

    return read
