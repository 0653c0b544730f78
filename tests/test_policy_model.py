"""The policy machinery: recognised statuses and their history, grants, labelled exceptions and conflicts,
time-limited grants after leaving poverty, and the subjects `gn.entitlements` accepts."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo._policy import place_is, status_is

POOR, NEAR, MIDDLE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE
INSTRUMENT = gn.instrument("07/2021/NĐ-CP")
CITE = INSTRUMENT.cite(verification=gn.Verification.USER, evidence=("https://example.org/test",))


def _policy(*grants: gn.Grant, start=dt.date(2022, 1, 1), end=dt.date(2026, 1, 1)) -> gn.Policy:
    return gn.Policy(
        id="test",
        name=gn.Text("Chính sách thử", "Test policy"),
        jurisdiction="VN",
        window=gn.Window(start, end),
        basis=CITE,
        grants=grants,
    )


def _share(value, **kwargs) -> gn.Grant:
    return gn.Grant(
        id=kwargs.pop("id", "g"),
        label=gn.Text("thử", "test"),
        applies=kwargs.pop("applies", status_is(NEAR)),
        kind=gn.EntitlementKind.SHARE,
        citation=CITE,
        share=gn.Cited(Fraction(value), CITE),
        **kwargs,
    )


def _situation(status=NEAR, on=dt.date(2023, 6, 1), place=None, since=dt.date(2023, 1, 1)):
    history = gn.StatusHistory((gn.RecognisedStatus(status, since=since),))
    return gn.Situation(on, history, place if place is not None else gn.Place())


# --- exceptions --------------------------------------------------------------------------------------------------


def _exception(label, fact, value):
    return gn.ExceptionRule(
        label=gn.Text(label, label), applies=place_is(fact), citation=CITE, share=gn.Cited(Fraction(value), CITE)
    )


def test_an_exception_replaces_the_base_entitlement_when_it_applies():
    policy = _policy(_share("7/10", at_least=True, exceptions=(_exception("poor commune", "poor_commune", 1),)))
    (base,) = policy.entitlements(_situation(place=gn.Place(poor_commune=False)))
    (special,) = policy.entitlements(_situation(place=gn.Place(poor_commune=True)))
    assert (Fraction(7, 10), True, None) == (base.share, base.at_least, base.undetermined)
    assert (Fraction(1), False) == (special.share, special.at_least)
    assert "exception: poor commune" in special.reason.en


def test_an_unknown_fact_leaves_the_base_entitlement_and_names_the_fact():
    policy = _policy(_share("7/10", exceptions=(_exception("poor commune", "poor_commune", 1),)))
    (e,) = policy.entitlements(_situation())
    assert (Fraction(7, 10), "place.poor_commune") == (e.share, e.undetermined)
    assert "Still unknown: place.poor_commune." in e.describe("en")


def test_two_exceptions_that_apply_and_disagree_raise():
    grant = _share(
        "7/10",
        exceptions=(
            _exception("poor commune", "poor_commune", 1),
            _exception("poor district", "poor_district", "9/10"),
        ),
    )
    with pytest.raises(gn.PolicyConflict, match="poor commune, poor district"):
        _policy(grant).entitlements(_situation(place=gn.Place(poor_commune=True, poor_district=True)))
    agreeing = _share(
        "7/10",
        exceptions=(_exception("poor commune", "poor_commune", 1), _exception("poor district", "poor_district", 1)),
    )
    (e,) = _policy(agreeing).entitlements(_situation(place=gn.Place(poor_commune=True, poor_district=True)))
    assert Fraction(1) == e.share


# --- windows and recognised statuses ----------------------------------------------------------------------------


def test_no_entitlement_outside_the_policys_window_and_none_for_other_statuses():
    policy = _policy(_share(1))
    assert () == policy.entitlements(_situation(on=dt.date(2021, 12, 31)))
    assert () == policy.entitlements(_situation(on=dt.date(2026, 1, 1)))
    assert 1 == len(policy.entitlements(_situation(on=dt.date(2025, 12, 31))))
    assert () == policy.entitlements(_situation(status=MIDDLE))


def test_months_after_leaving_poverty_end_exactly():
    """A grant "for 36 months from leaving": from the day it left to the day before the same date 36 months on."""
    grant = gn.Grant(
        id="escaped",
        label=gn.Text("mới thoát nghèo", "just out of poverty"),
        applies=lambda _s: True,
        kind=gn.EntitlementKind.SHARE,
        citation=CITE,
        share=gn.Cited(Fraction(1), CITE),
        months_after=gn.Cited(36, CITE),
        left=(POOR,),
    )
    policy = _policy(grant, start=dt.date(2020, 1, 1), end=dt.date(2031, 1, 1))
    history = gn.StatusHistory(
        (
            gn.RecognisedStatus(POOR, since=dt.date(2020, 1, 1), until=dt.date(2023, 3, 15)),
            gn.RecognisedStatus(MIDDLE, since=dt.date(2023, 3, 15)),
        )
    )

    def on(day):
        return policy.entitlements(gn.Situation(day, history))

    assert () == on(dt.date(2023, 3, 14))  # still poor
    (first,) = on(dt.date(2023, 3, 15))  # the day it left
    assert (dt.date(2023, 3, 15), dt.date(2026, 3, 15)) == (first.period.start, first.period.end)
    assert 1 == len(on(dt.date(2026, 3, 14)))  # the last day of the 36 months
    assert () == on(dt.date(2026, 3, 15))


def test_a_history_must_not_overlap():
    with pytest.raises(gn.InvalidInput, match="overlap"):
        gn.StatusHistory(
            (
                gn.RecognisedStatus(POOR, since=dt.date(2020, 1, 1), until=dt.date(2022, 1, 1)),
                gn.RecognisedStatus(NEAR, since=dt.date(2021, 1, 1)),
            )
        )
    with pytest.raises(gn.InvalidInput, match="after since"):
        gn.RecognisedStatus(POOR, since=dt.date(2020, 1, 1), until=dt.date(2020, 1, 1))
    with pytest.raises(gn.InvalidInput, match="recognised status"):
        gn.RecognisedStatus(gn.Status.UNDETERMINED, since=dt.date(2020, 1, 1))


# --- subjects of gn.entitlements ----------------------------------------------------------------------------------


def test_an_assessment_or_a_household_stands_for_a_recognised_status():
    hh = gn.Household(
        area="rural", income_per_capita_monthly_vnd=1_000_000, deprived={"water", "telecom", "sanitation"}
    )
    on = dt.date(2024, 6, 1)
    from_household = gn.entitlements(hh, on=on)
    from_assessment = gn.entitlements(gn.assess(hh, on=on), on=on)
    from_status = gn.entitlements(gn.RecognisedStatus(POOR, since=on), on=on)
    assert [e.grant for e in from_household] == [e.grant for e in from_assessment] == [e.grant for e in from_status]
    assert "poor" in [e.grant for e in from_household]


def test_an_undetermined_assessment_is_refused_with_what_is_needed():
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, members=[gn.Member()], id="U")
    with pytest.raises(gn.InvalidInput) as caught:
        gn.entitlements(hh, on=dt.date(2024, 6, 1))
    assert ("status", "U") == (caught.value.field, caught.value.household)
    assert "members[0]" in str(caught.value)


def test_entitled_lists_the_entitled_subjects_in_order_and_keeps_errors():
    on = dt.date(2024, 6, 1)
    subjects = [
        gn.RecognisedStatus(NEAR, since=dt.date(2024, 1, 1)),
        gn.RecognisedStatus(MIDDLE, since=dt.date(2024, 1, 1)),
        gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, members=[gn.Member()]),
        gn.RecognisedStatus(POOR, since=dt.date(2024, 1, 1)),
    ]
    found, errors = gn.entitled(subjects, "health-insurance-146-2018", on=on)
    assert [(f.index, f.entitlement.grant) for f in found] == [(0, "near_poor"), (3, "poor")]
    assert [i for i, _ in errors] == [2]
    with pytest.raises(gn.NoRuleInForce):
        gn.entitled(subjects, "health-insurance-146-2018", on=dt.date(2025, 8, 15))
    with pytest.raises(gn.InvalidInput, match="no policy"):
        gn.entitled(subjects, "no-such-policy", on=on)


# --- health insurance (NĐ 146/2018, NĐ 188/2025) -----------------------------------------------------------------

# (status, date, place, expected share, at_least, citation) — each row's source in its comment.
# fmt: off
HI = [
    (POOR, dt.date(2018, 12, 1), gn.Place(), Fraction(1), False, "146/2018/NĐ-CP"),  # NĐ 146/2018 Art. 3(9)(a), first day
    (NEAR, dt.date(2018, 12, 1), gn.Place(poor_district=False), Fraction(7, 10), True, "146/2018/NĐ-CP"),  # Art. 8: at least 70 %
    (NEAR, dt.date(2025, 8, 14), gn.Place(poor_district=True), Fraction(1), False, "146/2018/NĐ-CP"),  # Art. 8: poor district, last day
    (NEAR, dt.date(2025, 8, 15), gn.Place(poor_district=True, poor_commune=False), Fraction(7, 10), True, "188/2025/NĐ-CP"),  # NĐ 188/2025 first day: the district no longer counts
    (NEAR, dt.date(2025, 8, 15), gn.Place(poor_commune=True), Fraction(1), False, "188/2025/NĐ-CP"),  # NĐ 188/2025: poor commune
    (POOR, dt.date(2026, 1, 1), gn.Place(), Fraction(1), False, "188/2025/NĐ-CP"),  # NĐ 188/2025 (poor: unconfirmed)
]
# fmt: on


@pytest.mark.parametrize(("status", "on", "place", "share", "at_least", "instrument"), HI)
def test_health_insurance(status, on, place, share, at_least, instrument):  # noqa: PLR0917 - a table row
    found = [
        e
        for e in gn.entitlements(gn.RecognisedStatus(status, since=on), on=on, place=place)
        if e.policy.id.startswith("health-insurance")
    ]
    assert 1 == len(found)
    (e,) = found
    assert (share, at_least, instrument) == (e.share, e.at_least, e.citation.instrument.number)


def test_health_insurance_before_2018_12_01_is_under_decree_105_2014():
    """NĐ 105/2014/NĐ-CP applies from 2015-01-01 to 2018-11-30; before 2015 nothing is encoded."""
    found = [
        e.policy.id
        for e in gn.entitlements(gn.RecognisedStatus(POOR, since=dt.date(2018, 1, 1)), on=dt.date(2018, 11, 30))
        if e.policy.id.startswith("health-insurance")
    ]
    assert ["health-insurance-105-2014"] == found
    assert [] == [
        e
        for e in gn.entitlements(gn.RecognisedStatus(POOR, since=dt.date(2014, 1, 1)), on=dt.date(2014, 12, 31))
        if e.policy.id.startswith("health-insurance")
    ]


# --- a merged province's policies continue in its former territory -------------------------------------------------


def _binh_duong_example() -> gn.Policy:
    """A fictional Bình Dương support (verification `user`), in force until 2026-06-30."""
    cite = (
        gn.jurisdiction("74")
        .instruments[0]
        .cite(verification=gn.Verification.USER, evidence=("https://example.org/fictional",), note="EXAMPLE, not law.")
    )
    return gn.Policy(
        id="74-example-health-insurance-top-up",
        name=gn.Text("VÍ DỤ", "EXAMPLE"),
        jurisdiction="74",
        window=gn.Window(dt.date(2024, 1, 1), dt.date(2026, 7, 1)),
        basis=cite,
        grants=(
            gn.Grant(
                id="near_poor",
                label=gn.Text("hộ cận nghèo", "near-poor household"),
                applies=status_is(NEAR),
                kind=gn.EntitlementKind.SHARE,
                citation=cite,
                share=gn.Cited(Fraction(3, 10), cite),
            ),
        ),
    )


def test_a_merged_provinces_policy_continues_in_its_former_territory():
    """From 2025-07-01 Bình Dương is part of Hồ Chí Minh City; its policies are maintained where they applied."""
    example = _binh_duong_example()
    near = gn.RecognisedStatus(NEAR, since=dt.date(2024, 1, 1))

    def ids(on, jurisdiction, place=None):
        found = gn.entitlements(near, on=on, jurisdiction=jurisdiction, place=place, policies=[example])
        return [e.policy.id for e in found if e.policy.id == example.id]

    assert [example.id] == ids(dt.date(2025, 6, 30), "74")  # before the merger, in Bình Dương
    former = gn.Place(former_jurisdiction="74")
    assert [example.id] == ids(dt.date(2025, 7, 1), "79", former)  # after it, in the former territory
    assert [] == ids(dt.date(2025, 7, 1), "79")  # elsewhere in the city
    assert [] == ids(dt.date(2026, 7, 1), "79", former)  # the example's own window has ended
    with pytest.raises(gn.InvalidInput, match="not a province merged into '79' before 2025-06-30"):
        ids(dt.date(2025, 6, 30), "79", former)
