"""Seeded synthetic households for the batch benchmarks, as the numpy arrays ``giamngheo.batch.Columns.from_arrays`` takes.

    from batch_data import generate
    arrays = generate(1_000_000, seed=7)   # about 3.6 million members, a few seconds

Every fact a rule of the 2022-2025 standard reads is known (no ``-1``); ``-1`` appears only where no rule of
that standard reads the value: ``nutrition`` of members aged 16 or over (only children are measured).
Ages run from 0 to 95; most households are deprived in nothing, and their incomes are spread around the
standard's lines (read from the library, as is the minimum floor area) so that a few per cent are poor or
near-poor. About 1% of households have an income exactly on a line and 0.5% a floor area exactly on the
minimum, to exercise the "at most" and "below" comparisons; about 30% give a yearly income (``income_den`` =
12 × size), the rest a monthly one (``income_den`` = 1).

Codes are the index of the value in its enumeration's definition order (``giamngheo._facts``); booleans are
``0``/``1``. Generation is vectorised (``numpy.random.Generator``): nothing loops over households except the
building of the ``household_id`` strings.
"""

from __future__ import annotations

import datetime as dt
import sys
from fractions import Fraction

import numpy as np

sys.dont_write_bytecode = True  # a benchmark writes nothing into the source tree (no __pycache__ in src/)

import giamngheo as gn  # noqa: E402 - after the line above

#: The assessment date of the benchmarks: under Nghị định 07/2021/NĐ-CP (2022-2025 standard).
ON = dt.date(2024, 10, 1)

HOUSEHOLD_ARRAYS = (
    "household_id",
    "area",
    "income_num",
    "income_den",
    "size",
    "wall",
    "column",
    "roof",
    "water_source",
    "latrine",
    "devices",
    "hears_loudspeaker",
    "waste_collected",
    "floor_num",
    "floor_den",
)
MEMBER_ARRAYS = (
    "member_household",
    "birth_year",
    "birth_month",
    "birth_day",
    "sex",
    "education",
    "employment",
    "nutrition",
    "has_health_insurance",
    "attending_school",
    "on_the_job_training",
    "disability",
    "social_allowance",
    "sick_untreated",
    "uses_phone",
    "uses_internet",
)

#: Household sizes 1..10 and their shares: mean about 3.6 members.
_SIZES = np.arange(1, 11)
_SIZE_SHARES = (0.10, 0.17, 0.22, 0.27, 0.13, 0.06, 0.03, 0.01, 0.005, 0.005)
_VULNERABLE_SHARE = 0.10  # households with low incomes and many deprivations
_YEARLY_SHARE = 0.30  # households giving a yearly income
_MAX_MONTHLY = 15_000_000  # keeps income_num within int32 (OpenFisca's integer type)


def code(value: object) -> int:
    """The code of an enumeration member: its index in the enumeration's definition order."""
    return list(type(value)).index(value)  # type: ignore[arg-type]


def _choice(rng: np.random.Generator, size: int, shares: dict[object, float]) -> np.ndarray:
    """Codes drawn with the given shares (normalised), keyed by enumeration members."""
    codes = np.array([code(k) for k in shares], dtype=np.int8)
    p = np.array(list(shares.values()), dtype=float)
    cumulative = np.cumsum(p / p.sum())
    cumulative[-1] = 1.0
    return codes[np.searchsorted(cumulative, rng.random(size), side="right")]


def _mixed(rng: np.random.Generator, vulnerable: np.ndarray, usual: dict, poor: dict) -> np.ndarray:
    """Codes drawn with ``usual`` shares, or ``poor`` shares where ``vulnerable``."""
    return np.where(vulnerable, _choice(rng, len(vulnerable), poor), _choice(rng, len(vulnerable), usual)).astype(
        np.int8
    )


def _flag(rng: np.random.Generator, p: np.ndarray | float, size: int) -> np.ndarray:
    return (rng.random(size) < p).astype(np.int8)


def generate(n: int = 1_000_000, *, seed: int = 20241001, on: dt.date = ON) -> dict[str, np.ndarray]:
    """``n`` synthetic households and their members, as arrays named like ``Columns.from_arrays``'s arguments."""
    rng = np.random.default_rng(seed)
    standard = gn.standard_in_force(on=on)
    out: dict[str, np.ndarray] = {}
    vulnerable = rng.random(n) < _VULNERABLE_SHARE

    # --- members: sizes, positions, ages, birth dates -----------------------------------------------------------
    size = rng.choice(_SIZES, size=n, p=np.array(_SIZE_SHARES) / sum(_SIZE_SHARES)).astype(np.int64)
    hh = np.repeat(np.arange(n, dtype=np.int64), size)
    m = len(hh)
    starts = np.concatenate(([0], np.cumsum(size)[:-1]))
    position = np.arange(m) - starts[hh]
    head_age = np.clip(rng.normal(47, 14, n), 18, 95)
    age = head_age[hh].copy()
    spouse = position == 1
    age[spouse] = np.clip(age[spouse] + rng.normal(-2, 4, spouse.sum()), 18, 95)
    other = position >= 2
    elder = other & (rng.random(m) < 0.15)
    child = other & ~elder
    age[child] = np.clip(age[child] - rng.uniform(18, 42, child.sum()), 0, 60)
    age[elder] = np.clip(age[elder] + rng.uniform(20, 35, elder.sum()), 40, 95)
    age = np.floor(age).astype(np.int64)
    days = np.floor((age + rng.random(m)) * 365.2425).astype("timedelta64[D]")
    birth = np.datetime64(on, "D") - days  # never after ``on``
    years = birth.astype("datetime64[Y]")
    months = birth.astype("datetime64[M]")
    out["member_household"] = hh
    out["birth_year"] = (years.astype(np.int64) + 1970).astype(np.int16)
    out["birth_month"] = (months.astype(np.int64) % 12 + 1).astype(np.int16)
    out["birth_day"] = ((birth - months).astype(np.int64) + 1).astype(np.int16)

    weak = vulnerable[hh]
    head_male = rng.random(n) < 0.75
    male = np.where(position == 0, head_male[hh], np.where(spouse, ~head_male[hh], rng.random(m) < 0.5))
    out["sex"] = np.where(male, code(gn.Sex.MALE), code(gn.Sex.FEMALE)).astype(np.int8)
    _member_facts(rng, out, age, weak)

    # --- households -------------------------------------------------------------------------------------------
    out["household_id"] = np.array([f"H{i:07d}" for i in range(n)], dtype=object)
    urban = rng.random(n) < np.where(vulnerable, 0.15, 0.40)
    out["area"] = urban.astype(np.int8)
    out["size"] = size
    _income(rng, out, standard=standard, vulnerable=vulnerable, urban=urban, size=size)
    _dwelling(rng, out, standard, vulnerable, size)
    return out


def _member_facts(rng: np.random.Generator, out: dict[str, np.ndarray], age: np.ndarray, weak: np.ndarray) -> None:
    m = len(age)
    child = age < 16
    school_age = (age >= 3) & (age < 16)
    young = (age >= 16) & (age < 31)
    attend_p = np.select(
        [age < 3, school_age, (age >= 16) & (age < 23), young], [0.05, np.where(weak, 0.93, 0.985), 0.45, 0.08], 0.01
    )
    attending = rng.random(m) < attend_p
    out["attending_school"] = attending.astype(np.int8)
    out["has_health_insurance"] = _flag(rng, np.where(weak, 0.88, 0.975), m)

    edu = gn.Education
    adult_usual = {
        edu.NONE: 1,
        edu.PRIMARY: 4,
        edu.LOWER_SECONDARY: 12,
        edu.UPPER_SECONDARY: 43,
        edu.VOCATIONAL_ELEMENTARY: 5,
        edu.VOCATIONAL_INTERMEDIATE: 6,
        edu.COLLEGE: 8,
        edu.UNIVERSITY: 19,
        edu.POSTGRADUATE: 2,
    }
    adult_poor = {
        edu.NONE: 6,
        edu.PRIMARY: 18,
        edu.LOWER_SECONDARY: 38,
        edu.UPPER_SECONDARY: 28,
        edu.VOCATIONAL_ELEMENTARY: 10,
    }
    education = _mixed(rng, weak, adult_usual, adult_poor)
    teen = _mixed(
        rng,
        weak,
        {edu.LOWER_SECONDARY: 92, edu.PRIMARY: 6, edu.NONE: 2},
        {edu.LOWER_SECONDARY: 70, edu.PRIMARY: 22, edu.NONE: 8},
    )
    education = np.where((age >= 15) & (age < 18), teen, education)
    education = np.where(age < 15, np.where(age >= 11, code(edu.PRIMARY), code(edu.NONE)), education)
    out["education"] = education.astype(np.int8)
    out["on_the_job_training"] = _flag(rng, 0.03, m)

    emp = gn.Employment
    work_usual = {
        emp.WAGE_WITH_CONTRACT: 38,
        emp.WAGE_WITHOUT_CONTRACT: 5,
        emp.SELF_EMPLOYED: 45,
        emp.UNEMPLOYED: 1.5,
        emp.NOT_IN_LABOUR_FORCE: 10.5,
    }
    work_poor = {
        emp.WAGE_WITH_CONTRACT: 10,
        emp.WAGE_WITHOUT_CONTRACT: 30,
        emp.SELF_EMPLOYED: 45,
        emp.UNEMPLOYED: 8,
        emp.NOT_IN_LABOUR_FORCE: 7,
    }
    employment = _mixed(rng, weak, work_usual, work_poor)
    retired = _mixed(
        rng,
        weak,
        {emp.NOT_IN_LABOUR_FORCE: 70, emp.SELF_EMPLOYED: 30},
        {emp.NOT_IN_LABOUR_FORCE: 50, emp.SELF_EMPLOYED: 40, emp.WAGE_WITHOUT_CONTRACT: 10},
    )
    employment = np.where(age >= 65, retired, employment)
    studying = (age < 15) | (attending & (age < 25))
    out["employment"] = np.where(studying, code(emp.NOT_IN_LABOUR_FORCE), employment).astype(np.int8)

    nut = gn.Nutrition
    nutrition = _mixed(
        rng,
        weak,
        {nut.NORMAL: 96, nut.STUNTED: 2, nut.UNDERWEIGHT: 1.2, nut.STUNTED_AND_UNDERWEIGHT: 0.8},
        {nut.NORMAL: 82, nut.STUNTED: 9, nut.UNDERWEIGHT: 5, nut.STUNTED_AND_UNDERWEIGHT: 4},
    )
    out["nutrition"] = np.where(child, nutrition, -1).astype(np.int8)  # only children are measured
    out["disability"] = _flag(rng, np.where(age >= 60, 0.06, 0.015), m)
    out["social_allowance"] = _flag(rng, np.where(age >= 80, 0.8, 0.02), m)
    out["sick_untreated"] = _flag(rng, np.where(weak, 0.05, 0.01), m)
    out["uses_phone"] = _flag(rng, np.where(age >= 12, 0.9, 0.05), m)
    online = np.where((age >= 10) & (age < 75), np.where(weak, 0.35, 0.8), 0.05)
    out["uses_internet"] = _flag(rng, online, m)


def _income(
    rng: np.random.Generator,
    out: dict[str, np.ndarray],
    *,
    standard: gn.Standard,
    vulnerable: np.ndarray,
    urban: np.ndarray,
    size: np.ndarray,
) -> None:
    """Monthly incomes per person around the lines; some exactly on a line; some given as a yearly total."""
    n = len(size)
    rural_lines = np.array(standard.limits(gn.Area.RURAL), dtype=np.int64)
    urban_lines = np.array(standard.limits(gn.Area.URBAN), dtype=np.int64)
    lines = np.where(urban[:, None], urban_lines[None, :], rural_lines[None, :])
    poor_line, top_line = lines[:, 0], lines[:, -1]
    median = np.where(vulnerable, 1.1 * poor_line, 2.6 * top_line)
    sigma = np.where(vulnerable, 0.35, 0.6)
    monthly = np.minimum(np.round(median * np.exp(sigma * rng.standard_normal(n))), _MAX_MONTHLY).astype(np.int64)
    on_line = rng.random(n) < 0.01
    band = rng.integers(0, lines.shape[1], n)
    monthly = np.where(on_line, lines[np.arange(n), band] + rng.integers(-1, 2, n), monthly)
    yearly = rng.random(n) < _YEARLY_SHARE
    den = np.where(yearly, 12 * size, 1).astype(np.int64)
    # A yearly total is whole VND: exactly on the line for the households put there, else rounded.
    jitter = np.where(yearly & ~on_line, rng.integers(-5, 6, n), 0)
    out["income_num"] = monthly * den + jitter
    out["income_den"] = den


def _dwelling(
    rng: np.random.Generator,
    out: dict[str, np.ndarray],
    standard: gn.Standard,
    vulnerable: np.ndarray,
    size: np.ndarray,
) -> None:
    n = len(size)
    mat = gn.Material
    for part in ("wall", "column", "roof"):
        out[part] = np.where(rng.random(n) < np.where(vulnerable, 0.30, 0.03), code(mat.NON_DURABLE), code(mat.DURABLE))
        out[part] = out[part].astype(np.int8)
    ws = gn.WaterSource
    water_usual = {
        ws.PIPED: 55,
        ws.BOREHOLE: 25,
        ws.PROTECTED_DUG_WELL: 7,
        ws.UNPROTECTED_DUG_WELL: 1.5,
        ws.PROTECTED_SPRING: 2,
        ws.UNPROTECTED_SPRING: 0.7,
        ws.RAINWATER: 4,
        ws.BOTTLED: 4,
        ws.SURFACE_WATER: 0.5,
        ws.OTHER: 0.3,
    }
    water_poor = {
        ws.PIPED: 20,
        ws.BOREHOLE: 30,
        ws.PROTECTED_DUG_WELL: 15,
        ws.UNPROTECTED_DUG_WELL: 12,
        ws.PROTECTED_SPRING: 5,
        ws.UNPROTECTED_SPRING: 8,
        ws.RAINWATER: 5,
        ws.SURFACE_WATER: 4,
        ws.OTHER: 1,
    }
    out["water_source"] = _mixed(rng, vulnerable, water_usual, water_poor)
    lat = gn.Latrine
    latrine_usual = {
        lat.SEPTIC: 78,
        lat.SEMI_SEPTIC: 10,
        lat.POUR_FLUSH: 4,
        lat.DOUBLE_VAULT: 2,
        lat.VENTILATED_PIT: 1,
        lat.OTHER: 3,
        lat.NONE: 2,
    }
    latrine_poor = {
        lat.SEPTIC: 25,
        lat.SEMI_SEPTIC: 15,
        lat.POUR_FLUSH: 10,
        lat.DOUBLE_VAULT: 10,
        lat.OTHER: 20,
        lat.NONE: 20,
    }
    out["latrine"] = _mixed(rng, vulnerable, latrine_usual, latrine_poor)
    owns = {
        gn.Device.PHONE: (0.93, 0.75),
        gn.Device.TELEVISION: (0.85, 0.55),
        gn.Device.RADIO: (0.10, 0.10),
        gn.Device.DESKTOP_COMPUTER: (0.15, 0.01),
        gn.Device.LAPTOP: (0.30, 0.02),
        gn.Device.TABLET: (0.10, 0.01),
    }
    devices = np.zeros(n, dtype=np.int16)
    for device, (usual, poor) in owns.items():
        devices |= ((rng.random(n) < np.where(vulnerable, poor, usual)) << code(device)).astype(np.int16)
    out["devices"] = devices
    out["hears_loudspeaker"] = _flag(rng, 0.8, n)
    out["waste_collected"] = _flag(rng, np.where(vulnerable, 0.6, 0.9), n)

    minimum = Fraction(standard.indicator("housing_area").values["min_m2_per_person"])
    per_person = np.where(vulnerable, 9.0, 22.0) * np.exp(0.45 * rng.standard_normal(n))
    den = rng.choice(np.array([1, 1, 1, 2, 4, 10], dtype=np.int64), size=n)
    num = np.maximum(np.round(per_person * size * den), 1).astype(np.int64)
    on_minimum = rng.random(n) < 0.005
    exact = (minimum.numerator * size * den) // minimum.denominator + rng.integers(-1, 2, n)
    out["floor_num"] = np.where(on_minimum, exact, num).astype(np.int64)
    out["floor_den"] = den


# --- the same households as giamngheo.Household objects, for the scalar path ------------------------------------

_MEMBER_ENUMS = {
    "sex": gn.Sex,
    "education": gn.Education,
    "employment": gn.Employment,
    "nutrition": gn.Nutrition,
}
_MEMBER_BOOLS = (
    "has_health_insurance",
    "attending_school",
    "on_the_job_training",
    "disability",
    "social_allowance",
    "sick_untreated",
    "uses_phone",
    "uses_internet",
)
_DWELLING_ENUMS = {
    "wall": gn.Material,
    "column": gn.Material,
    "roof": gn.Material,
    "water_source": gn.WaterSource,
    "latrine": gn.Latrine,
}


def _value(kind: type, c: int) -> object:
    return None if c < 0 else list(kind)[c]


def _bool(c: int) -> bool | None:
    return None if c < 0 else bool(c)


def households(arrays: dict[str, np.ndarray], start: int, stop: int) -> list[gn.Household]:
    """Households ``start`` to ``stop`` (exclusive) as ``giamngheo.Household`` objects with members and dwelling.

    An income with ``income_den`` 1 is monthly per person; one with ``income_den`` = 12 × size is the yearly total.
    """
    hh = arrays["member_household"]
    first, last = np.searchsorted(hh, [start, stop])
    columns = {k: arrays[k][first:last].tolist() for k in MEMBER_ARRAYS}
    members: list[list[gn.Member]] = [[] for _ in range(stop - start)]
    for j in range(last - first):
        fields: dict[str, object] = {
            "birth_date": dt.date(columns["birth_year"][j], columns["birth_month"][j], columns["birth_day"][j])
        }
        fields.update({k: _value(kind, columns[k][j]) for k, kind in _MEMBER_ENUMS.items()})
        fields.update({k: _bool(columns[k][j]) for k in _MEMBER_BOOLS})
        members[columns["member_household"][j] - start].append(gn.Member(**fields))  # type: ignore[arg-type]
    out = []
    for i in range(start, stop):
        dwelling = {k: _value(kind, int(arrays[k][i])) for k, kind in _DWELLING_ENUMS.items()}
        bits = int(arrays["devices"][i])
        devices = None if bits < 0 else frozenset(d for j, d in enumerate(gn.Device) if bits >> j & 1)
        den = int(arrays["floor_den"][i])
        floor = Fraction(int(arrays["floor_num"][i]), den) if den > 0 else None
        size, num, income_den = int(arrays["size"][i]), int(arrays["income_num"][i]), int(arrays["income_den"][i])
        if income_den == 1:
            income = {"income_per_capita_monthly_vnd": num}
        elif income_den == 12 * size:
            income = {"income_yearly_vnd": num}
        else:
            raise ValueError(f"household {i}: income_den {income_den} is neither 1 nor 12 × size")
        out.append(
            gn.Household(
                id=str(arrays["household_id"][i]),
                area=list(gn.Area)[int(arrays["area"][i])],
                members=members[i - start],
                dwelling=gn.Dwelling(
                    floor_area_m2=floor,
                    devices=devices,
                    hears_loudspeaker=_bool(int(arrays["hears_loudspeaker"][i])),
                    waste_collected=_bool(int(arrays["waste_collected"][i])),
                    **dwelling,  # type: ignore[arg-type]
                ),
                **income,  # type: ignore[arg-type]
            )
        )
    return out
