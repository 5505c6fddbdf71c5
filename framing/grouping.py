"""The groups a comparison compares: sentences by article, speaker, source type or a metadata field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from framing.errors import FramingError, OptionError, TooFewGroupsError
from framing.results import ArticleResult, SentenceResult

BUILT_IN_GROUPINGS = ("article", "speaker", "source_type")


def group_sentences(
    results: Sequence[ArticleResult],
    by: str = "article",
    metadata: Mapping[str, Mapping[str, Any]] | None = None,
    people: Callable[[str, str], str] | None = None,
) -> dict[str, list[tuple[str, SentenceResult]]]:
    """Content sentences grouped by ``by``: (doc, sentence) pairs per group, groups in first-seen order.

    ``people``: (speaker, source type) -> the name of their group across articles (as
    :func:`framing.speaker_profiles` merges them), so that grouping by speaker agrees with the speakers table.

    Raises:
        FramingError: ``by`` is a metadata field that some document lacks.
    """
    metadata = metadata or {}
    key: Callable[[ArticleResult, SentenceResult], str]
    if by == "article":
        key = lambda result, sentence: result.doc  # noqa: E731
    elif by == "speaker":
        named = people or (lambda speaker, source_type: speaker)
        key = lambda result, sentence: named(sentence.speaker, sentence.source_type)  # noqa: E731
    elif by == "source_type":
        key = lambda result, sentence: sentence.source_type  # noqa: E731
    else:
        fields = sorted({f for m in metadata.values() for f in m})
        missing = [r.doc for r in results if by not in metadata.get(r.doc, {})]
        if missing:
            choices = ", ".join([*BUILT_IN_GROUPINGS, *fields]) or ", ".join(BUILT_IN_GROUPINGS)
            raise FramingError(
                f"cannot group by {by!r}: {len(missing)} document(s) have no such field (first: {missing[0]}); "
                f"group by one of: {choices}"
            )
        key = lambda result, sentence: str(metadata[result.doc][by])  # noqa: E731
    groups: dict[str, list[tuple[str, SentenceResult]]] = {}
    for result in results:
        for sentence in result.sentences:
            if not sentence.boilerplate:
                groups.setdefault(key(result, sentence), []).append((result.doc, sentence))
    return groups


def refuse_shared_names(results: Sequence[ArticleResult]) -> None:
    """Refuse articles that share a name: compared by article, they would be pooled into one group.

    Raises:
        TooFewGroupsError: Every result has the same name (``analyze()`` without ``doc=`` names it '').
        FramingError: Some results share a name.
    """
    names = Counter(r.doc for r in results)
    shared, count = names.most_common(1)[0]
    if count < 2:
        return
    error = TooFewGroupsError if len(names) < 2 else FramingError
    raise error(
        f"{count} of the {len(results)} results share the name {shared!r}, so compare(by='article') would "
        "pool them as one article; name each with analyze(text, doc='...'), or compare by another grouping"
    )


def choose_groups(
    every_group: dict[str, list[tuple[str, SentenceResult]]],
    by: str,
    min_sentences: int,
    max_groups: int,
    chosen: Sequence[str] | None = None,
) -> tuple[dict[str, list[tuple[str, SentenceResult]]], list[str], tuple[str, ...], tuple[str, ...]]:
    """The groups big enough to compare, the largest ``max_groups`` of them kept, or the ``chosen`` ones.

    The kept groups are in first-seen order (the order of the articles), or, when some are cut, largest
    first: the output then says it compares "the N largest", and its rows should read so. ``chosen``
    groups are kept in the order given, whatever their size; the others are left out.

    Returns:
        The big enough groups, the kept group names, the names left out by ``max_groups`` and the names
        too small for ``min_sentences``.

    Raises:
        FramingError: ``max_groups`` is below 2.
        TooFewGroupsError: Fewer than two groups are big enough.
    """
    if chosen is not None:
        return _chosen_groups(every_group, by, min_sentences, chosen)
    groups = {g: s for g, s in every_group.items() if len(s) >= min_sentences}
    too_small = tuple(g for g in every_group if g not in groups)
    ordered = sorted(groups, key=lambda g: -len(groups[g]))
    if max_groups < 2:
        raise FramingError(f"max_groups must be at least 2 to compare anything, got {max_groups}")
    kept = ordered[:max_groups] if len(groups) > max_groups else list(groups)
    left_out = tuple(g for g in groups if g not in kept)
    if len(kept) < 2:
        more = f" and {len(too_small) - 3} more" if len(too_small) > 3 else ""
        small = f" (too few sentences: {', '.join(too_small[:3])}{more})" if too_small else ""
        raise TooFewGroupsError(
            f"need at least two groups with {min_sentences}+ sentences to compare by {by!r}, found "
            f"{len(kept)}{small}; pass more articles or group by another field"
        )
    return groups, kept, left_out, too_small


CHOICES_SHOWN = 10
"""Group names an error lists when a chosen group is not found (a corpus may have thousands)."""


def _chosen_groups(
    every_group: dict[str, list[tuple[str, SentenceResult]]],
    by: str,
    min_sentences: int,
    chosen: Sequence[str],
) -> tuple[dict[str, list[tuple[str, SentenceResult]]], list[str], tuple[str, ...], tuple[str, ...]]:
    """The groups a user named ("Vladimir Putin", "Volodymyr Zelensky"), each found and big enough."""
    if isinstance(chosen, str):  # a str is a sequence of one-letter "names"
        raise FramingError(f"groups must be a list of group names, got the string {chosen!r}")
    kept = list(dict.fromkeys(chosen))
    if len(kept) < 2:
        raise FramingError(f"name at least two different groups to compare, got {len(kept)}")
    for name in kept:
        if name not in every_group:
            largest = sorted(every_group, key=lambda g: -len(every_group[g]))[:CHOICES_SHOWN]
            more = f" and {len(every_group) - len(largest)} more" if len(every_group) > len(largest) else ""
            raise OptionError(
                f"no group {name!r} by {by}; the largest are: {', '.join(largest)}{more} (names as written in "
                "the output of framing compare or framing speakers)"
            )
        if len(every_group[name]) < min_sentences:
            raise TooFewGroupsError(
                f"group {name!r} has {len(every_group[name])} sentence(s), fewer than the {min_sentences} a "
                "comparison needs; choose another"
            )
    left_out = tuple(g for g in every_group if g not in kept)  # not compared: the output must say so
    return {g: every_group[g] for g in kept}, kept, left_out, ()
