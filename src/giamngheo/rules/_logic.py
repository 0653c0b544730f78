"""The three-valued building blocks of the rules: some member is a culprit, no member uses a service, Kleene's logic.

A fact left unknown (``None``) makes a result *undetermined* unless the known facts already decide it, and an
undetermined result lists the fields that would decide it, as Python paths into the household
(``"members[1].has_health_insurance"``; members count from 0 there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from giamngheo.rules._rule import DEPRIVED, NOT_DEPRIVED, UNDETERMINED, Raw

if TYPE_CHECKING:
    from giamngheo._facts import Member
    from giamngheo.rules import Context


_NOT: Raw = (NOT_DEPRIVED, (), ())
_NO_MEMBERS: Raw = (UNDETERMINED, (), ("members",))
_FALSE: frozenset[object] = frozenset({False})
_TRUE: frozenset[object] = frozenset({True})


def _result(culprits: list[int], missing: list[str]) -> Raw:
    if culprits:
        return (DEPRIVED, tuple(culprits), ())
    if missing:
        return (UNDETERMINED, (), tuple(missing))
    return _NOT


def _member_conjunction(
    low: int | None,
    high: int | None,
    facts: Callable[[Member, int | None], Sequence[tuple[bool | None, str]]],
    context: Context,
) -> Raw:
    """Deprived if some member aged ``low`` to under ``high`` has every one of ``facts`` hold.

    Each fact is ``(holds, field)`` with ``holds`` ``None`` when the field is unknown. Three-valued: a member is
    a culprit if all is known and true, cannot be one if anything known is false, and otherwise contributes the
    unknown fields (their birth date first, if their age is unknown) to ``missing``.
    """
    members = context.members
    if members is None:
        return _NO_MEMBERS
    culprits: list[int] = []
    missing: list[str] = []
    ages = context.ages
    for i, member in enumerate(members):
        age = ages[i]
        if age is not None and ((low is not None and age < low) or (high is not None and age >= high)):
            continue
        unknown: list[str] = [] if age is not None else [f"members[{i}].birth_date"]
        refuted = False
        for holds, field in facts(member, age):
            if holds is False:
                refuted = True
                break
            # A fact can be unknown because the age is: then only the birth date (listed above) is missing.
            if holds is None and getattr(member, field) is None:
                path = f"members[{i}].{field}"
                if path not in unknown:
                    unknown.append(path)
        if refuted:
            continue
        if unknown:
            missing.extend(unknown)
        else:
            culprits.append(i)
    return _result(culprits, missing)


def _single(low: int | None, high: int | None, field: str, bad: frozenset[object], context: Context) -> Raw:
    """Deprived if some member aged ``low`` to under ``high`` has a ``field`` value in ``bad``.

    The common one-fact case of :func:`_member_conjunction`, written out because every assessment runs it.
    """
    members = context.members
    if members is None:
        return _NO_MEMBERS
    culprits: list[int] = []
    missing: list[str] = []
    ages = context.ages
    for i, member in enumerate(members):
        value = getattr(member, field)
        if value is not None and value not in bad:
            continue
        age = ages[i]
        if age is None:
            missing.append(f"members[{i}].birth_date")
            if value is None:
                missing.append(f"members[{i}].{field}")
        elif (low is None or age >= low) and (high is None or age < high):
            if value is None:
                missing.append(f"members[{i}].{field}")
            else:
                culprits.append(i)
    return _result(culprits, missing)


def _no_member(context: Context, uses: Callable[[Member], bool | None], fields: tuple[str, ...]) -> Raw:
    """Deprived if no member ``uses`` the service; undetermined while a member's use is unknown."""
    members = context.members
    if members is None:
        return _NO_MEMBERS
    missing: list[str] = []
    for i, member in enumerate(members):
        used = uses(member)
        if used is True:
            return _NOT
        if used is None:
            missing.extend(f"members[{i}].{f}" for f in fields if getattr(member, f) is None)
    if missing:
        return (UNDETERMINED, (), tuple(missing))
    return (DEPRIVED, tuple(range(len(members))), ())


def _at_least(need: int, hits: int, unknown: int) -> int:
    """The code of "at least ``need`` hold", of ``hits`` facts that hold and ``unknown`` that may."""
    if hits >= need:
        return DEPRIVED
    if hits + unknown < need:
        return NOT_DEPRIVED
    return UNDETERMINED


def _k_or(*values: bool | None) -> bool | None:
    """Kleene's three-valued "or": true if one is true, false if all are false, else unknown."""
    if True in values:
        return True
    return False if all(v is False for v in values) else None


def _k_and(*values: bool | None) -> bool | None:
    """Kleene's three-valued "and"."""
    if False in values:
        return False
    return True if all(v is True for v in values) else None
