"""The checks of the measures' arguments, shared by the specification, the samples and the measures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from giamngheo._errors import InvalidInput
from giamngheo._model import Status
from giamngheo._numbers import exact_number

Weight = int | Fraction


def exact_fraction(name: str, value: object, *, positive: bool = False) -> Fraction:
    """An exact number: int, Fraction, Decimal or a string like "1/6" or "0.5"; a float is refused."""
    if isinstance(value, bool | float):
        raise InvalidInput(name, f"must be exact (an int, a Fraction, a Decimal or a string like '1/6'), got {value!r}")
    if isinstance(value, int | Fraction | Decimal | str):
        try:
            number = exact_number(value, name)
        except InvalidInput:
            raise
        except (ValueError, ZeroDivisionError, OverflowError):
            raise InvalidInput(name, f"is not an exact number: {value!r}") from None
    else:
        raise InvalidInput(name, f"must be an exact number, got {value!r}")
    if number < 0 or (positive and number == 0):
        raise InvalidInput(name, f"must be {'positive' if positive else 'non-negative'}, got {value!r}")
    return number


def as_list(name: str, values: object) -> list[Any]:
    """A column given as a sequence (a list, a tuple, an array), materialised; a string or a mapping is not one."""
    if not isinstance(values, Iterable) or isinstance(values, str | bytes | Mapping):
        raise InvalidInput(name, f"a sequence of one value per household, got {values!r}"[:300])
    return list(values)


def ids_of(name: str, value: object, household: str | None = None) -> frozenset[str]:
    """A household's deprivations: a collection of indicator ids (a string alone is not one)."""
    if not isinstance(value, Iterable) or isinstance(value, str | bytes | Mapping):
        raise InvalidInput(name, f"a collection of indicator ids, got {value!r}"[:300], household)
    listed = list(value)
    for j in listed:
        if not isinstance(j, str):
            raise InvalidInput(name, f"indicator ids are strings, got {j!r}"[:300], household)
    return frozenset(listed)


def groups_of(groups: object, ids: Sequence[object]) -> list[tuple[str, list[Any]]]:
    """The groupings of a sample: (name, one group per household) pairs, each group a string or ``None``."""
    grouped: list[tuple[str, list[Any]]] = []
    for pair in as_list("groups", groups):
        if not isinstance(pair, tuple | list) or len(pair) != 2 or not isinstance(pair[0], str):
            raise InvalidInput("groups", f"(grouping name, groups) pairs, got {pair!r}"[:300])
        key, values = pair[0], as_list(f"groups[{pair[0]!r}]", pair[1])
        if len(values) != len(ids):
            raise InvalidInput(f"groups[{key!r}]", f"has {len(values)} values for {len(ids)} households")
        for i, g in enumerate(values):
            if g is not None and not isinstance(g, str):
                raise InvalidInput(f"groups[{key!r}]", f"a group is a string or None, got {g!r}"[:300], str(ids[i]))
        grouped.append((key, values))
    return grouped


def check_households(ids: Sequence[object], persons: Sequence[object], statuses: Sequence[object]) -> None:
    """Each household's id (a string), persons (a whole number, at least 1) and status (or ``None``)."""
    for hid in ids:
        if not isinstance(hid, str):
            raise InvalidInput("ids", f"a household's id is a string, got {hid!r}"[:300])
    for i, p in enumerate(persons):
        if type(p) is not int or p < 1:
            raise InvalidInput("persons", f"a whole number of at least 1, got {p!r}"[:300], str(ids[i]))
    for i, s in enumerate(statuses):
        if s is not None and not isinstance(s, Status):
            raise InvalidInput("statuses", f"a giamngheo.Status or None, got {s!r}"[:300], str(ids[i]))


def wanted_statuses(statuses: object) -> frozenset[Status]:
    """The statuses a headcount counts: one status or a collection of them."""
    if isinstance(statuses, Status):
        return frozenset((statuses,))
    listed = as_list("statuses", statuses)
    for s in listed:
        check_type("statuses", s, Status, "giamngheo.Status values")
    return frozenset(listed)


def check_type(name: str, value: object, kind: type, what: str) -> None:
    if not isinstance(value, kind):
        raise InvalidInput(name, f"must be {what}, got {value!r}"[:300])


def check_decimals(decimals: object) -> None:
    if decimals is not None and (type(decimals) is not int or not 0 <= decimals <= 30):
        raise InvalidInput("decimals", f"a number of decimal places from 0 to 30, got {decimals!r}"[:300])


def check_by(by: object) -> None:
    if by is not None and not isinstance(by, str):
        raise InvalidInput("by", f"the name of a grouping, got {by!r}"[:300])
