"""One row of :class:`Columns` as the scalar classes: the input of :func:`giamngheo.assess` for the same row."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from giamngheo._errors import InvalidInput
from giamngheo._facts import Device, Dwelling, Member
from giamngheo._household import Household
from giamngheo.batch._columns import ENUM_COLUMNS, MEMBER_BOOLEANS

if TYPE_CHECKING:
    from giamngheo.batch._columns import Columns

__all__ = ["to_household"]

_DEVICES = list(Device)
_MEMBERS_OF = {name: list(enum) for name, enum in ENUM_COLUMNS.items()}  # a code is a position in its enumeration


def _enum(name: str, code: int) -> Any:  # noqa: ANN401 - a member of the column's enumeration
    return None if code < 0 else _MEMBERS_OF[name][code]


def _bool(code: int) -> bool | None:
    return None if code < 0 else bool(code)


def to_household(c: Columns, i: int) -> Household:
    """Household ``i`` of ``c`` as a :class:`giamngheo.Household`.

    Raises:
        InvalidInput: the row's own error, or the one the scalar classes raise.
    """
    error = c.errors[i]
    if error is not None:
        raise error
    hid = str(c.household_id[i])
    members = None
    first, last = np.searchsorted(c.member_household, [i, i + 1])  # members are sorted by household
    if last > first:
        members = tuple(_member(c, j) for j in range(int(first), int(last)))
    dwelling = _dwelling(c, i) if c.has_dwelling[i] else None
    size = None if c.size[i] < 0 else int(c.size[i])
    num, den = int(c.income_num[i]), int(c.income_den[i])
    income: dict[str, int] = {}
    if den == 1:
        income["income_per_capita_monthly_vnd"] = num
    else:
        people = len(members) if members is not None else size
        yearly = Fraction(num, den) * 12 * (people or 0)
        if people is None or yearly.denominator != 1:
            raise InvalidInput("income_yearly_vnd", "the yearly income cannot be rebuilt from the row", hid)
        income["income_yearly_vnd"] = int(yearly)
        income["size"] = people
    stated = c.stated[i]
    return Household(
        area=_enum("area", int(c.area[i])),
        commune=c.commune[i],
        id=hid,
        members=members,
        dwelling=dwelling,
        deprived=stated if stated is not None and members is None and dwelling is None else frozenset(),
        **({"size": size} if "size" not in income and members is None and size is not None else {}),
        **income,
    )


def _member(c: Columns, j: int) -> Member:
    y, m, d = int(c.birth_year[j]), int(c.birth_month[j]), int(c.birth_day[j])
    facts: dict[str, Any] = {
        name: _enum(name, int(getattr(c, name)[j])) for name in ("sex", "education", "employment", "nutrition")
    }
    facts |= {name: _bool(int(getattr(c, name)[j])) for name in MEMBER_BOOLEANS}
    member_id = None if c.member_id is None else c.member_id[j]
    return Member(
        id=None if member_id is None else str(member_id), birth_date=None if y < 0 else dt.date(y, m, d), **facts
    )


def _dwelling(c: Columns, i: int) -> Dwelling:
    devices = int(c.devices[i])
    den = int(c.floor_den[i])
    return Dwelling(
        floor_area_m2=None if den == 0 else Fraction(int(c.floor_num[i]), den),
        **{
            name: _enum(name, int(getattr(c, name)[i]))
            for name in ("wall", "column", "roof", "water_source", "latrine")
        },
        devices=None if devices < 0 else frozenset(dv for k, dv in enumerate(_DEVICES) if devices >> k & 1),
        hears_loudspeaker=_bool(int(c.hears_loudspeaker[i])),
        waste_collected=_bool(int(c.waste_collected[i])),
    )
