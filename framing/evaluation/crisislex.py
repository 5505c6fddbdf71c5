"""CrisisLexT26 as proxy gold for threat and reassurance: one item per labelled tweet.

>>> items = load_crisislex("../shared/data/crisislex_t26", split="2013_Boston_bombings")
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from types import MappingProxyType

from framing.errors import InputError
from framing.evaluation.items import (
    BOM,
    Item,
    check_part,
    flags,
    folder,
    in_order,
    is_blank,
    read_text,
    select,
    unique,
)

CRISISLEX_TYPES = MappingProxyType({"threat": "Caution and advice", "reassurance": "Sympathy and support"})
"""Framing dimension -> the CrisisLexT26 Information Type that stands in for it."""
CRISISLEX_UNLABELLED = ("Not labeled", "Not applicable")
"""Information Types that say nothing about the tweet's content; such tweets are skipped."""

# Twitter's API escapes exactly these three in tweet texts; one pass, so "&amp;lt;" becomes "&lt;".
_TWITTER_ENTITY = re.compile(r"&(amp|lt|gt);")
_TWITTER_CHARACTER = {"amp": "&", "lt": "<", "gt": ">"}


def load_crisislex(path: str | Path, *, split: str = "all", part: str = "all") -> list[Item]:
    """Read CrisisLexT26: one item per labelled tweet, for threat and reassurance (proxies).

    ``threat`` is 1 when the tweet's Information Type is ``Caution and advice``, ``reassurance`` when it
    is ``Sympathy and support`` (see :data:`CRISISLEX_TYPES`); ``category`` is the Information Type.
    Tweets typed ``Not labeled`` or ``Not applicable`` are skipped: their type says nothing about their
    content. ``doc_id`` is the event, so the held-out part is whole events (leave-events-out). Twitter's
    ``&amp;``, ``&lt;`` and ``&gt;`` are turned back into ``&``, ``<`` and ``>``.

    Args:
        path: The CrisisLexT26 folder (one sub-folder per event with ``*-tweets_labeled.csv``) or one
            event's folder.
        split: ``all``, or an event's folder name to read only that event.
        part: One of :data:`~framing.evaluation.items.PARTS`.

    Returns:
        The tweets by event, then by tweet ID; ``id`` is ``<event>:<tweet id>``.

    Raises:
        InputError: The folder, the split or a column is missing, a file is not UTF-8, or a row is
            malformed (``file:line``).
    """
    check_part(part)
    root = folder(path, "the CrisisLexT26 folder (one sub-folder per event with *-tweets_labeled.csv)")
    events = {
        p.name: files
        for p in [root, *sorted(p for p in root.iterdir() if p.is_dir())]
        if (files := sorted(p.glob("*-tweets_labeled.csv")))
    }
    if not events:
        raise InputError(f"{root}: no */*-tweets_labeled.csv; pass the CrisisLexT26 folder")
    if split != "all" and split not in events:
        raise InputError(f"unknown split {split!r}; splits in {root}: all, {', '.join(events)}")
    keyed: list[tuple[str, int, Item]] = []
    for event, files in events.items():
        if split in ("all", event):
            for file in files:
                keyed.extend((event, _tweet_order(item), item) for item in _crisislex_file(file, event))
    return select(unique(in_order(keyed), path), part)


def _column(name: str) -> str:
    # The published header is "Tweet ID, Tweet Text, ...": spaces after the commas, perhaps a BOM.
    return " ".join(name.replace(BOM, "").split()).casefold()


def _crisislex_file(path: Path, event: str) -> list[Item]:
    text = read_text(path, encoding="utf-8-sig")
    # StringIO with newline="" splits lines as csv expects; str.splitlines would also split on U+2028 in a tweet.
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [_column(name) for name in next(reader, [])]
    except csv.Error as error:
        raise InputError(f"{path}:1: not CSV ({error}); the file is damaged") from None
    needed = {"tweet id": -1, "tweet text": -1, "information type": -1}
    for name in needed:
        if name not in header:
            raise InputError(
                f"{path}:1: no {name!r} column (columns: {', '.join(header) or 'none'}); "
                "expected the CrisisLexT26 header 'Tweet ID, Tweet Text, Information Source, Information Type, Informativeness'"
            )
        needed[name] = header.index(name)
    items = []
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader, None)
        except csv.Error as error:
            raise InputError(f"{path}:{line}: not CSV ({error}); fix the row") from None
        if row is None:
            break
        number, line = line, reader.line_num + 1  # a quoted tweet may span several lines
        if not any(field.strip() for field in row):
            continue
        if len(row) != len(header):
            raise InputError(
                f"{path}:{number}: {len(row)} fields, the header has {len(header)}; fix the row (quote commas in the text)"
            )
        tweet_id = row[needed["tweet id"]].strip().strip('"')
        tweet = _TWITTER_ENTITY.sub(lambda m: _TWITTER_CHARACTER[m[1]], row[needed["tweet text"]])
        kind = " ".join(row[needed["information type"]].split())
        if not tweet_id:
            raise InputError(f"{path}:{number}: empty Tweet ID; every row needs one")
        if kind in CRISISLEX_UNLABELLED or is_blank(tweet):
            continue
        items.append(
            Item(
                id=f"{event}:{tweet_id}",
                doc_id=event,
                text=tweet,
                labels=flags({dim: kind == name for dim, name in CRISISLEX_TYPES.items()}),
                category=kind,
            )
        )
    return items


def _tweet_order(item: Item) -> int:
    # Tweet IDs grow with time; a non-numeric ID (not in the release) sorts first.
    tweet_id = item.id.rsplit(":", 1)[1]
    return int(tweet_id) if tweet_id.isdigit() else -1
