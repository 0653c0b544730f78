"""JSON from input, through the one reader (giamngheo._json, issue 15): what json.loads lets by is refused."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

import giamngheo as gn
from giamngheo._json import loads

MAX_DEPTH = gn.InputLimits().depth

HOUSEHOLD = '{"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1000000}'

# text, the reason in the refusal (None: read)
GOLDEN = [
    ('{"a": 1, "a": 2}', "given twice"),
    ('{"area":' + "[" * 100_000 + "]" * 100_000 + "}", "nested deeper"),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "nested deeper"),
    ("[" * MAX_DEPTH + "]" * MAX_DEPTH, None),
    ('{"x": ' + "9" * 4301 + "}", "more than 30 digits"),
    ('{"x": ' + "9" * 31 + "}", "more than 30 digits"),
    ('{"x": ' + "9" * 30 + "}", None),
    ('{"x": 1e99999999}', "exponent"),
    ('{"x": 1e30}', None),
    ("not json", "Expecting value"),
]


@pytest.mark.parametrize(("text", "reason"), GOLDEN, ids=[t[:20] for t, _ in GOLDEN])
def test_golden(text: str, reason: str | None) -> None:
    started = time.perf_counter()
    if reason is None:
        loads(text)
    else:
        with pytest.raises(json.JSONDecodeError, match=reason):
            loads(text)
    assert time.perf_counter() - started < 2


def test_numbers_are_exact_unless_asked_otherwise() -> None:
    assert loads('{"x": 35.5}') == {"x": Decimal("35.5")}
    assert loads('{"x": 35.5}', exact=False) == {"x": 35.5}
    assert loads(b'\xef\xbb\xbf{"x": 1}'.decode("utf-8-sig").encode("utf-16")) == {"x": 1}


@pytest.mark.parametrize(
    "text",
    [
        HOUSEHOLD[:-1] + ', "area": "urban"}',
        '{"id": "A", "area":' + "[" * 100_000 + "]" * 100_000 + "}",
        HOUSEHOLD.replace("1000000", "9" * 4301),
    ],
    ids=["repeated key", "deep", "4301 digits"],
)
def test_a_household_document_is_refused_as_invalid_json(text: str) -> None:
    with pytest.raises(gn.InvalidInput, match="not valid JSON"):
        gn.household_from_json(text)


def test_the_command_line_reports_it_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"id": "A", "area":' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "giamngheo", "explain", "--household", str(path), "--on", "2023-06-01"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "nested deeper than" in done.stderr


def test_half_a_surrogate_pair_is_refused_and_a_whole_pair_is_read() -> None:
    with pytest.raises(json.JSONDecodeError, match="half of a UTF-16 pair"):
        loads('[{"id": "S\\ud800"}]')
    with pytest.raises(json.JSONDecodeError, match="half of a UTF-16 pair"):
        loads('{"S\\udfff": 1}')  # a key too
    assert loads('["\\ud83d\\ude00"]') == ["\U0001f600"]


def test_a_register_with_half_a_pair_writes_no_file_and_no_traceback(tmp_path: Path) -> None:
    source = tmp_path / "h.json"
    source.write_text('[{"id": "S\\ud800", "area": "rural", "income_per_capita_monthly_vnd": 1}]', encoding="utf-8")
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [sys.executable, "-m", "giamngheo", "assess", str(source), "--on", "2023-06-01", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (1, False) == (done.returncode, out.exists())
    assert "Traceback" not in done.stderr
    assert "half of a UTF-16 pair" in done.stderr


def test_an_id_that_is_not_text_is_refused() -> None:
    with pytest.raises(gn.InvalidInput) as raised:
        gn.household_from_json(HOUSEHOLD.replace('"A"', "12"))
    assert raised.value.field == "id"
    assert gn.household_from_json(HOUSEHOLD).id == "A"


def test_a_household_of_a_million_members_is_refused_before_they_are_built() -> None:
    MAX_MEMBERS = gn.InputLimits().members  # noqa: N806 - the limit, named as the page names it

    document = json.dumps({"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{}] * 1_000_000})
    started = time.perf_counter()
    with pytest.raises(gn.InvalidInput) as raised:
        gn.household_from_json(document)
    assert time.perf_counter() - started < 10  # was 40 s and 4.6 GB
    assert ("members", "A") == (raised.value.field, raised.value.household)
    assert f"at most {MAX_MEMBERS:,} members" in raised.value.reason
    at_limit = json.dumps({"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{}] * MAX_MEMBERS})
    assert len(gn.household_from_json(at_limit).members or ()) == MAX_MEMBERS
