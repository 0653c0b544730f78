"""Benchmark of the batch engine against a hand-written numpy function, OpenFisca, and the scalar path.

Run from the repository with the package installed (and ``pip install -r benchmarks/requirements.txt``)::

    python benchmarks/bench_batch.py                      # 1,000,000 households, about half a minute
    python benchmarks/bench_batch.py --households 200000
    python benchmarks/bench_batch.py --quick              # 100,000 households, a smoke test

On the same seeded synthetic households (``batch_data.py``: about 3.6 members each, every fact known) it times

* (a) the engine itself (``giamngheo.batch._engine``): ``Context`` + ``evaluate`` + the status of every household,
  from ``Columns`` already built;
* (a') ``giamngheo.batch``: ``Columns.from_arrays`` + ``assess_columns``, arrays in memory to a ``BatchResult``
  (errors, areas from communes, undetermined statuses and all);
* (b) ``numpy_reference.assess``: the same rules as a tight hand-written numpy function (one bit per member fact,
  one ``bitwise_or.reduceat``);
* (c) OpenFisca (``openfisca_model.py``): building the simulation and calculating the status;
* the scalar path: ``giamngheo.assess`` over 20,000 ``Household`` objects of the same data, extrapolated;

each once per round, the engines interleaved in every round (the machine's drift hits all alike), and prints
households per second (medians over the rounds), the time ratios, the batch engine's peak memory per million households
(``tracemalloc``, in a separate process), and the number of households whose status differs between (a), (b)
and (c) (and the scalar path, on its sample): it must be 0 (the engine's statuses and deprivation matrix are asserted
equal to the reference's: a mismatch is reported as an error and no figure of the engine is printed). Before timing, the numpy reference and the OpenFisca
model are checked against each other and against ``giamngheo.assess`` on 10,000 households, and the reference's
ages and working ages against ``giamngheo.age_on`` and ``RetirementSchedule``.

Targets printed next to the figures: the engine ≥ 3,000,000 households/s and within 1.5× of the numpy
reference's time; ``assess_columns`` ≥ 3× faster than OpenFisca. The script reports; it never fails a build: it
exits 0 whatever the figures, even on an error (printed). Every threshold comes from the library's data. It writes
nothing into the source tree: no bytecode (here and in the processes it starts), CSV files only under ``tempfile``.

"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import os
import statistics
import subprocess
import sys
import time
import traceback
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.dont_write_bytecode = True  # a benchmark writes nothing into the source tree (no __pycache__ in src/)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch_data  # noqa: E402 - after the lines above
import numpy_reference  # noqa: E402

import giamngheo as gn  # noqa: E402

TARGET_RATE = 3_000_000  # households a second, the engine itself
TARGET_VS_OPENFISCA = 3.0  # OpenFisca time / assess_columns time, at least
TARGET_VS_NUMPY = 1.5  # engine time / numpy reference time, at most
#: The environment of the processes this script starts: no bytecode written either.
CHILD_ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
PRECHECK_HOUSEHOLDS = 10_000
SCALAR_HOUSEHOLDS = 20_000
WORKING_AGE_DATES = (dt.date(2021, 1, 1), dt.date(2024, 10, 1), dt.date(2028, 6, 30), dt.date(2031, 2, 28))
STATUS_NAMES = {**{i: s.value for s, i in numpy_reference.STATUS_CODES.items()}, -1: "error"}


# --- the engines, each from the same arrays to status codes ----------------------------------------------------


def run_batch(arrays: dict[str, np.ndarray], on: dt.date) -> Any:
    """(a) ``giamngheo.batch``: the result object (``status``, ``deprived``, ``indicator_ids``)."""
    from giamngheo import batch  # noqa: PLC0415 - optional, and still being written

    return batch.assess_columns(batch.Columns.from_arrays(**arrays), on=on)


def run_engine(columns: Any, on: dt.date, standard: gn.Standard) -> tuple[np.ndarray, np.ndarray]:
    """(a) The engine itself on ``Columns`` already built: status codes and the deprived matrix (indicators × households).

    The status is the engine's own classification (``_bands`` and ``_statuses`` of ``assess_columns``) from the
    area column; it leaves out what only registers with errors, communes or unknown facts need.
    """
    from giamngheo.batch import _assess, _engine  # noqa: PLC0415

    x = _engine.Context(columns, on)
    codes = _engine.evaluate(standard.indicators, x)
    deprived = codes == _engine.DEP
    count = deprived.sum(axis=0, dtype=np.int64)
    status = _assess._statuses(standard, _assess._bands(standard, columns.area, columns), count)  # noqa: SLF001
    return status, deprived


def batch_available() -> str | None:
    """``None`` if the batch engine runs, else why not."""
    try:
        run_batch(batch_data.generate(10, seed=1), batch_data.ON)
    except Exception as error:  # noqa: BLE001 - any failure means "not available"
        return f"{type(error).__name__}: {error}"
    return None


def openfisca_available() -> str | None:
    try:
        import openfisca_model  # noqa: F401, PLC0415
    except ImportError as error:
        return f"{error} (pip install -r benchmarks/requirements.txt)"
    return None


def run_openfisca(system: Any, arrays: dict[str, np.ndarray], on: dt.date) -> np.ndarray:
    """(c) OpenFisca: build the simulation, calculate the status."""
    import openfisca_model  # noqa: PLC0415

    simulation = openfisca_model.build_simulation(system, arrays)
    return np.asarray(simulation.calculate("status", on.isoformat())).astype(np.int8)


def _write_csv(arrays: dict[str, np.ndarray], folder: Path) -> tuple[Path, Path]:
    """The synthetic arrays as households.csv and members.csv, in the columns of ``giamngheo schema``."""
    import csv  # noqa: PLC0415

    from giamngheo.batch._columns import ENUM_COLUMNS, MEMBER_BOOLEANS  # noqa: PLC0415

    def decode(name: str, values: np.ndarray) -> list[str]:
        labels = [str(m.value) for m in ENUM_COLUMNS[name]]
        return ["" if v < 0 else labels[v] for v in values.tolist()]

    def flag(values: np.ndarray) -> list[str]:
        return ["" if v < 0 else ("true" if v else "false") for v in values.tolist()]

    n = len(arrays["household_id"])
    num, den, size = arrays["income_num"], arrays["income_den"], arrays["size"]
    monthly = ["" if d != 1 else str(x) for x, d in zip(num.tolist(), den.tolist(), strict=True)]
    yearly = [
        "" if d == 1 else str(x * 12 * s // d)
        for x, d, s in zip(num.tolist(), den.tolist(), size.tolist(), strict=True)
    ]
    devices_labels = [str(d.value) for d in gn.Device]
    devices = [
        "" if v < 0 else (";".join(devices_labels[k] for k in range(len(devices_labels)) if v >> k & 1) or "none")
        for v in arrays["devices"].tolist()
    ]
    floor = [
        f"{a}/{b}" if b else "" for a, b in zip(arrays["floor_num"].tolist(), arrays["floor_den"].tolist(), strict=True)
    ]
    hh_path, m_path = folder / "households.csv", folder / "members.csv"
    columns = {
        "household_id": arrays["household_id"].tolist(),
        "area": decode("area", arrays["area"]),
        "income_per_capita_monthly_vnd": monthly,
        "income_yearly_vnd": yearly,
        "floor_area_m2": floor,
        **{k: decode(k, arrays[k]) for k in ("wall", "column", "roof", "water_source", "latrine")},
        "devices": devices,
        "hears_loudspeaker": flag(arrays["hears_loudspeaker"]),
        "waste_collected": flag(arrays["waste_collected"]),
    }
    with hh_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        writer.writerows(zip(*columns.values(), strict=True))
    ids = arrays["household_id"]
    hh = arrays["member_household"]
    births = [
        f"{y:04d}-{m:02d}-{d:02d}" if y >= 0 else ""
        for y, m, d in zip(
            arrays["birth_year"].tolist(), arrays["birth_month"].tolist(), arrays["birth_day"].tolist(), strict=True
        )
    ]
    members = {
        "household_id": [ids[i] for i in hh.tolist()],
        "birth_date": births,
        **{k: decode(k, arrays[k]) for k in ("sex", "education", "employment", "nutrition")},
        **{k: flag(arrays[k]) for k in MEMBER_BOOLEANS},
    }
    with m_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(members)
        writer.writerows(zip(*members.values(), strict=True))
    print(f"  wrote {n:,} households and {len(hh):,} members as CSV")
    return hh_path, m_path


def time_cli(households: int) -> None:
    """CSV to CSV through the command line: ``giamngheo assess households.csv --members members.csv -o out.csv``."""
    import tempfile  # noqa: PLC0415

    try:
        arrays = batch_data.generate(households)
        with tempfile.TemporaryDirectory() as folder:
            hh_path, m_path = _write_csv(arrays, Path(folder))
            out = Path(folder) / "out.csv"
            command = [
                sys.executable,
                "-m",
                "giamngheo",
                "assess",
                str(hh_path),
                "--members",
                str(m_path),
                "--on",
                batch_data.ON.isoformat(),
                "-o",
                str(out),
                "--quiet",
            ]
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=False, env=CHILD_ENV)
            seconds = time.perf_counter() - start
            lines = sum(1 for _ in out.open(encoding="utf-8")) - 1 if out.exists() else 0
            print(
                f"CLI CSV-to-CSV ({households:,} households): {seconds:.1f} s, {households / seconds:,.0f} households/s, "
                f"exit {done.returncode}, {lines:,} rows out"
            )
            if done.returncode not in (0, 3):
                print(f"  stderr: {done.stderr[-2000:]}")
    except Exception:  # noqa: BLE001 - the benchmark reports, it never fails
        print(f"CLI CSV-to-CSV ({households:,} households): failed")
        traceback.print_exc(file=sys.stdout)


# --- timing ---------------------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], repeats: int) -> tuple[tuple[float, float], Any]:
    """Median and best seconds over ``repeats`` calls of ``fn`` (each after a collection), and the last result."""
    times, result = [], None
    for _ in range(repeats):
        result = None
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return (statistics.median(times), min(times)), result


def memory_run(households: int, seed: int) -> None:
    """In a fresh process: the peak memory ``tracemalloc`` sees while the batch engine (then the reference) runs."""
    arrays = batch_data.generate(households, seed=seed)
    inputs = sum(v.nbytes for v in arrays.values())
    print(f"input_bytes={inputs}")
    for name, fn in (
        ("batch", lambda: run_batch(arrays, batch_data.ON)),
        ("numpy", lambda: numpy_reference.assess(arrays, batch_data.ON)),
    ):
        gc.collect()
        tracemalloc.start()
        try:
            fn()
            print(f"{name}_peak_bytes={tracemalloc.get_traced_memory()[1]}")
        except Exception as error:  # noqa: BLE001
            print(f"{name}_error={type(error).__name__}: {error}")
        finally:
            tracemalloc.stop()


def measure_memory(households: int, seed: int) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, __file__, "--memory-run", "--households", str(households), "--seed", str(seed)],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
        env=CHILD_ENV,
    )
    values = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    if done.returncode != 0:
        values["error"] = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
    return values


# --- checks ---------------------------------------------------------------------------------------------------


def check_helpers() -> list[str]:
    """The reference's ages and working ages against ``giamngheo.age_on`` and ``RetirementSchedule``."""
    lines = []
    births = np.arange(np.datetime64("1925-01-01"), np.datetime64("2024-02-29") + 1)
    years = births.astype("datetime64[Y]").astype(int) + 1970
    months = births.astype("datetime64[M]").astype(int) % 12 + 1
    days = (births - births.astype("datetime64[M]")).astype(int) + 1
    dates = births.astype(dt.date).tolist()
    wrong = 0
    ons = (dt.date(2024, 2, 29), dt.date(2025, 2, 28), dt.date(2025, 3, 1), batch_data.ON)
    for on in ons:
        expected = np.array([gn.age_on(b, on) for b in dates])
        wrong += int((numpy_reference.ages(years, months, days, on) != expected).sum())
    lines.append(f"ages of {len(dates):,} birth dates on {len(ons)} dates vs giamngheo.age_on: {wrong} wrong")

    standard = gn.standard_in_force(on=batch_data.ON)
    values = next(i.values for i in standard.indicators if i.rule and i.rule.name.startswith("working_age"))
    schedule = values["retirement"]
    pick = (years >= 1955) & (years <= 1972)  # people reaching a retirement age from 2015 to 2034
    birth = (years[pick], months[pick], days[pick])
    sample = [b for b, p in zip(dates, pick, strict=True) if p]
    expected = {}
    for on in WORKING_AGE_DATES:
        age = numpy_reference.ages(*birth, on)
        for sex in gn.Sex:
            expected[on, sex] = np.array(
                [
                    a >= values["min_working_age"] and schedule.of_working_age(b, sex, on)
                    for a, b in zip(age, sample, strict=True)
                ]
            )
    wrong = 0
    for (on, sex), want in expected.items():
        sexes = np.full(len(sample), batch_data.code(sex))
        got = numpy_reference.working_age(numpy_reference.ages(*birth, on), birth, sexes, on, values)
        wrong += int((got != want).sum())
    checked = len(expected) * len(sample)
    lines.append(f"working age of {checked:,} (birth date, sex, date) vs RetirementSchedule: {wrong} wrong")
    if openfisca_available() is None:
        import openfisca_model  # noqa: PLC0415

        system = openfisca_model.build_system(standard)
        wrong = 0
        for sex in gn.Sex:
            simulation = openfisca_model.build_simulation(system, _people(birth, batch_data.code(sex)))
            for on in WORKING_AGE_DATES:
                wrong += int((simulation.calculate("of_working_age", on.isoformat()) != expected[on, sex]).sum())
        lines.append(f"OpenFisca working age of the same: {wrong} wrong")
    return lines


def _people(birth: tuple[np.ndarray, ...], sex: int) -> dict[str, np.ndarray]:
    """One household holding a person of each birth date, every other fact 0."""
    m = len(birth[0])
    arrays = {k: np.zeros(m, dtype=np.int64) for k in batch_data.MEMBER_ARRAYS}
    arrays |= {k: np.zeros(1, dtype=np.int64) for k in batch_data.HOUSEHOLD_ARRAYS}
    arrays.update(birth_year=birth[0], birth_month=birth[1], birth_day=birth[2], sex=np.full(m, sex))
    return arrays


def compare(
    label: str,
    status: np.ndarray,
    reference: tuple[np.ndarray, np.ndarray, np.ndarray, tuple[str, ...]],
    deprived: np.ndarray | None = None,
    ids: tuple[str, ...] | None = None,
) -> tuple[str, int]:
    """The number of households whose status differs from the reference, with details if any."""
    ref_status, ref_deprived, _, ref_ids = reference
    n = len(status)
    wrong = np.flatnonzero(status != ref_status[:n])
    text = f"{label}: {len(wrong):,} status mismatches of {n:,}"
    if len(wrong):
        shown = ", ".join(
            f"{i} ({STATUS_NAMES.get(int(status[i]), status[i])} vs {STATUS_NAMES[int(ref_status[i])]})"
            for i in wrong[:8]
        )
        text += f"\n    first: {shown}"
    if deprived is not None and ids is not None:
        columns = {k: j for j, k in enumerate(ids)}
        per = {
            k: int((deprived[:, columns[k]] != ref_deprived[:n, j]).sum())
            for j, k in enumerate(ref_ids)
            if k in columns
        }
        if len(wrong) or any(per.values()):
            text += "\n    per-indicator mismatches: " + ", ".join(f"{k} {v}" for k, v in per.items())
            missing = [k for k in ref_ids if k not in columns]
            if missing:
                text += f"\n    indicators missing: {', '.join(missing)}"
    return text, len(wrong)


def scalar_statuses(households: list[gn.Household], on: dt.date) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    standard = gn.standard_in_force(on=on)
    ids = tuple(i.id for i in standard.indicators)
    column = {k: j for j, k in enumerate(ids)}
    status = np.empty(len(households), dtype=np.int8)
    deprived = np.zeros((len(households), len(ids)), dtype=bool)
    for i, household in enumerate(households):
        result = gn.assess(household, on=on)
        status[i] = numpy_reference.STATUS_CODES[result.status]
        for k in result.deprived:
            deprived[i, column[k]] = True
    return status, deprived, ids


def precheck(on: dt.date, seed: int) -> list[str]:
    """The reference, OpenFisca and the scalar path agree on ``PRECHECK_HOUSEHOLDS`` households."""
    arrays = batch_data.generate(PRECHECK_HOUSEHOLDS, seed=seed + 1)
    standard = gn.standard_in_force(on=on)
    reference = numpy_reference.assess(arrays, on, standard)
    lines = []
    if openfisca_available() is None:
        import openfisca_model  # noqa: PLC0415

        system = openfisca_model.build_system(standard)
        status, deprived = openfisca_model.assess(system, standard, arrays, on)
        lines.append(compare("OpenFisca vs numpy reference", status, reference, deprived, reference[3])[0])
    households = batch_data.households(arrays, 0, PRECHECK_HOUSEHOLDS)
    status, deprived, ids = scalar_statuses(households, on)
    lines.append(compare("giamngheo.assess vs numpy reference", status, reference, deprived, ids)[0])
    return [f"{PRECHECK_HOUSEHOLDS:,} households: {line}" for line in lines]


# --- the run --------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Figures:
    """What the run measured: seconds (median, best) by engine, comparisons, memory."""

    households: int
    members: int = 0
    repeats: int = 1
    seconds: dict[str, tuple[float, float]] = dataclasses.field(default_factory=dict)
    notes: dict[str, str] = dataclasses.field(default_factory=dict)
    comparisons: list[str] = dataclasses.field(default_factory=list)
    memory: dict[str, str] = dataclasses.field(default_factory=dict)
    scalar_n: int = 0
    scalar_build: float = 0.0
    ratios: dict[str, float] = dataclasses.field(default_factory=dict)  # engine time / reference time, per round
    skip_cli: bool = False


def _guarded(figures: Figures, key: str, fn: Callable[[], None]) -> None:
    """Run one engine's part; an error is noted and the run goes on."""
    try:
        fn()
    except Exception as error:  # noqa: BLE001 - reported in the table
        traceback.print_exc()
        figures.notes[key] = f"error: {type(error).__name__}: {error}"


def measure(  # noqa: C901, PLR0915 - a script
    households: int, seed: int, repeats: int, scalar_n: int, *, skip_memory: bool = False
) -> Figures:
    on = batch_data.ON
    standard = gn.standard_in_force(on=on)
    print(f"giamngheo batch benchmark: {standard.id} on {on.isoformat()}, numpy {np.__version__}, seed {seed}")
    print("checks before timing:")
    for line in check_helpers() + precheck(on, seed):
        print(f"  {line}")

    start = time.perf_counter()
    arrays = batch_data.generate(households, seed=seed)
    figures = Figures(households, len(arrays["member_household"]), repeats)
    print(
        f"data: {households:,} households, {figures.members:,} members generated in {time.perf_counter() - start:.2f} s"
    )

    reference = numpy_reference.assess(arrays, on, standard)
    shares = np.bincount(reference[0], minlength=4) / households
    print("statuses (reference): " + ", ".join(f"{STATUS_NAMES[i]} {s:.1%}" for i, s in enumerate(shares)))

    # The engines, each once per round, interleaved: a drift of the (shared) machine hits all of them alike.
    engines: dict[str, Callable[[], Any]] = {"numpy": lambda: numpy_reference.assess(arrays, on, standard)}
    why_not = batch_available()
    if why_not is None:
        from giamngheo import batch as gn_batch  # noqa: PLC0415

        columns = gn_batch.Columns.from_arrays(**arrays)

        def check_batch() -> None:
            status, deprived = run_engine(columns, on, standard)
            equal = np.array_equal(status, reference[0]) and np.array_equal(deprived.T, reference[1])
            label = "(a) engine vs (b) numpy reference"
            figures.comparisons.append(compare(label, status, reference, deprived.T, reference[3])[0])
            if not equal:
                raise AssertionError(f"{label}: statuses or deprivation matrix differ; no figure of the engine")
            result = run_batch(arrays, on)
            status, deprived = np.asarray(result.status), np.asarray(result.deprived)
            label = "(a') assess_columns vs (b) numpy reference"
            figures.comparisons.append(compare(label, status, reference, deprived, tuple(result.indicator_ids))[0])
            if not (np.array_equal(status, reference[0]) and np.array_equal(deprived, reference[1])):
                raise AssertionError(f"{label}: statuses or deprivation matrix differ; no figure of the engine")
            engines["engine"] = lambda: run_engine(columns, on, standard)
            engines["batch"] = lambda: run_batch(arrays, on)

        _guarded(figures, "batch", check_batch)
    else:
        print(f"batch engine not available ({why_not})")
        figures.notes["batch"] = "batch engine not available"

    def check_openfisca() -> None:
        import openfisca_model  # noqa: PLC0415

        system = openfisca_model.build_system(standard)
        status = run_openfisca(system, arrays, on)
        text, wrong = compare("(c) OpenFisca vs (b) numpy reference", status, reference)
        if wrong:  # the indicators, for the details (untimed)
            status, deprived = openfisca_model.assess(system, standard, arrays, on)
            text, _ = compare("(c) OpenFisca vs (b) numpy reference", status, reference, deprived, reference[3])
        figures.comparisons.append(text)
        engines["openfisca"] = lambda: run_openfisca(system, arrays, on)

    why_not_of = openfisca_available()
    if why_not_of is None:
        _guarded(figures, "openfisca", check_openfisca)
    else:
        print(f"OpenFisca not available: {why_not_of}")
        figures.notes["openfisca"] = "not available"

    times: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(repeats):
        for name, fn in engines.items():
            gc.collect()
            begin = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - begin)
    for name, values in times.items():
        figures.seconds[name] = (statistics.median(values), min(values))
    for name in ("engine", "batch", "openfisca"):
        if name in times:  # per round: the ratio of two engines run side by side, then the median of those
            figures.ratios[name] = statistics.median(t / r for t, r in zip(times[name], times["numpy"], strict=True))

    def scalar() -> None:
        figures.scalar_n = min(scalar_n, households)
        begin = time.perf_counter()
        sample = batch_data.households(arrays, 0, figures.scalar_n)
        figures.scalar_build = time.perf_counter() - begin
        (median, best), (status, deprived, ids) = timed(lambda: scalar_statuses(sample, on), 1)
        scale = households / figures.scalar_n
        figures.seconds["scalar"] = (median * scale, best * scale)
        label = f"scalar giamngheo.assess vs (b) numpy reference, first {figures.scalar_n:,}"
        figures.comparisons.append(compare(label, status, reference, deprived, ids)[0])

    _guarded(figures, "scalar", scalar)
    gc.collect()
    if "batch" in figures.seconds and not skip_memory:
        figures.memory = measure_memory(households, seed)
    return figures


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>13,.0f}" if seconds > 0 else f"{'-':>13}"


def _row(label: str, timing: tuple[float, float] | None, n: int, note: str = "") -> str:
    if timing is None:
        return f"  {label:<50} {'-':>9} {'-':>9} {'-':>13}   {note}"
    median, best = timing
    return f"  {label:<50} {median:>9.3f} {best:>9.3f} {_rate(n, median)}   {note}"


def _met(ok: bool) -> str:  # noqa: FBT001
    return "met" if ok else "NOT met"


def _mib_per_million(figures: Figures, key: str) -> str:
    return f"{int(figures.memory[key]) / figures.households * 1e6 / 2**20:,.0f} MiB per million households"


def report(figures: Figures) -> None:  # noqa: C901, PLR0912 - a report
    n, sec = figures.households, figures.seconds
    engine, batch, numpy_, openfisca = sec.get("engine"), sec.get("batch"), sec["numpy"], sec.get("openfisca")
    print()
    print(
        f"{n:,} households ({figures.members:,} members); seconds: median and best of {figures.repeats} rounds, "
        "the engines interleaved in each"
    )
    print(f"  {'engine':<50} {'median s':>9} {'best s':>9} {'households/s':>13}   target")
    note = figures.notes.get("batch", "")
    if engine:
        note = f"≥ {TARGET_RATE:,}/s: {_met(n / engine[0] >= TARGET_RATE)}"
    print(_row("(a) the engine (Context + evaluate + status)", engine, n, note))
    print(_row("(a') Columns.from_arrays + assess_columns", batch, n, figures.notes.get("batch", "")))
    print(_row("(b) numpy reference (tight)", numpy_, n))
    print(_row("(c) OpenFisca (build simulation + calculate)", openfisca, n, figures.notes.get("openfisca", "")))
    label = f"scalar gn.assess ({figures.scalar_n:,} households, extrapolated)"
    print(_row(label, sec.get("scalar"), n, figures.notes.get("scalar", "")))
    if "scalar" in sec:
        print(
            f"  (building those {figures.scalar_n:,} Household objects took {figures.scalar_build:.2f} s more, not counted)"
        )
    print("  ratios: the median over the rounds of the two times measured side by side")
    if "engine" in figures.ratios:
        ratio = figures.ratios["engine"]
        print(
            f"  engine / numpy reference time:         {ratio:6.2f}   target ≤ {TARGET_VS_NUMPY:g}: "
            f"{_met(ratio <= TARGET_VS_NUMPY)}"
        )
    if "batch" in figures.ratios:
        print(f"  assess_columns / numpy reference time: {figures.ratios['batch']:6.2f}")
    if "openfisca" in figures.ratios:
        print(f"  OpenFisca / numpy reference time:      {figures.ratios['openfisca']:6.2f}")
        for key, label in (("engine", "engine"), ("batch", "assess_columns")):
            if key in figures.ratios:
                ratio = figures.ratios["openfisca"] / figures.ratios[key]
                target = (
                    f"   target ≥ {TARGET_VS_OPENFISCA:g}: {_met(ratio >= TARGET_VS_OPENFISCA)}"
                    if key == "batch"
                    else ""
                )
                print(f"  OpenFisca / {label} time:{' ' * (27 - len(label))}{ratio:6.2f}{target}")
    if batch and "scalar" in sec:
        print(f"  scalar (extrapolated) / assess_columns: {sec['scalar'][0] / batch[0]:6.1f}")
    for key, label in (
        ("batch_peak_bytes", "peak memory, batch engine (tracemalloc, separate run)"),
        ("numpy_peak_bytes", "peak memory, numpy reference (same run)"),
        ("input_bytes", "input arrays"),
    ):
        if key in figures.memory:
            print(f"  {label}: {_mib_per_million(figures, key)}")
    for key in ("batch_error", "numpy_error", "error"):
        if key in figures.memory:
            print(f"  memory run {key}: {figures.memory[key]}")
    print("statuses compared (must be 0 mismatches):")
    for line in figures.comparisons:
        print(f"  {line}")
    if not figures.skip_cli:
        time_cli(n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=None, help="number of households (default 1,000,000)")
    parser.add_argument("--quick", action="store_true", help="100,000 households and a 5,000-household scalar sample")
    parser.add_argument("--seed", type=int, default=20241001)
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each engine (median)")
    parser.add_argument("--memory-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engines-only", action="store_true", help="skip the memory run and the CLI run")
    args = parser.parse_args(argv)
    households = args.households or (100_000 if args.quick else 1_000_000)
    try:
        if args.memory_run:
            memory_run(households, args.seed)
        else:
            scalar_n = 5_000 if args.quick else SCALAR_HOUSEHOLDS
            figures = measure(households, args.seed, args.repeats, scalar_n, skip_memory=args.engines_only)
            figures.skip_cli = args.engines_only
            report(figures)
    except Exception:  # noqa: BLE001 - a benchmark reports, it never fails a build
        traceback.print_exc()
        print("error: the benchmark stopped (see above); exit 0 all the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
