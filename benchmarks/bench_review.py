"""Benchmark of the annual review: movements, balances and report tables for a province's lists.

Run with the package installed::

    python benchmarks/bench_review.py             # 200,000 households (about Bình Dương's poor and near-poor
                                                  # lists many times over), 91 communes in 9 districts
    python benchmarks/bench_review.py --quick     # 20,000 households

It prints the time of each step (untraced) and the peak memory it added (``tracemalloc``, in a second run of the
step); it never fails a build.
The lists are synthetic and seeded: last year's list of poor and near-poor households, and this year's results
for them and for as many new households.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.dont_write_bytecode = True  # a benchmark writes nothing into the source tree (no __pycache__ in src/)

import giamngheo as gn  # noqa: E402 - after the line above
from giamngheo import review  # noqa: E402
from giamngheo.review import Arrival, Departure, Record  # noqa: E402

STATUSES = (gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR)


def lists(n: int, seed: int = 2025):
    rnd = random.Random(seed)
    communes = [f"{25000 + i:05d}" for i in range(91)]
    districts = {c: f"7{i % 9:02d}" for i, c in enumerate(communes)}
    ids = gn.standard_in_force(on=dt.date(2024, 1, 1)).indicator_ids
    ordered = sorted(ids)
    previous, current, departures, arrivals = [], [], {}, {}
    for i in range(n):
        hid = f"H{i:07d}"
        commune = rnd.choice(communes)
        district = districts[commune]
        if i % 2 == 0:
            previous.append(Record(hid, rnd.choice(STATUSES[:2]), rnd.randint(1, 8), commune=commune, district=district))
            if rnd.random() < 0.02:
                departures[hid] = Departure.MOVED_AWAY
                continue
        elif rnd.random() < 0.02:
            arrivals[hid] = Arrival.MOVED_IN
        deprived = frozenset(d for d in ordered if rnd.random() < 0.2)
        current.append(
            Record(hid, rnd.choice(STATUSES), rnd.randint(1, 8), commune=commune, district=district, deprived=deprived)
        )
    return previous, current, departures, arrivals


def timed(label: str, fn):
    """Time ``fn`` untraced, then run it again under tracemalloc for its peak memory (tracing slows it down)."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<48} {seconds:8.3f} s   peak +{peak / 2**20:7.1f} MiB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    n = 20_000 if parser.parse_args().quick else 200_000
    print(f"{n:,} households, 91 communes, 9 districts")
    previous, current, departures, arrivals = timed("build records", lambda: lists(n))
    moves = timed(
        "movements", lambda: review.movements(previous, current, departures=departures, arrivals=arrivals)
    )
    timed(
        "balances by commune (poor, near-poor), checked",
        lambda: [moves.balances(s) for s in (gn.Status.POOR, gn.Status.NEAR_POOR)],
    )
    standard = gn.standard_in_force(on=dt.date(2024, 1, 1))
    report = timed(
        "review report by district (10 tables)",
        lambda: review.review_report(current, standard=standard, movements=moves, level="district"),
    )
    with tempfile.TemporaryDirectory() as folder:
        timed("CSV export", lambda: report.to_csv(Path(folder)))
        try:
            timed("XLSX export", lambda: report.to_xlsx(Path(folder) / "report.xlsx"))
        except review.MissingExtra as error:
            print(error)
    on = dt.date(2024, 10, 1)
    scores = timed(
        "score() x 100,000",
        lambda: [review.score("rural", i % 200, deprivation_score=(i % 7) * 10, on=on) for i in range(100_000)],
    )
    print(f"{'':<48} {len(scores):,} scores")


if __name__ == "__main__":
    main()
