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


# --- reforms over time: a value for a period, the base's value outside it ----------------------------------------

RURAL = "bands[0].upper_rural_vnd"
#: The draft raises the rural line to 1,800,000 VND for 2024 only (its first and last days given).
OVER_TIME = gn.reform_over_time(
    NATIONAL, {RURAL: {"2024-01-01.2024-12-31": 1_800_000}}, id="draft-2024", note="A test."
)


def _rural_poor(income: int, on: dt.date) -> gn.Assessment:
    household = gn.Household(
        id="H", area=gn.Area.RURAL, income_per_capita_monthly_vnd=income, deprived=TWO | {"housing_area"}
    )
    return gn.assess(household, on=on, standard=OVER_TIME)


# (day, the rural line in force, whose it is): the day before, the first, the last and the day after the period
PERIOD_BOUNDARIES = [
    (dt.date(2023, 12, 31), 1_500_000, gn.Verification.QUOTED),  # NĐ 07/2021, Điều 3(1)(a): the base's line
    (dt.date(2024, 1, 1), 1_800_000, gn.Verification.USER),  # the period's first day
    (dt.date(2024, 12, 31), 1_800_000, gn.Verification.USER),  # its last day, included as written
    (dt.date(2025, 1, 1), 1_500_000, gn.Verification.QUOTED),  # the base's again
]


@pytest.mark.parametrize(("on", "line", "verification"), PERIOD_BOUNDARIES)
def test_a_value_for_a_period_applies_on_its_first_and_last_days_only(on, line, verification):
    standard = OVER_TIME.at(on=on)
    assert (standard.id, standard.bands[0].upper_rural_vnd.value) == ("draft-2024", line)
    assert standard.bands[0].upper_rural_vnd.citation.verification is verification
    assert standard.bands[0].upper_urban_vnd == NATIONAL.bands[0].upper_urban_vnd  # only the path set changes


@pytest.mark.parametrize(("on", "line", "verification"), PERIOD_BOUNDARIES)
def test_an_assessment_under_a_reform_over_time_applies_the_piece_in_force(on, line, verification):
    """On the line the household is poor (income ≤ line), one VND above it is not: on each side of the period."""
    assert gn.Status.POOR is _rural_poor(line, on).status
    assert gn.Status.POOR is not _rural_poor(line + 1, on).status
    cited = {c.verification for c in _rural_poor(line, on).citations}
    assert (gn.Verification.USER in cited) is (verification is gn.Verification.USER)


def test_the_pieces_tile_the_base_window_and_cite_only_what_the_period_sets():
    assert [(w.start, w.end) for w, _ in OVER_TIME] == [
        (dt.date(2022, 1, 1), dt.date(2024, 1, 1)),
        (dt.date(2024, 1, 1), dt.date(2025, 1, 1)),
        (dt.date(2025, 1, 1), dt.date(2026, 1, 1)),
    ]
    assert OVER_TIME.covered == NATIONAL.window
    for window, standard in OVER_TIME:
        assert standard.window == window
        assert [k.removeprefix("draft-2024.") for k in gn.parameters(standard)] == [
            k.removeprefix("vn-2022-2025.") for k in gn.parameters(NATIONAL)
        ]
    middle = OVER_TIME.at(on=dt.date(2024, 6, 1))
    changed = {k for k, p in gn.parameters(middle).items() if p.value.citation.verification is gn.Verification.USER}
    assert changed == {f"draft-2024.{RURAL}"}


def test_periods_from_a_day_on_and_as_windows_and_plain_values_together():
    timeline = gn.reform_over_time(
        NATIONAL,
        {"deprivation_cutoff": {"2025-01-01": 2}, RURAL: {gn.Window(dt.date(2020, 1, 1), dt.date(2023, 1, 1)): 1_600_000},
         "bands[0].upper_urban_vnd": 2_100_000},
        id="mixed",
    )  # fmt: skip
    assert [(w.start, w.end) for w, _ in timeline] == [
        (dt.date(2022, 1, 1), dt.date(2023, 1, 1)),  # the window clipped to the base's
        (dt.date(2023, 1, 1), dt.date(2025, 1, 1)),
        (dt.date(2025, 1, 1), dt.date(2026, 1, 1)),  # "from that day on": to the end of the base
    ]
    values = [
        (s.bands[0].upper_rural_vnd.value, s.bands[0].upper_urban_vnd.value, s.deprivation_cutoff.value)
        for _, s in timeline
    ]
    assert values == [(1_600_000, 2_100_000, 3), (1_500_000, 2_100_000, 3), (1_500_000, 2_100_000, 2)]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({RURAL: {"2024-13-01": 1}}, "a period is 'YYYY-MM-DD.YYYY-MM-DD'"),
        ({RURAL: {"2024-01-01.2023-01-01": 1}}, "ends before it starts"),
        ({RURAL: {2024: 1}}, "a period is a text or a giamngheo.Window"),
        ({RURAL: {"2030-01-01": 1_800_000}}, "outside vn-2022-2025's window"),
        ({RURAL: {"2024-01-01.2024-12-31": 1_800_000, "2024-06-01": 1_900_000}}, "overlap"),
        ({RURAL: {}}, "give at least one period"),
        ({}, "a non-empty mapping"),
        ({"bands[9].upper_rural_vnd": {"2024-01-01": 1}}, "not a parameter of vn-2022-2025"),
        ({RURAL: {"2024-01-01": "many"}}, "give a whole number"),
    ],
)
def test_bad_reforms_over_time_are_refused(changes, words):
    with pytest.raises(gn.InvalidInput, match=words):
        gn.reform_over_time(NATIONAL, changes, id="bad")


def test_compare_and_the_batch_engine_take_a_reform_over_time():
    households = [gn.Household(id=f"H{i}", area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_500_000 + i * 100_000, deprived=TWO) for i in range(5)]  # fmt: skip
    during = gn.compare(households, on=dt.date(2024, 6, 1), other=OVER_TIME)
    after = gn.compare(households, on=dt.date(2025, 6, 1), other=OVER_TIME)
    assert [m.household_id for m in during.moved] == ["H1", "H2", "H3"]  # 1.6, 1.7 and 1.8 million: at most the line
    assert after.moved == ()
    pytest.importorskip("pyarrow")
    from giamngheo import batch  # noqa: PLC0415

    columns = batch.Columns.from_households(households)
    result = batch.assess_columns(columns, on=dt.date(2024, 6, 1), standard=OVER_TIME)
    expected = [gn.assess(h, on=dt.date(2024, 6, 1), standard=OVER_TIME).status.value for h in households]
    assert [row["status"] for row in result.rows()] == expected


def test_a_timeline_of_something_else_is_refused():
    timeline = gn.Timeline("numbers", ((NATIONAL.window, 1),))
    household = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1)
    with pytest.raises(gn.InvalidInput, match=r"a timeline of giamngheo\.Standard"):
        gn.assess(household, on=ON, standard=timeline)
