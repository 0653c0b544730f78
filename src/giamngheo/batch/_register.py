"""A register read whole, as one set of columns: what ``compare``, ``entitlements`` and ``explain`` assess.

References:
    The columns read: :mod:`giamngheo.batch._schema`; the reading, chunk by chunk: :mod:`giamngheo.batch._pipeline`.
"""

from __future__ import annotations

from giamngheo.batch._chunks import Register
from giamngheo.batch._columns import Columns
from giamngheo.batch._readers import TableFile

__all__ = ["read_whole"]


def read_whole(
    households: TableFile, members: TableFile | None, *, drop_stated: bool = False
) -> tuple[Columns, Register]:
    """The whole register as columns, every row's error in place, with the register read (for its orphans).

    Args:
        households: The households table (:func:`~giamngheo.batch._readers.open_table`).
        members: Its members table, or ``None``.
        drop_stated: Whether to leave out the column ``deprived`` (a standard of income only).

    Returns:
        The columns of every household, in the order of the file (a household id repeated has its error on every
        row of it), and the :class:`~giamngheo.batch._pipeline.Register` read, whose ``orphans`` are the member
        rows of no household.
    """
    register = Register(households, members, chunk_rows=None, member_ids=True, drop_stated=drop_stated)
    (chunk,) = register.chunks()
    for j, error in register.patches.items():  # the rows given out before a later row repeated their id
        chunk.columns.errors[j] = error
    return chunk.columns, register
