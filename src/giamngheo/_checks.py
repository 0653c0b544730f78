"""The checks of a household's input values, each with its message: one definition that every path calls.

References:
    The fields of the review form as :mod:`giamngheo._facts` and :mod:`giamngheo._household` model them; the
    limits of :mod:`giamngheo._numbers`.

The constructors (:class:`~giamngheo.Member`, :class:`~giamngheo.Dwelling`, :class:`~giamngheo.Household`), the
JSON reader and the batch columns accept and refuse the same values with the same words: each check below is the
one place of its rule and its message. The batch path finds its bad cells a column at a time, then words each one
with the message functions here (``*_reason``), so that a cell of a register and an argument of a constructor are
refused alike: the field, the household, and what was expected.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

from giamngheo._errors import InvalidInput, NumberTooLarge
from giamngheo._numbers import MAX_WHOLE, exact_number
from giamngheo._text import Text

__all__ = [
    "BOTH_INCOMES",
    "NO_INCOME",
    "NO_MEMBERS",
    "SIZE_REQUIRED",
    "STANDARD_AND_JURISDICTION",
    "STATED_AND_COMPUTED",
    "area",
    "area_reason",
    "below_reason",
    "boolean",
    "boolean_reason",
    "check_date",
    "choice_reason",
    "date",
    "date_reason",
    "device_reason",
    "instance",
    "instances",
    "range_reason",
    "rate",
    "rate_reason",
    "share",
    "share_reason",
    "shown",
    "size_mismatch",
    "whole",
    "whole_reason",
]

E = TypeVar("E", bound=enum.Enum)

# --- a household's invariants: (field, reason), raised by the constructors, the register's encoder and the engine --
# Each reason is worded in Vietnamese and English: officers read them on the forms' data.

#: Both incomes given.
BOTH_INCOMES = (
    "income_yearly_vnd",
    Text(
        "chỉ ghi thu nhập bình quân đầu người/tháng (income_per_capita_monthly_vnd) hoặc tổng thu nhập của hộ "
        "trong năm (income_yearly_vnd), không ghi cả hai",
        "give either income_per_capita_monthly_vnd or income_yearly_vnd, not both",
    ),
)
#: Neither income given.
NO_INCOME = (
    "income_per_capita_monthly_vnd",
    Text(
        "chưa ghi thu nhập (hoặc ghi tổng thu nhập của hộ trong năm, income_yearly_vnd, và số nhân khẩu)",
        "no income given (or give income_yearly_vnd and size)",
    ),
)
#: A yearly income without the size it is divided by.
SIZE_REQUIRED = (
    "size",
    Text("phải ghi khi ghi tổng thu nhập của hộ trong năm (income_yearly_vnd)", "is required with income_yearly_vnd"),
)
#: An empty list of members.
NO_MEMBERS = (
    "members",
    Text(
        "ghi ít nhất một thành viên, hoặc để trống khi chưa biết (None)",
        "list at least one member, or leave members unknown (None)",
    ),
)
#: Deprivations stated for a household whose members or dwelling are given to compute them.
STATED_AND_COMPUTED = (
    "deprived",
    Text(
        "ghi các chỉ số thiếu hụt đã xác định, hoặc ghi thành viên và nhà ở để tính, không ghi cả hai",
        "state deprivations or give members/dwelling to compute them, not both",
    ),
)
#: An assessment given both a standard and a jurisdiction.
STANDARD_AND_JURISDICTION = (
    "jurisdiction",
    Text(
        "chọn một chuẩn (standard) hoặc một địa phương (jurisdiction), không chọn cả hai",
        "give a standard or a jurisdiction, not both",
    ),
)


def size_mismatch(size: object, listed: object) -> tuple[str, Text]:
    """A size that is not the number of members listed."""
    return "size", Text(f"là {size} nhưng danh sách có {listed} thành viên", f"is {size} but {listed} members are listed")


def shown(value: object) -> str:
    """A value as the message shows it: text quoted, exact numbers as written (``1.5``, not ``Decimal('1.5')``)."""
    try:
        text = str(value) if isinstance(value, Decimal | Fraction) else repr(value)
    except ValueError:  # an int of more than 4,300 digits cannot be written out
        return f"a number of more than {sys.get_int_max_str_digits():,} digits"
    return text if len(text) <= 80 else f"{text[:77]}..."


def whole_reason(field: str, value: object) -> Text:
    """Why ``value`` is not a whole number for ``field`` (money is in VND)."""
    money = field.endswith("_vnd")
    got = shown(value)
    return Text(
        f"phải là số nguyên{' đồng' if money else ''}, nhận được {got}",
        f"must be a whole number{' of VND' if money else ''}, got {got}",
    )


def range_reason(value: object) -> Text:
    """Why a whole number is past :data:`~giamngheo._numbers.MAX_WHOLE`."""
    got = shown(value)
    return Text(
        f"vượt quá giới hạn (lớn hơn {_number(MAX_WHOLE, 'vi')}), nhận được {got}",
        f"is out of range (more than {_number(MAX_WHOLE, 'en')}), got {got}",
    )


def below_reason(field: str, value: object, minimum: int = 0) -> Text:
    """Why a size is under one, money is negative, or a number is under its ``minimum``."""
    got = shown(value)
    if field == "size":
        return Text(f"một hộ có ít nhất một nhân khẩu, nhận được {got}", f"a household has at least one member, got {got}")
    if minimum > 0:
        return Text(f"ít nhất là {minimum}, nhận được {got}", f"must be at least {minimum}, got {got}")
    return Text(f"không được là số âm, nhận được {got}", f"must not be negative, got {got}")


def area_reason(value: object) -> Text:
    """Why ``value`` is not a floor area."""
    if isinstance(value, float):  # pandas reads a column of numbers as floats: say how to keep them exact
        return Text(
            f"phải là số chính xác, nhận được số thực dấu phẩy động {value!r} (đọc tệp dưới dạng văn bản, hoặc ghi "
            "Decimal hay văn bản: '35.5')",
            f"must be exact, got the float {value!r} (read the file as text, or give a Decimal or a text: '35.5')",
        )
    got = shown(value)
    return Text(
        f"phải là số m² chính xác (số nguyên hay số thập phân như 35.5, hoặc phân số như 71/2), nhận được {got}",
        f"must be an exact number of m² (a whole or decimal number such as 35.5, or a fraction such as 71/2), got {got}",
    )


def choice_reason(codes: Iterable[str], value: object) -> Text:
    """Why ``value`` is none of ``codes``."""
    valid = ", ".join(repr(code) for code in codes)
    got = shown(value)
    return Text(
        f"giá trị không hợp lệ {got}; dùng một trong các giá trị {valid} (hoặc để trống khi chưa biết)",
        f"unknown value {got}; use one of {valid} (or leave it unknown)",
    )


def device_reason(codes: Iterable[str], value: object) -> Text:
    """Why ``value`` is not a device."""
    valid = ", ".join(repr(code) for code in codes)
    got = shown(value)
    return Text(
        f"phương tiện không hợp lệ {got}; dùng {valid} (trong một ô văn bản, cách nhau bởi ';'; 'none' khi không có "
        "phương tiện nào)",
        f"unknown device {got}; use {valid} (in a text, separated by ';'; 'none' for none of them)",
    )


def boolean_reason(value: object, *, unknown: bool = True) -> Text:
    """Why ``value`` is not a yes-or-no fact."""
    got = shown(value)
    return Text(
        f"phải là đúng hoặc sai (true/false){' (hoặc để trống khi chưa biết)' if unknown else ''}, nhận được {got}",
        f"must be true or false{' (or leave it unknown)' if unknown else ''}, got {got}",
    )


def date_reason(value: object) -> Text:
    """Why ``value`` is not a date."""
    got = shown(value)
    return Text(
        f"phải là một ngày (datetime.date; trong tệp ghi YYYY-MM-DD, một ngày có thật), nhận được {got}",
        f"must be a date (a datetime.date; in a file YYYY-MM-DD, a real day), got {got}",
    )


def share_reason(written: object) -> Text:
    """Why a share of a cost is not one: it is more than 0 and at most 1."""
    return Text(
        f'tỷ lệ hỗ trợ lớn hơn 0 và không quá 1 (toàn bộ chi phí), ví dụ "7/10", nhận được {written}',
        f'a share is more than 0 and at most 1 (the whole cost), like "7/10", got {written}',
    )


def rate_reason(written: object) -> Text:
    """Why a yearly interest rate is not one: a fraction of the loan, from 0 to under 1."""
    return Text(
        f'lãi suất một năm là một phần của khoản vay: ghi 0.066 hoặc "66/1000" cho 6,6%, nhận được {written}',
        f'a yearly rate is a fraction of the loan: write 0.066 or "66/1000" for 6.6 %, got {written}',
    )


def share(field: str, value: Fraction, written: object = None) -> Fraction:
    """``value`` if it is a share of a cost, more than 0 and at most 1 (``written``: as the user wrote it).

    Raises:
        InvalidInput: naming ``field``.
    """
    if not 0 < value <= 1:
        raise InvalidInput(field, share_reason(value if written is None else written))
    return value


def rate(field: str, value: Fraction, written: object = None) -> Fraction:
    """``value`` if it is a yearly interest rate, from 0 to under 1 (``written``: as the user wrote it).

    Raises:
        InvalidInput: naming ``field``.
    """
    if not 0 <= value < 1:
        raise InvalidInput(field, rate_reason(value if written is None else written))
    return value


def _number(n: int, lang: str) -> str:
    from giamngheo._formatting import number  # noqa: PLC0415 - Babel, on an error's path only

    return number(n, lang)


def instance(field: str, value: object, kind: type | tuple[type, ...], what: str) -> None:
    """Refuse ``value`` unless it is a ``kind`` (described to the user as ``what``, "a giamngheo.Window").

    Raises:
        InvalidInput: naming ``field``.
    """
    if not isinstance(value, kind):
        raise InvalidInput(field, f"must be {what}, got {shown(value)}")


def instances(field: str, value: object, kind: type | tuple[type, ...], what: str) -> None:
    """Refuse ``value`` unless it is a tuple or list whose every item is a ``kind`` (described as ``what``).

    Raises:
        InvalidInput: naming ``field`` and, for a wrong item, its index.
    """
    if not isinstance(value, tuple | list):
        raise InvalidInput(field, f"must be a tuple or list, each item {what}, got {shown(value)}")
    for i, item in enumerate(value):
        instance(f"{field}[{i}]", item, kind, what)


def whole(field: str, value: object, household: str | None = None, *, minimum: int = 0) -> int | None:
    """``value`` as a whole number no less than ``minimum`` and no more than ``MAX_WHOLE``; ``None`` is unknown.

    Args:
        field: The field, for the message (money fields end in ``_vnd``).
        value: An ``int`` (a ``bool`` or a ``float`` is refused: ``True`` is not one VND).
        household: The household's id, if known.
        minimum: The least value allowed (1 for a size, 0 for money).

    Raises:
        InvalidInput: naming ``field`` and ``household``.
    """
    if value is None:
        return None
    if type(value) is not int:
        raise InvalidInput(field, whole_reason(field, value), household)
    if value > MAX_WHOLE:
        raise InvalidInput(field, range_reason(value), household)
    if value < minimum:
        raise InvalidInput(field, below_reason(field, value, minimum), household)
    return value


def area(field: str, value: object, household: str | None = None) -> Fraction | None:
    """``value`` as an exact, non-negative floor area; ``None`` is unknown.

    A ``float`` is refused (``35.1`` is not 35.1 in binary); text may use a decimal comma. The numerator and the
    denominator are each at most ``MAX_WHOLE``, as the batch columns store them.

    Raises:
        InvalidInput: naming ``field`` and ``household``; :class:`~giamngheo.NumberTooLarge` past the limits.
    """
    if value is None:
        return None
    if isinstance(value, bool | float) or not isinstance(value, int | Decimal | Fraction | str):
        raise InvalidInput(field, area_reason(value), household)
    try:
        number = exact_number(value.strip().replace(",", ".") if isinstance(value, str) else value, field)
    except NumberTooLarge as error:
        raise NumberTooLarge(field, error.why, household) from None
    except (ValueError, ZeroDivisionError):
        raise InvalidInput(field, area_reason(value), household) from None
    if number < 0:
        raise InvalidInput(field, below_reason(field, number), household)
    if number.numerator > MAX_WHOLE or number.denominator > MAX_WHOLE:
        raise NumberTooLarge(field, range_reason(value), household)
    return number


def boolean(field: str, value: object, household: str | None = None, *, unknown: bool = True) -> bool | None:
    """``value`` if it is a real ``bool`` (``"false"``, ``0`` and ``1`` are refused), or ``None`` when allowed.

    Raises:
        InvalidInput: naming ``field`` and ``household``.
    """
    if type(value) is bool or (unknown and value is None):
        return value
    raise InvalidInput(field, boolean_reason(value, unknown=unknown), household)


def check_date(on: object, household: str | None = None, *, field: str = "on") -> dt.date:
    """``on`` if it is a :class:`datetime.date` that must be given (not ``None``, a ``datetime`` or text).

    Raises:
        InvalidInput: naming ``field`` and ``household``.
    """
    if type(on) is not dt.date:
        raise InvalidInput(field, date_reason(on), household)
    return on


def date(field: str, value: object, household: str | None = None) -> dt.date | None:
    """``value`` if it is a :class:`datetime.date` (not a ``datetime``), or ``None``.

    Raises:
        InvalidInput: naming ``field`` and ``household``.
    """
    if value is None or type(value) is dt.date:
        return value
    raise InvalidInput(field, date_reason(value), household)


def suggest(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the choice closest to ``word``, or nothing if none is close."""
    import difflib  # noqa: PLC0415 - only on an error's path: it costs the import of the package a millisecond

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
