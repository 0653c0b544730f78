"""The summary tables of the annual review report (báo cáo kết quả rà soát hộ nghèo, hộ cận nghèo).

Each table follows one of the official report templates (biểu mẫu) by name and aggregates review records by
administrative unit: commune, district or province. Every aggregated table has one row per unit, in the order the
units first appear in the input, and a final total row (*Tổng cộng*) whose unit code is ``""``. In the total row
every count is the sum of the units' counts and every rate is computed again from those sums, never summed.

The column lists are the library's reading of the templates: the templates' official column lists have not been
read (see ``docs/unconfirmed.md``), and every table says so in its :attr:`Table.notes`.

Rates are percentages computed exactly (:class:`fractions.Fraction`) and rounded half up to two decimal places
(:class:`decimal.Decimal`); a rate without a denominator is ``None``.
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
from typing import TypeAlias

import attrs

from giamngheo._checks import check_date
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._model import Standard, Status, Text, check_lang
from giamngheo._units import administrative_unit
from giamngheo.review._export import write_csv, write_xlsx
from giamngheo.review._movements import (
    DECREASES,
    INCREASES,
    Counts,
    Movement,
    Movements,
    Transition,
    by_commune,
    by_district,
    by_province,
)
from giamngheo.review._records import Group, Record

__all__ = [
    "Cell",
    "Column",
    "ColumnKind",
    "Report",
    "Table",
    "deprivation_table",
    "group_table",
    "household_list",
    "movement_table",
    "results_table",
    "review_report",
]

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
            raise InvalidInput("columns", f"table {self.id}: a tuple of giamngheo.review.Column, got {self.columns!r}"[:300])
        if not isinstance(self.rows, tuple) or not all(isinstance(row, tuple) for row in self.rows):
            raise InvalidInput("rows", f"table {self.id}: a tuple of rows, each a tuple of cells, got {self.rows!r}"[:300])
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
        for column in self.columns:
            if column.key == key:
                return column
        known = ", ".join(c.key for c in self.columns)
        raise InvalidInput("key", f"table {self.id} has no column {key!r}; its columns: {known}")

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
        for table in self.tables:
            if table.id == id:
                return table
        known = ", ".join(t.id for t in self.tables)
        raise InvalidInput("id", f"the report has no table {id!r}; its tables: {known}")

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


# --- results -------------------------------------------------------------------------------------------------

_RESULTS_COLUMNS = (
    _count("households", "tổng số hộ dân cư", "total households"),
    _count("poor_households", "số hộ nghèo", "poor households"),
    _count("poor_persons", "số nhân khẩu hộ nghèo", "persons in poor households"),
    _rate("poor_rate", "tỷ lệ hộ nghèo (%)", "poor household rate (%)"),
    _count("near_poor_households", "số hộ cận nghèo", "near-poor households"),
    _count("near_poor_persons", "số nhân khẩu hộ cận nghèo", "persons in near-poor households"),
    _rate("near_poor_rate", "tỷ lệ hộ cận nghèo (%)", "near-poor household rate (%)"),
    _count("middle_households", "số hộ có mức sống trung bình", "households of middle living standard"),
)
_STATUS_KEYS = {
    Status.POOR: "poor",
    Status.NEAR_POOR: "near_poor",
    Status.MIDDLE: "middle",
    Status.NOT_POOR: "not_poor",
}


def _check_households_total(
    households_total: Mapping[str, int] | None, units: Mapping[str, Sequence[Record]]
) -> dict[str, int] | None:
    if households_total is None:
        return None
    if not isinstance(households_total, Mapping):
        raise InvalidInput("households_total", f"a mapping of unit code to households, got {households_total!r}"[:300])
    given = dict(households_total)
    for code, count in given.items():
        if type(count) is not int or count < 0:
            raise InvalidInput("households_total", f"unit {code!r}: a whole number of households, got {count!r}")
    for code, records in units.items():
        if code not in given:
            raise InvalidInput("households_total", f"no total number of households for unit {code!r}")
        if given[code] < len(records):
            raise InvalidInput(
                "households_total",
                f"unit {code!r} has {given[code]} households in total but {len(records)} in the review records",
            )
    return given


def results_table(
    records: Iterable[Record],
    *,
    level: str = "commune",
    households_total: Mapping[str, int] | None = None,
    on: dt.date | None = None,
) -> Table:
    """The review results by unit: poor, near-poor and middle-living-standard households, persons and rates.

    Template: *Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo*.

    Args:
        records: This year's review records, one per household.
        level: ``"commune"``, ``"district"`` or ``"province"``: the code of each record that places it.
        households_total: The total number of households (hộ dân cư) of each unit, the denominator of the rates.
            If given, it must give every unit of the records; units it gives that have no record get a row of
            zeros after the others. Without it the total households and the rates are empty.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"results"``.

    Raises:
        InvalidInput: for a record without a code at ``level`` or a duplicate household (naming the household),
            or a unit whose total number of households is missing, not a whole number, or below its number of
            records.
    """
    level, on = _check_level(level), _check_on(on)
    units = _by_unit(_check_records(records), level)
    totals = _check_households_total(households_total, units)
    if totals is not None:
        for code in totals:
            units.setdefault(code, [])
    counters: dict[str, collections.Counter[str]] = {}
    for code, unit_records in units.items():
        counter: collections.Counter[str] = collections.Counter()
        for record in unit_records:
            status = _STATUS_KEYS[record.status]
            counter[f"{status}_households"] += 1
            counter[f"{status}_persons"] += record.persons
        counters[code] = counter

    def cells(counter: collections.Counter[str], households: int | None) -> tuple[Cell, ...]:
        poor, near = counter["poor_households"], counter["near_poor_households"]
        return (
            households,
            poor,
            counter["poor_persons"],
            _percent(poor, households),
            near,
            counter["near_poor_persons"],
            _percent(near, households),
            counter["middle_households"],
        )

    rows = {code: cells(c, None if totals is None else totals[code]) for code, c in counters.items()}
    all_households = None if totals is None else sum(totals[code] for code in units)
    notes = [
        _LEVELS[level][0],
        _RATE_NOTE,
        Text(
            "Tỷ lệ hộ nghèo, hộ cận nghèo tính trên tổng số hộ dân cư của đơn vị; để trống khi không có số này.",
            "The rates are per total households of the unit; empty when that figure is not given.",
        ),
    ]
    return _table(
        "results",
        Text("Kết quả rà soát hộ nghèo, hộ cận nghèo", "Results of the review of poor and near-poor households"),
        Text(
            "Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo",
            "Summary of the results of the review of poor and near-poor households",
        ),
        _RESULTS_COLUMNS,
        rows,
        cells(_summed(counters.values()), all_households),
        notes,
        on,
    )


# --- movements -----------------------------------------------------------------------------------------------

_WHAT = {"households": Text("số hộ", "households"), "persons": Text("số nhân khẩu", "persons")}
_LIST_NAMES = {
    Status.POOR: ("poor", Text("hộ nghèo", "poor households")),
    Status.NEAR_POOR: ("near_poor", Text("hộ cận nghèo", "near-poor households")),
}


def _check_list(list_status: Status, field: str) -> tuple[str, Text]:
    if not isinstance(list_status, Status) or list_status not in _LIST_NAMES:
        raise InvalidInput(field, f"poor or near_poor, got {list_status!r}")
    return _LIST_NAMES[list_status]


def _movement_column(movement: Movement, list_status: Status) -> Column:
    label = Text(movement.label("vi", list_status), movement.label("en", list_status))
    return Column(movement.value, label, ColumnKind.COUNT)


def movement_table(
    movements: Movements,
    list_status: Status,
    *,
    what: str = "households",
    level: str = "commune",
    on: dt.date | None = None,
) -> Table:
    """The movements of the poor or the near-poor list by unit: start, decreases, increases, end.

    Templates: *Tổng hợp diễn biến hộ nghèo* and *Tổng hợp diễn biến hộ cận nghèo*. A household is placed by
    this year's record if it was reviewed, else by last year's (:attr:`Transition.record`). Every unit's row and
    the total row are checked (:meth:`Balance.check`): ``end == start - decreases + increases``.

    Args:
        movements: The transitions (:func:`movements`).
        list_status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        what: ``"households"`` or ``"persons"``.
        level: ``"commune"``, ``"district"`` or ``"province"``.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"poor_movements_households"``, ``"near_poor_movements_persons"``, ….

    Raises:
        InvalidInput: for a list that is neither poor nor near-poor, an unknown ``what``, or a household without a
            code at ``level`` (naming the household).
        BalanceError: if a row does not balance (which the construction of :class:`Movements` rules out).
    """
    prefix, list_name = _check_list(list_status, "list_status")
    if not isinstance(what, str) or what not in _WHAT:
        raise InvalidInput("what", f"'households' or 'persons', got {what!r}")
    level, on = _check_level(level), _check_on(on)
    if not isinstance(movements, Movements):
        raise InvalidInput("movements", f"a giamngheo.review.Movements, got {movements!r}")
    for t in movements:
        _unit_of(t.record, level)
    by = _LEVELS[level][1]
    balances = movements.balances(list_status, by=by)  # each checked already
    total = movements.balance(list_status, by=by).check()

    def cells(start: Counts, decreases: Sequence[Counts], increases: Sequence[Counts], end: Counts) -> tuple[Cell, ...]:
        def n(c: Counts) -> int:
            return int(getattr(c, what))

        down = [n(c) for c in decreases]
        up = [n(c) for c in increases]
        return (n(start), *down, sum(down), *up, sum(up), n(end))

    rows = {
        str(b.unit): cells(b.start, [c for _, c in b.decreases], [c for _, c in b.increases], b.end) for b in balances
    }
    total_cells = cells(total.start, [c for _, c in total.decreases], [c for _, c in total.increases], total.end)
    columns = (
        _count("start", "đầu kỳ", "at the start of the period"),
        *(_movement_column(m, list_status) for m in DECREASES),
        _count("decreases", "tổng số giảm", "total decrease"),
        *(_movement_column(m, list_status) for m in INCREASES),
        _count("increases", "tổng số tăng", "total increase"),
        _count("end", "cuối kỳ", "at the end of the period"),
    )
    name = Text(f"Diễn biến {list_name.vi}", f"Movements of {list_name.en}")
    counted = _WHAT[what]
    return _table(
        f"{prefix}_movements_{what}",
        Text(f"{name.vi}: {counted.vi}", f"{name.en}: {counted.en}"),
        Text(f"Tổng hợp diễn biến {list_name.vi}", f"Summary of the movements of {list_name.en}"),
        columns,
        rows,
        total_cells,
        [
            _LEVELS[level][0],
            Text(
                "Cuối kỳ = đầu kỳ - tổng số giảm + tổng số tăng, đã kiểm tra cho từng dòng.",
                "End = start - total decrease + total increase, checked for every row.",
            ),
            Text(
                "Hộ được xếp vào đơn vị theo kết quả rà soát năm nay, nếu không có thì theo danh sách đầu kỳ.",
                "A household is placed by this year's review record, else by the start-of-period list.",
            ),
        ],
        on,
    )


# --- deprivations --------------------------------------------------------------------------------------------


def _check_deprivations(records: Iterable[Record], standard: Standard) -> None:
    known = {i.id for i in standard.indicators}
    for record in records:
        unknown = sorted(record.deprived - known)
        if unknown:
            raise InvalidInput(
                "deprived",
                f"{', '.join(unknown)}: not an indicator of {standard.id} (its indicators: {', '.join(sorted(known))})",
                record.household_id,
            )


def deprivation_table(
    records: Iterable[Record],
    status: Status,
    standard: Standard,
    *,
    rates: bool = False,
    level: str = "commune",
    on: dt.date | None = None,
) -> Table:
    """The deprivations of poor (or near-poor) households by indicator and unit, as counts or as rates.

    Templates: *Phân tích các chỉ số thiếu hụt dịch vụ xã hội cơ bản của hộ nghèo* (… *của hộ cận nghèo*), and
    *Phân tích tỷ lệ các chỉ số thiếu hụt* … for the rates. Every unit of the records has a row, even one without a
    household of ``status``.

    Args:
        records: This year's review records.
        status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        standard: The standard whose indicators make the columns, in its order.
        rates: If true, each indicator's cell is the percentage of the unit's households of ``status`` deprived in
            it (empty for a unit without such households); the numbers of households and of deprivations stay
            counts.
        level: ``"commune"``, ``"district"`` or ``"province"``.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"poor_deprivations"``, ``"near_poor_deprivation_rates"``, ….

    Raises:
        InvalidInput: for a status that is neither poor nor near-poor, or a record that is deprived in an indicator
            the standard does not define or has no code at ``level`` (both naming the household).
    """
    prefix, list_name = _check_list(status, "status")
    if not isinstance(standard, Standard):
        raise InvalidInput("standard", f"a giamngheo.Standard, got {standard!r}")
    level, on = _check_level(level), _check_on(on)
    checked = _check_records(records)
    _check_deprivations(checked, standard)
    units = _by_unit(checked, level)
    ids = [i.id for i in standard.indicators]
    counters: dict[str, collections.Counter[str]] = {}
    for code, unit_records in units.items():
        counter: collections.Counter[str] = collections.Counter()
        for record in unit_records:
            if record.status is status:
                counter["households"] += 1
                counter.update(f"indicator:{i}" for i in record.deprived)
                counter["deprivations"] += len(record.deprived)
        counters[code] = counter

    def cells(counter: collections.Counter[str]) -> tuple[Cell, ...]:
        households = counter["households"]
        deprived = [counter[f"indicator:{i}"] for i in ids]
        per_indicator: list[Cell] = [_percent(n, households) for n in deprived] if rates else list(deprived)
        return (households, *per_indicator, counter["deprivations"])

    kind = ColumnKind.RATE if rates else ColumnKind.COUNT
    columns = (
        _count("households", f"số {list_name.vi}", f"number of {list_name.en}"),
        *(Column(i.id, i.name, kind) for i in standard.indicators),
        _count("deprivations", "tổng số lượt thiếu hụt", "total deprivations"),
    )
    analysis = Text(
        "Phân tích tỷ lệ các chỉ số" if rates else "Phân tích các chỉ số",
        "Analysis of the rates of the indicators" if rates else "Analysis of the indicators",
    )
    what = Text(
        f"thiếu hụt dịch vụ xã hội cơ bản của {list_name.vi}",
        f"of deprivation in basic social services of {list_name.en}",
    )
    notes = [
        _LEVELS[level][0],
        Text(
            f"Các chỉ số theo {standard.name.vi} ({standard.id}), theo thứ tự của văn bản.",
            f"The indicators of {standard.name.en} ({standard.id}), in the order of the legal text.",
        ),
    ]
    if rates:
        notes += [
            _RATE_NOTE,
            Text(
                f"Tỷ lệ tính trên số {list_name.vi} của đơn vị; để trống khi đơn vị không có {list_name.vi}.",
                f"Rates are per {list_name.en} of the unit; empty when the unit has none.",
            ),
        ]
    return _table(
        f"{prefix}_deprivation_rates" if rates else f"{prefix}_deprivations",
        Text(f"{analysis.vi} {what.vi}", f"{analysis.en} {what.en}"),
        Text(f"{analysis.vi} {what.vi}", f"{analysis.en} {what.en}"),
        columns,
        {code: cells(c) for code, c in counters.items()},
        cells(_summed(counters.values())),
        notes,
        on,
    )


# --- groups --------------------------------------------------------------------------------------------------


def group_table(records: Iterable[Record], *, level: str = "commune", on: dt.date | None = None) -> Table:
    """Poor and near-poor households by unit and :class:`Group`.

    Template: *Phân tích hộ nghèo, hộ cận nghèo theo các nhóm đối tượng*. For the poor, then the near-poor: the
    number of households, then one column per group in the order of :class:`Group`. A household may belong to
    several groups, so the groups do not add up to the households.

    Args:
        records: This year's review records.
        level: ``"commune"``, ``"district"`` or ``"province"``.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"groups"``.

    Raises:
        InvalidInput: for a record without a code at ``level`` or a duplicate household (naming the household).
    """
    level, on = _check_level(level), _check_on(on)
    units = _by_unit(_check_records(records), level)
    keys: list[str] = []
    columns: list[Column] = []
    for status, (prefix, list_name) in _LIST_NAMES.items():
        keys.append(f"{prefix}_households")
        columns.append(_count(keys[-1], f"tổng số {list_name.vi}", f"total {list_name.en}"))
        for group in Group:
            keys.append(f"{prefix}_{group.value}")
            label = Text(f"{status.label('vi')}: {group.label('vi')}", f"{list_name.en}: {group.label('en')}")
            columns.append(Column(keys[-1], label, ColumnKind.COUNT))
    counters: dict[str, collections.Counter[str]] = {}
    for code, unit_records in units.items():
        counter: collections.Counter[str] = collections.Counter()
        for record in unit_records:
            if record.listed:
                prefix = _STATUS_KEYS[record.status]
                counter[f"{prefix}_households"] += 1
                counter.update(f"{prefix}_{g.value}" for g in record.groups)
        counters[code] = counter
    return _table(
        "groups",
        Text(
            "Hộ nghèo, hộ cận nghèo theo các nhóm đối tượng",
            "Poor and near-poor households by group",
        ),
        Text(
            "Phân tích hộ nghèo, hộ cận nghèo theo các nhóm đối tượng",
            "Analysis of poor and near-poor households by group",
        ),
        columns,
        {code: tuple(c[k] for k in keys) for code, c in counters.items()},
        tuple(_summed(counters.values())[k] for k in keys),
        [
            _LEVELS[level][0],
            Text(
                "Một hộ có thể thuộc nhiều nhóm: tổng các nhóm có thể khác tổng số hộ.",
                "A household may belong to several groups: the groups need not add up to the households.",
            ),
        ],
        on,
    )


# --- household list ------------------------------------------------------------------------------------------


def household_list(
    records: Iterable[Record],
    status: Status,
    *,
    names: Mapping[str, str] | None = None,
    standard: Standard | None = None,
    lang: str = "vi",
) -> Table:
    """The detailed list of poor (or near-poor) households: one row per household, no total row.

    Templates: *Danh sách chi tiết hộ nghèo* and *Danh sách chi tiết hộ cận nghèo*. A record carries no personal
    name, so the list has a column for the head of household only when ``names`` is given.

    Args:
        records: This year's review records; those of ``status`` are listed, in their order.
        status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        names: The name of the head of household (họ tên chủ hộ) by household id; a household without one has an
            empty cell.
        standard: If given, the deprivations are written as the indicators' names, in the standard's order;
            otherwise as their ids, sorted.
        lang: The language of the groups' labels and of the indicators' names (the headers follow the language
            the table is written in).

    Returns:
        The table ``"poor_list"`` or ``"near_poor_list"``.

    Raises:
        InvalidInput: for a status that is neither poor nor near-poor, a duplicate household, or (with a
            standard) a record deprived in an indicator the standard does not define (naming the household).
    """
    prefix, list_name = _check_list(status, "status")
    check_lang(lang)
    checked = _check_records(records)
    if standard is not None:
        if not isinstance(standard, Standard):
            raise InvalidInput("standard", f"a giamngheo.Standard or None, got {standard!r}")
        _check_deprivations(checked, standard)
    if names is not None and not isinstance(names, Mapping):
        raise InvalidInput("names", f"a mapping of household id to name, got {names!r}"[:300])
    given = dict(names) if names is not None else None
    for hid, name in (given or {}).items():
        if not isinstance(name, str):
            raise InvalidInput("names", f"a name as a string, got {name!r}", hid)
    columns = [Column("household_id", Text("mã hộ", "household id"), ColumnKind.TEXT)]
    if given is not None:
        columns.append(Column("head_of_household", Text("họ tên chủ hộ", "head of household"), ColumnKind.TEXT))
    columns += [
        Column("commune", Text("mã đơn vị cấp xã", "commune code"), ColumnKind.TEXT),
        _count("persons", "số nhân khẩu", "persons"),
        _count("deprivations", "số chỉ số thiếu hụt", "number of deprivations"),
        Column("deprived", Text("các chỉ số thiếu hụt", "deprivations"), ColumnKind.TEXT),
        Column("groups", Text("nhóm đối tượng", "groups"), ColumnKind.TEXT),
    ]
    rows: list[tuple[Cell, ...]] = []
    for record in checked:
        if record.status is not status:
            continue
        if standard is None:
            deprived = sorted(record.deprived)
        else:
            deprived = [i.name(lang) for i in standard.indicators if i.id in record.deprived]
        groups = [g.label(lang) for g in Group if g in record.groups]
        head: tuple[Cell, ...] = () if given is None else (given.get(record.household_id),)
        rows.append(
            (
                record.household_id,
                *head,
                record.commune,
                record.persons,
                len(record.deprived),
                "; ".join(deprived),
                "; ".join(groups),
            )
        )
    return Table(
        id=f"{prefix}_list",
        title=Text(f"Danh sách {list_name.vi}", f"List of {list_name.en}"),
        template=Text(f"Danh sách chi tiết {list_name.vi}", f"Detailed list of {list_name.en}"),
        columns=tuple(columns),
        rows=tuple(rows),
        notes=(LAYOUT_NOTE,),
        has_total=False,
    )


# --- the report ----------------------------------------------------------------------------------------------


def _check_movements(movements: Movements, records: Sequence[Record]) -> None:
    if not isinstance(movements, Movements):
        raise InvalidInput("movements", f"a giamngheo.review.Movements or None, got {movements!r}")
    reviewed = {t.household_id: t.after for t in movements if t.after is not None}
    for record in records:
        if reviewed.pop(record.household_id, None) != record:
            raise InvalidInput(
                "movements", "were not computed from these records: the household differs", record.household_id
            )
    if reviewed:
        raise InvalidInput(
            "movements", "were not computed from these records: an extra household", next(iter(reviewed))
        )


def review_report(
    records: Iterable[Record],
    *,
    standard: Standard,
    movements: Movements | None = None,
    level: str = "commune",
    households_total: Mapping[str, int] | None = None,
    on: dt.date | None = None,
) -> Report:
    """The summary tables of a review report.

    The tables, in order: ``"results"``; if ``movements`` are given, ``"poor_movements_households"``,
    ``"poor_movements_persons"``, ``"near_poor_movements_households"``, ``"near_poor_movements_persons"``; then
    ``"poor_deprivations"``, ``"poor_deprivation_rates"``, ``"near_poor_deprivations"``,
    ``"near_poor_deprivation_rates"`` and ``"groups"``. The detailed lists are not included: add them with
    :func:`household_list` if they are wanted.

    Args:
        records: This year's review records, one per household.
        standard: The standard the review applied; its indicators make the deprivation columns.
        movements: The movements computed from last year's list and these records (:func:`movements`).
        level: ``"commune"``, ``"district"`` or ``"province"``.
        households_total: The total number of households of each unit (see :func:`results_table`).
        on: The date whose administrative units name the units; without it the names are empty.

    Raises:
        InvalidInput: as the tables raise it, or if ``movements`` were not computed from ``records``.
    """
    checked = _check_records(records)
    tables = [results_table(checked, level=level, households_total=households_total, on=on)]
    if movements is not None:
        _check_movements(movements, checked)
        tables += [
            movement_table(movements, status, what=what, level=level, on=on) for status in _LIST_NAMES for what in _WHAT
        ]
    tables += [
        deprivation_table(checked, status, standard, rates=rates, level=level, on=on)
        for status in _LIST_NAMES
        for rates in (False, True)
    ]
    tables.append(group_table(checked, level=level, on=on))
    return Report(tuple(tables))
