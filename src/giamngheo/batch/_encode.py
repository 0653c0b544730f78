"""Arrow tables of households and members to :class:`Columns`: each column converted at once.

References:
    The input tables and their columns: :mod:`giamngheo.batch._schema` (``giamngheo schema``).

Every reader (CSV, XLSX, Parquet, JSON Lines, pandas, polars, Python rows) gives Arrow tables, and this module is
the one place where their cells become the engine's codes. A column is converted with Arrow's compute functions
(text trimmed, whole numbers cast, choices looked up once per distinct value); only a cell that cannot be read
goes through the cell parsers of :mod:`giamngheo.batch._parse`, which write its message. The checks run in one
fixed order and a household keeps the first error found, so a register gives the same errors whichever way it
came in.

Members may come in several tables (the batches of a file read in chunks): their codes are kept, not their text.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from giamngheo._checks import (
    BOTH_INCOMES,
    NO_INCOME,
    SIZE_REQUIRED,
    STATED_AND_COMPUTED,
    area,
    area_reason,
    below_reason,
    date_reason,
    size_mismatch,
)
from giamngheo._errors import BadCell, InvalidInput
from giamngheo._text import Text
from giamngheo.batch._columns import ENUM_COLUMNS, MEMBER_BOOLEANS, Columns, Orphan, parse_date
from giamngheo.batch._parse import _LARGEST, _boolean, _choice, _devices, _ids, _integer, _text
from giamngheo.batch._schema import DWELLING_COLUMNS, HOUSEHOLD_COLUMNS, MEMBER_COLUMNS

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["ALIASES", "check_columns", "encode", "repeated_reason", "suggest"]

#: Other names of columns, read as the column they name (older exports).
ALIASES = {"households": {"id": "household_id", "commune_code": "commune"}, "members": {}}
_KNOWN = {"households": tuple(c.name for c in HOUSEHOLD_COLUMNS), "members": tuple(c.name for c in MEMBER_COLUMNS)}
_WHOLE = r"^[0-9]{1,15}$"


def suggest(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for a name close to a known one, else ``""``."""
    given = name.strip().lower()
    close = [k for k in known if len(given) >= 3 and k.startswith(given)]
    close = close or difflib.get_close_matches(given, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_columns(names: Sequence[str], what: str) -> dict[str, str]:
    """The table's column names checked: the map from each given name to the column it is (aliases resolved).

    Args:
        names: The header, in order.
        what: ``"households"`` or ``"members"``.

    Raises:
        InvalidInput: naming the table, for a column that is missing (``household_id``), unknown (with the closest
            known name), or given twice.
    """
    known = _KNOWN[what]
    aliases = ALIASES[what]
    schema = f"the {what} table's columns are {', '.join(known)} (see 'giamngheo schema')"
    stripped = [str(n).strip() for n in names]
    resolved = [aliases[n] if n in aliases and aliases[n] not in stripped else n for n in stripped]
    twice = sorted({n for n in resolved if resolved.count(n) > 1})
    if twice:
        raise InvalidInput(twice[0], "appears twice in the header")
    if "household_id" not in resolved:
        raise InvalidInput(what, f"no column 'household_id', which every row needs; {schema}")
    unknown = [n for n in resolved if n not in known]
    if unknown:
        empty = " (an empty name: a comma too many at the end of the header?)" if "" in unknown else ""
        listed = ", ".join(f"{n!r}{suggest(n, known)}" for n in unknown)
        raise InvalidInput(what, f"unknown column(s) {listed}{empty}; {schema}")
    return dict(zip(names, resolved, strict=True))


def repeated_reason(times: int, rows: Sequence[int], source: object = None) -> str:
    """The error of a household id given more than once: its rows (from 0), or the lines of its file."""
    if source is None:
        return f"appears {times} times (rows {', '.join(str(r + 1) for r in rows)}, from 1)"
    # the header is line 1 and each row one line (blank lines are not counted)
    return f"appears {times} times in {source} (lines {', '.join(str(r + 2) for r in rows)})"


class _Errors:
    """The first error of each household, added check by check in the order of the checks."""

    def __init__(self, ids: npt.NDArray[np.object_]) -> None:
        self.ids = ids
        self.first = np.full(len(ids), None, dtype=object)

    def add(self, rows: Any, field: str | Sequence[str], reasons: str | Text | Sequence[str | Text]) -> None:  # noqa: ANN401 - a numpy array or Arrow value (numpy is an optional extra: no annotation imports it)
        """Errors of ``rows`` (in the order they were found); a household keeps the first."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return
        for j in np.flatnonzero([e is None for e in self.first[rows].tolist()]).tolist():
            i = int(rows[j])
            if self.first[i] is None:
                name = field if isinstance(field, str) else field[j]
                reason = reasons if isinstance(reasons, str | Text) else reasons[j]
                self.first[i] = InvalidInput(name, reason, self.ids[i])


_CLOCK = re.compile(r"[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")


def _plain(array: pa.Array | pa.ChunkedArray | None) -> pa.Array | None:
    """One array, dictionaries decoded; ``None`` for a column that is absent or holds only nulls."""
    if array is None:
        return None
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    if pa.types.is_null(array.type) or array.null_count == len(array):
        return None
    if pa.types.is_dictionary(array.type):  # kept: its distinct values are converted once (see _by_value)
        if not pa.types.is_string(array.type.value_type):
            array = array.cast(array.type.value_type)
        return array
    if pa.types.is_large_string(array.type) or pa.types.is_string_view(array.type):
        array = array.cast(pa.string())
    return array


def _decoded(array: pa.Array | None) -> pa.Array | None:
    """A dictionary column as its values (for the conversions that work on every cell)."""
    if array is not None and pa.types.is_dictionary(array.type):
        return array.cast(array.type.value_type)
    return array


def _is_text(array: pa.Array) -> bool:
    return bool(pa.types.is_string(array.type))


def _as_text(array: pa.Array) -> pa.Array:
    """Cells as text: numbers and dates as written; NaN is empty (pandas writes a missing value as NaN)."""
    if _is_text(array) or pa.types.is_dictionary(array.type):
        return array
    if pa.types.is_floating(array.type):
        array = pc.if_else(pc.is_nan(array), pa.scalar(None, array.type), array)
    if pa.types.is_boolean(array.type):
        return pc.if_else(array, "true", "false")
    if pa.types.is_nested(array.type):  # a list or an object where one value is expected: refused as written
        mark = "{…}" if pa.types.is_struct(array.type) or pa.types.is_map(array.type) else "[…]"
        # the values are not read: Arrow's JSON reader can build list cells that cannot be (to_pylist fails)
        return pc.if_else(pc.is_valid(array), pa.scalar(mark), pa.scalar(None, pa.string()))
    try:
        return array.cast(pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array([None if v is None else str(v) for v in array.to_pylist()], pa.string())


def _by_value(
    array: pa.Array | None,
    n: int,
    parse: Callable[[object], Any],
    failed: Any,  # noqa: ANN401 - a numpy array or Arrow value (numpy is an optional extra: no annotation imports it)
) -> tuple[list[Any], Any, Any, Any]:
    """``parse`` once per distinct cell: (the value of each distinct cell, the index of each row's, bad rows, reasons).

    A row's index is -1 for an empty cell (null, or only spaces: parsed as ``None``); ``failed`` is the value of a
    cell that cannot be read.
    """
    if array is None:
        return [parse(None)], np.zeros(n, dtype=np.int32) - 1, np.zeros(0, dtype=np.int64), []
    text = _as_text(array)
    encoded = text if pa.types.is_dictionary(text.type) else pc.dictionary_encode(text)
    values: list[Any] = []
    bad: list[int] = []
    reasons: dict[int, str | Text] = {}
    cells = encoded.dictionary.to_pylist()
    blank = [k for k, cell in enumerate(cells) if _text(cell) is None]
    for k, cell in enumerate(cells):
        try:
            values.append(parse(cell))
        except BadCell as error:
            values.append(failed)
            bad.append(k)
            reasons[k] = error.reason
    values.append(parse(None))  # index -1: the empty cell
    index = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
    if blank:  # a cell of spaces is empty, as in every reader
        index = np.where(np.isin(index, blank), -1, index)
    rows = np.flatnonzero(np.isin(index, bad)) if bad else np.zeros(0, dtype=np.int64)
    return values, index, rows, [reasons[int(index[r])] for r in rows.tolist()]


def _codes(  # noqa: PLR0917 - a column, its size, how to read a cell, the codes' type, where errors go, the field
    array: pa.Array | None, n: int, parse: Callable[[object], int], dtype: type[np.generic], errors: _Errors, field: str
) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    """A column of codes (-1 unknown) and whether each cell was given; bad cells are errors of their row."""
    values, index, rows, reasons = _by_value(array, n, parse, -1)
    errors.add(rows, field, reasons)
    table = np.array(values, dtype=dtype)
    return table[index], index >= 0


def _integers(
    array: pa.Array | None, n: int, errors: _Errors, field: str
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Whole numbers and whether each is known; a cell that cannot be read is an error, and unknown."""
    values = np.zeros(n, dtype=np.int64)
    known = np.zeros(n, dtype=bool)
    array = _decoded(array)
    if array is None:
        return values, known
    if pa.types.is_integer(array.type) or pa.types.is_floating(array.type):
        given = array
        if pa.types.is_floating(array.type):
            given = pc.if_else(pc.is_nan(array), pa.scalar(None, array.type), array)
        present = pc.is_valid(given).to_numpy(zero_copy_only=False)
        number = given.fill_null(0).to_numpy(zero_copy_only=False)
        magnitude = np.abs(number.astype(np.float64))  # exact to 2**53, far beyond the largest cell allowed
        fine = present & (magnitude <= _LARGEST)
        if number.dtype.kind == "f":
            fine &= number == np.floor(number)
        values[fine] = number[fine].astype(np.int64)
        known |= fine
        slow = np.flatnonzero(present & ~fine)
    elif _is_text(array):
        text = pc.utf8_trim_whitespace(array)
        fast = pc.fill_null(pc.match_substring_regex(text, _WHOLE), fill_value=False)
        values = pc.cast(pc.if_else(fast, text, "0"), pa.int64()).to_numpy(zero_copy_only=False).copy()
        known = fast.to_numpy(zero_copy_only=False).copy()
        other = pc.and_(pc.invert(fast), pc.greater(pc.utf8_length(text), 0))
        slow = np.flatnonzero(pc.fill_null(other, fill_value=False).to_numpy(zero_copy_only=False))
    else:
        slow = np.flatnonzero(pc.is_valid(array).to_numpy(zero_copy_only=False))
    bad_rows, reasons = [], []
    for i in slow.tolist():
        try:
            number = _integer(array[i].as_py(), field)
        except BadCell as error:
            bad_rows.append(i)
            reasons.append(error.reason)
            continue
        if number is not None:
            values[i], known[i] = number, True
    errors.add(bad_rows, field, reasons)
    return values, known


def _floor_area(array: pa.Array | None, n: int, errors: _Errors) -> tuple[Any, Any, Any]:
    """Floor areas as exact fractions ``num / den`` (``den`` 0: unknown), and whether each cell was given."""
    num = np.zeros(n, dtype=np.int64)
    den = np.zeros(n, dtype=np.int64)
    field = "dwelling.floor_area_m2"
    array = _decoded(array)
    if array is None:
        return num, den, np.zeros(n, dtype=bool)
    if pa.types.is_floating(array.type):
        number = array.fill_null(math.nan).to_numpy(zero_copy_only=False)
        given = ~np.isnan(number)
        # infinite, or too large for 64 bits: not a floor area a cast could keep (inf would become -2**63)
        whole = given & np.isfinite(number) & (np.abs(number) < 2.0**62) & (number == np.floor(number))
        # a whole number is exact as a float too (pandas reads 45 as 45.0); any other float is not
        rows = np.flatnonzero(given & ~whole)
        errors.add(
            rows,
            field,
            [area_reason(float(number[i])) for i in rows.tolist()],
        )
        array = pa.array(np.where(whole, number, 0).astype(np.int64), mask=~whole)
    text = pc.utf8_trim_whitespace(_as_text(array))
    given = pc.fill_null(pc.greater(pc.utf8_length(text), 0), fill_value=False).to_numpy(zero_copy_only=False)
    fast = pc.fill_null(pc.match_substring_regex(text, _WHOLE), fill_value=False)
    fast_np = fast.to_numpy(zero_copy_only=False)
    num[fast_np] = pc.cast(pc.filter(text, fast), pa.int64()).to_numpy(zero_copy_only=False)
    den[fast_np] = 1
    rest = given & ~fast_np
    if rest.any():
        where = np.flatnonzero(rest)

        def parse(cell: object) -> tuple[int, int]:
            if cell is None:
                return 0, 0
            try:
                number = area(field, str(cell))
            except InvalidInput as error:
                raise BadCell(error.why) from None
            assert number is not None  # noqa: S101 - a given cell
            return number.numerator, number.denominator

        values, index, rows, reasons = _by_value(text.take(pa.array(where)), len(where), parse, (0, 0))
        errors.add(where[rows], field, reasons)
        pairs = np.array(values, dtype=np.int64).reshape(-1, 2)[index]
        num[where], den[where] = pairs[:, 0], pairs[:, 1]
    return num, den, given


def _units(array: pa.Array | None, n: int, errors: _Errors, field: str) -> npt.NDArray[np.object_]:
    """A column of unit codes as text (``None``: empty); a number is an error, its leading zeros may be lost."""
    out = np.full(n, None, dtype=object)
    if array is None:
        return out
    if not _is_text(array) and not pa.types.is_dictionary(array.type):
        given = array
        if pa.types.is_floating(array.type):
            given = pc.if_else(pc.is_nan(array), pa.scalar(None, array.type), array)
        rows = np.flatnonzero(pc.is_valid(given).to_numpy(zero_copy_only=False))
        cells = given.to_pylist()
        errors.add(
            rows,
            field,
            [f"a code is text (read the file with dtype=str), got the number {cells[i]!r}" for i in rows.tolist()],
        )
        array = _as_text(array)
    encoded = array if pa.types.is_dictionary(array.type) else pc.dictionary_encode(array)
    values = np.empty(len(encoded.dictionary) + 1, dtype=object)
    values[:-1] = [_text(v) for v in encoded.dictionary.to_pylist()]
    values[-1] = None
    found: npt.NDArray[np.object_] = values[encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)]
    return found


def _ids_of(array: pa.Array | None, n: int) -> pa.Array:
    """Household ids as trimmed text; an empty cell is ``""``."""
    array = _decoded(array)
    if array is None:
        return pa.array([""] * n, pa.string())
    if not _is_text(array):
        array = pa.array(["" if v is None else (_text(v) or "") for v in array.to_pylist()], pa.string())
    return pc.fill_null(pc.utf8_trim_whitespace(array), "")


def _table(table: pa.Table, what: str) -> dict[str, pa.Array | None]:
    names = check_columns(table.column_names, what)
    return {names[name]: _plain(table.column(name)) for name in table.column_names}


class _Members:
    """The member tables of a households table, encoded batch by batch: codes kept, text let go."""

    def __init__(self, valid: pa.Array, n: int, *, member_ids: bool) -> None:
        self.value_set = valid
        self.member_ids = member_ids
        self.n = n
        self.count = np.zeros(n, dtype=np.int64)
        self.owner: list[npt.NDArray[np.int64]] = []
        self.values: dict[str, list[npt.NDArray[Any]]] = {}
        self.member_id: list[npt.NDArray[np.object_]] = []
        self.with_ids = False
        self.orphans: list[Orphan] = []
        #: Candidate errors: (column rank, member number, household, field, reason); applied in that order.
        self.errors: list[tuple[int, int, int, str, str | Text]] = []
        self.rows = 0
        self.kept = 0

    def add(self, table: pa.Table, owners: npt.NDArray[np.int64] | None = None) -> None:
        """Encode a members table; ``owners``, when known, is each row's household (-1: none), as matched here."""
        if table.num_columns == 0:  # no member at all: an empty list of rows
            return
        columns = _table(table, "members")
        m = table.num_rows
        if owners is None:
            owners = self.owners_of(columns.get("household_id"), m)
        lost = np.flatnonzero(owners < 0)
        if len(lost):
            hid = _ids_of(columns.get("household_id"), m)
            texts = hid.take(pa.array(lost)).to_pylist()
            self.orphans.extend(Orphan(self.rows + j, t) for j, t in zip(lost.tolist(), texts, strict=True))
        kept = np.flatnonzero(owners >= 0)
        take = None if len(kept) == m else pa.array(kept)
        owners = owners[kept]
        # each member's position within its household, counting the members of earlier batches
        order = np.argsort(owners, kind="stable")
        sorted_owners = owners[order]
        starts = (
            np.flatnonzero(np.r_[True, sorted_owners[1:] != sorted_owners[:-1]])
            if len(owners)
            else np.zeros(0, np.int64)
        )
        rank = np.arange(len(owners)) - np.repeat(starts, np.diff(np.r_[starts, len(owners)]))
        position = np.empty(len(owners), dtype=np.int64)
        position[order] = rank + self.count[sorted_owners]
        self.count += np.bincount(owners, minlength=self.n)
        self.owner.append(owners)
        number = self.kept + np.arange(len(owners))

        def column(name: str) -> pa.Array | None:
            array = columns.get(name)
            return array if array is None or take is None else array.take(take)

        k = len(owners)
        for rank_, name in enumerate((*("sex", "education", "employment", "nutrition"), *MEMBER_BOOLEANS)):
            parse = _boolean if name in MEMBER_BOOLEANS else _choice(ENUM_COLUMNS[name])
            values, index, rows, reasons = _by_value(column(name), k, parse, -1)
            self.values.setdefault(name, []).append(np.array(values, dtype=np.int8)[index])
            self._candidates(rank_, rows, number, owners, position, name, reasons)
        years, months, days, bad, reasons = self._dates(column("birth_date"), k)
        self.values.setdefault("birth_year", []).append(years)
        self.values.setdefault("birth_month", []).append(months)
        self.values.setdefault("birth_day", []).append(days)
        self._candidates(99, bad, number, owners, position, "birth_date", reasons)
        ids = column("member_id") if self.member_ids else None
        if ids is not None:
            self.with_ids = True
            text = pc.utf8_trim_whitespace(_as_text(_decoded(ids)))
            text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
            self.member_id.append(text.to_numpy(zero_copy_only=False).astype(object, copy=False))
        else:
            self.member_id.append(np.full(k, None, dtype=object))
        self.rows += m
        self.kept += k

    def add_all(self, members: pa.Table | Iterable[pa.Table], owners: npt.NDArray[np.int64] | None) -> None:
        """Encode one members table (``owners`` its rows' households, if known) or its batches in order."""
        if isinstance(members, pa.Table):
            self.add(members, owners)
        else:
            for table in members:
                self.add(table)

    def owners_of(self, household_ids: pa.Array | None, m: int) -> npt.NDArray[np.int64]:
        """The household (its row) of each of ``m`` members by their ``household_id`` cells; -1 for none."""
        hid = _ids_of(household_ids, m)
        owner = pc.index_in(
            pc.if_else(pc.equal(hid, ""), pa.scalar(None, pa.string()), hid), value_set=self.value_set, skip_nulls=True
        )
        found: npt.NDArray[np.int64] = owner.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        return found

    def _candidates(  # noqa: PLR0917 - the bad rows and what names them
        self,
        rank: int,
        rows: npt.NDArray[np.int64],
        number: npt.NDArray[np.int64],
        owners: npt.NDArray[np.int64],
        position: npt.NDArray[np.int64],
        name: str,
        reasons: list[str | Text],
    ) -> None:
        for r, reason in zip(np.asarray(rows).tolist(), reasons, strict=True):
            self.errors.append((rank, int(number[r]), int(owners[r]), f"members[{int(position[r])}].{name}", reason))

    @staticmethod
    def _dates(array: pa.Array | None, k: int) -> tuple[Any, Any, Any, Any, list[str | Text]]:
        """Birth dates as year, month and day columns (-1 unknown); a bad cell is an error of its member's household."""

        def parse(cell: object) -> tuple[int, int, int]:
            text = _text(cell)
            if text is None:
                return -1, -1, -1
            # a spreadsheet's date and time ("2000-01-01 00:00:00") is its date; other text after it is not
            date = parse_date(text[:10] if _CLOCK.fullmatch(text[10:]) else text)
            if date is None:
                raise BadCell(date_reason(text))
            return date.year, date.month, date.day

        if array is None:
            values, index, rows, reasons = _by_value(array, k, parse, (-1, -1, -1))
            table = np.array(values, dtype=np.int16).reshape(-1, 3)[index]
            return table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy(), rows, reasons
        text = _as_text(array)
        encoded = text if pa.types.is_dictionary(text.type) else pc.dictionary_encode(text)
        distinct = encoded.dictionary
        # the plain dates read by Arrow at once; a date it would roll over (2021-02-29) does not print back the same
        stamp = pc.strptime(distinct, format="%Y-%m-%d", unit="s", error_is_null=True)
        same = pc.fill_null(pc.equal(pc.strftime(stamp, format="%Y-%m-%d"), distinct), fill_value=False)
        # the year 0 (and a year past 9999) Arrow reads, a Python date has not: those go the slow way, refused there
        real = pc.fill_null(pc.and_(pc.greater_equal(pc.year(stamp), 1), pc.less_equal(pc.year(stamp), 9999)), fill_value=False)
        ok = pc.and_(same, real).to_numpy(zero_copy_only=False)
        table = np.full((len(distinct) + 1, 3), -1, dtype=np.int16)
        for j, part in enumerate((pc.year(stamp), pc.month(stamp), pc.day(stamp))):
            table[:-1, j] = np.where(ok, part.fill_null(-1).to_numpy(zero_copy_only=False), -1)
        bad: dict[int, str | Text] = {}
        for d in np.flatnonzero(~ok).tolist():  # the others, and the empty ones, one by one
            try:
                table[d] = parse(distinct[d].as_py())
            except BadCell as error:
                bad[d] = error.reason
        index = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
        rows = np.flatnonzero(np.isin(index, list(bad))) if bad else np.zeros(0, dtype=np.int64)
        out = table[index]
        return out[:, 0].copy(), out[:, 1].copy(), out[:, 2].copy(), rows, [bad[int(index[r])] for r in rows.tolist()]

    def apply(self, errors: _Errors) -> None:
        """The members' errors, column by column and member by member (the order of the checks)."""
        for _, _, owner, field, reason in sorted(self.errors, key=lambda e: (e[0], e[1])):
            errors.add([owner], field, reason)


def encode(  # noqa: C901, PLR0915 - one pass over the columns, in the order of their checks
    households: pa.Table,
    members: pa.Table | Iterable[pa.Table] | None = None,
    *,
    member_ids: bool = True,
    first_row: int = 0,
    source: object = None,
    owners: npt.NDArray[np.int64] | None = None,
) -> Columns:
    """The households (and their members) of Arrow tables as :class:`Columns`, every bad cell an error of its row.

    Args:
        households: One row per household, columns as in ``giamngheo schema`` (text or typed: integers, floats,
            booleans, dates; an empty cell, null or NaN is unknown).
        members: The members table, or its batches in order (a file read in chunks), or ``None``.
        member_ids: Whether to keep the members' ids (``member_id``), which explanations name; without them a
            register of millions of members takes less memory.
        first_row: The row (from 0) of the first household in the whole register, for the messages naming rows.
        source: The file the households were read from: the messages then name it and its lines.
        owners: For one members table: each member's household, by its row (-1: none), when the caller matched
            them already (the register's reader does, to know which members a chunk holds).

    Raises:
        InvalidInput: for a table whose columns are wrong (unknown, repeated, ``household_id`` missing). A bad cell
            is not raised: it is the error of its household, in :attr:`Columns.errors`.
    """
    h = _table(households, "households")
    n = households.num_rows
    hid = _ids_of(h.get("household_id"), n)
    ids = hid.to_numpy(zero_copy_only=False).astype(object)
    errors = _Errors(ids)
    errors.add(np.flatnonzero(ids == ""), "household_id", "is empty; every household needs an id")
    valid = pc.if_else(pc.equal(hid, ""), pa.scalar(None, pa.string()), hid)
    counted = pc.value_counts(valid.drop_null())
    repeated = counted.filter(pc.greater(counted.field("counts"), 1))
    if len(repeated):
        where = pc.fill_null(pc.is_in(hid, value_set=repeated.field("values")), fill_value=False).to_numpy(
            zero_copy_only=False
        )
        rows = np.flatnonzero(where)
        lines: dict[str, list[int]] = {}
        for r in rows.tolist():
            lines.setdefault(ids[r], []).append(r)
        reasons = [
            repeated_reason(len(lines[ids[r]]), [first_row + x for x in lines[ids[r]]], source) for r in rows.tolist()
        ]
        errors.add(rows, "household_id", reasons)
    arrays: dict[str, Any] = {"household_id": ids}
    given: dict[str, Any] = {}
    for name in ("area", "wall", "column", "roof", "water_source", "latrine"):
        where = name if name == "area" else f"dwelling.{name}"  # the scalar path's name of the field
        arrays[name], given[name] = _codes(h.get(name), n, _choice(ENUM_COLUMNS[name]), np.int8, errors, where)
    for name in ("commune", "district"):
        arrays[name] = _units(h.get(name), n, errors, name)
    monthly, has_monthly = _integers(h.get("income_per_capita_monthly_vnd"), n, errors, "income_per_capita_monthly_vnd")
    yearly, has_yearly = _integers(h.get("income_yearly_vnd"), n, errors, "income_yearly_vnd")
    sizes, has_size = _integers(h.get("size"), n, errors, "size")
    for name, value, known in (
        ("income_per_capita_monthly_vnd", monthly, has_monthly),
        ("income_yearly_vnd", yearly, has_yearly),
    ):
        rows = np.flatnonzero(known & (value < 0))
        errors.add(rows, name, [below_reason(name, int(value[r])) for r in rows.tolist()])
    rows = np.flatnonzero(has_size & (sizes < 1))
    errors.add(rows, "size", [below_reason("size", int(sizes[r])) for r in rows.tolist()])
    stated_values, stated_index, _, _ = _by_value(h.get("deprived"), n, _ids, None)
    stated_table = np.empty(len(stated_values), dtype=object)
    stated_table[:] = stated_values
    stated = stated_table[stated_index]
    has_stated = np.array([bool(v) for v in stated_values], dtype=bool)[stated_index]
    arrays["devices"], given["devices"] = _codes(h.get("devices"), n, _devices, np.int16, errors, "dwelling.devices")
    for name in ("hears_loudspeaker", "waste_collected"):
        arrays[name], given[name] = _codes(h.get(name), n, _boolean, np.int8, errors, f"dwelling.{name}")
    arrays["floor_num"], arrays["floor_den"], given["floor_area_m2"] = _floor_area(h.get("floor_area_m2"), n, errors)
    has_dwelling = np.zeros(n, dtype=bool)
    for name in DWELLING_COLUMNS:
        has_dwelling |= given[name]

    store = _Members(valid, n, member_ids=member_ids)
    if members is not None:
        store.add_all(members, owners)
        store.apply(errors)
    count = store.count

    known_size = has_size & (sizes >= 1)
    listed = count > 0
    rows = np.flatnonzero(listed & known_size & (sizes != count))
    errors.add(rows, "size", [size_mismatch(sizes[r], count[r])[1] for r in rows.tolist()])
    size = np.where(listed, count, np.where(known_size, sizes, -1))
    both = has_monthly & has_yearly
    errors.add(np.flatnonzero(both), *BOTH_INCOMES)
    use_monthly = ~both & has_monthly & (monthly >= 0)
    use_yearly = ~both & ~has_monthly & has_yearly & (yearly >= 0)
    errors.add(np.flatnonzero(use_yearly & (size < 1)), *SIZE_REQUIRED)
    errors.add(np.flatnonzero(~has_monthly & ~has_yearly), *NO_INCOME)
    errors.add(np.flatnonzero(has_stated & (listed | has_dwelling)), *STATED_AND_COMPUTED)
    nums = np.full(n, -1, dtype=np.int64)
    dens = np.ones(n, dtype=np.int64)
    nums[use_monthly] = monthly[use_monthly]
    yearly_ok = use_yearly & (size >= 1)
    divisor = np.where(yearly_ok, 12 * size, 1)
    common = np.gcd(np.where(yearly_ok, yearly, 1), divisor)
    nums[yearly_ok] = (yearly // common)[yearly_ok]
    dens[yearly_ok] = (divisor // common)[yearly_ok]
    arrays["income_num"], arrays["income_den"] = nums, dens
    arrays["size"] = np.where(known_size, sizes, -1)
    arrays["stated"] = stated
    arrays["has_dwelling"] = has_dwelling
    member_arrays: dict[str, Any] = {name: np.concatenate(parts) for name, parts in store.values.items()}
    if store.owner:
        member_arrays["member_household"] = np.concatenate(store.owner)
        if store.with_ids:
            member_arrays["member_id"] = np.concatenate(store.member_id)
    columns = Columns.from_arrays(**member_arrays, **arrays)
    columns.errors = errors.first
    columns.orphans = tuple(store.orphans)
    return columns
