"""Strategies for members and dwellings whose facts decide the indicators, and households made of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from giamngheo._facts import (
    Dwelling,
    Member,
)
from giamngheo._household import Household
from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import Standard
from giamngheo.testing._common import _AREA_KEY, _AREA_OFFSETS, _MAX_AGE, _MAX_AREA_M2, _MAX_MEMBERS
from giamngheo.testing._fact_values import (
    _DWELLING_FACTS,
    _MEMBER_FACTS,
    _MEMBER_IDS,
    _USUAL_DWELLING,
    _USUAL_MEMBER,
    _age_boundaries,
    _check_rate,
    _coin,
    _draw_facts,
    _Rates,
    _usual_rate,
    _years_before,
)
from giamngheo.testing._households import (
    _HOUSEHOLD_IDS,
    _selected,
    _yearly_income,
    areas,
    dates_in_force,
    incomes_vnd,
    standards,
)

#: Member or dwelling: the facts :func:`completions` fills in.
_F = TypeVar("_F", Member, Dwelling)


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
