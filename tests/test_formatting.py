"""Numbers, money, percentages and dates for a reader, by CLDR's conventions through Babel.

Vietnamese groups thousands with "." and marks decimals with ","; English the other way round; amounts in đồng
("1.500.000 đồng", "1,500,000 VND"); dates "01/10/2024" and "1 October 2024". Exact values in, exact digits out:
a rounding is decided by integer arithmetic, never by a float.
"""

from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo._formatting import date, date_range, money_vnd, number, percent


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (0, "0", "0"),
        (9100, "9.100", "9,100"),
        (1_500_000, "1.500.000", "1,500,000"),
        (-1_234_567, "-1.234.567", "-1,234,567"),
        (10**30 + 1, "1" + ".000" * 9 + ".001", "1" + ",000" * 9 + ",001"),  # past the 28 digits of Decimal
        (Fraction(25, 2), "12,5", "12.5"),
        (Fraction(1, 3), "0,33", "0.33"),
        (Fraction(2, 3), "0,67", "0.67"),
        (Fraction(-1, 3), "-0,33", "-0.33"),
        (Fraction(1, 200), "0,01", "0.01"),  # half away from zero
        (Fraction(8, 4), "2", "2"),
    ],
)
def test_number(value: int | Fraction, vi: str, en: str) -> None:
    assert (vi, en) == (number(value, "vi"), number(value, "en"))


def test_number_padded_and_places() -> None:
    assert ("0,30", "0.30") == (number(Fraction(3, 10), "vi", pad=True), number(Fraction(3, 10), "en", pad=True))
    assert "2,00" == number(2, "vi", pad=True)
    assert "0,333" == number(Fraction(1, 3), "vi", places=3)
    with pytest.raises(ValueError, match="places"):
        number(Fraction(1, 3), "vi", places=-1)


@pytest.mark.parametrize(
    ("amount", "vi", "en"),
    [
        (1_500_000, "1.500.000 đồng", "1,500,000 VND"),
        (0, "0 đồng", "0 VND"),
        (Fraction(3_000_000, 2), "1.500.000 đồng", "1,500,000 VND"),
        # cut, not rounded: 1.111.111,138… never shows as ,14, nor 1.499.999,99… as 1.500.000
        (
            Fraction(40_000_001, 36),
            "1.111.111,13… đồng (đúng bằng 40.000.001/36)",
            "1,111,111.13… VND (exactly 40,000,001/36)",
        ),
        (
            Fraction(17_999_999, 12),
            "1.499.999,91… đồng (đúng bằng 17.999.999/12)",
            "1,499,999.91… VND (exactly 17,999,999/12)",
        ),
        (Fraction(1, 300), "0,00… đồng (đúng bằng 1/300)", "0.00… VND (exactly 1/300)"),
    ],
)
def test_money(amount: int | Fraction, vi: str, en: str) -> None:
    assert (vi, en) == (money_vnd(amount, "vi"), money_vnd(amount, "en"))


@pytest.mark.parametrize(
    ("ratio", "kwargs", "vi", "en"),
    [
        (Fraction(33, 500), {}, "6,6%", "6.6%"),
        (Fraction(7, 10), {}, "70%", "70%"),
        (Fraction(1), {}, "100%", "100%"),
        (Fraction(13, 10), {}, "130%", "130%"),
        (Fraction(1, 3), {}, "33,3%", "33.3%"),
        (Fraction(2, 3), {}, "66,7%", "66.7%"),
        (Fraction(1, 2000), {}, "0,1%", "0.1%"),  # 0.05% rounds half away from zero
        (Fraction(1, 2000), {"places": 2}, "0,05%", "0.05%"),
        (Fraction(47, 9100), {"pad": True}, "0,5%", "0.5%"),
        (Fraction(1, 100), {"pad": True}, "1,0%", "1.0%"),
        (0, {"pad": True}, "0,0%", "0.0%"),
        (Fraction(-1, 3), {}, "-33,3%", "-33.3%"),
    ],
)
def test_percent(ratio: Fraction, kwargs: dict[str, object], vi: str, en: str) -> None:
    assert (vi, en) == (percent(ratio, "vi", **kwargs), percent(ratio, "en", **kwargs))  # type: ignore[arg-type]


@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_percent_rounds_exactly(numerator: int, denominator: int) -> None:
    """The displayed tenth of a percent is the exact ratio rounded half up, by integer arithmetic."""
    tenths = (2000 * numerator + denominator) // (2 * denominator)
    want = f"{tenths // 10:,}.{tenths % 10}%"
    assert want == percent(Fraction(numerator, denominator), "en", pad=True)


@given(st.fractions(min_value=0, max_value=10**15, max_denominator=10**6))
def test_money_never_shows_more_than_the_amount(amount: Fraction) -> None:
    """The shown đồng, cut to two decimals, are at most the exact amount and less than a hundredth under it."""
    text = money_vnd(amount, "en")
    shown = Fraction(text.split(" ")[0].rstrip("…").replace(",", ""))
    assert shown <= amount < shown + Fraction(1, 100)


def test_dates() -> None:
    on = dt.date(2024, 10, 1)
    assert ("01/10/2024", "1 October 2024") == (date(on, "vi"), date(on, "en"))
    start, last = dt.date(2022, 1, 1), dt.date(2025, 12, 31)
    assert "01/01/2022 - 31/12/2025" == date_range(start, last, "vi")
    assert "1 January 2022 to 31 December 2025" == date_range(start, last, "en")


def test_a_caller_s_narrow_decimal_context_changes_nothing() -> None:
    with decimal.localcontext(prec=3, traps=[decimal.Inexact, decimal.Rounded]):
        assert "1.234.567" == number(1_234_567, "vi")
        assert "6.6%" == percent(Fraction(33, 500), "en")
        assert money_vnd(Fraction(40_000_001, 36), "vi").startswith("1.111.111,13…")


@pytest.mark.parametrize("call", [number, money_vnd, percent])
def test_an_unknown_language_is_refused(call: object) -> None:
    with pytest.raises(gn.InvalidInput, match="unsupported language"):
        call(1, "fr")  # type: ignore[operator]
    with pytest.raises(gn.InvalidInput, match="unsupported language"):
        date(dt.date(2024, 1, 1), "fr")


def test_babel_is_not_imported_with_giamngheo() -> None:
    """Babel is loaded on first use: ``import giamngheo`` stays light (its import time is budgeted)."""
    code = "import giamngheo, sys; assert 'babel' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_explanation_uses_the_conventions() -> None:
    """Explanations read by officers: Vietnamese digits and dates, labelled fields, no programmer's path."""
    household = gn.Household(
        id="H1",
        area=gn.Area.URBAN,
        income_yearly_vnd=40_000_001,
        size=3,
        members=[gn.Member(birth_date=dt.date(1980, 1, 1)), gn.Member(), gn.Member()],
        dwelling=gn.Dwelling(),
    )
    a = gn.assess(household, on=dt.date(2024, 10, 1))
    vi, en = a.explain("vi"), a.explain("en")
    assert "Ngày đánh giá 01/10/2024" in vi
    assert "(01/01/2022 - 31/12/2025)" in vi
    assert "40.000.001 đồng/năm ÷ 12 tháng ÷ 3 người = 1.111.111,13… đồng (đúng bằng 40.000.001/36)" in vi
    assert "Còn thiếu: thành viên thứ 1: người khuyết tật; thành viên thứ 2: ngày sinh" in vi
    assert "nhà ở: cột, khung" in vi
    assert "Assessed on 1 October 2024 under the" in en
    assert "(1 January 2022 to 31 December 2025)" in en
    assert "Still needed: member 1: person with a disability; member 2: date of birth" in en
    assert "members[" not in vi + en
    assert "dwelling." not in vi + en
