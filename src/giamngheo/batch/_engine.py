"""The vectorised rules: every indicator of a standard, and the status, for all households at once.

Each rule mirrors its scalar twin in :mod:`giamngheo._indicators` outcome for outcome, three-valued logic
included; a differential test over random households proves them equal. Codes of an outcome: 0 not deprived,
1 deprived, 2 undetermined. Codes of three-valued facts inside a rule: 0 false, 1 unknown, 2 true, so that
Kleene's "or" is ``max`` and "and" is ``min``.
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


class Context:
    """The columns on one date, with what every rule needs computed once (ages, members per household)."""

    def __init__(self, columns: Columns, on: dt.date) -> None:
        self.c = columns
        self.on = on
        self.n = len(columns)
        self.hh = columns.member_household
        counts = np.bincount(self.hh, minlength=self.n)
        self.member_count = counts
        self.has_members = counts > 0
        self.with_members = np.flatnonzero(self.has_members)
        self.starts = (np.cumsum(counts) - counts)[self.with_members]  # first member of each household with some
        year = columns.birth_year.astype(np.int32)
        self.age_known = year >= 0
        key = columns.birth_month.astype(np.int32) * 100 + columns.birth_day.astype(np.int32)
        if not calendar.isleap(on.year):  # as relativedelta: born on 29 February, a year older on 28 February
            key = np.where(key == 229, 228, key)
        today = on.month * 100 + on.day
        self.age = np.where(self.age_known, on.year - year - (today < key), -1)
        # the household size the indicators use: the members listed, or the size column
        self.size = np.where(self.has_members, counts, columns.size)

    def any(self, mask: Arr) -> Arr:
        """Per household: whether some member has ``mask``."""
        return self.most(mask.view(np.int8)) > 0

    def most(self, values: Arr) -> Arr:
        """Per household: the largest of its members' ``values`` (int8), 0 for a household without members."""
        out = np.zeros(self.n, dtype=np.int8)
        if len(values):
            out[self.with_members] = np.maximum.reduceat(values, self.starts)
        return out

    def verdict_of(self, rows: Arr, culprit: Arr, missing: Arr) -> Arr:
        """:meth:`verdict` where only the members ``rows`` can be culprits or missing a fact.

        The other members are decided already; ``culprit`` and ``missing`` are given for ``rows`` only.
        """
        worst = np.zeros(self.n, dtype=np.int8)
        worst[self.hh[rows[missing]]] = 1  # then culprits overwrite: a household with one is deprived
        worst[self.hh[rows[culprit]]] = 2
        out = _VERDICT[worst]
        out[~self.has_members] = UND
        return out

    def count(self, mask: Arr) -> Arr:
        """Per household: how many members have ``mask``."""
        return np.bincount(self.hh[mask], minlength=self.n)

    def verdict(self, culprit: Arr, missing: Arr) -> Arr:
        """Deprived if a member is a culprit; else undetermined if one is missing a fact; else not deprived.

        ``culprit`` and ``missing`` never hold for the same member. A household without members is undetermined.
        """
        state = culprit.view(np.int8) * np.int8(2) + missing.view(np.int8)  # 2 culprit, 1 missing, 0 neither
        worst = self.most(state)
        out = _VERDICT[worst]
        out[~self.has_members] = UND
        return out


#: A household's outcome from its members' largest state (0 neither, 1 missing, 2 culprit).
_VERDICT = np.array([NOT, UND, DEP], dtype=np.int8)


_THREE = np.array([U, F, T], dtype=np.int8)  # indexed by code + 1: unknown, false, true
_NEGATED = np.array([U, T, F], dtype=np.int8)


def _three(values: Arr) -> Arr:
    """-1/0/1 codes as three-valued F/U/T."""
    return _THREE[values + np.int8(1)]


def _codes(kind: type[Any], members: Any) -> Arr:  # noqa: ANN401 - a set of enumeration members
    return np.array(sorted(code_of(kind, m) for m in members), dtype=np.int8)


def _member_of(values: Arr, codes: Arr) -> Arr:
    """``values in codes`` by a lookup table (codes are small): unknown (-1) is not a member."""
    table = np.zeros(64, dtype=bool)
    table[codes.astype(np.intp) + 1] = True
    return table[values + np.int8(1)]


def _in_range(x: Context, low: int | None, high: int | None) -> Arr:
    ok = x.age_known.copy()
    if low is not None:
        ok &= x.age >= low
    if high is not None:
        ok &= x.age < high
    return ok


def _single(x: Context, low: int | None, high: int | None, value: Arr, bad: Arr) -> Arr:
    """Deprived if some member aged ``low`` to under ``high`` has ``value`` in ``bad`` (codes; -1 unknown)."""
    candidate = (value < 0) | _member_of(value, bad)  # the others are skipped: value known and fine
    if low is not None or high is not None:  # so are members of known age outside the range
        candidate &= ~x.age_known | _in_range(x, low, high)
    rows = np.flatnonzero(candidate)
    known = value[rows] >= 0
    age_known = x.age_known[rows]
    return x.verdict_of(rows, age_known & known, ~age_known | ~known)


def _conjunction(x: Context, low: int | None, high: int | None, facts: list[Callable[[Arr], Arr]]) -> Arr:
    """Deprived if some member aged ``low`` to under ``high`` has every fact true (three-valued F/U/T).

    Each fact is a function of the member rows it is asked about, so that only the members in the age range (or
    of unknown age) are looked at.
    """
    rows = np.flatnonzero(~(x.age_known & ~_in_range(x, low, high)))
    refuted = np.zeros(len(rows), dtype=bool)
    all_true = x.age_known[rows].copy()
    for fact in facts:
        values = fact(rows)
        refuted |= values == F
        all_true &= values == T
    live = ~refuted
    return x.verdict_of(rows, live & all_true, live & ~all_true)


def _insurance(x: Context, v: dict[str, Any]) -> Arr:
    return _single(x, v["min_age"], None, x.c.has_health_insurance, np.array([0], dtype=np.int8))


def _care(x: Context, _v: dict[str, Any]) -> Arr:
    return _single(x, None, None, x.c.sick_untreated, np.array([1], dtype=np.int8))


def _nutrition(x: Context, v: dict[str, Any]) -> Arr:
    return _single(x, None, v["max_age"], x.c.nutrition, _codes(Nutrition, v["forms"]))


def _school(x: Context, v: dict[str, Any]) -> Arr:
    return _single(x, v["min_age"], v["max_age"], x.c.attending_school, np.array([0], dtype=np.int8))


def _lacks(education: Arr, accepted: Arr) -> Arr:
    """Three-valued: the education is not one of ``accepted``."""
    table = np.full(64, T, dtype=np.int8)
    table[0] = U
    table[accepted.astype(np.intp) + 1] = F
    return table[education + np.int8(1)]


def _negated(values: Arr) -> Arr:
    """Three-valued "not" of -1/0/1 codes."""
    return _NEGATED[values + np.int8(1)]


def _adult_2016(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    born_from, accepted = v["born_from_year"], _codes(Education, v["accepted_levels"])

    def born(rows: Arr) -> Arr:
        year = c.birth_year[rows]
        return np.where(year < 0, U, np.where(year >= born_from, T, F)).astype(np.int8)

    facts = [born, lambda rows: _lacks(c.education[rows], accepted), lambda rows: _negated(c.attending_school[rows])]
    return _conjunction(x, v["min_age"], None, facts)


def _adult_2022(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    split = v["split_age"]
    accepted_young = _codes(Education, v["accepted_levels_young"])
    accepted_older = _codes(Education, v["accepted_levels_older"])

    def lacks(rows: Arr) -> Arr:
        education = c.education[rows]
        young, older = _lacks(education, accepted_young), _lacks(education, accepted_older)
        by_age = np.where(x.age[rows] < split, young, older)
        agree = np.where(young == older, young, U)  # without the age, decided only if both age groups agree
        return np.where(x.age_known[rows], by_age, agree).astype(np.int8)

    facts = [
        lacks,
        lambda rows: _negated(c.attending_school[rows]),
        lambda rows: _negated(c.on_the_job_training[rows]),
    ]
    return _conjunction(x, v["min_age"], v["max_age"], facts)


def _working_age(x: Context, v: dict[str, Any], rows: Arr) -> Arr:
    """Three-valued, for the members ``rows``: from the minimum working age until the retirement age of their sex."""
    c = x.c
    age, known = x.age[rows], x.age_known[rows]
    out = np.full(len(rows), U, dtype=np.int8)
    out[known & (age < v["min_working_age"])] = F
    schedule = v["retirement"]
    surely = known & (age >= v["min_working_age"]) & (age * 12 < schedule.earliest_months - 12)
    out[surely] = T
    near = np.flatnonzero(known & (age >= v["min_working_age"]) & ~surely)
    if len(near):
        at = rows[near]
        by, bm, bd = (a[at].astype(np.int64) for a in (c.birth_year, c.birth_month, c.birth_day))
        sex = c.sex[at]
        working = {s: _before_retirement(schedule, s, by, bm, bd, x.on) for s, _ in schedule.start_months}
        sexes = list(Sex)
        first, second = (working[s] for s in sexes)
        unknown_sex = np.where(first == second, np.where(first, T, F), U)
        known_sex = np.where(sex == sexes.index(Sex.MALE), working[Sex.MALE], working[Sex.FEMALE])
        out[near] = np.where(sex < 0, unknown_sex, np.where(known_sex, T, F))
    return out


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


def _employment(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    known = c.employment >= 0
    candidate = ~known | _member_of(c.employment, _codes(Employment, v["deprived_employment"]))
    scope = np.full(len(known), F, dtype=np.int8)
    rows = np.flatnonzero(candidate)  # the working age is worked out only for members it could matter for
    scope[rows] = _working_age(x, v, rows)
    culprit = candidate & (scope == T) & known
    missing = candidate & (scope != F) & ((scope == U) | ~known)
    return x.verdict(culprit, missing)


def _dependants(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    age, known = x.age, x.age_known
    disability = c.disability
    if v["requires_social_allowance"]:
        young = np.where(known, F, U)
        old = np.where(known, np.where(age >= v["elderly_from"], T, F), U)
        dependant = np.maximum(young, np.minimum(np.maximum(old, _three(disability)), _three(c.social_allowance)))
        dependant = np.where(known & (age < v["child_under"]), T, dependant)
        sure, unsure = dependant == T, dependant == U
    else:  # Kleene's logic written out: a child, an elderly member or one with a disability is a dependant
        sure = (known & ((age < v["child_under"]) | (age >= v["elderly_from"]))) | (disability == 1)
        unsure = ~sure & (~known | (disability < 0))
    share: Fraction = v["max_share"]
    p, q = share.numerator, share.denominator
    n_sure, n_unsure = x.count(sure), x.count(unsure)
    members = x.member_count
    out = np.where(n_sure * q > p * members, DEP, np.where((n_sure + n_unsure) * q <= p * members, NOT, UND))
    out = out.astype(np.int8)
    out[~x.has_members] = UND
    return out


def _quality(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    need = v["min_non_durable"]
    non_durable = code_of(Material, Material.NON_DURABLE)
    bad = (c.wall == non_durable).astype(np.int64) + (c.column == non_durable) + (c.roof == non_durable)
    unknown = (c.wall < 0).astype(np.int64) + (c.column < 0) + (c.roof < 0)
    out = np.where(bad >= need, DEP, np.where(bad + unknown < need, NOT, UND)).astype(np.int8)
    out[~c.has_dwelling] = UND
    return out


def _area(x: Context, v: dict[str, Any]) -> Arr:
    c = x.c
    minimum = Fraction(v["min_m2_per_person"])
    p, q = minimum.numerator, minimum.denominator
    known = (c.floor_den > 0) & (x.size > 0) & c.has_dwelling
    smaller = c.floor_num * q < p * x.size * c.floor_den
    return np.where(known, np.where(smaller, DEP, NOT), UND).astype(np.int8)


def _in_list(field: str, key: str, kind: type[Any]) -> Callable[[Context, dict[str, Any]], Arr]:
    def evaluate(x: Context, v: dict[str, Any]) -> Arr:
        value = getattr(x.c, field)
        out = np.where(value < 0, UND, np.where(_member_of(value, _codes(kind, v[key])), NOT, DEP)).astype(np.int8)
        out[~x.c.has_dwelling] = UND
        return out

    return evaluate


def _nobody(x: Context, uses: Arr) -> Arr:
    """Deprived if no member uses the service (three-valued ``uses``); undetermined while a use is unknown."""
    out = _NOBODY[x.most(uses)]
    out[~x.has_members] = UND
    return out


#: A household's outcome from its members' largest use (F nobody, U unknown, T someone).
_NOBODY = np.array([DEP, UND, NOT], dtype=np.int8)


def _internet(x: Context, _v: dict[str, Any]) -> Arr:
    return _nobody(x, _three(x.c.uses_internet))


def _telecom_2016(x: Context, _v: dict[str, Any]) -> Arr:
    return _nobody(x, np.maximum(_three(x.c.uses_phone), _three(x.c.uses_internet)))


def _device_mask(devices: Any) -> int:  # noqa: ANN401 - a set of Device
    return sum(1 << code_of(Device, d) for d in devices)


def _devices(x: Context, v: dict[str, Any]) -> Arr:
    d = x.c.devices
    out = np.where(d < 0, UND, np.where((d & _device_mask(v["devices"])) != 0, NOT, DEP)).astype(np.int8)
    out[~x.c.has_dwelling] = UND
    return out


def _assets_2016(x: Context, v: dict[str, Any]) -> Arr:
    d = x.c.devices
    asset = np.where(d < 0, U, np.where((d & _device_mask(v["devices"])) != 0, T, F))
    either = np.maximum(asset, _three(x.c.hears_loudspeaker))
    out = np.where(either == T, NOT, np.where(either == F, DEP, UND)).astype(np.int8)
    out[~x.c.has_dwelling] = UND
    return out


def _waste(x: Context, _v: dict[str, Any]) -> Arr:
    w = x.c.waste_collected
    out = np.where(w < 0, UND, np.where(w > 0, NOT, DEP)).astype(np.int8)
    out[~x.c.has_dwelling] = UND
    return out


#: The vectorised twin of every scalar rule, by rule name.
RULES: dict[str, Callable[[Context, dict[str, Any]], Arr]] = {
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


def evaluate(indicators: tuple[Indicator, ...], x: Context) -> Arr:
    """The outcome code of every indicator (rows) for every household (columns)."""
    out = np.full((len(indicators), x.n), UND, dtype=np.int8)
    for k, indicator in enumerate(indicators):
        rule = indicator.rule
        if rule is None:
            continue
        vectorised = RULES.get(rule.name)
        if vectorised is None:  # a rule the batch engine does not know: the scalar path decides (see _result)
            out[k] = -1
            continue
        out[k] = vectorised(x, indicator._values)  # noqa: SLF001
    return out


STATUS_CODES = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR, Status.UNDETERMINED)
STATUS_CODE = {s: i for i, s in enumerate(STATUS_CODES)}
