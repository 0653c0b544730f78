"""Explanations: the status, the standard, the lines, the citations and the arithmetic, in Vietnamese and English.

Numbers and dates are written the Vietnamese way in Vietnamese ("1.500.000 đồng", "01/06/2023") and the English
way in English ("1,500,000 VND", "1 June 2023"), by CLDR's conventions (see giamngheo._formatting); provisions are
cited "Điều 3 khoản 2 điểm a Nghị định 07/2021/NĐ-CP" and "Decree 07/2021/NĐ-CP, Art. 3(2)(a)"; a field still
needed is named as on the form ("thành viên thứ 2: việc làm chính"), not by its path.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import attrs
import pytest
from hypothesis import example, given

import giamngheo as gn
from giamngheo.testing import household_and_date

RURAL, URBAN = gn.Area.RURAL, gn.Area.URBAN
TWO = frozenset({"health_insurance", "water"})
THREE = TWO | {"housing_area"}


class Case(NamedTuple):
    """A household, a date, and fragments its explanation must contain in Vietnamese and in English."""

    household: gn.Household
    on: dt.date
    vi: tuple[str, ...]
    en: tuple[str, ...]


def _hh(area, income, deprived=frozenset()):
    return gn.Household(area=area, income_per_capita_monthly_vnd=income, deprived=deprived, id="HH-0001")


# fmt: off
CASES = [
    # NĐ 07/2021 Art. 3(2)(a): on the rural line with 3 deprivations, poor.
    Case(_hh(RURAL, 1_500_000, THREE), dt.date(2023, 6, 1),
         ("Hộ HH-0001: HỘ NGHÈO.", "Chuẩn nghèo đa chiều giai đoạn 2022-2025", "(01/01/2022 - 31/12/2025)",
          "1.500.000 đồng ≤ chuẩn nghèo 1.500.000 đồng", "[Điều 3 khoản 2 điểm a Nghị định 07/2021/NĐ-CP;",
          "Số chỉ số thiếu hụt: 3/12", "3 ≥ ngưỡng 3 chỉ số thiếu hụt: hộ nghèo.", "Khu vực: nông thôn."),
         ("Household HH-0001: poor household.", "Multidimensional poverty standard 2022-2025",
          "(1 January 2022 to 31 December 2025)", "1,500,000 VND ≤ poverty line 1,500,000 VND",
          "[Decree 07/2021/NĐ-CP, Art. 3(2)(a);", "Deprivations: 3 of 12",
          "3 ≥ the cut-off of 3 deprivations: poor household.", "Area: rural.")),
    # NĐ 07/2021 Art. 3(2)(b): on the rural line with 2 deprivations, near-poor.
    Case(_hh(RURAL, 1_500_000, TWO), dt.date(2023, 6, 1),
         ("HỘ CẬN NGHÈO.", "Số chỉ số thiếu hụt: 2/12", "2 < ngưỡng 3 chỉ số thiếu hụt: hộ cận nghèo."),
         ("near-poor household.", "Deprivations: 2 of 12", "2 < the cut-off of 3 deprivations: near-poor household.")),
    # NĐ 07/2021 Art. 3(2)(c): above the urban line, middle living standard; deprivations do not matter.
    Case(_hh(URBAN, 2_500_000, THREE), dt.date(2023, 6, 1),
         ("HỘ CÓ MỨC SỐNG TRUNG BÌNH.", "2.500.000 đồng > chuẩn nghèo 2.000.000 đồng",
          "2.500.000 đồng ≤ chuẩn mức sống trung bình 3.000.000 đồng", "Điều 3 khoản 2 điểm c Nghị định 07/2021/NĐ-CP",
          "số chỉ số thiếu hụt không ảnh hưởng đến kết quả", "Khu vực: thành thị."),
         ("household of middle living standard.", "2,500,000 VND > poverty line 2,000,000 VND",
          "2,500,000 VND ≤ middle living standard line 3,000,000 VND", "Decree 07/2021/NĐ-CP, Art. 3(2)(c)",
          "At this income, the number of deprivations does not change the result.", "Area: urban.")),
    # NĐ 07/2021 Art. 3(2): above every band.
    Case(_hh(URBAN, 3_000_001), dt.date(2025, 12, 31),
         ("3.000.001 đồng > chuẩn mức sống trung bình 3.000.000 đồng",),
         ("not poor, near-poor or of middle living standard.", "3,000,001 VND > middle living standard line 3,000,000 VND")),
    # QĐ 59/2015 Art. 2(1)(a): above 700,000 and at most 1,000,000 with 3 deprivations, poor.
    Case(_hh(RURAL, 800_000, THREE), dt.date(2018, 1, 1),
         ("HỘ NGHÈO.", "Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020", "800.000 đồng > chuẩn nghèo 700.000 đồng",
          "800.000 đồng ≤ chuẩn cận nghèo 1.000.000 đồng", "Điều 2 khoản 1 điểm a Quyết định 59/2015/QĐ-TTg",
          "Số chỉ số thiếu hụt: 3/10"),
         ("poor household.", "Multidimensional poverty standard 2016-2020", "800,000 VND > poverty line 700,000 VND",
          "800,000 VND ≤ near-poverty line 1,000,000 VND", "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)",
          "Deprivations: 3 of 10")),
    # NĐ 07/2021 Art. 2: QĐ 59/2015 applies in 2021.
    Case(_hh(URBAN, 900_000), dt.date(2021, 12, 31),
         ("Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020, áp dụng năm 2021", "[Điều 2 Nghị định 07/2021/NĐ-CP;",
          "Điều 2 khoản 1 điểm b Quyết định 59/2015/QĐ-TTg", "900.000 đồng"),
         ("Multidimensional poverty standard 2016-2020, applied in 2021", "[Decree 07/2021/NĐ-CP, Art. 2;",
          "Decision 59/2015/QĐ-TTg, Art. 2(1)(b)", "900,000 VND")),
    # QĐ 170/2005 Art. 1(2): the urban line, income only, read in the official text.
    Case(_hh(URBAN, 260_000), dt.date(2008, 6, 1),
         ("HỘ NGHÈO.", "Chuẩn nghèo giai đoạn 2006-2010", "260.000 đồng ≤ chuẩn nghèo 260.000 đồng",
          "Điều 1 khoản 2 Quyết định 170/2005/QĐ-TTg; đã đối chiếu văn bản chính thức]",
          "Chuẩn này chỉ xét thu nhập, không xét thiếu hụt."),
         ("poor household.", "Poverty standard 2006-2010", "260,000 VND ≤ poverty line 260,000 VND",
          "Decision 170/2005/QĐ-TTg, Art. 1(2); checked against the official text]",
          "This standard looks at income only.")),
    # QĐ 09/2011 Art. 1(3): near-poor band, income only.
    Case(_hh(RURAL, 520_000), dt.date(2015, 12, 31),
         ("HỘ CẬN NGHÈO.", "520.000 đồng > chuẩn hộ nghèo 400.000 đồng", "Điều 1 khoản 3 Quyết định 09/2011/QĐ-TTg"),
         ("near-poor household.", "520,000 VND > poverty line 400,000 VND", "Decision 09/2011/QĐ-TTg, Art. 1(3)")),
    # NĐ 351/2025: the 2027-2030 line, in "đô thị".
    Case(_hh(URBAN, 2_800_000, THREE), dt.date(2027, 1, 1),
         ("HỘ NGHÈO.", "Khu vực: đô thị.", "2.800.000 đồng ≤ chuẩn nghèo 2.800.000 đồng", "Nghị định 351/2025/NĐ-CP"),
         ("poor household.", "2,800,000 VND ≤ poverty line 2,800,000 VND", "Decree 351/2025/NĐ-CP")),
]
# fmt: on


@pytest.mark.parametrize("case", CASES)
def test_explanation_in_vietnamese(case):
    """The Vietnamese explanation states the status, the standard, each line in đồng and each provision applied."""
    text = gn.assess(case.household, on=case.on).explain("vi")
    for fragment in case.vi:
        assert fragment in text


@pytest.mark.parametrize("case", CASES)
def test_explanation_in_english(case):
    """The English explanation states the status, the standard, each line in VND and each provision applied."""
    text = gn.assess(case.household, on=case.on).explain("en")
    for fragment in case.en:
        assert fragment in text


def test_vietnamese_is_the_default_and_str_is_english():
    """`explain()` is Vietnamese by default; `str()` of an assessment is its English explanation."""
    a = gn.assess(_hh(RURAL, 1_500_000, THREE), on=dt.date(2023, 6, 1))
    assert a.explain("vi") == a.explain()
    assert a.explain("en") == str(a)


def test_explanation_layout():
    """The verdict and the standard come first; every later step is a bullet."""
    a = gn.assess(_hh(RURAL, 1_500_000, THREE), on=dt.date(2023, 6, 1))
    for lang in ("vi", "en"):
        lines = a.explain(lang).split("\n")
        assert len(a.explanation()) == len(lines)
        assert not lines[0].startswith("- ")
        assert not lines[1].startswith("- ")
        assert all(line.startswith("- ") for line in lines[2:])


# --- yearly income: the division is shown ----------------------------------------------------------------------

# (yearly income, size, Vietnamese arithmetic, English arithmetic)
# fmt: off
ARITHMETIC = [
    (18_000_000, 1, "18.000.000 đồng/năm ÷ 12 tháng ÷ 1 người = 1.500.000 đồng.", "18,000,000 VND a year ÷ 12 months ÷ 1 person"),  # NĐ 07/2021 Art. 3(2)(a): on the line
    (18_000_001, 1, "= 1.500.000,08… đồng (đúng bằng 18.000.001/12).", "= 1,500,000.08… VND (exactly 18,000,001/12)."),  # a twelfth of a VND over it
    (17_999_999, 1, "= 1.499.999,91… đồng (đúng bằng 17.999.999/12).", "= 1,499,999.91… VND (exactly 17,999,999/12)."),  # under it: never rounded up to the line
    (72_000_000, 4, "72.000.000 đồng/năm ÷ 12 tháng ÷ 4 người = 1.500.000 đồng.", "72,000,000 VND a year ÷ 12 months ÷ 4 persons = 1,500,000 VND."),  # 4 members
]
# fmt: on


@pytest.mark.parametrize(("yearly", "size", "vi", "en"), ARITHMETIC)
def test_yearly_income_arithmetic_is_shown(yearly, size, vi, en):
    """A yearly income is shown divided by 12 months and the household size, exactly when not a whole VND."""
    household = gn.Household(area=RURAL, income_yearly_vnd=yearly, size=size, deprived=THREE)
    a = gn.assess(household, on=dt.date(2023, 6, 1))
    assert vi in a.explain("vi")
    assert en in a.explain("en")


def test_one_member_is_one_person():
    """A one-member household is divided by "1 person", not "1 persons"."""
    household = gn.Household(area=RURAL, income_yearly_vnd=18_000_000, size=1)
    text = gn.assess(household, on=dt.date(2023, 6, 1)).explain("en")
    assert "÷ 1 person = " in text


def test_monthly_income_is_shown_without_arithmetic():
    """A monthly income per person is shown as given, with no division."""
    text = gn.assess(_hh(RURAL, 1_500_000), on=dt.date(2023, 6, 1)).explain("en")
    assert "Monthly income per person: 1,500,000 VND." in text
    assert "÷" not in text


@pytest.mark.parametrize("lang", ["fr", "EN", "vn"])
def test_unsupported_language_is_refused(lang):
    """Only "vi" and "en" are spoken: another language is InvalidInput."""
    a = gn.assess(_hh(RURAL, 1_500_000), on=dt.date(2023, 6, 1))
    with pytest.raises(gn.InvalidInput, match="lang"):
        a.explain(lang)


# --- what the explanation says about the household -------------------------------------------------------------


def test_a_household_without_id_is_not_named():
    """A household without an id is "the household", never "None"."""
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_500_000)
    a = gn.assess(household, on=dt.date(2023, 6, 1))
    assert a.explain("vi").startswith("Hộ gia đình: ")
    assert a.explain("en").startswith("The household: ")
    assert "None" not in a.explain("vi")
    assert "None" not in a.explain("en")


@given(household_and_date())
@example((gn.Household(area=RURAL, income_yearly_vnd=18_000_001, size=1, deprived=THREE), dt.date(2023, 6, 1)))
def test_the_only_thing_said_about_who_the_household_is_is_its_id(case):
    """The explanation names the household by its id only: change the id and nothing else changes."""
    household, on = case
    texts = {}
    for household_id in ("HH-ALPHA", "HH-OMEGA"):
        a = gn.assess(gn.Household(**{**_fields(household), "id": household_id}), on=on)
        for lang in ("vi", "en"):
            text = a.explain(lang)
            assert 1 == text.count(household_id)
            texts.setdefault(lang, set()).add(text.replace(household_id, "<id>"))
    assert {1} == {len(variants) for variants in texts.values()}


def _fields(household):
    return {
        "area": household.area,
        "income_per_capita_monthly_vnd": household.income_per_capita_monthly_vnd,
        "income_yearly_vnd": household.income_yearly_vnd,
        "size": household.size,
        "deprived": household.deprived,
    }


# --- citations ------------------------------------------------------------------------------------------------

# (household, date, the citations in order, rendered in English)
# fmt: off
CITATIONS = [
    (_hh(RURAL, 1_500_000, THREE), dt.date(2023, 6, 1), ["Decree 07/2021/NĐ-CP, Art. 3", "Decree 07/2021/NĐ-CP, Art. 3(2)(a)", "Decree 07/2021/NĐ-CP, Art. 3(1)(b)"]),  # basis, line (= cut-off), indicators
    (_hh(URBAN, 2_500_000, TWO), dt.date(2023, 6, 1), ["Decree 07/2021/NĐ-CP, Art. 3", "Decree 07/2021/NĐ-CP, Art. 3(2)(a)", "Decree 07/2021/NĐ-CP, Art. 3(2)(c)", "Decree 07/2021/NĐ-CP, Art. 3(1)(b)"]),  # middle band
    (_hh(RURAL, 600_000), dt.date(2013, 6, 1), ["Decision 09/2011/QĐ-TTg, Art. 1", "Decision 09/2011/QĐ-TTg, Art. 1(1)", "Decision 09/2011/QĐ-TTg, Art. 1(3)"]),  # above every band
    (_hh(RURAL, 600_000, TWO), dt.date(2021, 6, 1), ["Decree 07/2021/NĐ-CP, Art. 2", "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)", "Decision 59/2015/QĐ-TTg, Art. 1(2)(b)"]),  # 2021: basis is the extending act
    (_hh(URBAN, 100_000), dt.date(2006, 1, 1), ["Decision 170/2005/QĐ-TTg, Art. 1", "Decision 170/2005/QĐ-TTg, Art. 1(2)"]),  # income only
]
# fmt: on


@pytest.mark.parametrize(("household", "on", "rendered"), CITATIONS)
def test_citations_in_order(household, on, rendered):
    """The citations run from the basis of the standard through each line compared to the deprivation rules."""
    a = gn.assess(household, on=on)
    assert rendered == [citation.render("en") for citation in a.citations]
    assert a.standard.basis == a.citations[0]


@given(household_and_date())
def test_citations_are_those_of_the_explanation_without_repeats(case):
    """`citations` is never empty and lists every provision of the explanation once, in the order of the steps."""
    household, on = case
    a = gn.assess(household, on=on)
    first_by_provision = {}
    for step in a.explanation():
        c = step.citation
        if c is not None:
            first_by_provision.setdefault(
                (c.instrument.number, c.annex, c.article, c.clause, c.point, c.verification), c
            )
    assert list(first_by_provision.values()) == list(a.citations)
    assert a.citations
    assert a.standard.basis == a.citations[0]
    for citation in a.citations:
        assert citation.render("en") in a.explain("en")
        assert citation.render("vi") in a.explain("vi")


@pytest.mark.parametrize("on", [dt.date(2018, 1, 1), dt.date(2021, 6, 1)])
def test_no_provision_is_cited_twice(on):
    """`citations` lists each provision once: QĐ 59/2015 Art. 2(1)(a) sets both the band and the cut-off."""
    a = gn.assess(_hh(RURAL, 800_000, TWO), on=on)
    rendered = [citation.render("en") for citation in a.citations]
    assert len(set(rendered)) == len(rendered)


# --- the fields still needed, as an officer reads them ---------------------------------------------------------


def test_fields_still_needed_are_named_as_on_the_form():
    """An undetermined indicator and status name members from 1 and the dwelling's facts by their labels."""
    members = [gn.Member(birth_date=dt.date(1980, 1, 1), has_health_insurance=False, uses_internet=False)]
    household = gn.Household(
        area=RURAL, income_per_capita_monthly_vnd=1_500_000, members=members, dwelling=gn.Dwelling()
    )
    a = gn.assess(household, on=dt.date(2023, 6, 1))
    vi, en = a.explain("vi"), a.explain("en")
    assert "Còn thiếu: thành viên thứ 1: việc làm chính." in vi
    assert "Still needed: member 1: main work." in en
    assert "Còn thiếu: nhà ở: tường; nhà ở: cột, khung; nhà ở: mái." in vi  # ";" between fields: labels hold ","
    assert "Still needed: dwelling: walls; dwelling: columns, frame; dwelling: roof." in en
    assert "Cần bổ sung: thành viên thứ 1: việc làm chính; thành viên thứ 1: người khuyết tật; nhà ở: tường;" in vi
    assert "members[0]" not in vi + en
    assert ("members[0].employment", "members[0].disability") == a.needed[:2]  # the data keep their paths


def test_an_indicator_to_state_is_named_by_its_indicator():
    """An indicator without a rule is needed as a stated deprivation, named by the indicator, not ``deprived:ID``."""
    standard = gn.standard_in_force(on=dt.date(2023, 6, 1))
    indicators = tuple(attrs.evolve(i, rule=None) if i.id == "water" else i for i in standard.indicators)
    members = [gn.Member(birth_date=dt.date(1980, 1, 1), has_health_insurance=False, uses_internet=False)]
    household = gn.Household(
        area=RURAL, income_per_capita_monthly_vnd=1_500_000, members=members, dwelling=gn.Dwelling()
    )
    a = gn.assess(household, on=dt.date(2023, 6, 1), standard=attrs.evolve(standard, indicators=indicators))
    assert "deprived:water" in a.needed
    assert "chỉ số thiếu hụt (đã xác định): Nguồn nước sinh hoạt;" in a.explain("vi")
    assert "deprivations (as found): Domestic water source;" in a.explain("en")
    assert "deprived:water" not in a.explain("vi") + a.explain("en")
