"""The register pipeline against the I/O floor, interleaved in one run (issue 13's targets).

    python benchmarks/bench_pipeline.py [--households 1000000] [--rounds 3] [--data DIR] [--scale 3]

Measured, each round in turn, medians printed:

- floor: pyarrow reads both CSV files (every column as text) and writes the output table (same rows and columns);
- ``giamngheo assess households.csv --members members.csv -o out.csv`` (a subprocess: its peak memory too);
- the same with ``-o out.jsonl``;
- ``pd.read_csv`` of both files (``dtype=str``) against ``batch.assess_frame`` on those frames;
- the peak memory of the CLI on a register ``--scale`` times larger (the same households with other ids).

The register is generated with ``scripts/gen_sample_register.py`` into a temporary folder (or read from ``--data``).
Nothing is written into the source tree.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # nothing written into the source tree

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ON = dt.date(2024, 10, 1)
ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def _generate(folder: Path, households: int) -> None:
    if not (folder / "households.csv").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "gen_sample_register.py"), "--households", str(households), "--out", str(folder)],
            check=True,
            env=ENV,
        )


def _scaled(source: Path, target: Path, times: int) -> None:
    """The register ``times`` over, each copy's household ids suffixed (members follow their households)."""
    target.mkdir(exist_ok=True)
    if (target / "households.csv").exists():
        return
    for name in ("households.csv", "members.csv"):
        with (source / name).open(encoding="utf-8") as f, (target / name).open("w", encoding="utf-8") as out:
            header = f.readline()
            out.write(header)
            rows = f.readlines()
            for k in range(times):
                suffix = f"-{k}"
                for line in rows:
                    hid, rest = line.split(",", 1)
                    if name == "members.csv":
                        member, rest2 = rest.split(",", 1)
                        out.write(f"{hid}{suffix},{member}{suffix},{rest2}")
                    else:
                        out.write(f"{hid}{suffix},{rest}")
            del rows


def _floor(folder: Path, out: Path) -> float:
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.csv as pcsv  # noqa: PLC0415

    started = time.perf_counter()
    tables = {}
    for name in ("households", "members"):
        path = folder / f"{name}.csv"
        header = path.open(encoding="utf-8").readline().strip().split(",")
        tables[name] = pcsv.read_csv(path, convert_options=pcsv.ConvertOptions(column_types=dict.fromkeys(header, pa.string())))
    h = tables["households"]
    n = h.num_rows
    # an output of the same shape as the CLI's: 14 columns of results and 12 of flags
    text = h.column("household_id")
    output = pa.table({**{f"c{k}": text for k in range(14)}, **{f"f{k}": pa.array([0] * n, pa.int8()) for k in range(12)}})
    pcsv.write_csv(output, out)
    return time.perf_counter() - started


def _cli(folder: Path, out: Path) -> tuple[float, int]:
    """Seconds and peak memory (bytes) of one CLI run."""
    command = [
        sys.executable, "-m", "giamngheo", "assess", str(folder / "households.csv"),
        "--members", str(folder / "members.csv"), "--on", ON.isoformat(), "-o", str(out), "--quiet",
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, env=ENV, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in {0, 3}:
        raise SystemExit(done.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) * 1024


def _peak(folder: Path, out: Path) -> int:
    """Peak memory of one CLI run, by /usr/bin/time when present (ru_maxrss of children is a running maximum)."""
    command = [
        "/usr/bin/time", "-f", "%M", sys.executable, "-m", "giamngheo", "assess", str(folder / "households.csv"),
        "--members", str(folder / "members.csv"), "--on", ON.isoformat(), "-o", str(out), "--quiet",
    ]  # fmt: skip
    done = subprocess.run(command, env=ENV, capture_output=True, text=True, check=False)
    return int(done.stderr.strip().splitlines()[-1]) * 1024


def _frames(folder: Path) -> tuple[float, float]:
    import pandas as pd  # noqa: PLC0415

    from giamngheo import batch  # noqa: PLC0415

    started = time.perf_counter()
    households = pd.read_csv(folder / "households.csv", dtype=str, keep_default_na=False)
    members = pd.read_csv(folder / "members.csv", dtype=str, keep_default_na=False)
    read = time.perf_counter() - started
    started = time.perf_counter()
    batch.assess_frame(households, members, on=ON)
    return read, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, help="a folder with households.csv and members.csv (kept)")
    parser.add_argument("--scale", type=int, default=3, help="the larger register for the memory ratio (0: skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="giamngheo-bench-") as tmp:
        work = Path(tmp)
        folder = args.data or work / "register"
        folder.mkdir(exist_ok=True)
        _generate(folder, args.households)
        times: dict[str, list[float]] = {k: [] for k in ("floor", "cli_csv", "cli_jsonl", "read_csv", "assess_frame")}
        peaks: list[int] = []
        sizes: list[float] = []
        for _ in range(args.rounds):
            times["floor"].append(_floor(folder, work / "floor.csv"))
            seconds, _ = _cli(folder, work / "out.csv")
            times["cli_csv"].append(seconds)
            peaks.append(_peak(folder, work / "out.csv"))
            seconds, _ = _cli(folder, work / "out.jsonl")
            times["cli_jsonl"].append(seconds)
            lines = sum(1 for _ in (work / "out.jsonl").open(encoding="utf-8"))
            sizes.append((work / "out.jsonl").stat().st_size / lines)
            read, frame = _frames(folder)
            times["read_csv"].append(read)
            times["assess_frame"].append(frame)
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"register: {folder} ({args.rounds} rounds, medians)")
        for k, v in med.items():
            print(f"  {k:<14} {v:8.2f} s")
        print(f"CLI CSV -> CSV: {med['cli_csv'] / med['floor']:.1f}x the pyarrow floor (target <= 3x)")
        print(f"CLI peak memory: {statistics.median(peaks) / 2**30:.2f} GiB (target <= 1 GiB)")
        print(f"JSON Lines: {statistics.median(sizes):.0f} bytes a household (target <= 4096), "
              f"{med['cli_jsonl'] / med['cli_csv']:.2f}x the CSV output's time (target <= 3x)")  # fmt: skip
        print(f"assess_frame: {med['assess_frame'] / med['read_csv']:.1f}x pd.read_csv of the same files (target <= 2x)")
        if args.scale:
            big = work / "scaled"
            _scaled(folder, big, args.scale)
            peak_big = _peak(big, work / "big.csv")
            peak_one = _peak(folder, work / "out.csv")
            print(
                f"peak memory, {args.scale}x the register: {peak_big / 2**30:.2f} GiB against {peak_one / 2**30:.2f} GiB: "
                f"{peak_big / peak_one:.2f}x (target <= 1.1x)"
            )


if __name__ == "__main__":
    main()
