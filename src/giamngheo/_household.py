"""The household as the law sees it for classification: area, income, and its deprivations, stated or facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import cast

import attrs

from giamngheo._checks import (
    BOTH_INCOMES,
    NO_INCOME,
    NO_MEMBERS,
    SIZE_REQUIRED,
    STATED_AND_COMPUTED,
    size_mismatch,
    whole,
)
from giamngheo._errors import InvalidInput
from giamngheo._facts import Dwelling, Member
from giamngheo._model import Area

__all__ = ["Household", "check_ids", "to_ids"]

_MONTHS_PER_YEAR = 12


def _to_area(value: Area | str | None) -> Area | None:
    # An unknown value is kept as it is, so that __attrs_post_init__ can name the household in its error.
    if value is None:
        return None
    try:
        return Area(value)
    except ValueError:
        return cast("Area", value)


def _to_members(value: Iterable[Member] | None) -> tuple[Member, ...] | None:
    if value is None or isinstance(value, tuple):
        return value
    if isinstance(value, Member):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | dict):
        return tuple(value)
    return cast("tuple[Member, ...]", value)  # reported by __attrs_post_init__


def to_ids(value: object) -> object:
    """Indicator ids as a frozenset of stripped, non-empty strings, or ``value`` as given if it is none.

    ``None`` is no id; a string is one id, or ids separated by ``";"`` as in CSV files; a collection gives its
    items, each a non-blank string. Anything else (a number, bytes, a mapping, an item that is not a string) is
    returned as given, for :func:`check_ids` to refuse naming the field and the household.
    """
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset(part.strip() for part in value.split(";") if part.strip())
    # bytes and mappings iterate as numbers and keys: not a list of ids.
    if not isinstance(value, Iterable) or isinstance(value, bytes | bytearray | Mapping):
        return value
    items = tuple(value)  # once: an iterator is consumed
    if not all(isinstance(item, str) and item.strip() for item in items):
        return items
    return frozenset(item.strip() for item in items)


def check_ids(field: str, ids: object, household: str | None = None) -> frozenset[str]:
    """``ids`` as :func:`to_ids` left them, refused unless it made a frozenset of them.

    Raises:
        InvalidInput: naming ``field`` and the household.
    """
    if isinstance(ids, frozenset):
        return ids
    raise InvalidInput(
        field,
        f"indicator ids are strings, none blank (a collection, or one string split on ';'), got {ids!r}",
        household,
    )


def _to_deprived(value: Iterable[str] | str | None) -> frozenset[str]:
    return cast("frozenset[str]", to_ids(value))  # a bad value is refused by __attrs_post_init__, with the household


@attrs.frozen
class Household:
    """A household to be assessed.

    Give its income either as ``income_per_capita_monthly_vnd`` or as the household's total yearly income
    ``income_yearly_vnd`` with its ``size`` (number of members); in the second case the monthly income per
    person is computed exactly as ``income_yearly_vnd / 12 / size``.

    Give its deprivations in one of two ways:

    * *stated*: ``deprived=`` lists the indicators an officer found the household deprived in; every other
      indicator counts as not deprived;
    * *computed*: ``members=`` and/or ``dwelling=`` give the raw facts, and :func:`giamngheo.assess` computes
      every indicator of the standard in force from them; facts left unknown make indicators undetermined.

    Both ways give the same assessment for the same facts. Giving both at once is refused.

    Attributes:
        area: Rural or urban (``"rural"``/``"urban"`` are accepted too); may be left out when ``commune`` is
            given: the area is then that of the commune on the assessment date.
        income_per_capita_monthly_vnd: Monthly income per person, integer VND.
        income_yearly_vnd: The household's total income over the year, integer VND.
        size: Number of household members.
        deprived: Ids of the indicators the household is deprived in (see
            :attr:`giamngheo.Standard.indicator_ids`); a string is split on ``";"``.
        id: An identifier used in error messages and reports; never a person's name.
        members: The members, as :class:`giamngheo.Member` (their number is the household size).
        dwelling: The house, as :class:`giamngheo.Dwelling`.
        commune: The GSO code of its commune-level unit (phường, thị trấn, xã), e.g. ``"25981"``; gives the area
            (see :func:`giamngheo.area_of_commune`) and the province (:func:`giamngheo.assess_all`).

    Raises:
        InvalidInput: for negative or non-integer money, an unknown area, a non-positive size, a missing or
            doubly given income, a size that contradicts the members listed, or deprivations both stated and
            given as facts; the message names the field and the household.
    """

    area: Area | None = attrs.field(default=None, converter=_to_area)
    income_per_capita_monthly_vnd: int | None = None
    income_yearly_vnd: int | None = None
    size: int | None = None
    deprived: frozenset[str] = attrs.field(default=frozenset(), converter=_to_deprived)
    id: str | None = None
    members: tuple[Member, ...] | None = attrs.field(default=None, converter=_to_members)
    dwelling: Dwelling | None = None
    commune: str | None = None
    _income: int | Fraction = attrs.field(init=False, repr=False, eq=False)
    # (year, (month, day)) of each member's birth, and the latest birth date: precomputed for assessments.
    _births: tuple[tuple[int, tuple[int, int]] | None, ...] = attrs.field(init=False, repr=False, eq=False)
    _latest_birth: dt.date | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        hid = self.id
        if hid is not None and not isinstance(hid, str):
            raise InvalidInput("id", f"a household id is a string, got {hid!r}")
        if self.area is None:
            if self.commune is None:
                raise InvalidInput("area", "give the area ('rural' or 'urban') or the commune code", hid)
        elif not isinstance(self.area, Area):
            raise InvalidInput("area", f"unknown area {self.area!r}; use 'rural' or 'urban'", hid)
        if self.commune is not None and not isinstance(self.commune, str):
            raise InvalidInput("commune", f"a GSO code as a string, e.g. '25981', got {self.commune!r}", hid)
        for name in ("income_per_capita_monthly_vnd", "income_yearly_vnd", "size"):
            whole(name, getattr(self, name), hid, minimum=1 if name == "size" else 0)
        check_ids("deprived", self.deprived, hid)
        self._check_facts()
        object.__setattr__(self, "_income", self._per_capita())
        members = self.members or ()
        births = tuple(None if (b := m.birth_date) is None else (b.year, (b.month, b.day)) for m in members)
        object.__setattr__(self, "_births", births)
        known = [m.birth_date for m in members if m.birth_date is not None]
        object.__setattr__(self, "_latest_birth", max(known, default=None))

    def _check_facts(self) -> None:
        """Members and dwelling are of the right types, agree with ``size``, and do not meet ``deprived``."""
        hid, members = self.id, self.members
        if members is not None:
            if not isinstance(members, tuple):
                raise InvalidInput("members", f"a list of giamngheo.Member, got {members!r}", None)
            if not members:
                raise InvalidInput(*NO_MEMBERS, hid)
            for i, member in enumerate(members):
                if not isinstance(member, Member):
                    raise InvalidInput(f"members[{i}]", f"must be a giamngheo.Member, got {member!r}", hid)
            if self.size is None:
                object.__setattr__(self, "size", len(members))
            elif self.size != len(members):
                raise InvalidInput(*size_mismatch(self.size, len(members)), hid)
        if self.dwelling is not None and not isinstance(self.dwelling, Dwelling):
            raise InvalidInput("dwelling", f"must be a giamngheo.Dwelling, got {self.dwelling!r}", hid)
        if self.deprived and self.computed:
            raise InvalidInput(*STATED_AND_COMPUTED, hid)

    def _per_capita(self) -> int | Fraction:
        monthly, yearly, hid = self.income_per_capita_monthly_vnd, self.income_yearly_vnd, self.id
        if monthly is not None:
            if yearly is not None:
                raise InvalidInput(*BOTH_INCOMES, hid)
            return monthly
        if yearly is None:
            raise InvalidInput(*NO_INCOME, hid)
        if self.size is None:
            raise InvalidInput(*SIZE_REQUIRED, hid)
        income = Fraction(yearly, _MONTHS_PER_YEAR * self.size)
        return int(income) if income.denominator == 1 else income

    @property
    def computed(self) -> bool:
        """Whether the deprivations are computed from members and dwelling (rather than stated)."""
        return self.members is not None or self.dwelling is not None

    @property
    def income_per_capita(self) -> int | Fraction:
        """Monthly income per person in VND, exact (a :class:`~fractions.Fraction` when not a whole number)."""
        return self._income
