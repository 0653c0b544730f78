"""The household form, as data: each field with its label, its kind and its choices, in Vietnamese and English.

Made from the types of :class:`~giamngheo.Household`, :class:`~giamngheo.Member` and :class:`~giamngheo.Dwelling`
and from :data:`giamngheo._fact_labels.FACT_LABELS`, so that the officer's page lists exactly the facts the
library reads, with the choices it accepts.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from fractions import Fraction
from typing import Any

import attrs

from giamngheo._fact_labels import FACT_LABELS
from giamngheo._facts import Dwelling, Member
from giamngheo._household import Household
from giamngheo._model import Area

__all__ = ["form"]


def _kind(annotation: object) -> tuple[str, type[enum.Enum] | None]:
    """``(kind, enumeration)`` of a field: ``boolean``, ``choice``, ``choices``, ``date``, ``integer``, ``exact``, ``text``."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in {typing.Union, types.UnionType}:
        return _kind(args[0])
    if typing.get_origin(annotation) is frozenset:
        inner = typing.get_args(annotation)[0]
        return ("choices", inner) if isinstance(inner, type) and issubclass(inner, enum.Enum) else ("ids", None)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "choice", annotation
    simple = {bool: "boolean", dt.date: "date", int: "integer", Fraction: "exact", str: "text"}
    return simple.get(annotation, "object"), None  # type: ignore[call-overload]


def _fields(prefix: str, cls: type) -> list[dict[str, Any]]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in attrs.fields(cls):
        if not f.init or f.name in {"members", "dwelling"}:
            continue
        kind, choices = _kind(Area if f.name == "area" else hints[f.name])
        label = FACT_LABELS[f"{prefix}.{f.name}"]
        field: dict[str, Any] = {"name": f.name, "kind": kind, "label": {"vi": label.vi, "en": label.en}}
        if choices is not None:
            field["choices"] = [
                {"value": c.value, "label": {"vi": c.label("vi"), "en": c.label("en")}}  # type: ignore[attr-defined]
                for c in choices
            ]
        out.append(field)
    return out


@functools.cache
def form() -> dict[str, Any]:
    """The fields of a household, of a member and of the dwelling, in the order of their classes."""
    return {
        "household": _fields("household", Household),
        "member": _fields("member", Member),
        "dwelling": _fields("dwelling", Dwelling),
    }
