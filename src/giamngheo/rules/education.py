"""The education dimension (giáo dục): school attendance, and the schooling or qualification of adults.

Each rule is one block: its parameters class (the thresholds it reads, typed), its functions, and the rule.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Education, Member
from giamngheo.rules._logic import _FALSE, _member_conjunction, _single
from giamngheo.rules._phrases import _vi_en, _whos
from giamngheo.rules._rule import DEPRIVED, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo.rules import Context

__all__ = [
    "ADULT_WITHOUT_LOWER_SECONDARY",
    "CHILD_OUT_OF_SCHOOL",
    "RULES",
    "YOUNG_ADULT_WITHOUT_QUALIFICATION",
    "Adult2016Params",
    "Adult2022Params",
    "SchoolParams",
]


def _lacks(education: Education | None, accepted: frozenset[Education]) -> bool | None:
    return None if education is None else education not in accepted


# --- child_out_of_school ---------------------------------------------------------------------------------------


@attrs.frozen
class SchoolParams:
    """Deprived if a child aged :attr:`min_age` to under :attr:`max_age` does not attend school.

    Attributes:
        min_age: The youngest age that counts.
        max_age: The age from which a member no longer counts.
    """

    min_age: int
    max_age: int


def _school_evaluate(p: SchoolParams, c: Context) -> Raw:
    return _single(p.min_age, p.max_age, "attending_school", _FALSE, c)


def _school_bind(p: SchoolParams) -> Callable[[Context], Raw]:
    return functools.partial(_single, p.min_age, p.max_age, "attending_school", _FALSE)


def _school_describe(p: SchoolParams, c: Context, raw: Raw, lang: str) -> str:
    low, high = p.min_age, p.max_age
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ {low} đến dưới {high} tuổi, không đi học đúng bậc, cấp học.",
            f"{_whos(c, raw[1], lang)}: aged {low} to under {high}, not attending school at the right level.",
        )
    return _vi_en(
        lang,
        f"Mọi trẻ em từ {low} đến dưới {high} tuổi đều đi học (hoặc hộ không có trẻ em ở độ tuổi này).",
        f"Every child aged {low} to under {high} attends school (or there is none).",
    )


CHILD_OUT_OF_SCHOOL = rule(
    "child_out_of_school",
    SchoolParams,
    ("members.birth_date", "members.attending_school"),
    _school_evaluate,
    _school_describe,
    _school_bind,
)


# --- adult_without_lower_secondary -----------------------------------------------------------------------------


@attrs.frozen
class Adult2016Params:
    """Deprived if a member aged :attr:`min_age` or over, born in :attr:`born_from_year` or later, lacks schooling.

    Lacks schooling: has none of the :attr:`accepted_levels` and is not in school.

    Attributes:
        min_age: The youngest age that counts.
        born_from_year: The first year of birth that counts.
        accepted_levels: The levels of education that are enough.
    """

    min_age: int
    born_from_year: int
    accepted_levels: frozenset[Education]


def _adult_2016_bind(p: Adult2016Params) -> Callable[[Context], Raw]:
    low, born_from, accepted = p.min_age, p.born_from_year, p.accepted_levels

    return functools.partial(
        _member_conjunction,
        low,
        None,
        lambda m, _age: (
            (None if m.birth_date is None else m.birth_date.year >= born_from, "birth_date"),
            (_lacks(m.education, accepted), "education"),
            (None if m.attending_school is None else not m.attending_school, "attending_school"),
        ),
    )


def _adult_2016_evaluate(p: Adult2016Params, c: Context) -> Raw:
    return _adult_2016_bind(p)(c)


def _adult_2016_describe(p: Adult2016Params, c: Context, raw: Raw, lang: str) -> str:
    low, born_from = p.min_age, p.born_from_year
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ {low} tuổi trở lên, sinh từ năm {born_from}, chưa tốt nghiệp trung học cơ "
            "sở và không đi học.",
            f"{_whos(c, raw[1], lang)}: aged {low} or over, born in {born_from} or later, without lower secondary "
            "school and not in school.",
        )
    return _vi_en(
        lang,
        f"Không có thành viên từ {low} tuổi, sinh từ năm {born_from}, chưa tốt nghiệp trung học cơ sở mà không đi học.",
        f"No member aged {low}+ born in {born_from} or later lacks lower secondary school while out of school.",
    )


ADULT_WITHOUT_LOWER_SECONDARY = rule(
    "adult_without_lower_secondary",
    Adult2016Params,
    ("members.birth_date", "members.education", "members.attending_school"),
    _adult_2016_evaluate,
    _adult_2016_describe,
    _adult_2016_bind,
)


# --- young_adult_without_qualification -------------------------------------------------------------------------


@attrs.frozen
class Adult2022Params:
    """Deprived if a member aged :attr:`min_age` to under :attr:`max_age` lacks the qualification for their age.

    Lacks it: is not studying, has none of the levels accepted for their age (under :attr:`split_age`:
    :attr:`accepted_levels_young`; from it: :attr:`accepted_levels_older`) and is not in on-the-job training.

    Attributes:
        min_age: The youngest age that counts.
        split_age: The age from which the older members' levels apply.
        max_age: The age from which a member no longer counts.
        accepted_levels_young: The levels enough under :attr:`split_age`.
        accepted_levels_older: The levels enough from :attr:`split_age`.
    """

    min_age: int
    split_age: int
    max_age: int
    accepted_levels_young: frozenset[Education]
    accepted_levels_older: frozenset[Education]


def _adult_2022_bind(p: Adult2022Params) -> Callable[[Context], Raw]:
    low, split, high = p.min_age, p.split_age, p.max_age
    young, older = p.accepted_levels_young, p.accepted_levels_older

    def lacks(m: Member, age: int | None) -> bool | None:
        if m.education is None:
            return None
        if age is None:  # decided without the age only if both age groups agree
            a, b = m.education not in young, m.education not in older
            return a if a == b else None
        return m.education not in (young if age < split else older)

    return functools.partial(
        _member_conjunction,
        low,
        high,
        lambda m, age: (
            (lacks(m, age), "education"),
            (None if m.attending_school is None else not m.attending_school, "attending_school"),
            (None if m.on_the_job_training is None else not m.on_the_job_training, "on_the_job_training"),
        ),
    )


def _adult_2022_evaluate(p: Adult2022Params, c: Context) -> Raw:
    return _adult_2022_bind(p)(c)


def _adult_2022_describe(p: Adult2022Params, c: Context, raw: Raw, lang: str) -> str:
    low, split, high = p.min_age, p.split_age, p.max_age
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ {low} đến {high - 1} tuổi, không đi học, không có bằng cấp theo độ tuổi "
            f"(dưới {split} tuổi: trung học cơ sở; từ {split} tuổi: trung học phổ thông hoặc sơ cấp, trung cấp, "
            "cao đẳng) và không được đào tạo nghề tại chỗ.",
            f"{_whos(c, raw[1], lang)}: aged {low} to {high - 1}, not studying, without the qualification for "
            f"their age (under {split}: lower secondary; {split} and over: upper secondary or a vocational "
            "certificate) and not in certified on-the-job training.",
        )
    return _vi_en(
        lang,
        f"Mọi thành viên từ {low} đến {high - 1} tuổi đều đang học hoặc có bằng cấp theo độ tuổi.",
        f"Every member aged {low} to {high - 1} is studying or holds the qualification for their age.",
    )


YOUNG_ADULT_WITHOUT_QUALIFICATION = rule(
    "young_adult_without_qualification",
    Adult2022Params,
    ("members.birth_date", "members.education", "members.attending_school", "members.on_the_job_training"),
    _adult_2022_evaluate,
    _adult_2022_describe,
    _adult_2022_bind,
)

#: The rules of the dimension, in the order of the legal text.
RULES: tuple[Rule, ...] = (CHILD_OUT_OF_SCHOOL, ADULT_WITHOUT_LOWER_SECONDARY, YOUNG_ADULT_WITHOUT_QUALIFICATION)
