"""The vectorised rules: every indicator of a standard, and the status, for all households at once.

Each rule mirrors its scalar twin in :mod:`giamngheo._indicators` outcome for outcome, three-valued logic
included; a differential test over random households proves them equal. Codes of an outcome: 0 not deprived,
1 deprived, 2 undetermined. Codes of three-valued facts inside a rule: 0 false, 1 unknown, 2 true, so that
Kleene's "or" is ``max`` and "and" is ``min``.

A rule about members ("some member is a culprit", "no member uses the service") gives two booleans per member:
``hit`` (a culprit, or a member who uses it) and ``miss`` (a fact that could make one is missing). They become two
bits of one small unsigned word per member, for every such rule of the standard, and a single
``np.bitwise_or.reduceat`` over the members (sorted by household) gives every household's bits at once: most of
the time of a standard is that one pass, not one pass per indicator. Where a column holds no unknown value the
``miss`` arrays are not computed at all (the check costs one pass over a column, once per assessment).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np
import numpy.typing as npt

from giamngheo._facts import Device, Education, Employment, Latrine, Material, Nutrition, Sex, WaterSource
from giamngheo._model import Indicator, Status
from giamngheo.batch._columns import Columns, code_of

__all__ = ["DEP", "NOT", "UND", "Context", "evaluate"]

NOT, DEP, UND = 0, 1, 2
F, U, T = 0, 1, 2
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


class Members:
    """A member rule's per-member facts, reduced with the other member rules in one pass (see the module).

    Attributes:
        hit: A culprit (``nobody=False``) or a member who uses the service (``nobody=True``).
        miss: A fact that could decide it is missing; ``None`` when no member misses one.
        nobody: Deprived when no member is a hit (else: deprived when some member is).
    """

    __slots__ = ("hit", "miss", "nobody")

    def __init__(self, hit: Arr, miss: Arr | None, *, nobody: bool = False) -> None:
        self.hit, self.miss, self.nobody = hit, miss, nobody


_THREE = np.array([U, F, T], dtype=np.int8)  # indexed by code + 1: unknown, false, true
_NEGATED = np.array([U, T, F], dtype=np.int8)


def _three(values: Arr) -> Arr:
    """-1/0/1 codes as three-valued F/U/T."""
    return _THREE[values + np.int8(1)]


def _codes(kind: type[Any], members: Any) -> Arr:  # noqa: ANN401 - a set of enumeration members
    return np.array(sorted(code_of(kind, m) for m in members), dtype=np.int8)


def _is_in(values: Arr, kind: type[Any], members: Any) -> Arr:  # noqa: ANN401 - a set of enumeration members
    """``values in members`` by the fewest comparisons of ``int8`` codes; unknown (-1) is in no set."""
    inside = [code_of(kind, v) for v in kind if v in members]
    outside = [code_of(kind, v) for v in kind if v not in members]
    if len(inside) <= len(outside) + 1:
        out = np.zeros(len(values), dtype=bool)
        for c in inside:
            out |= values == c
        return out
    out = values >= 0
    for c in outside:
        out &= values != c
    return out


def _single(x: Context, low: int | None, high: int | None, field: str, kind: type[Any] | None, bad: Any) -> Members:  # noqa: ANN401, PLR0917
    """Deprived if some member aged ``low`` to under ``high`` has ``value`` in ``bad``.

    The column ``field`` holds codes of ``kind`` (or 0/1 for a boolean: ``kind`` ``None``, ``bad`` the code), -1 unknown.
    A member is a culprit if in the age range with a bad value; is missing a fact if the value could be bad
    (unknown or bad) and the age is unknown, or in the age range with the value unknown.
    """
    value = getattr(x.c, field)
    in_range = x.in_range(low, high)
    is_bad = value == bad if kind is None else _is_in(value, kind, bad)
    hit = in_range & is_bad
    if x.known(field) and x.ages_known:
        return Members(hit, None)
    unknown = value < 0
    miss = in_range & unknown
    if not x.ages_known:
        miss |= x.any_unknown_age(is_bad | unknown)
    return Members(hit, miss)


def _conjunction(x: Context, low: int | None, high: int | None, facts: list[Callable[[Arr], Arr]]) -> Members:
    """Deprived if some member aged ``low`` to under ``high`` has every fact true (three-valued F/U/T).

    Each fact is a function of the member rows it is asked about, so that only the members in the age range (or
    of unknown age) are looked at.
    """
    rows = np.flatnonzero(x.in_range(low, high) | ~x.age_known)
    refuted = np.zeros(len(rows), dtype=bool)
    all_true = x.age_known[rows].copy()
    for fact in facts:
        values = fact(rows)
        refuted |= values == F
        all_true &= values == T
    live = ~refuted
    m = len(x.hh)
    hit, miss = np.zeros(m, dtype=bool), np.zeros(m, dtype=bool)
    hit[rows] = live & all_true
    miss[rows] = live & ~all_true
    return Members(hit, miss)


def _insurance(x: Context, v: dict[str, Any]) -> Members:
    return _single(x, v["min_age"], None, "has_health_insurance", None, 0)


def _care(x: Context, _v: dict[str, Any]) -> Members:
    return _single(x, None, None, "sick_untreated", None, 1)


def _nutrition(x: Context, v: dict[str, Any]) -> Members:
    return _single(x, None, v["max_age"], "nutrition", Nutrition, v["forms"])


def _school(x: Context, v: dict[str, Any]) -> Members:
    return _single(x, v["min_age"], v["max_age"], "attending_school", None, 0)


def _lacks(education: Arr, accepted: Arr) -> Arr:
    """Three-valued: the education is not one of ``accepted``."""
    table = np.full(64, T, dtype=np.int8)
    table[0] = U
    table[accepted.astype(np.intp) + 1] = F
    return table[education + np.int8(1)]


def _negated(values: Arr) -> Arr:
    """Three-valued "not" of -1/0/1 codes."""
    return _NEGATED[values + np.int8(1)]


def _adult_2016(x: Context, v: dict[str, Any]) -> Members:
    c = x.c
    born_from, accepted = v["born_from_year"], _codes(Education, v["accepted_levels"])

    def born(rows: Arr) -> Arr:
        year = c.birth_year[rows]
        return np.where(year < 0, U, np.where(year >= born_from, T, F)).astype(np.int8)

    facts = [born, lambda rows: _lacks(c.education[rows], accepted), lambda rows: _negated(c.attending_school[rows])]
    return _conjunction(x, v["min_age"], None, facts)


def _adult_2022(x: Context, v: dict[str, Any]) -> Members:
    c = x.c
    low, split, high = v["min_age"], v["split_age"], v["max_age"]
    young_levels, older_levels = v["accepted_levels_young"], v["accepted_levels_older"]
    if x.ages_known and all(x.known(f) for f in ("education", "attending_school", "on_the_job_training")):
        # Every fact known: two-valued, written out on whole columns (no compaction, no lookup table).
        young = x.in_range(low, split if high is None else min(split, high))
        older = x.in_range(max(low, split), high)
        lacks = (young & ~_is_in(c.education, Education, young_levels)) | (
            older & ~_is_in(c.education, Education, older_levels)
        )
        hit = lacks & (c.attending_school == 0)
        hit &= c.on_the_job_training == 0
        return Members(hit, None)
    accepted_young, accepted_older = _codes(Education, young_levels), _codes(Education, older_levels)

    def lacks_three(rows: Arr) -> Arr:
        education = c.education[rows]
        young, older = _lacks(education, accepted_young), _lacks(education, accepted_older)
        by_age = np.where(x.age[rows] < split, young, older)
        agree = np.where(young == older, young, U)  # without the age, decided only if both age groups agree
        return np.where(x.age_known[rows], by_age, agree).astype(np.int8)

    facts = [
        lacks_three,
        lambda rows: _negated(c.attending_school[rows]),
        lambda rows: _negated(c.on_the_job_training[rows]),
    ]
    return _conjunction(x, low, high, facts)


def _working_age(x: Context, v: dict[str, Any], rows: Arr) -> Arr:
    """Three-valued, for the members ``rows``: whether they have not reached the retirement age of their sex.

    The members are of known age, at least the minimum working age, and near a retirement age.
    """
    c = x.c
    schedule = v["retirement"]
    by, bm, bd = (a[rows].astype(np.int64) for a in (c.birth_year, c.birth_month, c.birth_day))
    sex = c.sex[rows]
    working = {s: _before_retirement(schedule, s, by, bm, bd, x.on) for s, _ in schedule.start_months}
    sexes = list(Sex)
    first, second = (working[s] for s in sexes)
    unknown_sex = np.where(first == second, np.where(first, T, F), U)
    known_sex = np.where(sex == sexes.index(Sex.MALE), working[Sex.MALE], working[Sex.FEMALE])
    return np.where(sex < 0, unknown_sex, np.where(known_sex, T, F)).astype(np.int8)


def _days_in_month(year: Arr, month: Arr) -> Arr:
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)[month]
    return np.where((month == 2) & leap, 29, days)


def _before_retirement(schedule: Any, sex: Sex, by: Arr, bm: Arr, bd: Arr, on: dt.date) -> Arr:  # noqa: ANN401, PLR0917
    """Vectorised ``on < schedule.retirement_date(birth, sex)``.

    The retirement date is found in the first year Y from the schedule's first year in which the person reaches
    the age of year Y (birth plus that many months, the day clipped to the month's end, as relativedelta adds
    months). The year and month depend only on the month of birth: they are found once per distinct month.
    """
    month_of_birth = by * 12 + (bm - 1)
    low = int(month_of_birth.min())
    distinct = np.arange(low, int(month_of_birth.max()) + 1, dtype=np.int64)  # a table by month, no sorting
    inverse = month_of_birth - low
    ry, rm = np.zeros(len(distinct), np.int64), np.zeros(len(distinct), np.int64)
    undecided = np.ones(len(distinct), dtype=bool)
    year = schedule.from_year
    while undecided.any():
        months = distinct + schedule.age_months(sex, year)
        y, m = months // 12, months % 12 + 1
        reached = undecided & (y <= year)
        ry[reached], rm[reached] = y[reached], m[reached]
        undecided &= ~reached
        year += 1
    ry, rm = ry[inverse], rm[inverse]
    rd = np.minimum(bd, _days_in_month(ry, rm))
    on_key = on.year * 10000 + on.month * 100 + on.day
    before: Arr = on_key < ry * 10000 + rm * 100 + rd
    return before


def _employment(x: Context, v: dict[str, Any]) -> Members:
    """Deprived if some member of working age has an employment in ``deprived_employment``.

    Of working age: known age from the minimum working age; surely so a year below the lowest retirement age,
    surely not from the highest retirement age of the schedule on (a retirement date is at most that many months
    after birth); in between, by the retirement date of the member's sex (worked out for those few members only).
    """
    c = x.c
    schedule = v["retirement"]
    minimum = v["min_working_age"]
    surely_until = max(minimum, -((12 - schedule.earliest_months) // 12))  # age * 12 < earliest - 12
    latest = max(m for _, m in (*schedule.start_months, *schedule.cap_months))
    retired_from = max(surely_until, -(-latest // 12))  # age * 12 >= latest: past every retirement date
    employment = c.employment
    is_bad = _is_in(employment, Employment, v["deprived_employment"])
    employment_known = x.known("employment")
    candidate = is_bad if employment_known else is_bad | (employment < 0)
    surely = x.in_range(minimum, surely_until)
    hit = is_bad & surely
    near = np.flatnonzero(candidate & x.in_range(surely_until, retired_from))
    scope = _working_age(x, v, near) if len(near) else np.zeros(0, dtype=np.int8)
    hit[near] = is_bad[near] & (scope == T)
    if employment_known and x.ages_known and not (scope == U).any():
        return Members(hit, None)
    unknown = employment < 0
    miss = unknown & surely
    if not x.ages_known:
        miss |= x.any_unknown_age(candidate)
    miss[near] = candidate[near] & ((scope == U) | ((scope == T) & unknown[near]))
    return Members(hit, miss)


def _dependants(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    disability = c.disability
    if v["requires_social_allowance"]:
        age, known = x.age, x.age_known
        young = np.where(known, F, U)
        old = np.where(known, np.where(age >= v["elderly_from"], T, F), U)
        dependant = np.maximum(young, np.minimum(np.maximum(old, _three(disability)), _three(c.social_allowance)))
        dependant = np.where(known & (age < v["child_under"]), T, dependant)
        sure, unsure = dependant == T, dependant == U
        if not unsure.any():
            unsure = None
    else:  # Kleene's logic written out: a child, an elderly member or one with a disability is a dependant
        sure = x.in_range(None, v["child_under"]) | x.in_range(v["elderly_from"], None)
        sure |= disability == 1
        unsure = None
        if not (x.ages_known and x.known("disability")):
            unsure = ~sure & (~x.age_known | (disability < 0))
    share: Fraction = v["max_share"]
    p, q = share.numerator, share.denominator
    n_sure, n_unsure = x.counts(sure, unsure)
    members = x.member_count
    limit = p * members
    deprived = n_sure * q > limit
    n_sure += n_unsure
    decided_not = n_sure * q <= limit
    # codes: deprived 1, not deprived 0, otherwise undetermined 2 (the first two never hold together)
    out = np.full(len(members), UND, dtype=np.int8)
    out -= deprived
    out -= decided_not.view(np.int8) * np.int8(2)
    if not x.every_household_has_members:
        out[~x.has_members] = UND
    return out


def _without_dwelling(x: Context, out: Arr) -> Arr:
    """``out``, undetermined where the household gives no dwelling."""
    if not x.has_dwelling_all:
        out[~x.c.has_dwelling] = UND
    return out


def _quality(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    need = v["min_non_durable"]
    non_durable = code_of(Material, Material.NON_DURABLE)
    bad = (c.wall == non_durable).view(np.int8) + (c.column == non_durable) + (c.roof == non_durable)
    deprived = bad >= need
    unknown = (c.wall < 0).view(np.int8) + (c.column < 0) + (c.roof < 0)
    bad += unknown
    decided_not = bad < need
    # codes: deprived 1, not deprived 0, otherwise undetermined 2
    out = np.full(len(c), UND, dtype=np.int8)
    out -= deprived
    out -= decided_not.view(np.int8) * np.int8(2)
    return _without_dwelling(x, out)


def _area(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    minimum = Fraction(v["min_m2_per_person"])
    p, q = minimum.numerator, minimum.denominator
    known = (c.floor_den > 0) & (x.size > 0) & c.has_dwelling
    smaller = c.floor_num * q < p * x.size * c.floor_den
    out = (~known).view(np.int8) * np.int8(2)
    out += smaller & known
    return out


def _in_list(field: str, key: str, kind: type[Any]) -> Callable[[Context, dict[str, Any]], Arr]:
    def evaluate(x: Context, v: dict[str, Any]) -> Arr:
        value = getattr(x.c, field)
        out = (~_is_in(value, kind, v[key])).view(np.int8)  # deprived 1, not 0; unknown: 1 + 1, undetermined
        out += value < 0
        return _without_dwelling(x, out)

    return evaluate


def _internet(x: Context, _v: dict[str, Any]) -> Members:
    uses = x.c.uses_internet
    return Members(uses == 1, None if x.known("uses_internet") else uses < 0, nobody=True)


def _telecom_2016(x: Context, _v: dict[str, Any]) -> Members:
    phone, internet = x.c.uses_phone, x.c.uses_internet
    hit = (phone == 1) | (internet == 1)
    miss = None if x.known("uses_phone") and x.known("uses_internet") else (phone < 0) | (internet < 0)
    return Members(hit, miss, nobody=True)


def _device_mask(devices: Any) -> int:  # noqa: ANN401 - a set of Device
    return sum(1 << code_of(Device, d) for d in devices)


def _devices(x: Context, v: dict[str, Any]) -> Arr:
    d = x.c.devices
    unknown = d < 0
    out = (((d & _device_mask(v["devices"])) == 0) & ~unknown).view(np.int8)
    out += unknown.view(np.int8) * np.int8(2)
    return _without_dwelling(x, out)


def _assets_2016(x: Context, v: dict[str, Any]) -> Arr:
    d = x.c.devices
    asset = np.where(d < 0, U, np.where((d & _device_mask(v["devices"])) != 0, T, F))
    either = np.maximum(asset, _three(x.c.hears_loudspeaker))
    out = np.where(either == T, NOT, np.where(either == F, DEP, UND)).astype(np.int8)
    return _without_dwelling(x, out)


def _waste(x: Context, _v: dict[str, Any]) -> Arr:
    w = x.c.waste_collected
    out = (w == 0).view(np.int8) + (w < 0).view(np.int8) * np.int8(2)
    return _without_dwelling(x, out)


#: The vectorised twin of every scalar rule, by rule name: an outcome per household, or per-member facts.
RULES: dict[str, Callable[[Context, dict[str, Any]], Arr | Members]] = {
    "member_without_health_insurance": _insurance,
    "member_ill_without_care": _care,
    "child_malnourished": _nutrition,
    "child_out_of_school": _school,
    "adult_without_lower_secondary": _adult_2016,
    "young_adult_without_qualification": _adult_2022,
    "working_age_member_without_secure_job": _employment,
    "dependants_share": _dependants,
    "non_durable_structures": _quality,
    "floor_area_per_person": _area,
    "water_source_not_clean": _in_list("water_source", "clean_sources", WaterSource),
    "latrine_not_hygienic": _in_list("latrine", "hygienic_latrines", Latrine),
    "no_member_uses_internet": _internet,
    "no_member_uses_phone_or_internet": _telecom_2016,
    "owns_no_listed_device": _devices,
    "no_information_asset_nor_loudspeaker": _assets_2016,
    "waste_not_collected": _waste,
}

_SLOTS = 32  # member rules per 64-bit word: two bits each


def _word_dtype(slots: int) -> type[np.unsignedinteger[Any]]:
    for dtype in (np.uint8, np.uint16, np.uint32, np.uint64):
        if 2 * slots <= np.dtype(dtype).itemsize * 8:
            return dtype
    raise AssertionError("unreachable: at most _SLOTS member rules a word")  # pragma: no cover


def _reduce(x: Context, facts: list[tuple[int, Members]], out: Arr) -> None:
    """The outcomes of member rules, into rows of ``out``: one OR-reduction per word of up to ``_SLOTS`` rules.

    Slot ``j`` of a word holds ``hit`` in bit ``2j + 1`` and ``miss`` in bit ``2j``. A household without members
    gets every ``miss`` bit, so that it comes out undetermined.
    """
    for first in range(0, len(facts), _SLOTS):
        chunk = facts[first : first + _SLOTS]
        dtype = _word_dtype(len(chunk))
        words = np.zeros(len(x.hh), dtype=dtype)
        for j, (_, fact) in enumerate(chunk):
            words |= fact.hit.view(np.uint8) * dtype(2 << 2 * j)
            if fact.miss is not None:
                words |= fact.miss.view(np.uint8) * dtype(1 << 2 * j)
        fill = sum(1 << 2 * j for j in range(len(chunk)))
        per_household = x.per_household(words, fill)
        for j, (k, fact) in enumerate(chunk):
            bits = (per_household >> dtype(2 * j)).astype(np.uint8) & np.uint8(3)  # 0 none, 1 miss, 2 or 3 hit
            missing = (bits == 1).view(np.int8) * np.int8(2)
            if fact.nobody:  # nobody uses it: deprived (1); someone: not (0); else undetermined (2)
                missing += bits == 0
                out[k] = missing
            else:  # some culprit: deprived (1); a fact missing: undetermined (2); else not (0)
                missing += bits >= 2
                out[k] = missing


def evaluate(indicators: tuple[Indicator, ...], x: Context) -> Arr:
    """The outcome code of every indicator (rows) for every household (columns)."""
    out = np.full((len(indicators), x.n), UND, dtype=np.int8)
    facts: list[tuple[int, Members]] = []
    for k, indicator in enumerate(indicators):
        rule = indicator.rule
        if rule is None:
            continue
        vectorised = RULES.get(rule.name)
        if vectorised is None:  # a rule the batch engine does not know: the scalar path decides (see _result)
            out[k] = -1
            continue
        result = vectorised(x, indicator._values)  # noqa: SLF001
        if isinstance(result, Members):
            facts.append((k, result))
        else:
            out[k] = result
    if facts:
        _reduce(x, facts, out)
    return out


STATUS_CODES = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR, Status.UNDETERMINED)
STATUS_CODE = {s: i for i, s in enumerate(STATUS_CODES)}
