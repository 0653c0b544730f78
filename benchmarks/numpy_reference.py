"""The 2022-2025 standard written the direct way a numpy user would: the yardstick of the batch engine.

    from numpy_reference import assess
    status, deprived, count, ids = assess(arrays, on=dt.date(2024, 10, 1))

Two-valued: every fact a rule reads is assumed known (``batch_data.generate`` makes such data). Member facts become
boolean arrays, reduced per household with ``np.bincount``; comparisons of money and floor area are exact in
integers (``income_num <= line × income_den``; ``floor_num < minimum × size × floor_den``). Every threshold is read
from the library's standard (``Indicator.values``, ``Standard.bands``, ``Standard.deprivation_cutoff``), by rule
name, never written here. Ages are whole years as ``giamngheo.age_on`` counts them (29 February births turn a year
older on 28 February in common years); working age runs from the minimum age to the retirement date that
``giamngheo.law.labour_code_2019.RetirementSchedule.retirement_date`` gives, recomputed here with array
arithmetic (``relativedelta(months=k)``: month arithmetic, the day clipped to the month's last day).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np

import giamngheo as gn

#: Status codes of the batch engine: the order of ``giamngheo.Status`` (poor, near-poor, middle, not poor).
STATUS_CODES = {status: i for i, status in enumerate(gn.Status)}
_DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def table(kind: type, members: frozenset) -> np.ndarray:
    """A lookup table by code: ``table[code]`` is whether the value is in ``members``.

    One entry longer than the enumeration, ``False``, so that the code ``-1`` (unknown) looks up ``False``.
    """
    values = list(kind)
    return np.array([v in members for v in values] + [False], dtype=bool)


def ages(birth_year: np.ndarray, birth_month: np.ndarray, birth_day: np.ndarray, on: dt.date) -> np.ndarray:
    """Whole years on ``on``: birthdays passed, the birthday itself included (as ``giamngheo.age_on``)."""
    birthday = birth_month.astype(np.int64) * 100 + birth_day
    if not calendar.isleap(on.year):
        birthday = np.where(birthday == 229, 228, birthday)
    return on.year - birth_year.astype(np.int64) - (on.month * 100 + on.day < birthday)


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
    near = np.flatnonzero(result & (age * 12 >= schedule.earliest_months - 12))
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


def _any(household: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    """Per household: whether some member has ``mask``."""
    return np.bincount(household[mask], minlength=n) > 0


def _count(household: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(household[mask], minlength=n)


# --- the rules, by rule name ------------------------------------------------------------------------------------


def _insurance(v: dict, a: dict, p: dict) -> np.ndarray:
    return _any(a["member_household"], (p["age"] >= v["min_age"]) & (a["has_health_insurance"] == 0), p["n"])


def _nutrition(v: dict, a: dict, p: dict) -> np.ndarray:
    bad = table(gn.Nutrition, v["forms"])[a["nutrition"]]
    return _any(a["member_household"], (p["age"] < v["max_age"]) & bad, p["n"])


def _school(v: dict, a: dict, p: dict) -> np.ndarray:
    age = p["age"]
    out = (age >= v["min_age"]) & (age < v["max_age"]) & (a["attending_school"] == 0)
    return _any(a["member_household"], out, p["n"])


def _qualification(v: dict, a: dict, p: dict) -> np.ndarray:
    age, education = p["age"], a["education"]
    lacks = np.where(
        age < v["split_age"],
        ~table(gn.Education, v["accepted_levels_young"])[education],
        ~table(gn.Education, v["accepted_levels_older"])[education],
    )
    mask = (
        (age >= v["min_age"])
        & (age < v["max_age"])
        & lacks
        & (a["attending_school"] == 0)
        & (a["on_the_job_training"] == 0)
    )
    return _any(a["member_household"], mask, p["n"])


def _employment(v: dict, a: dict, p: dict) -> np.ndarray:
    birth = (a["birth_year"], a["birth_month"], a["birth_day"])
    of_age = working_age(p["age"], birth, a["sex"], p["on"], v)
    insecure = table(gn.Employment, v["deprived_employment"])[a["employment"]]
    return _any(a["member_household"], of_age & insecure, p["n"])


def _dependants(v: dict, a: dict, p: dict) -> np.ndarray:
    if v["requires_social_allowance"]:
        raise NotImplementedError("dependants defined with a social allowance (2016-2021 standard)")
    age = p["age"]
    dependant = (age < v["child_under"]) | (age >= v["elderly_from"]) | (a["disability"] == 1)
    share = Fraction(v["max_share"])
    members = np.bincount(a["member_household"], minlength=p["n"])
    return _count(a["member_household"], dependant, p["n"]) * share.denominator > share.numerator * members


def _structures(v: dict, a: dict, _p: dict) -> np.ndarray:
    bad = a["wall"].astype(np.int64) + a["column"] + a["roof"]  # Material: 0 durable, 1 non-durable
    return bad >= v["min_non_durable"]


def _floor(v: dict, a: dict, p: dict) -> np.ndarray:
    minimum = Fraction(v["min_m2_per_person"])
    members = np.bincount(a["member_household"], minlength=p["n"])
    # num / den / members < p / q  <=>  num * q < p * members * den
    return a["floor_num"] * minimum.denominator < minimum.numerator * members * a["floor_den"]


def _water(v: dict, a: dict, _p: dict) -> np.ndarray:
    return ~table(gn.WaterSource, v["clean_sources"])[a["water_source"]]


def _latrine(v: dict, a: dict, _p: dict) -> np.ndarray:
    return ~table(gn.Latrine, v["hygienic_latrines"])[a["latrine"]]


def _internet(_v: dict, a: dict, p: dict) -> np.ndarray:
    return ~_any(a["member_household"], a["uses_internet"] == 1, p["n"])


def _devices(v: dict, a: dict, _p: dict) -> np.ndarray:
    mask = sum(1 << i for i, d in enumerate(gn.Device) if d in v["devices"])
    return (a["devices"] & mask) == 0


RULES: dict[str, Callable[[dict, dict, dict], np.ndarray]] = {
    "member_without_health_insurance": _insurance,
    "child_malnourished": _nutrition,
    "child_out_of_school": _school,
    "young_adult_without_qualification": _qualification,
    "working_age_member_without_secure_job": _employment,
    "dependants_share": _dependants,
    "non_durable_structures": _structures,
    "floor_area_per_person": _floor,
    "water_source_not_clean": _water,
    "latrine_not_hygienic": _latrine,
    "no_member_uses_internet": _internet,
    "owns_no_listed_device": _devices,
}


def deprivations(arrays: dict[str, Any], on: dt.date, standard: gn.Standard) -> tuple[tuple[str, ...], np.ndarray]:
    """The indicator ids of ``standard`` and the deprived matrix (households × indicators)."""
    n = len(arrays["area"])
    age = ages(arrays["birth_year"], arrays["birth_month"], arrays["birth_day"], on)
    per = {"n": n, "age": age, "on": on}
    ids = tuple(i.id for i in standard.indicators)
    deprived = np.empty((n, len(ids)), dtype=bool)
    for j, indicator in enumerate(standard.indicators):
        if indicator.rule is None or indicator.rule.name not in RULES:
            raise NotImplementedError(f"indicator {indicator.id}: no numpy version of its rule")
        deprived[:, j] = RULES[indicator.rule.name](indicator.values, arrays, per)
    return ids, deprived


def classify(
    area: np.ndarray, income_num: np.ndarray, income_den: np.ndarray, count: np.ndarray, standard: gn.Standard
) -> np.ndarray:
    """``Standard.classify`` over arrays: the status code of each household."""
    status = np.full(len(area), STATUS_CODES[gn.Status.NOT_POOR], dtype=np.int8)
    num = income_num * standard.income_period.months  # a yearly line: compare the income over the year
    cutoff = standard.deprivation_cutoff
    deprived = np.zeros(len(area), dtype=bool) if cutoff is None else count >= cutoff.value
    for band in reversed(standard.bands):  # the lowest band that holds the income wins
        upper = np.where(area == 1, band.upper_urban_vnd.value, band.upper_rural_vnd.value) * income_den
        inside = num <= upper if band.inclusive else num < upper
        band_status = np.where(deprived, STATUS_CODES[band.if_deprived], STATUS_CODES[band.otherwise])
        status = np.where(inside, band_status, status)
    return status.astype(np.int8)


def assess(
    arrays: dict[str, Any], on: dt.date, standard: gn.Standard | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[str, ...]]:
    """Status codes, deprived matrix, deprivation counts and indicator ids of every household."""
    standard = gn.standard_in_force(on=on) if standard is None else standard
    ids, deprived = deprivations(arrays, on, standard)
    count = deprived.sum(axis=1)
    status = classify(arrays["area"], arrays["income_num"], arrays["income_den"], count, standard)
    return status, deprived, count, ids
