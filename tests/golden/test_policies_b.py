"""Golden cases for the credit, housing, Hồ Chí Minh City and Bình Dương policies, at the edges of their windows.

Each row is a recognised status history on a date, and what it is entitled to, with the source in a comment.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo.policies import credit, housing
from giamngheo.provinces.binh_duong import policies as binh_duong
from giamngheo.provinces.ho_chi_minh_city import policies as ho_chi_minh_city

POOR, NEAR, NONE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.NOT_POOR
D = dt.date
MINE = (*credit.POLICIES, *housing.POLICIES, *ho_chi_minh_city.POLICIES, *binh_duong.POLICIES)
IDS = {p.id for p in MINE}
CREDIT_IDS = {p.id for p in credit.POLICIES}


def history(*periods):
    """(status, since, until, jurisdiction) tuples, oldest first."""
    return gn.StatusHistory(tuple(gn.RecognisedStatus(s, since=a, until=b, jurisdiction=j) for s, a, b, j in periods))


LONG_AGO = D(2010, 1, 1)


def holds(status, since=LONG_AGO, jurisdiction="VN"):
    return history((status, since, None, jurisdiction))


def left(status, since, until, jurisdiction="VN", after=NONE):
    return history((status, since, until, jurisdiction), (after, until, None, jurisdiction))


def mine(subject, on, jurisdiction="VN", ids=IDS, **place):
    found = gn.entitlements(subject, on=on, jurisdiction=jurisdiction, place=gn.Place(**place))
    return [e for e in found if e.policy.id in ids]


def one(subject, on, jurisdiction="VN", ids=IDS, **place):
    found = mine(subject, on, jurisdiction, ids, **place)
    assert 1 == len(found), [e.describe("en") for e in found]
    return found[0]


# -- credit ----------------------------------------------------------------------------------------------------

# (date, history, place, policy id, grant, rate, ceiling, term)
# fmt: off
CREDIT = [
    # QĐ 15/2013/QĐ-TTg: near-poor households may borrow from 16/04/2013 (baokhanhhoa; rate not encoded).
    pytest.param(D(2013, 4, 16), holds(NEAR), {}, "credit-near-poor-qd-15-2013", "near_poor", None, None, None, id="near-poor-qd15-first-day"),
    # QĐ 28/2015/QĐ-TTg: newly escaped from 05/09/2015, term ≤ 5 years (VBSP press release; apraca).
    pytest.param(D(2015, 9, 5), left(POOR, D(2012, 1, 1), D(2015, 1, 1)), {}, "credit-newly-escaped-qd-28-2015", "newly_escaped", None, None, 60, id="escaped-qd28-first-day"),
    # NĐ 78/2002/NĐ-CP: poor households borrow before 01/03/2019 too (rate and ceiling not encoded; VBSP press release).
    pytest.param(D(2019, 2, 28), holds(POOR), {"poor_district": False}, "credit-poor-nd-78-2002", "poor", None, None, None, id="poor-day-before-2019"),
    # QĐ 12/QĐ-HĐQT (VBSP board): from 01/03/2019 up to 100 M VND for up to 120 months (baonghean, baodongnai);
    # 6.6 %/year poor (VBSP, rate date unconfirmed).
    pytest.param(D(2019, 3, 1), holds(POOR), {"poor_district": False}, "credit-vbsp-2019", "poor", Fraction(66, 1000), 100_000_000, 120, id="poor-2019-first-day"),
    # NQ 30a/2008 poor districts: 3.3 %/year (VBSP rate table).
    pytest.param(D(2020, 6, 1), holds(POOR), {"poor_district": True}, "credit-vbsp-2019", "poor_poor_district", Fraction(33, 1000), 100_000_000, 120, id="poor-in-poor-district"),
    # Near-poor 7.92 %/year (VBSP rate table; eng.vbsp.org.vn, Q1 loans report).
    pytest.param(D(2020, 6, 1), holds(NEAR), {}, "credit-vbsp-2019", "near_poor", Fraction(792, 10000), 100_000_000, 120, id="near-poor-2019"),
    # The last day before QĐ 2553/QĐ-TTg: still 6.6 % (vietnam.vn, Báo Thanh Hóa 13/12/2025).
    pytest.param(D(2025, 11, 30), holds(POOR), {"poor_district": False}, "credit-vbsp-2019", "poor", Fraction(66, 1000), 100_000_000, 120, id="poor-last-day-6.6"),
    # QĐ 2553/QĐ-TTg from 01/12/2025: poor 6.24 %, near-poor 7.488 %, newly escaped 7.8 % (ceiling unconfirmed after).
    pytest.param(D(2025, 12, 1), holds(POOR), {}, "credit-vbsp-2025", "poor", Fraction(624, 10000), 100_000_000, 120, id="poor-2553-first-day"),
    pytest.param(D(2025, 12, 1), holds(NEAR), {}, "credit-vbsp-2025", "near_poor", Fraction(7488, 100000), 100_000_000, 120, id="near-poor-2553-first-day"),
    pytest.param(D(2025, 12, 1), left(POOR, D(2020, 1, 1), D(2024, 1, 1)), {}, "credit-vbsp-2025", "newly_escaped", Fraction(78, 1000), 100_000_000, 120, id="escaped-2553-first-day"),
    # QĐ 28/2015: 125 % of the poor rate = 8.25 %/year (computed), the last day of 36 months after leaving.
    pytest.param(D(2023, 5, 31), left(POOR, D(2018, 1, 1), D(2020, 6, 1)), {}, "credit-vbsp-2019", "newly_escaped", Fraction(825, 10000), 100_000_000, 120, id="escaped-last-day-of-36-months"),
    # QĐ 28/2015 (the bank's summary): leaving the near-poor list counts too.
    pytest.param(D(2021, 1, 1), left(NEAR, D(2018, 1, 1), D(2020, 6, 1)), {}, "credit-vbsp-2019", "newly_escaped", Fraction(825, 10000), 100_000_000, 120, id="escaped-from-near-poor"),
]
# fmt: on


@pytest.mark.parametrize(("on", "subject", "place", "policy_id", "grant", "rate", "ceiling", "term"), CREDIT)
def test_credit(on, subject, place, policy_id, grant, rate, ceiling, term):  # noqa: PLR0917
    e = one(subject, on, ids=CREDIT_IDS, **place)
    assert (policy_id, grant) == (e.policy.id, e.grant)
    assert gn.EntitlementKind.LOAN is e.kind
    assert (rate, ceiling, term) == (e.rate, e.amount_vnd, e.term_months)
    assert e.undetermined is None


# (date, history, place): no credit entitlement
# fmt: off
NO_CREDIT = [
    # The day before QĐ 15/2013 took effect.
    pytest.param(D(2013, 4, 15), holds(NEAR), {}, id="near-poor-day-before-qd15"),
    # The day before QĐ 28/2015 took effect.
    pytest.param(D(2015, 9, 4), left(POOR, D(2012, 1, 1), D(2015, 1, 1)), {}, id="escaped-day-before-qd28"),
    # QĐ 28/2015: the day 36 months after leaving is outside.
    pytest.param(D(2023, 6, 1), left(POOR, D(2018, 1, 1), D(2020, 6, 1)), {}, id="escaped-day-after-36-months"),
    # A status recognised under Hồ Chí Minh City's standard does not open the national programme.
    pytest.param(D(2020, 6, 1), holds(POOR, jurisdiction="79"), {"poor_district": False}, id="city-standard-poor-no-vbsp"),
]
# fmt: on


@pytest.mark.parametrize(("on", "subject", "place"), NO_CREDIT)
def test_no_credit(on, subject, place):
    assert [] == mine(subject, on, ids=CREDIT_IDS, **place)


def test_poor_to_near_poor_gets_the_near_poor_loan_not_the_escaped_one():
    # QĐ 28/2015: "newly escaped" means no longer poor or near-poor.
    subject = left(POOR, D(2018, 1, 1), D(2020, 6, 1), after=NEAR)
    assert ["near_poor"] == [e.grant for e in mine(subject, D(2021, 1, 1), ids=CREDIT_IDS)]


def test_escaped_period_is_cut_at_36_months():
    e = one(left(POOR, D(2018, 1, 1), D(2020, 6, 1)), D(2021, 1, 1), ids=CREDIT_IDS)
    assert gn.Window(D(2020, 6, 1), D(2023, 6, 1)) == e.period
    assert D(2023, 5, 31) == e.period.last_day


def test_poor_district_unknown_gives_both_rates_undetermined():
    # 6.6 % or 3.3 % (NQ 30a/2008): the model cannot change a rate by exception, so both grants are returned.
    found = mine(holds(POOR), D(2020, 6, 1), ids=CREDIT_IDS)
    assert {("poor", Fraction(66, 1000)), ("poor_poor_district", Fraction(33, 1000))} == {
        (e.grant, e.rate) for e in found
    }
    assert {"place.poor_district"} == {e.undetermined for e in found}


def test_credit_flags_the_undated_rates():
    e = one(holds(POOR), D(2020, 6, 1), ids=CREDIT_IDS, poor_district=False)
    assert gn.Verification.UNCONFIRMED is e.citation.verification
    assert "at 6.6% a year" in e.describe("en")
    assert "100,000,000 VND" in e.describe("en")
    assert "lãi suất 6,6%/năm, tối đa 100.000.000 đồng, thời hạn tối đa 120 tháng" in e.describe("vi")


# -- housing ---------------------------------------------------------------------------------------------------

# (date, status, poor district, expected {grant: amount}, undetermined)
# fmt: off
HOUSING = [
    # TT 01/2022/TT-BXD: support from 15/08/2022, poor and near-poor in poor districts: 40 M new, 20 M repair (tuvanmienphi.vn 1492, TT 01/2022 text; en.vietnamplus.vn 234420).
    pytest.param(D(2022, 8, 15), POOR, True, {"new_house": 40_000_000, "repair": 20_000_000}, None, id="poor-first-day"),
    pytest.param(D(2022, 8, 14), POOR, True, {}, None, id="poor-day-before"),
    pytest.param(D(2025, 12, 31), NEAR, True, {"new_house": 40_000_000, "repair": 20_000_000}, None, id="near-poor-last-day"),
    pytest.param(D(2026, 1, 1), NEAR, True, {}, None, id="after-programme"),
    pytest.param(D(2023, 6, 1), POOR, False, {}, None, id="not-a-poor-district"),
    pytest.param(D(2023, 6, 1), NONE, True, {}, None, id="not-poor"),
    pytest.param(D(2023, 6, 1), POOR, None, {"new_house": 40_000_000, "repair": 20_000_000}, "place.poor_district", id="district-unknown"),
]
# fmt: on


@pytest.mark.parametrize(("on", "status", "poor_district", "expected", "undetermined"), HOUSING)
def test_housing(on, status, poor_district, expected, undetermined):
    found = [e for e in mine(holds(status), on, poor_district=poor_district) if e.policy.id == "housing-tt-01-2022"]
    assert expected == {e.grant: e.amount_vnd for e in found}
    for e in found:
        assert (gn.EntitlementKind.AMOUNT, "house", undetermined) == (e.kind, e.per, e.undetermined)


def test_housing_says_the_house_is_not_checked():
    e = mine(holds(POOR), D(2023, 6, 1), ids={"housing-tt-01-2022"}, poor_district=True)[0]
    assert "not checked" in e.reason("en")
    assert "40,000,000 VND a house" in e.describe("en") or "20,000,000 VND a house" in e.describe("en")


# -- Hồ Chí Minh City ------------------------------------------------------------------------------------------

# (date, history, expected grants, share) under jurisdiction "79"
# fmt: off
CITY = [
    # NQ 75/2025/NQ-HĐND, from 01/01/2026: 100 % for poor and near-poor households under the city standard (Lao Động, VNS).
    pytest.param(D(2026, 1, 1), holds(POOR, jurisdiction="79"), ["poor_near_poor"], id="city-poor-first-day"),
    pytest.param(D(2025, 12, 31), holds(POOR, jurisdiction="79"), [], id="city-poor-day-before"),
    pytest.param(D(2026, 1, 1), holds(NEAR, jurisdiction="79"), ["poor_near_poor"], id="city-near-poor"),
    # A status under the national standard is not "under the local standard".
    pytest.param(D(2026, 1, 1), holds(POOR, jurisdiction="VN"), [], id="national-poor-not-city"),
    # Group 4: escaped poverty (city standard), 36 months from the recognising decision (Lao Động transcript).
    pytest.param(D(2029, 2, 28), left(POOR, D(2024, 1, 1), D(2026, 3, 1), jurisdiction="79"), ["newly_escaped"], id="city-escaped-last-day"),
    pytest.param(D(2029, 3, 1), left(POOR, D(2024, 1, 1), D(2026, 3, 1), jurisdiction="79"), [], id="city-escaped-day-after"),
    pytest.param(D(2026, 6, 1), left(POOR, D(2024, 1, 1), D(2026, 3, 1), jurisdiction="VN"), [], id="national-escaped-not-city"),
    # Near-poor is not "escaped poverty": leaving near-poverty gives nothing.
    pytest.param(D(2026, 6, 1), left(NEAR, D(2024, 1, 1), D(2026, 3, 1), jurisdiction="79"), [], id="city-left-near-poor"),
    # Poor → near-poor: both groups, both 100 %.
    pytest.param(D(2026, 6, 1), left(POOR, D(2024, 1, 1), D(2026, 3, 1), jurisdiction="79", after=NEAR), ["poor_near_poor", "newly_escaped"], id="city-poor-to-near-poor"),
]
# fmt: on


@pytest.mark.parametrize(("on", "subject", "expected"), CITY)
def test_city_health_insurance(on, subject, expected):
    found = [e for e in mine(subject, on, "79") if e.policy.jurisdiction == "79"]
    assert expected == [e.grant for e in found]
    for e in found:
        assert (gn.EntitlementKind.SHARE, Fraction(1)) == (e.kind, e.share)


def test_city_escaped_before_2026_starts_at_the_resolution():
    subject = left(POOR, D(2022, 1, 1), D(2025, 6, 1), jurisdiction="79")
    e = one(subject, D(2026, 1, 1), "79")
    assert gn.Window(D(2026, 1, 1), D(2028, 6, 1)) == e.period


def test_city_entitled_list():
    subjects = [holds(POOR, jurisdiction="79"), holds(NONE, jurisdiction="79"), holds(NEAR, jurisdiction="79")]
    found, errors = gn.entitled(subjects, "79-health-insurance-nq-75-2025", on=D(2026, 1, 1))
    assert [0, 2] == [f.index for f in found]
    assert () == errors


# -- Bình Dương ------------------------------------------------------------------------------------------------


def test_binh_duong_encodes_nothing_unconfirmed():
    # nothing before the merger is confirmed, so none is encoded; the support kept in the former territory starts then
    assert all(p.window.start >= dt.date(2025, 7, 1) for p in binh_duong.POLICIES)
    assert [] == [
        e for e in gn.entitlements(holds(POOR), on=D(2024, 1, 1), jurisdiction="74") if e.policy.jurisdiction == "74"
    ]


# -- every policy is dated and cited ---------------------------------------------------------------------------


@pytest.mark.parametrize("policy", MINE, ids=lambda p: p.id)
def test_every_policy_has_a_window_and_cited_grants(policy):
    assert policy.window.start < policy.window.end
    assert policy.basis.evidence
    assert all(url.startswith("http") for url in policy.basis.evidence)
    for grant in policy.grants:
        assert grant.citation.evidence, grant.id
        for value in (grant.rate, grant.amount_vnd, grant.share, grant.term_months, grant.months_after):
            assert value is None or value.citation.evidence, grant.id
