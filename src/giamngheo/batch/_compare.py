"""Two standards applied to a register's columns: the batch twin of :func:`giamngheo.compare`.

References:
    :func:`giamngheo.compare` (one household at a time), whose :class:`~giamngheo.Comparison` this returns, equal
    to it household for household.
"""

from __future__ import annotations

import collections
import datetime as dt

import attrs
import numpy as np

from giamngheo._legal import Timeline
from giamngheo._model import Standard, Status
from giamngheo._reform import Comparison, Move, _resolve
from giamngheo.batch._assess import BatchResult, assess_columns
from giamngheo.batch._columns import Columns

__all__ = ["compare_columns"]


def _for_standard(columns: Columns, standard: Standard) -> Columns:
    """The columns as a standard of income only sees them: without the stated deprivations (see ``for_standard``)."""
    if standard.indicators:
        return columns
    return attrs.evolve(columns, stated=np.full(len(columns), None, dtype=object))


def compare_columns(
    columns: Columns,
    *,
    on: dt.date,
    other: Standard | Timeline[Standard] | str,
    base: Standard | Timeline[Standard] | str | None = None,
    first_index: int = 0,
) -> tuple[Comparison, BatchResult, BatchResult]:
    """Assess ``columns`` under ``base`` and ``other`` on ``on``: the comparison, and both results.

    Args:
        columns: The households.
        on: The date.
        other: The standard compared to (a standard or a jurisdiction code).
        base: The standard compared from; by default the national one in force.
        first_index: The index of the first household (for a chunk of a larger register).
    """
    base_standard, other_standard = _resolve(base, on, "base"), _resolve(other, on, "other")
    before = assess_columns(_for_standard(columns, base_standard), on=on, standard=base_standard)
    after = assess_columns(_for_standard(columns, other_standard), on=on, standard=other_standard)
    statuses = BatchResult.STATUSES
    ok = (before.status >= 0) & (after.status >= 0)
    pairs = before.status.astype(np.int64) * len(statuses) + after.status
    transitions: collections.Counter[tuple[Status, Status]] = collections.Counter()
    codes, counts = np.unique(pairs[ok], return_counts=True)
    for code, count in zip(codes.tolist(), counts.tolist(), strict=True):
        transitions[statuses[code // len(statuses)], statuses[code % len(statuses)]] = count
    ids = columns.household_id
    moved = tuple(
        Move(first_index + i, ids[i] or None, statuses[before.status[i]], statuses[after.status[i]])
        for i in np.flatnonzero(ok & (before.status != after.status)).tolist()
    )
    errors = tuple(
        (first_index + i, ids[i] or None, str(before.errors[i] if before.errors[i] is not None else after.errors[i]))
        for i in np.flatnonzero(~ok).tolist()
    )
    comparison = Comparison(on, base_standard, other_standard, dict(transitions), moved, errors, len(columns))
    return comparison, before, after
