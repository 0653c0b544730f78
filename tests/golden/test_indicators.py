"""Golden cases for every computed deprivation indicator, at its age, size and list boundaries.

Each row is one household's facts, the indicator, and the outcome the rule gives; the comment names the
provision and the threshold that decides it. Ages are counted on the assessment date: ``A(6)`` is a member
whose sixth birthday is the assessment date, ``A(6, eve=True)`` one whose sixth birthday is tomorrow (still 5).

The thresholds are those the library ships (see ``docs/standards/``): most are ``reported`` or
``unconfirmed``, so these tables pin the library's reading, and change when a threshold is corrected.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from dateutil.relativedelta import relativedelta

import giamngheo as gn

DEPRIVED, NOT, UNDETERMINED = gn.Outcome.DEPRIVED, gn.Outcome.NOT_DEPRIVED, gn.Outcome.UNDETERMINED
ON_2023 = dt.date(2023, 6, 1)  # NĐ 07/2021 (2022-2025)
ON_2018 = dt.date(2018, 6, 1)  # QĐ 59/2015 (2016-2020)
ON_2028 = dt.date(2028, 6, 1)  # NĐ 351/2025 (2027-2030), draft thresholds
E = gn.Education
J = gn.Employment


def born(on: dt.date, years: int, *, eve: bool = False) -> dt.date:
    """Born ``years`` years before ``on``; with ``eve`` a day later, so that the birthday is tomorrow."""
    return on - relativedelta(years=years) + dt.timedelta(days=1 if eve else 0)


def at(on: dt.date):
    """A member factory for the assessment date ``on``: ``A(age, eve=False, **facts)``."""

    def make(years: int | None, *, eve: bool = False, **facts: object) -> gn.Member:
        return gn.Member(birth_date=None if years is None else born(on, years, eve=eve), **facts)

    return make


A23, A18, A28 = at(ON_2023), at(ON_2018), at(ON_2028)
NO_HI, HI = {"has_health_insurance": False}, {"has_health_insurance": True}
OUT, IN = {"attending_school": False}, {"attending_school": True}
MALE, FEMALE = {"sex": "male"}, {"sex": "female"}


def finding(on: dt.date, indicator: str, members=None, dwelling=None) -> gn.Finding:
    household = gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, members=members, dwelling=dwelling)
    return gn.assess(household, on=on).finding(indicator)


# --- member indicators: (on, indicator, members, outcome) ---------------------------------------------------------
# fmt: off
MEMBER_CASES = [
    # NĐ 07/2021 Phụ lục, bảo hiểm y tế: a member "từ đủ 6 tuổi" without health insurance (reported).
    pytest.param(ON_2023, "health_insurance", [A23(6, **NO_HI)], DEPRIVED, id="2023-hi-sixth-birthday"),
    pytest.param(ON_2023, "health_insurance", [A23(6, eve=True, **NO_HI)], NOT, id="2023-hi-day-before-six"),
    # Born 29 February: as relativedelta counts, the birthday is 28 February in a common year.
    pytest.param(dt.date(2022, 2, 28), "health_insurance", [gn.Member(birth_date=dt.date(2016, 2, 29), **NO_HI)], DEPRIVED, id="2022-hi-leap-born-turns-6-on-28-feb"),
    pytest.param(dt.date(2022, 2, 27), "health_insurance", [gn.Member(birth_date=dt.date(2016, 2, 29), **NO_HI)], NOT, id="2022-hi-leap-born-5-on-27-feb"),
    pytest.param(dt.date(2024, 2, 28), "school_attendance", [gn.Member(birth_date=dt.date(2008, 2, 29), **OUT)], DEPRIVED, id="2024-school-leap-born-15-until-29-feb"),
    pytest.param(dt.date(2024, 2, 29), "school_attendance", [gn.Member(birth_date=dt.date(2008, 2, 29), **OUT)], NOT, id="2024-school-leap-born-16-on-29-feb"),
    pytest.param(ON_2023, "health_insurance", [A23(40, **HI), A23(8, **HI)], NOT, id="2023-hi-all-insured"),
    pytest.param(ON_2023, "health_insurance", [A23(6)], UNDETERMINED, id="2023-hi-unknown-card"),
    pytest.param(ON_2023, "health_insurance", [A23(None, **NO_HI)], UNDETERMINED, id="2023-hi-unknown-age"),
    pytest.param(ON_2023, "health_insurance", [A23(None, **HI)], NOT, id="2023-hi-insured-any-age"),
    pytest.param(ON_2023, "health_insurance", [A23(None, **NO_HI), A23(30, **NO_HI)], DEPRIVED, id="2023-hi-known-culprit-wins"),
    # Dinh dưỡng: a child under 16 stunted or underweight (reported; the forms from the 2026 draft).
    pytest.param(ON_2023, "nutrition", [A23(16, eve=True, nutrition="stunted")], DEPRIVED, id="2023-nutrition-15"),
    pytest.param(ON_2023, "nutrition", [A23(16, nutrition="stunted")], NOT, id="2023-nutrition-16"),
    pytest.param(ON_2023, "nutrition", [A23(2, nutrition="underweight")], DEPRIVED, id="2023-nutrition-underweight"),
    pytest.param(ON_2023, "nutrition", [A23(2, nutrition="normal")], NOT, id="2023-nutrition-normal"),
    pytest.param(ON_2023, "nutrition", [A23(40)], NOT, id="2023-nutrition-no-child"),
    pytest.param(ON_2023, "nutrition", [A23(4)], UNDETERMINED, id="2023-nutrition-unknown"),
    # Tình trạng đi học: a child aged 3 to under 16 not attending school (reported).
    pytest.param(ON_2023, "school_attendance", [A23(3, **OUT)], DEPRIVED, id="2023-school-3"),
    pytest.param(ON_2023, "school_attendance", [A23(3, eve=True, **OUT)], NOT, id="2023-school-day-before-3"),
    pytest.param(ON_2023, "school_attendance", [A23(16, eve=True, **OUT)], DEPRIVED, id="2023-school-15"),
    pytest.param(ON_2023, "school_attendance", [A23(16, **OUT)], NOT, id="2023-school-16"),
    pytest.param(ON_2023, "school_attendance", [A23(10, **IN)], NOT, id="2023-school-attending"),
    # Trình độ giáo dục của người lớn: 16 to 30; under 18 needs lower secondary, 18+ upper secondary or vocational.
    pytest.param(ON_2023, "adult_education", [A23(16, education="primary", on_the_job_training=False, **OUT)], DEPRIVED, id="2023-adult-16"),
    pytest.param(ON_2023, "adult_education", [A23(16, eve=True, education="primary", **OUT)], NOT, id="2023-adult-15"),
    pytest.param(ON_2023, "adult_education", [A23(17, education="lower_secondary", **OUT)], NOT, id="2023-adult-17-thcs"),
    pytest.param(ON_2023, "adult_education", [A23(18, education="lower_secondary", on_the_job_training=False, **OUT)], DEPRIVED, id="2023-adult-18-thcs"),
    pytest.param(ON_2023, "adult_education", [A23(18, eve=True, education="lower_secondary", **OUT)], NOT, id="2023-adult-day-before-18"),
    pytest.param(ON_2023, "adult_education", [A23(20, education="vocational_elementary", **OUT)], NOT, id="2023-adult-so-cap"),
    pytest.param(ON_2023, "adult_education", [A23(20, education="primary", on_the_job_training=True, **OUT)], NOT, id="2023-adult-on-the-job"),
    pytest.param(ON_2023, "adult_education", [A23(20, education="primary", **IN)], NOT, id="2023-adult-studying"),
    pytest.param(ON_2023, "adult_education", [A23(20, education="primary", **OUT)], UNDETERMINED, id="2023-adult-training-unknown"),
    pytest.param(ON_2023, "adult_education", [A23(31, eve=True, education="none", on_the_job_training=False, **OUT)], DEPRIVED, id="2023-adult-30"),
    pytest.param(ON_2023, "adult_education", [A23(31, education="none", on_the_job_training=False, **OUT)], NOT, id="2023-adult-31"),
    # Việc làm: a member of working age unemployed or in wage work without a contract (unconfirmed). Working age:
    # from 15 (Labour Code Art. 3(1)) to the retirement age of Art. 169(2): in 2023, 60y9m (men), 56y (women).
    pytest.param(ON_2023, "employment", [A23(15, employment="unemployed")], DEPRIVED, id="2023-job-15"),
    pytest.param(ON_2023, "employment", [A23(15, eve=True, employment="unemployed")], NOT, id="2023-job-14"),
    pytest.param(ON_2023, "employment", [A23(30, employment="wage_without_contract")], DEPRIVED, id="2023-job-no-contract"),
    pytest.param(ON_2023, "employment", [A23(30, employment="wage_with_contract")], NOT, id="2023-job-contract"),
    pytest.param(ON_2023, "employment", [A23(30, employment="self_employed")], NOT, id="2023-job-own-account"),
    pytest.param(ON_2023, "employment", [A23(30)], UNDETERMINED, id="2023-job-unknown"),
    pytest.param(ON_2023, "employment", [gn.Member(birth_date=dt.date(1962, 9, 2), employment="unemployed", **MALE)], DEPRIVED, id="2023-job-man-retires-tomorrow"),
    pytest.param(ON_2023, "employment", [gn.Member(birth_date=dt.date(1962, 9, 1), employment="unemployed", **MALE)], NOT, id="2023-job-man-retires-today"),
    pytest.param(ON_2023, "employment", [gn.Member(birth_date=dt.date(1967, 6, 2), employment="unemployed", **FEMALE)], DEPRIVED, id="2023-job-woman-retires-tomorrow"),
    pytest.param(ON_2023, "employment", [gn.Member(birth_date=dt.date(1967, 6, 1), employment="unemployed", **FEMALE)], NOT, id="2023-job-woman-retires-today"),
    pytest.param(ON_2023, "employment", [A23(58, employment="unemployed")], UNDETERMINED, id="2023-job-58-sex-unknown"),
    pytest.param(ON_2023, "employment", [A23(40, employment="unemployed")], DEPRIVED, id="2023-job-40-sex-not-needed"),
    pytest.param(ON_2023, "employment", [A23(70, employment="unemployed")], NOT, id="2023-job-70-retired-either-sex"),
    # Người phụ thuộc: more than half the members are dependants (children under 16, elderly from 60, disabled).
    pytest.param(ON_2023, "dependants", [A23(15, disability=False), A23(40, disability=False)], NOT, id="2023-dep-half"),
    pytest.param(ON_2023, "dependants", [A23(15), A23(10), A23(40, disability=False)], DEPRIVED, id="2023-dep-two-thirds"),
    pytest.param(ON_2023, "dependants", [A23(60, disability=False), A23(15)], DEPRIVED, id="2023-dep-elderly-60"),
    pytest.param(ON_2023, "dependants", [A23(60, eve=True, disability=False), A23(15)], NOT, id="2023-dep-59"),
    pytest.param(ON_2023, "dependants", [A23(40, disability=True), A23(15)], DEPRIVED, id="2023-dep-disabled"),
    pytest.param(ON_2023, "dependants", [A23(40), A23(15)], UNDETERMINED, id="2023-dep-disability-unknown"),
    pytest.param(ON_2023, "dependants", [A23(16, disability=False), A23(40, disability=False)], NOT, id="2023-dep-16-not-child"),
    # Sử dụng dịch vụ viễn thông: no member uses the internet (unconfirmed).
    pytest.param(ON_2023, "telecom", [A23(40, uses_internet=False), A23(10, uses_internet=False)], DEPRIVED, id="2023-telecom-none"),
    pytest.param(ON_2023, "telecom", [A23(40, uses_internet=False), A23(10, uses_internet=True)], NOT, id="2023-telecom-one"),
    pytest.param(ON_2023, "telecom", [A23(40, uses_internet=False), A23(10)], UNDETERMINED, id="2023-telecom-unknown"),
    # QĐ 59/2015 (unconfirmed thresholds): health care access.
    pytest.param(ON_2018, "health_care_access", [A18(40, sick_untreated=True)], DEPRIVED, id="2018-care-untreated"),
    pytest.param(ON_2018, "health_care_access", [A18(40, sick_untreated=False)], NOT, id="2018-care-treated"),
    pytest.param(ON_2018, "health_insurance", [A18(6, **NO_HI)], DEPRIVED, id="2018-hi-6"),
    pytest.param(ON_2018, "health_insurance", [A18(6, eve=True, **NO_HI)], NOT, id="2018-hi-5"),
    # Adult education 2016-2020: aged 15 or over, born in 1986 or later, without lower secondary, out of school.
    pytest.param(ON_2018, "adult_education", [gn.Member(birth_date=dt.date(1986, 1, 1), education="primary", **OUT)], DEPRIVED, id="2018-adult-born-1986"),
    pytest.param(ON_2018, "adult_education", [gn.Member(birth_date=dt.date(1985, 12, 31), education="primary", **OUT)], NOT, id="2018-adult-born-1985"),
    pytest.param(ON_2018, "adult_education", [A18(15, education="primary", **OUT)], DEPRIVED, id="2018-adult-15"),
    pytest.param(ON_2018, "adult_education", [A18(15, eve=True, education="primary", **OUT)], NOT, id="2018-adult-14"),
    pytest.param(ON_2018, "adult_education", [A18(20, education="lower_secondary", **OUT)], NOT, id="2018-adult-thcs"),
    # School attendance 2016-2020: aged 5 to under 15.
    pytest.param(ON_2018, "school_attendance", [A18(5, **OUT)], DEPRIVED, id="2018-school-5"),
    pytest.param(ON_2018, "school_attendance", [A18(5, eve=True, **OUT)], NOT, id="2018-school-4"),
    pytest.param(ON_2018, "school_attendance", [A18(15, eve=True, **OUT)], DEPRIVED, id="2018-school-14"),
    pytest.param(ON_2018, "school_attendance", [A18(15, **OUT)], NOT, id="2018-school-15"),
    # Telecom 2016-2020: no member uses a telephone subscription or the internet.
    pytest.param(ON_2018, "telecom", [A18(40, uses_phone=False, uses_internet=False)], DEPRIVED, id="2018-telecom-none"),
    pytest.param(ON_2018, "telecom", [A18(40, uses_phone=True, uses_internet=False)], NOT, id="2018-telecom-phone"),
    pytest.param(ON_2018, "telecom", [A18(40, uses_phone=False)], UNDETERMINED, id="2018-telecom-unknown"),
    # NĐ 351/2025 draft: dependants count elderly and disabled only with a monthly social allowance.
    pytest.param(ON_2028, "dependants", [A28(70, social_allowance=False), A28(10)], NOT, id="2028-dep-no-allowance"),
    pytest.param(ON_2028, "dependants", [A28(70, social_allowance=True), A28(10)], DEPRIVED, id="2028-dep-allowance"),
    pytest.param(ON_2028, "dependants", [A28(40, disability=True, social_allowance=True), A28(10)], DEPRIVED, id="2028-dep-disabled-allowance"),
    pytest.param(ON_2028, "dependants", [A28(70), A28(10)], UNDETERMINED, id="2028-dep-allowance-unknown"),
    # 2028: the men's retirement age has reached its cap of 62 (Art. 169(2): "đủ 62 tuổi vào năm 2028").
    pytest.param(ON_2028, "employment", [A28(62, eve=True, employment="unemployed", **MALE)], DEPRIVED, id="2028-job-man-61"),
    pytest.param(ON_2028, "employment", [A28(62, employment="unemployed", **MALE)], NOT, id="2028-job-man-62"),
]
# fmt: on


@pytest.mark.parametrize(("on", "indicator", "members", "expected"), MEMBER_CASES)
def test_member_indicator(on, indicator, members, expected):
    assert expected == finding(on, indicator, members=members).outcome


# --- dwelling indicators: (on, indicator, size, dwelling, outcome) ---------------------------------------------------

D = gn.Dwelling
ND, DU = "non_durable", "durable"
# fmt: off
DWELLING_CASES = [
    # Chất lượng nhà ở: at least 2 of wall, column, roof non-durable (reported).
    pytest.param(ON_2023, "housing_quality", 1, D(wall=ND, column=ND, roof=DU), DEPRIVED, id="2023-quality-two"),
    pytest.param(ON_2023, "housing_quality", 1, D(wall=ND, column=DU, roof=DU), NOT, id="2023-quality-one"),
    pytest.param(ON_2023, "housing_quality", 1, D(wall=ND, column=DU), UNDETERMINED, id="2023-quality-one-and-unknown"),
    pytest.param(ON_2023, "housing_quality", 1, D(wall=DU, column=DU), NOT, id="2023-quality-cannot-reach-two"),
    # Diện tích nhà ở bình quân đầu người: less than 8 m² per person (reported), compared exactly.
    pytest.param(ON_2023, "housing_area", 4, D(floor_area_m2=32), NOT, id="2023-area-8-each"),
    pytest.param(ON_2023, "housing_area", 4, D(floor_area_m2="31.99"), DEPRIVED, id="2023-area-7.9975-each"),
    pytest.param(ON_2023, "housing_area", 3, D(floor_area_m2="23.97"), DEPRIVED, id="2023-area-7.99-each"),
    pytest.param(ON_2023, "housing_area", 3, D(floor_area_m2=Fraction(24)), NOT, id="2023-area-fraction"),
    pytest.param(ON_2023, "housing_area", 1, D(), UNDETERMINED, id="2023-area-unknown"),
    # Nguồn nước sinh hoạt: the list of clean sources (reported).
    pytest.param(ON_2023, "water", 1, D(water_source="piped"), NOT, id="2023-water-piped"),
    pytest.param(ON_2023, "water", 1, D(water_source="bottled"), NOT, id="2023-water-bottled"),
    pytest.param(ON_2023, "water", 1, D(water_source="unprotected_dug_well"), DEPRIVED, id="2023-water-unprotected"),
    pytest.param(ON_2023, "water", 1, D(water_source="surface_water"), DEPRIVED, id="2023-water-surface"),
    pytest.param(ON_2023, "water", 1, D(), UNDETERMINED, id="2023-water-unknown"),
    # Nhà tiêu hợp vệ sinh (list partly unconfirmed).
    pytest.param(ON_2023, "sanitation", 1, D(latrine="semi_septic"), NOT, id="2023-latrine-semi-septic"),
    pytest.param(ON_2023, "sanitation", 1, D(latrine="none"), DEPRIVED, id="2023-latrine-none"),
    pytest.param(ON_2023, "sanitation", 1, D(latrine="other"), DEPRIVED, id="2023-latrine-other"),
    # Phương tiện phục vụ tiếp cận thông tin (unconfirmed list).
    pytest.param(ON_2023, "information_devices", 1, D(devices=frozenset()), DEPRIVED, id="2023-devices-none"),
    pytest.param(ON_2023, "information_devices", 1, D(devices="radio"), NOT, id="2023-devices-radio"),
    pytest.param(ON_2023, "information_devices", 1, D(), UNDETERMINED, id="2023-devices-unknown"),
    # QĐ 59/2015: information assets (TV, radio, computer) and the loudspeakers.
    pytest.param(ON_2018, "information_assets", 1, D(devices=frozenset(), hears_loudspeaker=False), DEPRIVED, id="2018-assets-none"),
    pytest.param(ON_2018, "information_assets", 1, D(devices=frozenset(), hears_loudspeaker=True), NOT, id="2018-assets-loudspeaker"),
    pytest.param(ON_2018, "information_assets", 1, D(devices="phone", hears_loudspeaker=False), DEPRIVED, id="2018-assets-phone-not-listed"),
    pytest.param(ON_2018, "information_assets", 1, D(devices="television"), NOT, id="2018-assets-tv"),
    pytest.param(ON_2018, "information_assets", 1, D(devices=frozenset()), UNDETERMINED, id="2018-assets-loudspeaker-unknown"),
    pytest.param(ON_2018, "housing_area", 2, D(floor_area_m2="15.99"), DEPRIVED, id="2018-area-7.995-each"),
    # NĐ 351/2025 draft: domestic waste.
    pytest.param(ON_2028, "waste", 1, D(waste_collected=False), DEPRIVED, id="2028-waste-not-collected"),
    pytest.param(ON_2028, "waste", 1, D(waste_collected=True), NOT, id="2028-waste-collected"),
    pytest.param(ON_2028, "waste", 1, D(), UNDETERMINED, id="2028-waste-unknown"),
]
# fmt: on


@pytest.mark.parametrize(("on", "indicator", "size", "dwelling", "expected"), DWELLING_CASES)
def test_dwelling_indicator(on, indicator, size, dwelling, expected):
    members = [gn.Member() for _ in range(size)]
    assert expected == finding(on, indicator, members=members, dwelling=dwelling).outcome


def test_2028_has_no_information_devices_indicator():
    """NĐ 351/2025 (as reported): the information-means indicator is removed, waste treatment added."""
    ids = {i.id for i in gn.standard_in_force(on=ON_2028).indicators}
    assert "information_devices" not in ids
    assert "waste" in ids


# --- culprits and missing fields -------------------------------------------------------------------------------


def test_finding_names_the_members_that_caused_it():
    members = [A23(40, **HI), A23(8, **NO_HI), A23(30, **NO_HI)]
    f = finding(ON_2023, "health_insurance", members=members)
    assert (1, 2) == f.members
    assert "Member 2 (aged 8), member 3 (aged 30)" in f.reason.en
    assert "Thành viên số 2 (8 tuổi), thành viên số 3 (30 tuổi)" in f.reason.vi


def test_finding_names_members_by_id_never_by_anything_else():
    f = finding(ON_2023, "health_insurance", members=[A23(8, id="M-07", **NO_HI)])
    assert f.reason.en.startswith("Member 1 [M-07] (aged 8):")


def test_missing_fields_are_python_paths():
    f = finding(ON_2023, "health_insurance", members=[A23(40, **HI), A23(None, **NO_HI), A23(8)])
    assert ("members[1].birth_date", "members[2].has_health_insurance") == f.missing


def test_no_members_listed_makes_member_indicators_undetermined():
    f = finding(ON_2023, "health_insurance", dwelling=gn.Dwelling(water_source="piped"))
    assert UNDETERMINED == f.outcome
    assert ("members",) == f.missing


# --- the status with unknowns ------------------------------------------------------------------------------------

COMPLETE = gn.Dwelling(
    floor_area_m2=60,
    wall=DU,
    column=DU,
    roof=DU,
    water_source="piped",
    latrine="septic",
    devices="phone;television",
    waste_collected=True,
    hears_loudspeaker=True,
)


def adult(**facts: object) -> gn.Member:
    base = {
        "sex": "male",
        "has_health_insurance": True,
        "attending_school": False,
        "education": "upper_secondary",
        "on_the_job_training": False,
        "employment": "wage_with_contract",
        "nutrition": "normal",
        "disability": False,
        "social_allowance": False,
        "sick_untreated": False,
        "uses_phone": True,
        "uses_internet": True,
    }
    base.update(facts)
    return A23(40, **base)


def test_status_undetermined_when_the_unknowns_straddle_the_cutoff():
    """NĐ 07/2021 Art. 3(2)(a)/(b): at the rural line, 2 deprivations known, 1 unknown: poor or near-poor."""
    members = [adult(has_health_insurance=False, uses_internet=False), adult(employment=None, uses_internet=False)]
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_500_000, members=members, dwelling=COMPLETE)
    a = gn.assess(hh, on=ON_2023)
    assert {"health_insurance", "telecom"} == a.deprived
    assert {"employment"} == a.undetermined
    assert gn.Status.UNDETERMINED == a.status
    assert {gn.Status.POOR, gn.Status.NEAR_POOR} == a.possible
    assert ("members[1].employment",) == a.needed
    assert "Still needed: member 2: main work." in a.explain("en")  # the path, as an officer reads it
    assert "Cần bổ sung: thành viên thứ 2: việc làm chính." in a.explain("vi")


def test_status_decided_when_the_cutoff_is_already_reached():
    members = [
        adult(has_health_insurance=False, uses_internet=False, employment="unemployed"),
        adult(employment=None, uses_internet=False),
    ]
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_500_000, members=members, dwelling=COMPLETE)
    a = gn.assess(hh, on=ON_2023)
    assert gn.Status.POOR == a.status
    assert {"employment"} <= a.deprived
    assert () == a.needed
    assert a.missing == ()  # member 2's employment no longer matters to the indicator: member 1 is deprived


def test_status_decided_above_every_line_whatever_is_unknown():
    """Above the 2022-2025 middle band (3,000,000 urban), deprivations do not matter."""
    hh = gn.Household(area="urban", income_per_capita_monthly_vnd=3_000_001, members=[gn.Member()])
    a = gn.assess(hh, on=ON_2023)
    assert gn.Status.NOT_POOR == a.status
    assert len(a.undetermined) == 12
    assert () == a.needed
    assert "dwelling.floor_area_m2" in a.missing


def test_status_decided_under_the_2016_poverty_line_whatever_is_unknown():
    """QĐ 59/2015 Art. 2(1)(a): at most 700,000 (rural) is poor, with or without deprivations."""
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=700_000, members=[gn.Member()])
    assert gn.Status.POOR == gn.assess(hh, on=ON_2018).status


def test_status_decided_when_even_every_unknown_deprived_stays_under_the_cutoff():
    members = [adult(employment=None)]
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, members=members, dwelling=COMPLETE)
    a = gn.assess(hh, on=ON_2023)
    assert gn.Status.NEAR_POOR == a.status
    assert {"employment"} == a.undetermined
    assert ("members[0].employment",) == a.missing
    assert () == a.needed


# --- stated and computed deprivations agree ------------------------------------------------------------------------


@pytest.mark.parametrize("income", [1_499_999, 1_500_000, 1_500_001, 2_250_000, 2_250_001])
def test_computed_and_stated_give_the_same_assessment(income):
    members = [adult(has_health_insurance=False), A23(10, **NO_HI, **OUT, nutrition="stunted", uses_internet=False)]
    computed = gn.Household(area="rural", income_per_capita_monthly_vnd=income, members=members, dwelling=COMPLETE)
    a = gn.assess(computed, on=ON_2023)
    stated = gn.Household(area="rural", income_per_capita_monthly_vnd=income, deprived=a.deprived)
    b = gn.assess(stated, on=ON_2023)
    assert (a.status, a.deprived, a.band) == (b.status, b.deprived, b.band)
    assert {"health_insurance", "nutrition", "school_attendance"} == a.deprived


# --- overriding a threshold ------------------------------------------------------------------------------------------


def test_a_threshold_can_be_overridden_with_a_user_citation():
    national = gn.standard_in_force(on=ON_2023)
    old = national.indicator("housing_area").threshold("min_m2_per_person")
    mine = old.value.citation.instrument.cite(
        annex="",
        verification=gn.Verification.USER,
        evidence=("https://example.org/my-reading",),
        note="Read in the official annex by the test suite.",
    )
    custom = national.with_threshold("housing_area", "min_m2_per_person", gn.Cited(10, mine), id="vn-2022-2025-test")
    hh = gn.Household(
        area="rural", income_per_capita_monthly_vnd=1_000_000, members=[gn.Member()], dwelling=D(floor_area_m2=9)
    )
    assert NOT == gn.assess(hh, on=ON_2023).finding("housing_area").outcome
    a = gn.assess(hh, on=ON_2023, standard=custom)
    assert DEPRIVED == a.finding("housing_area").outcome
    assert "supplied by the user" in a.explain("en")
    assert "vn-2022-2025-test" == a.standard.id
    assert 8 == national.indicator("housing_area").values["min_m2_per_person"]  # the national one is untouched


def test_overriding_an_unknown_threshold_is_refused():
    national = gn.standard_in_force(on=ON_2023)
    cited = national.indicator("housing_area").threshold("min_m2_per_person").value
    with pytest.raises(gn.InvalidInput, match="no threshold 'min_area'"):
        national.with_threshold("housing_area", "min_area", cited)
    with pytest.raises(gn.InvalidInput, match=r"gn\.Cited"):
        national.with_threshold("housing_area", "min_m2_per_person", 10)  # type: ignore[arg-type]
