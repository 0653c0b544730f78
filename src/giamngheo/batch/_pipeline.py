"""A register's files in, its results out: read → encode → assess → write, chunk by chunk, every row kept.

References:
    The columns read: :mod:`giamngheo.batch._schema`; the rules: the standard applied (``result.standard``).

The households are read in chunks; each chunk takes its members from the members file as it is read, so neither
file is held whole and nothing is copied to disk. This needs the members to come grouped by household, in the
order of the households (as a register exports them). Members that come earlier than their household wait for
it; a member of a household whose chunk is done shows that the file is in another order: :class:`OutOfOrder` is
raised, and the command line reads the register again holding it whole (``chunk_rows=None``).

A household id repeated across chunks is found when its later row is read: every row of that id gets the error
(as within one chunk), the earlier ones as *patches* applied when the results are written.

The stages overlap on two cores (:func:`~giamngheo.batch._ahead.ahead`): one thread reads each file, one matches the
members to the chunk's households, one encodes, one assesses, and the caller writes, each a chunk behind the one
before. A file output is written as the chunks come; it is written again from the staged results only when a
repeated id patches rows already written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from giamngheo._assessment import assess
from giamngheo._errors import GiamngheoError, InvalidInput, OutOfOrder
from giamngheo._model import Standard, Status
from giamngheo.batch._ahead import ahead
from giamngheo.batch._assess import BatchResult, assess_columns
from giamngheo.batch._columns import Columns, Orphan
from giamngheo.batch._encode import check_columns, encode, repeated_reason
from giamngheo.batch._readers import TableFile

if TYPE_CHECKING:
    from giamngheo._writers import Writer

__all__ = ["RESULT_COLUMNS", "Chunk", "OutOfOrder", "Register", "result_schema", "result_table"]

#: The columns of a result table (then one ``deprived_<indicator>`` column per indicator of the standard).
#: ``basis``: the basis of a poor status (``Assessment.basis``); ``caveat``: the id of the standard's caveat
#: (``Assessment.caveat``), on every row assessed under a standard with a part the library does not encode.
RESULT_COLUMNS = (
    "household_id",
    "status",
    "status_vi",
    "deprivation_count",
    "deprived",
    "undetermined",
    "needed",
    "standard",
    "error",
    "commune",
    "district",
    "province",
    "area",
    "persons",
    "basis",
    "caveat",
)
#: Members not in the chunk after which a chunk's members are taken as all read (the file is grouped by household).
_WINDOW = 4096


def concat(tables: list[pa.Table]) -> pa.Table:
    """The rows of ``tables`` in order, as one table, whatever types each reader gave the same column.

    Arrow's reader gives a column as a dictionary of text, the Python reader that takes over after a bad line as
    plain text: when the types cannot be merged, every column is read as plain text.
    """
    try:
        return pa.concat_tables(tables, promote_options="permissive")
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.concat_tables([_as_text(t) for t in tables], promote_options="permissive")


def _as_text(table: pa.Table) -> pa.Table:
    columns = []
    for column in table.columns:
        plain = pc.cast(column, column.type.value_type) if pa.types.is_dictionary(column.type) else column
        columns.append(plain if pa.types.is_string(plain.type) else pc.cast(plain, pa.string()))
    return pa.table(columns, names=table.column_names)

@attrs.frozen
class _RawChunk:
    """Some households of a register as read: their rows, their members' rows, the errors of their rows (from 0)."""

    households: pa.Table
    members: pa.Table | None
    owners: npt.NDArray[np.int64] | None  # each member's household, by its row in ``households``
    errors: dict[int, InvalidInput]
    first: int


@attrs.define
class Chunk:
    """Some households of a register, as columns, with their first row in the register."""

    columns: Columns
    first_row: int


def _trimmed(table: pa.Table, what: str) -> pa.Array:
    """The trimmed household ids of a table; an empty id is null (it matches nothing)."""
    names = check_columns(table.column_names, what)
    source = next(name for name, column in names.items() if column == "household_id")
    column = table.column(source)
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if not pa.types.is_string(column.type):
        column = pa.chunked_array([pa.array(["" if v is None else str(v) for v in column.to_pylist()], pa.string())])
    text = pc.utf8_trim_whitespace(column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column)
    return pc.if_else(pc.equal(pc.fill_null(text, ""), ""), pa.scalar(None, pa.string()), text)


class _Members:
    """The rows of the members file in order, with their row numbers, taken chunk by chunk."""

    def __init__(self, source: TableFile | None) -> None:
        self._batches = None if source is None else ahead(source.batches())
        self.table: pa.Table | None = None
        self.rows = np.zeros(0, dtype=np.int64)
        self.ids = pa.array([], pa.string())
        self.read = 0
        self.done = source is None
        #: The first error of a member row that could not be read, by its household id.
        self.errors: dict[str, InvalidInput] = {}

    def _pull(self) -> bool:
        if self._batches is None:
            self.done = True
            return False
        batch = next(self._batches, None)
        if batch is None:
            self.done = True
            return False
        table, errors = batch
        ids = _trimmed(table, "members")
        for j, error in errors.items():
            hid = ids[j].as_py()
            if hid is not None:
                self.errors.setdefault(hid, error)
        rows = np.arange(self.read, self.read + table.num_rows, dtype=np.int64)
        self.read += table.num_rows
        self._append(table, rows, ids)
        return True

    def _append(self, table: pa.Table, rows: Any, ids: pa.Array) -> None:  # noqa: ANN401 - a numpy array or Arrow value (numpy is an optional extra: no annotation imports it)
        if self.table is None or self.table.num_rows == 0:
            self.table, self.rows, self.ids = table, rows, ids
        else:
            self.table = concat([self.table, table])
            self.rows = np.concatenate([self.rows, rows])
            self.ids = pa.concat_arrays([self.ids, ids])

    def take(self, ids: pa.Array, *, whole: bool) -> tuple[pa.Table, npt.NDArray[np.int64]] | None:
        """The members of the households ``ids`` (null: no id), each with its household's row in ``ids``.

        Those read, and more until the file has moved past them.
        """
        parts: list[Any] = []
        checked = 0
        # rows pulled before the first look: each look builds the set of ``ids`` again, the costly part
        while not self.done and (0 if self.table is None else self.table.num_rows) < 2 * len(ids):
            self._pull()
        while True:
            rows = 0 if self.table is None else self.table.num_rows
            if rows > checked:  # only the rows pulled since the last look
                part = self.ids.slice(checked) if checked else self.ids
                parts.append(
                    pc.index_in(part, value_set=ids, skip_nulls=True).fill_null(-1).to_numpy(zero_copy_only=False)
                )
                checked = rows
            owners = np.concatenate(parts).astype(np.int64, copy=False) if parts else np.zeros(0, dtype=np.int64)
            inside = owners >= 0
            found = np.flatnonzero(inside)
            last = int(found[-1]) if len(found) else -1
            if self.done or (not whole and rows - last - 1 >= _WINDOW):
                break
            self._pull()
        if not len(found):
            return None
        assert self.table is not None  # noqa: S101 - rows were found in it
        if last + 1 == len(found):  # the members in the households' order: the first rows, taken without a copy
            mine = self.table.slice(0, last + 1)
            self.table = self.table.slice(last + 1)
            self.rows = self.rows[last + 1 :]
            self.ids = self.ids.slice(last + 1)
            return mine, owners[: last + 1]
        mine = self.table.filter(pa.array(inside))
        rest = ~inside
        self.table = self.table.filter(pa.array(rest))
        self.rows = self.rows[rest]
        self.ids = self.ids.filter(pa.array(rest))
        return mine, owners[inside]

    def leftover(self) -> Iterator[tuple[pa.Array, Any]]:
        """The rows of no chunk (the file read to its end): their ids and row numbers."""
        while not self.done:
            self._pull()
            if self.table is not None and self.table.num_rows > 1 << 20:
                yield self.ids, self.rows
                self.table, self.rows, self.ids = None, np.zeros(0, dtype=np.int64), pa.array([], pa.string())
        if self.table is not None and self.table.num_rows:
            yield self.ids, self.rows


@attrs.define
class Register:
    """A register's households file and members file, read chunk by chunk.

    Attributes:
        households: The households file.
        members: The members file, or ``None``.
        chunk_rows: Households read, encoded and assessed at once; ``None``: all at once.
        member_ids: Whether to keep the members' ids.
        drop_stated: Whether to leave out the column ``deprived`` (a standard of income only).
        orphans: After :meth:`chunks`, the member rows of no household: (row from 0, household id).
        patches: After :meth:`chunks`, the errors of rows already given out (a household id repeated in a later
            chunk), by row.
        stated_dropped: Whether some stated deprivation was left out.
        households_read: The households read so far.
    """

    households: TableFile
    members: TableFile | None
    chunk_rows: int | None = 65_536
    member_ids: bool = False
    drop_stated: bool = False
    orphans: list[Orphan] = attrs.field(factory=list)
    patches: dict[int, InvalidInput] = attrs.field(factory=dict)
    stated_dropped: bool = False
    households_read: int = 0
    members_read: int = 0

    def _household_chunks(self) -> Iterator[tuple[pa.Table, dict[int, InvalidInput]]]:
        pending: list[pa.Table] = []
        errors: dict[int, InvalidInput] = {}
        count = 0
        for table, batch_errors in ahead(self.households.batches()):
            for j, error in batch_errors.items():
                errors[count + j] = error
            pending.append(table)
            count += table.num_rows
            while self.chunk_rows is not None and count >= self.chunk_rows:
                whole = concat(pending)
                head, rest = whole.slice(0, self.chunk_rows), whole.slice(self.chunk_rows)
                yield head, {j: e for j, e in errors.items() if j < self.chunk_rows}
                errors = {j - self.chunk_rows: e for j, e in errors.items() if j >= self.chunk_rows}
                pending, count = ([rest] if rest.num_rows else []), rest.num_rows
        if count or not self.households_read:
            yield (concat(pending) if pending else self._empty()), errors

    def _empty(self) -> pa.Table:
        return pa.table({name: pa.array([], pa.string()) for name in self.households.header})

    def chunks(self) -> Iterator[Chunk]:
        """The households in order, a chunk at a time, each with its members, as :class:`Columns`.

        The files are read and the members matched in a thread, the chunk before is encoded in another, while the
        one before that is used.

        Raises:
            OutOfOrder: at the end, when a member came after its household's chunk (read the register whole).
        """
        return ahead(self._encoded(ahead(self._raw_chunks())))

    def _encoded(self, raws: Iterator[_RawChunk]) -> Iterator[Chunk]:
        for raw in raws:
            columns = encode(
                raw.households,
                raw.members,
                member_ids=self.member_ids,
                first_row=raw.first,
                source=self.households.path,
                owners=raw.owners,
            )
            for j, error in raw.errors.items():
                columns.errors[j] = error
            yield Chunk(columns, raw.first)

    def _raw_chunks(self) -> Iterator[_RawChunk]:
        """The households of each chunk with their members' rows and the errors of their rows, as read."""
        members = _Members(self.members)
        whole = self.chunk_rows is None
        seen = _Seen()
        first = 0
        for table, line_errors in self._household_chunks():
            n = table.num_rows
            ids = _trimmed(table, "households")
            if self.drop_stated and "deprived" in table.column_names:
                column = table.column("deprived")
                text = column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
                self.stated_dropped |= bool(
                    pc.any(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(text)), 0)).as_py()
                )
                table = table.drop_columns(["deprived"])  # noqa: PLW2901 - the same table, its internal column dropped
            self._repeated(ids, seen, first)
            taken = members.take(ids, whole=whole)
            errors = dict(line_errors)
            if members.errors:
                for j in np.flatnonzero(
                    pc.fill_null(pc.is_in(ids, value_set=pa.array(list(members.errors))), fill_value=False).to_numpy(
                        zero_copy_only=False
                    )
                ).tolist():
                    hid = ids[j].as_py()
                    if j not in line_errors and hid in members.errors:
                        errors[j] = members.errors[hid]
            for j, error in self.patches.items():
                if first <= j < first + n:
                    errors[j - first] = error
            seen.add(ids)
            self.households_read += n
            mine, owners = taken if taken is not None else (None, None)
            yield _RawChunk(table, mine, owners, errors, first)
            first += n
        for ids, rows in members.leftover():
            if seen.holds(ids).any() and not whole:
                raise OutOfOrder("the members are not grouped in the order of the households")
            texts = pc.fill_null(ids, "").to_pylist()
            self.orphans.extend(Orphan(int(r), t) for r, t in zip(rows.tolist(), texts, strict=True))
        self.orphans.sort(key=lambda o: o.row)
        self.members_read = members.read

    def _repeated(self, ids: pa.Array, seen: _Seen, first: int) -> None:
        """Household ids of this chunk given in an earlier one: every row of each is an error."""
        again = seen.holds(ids)
        if not again.any():
            return
        values = set(ids.filter(pa.array(again)).to_pylist())
        rows: dict[str, list[int]] = {hid: seen.rows(hid) for hid in values}
        for r, hid in enumerate(ids.to_pylist()):
            if hid in values:
                rows[hid].append(first + r)
        for hid, where in rows.items():
            reason = repeated_reason(len(where), where, self.households.path)
            for r in where:
                self.patches[r] = InvalidInput("household_id", reason, hid)


#: The bytes of an id hashed column by column; a longer id is hashed whole, on its own.
_VECTOR_BYTES = 64


class _Seen:
    """The household ids read so far, as 64-bit hashes: 16 bytes a household, not the ids' text.

    Two different ids share a hash with a chance of about n²/2⁶⁵ (10⁻⁷ for 3 million households); such a
    pair would be reported as a repeated id, an error a person sees, never a result silently changed.
    """

    def __init__(self) -> None:
        self._sorted: list[npt.NDArray[np.int64]] = []  # each chunk's hashes, sorted: no copy of all of them
        self._chunks: list[npt.NDArray[np.int64]] = []

    @staticmethod
    def _hashes(ids: pa.Array | pa.ChunkedArray) -> npt.NDArray[np.int64]:
        """FNV-1a over each id's UTF-8 bytes, then its length: column by column over the Arrow buffers, no loop per id.

        The rare id of more than :data:`_VECTOR_BYTES` bytes is hashed whole, with BLAKE2b.
        """
        if isinstance(ids, pa.ChunkedArray):
            ids = ids.combine_chunks()
        ids = ids.cast(pa.large_string())
        n = len(ids)
        if not n:
            return np.zeros(0, dtype=np.int64)
        _, offsets_buffer, data_buffer = ids.buffers()
        offsets = np.frombuffer(offsets_buffer, dtype=np.int64)[ids.offset : ids.offset + n + 1]
        data = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None else np.zeros(1, np.uint8)
        lengths = np.diff(offsets)
        # longest first, so that the ids still being hashed at byte j are a prefix: the work is the bytes, not
        # the longest id times the number of ids
        order = np.argsort(-lengths, kind="stable")
        starts, longest = offsets[:-1][order], lengths[order]
        live = np.searchsorted(-longest, -np.arange(min(int(longest[0]), _VECTOR_BYTES)), side="left")
        hashed = np.full(n, _FNV_OFFSET, dtype=np.uint64)
        for j, k in enumerate(live.tolist()):  # one step per byte position, for the ids that long at once
            hashed[:k] = (hashed[:k] ^ data[starts[:k] + j].astype(np.uint64)) * _FNV_PRIME
        h = np.empty_like(hashed)
        h[order] = hashed
        h = (h ^ lengths.astype(np.uint64)) * _FNV_PRIME
        # an id longer than that (rare) is hashed whole, one by one: a 256 KiB id costs a digest, not 256 Ki steps
        for i in np.flatnonzero(lengths > _VECTOR_BYTES).tolist():
            whole = hashlib.blake2b(data[offsets[i] : offsets[i + 1]].tobytes(), digest_size=8).digest()
            h[i] = np.frombuffer(whole, dtype=np.uint64)[0]
        out = h.view(np.int64).copy()
        out[out == _NO_ID] += 1  # the mark of an empty id is kept for empty ids only
        # an empty id (null) matches nothing: it gets a hash no text has
        out[pc.is_null(ids).to_numpy(zero_copy_only=False)] = _NO_ID
        return out

    def add(self, ids: pa.Array) -> None:
        hashes = self._hashes(ids)
        self._chunks.append(hashes)
        self._sorted.append(np.sort(hashes[hashes != _NO_ID]))

    def holds(self, ids: pa.Array) -> npt.NDArray[np.bool_]:
        """Whether each id was read before."""
        hashes = self._hashes(ids)
        found = np.zeros(len(ids), dtype=bool)
        for known in self._sorted:
            if len(known):
                at = np.searchsorted(known, hashes).clip(max=len(known) - 1)
                found |= known[at] == hashes
        found &= hashes != _NO_ID
        return found

    def rows(self, hid: str) -> list[int]:
        """The rows (from 0) where ``hid`` was read."""
        code = self._hashes(pa.array([hid], pa.string()))[0]
        out: list[int] = []
        start = 0
        for hashes in self._chunks:
            out.extend((start + np.flatnonzero(hashes == code)).tolist())
            start += len(hashes)
        return out


_NO_ID = np.iinfo(np.int64).min
_FNV_OFFSET, _FNV_PRIME = np.uint64(0xCBF29CE484222325), np.uint64(0x100000001B3)


# --- results as tables ---------------------------------------------------------------------------------------


def _joined(mask: Any, ids: tuple[str, ...]) -> pa.Array:  # noqa: ANN401 - a numpy array or Arrow value (numpy is an optional extra: no annotation imports it)
    """The ids of each row's true cells, sorted and joined by ';' (computed once per distinct set)."""
    n = len(mask)
    if not ids:
        return pa.array([""] * n, pa.string())
    weights = (1 << np.arange(len(ids), dtype=np.int64)).astype(np.int64)
    code = mask.astype(np.int64) @ weights
    distinct, index = np.unique(code, return_inverse=True)
    texts = [";".join(sorted(ids[k] for k in range(len(ids)) if c >> k & 1)) for c in distinct.tolist()]
    return pa.array(texts, pa.string()).take(pa.array(index.astype(np.int32)))


def _provinces(communes: Any, on: dt.date) -> pa.Array:  # noqa: ANN401 - a numpy array or Arrow value (numpy is an optional extra: no annotation imports it)
    """The province of each commune code on ``on`` (empty when unknown), looked up once per code."""
    from giamngheo._units import locate  # noqa: PLC0415 - the units data load on first use

    text = pa.array(communes, pa.string(), from_pandas=True)
    encoded = pc.dictionary_encode(text)
    found: list[str | None] = []
    for code in encoded.dictionary.to_pylist():
        try:
            provinces = {unit.province for unit in locate(code, on=on).units}  # an old code: its successors'
            found.append(provinces.pop() if len(provinces) == 1 else None)
        except GiamngheoError:
            found.append(None)
    return pa.array(found, pa.string()).take(encoded.indices)


def result_schema(standard: Standard) -> pa.Schema:
    """The schema of a result table under ``standard``."""
    fields = [
        pa.field(name, pa.int64() if name in {"deprivation_count", "persons"} else pa.string())
        for name in RESULT_COLUMNS
    ]
    fields += [pa.field(f"deprived_{i.id}", pa.int8()) for i in standard.indicators]
    return pa.schema(fields)


def result_table(
    columns: Columns,
    result: BatchResult,
    *,
    needed: bool = True,
    patches: dict[int, InvalidInput] | None = None,
    first_row: int = 0,
) -> pa.Table:
    """The results of a chunk as a table of :data:`RESULT_COLUMNS` and a 0/1 column per indicator.

    ``needed`` (the facts that would decide an undetermined household) is computed by the scalar path for the
    undetermined households only. ``patches`` replaces the result of some rows (by row of the register) by an error.
    """
    n = len(result)
    status = result.status.copy()
    errors = result.errors.copy()
    if patches:
        for r, error in patches.items():
            if first_row <= r < first_row + n:
                status[r - first_row] = -1
                errors[r - first_row] = error
    failed = status < 0
    codes = list(result.STATUSES)
    names = pa.array(["", *(s.value for s in codes)], pa.string())
    names_vi = pa.array(["", *(s.label("vi") for s in codes)], pa.string())
    index = pa.array(status.astype(np.int32) + 1)
    deprived = result.deprived & ~failed[:, None]
    undetermined = result.undetermined & ~failed[:, None]
    count = deprived.sum(axis=1, dtype=np.int64)
    error_text = np.full(n, "", dtype=object)
    rows = np.flatnonzero(errors)  # the truthy cells: the errors
    error_text[rows] = [str(e) for e in errors[rows]]
    needed_text = np.full(n, "", dtype=object)
    if needed:
        undecided = np.flatnonzero(status == codes.index(Status.UNDETERMINED))
        alike: dict[tuple[object, ...], str] = {}  # households of the same facts need the same ones
        for i in undecided.tolist():
            key = columns.facts(i)
            text = alike.get(key)
            if text is None:
                try:
                    text = ";".join(assess(columns.household(i), on=result.on, standard=result.standard).needed)
                except GiamngheoError:
                    text = ""
                alike[key] = text
            needed_text[i] = text
    out: dict[str, pa.Array] = {
        "household_id": pa.array(result.household_id, pa.string()),
        "status": names.take(index),
        "status_vi": names_vi.take(index),
        "deprivation_count": pa.array(count, mask=failed),
        "deprived": _joined(deprived, result.indicator_ids),
        "undetermined": _joined(undetermined, result.indicator_ids),
        "needed": pa.array(needed_text, pa.string()),
        "standard": pa.repeat(pa.scalar(result.standard.id), n).cast(pa.string()),
        "error": pa.array(error_text, pa.string()),
        "commune": pa.array(result.commune, pa.string(), from_pandas=True),
        "district": pa.array(result.district, pa.string(), from_pandas=True),
        "province": _provinces(result.commune, result.on),
        "area": pa.array(result.area, pa.string(), from_pandas=True),
        "persons": pa.array(result.persons.astype(np.int64), mask=result.persons <= 0),
        "basis": _bases(result, failed),
        "caveat": _caveats(result, failed),
    }
    for k, indicator in enumerate(result.indicator_ids):
        out[f"deprived_{indicator}"] = pa.array(deprived[:, k].astype(np.int8), mask=failed | undetermined[:, k])
    return pa.table(out, schema=result_schema(result.standard))


def _bases(result: BatchResult, failed: Any) -> pa.Array:  # noqa: ANN401 - a numpy mask
    """The basis of each poor status (``"income"``, ``"multidimensional"``; empty where there is none)."""
    names = pa.array(["" if b is None else b.value for b in result.BASES], pa.string())
    codes = result.basis_codes()
    codes[failed] = 0
    return names.take(pa.array(codes.astype(np.int32)))


def _caveats(result: BatchResult, failed: Any) -> pa.Array:  # noqa: ANN401 - a numpy mask
    """The id of the standard's caveat on every assessed row (empty on errors, or when it has none)."""
    caveat = result.standard.caveat
    text = np.full(len(result), "" if caveat is None else caveat.id, dtype=object)
    text[failed] = ""
    return pa.array(text, pa.string())


def orphan_table(orphans: list[Orphan], standard: Standard, describe: Callable[[Orphan], str]) -> pa.Table:
    """One result row per orphan member (no status; its error says whose household is missing)."""
    schema = result_schema(standard)
    columns: dict[str, list[object]] = {name: [None] * len(orphans) for name in schema.names}
    columns["household_id"] = [o.household_id for o in orphans]
    columns["standard"] = [standard.id] * len(orphans)
    columns["error"] = [describe(o) for o in orphans]
    for name in ("status", "status_vi", "deprived", "undetermined", "needed", "basis", "caveat"):
        columns[name] = [""] * len(orphans)
    return pa.table(columns, schema=schema)


def assess_register(
    register: Register, *, on: dt.date, standard: Standard, needed: bool = True
) -> Iterator[tuple[Chunk, BatchResult, pa.Table]]:
    """Each chunk of ``register`` with its result and its result table (patches not applied yet)."""
    for chunk in register.chunks():
        result = assess_columns(chunk.columns, on=on, standard=standard)
        yield chunk, result, result_table(chunk.columns, result, needed=needed, first_row=chunk.first_row)


@attrs.define
class Summary:
    """What a run of :func:`assess_files` did.

    Attributes:
        counts: Households of each status (``"error"``: a row that could not be assessed).
        orphans: The member rows of no household.
        rows: Rows written (households, then one per orphan member).
        members: Member rows read.
        stated_dropped: Whether some stated deprivation was left out (a standard of income only).
        read_whole: Whether the register was read whole (its members were not grouped in the households' order).
        notes: What the readers decided that the user should know.
    """

    counts: dict[str, int]
    orphans: list[Orphan]
    rows: int
    members: int
    stated_dropped: bool
    read_whole: bool
    notes: list[str]


def member_line(orphan: Orphan) -> int:
    """The line of a member row in its file, the header being line 1 (blank lines are not counted)."""
    return orphan.row + 2


class _Run:
    """One pass over a register: each chunk's results staged, and written to the output as they come.

    The output written as it comes is thrown away (:attr:`direct` is then ``None``) when a later chunk changes an
    earlier row (a household id repeated across chunks): the staged results are then written again, patched. The
    output to standard output is written from the stage only, at the end.
    """

    def __init__(  # noqa: PLR0917 - the files, where results go, and how they are written
        self,
        households: TableFile,
        members: TableFile | None,
        output: Any,  # noqa: ANN401 - a Path, or None for standard output
        stage: Any,  # noqa: ANN401 - a Path
        schema: pa.Schema,
        options: dict[str, Any],
    ) -> None:
        self.households, self.members, self.output, self.stage = households, members, output, stage
        self.schema, self.options = schema, options
        self.register = Register(households, members)
        self.direct: Writer | None = None
        self.read_whole = False

    def assess(
        self,
        *,
        on: dt.date,
        standard: Standard,
        drop_stated: bool,
        chunk_rows: int | None,
        count: Callable[[pa.Table], None],
        progress: Callable[[int], None] | None,
    ) -> None:
        """Assess every chunk; a members file in another order is read again whole."""
        from pyarrow import ipc  # noqa: PLC0415 - an optional extra's module, imported when a file of its kind is used

        from giamngheo._writers import writer  # noqa: PLC0415 - the writers import Arrow's file formats

        while True:
            register = self.register = Register(
                self.households, self.members, chunk_rows=chunk_rows, drop_stated=drop_stated
            )
            direct = self.direct = writer(self.output, **self.options) if self.output is not None else None
            try:
                with pa.OSFile(str(self.stage), "wb") as sink, ipc.new_file(sink, self.schema) as staged:
                    for chunk, _, table in ahead(assess_register(register, on=on, standard=standard)):
                        staged.write_table(table)
                        if direct is not None and not register.patches:
                            direct.write(table)
                            count(table)
                        if progress is not None:
                            progress(chunk.first_row + len(chunk.columns))
            except OutOfOrder:
                self._drop()
                if chunk_rows is None:
                    raise
                chunk_rows, self.read_whole = None, True
                continue
            except BaseException:
                self._drop()
                raise
            if register.patches:
                self._drop()
            return

    def _drop(self) -> None:
        if self.direct is not None:
            self.direct.abort()
            self.direct = None

    def finish(self, orphans: pa.Table | None) -> int:
        """Close the output written as it came, the orphans' rows last; the rows written."""
        assert self.direct is not None  # noqa: S101 - only when there is one
        try:
            if orphans is not None:
                self.direct.write(orphans)
            self.direct.close(self.schema)
        except BaseException:
            self._drop()
            raise
        rows: int = self.direct.rows
        return rows

    def staged(self, count: Callable[[pa.Table], None]) -> Iterator[pa.Table]:
        """The staged results, patched."""
        from pyarrow import ipc  # noqa: PLC0415 - an optional extra's module, imported when a file of its kind is used

        first = 0
        patches = self.register.patches
        with ipc.open_file(self.stage) as staged:
            for k in range(staged.num_record_batches):
                table = pa.Table.from_batches([staged.get_batch(k)])
                if patches:
                    table = _patched(table, patches, first)
                first += table.num_rows
                count(table)
                yield table


def assess_files(
    households: TableFile,
    members: TableFile | None,
    output: Any,  # noqa: ANN401 - a Path, or None for standard output
    *,
    on: dt.date,
    standard: Standard,
    drop_stated: bool = False,
    chunk_rows: int | None = 65_536,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Assess a register's files and write one result row per household, in order, then one per orphan member.

    The results are staged in a temporary Arrow file (removed whatever happens), so that a household id repeated
    across chunks marks all its rows, and a members file in another order is read again whole, before anything
    is written; the output is then written in its format (:mod:`giamngheo._writers`).

    Args:
        households: The households file (:func:`~giamngheo.batch._readers.open_table`).
        members: The members file, or ``None``.
        output: The output file (its suffix gives the format), or ``None`` for CSV on standard output.
        on: The date of the assessment.
        standard: The standard applied.
        drop_stated: Leave out the stated deprivations (a standard of income only chosen by the user).
        chunk_rows: Households assessed at once (``None``: all).
        bom: Start a CSV file with a UTF-8 byte-order mark.
        progress: Called with the number of households done after each chunk.
    """
    from giamngheo._writers import write_all  # noqa: PLC0415 - the writers import Arrow's file formats

    schema = result_schema(standard)
    notes = [*households.notes, *(members.notes if members is not None else [])]
    counts: dict[str, int] = {}

    def count(table: pa.Table) -> None:
        for value in pc.value_counts(table.column("status")).to_pylist():
            key = value["values"] or "error"
            counts[key] = counts.get(key, 0) + value["counts"]

    def describe(orphan: Orphan) -> str:
        where = (
            f"household {orphan.household_id!r} is not in {households.path}"
            if orphan.household_id
            else "no household_id"
        )
        path = members.path if members is not None else ""
        return f"{path}, line {member_line(orphan)}: {where} (a member of no household)"

    options: dict[str, Any] = {"bom": bom, "lists": frozenset({"deprived", "undetermined", "needed"})}
    with tempfile.TemporaryDirectory(prefix="giamngheo-") as directory:
        stage = Path(directory) / "results.arrow"
        run = _Run(households, members, output, stage, schema, options)
        run.assess(on=on, standard=standard, drop_stated=drop_stated, chunk_rows=chunk_rows, count=count, progress=progress)
        register = run.register
        if run.direct is not None:
            rows = run.finish(orphan_table(register.orphans, standard, describe) if register.orphans else None)
        else:
            counts.clear()

            def tables() -> Iterator[pa.Table]:
                yield from run.staged(count)
                if register.orphans:
                    yield orphan_table(register.orphans, standard, describe)

            rows = write_all(output, tables(), schema, **options)
    return Summary(
        counts, register.orphans, rows, register_members(register), register.stated_dropped, run.read_whole, notes
    )


def register_members(register: Register) -> int:
    """The member rows read by ``register``'s last run."""
    return register.members_read


def _patched(table: pa.Table, patches: dict[int, InvalidInput], first: int) -> pa.Table:
    """The table with the rows of ``patches`` turned into errors."""
    mine = {r - first: e for r, e in patches.items() if first <= r < first + table.num_rows}
    if not mine:
        return table
    mask = np.zeros(table.num_rows, dtype=bool)
    mask[list(mine)] = True
    flags = pa.array(mask)
    columns = {}
    for name in table.column_names:
        column = table.column(name)
        if name == "error":
            texts = column.to_pylist()
            for j, error in mine.items():
                texts[j] = str(error)
            columns[name] = pa.array(texts, pa.string())
        elif name in {"household_id", "standard", "commune", "district", "province", "area", "persons"}:
            columns[name] = column
        elif pa.types.is_string(column.type):
            columns[name] = pc.if_else(flags, "", column)
        else:
            columns[name] = pc.if_else(flags, pa.scalar(None, column.type), column)
    return pa.table(columns, schema=table.schema)
