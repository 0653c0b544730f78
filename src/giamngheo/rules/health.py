"""The health dimension (y tế): health insurance, care when ill, children's nutrition.

Each rule is one block: its parameters class (the thresholds it reads, typed), its functions, and the rule.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Nutrition
from giamngheo.rules._logic import _FALSE, _TRUE, _single
from giamngheo.rules._phrases import _vi_en, _who, _whos
from giamngheo.rules._rule import DEPRIVED, NoParams, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo.rules import Context

__all__ = [
    "CHILD_MALNOURISHED",
    "MEMBER_ILL_WITHOUT_CARE",
    "MEMBER_WITHOUT_HEALTH_INSURANCE",
    "RULES",
    "InsuranceParams",
    "NutritionParams",
]


# --- member_without_health_insurance ---------------------------------------------------------------------------


@attrs.frozen
class InsuranceParams:
    """Deprived if a member aged :attr:`min_age` or over has no health insurance.

    Attributes:
        min_age: The age from which a member counts.
    """

    min_age: int


def _insurance_evaluate(p: InsuranceParams, c: Context) -> Raw:
    return _single(p.min_age, None, "has_health_insurance", _FALSE, c)


def _insurance_bind(p: InsuranceParams) -> Callable[[Context], Raw]:
    return functools.partial(_single, p.min_age, None, "has_health_insurance", _FALSE)


def _insurance_describe(p: InsuranceParams, c: Context, raw: Raw, lang: str) -> str:
    low = p.min_age
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ đủ {low} tuổi trở lên và không có bảo hiểm y tế.",
            f"{_whos(c, raw[1], lang)}: aged {low} or over, without health insurance.",
        )
    return _vi_en(
        lang,
        f"Mọi thành viên từ đủ {low} tuổi trở lên đều có bảo hiểm y tế.",
        f"Every member aged {low} or over has health insurance.",
    )


MEMBER_WITHOUT_HEALTH_INSURANCE = rule(
    "member_without_health_insurance",
    InsuranceParams,
    ("members.birth_date", "members.has_health_insurance"),
    _insurance_evaluate,
    _insurance_describe,
    _insurance_bind,
)


# --- member_ill_without_care -----------------------------------------------------------------------------------


def _care_evaluate(_p: NoParams, c: Context) -> Raw:
    return _single(None, None, "sick_untreated", _TRUE, c)


def _care_describe(_p: NoParams, c: Context, raw: Raw, lang: str) -> str:
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: bị ốm đau nhưng không đi khám chữa bệnh.",
            f"{_whos(c, raw[1], lang)}: was ill and did not seek medical care.",
        )
    return _vi_en(lang, "Không có thành viên ốm đau mà không đi khám chữa bệnh.", "No member went without care.")


#: Deprived if a member was ill and did not seek medical care; no threshold.
MEMBER_ILL_WITHOUT_CARE = rule(
    "member_ill_without_care", NoParams, ("members.sick_untreated",), _care_evaluate, _care_describe
)


# --- child_malnourished ----------------------------------------------------------------------------------------


@attrs.frozen
class NutritionParams:
    """Deprived if a child under :attr:`max_age` has one of the :attr:`forms` of malnutrition.

    Attributes:
        max_age: The age under which a member counts as a child.
        forms: The forms of malnutrition that count.
    """

    max_age: int
    forms: frozenset[Nutrition]


def _nutrition_evaluate(p: NutritionParams, c: Context) -> Raw:
    return _single(None, p.max_age, "nutrition", p.forms, c)


def _nutrition_bind(p: NutritionParams) -> Callable[[Context], Raw]:
    return functools.partial(_single, None, p.max_age, "nutrition", p.forms)


def _nutrition_describe(p: NutritionParams, c: Context, raw: Raw, lang: str) -> str:
    high = p.max_age
    if raw[0] == DEPRIVED:
        assert c.members is not None  # noqa: S101
        forms = "; ".join(
            f"{_who(c, i, lang)}: {c.members[i].nutrition.label(lang)}"  # type: ignore[union-attr]
            for i in raw[1]
        )
        return _vi_en(
            lang, f"Trẻ em dưới {high} tuổi bị suy dinh dưỡng: {forms}.", f"Child under {high} malnourished: {forms}."
        )
    return _vi_en(
        lang, f"Không có trẻ em dưới {high} tuổi bị suy dinh dưỡng.", f"No child under {high} is malnourished."
    )


CHILD_MALNOURISHED = rule(
    "child_malnourished",
    NutritionParams,
    ("members.birth_date", "members.nutrition"),
    _nutrition_evaluate,
    _nutrition_describe,
    _nutrition_bind,
)

#: The rules of the dimension, in the order of the legal text.
RULES: tuple[Rule, ...] = (MEMBER_WITHOUT_HEALTH_INSURANCE, MEMBER_ILL_WITHOUT_CARE, CHILD_MALNOURISHED)
