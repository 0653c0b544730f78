"""A register read chunk by chunk: the households with their members, and the ids read so far.

The members file is matched to the households file as both are read, in bounded memory (see ``docs/batch.md``);
a household id repeated across chunks is found by a 64-bit hash of each id read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from giamngheo._errors import InvalidInput, OutOfOrder
from giamngheo.batch._ahead import ahead
from giamngheo.batch._columns import Columns, Orphan
from giamngheo.batch._encode import check_columns, encode, repeated_reason
from giamngheo.batch._readers import TableFile

__all__ = ["Chunk", "Register", "concat"]

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
