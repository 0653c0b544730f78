"""The batch result's ``basis`` and ``caveat`` columns equal the scalar path's, for every drawn household.

Households and dates are drawn by the strategies of ``giamngheo.testing`` (incomes one VND either side of every
line, every standard by date), national and provincial; the scalar values are :attr:`giamngheo.Assessment.basis`
and :attr:`giamngheo.Assessment.caveat`.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo.testing import household_and_date, member_household_and_date, provincial_household_and_date

pytest.importorskip("pyarrow")

from giamngheo import batch
from giamngheo.batch._results import result_table

SETTINGS = settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _scalar(households, on, code=None):
    out = []
    for h in households:
        try:
            a = gn.assess(h, on=on, jurisdiction=code)
        except gn.InvalidInput:
            out.append(("", ""))
        else:
            out.append(("" if a.basis is None else a.basis.value, "" if a.caveat is None else a.caveat.id))
    return out


def _table(households, on, code=None):
    columns = batch.Columns.from_households(households)
    table = result_table(columns, batch.assess_columns(columns, on=on, jurisdiction=code), needed=False)
    return list(zip(table.column("basis").to_pylist(), table.column("caveat").to_pylist(), strict=True))


def _with_ids(households):
    return [attrs.evolve(h, id=f"H{i}") for i, h in enumerate(households)]


@SETTINGS
@given(st.lists(household_and_date(), min_size=1, max_size=12))
def test_stated_deprivations(cases):
    on = cases[0][1]
    households = _with_ids([h for h, _ in cases])
    assert _scalar(households, on) == _table(households, on)


@SETTINGS
@given(st.lists(member_household_and_date(), min_size=1, max_size=8))
def test_members_and_dwelling(cases):
    on = cases[0][1]
    households = _with_ids([h for h, _ in cases])
    assert _scalar(households, on) == _table(households, on)


@SETTINGS
@given(st.lists(provincial_household_and_date(), min_size=1, max_size=8))
def test_provincial_standards(cases):
    _, on, code = cases[0]
    households = _with_ids([h for h, _, c in cases if c == code])
    assert _scalar(households, on, code) == _table(households, on, code)
