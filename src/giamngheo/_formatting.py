"""Numbers, money, percentages and dates written for a reader, in Vietnamese or English.

References:
    The Unicode Common Locale Data Repository (CLDR), through the Babel library (``babel.numbers``,
    ``babel.dates``): the digit grouping and decimal marks, the percent pattern and the English date of each
    language are CLDR's, for the locales ``vi`` and ``en_001`` (international English: day before month).

The conventions, with what is the library's own choice ("house") rather than CLDR's:

=============  =========================  =========================  ===========================================
what           Vietnamese                 English                    source
=============  =========================  =========================  ===========================================
number         ``9.100``, ``12,5``        ``9,100``, ``12.5``        CLDR decimal pattern and symbols
money          ``1.500.000 đồng``         ``1,500,000 VND``          CLDR number; house unit: "đồng" as
                                                                     Vietnamese documents write amounts, the
                                                                     ISO 4217 code in English (not CLDR's "₫")
percentage     ``6,6%``, ``70%``          ``6.6%``, ``70%``          CLDR percent pattern (no space before
                                                                     "%" in either language, as the decrees
                                                                     write "6,6%/năm")
date           ``01/10/2024``             ``1 October 2024``         vi: house pattern ``dd/MM/yyyy``, the form of
                                                                     administrative documents (CLDR's short
                                                                     ``d/M/yy`` drops the century); en: CLDR
                                                                     long date of ``en_001``
=============  =========================  =========================  ===========================================

Every value is exact on the way in (``int`` or :class:`~fractions.Fraction`); a displayed decimal is rounded (or,
for money, cut) with integer arithmetic, then handed to Babel as an exact :class:`~decimal.Decimal` with as many
digits as it shows: no float decides a digit. Only human text uses this module: JSON, CSV, TOML and ``to_dict``
keep their exact and ISO forms.

Babel is imported on first use, not with :mod:`giamngheo`; its locales and parsed patterns are built once, and the
text of a whole number or a date is kept (an explanation names the same lines and dates household after
household).
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal, getcontext, localcontext
from fractions import Fraction
from typing import TYPE_CHECKING

from giamngheo._text import check_lang

if TYPE_CHECKING:
    from babel import Locale
    from babel.dates import DateTimePattern
    from babel.numbers import NumberPattern

__all__ = ["date", "date_range", "money_vnd", "number", "percent"]

#: The CLDR locale of each language: international English writes the day before the month.
_LOCALES = {"vi": "vi", "en": "en_001"}
#: The unit written after an amount of money (house form, see the module's table).
_VND = {"vi": "đồng", "en": "VND"}
#: A date: Vietnamese by the house pattern, English by CLDR's long date (``None``).
_DATE_PATTERNS: dict[str, str | None] = {"vi": "dd/MM/yyyy", "en": None}
_THROUGH = {"vi": " - ", "en": " to "}
_EXACTLY = {"vi": "đúng bằng", "en": "exactly"}
#: Texts kept of whole numbers, amounts and dates: the lines and dates of a standard recur in every explanation.
_KEPT = 4096
#: The most decimals a display shows (a caller's mistake past it, not an officer's).
_MOST_PLACES = 12
#: Digits of precision beyond a number's own, for Babel's scaling of a percentage.
_SPARE = 8


@functools.cache
def _locale(lang: str) -> Locale:
    from babel import Locale  # noqa: PLC0415 - Babel is loaded on first use, not with giamngheo

    return Locale.parse(_LOCALES[check_lang(lang)])


@functools.cache
def _number_pattern(places: int, *, pad: bool, percent: bool = False) -> NumberPattern:
    """A CLDR pattern grouping thousands, with up to (or, padded, exactly) ``places`` decimals."""
    from babel.numbers import parse_pattern  # noqa: PLC0415 - Babel is loaded on first use

    digits = ("0" if pad else "#") * places
    return parse_pattern("#,##0" + (f".{digits}" if places else "") + ("%" if percent else ""))


@functools.cache
def _date_pattern(lang: str) -> DateTimePattern:
    from babel.dates import parse_pattern  # noqa: PLC0415 - Babel is loaded on first use

    pattern = _DATE_PATTERNS[check_lang(lang)]
    return _locale(lang).date_formats["long"] if pattern is None else parse_pattern(pattern)


def _places(places: int) -> int:
    if not isinstance(places, int) or isinstance(places, bool) or not 0 <= places <= _MOST_PLACES:
        raise ValueError(f"places is a whole number from 0 to {_MOST_PLACES}, got {places!r}")
    return places


def _decimal(value: Fraction, places: int, *, cut: bool = False, shift: int = 0) -> Decimal:
    """``value`` with ``places`` decimals, rounded half away from zero or ``cut`` toward zero, divided by ``10**shift``."""
    scaled = value * 10**places
    whole, rest = divmod(abs(scaled.numerator), scaled.denominator)
    if not cut and 2 * rest >= scaled.denominator:
        whole += 1
    sign = "-" if scaled < 0 and whole else ""
    return Decimal(f"{sign}{whole}E-{places + shift}")  # from a string: exact whatever the decimal context


def _apply(pattern: NumberPattern, value: Decimal, lang: str) -> str:
    # The value already has the digits shown: Babel only groups and marks them, in a context wide enough for
    # every digit (a caller's narrower context, or a number past 28 digits, would otherwise round or fail).
    digits = len(value.as_tuple().digits) + _SPARE
    text: str
    if digits <= getcontext().prec:
        text = pattern.apply(value, _locale(lang))
    else:
        with localcontext(prec=digits):
            text = pattern.apply(value, _locale(lang))
    return text


@functools.lru_cache(maxsize=_KEPT)
def _whole(n: int, lang: str) -> str:
    return _apply(_number_pattern(0, pad=False), Decimal(n), lang)


def number(value: int | Fraction, lang: str, *, places: int = 2, pad: bool = False) -> str:
    """A number as ``lang`` writes it: ``number(9100, "vi") == "9.100"``, ``"9,100"`` in English.

    Args:
        value: The number; a fraction is shown rounded (half away from zero) to at most ``places`` decimals,
            without trailing zeros (``Fraction(25, 2)`` is ``"12,5"`` in Vietnamese).
        lang: ``"vi"`` or ``"en"``.
        places: The most decimals shown of a fraction.
        pad: Show exactly ``places`` decimals, trailing zeros included (``"0,30"``), whole numbers too.

    Raises:
        InvalidInput: an unsupported language.
    """
    check_lang(lang)
    if isinstance(value, int) and not pad:
        return _whole(value, lang)
    fraction = Fraction(value)
    if fraction.denominator == 1 and not pad:
        return _whole(fraction.numerator, lang)
    places = _places(places)
    return _apply(_number_pattern(places, pad=pad), _decimal(fraction, places), lang)


def money_vnd(amount: int | Fraction, lang: str) -> str:
    """An amount in đồng: ``"1.500.000 đồng"`` in Vietnamese, ``"1,500,000 VND"`` in English.

    An amount that is not a whole number of đồng (an income divided by 12 months or by the members) is shown
    with two decimals cut, never rounded, so that it never appears to reach a line it does not reach, then its
    exact value: ``"123.456,33… đồng (đúng bằng 370.369/3)"``.

    Raises:
        InvalidInput: an unsupported language.
    """
    check_lang(lang)
    if isinstance(amount, int):
        return f"{_whole(amount, lang)} {_VND[lang]}"
    fraction = Fraction(amount)
    if fraction.denominator == 1:
        return f"{_whole(fraction.numerator, lang)} {_VND[lang]}"
    return _part_money(fraction, lang)


@functools.lru_cache(maxsize=_KEPT)
def _part_money(fraction: Fraction, lang: str) -> str:
    # Kept too: an explanation names the household's income once per line it is compared with.
    shown = _apply(_number_pattern(2, pad=True), _decimal(fraction, 2, cut=True), lang)
    exact = f"{_whole(fraction.numerator, lang)}/{_whole(fraction.denominator, lang)}"
    return f"{shown}… {_VND[lang]} ({_EXACTLY[lang]} {exact})"


def percent(fraction: Fraction | int, lang: str, *, places: int = 1, pad: bool = False) -> str:
    """A ratio as a percentage: ``percent(Fraction(33, 500), "vi") == "6,6%"``; ``"6.6%"`` in English.

    Args:
        fraction: The exact ratio (``Fraction(1, 2)`` is 50%).
        lang: ``"vi"`` or ``"en"``.
        places: The decimals of the percentage, rounded half away from zero (``Fraction(1, 3)`` is ``"33,3%"``).
        pad: Keep trailing zeros (``"1,0%"``), for a column of figures; by default they are dropped (``"70%"``).

    Raises:
        InvalidInput: an unsupported language.
    """
    check_lang(lang)
    places = _places(places)
    # Rounded as a percentage, then handed back as a ratio: the pattern's "%" multiplies by 100 exactly.
    shown = _decimal(Fraction(fraction) * 100, places, shift=2)
    return _apply(_number_pattern(places, pad=pad, percent=True), shown, lang)


@functools.lru_cache(maxsize=_KEPT)
def _date(on: dt.date, lang: str) -> str:
    return _date_pattern(lang).apply(on, _locale(lang))


def date(on: dt.date, lang: str) -> str:
    """A date for a reader: ``"01/10/2024"`` in Vietnamese, ``"1 October 2024"`` in English.

    Raises:
        InvalidInput: an unsupported language.
    """
    return _date(on, check_lang(lang))


def date_range(start: dt.date, last_day: dt.date, lang: str) -> str:
    """The days from ``start`` to ``last_day`` included: ``"01/01/2022 - 31/12/2025"``, ``"1 January 2022 to 31 December 2025"``.

    Raises:
        InvalidInput: an unsupported language.
    """
    return f"{date(start, lang)}{_THROUGH[lang]}{date(last_day, lang)}"
