"""Households written as a register's rows, as a CSV file holds them."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from giamngheo._facts import Dwelling, Member
from giamngheo._household import Household

# The facts' columns are the fields' names: a new fact is written without a change here.
_DWELLING_FACTS = tuple(f.name for f in attrs.fields(Dwelling) if f.name != "floor_area_m2")
_MEMBER_FACTS = tuple(f.name for f in attrs.fields(Member) if f.name != "id")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, frozenset):
        return ";".join(sorted(v.value for v in value)) if value else "none"
    return str(getattr(value, "value", value))


def register_rows(households: Iterable[Household]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The households as text rows of a register's two tables (``giamngheo schema``): households, then members.

    Every fact is written as an officer's file would hold it (an unknown fact is an empty cell, a floor area an
    exact fraction such as ``71/2``), so that reading the rows back gives the same households; a dwelling whose
    facts are all unknown cannot be told from no dwelling in a row.
    """
    hh_rows: list[dict[str, str]] = []
    member_rows: list[dict[str, str]] = []
    for h in households:
        row = {"household_id": str(h.id), "area": _cell(h.area), "commune": _cell(h.commune)}
        if h.income_per_capita_monthly_vnd is not None:
            row["income_per_capita_monthly_vnd"] = str(h.income_per_capita_monthly_vnd)
        else:
            row["income_yearly_vnd"] = str(h.income_yearly_vnd)
            row["size"] = str(h.size)
        if not h.computed:
            row["deprived"] = ";".join(sorted(h.deprived))
            if h.size is not None:
                row["size"] = str(h.size)
        d = h.dwelling
        if d is not None:
            row |= {name: _cell(getattr(d, name)) for name in _DWELLING_FACTS}
            if d.floor_area_m2 is not None:
                a = d.floor_area_m2
                row["floor_area_m2"] = f"{a.numerator}/{a.denominator}"
        hh_rows.append(row)
        member_rows.extend(
            {"household_id": str(h.id)}
            | ({"member_id": str(m.id)} if m.id is not None else {})
            | {name: _cell(getattr(m, name)) for name in _MEMBER_FACTS}
            for m in h.members or ()
        )
    return hh_rows, member_rows
