"""The public strategies of ``giamngheo.testing`` draw what they promise, and reach the bounds of the law."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import testing

FIND = settings(max_examples=5_000, database=None, deadline=None)
ON_2023 = dt.date(2023, 6, 1)


def test_public_names_are_sorted():
    """`giamngheo.testing.__all__` is sorted and every name in it exists."""
    assert sorted(testing.__all__) == testing.__all__
    for name in testing.__all__:
        assert callable(getattr(testing, name))


@given(testing.dates_in_force())
def test_dates_are_in_force(on):
    """`dates_in_force` draws only dates from 2006-01-01 to 2030-12-31."""
    assert dt.date(2006, 1, 1) <= on <= dt.date(2030, 12, 31)
    gn.standard_in_force(on=on)


@pytest.mark.parametrize(
    "edge", [dt.date(2006, 1, 1), dt.date(2021, 12, 31), dt.date(2027, 1, 1), dt.date(2030, 12, 31)]
)
def test_dates_reach_every_window_edge(edge):
    """`dates_in_force` reaches the first and last day of the windows, where the standard in force changes."""
    assert edge == find(testing.dates_in_force(), lambda on: on == edge, settings=FIND)


@given(testing.areas())
def test_areas_are_areas(area):
    """`areas` draws `Area` members."""
    assert isinstance(area, gn.Area)


# (date, a bound of the standard in force then) — NĐ 07/2021 Art. 3(2) and QĐ 170/2005 Art. 1
@pytest.mark.parametrize(
    ("on", "bound"),
    [(ON_2023, 1_500_000), (ON_2023, 3_000_000), (dt.date(2008, 6, 1), 260_000), (dt.date(2029, 1, 1), 2_800_000)],
)
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_incomes_reach_every_bound_and_its_neighbours(on, bound, offset):
    """`incomes_vnd(on)` reaches each band bound of the standard in force, and one VND under and over it."""
    target = bound + offset
    assert target == find(testing.incomes_vnd(on), lambda income: income == target, settings=FIND)


@given(testing.incomes_vnd())
def test_incomes_are_whole_non_negative_vnd(income):
    """`incomes_vnd` draws non-negative integers."""
    assert type(income) is int
    assert income >= 0


@given(testing.household_and_date())
def test_household_and_date_are_consistent(case):
    """`household_and_date` draws a household whose deprivations are indicators of the standard on its date."""
    household, on = case
    standard = gn.standard_in_force(on=on)
    assert household.deprived <= standard.indicator_ids
    assert standard == gn.assess(household, on=on).standard


@given(testing.households(dt.date(2008, 6, 1)))
def test_income_only_standards_get_no_deprivations(household):
    """Under an income-only standard (QĐ 170/2005) the drawn households state no deprivation."""
    assert frozenset() == household.deprived


def test_households_reach_a_yearly_income_exactly_on_the_line():
    """`households(on)` gives yearly incomes landing exactly on a line (NĐ 07/2021: 1,500,000 rural)."""
    household = find(
        testing.households(ON_2023),
        lambda hh: hh.income_yearly_vnd is not None and hh.size > 1 and hh.income_per_capita == 1_500_000,
        settings=FIND,
    )
    assert 1_500_000 == household.income_per_capita


def test_households_reach_a_fraction_just_over_the_line():
    """`households(on)` gives yearly incomes a fraction of a VND over a line."""
    household = find(
        testing.households(ON_2023),
        lambda hh: 1_500_000 < hh.income_per_capita < 1_500_001,
        settings=FIND,
    )
    assert household.income_yearly_vnd is not None


@pytest.mark.parametrize("count", [2, 3])
def test_households_reach_the_cutoff_and_one_short_of_it(count):
    """`households(on)` draws 2 and 3 deprivations (one short of and at the cut-off of NĐ 07/2021)."""
    household = find(testing.households(ON_2023), lambda hh: len(hh.deprived) == count, settings=FIND)
    assert count == len(household.deprived)


@given(st.data())
def test_standard_takes_precedence_over_the_date(data):
    """`households(on, standard=s)` draws for `s`, whatever the date."""
    standard = gn.standard_in_force(on=dt.date(2018, 1, 1))
    household = data.draw(testing.households(ON_2023, standard=standard))
    assert household.deprived <= standard.indicator_ids
    gn.assess(household, on=dt.date(2018, 1, 1))


@given(testing.standards())
def test_standards_are_the_national_ones(standard):
    """`standards` draws the national standards."""
    assert standard in [s for _, s in gn.NATIONAL_STANDARDS]


def test_a_date_outside_the_covered_range_is_refused():
    """`households(on)` and `incomes_vnd(on)` refuse a date on which no standard is in force."""
    with pytest.raises(gn.NoRuleInForce):
        testing.households(dt.date(2031, 1, 1))
    with pytest.raises(gn.NoRuleInForce):
        testing.incomes_vnd(dt.date(2005, 12, 31))
