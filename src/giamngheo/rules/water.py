"""The dimension of domestic water and sanitation (nước sinh hoạt và vệ sinh), and of the environment from 2027.

Each rule is one block: its parameters class (the thresholds it reads, typed), its functions, and the rule.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Latrine, WaterSource
from giamngheo._text import Text
from giamngheo.rules._logic import _NOT
from giamngheo.rules._phrases import _labels, _vi_en
from giamngheo.rules._rule import DEPRIVED, UNDETERMINED, NoParams, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo.rules import Context

__all__ = [
    "LATRINE_NOT_HYGIENIC",
    "RULES",
    "WASTE_NOT_COLLECTED",
    "WATER_SOURCE_NOT_CLEAN",
    "LatrineParams",
    "WaterParams",
]


def _in_list(c: Context, field: str, accepted: frozenset[enum.Enum]) -> Raw:
    """Deprived if the dwelling's ``field`` is not one of ``accepted``; undetermined while it is unknown."""
    d = c.dwelling
    value = None if d is None else getattr(d, field)
    if value is None:
        return (UNDETERMINED, (), (f"dwelling.{field}",))
    return _NOT if value in accepted else (DEPRIVED, (), ())


def _in_list_describe(  # noqa: PLR0917 - the rule's describe arguments, and what the field is
    c: Context, field: str, accepted: frozenset[enum.Enum], what: Text, raw: Raw, lang: str
) -> str:
    assert c.dwelling is not None  # noqa: S101
    value = getattr(c.dwelling, field)
    listed = _labels(accepted, lang)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{what.vi}: {value.label(lang)}, không thuộc danh mục ({listed}).",
            f"{what.en}: {value.label(lang)}, not one of ({listed}).",
        )
    return _vi_en(
        lang,
        f"{what.vi}: {value.label(lang)}, thuộc danh mục.",
        f"{what.en}: {value.label(lang)}, one of the list.",
    )


# --- water_source_not_clean ------------------------------------------------------------------------------------


@attrs.frozen
class WaterParams:
    """Deprived if the household's domestic water source is not one of the :attr:`clean_sources`.

    Attributes:
        clean_sources: The water sources that count as clean.
    """

    clean_sources: frozenset[WaterSource]


_WATER = Text("Nguồn nước sinh hoạt", "Domestic water source")


def _water_evaluate(p: WaterParams, c: Context) -> Raw:
    return _in_list(c, "water_source", p.clean_sources)


def _water_describe(p: WaterParams, c: Context, raw: Raw, lang: str) -> str:
    return _in_list_describe(c, "water_source", p.clean_sources, _WATER, raw, lang)


WATER_SOURCE_NOT_CLEAN = rule(
    "water_source_not_clean", WaterParams, ("dwelling.water_source",), _water_evaluate, _water_describe
)


# --- latrine_not_hygienic --------------------------------------------------------------------------------------


@attrs.frozen
class LatrineParams:
    """Deprived if the household's latrine is not one of the :attr:`hygienic_latrines`.

    Attributes:
        hygienic_latrines: The kinds of latrine that count as hygienic.
    """

    hygienic_latrines: frozenset[Latrine]


_LATRINE = Text("Loại nhà tiêu", "Latrine")


def _latrine_evaluate(p: LatrineParams, c: Context) -> Raw:
    return _in_list(c, "latrine", p.hygienic_latrines)


def _latrine_describe(p: LatrineParams, c: Context, raw: Raw, lang: str) -> str:
    return _in_list_describe(c, "latrine", p.hygienic_latrines, _LATRINE, raw, lang)


LATRINE_NOT_HYGIENIC = rule(
    "latrine_not_hygienic", LatrineParams, ("dwelling.latrine",), _latrine_evaluate, _latrine_describe
)


# --- waste_not_collected ---------------------------------------------------------------------------------------


def _waste_evaluate(_p: NoParams, c: Context) -> Raw:
    d = c.dwelling
    collected = None if d is None else d.waste_collected
    if collected is None:
        return (UNDETERMINED, (), ("dwelling.waste_collected",))
    return _NOT if collected else (DEPRIVED, (), ())


def _waste_describe(_p: NoParams, _c: Context, raw: Raw, lang: str) -> str:
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang, "Rác thải sinh hoạt không được thu gom, xử lý.", "Domestic waste is not collected or treated."
        )
    return _vi_en(lang, "Rác thải sinh hoạt được thu gom, xử lý.", "Domestic waste is collected or treated.")


#: Deprived if the household's domestic waste is not collected or treated; no threshold.
WASTE_NOT_COLLECTED = rule(
    "waste_not_collected", NoParams, ("dwelling.waste_collected",), _waste_evaluate, _waste_describe
)

#: The rules of the dimension, in the order of the legal text.
RULES: tuple[Rule, ...] = (WATER_SOURCE_NOT_CLEAN, LATRINE_NOT_HYGIENIC, WASTE_NOT_COLLECTED)
