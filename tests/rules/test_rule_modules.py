"""The rules are one module per dimension, one typed parameters class per rule, built once per indicator (issue 16).

The dimension of a rule's module is the dimension its indicators carry in every standard of the library; a
rule's parameters class has exactly its threshold keys as fields; an indicator builds its parameters once, from
its thresholds, and again when a threshold is replaced; a rule of one's own without a parameters class reads the
values dict as before.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import giamngheo as gn
from giamngheo import rules
from giamngheo.rules import education, employment, health, housing, information, water
from giamngheo.testing import build_household, build_member

ALL_STANDARDS = {s.id: s for _, s in gn.NATIONAL_STANDARDS} | {
    s.id: s for j in gn.JURISDICTIONS.values() if j.standards is not None for _, s in j.standards
}
#: Each module and a word every dimension of its indicators has in English.
MODULES = {
    health: "Health",
    education: "Education",
    employment: "Employment",
    housing: "Housing",
    water: "water",
    information: "Information",
}
ON = dt.date(2024, 6, 1)


def test_the_table_is_the_rules_of_the_dimension_modules():
    """RULES holds each module's rules, in the order of the modules, and nothing else."""
    assert [r.name for m in MODULES for r in m.RULES] == list(rules.RULES)
    for module in MODULES:
        for rule in module.RULES:
            assert rules.RULES[rule.name] is rule


def test_each_rule_sits_in_the_module_of_its_indicators_dimension():
    """Every indicator computed by a rule of a module measures that module's dimension, in every standard."""
    module_of = {r.name: m for m in MODULES for r in m.RULES}
    for standard in ALL_STANDARDS.values():
        for indicator in standard.indicators:
            if indicator.rule is not None:
                word = MODULES[module_of[indicator.rule.name]]
                assert word in indicator.dimension.en, (standard.id, indicator.id, indicator.dimension.en)


def test_each_parameters_class_is_frozen_with_the_rule_keys_as_fields():
    """A rule's parameters class is a frozen attrs class of its module whose fields are exactly its keys."""
    for module in MODULES:
        for rule in module.RULES:
            assert attrs.has(rule.params), rule.name
            assert tuple(f.name for f in attrs.fields(rule.params)) == rule.keys, rule.name
            assert rule.params.__module__ in {module.__name__, "giamngheo.rules._rule"}, rule.name
            assert rule.params.__setattr__ is not object.__setattr__, rule.name  # frozen


def test_an_indicator_builds_its_parameters_once_and_again_for_a_new_threshold():
    """The parameters hold the thresholds' values; with_threshold builds new ones, the original keeps its own."""
    standard = gn.standard_in_force(on=ON)
    housing_area = standard.indicator("housing_area")
    params = housing_area._params
    assert isinstance(params, housing.AreaParams)
    assert params.min_m2_per_person == housing_area.values["min_m2_per_person"]
    changed = housing_area.with_threshold("min_m2_per_person", gn.Cited(99, housing_area.citation))
    assert changed._params.min_m2_per_person == 99
    assert housing_area._params is params
    assert changed.rule is housing_area.rule


def test_a_rule_of_ones_own_reads_the_values_dict():
    """A gn.Rule built without a parameters class gets the indicator's values dict, in evaluate and describe."""
    seen = []

    def evaluate(values, _context):
        seen.append(values)
        return (1 if values["limit"] > 0 else 0, (), ())

    def describe(values, _context, _raw, _lang):
        return f"limit {values['limit']}"

    own = gn.Rule("my_rule", ("limit",), (), evaluate, describe)
    base = gn.standard_in_force(on=ON).indicator("housing_area")
    threshold = gn.Threshold("limit", gn.Text("giới hạn", "limit"), gn.Cited(1, base.citation))
    indicator = gn.Indicator("mine", base.dimension, base.name, base.citation, thresholds=(threshold,), rule=own)
    standard = attrs.evolve(gn.standard_in_force(on=ON), id="mine", indicators=(indicator,))
    household = build_household([build_member(30, ON)])
    assessment = gn.assess(household, on=ON, standard=standard)
    assert "mine" in assessment.deprived
    assert seen == [{"limit": 1}]
    finding = next(f for f in assessment.findings if f.indicator.id == "mine")
    assert finding.reason.en == "Limit 1"


#: "At least ``need`` of the facts hold", three-valued, at every boundary: (need, facts that hold, facts unknown,
#: the outcome). Quyết định 59/2015 and Nghị định 07/2021 count a dwelling deprived in housing quality from two
#: non-durable structures of three (wall, column, roof).
AT_LEAST = [
    (2, 2, 0, "deprived"), (2, 3, 0, "deprived"), (2, 3, 1, "deprived"), (2, 2, 1, "deprived"),
    (2, 1, 0, "not_deprived"), (2, 0, 1, "not_deprived"), (2, 0, 0, "not_deprived"),
    (2, 1, 1, "undetermined"), (2, 0, 2, "undetermined"), (2, 0, 3, "undetermined"), (2, 1, 2, "undetermined"),
]  # fmt: skip


@pytest.mark.parametrize(("need", "hits", "unknown", "expected"), AT_LEAST)
def test_at_least_is_three_valued(need: int, hits: int, unknown: int, expected: str) -> None:
    from giamngheo.rules._logic import _at_least  # noqa: PLC0415 - the block the housing rule is made of
    from giamngheo.rules._rule import DEPRIVED, NOT_DEPRIVED, UNDETERMINED  # noqa: PLC0415

    codes = {DEPRIVED: "deprived", NOT_DEPRIVED: "not_deprived", UNDETERMINED: "undetermined"}
    assert codes[_at_least(need, hits, unknown)] == expected


@pytest.mark.parametrize(
    ("materials", "expected"),
    [
        (("non_durable", "non_durable", "non_durable"), "deprived"),
        (("non_durable", None, None), "undetermined"),
        ((None, None, None), "undetermined"),
        (("durable", None, None), "undetermined"),
        (("durable", "durable", None), "not_deprived"),
    ],
)
def test_housing_quality_counts_three_structures(materials: tuple[str | None, ...], expected: str) -> None:
    """NĐ 07/2021: deprived from two non-durable structures of wall, column and roof; unknown ones may be either."""

    wall, column, roof = materials
    household = gn.Household(
        area="rural", income_per_capita_monthly_vnd=1, dwelling=gn.Dwelling(wall=wall, column=column, roof=roof)
    )
    outcome = gn.assess(household, on=dt.date(2024, 1, 1)).finding("housing_quality").outcome
    assert outcome.value == expected
