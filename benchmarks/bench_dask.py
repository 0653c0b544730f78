"""Dask on a local cluster of 2 single-threaded worker processes against one process (issue 13's target: ≥ 1.5x).

    python benchmarks/bench_dask.py [--households 1000000] [--rounds 3] [--partitions 8] [--data DIR]

The register is generated with ``scripts/gen_sample_register.py`` into a temporary folder (or read from ``--data``,
a folder holding its ``households.csv`` and ``members.csv``), then written as Parquet **partitioned alike**: one
households file and one members file per group of whole communes (``households/part-00000.parquet`` holds the
households of the first communes, ``members/part-00000.parquet`` exactly their members), every cell as text.

Measured, each round in turn (interleaved), medians printed:

- in-process: ``pd.read_parquet`` of both folders and :func:`giamngheo.batch.assess_frame` on the whole tables;
- cluster: :func:`giamngheo.batch._dask.assess_dask` on ``dd.from_map(pd.read_parquet, files)`` of both folders
  (one partition per file), computed on a
  ``LocalCluster(n_workers=2, threads_per_worker=1, processes=True)`` started once before the rounds
  (its start-up is printed apart, not counted), the result gathered into one pandas DataFrame on the client.

Both read the same Parquet files and return the same frame (checked on the first round). Nothing is written into
the source tree: no bytecode, and every file under :mod:`tempfile`.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # nothing written into the source tree (the workers inherit it through the env)

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ["PYTHONDONTWRITEBYTECODE"] = "1"  # for the worker processes too

ROOT = Path(__file__).resolve().parents[1]
ON = dt.date(2024, 10, 1)
TARGET = 1.5


def _generate(folder: Path, households: int) -> None:
    if not (folder / "households.csv").exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "gen_sample_register.py"),
                "--households",
                str(households),
                "--out",
                str(folder),
            ],
            check=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )


def write_alike(source: Path, target: Path, partitions: int) -> tuple[int, int]:
    """Both CSV files as Parquet, partitioned alike by groups of whole communes; the numbers of rows."""
    import numpy as np  # noqa: PLC0415
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.compute as pc  # noqa: PLC0415
    import pyarrow.csv as pcsv  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    def read(path: Path) -> pa.Table:
        header = path.open(encoding="utf-8").readline().strip().split(",")
        text = pcsv.ConvertOptions(column_types=dict.fromkeys(header, pa.string()), strings_can_be_null=False)
        return pcsv.read_csv(path, convert_options=text)

    households, members = read(source / "households.csv"), read(source / "members.csv")
    n = households.num_rows
    communes = households.column("commune").to_numpy(zero_copy_only=False)
    # a new group may start only where the commune changes, the nearest such row to each even share
    changes = np.flatnonzero(np.r_[True, communes[1:] != communes[:-1]])
    wanted = [n * k // partitions for k in range(1, partitions)]
    cuts = sorted({int(changes[min(np.searchsorted(changes, w), len(changes) - 1)]) for w in wanted} - {0})
    starts = np.r_[0, cuts]
    part_of_household = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, n]))
    owner = pc.index_in(members.column("household_id"), value_set=households.column("household_id"))
    part_of_member = part_of_household[owner.fill_null(0).to_numpy(zero_copy_only=False)]
    for name, table, parts in (("households", households, part_of_household), ("members", members, part_of_member)):
        (target / name).mkdir(parents=True, exist_ok=True)
        for k in range(len(starts)):
            rows = np.flatnonzero(parts == k)  # in input order: the members keep theirs
            pq.write_table(table.take(pa.array(rows)), target / name / f"part-{k:05d}.parquet")
    return n, members.num_rows


def _warm() -> None:
    """Import the library and load the standard in force (once per process: not what is measured)."""
    import pandas as pd  # noqa: PLC0415

    from giamngheo.batch._frames import assess_frame  # noqa: PLC0415

    one = pd.DataFrame({"household_id": ["W"], "area": ["rural"], "income_per_capita_monthly_vnd": ["1"]})
    assess_frame(one, pd.DataFrame({"household_id": ["W"], "birth_date": ["1990-01-01"]}), on=ON)


def _in_process(folder: Path) -> tuple[float, float, object]:
    """Seconds of wall time and of CPU time, and the result."""
    import pandas as pd  # noqa: PLC0415

    from giamngheo.batch._frames import assess_frame  # noqa: PLC0415

    started, cpu = time.perf_counter(), time.process_time()
    households = pd.read_parquet(folder / "households")
    members = pd.read_parquet(folder / "members")
    result = assess_frame(households, members, on=ON)
    return time.perf_counter() - started, time.process_time() - cpu, result


def _cluster(folder: Path, client: object) -> tuple[float, float, object]:
    """Seconds of wall time and of CPU time (the workers' and the client's), and the result."""
    before = sum(client.run(time.process_time).values())  # type: ignore[attr-defined]
    started, cpu = time.perf_counter(), time.process_time()
    result = client.compute(_lazy(folder)).result()  # type: ignore[attr-defined]
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return wall, cpu + sum(client.run(time.process_time).values()) - before, result  # type: ignore[attr-defined]


def _lazy(folder: Path) -> object:
    import dask.dataframe as dd  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    from giamngheo.batch._dask import assess_dask  # noqa: PLC0415

    # one partition per file, so that partition i of each table is file i (from_map: read as pd.read_parquet
    # reads it, without dd.read_parquet's planning; about 2 s less CPU on the workers for 1M households)
    households = dd.from_map(pd.read_parquet, sorted((folder / "households").glob("*.parquet")))
    members = dd.from_map(pd.read_parquet, sorted((folder / "members").glob("*.parquet")))
    return assess_dask(households, members, on=ON)


def main(argv: list[str] | None = None) -> None:
    """Generate (or read) the register, then time both paths interleaved and print the medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=8, help="groups of communes, one Parquet file each")
    parser.add_argument("--data", type=Path, help="a folder with households.csv and members.csv (else generated)")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="giamngheo-bench-dask-") as tmp:
        source = args.data or Path(tmp) / "csv"
        if args.data is None:
            _generate(source, args.households)
        started = time.perf_counter()
        n, m = write_alike(source, Path(tmp) / "parquet", args.partitions)
        print(f"{n:,} households, {m:,} members, written as Parquet alike in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            client.run(_warm)
            _warm()
            print(f"cluster of 2 single-threaded worker processes started in {time.perf_counter() - started:.1f} s")
            found = _lazy(Path(tmp) / "parquet")
            print(f"partitions: {found.npartitions}, after optimisation {found.optimize().npartitions}")
            times: dict[str, list[float]] = {"in-process": [], "cluster": [], "cpu in-process": [], "cpu cluster": []}
            for k in range(args.rounds):
                alone, alone_cpu, expected = _in_process(Path(tmp) / "parquet")
                spread, spread_cpu, result = _cluster(Path(tmp) / "parquet", client)
                times["in-process"].append(alone)
                times["cluster"].append(spread)
                times["cpu in-process"].append(alone_cpu)
                times["cpu cluster"].append(spread_cpu)
                if k == 0:
                    rows = result.astype(object).to_numpy().tolist()  # type: ignore[attr-defined]
                    same = expected.astype(object).to_numpy().tolist() == rows
                    print(f"same result as in-process, row for row: {same}")
                load = os.getloadavg()[0]  # the machine is shared: other work slows the cluster most
                print(
                    f"round {k + 1}: in-process {alone:.2f} s ({alone_cpu:.2f} s CPU), cluster {spread:.2f} s "
                    f"({spread_cpu:.2f} s CPU), load average {load:.2f}"
                )
                del expected, result
    alone, spread = statistics.median(times["in-process"]), statistics.median(times["cluster"])
    ratio = alone / spread
    print(f"in-process (read Parquet + assess_frame): {alone:.2f} s median, {n / alone:,.0f} households/s")
    print(f"cluster (assess_dask, 2 workers x 1 thread): {spread:.2f} s median, {n / spread:,.0f} households/s")
    print(f"speed-up: {ratio:.2f}x (target >= {TARGET}x): {'met' if ratio >= TARGET else 'NOT met'}")
    # what the cluster would reach with both cores to itself: its CPU spread over two, the in-process CPU on one
    alone_cpu, spread_cpu = statistics.median(times["cpu in-process"]), statistics.median(times["cpu cluster"])
    print(
        f"CPU: in-process {alone_cpu:.2f} s, cluster {spread_cpu:.2f} s (workers + client); with 2 idle cores the "
        f"cluster could reach at most {2 * alone_cpu / spread_cpu:.2f}x"
    )


if __name__ == "__main__":
    main()
