"""Households and members a test pins by hand (no strategy: usable in any test)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from giamngheo._facts import (
    Dwelling,
    Member,
)
from giamngheo._household import Household
from giamngheo._model import Area
from giamngheo.testing._fact_values import _years_before

# --- builders ------------------------------------------------------------------------------------------------


def build_member(age: int | None, on: dt.date, **fields: Any) -> Member:  # noqa: ANN401
    """A member aged exactly ``age`` on ``on``: born ``age`` years before it, to the day.

    The member turns ``age`` on ``on`` itself: ``giamngheo.age_on(member.birth_date, on) == age``, and a day
    earlier they were a year younger, the case at the edge of every age threshold. (For ``on`` a 29 February and
    a common year of birth, the birth date is 28 February, and the birthday was the day before.)

    Args:
        age: Age in whole years on ``on``; ``None`` for an unknown birth date.
        on: The date of the assessment.
        **fields: Every other field of :class:`giamngheo.Member` (those not given are unknown).

    Returns:
        The :class:`giamngheo.Member`.

    Raises:
        ValueError: for a negative age, or a ``birth_date`` given as well as the age.
    """
    if "birth_date" in fields:
        raise ValueError("give the age, not a birth_date")
    if age is None:
        return Member(**fields)
    if age < 0:
        raise ValueError(f"age must not be negative, got {age}")
    return Member(birth_date=_years_before(on, age), **fields)


def build_household(
    members: Iterable[Member],
    *,
    dwelling: Dwelling | None = None,
    area: Area | str = Area.RURAL,
    income_per_capita_monthly_vnd: int | None = 0,
    **fields: Any,  # noqa: ANN401
) -> Household:
    """A household whose deprivations are computed from ``members`` and ``dwelling``.

    The default income, 0 VND, is under the poverty line of every standard; from NĐ 07/2021 on, the deprivations
    decide there between poor and near-poor.

    Args:
        members: The members (at least one).
        dwelling: The dwelling, or ``None`` if unknown.
        area: Rural (the default) or urban.
        income_per_capita_monthly_vnd: Monthly income per person; pass ``None`` with ``income_yearly_vnd=``
            in ``fields`` to give a yearly total instead.
        **fields: Any other field of :class:`giamngheo.Household` (``id``, ``income_yearly_vnd`` …).

    Returns:
        The :class:`giamngheo.Household`.

    Raises:
        InvalidInput: as :class:`giamngheo.Household` does, for a household that is not valid.
    """
    return Household(
        area=area,
        income_per_capita_monthly_vnd=income_per_capita_monthly_vnd,
        members=tuple(members),
        dwelling=dwelling,
        **fields,
    )
