"""Names a module offers but imports on first use, so that ``import giamngheo`` stays fast.

Assessing a household needs the facts, the rules and the standards; reading files, serialising, reforms and the
support policies are imported when a program first asks for one of their names. Each lazy name is declared once,
with the module that defines it, and is then cached in the module that offers it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(
    offering: dict[str, Any], sources: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__`` for names imported on first use.

    Args:
        offering: The ``globals()`` of the module that offers the names; each name is cached there once imported.
        sources: Each lazy name, with the module that defines it (a submodule itself when the name is its last
            part: ``{"formats": "giamngheo.formats"}``).
    """
    module = offering["__name__"]

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook
        try:
            source = sources[name]
        except KeyError:
            msg = f"module {module!r} has no attribute {name!r}"
            raise AttributeError(msg) from None
        imported = importlib.import_module(source)
        value = imported if source == f"{module}.{name}" else getattr(imported, name)
        offering[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807 - the module hook
        return sorted({*offering, *sources})

    return __getattr__, __dir__
