"""Hypothesis strategies for testing code that uses giamngheo.

This module needs the optional dependency Hypothesis (``pip install "giamngheo[testing]"``); importing
:mod:`giamngheo` itself never imports it.

The strategies draw what the law makes interesting: dates on the first and last day of every validity window,
incomes one VND either side of every band bound, deprivation counts either side of the cut-off, and incomes
given as a yearly total with a household size as well as per person per month.

For deprivations computed from raw facts, :func:`households_with_members` draws members and a dwelling: birth
dates on, one day either side of, every legal age boundary of the standard in force (read from its indicators'
thresholds), floor areas exactly on the minimum area per person and a hundredth of a m² either side, and every
fact left unknown (``None``) now and then. :func:`completions` fills in the unknown facts of a household, and
:func:`build_member` and :func:`build_household` build the cases a test pins by hand.

:func:`boundary_households` (with :func:`boundary_members` and :func:`boundary_birth_dates`) draws households
whose every member sits on a boundary: born on, or a day either side of, each age threshold, each retirement
date of Bộ luật Lao động 2019, Điều 169 khoản 2 for each sex, the 28th to 31st of the months of birth that
retire then (clipped to a shorter month), 29 February, and the assessment day itself: the cases where a
vectorised twin of a rule is most likely to part from the rule.

>>> import datetime as dt
>>> import giamngheo as gn
>>> from hypothesis import given
>>> from giamngheo.testing import build_household, build_member, household_and_date, member_household_and_date
>>> @given(household_and_date())
... def test_my_report(case):
...     household, on = case
...     assert gn.assess(household, on=on).status in gn.Status
>>> @given(member_household_and_date())
... def test_my_survey(case):
...     household, on = case
...     a = gn.assess(household, on=on)
...     assert a.deprived | a.undetermined <= a.standard.indicator_ids
>>> on = dt.date(2023, 6, 1)
>>> child = build_member(6, on, has_health_insurance=False)  # six years old that very day
>>> gn.assess(build_household([child]), on=on).finding("health_insurance").outcome
<Outcome.DEPRIVED: 'deprived'>
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from giamngheo._facts import (
    Device,
    Dwelling,
    Education,
    Employment,
    Latrine,
    Material,
    Member,
    Nutrition,
    Sex,
    WaterSource,
)
from giamngheo._household import Household
from giamngheo._jurisdictions import JURISDICTIONS
from giamngheo._model import Area, Standard, Status
from giamngheo._national import NATIONAL_STANDARDS, standard_in_force
from giamngheo.law.labour_code_2019 import RetirementSchedule
from giamngheo.measure import Sample as AFSample
from giamngheo.measure import Spec as AFSpec
from giamngheo.review import (
    SCORING_RULES,
    Arrival,
    Departure,
    Group,
    Movements,
    Record,
    ScoringRule,
    movements,
    scoring_rule,
)

__all__ = [
    "ReviewCase",
    "af_samples",
    "af_specs",
    "areas",
    "birth_dates",
    "boundary_birth_dates",
    "boundary_household_and_date",
    "boundary_households",
    "boundary_members",
    "build_household",
    "build_member",
    "completions",
    "dates_in_force",
    "deprived_ids",
    "dwellings",
    "floor_areas",
    "household_and_date",
    "households",
    "households_with_members",
    "incomes_vnd",
    "jurisdiction_codes",
    "member_household_and_date",
    "members",
    "provincial_household_and_date",
    "register_rows",
    "review_cases",
    "review_records",
    "score_cases",
    "standards",
]

_MONTHS_PER_YEAR = 12
#: The largest household size drawn; sizes of 1 and of a few members are the common ones.
_MAX_SIZE = 12
#: How far above the highest band bound the "wide range" of incomes reaches, as a multiple of that bound.
_WIDE_FACTOR = 4
#: The largest income drawn at all: a trillion VND a month, to reach far beyond every band.
_HUGE_VND = 10**12
#: Threshold keys whose values are ages in whole years ("từ đủ A tuổi", "dưới A tuổi").
_AGE_KEYS = frozenset({"child_under", "elderly_from", "max_age", "min_age", "min_working_age", "split_age"})
#: Threshold keys whose values are calendar years of birth ("sinh từ năm Y").
_BIRTH_YEAR_KEYS = frozenset({"born_from_year"})
#: The threshold key of the least floor area per person, in m².
_AREA_KEY = "min_m2_per_person"
#: The oldest age drawn, in whole years.
_MAX_AGE = 100
#: The largest number of members drawn for a household with members.
_MAX_MEMBERS = 8
#: The largest floor area of the "wide range" of areas, in m².
_MAX_AREA_M2 = 400
#: Offsets from an area boundary, in m²: a hundredth, a tenth and a whole m² either side.
_AREA_OFFSETS = tuple(Fraction(sign * n, 100) for n in (1, 10, 100) for sign in (-1, 1))
#: The first day of the month from which a birth date may be clipped to the end of a shorter month (relativedelta).
_MONTH_END = 28
#: Member or dwelling: the facts :func:`completions` fills in.
_F = TypeVar("_F", Member, Dwelling)
_T = TypeVar("_T")
#: The resolution of the coins that leave a fact unknown or usual, in draws of 0 to 99: Hypothesis draws
#: small ranges of integers about evenly (larger ranges lean towards small values).
_COIN = 100
#: The rates of usual facts a household is drawn with when none is given: from a household deprived of nothing
#: (first, where shrinking goes) to one whose every fact is drawn at random.
_USUAL_RATES = (1.0, 0.9, 0.5, 0.0)
_COIN_DRAWS = st.integers(min_value=0, max_value=_COIN - 1)


def standards() -> st.SearchStrategy[Standard]:
    """Every national standard of :data:`giamngheo.NATIONAL_STANDARDS`, in date order when shrinking.

    Returns:
        A strategy of :class:`giamngheo.Standard`.
    """
    return st.sampled_from([standard for _, standard in NATIONAL_STANDARDS])


def dates_in_force() -> st.SearchStrategy[dt.date]:
    """Dates on which a national standard is in force: 2006-01-01 to 2030-12-31, both included.

    The first and the last day of every validity window are drawn often, since that is where the standard
    in force changes.

    Returns:
        A strategy of :class:`datetime.date`.
    """
    covered = NATIONAL_STANDARDS.covered
    edges = sorted({day for window, _ in NATIONAL_STANDARDS for day in (window.start, window.last_day)})
    return st.one_of(
        st.sampled_from(edges),
        st.dates(min_value=covered.start, max_value=covered.last_day),
    )


def areas() -> st.SearchStrategy[Area]:
    """Rural and urban areas.

    Returns:
        A strategy of :class:`giamngheo.Area`.
    """
    return st.sampled_from(Area)


def _bounds(selected: Iterable[Standard]) -> list[int]:
    """The band bounds as monthly amounts per person.

    A yearly bound gives the whole VND either side of its twelfth (46,000,000 gives 3,833,333 and 3,833,334).
    """
    bounds: set[int] = set()
    for standard in selected:
        months = standard.income_period.months
        for area in Area:
            for bound in standard.limits(area):
                bounds.update({bound // months, -(-bound // months)})
    return sorted(bounds)


def _selected(on: dt.date | None, standard: Standard | None) -> list[Standard]:
    if standard is not None:
        return [standard]
    if on is not None:
        return [standard_in_force(on=on)]
    return [s for _, s in NATIONAL_STANDARDS]


def incomes_vnd(on: dt.date | None = None, *, standard: Standard | None = None) -> st.SearchStrategy[int]:
    """Monthly incomes per person in whole VND, concentrated on the band bounds.

    Half of the draws are a band bound itself or one VND below or above it (``bound - 1``, ``bound``,
    ``bound + 1``); the rest spread from 0 to four times the highest bound, and now and then far beyond.

    Args:
        on: Use the bounds of the standard in force on this date.
        standard: Use the bounds of this standard (it takes precedence over ``on``).

    Returns:
        A strategy of non-negative :class:`int`; with neither argument, the bounds of every national standard.

    Raises:
        NoRuleInForce: if ``on`` is given and no national standard is in force then.
    """
    bounds = _bounds(_selected(on, standard))
    near = sorted({max(0, bound + offset) for bound in bounds for offset in (-1, 0, 1)})
    top = max(bounds, default=1) * _WIDE_FACTOR
    return st.one_of(
        st.sampled_from(near),
        st.integers(min_value=0, max_value=top),
        st.integers(min_value=0, max_value=_HUGE_VND),
    )


@st.composite
def _deprived(draw: st.DrawFn, standard: Standard) -> frozenset[str]:
    ids = [indicator.id for indicator in standard.indicators]
    if not ids:
        return frozenset()
    counts = [len(ids)]
    if standard.deprivation_cutoff is not None:
        cutoff = standard.deprivation_cutoff.value
        counts = [n for n in (cutoff - 1, cutoff, cutoff + 1) if 0 <= n <= len(ids)]
    count = draw(st.one_of(st.sampled_from(counts), st.integers(min_value=0, max_value=len(ids))))
    return frozenset(draw(st.lists(st.sampled_from(ids), min_size=count, max_size=count, unique=True)))


def deprived_ids(standard: Standard) -> st.SearchStrategy[frozenset[str]]:
    """Sets of indicator ids of ``standard``, often one short of, at, or one above its deprivation cut-off.

    Args:
        standard: The standard whose :attr:`~giamngheo.Standard.indicator_ids` are drawn from.

    Returns:
        A strategy of :class:`frozenset` of ids; always the empty set for an income-only standard.
    """
    return _deprived(standard)


#: ``None`` or ``"HH-"`` followed by six digits.
_HOUSEHOLD_IDS = st.none() | st.integers(min_value=0, max_value=999_999).map(lambda n: f"HH-{n:06d}")


@st.composite
def _households(draw: st.DrawFn, standard: Standard | None) -> Household:
    if standard is None:
        standard = draw(standards())
    area = draw(areas())
    monthly = draw(incomes_vnd(standard=standard))
    deprived = draw(deprived_ids(standard))
    household_id = draw(_HOUSEHOLD_IDS)
    if draw(st.booleans()):
        return Household(area=area, income_per_capita_monthly_vnd=monthly, deprived=deprived, id=household_id)
    size = draw(st.integers(min_value=1, max_value=_MAX_SIZE))
    yearly = _yearly_income(draw, monthly, size)
    return Household(area=area, income_yearly_vnd=yearly, size=size, deprived=deprived, id=household_id)


def _yearly_income(draw: st.DrawFn, monthly: int, size: int) -> int:
    """A yearly household income whose monthly figure per person is ``monthly``, or close to it."""
    exact = _MONTHS_PER_YEAR * size * monthly
    # Exactly on the monthly figure, a fraction of a VND either side of it, or anywhere up to one VND a month off.
    offset = draw(
        st.one_of(
            st.sampled_from((0, -1, 1)),
            st.integers(min_value=-(_MONTHS_PER_YEAR * size), max_value=_MONTHS_PER_YEAR * size),
        )
    )
    return max(0, exact + offset)


def households(on: dt.date | None = None, *, standard: Standard | None = None) -> st.SearchStrategy[Household]:
    """Valid households for the standard in force on ``on`` (or for ``standard``).

    A household's ``deprived`` ids are a subset of the standard's
    :attr:`~giamngheo.Standard.indicator_ids` (empty for an income-only standard). Its income is given either
    per person per month or, about half of the time, as ``income_yearly_vnd`` with a ``size``, landing exactly
    on the monthly figures of :func:`incomes_vnd` or a fraction of a VND either side. Its id is ``None`` or
    ``"HH-"`` followed by six digits.

    Args:
        on: Draw households for the national standard in force on this date.
        standard: Draw households for this standard (it takes precedence over ``on``).

    Returns:
        A strategy of :class:`giamngheo.Household`. With neither argument, each household is drawn for one
        national standard chosen at random, and its deprivations may not be indicators of another standard:
        use :func:`household_and_date` to get a date to assess it on.

    Raises:
        NoRuleInForce: if ``on`` is given and no national standard is in force then.
    """
    if standard is None and on is not None:
        standard = standard_in_force(on=on)
    return _households(standard)


@st.composite
def _household_and_date(draw: st.DrawFn) -> tuple[Household, dt.date]:
    on = draw(dates_in_force())
    return draw(households(on)), on


def household_and_date() -> st.SearchStrategy[tuple[Household, dt.date]]:
    """Pairs of a date in force and a household valid under the standard in force on that date.

    ``giamngheo.assess(household, on=on)`` never raises for a drawn pair.

    Returns:
        A strategy of ``(household, on)`` tuples.
    """
    return _household_and_date()


# --- jurisdictions -------------------------------------------------------------------------------------------------


def jurisdiction_codes() -> st.SearchStrategy[str]:
    """The codes of the jurisdictions with standards of their own (``"74"``, ``"79"``), never ``"VN"``.

    Returns:
        A strategy of codes of :data:`giamngheo.JURISDICTIONS`.
    """
    return st.sampled_from([code for code, j in JURISDICTIONS.items() if code != "VN" and j.standards is not None])


@st.composite
def _provincial_case(draw: st.DrawFn, code: str | None) -> tuple[Household, dt.date, str]:
    code = code if code is not None else draw(jurisdiction_codes())
    place = JURISDICTIONS[code]
    assert place.standards is not None  # noqa: S101 - jurisdiction_codes() draws only those with standards
    covered = place.standards.covered
    edges = sorted({d for window, _ in place.standards for d in (window.start, window.last_day)})
    on = draw(st.sampled_from(edges) | st.dates(min_value=covered.start, max_value=covered.last_day))
    provincial = place.standards.at(on=on)
    national = standard_in_force(on=on)
    # Deprivations valid under both (an income-only standard takes none).
    common = provincial.indicator_ids & national.indicator_ids
    household = draw(households(standard=national if common else provincial))
    extra = household.deprived - common
    if extra:
        household = attrs.evolve(household, deprived=household.deprived - extra)
    bounds = _bounds([provincial, national])
    near = st.sampled_from(sorted({max(0, b + o) for b in bounds for o in (-1, 0, 1)}))
    if draw(st.booleans()):
        household = attrs.evolve(household, income_per_capita_monthly_vnd=draw(near), income_yearly_vnd=None)
    return household, on, code


def provincial_household_and_date(code: str | None = None) -> st.SearchStrategy[tuple[Household, dt.date, str]]:
    """``(household, on, code)`` cases for a jurisdiction with a standard of its own.

    The date is one on which the jurisdiction ``code`` has a standard in force, and the household is one both
    that standard and the national standard in force can assess.

    Dates are often the first or last day of a provincial window; incomes often one VND either side of a
    provincial or national bound (yearly bounds converted to months). Stated deprivations are ones both
    standards define.

    Args:
        code: A jurisdiction code; by default one of :func:`jurisdiction_codes`.

    Returns:
        A strategy of ``(household, on, code)``; ``giamngheo.assess_all(household, on=on, jurisdiction=code)``
        never raises for a drawn case.
    """
    return _provincial_case(code)


# --- members and dwelling --------------------------------------------------------------------------------------

#: ``None`` or a short code such as ``"M-01"``: never a name.
_MEMBER_IDS = st.none() | st.integers(min_value=1, max_value=99).map(lambda n: f"M-{n:02d}")

#: How each fact of a member other than its birth date is drawn (the birth date depends on the date).
_MEMBER_FACTS: dict[str, st.SearchStrategy[Any]] = {
    "sex": st.sampled_from(Sex),
    "has_health_insurance": st.booleans(),
    "attending_school": st.booleans(),
    "education": st.sampled_from(Education),
    "on_the_job_training": st.booleans(),
    "employment": st.sampled_from(Employment),
    "nutrition": st.sampled_from(Nutrition),
    "disability": st.booleans(),
    "social_allowance": st.booleans(),
    "sick_untreated": st.booleans(),
    "uses_phone": st.booleans(),
    "uses_internet": st.booleans(),
}

#: How each fact of a dwelling other than its floor area is drawn (the area depends on the household size).
_DWELLING_FACTS: dict[str, st.SearchStrategy[Any]] = {
    "wall": st.sampled_from(Material),
    "column": st.sampled_from(Material),
    "roof": st.sampled_from(Material),
    "water_source": st.sampled_from(WaterSource),
    "latrine": st.sampled_from(Latrine),
    # "Owns none of them" (the empty set) is a fact of its own, drawn often.
    "devices": st.one_of(st.just(frozenset()), st.frozensets(st.sampled_from(Device))),
    "hears_loudspeaker": st.booleans(),
    "waste_collected": st.booleans(),
}


#: The usual facts of a member deprived of nothing: insured, in school, qualified, in secure work, well fed,
#: cared for, connected. Sex and birth date have no usual value.
_USUAL_MEMBER: dict[str, object] = {
    "has_health_insurance": True,
    "attending_school": True,
    "education": Education.UPPER_SECONDARY,
    "on_the_job_training": False,
    "employment": Employment.SELF_EMPLOYED,
    "nutrition": Nutrition.NORMAL,
    "disability": False,
    "social_allowance": False,
    "sick_untreated": False,
    "uses_phone": True,
    "uses_internet": True,
}

#: The usual facts of a dwelling that lacks nothing; the floor area has no usual value.
_USUAL_DWELLING: dict[str, object] = {
    "wall": Material.DURABLE,
    "column": Material.DURABLE,
    "roof": Material.DURABLE,
    "water_source": WaterSource.PIPED,
    "latrine": Latrine.SEPTIC,
    "devices": frozenset({Device.PHONE, Device.TELEVISION}),
    "hears_loudspeaker": True,
    "waste_collected": True,
}


def _check_rate(name: str, rate: float | None) -> None:
    if rate is not None and not 0 <= rate <= 1:
        raise InvalidArgument(f"{name} must be between 0 and 1, got {rate!r}")


def _coin(draw: st.DrawFn, rate: float) -> bool:
    """``True`` with a probability of about ``rate`` (to the percent); shrinks to ``False``."""
    if rate <= 0:
        return False
    if rate >= 1:
        return True
    return draw(_COIN_DRAWS) >= round((1 - rate) * _COIN)


def _usual_rate(draw: st.DrawFn, usual_rate: float | None) -> float:
    return draw(st.sampled_from(_USUAL_RATES)) if usual_rate is None else usual_rate


@attrs.frozen
class _Rates:
    """How often a fact is unknown and, when known, how often it takes its usual value."""

    unknown: float
    usual: float | None


def _draw_facts(
    draw: st.DrawFn,
    strategies: dict[str, st.SearchStrategy[Any]],
    usual: dict[str, object],
    unknown_rate: float,
    usual_rate: float,
) -> dict[str, Any]:
    """A value for each field of ``strategies``: ``None`` (unknown), its usual value, or drawn."""
    facts: dict[str, Any] = {}
    for name, strategy in strategies.items():
        if _coin(draw, unknown_rate):
            facts[name] = None
        elif name in usual and not _coin(draw, 1 - usual_rate):
            facts[name] = usual[name]
        else:
            facts[name] = draw(strategy)
    return facts


def _years_before(on: dt.date, years: int) -> dt.date:
    """The day exactly ``years`` years before ``on`` (28 February for a 29 February in a common year)."""
    return on - relativedelta(years=years)


def _around(day: dt.date) -> tuple[dt.date, ...]:
    one = dt.timedelta(days=1)
    return day - one, day, day + one


@functools.lru_cache(maxsize=1 << 14)
def _retirement_month(schedule: RetirementSchedule, sex: Sex, year: int, month: int) -> tuple[int, int]:
    """The year and month of the retirement date of a person of ``sex`` born in ``month`` of ``year``.

    They do not depend on the day of birth: the schedule adds whole months, and relativedelta clips only the day.
    """
    reached = schedule.retirement_date(dt.date(year, month, 1), sex)
    return reached.year, reached.month


def _retirement_births(on: dt.date, schedule: RetirementSchedule) -> set[tuple[dt.date, Sex]]:
    """Births, with their sex, whose retirement date under ``schedule`` is ``on`` or a day either side of it.

    For every month of birth whose retirement falls in the month of one of those three days: the births that
    retire on one of the three days (born on that day of the month or, when it is the last day of a retirement
    month shorter than the month of birth, on any later day, clipped to it), and the 28th to the last day of
    the month of birth, whose retirement dates are clipped in a shorter month (born 31 January and retiring in
    February, born 29 February and retiring in a common year).
    """
    days = _around(on)
    wanted = {(day.year, day.month) for day in days}
    latest = _latest_months(schedule)
    here = on.year * _MONTHS_PER_YEAR + on.month - 1
    births: set[tuple[dt.date, Sex]] = set()
    for sex, _ in schedule.start_months:
        # a retirement age is from the lowest to the highest of the schedule: the months of birth in between
        for index in range(here - latest - 1, here - schedule.earliest_months + 2):
            year, month = divmod(index, _MONTHS_PER_YEAR)
            month += 1
            if year < dt.MINYEAR:
                continue
            retires = _retirement_month(schedule, sex, year, month)
            if retires not in wanted:
                continue
            length = calendar.monthrange(year, month)[1]
            retirement_length = calendar.monthrange(*retires)[1]
            birth_days = set(range(_MONTH_END, length + 1))
            for day in days:
                if (day.year, day.month) == retires:
                    birth_days.update(range(day.day, length + 1) if day.day == retirement_length else (day.day,))
            births.update((dt.date(year, month, d), sex) for d in birth_days if d <= length)
    return births


def _latest_months(schedule: RetirementSchedule) -> int:
    """The highest retirement age of ``schedule``, in months."""
    return max(months for _, months in (*schedule.start_months, *schedule.cap_months))


def _retirement_years(schedule: RetirementSchedule) -> range:
    """Whole-year ages from a year below the lowest retirement age of ``schedule`` to a year above the highest.

    Between them a rule must work out the retirement date; below and above, the age alone decides.
    """
    return range(schedule.earliest_months // _MONTHS_PER_YEAR - 1, -(-_latest_months(schedule) // _MONTHS_PER_YEAR) + 2)


def _sex_key(pair: tuple[dt.date, Sex | None]) -> tuple[dt.date, str]:
    return pair[0], "" if pair[1] is None else pair[1].value


@functools.lru_cache(maxsize=1 << 10)
def _boundaries(on: dt.date, standard: Standard) -> tuple[tuple[dt.date, Sex | None], ...]:
    """Every boundary birth date of ``standard`` on ``on``, with the sex it is a boundary for (``None``: either).

    Sorted by date, so that a draw shrinks towards the oldest; none is after ``on``.
    """
    found: set[tuple[dt.date, Sex | None]] = {(on, None)}

    def add(*births: dt.date) -> None:
        found.update((birth, None) for birth in births)

    for indicator in standard.indicators:
        for threshold in indicator.thresholds:
            key, value = threshold.key, threshold.value.value
            if key in _AGE_KEYS and type(value) is int and 0 <= value < on.year:
                add(*_around(_years_before(on, value)))
                if calendar.isleap(on.year - value):  # born on 29 February, near the boundary in early spring
                    add(dt.date(on.year - value, 2, 29))
            elif key in _BIRTH_YEAR_KEYS and type(value) is int and 1 < value <= on.year:
                add(dt.date(value - 1, 12, 31), dt.date(value, 1, 1))
            elif isinstance(value, RetirementSchedule):
                found.update(_retirement_births(on, value))
                for age in _retirement_years(value):
                    if 0 <= age < on.year:
                        add(*_around(_years_before(on, age)))
    return tuple(sorted((pair for pair in found if pair[0] <= on), key=_sex_key))


def _age_boundaries(on: dt.date, standard: Standard) -> list[dt.date]:
    """The birth dates at which an age threshold of ``standard`` is crossed on ``on``, and a day either side."""
    return sorted({birth for birth, _ in _boundaries(on, standard)})


def birth_dates(on: dt.date, *, standard: Standard | None = None) -> st.SearchStrategy[dt.date]:
    """Birth dates of a member assessed on ``on``, concentrated on the legal age boundaries.

    About half of the draws sit on a boundary read from the thresholds of the standard's indicators: for each
    age threshold A (``min_age``, ``max_age``, ``split_age``, ``child_under``, ``elderly_from``,
    ``min_working_age``), the day exactly A years before ``on`` (the member turns A that day), the day after
    (one day short of A) and the day before, and 29 February of that year when it exists; for a year of birth
    Y (``born_from_year``), 1 January of Y and 31 December of the year before; for a retirement schedule, the
    births whose retirement date is ``on`` or a day either side (see :func:`boundary_birth_dates`). The rest
    spread over ages 0 to 100. ``on`` itself (born that day, aged 0) is drawn too. No date is after ``on``.

    Args:
        on: The date the member will be assessed on.
        standard: Read the thresholds of this standard instead of the national one in force on ``on``.

    Returns:
        A strategy of :class:`datetime.date`, never after ``on``.

    Raises:
        NoRuleInForce: if ``standard`` is not given and no national standard is in force on ``on``.
    """
    if standard is None:
        standard = standard_in_force(on=on)
    oldest = _years_before(on, _MAX_AGE + 1) + dt.timedelta(days=1)
    return st.one_of(st.sampled_from(_age_boundaries(on, standard)), st.dates(min_value=oldest, max_value=on))


@st.composite
def _members(draw: st.DrawFn, births: st.SearchStrategy[dt.date], rates: _Rates) -> Member:
    strategies: dict[str, st.SearchStrategy[Any]] = {"birth_date": births, **_MEMBER_FACTS}
    facts = _draw_facts(draw, strategies, _USUAL_MEMBER, rates.unknown, _usual_rate(draw, rates.usual))
    return Member(id=draw(_MEMBER_IDS), **facts)


def members(
    on: dt.date, *, standard: Standard | None = None, unknown_rate: float = 0.2, usual_rate: float | None = None
) -> st.SearchStrategy[Member]:
    """Members of a household assessed on ``on``, with every fact drawn or left unknown.

    The birth date comes from :func:`birth_dates` and the sex is either; every other fact is, with a
    probability of about ``usual_rate``, its usual value (insured, in school, upper secondary school,
    self-employed, well fed, not disabled, cared for, using a phone and the internet), and otherwise any value
    of its enumeration or ``True``/``False``. Each fact, the birth date included, is ``None`` (unknown) with a
    probability of about ``unknown_rate``. The id is ``None`` or a code from ``"M-01"`` to ``"M-99"``, never a
    name.

    Args:
        on: The date the members will be assessed on: no birth date is after it.
        standard: Place the birth dates on the age thresholds of this standard instead of the national one in
            force on ``on``.
        unknown_rate: The probability that a fact is unknown, from 0 (every fact known) to 1 (none).
        usual_rate: The probability that a known fact takes its usual value (the one of a household deprived
            of nothing: insured, in school, piped water …) rather than any value; ``None`` draws it for each
            member from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of :class:`giamngheo.Member`.

    Raises:
        NoRuleInForce: if ``standard`` is not given and no national standard is in force on ``on``.
        hypothesis.errors.InvalidArgument: if a rate is not between 0 and 1.
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    return _members(birth_dates(on, standard=standard), _Rates(unknown_rate, usual_rate))


def _minimum_areas(selected: Iterable[Standard]) -> list[Fraction]:
    return sorted(
        {
            Fraction(threshold.value.value)
            for standard in selected
            for indicator in standard.indicators
            for threshold in indicator.thresholds
            if threshold.key == _AREA_KEY
        }
    )


def _area_forms(area: Fraction) -> list[int | Fraction | Decimal | str]:
    """``area`` written each way a floor area may be given: Fraction, int, Decimal, ``"23.99"``, ``"23,99"``."""
    forms: list[int | Fraction | Decimal | str] = [area]
    if area.denominator == 1:
        forms.append(int(area))
    hundredths = area * 100
    if hundredths.denominator == 1:
        text = f"{Decimal(int(hundredths)) / 100:f}"
        forms += [text, Decimal(text)]
        if "." in text:
            forms.append(text.replace(".", ","))
    return forms


def floor_areas(
    size: int | None = None, *, on: dt.date | None = None, standard: Standard | None = None
) -> st.SearchStrategy[int | Fraction | Decimal | str]:
    """Exact floor areas in m², as an ``int``, a :class:`~fractions.Fraction`, a ``Decimal`` or a decimal string.

    With a ``size``, about half of the draws sit on the boundary of the least floor area per person of the
    standard (its ``min_m2_per_person`` threshold times ``size``): exactly on it, or a hundredth, a tenth or a
    whole m² either side. Without one, on that minimum times 1 to 8 persons. The rest spread from 0 to 400 m².
    None is negative.

    Args:
        size: The number of persons who share the area.
        on: Use the minimum of the national standard in force on this date.
        standard: Use the minimum of this standard (it takes precedence over ``on``).

    Returns:
        A strategy of floor areas, in every form :class:`giamngheo.Dwelling` accepts; with neither ``on`` nor
        ``standard``, the minima of every national standard.

    Raises:
        NoRuleInForce: if ``on`` is given and no national standard is in force then.
        hypothesis.errors.InvalidArgument: if ``size`` is less than 1.
    """
    if size is not None and size < 1:
        raise InvalidArgument(f"size must be at least 1, got {size!r}")
    minima = _minimum_areas(_selected(on, standard))
    sizes = range(1, _MAX_MEMBERS + 1) if size is None else (size,)
    offsets = (Fraction(0), *_AREA_OFFSETS) if size is not None else (Fraction(0),)
    near = sorted({m * n + offset for m in minima for n in sizes for offset in offsets if m * n + offset >= 0})
    spread = st.one_of(
        st.integers(min_value=0, max_value=_MAX_AREA_M2),
        st.fractions(min_value=0, max_value=_MAX_AREA_M2, max_denominator=100),
        st.decimals(min_value=0, max_value=_MAX_AREA_M2, places=2, allow_nan=False, allow_infinity=False).map(str),
    )
    if not near:
        return spread
    return st.one_of(st.sampled_from(near).flatmap(lambda area: st.sampled_from(_area_forms(area))), spread)


@st.composite
def _dwellings(draw: st.DrawFn, areas: st.SearchStrategy[int | Fraction | Decimal | str], rates: _Rates) -> Dwelling:
    strategies: dict[str, st.SearchStrategy[Any]] = {"floor_area_m2": areas, **_DWELLING_FACTS}
    return Dwelling(**_draw_facts(draw, strategies, _USUAL_DWELLING, rates.unknown, _usual_rate(draw, rates.usual)))


def dwellings(
    size: int | None = None,
    *,
    on: dt.date | None = None,
    standard: Standard | None = None,
    unknown_rate: float = 0.2,
    usual_rate: float | None = None,
) -> st.SearchStrategy[Dwelling]:
    """Dwellings with every fact drawn or left unknown.

    The floor area comes from :func:`floor_areas` (on the boundary of the least area per person for ``size``
    persons, often). Every other fact is, with a probability of about ``usual_rate``, its usual value (durable
    wall, column and roof, piped water, a septic tank, a phone and a television, loudspeakers heard, waste
    collected), and otherwise any value: any material, water source or latrine, any set of
    :class:`giamngheo.Device` (the empty set, "owns none", often), ``True`` or ``False``. Each fact is ``None``
    (unknown) with a probability of about ``unknown_rate``.

    Args:
        size: The number of members of the household that lives there.
        on: Use the minimum area per person of the national standard in force on this date.
        standard: Use the minimum area per person of this standard (it takes precedence over ``on``).
        unknown_rate: The probability that a fact is unknown, from 0 (every fact known) to 1 (none).
        usual_rate: The probability that a known fact takes its usual value (the one of a household deprived
            of nothing: insured, in school, piped water …) rather than any value; ``None`` draws it for each
            dwelling from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of :class:`giamngheo.Dwelling`.

    Raises:
        NoRuleInForce: if ``on`` is given and no national standard is in force then.
        hypothesis.errors.InvalidArgument: if ``size`` is less than 1 or a rate is not between 0 and 1.
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    return _dwellings(floor_areas(size, on=on, standard=standard), _Rates(unknown_rate, usual_rate))


@st.composite
def _households_with_members(
    draw: st.DrawFn, on: dt.date | None, standard: Standard | None, rates: _Rates
) -> Household:
    if standard is None:
        standard = draw(standards())
    reference = standard.window.start if on is None else on
    # One rate of usual facts for the whole household, so that some households are deprived of nothing.
    household_rates = _Rates(rates.unknown, _usual_rate(draw, rates.usual))
    size = draw(st.integers(min_value=1, max_value=_MAX_MEMBERS))
    people = _members(birth_dates(reference, standard=standard), household_rates)
    listed = tuple(draw(st.lists(people, min_size=size, max_size=size)))
    dwelling = None
    if not _coin(draw, rates.unknown):
        dwelling = draw(_dwellings(floor_areas(size, standard=standard), household_rates))
    return _with_income(draw, standard, listed, dwelling)


def _with_income(
    draw: st.DrawFn, standard: Standard, listed: tuple[Member, ...], dwelling: Dwelling | None
) -> Household:
    """A household of ``listed`` members and ``dwelling``, with an area, an id and an income drawn."""
    area = draw(areas())
    monthly = draw(incomes_vnd(standard=standard))
    household_id = draw(_HOUSEHOLD_IDS)
    if draw(st.booleans()):
        return Household(
            area=area, income_per_capita_monthly_vnd=monthly, members=listed, dwelling=dwelling, id=household_id
        )
    yearly = _yearly_income(draw, monthly, len(listed))
    return Household(area=area, income_yearly_vnd=yearly, members=listed, dwelling=dwelling, id=household_id)


def households_with_members(
    on: dt.date | None = None,
    *,
    standard: Standard | None = None,
    unknown_rate: float = 0.2,
    usual_rate: float | None = None,
) -> st.SearchStrategy[Household]:
    """Households with 1 to 8 members and a dwelling, whose deprivations are computed from these facts.

    Members come from :func:`members` and the dwelling from :func:`dwellings` (its floor area on the boundary
    of the least area per person for that many members, often); with a probability of about ``unknown_rate``
    the whole dwelling is unknown (``None``). One rate of usual facts applies to the whole household, so that
    households deprived of nothing, of a few indicators and of many are all drawn. The income is drawn by
    :func:`incomes_vnd`, per person per month or, about half of the time, as a yearly total landing on or a
    fraction of a VND beside the monthly figure. The id is ``None`` or ``"HH-"`` followed by six digits.

    Args:
        on: The date of the assessment: the standard in force then gives the thresholds, and no birth date
            is after it.
        standard: Draw for this standard (it takes precedence over ``on`` for the thresholds).
        unknown_rate: The probability that a fact is unknown, from 0 (every fact known) to 1 (none).
        usual_rate: The probability that a known fact takes its usual value (the one of a household deprived
            of nothing: insured, in school, piped water …) rather than any value; ``None`` draws it for each
            household from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of :class:`giamngheo.Household` with ``members`` and (usually) ``dwelling``. Without ``on``,
        birth dates are placed relative to the first day of the standard's window (drawn from the national ones
        when not given), so the household may be assessed on any day of that window.

    Raises:
        NoRuleInForce: if ``on`` is given without ``standard`` and no national standard is in force then.
        hypothesis.errors.InvalidArgument: if a rate is not between 0 and 1.
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    if standard is None and on is not None:
        standard = standard_in_force(on=on)
    return _households_with_members(on, standard, _Rates(unknown_rate, usual_rate))


@st.composite
def _member_household_and_date(draw: st.DrawFn, rates: _Rates) -> tuple[Household, dt.date]:
    on = draw(dates_in_force())
    return draw(households_with_members(on, unknown_rate=rates.unknown, usual_rate=rates.usual)), on


def member_household_and_date(
    *, unknown_rate: float = 0.2, usual_rate: float | None = None
) -> st.SearchStrategy[tuple[Household, dt.date]]:
    """Pairs of a date in force and a household with members and dwelling, drawn for the standard then.

    ``giamngheo.assess(household, on=on)`` never raises for a drawn pair.

    Args:
        unknown_rate: The probability that a fact is unknown, from 0 (every fact known) to 1 (none).
        usual_rate: The probability that a known fact takes its usual value (the one of a household deprived
            of nothing: insured, in school, piped water …) rather than any value; ``None`` draws it for each
            household from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of ``(household, on)`` tuples; see :func:`households_with_members`.

    Raises:
        hypothesis.errors.InvalidArgument: if a rate is not between 0 and 1.
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    return _member_household_and_date(_Rates(unknown_rate, usual_rate))


def _fill(draw: st.DrawFn, facts: _F, strategies: dict[str, st.SearchStrategy[Any]]) -> _F:
    """``facts`` with every field of ``strategies`` that is ``None`` drawn."""
    changes = {name: draw(s) for name, s in strategies.items() if getattr(facts, name) is None}
    return attrs.evolve(facts, **changes) if changes else facts


@st.composite
def _completions(
    draw: st.DrawFn, household: Household, births: st.SearchStrategy[dt.date], standard: Standard
) -> Household:
    listed = household.members
    if listed is None:
        size = household.size if household.size is not None else draw(st.integers(1, _MAX_MEMBERS))
        listed = tuple(Member() for _ in range(size))
    member_facts = {"birth_date": births, **_MEMBER_FACTS}
    filled = tuple(_fill(draw, member, member_facts) for member in listed)
    dwelling_facts = {"floor_area_m2": floor_areas(len(filled), standard=standard), **_DWELLING_FACTS}
    dwelling = _fill(draw, household.dwelling or Dwelling(), dwelling_facts)
    return attrs.evolve(household, members=filled, dwelling=dwelling)


def completions(household: Household, on: dt.date, *, standard: Standard | None = None) -> st.SearchStrategy[Household]:
    """The household with every unknown fact filled in: the ways its unknowns could turn out.

    Every ``None`` fact of every member (birth date from :func:`birth_dates`, never after ``on``) and of the
    dwelling is drawn; an unknown dwelling is drawn whole, and unknown members (``members=None``) are drawn as
    many as ``household.size`` says, or 1 to 8. Known facts, ids, the area and the income are kept.

    Args:
        household: A household whose deprivations are computed from facts (or any household: stated
            deprivations must then be empty, since facts and stated deprivations are not given together).
        on: The date of the assessment.
        standard: Place birth dates and floor areas on the thresholds of this standard instead of the national
            one in force on ``on``.

    Returns:
        A strategy of :class:`giamngheo.Household` with no unknown fact.

    Raises:
        NoRuleInForce: if ``standard`` is not given and no national standard is in force on ``on``.
    """
    if standard is None:
        standard = standard_in_force(on=on)
    return _completions(household, birth_dates(on, standard=standard), standard)


# --- boundaries ------------------------------------------------------------------------------------------------

#: How often a member born on a retirement boundary of one sex is drawn with the sex drawn freely instead.
_OTHER_SEX_RATE = 0.25
#: The largest number of members of a household drawn by :func:`boundary_households` unless told.
_BOUNDARY_MEMBERS = 3


def _boundary_pairs(on: dt.date, standard: Standard | None) -> tuple[tuple[dt.date, Sex | None], ...]:
    return _boundaries(on, standard_in_force(on=on) if standard is None else standard)


def boundary_birth_dates(on: dt.date, *, standard: Standard | None = None) -> st.SearchStrategy[dt.date]:
    """Birth dates on an age or date boundary that a rule of the standard reads on ``on``, and nothing else.

    Unlike :func:`birth_dates`, which spreads half of its draws over every age, every draw is one of:

    * for each age threshold A of the standard's indicators (``min_age``, ``max_age``, ``split_age``,
      ``child_under``, ``elderly_from``, ``min_working_age``): the day exactly A years before ``on`` (the member
      turns A that day), the day after (one day short of A) and the day before, and 29 February of that year
      when there is one;
    * for a year of birth Y (``born_from_year``): 1 January of Y and 31 December of the year before;
    * for a retirement schedule (Bộ luật Lao động 2019, Điều 169 khoản 2, as
      :data:`giamngheo.law.labour_code_2019.RETIREMENT`): for each sex, every birth whose retirement date
      (:meth:`~giamngheo.law.labour_code_2019.RetirementSchedule.retirement_date`) is ``on``, the day before or
      the day after (in a month in which nobody reaches the age of the year, there is none); the 28th to the last
      day of each month of birth that retires in that month, whose retirement date is clipped to the end of a
      shorter month (born 31 January and retiring in February, born 29 February); and the whole-year ages from a
      year below the lowest retirement age to a year above the highest, on the day and a day either side;
    * ``on`` itself (born that day, aged 0).

    No date is after ``on``; draws shrink towards the oldest boundary.

    Args:
        on: The date the member will be assessed on.
        standard: Read the thresholds of this standard instead of the national one in force on ``on``.

    Returns:
        A strategy of :class:`datetime.date`.

    Raises:
        NoRuleInForce: if ``standard`` is not given and no national standard is in force on ``on``.

    >>> import datetime as dt
    >>> import giamngheo as gn
    >>> from hypothesis import find
    >>> from giamngheo.law.labour_code_2019 import RETIREMENT
    >>> from giamngheo.testing import boundary_birth_dates
    >>> on = dt.date(2024, 10, 1)  # men reaching it in 2024 retire at 61: born 1963-10-01, they retire that day
    >>> RETIREMENT.value.retirement_date(dt.date(1963, 10, 1), gn.Sex.MALE)
    datetime.date(2024, 10, 1)
    >>> find(boundary_birth_dates(on), lambda birth: birth == dt.date(1963, 10, 2))  # retiring the day after
    datetime.date(1963, 10, 2)
    """
    return st.sampled_from(sorted({birth for birth, _ in _boundary_pairs(on, standard)}))


@st.composite
def _boundary_members(draw: st.DrawFn, boundaries: tuple[tuple[dt.date, Sex | None], ...], rates: _Rates) -> Member:
    birth, sex = draw(st.sampled_from(boundaries))
    facts = {name: strategy for name, strategy in _MEMBER_FACTS.items() if name != "sex"}
    drawn = _draw_facts(draw, facts, _USUAL_MEMBER, rates.unknown, _usual_rate(draw, rates.usual))
    if sex is None or _coin(draw, _OTHER_SEX_RATE):
        sex = None if _coin(draw, rates.unknown) else draw(st.sampled_from(Sex))
    return Member(id=draw(_MEMBER_IDS), birth_date=birth, sex=sex, **drawn)


def boundary_members(
    on: dt.date, *, standard: Standard | None = None, unknown_rate: float = 0.1, usual_rate: float | None = None
) -> st.SearchStrategy[Member]:
    """Members born on a boundary of :func:`boundary_birth_dates`, with the other facts drawn as :func:`members` does.

    The birth date is always known. A member born on a retirement boundary has the sex that boundary is for,
    three times in four; otherwise (and for every other boundary) the sex is either, or unknown with a
    probability of about ``unknown_rate``. Every other fact is drawn as by :func:`members`: its usual value with
    a probability of about ``usual_rate``, otherwise any value, and unknown with a probability of about
    ``unknown_rate``.

    Args:
        on: The date the members will be assessed on: no birth date is after it.
        standard: Place the birth dates on the boundaries of this standard instead of the national one in force
            on ``on``.
        unknown_rate: The probability that a fact other than the birth date is unknown, from 0 to 1.
        usual_rate: The probability that a known fact takes its usual value; ``None`` draws it for each member
            from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of :class:`giamngheo.Member`.

    Raises:
        NoRuleInForce: if ``standard`` is not given and no national standard is in force on ``on``.
        hypothesis.errors.InvalidArgument: if a rate is not between 0 and 1.

    >>> import datetime as dt
    >>> from hypothesis import given
    >>> from giamngheo.testing import boundary_members
    >>> @given(boundary_members(dt.date(2024, 10, 1)))
    ... def test_never_born_after_the_date(member):
    ...     assert member.birth_date <= dt.date(2024, 10, 1)
    >>> test_never_born_after_the_date()
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    return _boundary_members(_boundary_pairs(on, standard), _Rates(unknown_rate, usual_rate))


@st.composite
def _boundary_households(
    draw: st.DrawFn, on: dt.date, standard: Standard, max_members: int, rates: _Rates
) -> Household:
    # One rate of usual facts for the whole household, as households_with_members draws it.
    household_rates = _Rates(rates.unknown, _usual_rate(draw, rates.usual))
    size = draw(st.integers(min_value=1, max_value=max_members))
    people = _boundary_members(_boundaries(on, standard), household_rates)
    listed = tuple(draw(st.lists(people, min_size=size, max_size=size)))
    dwelling = None
    if not _coin(draw, rates.unknown):
        dwelling = draw(_dwellings(floor_areas(size, standard=standard), household_rates))
    return _with_income(draw, standard, listed, dwelling)


def _check_members(max_members: int) -> None:
    if max_members < 1:
        raise InvalidArgument(f"max_members must be at least 1, got {max_members!r}")


def boundary_households(
    on: dt.date,
    *,
    standard: Standard | None = None,
    max_members: int = _BOUNDARY_MEMBERS,
    unknown_rate: float = 0.1,
    usual_rate: float | None = None,
) -> st.SearchStrategy[Household]:
    """Households whose every member is born on a boundary of :func:`boundary_birth_dates`.

    Few members (1 to ``max_members``), so that one member's boundary decides the indicator more often than
    another member's facts hide it. The dwelling comes from :func:`dwellings` (its floor area often on the
    boundary of the least area per person), and is unknown as a whole with a probability of about
    ``unknown_rate``; the income, area and id are drawn as by :func:`households_with_members`, and so is one
    rate of usual facts for the whole household.

    Args:
        on: The date of the assessment: no birth date is after it.
        standard: Draw for this standard instead of the national one in force on ``on``.
        max_members: The largest number of members.
        unknown_rate: The probability that a fact other than a birth date is unknown, from 0 to 1.
        usual_rate: The probability that a known fact takes its usual value; ``None`` draws it for each
            household from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of :class:`giamngheo.Household` with ``members``.

    Raises:
        NoRuleInForce: if ``standard`` is not given and no national standard is in force on ``on``.
        hypothesis.errors.InvalidArgument: if a rate is not between 0 and 1, or ``max_members`` is less than 1.

    >>> import datetime as dt
    >>> import giamngheo as gn
    >>> from hypothesis import given
    >>> from giamngheo.testing import boundary_households
    >>> on = dt.date(2024, 10, 1)
    >>> @given(boundary_households(on))
    ... def test_assessable(household):
    ...     assert gn.assess(household, on=on).status in gn.Status
    >>> test_assessable()
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    _check_members(max_members)
    chosen = standard_in_force(on=on) if standard is None else standard
    return _boundary_households(on, chosen, max_members, _Rates(unknown_rate, usual_rate))


def _assessment_dates(standard: Standard) -> st.SearchStrategy[dt.date]:
    """Days of ``standard``'s window: its first and last, the last of a month, 29 February, or any day."""
    first, last = standard.window.start, standard.window.last_day
    leap_days = [dt.date(y, 2, 29) for y in range(first.year, last.year + 1) if calendar.isleap(y)]
    special = [day for day in (first, last, *leap_days) if first <= day <= last]
    month_ends = st.dates(min_value=first, max_value=last).map(
        lambda day: min(last, day.replace(day=calendar.monthrange(day.year, day.month)[1]))
    )
    return st.one_of(st.sampled_from(special), month_ends, st.dates(min_value=first, max_value=last))


@st.composite
def _boundary_household_and_date(
    draw: st.DrawFn, standard: Standard | None, max_members: int, rates: _Rates
) -> tuple[Household, dt.date]:
    chosen = draw(standards()) if standard is None else standard
    on = draw(_assessment_dates(chosen))
    return draw(_boundary_households(on, chosen, max_members, rates)), on


def boundary_household_and_date(
    standard: Standard | None = None,
    *,
    max_members: int = _BOUNDARY_MEMBERS,
    unknown_rate: float = 0.1,
    usual_rate: float | None = None,
) -> st.SearchStrategy[tuple[Household, dt.date]]:
    """Pairs of a day of the standard's window and a household of :func:`boundary_households` for that day.

    The day is often the first or last of the window, the last day of a month or 29 February (where a birthday
    or a retirement date is clipped to the end of a shorter month), and otherwise any day of the window.

    Args:
        standard: Draw for this standard; by default for a national standard drawn by :func:`standards`.
        max_members: The largest number of members.
        unknown_rate: The probability that a fact other than a birth date is unknown, from 0 to 1.
        usual_rate: The probability that a known fact takes its usual value; ``None`` draws it for each
            household from 1, 0.9, 0.5 and 0.

    Returns:
        A strategy of ``(household, on)`` tuples; ``giamngheo.assess(household, on=on, standard=standard)``
        never raises for a drawn pair (without ``standard``, ``giamngheo.assess(household, on=on)``).

    Raises:
        hypothesis.errors.InvalidArgument: if a rate is not between 0 and 1, or ``max_members`` is less than 1.
    """
    _check_rate("unknown_rate", unknown_rate)
    _check_rate("usual_rate", usual_rate)
    _check_members(max_members)
    return _boundary_household_and_date(standard, max_members, _Rates(unknown_rate, usual_rate))


# --- builders ------------------------------------------------------------------------------------------------


def build_member(age: int | None, on: dt.date, **fields: Any) -> Member:  # noqa: ANN401
    """A member aged exactly ``age`` on ``on``: born ``age`` years before it, to the day.

    The member turns ``age`` on ``on`` itself: ``giamngheo.age_on(member.birth_date, on) == age``, and a day
    earlier they were a year younger, the case at the edge of every age threshold. (For ``on`` a 29 February and
    a common year of birth, the birth date is 28 February, and the birthday was the day before.)

    Args:
        age: Age in whole years on ``on``; ``None`` for an unknown birth date.
        on: The date of the assessment.
        **fields: Every other field of :class:`giamngheo.Member` (those not given are unknown).

    Returns:
        The :class:`giamngheo.Member`.

    Raises:
        ValueError: for a negative age, or a ``birth_date`` given as well as the age.
    """
    if "birth_date" in fields:
        raise ValueError("give the age, not a birth_date")
    if age is None:
        return Member(**fields)
    if age < 0:
        raise ValueError(f"age must not be negative, got {age}")
    return Member(birth_date=_years_before(on, age), **fields)


def build_household(
    members: Iterable[Member],
    *,
    dwelling: Dwelling | None = None,
    area: Area | str = Area.RURAL,
    income_per_capita_monthly_vnd: int | None = 0,
    **fields: Any,  # noqa: ANN401
) -> Household:
    """A household whose deprivations are computed from ``members`` and ``dwelling``.

    The default income, 0 VND, is under the poverty line of every standard; from NĐ 07/2021 on, the deprivations
    decide there between poor and near-poor.

    Args:
        members: The members (at least one).
        dwelling: The dwelling, or ``None`` if unknown.
        area: Rural (the default) or urban.
        income_per_capita_monthly_vnd: Monthly income per person; pass ``None`` with ``income_yearly_vnd=``
            in ``fields`` to give a yearly total instead.
        **fields: Any other field of :class:`giamngheo.Household` (``id``, ``income_yearly_vnd`` …).

    Returns:
        The :class:`giamngheo.Household`.

    Raises:
        InvalidInput: as :class:`giamngheo.Household` does, for a household that is not valid.
    """
    return Household(
        area=area,
        income_per_capita_monthly_vnd=income_per_capita_monthly_vnd,
        members=tuple(members),
        dwelling=dwelling,
        **fields,
    )


# --- the annual review ------------------------------------------------------------------------------------------

#: The statuses of this year's review results; the start-of-period list holds only the first two.
_REVIEW_STATUSES = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR)


@attrs.frozen
class ReviewCase:
    """A drawn review: last year's list, this year's results, and what :func:`giamngheo.review.movements` needs.

    Attributes:
        previous: The poor and near-poor households at the start of the period.
        current: This year's results.
        departures: Households of ``previous`` not reviewed this year, with the reason.
        arrivals: Households of ``current`` that joined the unit, with the reason.
        formerly_poor: Households that were poor at some time before the start.
        formerly_near_poor: Households that were near-poor at some time before the start.
    """

    previous: tuple[Record, ...]
    current: tuple[Record, ...]
    departures: dict[str, Departure]
    arrivals: dict[str, Arrival]
    formerly_poor: frozenset[str]
    formerly_near_poor: frozenset[str]

    def movements(self) -> Movements:
        """The movements of the case."""
        return movements(
            self.previous,
            self.current,
            departures=self.departures,
            arrivals=self.arrivals,
            formerly_poor=self.formerly_poor,
            formerly_near_poor=self.formerly_near_poor,
        )


@st.composite
def _review_records(
    draw: st.DrawFn, household_id: str, statuses: tuple[Status, ...], communes: tuple[str, ...], standard: Standard
) -> Record:
    ids = sorted(standard.indicator_ids)
    commune = draw(st.sampled_from(communes))
    return Record(
        household_id=household_id,
        status=draw(st.sampled_from(statuses)),
        persons=draw(st.integers(min_value=1, max_value=_MAX_MEMBERS)),
        commune=commune,
        district=f"D{communes.index(commune) % 2}",
        province="P",
        # One draw a set (a bit mask), so that a list of many records is drawn quickly.
        deprived=_subset(draw, ids),
        groups=_subset(draw, tuple(Group)),
    )


def _subset(draw: st.DrawFn, items: Sequence[_T]) -> frozenset[_T]:
    mask = draw(st.integers(min_value=0, max_value=(1 << len(items)) - 1))
    return frozenset(item for i, item in enumerate(items) if mask >> i & 1)


def review_records(
    household_id: str = "H1",
    *,
    communes: tuple[str, ...] = ("C1", "C2", "C3"),
    listed_only: bool = False,
    standard: Standard | None = None,
) -> st.SearchStrategy[Record]:
    """One review record: a status, persons, a commune, deprivations and groups.

    The district is ``D0`` or ``D1`` by the commune's position, the province ``P``; the deprivations are ids of
    ``standard`` (the 2022-2025 one by default).

    Args:
        household_id: The record's id.
        communes: The communes to place it in.
        listed_only: Only poor and near-poor statuses (a start-of-period list).
        standard: The standard whose indicator ids are drawn.
    """
    statuses = _REVIEW_STATUSES[:2] if listed_only else _REVIEW_STATUSES
    chosen = standard if standard is not None else standard_in_force(on=dt.date(2023, 1, 1))
    return _review_records(household_id, statuses, communes, chosen)


@st.composite
def _review_cases(draw: st.DrawFn, communes: tuple[str, ...], max_households: int, standard: Standard) -> ReviewCase:
    n = draw(st.integers(min_value=0, max_value=max_households))
    previous, current = [], []
    departures: dict[str, Departure] = {}
    arrivals: dict[str, Arrival] = {}
    for i in range(n):
        hid = f"H{i}"
        listed = draw(st.booleans())
        if listed:
            before = draw(_review_records(hid, _REVIEW_STATUSES[:2], communes, standard))
            previous.append(before)
            if draw(st.integers(min_value=0, max_value=9)) == 0:
                departures[hid] = draw(st.sampled_from(tuple(Departure)))
                continue
        after = draw(_review_records(hid, _REVIEW_STATUSES, communes, standard))
        if listed and draw(st.booleans()):  # most households stay where they were
            after = attrs.evolve(after, commune=before.commune, district=before.district)
        current.append(after)
        if not listed and draw(st.integers(min_value=0, max_value=9)) == 0:
            arrivals[hid] = draw(st.sampled_from(tuple(Arrival)))
    # The lists are given in any order: the movements must not depend on it.
    previous = draw(st.permutations(previous))
    current = draw(st.permutations(current))
    ids = [f"H{i}" for i in range(n)]
    formerly_poor = _subset(draw, ids)
    formerly_near = _subset(draw, ids)
    return ReviewCase(tuple(previous), tuple(current), departures, arrivals, formerly_poor, formerly_near)


def review_cases(
    *, communes: tuple[str, ...] = ("C1", "C2", "C3"), max_households: int = 25, standard: Standard | None = None
) -> st.SearchStrategy[ReviewCase]:
    """A whole review: start-of-period list, results, departures, arrivals and earlier statuses.

    Every household of the start-of-period list either has a result or departed (one in ten departs); one new
    household in ten arrived; households move between communes now and then; the lists come in any order.
    """
    chosen = standard if standard is not None else standard_in_force(on=dt.date(2023, 1, 1))
    return _review_cases(communes, max_households, chosen)


def _score_points(rule: ScoringRule, area: Area) -> list[int]:
    points = {0}
    for band in rule.bands:
        upper = band.upper(area).value
        points.update((upper - 1, upper, upper + 1))
    return sorted(points)


@st.composite
def _score_cases(draw: st.DrawFn, on: dt.date | None) -> tuple[Area, int, int, dt.date]:
    if on is None:
        window, _ = draw(st.sampled_from(SCORING_RULES.entries))
        on = draw(st.sampled_from((window.start, window.last_day)) | st.dates(window.start, window.last_day))
    rule = scoring_rule(on=on)
    area = draw(areas())
    income = draw(st.sampled_from(_score_points(rule, area)) | st.integers(min_value=0, max_value=400))
    cut = rule.deprivation_cutoff.value
    deprivation = draw(st.sampled_from((cut - 1, cut, cut + 1, 0)) | st.integers(min_value=0, max_value=200))
    return area, income, deprivation, on


def score_cases(on: dt.date | None = None) -> st.SearchStrategy[tuple[Area, int, int, dt.date]]:
    """``(area, income score, deprivation score, date)`` for the Phiếu B rule in force.

    Scores fall on and one point either side of every cut-off, on the first and last day of each rule (or on ``on``).
    """
    return _score_cases(on)


# --- measurement ------------------------------------------------------------------------------------------------


@st.composite
def _af_specs(draw: st.DrawFn, max_indicators: int) -> AFSpec:
    d = draw(st.integers(min_value=1, max_value=max_indicators))
    parts = draw(st.lists(st.integers(min_value=1, max_value=6), min_size=d, max_size=d))
    total = sum(parts)
    weights = {f"i{j}": Fraction(p, total) for j, p in enumerate(parts)}
    # cut-offs that some households reach exactly: sums of weights, and 1/d steps
    k = draw(st.sampled_from(sorted({Fraction(p, total) for p in range(1, total + 1)} | {Fraction(1, d)})))
    return AFSpec.of("drawn", weights, k=k)


def af_specs(max_indicators: int = 8) -> st.SearchStrategy[AFSpec]:
    """Alkire-Foster specs: 1 to ``max_indicators`` indicators with exact weights adding up to 1.

    The cut-off is one that households can reach exactly.
    """
    return _af_specs(max_indicators)


@st.composite
def _samples(draw: st.DrawFn, spec: AFSpec, max_size: int) -> AFSample:
    ids = list(spec.indicator_ids)
    n = draw(st.integers(min_value=0, max_value=max_size))
    rows = [_subset(draw, ids) for _ in range(n)]
    weights = draw(
        st.lists(st.fractions(min_value=Fraction(1, 10), max_value=10, max_denominator=12), min_size=n, max_size=n)
    )
    persons = draw(st.lists(st.integers(min_value=1, max_value=9), min_size=n, max_size=n))
    groups = draw(st.lists(st.sampled_from(("A", "B", "C")), min_size=n, max_size=n))
    return AFSample.of(rows, weights=weights, persons=persons, groups={"g": groups})


def af_samples(spec: AFSpec, *, max_size: int = 30) -> st.SearchStrategy[AFSample]:
    """Samples of households deprived in indicators of ``spec``.

    They come with exact survey weights, persons and a grouping ``"g"``.
    """
    return _samples(spec, max_size)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, frozenset):
        return ";".join(sorted(v.value for v in value)) if value else "none"
    return str(getattr(value, "value", value))


def register_rows(households: Iterable[Household]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The households as text rows of a register's two tables (``giamngheo schema``): households, then members.

    Every fact is written as an officer's file would hold it (an unknown fact is an empty cell, a floor area an
    exact fraction such as ``71/2``), so that reading the rows back gives the same households; a dwelling whose
    facts are all unknown cannot be told from no dwelling in a row.
    """
    hh_rows: list[dict[str, str]] = []
    member_rows: list[dict[str, str]] = []
    for h in households:
        row = {"household_id": str(h.id), "area": _cell(h.area), "commune": _cell(h.commune)}
        if h.income_per_capita_monthly_vnd is not None:
            row["income_per_capita_monthly_vnd"] = str(h.income_per_capita_monthly_vnd)
        else:
            row["income_yearly_vnd"] = str(h.income_yearly_vnd)
            row["size"] = str(h.size)
        if not h.computed:
            row["deprived"] = ";".join(sorted(h.deprived))
            if h.size is not None:
                row["size"] = str(h.size)
        d = h.dwelling
        if d is not None:
            for name in (
                "wall",
                "column",
                "roof",
                "water_source",
                "latrine",
                "devices",
                "hears_loudspeaker",
                "waste_collected",
            ):
                row[name] = _cell(getattr(d, name))
            if d.floor_area_m2 is not None:
                a = d.floor_area_m2
                row["floor_area_m2"] = f"{a.numerator}/{a.denominator}"
        hh_rows.append(row)
        member_rows.extend(
            {"household_id": str(h.id), "birth_date": _cell(m.birth_date)}
            | {
                name: _cell(getattr(m, name))
                for name in (
                    "sex",
                    "education",
                    "employment",
                    "nutrition",
                    "has_health_insurance",
                    "attending_school",
                    "on_the_job_training",
                    "disability",
                    "social_allowance",
                    "sick_untreated",
                    "uses_phone",
                    "uses_internet",
                )
            }
            for m in h.members or ()
        )
    return hh_rows, member_rows
