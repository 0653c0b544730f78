"""The assessment: its guards, its findings for stated deprivations, its best case when facts are missing, both standards at once.

Rows from mutation survivors (``scripts/mutation.py _assessment.py``): each states the rule it pins.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import giamngheo as gn

ON = dt.date(2024, 6, 1)
MEMBERS = (
    gn.Member(birth_date=dt.date(1980, 1, 31), sex="female", education="lower_secondary", employment="wage_with_contract",
              nutrition="normal", has_health_insurance=True, attending_school=False, on_the_job_training=False,
              disability=False, uses_internet=True, uses_phone=True, social_allowance=False, sick_untreated=False),
    gn.Member(birth_date=dt.date(1978, 5, 2), sex="male", education="primary", employment="self_employed",
              nutrition="normal", has_health_insurance=False, attending_school=False, on_the_job_training=False,
              disability=False, uses_internet=False, uses_phone=True, social_allowance=False, sick_untreated=False),
    gn.Member(birth_date=dt.date(2012, 9, 10), sex="female", education="primary", employment="not_in_labour_force",
              nutrition="normal", has_health_insurance=True, attending_school=True, on_the_job_training=False,
              disability=False, uses_internet=False, uses_phone=False, social_allowance=False, sick_untreated=False),
    gn.Member(birth_date=dt.date(2020, 3, 1), sex="male", education="none", employment="not_in_labour_force",
              nutrition="stunted", has_health_insurance=True, attending_school=True, on_the_job_training=False,
              disability=False, uses_internet=False, uses_phone=False, social_allowance=False, sick_untreated=False),
)  # fmt: skip
#: Every fact known but the floor area and the latrine: deprived in health insurance and nutrition (NĐ 07/2021).
DWELLING = gn.Dwelling(wall="durable", column="durable", roof="durable", water_source="piped", devices=("phone",),
                       hears_loudspeaker=True, waste_collected=True)  # fmt: skip
TWO_AND_TWO = gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000, members=MEMBERS, dwelling=DWELLING)
STATED = gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000, deprived=("water",))


def test_two_deprivations_and_two_undetermined_may_be_poor_or_near_poor() -> None:
    """NĐ 07/2021 Art. 3(2)(a)-(b): at or under the line, 3 deprivations make a household poor; 2 known and 2
    undecided may make 2 or 4."""
    result = gn.assess(TWO_AND_TWO, on=ON)
    assert (frozenset({"health_insurance", "nutrition"}), frozenset({"housing_area", "sanitation"})) == (
        result.deprived, result.undetermined
    )  # fmt: skip
    assert gn.Status.UNDETERMINED is result.status
    assert frozenset({gn.Status.POOR, gn.Status.NEAR_POOR}) == result.possible
    known = attrs.evolve(TWO_AND_TWO, dwelling=attrs.evolve(DWELLING, floor_area_m2=40, latrine="septic"))
    assert gn.Status.NEAR_POOR is gn.assess(known, on=ON).status


def test_a_stated_deprivation_is_a_finding_said_to_be_stated() -> None:
    result = gn.assess(STATED, on=ON)
    assert "Stated as deprived." == result.finding("water").reason.en
    assert "Not stated as deprived." == result.finding("telecom").reason.en
    assert (gn.Outcome.DEPRIVED, gn.Outcome.NOT_DEPRIVED) == (
        result.finding("water").outcome, result.finding("telecom").outcome
    )  # fmt: skip


def test_the_member_born_after_the_assessment_day_is_named_not_one_born_on_it() -> None:
    """A member born on the assessment day is a member; one born the day after is refused, by its place."""
    born_today, born_tomorrow = gn.Member(birth_date=ON), gn.Member(birth_date=ON + dt.timedelta(days=1))
    household = gn.Household(area="rural", income_per_capita_monthly_vnd=1, members=(born_today, born_tomorrow))
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(household, on=ON)
    assert "members[1].birth_date" == caught.value.field
    alone = gn.Household(area="rural", income_per_capita_monthly_vnd=1, members=(born_today,))
    assert gn.assess(alone, on=ON).status is gn.Status.UNDETERMINED


def test_what_is_not_a_household_or_a_standard_is_refused_by_name() -> None:
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess("H1", on=ON)  # type: ignore[arg-type]
    assert "household" == caught.value.field
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(STATED, on=ON, standard="vn-2022-2025")  # type: ignore[arg-type]
    assert "standard" == caught.value.field


def test_an_assessment_is_equal_to_another_of_the_same_whatever_was_computed_of_it() -> None:
    first, second = gn.assess(TWO_AND_TWO, on=ON), gn.assess(TWO_AND_TWO, on=ON)
    first.explain("en")
    assert first == second
    assert "_derived" not in repr(first)


def test_a_hand_built_assessment_with_sets_of_the_wrong_type_is_refused() -> None:
    result = gn.assess(STATED, on=ON)
    for field in ("deprived", "undetermined", "possible"):
        with pytest.raises(gn.InvalidInput) as caught:
            attrs.evolve(result, **{field: ["water"]})
        assert field == caught.value.field


def test_both_standards_name_the_gap_of_the_province_in_each_language() -> None:
    both = gn.assess_all(STATED, on=ON, jurisdiction="74")
    assert both.provincial is None
    assert "Provincial standard: no poverty standard of Bình Dương (74) is in force on 2024-06-01" in both.explain("en")
    assert "Chuẩn của địa phương: no poverty standard of Bình Dương (74)" in both.explain("vi")
    with pytest.raises(TypeError):
        gn.assess_all(STATED, ON)  # type: ignore[misc]


AFTER_MERGER = dt.date(2026, 1, 1)
HIEP_THANH = "25741"  # Phường Hiệp Thành, of the former Bình Dương (74), in Hồ Chí Minh City (79) from 2025-07-01
TAN_DINH = "26734"  # Phường Tân Định, Hồ Chí Minh City (79)


def test_nothing_deprived_and_three_undetermined_may_be_poor_or_near_poor() -> None:
    """NĐ 07/2021 Art. 3(2)(a)-(b): 0 deprivations known and 3 undecided may be 0 or 3."""
    members = tuple(attrs.evolve(m, has_health_insurance=True, nutrition="normal") for m in MEMBERS)
    household = attrs.evolve(TWO_AND_TWO, members=members, dwelling=attrs.evolve(DWELLING, water_source=None))
    result = gn.assess(household, on=ON)
    assert (frozenset(), frozenset({"housing_area", "sanitation", "water"})) == (result.deprived, result.undetermined)
    assert frozenset({gn.Status.POOR, gn.Status.NEAR_POOR}) == result.possible


def test_a_province_giamngheo_does_not_encode_is_a_gap_naming_those_it_does() -> None:
    both = gn.assess_all(STATED, on=ON, jurisdiction="01")
    assert (None, "01") == (both.provincial, both.jurisdiction)
    assert "giamngheo encodes no poverty standard of province 01 (only of 74, 79)" == both.provincial_gap


def test_the_nation_is_not_a_province_of_assess_all() -> None:
    with pytest.raises(gn.InvalidInput, match="give a province's code"):
        gn.assess_all(STATED, on=ON, jurisdiction="VN")


def test_the_commune_and_the_jurisdiction_must_agree() -> None:
    """From 2025-07-01 a commune of the former Bình Dương keeps Bình Dương's own resolutions (Nghị quyết 202/2025/QH15)."""
    former = gn.Household(income_per_capita_monthly_vnd=1_400_000, commune=HIEP_THANH)
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess_all(former, on=AFTER_MERGER, jurisdiction="79")
    assert "'79' but the household's commune 25741 is in '74' (the former territory of '74' within '79')" in str(
        caught.value
    )
    city = attrs.evolve(former, commune=TAN_DINH)
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess_all(city, on=AFTER_MERGER, jurisdiction="74")
    assert "'74' but the household's commune 26734 is in '79'" in str(caught.value)
    assert "74" == gn.assess_all(former, on=AFTER_MERGER).jurisdiction
    before = gn.assess_all(former, on=ON, jurisdiction="74")
    assert "74" == before.jurisdiction
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess_all(former, on=ON, jurisdiction="79")
    assert str(caught.value).endswith("'79' but the household's commune 25741 is in '74' on 2024-06-01"), "no merger yet"


def test_stated_deprivations_count_nationally_and_are_set_aside_by_an_income_only_standard() -> None:
    """Hồ Chí Minh City 2016-2018 is encoded by income: the note says the stated deprivations are not used there."""
    poor = gn.Household(area="rural", income_per_capita_monthly_vnd=800_000,
                        deprived=("water", "health_insurance", "housing_area"))  # fmt: skip
    both = gn.assess_all(poor, on=dt.date(2018, 6, 1), jurisdiction="79")
    assert gn.Status.POOR is both.national.status, "QĐ 59/2015 Art. 2: above 700,000, at most 1,000,000, 3 deprivations"
    assert frozenset({"water", "health_insurance", "housing_area"}) == both.national.deprived
    assert both.provincial_note is not None
    assert both.provincial_note.en.startswith("The stated deprivations (health_insurance, housing_area, water) are not")
    national, provincial = both.explain("en").split("\n\n")
    assert provincial.endswith(both.provincial_note.en)
    assert both.provincial_note.en not in national
    assert (
        gn.assess_all(attrs.evolve(poor, deprived=()), on=dt.date(2018, 6, 1), jurisdiction="79").provincial_note
        is None
    )
