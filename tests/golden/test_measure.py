"""Golden Alkire-Foster cases computed by hand, and the national preset.

Method: Alkire and Foster (2011); the global MPI weights: OPHI/UNDP methodological notes.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F  # noqa: N817 - golden tables read better with F(1, 2)

import pytest

import giamngheo as gn
from giamngheo import measure

# Four households, indicators a (1/2), b (1/4), c (1/4), k = 1/2.
SPEC = measure.AFSpec.of("hand", {"a": "1/2", "b": "1/4", "c": "1/4"}, k="1/2")
SAMPLE = measure.AFSample.of(
    [{"a"}, {"b", "c"}, {"b"}, set()],
    ids=["h1", "h2", "h3", "h4"],
    persons=[4, 2, 3, 1],
    groups={"commune": ["X", "X", "Y", "Y"]},
)


def test_households():
    r = measure.alkire_foster(SAMPLE, SPEC)
    # scores: h1 1/2 (poor), h2 1/2 (poor), h3 1/4, h4 0 → H = 2/4; A = (1/2 + 1/2) / 2 = 1/2; M0 = 1/4
    assert (F(1, 2), F(1, 2), F(1, 4)) == (r.H, r.A, r.M0)
    # uncensored: a 1/4, b 2/4, c 1/4; censored (poor only): a 1/4, b 1/4, c 1/4
    assert (("a", F(1, 4)), ("b", F(1, 2)), ("c", F(1, 4))) == r.uncensored
    assert (("a", F(1, 4)), ("b", F(1, 4)), ("c", F(1, 4))) == r.censored
    # contributions w × h(k): a 1/8, b 1/16, c 1/16 → 1/4 = M0; shares 1/2, 1/4, 1/4
    assert (("a", F(1, 8)), ("b", F(1, 16)), ("c", F(1, 16))) == r.contribution
    assert (("a", F(1, 2)), ("b", F(1, 4)), ("c", F(1, 4))) == r.share


def test_persons():
    r = measure.alkire_foster(SAMPLE, SPEC, unit="persons")
    # 10 persons; poor: h1 (4) and h2 (2) → H = 6/10; A = 1/2; M0 = 3/10
    assert (F(10), F(6), F(3, 5), F(1, 2), F(3, 10)) == (r.population, r.poor, r.H, r.A, r.M0)


def test_several_cutoffs():
    low, high = measure.alkire_foster(SAMPLE, SPEC, k=["1/4", "3/4"])
    # k = 1/4: h1, h2, h3 poor → H = 3/4, A = (1/2 + 1/2 + 1/4) / 3 = 5/12; k = 3/4: nobody
    assert (F(3, 4), F(5, 12)) == (low.H, low.A)
    assert (F(0), F(0), F(0)) == (high.H, high.A, high.M0)
    assert all(s is None for _, s in high.share)


def test_subgroups_add_up():
    by = measure.alkire_foster(SAMPLE, SPEC, by="commune")
    # X: h1, h2 both poor → M0_X = 1/2; Y: nobody poor → 0; shares 1/2 each → M0 = 1/4
    assert (F(1, 2), F(0)) == (by["X"].M0, by["Y"].M0)
    assert (F(1, 2), F(1, 2)) == (by["X"].population_share, by["Y"].population_share)
    assert measure.alkire_foster(SAMPLE, SPEC).M0 == sum(g.population_share * g.M0 for g in by.values())


def test_survey_weights():
    weighted = measure.AFSample.of([{"a"}, set()], weights=["3", "1"])
    r = measure.alkire_foster(weighted, SPEC)
    # weight 3 poor of 4 → H = 3/4, A = 1/2
    assert (F(3, 4), F(1, 2)) == (r.H, r.A)


def test_the_boundary_is_exact():
    # six indicators of 1/6: a float sum of six 1/6 is 0.9999999999999999 < 1; the exact sum is 1
    spec = measure.AFSpec.of("six", dict.fromkeys("abcdef", "1/6"), k=1)
    r = measure.alkire_foster(measure.AFSample.of([set("abcdef")]), spec)
    assert F(1) == r.H


def test_national_preset():
    standard = gn.standard_in_force(on=dt.date(2024, 1, 1))
    spec = measure.national_spec(standard)
    # NĐ 07/2021/NĐ-CP: 12 indicators, cut-off 3 → weights 1/12, k = 3/12
    assert (12, F(1, 12), F(1, 4)) == (len(spec.weights), spec.weights[0][1], spec.k)
    ids = [i.id for i in standard.indicators]
    sample = measure.AFSample.of([ids[:3], ids[:2]])
    assert F(1, 2) == measure.alkire_foster(sample, spec).H


def test_national_preset_needs_indicators():
    with pytest.raises(gn.InvalidInput, match="income only"):
        measure.national_spec(gn.standard_in_force(on=dt.date(2012, 1, 1)))


def test_global_mpi_weights_add_up_to_one_nested():
    weights = dict(measure.GLOBAL_MPI.weights)
    assert F(1, 3) == weights["nutrition"] + weights["child_mortality"]
    assert F(1, 3) == sum(weights[j] for j in ("cooking_fuel", "sanitation", "drinking_water", "electricity", "housing", "assets"))
    assert F(1, 3) == measure.GLOBAL_MPI.k


def test_headcount_of_statuses():
    sample = measure.AFSample.of(
        [set(), set(), set(), set()],
        statuses=[gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.NOT_POOR, gn.Status.POOR],
        persons=[5, 1, 1, 3],
        groups={"area": ["rural", "rural", "urban", "urban"]},
    )
    assert F(1, 2) == measure.headcount(sample)
    assert F(8, 10) == measure.headcount(sample, unit="persons")
    assert F(3, 4) == measure.headcount(sample, {gn.Status.POOR, gn.Status.NEAR_POOR})
    assert {"rural": F(1, 2), "urban": F(1, 2)} == measure.headcount(sample, by="area")


def test_change_over_time():
    before = measure.alkire_foster(SAMPLE, SPEC)
    after = measure.alkire_foster(measure.AFSample.of([{"a"}, set(), set(), set()]), SPEC)
    c = measure.change(before, after, years=2)
    # H 1/2 → 1/4: absolute -1/4, relative -1/2, -1/8 a year
    assert (F(-1, 4), F(-1, 2)) == (dict(c.absolute)["H"], dict(c.relative)["H"])
    assert F(-1, 8) == c.annualised_absolute("H")


@pytest.mark.parametrize(
    ("weights", "k", "match"),
    [
        ({"a": "1/2", "b": "1/3"}, "1/2", "add up to exactly 1"),
        ({"a": 0.5, "b": 0.5}, "1/2", "must be exact"),
        ({"a": "1/2", "b": "1/2"}, "0", "positive"),
        ({"a": "1/2", "b": "1/2"}, "3/2", "at most 1"),
    ],
)
def test_specs_are_checked(weights, k, match):
    with pytest.raises(gn.InvalidInput, match=match):
        measure.AFSpec.of("bad", weights, k=k)


def test_an_indicator_the_spec_does_not_weigh_is_refused():
    with pytest.raises(gn.InvalidInput, match="not an indicator of hand") as error:
        measure.alkire_foster(measure.AFSample.of([{"a"}, {"water"}], ids=["h1", "h2"]), SPEC)
    assert "h2" == error.value.household


@pytest.mark.parametrize("dates", [(dt.date(2024, 1, 1), dt.date(2024, 1, 1)), (dt.date(2025, 1, 1), dt.date(2024, 1, 1))])
def test_change_needs_dates_in_order(dates):
    r = measure.alkire_foster(SAMPLE, SPEC)
    with pytest.raises(gn.InvalidInput, match="later date"):
        measure.change(r, r, dates=dates)


def test_infinite_weights_are_refused():
    with pytest.raises(gn.InvalidInput, match="not an exact number"):
        measure.AFSpec.of("inf", {"a": "Infinity"}, k="1/2")


def test_as_dict_rounds_exactly_to_every_allowed_number_of_places():
    """Rounded for display, exactly and half to even, up to 30 places (the context's 28 digits do not limit it)."""
    from decimal import Decimal  # noqa: PLC0415

    spec = measure.AFSpec.of("demo", {"a": "1/2", "b": "1/2"}, k="1/2")
    result = measure.alkire_foster(measure.AFSample.of([{"a"}, set(), set()]), spec)
    assert result.H == F(1, 3)
    assert result.as_dict(decimals=30)["H"] == Decimal("0." + "3" * 30)
    assert result.as_dict(decimals=2)["H"] == Decimal("0.33")
    assert result.as_dict(decimals=0)["M0"] == Decimal(0)
