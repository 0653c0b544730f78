"""How the rules say why: members named by position or id (never by name), lists of labels, areas in m².

Members count from 1 in explanations (and from 0 in the fields an undetermined result lists).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from giamngheo.rules import Context
    from giamngheo.rules._rule import Raw


def _who(context: Context, i: int, lang: str) -> str:
    """``"thành viên số 2 (8 tuổi)"`` / ``"member 2 (aged 8)"``; the id if the member has one, never a name."""
    assert context.members is not None  # noqa: S101 - only called for listed members
    member, age = context.members[i], context.ages[i]
    name = f"thành viên số {i + 1}" if lang == "vi" else f"member {i + 1}"
    if member.id is not None:
        name += f" [{member.id}]"
    if age is None:
        return name
    return f"{name} ({age} tuổi)" if lang == "vi" else f"{name} (aged {age})"


def _whos(context: Context, culprits: Sequence[int], lang: str) -> str:
    return ", ".join(_who(context, i, lang) for i in culprits)


def _fields(missing: Sequence[str]) -> str:
    return ", ".join(missing)


def _unknown(raw: Raw, lang: str) -> str:
    return ("Còn thiếu: " if lang == "vi" else "Still needed: ") + _fields(raw[2]) + "."


def _labels(items: object, lang: str) -> str:
    values = sorted(items, key=lambda e: e.value) if isinstance(items, frozenset) else list(items)  # type: ignore[call-overload]
    return ", ".join(v.label(lang) for v in values)


def _vi_en(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en


def _m2(value: Fraction, lang: str) -> str:
    if value.denominator == 1:
        text = str(value.numerator)
    else:
        text = f"{float(value):.2f}".rstrip("0").rstrip(".")  # display only; the comparison is exact
        if lang == "vi":
            text = text.replace(".", ",")
    return f"{text} m²"
