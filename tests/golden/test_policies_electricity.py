"""Golden rows for the electricity support of poor households (QĐ 28/2014, QĐ 14/2025), at every edge of its windows.

Each row is a recognised status on a date and what the electricity policies give, with the sentence of the source the
module docstring cites; every expected value is read off that source, not produced by running the code.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn
from giamngheo.policies import electricity

POOR, NEAR, MIDDLE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE
AMT = gn.EntitlementKind.AMOUNT
Q, R, U = gn.Verification.QUOTED, gn.Verification.REPORTED, gn.Verification.UNCONFIRMED
E46, ET1, E14 = "electricity-28-2014-46000", "electricity-28-2014-tier1", "electricity-14-2025"


def status(s, since=dt.date(2010, 1, 1)):
    return gn.RecognisedStatus(s, since=since)


def got(s, on):
    """(policy, grant, amount, per) of every electricity entitlement of a household recognised ``s``."""
    return sorted(
        (e.policy.id, e.grant, e.amount_vnd, e.per)
        for e in gn.entitlements(status(s), on=on)
        if e.policy.id.startswith("electricity")
    )


# fmt: off
CASES = [
    # QĐ 28/2014/QĐ-TTg Điều 3 khoản 7, support "từ ngày 01/06/2014" (TT 190/2014 summary): "46.000 đồng/hộ/tháng" (cand).
    pytest.param(POOR, dt.date(2014, 5, 31), [], id="poor-day-before-28"),
    pytest.param(POOR, dt.date(2014, 6, 1), [(E46, "poor", 46_000, "month")], id="poor-first-day-46000"),
    pytest.param(NEAR, dt.date(2014, 6, 1), [], id="near-poor-never"),
    pytest.param(MIDDLE, dt.date(2014, 6, 1), [], id="middle-never"),
    # The tier-1 price changed on 16/03/2015: "30 kWh tính theo mức giá bán lẻ điện sinh hoạt bậc 1 hiện hành" (EVN).
    pytest.param(POOR, dt.date(2015, 3, 15), [(E46, "poor", 46_000, "month")], id="poor-last-day-46000"),
    pytest.param(POOR, dt.date(2015, 3, 16), [(ET1, "poor", None, "month")], id="poor-first-day-tier1"),
    # Issue 14 reproducer: support on 2025-05-01 and still on 2025-06-01.
    pytest.param(POOR, dt.date(2025, 5, 1), [(ET1, "poor", None, "month")], id="poor-2025-05-01"),
    pytest.param(POOR, dt.date(2025, 6, 1), [(E14, "poor", None, "month")], id="poor-2025-06-01"),
    # "Decision 14 of 2025 comes into force on May 29, 2025, replacing Decision 28 of 2014" (xe.today); its Điều 1.1
    # covers "cơ chế hỗ trợ tiền điện cho mục đích sinh hoạt đối với hộ nghèo" (thuviennhadat; luatvietnam 401724).
    pytest.param(POOR, dt.date(2025, 5, 28), [(ET1, "poor", None, "month")], id="poor-last-day-of-28"),
    pytest.param(POOR, dt.date(2025, 5, 29), [(E14, "poor", None, "month")], id="poor-first-day-of-14"),
    pytest.param(NEAR, dt.date(2025, 5, 29), [], id="near-poor-first-day-of-14"),
    pytest.param(MIDDLE, dt.date(2025, 5, 29), [], id="middle-first-day-of-14"),
    # The library's coverage ends on 2030-12-31, not the decision.
    pytest.param(POOR, dt.date(2030, 12, 31), [(E14, "poor", None, "month")], id="poor-last-day-of-coverage"),
    pytest.param(POOR, dt.date(2031, 1, 1), [], id="poor-after-coverage"),
]
# fmt: on


@pytest.mark.parametrize(("s", "on", "expected"), CASES)
def test_golden(s, on, expected):
    assert expected == got(s, on)


def test_windows_tile():
    windows = [gn.policy(i).window for i in (E46, ET1, E14)]
    assert [w.start for w in windows[1:]] == [w.end for w in windows[:-1]]
    assert (dt.date(2014, 6, 1), dt.date(2031, 1, 1)) == (windows[0].start, windows[-1].end)


def test_every_day_of_2025_gives_a_poor_household_one_support():
    on = dt.date(2025, 1, 1)
    while on < dt.date(2026, 1, 1):
        assert 1 == len(got(POOR, on)), on
        on += dt.timedelta(days=1)


# (policy, provision in Vietnamese of its grant, verification), as the sources show them.
PROVISIONS = [
    pytest.param(E46, "Điều 3 khoản 7", R, id="46000-amount-reported"),
    pytest.param(ET1, "Điều 3 khoản 7", Q, id="tier1-clause-quoted"),
    pytest.param(E14, "", U, id="14-amount-article-not-found"),
]


@pytest.mark.parametrize(("policy_id", "provision", "verification"), PROVISIONS)
def test_provisions_and_their_verification(policy_id, provision, verification):
    (grant,) = gn.policy(policy_id).grants
    assert (provision, verification) == (grant.citation.provision("vi"), grant.citation.verification)
    assert grant.citation.evidence
    assert all(url.startswith(("http://", "https://")) for url in grant.citation.evidence)


def test_the_clause_of_28_2014_is_quoted_from_evn():
    # "hộ chính sách xã hội được hỗ trợ tiền điện quy định tại Khoản 7 Điều 3 Quyết định số 28/2014/QĐ-TTg" (EVN).
    basis = gn.policy(ET1).basis
    assert ("Điều 3 khoản 7", Q) == (basis.provision("vi"), basis.verification)
    assert any("evn.com.vn" in url for url in basis.evidence)


def test_decision_60_2014_was_signed_on_30_october_2014():
    # "Ngày 30/10/2014, Thủ tướng Chính phủ đã ban hành Quyết định 60/2014/QĐ-TTg"; "hiệu lực từ ngày 15/12/2014" (EVN).
    d = electricity.DECISION_60_2014
    assert (dt.date(2014, 10, 30), dt.date(2014, 12, 15), Q) == (d.signed, d.effective, d.verification)


def test_decision_14_2025_dates_and_scope():
    d = electricity.DECISION_14_2025
    assert (dt.date(2025, 5, 29), dt.date(2025, 5, 29), R) == (d.signed, d.effective, d.verification)
    basis = gn.policy(E14).basis
    assert ("Điều 1 khoản 1", Q) == (basis.provision("vi"), basis.verification)


def test_the_2025_amount_is_unknown_and_says_so():
    (e,) = [x for x in gn.entitlements(status(POOR), on=dt.date(2025, 9, 1)) if x.policy.id == E14]
    assert e.amount_vnd is None
    assert "amount unconfirmed" in e.describe("en")
    assert "số tiền chưa xác nhận" in e.describe("vi")
    assert "not found" in e.citation.note


def test_income_poor_limit_is_documented_not_applied():
    """The 2016-2020 income-only limit is a draft (baonghean 10185296); every recognised poor household is supported."""
    notes = " ".join(n.en for n in gn.policy(ET1).notes)
    assert "draft" in notes
    assert got(POOR, dt.date(2018, 6, 1))
