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
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from giamngheo._errors import InvalidInput, OutOfOrder
from giamngheo._model import Standard
from giamngheo.batch._ahead import ahead
from giamngheo.batch._assess import BatchResult, assess_columns
from giamngheo.batch._chunks import Chunk, Register
from giamngheo.batch._columns import Orphan
from giamngheo.batch._readers import TableFile
from giamngheo.batch._results import orphan_table, result_schema, result_table

if TYPE_CHECKING:
    from giamngheo._writers import Writer

__all__ = ["Summary", "assess_files", "assess_register", "member_line", "register_members"]


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
        run.assess(
            on=on, standard=standard, drop_stated=drop_stated, chunk_rows=chunk_rows, count=count, progress=progress
        )
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
