"""Household data is personal data (Nghị định 13/2023/NĐ-CP): no body and no household id reaches the logs.

``giamngheo serve`` runs as a user runs it, access log on; requests carry a household id and facts, good and bad
(a bad one is answered with a problem naming the household). The server's whole log is then read.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(url: str, body: dict[str, object]) -> int:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})  # noqa: S310 - loopback
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - a loopback address built here
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_a_run_of_the_service_logs_no_household_data() -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "giamngheo", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/v1/health", timeout=1).close()  # noqa: S310
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        good = {"id": "HH-PRIVATE-42", "area": "rural", "income_per_capita_monthly_vnd": 1_234_567,
                "members": [{"birth_date": "1980-01-31", "disability": True}]}  # fmt: skip
        bad = {"id": "HH-PRIVATE-43", "area": "rural", "income_per_capita_monthly_vnd": -7654321}
        assert 200 == _post(base + "/v1/assess?on=2024-06-01", {"household": good})
        assert 422 == _post(base + "/v1/assess?on=2024-06-01", {"household": bad})
        assert 200 == _post(base + "/v1/assess?on=2024-06-01", {"households": [good, bad]})

    finally:
        server.terminate()
        log, _ = server.communicate(timeout=20)
    assert "POST /v1/assess" in log  # the access log was on
    for private in ("HH-PRIVATE", "1980-01-31", "1234567", "1_234_567", "7654321"):
        assert private not in log, private
