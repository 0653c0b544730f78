"""The results of a register as Arrow tables: one row per household (or per orphan member), in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from giamngheo._assessment import assess
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._model import Standard, Status
from giamngheo.batch._assess import BatchResult
from giamngheo.batch._columns import Columns, Orphan
from giamngheo.formats.results import RESULT_COLUMNS

__all__ = ["RESULT_COLUMNS", "orphan_table", "result_schema", "result_table"]



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
