"""A faster ``__init__`` for the frozen slotted dataclasses built per word, match and sentence.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__(self, name,
value)``, a generic attribute store that finds the field's slot by name every time: the pipeline builds
tens of thousands of matches, mentions and sentence results per megabyte, and those stores were about
7% of its time. :func:`fast_init` gives such a class an ``__init__`` that sets each slot through its
own descriptor: the same parameters, defaults and resulting object, at about half the cost. The class
stays frozen (its ``__setattr__`` still refuses assignment), hashable and comparable as before.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """Decorate a ``@dataclass(frozen=True, slots=True)`` class (placed above it) with a faster ``__init__``.

    Only plain fields are supported (no ``init=False``, ``InitVar``, keyword-only fields or
    ``__post_init__``): anything else is refused at import, not built wrongly.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"fast_init needs a frozen dataclass with slots, not {cls.__name__}")
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"fast_init supports plain fields only; {cls.__name__} has other kinds")
    namespace: dict[str, Any] = {"_MISSING": dataclasses.MISSING}
    params_src, body = [], []
    for f in fields:
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params_src.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params_src.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING: {f.name} = _factory_{f.name}()\n")
        else:
            params_src.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    source = f"def __init__(self, {', '.join(params_src)}):\n{''.join(body)}"
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {**cls.__init__.__annotations__}
    cls.__init__ = init  # type: ignore[misc]
    return cls
