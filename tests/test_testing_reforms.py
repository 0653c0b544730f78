"""The reform strategies of giamngheo.testing draw only reforms the model takes, within the bounds they document,
change only what they report, and cite every value they set as the test's, never as the law's.

Sources: the paths and the values each takes are those of ``gn.parameters`` and ``gn.reform`` (tests/test_params.py
checks each path by hand); the bounds of each area are whole, positive and increasing and a cut-off is at least 1
(``gn.Standard``); the bounds drawn are the table of ``giamngheo.testing.parameter_values``.
"""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import itertools
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, example, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

import giamngheo as gn
from giamngheo._jurisdictions import builtin_standards
from giamngheo._params import parameters
from giamngheo.law.labour_code_2019 import RetirementSchedule
from giamngheo.testing import generated_citation, households, parameter_values, raised_lines, reforms
from giamngheo.testing._common import _AGE_KEYS, _BIRTH_YEAR_KEYS

#: The 15 shipped standards, as tests/test_params.py enumerates them.
STANDARDS = builtin_standards()
ND07 = gn.builtin_standard("vn-2022-2025")
HCMC = gn.builtin_standard("79-2021-2025")  # one set of lines for the whole city (area_split=False)
#: Every path of every shipped standard but a retirement schedule, which a reform only cites anew.
PATHS = [
    (sid, path)
    for sid, standard in STANDARDS.items()
    for path, p in parameters(standard).items()
    if not isinstance(p.value.value, RetirementSchedule)
]
FEW = settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DRAFT = gn.Instrument(
    number="dự thảo 1",
    kind=gn.InstrumentKind.OTHER,
    issuer_vi="Bộ",
    issuer_en="Ministry",
    title_vi="Dự thảo chuẩn nghèo",
    title_en="Draft poverty standard",
    signed=None,
    effective=None,
    url="",
    verification=gn.Verification.DRAFT,
).cite(verification=gn.Verification.DRAFT, note="a draft's figure")
RURAL_LINE = "vn-2022-2025.bands[0].upper_rural_vnd"


def _bounds(standard: gn.Standard, area: gn.Area) -> list[int]:
    return [band.upper(area).value for band in standard.bands]


def _ceil_half(n: int) -> int:
    return -(-n // 2)


def _in_documented_bounds(standard: gn.Standard, path: str, new: Any) -> bool:  # noqa: PLR0911 - one return per kind of value
    """Whether ``new`` lies in the range the table of ``parameter_values`` gives for ``path`` of ``standard``."""
    key = path.removeprefix(f"{standard.id}.")
    old = parameters(standard)[path].value.value
    if key.startswith("bands["):
        i = int(key[6 : key.index("]")])
        area = gn.Area.URBAN if key.endswith("urban_vnd") else gn.Area.RURAL
        bounds = _bounds(standard, area)
        below = bounds[i - 1] if i else 0
        above = bounds[i + 1] if i + 1 < len(bounds) else None
        return max(_ceil_half(old), below + 1) <= new <= 2 * old and (above is None or new < above)
    if key == "deprivation_cutoff":
        return 1 <= new <= len(standard.indicators)
    name = key.rsplit(".", 1)[1]
    if isinstance(old, bool):
        return isinstance(new, bool)
    if isinstance(old, int) and name in _AGE_KEYS:
        return max(0, old - 5) <= new <= old + 5
    if isinstance(old, int) and name in _BIRTH_YEAR_KEYS:
        return old - 5 <= new <= old + 5
    if isinstance(old, int):
        return min(_ceil_half(old), 2 * old) <= new <= max(_ceil_half(old), 2 * old)
    if isinstance(old, Fraction):
        high = min(2 * old, Fraction(1)) if 0 <= old <= 1 else max(old / 2, 2 * old)
        return min(old / 2, 2 * old) <= new <= high
    assert isinstance(old, frozenset), type(old)
    kind = type(next(iter(old)))
    return bool(new) and all(isinstance(m, kind) for m in new)


def _unchanged_but(standard: gn.Standard, reformed: gn.Standard, changed: set[str]) -> None:
    """Every parameter of ``reformed`` outside ``changed`` has the value and the citation it has in ``standard``."""
    before = parameters(standard)
    after = {standard.id + path.removeprefix(reformed.id): p for path, p in parameters(reformed).items()}
    assert before.keys() == after.keys()
    for path in before.keys() - changed:
        assert before[path].value == after[path].value, path


def _twins(standard: gn.Standard, paths: set[str]) -> set[str]:
    """``paths`` and, without an area split, the other bound of each band they set (one value under two paths)."""
    if standard.area_split:
        return set(paths)
    twins = {p.replace("rural", "urban") if "rural_vnd" in p else p.replace("urban", "rural") for p in paths}
    return set(paths) | {p for p in twins if "bands[" in p}


# --- parameter_values -------------------------------------------------------------------------------------------


def test_every_shipped_path_but_a_schedule_is_drawn():
    """Every shipped standard (15 of them now) and its paths, as tests/test_params.py lists them, less the schedules."""
    assert 15 <= len(STANDARDS)
    assert set(STANDARDS) == {sid for sid, _ in PATHS}
    every = sum(len(parameters(standard)) for standard in STANDARDS.values())
    schedules = [
        p for s in STANDARDS.values() for p in parameters(s).values() if isinstance(p.value.value, RetirementSchedule)
    ]
    assert every - len(schedules) == len(PATHS) > 150


@pytest.mark.parametrize(("sid", "path"), PATHS, ids=[p for _, p in PATHS])
@FEW
@given(data=st.data())
def test_a_value_drawn_for_a_path_is_one_a_reform_takes(sid, path, data):
    """Of the type of the value replaced, within the documented bounds, and set by gn.reform as drawn."""
    standard = STANDARDS[sid]
    old = parameters(standard)[path].value.value
    value = data.draw(parameter_values(standard, path))
    assert type(value) is type(old)
    assert _in_documented_bounds(standard, path, value), (path, old, value)
    reformed = gn.reform(standard, {path: value}, id="draft")
    assert value == parameters(reformed)[path.replace(sid, "draft", 1)].value.value


def test_a_parameter_is_drawn_by_its_path_with_or_without_the_id_or_by_itself():
    p = parameters(ND07)[RURAL_LINE]
    for given_as in (RURAL_LINE, "bands[0].upper_rural_vnd", p):
        assert 1_500_001 == find(parameter_values(ND07, given_as), lambda line: line > 1_500_000)


@pytest.mark.parametrize(
    ("path", "end"),
    [
        (RURAL_LINE, 750_000),  # ⌈v/2⌉
        ("vn-2022-2025.bands[0].upper_urban_vnd", 1_000_000),
        ("vn-2022-2025.bands[1].upper_rural_vnd", 1_500_001),  # one VND above the band below, above ⌈v/2⌉
        ("vn-2022-2025.deprivation_cutoff", 1),
    ],
)
def test_the_lower_end_of_a_range_is_drawn(path, end):
    assert end == find(parameter_values(ND07, path), lambda v: v <= end)


@pytest.mark.parametrize(
    ("path", "end"),
    [
        (RURAL_LINE, 2_249_999),  # one VND under the band above, below 2v
        ("vn-2022-2025.bands[1].upper_rural_vnd", 4_500_000),  # 2v: the top band
        ("vn-2022-2025.deprivation_cutoff", 12),  # the number of indicators
        ("vn-2022-2025.indicators.dependants.max_share", Fraction(1)),  # a share stays a share
    ],
)
def test_the_upper_end_of_a_range_is_drawn_and_nothing_above(path, end):
    assert end == find(parameter_values(ND07, path), lambda v: v >= end)
    with pytest.raises(NoSuchExample):
        find(parameter_values(ND07, path), lambda v: v > end, settings=settings(max_examples=300, database=None))


#: ND07 with the share of dependants at 3/20: its half, 3/40, has a denominator above the 12 of the values
#: drawn anywhere in a range (Hypothesis refuses such a bound), and 1/100, whose range holds no twelfth.
SHARE_3_20 = gn.reform(ND07, {"indicators.dependants.max_share": Fraction(3, 20)}, id="share")
SHARE_1_100 = gn.reform(ND07, {"indicators.dependants.max_share": Fraction(1, 100)}, id="share")
SHARE = "share.indicators.dependants.max_share"


@SOME
@given(value=parameter_values(SHARE_3_20, SHARE))
@example(value=Fraction(3, 40)).via("the lower end, v/2")
@example(value=Fraction(1, 12)).via("the first twelfth inside the range")
def test_a_share_whose_half_is_no_twelfth_is_drawn_within_its_bounds(value):
    assert Fraction(3, 40) <= value <= Fraction(3, 10)
    assert value == parameters(gn.reform(SHARE_3_20, {SHARE: value}, id="again"))[f"again.{SHARE[6:]}"].value.value


def test_the_ends_of_a_share_s_range_are_drawn_though_they_are_no_twelfths():
    strategy = parameter_values(SHARE_3_20, SHARE)
    assert Fraction(3, 40) == find(strategy, lambda v: v <= Fraction(3, 40))
    assert Fraction(3, 10) == find(strategy, lambda v: v >= Fraction(3, 10))


@SOME
@given(value=parameter_values(SHARE_1_100, SHARE))
def test_a_share_with_no_twelfth_in_its_range_is_drawn_near_its_value(value):
    """No multiple of 1/12 lies in [1/200, 1/50]: only the value, a hundredth above it and the ends are drawn."""
    assert value in {Fraction(1, 200), Fraction(1, 100), Fraction(1, 50)}


def test_an_empty_set_is_a_path_no_reform_sets():
    """An empty set names no kind of choice: the strategies refuse it rather than draw a value gn.reform refuses."""
    path, p = next((path, p) for path, p in parameters(ND07).items() if isinstance(p.value.value, frozenset))
    emptied = gn.reform(ND07, {path: []}, id="emptied")
    empty_path = path.replace(ND07.id, "emptied", 1)
    assert frozenset() == parameters(emptied)[empty_path].value.value
    with pytest.raises(gn.InvalidInput, match=r"^path: "):
        parameter_values(emptied, empty_path)
    with pytest.raises(gn.InvalidInput, match=r"^paths: "):
        reforms(emptied, paths=[empty_path])
    assert p.value.value  # the shipped set itself is drawn


# --- reforms ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sid", sorted(STANDARDS))
@FEW
@given(data=st.data())
def test_a_reform_changes_only_the_paths_it_reports_and_cites_them_as_the_test_s(sid, data):
    standard = STANDARDS[sid]
    changes, reformed = data.draw(reforms(standard, max_changes=4))
    assert 1 <= len(changes) <= 4
    assert f"{sid}-reform" == reformed.id
    known = parameters(standard)
    assert set(changes) <= set(known)
    assert not any(isinstance(known[path].value.value, RetirementSchedule) for path in changes)
    now = {sid + path.removeprefix(reformed.id): p for path, p in parameters(reformed).items()}
    changed = _twins(standard, set(changes))
    for path in changed:
        assert generated_citation() == now[path].value.citation, path
    for path, value in changes.items():
        assert value == now[path].value.value, path
        assert type(value) is type(known[path].value.value)
    _unchanged_but(standard, reformed, changed)


@FEW
@given(drawn=reforms(HCMC, max_changes=4))
def test_without_an_area_split_a_band_is_drawn_once(drawn):
    changes, _ = drawn
    bands = [path.split(".upper_", 1)[0] for path in changes if ".bands[" in path]
    assert len(bands) == len(set(bands))


@SOME
@given(drawn=reforms(ND07, paths=["deprivation_cutoff", parameters(ND07)[RURAL_LINE]], max_changes=5))
@example(drawn=({"vn-2022-2025.deprivation_cutoff": 1}, gn.reform(ND07, {"deprivation_cutoff": 1}, id="x")))
def test_a_reform_draws_from_the_paths_given_only(drawn):
    changes, reformed = drawn
    assert set(changes) <= {"vn-2022-2025.deprivation_cutoff", RURAL_LINE}
    _unchanged_but(ND07, reformed, set(changes))


@FEW
@given(drawn=reforms(ND07, max_changes=1, citation=DRAFT))
def test_a_reform_cites_its_values_with_the_citation_given(drawn):
    changes, reformed = drawn
    assert 1 == len(changes)
    (path,) = changes
    assert DRAFT == parameters(reformed)[path.replace(ND07.id, reformed.id, 1)].value.citation


def test_the_generated_citation_is_the_user_s_and_always_the_same():
    cited = generated_citation()
    assert cited is generated_citation()
    assert gn.Verification.USER is cited.verification
    assert "giamngheo.testing" == cited.instrument.number


# --- raised_lines -------------------------------------------------------------------------------------------------

#: ND07 with its rural poverty line one VND under its rural near-poverty line: the line cannot rise alone.
TIGHT = gn.reform(ND07, {"bands[0].upper_rural_vnd": 2_249_999}, id="tight")


def _check_raised(standard: gn.Standard, changes: dict[str, int], reformed: gn.Standard) -> None:
    assert changes
    known = parameters(standard)
    for area in gn.Area:
        old, new = _bounds(standard, area), _bounds(reformed, area)
        assert all(a <= b <= 2 * a for a, b in zip(old, new, strict=True)), "no bound lowered, none above 2×"
        assert all(a < b for a, b in itertools.pairwise(new)), "the bounds still increase"
    assert any(_bounds(reformed, a) != _bounds(standard, a) for a in gn.Area), "at least one bound raised"
    for path, value in changes.items():
        assert ".bands[" in path
        assert value > known[path].value.value
        assert generated_citation() == parameters(reformed)[path.replace(standard.id, reformed.id, 1)].value.citation
    _unchanged_but(standard, reformed, _twins(standard, set(changes)))


@pytest.mark.parametrize("sid", sorted(STANDARDS))
@SOME
@given(data=st.data())
def test_raised_lines_raise_at_least_one_bound_and_lower_none(sid, data):
    standard = STANDARDS[sid]
    _check_raised(standard, *data.draw(raised_lines(standard)))


@SOME
@given(drawn=raised_lines(TIGHT))
def test_a_bound_one_vnd_under_the_next_rises_only_with_it(drawn):
    changes, reformed = drawn
    _check_raised(TIGHT, changes, reformed)
    if "tight.bands[0].upper_rural_vnd" in changes:
        assert "tight.bands[1].upper_rural_vnd" in changes


def _changes(drawn: tuple[dict[str, int], gn.Standard]) -> dict[str, int]:
    return drawn[0]  # not the reformed standard, whose repr Hypothesis would print at length


def test_raised_lines_shrink_to_one_bound_raised_by_one_vnd():
    changes = find(raised_lines(ND07).map(_changes), lambda _: True)
    assert 1 == len(changes)
    ((path, value),) = changes.items()
    assert value == parameters(ND07)[path].value.value + 1


def test_the_tight_bound_drawn_alone_falls_back_to_the_top_one():
    """The simplest draw picks the tight bound alone: it cannot rise, so the top rural bound rises instead."""
    changes = find(raised_lines(TIGHT).map(_changes), lambda _: True)
    assert {"tight.bands[1].upper_rural_vnd": 2_250_001} == changes


ON = dt.date(2024, 10, 1)


@settings(max_examples=100, deadline=None)
@given(drawn=raised_lines(ND07), household=households(ON))
@example(
    drawn=({RURAL_LINE: 1_500_001}, gn.reform(ND07, {RURAL_LINE: 1_500_001}, id="up", citation=generated_citation())),
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


# --- errors -------------------------------------------------------------------------------------------------------

LAW_S = parameters(ND07)[RURAL_LINE].value.citation


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: parameter_values("vn-2022-2025", "deprivation_cutoff"), "standard"),
        (lambda: parameter_values(None, "deprivation_cutoff"), "standard"),
        (lambda: parameter_values(ND07, "bands[9].upper_rural_vnd"), "path"),
        (lambda: parameter_values(ND07, "vn-2016-2020.deprivation_cutoff"), "path"),
        (lambda: parameter_values(ND07, "window"), "path"),
        (lambda: parameter_values(ND07, 3), "path"),
        (lambda: parameter_values(ND07, parameters(HCMC)["79-2021-2025.bands[0].upper_rural_vnd"]), "path"),
        (lambda: reforms("vn-2022-2025"), "standard"),
        (lambda: reforms(ND07, max_changes=0), "max_changes"),
        (lambda: reforms(ND07, max_changes=-1), "max_changes"),
        (lambda: reforms(ND07, max_changes=True), "max_changes"),
        (lambda: reforms(ND07, max_changes="3"), "max_changes"),
        (lambda: reforms(ND07, max_changes=2.0), "max_changes"),
        (lambda: reforms(ND07, paths="deprivation_cutoff"), "paths"),
        (lambda: reforms(ND07, paths=[]), "paths"),
        (lambda: reforms(ND07, paths=3), "paths"),
        (lambda: reforms(ND07, paths=["bands[9].upper_rural_vnd"]), "paths"),
        (lambda: reforms(ND07, citation=LAW_S), "citation"),
        (lambda: reforms(ND07, citation="mine"), "citation"),
        (lambda: raised_lines("vn-2022-2025"), "standard"),
        (lambda: raised_lines(ND07, citation=LAW_S), "citation"),
        (lambda: raised_lines(ND07, citation="mine"), "citation"),
    ],
)
def test_a_bad_argument_names_the_field(call, field):
    with pytest.raises(gn.InvalidInput, match=f"^{field}: "):
        call()


def test_a_citation_of_the_law_s_is_refused_whichever_value_it_comes_from():
    for p in parameters(ND07).values():
        with pytest.raises(gn.InvalidInput, match=r"^citation: "):
            reforms(ND07, citation=p.value.citation)


# --- the examples of the docstrings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("module", ["giamngheo.testing._reforms", "giamngheo.testing"])
def test_the_docstring_examples_run(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert 0 == result.failed
