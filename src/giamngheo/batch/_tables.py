"""Tables held in Python (pandas, polars, Arrow, rows, columns) as Arrow tables, for :mod:`giamngheo.batch._encode`."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from giamngheo._checks import shown
from giamngheo._errors import InvalidInput

__all__ = ["to_arrow"]


def _unencodable(values: Sequence[object], name: str) -> InvalidInput:
    """The error naming the first cell of a column that is no text (half of a UTF-16 surrogate pair)."""
    for i, value in enumerate(values):
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                reason = f"row {i + 1} (from 1) holds half of a UTF-16 pair, which is not a character: {value[:40]!r}"
                return InvalidInput(name, reason)
    return InvalidInput(name, "holds text that is not UTF-8")


def _array(values: Sequence[object], name: str = "column") -> pa.Array:
    """A column of Python values; a column of mixed kinds (text and numbers) is read as text."""
    try:
        return pa.array(values, from_pandas=True)
    except UnicodeEncodeError:
        raise _unencodable(values, name) from None
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError, TypeError):
        # mixed kinds, an int past 64 bits, Decimal("NaN"), a complex number: read as text, refused cell by cell
        cells = [
            None if v is None or (isinstance(v, float) and math.isnan(v)) else v if isinstance(v, str) else _cell(v)
            for v in values
        ]
        try:
            return pa.array(cells, pa.string())
        except UnicodeEncodeError:
            raise _unencodable(cells, name) from None


def _cell(value: object) -> str:
    """A cell that is not text, as text (an int too long to write out named by its size)."""
    try:
        return str(value)
    except ValueError:
        return shown(value)


def _from_pandas(frame: Any) -> pa.Table:  # noqa: ANN401 - a pandas DataFrame
    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (
        pa.ArrowInvalid,
        pa.ArrowTypeError,
        pa.ArrowNotImplementedError,
        OverflowError,
        TypeError,
        UnicodeEncodeError,
    ):  # a column of mixed kinds, or not text
        return pa.table({str(name): _array(frame[name].tolist(), str(name)) for name in frame.columns})


def to_arrow(table: object, what: str) -> pa.Table:  # noqa: C901 - one pass over the columns, in the order of their checks
    """A table of ``what`` (``"households"``, ``"members"``) as an Arrow table, its cells as they were given.

    Args:
        table: A pyarrow Table or RecordBatch, a pandas or polars DataFrame, a mapping of column name to values,
            or a sequence of rows (mappings of column name to value, as ``csv.DictReader`` gives them).
        what: The table's name, for the messages.

    Raises:
        InvalidInput: for columns of different lengths, a row with more cells than the header, or something that is
            not a table.
    """
    if isinstance(table, pa.Table):
        return table
    if isinstance(table, pa.RecordBatch):
        return pa.Table.from_batches([table])
    module = type(table).__module__.split(".")[0]
    if module == "pandas" and hasattr(table, "columns"):
        return _from_pandas(table)
    if module == "polars" and hasattr(table, "to_arrow"):
        return table.to_arrow()
    if isinstance(table, Mapping):
        columns = {str(k): list(v) for k, v in table.items()}
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise InvalidInput(what, f"columns of different lengths: {sorted(lengths)}")
        return pa.table({k: _array(v, k) for k, v in columns.items()})
    if isinstance(table, Sequence) and not isinstance(table, (str, bytes)):
        rows = list(table)
        names: dict[str, None] = {}
        first: tuple[object, ...] = tuple(rows[0]) if rows else ()
        for i, row in enumerate(rows):
            if not isinstance(row, Mapping):
                raise InvalidInput(what, f"row {i + 1} (from 1) is not a mapping of column to value, got {row!r}")
            if i and len(row) == len(first) and tuple(row) == first:
                continue  # the same columns as the first row (every row of a csv.DictReader)
            if None in row:  # csv.DictReader puts the cells beyond the header under the key None
                raise InvalidInput(what, f"row {i + 1} (from 1) has more cells than the header")
            names.update(dict.fromkeys(str(k) for k in row))
        return pa.table({name: _array([row.get(name) for row in rows], name) for name in names})
    raise InvalidInput(
        what, f"must be a table (a data frame, an Arrow table, rows or columns), got {type(table).__name__}"
    )
