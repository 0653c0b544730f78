"""Golden cases for the former Bình Dương's health-insurance support, kept in its territory after the merger.

Each row is a household's recognised statuses (or members) on a date, and what the former province's policies give,
with the sentence of the source as the row's comment. The lookup is the one users call: jurisdiction ``"79"`` and a
place of the former province (``Place(former_jurisdiction="74")``).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo.provinces.binh_duong import policies as binh_duong

POOR, NEAR, NONE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.NOT_POOR
REPORTED, UNCONFIRMED = gn.Verification.REPORTED, gn.Verification.UNCONFIRMED
D = dt.date
FORMER = gn.Place(former_jurisdiction="74")
IDS = {p.id for p in binh_duong.POLICIES}
Y2025, Y2026 = binh_duong.HEALTH_INSURANCE_2025.id, binh_duong.HEALTH_INSURANCE_2026.id


SINCE = D(2020, 1, 1)


def left_poverty(until, jurisdiction="79", since=SINCE):
    """Poor from ``since`` to the day before ``until``, not poor from ``until``."""
    return gn.StatusHistory(
        (
            gn.RecognisedStatus(POOR, since=since, until=until, jurisdiction=jurisdiction),
            gn.RecognisedStatus(NONE, since=until, jurisdiction=jurisdiction),
        )
    )


def former_bd(subject, on, household=None):
    found = gn.entitlements(subject, on=on, jurisdiction="79", place=FORMER, household=household)
    return [(e.policy.id, e.grant, e.share, e.citation.verification, e.period) for e in found if e.policy.id in IDS]


# (history, date, expected (policy id, grant, share, verification, period) list)
# fmt: off
ESCAPED = [
    # SGGP 10/07/2025: "will continue to enjoy health insurance benefits from July 1, 2025, without interruption";
    # vietnamnews 13/08/2025: "supports 100 per cent … those who have just escaped poverty within two years".
    pytest.param(left_poverty(D(2024, 3, 10)), D(2025, 7, 1),
                 [(Y2025, "newly_escaped", Fraction(1), REPORTED, gn.Window(D(2025, 7, 1), D(2026, 1, 1)))], id="first-day-after-merger"),
    # "within two years": the last day is the day before the second anniversary of leaving.
    pytest.param(left_poverty(D(2023, 8, 1)), D(2025, 7, 31),
                 [(Y2025, "newly_escaped", Fraction(1), REPORTED, gn.Window(D(2025, 7, 1), D(2025, 8, 1)))], id="last-day-of-two-years"),
    pytest.param(left_poverty(D(2023, 8, 1)), D(2025, 8, 1), [], id="second-anniversary-ends-it"),
    # The sources do not say which standard: a household that left poverty under the national standard counts too.
    pytest.param(left_poverty(D(2024, 3, 10), jurisdiction="VN"), D(2025, 12, 31),
                 [(Y2025, "newly_escaped", Fraction(1), REPORTED, gn.Window(D(2025, 7, 1), D(2026, 1, 1)))], id="national-status-last-day-2025"),
    # "will remain effective until a new resolution is issued to replace it": carried into 2026, unconfirmed.
    pytest.param(left_poverty(D(2024, 3, 10)), D(2026, 1, 1),
                 [(Y2026, "newly_escaped", Fraction(1), UNCONFIRMED, gn.Window(D(2026, 1, 1), D(2026, 3, 10)))], id="carried-into-2026"),
    pytest.param(left_poverty(D(2024, 3, 10)), D(2026, 3, 9),
                 [(Y2026, "newly_escaped", Fraction(1), UNCONFIRMED, gn.Window(D(2026, 1, 1), D(2026, 3, 10)))], id="last-day-2026"),
    pytest.param(left_poverty(D(2024, 3, 10)), D(2026, 3, 10), [], id="two-years-over-2026"),
    # A household still poor has not "escaped poverty".
    pytest.param(gn.StatusHistory((gn.RecognisedStatus(POOR, since=D(2020, 1, 1), jurisdiction="79"),)), D(2025, 8, 13),
                 [], id="still-poor"),
]
# fmt: on


@pytest.mark.parametrize(("history", "on", "expected"), ESCAPED)
def test_newly_escaped_households(history, on, expected):
    assert expected == former_bd(history, on)


def _household(birth):
    return gn.Household(
        area=gn.Area.URBAN, income_per_capita_monthly_vnd=5_000_000, members=[gn.Member(birth_date=birth)]
    )


NOT_POOR = gn.StatusHistory((gn.RecognisedStatus(NONE, since=D(2020, 1, 1), jurisdiction="79"),))

# (birth date, date, expected)
# fmt: off
AGED = [
    # vietnamnews 13/08/2025: "supports 100 per cent of health insurance costs for people aged 70 and over".
    pytest.param(D(1955, 8, 13), D(2025, 8, 12), [], id="day-before-70th-birthday"),
    pytest.param(D(1955, 8, 13), D(2025, 8, 13),
                 [(Y2025, "aged_70", Fraction(1), REPORTED, gn.Window(D(2025, 7, 1), D(2026, 1, 1)))], id="70th-birthday"),
    pytest.param(D(1940, 1, 1), D(2026, 1, 1),
                 [(Y2026, "aged_70", Fraction(1), UNCONFIRMED, gn.Window(D(2026, 1, 1), D(2031, 1, 1)))], id="carried-into-2026"),
]
# fmt: on


@pytest.mark.parametrize(("birth", "on", "expected"), AGED)
def test_members_aged_70_and_over(birth, on, expected):
    assert expected == former_bd(NOT_POOR, on, household=_household(birth))


def test_members_of_unknown_birth_date_leave_the_age_grant_undetermined():
    household = gn.Household(area=gn.Area.URBAN, income_per_capita_monthly_vnd=5_000_000, members=[gn.Member()])
    found = gn.entitlements(NOT_POOR, on=D(2025, 8, 13), jurisdiction="79", place=FORMER, household=household)
    assert [("aged_70", "members[0].birth_date")] == [(e.grant, e.undetermined) for e in found if e.policy.id in IDS]


def test_nothing_outside_the_former_territory():
    # "for residents in the former Ba Ria - Vung Tau and Binh Duong areas": not the rest of the city.
    found = gn.entitlements(left_poverty(D(2024, 3, 10)), on=D(2025, 8, 13), jurisdiction="79")
    assert [] == [e for e in found if e.policy.id in IDS]


def test_nothing_before_the_merger_is_encoded():
    # The resolutions' numbers and start dates are not reported: no window before 2025-07-01.
    assert D(2025, 7, 1) == min(p.window.start for p in binh_duong.POLICIES)
    situation = gn.Situation(D(2025, 6, 30), left_poverty(D(2024, 3, 10)), FORMER)
    assert [] == [e for p in binh_duong.POLICIES for e in p.entitlements(situation)]


def test_the_windows_tile_from_the_merger():
    first, second = binh_duong.POLICIES
    assert first.window.end == second.window.start == D(2026, 1, 1)
    assert {"74"} == {p.jurisdiction for p in binh_duong.POLICIES}
    assert binh_duong.POLICIES == gn.POLICIES["74"]


@pytest.mark.parametrize("policy", binh_duong.POLICIES, ids=lambda p: p.id)
def test_every_figure_is_cited_with_evidence(policy):
    assert policy.basis.instrument is binh_duong.RESOLUTIONS_HEALTH_INSURANCE
    assert policy.basis.evidence
    for grant in policy.grants:
        assert grant.share is not None
        assert grant.share.citation.evidence
        assert all(url.startswith("https://") for url in grant.citation.evidence)
    assert 24 == binh_duong.MONTHS_AFTER_ESCAPING.value
    assert 70 == binh_duong.AGE.value
