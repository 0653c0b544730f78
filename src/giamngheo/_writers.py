"""Arrow tables of results to files: CSV, XLSX, Parquet, JSON Lines; the one set of writers of every command.

References:
    Formula neutralisation: :func:`giamngheo.review.neutralise` (the characters that start a formula).

Every text cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, a tab, …) gets a leading
``'``, in every format, column by column. CSV is written in UTF-8 with a byte-order mark, so that Excel opens it
with its Vietnamese letters (``--no-bom`` leaves the mark out). A writer writes to a temporary file beside the
output and renames it when done: an interrupted run leaves no half-written file, and the temporary file is
removed on an error or Ctrl-C (the command line turns SIGTERM into Ctrl-C).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from giamngheo._errors import InvalidInput
from giamngheo.review._export import FORMULA_STARTS, MissingExtra

__all__ = ["WRITE_FORMATS", "Writer", "neutralised", "writer"]

#: The formats written, by suffix.
WRITE_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
#: The rows an XLSX sheet holds, the header included.
XLSX_MAX_ROWS = 1_048_576
_STARTS = pa.array(list(FORMULA_STARTS), pa.string())
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralised(table: pa.Table) -> pa.Table:
    """The table with every text cell that starts like a formula prefixed by ``'`` (see :func:`~giamngheo.review.neutralise`)."""
    for k, field in enumerate(table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            column = table.column(k)
            first = pc.utf8_slice_codeunits(column, 0, 1)  # the first character, looked up (faster than a pattern)
            starts = pc.fill_null(pc.is_in(first, value_set=_STARTS), fill_value=False)
            if pc.any(starts).as_py():
                fixed = pc.if_else(starts, pc.binary_join_element_wise("'", column, ""), column)
                table = table.set_column(k, field, fixed)
    return table


class Writer:
    """Writes tables of one schema to a file (or standard output), batch by batch; :meth:`close` finishes it."""

    #: Whether the file is Arrow's (written by Arrow's writers) rather than Python's (a seekable file).
    native = True

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.rows: int = 0
        self._temporary: Path | None = None
        self._stream: Any = None  # a binary file: Arrow's, or standard output

    # the file: a temporary one beside the output, renamed at the end
    def _open(self) -> Any:  # noqa: ANN401 - Arrow's file or standard output, written the same way
        if self._stream is None:
            if self.path is None:
                self._stream = sys.stdout.buffer
            else:
                directory = self.path.parent if str(self.path.parent) else Path()
                handle, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=directory)
                os.close(handle)
                self._temporary = Path(name)
                # Arrow's own file: its writers write without taking the interpreter's lock back for each block
                self._stream = pa.OSFile(name, "wb") if self.native else Path(name).open("wb")  # noqa: SIM115 - closed by close() or abort()
        return self._stream

    def write(self, table: pa.Table) -> None:
        """Write the rows of ``table`` (neutralised)."""
        self._write(neutralised(table))
        self.rows += table.num_rows

    def _write(self, table: pa.Table) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        """Write what ends the file (before it is renamed)."""

    def close(self, schema: pa.Schema | None = None) -> None:
        """Finish the file and put it in place; ``schema`` writes the header of an empty output."""
        if self.rows == 0 and schema is not None:
            self._write(schema.empty_table())
        self._finish()
        if self._stream is not None and self.path is not None:
            self._stream.close()
        elif self._stream is not None:
            self._stream.flush()
        if self._temporary is not None and self.path is not None:
            mask = os.umask(0)  # a temporary file is private (0600): the output gets the usual permissions
            os.umask(mask)
            self._temporary.chmod(0o666 & ~mask)
            self._temporary.replace(self.path)
            self._temporary = None

    def abort(self) -> None:
        """Remove the temporary file; the output file is left as it was."""
        if self._stream is not None and self.path is not None:
            with contextlib.suppress(OSError):
                self._stream.close()
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None


class _Csv(Writer):
    def __init__(self, path: Path | None, *, bom: bool) -> None:
        super().__init__(path)
        self.bom = bom and path is not None
        self._writer: Any = None

    def _write(self, table: pa.Table) -> None:
        import pyarrow.csv as pcsv  # noqa: PLC0415 - an optional extra's module, imported when a file of its kind is used

        if self._writer is None:
            stream = self._open()
            if self.bom:
                stream.write(b"\xef\xbb\xbf")
            options = pcsv.WriteOptions(quoting_style="needed")
            self._writer = pcsv.CSVWriter(stream, table.schema, write_options=options)
        self._writer.write_table(table)

    def _finish(self) -> None:
        if self._writer is not None:
            self._writer.close()


class _Parquet(Writer):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._writer: Any = None

    def _write(self, table: pa.Table) -> None:
        import pyarrow.parquet as pq  # noqa: PLC0415 - an optional extra's module, imported when a file of its kind is used

        if self._writer is None:
            self._writer = pq.ParquetWriter(self._open(), table.schema)
        self._writer.write_table(table)

    def _finish(self) -> None:
        if self._writer is not None:
            self._writer.close()


def _interleave(fragments: list[pa.Array]) -> list[pa.Array | pa.Scalar]:
    """The fragments with a comma between each two."""
    out: list[pa.Array | pa.Scalar] = []
    for i, fragment in enumerate(fragments):
        if i:
            out.append(pa.scalar(","))
        out.append(fragment)
    return out


class _JsonLines(Writer):
    """One compact JSON object a line; integers stay numbers, empty cells are ``null``, lists of ids are lists."""

    def __init__(self, path: Path | None, lists: frozenset[str]) -> None:
        super().__init__(path)
        self.lists = lists

    def _write(self, table: pa.Table) -> None:
        stream = self._open()
        if not table.num_rows:
            return
        # each cell's JSON text built column by column (once per distinct text), the lines joined by Arrow
        fragments = [self._fragment(name, table.column(name)) for name in table.column_names]
        lines = pc.binary_join_element_wise(pa.scalar("{"), *_interleave(fragments), pa.scalar("}\n"), "")
        lines = lines.combine_chunks() if isinstance(lines, pa.ChunkedArray) else lines
        lines = lines.cast(pa.large_string())
        _, offsets, data = lines.buffers()
        bounds = memoryview(offsets).cast("q")  # int64 offsets: the text of the rows is data[first:last]
        stream.write(memoryview(data)[bounds[lines.offset] : bounds[lines.offset + len(lines)]])

    def _fragment(self, name: str, column: pa.ChunkedArray) -> pa.Array:
        """``"name":value`` for every cell of one column, as JSON text."""
        column = column.combine_chunks()
        key = json.dumps(name, ensure_ascii=False) + ":"
        kind = column.type
        if pa.types.is_integer(kind):
            text = pc.cast(column, pa.string())
        elif pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_dictionary(kind):
            coded = column if pa.types.is_dictionary(kind) else pc.dictionary_encode(column)
            listed = name in self.lists
            values = [
                json.dumps(([] if v == "" else v.split(";")) if listed else v, ensure_ascii=False, separators=(",", ":"))
                for v in coded.dictionary.to_pylist()
            ]
            text = pa.array(values, pa.string()).take(coded.indices)
        else:  # any other type: Python's JSON of each value
            text = pa.array([json.dumps(v, ensure_ascii=False) for v in column.to_pylist()], pa.string())
        text = pc.fill_null(text, "null")
        return pc.binary_join_element_wise(pa.scalar(key), text, "")

    def write(self, table: pa.Table) -> None:
        # JSON is not read by a spreadsheet: the cells are kept as they are
        self._write(table)
        self.rows += table.num_rows


class _Xlsx(Writer):
    r"""One sheet; text neutralised, never a formula; a control character written as its escape (``\x07``)."""

    native = False  # a ZIP archive: written to a Python file, which can seek

    def __init__(self, path: Path, sheet: str) -> None:
        super().__init__(path)
        try:
            from openpyxl import Workbook  # noqa: PLC0415 - an optional extra
        except ImportError:
            msg = 'writing XLSX files needs openpyxl: pip install "giamngheo[xlsx]"'
            raise MissingExtra(msg) from None
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(sheet)
        self._header = False

    def _write(self, table: pa.Table) -> None:
        if self.rows + table.num_rows + 1 > XLSX_MAX_ROWS:
            reason = (
                f"more than {XLSX_MAX_ROWS - 1:,} rows do not fit in one XLSX sheet: write .csv, .parquet or .jsonl"
            )
            raise InvalidInput("output", reason)
        if not self._header:
            self._sheet.append(table.column_names)
            self._header = True

        def cell(value: object) -> object:
            if value is None or value == "":
                return None
            if isinstance(value, str) and _ILLEGAL_XLSX.search(value):
                return _ILLEGAL_XLSX.sub(lambda m: m.group().encode("unicode_escape").decode(), value)
            return value

        for row in zip(*(c.to_pylist() for c in table.columns), strict=True):
            self._sheet.append([cell(v) for v in row])

    def _finish(self) -> None:
        self._book.save(self._open())


def writer(
    path: Path | None, *, bom: bool = True, lists: frozenset[str] = frozenset(), sheet: str = "Kết quả"
) -> Writer:
    """The writer of ``path``'s format (by its suffix); ``None`` writes CSV to standard output.

    Args:
        path: The output file.
        bom: Whether a CSV file starts with a UTF-8 byte-order mark (for Excel).
        lists: Columns written as lists of ids in JSON Lines (their cells are joined by ``;`` elsewhere).
        sheet: The name of the XLSX sheet.

    Raises:
        InvalidInput: for a suffix that is not a format written.
    """
    if path is None:
        return _Csv(None, bom=False)
    kind = WRITE_FORMATS.get(path.suffix.lower())
    if kind == "csv":
        return _Csv(path, bom=bom)
    if kind == "parquet":
        return _Parquet(path)
    if kind == "jsonl":
        return _JsonLines(path, lists)
    if kind == "xlsx":
        return _Xlsx(path, sheet)
    raise InvalidInput("output", f"give a file ending in {', '.join(WRITE_FORMATS)}, got {str(path)!r}")


def write_all(path: Path | None, tables: Iterator[pa.Table], schema: pa.Schema, **options: Any) -> int:  # noqa: ANN401 - a numpy array or Arrow value (numpy is an optional extra: no annotation imports it)
    """Write every table to ``path``; the rows written. Nothing is left behind if it fails."""
    out = writer(path, **options)
    try:
        for table in tables:
            out.write(table)
        out.close(schema)
    except BaseException:
        out.abort()
        raise
    return out.rows
