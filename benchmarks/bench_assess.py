"""Benchmarks of giamngheo: import time, and the cost of one assessment.

Run from anywhere with the package installed::

    python benchmarks/bench_assess.py            # full run, about half a minute
    python benchmarks/bench_assess.py --quick    # a tenth of the calls, for a smoke test

It prints one table of medians and checks three targets:

* importing ``giamngheo`` in a fresh interpreter takes less than 100 ms;
* one ``gn.assess(hh, on=...)`` of a household stating its deprivations, without explanation, takes less
  than 5 µs;
* one ``gn.assess(hh, on=...)`` of a typical household of 4 given as members and dwelling (every indicator
  computed from raw facts), without explanation, takes less than 10 µs: at least 100,000 assessments a
  second on one core. The rate is printed too.

The script reports; it never fails a build: it exits 0 whatever the figures, even on an error.
Only the standard library is used (``time.perf_counter``, ``statistics``, ``subprocess``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable

sys.dont_write_bytecode = True  # a benchmark writes nothing into the source tree (no __pycache__ in src/)

import giamngheo as gn  # noqa: E402 - after the line above

IMPORT_TARGET_MS = 100.0
ASSESS_TARGET_US = 5.0
MEMBERS_TARGET_US = 10.0  # 100,000 assessments a second

ON = dt.date(2023, 6, 1)  # under the 2022-2025 standard (Nghị định 07/2021/NĐ-CP, Điều 3)

#: A rural household at 1,200,000 VND a month per person, stating 3 deprivations: poor in 2023.
HH_MONTHLY = gn.Household(
    area=gn.Area.RURAL,
    income_per_capita_monthly_vnd=1_200_000,
    deprived={"health_insurance", "water", "housing_area"},
)
#: 50,000,000 VND a year for 4 people: 3,125,000/3 VND a month per person, an exact fraction; near-poor in 2023.
HH_YEARLY = gn.Household(area=gn.Area.RURAL, income_yearly_vnd=50_000_000, size=4)


def _family(**child: object) -> gn.Household:
    """A typical rural household of 4: two working parents and two school children, every fact known."""
    adult = {
        "has_health_insurance": True,
        "attending_school": False,
        "on_the_job_training": False,
        "disability": False,
        "social_allowance": False,
        "sick_untreated": False,
        "uses_phone": True,
    }
    kid = {
        "has_health_insurance": True,
        "attending_school": True,
        "nutrition": "normal",
        "disability": False,
        "social_allowance": False,
        "sick_untreated": False,
        "uses_phone": False,
        "uses_internet": False,
    }
    kid.update(child)
    members = (
        gn.Member(
            birth_date=dt.date(1985, 3, 14),
            sex="male",
            employment="wage_with_contract",
            education="upper_secondary",
            uses_internet=True,
            **adult,
        ),
        gn.Member(
            birth_date=dt.date(1988, 11, 2),
            sex="female",
            employment="self_employed",
            education="lower_secondary",
            uses_internet=False,
            **adult,
        ),
        gn.Member(birth_date=dt.date(2012, 9, 5), **kid),
        gn.Member(birth_date=dt.date(2017, 1, 20), **kid),
    )
    dwelling = gn.Dwelling(
        floor_area_m2=48,
        wall="durable",
        column="durable",
        roof="non_durable",
        water_source="borehole",
        latrine="septic",
        devices="phone;television",
        hears_loudspeaker=True,
        waste_collected=True,
    )
    return gn.Household(
        area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_400_000, members=members, dwelling=dwelling, id="BENCH-4"
    )


#: A household of 4 given as members and dwelling, every fact known: near-poor in 2023.
HH_MEMBERS = _family()
#: The same with the younger child's school attendance and insurance unknown: still decided, 2 undetermined.
HH_MEMBERS_UNKNOWN = _family(attending_school=None, has_health_insurance=None)


# --- import time ---------------------------------------------------------------------------------------------


def _env(cwd: str) -> dict[str, str]:
    """The environment of the timed interpreters: bytecode cached, as an installed package runs, but in ``cwd``.

    ``PYTHONPYCACHEPREFIX`` sends the cache into the temporary directory, so that the source tree gets no
    ``__pycache__``; ``PYTHONDONTWRITEBYTECODE`` (if set) is dropped, else every import compiles the sources again.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = os.path.join(cwd, "pycache")  # noqa: PTH118
    return env


def _wall_seconds(code: str, cwd: str) -> float:
    """Wall time of ``python -c code`` in a fresh interpreter."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=cwd, check=True, capture_output=True, env=_env(cwd))
    return time.perf_counter() - start


def _importtime_ms(cwd: str) -> float:
    """The cumulative time ``python -X importtime`` reports for the top-level ``giamngheo`` import, in ms."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import giamngheo"],
        cwd=cwd,
        env=_env(cwd),
        check=True,
        capture_output=True,
        text=True,
    )
    for line in done.stderr.splitlines():
        # Each line gives the self time, the cumulative time (both in µs) and the module, split by bars.
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == "giamngheo":
            return int(parts[1]) / 1000
    msg = "no 'giamngheo' line in the -X importtime output"
    raise RuntimeError(msg)


def import_times(runs: int) -> tuple[float, float, float]:
    """Median ms of: ``import giamngheo`` minus a bare interpreter; a bare interpreter; ``-X importtime``.

    Runs are interleaved so that a drift of the machine affects both sides alike; one warm-up run of each
    is discarded. A temporary directory is the working directory, so nothing local shadows the package.
    """
    with tempfile.TemporaryDirectory() as cwd:
        _wall_seconds("pass", cwd)
        _wall_seconds("import giamngheo", cwd)
        bare, loaded, reported = [], [], []
        for _ in range(runs):
            bare.append(_wall_seconds("pass", cwd))
            loaded.append(_wall_seconds("import giamngheo", cwd))
            reported.append(_importtime_ms(cwd))
    bare_ms = statistics.median(bare) * 1000
    return statistics.median(loaded) * 1000 - bare_ms, bare_ms, statistics.median(reported)


# --- per-call timings ----------------------------------------------------------------------------------------


def _median_us(loop: Callable[[int], float], number: int, repeats: int) -> float:
    """Median over ``repeats`` of the µs per call of ``loop(number)``, with the garbage collector off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        loop(max(1, number // 20))  # warm-up
        return statistics.median(loop(number) / number * 1e6 for _ in range(repeats))
    finally:
        if enabled:
            gc.enable()


def _assess_loop(household: gn.Household) -> Callable[[int], float]:
    # The call is written out in the loop, not wrapped in a lambda, so only the loop itself is added.
    assess, on = gn.assess, ON

    def loop(number: int) -> float:
        start = time.perf_counter()
        for _ in range(number):
            assess(household, on=on)
        return time.perf_counter() - start

    return loop


def _build_and_assess_loop(number: int) -> float:
    household, assess, area, on = gn.Household, gn.assess, gn.Area.RURAL, ON
    deprived = frozenset({"health_insurance", "water", "housing_area"})
    start = time.perf_counter()
    for _ in range(number):
        assess(household(area=area, income_per_capita_monthly_vnd=1_200_000, deprived=deprived), on=on)
    return time.perf_counter() - start


def _explain_loop(number: int, household: gn.Household = HH_MONTHLY) -> float:
    assess, on = gn.assess, ON
    start = time.perf_counter()
    for _ in range(number):
        assess(household, on=on).explain("vi")
    return time.perf_counter() - start


def _to_json_loop(number: int) -> float:
    to_json, assessment = gn.assessment_to_json, gn.assess(HH_MONTHLY, on=ON)
    start = time.perf_counter()
    for _ in range(number):
        to_json(assessment)
    return time.perf_counter() - start


def _from_json_loop(number: int) -> float:
    from_json, text = gn.assessment_from_json, gn.assessment_to_json(gn.assess(HH_MONTHLY, on=ON))
    start = time.perf_counter()
    for _ in range(number):
        from_json(text)
    return time.perf_counter() - start


# --- report --------------------------------------------------------------------------------------------------


def _verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return "PASS" if value < target else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the calls and fewer runs")
    parser.add_argument("--repeats", type=int, default=7, help="repeats of each timing loop (default 7)")
    parser.add_argument("--import-runs", type=int, default=15, help="fresh interpreters per side (default 15)")
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    repeats = max(3, args.repeats // (2 if args.quick else 1))
    import_runs = max(3, args.import_runs // (3 if args.quick else 1))

    statuses = [gn.assess(hh, on=ON).status.value for hh in (HH_MONTHLY, HH_YEARLY, HH_MEMBERS, HH_MEMBERS_UNKNOWN)]
    print(f"giamngheo {gn.__version__}, Python {platform.python_version()} ({platform.python_implementation()}),")
    print(f"{platform.platform()}; assessments on {ON.isoformat()} ({' / '.join(statuses)}).")
    print(f"Medians of {repeats} repeats; imports: {import_runs} fresh interpreters per side.")
    print()

    import_ms, bare_ms, importtime_ms = import_times(import_runs)
    rows: list[tuple[str, float, str, float | None]] = [
        ("import giamngheo (fresh interpreter, minus bare python)", import_ms, "ms", IMPORT_TARGET_MS),
        ("  bare python -c pass, for reference", bare_ms, "ms", None),
        ("  python -X importtime, cumulative for giamngheo", importtime_ms, "ms", None),
    ]
    timings: tuple[tuple[str, Callable[[int], float], int, float | None], ...] = (
        ("assess: rural, monthly income, 3 deprivations", _assess_loop(HH_MONTHLY), 200_000, ASSESS_TARGET_US),
        ("assess: yearly income + size (exact fraction)", _assess_loop(HH_YEARLY), 200_000, ASSESS_TARGET_US),
        (
            "assess: 4 members + dwelling, all 12 indicators computed",
            _assess_loop(HH_MEMBERS),
            100_000,
            MEMBERS_TARGET_US,
        ),
        ("assess: 4 members + dwelling, 2 facts unknown", _assess_loop(HH_MEMBERS_UNKNOWN), 100_000, None),
        ("Household(...) + assess", _build_and_assess_loop, 100_000, None),
        ('assess + explain("vi")', _explain_loop, 20_000, None),
        ('assess + explain("vi"), 4 members + dwelling', lambda n: _explain_loop(n, HH_MEMBERS), 5_000, None),
        ("assessment_to_json", _to_json_loop, 2_000, None),
        ("assessment_from_json", _from_json_loop, 2_000, None),
    )
    for label, loop, number, target in timings:
        rows.append((label, _median_us(loop, number // scale, repeats), "µs", target))

    width = max(len(label) for label, *_ in rows)
    print(f"{'measure':<{width}}  {'median':>10}  {'target':>10}  verdict")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 10}  -------")
    for label, value, unit, target in rows:
        target_text = f"< {target:g} {unit}" if target is not None else ""
        line = f"{label:<{width}}  {value:>7.2f} {unit:<2}  {target_text:>10}  {_verdict(value, target)}"
        print(line.rstrip())
    members_us = next(value for label, value, *_ in rows if label.startswith("assess: 4 members + dwelling, all"))
    print()
    print(f"Member-level assessments on one core: {1e6 / members_us:,.0f} per second (target 100,000).")
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception:  # noqa: BLE001 - a benchmark reports, it never fails the build
        traceback.print_exc()
    sys.exit(0)
