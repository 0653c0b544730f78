"""Register files as Arrow tables, batch by batch: CSV, XLSX, Parquet, JSON Lines.

References:
    The columns: :mod:`giamngheo.batch._schema` (``giamngheo schema``); how they become codes:
    :mod:`giamngheo.batch._encode`.

A CSV file may be separated by commas or by semicolons (Excel in a Vietnamese locale writes ';'), in UTF-8 with or
without a byte-order mark, in UTF-16 (Excel's "Unicode text"), or in a legacy Windows code page: a file that is
not UTF-8 is read as Windows-1258 (Vietnamese) unless another encoding is given, and the reader says so. Cells are
read as text (a commune code keeps its leading zeros, a floor area stays exact); Parquet and JSON Lines keep their
types, which the encoder checks.

Arrow parses a CSV file in C++. A file it cannot parse as a table (a line with too many or too few cells, a
quoted cell across lines) is read again by Python's :mod:`csv`, which keeps such a line in its place with an
error naming the file and the line: no row is dropped.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.csv as pcsv

from giamngheo._errors import InputFileError, InvalidInput, MissingExtra
from giamngheo._json import loads as load_json
from giamngheo._numbers import current_limits
from giamngheo.batch._encode import check_columns
from giamngheo.batch._schema import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, ColumnType

__all__ = ["FORMATS", "TableFile", "open_table"]

#: The file formats read, by suffix.
FORMATS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: Rows of a batch (the unit read, encoded and assessed at once by the command line).
BATCH_ROWS = 131_072
_SAMPLE = 1 << 20
_DICTIONARY = pa.dictionary(pa.int32(), pa.string())
#: What Arrow raises reading a damaged Parquet or JSON Lines file (a page header, a size, a type it cannot read);
#: not ArrowMemoryError, which is the machine's, not the file's.
_DAMAGED = (
    pa.ArrowInvalid,
    pa.ArrowNotImplementedError,
    pa.ArrowTypeError,
    pa.ArrowKeyError,
    pa.ArrowIndexError,
    pa.ArrowCapacityError,
    pa.ArrowSerializationError,
    OSError,
)
#: Columns read as dictionaries: few distinct values, each converted once.
_CODED = {
    c.name
    for c in (*HOUSEHOLD_COLUMNS, *MEMBER_COLUMNS)
    if c.type in {ColumnType.CHOICE, ColumnType.CHOICES, ColumnType.BOOLEAN, ColumnType.IDS, ColumnType.DATE}
    or c.name in {"commune", "district"}
}


@attrs.define
class TableFile:
    """An input file, its header checked; :meth:`batches` reads it.

    Attributes:
        path: The file.
        what: ``"households"`` or ``"members"``.
        format: ``"csv"``, ``"xlsx"``, ``"parquet"`` or ``"jsonl"``.
        header: Its columns, as written.
        encoding: The text encoding read (CSV).
        delimiter: The separator of the cells (CSV).
        notes: What the reader decided that the user should know (an encoding guessed).
    """

    path: Path
    what: str
    format: str
    header: tuple[str, ...]
    encoding: str = "utf-8"
    delimiter: str = ","
    notes: list[str] = attrs.field(factory=list)

    def batches(self, rows: int = BATCH_ROWS) -> Iterator[tuple[pa.Table, dict[int, InvalidInput]]]:
        """The rows, at most ``rows`` at a time, each batch with the errors of its lines that could not be read.

        The errors map a row of the batch (from 0) to the error replacing its cells' (the row keeps its
        household id only).
        """
        if self.format == "parquet":
            import pyarrow.parquet as pq  # noqa: PLC0415 - only for Parquet files

            try:
                for batch in pq.ParquetFile(self.path).iter_batches(batch_size=rows):
                    yield pa.Table.from_batches([batch]), {}
            except _DAMAGED as error:  # a data page that cannot be read: the whole file is refused (nothing written)
                raise InputFileError(self.path, None, None, f"not a Parquet file that can be read: {error}") from None
        elif self.format == "jsonl":
            yield from self._json(rows)
        elif self.format == "xlsx":
            yield from self._xlsx(rows)
        else:
            yield from self._csv(rows)

    # --- CSV ---------------------------------------------------------------------------------------------------

    def _csv(self, rows: int) -> Iterator[tuple[pa.Table, dict[int, InvalidInput]]]:
        # No invalid-row handler: Arrow raises ArrowInvalid for a line of too many or too few cells, and Python reads
        # from the first row of its range on. (A handler is given the line's text decoded as UTF-8 by pyarrow, which
        # prints a traceback when the line is not UTF-8: "Exception ignored in ... UnicodeDecodeError".)
        types = {name: _DICTIONARY if name in _CODED else pa.string() for name in self.header}
        done = 0
        if codecs.lookup(self.encoding).name == "utf-8":
            try:
                for table in self._ranges(types, rows):
                    table = _without_blank_rows(table)  # noqa: PLW2901 - the same rows, blank ones left out
                    yield table, {}
                    done += table.num_rows
            except pa.ArrowInvalid:
                pass  # a line of too many or too few cells, a quoted cell across lines: read by Python below
            else:
                return
            yield from self._csv_by_python(rows, skip_rows=done)
            return
        try:
            reader = pcsv.open_csv(
                self.path,
                read_options=pcsv.ReadOptions(
                    encoding=self.encoding, block_size=max(1 << 20, min(rows * 128, 1 << 26))
                ),
                parse_options=pcsv.ParseOptions(delimiter=self.delimiter),
                convert_options=pcsv.ConvertOptions(column_types=types, strings_can_be_null=False),
            )
        except (pa.ArrowInvalid, UnicodeError):
            reader = None
        if reader is not None:
            try:
                for batch in reader:
                    table = _without_blank_rows(pa.Table.from_batches([batch]))
                    yield table, {}
                    done += table.num_rows
            except (pa.ArrowInvalid, UnicodeError):
                pass  # a bad line, a quoted cell across lines, a byte of no character: read by Python below
            else:
                return
            finally:
                reader.close()
        yield from self._csv_by_python(rows, skip_rows=done)

    def _ranges(self, types: dict[str, pa.DataType], rows: int) -> Iterator[pa.Table]:
        """A UTF-8 file in blocks of whole lines, each parsed by Arrow on every core; one block in memory at a time."""
        step = max(1 << 22, min(rows * 160, 1 << 27))
        options = pcsv.ConvertOptions(column_types=types, strings_can_be_null=False)
        parse = pcsv.ParseOptions(delimiter=self.delimiter)
        names = pcsv.ReadOptions(column_names=list(self.header))
        with self.path.open("rb") as f:
            f.readline()  # the header
            carry = b""
            while True:
                # the block read after the end of the last one's last line, without copying the block itself
                data = bytearray(len(carry) + step)
                data[: len(carry)] = carry
                end = len(carry) + f.readinto(memoryview(data)[len(carry) :])
                if end == len(carry):
                    break
                cut = data.rfind(b"\n", 0, end) + 1
                if cut == 0:  # a line longer than a block: read on
                    carry = bytes(data[:end])
                    continue
                carry = bytes(data[cut:end])
                yield pcsv.read_csv(
                    pa.py_buffer(data).slice(0, cut), read_options=names, parse_options=parse, convert_options=options
                )
            if carry.strip():
                yield pcsv.read_csv(
                    pa.BufferReader(carry), read_options=names, parse_options=parse, convert_options=options
                )

    def _csv_by_python(self, rows: int, *, skip_rows: int) -> Iterator[tuple[pa.Table, dict[int, InvalidInput]]]:
        """Read by Python's csv module: each line that is not as wide as the header kept, with its error."""
        width = len(self.header)
        names = check_columns(list(self.header), self.what)
        where = [names[n] for n in self.header].index("household_id")
        cells: list[list[str]] = []
        errors: dict[int, InvalidInput] = {}
        with self.path.open(newline="", encoding=_python_codec(self.encoding)) as f:
            reader = csv.reader(f, delimiter=self.delimiter)
            end = 0
            try:
                data = 0
                for number, fields in enumerate(reader):
                    line, end = end + 1, reader.line_num
                    if number == 0 or not "".join(fields).strip():
                        continue
                    data += 1
                    if data <= skip_rows:
                        continue
                    if len(fields) != width:
                        hid = fields[where].strip() if where < len(fields) else ""
                        reason = f"the line has {len(fields)} field{'s' if len(fields) != 1 else ''} but the header has {width}"
                        errors[len(cells)] = InputFileError(self.path, line, None, reason, hid or None)
                        fields = [hid if k == where else "" for k in range(width)]  # noqa: PLW2901 - the row replaced
                    cells.append(fields)
                    if len(cells) == rows:
                        yield _strings(self.header, cells), errors
                        cells, errors = [], {}
            except csv.Error as error:
                raise InputFileError(self.path, reader.line_num, None, f"not a valid CSV file: {error}") from None
            except UnicodeError:
                raise _undecodable(self.path, self.encoding) from None
        if cells or not errors:
            yield _strings(self.header, cells), errors

    # --- other formats -----------------------------------------------------------------------------------------

    def _json(self, rows: int) -> Iterator[tuple[pa.Table, dict[int, InvalidInput]]]:
        import pyarrow.json as pj  # noqa: PLC0415 - only for JSON Lines files

        _check_nesting(self.path)
        try:
            table = pj.read_json(self.path)
        except _DAMAGED as error:
            raise InputFileError(self.path, None, None, f"not JSON Lines (one object of a row per line): {error}") from None
        for start in range(0, max(table.num_rows, 1), rows):
            yield table.slice(start, rows), {}

    def _xlsx(self, rows: int) -> Iterator[tuple[pa.Table, dict[int, InvalidInput]]]:
        book = _open_book(self.path)
        try:
            cells: list[list[str]] = []
            lines = _sheet_rows(self.path, book)
            next(lines, None)
            width = len(self.header)
            for values in lines:
                head = values[:width]
                if head.count(None) == len(head):  # openpyxl makes an empty row for each row the sheet skips
                    continue
                row = [_cell_text(v) for v in head]
                row += [""] * (width - len(row))
                if not "".join(row).strip():
                    continue
                cells.append(row)
                if len(cells) == rows:
                    yield _strings(self.header, cells), {}
                    cells = []
            yield _strings(self.header, cells), {}
        finally:
            book.close()


def _undecodable(path: Path, encoding: str) -> InputFileError:
    """The error naming the first line of ``path`` that is not ``encoding`` text (read again, line by line)."""
    codec = _python_codec(encoding)
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            try:
                raw.decode(codec)
            except UnicodeDecodeError as error:
                reason = (
                    f"not {encoding} text (byte 0x{raw[error.start]:02x}): give the file's encoding with --encoding "
                    "(cp1258, cp1252, utf-16), or save the file as 'CSV UTF-8'"
                )
                return InputFileError(path, number, None, reason)
            except UnicodeError as error:  # a UTF-16 line without a byte-order mark, say: no byte to name
                return InputFileError(path, None, None, f"not {encoding} text ({error}): give --encoding")
    return InputFileError(path, None, None, f"not {encoding} text: give --encoding")


def _python_codec(encoding: str) -> str:
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def _strings(header: tuple[str, ...], rows: list[list[str]]) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(header)
    return pa.table({name: pa.array(list(values), pa.string()) for name, values in zip(header, columns, strict=True)})


def _without_blank_rows(table: pa.Table) -> pa.Table:
    """The table without its rows of empty cells only (a spreadsheet's empty rows), which are not households."""
    import pyarrow.compute as pc  # noqa: PLC0415 - an optional extra's module, imported when a file of its kind is used

    blank = None
    for column in table.columns:
        text = column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
        empty = pc.equal(pc.utf8_length(pc.utf8_trim_whitespace(text)), 0)
        blank = empty if blank is None else pc.and_(blank, empty)
        if not pc.any(blank).as_py():
            return table
    return table if blank is None else table.filter(pc.invert(blank))


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV file would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _open_book(path: Path) -> Any:  # noqa: ANN401 - an openpyxl workbook
    try:
        from openpyxl import load_workbook  # noqa: PLC0415 - an optional extra
    except ImportError:

        msg = 'reading XLSX files needs openpyxl: pip install "giamngheo[xlsx]"'
        raise MissingExtra(msg) from None
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except _BOOK_ERRORS as error:
        raise InputFileError(path, None, None, f"not an XLSX workbook: {error}") from None


#: What openpyxl raises for a file that is not a workbook, or a workbook whose parts are damaged: a ZIP archive that
#: is not one or whose compressed parts are cut or corrupt (``zlib.error``, ``EOFError``, a compression method
#: zipfile has not, ``NotImplementedError``, ``RuntimeError``), XML that is not well-formed (``ParseError``, a
#: ``SyntaxError``), a part missing or of the wrong shape.
_BOOK_ERRORS = (
    OSError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    SyntaxError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    zipfile.BadZipFile,
)


def _sheet_rows(path: Path, book: Any) -> Iterator[tuple[object, ...]]:  # noqa: ANN401 - an openpyxl workbook
    """The values of the first sheet's rows; a damaged sheet is an :class:`InputFileError`, not openpyxl's error."""
    if not book.worksheets:
        raise InputFileError(path, None, None, "not an XLSX workbook: it has no sheet")
    try:
        yield from book.worksheets[0].iter_rows(values_only=True)
    except _BOOK_ERRORS as error:
        raise InputFileError(path, None, None, f"not an XLSX workbook: {error}") from None


def _sniff(path: Path, encoding: str | None) -> tuple[str, str, list[str]]:
    """The encoding, the delimiter and the notes of a CSV file, from its first megabyte."""
    with path.open("rb") as f:
        sample = f.read(_SAMPLE)
    notes: list[str] = []
    if encoding is None:
        if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            try:
                codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
                encoding = "utf-8"
            except UnicodeDecodeError as error:
                encoding = "cp1258"
                notes.append(
                    f"{path}: not UTF-8 (byte 0x{sample[error.start]:02x}): read as Windows-1258 (Vietnamese); give "
                    "--encoding if it is another (cp1252, utf-16, ...), or save the file as 'CSV UTF-8'"
                )
    try:
        # base64, rot13, zlib: bytes to bytes, or text to text (the mark str.encode and bytes.decode check)
        if not getattr(codecs.lookup(encoding), "_is_text_encoding", True):
            raise InvalidInput("encoding", f"{encoding!r} is not a text encoding: give one such as utf-8, cp1258")
        text = codecs.getincrementaldecoder(_python_codec(encoding))(errors="replace").decode(sample, final=False)
    except LookupError:
        raise InvalidInput("encoding", f"unknown text encoding {encoding!r}") from None
    except UnicodeError as error:  # "UTF-16 stream does not start with BOM"; idna refuses errors="replace"
        raise InputFileError(path, None, None, f"not {encoding} text ({error}): give another --encoding") from None
    line = text.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    return encoding, delimiter, notes


def _csv_header(path: Path, encoding: str, delimiter: str) -> list[str]:
    try:
        with path.open(newline="", encoding=_python_codec(encoding)) as f:
            return next(csv.reader(f, delimiter=delimiter), [])
    except UnicodeError:
        raise _undecodable(path, encoding) from None
    except csv.Error as error:  # a header cell longer than the csv module's limit (128 KiB), say
        raise InputFileError(path, 1, None, f"not a valid CSV file: {error}") from None


def open_table(path: Path | str, what: str, *, encoding: str | None = None) -> TableFile:
    """An input file of ``what`` (``"households"`` or ``"members"``), its format from its suffix, its header checked.

    Raises:
        InvalidInput: a :class:`InputFileError` naming the file and line 1 for a missing or wrong header (an unknown
            column comes with the closest known name), or an unknown format.
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InvalidInput(what, f"{path}: give a file ending in {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputFileError(path, None, None, "No such file or directory")
    delimiter, notes = ",", list[str]()
    if kind == "csv":
        encoding, delimiter, notes = _sniff(path, encoding)
        header = _csv_header(path, encoding, delimiter)
    elif kind == "parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415 - an optional extra's module, imported when a file of its kind is used

        try:
            header = list(pq.read_schema(path).names)
        except _DAMAGED as error:
            raise InputFileError(path, None, None, f"not a Parquet file: {error}") from None
    elif kind == "xlsx":
        book = _open_book(path)
        try:
            first = next(_sheet_rows(path, book), ())
        finally:
            book.close()
        header = [_cell_text(v) for v in first]
        while header and not header[-1]:
            header.pop()
    else:
        header = _json_header(path)
    if not any(name.strip() for name in header):
        raise InputFileError(path, 1, None, "no header row: the first line names the columns (see 'giamngheo schema')")
    try:
        check_columns(header, what)
    except InvalidInput as error:
        column = None if error.field == what else error.field
        raise InputFileError(path, 1, column, error.why) from None
    return TableFile(path, what, kind, tuple(header), encoding or "utf-8", delimiter, notes)


#: Every byte but the brackets that open an array or an object, and the end of a line.
_NOT_OPENING = bytes(b for b in range(256) if b not in b"[{\n")


def _check_nesting(path: Path) -> None:
    """Refuse a line nested deeper than the JSON reader allows, before Arrow parses the file.

    Arrow's JSON parser recurses: arrays nested some ten thousand deep crash the interpreter (a segmentation fault,
    not an exception). :func:`_json_header` reads the first lines with the JSON reader; this counts the opening
    brackets of every line (by blocks, without a loop per line) and reads with the JSON reader only the lines of
    more brackets than the depth limit (:func:`giamngheo.input_limits`).
    """
    most = current_limits().depth
    before = 0  # the lines of the blocks already looked at
    with path.open("rb") as f:
        carry = b""
        while True:
            data = f.read(1 << 24)
            block = carry + data
            cut = block.rfind(b"\n") + 1 if data else len(block)  # whole lines only, but at the end
            block, carry = block[:cut], block[cut:]
            if max(map(len, block.translate(None, _NOT_OPENING).split(b"\n"))) > most:
                for k, line in enumerate(block.split(b"\n")):
                    if line.count(b"[") + line.count(b"{") <= most:
                        continue
                    try:
                        load_json(line, exact=False)
                    except json.JSONDecodeError as error:
                        raise InputFileError(path, before + k + 1, None, f"not JSON: {error.msg}") from None
                    except UnicodeDecodeError as error:
                        raise InputFileError(path, before + k + 1, None, f"not UTF-8 text ({error.reason})") from None
            before += block.count(b"\n")
            if not data:
                return


def _json_header(path: Path) -> list[str]:

    names: dict[str, None] = {}
    try:
        with path.open(encoding="utf-8-sig") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    row = load_json(line, exact=False)
                except json.JSONDecodeError as error:
                    raise InputFileError(path, number, None, f"not JSON: {error.msg}") from None
                if not isinstance(row, dict):
                    raise InputFileError(path, number, None, "each line holds one object: a row of the table")
                names.update(dict.fromkeys(row))
                if number >= 1000:
                    break
    except UnicodeDecodeError as error:  # JSON Lines are UTF-8 (decoded by blocks: the line is not known)
        raise InputFileError(path, None, None, f"not UTF-8 text ({error.reason}): save the file as UTF-8") from None
    return list(names)
