"""Low-income workers (Nghị định 30/2025/NĐ-CP, Điều 3 khoản 2 điểm d): vocational training support.

A household neither poor nor near-poor whose monthly income per person is at most 2,250,000 VND (rural) or
3,000,000 VND (urban); its workers may get up to 2,500,000 VND a course (TT 55/2023/TT-BTC Điều 68), from the
decree (2025-02-24, its effective date unconfirmed) to the end of the 2021-2025 programme.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn

POLICY = "vocational-training-low-income-workers-30-2025"
ONE_DEPRIVATION = frozenset({"water"})


def _granted(household, on):
    return [e for e in gn.entitlements(household, on=on) if e.policy.id == POLICY]


# (area, monthly income per person, date, entitled) — NĐ 30/2025 point d lines, quoted.
# fmt: off
CASES = [
    ("rural", 2_250_000, dt.date(2025, 6, 1), True),    # on the rural line (middle nationally)
    ("rural", 2_250_001, dt.date(2025, 6, 1), False),   # one VND over it
    ("urban", 3_000_000, dt.date(2025, 6, 1), True),    # on the urban line
    ("urban", 3_000_001, dt.date(2025, 6, 1), False),   # one VND over it
    ("rural", 2_000_000, dt.date(2025, 2, 24), True),   # the decree's date (window start, effective date unconfirmed)
    ("rural", 2_000_000, dt.date(2025, 2, 23), False),  # the day before
    ("rural", 2_000_000, dt.date(2025, 12, 31), True),  # the programme's last day
    ("rural", 2_000_000, dt.date(2026, 1, 1), False),   # the 2026-2035 programme is not encoded
]
# fmt: on


@pytest.mark.parametrize(("area", "income", "on", "entitled"), CASES)
def test_low_income_worker(area, income, on, entitled):
    household = gn.Household(area=area, income_per_capita_monthly_vnd=income, deprived=ONE_DEPRIVATION)
    found = _granted(household, on)
    assert entitled == bool(found)
    if found:
        (e,) = found
        assert (2_500_000, "course", True) == (e.amount_vnd, e.per, e.up_to)


def test_a_near_poor_household_is_not_a_low_income_household():
    """NĐ 30/2025 excludes poor and near-poor households (they have their own grants)."""
    near = gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000, deprived=ONE_DEPRIVATION)
    assert gn.assess(near, on=dt.date(2025, 6, 1)).status is gn.Status.NEAR_POOR
    assert [] == _granted(near, dt.date(2025, 6, 1))


def test_a_status_alone_cannot_decide_it():
    (e,) = [
        e
        for e in gn.entitlements(
            gn.RecognisedStatus(gn.Status.MIDDLE, since=dt.date(2025, 1, 1)), on=dt.date(2025, 6, 1)
        )
        if e.policy.id == POLICY
    ]
    assert "household" == e.undetermined
