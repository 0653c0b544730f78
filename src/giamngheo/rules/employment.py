"""The employment dimension (việc làm): secure work of working-age members, and the share of dependants.

Each rule is one block: its parameters class (the thresholds it reads, typed), its functions, and the rule.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Employment, Member
from giamngheo.rules._logic import _NO_MEMBERS, _NOT, _k_and, _k_or, _result
from giamngheo.rules._phrases import _labels, _vi_en, _who, _whos
from giamngheo.rules._rule import DEPRIVED, UNDETERMINED, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo.law.labour_code_2019 import RetirementSchedule
    from giamngheo.rules import Context

__all__ = [
    "DEPENDANTS_SHARE",
    "RULES",
    "WORKING_AGE_MEMBER_WITHOUT_SECURE_JOB",
    "DependantsParams",
    "EmploymentParams",
]


# --- working_age_member_without_secure_job ---------------------------------------------------------------------


@attrs.frozen
class EmploymentParams:
    """Deprived if a member of working age has one of the :attr:`deprived_employment` kinds of work.

    Of working age: from :attr:`min_working_age` until the retirement age of the member's sex on the day.

    Attributes:
        min_working_age: The age from which a member is of working age.
        retirement: The retirement ages, by sex and year.
        deprived_employment: The kinds of work (or lack of it) that count.
    """

    min_working_age: int
    retirement: RetirementSchedule
    deprived_employment: frozenset[Employment]


def _working_age(p: EmploymentParams, c: Context, m: Member, age: int | None) -> bool | None:
    """From the minimum working age until the retirement age; ``None`` if the birth date or a needed sex is unknown."""
    if age is None or m.birth_date is None:
        return None
    if age < p.min_working_age:
        return False
    schedule = p.retirement
    if age * 12 < schedule.earliest_months - 12:  # a year below the lowest retirement age: surely working age
        return True
    if m.sex is not None:
        return bool(schedule.of_working_age(m.birth_date, m.sex, c.on))
    by_sex = {schedule.of_working_age(m.birth_date, sex, c.on) for sex, _ in schedule.start_months}
    return by_sex.pop() if len(by_sex) == 1 else None


def _employment_evaluate(p: EmploymentParams, c: Context) -> Raw:
    kinds = p.deprived_employment
    members = c.members
    if members is None:
        return _NO_MEMBERS
    culprits: list[int] = []
    missing: list[str] = []
    for i, m in enumerate(members):
        if m.employment is not None and m.employment not in kinds:
            continue
        in_scope = _working_age(p, c, m, c.ages[i])
        if in_scope is False:
            continue
        unknown = []
        if in_scope is None:
            unknown.append(f"members[{i}].birth_date" if m.birth_date is None else f"members[{i}].sex")
        if m.employment is None:
            unknown.append(f"members[{i}].employment")
        if unknown:
            missing.extend(unknown)
        else:
            culprits.append(i)
    return _result(culprits, missing)


def _employment_describe(p: EmploymentParams, c: Context, raw: Raw, lang: str) -> str:
    if raw[0] == DEPRIVED:
        assert c.members is not None  # noqa: S101
        who = "; ".join(f"{_who(c, i, lang)}: {c.members[i].employment.label(lang)}" for i in raw[1])  # type: ignore[union-attr]
        return _vi_en(lang, f"Người trong độ tuổi lao động: {who}.", f"Of working age: {who}.")
    kinds = _labels(p.deprived_employment, lang)
    return _vi_en(
        lang,
        f"Không có người trong độ tuổi lao động thuộc diện: {kinds}.",
        f"No member of working age is: {kinds}.",
    )


WORKING_AGE_MEMBER_WITHOUT_SECURE_JOB = rule(
    "working_age_member_without_secure_job",
    EmploymentParams,
    ("members.birth_date", "members.sex", "members.employment"),
    _employment_evaluate,
    _employment_describe,
)


# --- dependants_share ------------------------------------------------------------------------------------------


@attrs.frozen
class DependantsParams:
    """Deprived if dependants are more than :attr:`max_share` of the members.

    A dependant is a child under :attr:`child_under`, or a member aged :attr:`elderly_from` or over or with a
    disability (with a monthly social allowance, if :attr:`requires_social_allowance`).

    Attributes:
        max_share: The largest share of dependants that is not deprived.
        child_under: The age under which a member is a child.
        elderly_from: The age from which a member is elderly.
        requires_social_allowance: Whether an elderly or disabled member counts only with a social allowance.
    """

    max_share: Fraction
    child_under: int
    elderly_from: int
    requires_social_allowance: bool


def _dependant(p: DependantsParams, m: Member, age: int | None) -> bool | None:
    """Whether a member is a dependant; ``None`` if the known facts do not say.

    A dependant is a child, or an elderly or disabled member (with a monthly social allowance where the
    definition requires one).
    """
    if age is not None and age < p.child_under:
        return True
    young = None if age is None else False
    old = None if age is None else age >= p.elderly_from
    allowance = m.social_allowance if p.requires_social_allowance else True
    return _k_or(young, _k_and(_k_or(old, m.disability), allowance))


def _dependants_evaluate(p: DependantsParams, c: Context) -> Raw:
    members = c.members
    if members is None:
        return _NO_MEMBERS
    share = p.max_share
    num, den = share.numerator, share.denominator
    sure: list[int] = []
    unsure: list[int] = []
    ages = c.ages
    child, elderly, needs_allowance = p.child_under, p.elderly_from, p.requires_social_allowance
    for i, m in enumerate(members):
        age = ages[i]
        if age is not None and not needs_allowance:  # the common case, written out
            if age < child or age >= elderly or m.disability is True:
                sure.append(i)
            elif m.disability is None:
                unsure.append(i)
            continue
        is_dependant = _dependant(p, m, age)
        if is_dependant is True:
            sure.append(i)
        elif is_dependant is None:
            unsure.append(i)
    n = len(members)
    # dependants / n > num / den, compared exactly in integers.
    if len(sure) * den > num * n:
        return (DEPRIVED, tuple(sure), ())
    if (len(sure) + len(unsure)) * den <= num * n:
        return _NOT
    return (UNDETERMINED, (), _dependant_fields(p, members, unsure))


def _dependant_fields(p: DependantsParams, members: tuple[Member, ...], unsure: list[int]) -> tuple[str, ...]:
    """The unknown fields that would tell whether the ``unsure`` members are dependants."""
    wanted = ("disability", "social_allowance") if p.requires_social_allowance else ("disability",)
    missing: list[str] = []
    for i in unsure:
        m = members[i]
        fields = ["birth_date"] if m.birth_date is None else []
        fields += [f for f in wanted if getattr(m, f) is None]
        missing.extend(f"members[{i}].{f}" for f in fields)
    return tuple(missing)


def _dependants_describe(p: DependantsParams, c: Context, raw: Raw, lang: str) -> str:
    share = p.max_share
    percent = f"{share * 100}%" if (share * 100).denominator == 1 else str(share)
    n = 0 if c.members is None else len(c.members)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{len(raw[1])}/{n} người là người phụ thuộc ({_whos(c, raw[1], lang)}), trên {percent}.",
            f"{len(raw[1])} of {n} members are dependants ({_whos(c, raw[1], lang)}), more than {percent}.",
        )
    return _vi_en(
        lang,
        f"Người phụ thuộc không quá {percent} số thành viên ({n} người).",
        f"Dependants are at most {percent} of the {n} {'member' if n == 1 else 'members'}.",
    )


DEPENDANTS_SHARE = rule(
    "dependants_share",
    DependantsParams,
    ("members.birth_date", "members.disability", "members.social_allowance"),
    _dependants_evaluate,
    _dependants_describe,
)

#: The rules of the dimension, in the order of the legal text.
RULES: tuple[Rule, ...] = (WORKING_AGE_MEMBER_WITHOUT_SECURE_JOB, DEPENDANTS_SHARE)
