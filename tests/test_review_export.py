"""Writing report tables to CSV and XLSX: read back, same figures; text never runs as a formula.

The figures come from the two-commune fixture of ``tests/test_review_reports.py`` (hand-counted there).
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import giamngheo
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._model import Status, Text
from giamngheo.review._breakdowns import household_list
from giamngheo.review._export import MissingExtra, neutralise, write_csv, write_xlsx
from giamngheo.review._records import Record
from giamngheo.review._reports import results_table
from giamngheo.review._table import Column, ColumnKind, Report, Table
from test_review_reports import CURRENT, HOUSEHOLDS_TOTAL, ON, full_report

P = Status.POOR
HOSTILE = ['=HYPERLINK("http://example.com","x")', "+1", "@x", "-2", "\tx", "＝1+1", "#N/A"]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def as_csv_text(cell) -> str:
    return "" if cell is None else str(cell)


def as_number(value):
    """A number read back from XLSX (openpyxl gives a float for a decimal), as a Decimal."""
    return Decimal(str(value)) if isinstance(value, float) else value


# --- neutralise --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@x", "\t1", "\r1", "\n1", "＝1", "＋1", "－1", "＠x"])
def test_neutralise_prefixes_formula_starts(text):
    assert "'" + text == neutralise(text)


@pytest.mark.parametrize("value", ["Phường Phú Lợi", "25741", "", "'=1", -2, Decimal("-1.50"), 0, None])
def test_neutralise_leaves_the_rest(value):
    assert value == neutralise(value)


# --- CSV ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_csv_round_trip(tmp_path, lang):
    table = results_table(CURRENT, households_total=HOUSEHOLDS_TOTAL, on=ON)
    path = tmp_path / "results.csv"
    write_csv(table, path, lang=lang)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    rows = read_csv(path)
    assert list(table.header(lang)) == rows[0]
    assert [[as_csv_text(c) for c in row] for row in table.cells(lang)] == rows[1:]
    # the total row of the fixture: 180 households, 5 poor (18 persons), 2.78 %, 3 near-poor (8), 1.67 %, 1 middle
    total = "Tổng cộng" if lang == "vi" else "Total"
    assert ["", total, "180", "5", "18", "2.78", "3", "8", "1.67", "1"] == rows[-1]


def test_csv_decimals_are_plain_and_none_is_empty(tmp_path):
    path = tmp_path / "results.csv"
    write_csv(results_table(CURRENT), path)  # no households_total: the rates are empty
    rows = read_csv(path)
    assert ["25741", "", "", "2", "7", "", "1", "3", "", "1"] == rows[1]  # commune A of the fixture
    path = tmp_path / "rates.csv"
    write_csv(results_table(CURRENT, households_total={"25741": 100, "25744": 80}), path)
    assert "2.00" == read_csv(path)[1][5]  # 2 poor of 100 households, written "2.00", not "2" or "2.0"


def test_csv_to_an_open_file_has_no_bom():
    out = io.StringIO()
    write_csv(results_table(CURRENT), out, lang="en")
    assert out.getvalue().startswith("unit code,unit name,")


def test_report_csv_files_read_back(tmp_path):
    report = full_report()
    report.to_csv(tmp_path, lang="en")
    for table in report.tables:
        rows = read_csv(tmp_path / f"{table.id}.csv")
        assert list(table.header("en")) == rows[0]
        assert [[as_csv_text(c) for c in row] for row in table.cells("en")] == rows[1:]


# --- XLSX --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_xlsx_round_trip(tmp_path, lang):
    report = full_report()
    path = tmp_path / "report.xlsx"
    report.to_xlsx(path, lang=lang)
    book = openpyxl.load_workbook(path)
    assert [t.id for t in report.tables] == book.sheetnames
    for table in report.tables:
        sheet = book[table.id]
        lines = list(sheet.iter_rows(values_only=True))
        width = len(table.columns)
        assert table.title(lang) == lines[0][0]
        assert sheet.cell(row=1, column=1).font.b
        assert table.header(lang) == lines[1][:width]
        body = [tuple(as_number(v) for v in line[:width]) for line in lines[2 : 2 + len(table.rows)]]
        assert [tuple(None if c == "" else c for c in row) for row in table.cells(lang)] == body  # "" is an empty cell
        notes = [line[0] for line in lines[3 + len(table.rows) :]]
        assert [note(lang) for note in table.notes] == notes
    results = book["results"]
    # the total row of the fixture (row 1 title, row 2 header, rows 3-4 communes, row 5 total)
    assert (None, "Tổng cộng" if lang == "vi" else "Total", 180, 5, 18) == tuple(c.value for c in results[5][:5])
    assert Decimal("2.78") == as_number(results.cell(row=5, column=6).value)  # 5/180
    assert "n" == results.cell(row=5, column=6).data_type
    assert "n" == results.cell(row=5, column=3).data_type
    assert isinstance(results.cell(row=5, column=3).value, int)


def test_xlsx_sheet_titles_are_cut_to_31_characters(tmp_path):
    unit = Column("unit", Text("mã", "code"), ColumnKind.TEXT)
    long = Table("a" * 40, Text("t", "t"), None, (unit,), (("x",),), has_total=False)
    write_xlsx([long], tmp_path / "t.xlsx")
    assert ["a" * 31] == openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames
    twin = Table("a" * 35, Text("t", "t"), None, (unit,), (("x",),), has_total=False)
    with pytest.raises(InvalidInput):
        write_xlsx([long, twin], tmp_path / "u.xlsx")


# --- formula injection -------------------------------------------------------------------------------------------


def hostile_tables() -> Report:
    # hostile commune codes and household ids; a hostile name of a head of household
    records = [Record(text, P, 1, commune=text) for text in HOSTILE]
    names = {"+1": "=cmd|' /C calc'!A0"}
    return Report((results_table(records), household_list(records, P, names=names)))


def test_csv_neutralises_text(tmp_path):
    report = hostile_tables()
    report.to_csv(tmp_path)
    results = read_csv(tmp_path / "results.csv")
    assert ["'" + t if t != "#N/A" else t for t in HOSTILE] == [row[0] for row in results[1:-1]]
    listed = read_csv(tmp_path / "poor_list.csv")
    assert ["'" + t if t != "#N/A" else t for t in HOSTILE] == [row[0] for row in listed[1:]]
    assert "'=cmd|' /C calc'!A0" == listed[2][1]
    assert "1" == listed[2][3]  # a count stays a number


def test_xlsx_neutralises_text_and_never_writes_a_formula(tmp_path):
    path = tmp_path / "hostile.xlsx"
    hostile_tables().to_xlsx(path)
    book = openpyxl.load_workbook(path)
    results, listed = book["results"], book["poor_list"]
    codes = [results.cell(row=r, column=1) for r in range(3, 3 + len(HOSTILE))]
    assert ["'" + t if t != "#N/A" else t for t in HOSTILE] == [c.value for c in codes]
    assert {"s"} == {c.data_type for c in codes}  # "#N/A" included: text, not an error value
    assert "'=cmd|' /C calc'!A0" == listed.cell(row=4, column=2).value
    assert "s" == listed.cell(row=4, column=2).data_type
    formulas = [c for sheet in book for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert [] == formulas


def test_xlsx_neutralises_a_unit_name(tmp_path):
    # a table built by hand, with a hostile unit name
    unit = Column("unit", Text("mã đơn vị", "unit code"), ColumnKind.TEXT)
    name = Column("unit_name", Text("tên đơn vị", "unit name"), ColumnKind.TEXT)
    count = Column("n", Text("số", "count"), ColumnKind.COUNT)
    rows = (("1", '=HYPERLINK("http://x")', -2), ("", "Tổng cộng", -2))
    table = Table("t", Text("t", "t"), None, (unit, name, count), rows)
    write_xlsx([table], tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["t"]
    assert ('\'=HYPERLINK("http://x")', "s") == (sheet["B3"].value, sheet["B3"].data_type)
    assert (-2, "n") == (sheet["C3"].value, sheet["C3"].data_type)  # a number is written as a number


def test_xlsx_rejects_control_characters(tmp_path):
    report = Report((results_table([Record("A1", P, 1, commune="\x01A")]),))
    with pytest.raises(InvalidInput) as info:
        report.to_xlsx(tmp_path / "bad.xlsx")
    assert "value" == info.value.field


# --- the optional extra ------------------------------------------------------------------------------------------


def test_missing_openpyxl_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # makes `import openpyxl` fail
    with pytest.raises(MissingExtra) as info:
        full_report().to_xlsx(tmp_path / "r.xlsx")
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, GiamngheoError)
    assert 'pip install "giamngheo[xlsx]"' in str(info.value)


def test_importing_the_reports_does_not_import_openpyxl():
    code = (
        "import sys, giamngheo, giamngheo.review._reports, giamngheo.review._table, giamngheo.review._export; print('openpyxl' in sys.modules)"
    )
    src = str(Path(giamngheo.__file__).parents[1])
    env = {"PYTHONPATH": src, "PATH": "", "SYSTEMROOT": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "False" == out.stdout.strip()
