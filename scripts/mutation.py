"""Mutation testing of the modules that carry the law, with cosmic-ray, in a copy of the repository.

The modules and the tests that run against each of them are listed in ``pyproject.toml``, ``[tool.cosmic-ray]``
(the optional extra ``giamngheo[mutation]`` installs the tool)::

    pip install -e '.[mutation]'
    python scripts/mutation.py --list                      # the configured modules
    python scripts/mutation.py policies/health_insurance  # one module (a suffix of its path is enough)
    python scripts/mutation.py --jobs 2                    # every configured module, two shards at a time
    python scripts/mutation.py policies/health_insurance --survivors  # after writing tests: the survivors again
    python scripts/mutation.py batch/_engine --sample 200  # 200 mutants spread over the module: an estimate

Each module is mutated in copies of the repository under ``--workdir`` (``/tmp/giamngheo-mutation`` by default),
never in the source tree: cosmic-ray writes each mutant over the module's file, runs the tests, and puts the
file back. ``--jobs N`` splits each module's mutants over N copies run side by side. The tests import the copy
(``PYTHONPATH=src``), not the editable install.

Why cosmic-ray: most of the law here is module-level data (instruments, dates, windows, cited values) and
closures built when a module is imported (the policies' conditions, the indicators' bound rules). cosmic-ray
mutates the module's text and imports it afresh for every mutant, so it mutates those; mutmut 3 mutates function
bodies only, and its forked workers reuse what the parent process imported.

Mutants inside annotations are skipped as equivalent (``from __future__ import annotations``: no annotation is
evaluated at run time). The report lists every survivor with its line, the mutation and the source line, and
writes ``report.json`` (and ``survivors.txt``) under the work directory. Exit status: 0 if no mutant survived,
1 if one did, 2 for a configuration error or failing baseline.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cosmic_ray.work_item import WorkItem

ROOT = Path(__file__).resolve().parents[1]
#: What is not copied: version control, caches, build output, and the work directories of mutation tools.
IGNORE = shutil.ignore_patterns(
    ".git", "__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "mutants",
    ".mutmut-cache", "dist", "build", "site", ".venv", "*.egg-info",
)  # fmt: skip


def load_settings(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, Any]:
    """The ``[tool.cosmic-ray]`` table of ``pyproject.toml``."""
    data = tomllib.loads(pyproject.read_text("utf-8"))
    try:
        settings: dict[str, Any] = data["tool"]["cosmic-ray"]
    except KeyError:
        sys.exit(f"{pyproject}: no [tool.cosmic-ray] table")
    if not settings.get("module"):
        sys.exit(f"{pyproject}: [[tool.cosmic-ray.module]] lists no module")
    return settings


def select(settings: dict[str, Any], wanted: list[str]) -> list[dict[str, Any]]:
    """The configured modules whose path ends with one of ``wanted`` (all of them if none is given)."""
    modules: list[dict[str, Any]] = settings["module"]
    if not wanted:
        return modules
    chosen = []
    for name in wanted:
        stem = name.removesuffix(".py")
        found = [m for m in modules if m["path"].removesuffix(".py").endswith(stem)]
        if len(found) != 1:
            known = ", ".join(m["path"] for m in modules)
            sys.exit(f"{name!r} matches {len(found)} configured modules; configured: {known}")
        chosen.extend(found)
    return chosen


def slug(path: str) -> str:
    """``src/giamngheo/batch/_engine.py`` as ``batch._engine``."""
    return path.removeprefix("src/giamngheo/").removesuffix(".py").replace("/", ".")


def annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (start, end) positions of every annotation, as (line, column in characters)."""
    lines = source.splitlines()

    def char_col(line: int, byte_col: int) -> int:
        return len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8"))

    spans = []
    for node in ast.walk(ast.parse(source)):
        annotations: list[ast.expr | None] = []
        if isinstance(node, ast.arg):
            annotations.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            annotations.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        for a in annotations:
            if a is not None and a.end_lineno is not None and a.end_col_offset is not None:
                start = (a.lineno, char_col(a.lineno, a.col_offset))
                spans.append((start, (a.end_lineno, char_col(a.end_lineno, a.end_col_offset))))
    return spans


def _run(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> int:
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        return subprocess.run(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, check=False).returncode  # noqa: S603


#: The output recorded for a mutant skipped because it is inside an annotation.
_ANNOTATION = "annotation: not evaluated"


def prepare_shard(
    settings: dict[str, Any], module: dict[str, Any], workdir: Path, shard: int, shards: int, *, sample: int | None = None
) -> Path:
    """Copy the repository, write cosmic-ray's config, initialise the session and skip what is not this shard's.

    With ``sample``, only that many mutants, spread evenly over the module in a fixed order, are run at all.
    """
    from cosmic_ray.work_db import WorkDB, use_db  # noqa: PLC0415 (the optional extra)
    from cosmic_ray.work_item import WorkerOutcome, WorkResult  # noqa: PLC0415

    where = workdir / slug(module["path"]) / f"shard-{shard}"
    if where.exists():
        shutil.rmtree(where)
    repo = where / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    config = _config(settings, module)
    (where / "config.toml").write_text(_toml(config), encoding="utf-8")
    env = _env(settings, repo)
    log = where / "log.txt"
    code = _run(
        [_tool("cosmic-ray"), "init", str(where / "config.toml"), str(where / "session.sqlite")], repo, env, log
    )
    if code:
        sys.exit(f"cosmic-ray init failed for {module['path']}: see {log}")
    spans = annotation_spans((repo / module["path"]).read_text("utf-8"))
    skip_outcome = WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=_ANNOTATION)
    other_shard = WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output="another shard")
    not_sampled = WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output="not in the sample")
    with use_db(str(where / "session.sqlite"), WorkDB.Mode.open) as db:
        items = sorted(db.work_items, key=_key)  # job ids are random per session: shards split by the mutation
        live = []
        for item in items:
            (m,) = item.mutations
            if any(s <= tuple(m.start_pos) < e for s, e in spans):
                db.set_result(item.job_id, skip_outcome)
            else:
                live.append(item)
        if sample is not None and sample < len(live):
            chosen = {(i * len(live)) // sample for i in range(sample)}
            for i, item in enumerate(live):
                if i not in chosen:
                    db.set_result(item.job_id, not_sampled)
            live = [item for i, item in enumerate(live) if i in chosen]
        for i, item in enumerate(live):
            if i % shards != shard:
                db.set_result(item.job_id, other_shard)
    return where


def _config(settings: dict[str, Any], module: dict[str, Any]) -> dict[str, Any]:
    """cosmic-ray's config for ``module``: its test command runs the module's tests as ``pyproject.toml`` lists them."""
    pytest_args = [*settings.get("pytest-args", []), *module["tests"]]
    return {
        "cosmic-ray": {
            "module-path": module["path"],
            "timeout": float(module.get("timeout", settings.get("timeout", 120.0))),
            "excluded-modules": [],
            "test-command": " ".join([sys.executable, "-m", "pytest", *pytest_args]),
            "distributor": {"name": "local"},
        }
    }


def _key(item: WorkItem) -> tuple[str, str, int, str]:
    """What identifies a mutation in every session of the same module: file, operator, occurrence, arguments."""
    (m,) = item.mutations
    return (str(m.module_path), m.operator_name, m.occurrence, json.dumps(m.operator_args, sort_keys=True))


def reopen_survivors(settings: dict[str, Any], module: dict[str, Any], where: Path) -> int:
    """Bring the shard's copy up to date with the repository and make its survivors pending again.

    For the loop "write a test, re-run the survivors": the module itself must not have changed (the mutants are
    recorded by position), so that is refused; everything else (the tests) is copied over.
    """
    repo = where / "repo"
    if (repo / module["path"]).read_bytes() != (ROOT / module["path"]).read_bytes():
        sys.exit(f"{module['path']} changed since {where} was prepared: run the module again, without --survivors")
    shutil.copytree(ROOT, repo, ignore=IGNORE, dirs_exist_ok=True)
    (where / "config.toml").write_text(_toml(_config(settings, module)), encoding="utf-8")  # a test file added since
    with sqlite3.connect(where / "session.sqlite") as db:
        return db.execute("DELETE FROM work_results WHERE test_outcome = 'SURVIVED'").rowcount


def _toml(config: dict[str, Any]) -> str:
    """Just enough TOML for cosmic-ray's config (strings, floats, lists of strings, one level of tables)."""

    def value(v: object) -> str:
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return repr(v)

    lines: list[str] = []

    def table(name: str, body: dict[str, Any]) -> None:
        lines.append(f"[{name}]")
        nested = {k: v for k, v in body.items() if isinstance(v, dict)}
        lines.extend(f"{json.dumps(k)} = {value(v)}" for k, v in body.items() if k not in nested)
        for k, v in nested.items():
            table(f"{name}.{k}", v)

    for name, body in config.items():
        table(json.dumps(name), body)
    return "\n".join(lines) + "\n"


def _tool(name: str) -> str:
    """The console script ``name`` next to this interpreter (a virtual environment's), or on the PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def _env(settings: dict[str, Any], repo: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(repo / "src"), *filter(None, [env.get("PYTHONPATH")])])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update({k: str(v) for k, v in settings.get("env", {}).items()})
    return env


def run_shard(settings: dict[str, Any], where: Path) -> tuple[Path, float]:
    """Check the unmutated tests pass in the copy, then run the shard's mutants."""
    repo, log = where / "repo", where / "log.txt"
    env = _env(settings, repo)
    started = time.monotonic()
    if _run([_tool("cosmic-ray"), "baseline", str(where / "config.toml")], repo, env, log):
        sys.exit(f"the tests fail without any mutant in {repo}: see {log}")
    code = _run(
        [_tool("cosmic-ray"), "exec", str(where / "config.toml"), str(where / "session.sqlite")], repo, env, log
    )
    if code:
        sys.exit(f"cosmic-ray exec failed in {repo}: see {log}")
    return where, time.monotonic() - started


def collect(module: dict[str, Any], shards: list[Path]) -> dict[str, Any]:
    """The merged results of a module's shards: counts, and every survivor with its line and diff.

    Each mutation is counted once, by what it is (:func:`_key`), whichever shard ran it.
    """
    from cosmic_ray.work_db import WorkDB, use_db  # noqa: PLC0415
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome  # noqa: PLC0415

    source = (ROOT / module["path"]).read_text("utf-8").splitlines()
    seen: dict[tuple[str, str, int, str], Any] = {}
    ran: dict[tuple[str, str, int, str], tuple[Any, Any]] = {}
    for where in shards:
        with use_db(str(where / "session.sqlite"), WorkDB.Mode.open) as db:
            results = dict(db.results)
            for item in db.work_items:
                key = _key(item)
                seen.setdefault(key, None)
                result = results.get(item.job_id)
                if result is None or (result.worker_outcome is WorkerOutcome.SKIPPED and result.output != _ANNOTATION):
                    continue  # not run yet, or another shard's
                ran[key] = (item, result)
    counts = {"killed": 0, "survived": 0, "incompetent": 0, "equivalent (annotation)": 0, "no mutation": 0}
    survivors = []
    for item, result in ran.values():
        if result.worker_outcome is WorkerOutcome.SKIPPED:
            counts["equivalent (annotation)"] += 1
        elif result.worker_outcome is WorkerOutcome.NO_TEST:
            counts["no mutation"] += 1
        elif result.test_outcome is TestOutcome.SURVIVED:
            (m,) = item.mutations
            line = m.start_pos[0]
            survivors.append(
                {
                    "line": line,
                    "column": m.start_pos[1],
                    "operator": m.operator_name,
                    "occurrence": m.occurrence,
                    "source": source[line - 1].strip() if line <= len(source) else "",
                    "diff": result.diff,
                }
            )
            counts["survived"] += 1
        elif result.test_outcome is TestOutcome.INCOMPETENT:
            counts["incompetent"] += 1
        else:
            counts["killed"] += 1
    tested = counts["killed"] + counts["survived"] + counts["incompetent"]
    survivors.sort(key=lambda s: (s["line"], s["column"], s["operator"]))
    return {
        "module": module["path"],
        "tests": module["tests"],
        "counts": counts,
        "pending": len(seen) - len(ran),
        "tested": tested,
        "score": None if not tested else (counts["killed"] + counts["incompetent"]) / tested,
        "survivors": survivors,
    }


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the shards, print and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="configured modules to mutate (a suffix of the path); all if none")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="shards run side by side per module")
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "giamngheo-mutation", help="where the copies go"
    )
    parser.add_argument("--report-only", action="store_true", help="report the sessions already in --workdir")
    parser.add_argument(
        "--survivors", action="store_true", help="re-run only the survivors of the sessions in --workdir (new tests)"
    )
    parser.add_argument("--list", action="store_true", help="list the configured modules and their tests")
    parser.add_argument(
        "--sample", type=int, metavar="N", help="run only N mutants per module, spread evenly (an estimate of the score)"
    )
    args = parser.parse_args(argv)
    settings = load_settings()
    modules = select(settings, args.modules)
    if args.list:
        for m in modules:
            print(m["path"], "\n    " + "\n    ".join(m["tests"]))
        return 0
    if args.workdir.resolve().is_relative_to(ROOT):
        sys.exit("--workdir must be outside the repository")
    started = time.monotonic()
    shards_of = shards(args, settings, modules)
    reports = [collect(m, shards_of[m["path"]]) for m in modules]
    lines = summary(reports)
    lines.append(f"wall time {(time.monotonic() - started) / 60:.1f} min")
    print("\n".join(lines))
    args.workdir.mkdir(parents=True, exist_ok=True)
    (args.workdir / "survivors.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (args.workdir / "report.json").write_text(json.dumps(reports, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if any(r["counts"]["survived"] for r in reports) else 0


def shards(args: argparse.Namespace, settings: dict[str, Any], modules: list[dict[str, Any]]) -> dict[str, list[Path]]:
    """Each module's shard directories: prepared and run, their survivors run again, or only found."""
    jobs = max(1, args.jobs)
    shards_of: dict[str, list[Path]] = {}
    if args.report_only or args.survivors:
        for m in modules:
            shards_of[m["path"]] = sorted((args.workdir / slug(m["path"])).glob("shard-*"))
            if not shards_of[m["path"]]:
                sys.exit(f"no session of {m['path']} in {args.workdir}")
        if args.report_only:
            return shards_of
        for m in modules:
            again = sum(reopen_survivors(settings, m, w) for w in shards_of[m["path"]])
            print(f"{m['path']}: {again} survivors to run again", flush=True)
    else:
        for m in modules:
            shards_of[m["path"]] = [
                prepare_shard(settings, m, args.workdir, k, jobs, sample=args.sample) for k in range(jobs)
            ]
    every = [w for ws in shards_of.values() for w in ws]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for where, seconds in pool.map(lambda w: run_shard(settings, w), every):
            print(f"done {where} in {seconds / 60:.1f} min", flush=True)
    return shards_of


def summary(reports: list[dict[str, Any]]) -> list[str]:
    """The report's lines: per module its score, then each survivor with its line."""
    lines = []
    for r in reports:
        c = r["counts"]
        score = "n/a" if r["score"] is None else f"{100 * r['score']:.1f} %"
        lines.append(
            f"{r['module']}: killed {c['killed'] + c['incompetent']} / {r['tested']} ({score}); "
            f"survived {c['survived']}; skipped as equivalent (annotations) {c['equivalent (annotation)']}; "
            f"no mutation possible {c['no mutation']}; not run {r['pending']}"
        )
        lines.extend(f"    line {s['line']}: {s['operator']}: {s['source']}" for s in r["survivors"])
    return lines


if __name__ == "__main__":
    sys.exit(main())
