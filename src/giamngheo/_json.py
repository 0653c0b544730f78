r"""JSON from input: the one reader every JSON document goes through, refusing what the standard module lets by.

References:
    :func:`json.loads` (the standard library), RFC 8259 §4 (the names within an object should be unique).

``json.loads`` keeps the last of two equal keys, raises :class:`RecursionError` on arrays nested a hundred thousand
deep, :class:`ValueError` on an integer of more than 4,300 digits, and reads ``1e99999999`` as a number that
hangs the first exact computation made with it. :func:`loads` refuses each of them as a
:class:`json.JSONDecodeError`, so that every reader reports them as it reports a JSON syntax error: a repeated
key, nesting deeper than the limit (``gn.input_limits(depth=…)``, 64 by default), numbers past the limits of
:mod:`giamngheo._numbers`, and text holding half of a UTF-16 surrogate pair (``"\ud800"``), which is not a character and cannot be written to any file. Numbers
with a fraction or an exponent are read exactly, as :class:`~decimal.Decimal`, unless asked otherwise.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from giamngheo._numbers import check_text, current_limits

__all__ = ["loads"]


def _refuse(text: str, reason: str) -> json.JSONDecodeError:
    return json.JSONDecodeError(reason, text, 0)


_SURROGATE = re.compile("[\ud800-\udfff]")
#: A JSON string (escapes included), a surrogate written as an escape, what is not a bracket, an innermost pair.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\{\}|\[\]")


def _depth(text: str, most: int) -> int:
    """How deep arrays and objects nest in the valid JSON ``text`` (0 for a scalar), counted to ``most + 1``.

    Counted on the text, not the parsed value: the strings removed, then the innermost pairs of brackets, one level
    a pass, each pass a regular expression over the brackets (no Python step per value).
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    while brackets and depth <= most:
        brackets, depth = _INNERMOST.sub("", brackets), depth + 1
    return depth


def _check_surrogates(value: object, text: str) -> None:
    """Refuse a lone surrogate in any string of ``value`` (a high or low half alone: not a character, no file can hold it)."""
    if not (_SURROGATE.search(text) or _ESCAPED_SURROGATE.search(text)):
        return  # none written, none decoded: the walk below is needed only when one is
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise _refuse(text, f"the text {item[:40]!r} holds half of a UTF-16 pair, which is not a character")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _text_of(source: object) -> str:
    """A document as text: bytes decoded as :func:`json.loads` decodes them (UTF-8, -16 or -32, by their first bytes)."""
    if isinstance(source, str):
        return source
    if not isinstance(source, bytes | bytearray):  # None, a number, a dict already parsed: not a document
        raise _refuse("", f"a JSON document is text or bytes, got {type(source).__name__}")
    return bytes(source).decode(json.detect_encoding(source))


def loads(source: str | bytes, *, exact: bool = True, unique_keys: bool = True) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value of ``source``; numbers with a fraction or an exponent as ``Decimal`` when ``exact``.

    ``unique_keys=False`` keeps the last of two equal keys, for a reader that finds them itself and says where.
    Bytes are decoded as :func:`json.loads` decodes them (UTF-8, UTF-16 or UTF-32, by their first bytes).

    Raises:
        json.JSONDecodeError: for text that is not JSON, and for a repeated key, nesting deeper than
            the depth limit (a household is 4 deep) or a number past the digits or exponent limits.
    """
    text = _text_of(source)
    most = current_limits()

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out and unique_keys:
                raise _refuse(text, f"the key {key[:40]!r} is given twice in one object")
            out[key] = value
        return out

    def integer(digits: str) -> int:
        if len(digits.lstrip("-0")) > most.digits:
            raise _refuse(text, f"the integer {digits[:20]}… has more than {most.digits} digits")
        return int(digits)

    def number(digits: str) -> Decimal | float:
        try:
            check_text(digits)  # the size only: the number itself is made once, below
        except ValueError as error:
            raise _refuse(text, f"the number {digits[:40]}: {getattr(error, 'reason', error)}") from None
        return Decimal(digits) if exact else float(digits)

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_int=integer, parse_float=number)
    except RecursionError:
        raise _refuse(text, f"arrays or objects nested deeper than {most.depth}") from None
    if _depth(text, most.depth) > most.depth:
        raise _refuse(text, f"arrays or objects nested deeper than {most.depth}")
    _check_surrogates(value, text)
    return value
