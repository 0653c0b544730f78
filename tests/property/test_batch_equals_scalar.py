"""The batch engine gives exactly the scalar path's result for every household: a differential test.

Households are drawn by the strategies of ``giamngheo.testing`` (birth dates on and either side of every age
boundary, floor areas on and either side of the minimum, incomes one VND either side of every line, unknown facts
now and then, every standard by date), assessed one by one with :func:`giamngheo.assess` and all at once with
:func:`giamngheo.batch.assess_columns`, from objects and from text cells.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import batch
from giamngheo.testing import (
    build_household,
    build_member,
    household_and_date,
    member_household_and_date,
    provincial_household_and_date,
    register_rows,
)

pytest.importorskip("numpy")

SETTINGS = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _scalar(households, on):
    out = []
    for h in households:
        try:
            a = gn.assess(h, on=on)
        except gn.InvalidInput as error:
            out.append(("error", error.field))
        else:
            out.append((a.status, a.deprived, a.undetermined))
    return out


def _batch(result):
    out = []
    ids = result.indicator_ids
    for i, status in enumerate(result.statuses()):
        if status is None:
            out.append(("error", result.errors[i].field))
        else:
            deprived = frozenset(ids[k] for k in range(len(ids)) if result.deprived[i, k])
            undetermined = frozenset(ids[k] for k in range(len(ids)) if result.undetermined[i, k])
            out.append((status, deprived, undetermined))
    return out


def _with_ids(households):
    return [attrs.evolve(h, id=f"H{i}") for i, h in enumerate(households)]


def _dwelling_is_visible(h):
    """A dwelling with every fact unknown cannot be told from no dwelling in a CSV row."""
    d = h.dwelling
    return d is None or any(
        getattr(d, f) is not None
        for f in (
            "floor_area_m2",
            "wall",
            "column",
            "roof",
            "water_source",
            "latrine",
            "devices",
            "hears_loudspeaker",
            "waste_collected",
        )
    )


ON = dt.date(2024, 10, 1)
_PINNED = [
    build_household([build_member(6, ON, has_health_insurance=False), build_member(40, ON)], id="pinned"),
]


@SETTINGS
@given(st.lists(member_household_and_date(), min_size=1, max_size=8))
@example([(_PINNED[0], ON)])
def test_members_and_dwelling(cases):
    on = cases[0][1]
    households = _with_ids([h for h, _ in cases])
    expected = _scalar(households, on)
    assert expected == _batch(batch.assess_columns(batch.Columns.from_households(households), on=on))
    visible = [h for h in households if _dwelling_is_visible(h)]
    hh_rows, member_rows = register_rows(visible)
    parsed = batch.Columns.from_rows(hh_rows, member_rows)
    assert _scalar(visible, on) == _batch(batch.assess_columns(parsed, on=on))


@SETTINGS
@given(st.lists(household_and_date(), min_size=1, max_size=12))
def test_stated_deprivations(cases):
    on = cases[0][1]
    households = _with_ids([h for h, _ in cases])
    expected = _scalar(households, on)
    assert expected == _batch(batch.assess_columns(batch.Columns.from_households(households), on=on))
    hh_rows, member_rows = register_rows(households)
    assert expected == _batch(batch.assess_columns(batch.Columns.from_rows(hh_rows, member_rows), on=on))


@SETTINGS
@given(st.lists(provincial_household_and_date(), min_size=1, max_size=8))
def test_provincial_standards(cases):
    _, on, code = cases[0]
    households = _with_ids([h for h, _, c in cases if c == code])
    expected = []
    for h in households:
        try:
            a = gn.assess(h, on=on, jurisdiction=code)
        except gn.InvalidInput as error:
            expected.append(("error", error.field))
        else:
            expected.append((a.status, a.deprived, a.undetermined))
    result = batch.assess_columns(batch.Columns.from_households(households), on=on, jurisdiction=code)
    assert expected == _batch(result)
