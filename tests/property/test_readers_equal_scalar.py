"""Every reader gives :func:`giamngheo.assess` row by row: a differential test over formats and encodings.

Registers drawn by the strategies of ``giamngheo.testing`` are written in every format the command line reads
(CSV with commas or semicolons, UTF-8 with and without a byte-order mark, UTF-16, Windows-1258; XLSX; Parquet;
JSON Lines) and as pandas frames, then read back by the pipeline in small chunks (so that the members of a
household are found across blocks); each household's result must be the scalar path's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import batch
from giamngheo.testing import build_household, build_member, member_household_and_date, register_rows

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
openpyxl = pytest.importorskip("openpyxl")

from giamngheo.batch._chunks import Register  # noqa: E402 - needs pyarrow
from giamngheo.batch._readers import open_table  # noqa: E402

ON = dt.date(2024, 10, 1)
HOUSEHOLDS = [c.name for c in batch.HOUSEHOLD_COLUMNS]
MEMBERS = [c.name for c in batch.MEMBER_COLUMNS]
#: name, suffix, delimiter, encoding (``None``: not a text file)
FORMATS = [
    ("utf-8", ".csv", ",", "utf-8"),
    ("utf-8 with BOM, ';'", ".csv", ";", "utf-8-sig"),
    ("utf-16", ".csv", ",", "utf-16"),
    ("windows-1258", ".csv", ";", "cp1258"),
    ("xlsx", ".xlsx", None, None),
    ("parquet", ".parquet", None, None),
    ("json lines", ".jsonl", None, None),
]


def _write(
    path: Path, header: list[str], rows: list[dict[str, str]], delimiter: str | None, encoding: str | None
) -> Path:
    if path.suffix == ".csv":
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=header, restval="", delimiter=delimiter or ",")
        writer.writeheader()
        writer.writerows(rows)
        path.write_bytes(text.getvalue().encode(encoding or "utf-8"))
    elif path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(header)
        for row in rows:
            sheet.append([row.get(name) or None for name in header])
        book.save(path)
    elif path.suffix == ".parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415

        table = pa.table({name: pa.array([row.get(name, "") for row in rows], pa.string()) for name in header})
        pq.write_table(table, path)
    else:
        path.write_text(
            "".join(json.dumps({k: v for k, v in row.items() if v}) + "\n" for row in rows), encoding="utf-8"
        )
    return path


def _scalar(households, on):
    out = []
    for h in households:
        try:
            a = gn.assess(h, on=on)
        except gn.InvalidInput as error:
            out.append(("error", error.field))
        else:
            out.append((a.status, a.deprived, a.undetermined))
    return out


def _results(chunks, on):
    out = []
    for chunk in chunks:
        result = batch.assess_columns(chunk.columns, on=on)
        ids = result.indicator_ids
        for i, status in enumerate(result.statuses()):
            if status is None:
                out.append(("error", result.errors[i].field))
            else:
                deprived = frozenset(ids[k] for k in range(len(ids)) if result.deprived[i, k])
                undetermined = frozenset(ids[k] for k in range(len(ids)) if result.undetermined[i, k])
                out.append((status, deprived, undetermined))
    return out


def _visible(h):
    d = h.dwelling
    return d is None or any(getattr(d, f) is not None for f in batch._schema.DWELLING_COLUMNS)


_PINNED = [build_household([build_member(6, ON, has_health_insurance=False), build_member(40, ON)], id="pinned")]


@settings(
    max_examples=20, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None
)
@given(st.lists(member_household_and_date(), min_size=1, max_size=6))
@example([(_PINNED[0], ON)])
def test_every_format_and_encoding_reads_like_gn_assess(tmp_path_factory, cases):
    on = cases[0][1]
    households = [attrs.evolve(h, id=f"H{i}") for i, (h, _) in enumerate(cases)]
    households = [h for h in households if _visible(h)]
    expected = _scalar(households, on)
    hh_rows, member_rows = register_rows(households)
    folder = tmp_path_factory.mktemp("formats")
    for name, suffix, delimiter, encoding in FORMATS:
        h = _write(folder / f"households{suffix}", HOUSEHOLDS, hh_rows, delimiter, encoding)
        m = _write(folder / f"members{suffix}", MEMBERS, member_rows, delimiter, encoding)
        register = Register(open_table(h, "households"), open_table(m, "members"), chunk_rows=2)
        assert expected == _results(register.chunks(), on), name
        assert [] == register.orphans
    frames = batch.assess_frame(
        pd.DataFrame(hh_rows, columns=HOUSEHOLDS, dtype=object).fillna(""),
        pd.DataFrame(member_rows, columns=MEMBERS, dtype=object).fillna(""),
        on=on,
    )
    assert ["" if e[0] == "error" else e[0].value for e in expected] == frames["status"].tolist()
