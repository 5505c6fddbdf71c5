"""Checks the corpus tests share: where a phrase is, and what an item's gold spans cover."""

from framing.evaluation.items import Item


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def marked(item: Item) -> list[tuple[str, str]]:
    """What each gold span covers, so offsets are checked against the text itself."""
    return [(item.text[start:end], label) for start, end, label in item.gold]


def check_spans(items: list[Item]) -> None:
    for item in items:
        assert all(0 <= start < end <= len(item.text) for start, end, _ in item.gold), item.id
    assert len({i.id for i in items}) == len(items)
