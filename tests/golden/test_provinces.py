"""Golden cases for the provincial standards: Bình Dương (74) 2016-2021 and Hồ Chí Minh City (79) 2014-2025.

Each row is a household on a date, the jurisdiction, and the status its own standard gives, with the source.
Bình Dương's lines are monthly per person, rural/urban, and "below" the line (an income equal to it is above);
Hồ Chí Minh City's are yearly per person and city-wide. Amounts in VND.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn

POOR, NEAR, MIDDLE, NONE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR
TWO = frozenset({"water", "telecom"})
THREE = frozenset({"water", "telecom", "sanitation"})


def hh(area: str, monthly: int | None = None, *, yearly: int | None = None, size: int | None = None, deprived=()):
    return gn.Household(
        area=area, income_per_capita_monthly_vnd=monthly, income_yearly_vnd=yearly, size=size, deprived=deprived
    )


# (jurisdiction, date, household, expected status, provincial standard id)
# fmt: off
CASES = [
    # NQ 47/2015/NQ-HĐND8 (Bình Dương), lines quoted by the provincial portal: poor below 1,200,000 rural / 1,400,000 urban.
    pytest.param("74", dt.date(2016, 1, 1), hh("rural", 1_199_999), POOR, "74-2016-2020", id="74-rural-just-below-poverty-line"),
    pytest.param("74", dt.date(2016, 1, 1), hh("rural", 1_200_000), NEAR, "74-2016-2020", id="74-rural-on-poverty-line-is-above-it"),
    pytest.param("74", dt.date(2016, 1, 1), hh("rural", 1_200_000, deprived=THREE), POOR, "74-2016-2020", id="74-rural-on-line-3-deprivations"),
    pytest.param("74", dt.date(2018, 6, 1), hh("urban", 1_399_999), POOR, "74-2016-2020", id="74-urban-below-poverty-line"),
    pytest.param("74", dt.date(2018, 6, 1), hh("urban", 1_400_000, deprived=TWO), NEAR, "74-2016-2020", id="74-urban-on-line-2-deprivations"),
    # Near-poor line: below 1,600,000 rural / 1,800,000 urban.
    pytest.param("74", dt.date(2019, 6, 1), hh("rural", 1_599_999, deprived=TWO), NEAR, "74-2016-2020", id="74-rural-below-near-poor-line"),
    pytest.param("74", dt.date(2019, 6, 1), hh("rural", 1_600_000, deprived=THREE), NONE, "74-2016-2020", id="74-rural-on-near-poor-line"),
    pytest.param("74", dt.date(2020, 12, 31), hh("urban", 1_799_999, deprived=THREE), POOR, "74-2016-2020", id="74-urban-last-day-2020"),
    pytest.param("74", dt.date(2020, 12, 31), hh("urban", 1_800_000), NONE, "74-2016-2020", id="74-urban-on-near-poor-line"),
    # NQ 07/2020/NQ-HĐND continued it into 2021; the resolution of 16/03/2021 to 31/12/2021.
    pytest.param("74", dt.date(2021, 1, 1), hh("rural", 1_199_999), POOR, "74-2021-q1", id="74-2021-first-day"),
    pytest.param("74", dt.date(2021, 3, 15), hh("rural", 1_500_000), NEAR, "74-2021-q1", id="74-2021-03-15-under-nq-07-2020"),
    pytest.param("74", dt.date(2021, 3, 16), hh("rural", 1_500_000), NEAR, "74-2021", id="74-2021-03-16-under-new-resolution"),
    pytest.param("74", dt.date(2021, 12, 31), hh("urban", 1_700_000), NEAR, "74-2021", id="74-2021-last-day"),
    # Hồ Chí Minh City 2014-2015 (from 24/01/2014): poor under 16 million a year, near-poor 16 to 21 million.
    pytest.param("79", dt.date(2014, 1, 24), hh("urban", yearly=15_999_999, size=1), POOR, "79-2014-2015", id="79-2014-first-day-below-16m"),
    pytest.param("79", dt.date(2014, 6, 1), hh("rural", yearly=16_000_000, size=1), NEAR, "79-2014-2015", id="79-2014-on-16m"),
    pytest.param("79", dt.date(2015, 12, 31), hh("urban", yearly=21_000_000, size=1), NEAR, "79-2014-2015", id="79-2015-on-21m"),
    pytest.param("79", dt.date(2015, 12, 31), hh("urban", yearly=21_000_001, size=1), NONE, "79-2014-2015", id="79-2015-above-21m"),
    # 2016-2018: poor at most 21 million, near-poor above 21 to 28 million.
    pytest.param("79", dt.date(2016, 1, 1), hh("urban", 1_750_000), POOR, "79-2016-2018", id="79-2016-1.75m-a-month-is-21m"),
    pytest.param("79", dt.date(2016, 1, 1), hh("urban", 1_750_001), NEAR, "79-2016-2018", id="79-2016-one-vnd-more-a-month"),
    pytest.param("79", dt.date(2018, 12, 31), hh("rural", yearly=112_000_000, size=4), NEAR, "79-2016-2018", id="79-2018-28m-each"),
    pytest.param("79", dt.date(2018, 12, 31), hh("rural", yearly=112_000_004, size=4), NONE, "79-2016-2018", id="79-2018-above-28m"),
    # 2019-2020: poor under 28 million, near-poor up to 36 million (Xinhua).
    pytest.param("79", dt.date(2019, 1, 1), hh("urban", yearly=28_000_000, size=1), NEAR, "79-2019-2020", id="79-2019-on-28m-is-above"),
    pytest.param("79", dt.date(2019, 1, 1), hh("urban", yearly=27_999_999, size=1), POOR, "79-2019-2020", id="79-2019-below-28m"),
    pytest.param("79", dt.date(2020, 12, 31), hh("urban", 3_000_000), NEAR, "79-2019-2020", id="79-2020-36m"),
    # NQ 13/2020/NQ-HĐND, QĐ 995/QĐ-UBND: poor at most 36 million, near-poor above 36 to 46 million.
    pytest.param("79", dt.date(2021, 1, 1), hh("urban", 3_000_000), POOR, "79-2021-2025", id="79-2021-3m-a-month-is-36m"),
    pytest.param("79", dt.date(2023, 6, 1), hh("rural", yearly=46_000_000, size=1), NEAR, "79-2021-2025", id="79-2023-on-46m"),
    pytest.param("79", dt.date(2024, 9, 30), hh("rural", yearly=46_000_001, size=1), NONE, "79-2021-2025", id="79-2024-09-30-above-46m"),
    # NQ 15/2024/NQ-HĐND from 01/10/2024, as applied in the 2025 review (QĐ 505/QĐ-UBND): poor ≤ 46m, near-poor ≤ 54m.
    pytest.param("79", dt.date(2024, 10, 1), hh("rural", yearly=46_000_000, size=1), POOR, "79-2024-2025", id="79-2024-10-01-on-46m"),
    pytest.param("79", dt.date(2025, 12, 31), hh("urban", yearly=54_000_000, size=1), NEAR, "79-2024-2025", id="79-2025-on-54m"),
    pytest.param("79", dt.date(2025, 12, 31), hh("urban", yearly=54_000_001, size=1), NONE, "79-2024-2025", id="79-2025-above-54m"),
]
# fmt: on


@pytest.mark.parametrize(("code", "on", "household", "expected", "standard_id"), CASES)
def test_provincial_status(code, on, household, expected, standard_id):
    a = gn.assess(household, on=on, jurisdiction=code)
    assert (expected, standard_id) == (a.status, a.standard.id)


def test_hcmc_lines_are_yearly_and_city_wide():
    on = dt.date(2023, 6, 1)
    standard = gn.standard_in_force(on=on, jurisdiction="79")
    assert gn.IncomePeriod.YEAR is standard.income_period
    assert standard.limits(gn.Area.RURAL) == standard.limits(gn.Area.URBAN) == (36_000_000, 46_000_000)
    text = gn.assess(hh("rural", yearly=150_000_000, size=4), on=on, jurisdiction="79").explain("en")
    assert "Yearly income per person = 150,000,000 VND a year ÷ 4 persons = 37,500,000 VND." in text
    assert "37,500,000 VND a year ≤ city near-poverty line 46,000,000 VND a year (at or under it)." in text
    assert "one set of lines for every area" in text


def test_binh_duong_lines_stop_below_their_bound():
    text = gn.assess(hh("rural", 1_200_000), on=dt.date(2018, 6, 1), jurisdiction="74").explain("en")
    assert "1,200,000 VND ≥ provincial poverty line 1,200,000 VND." in text
    assert "1,200,000 VND < provincial near-poverty line 1,600,000 VND (below it)." in text


# --- dates outside the provincial rules ----------------------------------------------------------------------------


def test_binh_duong_has_no_standard_encoded_from_2022():
    with pytest.raises(gn.NoRuleInForce) as caught:
        gn.assess(hh("rural", 1_000_000), on=dt.date(2023, 6, 1), jurisdiction="74")
    assert "2016-01-01 to 2021-12-31" in str(caught.value)
    assert "known only as a draft" in str(caught.value)


def test_binh_duong_after_the_merger_keeps_its_former_territory():
    """NQ 202/2025/QH15: from 2025-07-01 Bình Dương is part of Hồ Chí Minh City (79); its own resolutions still apply
    in its former territory until replaced (SGGP, 11/07/2025), and it has no standard of its own then."""
    for on in (dt.date(2025, 7, 1), dt.date(2026, 3, 1)):
        with pytest.raises(gn.NoRuleInForce) as caught:
            gn.assess(hh("rural", 1_000_000), on=on, jurisdiction="74")
        assert "has been part of Hồ Chí Minh City (79) since 2025-07-01" in str(caught.value)
        assert "the national standard applies" in str(caught.value)
    both = gn.assess_all(hh("rural", 1_000_000), on=dt.date(2025, 7, 1), jurisdiction="74")
    assert both.provincial is None
    assert "the national standard applies" in (both.provincial_gap or "")


def test_binh_duong_on_the_last_day_before_the_merger_has_no_standard_but_exists():
    r = gn.assess_all(hh("rural", 1_000_000), on=dt.date(2025, 6, 30), jurisdiction="74")
    assert r.provincial is None
    assert r.national.status is gn.Status.NEAR_POOR
    assert "known only as a draft" in (r.provincial_gap or "")


def test_hcmc_has_no_standard_before_2014_01_24_or_from_2026():
    for on in (dt.date(2014, 1, 23), dt.date(2026, 1, 1)):
        with pytest.raises(gn.NoRuleInForce, match="2014-01-24 to 2025-12-31"):
            gn.standard_in_force(on=on, jurisdiction="79")


def test_unknown_jurisdiction_and_both_standard_and_jurisdiction_are_refused():
    with pytest.raises(gn.InvalidInput, match="unknown jurisdiction '01'; known: VN"):
        gn.assess(hh("rural", 1), on=dt.date(2020, 1, 1), jurisdiction="01")
    with pytest.raises(gn.InvalidInput, match="not both"):
        gn.assess(
            hh("rural", 1),
            on=dt.date(2020, 1, 1),
            jurisdiction="74",
            standard=gn.NATIONAL_STANDARDS.at(on=dt.date(2020, 1, 1)),
        )


# --- national and provincial at once ---------------------------------------------------------------------------------


def test_assess_all_gives_national_and_provincial():
    """QĐ 59/2015 vs NQ 47/2015: 1,300,000 VND rural is middle nationally, near-poor in Bình Dương."""
    r = gn.assess_all(hh("rural", 1_300_000, deprived=TWO), on=dt.date(2018, 6, 1), jurisdiction="74")
    assert (MIDDLE, NEAR) == (r.national.status, r.provincial.status)
    assert ("vn-2016-2020", "74-2016-2020") == (r.national.standard.id, r.provincial.standard.id)
    text = r.explain("vi")
    assert "Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020" in text
    assert "Chuẩn nghèo tiếp cận đa chiều tỉnh Bình Dương giai đoạn 2016-2020" in text


def test_jurisdiction_registry():
    assert ["VN", "74", "79"] == list(gn.JURISDICTIONS)
    bd = gn.jurisdiction("74")
    assert ("79", dt.date(2025, 7, 1)) == (bd.successor, bd.window.end)
    assert "202/2025/QH15" == bd.succession.instrument.number
    assert gn.JurisdictionLevel.CITY is gn.jurisdiction("79").level
    assert gn.standard_in_force(on=dt.date(2023, 1, 1)) is gn.standard_in_force(
        on=dt.date(2023, 1, 1), jurisdiction="VN"
    )


@pytest.mark.parametrize("code", ["74", "79"])
def test_provincial_timelines_tile_and_carry_their_jurisdiction(code):
    place = gn.jurisdiction(code)
    assert place.standards is not None
    for window, standard in place.standards:
        assert window == standard.window
        assert code == standard.jurisdiction
        assert standard.basis.instrument in place.instruments


def test_provincial_data_is_cited_and_flagged():
    """Every provincial figure is at best `reported` (no provincial text has been read)."""
    strong = {gn.Verification.OFFICIAL, gn.Verification.QUOTED}
    for code in ("74", "79"):
        for _, standard in gn.jurisdiction(code).standards:
            data = gn.legal_data(standard=standard)
            provincial = [d for d in data if d.citation.instrument in gn.jurisdiction(code).instruments]
            assert provincial
            for datum in provincial:
                assert datum.verification not in strong, datum.key
                assert datum.citation.evidence, datum.key


# --- a household located by its commune ------------------------------------------------------------------------------


def test_the_commune_gives_the_area_on_the_date():
    """An Điền (25840, Bến Cát) was a xã until 2024-04-30 and a phường from 2024-05-01 (1012/NQ-UBTVQH15):
    rural, then urban (Luật 77/2015/QH13 Điều 4, reported)."""
    household = gn.Household(commune="25840", income_per_capita_monthly_vnd=1_700_000, id="BC-1")
    before = gn.assess(household, on=dt.date(2024, 4, 30))
    after = gn.assess(household, on=dt.date(2024, 5, 1))
    assert (gn.Area.RURAL, gn.Status.MIDDLE) == (before.area, before.status)  # 1,700,000 > 1,500,000 rural
    assert (gn.Area.URBAN, gn.Status.NEAR_POOR) == (after.area, after.status)  # ≤ 2,000,000 urban
    assert "Area: urban (Phường An Điền (25840), a ward)." in after.explain("en")
    assert after.area_source is not None
    assert "77/2015/QH13" == after.area_source.citation.instrument.number
    again = gn.assessment_from_json(gn.assessment_to_json(after))
    assert again == after


def test_the_commune_gives_the_province_for_assess_all():
    household = gn.Household(commune="25981", income_per_capita_monthly_vnd=1_300_000, deprived=TWO)  # An Sơn
    both = gn.assess_all(household, on=dt.date(2021, 6, 1))
    assert "74" == both.jurisdiction
    assert (gn.Area.RURAL, gn.Status.NEAR_POOR) == (both.provincial.area, both.provincial.status)


def test_a_stated_area_must_agree_with_the_commune():
    household = gn.Household(area="urban", commune="25981", income_per_capita_monthly_vnd=1, id="X")
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(household, on=dt.date(2022, 1, 1))
    assert ("area", "X") == (caught.value.field, caught.value.household)
    assert "contradicts commune 25981 (Xã An Sơn (25981)): a commune, rural on 2022-01-01" in str(caught.value)


def test_commune_errors():
    with pytest.raises(gn.InvalidInput, match="give the area"):
        gn.Household(income_per_capita_monthly_vnd=1)
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(gn.Household(commune="99999", income_per_capita_monthly_vnd=1, id="Y"), on=dt.date(2022, 1, 1))
    assert ("commune", "Y") == (caught.value.field, caught.value.household)
    with pytest.raises(gn.NoRuleInForce) as early:
        gn.assess(gn.Household(commune="25981", income_per_capita_monthly_vnd=1), on=dt.date(2019, 11, 30))
    assert "give the household's area" in str(early.value)
    later = gn.assess(gn.Household(commune="25981", income_per_capita_monthly_vnd=1), on=dt.date(2025, 7, 1))
    assert later.area_source is not None
    assert "72/2025/QH15" == later.area_source.citation.instrument.number  # followed to its successor
