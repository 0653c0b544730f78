"""Dask without a shuffle: households and members partitioned alike, on a local cluster of worker processes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")

from giamngheo import InvalidInput, batch  # noqa: E402
from giamngheo.batch._dask import align_members, assess_dask  # noqa: E402

ON = dt.date(2024, 10, 1)
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gen_sample_register.py"


def _generator():  # the register generator of scripts/, loaded without writing bytecode next to it
    spec = importlib.util.spec_from_file_location("_gen_sample_register", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = saved
    return module


@pytest.fixture(scope="module")
def register():
    """200 synthetic households (one with a bad income) and their members, in the generator's order."""
    gen = _generator()
    rows, people = gen.generate(7, 200, gen.gn.communes(gen.PROVINCE, on=gen.UNITS_ON))
    households, members = pd.DataFrame(rows, dtype=str), pd.DataFrame(people, dtype=str)
    households.loc[5, "income_per_capita_monthly_vnd"] = "about 2 million"
    households.loc[5, "income_yearly_vnd"] = ""
    return households, members


def _by_commune(households, members, parts):
    """Both tables split alike into ``parts`` groups of whole communes (as files per commune would be)."""
    communes = list(dict.fromkeys(households.commune))
    groups = [set(communes[k::parts]) for k in range(parts)]  # a commune's households may be anywhere: not sorted
    household_parts = [households[households.commune.isin(g)] for g in groups]
    member_parts = [members[members.household_id.isin(set(h.household_id))] for h in household_parts]
    return pd.concat(household_parts, ignore_index=True), household_parts, member_parts


def _frames(parts):
    return dd.from_map(lambda part: part, parts, meta=parts[0].iloc[:0])


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_cluster_of_processes_equals_one_frame(register, client):
    households, members = register
    ordered, household_parts, member_parts = _by_commune(households, members, 3)
    result = client.compute(assess_dask(_frames(household_parts), _frames(member_parts), on=ON)).result()
    # the whole tables in one process, in the order the partitions give them
    expected = batch.assess_frame(ordered, pd.concat(member_parts, ignore_index=True), on=ON)
    assert list(batch.OUTPUT_COLUMNS) == list(result.columns)
    assert list(range(len(ordered))) == result.row.tolist()
    assert expected.values.tolist() == result.values.tolist()
    assert "income_per_capita_monthly_vnd" in result.error[result.household_id == households.household_id[5]].item()


def test_misaligned_partitions_report_orphans_and_drop_nothing(register, client):
    households, members = register
    # members cut at other places than the households: some sit in the wrong partition
    found = assess_dask(dd.from_pandas(households, npartitions=3), dd.from_pandas(members, npartitions=3), on=ON)
    result = client.compute(found).result()
    rows, orphans = result[result.row >= 0], result[result.row < 0]
    assert list(range(len(households))) == rows.row.tolist()
    assert households.household_id.tolist() == rows.household_id.tolist()
    assert len(orphans) > 0
    seen = set()
    for household_id, error in zip(orphans.household_id, orphans.error, strict=True):
        number = int(error.split()[2])  # "members row N (from 1): ..."; N in the whole members table
        assert household_id == members.household_id[number - 1]
        assert "partition" in error
        assert "align_members" in error
        seen.add(number - 1)
    assert len(seen) == len(orphans)
    # every member is in its household's partition or reported: none is lost
    bounds = found.npartitions
    household_cuts = dd.from_pandas(households, npartitions=bounds).map_partitions(len).compute().cumsum().tolist()
    member_cuts = dd.from_pandas(members, npartitions=bounds).map_partitions(len).compute().cumsum().tolist()
    part_of = {h: sum(i >= c for c in household_cuts) for i, h in enumerate(households.household_id)}
    misplaced = {i for i, h in enumerate(members.household_id) if part_of[h] != sum(i >= c for c in member_cuts)}
    assert misplaced == seen


def test_align_members_puts_them_back(register, client):
    households, members = register
    shuffled = members.sample(frac=1, random_state=3).reset_index(drop=True)
    aligned = align_members(dd.from_pandas(households, npartitions=3), dd.from_pandas(shuffled, npartitions=4))
    assert 3 == aligned.npartitions
    result = client.compute(assess_dask(dd.from_pandas(households, npartitions=3), aligned, on=ON)).result()
    parts = client.gather(client.compute([aligned.get_partition(k) for k in range(3)]))
    assert batch.assess_frame(households, shuffled, on=ON).values.tolist() == result.values.tolist()
    assert list(shuffled.columns) == list(parts[0].columns)
    # within a partition the members keep their input order
    position = {m: i for i, m in enumerate(shuffled.member_id)}
    for part in parts:
        assert sorted(part.member_id, key=position.get) == part.member_id.tolist()


def test_known_divisions_alike_are_trusted(register):
    households, members = register
    ordered = households.sort_values("household_id", ignore_index=True)
    by_id = dd.from_pandas(ordered.set_index("household_id", drop=False), npartitions=4, sort=True)
    people = members.set_index("household_id")
    people = dd.from_pandas(people, npartitions=1, sort=True).repartition(divisions=by_id.divisions)
    with dask.config.set(scheduler="synchronous"):
        result = assess_dask(by_id, people, on=ON).compute()
    expected = batch.assess_frame(ordered, members.sort_values("household_id", kind="stable"), on=ON)
    assert expected.values.tolist() == result.values.tolist()


def test_known_divisions_that_differ_are_refused(register):
    households, members = register
    by_id = dd.from_pandas(households.set_index("household_id"), npartitions=4, sort=True)
    people = dd.from_pandas(members.set_index("household_id"), npartitions=4, sort=True)
    assert by_id.divisions != people.divisions
    with pytest.raises(InvalidInput, match="divisions differ") as caught:
        assess_dask(by_id, people, on=ON)
    assert "members.household_id" == caught.value.field


def test_other_partition_counts_and_tables_are_refused(register):
    households, members = register
    with pytest.raises(InvalidInput, match="3 partitions and the households 2") as caught:
        assess_dask(dd.from_pandas(households, npartitions=2), dd.from_pandas(members, npartitions=3), on=ON)
    assert "members" == caught.value.field
    with pytest.raises(InvalidInput, match="assess_frame") as caught:
        assess_dask(households, on=ON)
    assert "households" == caught.value.field


def test_without_members(register):
    households, _ = register
    stated = households[households.deprived != ""].reset_index(drop=True)
    with dask.config.set(scheduler="synchronous"):
        result = assess_dask(dd.from_pandas(stated, npartitions=2), on=ON).compute()
    assert batch.assess_frame(stated, on=ON).values.tolist() == result.values.tolist()
