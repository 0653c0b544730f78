"""Generate the bundled SYNTHETIC household register of Bình Dương's communes (seeded, byte-for-byte reproducible).

Every household and every person in the register is invented: no row describes a real household or a real
person, and the figures are not official data. Only the administrative units are real: the commune-level units
(phường, thị trấn, xã) of Bình Dương (GSO code 74) as the library encodes them on 2024-01-01, with their district
codes and their areas (urban for a phường or thị trấn, rural for a xã), read through ``giamngheo.communes`` and
``giamngheo.area_of_commune``. The poverty lines that the incomes are drawn around are read from the library's
cited data (the standard in force on 2024-10-01), never restated here.

The register follows the input tables of ``giamngheo schema`` (``src/giamngheo/batch/_schema.py``):
``households.csv`` (one row per household) and ``members.csv`` (one row per member). Most households are given
as facts (members and dwelling), from which the library computes the deprivations; about 2 % state their
deprivations instead (``deprived``) and have no member rows and no dwelling facts, to show both input styles.
About 1 % of the fact cells are left empty (unknown), and about 1 % of households give their yearly income
instead of the monthly income per person.

Ages are counted on 2024-10-01. A few members are deliberately tricky: born on 29 February, or born exactly
3, 6, 15, 16, 18, 30, 31 or 60 years before 2024-10-01 (the ages the brief asked for, and the age limits of the
indicators of the standard in force, read from the library).

Only the standard library and giamngheo are used, and only the integer draws of a ``random.Random(seed)``
(``randrange``, ``choice``, ``sample``): no floating-point draw or function, so the same seed gives
byte-identical files on every platform. Nothing is ordered by hash: communes by code, households in order.

Run: ``python scripts/gen_sample_register.py [--seed 2025] [--households 9100] [--out DIR]``
(by default rewrites ``src/giamngheo/data/sample/``: ``households.csv``, ``members.csv`` and ``README.md``).
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import itertools
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import giamngheo as gn
from giamngheo._units import check_area
from giamngheo.batch._schema import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "giamngheo" / "data" / "sample"
DEFAULT_SEED = 2025
DEFAULT_HOUSEHOLDS = 9100

PROVINCE = "74"
#: The communes are those in force on this date.
UNITS_ON = dt.date(2024, 1, 1)
#: Ages are counted on this date, and the incomes are drawn around the lines of the standard in force on it.
AGES_ON = dt.date(2024, 10, 1)
#: The register is meant to be assessed until the end of the 2026 carry-over of the 2022-2025 standard.
USED_UNTIL = dt.date(2027, 1, 1)
STANDARD = gn.standard_in_force(on=AGES_ON)
INDICATOR_IDS = tuple(indicator.id for indicator in STANDARD.indicators)

#: Shares, per mille.
STATED_PER_MILLE = 20  # households stating their deprivations, without member rows or dwelling facts
YEARLY_INCOME_PER_MILLE = 10  # households giving income_yearly_vnd instead of the monthly income per person
UNKNOWN_PER_MILLE = 10  # fact cells left empty (unknown)
LOW_INCOME_PER_MILLE = 70  # households drawn near or under the poverty line
LOW_INCOME_STATED_PER_MILLE = 400  # the same, among the households stating their deprivations

#: The income per person of most households, as a multiple (per mille) of the poverty line of their area: a
#: piecewise-linear inverse distribution function, (quantile per ten thousand, multiple per mille).
INCOME_QUANTILES = (
    (0, 1_300),
    (1_000, 1_800),
    (3_000, 2_500),
    (5_000, 3_200),
    (7_000, 4_000),
    (9_000, 5_800),
    (9_700, 8_500),
    (10_000, 16_000),
)
#: The low incomes: a multiple (per mille) of the line, drawn uniformly between these bounds.
LOW_INCOME_RANGE = (450, 1_250)

#: Number of members: weights of 1 to 9 (mean about 3.6).
SIZE_WEIGHTS = ((1, 90), (2, 165), (3, 230), (4, 245), (5, 145), (6, 75), (7, 30), (8, 15), (9, 5))

#: Ages the brief asked for; the age limits of the standard's indicators are added to them.
ASKED_EXACT_AGES = (6, 16, 30, 60)
#: Members born on 29 February of these years.
LEAP_DAY_YEARS = (1944, 1964, 1996, 2008, 2016, 2020)
HOUSEHOLDS_PER_EXACT_AGE = 2


#: Weights of the highest level completed, by age band: (under this age, weights); the last band has no bound.
EDUCATION_BY_AGE: tuple[tuple[int, tuple[tuple[str, int], ...]], ...] = (
    (11, (("none", 1),)),
    (15, (("primary", 950), ("none", 50))),
    (18, (("lower_secondary", 900), ("primary", 80), ("none", 20))),
    (
        23,
        (
            ("upper_secondary", 640),
            ("lower_secondary", 150),
            ("vocational_elementary", 60),
            ("vocational_intermediate", 60),
            ("college", 30),
            ("primary", 40),
            ("none", 20),
        ),
    ),
    (
        50,
        (
            ("upper_secondary", 360),
            ("lower_secondary", 200),
            ("university", 150),
            ("college", 70),
            ("vocational_intermediate", 80),
            ("vocational_elementary", 50),
            ("postgraduate", 15),
            ("primary", 55),
            ("none", 20),
        ),
    ),
    (
        200,
        (
            ("primary", 300),
            ("lower_secondary", 280),
            ("upper_secondary", 170),
            ("none", 120),
            ("university", 60),
            ("college", 30),
            ("vocational_intermediate", 25),
            ("vocational_elementary", 15),
        ),
    ),
)
#: Weights of the main work of a person aged 15 or over, by age band, as above.
EMPLOYMENT_BY_AGE: tuple[tuple[int, tuple[tuple[str, int], ...]], ...] = (
    (18, (("not_in_labour_force", 850), ("wage_without_contract", 60), ("self_employed", 90))),
    (
        60,
        (
            ("wage_with_contract", 560),
            ("self_employed", 250),
            ("wage_without_contract", 60),
            ("unemployed", 20),
            ("not_in_labour_force", 110),
        ),
    ),
    (200, (("not_in_labour_force", 620), ("self_employed", 300), ("wage_without_contract", 80))),
)
WATER_SOURCES = (
    ("piped", 700),
    ("borehole", 180),
    ("protected_dug_well", 40),
    ("bottled", 30),
    ("rainwater", 10),
    ("unprotected_dug_well", 20),
    ("surface_water", 10),
    ("protected_spring", 5),
    ("unprotected_spring", 3),
    ("other", 2),
)
LATRINES = (
    ("septic", 850),
    ("semi_septic", 60),
    ("pour_flush", 30),
    ("double_vault", 10),
    ("ventilated_pit", 10),
    ("other", 20),
    ("none", 20),
)


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the arguments, generate the register and write its three files."""
    parser = argparse.ArgumentParser(description="Generate the SYNTHETIC sample register of Bình Dương's communes.")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument(
        "--households",
        type=int,
        default=DEFAULT_HOUSEHOLDS,
        help=f"number of households (default {DEFAULT_HOUSEHOLDS}; at least one per commune)",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default src/giamngheo/data/sample)"
    )
    args = parser.parse_args(argv)
    units = gn.communes(PROVINCE, on=UNITS_ON)
    if args.households < len(units):
        parser.error(f"--households must be at least {len(units)}, the number of communes")
    households, members = generate(args.seed, args.households, units)
    args.out.mkdir(parents=True, exist_ok=True)
    _write_csv(args.out / "households.csv", [c.name for c in HOUSEHOLD_COLUMNS], households)
    _write_csv(args.out / "members.csv", [c.name for c in MEMBER_COLUMNS], members)
    readme = _readme(args.seed, households, members, units)
    (args.out / "README.md").write_text(readme, encoding="utf-8", newline="\n")
    stated = sum(1 for row in households if row["deprived"])
    districts = len({row["district"] for row in households})
    print(
        f"{len(households)} households ({stated} stating their deprivations), {len(members)} members, "
        f"{len(units)} communes in {districts} districts: written to {args.out}"
    )


# --- the register -----------------------------------------------------------------------------------------------


def generate(
    seed: int, count: int, units: Sequence[gn.AdministrativeUnit]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The household rows and member rows (column name to cell text) of a register of ``count`` households."""
    rng = random.Random(seed)
    per_commune = _allocate(rng, count, len(units))
    area_cells = {unit.code: _area_cell(unit) for unit in units}
    area_needed = {unit.code for unit in units if not _commune_decides(unit)}  # never left unknown
    ids = [
        (unit, f"BD-{unit.code}-{n:04d}") for unit, k in zip(units, per_commune, strict=True) for n in range(1, k + 1)
    ]
    stated = set(rng.sample(range(count), max(1, count * STATED_PER_MILLE // 1000)))
    with_members = [i for i in range(count) if i not in stated]
    yearly = set(rng.sample(with_members, max(1, count * YEARLY_INCOME_PER_MILLE // 1000)))
    edges = _edge_incomes(rng, count)

    ages = {i: _ages(rng) for i in with_members}
    births = {i: [_birth_date(rng, age) for age in member_ages] for i, member_ages in ages.items()}
    _place_tricky_births(rng, ages, births)

    households: list[dict[str, str]] = []
    members: list[dict[str, str]] = []
    for i, (unit, household_id) in enumerate(ids):
        area = gn.area_of_commune(unit.code, on=AGES_ON).value
        line = STANDARD.bands[0].upper(area).value
        low_share = LOW_INCOME_STATED_PER_MILLE if i in stated else LOW_INCOME_PER_MILLE
        income = edges[i][area] if i in edges else _income(rng, line, low_share)
        row = dict.fromkeys((c.name for c in HOUSEHOLD_COLUMNS), "")
        row.update(
            household_id=household_id,
            area=area_cells[unit.code],
            commune=unit.code,
            district=unit.parent or "",
        )
        if i in stated:
            size = _weighted(rng, SIZE_WEIGHTS)
            row["deprived"] = ";".join(_stated_deprivations(rng))
        else:
            people = [_member(rng, household_id, k, birth) for k, birth in enumerate(births[i], start=1)]
            size = len(people)
            row.update(_dwelling(rng, size, area))
            members.extend(_with_unknowns(rng, person, keep=("household_id", "member_id")) for person in people)
        row["size"] = str(size)
        if i in yearly:
            row["income_yearly_vnd"] = str(income * 12 * size)
        else:
            row["income_per_capita_monthly_vnd"] = str(income)
        keep = ("household_id", "commune", "district", "income_per_capita_monthly_vnd", "income_yearly_vnd", "deprived")
        keep += ("size",) if i in yearly else ()
        keep += ("area",) if unit.code in area_needed else ()
        households.append(_with_unknowns(rng, row, keep=keep))
    return households, members


def _allocate(rng: random.Random, count: int, communes: int) -> list[int]:
    """Households per commune: one each, the rest drawn with uneven weights (every commune present)."""
    weights = [rng.randrange(20, 181) for _ in range(communes)]
    cumulative = list(itertools.accumulate(weights))
    counts = [1] * communes
    for _ in range(count - communes):
        counts[bisect.bisect_right(cumulative, rng.randrange(cumulative[-1]))] += 1
    return counts


def _days(unit: gn.AdministrativeUnit) -> list[dt.date]:
    """The first day of each version of the unit, and of its successors, while the register is meant to be used."""
    days = {STANDARD.window.start, gn.ARRANGEMENT_2025, USED_UNTIL - dt.timedelta(days=1)}
    version = unit
    while True:  # every version of the unit from the standard's start
        days.add(max(version.window.start, STANDARD.window.start))
        try:
            version = gn.administrative_unit(unit.code, on=version.window.end)
        except gn.NoRuleInForce:
            break
    version = unit
    while STANDARD.window.start < version.window.start:
        try:
            version = gn.administrative_unit(unit.code, on=version.window.start - dt.timedelta(days=1))
        except gn.NoRuleInForce:  # the unit did not exist before, or the units encoded start later
            break
        days.add(max(version.window.start, STANDARD.window.start))
    return sorted(days)


def _commune_decides(unit: gn.AdministrativeUnit) -> bool:
    """Whether the commune alone gives the area on every such day (not so for a unit divided between areas)."""
    try:
        for day in _days(unit):
            gn.area_of_commune(unit.code, on=day)
    except gn.GiamngheoError:
        return False
    return True


def _area_cell(unit: gn.AdministrativeUnit) -> str:
    """The area of the commune on :data:`UNITS_ON`; empty if it changes while the register is meant to be used.

    A commune whose area changes between the start of the standard in force on :data:`AGES_ON` and
    :data:`USED_UNTIL` gets no area: xã An Điền and An Tây became phường on 2024-05-01, and on 2025-07-01 an old
    code is followed to the unit that took its territory over, whose type may differ (thị trấn Dầu Tiếng is part of
    xã Dầu Tiếng). A stated area would contradict the commune's on some of those dates; the library finds the area
    from the commune on the date of the assessment instead. An old commune divided between a phường and a xã keeps
    its area: it is the area of one of its successors, which it then picks.
    """
    area = gn.area_of_commune(unit.code, on=UNITS_ON).value
    days = _days(unit)
    for day in sorted(days):
        try:  # the stated area must be consistent with the commune on every day (one of its successors' areas)
            check_area(unit.code, area, on=day)
        except gn.InvalidInput:
            return ""
    return area.value


def _edge_incomes(rng: random.Random, count: int) -> dict[int, dict[gn.Area, int]]:
    """A few households with incomes exactly on the upper limits of the standard's bands and 1 VND either side.

    Keyed by household position; the value gives the income for either area (the household's area is known
    only later).
    """
    limits = [(band.upper(gn.Area.RURAL).value, band.upper(gn.Area.URBAN).value) for band in STANDARD.bands]
    offsets = (-1, 0, 1)
    cases = [(b, o) for b in range(len(limits)) for o in offsets]
    chosen = rng.sample(range(count), max(len(cases), count // 300))
    return {
        i: {
            gn.Area.RURAL: limits[cases[k % len(cases)][0]][0] + cases[k % len(cases)][1],
            gn.Area.URBAN: limits[cases[k % len(cases)][0]][1] + cases[k % len(cases)][1],
        }
        for k, i in enumerate(chosen)
    }


def _income(rng: random.Random, line: int, low_per_mille: int) -> int:
    """A monthly income per person, whole thousands of VND: mostly well above ``line``, sometimes near or under."""
    if _chance(rng, low_per_mille):
        multiple = rng.randrange(LOW_INCOME_RANGE[0], LOW_INCOME_RANGE[1] + 1)
    else:
        multiple = _interpolate(rng.randrange(10_000), INCOME_QUANTILES)
    return (line * multiple // 1000 + 500) // 1000 * 1000


def _interpolate(x: int, points: Sequence[tuple[int, int]]) -> int:
    """The piecewise-linear function through ``points`` at ``x``, in integers."""
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) // (x1 - x0)
    raise ValueError(x)


def _stated_deprivations(rng: random.Random) -> list[str]:
    """One to five indicator ids of the standard, in the standard's order."""
    k = _weighted(rng, ((1, 30), (2, 25), (3, 20), (4, 15), (5, 10)))
    chosen = set(rng.sample(INDICATOR_IDS, k))
    return [i for i in INDICATOR_IDS if i in chosen]


# --- members ----------------------------------------------------------------------------------------------------


def _ages(rng: random.Random) -> list[int]:
    """The ages on :data:`AGES_ON` of a household's members: a head, maybe a spouse, children, an elder."""
    size = _weighted(rng, SIZE_WEIGHTS)
    low, high = _weighted(rng, (((18, 29), 15), ((30, 44), 35), ((45, 59), 30), ((60, 74), 15), ((75, 95), 5)))
    head = rng.randrange(low, high + 1)
    ages = [head]
    if size >= 2 and _chance(rng, 800):
        ages.append(min(95, max(18, head + rng.randrange(-6, 5))))
    if len(ages) < size and head < 60 and _chance(rng, 150):
        ages.append(min(95, head + rng.randrange(20, 36)))
    while len(ages) < size:
        if head <= 50 or _chance(rng, 500):
            ages.append(rng.randrange(0, max(1, min(head - 17, 26))))  # a child (or grandchild), under 26
        else:
            ages.append(rng.randrange(16, head - 17))  # a grown-up child
    return ages


def _birth_date(rng: random.Random, age: int) -> dt.date:
    """A birth date on which a person is ``age`` on :data:`AGES_ON`."""
    latest = AGES_ON.replace(year=AGES_ON.year - age)
    earliest = AGES_ON.replace(year=AGES_ON.year - age - 1) + dt.timedelta(days=1)
    born = earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))
    if gn.age_on(born, AGES_ON) != age:
        raise AssertionError((born, age))
    return born


def _exact_ages() -> list[int]:
    """The ages asked for, and the age limits of the standard's indicators (integer ``*_age``, ``*_from``, ``*_under``)."""
    limits = {
        value
        for indicator in STANDARD.indicators
        for key, value in indicator.values.items()
        if type(value) is int and key.endswith(("_age", "_from", "_under"))
    }
    return sorted(limits | set(ASKED_EXACT_AGES))


def _place_tricky_births(rng: random.Random, ages: dict[int, list[int]], births: dict[int, list[dt.date]]) -> None:
    """Give a few members a tricky birth date: exactly N years before :data:`AGES_ON`, or 29 February.

    Each replaces a member of a near age (never a child by an adult or the head by a child) in a household not
    chosen before.
    """
    targets = [
        AGES_ON.replace(year=AGES_ON.year - age) for age in _exact_ages() for _ in range(HOUSEHOLDS_PER_EXACT_AGE)
    ]
    targets += [dt.date(year, 2, 29) for year in LEAP_DAY_YEARS]
    used: set[int] = set()
    for born in targets:
        age = gn.age_on(born, AGES_ON)
        candidates = [
            (i, k)
            for i, member_ages in sorted(ages.items())
            if i not in used
            for k, a in enumerate(member_ages)
            if abs(a - age) <= 3 and (k > 0 or age >= 18) and (a < 18) == (age < 18)
        ]
        if candidates:
            i, k = rng.choice(candidates)
            used.add(i)
            ages[i][k] = age
            births[i][k] = born


def _member(rng: random.Random, household_id: str, number: int, born: dt.date) -> dict[str, str]:
    """The row of member ``number`` born on ``born``: facts drawn to be consistent with the age on :data:`AGES_ON`."""
    age = gn.age_on(born, AGES_ON)
    adult = age >= 16
    disability = _chance(rng, 120 if age >= 70 else 25)
    allowance = _chance(rng, 600 if disability else 700 if age >= 80 else 5)
    row = {
        "household_id": household_id,
        "member_id": f"{household_id}-{number:02d}",
        "birth_date": born.isoformat(),
        "sex": rng.choice(("male", "female")),
        "has_health_insurance": _bool(_chance(rng, 995 if age < 6 else 965)),
        "attending_school": _bool(_chance(rng, _school_per_mille(age))),
        "education": _education(rng, age),
        "on_the_job_training": _bool(adult and _chance(rng, 50 if age < 60 else 5)),
        "employment": _employment(rng, age) if age >= 15 else "",
        "nutrition": _weighted(
            rng, (("normal", 950), ("stunted", 25), ("underweight", 20), ("stunted_and_underweight", 5))
        )
        if age < 16
        else "",
        "disability": _bool(disability),
        "social_allowance": _bool(allowance),
        "sick_untreated": _bool(_chance(rng, 20)),
        "uses_phone": _bool(_chance(rng, 930 if adult else 500 if age >= 10 else 0)),
        "uses_internet": _bool(_chance(rng, (500 if age >= 60 else 880) if adult else 700 if age >= 10 else 0)),
    }
    return {c.name: row[c.name] for c in MEMBER_COLUMNS}


def _school_per_mille(age: int) -> int:
    if age < 3:
        return 200
    if age < 16:
        return 965
    if age < 19:
        return 750
    if age < 25:
        return 350
    return 15


def _education(rng: random.Random, age: int) -> str:
    """The highest level completed, plausible for ``age``."""
    for under, levels in EDUCATION_BY_AGE:
        if age < under:
            return _weighted(rng, levels)
    return _weighted(rng, EDUCATION_BY_AGE[-1][1])


def _employment(rng: random.Random, age: int) -> str:
    """The main work of a person aged 15 or over."""
    for under, kinds in EMPLOYMENT_BY_AGE:
        if age < under:
            return _weighted(rng, kinds)
    return _weighted(rng, EMPLOYMENT_BY_AGE[-1][1])


# --- the dwelling -----------------------------------------------------------------------------------------------


def _dwelling(rng: random.Random, size: int, area: gn.Area) -> dict[str, str]:
    """The dwelling columns of a household of ``size`` members in ``area``: mostly fine, a deprived minority."""
    poor_house = _chance(rng, 50)
    materials = [
        "non_durable" if _chance(rng, 600 if poor_house else 8) else "durable" for _ in ("wall", "column", "roof")
    ]
    per_person_tenths = rng.randrange(40, 80) if _chance(rng, 50) else rng.randrange(90, 450)
    tenths = per_person_tenths * size
    shape = _weighted(rng, (("whole", 650), ("half", 250), ("tenth", 100)))
    if shape == "whole":
        floor = str((tenths + 5) // 10)
    elif shape == "half":
        halves = (tenths + 2) // 5
        floor = str(halves // 2) + (".5" if halves % 2 else "")
    else:
        floor = f"{tenths // 10}.{tenths % 10 or 1}"
    return {
        "floor_area_m2": floor,
        "wall": materials[0],
        "column": materials[1],
        "roof": materials[2],
        "water_source": _weighted(rng, WATER_SOURCES),
        "latrine": _weighted(rng, LATRINES),
        "devices": _devices(rng),
        "hears_loudspeaker": _bool(_chance(rng, 850)),
        "waste_collected": _bool(_chance(rng, 970 if area is gn.Area.URBAN else 860)),
    }


def _devices(rng: random.Random) -> str:
    """The information devices owned, in the order of ``giamngheo.Device``; ``none`` for none."""
    if _chance(rng, 20):
        return "none"
    shares = {"phone": 960, "television": 880, "radio": 80, "desktop_computer": 150, "laptop": 250, "tablet": 100}
    owned = [device.value for device in gn.Device if _chance(rng, shares[device.value])]
    return ";".join(owned) or "none"


# --- helpers ----------------------------------------------------------------------------------------------------


def _chance(rng: random.Random, per_mille: int) -> bool:
    return rng.randrange(1000) < per_mille


def _weighted(rng: random.Random, options: Sequence[tuple[T, int]]) -> T:
    """One of ``options`` (value, integer weight), drawn with integers only."""
    cumulative = list(itertools.accumulate(weight for _, weight in options))
    return options[bisect.bisect_right(cumulative, rng.randrange(cumulative[-1]))][0]


def _bool(value: bool) -> str:  # noqa: FBT001 - a cell
    return "true" if value else "false"


def _with_unknowns(rng: random.Random, row: dict[str, str], *, keep: Sequence[str]) -> dict[str, str]:
    """``row`` with about :data:`UNKNOWN_PER_MILLE` of its filled cells emptied (unknown), except ``keep``."""
    for name, cell in row.items():
        if cell and name not in keep and _chance(rng, UNKNOWN_PER_MILLE):
            row[name] = ""
    return row


def _write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([row[name] for name in header] for row in rows)


def _units_coverage(code: str) -> tuple[str, dt.date]:
    """The first day (ISO) and the end (exclusive) of the dates on which the library encodes unit ``code``."""
    first = last = gn.administrative_unit(code, on=UNITS_ON)
    while True:
        try:
            first = gn.administrative_unit(code, on=first.window.start - dt.timedelta(days=1))
        except gn.NoRuleInForce:
            break
    while True:
        try:
            last = gn.administrative_unit(code, on=last.window.end)
        except gn.NoRuleInForce:
            return first.window.start.isoformat(), last.window.end


def _readme(
    seed: int, households: list[dict[str, str]], members: list[dict[str, str]], units: Sequence[gn.AdministrativeUnit]
) -> str:
    stated = sum(1 for row in households if row["deprived"])
    districts = sorted({unit.parent or "" for unit in units})
    changing = [u for u in units if not _area_cell(u)]
    changing_text = ", ".join(f"{u.name} ({u.code})" for u in changing) or "none"
    ages = [str(age) for age in _exact_ages()]
    exact = ", ".join(ages[:-1]) + " or " + ages[-1]
    units_start, units_end = _units_coverage(units[0].code)
    units_last = (units_end - dt.timedelta(days=1)).isoformat()
    return f"""# SYNTHETIC sample register: Bình Dương, {len(units)} communes

**SYNTHETIC DATA. Every household and every person in these files is invented by a random generator.
They are NOT real people, NOT a real household register and NOT official data;
no figure here is a statistic of Bình Dương.**
Only the administrative units are real: the commune-level units of Bình Dương (GSO code 74)
in force on {UNITS_ON.isoformat()}, with their GSO codes and district codes, as giamngheo encodes them.

Generated by `scripts/gen_sample_register.py` with seed {seed}:

    python scripts/gen_sample_register.py --seed {seed} --households {len(households)}

The same seed gives byte-identical files; a test regenerates them and compares.

| File | Rows |
|---|---|
| `households.csv` | {len(households)} households in {len(units)} communes of {len(districts)} district-level units |
| `members.csv` | {len(members)} members of the {len(households) - stated} households given as facts |

The columns and their allowed values are those of `giamngheo schema` (`src/giamngheo/batch/_schema.py`).
An empty cell means unknown.

* {len(households) - stated} households are given as facts (member rows and dwelling columns),
  from which the library computes the deprivations;
  {stated} state their deprivations in `deprived` instead, with no member rows and empty dwelling columns.
* Household ids are `BD-<commune code>-<number>`; member ids add `-<number>`. They name nobody.
* `area` is the commune's on {UNITS_ON.isoformat()} (urban for a phường or thị trấn, rural for a xã),
  except in the communes whose area changes between the start of the standard in force on
  {AGES_ON.isoformat()} ({STANDARD.id}) and {(USED_UNTIL - dt.timedelta(days=1)).isoformat()}: there it is
  left empty, and the library finds it from the commune on the date of the assessment.
  These communes: {changing_text}.
* Every household gives its commune. giamngheo encodes Bình Dương's units from {units_start} to {units_last};
  on {units_end} Bình Dương became part of Hồ Chí Minh City, and from then on each old code is followed to
  the unit of the new map that took its territory over (`gn.locate`), in the former territory of Bình Dương.
* Incomes are drawn around the poverty lines of {STANDARD.id} (read from the library):
  most well above, a tail near or under them,
  and a few exactly on a band's upper limit or 1 VND either side.
  About 1 % of households give `income_yearly_vnd` instead of `income_per_capita_monthly_vnd`.
* Ages are meant to be counted on {AGES_ON.isoformat()}; a few members are born on 29 February
  or exactly {exact} years before it.
* About 1 % of the fact cells are left empty (unknown), `area` included.
"""


if __name__ == "__main__":
    main()
