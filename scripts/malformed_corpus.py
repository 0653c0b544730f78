"""Write the corpus of malformed input files of issue 15 and run every case through the real command line.

The cases are those of ``tests/_malformed.py`` (which ``tests/test_cli_malformed.py`` runs in-process): each is
written to ``--out DIR/<case id>/`` and run as ``python -m giamngheo ...`` in a subprocess, without ``-o`` and,
for a command that writes an output, with ``-o DIR/<case id>/out/...``, each run stopped after ``--timeout``
seconds. The counts printed: the cases and input files, the runs, the exit statuses, the tracebacks, the "bug of
giamngheo" lines, the timeouts, the runs slower than 2 s, the input files changed and the outputs left by a
failed run, and the time it all took; then each run that broke a rule, with its reason.

Run: ``python scripts/malformed_corpus.py --out /tmp/corpus`` (exit status 1 if any run broke a rule).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import dataclasses
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import _malformed as m  # from tests/, put on the path just above

#: A run slower than this, after the start of its process, is counted as slow (the limit of the in-process test).
SLOW = 2.0
#: The slow runs named, the slowest first.
SHOWN = 15


def _start_time() -> float:
    """The seconds ``python -m giamngheo schema`` takes: the start of a process (imports), before any file is read."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "giamngheo", "schema"], capture_output=True, check=False)
    return time.perf_counter() - started


@dataclasses.dataclass(frozen=True)
class Run:
    """One run of a case: its exit status (``"timeout"`` if stopped), time and what was wrong."""

    case: str
    with_output: bool
    code: int | str
    seconds: float
    traceback: bool
    bug: bool
    changed: bool
    problems: list[str]


def run_case(case: m.Case, root: Path, *, timeout: float) -> list[Run]:
    """Write ``case`` into ``root`` and run it (without, then with ``-o``); one record per run."""
    if root.exists():
        shutil.rmtree(root)
    case.write(root)
    environment = {k: v for k, v in os.environ.items() if k != "GIAMNGHEO_TRACEBACK"}
    records: list[Run] = []
    for with_output in (False, True) if case.output is not None else (False,):
        before = m.snapshot(root)
        started = time.perf_counter()
        try:
            done = subprocess.run(  # noqa: S603 - the interpreter running this script, on the corpus' own files
                [sys.executable, "-m", "giamngheo", *case.command(root, with_output=with_output)],
                capture_output=True,
                timeout=timeout,
                env=environment,
                check=False,
            )
            code: int | str = done.returncode
            stdout = done.stdout.decode("utf-8", "replace")
            stderr = done.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            code, stdout, stderr = "timeout", "", ""
        seconds = time.perf_counter() - started
        found = m.problems(
            case, code, stdout, stderr, before, m.snapshot(root), m.outputs_left(root), with_output=with_output
        )
        text = stdout + stderr
        records.append(
            Run(
                case=case.id,
                with_output=with_output,
                code=code,
                seconds=seconds,
                traceback=m.TRACEBACK in text,
                bug=any(marker in text for marker in m.BUG_MARKERS),
                changed=before != m.snapshot(root),
                problems=found,
            )
        )
        m.clear_outputs(root)
    return records


def main(argv: list[str] | None = None) -> int:
    """Write the corpus, run it, print the counts; 1 if any run broke a rule."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="the directory the corpus is written to")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds a run may take (default 10)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="runs at once (default: the CPUs)")
    parser.add_argument("--only", default="", metavar="TEXT", help="only the cases whose id contains TEXT")
    args = parser.parse_args(argv)

    cases = [c for c in m.cases() if args.only in c.id]
    args.out.mkdir(parents=True, exist_ok=True)
    start = _start_time()
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_case, case, args.out / case.id, timeout=args.timeout) for case in cases]
        records = [record for future in futures for record in future.result()]
    elapsed = time.perf_counter() - started

    files = sum(1 for c in cases for _, content in c.files if content != m.DIRECTORY)
    codes = collections.Counter(str(r.code) for r in records)
    failed = [r for r in records if r.problems]
    slow = sorted((r for r in records if r.seconds - start > SLOW and r.code != "timeout"), key=lambda r: -r.seconds)
    print(
        f"cases: {len(cases)}; input files written: {files}; cases of no input file: {sum(not c.files for c in cases)}"
    )
    print(f"runs: {len(records)} ({sum(r.with_output for r in records)} with -o)")
    print("exit statuses: " + ", ".join(f"{code}: {n}" for code, n in sorted(codes.items())))
    print(f"tracebacks: {sum(r.traceback for r in records)}")
    print(f"bug lines: {sum(r.bug for r in records)}")
    print(f"timeouts (> {args.timeout:g} s): {codes.get('timeout', 0)}")
    print(f"the start of a process (giamngheo schema, before the runs): {start:.1f} s")
    print(f"slow runs (more than {SLOW:g} s after the start of their process): {len(slow)}")
    for r in slow[:SHOWN]:
        print(f"  {r.case}{' -o' if r.with_output else ''}: {r.seconds:.1f} s")
    if len(slow) > SHOWN:
        print(f"  … and {len(slow) - SHOWN} more")
    print(f"runs that changed an input file: {sum(r.changed for r in records)}")
    print(f"runs that broke a rule: {len(failed)}")
    for r in failed:
        for problem in r.problems:
            print(f"  {r.case}{' -o' if r.with_output else ''}: {problem}")
    slowest = max((r.seconds for r in records), default=0.0)
    print(f"total time: {elapsed:.1f} s ({args.jobs} at once; the slowest run {slowest:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
