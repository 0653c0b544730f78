"""Laws that hold for every household on every date the library covers, checked with Hypothesis.

Each law is pinned with ``@example`` cases at the bounds where it would first break.
"""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo.testing import (
    areas,
    dates_in_force,
    deprived_ids,
    household_and_date,
    households,
    incomes_vnd,
    standards,
)

FIRST_DAY = dt.date(2006, 1, 1)
END = dt.date(2031, 1, 1)
RURAL, URBAN = gn.Area.RURAL, gn.Area.URBAN
TWO = frozenset({"water", "telecom"})
THREE = frozenset({"health_insurance", "water", "housing_area"})

# Households pinned at the bounds where the laws would first break (monthly income per person, VND).
#: NĐ 07/2021 Art. 3(2)(b): on the 2022-2025 rural line with 2 deprivations, near-poor; a third makes it poor.
ON_LINE_2023 = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_500_000, deprived=TWO)
#: QĐ 59/2015 Art. 2(2)(a): on the rural near-poor bound with 2 deprivations, near-poor; a third makes it poor.
ON_NEAR_BOUND_2018 = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_000_000, deprived=TWO)
#: QĐ 59/2015 Art. 2(1)(a): one VND over the rural poverty line with 2 deprivations, near-poor.
OVER_LINE_2018 = gn.Household(area=RURAL, income_per_capita_monthly_vnd=700_001, deprived=TWO)
#: NĐ 351/2025: on the urban ("đô thị") line with 2 deprivations, one of them from the draft list.
ON_LINE_2030 = gn.Household(area=URBAN, income_per_capita_monthly_vnd=2_800_000, deprived={"waste", "telecom"})


@st.composite
def _same_household_two_incomes(draw):
    """A date, a household for it, and a second income at least as high as the first (both monthly, whole VND)."""
    on = draw(dates_in_force())
    household = draw(households(on))
    incomes = draw(st.lists(incomes_vnd(on), min_size=2, max_size=2))
    return on, household.area, household.deprived, min(incomes), max(incomes)


def _rank(area, income, deprived, on):
    household = gn.Household(area=area, income_per_capita_monthly_vnd=income, deprived=deprived)
    return gn.assess(household, on=on).status.rank


@given(_same_household_two_incomes())
# QĐ 59/2015: poor either side of 700,000
@example((dt.date(2018, 1, 1), RURAL, THREE, 700_000, 700_001))
# QĐ 59/2015: near-poor → middle
@example((dt.date(2018, 1, 1), RURAL, frozenset(), 1_000_000, 1_000_001))
# NĐ 07/2021: poor → middle
@example((dt.date(2023, 6, 1), URBAN, THREE, 2_000_000, 2_000_001))
# NĐ 351/2025: poor → not poor
@example((dt.date(2027, 1, 1), RURAL, THREE, 2_200_000, 2_200_001))
# QĐ 09/2011: poor → not poor
@example((dt.date(2013, 6, 1), URBAN, frozenset(), 500_000, 650_001))
def test_more_income_never_makes_the_status_worse(case):
    """With the same area, deprivations and date, a higher income never gives a lower status rank."""
    on, area, deprived, lower, higher = case
    assert _rank(area, lower, deprived, on) <= _rank(area, higher, deprived, on)


@st.composite
def _household_and_one_more_deprivation(draw):
    """A date, a household for it that is not deprived in every indicator, and one indicator it is not deprived in."""
    on = draw(dates_in_force().filter(lambda day: gn.standard_in_force(on=day).indicators))
    standard = gn.standard_in_force(on=on)
    household = draw(households(on).filter(lambda hh: hh.deprived != standard.indicator_ids))
    extra = draw(st.sampled_from(sorted(standard.indicator_ids - household.deprived)))
    return household, on, extra


@given(_household_and_one_more_deprivation())
# NĐ 07/2021: near-poor → poor
@example((ON_LINE_2023, dt.date(2023, 6, 1), "employment"))
# QĐ 59/2015: near-poor → poor
@example((ON_NEAR_BOUND_2018, dt.date(2018, 1, 1), "housing_area"))
# NĐ 351/2025: near-poor → poor
@example((ON_LINE_2030, dt.date(2030, 12, 31), "water"))
def test_one_more_deprivation_never_makes_the_status_better(case):
    """Adding one more deprivation to a household never gives it a higher status rank."""
    household, on, extra = case
    worse = gn.Household(
        area=household.area,
        income_per_capita_monthly_vnd=household.income_per_capita_monthly_vnd,
        income_yearly_vnd=household.income_yearly_vnd,
        size=household.size,
        deprived=household.deprived | {extra},
    )
    assert gn.assess(worse, on=on).status.rank <= gn.assess(household, on=on).status.rank


def test_timeline_windows_tile_2006_to_2030():
    """The national windows follow each other day after day, from 2006-01-01 up to 2031-01-01 exclusive."""
    windows = [window for window, _ in gn.NATIONAL_STANDARDS]
    assert FIRST_DAY == windows[0].start
    assert END == windows[-1].end
    for before, after in itertools.pairwise(windows):
        assert before.end == after.start
        assert before.last_day + dt.timedelta(days=1) == after.start
    assert gn.Window(FIRST_DAY, END) == gn.NATIONAL_STANDARDS.covered
    for window, standard in gn.NATIONAL_STANDARDS:
        assert window == standard.window


@given(st.dates(min_value=FIRST_DAY, max_value=END - dt.timedelta(days=1)))
# an exact fraction
@example(FIRST_DAY)  # QĐ 170/2005: first day covered
@example(dt.date(2021, 12, 31))  # NĐ 07/2021 Art. 2: last day of QĐ 59/2015
@example(dt.date(2022, 1, 1))  # NĐ 07/2021 Art. 3: first day
@example(dt.date(2026, 12, 31))  # NĐ 351/2025: last day of the 2026 carry-over
@example(dt.date(2027, 1, 1))  # NĐ 351/2025: first day of the 2027-2030 standard
@example(END - dt.timedelta(days=1))  # NĐ 351/2025: last day covered
def test_exactly_one_standard_is_in_force_on_each_covered_day(on):
    """Every day from 2006-01-01 to 2030-12-31 lies in exactly one window, whose standard is the one in force."""
    holding = [standard for window, standard in gn.NATIONAL_STANDARDS if on in window]
    assert 1 == len(holding)
    assert holding[0] == gn.standard_in_force(on=on)
    assert on in gn.standard_in_force(on=on).window


@given(st.dates(max_value=FIRST_DAY - dt.timedelta(days=1)) | st.dates(min_value=END))
@example(FIRST_DAY - dt.timedelta(days=1))  # the day before QĐ 170/2005 applies
@example(END)  # the day after NĐ 351/2025 ends
@example(dt.date.min)
@example(dt.date.max)
def test_no_standard_is_in_force_outside_2006_to_2030(on):
    """Before 2006-01-01 and from 2031-01-01 on, no standard is in force and the error names the date."""
    with pytest.raises(gn.NoRuleInForce) as caught:
        gn.standard_in_force(on=on)
    assert on == caught.value.on
    assert (FIRST_DAY, END) == caught.value.covered
    assert on.isoformat() in str(caught.value)


@given(household_and_date())
@example((gn.Household(area=URBAN, income_yearly_vnd=72_000_001, size=4, id="HH-000001"), dt.date(2023, 6, 1)))
@example(
    (gn.Household(area=RURAL, income_per_capita_monthly_vnd=0, deprived="employment;waste"), dt.date(2030, 12, 31))
)
# income only
@example((gn.Household(area=RURAL, income_per_capita_monthly_vnd=200_000), dt.date(2006, 1, 1)))
def test_json_round_trip_is_identity(case):
    """Reading back the JSON of an assessment gives the same assessment, and writing it again the same text."""
    household, on = case
    a = gn.assess(household, on=on)
    text = gn.assessment_to_json(a)
    back = gn.assessment_from_json(text)
    assert a == back
    assert text == gn.assessment_to_json(back)


@st.composite
def _monthly_case(draw):
    """A date, an area, a household size, a monthly income per person and deprivations valid on that date."""
    on = draw(dates_in_force())
    standard = gn.standard_in_force(on=on)
    return (
        on,
        draw(areas()),
        draw(st.integers(min_value=1, max_value=20)),
        draw(incomes_vnd(on)),
        draw(deprived_ids(standard)),
    )


@given(_monthly_case())
# NĐ 07/2021: 18,000,000 a year for 1 person
@example((dt.date(2023, 6, 1), RURAL, 1, 1_500_000, THREE))
# NĐ 07/2021: just over the urban line
@example((dt.date(2023, 6, 1), URBAN, 4, 2_000_001, THREE))
# QĐ 170/2005
@example((dt.date(2008, 6, 1), URBAN, 7, 260_000, frozenset()))
def test_monthly_and_yearly_incomes_agree(case):
    """A yearly total of 12 x size x the monthly income gives the same per-person income and the same result."""
    on, area, size, monthly, deprived = case
    by_month = gn.Household(area=area, income_per_capita_monthly_vnd=monthly, deprived=deprived)
    by_year = gn.Household(area=area, income_yearly_vnd=12 * size * monthly, size=size, deprived=deprived)
    a, b = gn.assess(by_month, on=on), gn.assess(by_year, on=on)
    assert monthly == by_year.income_per_capita
    assert (a.status, a.band, a.line, a.income_per_capita_monthly_vnd) == (
        b.status,
        b.band,
        b.line,
        b.income_per_capita_monthly_vnd,
    )


def _highest_poor_bound(standard, area):
    """The highest bound of a band that can make a household poor."""
    return max(
        band.upper(area).value for band in standard.bands if gn.Status.POOR in {band.if_deprived, band.otherwise}
    )


@given(household_and_date())
# QĐ 59/2015 Art. 2(3)(a)
@example((gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_000_001, deprived=THREE), dt.date(2018, 1, 1)))
# NĐ 07/2021 Art. 3(2)(c)
@example((gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_500_001, deprived=THREE), dt.date(2023, 6, 1)))
# NĐ 351/2025
@example((gn.Household(area=URBAN, income_per_capita_monthly_vnd=2_800_001, deprived=THREE), dt.date(2027, 1, 1)))
# QĐ 170/2005 Art. 1(2)
@example((gn.Household(area=URBAN, income_per_capita_monthly_vnd=260_001), dt.date(2010, 12, 31)))
def test_never_poor_above_the_highest_poor_bound(case):
    """A household whose income is above every band that can make it poor is never poor."""
    household, on = case
    standard = gn.standard_in_force(on=on)
    assume(household.income_per_capita > _highest_poor_bound(standard, household.area))
    assert gn.Status.POOR != gn.assess(household, on=on).status


@given(household_and_date())
# QĐ 59/2015 Art. 2(2)(a): near-poor, not poor
@example((OVER_LINE_2018, dt.date(2018, 1, 1)))
# QĐ 59/2015 Art. 2(1)(b): 1/12 VND over 900,000
@example((gn.Household(area=URBAN, income_yearly_vnd=10_800_001, size=1), dt.date(2018, 1, 1)))
def test_above_the_first_bound_poverty_needs_the_cutoff(case):
    """Above the first band's bound, a household is poor only if it reaches the deprivation cut-off."""
    household, on = case
    a = gn.assess(household, on=on)
    assume(household.income_per_capita > a.standard.limits(household.area)[0])
    if a.status is gn.Status.POOR:
        assert a.cutoff is not None
        assert a.deprivation_count >= a.cutoff.value


@given(household_and_date())
# NĐ 07/2021 Art. 3(2)(a)
@example((gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_500_000, deprived=THREE), dt.date(2023, 6, 1)))
# QĐ 170/2005 Art. 1(2)
@example((gn.Household(area=URBAN, income_per_capita_monthly_vnd=260_000), dt.date(2010, 12, 31)))
# QĐ 59/2015 Art. 2(1)(a) via NĐ 07/2021 Art. 2
@example((gn.Household(area=RURAL, income_per_capita_monthly_vnd=700_000), dt.date(2021, 12, 31)))
def test_at_or_under_the_first_bound_with_the_cutoff_is_poor(case):
    """At or under the first band's bound, a household reaching the cut-off (or under an income-only standard) is poor."""
    household, on = case
    a = gn.assess(household, on=on)
    assume(household.income_per_capita <= a.standard.limits(household.area)[0])
    assume(a.cutoff is None or a.deprivation_count >= a.cutoff.value)
    assert gn.Status.POOR == a.status


@given(household_and_date())
# NĐ 07/2021 Art. 3(2)(c)
@example((gn.Household(area=URBAN, income_per_capita_monthly_vnd=3_000_001), dt.date(2025, 12, 31)))
# NĐ 07/2021 Art. 3(2)(c): on the bound
@example((gn.Household(area=URBAN, income_yearly_vnd=36_000_000, size=1), dt.date(2025, 12, 31)))
def test_the_line_is_the_bound_of_the_band_the_income_falls_in(case):
    """The line reported is the lowest bound at or over the income; above every bound there is none and no status."""
    household, on = case
    a = gn.assess(household, on=on)
    limits = a.standard.limits(household.area)
    income = Fraction(household.income_per_capita)
    at_or_over = [bound for bound in limits if income <= bound]
    if at_or_over:
        assert at_or_over[0] == a.line.value
        assert limits.index(at_or_over[0]) == a.band
    else:
        assert a.line is None
        assert a.band is None
        assert gn.Status.NOT_POOR == a.status


@st.composite
def _two_days_under_one_standard(draw):
    """A household and two dates under the same standard."""
    household, on = draw(household_and_date())
    window = gn.standard_in_force(on=on).window
    return household, on, draw(st.dates(min_value=window.start, max_value=window.last_day))


@given(_two_days_under_one_standard())
@example(
    (gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_200_000), dt.date(2021, 1, 1), dt.date(2021, 12, 31))
)
def test_the_status_depends_only_on_the_standard_in_force(case):
    """Two dates under the same standard give the same result for the same household."""
    household, on, other_day = case
    a, b = gn.assess(household, on=on), gn.assess(household, on=other_day)
    assert (a.status, a.band, a.standard) == (b.status, b.band, b.standard)


@given(standards(), st.data())
def test_households_strategy_respects_the_standard(standard, data):
    """`giamngheo.testing.households` draws households whose deprivations are indicators of the given standard."""
    household = data.draw(households(standard=standard))
    assert household.deprived <= standard.indicator_ids
    assert (household.income_per_capita_monthly_vnd is None) == (household.income_yearly_vnd is not None)
    gn.assess(household, on=standard.window.start, standard=standard)


def test_every_band_puts_deprivation_no_higher_than_its_absence():
    """In every band of every standard, the status with deprivations ranks no higher than without."""
    for _, standard in gn.NATIONAL_STANDARDS:
        for band in standard.bands:
            assert band.if_deprived.rank <= band.otherwise.rank
        ranks = [min(band.if_deprived.rank, band.otherwise.rank) for band in standard.bands]
        assert sorted(ranks) == ranks
