"""The household as the law sees it for classification: area, income, stated deprivations."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Any, cast

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._model import Area

__all__ = ["Household"]

_MONTHS_PER_YEAR = 12


def _check_count(name: str, value: Any, household: str | None, *, minimum: int) -> None:  # noqa: ANN401
    """Money and sizes are whole numbers (``bool`` and ``float`` are refused) no less than ``minimum``."""
    if value is None:
        return
    if type(value) is not int:
        what = "an integer" if name == "size" else "an integer number of VND"
        raise InvalidInput(name, f"must be {what}, got {value!r}", household)
    if value < minimum:
        what = "a household has at least one member" if name == "size" else "must not be negative"
        raise InvalidInput(name, f"{what}, got {value}", household)


def _to_area(value: Area | str) -> Area:
    # An unknown value is kept as it is, so that __attrs_post_init__ can name the household in its error.
    try:
        return Area(value)
    except ValueError:
        return cast("Area", value)


def _to_deprived(value: Iterable[str] | str | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):  # a single id, or ids separated by ";" as in CSV files
        return frozenset(part.strip() for part in value.split(";") if part.strip())
    return frozenset(value)


@attrs.frozen
class Household:
    """A household to be assessed.

    Give its income either as ``income_per_capita_monthly_vnd`` or as the household's total yearly income
    ``income_yearly_vnd`` with its ``size`` (number of members); in the second case the monthly income per
    person is computed exactly as ``income_yearly_vnd / 12 / size``.

    Attributes:
        area: Rural or urban (``"rural"``/``"urban"`` are accepted too).
        income_per_capita_monthly_vnd: Monthly income per person, integer VND.
        income_yearly_vnd: The household's total income over the year, integer VND.
        size: Number of household members.
        deprived: Ids of the indicators the household is deprived in (see
            :attr:`giamngheo.Standard.indicator_ids`); a string is split on ``";"``.
        id: An identifier used in error messages and reports; never a person's name.

    Raises:
        InvalidInput: for negative or non-integer money, an unknown area, a non-positive size, a missing or
            doubly given income; the message names the field and the household.
    """

    area: Area = attrs.field(converter=_to_area)
    income_per_capita_monthly_vnd: int | None = None
    income_yearly_vnd: int | None = None
    size: int | None = None
    deprived: frozenset[str] = attrs.field(default=frozenset(), converter=_to_deprived)
    id: str | None = None
    _income: int | Fraction = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        hid = self.id
        if not isinstance(self.area, Area):
            raise InvalidInput("area", f"unknown area {self.area!r}; use 'rural' or 'urban'", hid)
        for name in ("income_per_capita_monthly_vnd", "income_yearly_vnd", "size"):
            _check_count(name, getattr(self, name), hid, minimum=1 if name == "size" else 0)
        for indicator in self.deprived:
            if not isinstance(indicator, str):
                raise InvalidInput("deprived", f"indicator ids are strings, got {indicator!r}", hid)
        object.__setattr__(self, "_income", self._per_capita())

    def _per_capita(self) -> int | Fraction:
        monthly, yearly, hid = self.income_per_capita_monthly_vnd, self.income_yearly_vnd, self.id
        if monthly is not None:
            if yearly is not None:
                raise InvalidInput(
                    "income_yearly_vnd", "give either income_per_capita_monthly_vnd or income_yearly_vnd, not both", hid
                )
            return monthly
        if yearly is None:
            raise InvalidInput(
                "income_per_capita_monthly_vnd", "no income given (or give income_yearly_vnd and size)", hid
            )
        if self.size is None:
            raise InvalidInput("size", "is required with income_yearly_vnd", hid)
        income = Fraction(yearly, _MONTHS_PER_YEAR * self.size)
        return int(income) if income.denominator == 1 else income

    @property
    def income_per_capita(self) -> int | Fraction:
        """Monthly income per person in VND, exact (a :class:`~fractions.Fraction` when not a whole number)."""
        return self._income
