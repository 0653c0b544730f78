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


# --- children under 6: state-paid health insurance (NĐ 146/2018/NĐ-CP Điều 3 khoản 7) ------------------------------


def _child_cards(on, birth):
    household = gn.Household(
        area="rural",
        income_per_capita_monthly_vnd=1_400_000,
        members=[
            gn.Member(birth_date=dt.date(1990, 1, 1), has_health_insurance=True, uses_internet=True),
            gn.Member(birth_date=birth, has_health_insurance=True, attending_school=True, nutrition="normal"),
        ],
    )
    near = gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2023, 1, 1))
    return [
        e
        for e in gn.entitlements(near, on=on, place=gn.Place(poor_district=False), household=household)
        if e.policy.id == "health-insurance-146-2018"
    ]


def test_a_child_turning_6():
    """The day before its sixth birthday a child's card is state-paid (under 6); from that day it is not, and the
    household's own status decides."""
    birth = dt.date(2018, 3, 1)
    before = _child_cards(dt.date(2024, 2, 29), birth)
    on_birthday = _child_cards(dt.date(2024, 3, 1), birth)
    assert "children_under_6" in [e.grant for e in before]
    assert "children_under_6" not in [e.grant for e in on_birthday]
    (child,) = [e for e in before if e.grant == "children_under_6"]
    assert (1, "Decree 146/2018/NĐ-CP, Art. 3(7)") == (child.share, child.citation.render("en"))


def test_children_under_6_are_not_listed_for_a_status_alone():
    found = gn.entitlements(gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2024, 1, 1)), on=dt.date(2024, 6, 1))
    assert "children_under_6" not in [e.grant for e in found]
