"""Data frames: pandas in and out, and Dask partition by partition on the local scheduler."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")

from giamngheo import batch  # noqa: E402

ON = dt.date(2024, 10, 1)
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "giamngheo" / "data" / "sample"


@pytest.fixture(scope="module")
def sample():
    households = pd.read_csv(SAMPLE / "households.csv", dtype=str, keep_default_na=False).head(1500)
    members = pd.read_csv(SAMPLE / "members.csv", dtype=str, keep_default_na=False)
    return households, members[members.household_id.isin(set(households.household_id))]


def test_frame_equals_the_columns_path(sample):
    households, members = sample
    frame = batch.assess_frame(households, members, on=ON)
    rows = list(batch.assess_columns(batch.Columns.from_rows(households, members), on=ON).rows())
    assert list(range(len(households))) == frame.row.tolist()
    assert [r["status"] for r in rows] == frame.status.tolist()
    assert list(batch.OUTPUT_COLUMNS) == list(frame.columns)


@pytest.mark.parametrize(("household_parts", "member_parts"), [(1, 1), (4, 3), (7, 2)])
def test_dask_partition_by_partition_equals_one_frame(sample, household_parts, member_parts):
    households, members = sample
    expected = batch.assess_frame(households, members, on=ON)
    with dask.config.set(scheduler="synchronous"):
        parts = dd.from_pandas(households, npartitions=household_parts)
        # partitioned otherwise than the households: aligned first (the slow path), never shuffled inside
        aligned = batch.align_members(parts, dd.from_pandas(members, npartitions=member_parts))
        result = batch.assess_dask(parts, aligned, on=ON).compute()
    result = result.sort_values("row").reset_index(drop=True)
    assert expected.values.tolist() == result.values.tolist()


def test_dask_keeps_orphans_and_bad_rows():
    households = pd.DataFrame(
        {"household_id": ["A", "B"], "area": ["rural", "urban"], "income_per_capita_monthly_vnd": ["1000000", "x"]}
    )
    members = pd.DataFrame({"household_id": ["A", "Z"], "birth_date": ["1990-01-01", "1990-01-01"]})
    with dask.config.set(scheduler="synchronous"):
        parts = dd.from_pandas(households, npartitions=2)
        aligned = batch.align_members(parts, dd.from_pandas(members, npartitions=1))
        frame = batch.assess_dask(parts, aligned, on=ON).compute().sort_values(["row", "household_id"]).reset_index(drop=True)
    assert [-1, 0, 1] == frame.row.tolist()
    assert ["Z", "A", "B"] == frame.household_id.tolist()
    assert "not in the households table" in frame.error[0]
    assert "income_per_capita_monthly_vnd" in frame.error[2]


def test_dask_without_members(sample):
    households, _ = sample
    stated = households[households.deprived != ""]
    with dask.config.set(scheduler="synchronous"):
        result = batch.assess_dask(dd.from_pandas(stated, npartitions=3), on=ON).compute().sort_values("row")
    assert batch.assess_frame(stated, on=ON).status.tolist() == result.status.tolist()
