"""Untrusted scalars (issue 15): a value of the wrong type is refused with `gn.InvalidInput` naming its field.

Never a raw TypeError or AttributeError, and never silently accepted: `Place(poor_commune="false")` used to count
as a poor commune (health insurance 100 % instead of at least 70 %).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo import batch, review
from giamngheo._policy import place_is, status_is

ON = dt.date(2024, 6, 1)
#: From this date the near-poor premium share has a poor-commune exception (Nghị định 188/2025/NĐ-CP).
ON_188 = dt.date(2025, 9, 1)
CITE = gn.instrument("07/2021/NĐ-CP").cite(verification=gn.Verification.USER, evidence=("https://example.org/t",))


def _household(**kwargs):
    kwargs.setdefault("area", "rural")
    kwargs.setdefault("income_per_capita_monthly_vnd", 1_000_000)
    kwargs.setdefault("id", "HH-15")
    return gn.Household(**kwargs)


def _record(**kwargs):
    kwargs.setdefault("household_id", "HH-15")
    kwargs.setdefault("status", "poor")
    kwargs.setdefault("persons", 3)
    return review.Record(**kwargs)


def _score(**kwargs):
    kwargs.setdefault("on", dt.date(2023, 6, 1))
    if "deprived" not in kwargs:
        kwargs.setdefault("deprivation_score", 10)
    return review.score("rural", 100, **kwargs)


def _grant(**kwargs):
    return gn.Grant(
        id="g",
        label=gn.Text("thử", "test"),
        applies=status_is(gn.Status.NEAR_POOR),
        kind=gn.EntitlementKind.SHARE,
        citation=CITE,
        share=gn.Cited(Fraction(7, 10), CITE),
        **kwargs,
    )


def _exception(**kwargs):
    return gn.ExceptionRule(
        label=gn.Text("xã nghèo", "poor commune"), applies=place_is("poor_commune"), citation=CITE, **kwargs
    )


# --- the golden table: (call, field named by the error) -----------------------------------------------------------

REFUSED = [
    # 1. deprived is indicator ids
    pytest.param(lambda: _household(deprived=5), "deprived", id="household-deprived-int"),
    pytest.param(lambda: _household(deprived=True), "deprived", id="household-deprived-bool"),
    pytest.param(lambda: _household(deprived=[[1]]), "deprived", id="household-deprived-unhashable"),
    pytest.param(lambda: _household(deprived={"water": 1}), "deprived", id="household-deprived-mapping"),
    pytest.param(lambda: _household(deprived=b"water"), "deprived", id="household-deprived-bytes"),
    pytest.param(lambda: _household(deprived=["water", " "]), "deprived", id="household-deprived-blank-id"),
    pytest.param(lambda: _household(deprived=Decimal("NaN")), "deprived", id="household-deprived-nan"),
    # 2. devices is a set of devices
    pytest.param(lambda: gn.Dwelling(devices=[[1]]), "dwelling.devices", id="devices-unhashable"),
    pytest.param(lambda: gn.Dwelling(devices={"phone": 1}), "dwelling.devices", id="devices-mapping"),
    pytest.param(lambda: gn.Dwelling(devices=b"phone"), "dwelling.devices", id="devices-bytes"),
    pytest.param(lambda: gn.Dwelling(devices=1j), "dwelling.devices", id="devices-complex"),
    pytest.param(lambda: gn.Dwelling(floor_area_m2=Decimal("NaN")), "dwelling.floor_area_m2", id="area-nan"),
    pytest.param(lambda: gn.Dwelling(floor_area_m2=True), "dwelling.floor_area_m2", id="area-bool"),
    pytest.param(lambda: gn.Member(sex=[1]), "sex", id="member-sex-list"),
    pytest.param(lambda: gn.Member(uses_phone="false"), "uses_phone", id="member-bool-as-text"),
    # 3. review: deprived of score and Record
    pytest.param(lambda: _score(deprived=-1), "deprived", id="score-deprived-negative"),
    pytest.param(lambda: _score(deprived=[[1]]), "deprived", id="score-deprived-unhashable"),
    pytest.param(lambda: _score(deprived=[3]), "deprived", id="score-deprived-not-text"),
    pytest.param(lambda: _score(rule="tt-07-2021"), "rule", id="score-rule-text"),
    pytest.param(lambda: _score(household=5), "household", id="score-household-int"),
    pytest.param(lambda: review.needs_review(3, on=ON, household=5), "household", id="needs-review-household"),
    pytest.param(lambda: review.meeting(3, 5, on=ON, household=b"H"), "household", id="meeting-household"),
    pytest.param(lambda: _record(deprived=False), "deprived", id="record-deprived-bool"),
    pytest.param(lambda: _record(deprived=-1), "deprived", id="record-deprived-int"),
    pytest.param(lambda: _record(deprived=[[1]]), "deprived", id="record-deprived-unhashable"),
    pytest.param(lambda: _record(groups=5), "groups", id="record-groups-int"),
    pytest.param(lambda: _record(groups=[[1]]), "groups", id="record-groups-unhashable"),
    # 4. every fact of a place, and every flag of a grant, is a real bool
    pytest.param(lambda: gn.Place(poor_commune="false"), "place.poor_commune", id="poor-commune-text"),
    pytest.param(lambda: gn.Place(poor_commune=1), "place.poor_commune", id="poor-commune-int"),
    pytest.param(lambda: gn.Place(poor_commune=Decimal("NaN")), "place.poor_commune", id="poor-commune-nan"),
    pytest.param(lambda: gn.Place(poor_district="no"), "place.poor_district", id="poor-district-text"),
    pytest.param(lambda: gn.Place(poor_district=0), "place.poor_district", id="poor-district-int"),
    pytest.param(lambda: gn.Place(former_jurisdiction=74), "place.former_jurisdiction", id="former-province-int"),
    pytest.param(lambda: _grant(at_least="true"), "at_least", id="grant-at-least-text"),
    pytest.param(lambda: _grant(up_to=None), "up_to", id="grant-up-to-none"),
    pytest.param(lambda: _exception(at_least=1), "at_least", id="exception-at-least-int"),
    pytest.param(lambda: gn.StatusHistory(5), "periods", id="history-not-a-list"),
    pytest.param(lambda: gn.StatusHistory(("poor",)), "periods[0]", id="history-of-text"),
    pytest.param(
        lambda: gn.RecognisedStatus(gn.Status.POOR, ON, jurisdiction=79), "jurisdiction", id="status-province-int"
    ),
    pytest.param(lambda: gn.Situation(ON, gn.StatusHistory(()), {"poor_commune": True}), "place", id="situation-place"),
    # 5. entitlements: place, policies, household
    pytest.param(lambda: gn.entitlements(_household(), on=ON, place=1j), "place", id="entitlements-place-complex"),
    pytest.param(lambda: gn.entitlements(_household(), on=ON, place="poor"), "place", id="entitlements-place-text"),
    pytest.param(lambda: gn.entitlements(_household(), on=ON, policies=5), "policies", id="entitlements-policies-int"),
    pytest.param(
        lambda: gn.entitlements(_household(), on=ON, policies=["x"]), "policies[0]", id="entitlements-policy-text"
    ),
    pytest.param(lambda: gn.entitlements(_household(), on=ON, household=1), "household", id="entitlements-household"),
    pytest.param(
        lambda: gn.entitled([_household()], "health-insurance-146-2018", on=ON, place=1j), "place", id="entitled-place"
    ),
    pytest.param(
        lambda: gn.entitled([_household()], "health-insurance-146-2018", on="2024-06-01"), "on", id="entitled-on"
    ),
    pytest.param(lambda: gn.entitled(5, "health-insurance-146-2018", on=ON), "subjects", id="entitled-subjects"),
]


@pytest.mark.parametrize(("call", "field"), REFUSED)
def test_a_value_of_the_wrong_type_is_refused_naming_its_field(call, field):
    with pytest.raises(gn.InvalidInput) as caught:
        call()
    assert type(caught.value) is gn.InvalidInput
    assert field == caught.value.field


def test_the_messages_say_what_was_expected_and_what_was_got():
    with pytest.raises(gn.InvalidInput) as caught:
        _household(deprived=5)
    assert "household 'HH-15': deprived: indicator ids are strings" in str(caught.value)
    assert str(caught.value).endswith("got 5")
    with pytest.raises(gn.InvalidInput) as caught:
        gn.Place(poor_commune="false")
    assert "place.poor_commune: must be true or false (or leave it unknown), got 'false'" == str(caught.value)
    with pytest.raises(gn.InvalidInput) as caught:
        gn.entitlements(_household(), on=ON, place=1j)
    assert "place: must be a giamngheo.Place (or None), got 1j" == str(caught.value)


# --- one step inside: still accepted, with the same result --------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "attribute", "expected"),
    [
        pytest.param(
            lambda: _household(deprived="water; housing_area"), "deprived", {"water", "housing_area"}, id="ids-text"
        ),
        pytest.param(
            lambda: _household(deprived=["water", " housing_area"]),
            "deprived",
            {"water", "housing_area"},
            id="ids-list",
        ),
        pytest.param(lambda: _household(deprived=(i for i in ["water"])), "deprived", {"water"}, id="ids-iterator"),
        pytest.param(lambda: _household(deprived=None), "deprived", set(), id="ids-none"),
        pytest.param(lambda: gn.Dwelling(devices=["phone"]), "devices", {gn.Device.PHONE}, id="devices-list"),
        pytest.param(lambda: gn.Dwelling(devices=frozenset()), "devices", set(), id="devices-none-owned"),
        pytest.param(lambda: gn.Place(poor_commune=True), "poor_commune", True, id="poor-commune-true"),
        pytest.param(lambda: gn.Place(poor_district=False), "poor_district", False, id="poor-district-false"),
        pytest.param(lambda: gn.Place(poor_commune=None), "poor_commune", None, id="poor-commune-unknown"),
        pytest.param(lambda: gn.Place(former_jurisdiction="74"), "former_jurisdiction", "74", id="former-province"),
        pytest.param(lambda: _grant(at_least=True), "at_least", True, id="grant-at-least"),
        pytest.param(
            lambda: gn.StatusHistory(gn.RecognisedStatus(gn.Status.POOR, ON)), "household_id", None, id="history-of-one"
        ),
    ],
)
def test_a_value_of_the_right_type_is_still_accepted(call, attribute, expected):
    assert expected == getattr(call(), attribute)


def test_review_score_reads_deprived_as_before():
    listed = _score(deprived=["water", "health_insurance"])
    as_text = _score(deprived="water;health_insurance")
    assert frozenset({"water", "health_insurance"}) == listed.deprived == as_text.deprived
    assert listed.status is as_text.status


def _near_poor_share(place):
    (health,) = (e for e in gn.entitlements(_household(), on=ON_188, place=place) if e.policy.id.startswith("health"))
    return health.share, health.at_least, health.undetermined


def test_a_poor_commune_still_gives_the_exception_and_false_the_base_share():
    grant = next(g for g in gn.policy("health-insurance-188-2025").grants if g.id == "near_poor")
    (exception,) = grant.exceptions
    assert (exception.share.value, exception.at_least, None) == _near_poor_share(gn.Place(poor_commune=True))
    assert (grant.share.value, grant.at_least, None) == _near_poor_share(gn.Place(poor_commune=False))
    assert (grant.share.value, grant.at_least, "place.poor_commune") == _near_poor_share(gn.Place())
    with pytest.raises(gn.InvalidInput):
        _near_poor_share(gn.Place(poor_commune="false"))


def test_a_number_too_long_to_write_out_is_named_by_its_size() -> None:
    # an int of more than 4,300 digits cannot be formatted: the message says so instead of raising again
    huge = 10**5000
    for make in (lambda: gn.Member(id=huge), lambda: gn.Place(poor_commune=huge)):
        with pytest.raises(gn.InvalidInput, match="a number of more than 4,300 digits"):
            make()
    household = gn.Household(id="H", area="rural", income_per_capita_monthly_vnd=1)
    with pytest.raises(gn.InvalidInput, match="a number of more than 4,300 digits"):
        gn.assess(household, on=huge)  # type: ignore[arg-type]


@pytest.mark.parametrize(("birth", "on", "field"), [([], dt.date(2024, 1, 1), "birth_date"), (dt.date(2000, 1, 1), None, "on")])
def test_age_on_wants_dates(birth: object, on: object, field: str) -> None:
    with pytest.raises(gn.InvalidInput) as error:
        gn.age_on(birth, on)  # type: ignore[arg-type]
    assert error.value.field == field


@pytest.mark.parametrize(
    "cell", [2**63, Decimal("Infinity"), Decimal("NaN"), 0j, 10**5000], ids=["2**63", "inf", "nan", "0j", "10**5000"]
)
def test_a_python_cell_arrow_cannot_hold_is_a_bad_row(cell: object) -> None:
    rows = [{"household_id": "H", "area": "rural", "income_per_capita_monthly_vnd": cell}]
    (error,) = batch.Columns.from_rows(rows, None).errors
    assert isinstance(error, gn.InvalidInput)
    assert error.field == "income_per_capita_monthly_vnd"
