"""Load benchmark of the web service against ``openfisca serve``'s web API answering the same rules.

Both servers run on loopback, with 1 and then 2 workers; the same load generator (``wrk``, Debian's package)
sends the same household (four members, a dwelling, every fact known) to ``POST /v1/assess`` and to OpenFisca's
``POST /calculate`` (asking for the status, the deprivation count and every indicator of the OpenFisca model that
``benchmarks/openfisca_model.py`` builds from the same standard), at 1, 8 and 64 concurrent connections. Rounds are
interleaved (giamngheo, OpenFisca, giamngheo, …) and the medians are reported: requests per second, p50 and p99
latency, errors, and Little's law (the mean latency the concurrency and throughput imply, L / λ, beside the
measured mean: a measured mean far above it would be stalls, not queueing).

Needs ``wrk`` (``apt-get install wrk``), ``giamngheo[web]`` here, and an interpreter with ``openfisca-core[web-api]``
and giamngheo (``--openfisca-python``; a separate virtual environment keeps OpenFisca's pins out of this one)::

    python -m venv /tmp/ofvenv && /tmp/ofvenv/bin/pip install "openfisca-core[web-api]>=46,<47" -e .
    python benchmarks/bench_web.py --openfisca-python /tmp/ofvenv/bin/python

Targets (issue 17): at least 3× OpenFisca's requests per second with the same workers, p99 under 20 ms at 8
clients, no error. Bounded: ``--seconds`` per measurement (5 by default), ``--rounds`` (3). Everything it writes
(the wrk script, OpenFisca's application module) goes to a temporary directory.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ON = "2024-06-01"

#: The household both servers assess: every fact known, as the OpenFisca model needs (it is two-valued).
MEMBERS = [
    {"birth_date": "1980-01-31", "sex": "female", "education": "lower_secondary", "employment": "wage_with_contract",
     "nutrition": "normal", "has_health_insurance": True, "attending_school": False, "on_the_job_training": False,
     "disability": False, "uses_internet": True, "uses_phone": True, "social_allowance": False, "sick_untreated": False},
    {"birth_date": "1978-05-02", "sex": "male", "education": "primary", "employment": "self_employed",
     "nutrition": "normal", "has_health_insurance": False, "attending_school": False, "on_the_job_training": False,
     "disability": False, "uses_internet": False, "uses_phone": True, "social_allowance": False, "sick_untreated": False},
    {"birth_date": "2012-09-10", "sex": "female", "education": "primary", "employment": "not_in_labour_force",
     "nutrition": "normal", "has_health_insurance": True, "attending_school": True, "on_the_job_training": False,
     "disability": False, "uses_internet": False, "uses_phone": False, "social_allowance": False, "sick_untreated": False},
    {"birth_date": "2020-03-01", "sex": "male", "education": "none", "employment": "not_in_labour_force",
     "nutrition": "stunted", "has_health_insurance": True, "attending_school": True, "on_the_job_training": False,
     "disability": False, "uses_internet": False, "uses_phone": False, "social_allowance": False, "sick_untreated": False},
]  # fmt: skip
DWELLING = {
    "floor_area_m2": 40, "wall": "durable", "column": "durable", "roof": "non_durable", "water_source": "piped",
    "latrine": "none", "devices": ["phone"], "hears_loudspeaker": True, "waste_collected": True,
}  # fmt: skip
HOUSEHOLD = {
    "id": "H1",
    "area": "rural",
    "income_per_capita_monthly_vnd": 1_400_000,
    "members": MEMBERS,
    "dwelling": DWELLING,
}

_OPENFISCA_APP = """
import datetime as dt
import giamngheo as gn
from openfisca_core.parameters import ParameterNode
from openfisca_model import build_system
from openfisca_web_api.app import create_app

standard = gn.standard_in_force(on=dt.date.fromisoformat({on!r}))
system = build_system(standard)
# The web API lists parameters and needs one; the model's thresholds are bound in its formulas.
line = standard.bands[0].upper_rural_vnd.value
system.parameters = ParameterNode("", data={{"poverty_line_rural_vnd": {{"values": {{standard.window.start.isoformat(): line}}}}}})
app = create_app(system)
"""


def openfisca_situation() -> dict[str, object]:
    """The same household as OpenFisca's ``/calculate`` reads it, with the variables asked for."""
    sys.path.insert(0, str(HERE))
    import giamngheo as gn  # noqa: PLC0415

    def eternal(value: object) -> dict[str, object]:
        return {"ETERNITY": value}

    persons = {}
    for i, m in enumerate(MEMBERS):
        y, mo, d = (int(x) for x in m["birth_date"].split("-"))  # type: ignore[attr-defined]
        facts = {"birth_year": y, "birth_month": mo, "birth_day": d}
        facts |= {k: str(m[k]).upper() for k in ("sex", "education", "employment", "nutrition")}
        facts |= {
            k: m[k]
            for k in ("has_health_insurance", "attending_school", "on_the_job_training", "disability", "uses_internet")
        }
        persons[f"p{i}"] = {k: eternal(v) for k, v in facts.items()}
    standard = gn.standard_in_force(on=dt.date.fromisoformat(ON))
    devices = sum(1 << i for i, device in enumerate(gn.Device) if device.value in DWELLING["devices"])  # type: ignore[operator]
    household = {
        "area": "RURAL", "income_num": HOUSEHOLD["income_per_capita_monthly_vnd"], "income_den": 1,
        "floor_num": DWELLING["floor_area_m2"], "floor_den": 1, "devices": devices,
        **{k: str(DWELLING[k]).upper() for k in ("wall", "column", "roof", "water_source", "latrine")},
    }  # fmt: skip
    asked = ["status", "deprivation_count", *(f"deprived_{i.id}" for i in standard.indicators)]
    body = {k: eternal(v) for k, v in household.items()} | {name: {ON: None} for name in asked}
    return {"persons": persons, "households": {"h": {"members": list(persons), **body}}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(url: str, body: object) -> dict[str, object]:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


@contextlib.contextmanager
def server(kind: str, workers: int, work: Path, openfisca_python: str) -> Iterator[str]:
    """A server of ``kind`` (``giamngheo`` or ``openfisca``) on loopback, its base URL while it runs."""
    port = _free_port()
    if kind == "giamngheo":
        # What users run: giamngheo serve (uvicorn, Python's event loop, httptools), without its access log.
        command = [
            sys.executable,
            "-m",
            "giamngheo",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--quiet",
        ]
        env = dict(os.environ)
        probe = "/v1/health"
    else:
        command = [openfisca_python, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
                   "--log-level", "warning", "openfisca_app:app"]  # fmt: skip
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(work), str(HERE)]))
        probe = "/spec"
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + probe, timeout=2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"{kind} did not start: {process.stderr.read() if process.stderr else ''}"
                    ) from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()


def wrk(url: str, script: Path, clients: int, seconds: float) -> dict[str, float]:
    """One wrk run: requests/s, p50, p99 and mean latency in ms, errors."""
    threads = min(clients, 2)
    out = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(clients), "-d", f"{max(1, round(seconds))}s", "--latency", "-s", str(script), url],
        capture_output=True, text=True, check=True, timeout=seconds + 60,
    ).stdout  # fmt: skip

    def ms(text: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
        return float(number) * {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    mean = ms(re.search(r"Latency\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad.group(1)) if bad else 0) + (sum(int(x) for x in sockets.groups()) if sockets else 0)
    return {"rps": rps, "p50": p50, "p99": p99, "mean": mean, "errors": errors}


def _script(work: Path, name: str, body: object) -> Path:
    path = work / f"{name}.lua"
    text = json.dumps(json.dumps(body, ensure_ascii=False), ensure_ascii=False)  # a Lua string literal
    path.write_text(
        f'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = {text}\n', "utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--openfisca-python", default=shutil.which("python") or sys.executable)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", default="1,8,64")
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        sys.exit("needs wrk: apt-get install wrk")
    clients = [int(c) for c in args.clients.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    results: dict[tuple[str, int, int], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="giamngheo-bench-web-") as directory:
        work = Path(directory)
        (work / "openfisca_app.py").write_text(_OPENFISCA_APP.format(on=ON), "utf-8")
        situation = openfisca_situation()
        scripts = {
            "giamngheo": _script(work, "giamngheo", {"household": HOUSEHOLD}),
            "openfisca": _script(work, "openfisca", situation),
        }
        paths = {"giamngheo": f"/v1/assess?on={ON}", "openfisca": "/calculate"}
        # The two answer the same: checked once before any load.
        with (
            server("giamngheo", 1, work, args.openfisca_python) as g,
            server("openfisca", 1, work, args.openfisca_python) as o,
        ):
            ours = _post(g + paths["giamngheo"], {"household": HOUSEHOLD})["result"]["summary"]  # type: ignore[index]
            theirs = _post(o + paths["openfisca"], situation)["households"]["h"]  # type: ignore[index]
            assert ours["status"].upper() == theirs["status"][ON], (ours["status"], theirs["status"])  # type: ignore[index]
            assert ours["deprivation_count"] == theirs["deprivation_count"][ON]  # type: ignore[index]
            print(f"same answer: {ours['status']}, {ours['deprivation_count']} deprivations")  # type: ignore[index]
        for r in range(args.rounds):
            for w in workers:
                for kind in ("giamngheo", "openfisca"):
                    with server(kind, w, work, args.openfisca_python) as base:
                        wrk(base + paths[kind], scripts[kind], 8, 1.0)  # warm-up
                        for c in clients:
                            results.setdefault((kind, w, c), []).append(
                                wrk(base + paths[kind], scripts[kind], c, args.seconds)
                            )
            print(f"round {r + 1}/{args.rounds} done", flush=True)
    print(f"\nmedians of {args.rounds} rounds of {args.seconds:g} s; POST one household of 4 members, {ON}")
    print(
        f"{'server':<10} {'workers':>7} {'clients':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} {'L/λ ms':>8} {'errors':>6} {'× OF':>6}"
    )
    for w in workers:
        for c in clients:
            for kind in ("giamngheo", "openfisca"):
                runs = results[kind, w, c]
                med = {k: statistics.median(x[k] for x in runs) for k in runs[0]}
                of = statistics.median(x["rps"] for x in results["openfisca", w, c])
                little = 1000 * c / med["rps"]
                ratio = f"{med['rps'] / of:5.1f}×" if kind == "giamngheo" else ""
                print(
                    f"{kind:<10} {w:>7} {c:>7} {med['rps']:>9.0f} {med['p50']:>8.2f} {med['p99']:>8.2f} {med['mean']:>8.2f} {little:>8.2f} {sum(x['errors'] for x in runs):>6.0f} {ratio:>6}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
