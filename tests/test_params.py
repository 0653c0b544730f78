"""Every legal value of every standard has a path, and a reform of any one path changes that value alone.

The paths are the reform's interface (``gn.reform(standard, {path: value})``, ``giamngheo params``): each test
here runs over every path of every built-in standard. A value set by a reform is cited as the user's (or a
draft's) and never as the instrument's, in the standard and in the explanation of a household.
"""

from __future__ import annotations

import datetime as dt
import enum
from fractions import Fraction

import attrs
import pytest

import giamngheo as gn
from giamngheo._jurisdictions import builtin_standards
from giamngheo._params import parameters
from giamngheo.law.labour_code_2019 import RetirementSchedule

STANDARDS = builtin_standards()
PATHS = [(sid, path) for sid, standard in STANDARDS.items() for path in parameters(standard)]
ND07 = gn.builtin_standard("vn-2022-2025")
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
)


def _other(standard: gn.Standard, path: str, old: object) -> object:  # noqa: PLR0911 - one return per kind of value
    """A value of the type of ``old`` that the standard accepts at ``path``, different from ``old`` if it can."""
    key = path.split(".", 1)[1]
    if isinstance(old, bool):
        return not old
    if key.startswith("bands["):
        i = int(key[6 : key.index("]")])
        area = gn.Area.URBAN if key.endswith("urban_vnd") else gn.Area.RURAL
        following = [b.upper(area).value for b in standard.bands[i + 1 :]]
        return old + 1 if not following or old + 1 < following[0] else old - 1  # type: ignore[operator]
    if key == "deprivation_cutoff":
        return old + 1 if old < len(standard.indicators) else old - 1  # type: ignore[operator]
    if isinstance(old, int):
        return old + 1
    if isinstance(old, Fraction):
        return old + Fraction(1, 10) if old + Fraction(1, 10) < 1 else old - Fraction(1, 10)
    if isinstance(old, frozenset):
        kind = type(next(iter(old)))
        missing = [m for m in kind if m not in old]
        return old | {missing[0]} if missing else old - {next(iter(old))}
    assert isinstance(old, RetirementSchedule), type(old)
    return old  # a schedule is set whole: the same one, now cited as the user's


def test_every_value_of_a_standard_has_one_path() -> None:
    for standard in STANDARDS.values():
        found = parameters(standard)
        per_band = 2
        thresholds = sum(len(i.thresholds) for i in standard.indicators)
        cutoff = standard.deprivation_cutoff is not None
        assert len(found) == per_band * len(standard.bands) + cutoff + thresholds, standard.id
        assert all(path.startswith(f"{standard.id}.") for path in found)
        assert all(p.window == standard.window for p in found.values())
        assert all(p.label.vi and p.label.en for p in found.values())


def test_the_paths_are_those_the_docs_give() -> None:
    paths = parameters(ND07)
    assert paths["vn-2022-2025.bands[0].upper_rural_vnd"].value.value == 1_500_000
    assert paths["vn-2022-2025.bands[1].upper_urban_vnd"].value.value == 3_000_000
    assert paths["vn-2022-2025.deprivation_cutoff"].value.value == 3
    assert paths["vn-2022-2025.indicators.housing_area.min_m2_per_person"].value.value == 8
    assert {d.key for d in gn.legal_data(standard=ND07)} >= set(paths), "the paths are the legal data's keys"


def test_without_an_area_split_one_bound_sets_both() -> None:
    """Hồ Chí Minh City's 2014-2015 lines are one per band for the whole city."""
    city = gn.builtin_standard("79-2014-2015")
    assert 16_000_000 == parameters(city)["79-2014-2015.bands[0].upper_urban_vnd"].value.value
    mine = gn.reform(city, {"bands[0].upper_urban_vnd": 17_000_000}, id="mine")
    assert 17_000_000 == mine.bands[0].upper_rural_vnd.value == mine.bands[0].upper_urban_vnd.value


@pytest.mark.parametrize(("sid", "path"), PATHS, ids=[p for _, p in PATHS])
def test_a_reform_of_one_path_changes_that_value_alone(sid: str, path: str) -> None:
    base = STANDARDS[sid]
    before = parameters(base)
    new = _other(base, path, before[path].value.value)
    changed = gn.reform(base, {path: new}, id="mine", note="a test")
    after = {p.removeprefix("mine."): q for p, q in parameters(changed).items()}
    before = {p.removeprefix(f"{sid}."): q for p, q in before.items()}
    key = path.removeprefix(f"{sid}.")
    # Without an area split a band's two bounds are one value.
    same = {key, key.replace("rural", "urban"), key.replace("urban", "rural")} if not base.area_split else {key}
    assert list(before) == list(after)
    for k, p in before.items():
        if k not in same:
            assert p.value == after[k].value, k
    assert new == after[key].value.value
    assert gn.Verification.USER is after[key].value.citation.verification
    assert "set by the reform mine. a test" == after[key].value.citation.note
    assert base.window == changed.window
    assert parameters(base) == {f"{sid}.{k}": attrs.evolve(p, path=f"{sid}.{k}") for k, p in before.items()}


def _household(income: int) -> gn.Household:
    return gn.Household(
        area="rural", income_per_capita_monthly_vnd=income, deprived=("water", "health_insurance", "housing_area")
    )


def test_the_explanation_cites_the_reform_for_the_line_it_sets_and_the_decree_for_the_rest() -> None:
    on = dt.date(2024, 6, 1)
    mine = gn.reform(ND07, {"bands[0].upper_rural_vnd": 1_800_000}, id="mine")
    result = gn.assess(_household(1_700_000), on=on, standard=mine)
    assert gn.Status.POOR is result.status, "1,700,000 is under the reform's line, over the decree's"
    line = next(step for step in result.explanation() if "1,800,000" in step.text.en)
    assert gn.Verification.USER is line.citation.verification
    assert "reform mine" == line.citation.instrument.number
    assert "1,500,000" not in result.explain("en")
    assert any(c.instrument.number == "07/2021/NĐ-CP" for c in result.citations), "the cut-off is still the decree's"
    assert gn.Status.MIDDLE is gn.assess(_household(1_700_000), on=on, standard=ND07).status, "above the decree's line"


def test_a_threshold_set_by_a_reform_is_cited_as_the_user_s_where_it_decides() -> None:
    on = dt.date(2024, 6, 1)
    mine = gn.reform(ND07, {"vn-2022-2025.indicators.housing_area.min_m2_per_person": 10}, id="mine")
    dwelling = gn.Dwelling(floor_area_m2=36)  # 9 m² a person for four: deprived under 10, not under 8
    household = gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000, size=4, dwelling=dwelling,
                             members=tuple(gn.Member(birth_date=dt.date(1990, 1, 1)) for _ in range(4)))  # fmt: skip
    under_reform = gn.assess(household, on=on, standard=mine).finding("housing_area")
    under_decree = gn.assess(household, on=on, standard=ND07).finding("housing_area")
    assert (gn.Outcome.DEPRIVED, gn.Outcome.NOT_DEPRIVED) == (under_reform.outcome, under_decree.outcome)
    assert gn.Verification.USER in {c.verification for c in gn.assess(household, on=on, standard=mine).citations}


def test_a_draft_s_figure_is_cited_as_the_draft() -> None:
    citation = DRAFT.cite(verification=gn.Verification.DRAFT, note="dự thảo tháng 11")
    mine = gn.reform(ND07, {"bands[0].upper_urban_vnd": 2_100_000}, id="draft-1", citation=citation)
    assert citation == mine.bands[0].upper_urban_vnd.citation
    assert ND07.bands[0].upper_rural_vnd == mine.bands[0].upper_rural_vnd


@pytest.mark.parametrize(
    ("changes", "keywords", "field", "words"),
    [
        ({"bands[0].upper_rurl_vnd": 1}, {}, "changes", "not a parameter of vn-2022-2025; did you mean 'vn-2022-2025.bands[0].upper_rural_vnd'"),
        ({"vn-2016-2020.bands[0].upper_rural_vnd": 1}, {}, "changes", "a path of vn-2022-2025, not of vn-2016-2020"),
        ({"bands[0].upper_rural_vnd": "1800000"}, {}, "vn-2022-2025.bands[0].upper_rural_vnd", "a whole number"),
        ({"bands[0].upper_rural_vnd": True}, {}, "vn-2022-2025.bands[0].upper_rural_vnd", "a whole number"),
        ({"bands[0].upper_rural_vnd": 2_250_000}, {}, "bands", ""),
        ({"bands[0].upper_rural_vnd": 0}, {}, "", ""),
        ({"indicators.water.clean_sources": ["rain", "sea"]}, {}, "vn-2022-2025.indicators.water.clean_sources", "WaterSource"),
        ({"indicators.water.clean_sources": "piped"}, {}, "vn-2022-2025.indicators.water.clean_sources", "a set of"),
        ({"indicators.dependants.max_share": 0.5}, {}, "vn-2022-2025.indicators.dependants.max_share", "exact number"),
        ({"deprivation_cutoff": 4}, {"cutoff": 4}, "changes", "set twice"),
        ({"bands[1].upper_rural_vnd": 2_300_000}, {"line_factor": 2}, "changes", "set twice"),
        ({"bands[0].upper_rural_vnd": 1_600_000}, {"citation": ND07.bands[0].upper_rural_vnd.citation}, "citation", "not as quoted"),
        ({}, {"citation": DRAFT.cite(verification=gn.Verification.DRAFT)}, "citation", "no change"),
        ([("bands[0].upper_rural_vnd", 1)], {}, "changes", "a mapping"),
        ({3: 1}, {}, "changes", "a parameter's path is text"),
    ],
)  # fmt: skip
def test_a_wrong_change_is_refused_naming_the_path(
    changes: object, keywords: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(gn.InvalidInput) as caught:
        gn.reform(ND07, changes, id="mine", **keywords)  # type: ignore[arg-type]
    if field:
        assert field == caught.value.field
    assert words in caught.value.reason


def test_a_set_of_choices_is_given_by_names_or_members() -> None:
    by_names = gn.reform(ND07, {"indicators.water.clean_sources": ["piped"]}, id="mine")
    by_members = gn.reform(ND07, {"indicators.water.clean_sources": {gn.WaterSource.PIPED}}, id="mine")
    assert by_names == by_members
    assert frozenset({gn.WaterSource.PIPED}) == by_names.indicator("water").values["clean_sources"]
    assert all(isinstance(v, enum.Enum) for v in by_names.indicator("water").values["clean_sources"])


# --- the values of the support policies: a share, an amount, a rate, a term, the months after leaving -----------

ALL_POLICIES = {p.id: p for ps in gn.POLICIES.values() for p in ps}
POLICY_PATHS = [(pid, path) for pid, policy in ALL_POLICIES.items() for path in gn.policy_parameters(policy)]


def _other_value(old: object) -> object:
    """A value that the policy accepts at the path, different from ``old``."""
    if isinstance(old, Fraction):
        return old - Fraction(1, 10) if old > Fraction(1, 10) else old + Fraction(1, 10)
    assert isinstance(old, int), type(old)
    return old + 1


def test_every_value_of_a_policy_has_one_path() -> None:
    """Each grant's and exception's share, amount, rate, term and months after leaving, where the policy sets one."""
    assert len(POLICY_PATHS) == len({path for _, path in POLICY_PATHS})
    set_values = sum(
        getattr(g, name) is not None
        for p in ALL_POLICIES.values()
        for g in p.grants
        for name in ("share", "amount_vnd", "rate", "term_months", "months_after")
    ) + sum(
        getattr(e, name) is not None
        for p in ALL_POLICIES.values()
        for g in p.grants
        for e in g.exceptions
        for name in ("share", "amount_vnd", "rate")
    )
    assert len(POLICY_PATHS) == set_values
    assert "credit-vbsp-2025.grants.poor.rate" in gn.policy_parameters(ALL_POLICIES["credit-vbsp-2025"])
    assert "health-insurance-146-2018.grants.poor.exceptions[0].share" in {path for _, path in POLICY_PATHS}


@pytest.mark.parametrize(("pid", "path"), POLICY_PATHS, ids=[p for _, p in POLICY_PATHS])
def test_a_reform_of_one_policy_path_changes_that_value_alone(pid: str, path: str) -> None:
    base = ALL_POLICIES[pid]
    before = gn.policy_parameters(base)
    new = _other_value(before[path].value.value)
    changed = gn.reform_policy(base, {path: new}, note="a test")
    after = gn.policy_parameters(changed)
    assert list(before) == list(after)
    assert [k for k in before if before[k].value != after[k].value] == [path]
    assert new == after[path].value.value
    assert gn.Verification.USER is after[path].value.citation.verification
    assert "set by a reform of" in after[path].value.citation.note
    assert (changed.id, changed.window, base) == (base.id, base.window, ALL_POLICIES[pid])  # the base is untouched
    assert changed.notes[-1].en.startswith(f"A user's reform: set {path.removeprefix(pid + '.')}")


def test_a_reformed_policy_applies_instead_of_the_encoded_one() -> None:
    """A draft rate for poor households' loans: the entitlement gives the draft's rate, cited as the draft's."""
    on = dt.date(2026, 3, 1)
    poor = gn.Household(
        id="H",
        area="rural",
        income_per_capita_monthly_vnd=1_000_000,
        deprived={"water", "housing_area", "health_insurance"},
    )
    draft = DRAFT.cite(verification=gn.Verification.DRAFT)
    reformed = gn.reform_policy(gn.policy("credit-vbsp-2025"), {"grants.poor.rate": "0.05"}, citation=draft)
    before = [e for e in gn.entitlements(poor, on=on) if e.policy.id == "credit-vbsp-2025"]
    after = [e for e in gn.entitlements(poor, on=on, policies=[reformed]) if e.policy.id == "credit-vbsp-2025"]
    assert [e.rate for e in before] == [Fraction(39, 625)]  # 6.24 % a year
    assert [e.rate for e in after] == [Fraction(1, 20)]  # one entitlement: the reform's, not both
    assert after[0].policy is reformed


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("grants.poor.share", "1.5", "a share is more than 0 and at most 1"),
        ("grants.poor.share", 0, "a share is more than 0 and at most 1"),
        ("grants.poor.share", 2.5, "give an exact number"),
        ("grants.poor.amount_vnd", 1, "not a parameter of health-insurance-188-2025; did you mean"),
        ("grants.near_poor.exceptions[0].share", "1/2", ""),
        ("grants.nobody.share", "1/2", "not a parameter of health-insurance-188-2025"),
    ],
)
def test_a_wrong_policy_change_is_refused_naming_the_path(path: str, value: object, words: str) -> None:
    base = gn.policy("health-insurance-188-2025")
    if not words:
        assert gn.reform_policy(base, {path: value}).grants[1].exceptions[0].share.value == Fraction(1, 2)
        return
    with pytest.raises(gn.InvalidInput, match=words):
        gn.reform_policy(base, {path: value})


def test_a_loan_s_values_keep_their_bounds() -> None:
    base = gn.policy("credit-vbsp-2025")
    with pytest.raises(gn.InvalidInput, match="a yearly rate is a fraction of the loan"):
        gn.reform_policy(base, {"grants.poor.rate": 1})
    with pytest.raises(gn.InvalidInput, match="must not be negative"):
        gn.reform_policy(base, {"grants.poor.amount_vnd": -1})
    with pytest.raises(gn.InvalidInput, match="must be at least 1, got 0"):
        gn.reform_policy(base, {"grants.poor.term_months": 0})
    law = gn.policy("credit-vbsp-2025").basis
    with pytest.raises(gn.InvalidInput, match="USER or DRAFT"):
        gn.reform_policy(base, {"grants.poor.term_months": 60}, citation=law)
