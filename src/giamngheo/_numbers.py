"""Exact numbers from input: the one parser every reader calls, its size limits checked before any arithmetic.

References:
    :class:`fractions.Fraction` and :class:`decimal.Decimal` (the standard library). ``Fraction("1e99999999")``
    computes ten to the power of a hundred million, which takes hours and cannot be interrupted; the limits below
    are checked on the text (or on the digits of a ``Decimal``, or the size of an ``int``) first.

Limits (:data:`MAX_DIGITS`, :data:`MAX_EXPONENT`): a number has at most 30 digits (the numerator and the denominator
of a fraction each), and an exponent (``2.5e3``) of at most 30 in size. A register's largest numbers are incomes in
VND (under 10¹⁵) and floor areas, so no real register comes near; a number past them is refused with
:class:`NumberTooLarge`, an :class:`~giamngheo.InvalidInput` (a :class:`ValueError` too, so that every reader reports
it as the number it could not read, at its file, line and field).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from giamngheo._errors import NumberTooLarge

__all__ = ["MAX_DIGITS", "MAX_EXPONENT", "MAX_WHOLE", "check_text", "exact_number"]

#: The digits of a number at most (each of a fraction's two parts).
MAX_DIGITS = 30
#: The size of a decimal exponent at most (``1e30`` is read, ``1e31`` is refused).
MAX_EXPONENT = 30
#: The largest whole number a count or an amount may be (a quadrillion VND): beyond it the engine's 64-bit exact
#: comparisons would overflow.
MAX_WHOLE = 10**15

_DECIMAL = re.compile(r"[+-]?(?P<whole>\d*)(?:\.(?P<part>\d*))?(?:[eE](?P<exponent>[+-]?\d+))?")
_FRACTION = re.compile(r"[+-]?(?P<numerator>\d+)\s*/\s*[+-]?(?P<denominator>\d+)")
_TOO_LARGE = 10**MAX_DIGITS  # the first whole number of more than MAX_DIGITS digits


def check_text(text: str, field: str = "number") -> None:
    """Refuse a number written ``text`` that is past the limits (:class:`NumberTooLarge`); anything else passes."""
    fraction = _FRACTION.fullmatch(text)
    if fraction is not None:
        for part in ("numerator", "denominator"):
            if len(fraction[part].lstrip("0")) > MAX_DIGITS:
                raise NumberTooLarge(field, f"the {part} has more than {MAX_DIGITS} digits")
        return
    decimal = _DECIMAL.fullmatch(text)
    if decimal is None:
        return  # not a number: Fraction says so
    digits = (decimal["whole"] or "") + (decimal["part"] or "")
    if len(digits.lstrip("0")) > MAX_DIGITS or len(decimal["part"] or "") > MAX_DIGITS:
        raise NumberTooLarge(field, f"has more than {MAX_DIGITS} digits")
    exponent = decimal["exponent"]
    if exponent is not None and (len(exponent.lstrip("+-0")) > 3 or abs(int(exponent)) > MAX_EXPONENT):
        raise NumberTooLarge(field, f"has an exponent larger than {MAX_EXPONENT} in size ({text[:40]!r})")


def exact_number(value: int | Decimal | Fraction | str, field: str = "number") -> Fraction:
    """``value`` as an exact :class:`~fractions.Fraction`, its size checked first.

    Args:
        value: An ``int``, a ``Decimal``, a ``Fraction`` or a text (``"35.5"``, ``"2.5e3"``, ``"71/2"``; spaces
            around are ignored).
        field: The field named by the error.

    Raises:
        NumberTooLarge: past :data:`MAX_DIGITS` or :data:`MAX_EXPONENT`.
        ValueError: for a text that is not a number, or a ``Decimal`` that is not finite.
        ZeroDivisionError: for a fraction over 0.
    """
    if isinstance(value, str):
        text = value.strip()
        check_text(text, field)
        return Fraction(text)
    if isinstance(value, Decimal):
        if not value.is_finite():
            msg = f"not a finite number: {value}"
            raise ValueError(msg)
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # noqa: S101 - finite
        if len(digits) > MAX_DIGITS or abs(exponent) > MAX_EXPONENT + MAX_DIGITS:
            raise NumberTooLarge(field, f"has more than {MAX_DIGITS} digits or an exponent past {MAX_EXPONENT}")
        if len(digits) + exponent > MAX_DIGITS:
            raise NumberTooLarge(field, f"has more than {MAX_DIGITS} digits")
        return Fraction(value)
    number = value if isinstance(value, Fraction) else Fraction(value)
    if abs(number.numerator) >= _TOO_LARGE or number.denominator >= _TOO_LARGE:
        raise NumberTooLarge(field, f"has more than {MAX_DIGITS} digits")
    return number
