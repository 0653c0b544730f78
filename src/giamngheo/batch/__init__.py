"""The batch engine: whole registers assessed at once, column by column (needs numpy: ``giamngheo[batch]``).

>>> import datetime as dt
>>> from giamngheo import batch
>>> cols = batch.Columns.from_rows([
...     {"household_id": "H1", "area": "rural", "income_per_capita_monthly_vnd": "1500000", "deprived": "water;telecom;nutrition"},
...     {"household_id": "H2", "area": "urban", "income_per_capita_monthly_vnd": "oops"},
... ])
>>> result = batch.assess_columns(cols, on=dt.date(2024, 10, 1))
>>> [(r["household_id"], r["status"], r["error"]) for r in result.rows()]
[('H1', 'poor', ''), ('H2', '', "household 'H2': income_per_capita_monthly_vnd: must be a whole number of VND, got 'oops'")]

Every input row comes out once, in input order, with its result or its error; the result of every row equals
:func:`giamngheo.assess` of the same household (a differential test proves it for every rule and standard).
"""

from __future__ import annotations

import warnings

from giamngheo.batch._assess import BatchResult, assess_columns
from giamngheo.batch._columns import Columns, Orphan
from giamngheo.batch._dask import align_members, assess_dask
from giamngheo.batch._frames import OUTPUT_COLUMNS, assess_frame
from giamngheo.batch._schema import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, ColumnType, InputColumn, render_schema

__all__ = [
    "HOUSEHOLD_COLUMNS",
    "MEMBER_COLUMNS",
    "OUTPUT_COLUMNS",
    "BatchResult",
    "ColumnType",
    "Columns",
    "InputColumn",
    "Orphan",
    "align_members",
    "assess_columns",
    "assess_dask",
    "assess_frame",
    "render_schema",
]


def __getattr__(name: str) -> object:
    # ``Column`` of 0.1.0 also named the review's report column (giamngheo.review.Column).
    if name == "Column":
        message = "giamngheo.batch.Column is now giamngheo.batch.InputColumn; the old name will be removed in 1.0"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return InputColumn
    msg = f"module 'giamngheo.batch' has no attribute {name!r}"
    raise AttributeError(msg)
