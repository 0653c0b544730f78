"""Hypothesis strategies for testing code that uses giamngheo.

This module needs the optional dependency Hypothesis (``pip install "giamngheo[testing]"``); importing
:mod:`giamngheo` itself never imports it.

The strategies draw what the law makes interesting: dates on the first and last day of every validity window,
incomes one VND either side of every band bound, deprivation counts either side of the cut-off, and incomes
given as a yearly total with a household size as well as per person per month.

>>> import giamngheo as gn
>>> from hypothesis import given
>>> from giamngheo.testing import household_and_date
>>> @given(household_and_date())
... def test_my_report(case):
...     household, on = case
...     assert gn.assess(household, on=on).status in gn.Status
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hypothesis import strategies as st

from giamngheo._household import Household
from giamngheo._model import Area, Standard
from giamngheo._national import NATIONAL_STANDARDS, standard_in_force

__all__ = [
    "areas",
    "dates_in_force",
    "deprived_ids",
    "household_and_date",
    "households",
    "incomes_vnd",
    "standards",
]

_MONTHS_PER_YEAR = 12
#: The largest household size drawn; sizes of 1 and of a few members are the common ones.
_MAX_SIZE = 12
#: How far above the highest band bound the "wide range" of incomes reaches, as a multiple of that bound.
_WIDE_FACTOR = 4
#: The largest income drawn at all: a trillion VND a month, to reach far beyond every band.
_HUGE_VND = 10**12


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
    return sorted({bound for standard in selected for area in Area for bound in standard.limits(area)})


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


@st.composite
def _households(draw: st.DrawFn, standard: Standard | None) -> Household:
    if standard is None:
        standard = draw(standards())
    area = draw(areas())
    monthly = draw(incomes_vnd(standard=standard))
    deprived = draw(deprived_ids(standard))
    household_id = draw(st.none() | st.integers(min_value=0, max_value=999_999).map(lambda n: f"HH-{n:06d}"))
    if draw(st.booleans()):
        return Household(area=area, income_per_capita_monthly_vnd=monthly, deprived=deprived, id=household_id)
    size = draw(st.integers(min_value=1, max_value=_MAX_SIZE))
    exact = _MONTHS_PER_YEAR * size * monthly
    # Exactly on the monthly figure, a fraction of a VND either side of it, or anywhere up to one VND a month off.
    offset = draw(
        st.one_of(
            st.sampled_from((0, -1, 1)),
            st.integers(min_value=-(_MONTHS_PER_YEAR * size), max_value=_MONTHS_PER_YEAR * size),
        )
    )
    return Household(area=area, income_yearly_vnd=max(0, exact + offset), size=size, deprived=deprived, id=household_id)


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
