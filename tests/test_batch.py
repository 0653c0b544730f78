"""The batch engine's input, output and errors: no row is dropped or reordered, every error names its field."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

import giamngheo as gn

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

from giamngheo import batch, measure  # noqa: E402 - after the optional imports
from giamngheo._checks import date_reason  # noqa: E402
from giamngheo.batch._schema import DWELLING_COLUMNS  # noqa: E402

ON = dt.date(2024, 10, 1)
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "giamngheo" / "data" / "sample"


def _assess(households, members=None, **kw):
    return batch.assess_columns(batch.Columns.from_rows(households, members), on=ON, **kw)


def _errors(result):
    return [(None if e is None else (e.field, e.household)) for e in result.errors]


def test_every_row_comes_out_in_order_with_its_result_or_error():
    rows = [
        # NĐ 07/2021 Điều 3: 1,500,000 VND rural with 3 deprivations is poor
        {
            "household_id": "A",
            "area": "rural",
            "income_per_capita_monthly_vnd": "1500000",
            "deprived": "water;telecom;nutrition",
        },
        {"household_id": "B", "area": "urban", "income_per_capita_monthly_vnd": "-5"},
        {"household_id": "C", "area": "urban", "income_per_capita_monthly_vnd": "2000001"},
        {"household_id": "D", "area": "suburb", "income_per_capita_monthly_vnd": "100"},
        {"household_id": "E", "income_per_capita_monthly_vnd": "100"},
        {"household_id": "F", "area": "rural"},
        {
            "household_id": "G",
            "area": "rural",
            "income_per_capita_monthly_vnd": "1",
            "income_yearly_vnd": "12",
            "size": "1",
        },
        {"household_id": "H", "area": "rural", "income_per_capita_monthly_vnd": "1", "deprived": "no_such_indicator"},
    ]
    result = _assess(rows)
    assert ["A", "B", "C", "D", "E", "F", "G", "H"] == result.household_id.tolist()
    assert [gn.Status.POOR, None, gn.Status.MIDDLE, None, None, None, None, None] == result.statuses()
    assert [
        None,
        ("income_per_capita_monthly_vnd", "B"),
        None,
        ("area", "D"),
        ("area", "E"),
        ("income_per_capita_monthly_vnd", "F"),
        ("income_yearly_vnd", "G"),
        ("deprived", "H"),
    ] == _errors(result)
    assert 6 == result.failed
    assert not result.ok


def test_duplicate_ids_are_reported_on_every_copy():
    rows = [{"household_id": h, "area": "rural", "income_per_capita_monthly_vnd": "1"} for h in ("X", "Y", "X")]
    result = _assess(rows)
    assert [("household_id", "X"), None, ("household_id", "X")] == _errors(result)
    assert "appears 2 times (rows 1, 3, from 1)" in str(result.errors[0])


def test_members_without_household_are_orphans_not_dropped():
    households = [{"household_id": "H1", "area": "rural", "income_per_capita_monthly_vnd": "1000000"}]
    members = [
        {"household_id": "H1", "birth_date": "1990-01-01", "has_health_insurance": "true"},
        {"household_id": "H9", "birth_date": "1990-01-01"},
    ]
    result = _assess(households, members)
    assert [batch.Orphan(1, "H9")] == list(result.orphans)
    assert not result.ok
    assert 0 == result.failed


def test_a_bad_member_cell_is_the_error_of_its_household_naming_the_member():
    households = [
        {"household_id": "H1", "area": "rural", "income_per_capita_monthly_vnd": "1000000"},
        {"household_id": "H2", "area": "rural", "income_per_capita_monthly_vnd": "1000000"},
    ]
    members = [
        {"household_id": "H2", "birth_date": "1990-01-01"},
        {"household_id": "H1", "birth_date": "1990-01-01"},
        {"household_id": "H2", "birth_date": "1990-02-30"},
        {"household_id": "H1", "sex": "unknown"},
    ]
    assert [("members[1].sex", "H1"), ("members[1].birth_date", "H2")] == _errors(_assess(households, members))


def test_member_born_after_the_date_is_refused_like_the_scalar_path():
    households = [{"household_id": "H1", "area": "rural", "income_per_capita_monthly_vnd": "1"}]
    members = [{"household_id": "H1", "birth_date": "2000-01-01"}, {"household_id": "H1", "birth_date": "2024-10-02"}]
    assert [("members[1].birth_date", "H1")] == _errors(_assess(households, members))


def test_size_must_match_the_members_listed():
    households = [{"household_id": "H1", "area": "rural", "income_per_capita_monthly_vnd": "1", "size": "3"}]
    members = [{"household_id": "H1"}, {"household_id": "H1"}]
    assert [("size", "H1")] == _errors(_assess(households, members))


def test_unknown_column_is_refused_naming_it_with_the_closest_name():
    with pytest.raises(
        gn.InvalidInput, match=r"unknown column\(s\) 'incom' \(did you mean 'income_per_capita_monthly_vnd'\?\)"
    ):
        batch.Columns.from_rows([{"household_id": "H", "incom": "1"}])
    with pytest.raises(gn.InvalidInput, match=r"'deprivd' \(did you mean 'deprived'\?\)"):
        batch.Columns.from_rows([{"household_id": "H", "deprivd": ""}])


def test_vietnamese_labels_are_read_like_the_codes():
    rows = [
        {"household_id": "A", "area": "nông thôn", "income_per_capita_monthly_vnd": "1", "wall": "Bền chắc"},
        {"household_id": "B", "area": "rural", "income_per_capita_monthly_vnd": "1", "wall": "durable"},
    ]
    columns = batch.Columns.from_rows(rows)
    assert columns.area.tolist() == [0, 0]
    assert columns.wall.tolist() == [0, 0]
    assert list(columns.errors) == [None, None]


def test_float_floor_area_is_refused_as_the_scalar_path_does():
    rows = [{"household_id": "H", "area": "rural", "income_per_capita_monthly_vnd": 1, "floor_area_m2": 35.5}]
    assert [("dwelling.floor_area_m2", "H")] == _errors(_assess(rows))


def test_yearly_income_uses_the_members_listed_exactly():
    # 12 × 1,500,000 × 3 = 54,000,000 VND a year for 3 members is 1,500,000 a month per person: on the line
    households = [{"household_id": "H", "area": "rural", "income_yearly_vnd": "54000000", "deprived": ""}]
    members = [{"household_id": "H", "has_health_insurance": "false", "birth_date": "1980-01-01"}] * 3
    result = _assess(households, members)
    assert [gn.Status.UNDETERMINED] == result.statuses()  # poor or near-poor: the other facts are unknown
    # one VND more a year is above the line: the middle band, whatever the deprivations (NĐ 07/2021 Điều 3 khoản 2)
    one_more = _assess([{**households[0], "income_yearly_vnd": "54000001"}], members)
    assert [gn.Status.MIDDLE] == one_more.statuses()


def test_columns_and_scalar_households_agree_on_the_sample():
    households = pd.read_csv(SAMPLE / "households.csv", dtype=str, keep_default_na=False).head(300)
    members = pd.read_csv(SAMPLE / "members.csv", dtype=str, keep_default_na=False)
    members = members[members.household_id.isin(set(households.household_id))]
    columns = batch.Columns.from_rows(households, members)
    result = batch.assess_columns(columns, on=ON)
    for i in range(len(columns)):
        a = gn.assess(columns.household(i), on=ON)
        ids = result.indicator_ids
        assert (a.status, a.deprived) == (
            result.statuses()[i],
            frozenset(ids[k] for k in range(len(ids)) if result.deprived[i, k]),
        ), columns.household_id[i]


def test_counts_by_district_sum_to_the_total():
    households = pd.read_csv(SAMPLE / "households.csv", dtype=str, keep_default_na=False)
    members = pd.read_csv(SAMPLE / "members.csv", dtype=str, keep_default_na=False)
    result = batch.assess_columns(batch.Columns.from_rows(households, members), on=ON)
    by_district = result.counts(by="district")
    total = result.counts()[None]
    assert 9 == len(by_district)
    for key in total:
        assert total[key] == sum(row[key] for row in by_district.values())
    assert len(households) == sum(total.values())


def test_a_rule_without_a_vectorised_twin_is_decided_by_the_scalar_path():
    standard = gn.standard_in_force(on=ON)
    water = standard.indicator("water")
    renamed = attrs.evolve(water.rule, name="my_water_rule")
    custom = attrs.evolve(
        standard,
        id="custom",
        indicators=tuple(attrs.evolve(i, rule=renamed) if i.id == "water" else i for i in standard.indicators),
    )
    households = [
        {"household_id": "H", "area": "rural", "income_per_capita_monthly_vnd": "1", "water_source": "surface_water"}
    ]
    result = _assess(households, standard=custom)
    assert result.deprived[0, result.indicator_ids.index("water")]


def test_to_frame_and_rows_have_the_cli_columns():
    result = _assess([{"household_id": "A", "area": "rural", "income_per_capita_monthly_vnd": "3000000"}])
    frame = result.to_frame()
    assert ["household_id", "status", "deprivation_count", "deprived", "undetermined", "standard", "error"] == list(
        frame.columns
    )
    assert ["not_poor"] == frame.status.tolist()


def test_from_arrays_checks_lengths_and_names():
    with pytest.raises(gn.InvalidInput, match="not a column"):
        batch.Columns.from_arrays(household_id=["a"], incomes=[1])
    with pytest.raises(gn.InvalidInput, match="has 2 values for 1 households"):
        batch.Columns.from_arrays(household_id=["a"], area=[0, 1])
    with pytest.raises(gn.InvalidInput, match="indices must be from 0 to 0"):
        batch.Columns.from_arrays(household_id=["a"], member_household=[1])


def test_from_arrays_sorts_members_by_household_keeping_their_order():
    cols = batch.Columns.from_arrays(
        household_id=["a", "b"],
        area=[0, 0],
        income_num=[1, 1],
        member_household=[1, 0, 1],
        birth_year=[2001, 2000, 2002],
        birth_month=[1, 1, 1],
        birth_day=[1, 1, 1],
    )
    assert [0, 1, 1] == cols.member_household.tolist()
    assert [2000, 2001, 2002] == cols.birth_year.tolist()


def test_schema_lists_every_column():
    text = batch.render_schema()
    for column in batch.HOUSEHOLD_COLUMNS + batch.MEMBER_COLUMNS:
        assert column.name in text


def test_measure_sample_from_a_batch_result():
    households = pd.read_csv(SAMPLE / "households.csv", dtype=str, keep_default_na=False)
    members = pd.read_csv(SAMPLE / "members.csv", dtype=str, keep_default_na=False)
    result = batch.assess_columns(batch.Columns.from_rows(households, members), on=ON)
    sample = measure.AFSample.from_batch(result)
    assert len(households) - result.failed == len(sample)
    assert {"commune", "district", "area"} == {k for k, _ in sample.groups}
    # persons are the members listed, or the size of households that state their deprivations
    listed = members.groupby("household_id").size()
    first = households.household_id[0]
    assert listed[first] == sample.persons[sample.ids.index(first)]
    spec = measure.national_spec(result.standard)
    whole = measure.alkire_foster(sample, spec)
    by = measure.alkire_foster(sample, spec, by="district")
    assert whole.M0 == sum((g.population_share * g.M0 for g in by.values()), Fraction(0))
    poor = sum(1 for s in result.statuses() if s is gn.Status.POOR)
    assert Fraction(poor, len(sample)) == measure.headcount(sample)


@pytest.mark.parametrize(
    ("cells", "field"),
    [
        # -1 is a value, not "unknown": refused as the scalar Household refuses it
        ({"size": "-1", "income_per_capita_monthly_vnd": "1"}, "size"),
        ({"income_per_capita_monthly_vnd": "-1"}, "income_per_capita_monthly_vnd"),
        ({"income_yearly_vnd": "-1", "size": "2"}, "income_yearly_vnd"),
        # out of range: one row's error, never the whole batch's
        ({"income_per_capita_monthly_vnd": "99999999999999999999"}, "income_per_capita_monthly_vnd"),
        ({"income_per_capita_monthly_vnd": "1", "floor_area_m2": "1e30"}, "dwelling.floor_area_m2"),
        ({"income_per_capita_monthly_vnd": "1", "floor_area_m2": "Infinity"}, "dwelling.floor_area_m2"),
        (
            {"income_per_capita_monthly_vnd": "1", "floor_area_m2": "35.1234567890123456789012"},
            "dwelling.floor_area_m2",
        ),
        # a commune code read as a number has lost its leading zeros
        ({"income_per_capita_monthly_vnd": "1", "commune": 4}, "commune"),
    ],
)
def test_bad_cells_are_errors_of_their_row_only(cells, field):
    rows = [
        {"household_id": "bad", "area": "rural", **cells},
        {"household_id": "ok", "area": "rural", "income_per_capita_monthly_vnd": "1"},
    ]
    result = _assess(rows)
    assert [(field, "bad"), None] == _errors(result)


def test_whole_floats_from_pandas_are_exact():
    # pandas reads a column with empty cells as floats: 45.0 is exactly 45 m²
    rows = [
        {
            "household_id": "h",
            "area": "rural",
            "income_per_capita_monthly_vnd": 1.0,
            "floor_area_m2": 45.0,
            "wall": "durable",
        }
    ]
    columns = batch.Columns.from_rows(rows)
    assert (45, 1) == (columns.floor_num[0], columns.floor_den[0])


def test_member_ids_are_carried_to_the_scalar_household():
    columns = batch.Columns.from_rows(
        [{"household_id": "H", "area": "rural", "income_per_capita_monthly_vnd": "1"}],
        [{"household_id": "H", "member_id": "M7", "birth_date": "2010-01-01", "has_health_insurance": "false"}],
    )
    assert ["M7"] == [m.id for m in columns.household(0).members]


def test_dwelling_columns_are_household_columns():
    names = {c.name for c in batch.HOUSEHOLD_COLUMNS}
    assert set(DWELLING_COLUMNS) <= names


@pytest.mark.parametrize("cell", ["2021-02-29", "2021-13-01", "01/02/2020", "2020-1-5"])
def test_a_date_arrow_would_roll_over_or_misread_is_an_error(cell):
    """Arrow reads plain dates at once; one that is not a date (29 February 2021) is never rolled to 1 March."""
    households = [{"household_id": "H", "area": "rural", "income_per_capita_monthly_vnd": "1"}]
    members = [{"household_id": "H", "birth_date": "1990-01-01"}, {"household_id": "H", "birth_date": cell}]
    (error,) = batch.Columns.from_rows(households, members).errors
    assert ("members[1].birth_date", date_reason(cell)) == (error.field, error.text)
