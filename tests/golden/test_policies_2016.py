"""Golden rows for the health-insurance, education and legal-aid policies before the current ones, at their edges.

Each row is a recognised status (or history) on a date and what the policy gives, with the source the module
docstring states; every expected value is read off that source, not produced by running the code.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import giamngheo as gn

POOR, NEAR, MIDDLE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE
SHARE, EX, AMT, SVC = (
    gn.EntitlementKind.SHARE,
    gn.EntitlementKind.EXEMPTION,
    gn.EntitlementKind.AMOUNT,
    gn.EntitlementKind.SERVICE,
)
IDS = ("health-insurance-105-2014", "education-86-2015", "legal-aid-69-2006")
ALL, SEVENTY = Fraction(1), Fraction(7, 10)
NOT_POOR_DISTRICT, POOR_DISTRICT = gn.Place(poor_district=False), gn.Place(poor_district=True)


def status(s, since=dt.date(2010, 1, 1)):
    return gn.RecognisedStatus(s, since=since)


def got(subject, topic, on, place=None):
    """(policy id, grant, kind, share, at least, amount) of every entitlement of the topic (id prefix)."""
    return sorted(
        (e.policy.id, e.grant, e.kind, e.share, e.at_least, e.amount_vnd)
        for e in gn.entitlements(subject, on=on, place=place)
        if e.policy.id.startswith(topic)
    )


HI_105, HI_146 = "health-insurance-105-2014", "health-insurance-146-2018"
HI_POOR_105 = [(HI_105, "poor", SHARE, ALL, False, None)]
HI_NEAR_105 = [(HI_105, "near_poor", SHARE, SEVENTY, True, None)]
HI_NEAR_DISTRICT_105 = [(HI_105, "near_poor", SHARE, ALL, False, None)]
HI_ESCAPED_105 = [(HI_105, "near_poor_newly_escaped", SHARE, ALL, False, None)]
EDU_86, EDU_81 = "education-86-2015", "education-81-2021"
EDU_POOR_86 = [(EDU_86, "poor_study_costs", AMT, None, False, None), (EDU_86, "poor_tuition", EX, None, False, None)]
EDU_POOR_81 = [(EDU_81, "poor_study_costs", AMT, None, False, 150_000), (EDU_81, "poor_tuition", EX, None, False, None)]
LA_69, LA_11 = "legal-aid-69-2006", "legal-aid-11-2017"
# A household poor until it left poverty for near-poor on 2016-07-01 (the first day it was no longer poor).
LEFT_2016 = gn.StatusHistory(
    (
        gn.RecognisedStatus(POOR, since=dt.date(2012, 1, 1), until=dt.date(2016, 7, 1)),
        gn.RecognisedStatus(NEAR, since=dt.date(2016, 7, 1)),
    )
)
# The same, but it left poverty for a middle living standard (not near-poor).
LEFT_TO_MIDDLE = gn.StatusHistory(
    (
        gn.RecognisedStatus(POOR, since=dt.date(2012, 1, 1), until=dt.date(2016, 7, 1)),
        gn.RecognisedStatus(MIDDLE, since=dt.date(2016, 7, 1)),
    )
)
# Left poverty for near-poor on 2013-06-01: 60 months end on 2018-05-31 (the transitional rule is not at stake).
LEFT_2013 = gn.StatusHistory(
    (
        gn.RecognisedStatus(POOR, since=dt.date(2011, 1, 1), until=dt.date(2013, 6, 1)),
        gn.RecognisedStatus(NEAR, since=dt.date(2013, 6, 1)),
    )
)

# fmt: off
CASES = [
    # NĐ 105/2014/NĐ-CP, in force 01/01/2015 (Điều 12): poor state-paid (Luật BHYT Điều 12.3); near-poor at least 70 %
    # (Điều 3.1.c), 100 % in a poor district (Điều 3.1.b) or for 5 years after leaving poverty (Điều 3.1.a).
    pytest.param(status(POOR), "health", dt.date(2014, 12, 31), None, [], id="hi-poor-day-before-decree"),
    pytest.param(status(POOR), "health", dt.date(2015, 1, 1), None, HI_POOR_105, id="hi-poor-first-day"),
    pytest.param(status(NEAR), "health", dt.date(2015, 1, 1), NOT_POOR_DISTRICT, HI_NEAR_105, id="hi-near-first-day"),
    pytest.param(status(NEAR), "health", dt.date(2016, 1, 1), POOR_DISTRICT, HI_NEAR_DISTRICT_105, id="hi-near-poor-district"),
    pytest.param(status(MIDDLE), "health", dt.date(2016, 1, 1), NOT_POOR_DISTRICT, [], id="hi-middle-nothing"),
    pytest.param(LEFT_2016, "health", dt.date(2016, 7, 1), NOT_POOR_DISTRICT, HI_ESCAPED_105, id="hi-escaped-day-it-left"),
    pytest.param(LEFT_2016, "health", dt.date(2018, 11, 30), NOT_POOR_DISTRICT, HI_ESCAPED_105, id="hi-escaped-last-day-of-decree"),
    pytest.param(LEFT_TO_MIDDLE, "health", dt.date(2017, 1, 1), NOT_POOR_DISTRICT, [], id="hi-escaped-to-middle-nothing"),
    # Left 2013-06-01: 100 % to 2018-05-31, then the near-poor 70 %.
    pytest.param(LEFT_2013, "health", dt.date(2018, 5, 31), NOT_POOR_DISTRICT, HI_ESCAPED_105, id="hi-escaped-last-day-of-60-months"),
    pytest.param(LEFT_2013, "health", dt.date(2018, 6, 1), NOT_POOR_DISTRICT, HI_NEAR_105, id="hi-escaped-60-months-over"),
    # Last day of NĐ 105/2014, and NĐ 146/2018/NĐ-CP from 01/12/2018.
    pytest.param(status(POOR), "health", dt.date(2018, 11, 30), None, HI_POOR_105, id="hi-poor-last-day"),
    pytest.param(status(NEAR), "health", dt.date(2018, 11, 30), NOT_POOR_DISTRICT, HI_NEAR_105, id="hi-near-last-day"),
    pytest.param(status(POOR), "health", dt.date(2018, 12, 1), None, [(HI_146, "poor", SHARE, ALL, False, None)], id="hi-poor-146-takes-over"),
    # NĐ 86/2015/NĐ-CP, in force 01/12/2015 (provincial notice): poor → tuition exemption (TTLT 09/2016 summary) and
    # study-cost support (Điều 10), amount not found → None.
    pytest.param(status(POOR), "education", dt.date(2015, 11, 30), None, [], id="edu-poor-day-before-decree"),
    pytest.param(status(POOR), "education", dt.date(2015, 12, 1), None, EDU_POOR_86, id="edu-poor-first-day"),
    pytest.param(status(NEAR), "education", dt.date(2016, 9, 5), None, [], id="edu-near-poor-not-encoded"),
    pytest.param(status(POOR), "education", dt.date(2021, 10, 14), None, EDU_POOR_86, id="edu-poor-last-day"),
    # NĐ 81/2021/NĐ-CP from 15/10/2021: 150,000 VND a month.
    pytest.param(status(POOR), "education", dt.date(2021, 10, 15), None, EDU_POOR_81, id="edu-poor-81-takes-over"),
    # Luật TGPL 69/2006/QH11 Điều 10.1 "Người nghèo" (library coverage from 2016-01-01) to 31/12/2017.
    pytest.param(status(POOR), "legal", dt.date(2015, 12, 31), None, [], id="legal-before-coverage"),
    pytest.param(status(POOR), "legal", dt.date(2016, 1, 1), None, [(LA_69, "poor", SVC, None, False, None)], id="legal-poor-first-day"),
    pytest.param(status(NEAR), "legal", dt.date(2016, 1, 1), None, [], id="legal-near-poor-no-group-in-2006-law"),
    pytest.param(status(POOR), "legal", dt.date(2017, 12, 31), None, [(LA_69, "poor", SVC, None, False, None)], id="legal-poor-last-day"),
    pytest.param(status(POOR), "legal", dt.date(2018, 1, 1), None, [(LA_11, "poor", SVC, None, False, None)], id="legal-2017-law-takes-over"),
]
# fmt: on


@pytest.mark.parametrize(("subject", "topic", "on", "place", "expected"), CASES)
def test_golden(subject, topic, on, place, expected):
    assert expected == got(subject, topic, on, place)


def test_newly_escaped_period_runs_60_months_from_leaving_cut_by_the_window():
    (e,) = [x for x in gn.entitlements(LEFT_2013, on=dt.date(2016, 1, 1)) if x.policy.id == HI_105]
    assert (dt.date(2015, 1, 1), dt.date(2018, 5, 31)) == (e.period.start, e.period.last_day)
    (e,) = [x for x in gn.entitlements(LEFT_2016, on=dt.date(2017, 1, 1)) if x.policy.id == HI_105]
    assert (dt.date(2016, 7, 1), dt.date(2018, 11, 30)) == (e.period.start, e.period.last_day)


def test_near_poor_place_unknown_is_flagged():
    (e,) = [x for x in gn.entitlements(status(NEAR), on=dt.date(2017, 1, 1)) if x.policy.id == HI_105]
    assert (SEVENTY, True, "place.poor_district") == (e.share, e.at_least, e.undetermined)


def test_the_study_cost_amount_is_not_encoded_and_says_so():
    (e,) = [
        x
        for x in gn.entitlements(status(POOR), on=dt.date(2017, 9, 5))
        if x.policy.id == EDU_86 and x.grant == "poor_study_costs"
    ]
    assert e.amount_vnd is None
    assert "amount unconfirmed" in e.describe("en")


def test_every_date_from_2016_has_the_three_topics_for_a_poor_household():
    for on in (dt.date(2016, 1, 1), dt.date(2017, 6, 30), dt.date(2018, 11, 30), dt.date(2021, 10, 14)):
        found = {e.policy.id.split("-", maxsplit=1)[0] for e in gn.entitlements(status(POOR), on=on)}
        assert {"health", "education", "legal"} <= found, on


@pytest.mark.parametrize("policy_id", IDS)
def test_every_policy_has_a_window_and_cited_grants(policy_id):
    p = gn.policy(policy_id)
    assert p.window.start < p.window.end
    assert p.basis.evidence
    assert p.basis.instrument.url.startswith(("http://", "https://"))
    for grant in p.grants:
        assert grant.citation.evidence
        assert all(url.startswith(("http://", "https://")) for url in grant.citation.evidence)
        for cited in (grant.share, grant.amount_vnd, grant.months_after):
            if cited is not None:
                assert cited.citation.evidence
        for exception in grant.exceptions:
            assert all(url.startswith(("http://", "https://")) for url in exception.citation.evidence)


@pytest.mark.parametrize("policy_id", IDS)
def test_each_older_policy_ends_where_the_next_starts(policy_id):
    topic = policy_id.rsplit("-", maxsplit=2)[0]
    ordered = [p for p in gn.POLICIES["VN"] if p.id.rsplit("-", maxsplit=2)[0] == topic]
    index = [p.id for p in ordered].index(policy_id)
    assert ordered[index].window.end == ordered[index + 1].window.start


@pytest.mark.parametrize("policy_id", IDS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_describe_in_both_languages(policy_id, lang):
    p = gn.policy(policy_id)
    on = p.window.start
    described = [e.describe(lang) for e in gn.entitlements(status(POOR, since=on), on=on) if e.policy.id == policy_id]
    assert described
    assert all(p.name(lang) in text for text in described)
