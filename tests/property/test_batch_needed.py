"""The batch result's ``needed`` column equals :attr:`giamngheo.Assessment.needed`, household by household.

The batch computes ``needed`` once per distinct set of facts (:meth:`giamngheo.batch.Columns.facts`), so the
drawn registers repeat households under other ids and with their members in another order: a repeat with other
facts must not get its twin's answer.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo.testing import member_household_and_date

pytest.importorskip("pyarrow")

from giamngheo import batch
from giamngheo.batch._results import result_table

SETTINGS = settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _scalar(households, on):
    out = []
    for h in households:
        try:
            out.append(";".join(gn.assess(h, on=on).needed))
        except gn.InvalidInput:
            out.append("")
    return out


def _batch(households, on):
    columns = batch.Columns.from_households(households)
    table = result_table(columns, batch.assess_columns(columns, on=on))
    return table.column("needed").to_pylist()


def _register(households):
    """Each household, then again under another id, then again with its members reversed."""
    out = []
    for i, h in enumerate(households):
        out.append(attrs.evolve(h, id=f"H{i}"))
        out.append(attrs.evolve(h, id=f"H{i}-again"))
        if h.members and len(h.members) > 1:
            out.append(attrs.evolve(h, id=f"H{i}-reversed", members=tuple(reversed(h.members))))
    return out


@SETTINGS
@given(st.lists(member_household_and_date(), min_size=1, max_size=6))
def test_needed_equals_the_scalar_path(cases):
    on = cases[0][1]
    households = _register([h for h, _ in cases])
    assert _batch(households, on) == _scalar(households, on)


def test_twins_under_other_ids_get_the_same_answer_and_others_their_own():
    # NĐ 07/2021/NĐ-CP Điều 3: an income under the rural line with the members' facts missing is undetermined
    members = (gn.Member(birth_date=dt.date(1990, 1, 1)), gn.Member(birth_date=dt.date(2020, 5, 1)))
    base = gn.Household(id="A", area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_400_000, members=members)
    alone = gn.Household(id="C", area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_400_000, members=members[:1])
    register = [base, attrs.evolve(base, id="B"), alone]
    on = dt.date(2024, 10, 1)
    got = _batch(register, on)
    assert got == _scalar(register, on)
    assert got[0] == got[1]
    assert got[0]  # undetermined: something is needed
    assert got[2] != got[0]  # one member fewer: other facts, its own answer
