"""The cell parsers: one cell of an input table to a code, or the reason it cannot be read (the one place of each message)."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from giamngheo._checks import boolean_reason, choice_reason, device_reason, range_reason, whole_reason
from giamngheo._errors import BadCell
from giamngheo._numbers import MAX_WHOLE
from giamngheo.batch._columns import (
    CELL_CODES,
    DEVICE_BITS,
    DEVICE_LABEL_BITS,
    FALSE_CELLS,
    LABEL_CODES,
    TRUE_CELLS,
)

if TYPE_CHECKING:
    from giamngheo.batch._columns import Columns

__all__ = ["parse_rows"]

Table = Sequence[Mapping[str, object]] | Mapping[str, Sequence[object]]


def _text(value: object) -> str | None:
    """A cell as stripped text, ``None`` when empty (``None``, ``""``, NaN)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    return text or None


_LARGEST = MAX_WHOLE  # the largest whole number a cell may hold


def _in_range(number: int) -> int:
    if abs(number) > _LARGEST:
        raise BadCell(range_reason(number))
    return number


def _integer(value: object, field: str) -> int | None:
    """A cell as a whole number (``None``: empty); ``field`` words the error."""
    if isinstance(value, bool):
        raise BadCell(whole_reason(field, value))
    if isinstance(value, int):
        return _in_range(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return _in_range(int(value))
        raise BadCell(whole_reason(field, value))
    text = _text(value)
    if text is None:
        return None
    try:
        number = int(text.replace("_", ""))
    except ValueError:
        raise BadCell(whole_reason(field, text)) from None
    return _in_range(number)


def _choice(kind: type[Any]) -> Callable[[object], int]:
    codes = CELL_CODES[kind]
    labels = LABEL_CODES[kind]

    def parse(value: object) -> int:
        text = _text(value)
        if text is None:
            return -1
        code = codes.get(text)
        if code is None:
            code = labels.get(unicodedata.normalize("NFC", text).casefold())
        if code is None:
            raise BadCell(choice_reason(codes, text))
        return code

    return parse


def _boolean(value: object) -> int:
    if isinstance(value, bool):
        return int(value)
    text = _text(value)
    if text is None:
        return -1
    lowered = text.lower()
    if lowered in TRUE_CELLS:
        return 1
    if lowered in FALSE_CELLS:
        return 0
    raise BadCell(boolean_reason(text))


def _devices(value: object) -> int:
    text = _text(value)
    if text is None:
        return -1
    if text.lower() == "none":
        return 0
    mask = 0
    for part in text.split(";"):
        name = part.strip()
        if not name:
            continue
        bit = DEVICE_BITS.get(name)
        if bit is None:
            bit = DEVICE_LABEL_BITS.get(unicodedata.normalize("NFC", name).casefold())
        if bit is None:
            raise BadCell(device_reason(DEVICE_BITS, name))
        mask |= bit
    return mask


def _ids(value: object) -> frozenset[str] | None:
    text = _text(value)
    if text is None:
        return None
    return frozenset(part.strip() for part in text.split(";") if part.strip())


def parse_rows(cls: type[Columns], households: Table, members: Table | None) -> Columns:  # noqa: ARG001 - Columns itself
    """See :meth:`Columns.from_rows`: the tables as Arrow tables, encoded column by column."""
    from giamngheo.batch._encode import encode  # noqa: PLC0415 - it imports the cell parsers of this module
    from giamngheo.batch._tables import to_arrow  # noqa: PLC0415

    return encode(to_arrow(households, "households"), None if members is None else to_arrow(members, "members"))
