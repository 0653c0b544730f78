"""Writing report tables to CSV and XLSX files, safe to open in a spreadsheet.

Text that a spreadsheet would read as a formula (``=HYPERLINK(…)``, ``+1``, ``-2``, ``@x``, …) is written with a
leading apostrophe (:func:`neutralise`), and XLSX text cells are always strings, never formulas; numbers are
written as numbers. XLSX needs openpyxl, the optional extra ``giamngheo[xlsx]``, which is imported only when a
workbook is written.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar, overload

from giamngheo._errors import InvalidInput, MissingExtra
from giamngheo._model import check_lang

if TYPE_CHECKING:
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    from giamngheo.review._table import Cell, Table

__all__ = ["MissingExtra", "neutralise", "write_csv", "write_xlsx"]

_T = TypeVar("_T")

#: The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), with their
#: full-width forms, which some spreadsheets fold to the ASCII ones.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
#: The longest text an XLSX cell holds.
_XLSX_MAX_TEXT = 32_767
#: The longest XLSX sheet title.
_XLSX_MAX_TITLE = 31


@overload
def neutralise(value: str) -> str: ...


@overload
def neutralise(value: _T) -> _T: ...


def neutralise(value: object) -> object:
    """Defuse text a spreadsheet would run as a formula, by prefixing it with an apostrophe.

    Args:
        value: A cell: text starting with one of :data:`FORMULA_STARTS` comes back with a leading ``'``; anything
            else (other text, numbers, ``None``) comes back unchanged.

    Returns:
        The value to write.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format(cell, "f")
    if isinstance(cell, str):
        return neutralise(cell)
    return str(cell)


def _write_rows(table: Table, out: TextIO, lang: str) -> None:
    writer = csv.writer(out)
    writer.writerow([neutralise(label) for label in table.header(lang)])
    writer.writerows([_csv_text(cell) for cell in row] for row in table.cells(lang))


def write_csv(table: Table, target: str | os.PathLike[str] | TextIO, *, lang: str = "vi") -> None:
    """Write one table as CSV: a header row of the column labels, then the rows.

    Text is neutralised (:func:`neutralise`), an empty cell (``None``) is written empty, a whole number as its
    digits and a rate as its plain decimal (``"12.50"``).

    Args:
        table: The table.
        target: A path, written in UTF-8 with a byte-order mark so that Excel reads the Vietnamese correctly, or an
            open text file (opened with ``newline=""``), written as it is.
        lang: The language of the labels: ``"vi"`` or ``"en"``.
    """
    check_lang(lang)
    _check_table(table)
    if not isinstance(target, str | os.PathLike) and not callable(getattr(target, "write", None)):
        raise InvalidInput("target", f"a path or an open text file, got {type(target).__name__}")
    if isinstance(target, str | os.PathLike):
        with Path(target).open("w", encoding="utf-8-sig", newline="") as out:
            _write_rows(table, out, lang)
    else:
        _write_rows(table, target, lang)


def write_xlsx(tables: Iterable[Table], path: str | os.PathLike[str], *, lang: str = "vi") -> None:
    """Write tables to one XLSX workbook: one sheet per table.

    Each sheet is named by the table's id (cut to 31 characters) and holds the title (bold), the header row
    (bold), the rows, then, after an empty row, the table's notes. Text cells are neutralised (:func:`neutralise`)
    and written as strings, never as formulas; whole numbers and rates are written as numbers.

    Args:
        tables: The tables, at least one, with ids that stay distinct when cut to 31 characters.
        path: The file to write.
        lang: The language of the titles, labels and notes: ``"vi"`` or ``"en"``.

    Raises:
        MissingExtra: if openpyxl is not installed (``pip install "giamngheo[xlsx]"``).
        InvalidInput: for no table, two sheets with the same name, or text an XLSX cell cannot hold (control
            characters, more than 32,767 characters).
    """
    check_lang(lang)
    try:
        from openpyxl import Workbook  # noqa: PLC0415 - an optional extra, imported only when needed
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415
        from openpyxl.styles import Font  # noqa: PLC0415
    except ImportError as error:
        msg = 'writing XLSX files needs openpyxl: pip install "giamngheo[xlsx]"'
        raise MissingExtra(msg) from error
    if not isinstance(tables, Iterable) or isinstance(tables, str | bytes | Mapping):
        raise InvalidInput("tables", f"a list of giamngheo.review.Table, got {type(tables).__name__}")
    if not isinstance(path, str | os.PathLike):
        raise InvalidInput("path", f"the path of the file to write, got {type(path).__name__}")
    chosen = list(tables)
    for table in chosen:
        _check_table(table)
    if not chosen:
        raise InvalidInput("tables", "no table to write")
    titles = [t.id[:_XLSX_MAX_TITLE] for t in chosen]
    twice = sorted({t for t in titles if titles.count(t) > 1})
    if twice:
        raise InvalidInput("tables", f"two tables would share the sheet name {twice[0]!r}")
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    bold = Font(bold=True)
    for table, title in zip(chosen, titles, strict=True):
        _write_sheet(workbook.create_sheet(title=title), table, lang, bold, ILLEGAL_CHARACTERS_RE)
    workbook.save(Path(path))


def _check_table(table: object) -> None:
    # imported here: the tables' module imports this one
    from giamngheo.review._table import Table  # noqa: PLC0415

    if not isinstance(table, Table):
        raise InvalidInput("table", f"a giamngheo.review.Table, got {type(table).__name__}")


def _write_sheet(sheet: Worksheet, table: Table, lang: str, bold: Font, illegal: re.Pattern[str]) -> None:
    notes: list[tuple[Cell, ...]] = [(), *((note(lang),) for note in table.notes)]
    lines: list[tuple[Cell, ...]] = [(table.title(lang),), table.header(lang), *table.cells(lang), *notes]
    for r, line in enumerate(lines, start=1):
        for c, value in enumerate(line, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                text = neutralise(value)
                if illegal.search(text) or len(text) > _XLSX_MAX_TEXT:
                    where = f"table {table.id}, row {r}, column {c}"
                    raise InvalidInput("value", f"{where}: {text[:40]!r}… cannot be written to an XLSX cell")
                cell.value = text
                cell.data_type = "s"  # never a formula, an error code or anything else
            else:
                cell.value = value
                if isinstance(value, Decimal):
                    cell.number_format = "0.00"
            if r <= 2:  # the title and the header
                cell.font = bold
