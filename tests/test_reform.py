"""Reforms (immutable overlays of a standard) and comparisons of two standards over many households."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import giamngheo as gn

ON = dt.date(2023, 6, 1)
NATIONAL = gn.standard_in_force(on=ON)  # NĐ 07/2021/NĐ-CP: 1,500,000 / 2,000,000; middle 2,250,000 / 3,000,000
TWO = frozenset({"water", "telecom"})


def test_lines_times_a_factor_are_cited_as_the_users_with_the_arithmetic():
    r = gn.reform(NATIONAL, id="vn-x1.3", line_factor="1.3", note="Bình Dương option 1, approximately.")
    assert [(b.upper_rural_vnd.value, b.upper_urban_vnd.value) for b in r.bands] == [
        (1_950_000, 2_600_000),
        (2_925_000, 3_900_000),
    ]
    cited = r.bands[0].upper_rural_vnd.citation
    assert gn.Verification.USER is cited.verification
    assert "1,500,000 × 13/10 = 1,950,000 VND (base: Decree 07/2021/NĐ-CP, Art. 3(2)(a))" in cited.note
    assert "Bình Dương option 1" in cited.note
    assert NATIONAL.bands[0].upper_rural_vnd.value == 1_500_000  # the base is untouched
    assert r.window == NATIONAL.window
    assert "reform: lines × 13/10" in r.name.en


def test_scaled_lines_are_rounded_to_whole_vnd_halves_up():
    r = gn.reform(NATIONAL, id="odd", line_factor=Fraction(1, 3))
    assert 500_000 == r.bands[0].upper_rural_vnd.value  # exactly a third
    r = gn.reform(NATIONAL, id="odd", line_factor=Fraction(1, 7))
    assert 214_286 == r.bands[0].upper_rural_vnd.value  # 214,285.71…


def test_cutoff_and_dropped_indicators():
    r = gn.reform(NATIONAL, id="c2", cutoff=2, drop={"telecom"})
    assert 2 == r.deprivation_cutoff.value
    assert "telecom" not in r.indicator_ids
    assert 11 == len(r.indicators)
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_500_000, deprived={"water", "sanitation"})
    assert gn.Status.NEAR_POOR is gn.assess(hh, on=ON).status
    assert gn.Status.POOR is gn.assess(hh, on=ON, standard=r).status
    explanation = gn.assess(hh, on=ON, standard=r).explain("en")
    assert (
        "2 ≥ the cut-off of 2 deprivations: poor household. [Instrument reform c2; supplied by the user]" in explanation
    )
    with pytest.raises(gn.InvalidInput, match="not an indicator"):
        gn.assess(gn.Household(area="rural", income_per_capita_monthly_vnd=1, deprived={"telecom"}), on=ON, standard=r)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"line_factor": 0}, "line_factor"),
        ({"line_factor": -1}, "line_factor"),
        ({"line_factor": 1.3}, "line_factor"),
        ({"line_factor": "a lot"}, "line_factor"),
        ({"cutoff": 0}, "cutoff"),
        ({"cutoff": 2.0}, "cutoff"),
        ({"drop": {"no_such"}}, "drop"),
    ],
)
def test_bad_reforms_are_refused(kwargs, field):
    with pytest.raises(gn.InvalidInput) as caught:
        gn.reform(NATIONAL, id="bad", **kwargs)
    assert field == caught.value.field


def test_comparison_transition_table_and_moves():
    households = [
        gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000, deprived=TWO | {"sanitation"}, id="A"),
        gn.Household(area="rural", income_per_capita_monthly_vnd=1_800_000, deprived=TWO, id="B"),
        gn.Household(area="urban", income_per_capita_monthly_vnd=2_100_000, deprived={"water"}, id="C"),
        gn.Household(area="rural", income_per_capita_monthly_vnd=3_000_000, id="D"),
        gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, deprived={"bad"}, id="E"),
    ]
    c = gn.compare(households, on=ON, other=gn.reform(NATIONAL, id="x1.3", line_factor="1.3", cutoff=2))
    assert 5 == c.total
    assert [(m.household_id, m.before, m.after) for m in c.moved] == [
        ("B", gn.Status.MIDDLE, gn.Status.POOR),
        ("C", gn.Status.MIDDLE, gn.Status.NEAR_POOR),
    ]
    assert [(i, hid) for i, hid, _ in c.errors] == [(4, "E")]
    assert 2 == c.count(gn.Status.MIDDLE)
    assert 2 == c.count(gn.Status.POOR, side="other")
    table = c.table("en").splitlines()
    assert table[0].split()[:3] == ["vn-2022-2025", "→", "x1.3"]
    assert table[-1] == "2 of 5 households change status; 1 could not be assessed."
    assert c.table("vi").splitlines()[-1] == "2/5 hộ thay đổi phân loại; 1 hộ không đánh giá được."


def test_compare_national_with_a_jurisdiction_by_code():
    """HCMC 2021-2024 (36 / 46 million a year) against NĐ 07/2021; stated deprivations are not used by the city."""
    households = [
        gn.Household(area="urban", income_per_capita_monthly_vnd=2_500_000, deprived=TWO | {"sanitation"}, id="U1"),
        gn.Household(area="urban", income_per_capita_monthly_vnd=4_000_000, id="U2"),
    ]
    c = gn.compare(households, on=ON, other="79")
    assert c.other.id == "79-2021-2025"
    assert [(m.household_id, m.before, m.after) for m in c.moved] == [("U1", gn.Status.MIDDLE, gn.Status.POOR)]
    assert c.errors == ()
    with pytest.raises(gn.NoRuleInForce):
        gn.compare(households, on=ON, other="74")
