"""The columns on one date, as the vectorised rules read them: ages, members per household, sizes, computed once.

Members are sorted by household (see :class:`~giamngheo.batch.Columns`), so that a household's members are one
run of rows and a per-household result is one ``reduceat`` over the runs.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import numpy as np
import numpy.typing as npt

from giamngheo.batch._columns import Columns

__all__ = ["Arr", "Context"]

Arr = npt.NDArray[Any]
#: Ages are held in ``int8`` for the rules: real ages clipped to ``[-1, _AGE_CAP - 1]``, an unknown age is
#: ``_AGE_CAP`` (so that "younger than t" is false for it without a second test). Exact for thresholds up to
#: ``_AGE_CAP - 1``; a rule with a larger threshold uses the exact ``int16`` ages instead.
_AGE_CAP = 127


class Context:
    """The columns on one date, with what every rule needs computed once (ages, members per household).

    Attributes:
        age: Each member's age in whole years on the date (``int16``), -1 where the birth date is unknown.
        age_known: Whether each member's birth date is known.
        member_count: The number of members of each household.
        has_members: Whether each household has members.
        size: The household size the indicators use: the members listed, or the size column.
    """

    def __init__(self, columns: Columns, on: dt.date) -> None:
        self.c = columns
        self.on = on
        n = self.n = len(columns)
        hh = self.hh = columns.member_household
        m = len(hh)
        first = np.empty(m, dtype=bool)  # the first member of each household (members are sorted by household)
        if m:
            first[0] = True
            np.not_equal(hh[1:], hh[:-1], out=first[1:])
        self.starts = np.flatnonzero(first)
        counts = np.diff(self.starts, append=m)
        self.every_household_has_members = len(self.starts) == n
        if self.every_household_has_members:
            self.with_members = None
            self.member_count = counts
            self.has_members = np.ones(n, dtype=bool)
        else:
            self.with_members = hh[self.starts]
            self.member_count = np.zeros(n, dtype=np.int64)
            self.member_count[self.with_members] = counts
            self.has_members = self.member_count > 0
        self.largest = int(counts.max()) if len(counts) else 0
        year = columns.birth_year
        self.age_known = year >= 0
        self.ages_known = bool(self.age_known.all())
        self.age_unknown = None if self.ages_known else ~self.age_known
        today = on.month * 100 + on.day
        if today == 228 and not calendar.isleap(
            on.year
        ):  # as relativedelta: born on 29 February, a year older on 28 February
            today = 229
        birthday = columns.birth_month.astype(np.int16) * np.int16(100)
        birthday += columns.birth_day
        age = np.int16(on.year) - year.astype(np.int16)
        age -= birthday > today
        age8 = np.clip(age, -1, _AGE_CAP - 1).astype(np.int8)
        if not self.ages_known:
            age[self.age_unknown] = -1
            age8[self.age_unknown] = _AGE_CAP
        self.age = age
        self.age8 = age8
        # the household size the indicators use: the members listed, or the size column
        self.size = (
            counts if self.every_household_has_members else np.where(self.has_members, self.member_count, columns.size)
        )
        self.has_dwelling_all = bool(columns.has_dwelling.all())
        self._known: dict[str, bool] = {}
        self._ranges: dict[tuple[int | None, int | None], Arr] = {}

    def known(self, field: str) -> bool:
        """Whether no member (or household) has the column ``field`` unknown (``-1``); checked once."""
        if field not in self._known:
            values = getattr(self.c, field)
            self._known[field] = not len(values) or bool(values.min() >= 0)
        return self._known[field]

    def in_range(self, low: int | None, high: int | None) -> Arr:
        """Per member: the age is known and from ``low`` to under ``high`` (either bound may be ``None``)."""
        key = (low, high)
        cached = self._ranges.get(key)
        if cached is not None:
            return cached
        exact = all(b is None or 0 <= b < _AGE_CAP for b in key)
        age = self.age8 if exact else self.age
        found: Arr = self.age_known.copy()
        if low is not None:
            found = age >= low
        if high is not None:
            found = age < high if low is None else found & (age < high)
        if not self.ages_known and (high is None or not exact):  # an unknown age is ``_AGE_CAP``, or -1
            found &= self.age_known
        self._ranges[key] = found
        return found

    def any_unknown_age(self, rows: Arr) -> Arr:
        """Per member: ``rows`` and the age unknown (all false when every age is known)."""
        return np.zeros(len(rows), dtype=bool) if self.age_unknown is None else rows & self.age_unknown

    def per_household(self, words: Arr, fill: int) -> Arr:
        """Per household: the OR of its members' ``words``; ``fill`` for a household without members."""
        if self.every_household_has_members:
            return np.bitwise_or.reduceat(words, self.starts) if len(words) else np.zeros(self.n, words.dtype)
        out = np.full(self.n, fill, dtype=words.dtype)
        if len(words):
            out[self.with_members] = np.bitwise_or.reduceat(words, self.starts)
        return out

    def counts(self, sure: Arr, unsure: Arr | None) -> tuple[Arr, Arr]:
        """Per household: how many members are ``sure``, and how many ``unsure`` (one pass for both).

        Counts are differences of running sums in unsigned integers that wrap: exact, since every household's
        count fits the field it is summed in (fields are chosen by the largest household).
        """
        # the narrowest word whose two fields each hold the largest household's count: no carry into the other
        dtype, shift = next(
            (d, b) for d, b in ((np.uint16, 8), (np.uint32, 16), (np.uint64, 32)) if self.largest < 1 << b
        )
        if unsure is None:
            return self._sum(sure.view(np.uint8), dtype).astype(np.int64), np.zeros(self.n, dtype=np.int64)
        packed: Arr = unsure.astype(dtype)
        packed <<= dtype(shift)
        packed |= sure
        total = self._sum(packed, dtype)
        low = total & dtype((1 << shift) - 1)
        return low.astype(np.int64), (total >> dtype(shift)).astype(np.int64)

    def _sum(self, values: Arr, dtype: type[np.unsignedinteger[Any]]) -> Arr:
        """Per household: the sum of its members' ``values``, modulo the size of ``dtype``."""
        out = np.zeros(self.n, dtype=dtype)
        if len(values):
            running = np.empty(len(values) + 1, dtype=dtype)
            running[0] = 0
            np.cumsum(values, dtype=dtype, out=running[1:])
            ends = np.empty_like(self.starts)
            ends[:-1] = self.starts[1:]
            ends[-1] = len(values)
            total = running[ends] - running[self.starts]
            if self.with_members is None:
                return total
            out[self.with_members] = total
        return out
