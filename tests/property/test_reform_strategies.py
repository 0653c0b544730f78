"""The reform strategies of giamngheo.testing draw only reforms the model takes, change only what they say, and cite
every value they set as the test's.

Sources: the paths and the values each takes are those of ``gn.parameters`` and ``gn.reform`` (tests/test_params.py
checks each path by hand); a band's bounds increase in each area (``gn.Standard``); a cut-off is at least 1.
"""

from __future__ import annotations

import datetime as dt
import doctest
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo._jurisdictions import builtin_standards
from giamngheo._params import parameters
from giamngheo.law.labour_code_2019 import RetirementSchedule
from giamngheo.testing import generated_citation, households, parameter_values, raised_lines, reforms

STANDARDS = builtin_standards()
ND07 = gn.builtin_standard("vn-2022-2025")
PATHS = [
    (sid, path)
    for sid, standard in STANDARDS.items()
    for path, p in parameters(standard).items()
    if not isinstance(p.value.value, RetirementSchedule) and p.value.value != frozenset()
]
FEW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _bounds(standard: gn.Standard, area: gn.Area) -> list[int]:
    return [band.upper(area).value for band in standard.bands]


def test_every_path_but_a_schedule_or_an_empty_set_is_drawn():
    """The strategies cover the paths a reform sets: more than the 188 of tests/test_params.py less a few."""
    assert len(PATHS) > 150


@pytest.mark.parametrize(("sid", "path"), PATHS, ids=[p for _, p in PATHS])
@FEW
@given(data=st.data())
def test_a_value_drawn_for_a_path_is_one_a_reform_takes(sid, path, data):
    standard = STANDARDS[sid]
    old = parameters(standard)[path].value.value
    value = data.draw(parameter_values(standard, path))
    assert type(value) is type(old)
    reformed = gn.reform(standard, {path: value}, id="draft")
    assert parameters(reformed)[path.replace(sid, "draft", 1)].value.value == value


@FEW
@given(drawn=reforms(ND07, max_changes=4))
def test_a_reform_changes_only_the_paths_it_reports_and_cites_them_as_the_test_s(drawn):
    changes, reformed = drawn
    assert 1 <= len(changes) <= 4
    before = parameters(ND07)
    after = {path.replace(reformed.id, ND07.id, 1): p for path, p in parameters(reformed).items()}
    assert before.keys() == after.keys()
    for path, p in after.items():
        if path in changes:
            assert (changes[path], generated_citation()) == (p.value.value, p.value.citation)
        elif p.value.citation == generated_citation():  # set with its band's twin (no area split), never alone
            assert not ND07.area_split
        else:
            assert before[path].value == p.value, path


@pytest.mark.parametrize("sid", sorted(s for s, standard in STANDARDS.items() if standard.bands))
@FEW
@given(data=st.data())
def test_raised_lines_raise_at_least_one_bound_and_lower_none(sid, data):
    standard = STANDARDS[sid]
    changes, reformed = data.draw(raised_lines(standard))
    assert changes
    for area in gn.Area:
        old, new = _bounds(standard, area), _bounds(reformed, area)
        assert all(b >= a for a, b in zip(old, new, strict=True))
        assert new == sorted(set(new)), "the bounds still increase"
    assert any(_bounds(reformed, a) != _bounds(standard, a) for a in gn.Area)
    for path, value in changes.items():
        assert value > parameters(standard)[path].value.value
        assert parameters(reformed)[path.replace(sid, reformed.id, 1)].value.citation == generated_citation()


ON = dt.date(2024, 10, 1)


@settings(max_examples=200, deadline=None)
@given(drawn=raised_lines(ND07), household=households(ON))
@example(
    drawn=(
        {"vn-2022-2025.bands[0].upper_rural_vnd": 1_500_001},
        gn.reform(
            ND07, {"bands[0].upper_rural_vnd": 1_500_001}, id="vn-2022-2025-reform", citation=generated_citation()
        ),
    ),
    household=gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_500_001, deprived=set()),
)
def test_a_higher_line_never_leaves_a_household_better_off(drawn, household):
    """The property of examples/draft_reform_property.py; pinned: one VND above the rural line, raised by one VND."""
    _, draft = drawn
    before, after = gn.assess(household, on=ON, standard=ND07), gn.assess(household, on=ON, standard=draft)
    assert after.status.rank <= before.status.rank


def test_the_property_fails_for_a_draft_that_lowers_a_line():
    """The same check can fail: a line one VND lower leaves the household on the old line better off."""
    lower = gn.reform(ND07, {"bands[0].upper_rural_vnd": 1_499_999}, id="lower")
    household = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_500_000, deprived=set())
    before, after = gn.assess(household, on=ON, standard=ND07), gn.assess(household, on=ON, standard=lower)
    assert after.status.rank > before.status.rank


def test_a_share_stays_a_share_and_an_age_stays_whole():
    shares = [
        p for path, p in parameters(ND07).items() if isinstance(p.value.value, Fraction) and 0 <= p.value.value <= 1
    ]
    ages = [path for path in parameters(ND07) if path.endswith(("min_age", "max_age"))]
    assert shares or ages

    @FEW
    @given(data=st.data())
    def draw(data):
        for p in shares:
            assert 0 <= data.draw(parameter_values(ND07, p)) <= 1
        for path in ages:
            old = parameters(ND07)[path].value.value
            assert abs(data.draw(parameter_values(ND07, path)) - old) <= 5

    draw()


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: parameter_values("vn-2022-2025", "deprivation_cutoff"), "standard"),
        (lambda: parameter_values(ND07, "bands[9].upper_rural_vnd"), "path"),
        (lambda: parameter_values(ND07, 3), "path"),
        (lambda: reforms(ND07, max_changes=0), "max_changes"),
        (lambda: reforms(ND07, max_changes=True), "max_changes"),
        (lambda: reforms(ND07, max_changes="3"), "max_changes"),
        (lambda: reforms(ND07, paths="deprivation_cutoff"), "paths"),
        (lambda: reforms(ND07, paths=[]), "paths"),
        (lambda: reforms(ND07, citation=ND07.bands[0].upper(gn.Area.RURAL).citation), "citation"),
        (lambda: raised_lines(ND07, citation="mine"), "citation"),
    ],
)
def test_a_bad_argument_names_the_field(call, field):
    with pytest.raises(gn.InvalidInput, match=f"^{field}: "):
        call()


@pytest.mark.parametrize("module", ["giamngheo.testing._reforms", "giamngheo.testing"])
def test_the_docstring_examples_run(module):
    import importlib  # noqa: PLC0415

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert 0 == result.failed
