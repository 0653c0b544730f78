"""Benchmark of the Alkire-Foster measures from a batch result against a direct, exact numpy computation.

Run from the repository with the package installed::

    python benchmarks/bench_measure.py                      # 1,000,000 households, about half a minute
    python benchmarks/bench_measure.py --households 200000
    python benchmarks/bench_measure.py --quick              # 100,000 households, a smoke test

On the seeded synthetic households of ``batch_data.py``, assessed once with ``giamngheo.batch`` (the
2022-2025 standard, 12 indicators), it times, interleaved over 5 rounds:

* (a) ``measure.AFSample.from_batch(result)`` + ``measure.alkire_foster(sample, measure.national_spec(standard))``;
* (b) a direct numpy computation written by hand for this one case: the scores as ``deprived @ weights`` in
  integers, the poor, their sums and per-indicator counts, then one ``Fraction`` per measure;

asserts that both give the same exact ``H``, ``A``, ``M0``, uncensored and censored headcount ratios, and prints
the medians and the ratio (a) / (b) against the target of issue 13: within 3x. It also prints, for information,
the medians of ``unit="persons"`` and of ``by=`` a grouping of 100 communes. The script reports; it never fails
a build: it exits 0 whatever the figures, even on an error (printed). It writes nothing: no file, and no
``__pycache__`` in the source tree.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # before importing giamngheo: the benchmark writes nothing into the source tree

import argparse  # noqa: E402 - after the line above, on purpose
import gc  # noqa: E402
import math  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Callable  # noqa: E402
from fractions import Fraction  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch_data  # noqa: E402

from giamngheo import batch, measure  # noqa: E402

TARGET = 3.0  # (a) time / (b) time, at most (issue 13)
ROUNDS = 5
COMMUNES = 100


def assessed(n: int) -> Any:
    """``n`` synthetic households assessed with the batch engine."""
    arrays = batch_data.generate(n, seed=7)
    return batch.assess_columns(batch.Columns.from_arrays(**arrays), on=batch_data.ON)


def library(result: Any, spec: measure.AFSpec, **options: Any) -> Any:
    """(a): the sample from the batch result, then the measures."""
    groups = options.pop("groups", None)
    return measure.alkire_foster(measure.AFSample.from_batch(result, groups=groups), spec, **options)


def direct(result: Any, spec: measure.AFSpec) -> dict[str, object]:
    """(b): the measures of the rows without an error, by hand with numpy integers; one Fraction per measure."""
    kept = result.status >= 0
    deprived = result.deprived[kept]
    den = math.lcm(*(w.denominator for _, w in spec.weights))
    weight = np.array([w.numerator * (den // w.denominator) for _, w in spec.weights], dtype=np.int64)
    score = deprived @ weight  # the score times den, an integer
    poor = score * spec.k.denominator >= spec.k.numerator * den
    n, count = len(score), int(poor.sum())
    h = Fraction(count, n) if n else Fraction(0)
    a = Fraction(int(score[poor].sum()), den * count) if count else Fraction(0)
    ids = spec.indicator_ids
    return {
        "H": h,
        "A": a,
        "M0": h * a,
        "uncensored": tuple((j, Fraction(int(c), n)) for j, c in zip(ids, deprived.sum(axis=0), strict=True)),
        "censored": tuple((j, Fraction(int(c), n)) for j, c in zip(ids, deprived[poor].sum(axis=0), strict=True)),
    }


def timed(function: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def run(n: int) -> None:
    print(f"assessing {n:,} synthetic households with giamngheo.batch …", flush=True)
    result = assessed(n)
    spec = measure.national_spec(result.standard)
    print(f"{len(result):,} households, {result.failed:,} with an error, {len(result.indicator_ids)} indicators")
    ours: list[float] = []
    hand: list[float] = []
    for round_ in range(ROUNDS):  # interleaved: the machine's load weighs on both alike
        t_a, r = timed(lambda: library(result, spec))
        t_b, expected = timed(lambda: direct(result, spec))
        got = {"H": r.H, "A": r.A, "M0": r.M0, "uncensored": r.uncensored, "censored": r.censored}  # type: ignore[attr-defined]
        assert expected == got, f"round {round_}: the two computations differ"
        ours.append(t_a)
        hand.append(t_b)
    a, b = statistics.median(ours), statistics.median(hand)
    print(f"H = {got['H']}, A = {got['A']}, M0 = {got['M0']} (the same exact values both ways)")
    print(f"(a) AFSample.from_batch + alkire_foster: median {a:.4f} s over {ROUNDS} rounds ({n / a:,.0f} households/s)")
    print(f"(b) direct exact numpy AF:            median {b:.4f} s")
    verdict = "met" if a <= TARGET * b else "NOT met"
    print(f"ratio (a) / (b) = {a / b:.2f} (target: at most {TARGET:g}): {verdict}")
    rng = np.random.default_rng(11)
    communes = np.array([f"{c:05d}" for c in range(COMMUNES)], dtype=object)[rng.integers(0, COMMUNES, len(result))]
    persons = statistics.median(timed(lambda: library(result, spec, unit="persons"))[0] for _ in range(3))
    grouped = statistics.median(
        timed(lambda: library(result, spec, by="commune", groups={"commune": communes}))[0] for _ in range(3)
    )
    print(f"for information: unit='persons' median {persons:.4f} s; by= {COMMUNES} communes median {grouped:.4f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 households")
    options = parser.parse_args(argv)
    try:
        run(100_000 if options.quick else options.households)
    except Exception:  # noqa: BLE001 - a benchmark reports, it never fails a build
        traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
