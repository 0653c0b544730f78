"""Laws of the provincial standards and of reforms, checked with Hypothesis.

- A provincial standard whose lines are all at least the national ones (monthly equivalents) and whose cut-off is
  not higher never classes as neither poor nor near-poor a household the national standard classes as poor or
  near-poor, on the same facts (Bình Dương 2016-2021 and every Hồ Chí Minh City standard are such standards).
- A reform with factor 1 and nothing else changed classifies every household as its base does.
- Raising the lines never makes a household better off; lowering the cut-off never does either.
- A comparison accounts for every household exactly once, and its moves are the households whose status differs.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo.testing import household_and_date, households, provincial_household_and_date

POOR_OR_NEAR = {gn.Status.POOR, gn.Status.NEAR_POOR}
TWO = frozenset({"water", "telecom"})


def _monthly_lines(standard: gn.Standard, area: gn.Area) -> list[Fraction]:
    return [Fraction(b, standard.income_period.months) for b in standard.limits(area)]


def test_provincial_lines_are_all_at_least_the_national_ones():
    """The precondition of the law below, checked on the data of every provincial standard."""
    for code in ("74", "79"):
        for window, provincial in gn.jurisdiction(code).standards:
            for on in (window.start, window.last_day):
                national = gn.standard_in_force(on=on)
                for area in gn.Area:
                    poverty_lines = [
                        Fraction(b.upper(area).value, s.income_period.months)
                        for s in (national, provincial)
                        for b in s.bands[:1]
                    ]
                    assert poverty_lines[1] >= poverty_lines[0], (provincial.id, area)
                    near_national = max(
                        Fraction(b.upper(area).value, national.income_period.months)
                        for b in national.bands
                        if gn.Status.NEAR_POOR in (b.if_deprived, b.otherwise)
                        or gn.Status.POOR in (b.if_deprived, b.otherwise)
                    )
                    assert max(_monthly_lines(provincial, area)) >= near_national, (provincial.id, area)
                if provincial.deprivation_cutoff is not None and national.deprivation_cutoff is not None:
                    assert provincial.deprivation_cutoff.value <= national.deprivation_cutoff.value


@given(provincial_household_and_date())
@settings(max_examples=300)
# QĐ 59/2015 near-poor bound (1,000,000 rural) is well under Bình Dương's poverty line: poor there.
@example((gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, deprived=TWO), dt.date(2018, 6, 1), "74"))
# NĐ 07/2021 urban line 2,000,000 a month is 24 million a year: under HCMC's 36 million (2021-2024).
@example((gn.Household(area="urban", income_per_capita_monthly_vnd=2_000_000), dt.date(2022, 1, 1), "79"))
# The last day of HCMC's 2014-2015 standard under QĐ 09/2011's urban near-poor bound.
@example((gn.Household(area="urban", income_per_capita_monthly_vnd=650_000), dt.date(2015, 12, 31), "79"))
def test_a_higher_provincial_standard_never_drops_a_poor_or_near_poor_household(case):
    household, on, code = case
    both = gn.assess_all(household, on=on, jurisdiction=code)
    assert both.provincial is not None
    if both.national.status in POOR_OR_NEAR:
        assert both.provincial.status in POOR_OR_NEAR, (both.national.status, both.provincial.status)


@given(household_and_date())
@example((gn.Household(area="rural", income_per_capita_monthly_vnd=1_500_000, deprived=TWO), dt.date(2023, 6, 1)))
def test_a_reform_with_factor_one_is_the_identity(case):
    household, on = case
    base = gn.standard_in_force(on=on)
    same = gn.reform(base, id=f"{base.id}-x1", line_factor=1)
    assert [b.upper(a).value for b in same.bands for a in gn.Area] == [
        b.upper(a).value for b in base.bands for a in gn.Area
    ]
    assert gn.assess(household, on=on).status is gn.assess(household, on=on, standard=same).status
    assert gn.compare([household], on=on, other=same).moved == ()


@given(household_and_date(), st.fractions(min_value=1, max_value=3).filter(lambda f: f.denominator <= 100))
@example((gn.Household(area="rural", income_per_capita_monthly_vnd=1_500_001), dt.date(2023, 6, 1)), Fraction(3, 2))
def test_raising_the_lines_never_makes_a_household_better_off(case, factor):
    household, on = case
    base = gn.standard_in_force(on=on)
    raised = gn.reform(base, id="raised", line_factor=factor)
    assert gn.assess(household, on=on, standard=raised).status.rank <= gn.assess(household, on=on).status.rank


@given(household_and_date())
@example((gn.Household(area="rural", income_per_capita_monthly_vnd=1_500_000, deprived=TWO), dt.date(2023, 6, 1)))
def test_lowering_the_cutoff_never_makes_a_household_better_off(case):
    household, on = case
    base = gn.standard_in_force(on=on)
    if base.deprivation_cutoff is None or base.deprivation_cutoff.value == 1:
        return
    lower = gn.reform(base, id="lower", cutoff=base.deprivation_cutoff.value - 1)
    assert gn.assess(household, on=on, standard=lower).status.rank <= gn.assess(household, on=on).status.rank


@given(st.lists(households(dt.date(2023, 6, 1)), max_size=30), st.sampled_from(["74", "79", "1.3", "2"]))
def test_a_comparison_accounts_for_every_household(hhs, other):
    on = dt.date(2023, 6, 1)
    base = gn.standard_in_force(on=on)
    if other in {"74", "79"}:
        target = gn.reform(base, id="x", cutoff=2) if other == "74" else gn.standard_in_force(on=on, jurisdiction="79")
    else:
        target = gn.reform(base, id="x", line_factor=other)
    c = gn.compare(hhs, on=on, other=target)
    assert c.total == len(hhs) == sum(c.transitions.values()) + len(c.errors)
    moved = {m.index for m in c.moved}
    for i, h in enumerate(hhs):
        before = gn.assess(gn._assessment.for_standard(h, base)[0], on=on, standard=base).status
        after = gn.assess(gn._assessment.for_standard(h, target)[0], on=on, standard=target).status
        assert (i in moved) == (before is not after)
    assert [m.index for m in c.moved] == sorted(moved)
