"""Golden rows for the education, electricity, legal-aid and vocational-training policies, at their edges.

Each row is a recognised status (or history) on a date and what the policy gives, with the source the module
docstring states; every expected value is read off that source, not produced by running the code.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn

POOR, NEAR, MIDDLE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE
IDS = (
    "education-81-2021",
    "electricity-28-2014-46000",
    "electricity-28-2014-tier1",
    "legal-aid-11-2017",
    "vocational-training-55-2023",
)


def status(s, since=dt.date(2010, 1, 1)):
    return gn.RecognisedStatus(s, since=since)


def got(subject, policy_id, on):
    return sorted(
        (e.grant, e.kind, e.amount_vnd, e.per, e.up_to)
        for e in gn.entitlements(subject, on=on)
        if e.policy.id == policy_id
    )


EX, AMT, SVC = gn.EntitlementKind.EXEMPTION, gn.EntitlementKind.AMOUNT, gn.EntitlementKind.SERVICE
EDU_POOR = [("poor_study_costs", AMT, 150_000, "student-month", False), ("poor_tuition", EX, None, None, False)]
LEGAL_NEAR = [("near_poor_accused", SVC, None, None, False), ("near_poor_financial_difficulty", SVC, None, None, False)]
VOC = [("near_poor", AMT, 2_500_000, "course", True)]
VOC_ESCAPED = [("newly_escaped", AMT, 2_500_000, "course", True)]
# A household poor until it left poverty on 2022-01-01 (the first day it was no longer poor), then middle.
LEFT_2022 = gn.StatusHistory(
    (
        gn.RecognisedStatus(POOR, since=dt.date(2019, 1, 1), until=dt.date(2022, 1, 1)),
        gn.RecognisedStatus(MIDDLE, since=dt.date(2022, 1, 1)),
    )
)
# The same, but it left poverty for near-poor.
LEFT_TO_NEAR = gn.StatusHistory(
    (
        gn.RecognisedStatus(POOR, since=dt.date(2019, 1, 1), until=dt.date(2024, 1, 1)),
        gn.RecognisedStatus(NEAR, since=dt.date(2024, 1, 1)),
    )
)

# fmt: off
CASES = [
    # NĐ 81/2021/NĐ-CP, in force 15/10/2021 (lawnet.vn 105118, lawnet.vn 115649, vietlawonline.com vbpl113947): poor → tuition exemption (Điều 15.4) and 150,000/month (Điều 18.3).
    pytest.param(status(POOR), "education-81-2021", dt.date(2021, 10, 14), [], id="edu-poor-day-before-decree"),
    pytest.param(status(POOR), "education-81-2021", dt.date(2021, 10, 15), EDU_POOR, id="edu-poor-first-day"),
    # Điều 16.2.b: "Eligibility for a tuition reduction of 50% includes: … b) … near-poor house[holds]" (lawnet 400728).
    pytest.param(status(NEAR), "education-81-2021", dt.date(2021, 10, 15), [("near_poor_tuition", gn.EntitlementKind.SHARE, None, None, False)], id="edu-near-poor-half-tuition"),
    pytest.param(status(MIDDLE), "education-81-2021", dt.date(2023, 9, 5), [], id="edu-middle-nothing"),
    # Replaced by NĐ 238/2025/NĐ-CP from 03/09/2025 (reported by one source).
    pytest.param(status(POOR), "education-81-2021", dt.date(2025, 9, 2), EDU_POOR, id="edu-poor-last-day"),
    pytest.param(status(POOR), "education-81-2021", dt.date(2025, 9, 3), [], id="edu-poor-replaced"),
    # QĐ 28/2014/QĐ-TTg Điều 3.7, in force 01/06/2014: 46,000 VND a month (cand.com.vn 336152, baonghean.vn 10020541).
    pytest.param(status(POOR), "electricity-28-2014-46000", dt.date(2014, 5, 31), [], id="elec-day-before-decision"),
    pytest.param(status(POOR), "electricity-28-2014-46000", dt.date(2014, 6, 1), [("poor", AMT, 46_000, "month", False)], id="elec-46000-first-day"),
    pytest.param(status(NEAR), "electricity-28-2014-46000", dt.date(2014, 6, 1), [], id="elec-near-poor-nothing"),
    # The tier-1 price changed on 16/03/2015 (QĐ 2256/QĐ-BCT, EVN HCMC notice): 46,000 to 15/03/2015, then not encoded.
    pytest.param(status(POOR), "electricity-28-2014-46000", dt.date(2015, 3, 15), [("poor", AMT, 46_000, "month", False)], id="elec-46000-last-day"),
    pytest.param(status(POOR), "electricity-28-2014-46000", dt.date(2015, 3, 16), [], id="elec-46000-ended"),
    pytest.param(status(POOR), "electricity-28-2014-tier1", dt.date(2015, 3, 16), [("poor", AMT, None, "month", False)], id="elec-tier1-amount-not-encoded"),
    pytest.param(status(MIDDLE), "electricity-28-2014-tier1", dt.date(2020, 1, 1), [], id="elec-middle-nothing"),
    # QĐ 14/2025/QĐ-TTg (29/05/2025) replaced QĐ 28/2014: nothing encoded from its signing.
    pytest.param(status(POOR), "electricity-28-2014-tier1", dt.date(2025, 5, 28), [("poor", AMT, None, "month", False)], id="elec-tier1-last-day"),
    pytest.param(status(POOR), "electricity-28-2014-tier1", dt.date(2025, 5, 29), [], id="elec-tier1-replaced"),
    # Luật Trợ giúp pháp lý 11/2017/QH14, in force 01/01/2018, Điều 7 khoản 2, 6, 7 (moj.gov.vn ItemID=3238; en.bacgiang.gov.vn, the 2017 Law on Legal Aid).
    pytest.param(status(POOR), "legal-aid-11-2017", dt.date(2017, 12, 31), [], id="legal-day-before-law"),
    pytest.param(status(POOR), "legal-aid-11-2017", dt.date(2018, 1, 1), [("poor", SVC, None, None, False)], id="legal-poor-first-day"),
    pytest.param(status(NEAR), "legal-aid-11-2017", dt.date(2018, 1, 1), LEGAL_NEAR, id="legal-near-poor-first-day"),
    pytest.param(status(MIDDLE), "legal-aid-11-2017", dt.date(2018, 1, 1), [], id="legal-middle-nothing"),
    # TT 55/2023/TT-BTC Điều 68: up to 2,500,000 per course; start 01/10/2023 unconfirmed; programme to 2025.
    pytest.param(status(NEAR), "vocational-training-55-2023", dt.date(2023, 9, 30), [], id="voc-day-before-circular"),
    pytest.param(status(NEAR), "vocational-training-55-2023", dt.date(2023, 10, 1), VOC, id="voc-near-poor-first-day"),
    pytest.param(status(POOR), "vocational-training-55-2023", dt.date(2023, 10, 1), [], id="voc-poor-other-programmes"),
    pytest.param(status(MIDDLE), "vocational-training-55-2023", dt.date(2023, 10, 1), [], id="voc-middle-never-poor"),
    pytest.param(status(NEAR), "vocational-training-55-2023", dt.date(2025, 12, 31), VOC, id="voc-last-day-of-programme"),
    # Newly out of poverty: 36 months from leaving (unconfirmed): left 2022-01-01 → to 2024-12-31.
    pytest.param(LEFT_2022, "vocational-training-55-2023", dt.date(2024, 12, 31), VOC_ESCAPED, id="voc-escaped-last-day-of-36-months"),
    pytest.param(LEFT_2022, "vocational-training-55-2023", dt.date(2025, 1, 1), [], id="voc-escaped-window-over"),
    # Left poverty for near-poor: the near-poor grant only, never both.
    pytest.param(LEFT_TO_NEAR, "vocational-training-55-2023", dt.date(2024, 6, 1), VOC, id="voc-escaped-to-near-poor-once"),
]
# fmt: on


@pytest.mark.parametrize(("subject", "policy_id", "on", "expected"), CASES)
def test_golden(subject, policy_id, on, expected):
    assert expected == got(subject, policy_id, on)


def test_newly_escaped_period_runs_from_leaving_for_36_months():
    (e,) = [x for x in gn.entitlements(LEFT_2022, on=dt.date(2024, 1, 1)) if x.policy.id.startswith("vocational")]
    assert dt.date(2023, 10, 1) == e.period.start  # the window's start, after the day it left
    assert dt.date(2024, 12, 31) == e.period.last_day
    assert gn.Verification.UNCONFIRMED is e.citation.verification


def test_entitled_lists_the_poor_and_near_poor_for_education():
    subjects = [status(POOR), status(NEAR), status(MIDDLE), LEFT_2022]
    # NĐ 81/2021/NĐ-CP Điều 15.4 and 18.3: poor; Điều 16.2.b: near-poor, a 50 % reduction.
    found, errors = gn.entitled(subjects, "education-81-2021", on=dt.date(2022, 9, 5))
    assert () == errors
    assert [(0, "poor_tuition"), (0, "poor_study_costs"), (1, "near_poor_tuition")] == [
        (x.index, x.entitlement.grant) for x in found
    ]


def test_entitled_for_vocational_training():
    subjects = [status(POOR), status(NEAR), status(MIDDLE), LEFT_2022]
    found, errors = gn.entitled(subjects, "vocational-training-55-2023", on=dt.date(2024, 6, 1))
    assert () == errors
    assert [(1, "near_poor"), (3, "newly_escaped")] == [(x.index, x.entitlement.grant) for x in found]


def test_entitled_outside_the_window_raises():
    with pytest.raises(gn.NoRuleInForce):
        gn.entitled([status(POOR)], "legal-aid-11-2017", on=dt.date(2017, 12, 31))


@pytest.mark.parametrize("policy_id", IDS)
def test_every_policy_has_a_window_and_cited_grants(policy_id):
    p = gn.policy(policy_id)
    assert p.window.start < p.window.end
    assert p.basis.evidence
    for grant in p.grants:
        assert grant.citation.evidence
        assert all(url.startswith(("http://", "https://")) for url in grant.citation.evidence)
        for cited in (grant.amount_vnd, grant.months_after):
            if cited is not None:
                assert cited.citation.evidence
    assert p.basis.instrument.url.startswith(("http://", "https://"))


@pytest.mark.parametrize("policy_id", IDS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_describe_in_both_languages(policy_id, lang):
    p = gn.policy(policy_id)
    on = p.window.start
    subjects = [status(POOR, since=on), status(NEAR, since=on)]
    described = [e.describe(lang) for s in subjects for e in gn.entitlements(s, on=on) if e.policy.id == policy_id]
    assert described
    assert all(p.name(lang) in text for text in described)
