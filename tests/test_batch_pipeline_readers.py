"""A register read partly by Arrow and partly by the Python reader comes out whole, in order (issue 15)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

import giamngheo as gn
from giamngheo.batch._pipeline import assess_files
from giamngheo.batch._readers import open_table

ON = dt.date(2024, 10, 1)


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        # the last line, without a newline, narrower than the header: Arrow's dictionary columns met plain text
        (b"household_id,area\nH0,rural\nH1", ["H0", "H1"]),
        ("household_id,area\nH0\n".encode("utf-16"), ["H0"]),
        ("household_id,area\nH0,é,x\n".encode("cp1258"), ["H0"]),
    ],
    ids=["short-last-line", "utf-16-short-line", "cp1258-wide-line"],
)
def test_every_row_comes_out_with_its_error(tmp_path: Path, data: bytes, ids: list[str]) -> None:
    households, out = tmp_path / "h.csv", tmp_path / "out.csv"
    households.write_bytes(data)
    assess_files(open_table(households, "households"), None, out, on=ON, standard=gn.standard_in_force(on=ON))
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["household_id"] for row in rows] == ids
    assert rows[-1]["error"]  # the bad line is an error of its row, never dropped


def test_repeated_ids_are_found_however_long() -> None:
    """Ids of up to 64 bytes are hashed column by column, longer ones whole: a repeat is found either way."""
    import pyarrow as pa  # noqa: PLC0415 - the batch extra

    from giamngheo.batch._chunks import _Seen  # noqa: PLC0415 - the register's record of ids read

    long_a, long_b = "a" * 262_144, "a" * 262_143 + "b"
    seen = _Seen()
    seen.add(pa.array(["H1", "x" * 64, "x" * 65, long_a, None]))
    found = seen.holds(pa.array([long_a, long_b, "x" * 65, "x" * 64, "H1", "H2", None, "x" * 63]))
    assert found.tolist() == [True, False, True, True, True, False, False, False]
    assert seen.rows(long_a) == [3]


@pytest.mark.parametrize(("cell", "shown"), [('[null, "0"]', "[…]"), ("[null]", "[…]"), ('{"a": 1}', "{…}")])
def test_a_list_or_an_object_in_a_json_lines_cell_is_the_error_of_its_row(
    tmp_path: Path, cell: str, shown: str
) -> None:
    """Arrow reads such a column as a list or a struct (and can build list cells it cannot read back): each cell
    is refused as written, the row kept in its place."""
    path = tmp_path / "households.jsonl"
    rows = [
        f'{{"household_id": "H1", "area": {cell}, "income_per_capita_monthly_vnd": 1}}',
        '{"household_id": "H2", "area": null, "commune": null, "income_per_capita_monthly_vnd": 1}',
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assess_files(
        open_table(path, "households"),
        None,
        out,
        on=dt.date(2024, 1, 1),
        standard=gn.standard_in_force(on=dt.date(2024, 1, 1)),
    )
    with out.open(encoding="utf-8-sig", newline="") as f:
        results = list(csv.DictReader(f))
    assert [r["household_id"] for r in results] == ["H1", "H2"]
    assert f"area: unknown value '{shown}'" in results[0]["error"]


def test_an_infinite_or_huge_float_floor_area_is_refused_not_cast() -> None:
    """A float column (Parquet, pandas): infinity and floats past 64 bits are errors of their rows, never cast."""
    import pyarrow as pa  # noqa: PLC0415 - the batch extra

    from giamngheo.batch._encode import encode  # noqa: PLC0415 - the register's encoder

    areas = pa.array([float("inf"), -float("inf"), 1e30, 35.0, float("nan")])
    table = pa.table(
        {
            "household_id": [f"H{i}" for i in range(5)],
            "area": ["rural"] * 5,
            "income_per_capita_monthly_vnd": ["1"] * 5,
            "floor_area_m2": areas,
        }
    )
    errors = [None if e is None else (e.field, e.household) for e in encode(table).errors]
    assert errors == [("dwelling.floor_area_m2", f"H{i}") for i in range(3)] + [None, None]
