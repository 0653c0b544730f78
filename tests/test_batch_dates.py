"""Birth dates read from a register's text cells (giamngheo.batch._encode): a date, or a spreadsheet's date and time."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow")

from giamngheo import batch

HOUSEHOLD = [{"household_id": "A", "area": "rural", "income_per_capita_monthly_vnd": "1"}]


@pytest.mark.parametrize(
    ("cell", "year"),
    [
        ("2000-01-01", 2000),
        ("2000-01-01 00:00:00", 2000),  # Excel's date and time as text
        ("2000-01-01T00:00", 2000),
        ("2000-01-01 00:00:00.000", 2000),
        ("2000-01-01 garbage", None),
        ("2000-01-01 00:00 and more", None),
        ("2000-01-01x", None),
    ],
)
def test_birth_date_cells(cell: str, year: int | None) -> None:
    columns = batch.Columns.from_rows(HOUSEHOLD, [{"household_id": "A", "birth_date": cell}])
    if year is None:
        assert columns.errors[0] is not None
        assert "members[0].birth_date" in str(columns.errors[0])
    else:
        assert (columns.errors[0], int(columns.birth_year[0])) == (None, year)
