"""Data frames in, data frames out: pandas (extra ``pandas``); Dask partition by partition is in ``_dask``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard
from giamngheo.batch._assess import assess_columns

__all__ = ["OUTPUT_COLUMNS", "assess_frame"]

#: The columns of a result frame, in order (``row`` is the household's position in the input).
OUTPUT_COLUMNS = ("row", "household_id", "status", "deprivation_count", "deprived", "undetermined", "standard", "error")


def assess_frame(
    households: Any,  # noqa: ANN401 - a pandas DataFrame
    members: Any = None,  # noqa: ANN401
    *,
    on: dt.date,
    standard: Standard | None = None,
    jurisdiction: str | None = None,
    first_row: int = 0,
    progress: bool = False,
) -> Any:  # noqa: ANN401
    """Assess the households of a pandas DataFrame (with their members' DataFrame) into a result DataFrame.

    The tables go through the pipeline of the command line (Arrow columns, converted column by column): a frame
    read with ``dtype=str`` or with typed columns (integers, floats, booleans, dates) gives the same results. The
    result has one row per household, in input order, with the columns :data:`OUTPUT_COLUMNS`; then one row per
    member whose household is not in ``households`` (``status`` empty, the error naming the member's row), so that
    no input row disappears.

    Args:
        households: Columns as in ``giamngheo schema`` (text or typed values; empty or NaN is unknown).
        members: The members, or ``None``.
        on: The date of the assessment.
        standard: A standard to apply instead of the national one in force.
        jurisdiction: Or a jurisdiction's standard in force.
        first_row: The ``row`` of the first household (for a partition of a larger table).
        progress: Show a progress bar (tqdm) on standard error while encoding and assessing.
    """
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - optional

    from giamngheo.batch._encode import encode  # noqa: PLC0415 - needs pyarrow
    from giamngheo.batch._results import result_table  # noqa: PLC0415
    from giamngheo.batch._tables import to_arrow  # noqa: PLC0415

    for table, name in ((households, "households"), (members, "members")):
        if table is not None and not hasattr(table, "columns"):
            raise InvalidInput(name, f"a pandas DataFrame, got {type(table).__name__}")
    bar = _bar(progress, 3)
    columns = encode(to_arrow(households, "households"), None if members is None else to_arrow(members, "members"))
    _step(bar)
    result = assess_columns(columns, on=on, standard=standard, jurisdiction=jurisdiction)
    _step(bar)
    table = result_table(columns, result, needed=False)
    counts = table.column("deprivation_count").to_numpy(zero_copy_only=False)
    frame = table.select(["household_id", "status", "deprived", "undetermined", "standard", "error"]).to_pandas()
    frame.insert(0, "row", range(first_row, first_row + len(frame)))
    frame.insert(3, "deprivation_count", pd.Series([("" if c != c else int(c)) for c in counts], dtype=object))  # noqa: PLR0124 - NaN: an error row
    _step(bar)
    if bar is not None:
        bar.close()
    if result.orphans:
        orphans = pd.DataFrame(
            [
                {
                    "row": -1,
                    "household_id": o.household_id,
                    "status": "",
                    "deprivation_count": "",
                    "deprived": "",
                    "undetermined": "",
                    "standard": result.standard.id,
                    "error": f"members row {o.row + 1} (from 1): household {o.household_id!r} is not in the households table",
                }
                for o in result.orphans
            ]
        )
        frame = pd.concat([frame, orphans], ignore_index=True)
    return frame


def _bar(enabled: bool, total: int) -> Any:  # noqa: ANN401, FBT001 - a tqdm bar or None
    if not enabled:
        return None
    from tqdm.auto import tqdm  # noqa: PLC0415 - opt-in

    return tqdm(total=total, desc="giamngheo", unit=" steps")


def _step(bar: Any) -> None:  # noqa: ANN401
    if bar is not None:
        bar.update(1)
