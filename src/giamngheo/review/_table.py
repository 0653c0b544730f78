"""A table of the annual review report, its columns, and the report that holds the tables.

A table has one row per administrative unit, in the order the units first appear, and a final total row
(*Tổng cộng*) whose unit code is ``""``; it is written to CSV or XLSX (:mod:`giamngheo.review._export`).
"""

from __future__ import annotations

import collections
import datetime as dt
import enum
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TypeAlias, TypeVar

import attrs

from giamngheo._checks import check_date
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._model import Status, Text, check_lang
from giamngheo._units import administrative_unit
from giamngheo.review._export import write_csv, write_xlsx
from giamngheo.review._movements import (
    Transition,
    by_commune,
    by_district,
    by_province,
)
from giamngheo.review._records import Record

_Item = TypeVar("_Item")

__all__ = ["Cell", "Column", "ColumnKind", "Report", "Table"]

#: The value of one cell: text, a count, a rate in percent, or nothing (an empty cell).
Cell: TypeAlias = str | int | Decimal | None


class ColumnKind(enum.Enum):
    """What a column holds."""

    #: Text: codes, names, labels.
    TEXT = "text"
    #: A whole number of households, persons or deprivations; the total row sums it.
    COUNT = "count"
    #: A percentage (:class:`~decimal.Decimal`, two decimal places); the total row computes it again from the sums.
    RATE = "rate"


@attrs.frozen
class Column:
    """One column of a table.

    Attributes:
        key: Its stable English key, e.g. ``"poor_households"`` or an indicator id.
        label: Its header, in Vietnamese and English.
        kind: What it holds.
    """

    key: str
    label: Text
    kind: ColumnKind


#: The first two columns of every aggregated table.
UNIT = Column("unit", Text("mã đơn vị", "unit code"), ColumnKind.TEXT)
UNIT_NAME = Column("unit_name", Text("tên đơn vị", "unit name"), ColumnKind.TEXT)
#: The name of the total row.
TOTAL = Text("Tổng cộng", "Total")
#: The note every table carries.
LAYOUT_NOTE = Text(
    "Bố cục cột là cách thư viện đọc biểu mẫu; danh mục cột chính thức của biểu mẫu chưa được đối chiếu.",
    "The column layout is the library's reading of the template; the template's official column list has not "
    "been read.",
)
_RATE_NOTE = Text(
    "Tỷ lệ (%) được tính chính xác rồi làm tròn đến 2 chữ số thập phân (làm tròn nửa lên); ở dòng Tổng cộng, "
    "tỷ lệ được tính lại từ các số cộng dồn, không cộng các tỷ lệ.",
    "Rates (%) are computed exactly and rounded half up to 2 decimal places; in the Total row they are computed "
    "again from the summed counts, not summed.",
)
_ID = re.compile(r"[A-Za-z0-9_-]+")
_CELL_TYPES = (str, int, Decimal)


@attrs.frozen
class Table:
    """One table of a report: columns, one row per unit, and a total row.

    Attributes:
        id: Its stable id, e.g. ``"results"``; also the name of its CSV file and XLSX sheet (letters, digits,
            ``_`` and ``-`` only).
        title: Its title.
        template: The Vietnamese name of the official template it follows, and an English rendering; ``None``
            if it follows none.
        columns: Its columns; in an aggregated table the first two are the unit code and the unit name.
        rows: Its rows, one cell per column. In an aggregated table: one row per unit, then the total row, whose
            unit code is ``""`` and whose name is ``"Tổng cộng"`` (see :meth:`cells` for the name in English).
        notes: What the reader should know: every table says that its column layout is the library's reading of
            the template.
        has_total: Whether the last row is the total row (``False`` for a household list).

    Raises:
        InvalidInput: for an id that cannot name a file, duplicate column keys or labels, a row of the wrong
            length or with a cell that is neither text, a whole number, a decimal nor ``None``, or a total row
            that is not last or has a unit code.
    """

    id: str
    title: Text
    template: Text | None
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[Text, ...] = ()
    has_total: bool = True

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.id, str) or not _ID.fullmatch(self.id):
            raise InvalidInput("id", f"a table id of letters, digits, '_' and '-', got {self.id!r}"[:300])
        self._check_types()
        self._check_columns()
        self._check_rows()

    def _check_types(self) -> None:
        """The parts of the table, of the types they must have (before anything is read from them)."""
        if not isinstance(self.title, Text) or not (self.template is None or isinstance(self.template, Text)):
            raise InvalidInput("title", f"table {self.id}: the title and the template are giamngheo.Text values")
        if not isinstance(self.columns, tuple) or not all(isinstance(c, Column) for c in self.columns):
            raise InvalidInput(
                "columns", f"table {self.id}: a tuple of giamngheo.review.Column, got {self.columns!r}"[:300]
            )
        if not isinstance(self.rows, tuple) or not all(isinstance(row, tuple) for row in self.rows):
            raise InvalidInput(
                "rows", f"table {self.id}: a tuple of rows, each a tuple of cells, got {self.rows!r}"[:300]
            )
        if not isinstance(self.notes, tuple) or not all(isinstance(n, Text) for n in self.notes):
            raise InvalidInput("notes", f"table {self.id}: a tuple of giamngheo.Text, got {self.notes!r}"[:300])
        if not isinstance(self.has_total, bool):
            raise InvalidInput("has_total", f"table {self.id}: true or false, got {self.has_total!r}"[:300])

    def _check_columns(self) -> None:
        for name, values in (
            ("key", [c.key for c in self.columns]),
            ("label", [c.label.vi for c in self.columns]),
            ("label", [c.label.en for c in self.columns]),
        ):
            twice = sorted({v for v in values if values.count(v) > 1})
            if twice:
                raise InvalidInput("columns", f"table {self.id}: each column {name} must be unique, got {twice} twice")
        if self.has_total and self.columns[:2] != (UNIT, UNIT_NAME):
            raise InvalidInput(
                "columns", f"table {self.id}: a table with a total row starts with the unit code and name"
            )

    def _check_rows(self) -> None:
        width = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != width:
                raise InvalidInput("rows", f"table {self.id}: row {i} has {len(row)} cells for {width} columns")
            for cell in row:
                if cell is not None and (isinstance(cell, bool) or not isinstance(cell, _CELL_TYPES)):
                    raise InvalidInput(
                        "rows", f"table {self.id}: row {i}: a cell is text, int, Decimal or None, got {cell!r}"
                    )
        if self.has_total and (not self.rows or self.rows[-1][0] != ""):
            raise InvalidInput("rows", f"table {self.id}: the last row is the total row, with the unit code ''")
        if "" in self.units:
            raise InvalidInput("rows", f"table {self.id}: only the total row may have the unit code ''")

    def header(self, lang: str) -> tuple[str, ...]:
        """The column labels in ``lang``."""
        return tuple(c.label(lang) for c in self.columns)

    def cells(self, lang: str = "vi") -> tuple[tuple[Cell, ...], ...]:
        """The rows as they are written out in ``lang``: the total row is named ``"Tổng cộng"`` or ``"Total"``."""
        check_lang(lang)
        if not self.has_total:
            return self.rows
        *units, total = self.rows
        return (*units, (total[0], TOTAL(lang), *total[2:]))

    def as_dicts(self, lang: str = "vi") -> list[dict[str, Cell]]:
        """The rows as dicts from the column labels in ``lang`` to the cells, total row included."""
        header = self.header(lang)
        return [dict(zip(header, row, strict=True)) for row in self.cells(lang)]

    def column(self, key: str) -> Column:
        """The column with key ``key``.

        Raises:
            InvalidInput: if the table has no such column.
        """
        return _one(self.columns, "key", key, f"table {self.id} has no column", "its columns")

    def value(self, unit: str, key: str) -> Cell:
        """The cell of one unit (for a household list: one household) in one column.

        Args:
            unit: The unit code, as the first column gives it (``""`` for the total row).
            key: The column's key.

        Raises:
            InvalidInput: if the table has no such row or column.
        """
        index = self.columns.index(self.column(key))
        for row in self.rows:
            if row[0] == unit:
                return row[index]
        raise InvalidInput("unit", f"table {self.id} has no row for {unit!r}")

    def total(self, key: str) -> Cell:
        """The cell of the total row in one column.

        Raises:
            InvalidInput: if the table has no such column or no total row.
        """
        if not self.has_total:
            raise InvalidInput("key", f"table {self.id} has no total row")
        return self.value("", key)

    @property
    def units(self) -> tuple[str, ...]:
        """The first cell of every row but the total: the unit codes (for a household list, the household ids)."""
        rows = self.rows[:-1] if self.has_total else self.rows
        return tuple(str(row[0]) for row in rows)


@attrs.frozen
class Report:
    """The tables of a review report.

    Attributes:
        tables: The tables, in the order they are written; their ids are unique.

    Raises:
        InvalidInput: if two tables have the same id.
    """

    tables: tuple[Table, ...]

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.tables, tuple) or not all(isinstance(t, Table) for t in self.tables):
            raise InvalidInput("tables", f"a tuple of giamngheo.review.Table, got {self.tables!r}"[:300])
        ids = [t.id for t in self.tables]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise InvalidInput("tables", f"each table id must be unique, got {twice} twice")

    def table(self, id: str) -> Table:  # noqa: A002 - the table's id
        """The table with id ``id``.

        Raises:
            InvalidInput: if the report has no such table.
        """
        return _one(self.tables, "id", id, "the report has no table", "its tables")

    def to_xlsx(self, path: str | os.PathLike[str], *, lang: str = "vi") -> None:
        """Write the report as one XLSX workbook, one sheet per table (needs the extra ``giamngheo[xlsx]``).

        Raises:
            MissingExtra: if openpyxl is not installed.
        """
        write_xlsx(self.tables, path, lang=lang)

    def to_csv(self, directory: str | os.PathLike[str], *, lang: str = "vi") -> tuple[Path, ...]:
        """Write each table to ``<directory>/<id>.csv`` (UTF-8 with a byte-order mark), creating the directory.

        Returns:
            The files written, in the order of the tables.
        """
        check_lang(lang)
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for table in self.tables:
            path = folder / f"{table.id}.csv"
            write_csv(table, path, lang=lang)
            paths.append(path)
        return tuple(paths)


# --- units ---------------------------------------------------------------------------------------------------

_LEVELS: dict[str, tuple[Text, Callable[[Transition], str | None]]] = {
    "commune": (Text("Tổng hợp theo đơn vị cấp xã.", "Aggregated by commune-level unit."), by_commune),
    "district": (Text("Tổng hợp theo đơn vị cấp huyện.", "Aggregated by district-level unit."), by_district),
    "province": (Text("Tổng hợp theo tỉnh.", "Aggregated by province."), by_province),
}


def _check_level(level: str) -> str:
    if not isinstance(level, str) or level not in _LEVELS:
        raise InvalidInput("level", f"one of {', '.join(_LEVELS)}, got {level!r}")
    return level


def _check_on(on: dt.date | None) -> dt.date | None:
    return None if on is None else check_date(on)


def _unit_of(record: Record, level: str) -> str:
    code: str | None = getattr(record, level)
    if code is None:
        raise InvalidInput(level, f"no {level} code: the report is aggregated by {level}", record.household_id)
    return code


def _check_records(records: Iterable[Record]) -> tuple[Record, ...]:
    if not isinstance(records, Iterable) or isinstance(records, str | bytes | Mapping):
        raise InvalidInput("records", f"a list of giamngheo.review.Record, got {records!r}"[:300])
    checked: list[Record] = []
    seen: set[str] = set()
    for i, record in enumerate(records):
        if not isinstance(record, Record):
            raise InvalidInput(f"records[{i}]", f"must be a giamngheo.review.Record, got {record!r}")
        if record.household_id in seen:
            raise InvalidInput(f"records[{i}].household_id", "appears twice in the records", record.household_id)
        seen.add(record.household_id)
        checked.append(record)
    return tuple(checked)


def _by_unit(records: Sequence[Record], level: str) -> dict[str, list[Record]]:
    """The records of each unit, units in the order they first appear."""
    units: dict[str, list[Record]] = {}
    for record in records:
        units.setdefault(_unit_of(record, level), []).append(record)
    return units


def _unit_name(code: str, on: dt.date | None) -> str:
    if on is None:
        return ""
    try:
        return administrative_unit(code, on=on).name
    except GiamngheoError:
        return ""


def _percent(part: int, whole: int | None) -> Decimal | None:
    """``part / whole`` in percent, rounded half up to 2 decimal places; ``None`` without a denominator."""
    if not whole:
        return None
    hundredths = math.floor(Fraction(part * 10_000, whole) + Fraction(1, 2))
    return Decimal(hundredths).scaleb(-2)


def _table(  # noqa: PLR0917 - the parts of a table, each named at the call
    id: str,  # noqa: A002 - the table's id
    title: Text,
    template: Text,
    columns: Sequence[Column],
    units: Mapping[str, Sequence[Cell]],
    total: Sequence[Cell],
    notes: Sequence[Text],
    on: dt.date | None,
) -> Table:
    rows = [(code, _unit_name(code, on), *cells) for code, cells in units.items()]
    rows.append(("", TOTAL.vi, *total))
    return Table(
        id=id,
        title=title,
        template=template,
        columns=(UNIT, UNIT_NAME, *columns),
        rows=tuple(rows),
        notes=(LAYOUT_NOTE, *notes),
    )


def _count(key: str, vi: str, en: str) -> Column:
    return Column(key, Text(vi, en), ColumnKind.COUNT)


def _rate(key: str, vi: str, en: str) -> Column:
    return Column(key, Text(vi, en), ColumnKind.RATE)


def _summed(counters: Iterable[collections.Counter[str]]) -> collections.Counter[str]:
    total: collections.Counter[str] = collections.Counter()
    for counter in counters:
        total.update(counter)
    return total


_STATUS_KEYS = {
    Status.POOR: "poor",
    Status.NEAR_POOR: "near_poor",
    Status.MIDDLE: "middle",
    Status.NOT_POOR: "not_poor",
}

_LIST_NAMES = {
    Status.POOR: ("poor", Text("hộ nghèo", "poor households")),
    Status.NEAR_POOR: ("near_poor", Text("hộ cận nghèo", "near-poor households")),
}

_WHAT = {"households": Text("số hộ", "households"), "persons": Text("số nhân khẩu", "persons")}


def _check_list(list_status: Status, field: str) -> tuple[str, Text]:
    if not isinstance(list_status, Status) or list_status not in _LIST_NAMES:
        raise InvalidInput(field, f"poor or near_poor, got {list_status!r}")
    return _LIST_NAMES[list_status]


def _one(items: Sequence[_Item], field: str, wanted: str, missing: str, listed: str) -> _Item:
    """The item whose ``field`` is ``wanted``; else :class:`InvalidInput` naming the field and listing the others."""
    for item in items:
        if getattr(item, field) == wanted:
            return item
    known = ", ".join(str(getattr(item, field)) for item in items)
    raise InvalidInput(field, f"{missing} {wanted!r}; {listed}: {known}")
