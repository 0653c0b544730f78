"""Fuzzing every public entry point with hostile input: only ``GiamngheoError``, and never more than 2 s (issue 15).

Each test draws values a web form, a spreadsheet or a hostile user could send (wrong types, huge and tiny numbers,
exponents, NaN, deep nesting, half surrogate pairs, mutated files) and asserts that the call either returns or
raises a :class:`giamngheo.GiamngheoError`. Sized for CI; ``GIAMNGHEO_FUZZ_EXAMPLES=20000`` runs longer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import measure, review

EXAMPLES = int(os.environ.get("GIAMNGHEO_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=2000,  # a hang is a failure: 2 s per input at most
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    derandomize=EXAMPLES <= 150,  # the same inputs on every CI run; a long run explores
)
ROOT = Path(__file__).resolve().parents[1]
STANDARD = (ROOT / "examples" / "standards" / "binh-duong-2022-2025-option-1.toml").read_text(encoding="utf-8")
ON = dt.date(2024, 10, 1)

HOSTILE_TEXT = st.sampled_from(
    [
        "1e99999999", "-1e99999999", "9" * 4301, "1/0", "0/0", "NaN", "inf", "-0", "1,5", "35.5", "=SUM(A1)",
        "S\ud800", "", " ", "true", "false", "[]", "{}", "null", "2000-02-30", "2000-01-01 garbage", "\x00",
    ]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.fractions(),
    st.complex_numbers(),
    st.text(max_size=20),
    HOSTILE_TEXT,
    st.binary(max_size=8),
    st.dates(),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12) | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
MEMBER_FIELDS = ["id", "birth_date", "sex", "education", "employment", "nutrition", "has_health_insurance", "disability"]
DWELLING_FIELDS = ["floor_area_m2", "wall", "column", "roof", "water_source", "latrine", "devices", "waste_collected"]
HOUSEHOLD_FIELDS = ["id", "area", "commune", "income_per_capita_monthly_vnd", "income_yearly_vnd", "size", "deprived"]


def _only_ours(call: Any, *args: Any, **kwargs: Any) -> None:
    with contextlib.suppress(gn.GiamngheoError):  # anything else fails the test
        call(*args, **kwargs)


def _kwargs(fields: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(st.sampled_from(fields), VALUES, max_size=4)


@FUZZ
@given(_kwargs(MEMBER_FIELDS))
def test_member(kwargs: dict[str, Any]) -> None:
    _only_ours(gn.Member, **kwargs)


@FUZZ
@given(_kwargs(DWELLING_FIELDS))
def test_dwelling(kwargs: dict[str, Any]) -> None:
    _only_ours(gn.Dwelling, **kwargs)


@FUZZ
@given(_kwargs(HOUSEHOLD_FIELDS))
def test_household_then_assess(kwargs: dict[str, Any]) -> None:
    try:
        household = gn.Household(**kwargs)
    except gn.GiamngheoError:
        return
    _only_ours(gn.assess, household, on=ON)


@FUZZ
@given(JSONISH, st.sampled_from(["members", "dwelling", "area", "id", "income_per_capita_monthly_vnd", "deprived"]))
def test_household_json(value: object, key: str) -> None:
    document = {"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1_000_000, key: value}
    _only_ours(gn.household_from_json, json.dumps(document))


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_household_json_from_any_text(text: str | bytes) -> None:
    _only_ours(gn.household_from_json, text)


@FUZZ
@given(st.integers(min_value=0, max_value=len(STANDARD) - 1), st.integers(min_value=0, max_value=40), HOSTILE_TEXT | st.text(max_size=10))
def test_standard_file_mutated(at: int, length: int, replacement: str) -> None:
    _only_ours(gn.load_standard, text=STANDARD[:at] + replacement + STANDARD[at + length :])


@FUZZ
@given(HOSTILE_TEXT | st.text(max_size=12))
def test_standard_file_every_number_replaced(value: str) -> None:
    text = STANDARD.replace("2_000_000", value if value.strip() else '""', 1)
    _only_ours(gn.load_standard, text=text)


@FUZZ
@given(JSONISH)
def test_standard_file_as_json(value: object) -> None:
    _only_ours(gn.load_standard, text=json.dumps({"format": "giamngheo.standard", "standard": value}), syntax="json")


@FUZZ
@given(VALUES, VALUES, VALUES)
def test_review_score(area: object, income: object, deprived: object) -> None:
    _only_ours(review.score, area, income, on=ON, deprived=deprived)


@FUZZ
@given(st.dictionaries(st.text(max_size=5), VALUES, max_size=3), VALUES)
def test_measure_spec(weights: dict[str, object], k: object) -> None:
    _only_ours(measure.Spec.of, "x", weights, k=k)


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from([*HOUSEHOLD_FIELDS[1:], "household_id", "floor_area_m2"]), HOSTILE_TEXT | st.text(max_size=10), max_size=5), min_size=1, max_size=4))
def test_batch_rows(rows: list[dict[str, str]]) -> None:
    pytest.importorskip("pyarrow")
    from giamngheo import batch  # noqa: PLC0415

    for k, row in enumerate(rows):
        row.setdefault("household_id", f"H{k}")
    try:
        columns = batch.Columns.from_rows(rows)
    except gn.GiamngheoError:
        return
    _only_ours(batch.assess_columns, columns, on=ON)


def test_the_exact_values_fuzzed_are_exact() -> None:
    # a guard on the strategies: they do draw the kinds of value the library must refuse or read exactly
    kinds = {type(v) for v in (Decimal("NaN"), Fraction(1, 3), 1j, b"x")}
    assert kinds == {Decimal, Fraction, complex, bytes}
