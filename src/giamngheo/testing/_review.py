"""Strategies for the annual review: records, whole review cases, and scores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import Area, Standard, Status
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
from giamngheo.testing._common import _MAX_MEMBERS
from giamngheo.testing._households import areas

_T = TypeVar("_T")

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
