"""Strategies for households by income (and stated deprivations), the dates they are assessed on, and jurisdictions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
from hypothesis import strategies as st

from giamngheo._household import Household
from giamngheo._jurisdictions import JURISDICTIONS, standard_in_force
from giamngheo._model import Area, Standard
from giamngheo.standards import NATIONAL_STANDARDS
from giamngheo.testing._common import _HUGE_VND, _MAX_SIZE, _MONTHS_PER_YEAR, _WIDE_FACTOR


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
