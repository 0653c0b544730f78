"""The public strategies of ``giamngheo.testing`` draw what they promise, and reach the bounds of the law."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import Phase, example, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

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


# --- members and dwelling -----------------------------------------------------------------------------------

ON_2018 = dt.date(2018, 3, 1)
#: Reaching a value needs no shrinking: stop at the first example found.
REACH = settings(max_examples=5_000, database=None, deadline=None, phases=[Phase.generate])
MEMBER_ID = re.compile(r"M-\d\d")
#: The facts of a member (every field but the id) and of a dwelling.
MEMBER_FACTS = tuple(f.name for f in attrs.fields(gn.Member) if f.name != "id")
DWELLING_FACTS = tuple(f.name for f in attrs.fields(gn.Dwelling))


def _age_thresholds(standard):
    """The age thresholds of the standard's indicators, read from their data."""
    keys = {"min_age", "max_age", "split_age", "child_under", "elderly_from", "min_working_age"}
    return sorted({t.value.value for i in standard.indicators for t in i.thresholds if t.key in keys})


def test_the_age_thresholds_are_the_legal_ones():
    """The thresholds read from NĐ 07/2021's indicators: 3, 6, 15, 16, 18, 31 and 60 years."""
    assert [3, 6, 15, 16, 18, 31, 60] == _age_thresholds(gn.standard_in_force(on=ON_2023))


@given(st.data())
def test_birth_dates_are_never_after_the_date(data):
    """`birth_dates(on)` draws dates on or before `on`, of people aged 0 to 100, and so do `members(on)`."""
    on = data.draw(testing.dates_in_force())
    birth = data.draw(testing.birth_dates(on))
    assert birth <= on
    assert 0 <= gn.age_on(birth, on) <= 100
    member = data.draw(testing.members(on))
    assert member.birth_date is None or member.birth_date <= on


@pytest.mark.parametrize("on", [ON_2023, dt.date(2024, 2, 29), ON_2018])
@pytest.mark.parametrize("days", [-1, 0, 1])
def test_birth_dates_reach_every_age_threshold_and_the_days_beside_it(on, days):
    """Born exactly A years before `on` (aged A that day), the day after (A - 1) and the day before (A)."""
    for age in _age_thresholds(gn.standard_in_force(on=on)):
        target = on - relativedelta(years=age) + dt.timedelta(days=days)
        assert target == find(testing.birth_dates(on), lambda b, t=target: b == t, settings=REACH)
        assert (age - 1 if days == 1 else age) == gn.age_on(target, on)


def test_birth_dates_reach_the_year_of_birth_threshold():
    """QĐ 59/2015 (adult education): born from 1986 on; 1 January 1986 and 31 December 1985 are drawn."""
    for target in (dt.date(1986, 1, 1), dt.date(1985, 12, 31)):
        assert target == find(testing.birth_dates(ON_2018), lambda b, t=target: b == t, settings=REACH)


@pytest.mark.parametrize("months", [62 * 12, 58 * 12 + 4])
def test_birth_dates_reach_the_retirement_ages(months):
    """BLLĐ 2019 Art. 169(2), in 2030: men retire at 62, women at 58 years 4 months; both are drawn."""
    on = dt.date(2030, 6, 1)
    target = on - relativedelta(months=months)
    assert target == find(testing.birth_dates(on), lambda b: b == target, settings=REACH)


def test_birth_dates_reach_29_february():
    """A person born on 29 February is drawn near a threshold: 16 and 60 years before 2024 are leap years."""
    on = dt.date(2024, 3, 1)
    birth = find(testing.birth_dates(on), lambda b: (b.month, b.day) == (2, 29), settings=REACH)
    assert birth <= on


def test_birth_dates_spread_over_every_age():
    """Ages from 0 to 100 are drawn, not only the thresholds."""
    for age in (0, 42, 100):
        birth = find(testing.birth_dates(ON_2023), lambda b, a=age: gn.age_on(b, ON_2023) == a, settings=REACH)
        assert age == gn.age_on(birth, ON_2023)


@given(testing.members(ON_2023))
def test_members_are_valid(member):
    """`members(on)` draws `Member`s with ids None or "M-nn" (never a name) and facts of the right types."""
    assert isinstance(member, gn.Member)
    assert member.id is None or MEMBER_ID.fullmatch(member.id)
    kinds = {"sex": gn.Sex, "education": gn.Education, "employment": gn.Employment, "nutrition": gn.Nutrition}
    for name in MEMBER_FACTS:
        value = getattr(member, name)
        if value is not None and name != "birth_date":
            assert isinstance(value, kinds.get(name, bool))


@given(testing.members(ON_2023, unknown_rate=0))
def test_members_with_no_unknown_rate_know_everything(member):
    """`members(on, unknown_rate=0)` leaves no fact unknown."""
    assert all(getattr(member, name) is not None for name in MEMBER_FACTS)


@given(testing.members(ON_2023, unknown_rate=1))
def test_members_with_an_unknown_rate_of_one_know_nothing(member):
    """`members(on, unknown_rate=1)` leaves every fact unknown."""
    assert all(getattr(member, name) is None for name in MEMBER_FACTS)


_KINDS = {
    "sex": gn.Sex,
    "education": gn.Education,
    "employment": gn.Employment,
    "nutrition": gn.Nutrition,
    "wall": gn.Material,
    "column": gn.Material,
    "roof": gn.Material,
    "water_source": gn.WaterSource,
    "latrine": gn.Latrine,
    "devices": (frozenset(),),  # "owns none of them"
}
MEMBER_VALUES = [
    (name, value) for name in MEMBER_FACTS if name != "birth_date" for value in (None, *_KINDS.get(name, (False, True)))
]
DWELLING_VALUES = [
    (name, value)
    for name in DWELLING_FACTS
    for value in (None, *(() if name == "floor_area_m2" else _KINDS.get(name, (False, True))))
]


class _AllSeen(Exception):
    """Raised to stop drawing once every value wanted has been seen."""


def _unseen(strategy, wanted):
    """The (field, value) pairs of ``wanted`` that up to 10,000 draws of ``strategy`` do not show."""
    unseen = set(wanted)

    @settings(max_examples=10_000, database=None, deadline=None, phases=[Phase.generate])
    @given(strategy)
    def collect(drawn):
        unseen.difference_update({(name, value) for name, value in unseen if getattr(drawn, name) == value})
        if not unseen:
            raise _AllSeen

    with contextlib.suppress(_AllSeen):
        collect()
    return unseen


def test_members_reach_every_value_and_the_unknown():
    """Every value of every enumeration, both flags, and unknown (None) are drawn for each fact of a member."""
    assert set() == _unseen(testing.members(ON_2023), [*MEMBER_VALUES, ("birth_date", None)])


def test_dwellings_reach_every_value_and_the_unknown():
    """Every material, water source and latrine, no device, both flags, and unknown are drawn for a dwelling."""
    assert set() == _unseen(testing.dwellings(), DWELLING_VALUES)


@given(testing.dwellings(3))
def test_dwellings_are_valid(dwelling):
    """`dwellings(size)` draws `Dwelling`s with exact, non-negative floor areas and device sets."""
    assert isinstance(dwelling, gn.Dwelling)
    assert dwelling.floor_area_m2 is None or (
        isinstance(dwelling.floor_area_m2, Fraction) and dwelling.floor_area_m2 >= 0
    )
    assert dwelling.devices is None or isinstance(dwelling.devices, frozenset)


@pytest.mark.parametrize("size", [1, 3, 8])
@pytest.mark.parametrize("offset", [Fraction(-1, 100), 0, Fraction(1, 100)])
def test_floor_areas_reach_the_area_per_person_boundary(size, offset):
    """NĐ 07/2021 (housing area): 8 m² per person; exactly 8 × size, and a hundredth of a m² either side."""
    target = 8 * size + offset
    area = find(
        testing.floor_areas(size, on=ON_2023),
        lambda a: Fraction(a.replace(",", ".") if isinstance(a, str) else a) == target,
        settings=REACH,
    )
    assert target == gn.Dwelling(floor_area_m2=area).floor_area_m2


@pytest.mark.parametrize("kind", [int, Fraction, Decimal, str])
def test_floor_areas_come_in_every_exact_form(kind):
    """Floor areas are drawn as int, Fraction, Decimal and decimal strings (with "." and ","); never a float."""
    find(testing.floor_areas(2), lambda a: type(a) is kind, settings=REACH)
    if kind is str:
        find(testing.floor_areas(2), lambda a: isinstance(a, str) and "," in a, settings=REACH)


@given(testing.floor_areas())
def test_floor_areas_are_accepted_by_dwelling(area):
    """Every drawn floor area is exact (never a float) and accepted by `Dwelling` as a non-negative number of m²."""
    assert not isinstance(area, float)
    assert gn.Dwelling(floor_area_m2=area).floor_area_m2 >= 0


@given(testing.member_household_and_date())
def test_member_households_are_assessable(case):
    """`member_household_and_date` draws 1 to 8 members, a dwelling or none, and `assess` never raises."""
    household, on = case
    assert 1 <= len(household.members) <= 8
    assert household.size == len(household.members)
    assert household.dwelling is None or isinstance(household.dwelling, gn.Dwelling)
    assert all(m.birth_date is None or m.birth_date <= on for m in household.members)
    assert frozenset() == household.deprived
    a = gn.assess(household, on=on)
    assert a.deprived | a.undetermined <= a.standard.indicator_ids


@given(testing.households_with_members(ON_2023, unknown_rate=0))
def test_complete_households_have_every_fact(household):
    """With `unknown_rate=0` every fact of every member and of the dwelling is known."""
    assert household.dwelling is not None
    assert all(getattr(household.dwelling, name) is not None for name in DWELLING_FACTS)
    assert all(getattr(m, name) is not None for m in household.members for name in MEMBER_FACTS)


@pytest.mark.parametrize(
    "status", [gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR, gn.Status.UNDETERMINED]
)
def test_member_households_reach_every_status(status):
    """Under NĐ 07/2021 the drawn households are poor, near-poor, middle, neither, or undetermined."""
    find(
        testing.households_with_members(ON_2023),
        lambda hh: gn.assess(hh, on=ON_2023).status is status,
        settings=REACH,
    )


@pytest.mark.parametrize("count", [0, 2, 3])
def test_complete_member_households_reach_the_cutoff(count):
    """Complete households deprived of nothing, one short of the cut-off (2) and at it (3) are drawn."""
    find(
        testing.households_with_members(ON_2023, unknown_rate=0),
        lambda hh: len(gn.assess(hh, on=ON_2023).deprived) == count,
        settings=REACH,
    )


@pytest.mark.parametrize("size", [1, 8])
def test_member_households_reach_one_and_eight_members(size):
    """Households of one member and of eight are drawn."""
    find(testing.households_with_members(ON_2023), lambda hh: len(hh.members) == size, settings=REACH)


@given(st.data())
def test_households_with_members_without_a_date_fit_the_whole_window(data):
    """Without a date, birth dates are on or before the first day of the standard's window."""
    standard = data.draw(testing.standards())
    household = data.draw(testing.households_with_members(standard=standard))
    assert all(m.birth_date is None or m.birth_date <= standard.window.start for m in household.members)
    gn.assess(household, on=standard.window.last_day, standard=standard)


@given(st.data())
def test_completions_fill_every_unknown_and_keep_every_known_fact(data):
    """`completions(household, on)` leaves nothing unknown, and keeps the known facts, area and income."""
    household = data.draw(testing.households_with_members(ON_2023, unknown_rate=0.5))
    complete = data.draw(testing.completions(household, ON_2023))
    assert complete.dwelling is not None
    assert all(getattr(complete.dwelling, n) is not None for n in DWELLING_FACTS)
    assert len(household.members) == len(complete.members)
    for before, after in zip(household.members, complete.members, strict=True):
        assert before.id == after.id
        for name in MEMBER_FACTS:
            assert getattr(after, name) is not None
            assert getattr(before, name) in (None, getattr(after, name))
    if household.dwelling is not None:
        for name in DWELLING_FACTS:
            assert getattr(household.dwelling, name) in (None, getattr(complete.dwelling, name))
    assert (household.area, household.income_per_capita) == (complete.area, complete.income_per_capita)
    assert frozenset() == gn.assess(complete, on=ON_2023).undetermined


@given(st.data())
def test_completions_draw_members_when_none_are_listed(data):
    """A household with a dwelling but no members listed gets as many members as its size."""
    household = gn.Household(area="rural", income_yearly_vnd=36_000_000, size=3, dwelling=gn.Dwelling())
    complete = data.draw(testing.completions(household, ON_2023))
    assert 3 == len(complete.members)
    assert 1_000_000 == complete.income_per_capita


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(0, 120))
@example(dt.date(2024, 2, 29), 4)  # born 2020-02-29
@example(dt.date(2024, 2, 29), 1)  # born 2023-02-28: their birthday was the day before
@example(dt.date(2023, 3, 1), 6)
def test_build_member_gives_the_exact_age(on, age):
    """`build_member(age, on)` is aged exactly `age` on `on`, and turned it that very day (or, for a 29 February
    in a common year of birth, on the 28th)."""
    member = testing.build_member(age, on, has_health_insurance=False)
    assert age == gn.age_on(member.birth_date, on)
    assert age == relativedelta(on, member.birth_date).years
    assert member.has_health_insurance is False
    if age and member.birth_date.day == on.day:
        assert age - 1 == gn.age_on(member.birth_date, on - dt.timedelta(days=1))


def test_build_member_and_household():
    """The builders give a computed household; the default income, 0 VND, is under every poverty line."""
    member = testing.build_member(None, ON_2023, id="M-01")
    assert member.birth_date is None
    household = testing.build_household([member], dwelling=gn.Dwelling(floor_area_m2=8), id="HH-000001")
    assert household.computed
    assert (0, 1, "HH-000001") == (household.income_per_capita, household.size, household.id)
    urban = testing.build_household([member], area="urban", income_per_capita_monthly_vnd=None, income_yearly_vnd=12)
    assert (gn.Area.URBAN, 1) == (urban.area, urban.income_per_capita)


def test_builders_and_strategies_refuse_bad_arguments():
    """A negative age, a birth date as well as an age, a size under 1 and rates outside [0, 1] are refused."""
    with pytest.raises(ValueError, match="negative"):
        testing.build_member(-1, ON_2023)
    with pytest.raises(ValueError, match="birth_date"):
        testing.build_member(3, ON_2023, birth_date=ON_2023)
    with pytest.raises(InvalidArgument):
        testing.floor_areas(0)
    with pytest.raises(InvalidArgument):
        testing.members(ON_2023, unknown_rate=1.5)
    with pytest.raises(InvalidArgument):
        testing.households_with_members(ON_2023, usual_rate=-0.1)
    with pytest.raises(gn.NoRuleInForce):
        testing.birth_dates(dt.date(2031, 1, 1))
