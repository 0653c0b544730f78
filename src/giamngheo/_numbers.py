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

import contextlib
import contextvars
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import attrs

from giamngheo._errors import InvalidInput, NumberTooLarge

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "MAX_WHOLE",
    "InputLimits",
    "check_text",
    "current_limits",
    "exact_number",
    "input_limits",
]

#: The digits of a number at most (each of a fraction's two parts), unless :func:`input_limits` says otherwise.
MAX_DIGITS = 30
#: The size of a decimal exponent at most (``1e30`` is read, ``1e31`` is refused), unless :func:`input_limits`
#: says otherwise.
MAX_EXPONENT = 30
#: The largest whole number a count or an amount may be (a quadrillion VND): beyond it the engine's 64-bit exact
#: comparisons would overflow, so it cannot be raised.
MAX_WHOLE = 10**15
#: How far the limits may be raised: past it the checks themselves would be the slow computation they prevent
#: (``json`` recurses once per level of nesting).
_CEILING = {"digits": 4000, "exponent": 4000, "depth": 500, "members": 1_000_000}


def _positive(_owner: object, attribute: attrs.Attribute[int], value: object) -> None:
    ceiling = _CEILING[attribute.name]
    if type(value) is not int or not 1 <= value <= ceiling:
        raise InvalidInput(attribute.name, f"a limit is a whole number from 1 to {ceiling:,}, got {value!r}")


@attrs.frozen(kw_only=True)
class InputLimits:
    """The sizes input may have, checked before any arithmetic or allocation (see the page on untrusted input).

    Attributes:
        digits: The digits of a number at most (each part of a fraction).
        exponent: The size of a decimal exponent at most.
        depth: How deep arrays and objects may nest in a JSON document (a household is 4 deep).
        members: The members of one household in a JSON document at most.
    """

    digits: int = attrs.field(default=MAX_DIGITS, validator=_positive)
    exponent: int = attrs.field(default=MAX_EXPONENT, validator=_positive)
    depth: int = attrs.field(default=64, validator=_positive)
    members: int = attrs.field(default=1000, validator=_positive)


@functools.cache
def _first_past(digits: int) -> int:
    """The first whole number of more than ``digits`` digits."""
    return int(10**digits)


_LIMITS: contextvars.ContextVar[InputLimits] = contextvars.ContextVar(
    "giamngheo_input_limits",
    default=InputLimits(),  # noqa: B039 - frozen: never changed, only replaced
)


def current_limits() -> InputLimits:
    """The limits in force here (in this thread or task): the defaults, or those of an enclosing :func:`input_limits`."""
    return _LIMITS.get()


@contextlib.contextmanager
def input_limits(**changes: int) -> Iterator[InputLimits]:
    """Raise (or lower) some limits inside a ``with`` block, for this thread or task only.

    Example:
        >>> import giamngheo as gn
        >>> with gn.input_limits(members=5000) as raised:
        ...     raised.members
        5000
        >>> with gn.input_limits() as now:  # outside, the defaults again
        ...     now.members
        1000

    Args:
        **changes: Any of :class:`InputLimits`' fields, each from 1 to its ceiling (digits and exponent 4,000,
            depth 500, members 1,000,000). The largest whole number (:data:`MAX_WHOLE`) cannot be changed.

    Raises:
        InvalidInput: for an unknown limit or a value out of its range.
    """
    unknown = sorted(set(changes) - {field.name for field in attrs.fields(InputLimits)})
    if unknown:
        raise InvalidInput(unknown[0], "not a limit; use digits, exponent, depth or members")
    token = _LIMITS.set(attrs.evolve(_LIMITS.get(), **changes))
    try:
        yield _LIMITS.get()
    finally:
        _LIMITS.reset(token)

_DECIMAL = re.compile(r"[+-]?(?P<whole>\d*)(?:\.(?P<part>\d*))?(?:[eE](?P<exponent>[+-]?\d+))?")
_FRACTION = re.compile(r"[+-]?(?P<numerator>\d+)\s*/\s*[+-]?(?P<denominator>\d+)")


def check_text(text: str, field: str = "number") -> None:
    """Refuse a number written ``text`` that is past the limits (:class:`NumberTooLarge`); anything else passes."""
    most = _LIMITS.get()
    fraction = _FRACTION.fullmatch(text)
    if fraction is not None:
        for part in ("numerator", "denominator"):
            if len(fraction[part].lstrip("0")) > most.digits:
                raise NumberTooLarge(field, f"the {part} has more than {most.digits} digits")
        return
    decimal = _DECIMAL.fullmatch(text)
    if decimal is None:
        return  # not a number: Fraction says so
    digits = (decimal["whole"] or "") + (decimal["part"] or "")
    if len(digits.lstrip("0")) > most.digits or len(decimal["part"] or "") > most.digits:
        raise NumberTooLarge(field, f"has more than {most.digits} digits")
    exponent = decimal["exponent"]
    if exponent is not None and (len(exponent.lstrip("+-0")) > len(str(most.exponent)) or abs(int(exponent)) > most.exponent):
        raise NumberTooLarge(field, f"has an exponent larger than {most.exponent} in size ({text[:40]!r})")


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
    most = _LIMITS.get()
    if isinstance(value, Decimal):
        if not value.is_finite():
            msg = f"not a finite number: {value}"
            raise ValueError(msg)
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # noqa: S101 - finite
        if len(digits) > most.digits or abs(exponent) > most.exponent + most.digits:
            raise NumberTooLarge(field, f"has more than {most.digits} digits or an exponent past {most.exponent}")
        if len(digits) + exponent > most.digits:
            raise NumberTooLarge(field, f"has more than {most.digits} digits")
        return Fraction(value)
    number = value if isinstance(value, Fraction) else Fraction(value)
    too_large = _first_past(most.digits)
    if abs(number.numerator) >= too_large or number.denominator >= too_large:
        raise NumberTooLarge(field, f"has more than {most.digits} digits")
    return number
