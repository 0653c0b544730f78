"""Members and dwellings as input: validation with clear errors, exact areas, JSON round trips."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction

import pytest

import giamngheo as gn

ON = dt.date(2023, 6, 1)


def household(**kwargs):
    kwargs.setdefault("area", "rural")
    kwargs.setdefault("income_per_capita_monthly_vnd", 1_000_000)
    kwargs.setdefault("id", "HH-9")
    return gn.Household(**kwargs)


# --- bad input names the field (and the household) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field", "fragment"),
    [
        pytest.param(lambda: gn.Member(employment="jobless"), "employment", "'unemployed'", id="unknown-employment"),
        pytest.param(lambda: gn.Member(education="phd"), "education", "'postgraduate'", id="unknown-education"),
        pytest.param(lambda: gn.Member(sex="m"), "sex", "'male'", id="unknown-sex"),
        pytest.param(
            lambda: gn.Member(has_health_insurance="yes"),
            "has_health_insurance",
            "must be true or false (or leave it unknown)",
            id="bool-as-text",
        ),
        pytest.param(
            lambda: gn.Member(attending_school=1), "attending_school", "must be true or false (or leave it unknown)", id="bool-as-int"
        ),
        pytest.param(lambda: gn.Member(birth_date="2000-01-01"), "birth_date", "a datetime.date", id="date-as-text"),
        pytest.param(
            lambda: gn.Member(birth_date=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)),
            "birth_date",
            "datetime.date",
            id="datetime",
        ),
        pytest.param(lambda: gn.Member(id=7), "id", "string", id="id-not-text"),
        pytest.param(lambda: gn.Dwelling(floor_area_m2=35.5), "dwelling.floor_area_m2", "exact", id="float-area"),
        pytest.param(lambda: gn.Dwelling(floor_area_m2=-1), "dwelling.floor_area_m2", "negative", id="negative-area"),
        pytest.param(lambda: gn.Dwelling(floor_area_m2="big"), "dwelling.floor_area_m2", "exact", id="text-area"),
        pytest.param(
            lambda: gn.Dwelling(water_source="river"), "dwelling.water_source", "'surface_water'", id="unknown-water"
        ),
        pytest.param(lambda: gn.Dwelling(devices="tv"), "dwelling.devices", "'television'", id="unknown-device"),
        pytest.param(
            lambda: gn.Dwelling(hears_loudspeaker="no"), "dwelling.hears_loudspeaker", "must be true or false", id="bool-flag"
        ),
    ],
)
def test_bad_facts_name_the_field(make, field, fragment):
    with pytest.raises(gn.InvalidInput) as caught:
        make()
    assert field == caught.value.field
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "field", "fragment"),
    [
        pytest.param({"members": []}, "members", "at least one member", id="no-members"),
        pytest.param({"members": ["Nguyễn Văn A"]}, "members[0]", "giamngheo.Member", id="a-name-not-a-member"),
        pytest.param({"members": [gn.Member()], "size": 3}, "size", "1 members are listed", id="size-disagrees"),
        pytest.param({"dwelling": {"floor_area_m2": 30}}, "dwelling", "giamngheo.Dwelling", id="dwelling-as-dict"),
        pytest.param(
            {"members": [gn.Member()], "deprived": {"water"}}, "deprived", "not both", id="stated-and-computed"
        ),
    ],
)
def test_bad_households_name_the_field_and_the_household(kwargs, field, fragment):
    with pytest.raises(gn.InvalidInput) as caught:
        household(**kwargs)
    assert (field, "HH-9") == (caught.value.field, caught.value.household)
    assert fragment in str(caught.value)


def test_a_member_born_after_the_assessment_date_is_bad_input():
    hh = household(members=[gn.Member(birth_date=dt.date(1990, 1, 1)), gn.Member(birth_date=dt.date(2023, 6, 2))])
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(hh, on=ON)
    assert ("members[1].birth_date", "HH-9") == (caught.value.field, caught.value.household)
    assert "2023-06-02 is after the assessment date 2023-06-01" in str(caught.value)


def test_a_member_born_on_the_assessment_date_is_aged_zero():
    hh = household(members=[gn.Member(birth_date=ON, has_health_insurance=False)])
    assert gn.Outcome.NOT_DEPRIVED == gn.assess(hh, on=ON).finding("health_insurance").outcome


# --- accepted forms ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "area",
    [35, "35", "35.5", "35,5", Decimal("35.5"), Fraction(71, 2)],
    ids=["int", "str", "dot", "comma", "dec", "frac"],
)
def test_floor_areas_are_exact(area):
    dwelling = gn.Dwelling(floor_area_m2=area)
    assert isinstance(dwelling.floor_area_m2, Fraction)
    assert dwelling.floor_area_m2 in {Fraction(35), Fraction(71, 2)}


def test_enum_fields_accept_their_values():
    m = gn.Member(employment="unemployed", education="upper_secondary", nutrition="stunted", sex="female")
    assert (gn.Employment.UNEMPLOYED, gn.Education.UPPER_SECONDARY, gn.Nutrition.STUNTED, gn.Sex.FEMALE) == (
        m.employment,
        m.education,
        m.nutrition,
        m.sex,
    )
    d = gn.Dwelling(devices="phone; television", wall="non_durable", latrine="septic", water_source="piped")
    assert frozenset({gn.Device.PHONE, gn.Device.TELEVISION}) == d.devices
    assert gn.Material.NON_DURABLE == d.wall


def test_members_give_the_size():
    hh = household(members=[gn.Member(), gn.Member()], income_yearly_vnd=24_000_000, income_per_capita_monthly_vnd=None)
    assert 2 == hh.size
    assert 1_000_000 == hh.income_per_capita


def test_labels_exist_in_both_languages_for_every_enumeration_value():
    for kind in (gn.Education, gn.Employment, gn.Nutrition, gn.Sex, gn.Material, gn.WaterSource, gn.Latrine, gn.Device):
        for value in kind:
            assert value.label("vi")
            assert value.label("en")


# --- JSON -----------------------------------------------------------------------------------------------------------


def _complete_household() -> gn.Household:
    members = [
        gn.Member(
            id="M-1",
            birth_date=dt.date(1980, 2, 29),
            sex="male",
            has_health_insurance=False,
            employment="unemployed",
            education="primary",
            attending_school=False,
            disability=False,
            uses_internet=False,
        ),
        gn.Member(
            birth_date=dt.date(2015, 3, 1), has_health_insurance=True, attending_school=True, nutrition="stunted"
        ),
    ]
    dwelling = gn.Dwelling(
        floor_area_m2="15.5", wall="non_durable", column="durable", roof="non_durable", devices=frozenset()
    )
    return household(members=members, dwelling=dwelling, income_per_capita_monthly_vnd=1_400_000)


def test_assessment_with_members_and_dwelling_round_trips():
    a = gn.assess(_complete_household(), on=ON)
    again = gn.assessment_from_json(gn.assessment_to_json(a))
    assert a == again
    assert a.findings == again.findings
    assert a.explain("vi") == again.explain("vi")


def test_json_summary_lists_findings_and_what_is_still_needed():
    a = gn.assess(_complete_household(), on=ON)
    summary = json.loads(gn.assessment_to_json(a))["summary"]
    assert 3 == json.loads(gn.assessment_to_json(a))["version"]
    assert sorted(a.deprived) == summary["deprived"]
    assert sorted(a.undetermined) == summary["undetermined"]
    by_id = {f["indicator"]: f for f in summary["findings"]}
    assert {"indicator", "outcome", "members", "missing", "reason"} == set(by_id["health_insurance"])
    assert [0] == by_id["health_insurance"]["members"]
    assert "deprived" == by_id["health_insurance"]["outcome"]
    assert "undetermined" == by_id["water"]["outcome"]
    assert ["dwelling.water_source"] == by_id["water"]["missing"]
    assert "unconfirmed" == summary["verification"]


def test_thresholds_round_trip_with_their_types():
    standard = gn.standard_in_force(on=ON)
    a = gn.assess(_complete_household(), on=ON)
    document = json.loads(gn.assessment_to_json(a, embed_standard=True))
    indicators = {i["id"]: i for i in document["assessment"]["standard"]["indicators"]}
    water = {t["key"]: t for t in indicators["water"]["thresholds"]}["clean_sources"]
    assert "set:WaterSource" == water["type"]
    assert "working_age_member_without_secure_job" == indicators["employment"]["rule"]
    assert standard == gn.assessment_from_json(json.dumps(document)).standard


def test_a_version_1_document_is_still_read():
    a = gn.assess(household(deprived={"water"}), on=ON)
    document = json.loads(gn.assessment_to_json(a, embed_standard=True))
    document["version"] = 1
    for indicator in document["assessment"]["standard"]["indicators"]:  # version 1 had none of these
        del indicator["definition"], indicator["thresholds"], indicator["rule"]
    for key in ("members", "dwelling"):
        del document["assessment"]["household"][key]
    for key in ("undetermined", "possible"):
        del document["assessment"][key]
    old = gn.assessment_from_json(json.dumps(document))
    assert (a.status, a.deprived, a.possible) == (old.status, old.deprived, old.possible)


def test_an_unknown_rule_name_is_refused():
    a = gn.assess(household(deprived={"water"}), on=ON)
    document = json.loads(gn.assessment_to_json(a, embed_standard=True))
    document["assessment"]["standard"]["indicators"][0]["rule"] = "no_such_rule"
    with pytest.raises(gn.InvalidInput, match="assessment"):
        gn.assessment_from_json(json.dumps(document))


def test_devices_given_as_a_frozenset_of_strings_are_converted():
    # found by the sample-register tests: a frozenset of strings used to be kept as it was
    assert frozenset({gn.Device.PHONE, gn.Device.TELEVISION}) == gn.Dwelling(devices=frozenset({"phone", "television"})).devices


def test_unknown_device_in_a_frozenset_is_refused():
    with pytest.raises(gn.InvalidInput, match=r"dwelling\.devices"):
        gn.Dwelling(devices=frozenset({"fax"}))
