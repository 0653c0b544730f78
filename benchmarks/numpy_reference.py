"""The 2022-2025 standard written the tight way a numpy user would: the yardstick of the batch engine.

    from numpy_reference import assess
    status, deprived, count, ids = assess(arrays, on=dt.date(2024, 10, 1))

Two-valued: every fact a rule reads is assumed known (``batch_data.generate`` makes such data), and every household
has at least one member. Each "some member has X" fact is one bit of a small unsigned integer per member; a single
``np.bitwise_or.reduceat`` over the members (sorted by household) gives every such fact per household at once, and
one ``np.add.reduceat`` counts the dependants. Ages are ``int16``, codes ``int8``, members' facts ``bool`` or
``uint8``: nothing on the member rows is wider than it needs to be. Comparisons of money and floor area are exact
in integers (``income_num <= line × income_den``; ``floor_num < minimum × members × floor_den``).

Every threshold is read from the library's standard (``Indicator.values``, ``Standard.bands``,
``Standard.deprivation_cutoff``), by rule name, never written here. Ages are whole years as ``giamngheo.age_on``
counts them (29 February births turn a year older on 28 February in common years); working age runs from the
minimum age to the retirement date that ``giamngheo.law.labour_code_2019.RetirementSchedule.retirement_date``
gives, recomputed here with array arithmetic (``relativedelta(months=k)``: month arithmetic, the day clipped to the
month's last day) for the few members near a retirement age.
"""

from __future__ import annotations

import calendar
import datetime as dt
import sys
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np

sys.dont_write_bytecode = True  # a benchmark writes nothing into the source tree (no __pycache__ in src/)

import giamngheo as gn  # noqa: E402 - after the line above

#: Status codes of the batch engine: the order of ``giamngheo.Status`` (poor, near-poor, middle, not poor).
STATUS_CODES = {status: i for i, status in enumerate(gn.Status)}
_DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def code(value: object) -> int:
    """The code of an enumeration member: its index in the enumeration's definition order."""
    return list(type(value)).index(value)  # type: ignore[arg-type]


def is_in(values: np.ndarray, kind: type, members: frozenset) -> np.ndarray:
    """``values in members`` for ``int8`` codes, by the fewest comparisons (a code ``-1`` is in no set)."""
    inside = [code(v) for v in kind if v in members]
    outside = [code(v) for v in kind if v not in members]
    if len(inside) <= len(outside):
        out = np.zeros(len(values), dtype=bool)
        for c in inside:
            out |= values == c
        return out
    out = values >= 0
    for c in outside:
        out &= values != c
    return out


def ages(birth_year: np.ndarray, birth_month: np.ndarray, birth_day: np.ndarray, on: dt.date) -> np.ndarray:
    """Whole years on ``on`` (``int16``): birthdays passed, the birthday itself included (as ``giamngheo.age_on``)."""
    today = on.month * 100 + on.day
    if today == 228 and not calendar.isleap(on.year):  # born on 29 February: a year older on 28 February
        today = 229
    birthday = birth_month.astype(np.int16) * np.int16(100) + birth_day.astype(np.int16)
    age = np.int16(on.year) - birth_year.astype(np.int16)
    age -= birthday > today
    return age


def add_months(
    year: np.ndarray, month: np.ndarray, day: np.ndarray, months: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``date + relativedelta(months=months)``: the day is clipped to the last day of the month reached."""
    total = year * 12 + (month - 1) + months
    y, m = total // 12, total % 12 + 1
    last = _DAYS_IN_MONTH[m - 1] + ((m == 2) & (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0)))
    return y, m, np.minimum(day, last)


def working_age(
    age: np.ndarray, birth: tuple[np.ndarray, np.ndarray, np.ndarray], sex: np.ndarray, on: dt.date, values: dict
) -> np.ndarray:
    """From the minimum working age until the retirement date of ``RetirementSchedule``, exclusive.

    ``retirement_date`` is the date the person reaches the retirement age of the first year, from the schedule's
    first year on, whose age they reach within that year. Only members old enough to reach the lowest retirement
    age within a year are computed (as the library does); everyone younger is of working age.
    """
    schedule = values["retirement"]
    result = age >= values["min_working_age"]
    near = np.flatnonzero(result & (age.astype(np.int64) * 12 >= schedule.earliest_months - 12))
    y, m, d = (b[near].astype(np.int64) for b in birth)
    s = sex[near]
    by_sex = [dict(t) for t in (schedule.start_months, schedule.step_months, schedule.cap_months)]
    start, step, cap = (np.array([t[x] for x in gn.Sex], dtype=np.int64)[s] for t in by_sex)
    retirement = np.zeros(len(near), dtype=np.int64)  # yyyymmdd
    pending = np.ones(len(near), dtype=bool)
    year = schedule.from_year
    while pending.any():
        ry, rm, rd = add_months(y, m, d, np.minimum(start + step * (year - schedule.from_year), cap))
        reached = pending & (ry <= year)
        retirement[reached] = (ry * 10000 + rm * 100 + rd)[reached]
        pending &= ~reached
        year += 1
    result[near] = on.year * 10000 + on.month * 100 + on.day < retirement
    return result


# --- the member facts, by rule name: each a bool per member ("this member makes the household deprived") --------


def _insurance(v: dict, a: dict, age: np.ndarray, _on: dt.date) -> np.ndarray:
    return (age >= v["min_age"]) & (a["has_health_insurance"] == 0)


def _nutrition(v: dict, a: dict, age: np.ndarray, _on: dt.date) -> np.ndarray:
    return (age < v["max_age"]) & is_in(a["nutrition"], gn.Nutrition, v["forms"])


def _school(v: dict, a: dict, age: np.ndarray, _on: dt.date) -> np.ndarray:
    return (age >= v["min_age"]) & (age < v["max_age"]) & (a["attending_school"] == 0)


def _qualification(v: dict, a: dict, age: np.ndarray, _on: dt.date) -> np.ndarray:
    education = a["education"]
    young = age < v["split_age"]
    lacks = np.where(
        young,
        ~is_in(education, gn.Education, v["accepted_levels_young"]),
        ~is_in(education, gn.Education, v["accepted_levels_older"]),
    )
    in_range = (age >= v["min_age"]) & (age < v["max_age"])
    return in_range & lacks & (a["attending_school"] == 0) & (a["on_the_job_training"] == 0)


def _employment(v: dict, a: dict, age: np.ndarray, on: dt.date) -> np.ndarray:
    insecure = is_in(a["employment"], gn.Employment, v["deprived_employment"]) & (age >= v["min_working_age"])
    rows = np.flatnonzero(insecure)  # the working age is worked out for these few members only
    birth = (a["birth_year"][rows], a["birth_month"][rows], a["birth_day"][rows])
    insecure[rows] = working_age(age[rows], birth, a["sex"][rows], on, v)
    return insecure


def _internet(_v: dict, a: dict, _age: np.ndarray, _on: dt.date) -> np.ndarray:
    return a["uses_internet"] == 1  # the household is deprived when no member has this bit


#: Member rules: the bit of each member, and whether the household is deprived when the bit is *unset* for all.
MEMBER_RULES: dict[str, tuple[Callable[[dict, dict, np.ndarray, dt.date], np.ndarray], bool]] = {
    "member_without_health_insurance": (_insurance, False),
    "child_malnourished": (_nutrition, False),
    "child_out_of_school": (_school, False),
    "young_adult_without_qualification": (_qualification, False),
    "working_age_member_without_secure_job": (_employment, False),
    "no_member_uses_internet": (_internet, True),
}


# --- the household facts, by rule name -----------------------------------------------------------------------


def _structures(v: dict, a: dict, _members: np.ndarray) -> np.ndarray:
    non_durable = code(gn.Material.NON_DURABLE)
    bad = (a["wall"] == non_durable).view(np.int8) + (a["column"] == non_durable) + (a["roof"] == non_durable)
    return bad >= v["min_non_durable"]


def _floor(v: dict, a: dict, members: np.ndarray) -> np.ndarray:
    minimum = Fraction(v["min_m2_per_person"])
    # num / den / members < p / q  <=>  num * q < p * members * den
    return a["floor_num"] * minimum.denominator < minimum.numerator * members * a["floor_den"]


def _water(v: dict, a: dict, _members: np.ndarray) -> np.ndarray:
    return ~is_in(a["water_source"], gn.WaterSource, v["clean_sources"])


def _latrine(v: dict, a: dict, _members: np.ndarray) -> np.ndarray:
    return ~is_in(a["latrine"], gn.Latrine, v["hygienic_latrines"])


def _devices(v: dict, a: dict, _members: np.ndarray) -> np.ndarray:
    mask = sum(1 << code(d) for d in v["devices"])
    return (a["devices"] & mask) == 0


HOUSEHOLD_RULES: dict[str, Callable[[dict, dict, np.ndarray], np.ndarray]] = {
    "non_durable_structures": _structures,
    "floor_area_per_person": _floor,
    "water_source_not_clean": _water,
    "latrine_not_hygienic": _latrine,
    "owns_no_listed_device": _devices,
}


def _bits_dtype(bits: int) -> type[np.unsignedinteger]:
    for dtype in (np.uint8, np.uint16, np.uint32, np.uint64):
        if bits <= np.dtype(dtype).itemsize * 8:
            return dtype
    raise NotImplementedError(f"{bits} member facts: more than one 64-bit word")


def deprivations(arrays: dict[str, Any], on: dt.date, standard: gn.Standard) -> tuple[tuple[str, ...], np.ndarray]:
    """The indicator ids of ``standard`` and the deprived matrix (households × indicators, a transposed view)."""
    n = len(arrays["area"])
    hh = arrays["member_household"]
    m = len(hh)
    first = np.empty(m, dtype=bool)
    first[0] = True
    np.not_equal(hh[1:], hh[:-1], out=first[1:])
    starts = np.flatnonzero(first)  # the first member of each household (members are sorted by household)
    if len(starts) != n:
        raise ValueError("numpy_reference: every household needs at least one member")
    members = np.diff(starts, append=m)
    age = ages(arrays["birth_year"], arrays["birth_month"], arrays["birth_day"], on)
    indicators = standard.indicators
    member_slots = [j for j, i in enumerate(indicators) if i.rule is not None and i.rule.name in MEMBER_RULES]
    facts = np.zeros(m, dtype=_bits_dtype(len(member_slots)))
    deprived = np.empty((len(indicators), n), dtype=bool)
    for bit, j in enumerate(member_slots):
        rule, _ = MEMBER_RULES[indicators[j].rule.name]
        facts |= rule(indicators[j].values, arrays, age, on).astype(facts.dtype) << bit
    some = np.bitwise_or.reduceat(facts, starts)  # per household: which facts some member has
    for bit, j in enumerate(member_slots):
        _, deprived_if_none = MEMBER_RULES[indicators[j].rule.name]
        has = (some >> bit) & 1
        deprived[j] = has == 0 if deprived_if_none else has != 0
    for j, indicator in enumerate(indicators):
        name = None if indicator.rule is None else indicator.rule.name
        if name in MEMBER_RULES:
            continue
        v = indicator.values
        if name == "dependants_share":
            if v["requires_social_allowance"]:
                raise NotImplementedError("dependants defined with a social allowance (2016-2021 standard)")
            dependant = (age < v["child_under"]) | (age >= v["elderly_from"]) | (arrays["disability"] == 1)
            count = np.add.reduceat(dependant.view(np.uint8), starts, dtype=np.int32)
            share = Fraction(v["max_share"])
            deprived[j] = count * share.denominator > share.numerator * members
        elif name in HOUSEHOLD_RULES:
            deprived[j] = HOUSEHOLD_RULES[name](v, arrays, members)
        else:
            raise NotImplementedError(f"indicator {indicator.id}: no numpy version of its rule")
    return tuple(i.id for i in indicators), deprived.T


def classify(
    area: np.ndarray, income_num: np.ndarray, income_den: np.ndarray, count: np.ndarray, standard: gn.Standard
) -> np.ndarray:
    """``Standard.classify`` over arrays: the status code of each household."""
    months = standard.income_period.months  # a yearly line: compare the income over the year
    num = income_num * months if months != 1 else income_num
    cutoff = standard.deprivation_cutoff
    deprived = np.zeros(len(area), dtype=bool) if cutoff is None else count >= cutoff.value
    urban = area == code(gn.Area.URBAN)
    status = np.full(len(area), STATUS_CODES[gn.Status.NOT_POOR], dtype=np.int8)
    decided = np.zeros(len(area), dtype=bool)
    for band in standard.bands:  # the lowest band that holds the income wins
        upper = np.where(urban, band.upper_urban_vnd.value, band.upper_rural_vnd.value) * income_den
        inside = (num <= upper) if band.inclusive else (num < upper)
        inside &= ~decided
        decided |= inside
        status[inside & deprived] = STATUS_CODES[band.if_deprived]
        status[inside & ~deprived] = STATUS_CODES[band.otherwise]
    return status


def assess(
    arrays: dict[str, Any], on: dt.date, standard: gn.Standard | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[str, ...]]:
    """Status codes, deprived matrix, deprivation counts and indicator ids of every household."""
    standard = gn.standard_in_force(on=on) if standard is None else standard
    ids, deprived = deprivations(arrays, on, standard)
    count = deprived.T.sum(axis=0, dtype=np.int8)  # along the contiguous indicator rows
    status = classify(arrays["area"], arrays["income_num"], arrays["income_den"], count, standard)
    return status, deprived, count, ids
