"""The bundled SYNTHETIC sample register of Bình Dương (src/giamngheo/data/sample/) and its seeded generator.

The files are invented households, not real people or official data. The tests keep them honest: they are exactly
what ``scripts/gen_sample_register.py`` generates with its default arguments, every cell is allowed by the input
schema (src/giamngheo/batch/_schema.py), every commune of Bình Dương on 2024-01-01 appears, and every household
builds into a ``giamngheo.Household`` that assesses on 2024-10-01.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

import giamngheo as gn
from giamngheo.batch._schema import DWELLING_COLUMNS, HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, ColumnType, InputColumn

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gen_sample_register.py"
SAMPLE = resources.files("giamngheo") / "data" / "sample"
FILES = ("households.csv", "members.csv", "README.md")
UNITS_ON = dt.date(2024, 1, 1)
ON = dt.date(2024, 10, 1)


def _generate(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), *args], capture_output=True, text=True, check=False
    )


def _rows(name: str) -> list[dict[str, str]]:
    text = (SAMPLE / name).read_bytes().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.fixture(scope="module")
def households() -> list[dict[str, str]]:
    return _rows("households.csv")


@pytest.fixture(scope="module")
def members() -> list[dict[str, str]]:
    return _rows("members.csv")


@pytest.fixture(scope="module")
def members_by_household(members) -> dict[str, list[dict[str, str]]]:
    grouped = defaultdict(list)
    for row in members:
        grouped[row["household_id"]].append(row)
    return grouped


# --- the generator ----------------------------------------------------------------------------------------------


def test_same_seed_gives_byte_identical_files_and_another_seed_differs(tmp_path):
    runs = {name: tmp_path / name for name in ("a", "b", "c")}
    for name, seed in (("a", "7"), ("b", "7"), ("c", "8")):
        result = _generate(runs[name], "--seed", seed, "--households", "300")
        assert 0 == result.returncode, result.stderr
    for file in FILES:
        assert (runs["a"] / file).read_bytes() == (runs["b"] / file).read_bytes()
    assert (runs["a"] / "households.csv").read_bytes() != (runs["c"] / "households.csv").read_bytes()
    assert (runs["a"] / "members.csv").read_bytes() != (runs["c"] / "members.csv").read_bytes()


def test_small_register_still_has_every_commune(tmp_path):
    assert 0 == _generate(tmp_path, "--households", "300").returncode
    with (tmp_path / "households.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert 300 == len(rows)
    assert {u.code for u in gn.communes("74", on=UNITS_ON)} == {row["commune"] for row in rows}


def test_fewer_households_than_communes_is_refused(tmp_path):
    result = _generate(tmp_path, "--households", "90")
    assert 0 != result.returncode
    assert "at least 91" in result.stderr


def test_bundled_files_are_a_fresh_generation_with_the_default_arguments(tmp_path):
    result = _generate(tmp_path)
    assert 0 == result.returncode, result.stderr
    for file in FILES:
        assert (tmp_path / file).read_bytes() == (SAMPLE / file).read_bytes(), f"regenerate {file}: see its README"


# --- the bundled files ------------------------------------------------------------------------------------------


def test_readme_says_synthetic_and_how_it_was_generated():
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme
    assert "NOT real people" in readme
    assert "NOT official data" in readme
    assert "python scripts/gen_sample_register.py --seed 2025 --households 9100" in readme
    assert "giamngheo schema" in readme


@pytest.mark.parametrize(("file", "columns"), [("households.csv", HOUSEHOLD_COLUMNS), ("members.csv", MEMBER_COLUMNS)])
def test_files_are_utf8_with_the_schema_header_and_newline_endings(file, columns):
    data = (SAMPLE / file).read_bytes()
    text = data.decode("utf-8")
    assert b"\r" not in data
    assert text.endswith("\n")
    assert ",".join(c.name for c in columns) == text.split("\n", 1)[0]


def test_every_commune_of_binh_duong_appears_with_its_district(households):
    units = gn.communes("74", on=UNITS_ON)
    assert 91 == len(units)
    assert {u.code for u in units} == {row["commune"] for row in households}
    parents = {u.code: u.parent for u in units}
    assert [] == [row["household_id"] for row in households if parents[row["commune"]] != row["district"]]
    assert 9 == len({row["district"] for row in households})


def test_households_are_distributed_unevenly(households):
    counts = defaultdict(int)
    for row in households:
        counts[row["commune"]] += 1
    assert 9100 == sum(counts.values())
    assert max(counts.values()) > 2 * min(counts.values())


def test_ids_are_unique_and_every_member_has_its_household(households, members):
    ids = [row["household_id"] for row in households]
    assert len(ids) == len(set(ids))
    assert [] == [i for i in ids if not re.fullmatch(r"BD-\d{5}-\d{4}", i)]
    assert [] == [
        row["household_id"] for row in households if not row["household_id"].startswith(f"BD-{row['commune']}-")
    ]
    known = set(ids)
    assert [] == [row["member_id"] for row in members if row["household_id"] not in known]
    member_ids = [row["member_id"] for row in members]
    assert len(member_ids) == len(set(member_ids))


def test_both_input_styles_and_their_rules(households, members_by_household):
    stated = [row for row in households if row["deprived"]]
    facts = [row for row in households if not row["deprived"]]
    assert 0.01 < len(stated) / len(households) < 0.03
    assert [] == [row["household_id"] for row in stated if row["household_id"] in members_by_household]
    assert [] == [row["household_id"] for row in stated if any(row[name] for name in DWELLING_COLUMNS)]
    assert [] == [row["household_id"] for row in facts if row["household_id"] not in members_by_household]
    assert [] == [
        row["household_id"]
        for row in facts
        if row["size"] and int(row["size"]) != len(members_by_household[row["household_id"]])
    ]
    sizes = [len(rows) for rows in members_by_household.values()]
    assert 1 == min(sizes)
    assert 9 == max(sizes)
    assert 3.4 < sum(sizes) / len(sizes) < 3.8


def _is_date(cell: str) -> bool:
    try:
        return dt.date.fromisoformat(cell).isoformat() == cell
    except ValueError:
        return False


def _is_set_of(cell: str, allowed: frozenset[str]) -> bool:
    parts = cell.split(";")
    return len(parts) == len(set(parts)) and set(parts) <= allowed


#: Whether a non-empty cell of a column of each type is written as the brief asks (for the column and the
#: indicator ids of the standard).
_VALID = {
    ColumnType.TEXT: lambda cell, _column, _ids: cell == cell.strip(),
    ColumnType.INTEGER: lambda cell, _column, _ids: re.fullmatch(r"0|[1-9]\d*", cell) is not None,
    ColumnType.DECIMAL: lambda cell, _column, _ids: re.fullmatch(r"(0|[1-9]\d*)(\.\d*[1-9])?", cell) is not None,
    ColumnType.DATE: lambda cell, _column, _ids: _is_date(cell),
    ColumnType.BOOLEAN: lambda cell, _column, _ids: cell in {"true", "false"},
    ColumnType.CHOICE: lambda cell, column, _ids: cell in column.allowed,
    ColumnType.CHOICES: lambda cell, column, _ids: cell == "none" or _is_set_of(cell, frozenset(column.allowed)),
    ColumnType.IDS: lambda cell, _column, ids: _is_set_of(cell, ids),
}


def _bad_cell(column: InputColumn, cell: str, indicator_ids: frozenset[str]) -> bool:
    if cell == "":
        return column.required
    return not _VALID[column.type](cell, column, indicator_ids)


@pytest.mark.parametrize(("file", "columns"), [("households.csv", HOUSEHOLD_COLUMNS), ("members.csv", MEMBER_COLUMNS)])
def test_every_cell_is_allowed_by_the_schema(file, columns):
    indicator_ids = gn.standard_in_force(on=ON).indicator_ids
    rows = _rows(file)
    assert [c.name for c in columns] == list(rows[0])
    bad = [
        (row[columns[0].name], column.name, row[column.name])
        for row in rows
        for column in columns
        if _bad_cell(column, row[column.name], indicator_ids)
    ]
    assert [] == bad


def test_some_cells_are_unknown_but_not_many(households, members):
    optional = [
        c.name for c in MEMBER_COLUMNS if c.name not in {"household_id", "member_id", "employment", "nutrition"}
    ]
    cells = [row[name] for row in members for name in optional]
    share = sum(1 for cell in cells if cell == "") / len(cells)
    assert 0.005 < share < 0.02
    assert any(row["area"] == "" for row in households)


def test_tricky_birth_dates_are_present(members):
    births = {row["birth_date"] for row in members}
    assert any(b.endswith("-02-29") for b in births)
    for years in (6, 16, 30, 60):
        assert ON.replace(year=ON.year - years).isoformat() in births


def test_ages_span_0_to_95(members):
    ages = {gn.age_on(dt.date.fromisoformat(row["birth_date"]), ON) for row in members if row["birth_date"]}
    assert 0 == min(ages)
    assert 95 == max(ages)


def _per_capita(row: dict[str, str]) -> Decimal:
    if row["income_per_capita_monthly_vnd"]:
        return Decimal(row["income_per_capita_monthly_vnd"])
    return Decimal(row["income_yearly_vnd"]) / 12 / int(row["size"])


def test_incomes_on_the_poverty_lines_and_one_vnd_either_side(households):
    band = gn.standard_in_force(on=ON).bands[0]
    offsets = set()
    for row in households:
        area = gn.area_of_commune(row["commune"], on=ON).value
        offsets.add(_per_capita(row) - band.upper(area).value)
    assert {-1, 0, 1} <= offsets
    low = sum(
        1 for row in households if _per_capita(row) <= band.upper(gn.area_of_commune(row["commune"], on=ON).value).value
    )
    assert 0.03 < low / len(households) < 0.12


# --- every household assesses -----------------------------------------------------------------------------------

_BOOLEANS = {"true": True, "false": False}


def _value(column: InputColumn, cell: str) -> object:
    """A CSV cell as the library's value: empty is unknown (None)."""
    if cell == "":
        return None
    converters = {
        ColumnType.BOOLEAN: _BOOLEANS.__getitem__,
        ColumnType.DATE: dt.date.fromisoformat,
        ColumnType.INTEGER: int,
        ColumnType.DECIMAL: Decimal,
        # A tuple, not a frozenset: giamngheo.Dwelling converts the strings of any other iterable to devices, but
        # keeps a frozenset as it is (its strings would then match no device).
        ColumnType.CHOICES: lambda text: () if text == "none" else tuple(text.split(";")),
    }
    return converters.get(column.type, str)(cell)


def _household(row: dict[str, str], member_rows: list[dict[str, str]]) -> gn.Household:
    values = {c.name: _value(c, row[c.name]) for c in HOUSEHOLD_COLUMNS}
    members = [
        gn.Member(**{("id" if c.name == "member_id" else c.name): _value(c, m[c.name]) for c in MEMBER_COLUMNS[1:]})
        for m in member_rows
    ]
    dwelling_values = {name: values.pop(name) for name in DWELLING_COLUMNS}
    if members:
        assert values["deprived"] is None, row["household_id"]
    return gn.Household(
        id=values.pop("household_id"),
        area=values.pop("area"),
        commune=values.pop("commune"),
        income_per_capita_monthly_vnd=values.pop("income_per_capita_monthly_vnd"),
        income_yearly_vnd=values.pop("income_yearly_vnd"),
        size=values.pop("size"),
        deprived=values.pop("deprived"),
        members=members or None,
        dwelling=gn.Dwelling(**dwelling_values) if any(v is not None for v in dwelling_values.values()) else None,
    )


def test_every_household_builds_and_assesses_on_2024_10_01(households, members_by_household):
    statuses = defaultdict(int)
    for row in households:
        household = _household(row, members_by_household.get(row["household_id"], []))
        if household.dwelling is not None and household.dwelling.devices is not None:
            assert all(isinstance(device, gn.Device) for device in household.dwelling.devices)
        assessment = gn.assess(household, on=ON)
        assert household.computed == (not row["deprived"])
        statuses[assessment.status] += 1
    assert len(households) == sum(statuses.values())
    assert {gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR} <= set(statuses)
    assert statuses[gn.Status.NOT_POOR] > len(households) * 0.8


@pytest.mark.parametrize("on", [dt.date(2024, 10, 1), dt.date(2025, 10, 1), dt.date(2026, 10, 1)])
def test_every_household_is_resolved_in_the_reviews_of_2024_to_2026(on, households, members_by_household):
    """The year-end reviews: from 2025-07-01 the old codes are followed to the units of Hồ Chí Minh City that took
    them over (NQ 1685/NQ-UBTVQH15), in the former territory of Bình Dương; no row fails."""
    failed = []
    territories = set()
    for row in households:
        household = _household(row, members_by_household.get(row["household_id"], []))
        try:
            gn.assess(household, on=on)
        except gn.GiamngheoError as error:
            failed.append(str(error))
        else:
            territories.add(gn.territory(row["commune"], on=on).jurisdiction)
    assert [] == failed
    assert {"74"} == territories
