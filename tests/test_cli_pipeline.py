"""The register pipeline end to end: assess → report, compare = gn.compare, corrupt rows kept in order, formats out.

References:
    The review's tables read by ``report``: its description (``giamngheo report --help``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import giamngheo as gn

pa = pytest.importorskip("pyarrow")

ON = dt.date(2024, 10, 1)
SAMPLE = resources.files("giamngheo") / "data" / "sample"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "giamngheo", *args], capture_output=True, text=True, check=False)


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_assess_output_feeds_report(tmp_path: Path) -> None:
    """The year-end review in two commands: the results of 'assess' are the input of 'report', as they are."""
    with (
        resources.as_file(SAMPLE / "households.csv") as households,
        resources.as_file(SAMPLE / "members.csv") as members,
    ):
        results = tmp_path / "results.csv"
        assessed = run("assess", str(households), "--members", str(members), "--on", ON.isoformat(), "-o", str(results))
    assert 0 == assessed.returncode, assessed.stderr
    rows = rows_of(results)
    assert {"commune", "district", "province", "persons", "deprived_water"} <= set(rows[0])
    assert {"74"} == {r["province"] for r in rows}
    # undetermined households cannot be counted: report names each, and writes nothing
    refused = run("report", str(results), "--on", ON.isoformat(), "--level", "district")
    assert 1 == refused.returncode
    undetermined = [r["household_id"] for r in rows if r["status"] == "undetermined"]
    assert undetermined
    assert all(f"household {hid!r}: unknown value 'undetermined'" in refused.stderr for hid in undetermined)
    # once the officer has decided them (here: left out), the same file runs, with no warning about its columns
    decided = tmp_path / "decided.csv"
    kept = [r for r in rows if r["status"] != "undetermined" and r["persons"]]
    with decided.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    out = tmp_path / "report.xlsx"
    report = run("report", str(decided), "--on", ON.isoformat(), "--level", "district", "-o", str(out))
    assert 0 == report.returncode, report.stderr
    assert "not used" not in report.stderr
    assert out.stat().st_size > 0


def test_compare_on_a_fact_register_equals_gn_compare(tmp_path: Path) -> None:
    """Dwelling facts and members count in 'compare' as in gn.compare (the issue's reproducer: water decides)."""
    households = tmp_path / "one.csv"
    households.write_text(
        "household_id,area,income_per_capita_monthly_vnd,floor_area_m2,water_source\nX1,rural,1000000,10,surface_water\n",
        encoding="utf-8",
    )
    option = Path(__file__).resolve().parents[1] / "examples" / "standards" / "binh-duong-2022-2025-option-1.toml"
    result = run("compare", str(households), "--on", "2023-06-01", "--other", str(option), "--lang", "en")
    household = gn.Household(
        id="X1",
        area="rural",
        income_per_capita_monthly_vnd=1_000_000,
        dwelling=gn.Dwelling(floor_area_m2=10, water_source="surface_water"),
    )
    expected = gn.compare([household], on=dt.date(2023, 6, 1), other=gn.load_standard(option))
    assert expected.table("en") in result.stdout
    assert "undetermined" in result.stdout
    misspelt = tmp_path / "misspelt.csv"
    misspelt.write_text(
        "household_id,area,income_per_capita_monthly_vnd,deprivd\nX1,rural,1000000,water\n", encoding="utf-8"
    )
    refused = run("compare", str(misspelt), "--on", "2023-06-01", "--other", str(option))
    assert 1 == refused.returncode
    assert "unknown column(s) 'deprivd' (did you mean 'deprived'?)" in refused.stderr


def test_compare_with_members_and_neutralised_moves(tmp_path: Path) -> None:
    households = tmp_path / "h.csv"
    households.write_text(
        "household_id,area,income_per_capita_monthly_vnd,deprived\n@SUM(1),rural,1800000,water;telecom\n",
        encoding="utf-8",
    )
    option = Path(__file__).resolve().parents[1] / "examples" / "standards" / "binh-duong-2022-2025-option-1.toml"
    moves = tmp_path / "moves.csv"
    result = run("compare", str(households), "--on", "2023-06-01", "--other", str(option), "-o", str(moves))
    assert 0 == result.returncode, result.stderr
    assert [("1", "'@SUM(1)", "middle", "poor")] == [
        (r["row"], r["household_id"], r["before"], r["after"]) for r in rows_of(moves)
    ]


def test_corrupt_rows_come_out_in_order_with_their_errors(tmp_path: Path) -> None:
    """1 % of the rows of a register corrupt, across chunks: every row out, in order, the bad ones with their error."""
    n = 5_000
    lines = ["household_id,area,income_per_capita_monthly_vnd"]
    bad = set(range(7, n, 100))
    lines += [f"H{i},rural,{'x' if i in bad else 1_000_000 + i}" for i in range(n)]
    source = tmp_path / "h.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run("assess", str(source), "--on", ON.isoformat(), "-o", str(out), "--chunk-size", "999")
    assert 3 == result.returncode
    rows = rows_of(out)
    assert [f"H{i}" for i in range(n)] == [r["household_id"] for r in rows]
    assert bad == {i for i, r in enumerate(rows) if r["error"]}
    assert all(
        rows[i]["error"] == f"household 'H{i}': income_per_capita_monthly_vnd: must be a whole number of VND, got 'x'"
        for i in bad
    )
    assert f"giamngheo: {len(bad)} of {n} rows failed" in result.stderr


def test_a_household_repeated_across_chunks_marks_every_copy(tmp_path: Path) -> None:
    source = tmp_path / "h.csv"
    source.write_text(
        "household_id,area,income_per_capita_monthly_vnd\nA,rural,1\nB,rural,1\nC,rural,1\nA,urban,1\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = run("assess", str(source), "--on", ON.isoformat(), "-o", str(out), "--chunk-size", "2")
    assert 3 == result.returncode
    errors = [r["error"] for r in rows_of(out)]
    reason = f"household 'A': household_id: appears 2 times in {source} (lines 2, 5)"
    assert [reason, "", "", reason] == errors


def test_members_in_another_order_find_their_households(tmp_path: Path) -> None:
    households = tmp_path / "h.csv"
    households.write_text("household_id,area,income_per_capita_monthly_vnd\nA,rural,1\nB,rural,1\n", encoding="utf-8")
    members = tmp_path / "m.csv"
    members.write_text("household_id,birth_date\nB,1990-01-01\nA,1980-01-01\nB,1991-01-01\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    chunked = run(
        "assess",
        str(households),
        "--members",
        str(members),
        "--on",
        ON.isoformat(),
        "-o",
        str(out),
        "--chunk-size",
        "1",
    )
    assert 0 == chunked.returncode, chunked.stderr
    assert ["1", "2"] == [r["persons"] for r in rows_of(out)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet", ".jsonl"])
def test_every_output_format_holds_the_same_results(tmp_path: Path, suffix: str) -> None:
    with resources.as_file(SAMPLE / "households.csv") as households:
        out = tmp_path / f"out{suffix}"
        result = run("assess", str(households), "--on", ON.isoformat(), "-o", str(out), "--quiet")
        reference = tmp_path / "reference.csv"
        run("assess", str(households), "--on", ON.isoformat(), "-o", str(reference), "--quiet")
    assert result.returncode in {0, 3}, result.stderr
    expected = [(r["household_id"], r["status"], r["error"]) for r in rows_of(reference)]
    if suffix == ".xlsx":
        import openpyxl  # noqa: PLC0415

        cells = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(values_only=True))
        got = [(c[0], c[1] or "", c[8] or "") for c in cells[1:]]
    elif suffix == ".parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415

        table = pq.read_table(out)
        got = list(zip(*(table.column(n).to_pylist() for n in ("household_id", "status", "error")), strict=True))
    elif suffix == ".jsonl":
        got = [
            (r["household_id"], r["status"], r["error"])
            for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
        ]
    else:
        got = [(r["household_id"], r["status"], r["error"]) for r in rows_of(out)]
    assert expected == got
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left
    mask = os.umask(0)
    os.umask(mask)
    assert 0o666 & ~mask == out.stat().st_mode & 0o777  # the usual permissions, not the temporary file's 0600


def test_an_interrupted_run_leaves_no_output(tmp_path: Path) -> None:
    """A run stopped by SIGTERM leaves neither the output file nor its temporary file."""
    import signal  # noqa: PLC0415
    import time  # noqa: PLC0415

    source = tmp_path / "h.csv"
    source.write_text(
        "household_id,area,income_per_capita_monthly_vnd\n" + "".join(f"H{i},rural,1\n" for i in range(1_500_000)),
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    scratch = tmp_path / "tmp"  # where the run stages its results (giamngheo-*)
    scratch.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "giamngheo", "assess", str(source), "--on", ON.isoformat(), "-o", str(out)],
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    deadline = time.monotonic() + 30
    while not list(scratch.glob("giamngheo-*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the run has staged something: its threads are running
    assert list(scratch.glob("giamngheo-*"))
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert 128 + signal.SIGINT == process.returncode
    assert not out.exists()
    assert not list(tmp_path.glob(".*.part"))
    assert not list(scratch.iterdir())  # the staged results removed too
