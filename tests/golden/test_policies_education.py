"""Golden rows for the education policies (NĐ 86/2015, NĐ 81/2021, NĐ 238/2025), at every edge of their windows.

Each row is a recognised status on a date and what the education policies give, with the sentence of the source the
module docstring cites; every expected value is read off that source, not produced by running the code.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo.policies import education

POOR, NEAR, MIDDLE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE
SHARE, EX, AMT = gn.EntitlementKind.SHARE, gn.EntitlementKind.EXEMPTION, gn.EntitlementKind.AMOUNT
Q, R, U = gn.Verification.QUOTED, gn.Verification.REPORTED, gn.Verification.UNCONFIRMED
HALF = Fraction(1, 2)
E86, E81, E238 = "education-86-2015", "education-81-2021", "education-238-2025"


def status(s, since=dt.date(2010, 1, 1)):
    return gn.RecognisedStatus(s, since=since)


def got(s, on):
    """(policy, grant, kind, share, amount) of every education entitlement of a household recognised ``s``."""
    return sorted(
        (e.policy.id, e.grant, e.kind, e.share, e.amount_vnd)
        for e in gn.entitlements(status(s), on=on)
        if e.policy.id.startswith("education")
    )


POOR_86 = [(E86, "poor_study_costs", AMT, None, None), (E86, "poor_tuition", EX, None, None)]
POOR_81 = [(E81, "poor_study_costs", AMT, None, 150_000), (E81, "poor_tuition", EX, None, None)]
NEAR_81 = [(E81, "near_poor_tuition", SHARE, HALF, None)]
POOR_238 = [(E238, "ethnic_minority_tuition", EX, None, None), (E238, "poor_study_costs", AMT, None, None)]
NEAR_238 = [(E238, "ethnic_minority_tuition", EX, None, None)]

# fmt: off
CASES = [
    # NĐ 86/2015/NĐ-CP to the day before NĐ 81/2021/NĐ-CP: poor only (no near-poor reduction found).
    pytest.param(POOR, dt.date(2021, 10, 14), POOR_86, id="poor-day-before-81"),
    pytest.param(NEAR, dt.date(2021, 10, 14), [], id="near-poor-day-before-81"),
    # NĐ 81/2021 "takes effect from October 15th, 2021" (vietlawonline). Điều 15.4: "Children attending kindergarten
    # and high school students … have one parent or both parents or grandparents … are poor households" (lawnet 16341);
    # Điều 18.3 and 20: 150,000 VND a month.
    pytest.param(POOR, dt.date(2021, 10, 15), POOR_81, id="poor-first-day-of-81"),
    # Điều 16.2.b: "Eligibility for a tuition reduction of 50% includes: … b) … whose parent or parents or
    # grandparents (if living with grandparents) are near-poor house[holds]" (lawnet 400728).
    pytest.param(NEAR, dt.date(2021, 10, 15), NEAR_81, id="near-poor-first-day-of-81"),
    pytest.param(MIDDLE, dt.date(2021, 10, 15), [], id="middle-first-day-of-81"),
    # "Nghị định này có hiệu lực từ ngày 3-9-2025, thay thế Nghị định số 81/2021/NĐ-CP" (SGGP post811620; CafeF).
    pytest.param(POOR, dt.date(2025, 9, 2), POOR_81, id="poor-last-day-of-81"),
    pytest.param(NEAR, dt.date(2025, 9, 2), NEAR_81, id="near-poor-last-day-of-81"),
    # NĐ 238/2025 Điều 17.3 (study costs, poor; amount not found) and Điều 15.7: "Students … at vocational and higher
    # education institutions who are ethnic minorities whose father or mother … are from poor or near-poor
    # households" (Lao Động 1581541, quoting the Ministry).
    pytest.param(POOR, dt.date(2025, 9, 3), POOR_238, id="poor-first-day-of-238"),
    pytest.param(NEAR, dt.date(2025, 9, 3), NEAR_238, id="near-poor-first-day-of-238"),
    pytest.param(MIDDLE, dt.date(2025, 9, 3), [], id="middle-first-day-of-238"),
    # The library's coverage ends on 2030-12-31, not the decree.
    pytest.param(POOR, dt.date(2030, 12, 31), POOR_238, id="poor-last-day-of-coverage"),
    pytest.param(NEAR, dt.date(2030, 12, 31), NEAR_238, id="near-poor-last-day-of-coverage"),
]
# fmt: on


@pytest.mark.parametrize(("s", "on", "expected"), CASES)
def test_golden(s, on, expected):
    assert expected == got(s, on)


def test_windows_tile_and_coverage_ends_in_2030():
    windows = [gn.policy(i).window for i in (E86, E81, E238)]
    assert [w.start for w in windows[1:]] == [w.end for w in windows[:-1]]
    assert dt.date(2025, 9, 3) == gn.policy(E238).window.start
    assert dt.date(2031, 1, 1) == gn.policy(E238).window.end
    assert [] == got(POOR, dt.date(2031, 1, 1))


# (policy, grant) → (provision in Vietnamese, verification), as the sources show them.
PROVISIONS = [
    pytest.param(E81, "poor_tuition", "Điều 15 khoản 4", Q, id="81-exemption-quoted"),
    pytest.param(E81, "near_poor_tuition", "Điều 16 khoản 2 điểm b", Q, id="81-reduction-quoted"),
    pytest.param(E81, "poor_study_costs", "Điều 18 khoản 3", R, id="81-study-costs-reported"),
    pytest.param(E238, "poor_study_costs", "Điều 17 khoản 3", R, id="238-study-costs-reported"),
    pytest.param(E238, "ethnic_minority_tuition", "Điều 15 khoản 7", Q, id="238-ethnic-minority-quoted"),
]


@pytest.mark.parametrize(("policy_id", "grant_id", "provision", "verification"), PROVISIONS)
def test_provisions_and_their_verification(policy_id, grant_id, provision, verification):
    (grant,) = [g for g in gn.policy(policy_id).grants if g.id == grant_id]
    assert (provision, verification) == (grant.citation.provision("vi"), grant.citation.verification)
    assert grant.citation.evidence
    assert all(url.startswith(("http://", "https://")) for url in grant.citation.evidence)


def test_the_near_poor_reduction_is_a_half_and_cited():
    (e,) = [x for x in gn.entitlements(status(NEAR), on=dt.date(2023, 9, 5)) if x.policy.id == E81]
    assert (SHARE, HALF, False) == (e.kind, e.share, e.at_least)
    assert "near-poor" in e.beneficiaries("en")
    assert "50%" in e.describe("vi")
    assert "Art. 16(2)(b)" in e.describe("en")


def test_the_238_study_cost_amount_is_not_encoded_and_says_so():
    (e,) = [
        x
        for x in gn.entitlements(status(POOR), on=dt.date(2025, 9, 5))
        if x.policy.id == E238 and x.grant == "poor_study_costs"
    ]
    assert e.amount_vnd is None
    assert "amount unconfirmed" in e.describe("en")
    assert "not found" in e.citation.note


def test_decree_238_dates_rest_on_two_newspapers():
    decree = education.DECREE_238_2025
    assert (dt.date(2025, 9, 3), dt.date(2025, 9, 3)) == (decree.signed, decree.effective)
    assert Q is decree.verification
    basis = gn.policy(E238).basis
    assert Q is basis.verification
    assert any("sggp.org.vn" in url for url in basis.evidence)
    assert any("cafef.vn" in url for url in basis.evidence)


def test_the_recalled_clause_15_7_of_decree_81_is_gone():
    """The near-poor reduction is Điều 16 khoản 2 điểm b, not the "Điều 15 khoản 7" once recalled."""
    texts = [n.en for p in (gn.policy(E81),) for n in p.notes]
    assert not any("15(7)" in t for t in texts)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("s", [POOR, NEAR])
def test_describe_in_both_languages(lang, s):
    on = dt.date(2025, 9, 3)
    described = [e.describe(lang) for e in gn.entitlements(status(s), on=on) if e.policy.id == E238]
    assert described
    assert all(gn.policy(E238).name(lang) in text for text in described)
