"""Strategies for members on, and a day either side of, every age and date boundary a rule reads."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from giamngheo._facts import (
    Member,
    Sex,
)
from giamngheo._household import Household
from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import Standard
from giamngheo.testing._fact_values import (
    _MEMBER_FACTS,
    _MEMBER_IDS,
    _USUAL_MEMBER,
    _boundaries,
    _check_rate,
    _coin,
    _draw_facts,
    _Rates,
    _usual_rate,
)
from giamngheo.testing._facts import _dwellings, _with_income, floor_areas
from giamngheo.testing._households import standards

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
