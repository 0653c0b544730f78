"""Exact numbers from input, their sizes checked before any arithmetic (giamngheo._numbers, issue 15).

``Fraction("1e99999999")`` computes ten to the power of a hundred million and cannot be interrupted: every reader
goes through :func:`exact_number`, so such a number is refused at once, on every path.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo._errors import NumberTooLarge
from giamngheo._numbers import MAX_DIGITS, MAX_EXPONENT, MAX_WHOLE, current_limits, exact_number

HUGE = "1e99999999"

# value, the exact number read (or the error): each limit, and one step past it
GOLDEN = [
    ("35.5", Fraction(71, 2)),
    (" 71/2 ", Fraction(71, 2)),
    ("2.5e3", Fraction(2500)),
    ("9" * MAX_DIGITS, Fraction(int("9" * MAX_DIGITS))),
    ("9" * (MAX_DIGITS + 1), NumberTooLarge),
    ("0" * 50 + "1", Fraction(1)),  # leading zeros are not digits of the number
    (f"1e{MAX_EXPONENT}", Fraction(10**MAX_EXPONENT)),
    (f"1e{MAX_EXPONENT + 1}", NumberTooLarge),
    (f"1e-{MAX_EXPONENT}", Fraction(1, 10**MAX_EXPONENT)),
    (f"1e-{MAX_EXPONENT + 1}", NumberTooLarge),
    (HUGE, NumberTooLarge),
    ("1e" + "9" * 5000, NumberTooLarge),  # an exponent past Python's int-from-text limit
    (f"{'1' * (MAX_DIGITS + 1)}/3", NumberTooLarge),
    (f"3/{'1' * (MAX_DIGITS + 1)}", NumberTooLarge),
    (Decimal("1E+99999999"), NumberTooLarge),
    (Decimal("NaN"), ValueError),
    (10**MAX_DIGITS - 1, Fraction(10**MAX_DIGITS - 1)),
    (10 ** (MAX_DIGITS + 1), NumberTooLarge),
    ("abc", ValueError),
    ("1/0", ZeroDivisionError),
]


@pytest.mark.parametrize(("value", "expected"), GOLDEN, ids=[repr(v)[:24] for v, _ in GOLDEN])
def test_golden(value: object, expected: object) -> None:
    started = time.perf_counter()
    if isinstance(expected, type):
        with pytest.raises(expected):
            exact_number(value)  # type: ignore[arg-type]
    else:
        assert exact_number(value) == expected  # type: ignore[arg-type]
    assert time.perf_counter() - started < 1  # refused before it is computed


@given(st.fractions(max_denominator=10**12).filter(lambda f: abs(f.numerator) < 10**20))
@example(Fraction(71, 2))
def test_any_fraction_of_a_register_reads_back(number: Fraction) -> None:
    assert exact_number(str(number)) == number


def test_a_number_too_large_is_invalid_input_naming_the_field() -> None:
    with pytest.raises(NumberTooLarge) as raised:
        exact_number(HUGE, "floor_area_m2")
    assert isinstance(raised.value, gn.InvalidInput)
    assert isinstance(raised.value, ValueError)  # every reader reports it as a number it could not read
    assert raised.value.field == "floor_area_m2"


@pytest.mark.parametrize(
    "make",
    [
        lambda: gn.Dwelling(floor_area_m2=HUGE),
        lambda: gn.Dwelling(floor_area_m2=Decimal("1E+99999999")),
        lambda: gn.household_from_json(
            '{"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1, "dwelling": {"floor_area_m2": "'
            + HUGE
            + '"}}'
        ),
    ],
    ids=["Dwelling text", "Dwelling Decimal", "household JSON"],
)
def test_every_scalar_entry_refuses_it_at_once(make: object) -> None:
    started = time.perf_counter()
    with pytest.raises(gn.GiamngheoError, match=r"exponent|digits"):
        make()  # type: ignore[operator]
    assert time.perf_counter() - started < 1


def test_the_batch_refuses_it_as_a_bad_cell() -> None:
    pytest.importorskip("pyarrow")
    from giamngheo import batch  # noqa: PLC0415

    rows = [
        {"household_id": "A", "area": "rural", "income_per_capita_monthly_vnd": "1000000", "floor_area_m2": HUGE},
        {"household_id": "B", "area": "rural", "income_per_capita_monthly_vnd": "1000000", "floor_area_m2": "30"},
    ]
    result = batch.assess_columns(batch.Columns.from_rows(rows), on=dt.date(2023, 6, 1))
    assert result.errors[0] is not None
    assert "floor_area_m2" in str(result.errors[0])
    assert result.errors[1] is None


def test_a_measure_cutoff_and_a_reform_factor() -> None:
    from giamngheo import measure  # noqa: PLC0415

    with pytest.raises(gn.InvalidInput, match="exponent"):
        measure.AFSpec.of("x", {"a": "1"}, k=HUGE)
    standard = gn.standard_in_force(on=dt.date(2023, 6, 1))
    with pytest.raises(gn.InvalidInput):
        gn.reform(standard, id="x", line_factor=HUGE)


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "standards" / "binh-duong-2022-2025-option-1.toml"
RURAL = "rural_vnd = 2_000_000"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("9" * 4301, "more than 4,300 digits"),  # Python will not even read it
        ("9" * 40, "at most 1,000,000,000,000,000"),  # read, but past what the engine compares exactly
        ("1_000_000_000_000_001", "at most 1,000,000,000,000,000"),
        ("1e99999999", "money is integer VND"),
    ],
    ids=["4301 digits", "40 digits", "one past a quadrillion", "exponent"],
)
def test_a_standard_file_with_an_amount_too_large(value: str, reason: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert RURAL in text
    line = text[: text.index(RURAL)].count("\n") + 1
    with pytest.raises(gn.StandardFileError, match=reason) as raised:
        gn.load_standard(text=text.replace(RURAL, f"rural_vnd = {value}", 1))
    assert raised.value.line == line
    gn.load_standard(text=text.replace(RURAL, "rural_vnd = 1_000_000_000_000_000", 1))  # the limit itself is read


def test_a_standard_file_nested_too_deeply() -> None:
    with pytest.raises(gn.StandardFileError, match="nested too deeply"):
        gn.load_standard(text="a = " + "[" * 100_000 + "]" * 100_000)


# --- the limits, overridable ---------------------------------------------------------------------------------


def test_limits_raised_inside_a_block_only() -> None:
    with pytest.raises(NumberTooLarge):
        exact_number("1e31")
    with gn.input_limits(exponent=31, digits=40) as raised:
        assert raised == gn.InputLimits(exponent=31, digits=40)
        assert exact_number("1e31") == 10**31
        assert exact_number("9" * 40) == int("9" * 40)
        with pytest.raises(NumberTooLarge, match="more than 40 digits"):
            exact_number("9" * 41)
    with pytest.raises(NumberTooLarge):
        exact_number("1e31")


def test_limits_are_restored_after_an_error() -> None:
    with pytest.raises(ZeroDivisionError), gn.input_limits(digits=5):
        1 / 0  # noqa: B018 - raises inside the block
    assert exact_number("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)


def test_limits_may_be_lowered() -> None:
    with gn.input_limits(digits=3), pytest.raises(gn.InvalidInput, match="more than 3 digits"):
        gn.Dwelling(floor_area_m2="1000")


def test_limits_belong_to_their_thread() -> None:
    seen: list[int] = []
    with gn.input_limits(members=5):
        worker = threading.Thread(target=lambda: seen.append(current_limits().members))
        worker.start()
        worker.join()
        with gn.input_limits() as here:
            assert here.members == 5
    assert seen == [1000]


def test_members_and_depth_of_a_json_household() -> None:
    doc = json.dumps({"id": "H1", "area": "urban", "income_per_capita_monthly_vnd": 1, "members": [{}] * 1001})
    with pytest.raises(gn.InvalidInput, match=r"at most 1,000 members"):
        gn.household_from_json(doc)
    with gn.input_limits(members=1001):
        assert gn.household_from_json(doc).size == 1001
    deep = '{"id": "H1", "area": "urban", "x": ' + "[" * 70 + "]" * 70 + "}"
    with pytest.raises(gn.InvalidInput, match="nested deeper than 64"):
        gn.household_from_json(deep)
    with gn.input_limits(depth=100), pytest.raises(gn.InvalidInput, match="unknown field"):
        gn.household_from_json(deep)  # read, then refused for what it holds


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"digits": 0}, "digits"), ({"depth": 501}, "depth"), ({"members": True}, "members"), ({"whole": 10}, "whole")],
)
def test_a_limit_out_of_its_range_is_refused(changes: dict[str, int], field: str) -> None:
    with pytest.raises(gn.InvalidInput) as error, gn.input_limits(**changes):
        pass
    assert error.value.field == field


def test_the_largest_whole_number_is_not_a_limit_to_raise() -> None:
    assert "whole" not in {field.name for field in attrs.fields(gn.InputLimits)}
    with pytest.raises(gn.InvalidInput, match="out of range"):
        gn.Household(id="H1", area="urban", income_per_capita_monthly_vnd=MAX_WHOLE + 1)
