"""The housing dimension (nhà ở): the durability of the dwelling's main structures and its floor area per person.

Each rule is one block: its parameters class (the thresholds it reads, typed), its functions, and the rule.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Material
from giamngheo._text import Text
from giamngheo.rules._logic import _NOT, _at_least
from giamngheo.rules._phrases import _m2, _vi_en
from giamngheo.rules._rule import DEPRIVED, UNDETERMINED, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo.rules import Context

__all__ = ["FLOOR_AREA_PER_PERSON", "NON_DURABLE_STRUCTURES", "RULES", "AreaParams", "QualityParams"]


# --- non_durable_structures ------------------------------------------------------------------------------------

_STRUCTURES = ("wall", "column", "roof")
_NON_DURABLE = Material.NON_DURABLE
_STRUCTURE_LABELS = {"wall": Text("tường", "wall"), "column": Text("cột", "column"), "roof": Text("mái", "roof")}


@attrs.frozen
class QualityParams:
    """Deprived if at least :attr:`min_non_durable` of the 3 main structures (wall, column, roof) are non-durable.

    Attributes:
        min_non_durable: How many non-durable structures make the dwelling deprived.
    """

    min_non_durable: int


def _quality_evaluate(p: QualityParams, c: Context) -> Raw:
    d = c.dwelling
    if d is None:
        return (UNDETERMINED, (), tuple(f"dwelling.{s}" for s in _STRUCTURES))
    bad = unknown = 0
    for material in (d.wall, d.column, d.roof):
        if material is None:
            unknown += 1
        elif material is _NON_DURABLE:
            bad += 1
    code = _at_least(p.min_non_durable, bad, unknown)
    if code == DEPRIVED:
        return (DEPRIVED, (), ())
    if code != UNDETERMINED:
        return _NOT
    missing = tuple(f"dwelling.{s}" for s in _STRUCTURES if getattr(d, s) is None)
    return (UNDETERMINED, (), missing)


def _quality_describe(p: QualityParams, c: Context, raw: Raw, lang: str) -> str:
    need = p.min_non_durable
    d = c.dwelling
    assert d is not None  # noqa: S101
    parts = ", ".join(
        f"{_STRUCTURE_LABELS[s](lang)}: {m.label(lang)}"
        for s, m in zip(_STRUCTURES, (d.wall, d.column, d.roof), strict=True)
        if m is not None
    )
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"Ít nhất {need} trong 3 kết cấu chính không bền chắc ({parts}).",
            f"At least {need} of the 3 main structures are non-durable ({parts}).",
        )
    return _vi_en(
        lang,
        f"Ít hơn {need} trong 3 kết cấu chính không bền chắc ({parts}).",
        f"Fewer than {need} of the 3 main structures are non-durable ({parts}).",
    )


NON_DURABLE_STRUCTURES = rule(
    "non_durable_structures",
    QualityParams,
    ("dwelling.wall", "dwelling.column", "dwelling.roof"),
    _quality_evaluate,
    _quality_describe,
)


# --- floor_area_per_person -------------------------------------------------------------------------------------


@attrs.frozen
class AreaParams:
    """Deprived if the dwelling's floor area per person is under :attr:`min_m2_per_person`.

    Attributes:
        min_m2_per_person: The smallest floor area per person that is not deprived, in m².
    """

    min_m2_per_person: int | Fraction


def _area_evaluate(p: AreaParams, c: Context) -> Raw:
    d = c.dwelling
    missing = []
    if d is None or d.floor_area_m2 is None:
        missing.append("dwelling.floor_area_m2")
    if c.size is None:
        missing.append("members")
    if missing:
        return (UNDETERMINED, (), tuple(missing))
    assert d is not None  # noqa: S101
    assert d.floor_area_m2 is not None  # noqa: S101
    # area / size < minimum, compared exactly in integers: n / d < minimum * size  <=>  n < minimum * size * d.
    area, minimum, size = d.floor_area_m2, p.min_m2_per_person, c.size
    assert size is not None  # noqa: S101 - checked above
    smaller = area.numerator < minimum * size * area.denominator if type(minimum) is int else area < minimum * size
    return (DEPRIVED, (), ()) if smaller else _NOT


def _area_describe(p: AreaParams, c: Context, raw: Raw, lang: str) -> str:
    d = c.dwelling
    assert d is not None  # noqa: S101
    assert d.floor_area_m2 is not None  # noqa: S101
    assert c.size is not None  # noqa: S101
    per = d.floor_area_m2 / c.size
    minimum = Fraction(p.min_m2_per_person)
    sign = "<" if raw[0] == DEPRIVED else "≥"
    return _vi_en(
        lang,
        f"{_m2(d.floor_area_m2, lang)} ÷ {c.size} người = {_m2(per, lang)}/người {sign} {_m2(minimum, lang)}.",
        f"{_m2(d.floor_area_m2, lang)} ÷ {c.size} {'person' if c.size == 1 else 'persons'} = {_m2(per, lang)} per "
        f"person {sign} {_m2(minimum, lang)}.",
    )


FLOOR_AREA_PER_PERSON = rule(
    "floor_area_per_person",
    AreaParams,
    ("dwelling.floor_area_m2", "members"),
    _area_evaluate,
    _area_describe,
)

#: The rules of the dimension, in the order of the legal text.
RULES: tuple[Rule, ...] = (NON_DURABLE_STRUCTURES, FLOOR_AREA_PER_PERSON)
