"""The README's examples run as written: its Python blocks, and every line of its command-line block.

The command lines run in a temporary folder holding the bundled sample register (``households.csv``,
``members.csv``), households in JSON made from it, the results of the 2024 and 2025 reviews made by the README's own
``assess`` lines, and the ``examples/`` folder. A line with optional parts (``[--on 2024-10-01]``) runs twice: as
written without them, and with each one, the first of its alternatives (``vi|en``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import giamngheo as gn

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE = ROOT / "src" / "giamngheo" / "data" / "sample"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def _command_lines() -> list[str]:
    section = README[README.index("## Command line") :]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    assert block is not None
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def _variants(line: str) -> list[str]:
    """The line without its optional parts, and with them (the first alternative of each)."""
    bare = re.sub(r"\s*\[[^\]]*\]", "", line)
    full = re.sub(r"\[([^\]]*)\]", lambda m: m.group(1), line)
    full = re.sub(r"(\S+)\|\S+", r"\1", full)  # vi|en → vi; out.csv|out.xlsx|… → out.csv
    return list(dict.fromkeys([bare, full]))


LINES = [variant for line in _command_lines() for variant in _variants(line)]


def test_the_python_examples_run_in_order():
    namespace: dict[str, object] = {}
    for block in _blocks("python"):  # each block goes on from the previous one, as a reader does
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
    assert isinstance(namespace["a"], gn.Assessment)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    here = tmp_path_factory.mktemp("readme")
    for name in ("households.csv", "members.csv"):
        shutil.copy(SAMPLE / name, here / name)
    (here / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    households = [
        gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000, deprived={"water", "sanitation"}, id="J1"),
        gn.Household(commune="25798", income_per_capita_monthly_vnd=1_600_000, id="J2"),
    ]
    documents = [json.loads(gn.household_to_json(h)) for h in households]
    (here / "households.json").write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    (here / "household.json").write_text(json.dumps(documents[0], ensure_ascii=False), encoding="utf-8")
    return here


def _run(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    args = shlex.split(line)
    assert args[0] == "giamngheo"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "giamngheo", *args[1:]], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )


def test_the_review_results_are_made_by_the_readmes_assess_lines(folder):
    """The 2024 and 2025 reviews of the sample: every household resolved, the old codes followed after 2025-07-01.

    Last year's list is the poor and near-poor households of the 2024 results, as a commune keeps it.
    """
    for on, name in ((dt.date(2024, 10, 1), "results-2024.csv"), (dt.date(2025, 10, 1), "results.csv")):
        done = _run(f"giamngheo assess households.csv --members members.csv --on {on} -o {name} --quiet", folder)
        assert done.returncode == 0, done.stderr
    with (folder / "results-2024.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["status"] in {"poor", "near_poor"}]
    assert rows
    with (folder / "last-year.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["household_id", "status", "persons", "commune", "district"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize("line", LINES)
def test_every_command_line_of_the_readme_runs(line, folder):
    if not (folder / "results.csv").exists():
        test_the_review_results_are_made_by_the_readmes_assess_lines(folder)
    done = _run(line, folder)
    assert done.returncode == 0, f"{line}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
