"""framing.fastinit: the faster __init__ builds what the dataclass's own would, and refuses what it cannot."""

import dataclasses
import inspect

import pytest

from framing.agency.index import Agent, RuledSentence
from framing.attribution.base import Mention, MentionIndex
from framing.attribution.context import Claim
from framing.fastinit import fast_init
from framing.names import PersonName
from framing.quotes import Quote, _Mark
from framing.results import Attribution, Match, SentenceResult
from framing.segment import Sentence

DECORATED = [Match, Attribution, SentenceResult, Sentence, Quote, _Mark, Mention, MentionIndex, Claim]
DECORATED += [PersonName, RuledSentence, Agent]


def _plain(cls: type) -> type:
    """The same fields as an undecorated frozen dataclass: the reference."""
    fields = [(f.name, f.type, f) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(f"Plain{cls.__name__}", fields, frozen=True, slots=True)


@dataclasses.dataclass(frozen=True, slots=True)
class _Sample:
    a: int
    b: str = "x"
    c: list[int] = dataclasses.field(default_factory=list)


@pytest.mark.parametrize("cls", DECORATED, ids=lambda c: c.__name__)
def test_the_project_classes_take_the_parameters_their_fields_declare(cls):
    assert any(name.startswith("_set_") for name in cls.__init__.__code__.co_names)  # the fast one
    expected = inspect.signature(_plain(cls).__init__).parameters
    actual = inspect.signature(cls.__init__).parameters
    assert [(p.name, p.default, p.kind) for p in actual.values()] == [
        (p.name, p.default, p.kind) for p in expected.values()
    ]


def test_the_fast_init_builds_the_object_the_dataclass_init_builds():
    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Fast:
        a: int
        b: str = "x"

    fast = Fast
    assert fast(1) == fast(1, "x") == fast(a=1, b="x") and fast(2, b="y").b == "y"
    assert fast(1).a == 1 and hash(fast(1)) == hash(fast(1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast(1).a = 2
    with pytest.raises(TypeError):
        fast()  # a field without default is required, as with the dataclass's own __init__


def test_a_default_factory_gives_each_object_its_own_value():
    sample = fast_init(_Sample)
    one, two = sample(1), sample(2)
    assert one.c == [] and one.c is not two.c and sample(3, "y", [4]).c == [4]
    assert Match("d", "d/s", "p", 0, 1, "t", 1.0, (), "d", 0) == Match(
        dimension="d", subcategory="d/s", pattern="p", start=0, end=1, text="t", weight=1.0, modifiers=(),
        lexicon="d", sentence=0,
    )  # fmt: skip


def test_classes_it_cannot_build_exactly_are_refused():
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class PostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (NoSlots, PostInit):
        with pytest.raises(TypeError):
            fast_init(cls)
