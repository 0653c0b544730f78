"""`Columns.from_arrays` refuses impossible input (issue 15), naming the column and the household of the first bad row.

One row per reproducer of the issue, and one step inside each limit, which must pass.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn

np = pytest.importorskip("numpy")

from giamngheo import batch  # noqa: E402 - after the optional import
from giamngheo.batch import _columns  # noqa: E402
from giamngheo.batch._columns import ENUM_COLUMNS, MEMBER_BOOLEANS  # noqa: E402

ON = dt.date(2024, 10, 1)
LARGEST = 10**15


def _columns_of(**changes):
    """Two households, H1 and H2, with one member each unless the change gives the member columns."""
    arrays = {"household_id": ["H1", "H2"], "area": [0, 0], "income_num": [1_000_000, 1_000_000]}
    if any(name in changes for name, *_ in _columns.MEMBER_ARRAYS):
        arrays |= {"member_household": [0, 1], "birth_year": [1990, 1990], "birth_month": [1, 1], "birth_day": [1, 1]}
    return batch.Columns.from_arrays(**(arrays | changes))


def _member_date(year, month, day):
    return {"birth_year": [1990, year], "birth_month": [1, month], "birth_day": [1, day]}


# (what, the arrays changed, the field refused or None if accepted, the household named)
GOLDEN = [
    # enumeration codes: WaterSource has 10 members (codes 0 to 9), Latrine 7 (0 to 6)
    ("water source 50", {"water_source": [0, 50]}, "water_source", "H2"),
    ("water source 10, one past the last code", {"water_source": [0, 10]}, "water_source", "H2"),
    ("water source 9, the last code", {"water_source": [0, 9]}, None, None),
    ("water source -1, unknown", {"water_source": [-1, -1]}, None, None),
    ("water source -2", {"water_source": [-2, 0]}, "water_source", "H1"),
    ("latrine 300, once an OverflowError", {"latrine": [0, 300]}, "latrine", "H2"),
    ("latrine 300 as int64, once wrapped to 44", {"latrine": np.array([0, 300], dtype=np.int64)}, "latrine", "H2"),
    ("latrine 6, the last code", {"latrine": [0, 6]}, None, None),
    ("area 2", {"area": [2, 0]}, "area", "H1"),
    ("sex 2", {"member_household": [0, 1], "sex": [0, 2]}, "sex", "H2"),
    ("sex 1", {"member_household": [0, 1], "sex": [0, 1]}, None, None),
    # booleans and device bits
    ("loudspeaker 2", {"hears_loudspeaker": [1, 2]}, "hears_loudspeaker", "H2"),
    ("loudspeaker 1", {"hears_loudspeaker": [1, 0]}, None, None),
    ("loudspeaker as numpy booleans", {"hears_loudspeaker": np.array([True, False])}, None, None),
    ("insurance 2", {"member_household": [0, 1], "has_health_insurance": [2, 0]}, "has_health_insurance", "H1"),
    ("devices 64, a bit no device has", {"devices": [0, 64]}, "devices", "H2"),
    ("devices 63, every device", {"devices": [0, 63]}, None, None),
    ("has_dwelling 2", {"has_dwelling": [1, 2]}, "has_dwelling", "H2"),
    ("has_dwelling as 0 and 1", {"has_dwelling": [1, 0]}, None, None),
    # floor area
    ("floor area -10 m²", {"floor_num": [20, -10], "floor_den": [1, 1]}, "floor_num", "H2"),
    ("floor area 20/-1 m²", {"floor_num": [20, 20], "floor_den": [1, -1]}, "floor_den", "H2"),
    ("floor area 0 m²", {"floor_num": [0, 20], "floor_den": [1, 1]}, None, None),
    ("floor area unknown (den 0)", {"floor_num": [0, 0], "floor_den": [0, 0]}, None, None),
    # size: a household has at least one member
    ("size 0", {"size": [1, 0]}, "size", "H2"),
    ("size 1", {"size": [1, 1]}, None, None),
    ("size -1, unknown", {"size": [-1, 1]}, None, None),
    ("size -2", {"size": [-2, 1]}, "size", "H1"),
    # money: integer VND, never through a float, at most 10**15 as a cell
    ("income 1.5 as floats, once truncated to 1", {"income_num": np.array([1.5, 1.0])}, "income_num", None),
    ("income 1.0 as floats, whole but a float", {"income_num": [1.0, 2.0]}, "income_num", None),
    ("income as text", {"income_num": ["1", "2"]}, "income_num", None),
    ("income as booleans", {"income_num": [True, False]}, "income_num", None),
    ("income 10**20, no 64-bit integer", {"income_num": [1, 10**20]}, "income_num", None),
    ("income 10**15 + 1", {"income_num": [1, LARGEST + 1]}, "income_num", "H2"),
    ("income 10**15", {"income_num": [1, LARGEST]}, None, None),
    ("income 0", {"income_num": [0, 0]}, None, None),
    ("income -1, unknown", {"income_num": [-1, 0]}, None, None),
    ("income -2", {"income_num": [-2, 0]}, "income_num", "H1"),
    ("income denominator 0", {"income_den": [1, 0]}, "income_den", "H2"),
    ("income denominator 12", {"income_den": [1, 12]}, None, None),
    ("income as a table", {"income_num": [[1, 1], [1, 1]]}, "income_num", None),
    # birth dates: month 1 to 12, a day the month has, -1 in all three for unknown
    ("birth month 13", _member_date(2000, 13, 1), "birth_month", "H2"),
    ("birth month 12", _member_date(2000, 12, 1), None, None),
    ("birth month 0", _member_date(2000, 0, 1), "birth_month", "H2"),
    ("birth day 32", _member_date(2000, 1, 32), "birth_day", "H2"),
    ("31 January", _member_date(2000, 1, 31), None, None),
    ("31 April", _member_date(2000, 4, 31), "birth_day", "H2"),
    ("30 February 2023", _member_date(2023, 2, 30), "birth_day", "H2"),
    ("29 February 2023, no leap year", _member_date(2023, 2, 29), "birth_day", "H2"),
    ("29 February 2024, a leap year", _member_date(2024, 2, 29), None, None),
    ("29 February 1900, no leap year (a century)", _member_date(1900, 2, 29), "birth_day", "H2"),
    ("29 February 2000, a leap year (400 years)", _member_date(2000, 2, 29), None, None),
    ("birth year 0", _member_date(0, 1, 1), "birth_year", "H2"),
    ("birth year 10000", _member_date(10000, 1, 1), "birth_year", "H2"),
    ("birth date unknown", _member_date(-1, -1, -1), None, None),
    ("birth month unknown, year and day known", _member_date(2000, -1, 1), "birth_month", "H2"),
    ("birth year known only", _member_date(2000, -1, -1), "birth_month", "H2"),
    ("birth month as floats", {"birth_month": [1.0, 2.0]}, "birth_month", None),
    # member_household
    ("member household as floats", {"member_household": [0.0, 1.0]}, "member_household", None),
]


@pytest.mark.parametrize(("changes", "field", "household"), [row[1:] for row in GOLDEN], ids=[row[0] for row in GOLDEN])
def test_from_arrays_refuses_impossible_input(changes, field, household):
    if field is None:
        columns = _columns_of(**changes)
        assert 2 == len(columns)
        assert [None, None] == columns.errors.tolist()
        return
    with pytest.raises(gn.InvalidInput) as caught:
        _columns_of(**changes)
    assert field == caught.value.field
    assert household == caught.value.household


def test_the_messages_say_what_was_expected():
    cases = [
        (
            {"water_source": [0, 50]},
            "household 'H2': water_source: must be a WaterSource code 0 to 9 or -1 (unknown), got 50",
        ),
        ({"size": [1, 0]}, "size: must be 1 to 1,000,000,000,000,000 or -1 (unknown), got 0"),
        ({"floor_num": [-10, 0], "floor_den": [1, 0]}, "floor_num: must be 0 to 1,000,000,000,000,000, got -10"),
        (
            {"income_num": np.array([1.5, 1.0])},
            "income_num: must be an array of integers (exact, at most 64 bits), got float64",
        ),
        (_member_date(2000, 13, 1), "birth_month: must be 1 to 12 or -1 (unknown), got 13"),
        (_member_date(2023, 2, 29), "household 'H2': birth_day: must be 1 to 28 in 2023-02, got 29"),
        (
            _member_date(2000, -1, 5),
            "birth_month: must be -1 (unknown) in all of birth_year, birth_month, birth_day or in none, got 2000, -1, 5",
        ),
    ]
    for changes, message in cases:
        with pytest.raises(gn.InvalidInput) as caught:
            _columns_of(**changes)
        assert message in str(caught.value)


@pytest.mark.parametrize("name", sorted(ENUM_COLUMNS))
def test_every_enumeration_takes_its_last_code_and_refuses_the_next(name):
    last = len(ENUM_COLUMNS[name]) - 1
    _columns_of(member_household=[0, 1], **{name: [0, last]})
    with pytest.raises(gn.InvalidInput) as caught:
        _columns_of(member_household=[0, 1], **{name: [0, last + 1]})
    assert (name, "H2") == (caught.value.field, caught.value.household)


@pytest.mark.parametrize("name", [*MEMBER_BOOLEANS, "hears_loudspeaker", "waste_collected"])
def test_every_boolean_takes_0_1_and_unknown_and_refuses_2(name):
    assert [1, -1] == getattr(_columns_of(member_household=[0, 1], **{name: [1, -1]}), name).tolist()
    with pytest.raises(gn.InvalidInput) as caught:
        _columns_of(member_household=[0, 1], **{name: [0, 2]})
    assert name == caught.value.field


def test_a_bad_member_names_its_household_even_before_the_members_are_sorted():
    with pytest.raises(gn.InvalidInput) as caught:
        batch.Columns.from_arrays(
            household_id=["H1", "H2"],
            area=[0, 0],
            income_num=[1, 1],
            member_household=[1, 0, 0],
            birth_year=[2023, 2000, 2000],
            birth_month=[2, 1, 1],
            birth_day=[29, 1, 1],
        )
    assert ("birth_day", "H2") == (caught.value.field, caught.value.household)


def test_empty_members_and_empty_lists_pass():
    columns = batch.Columns.from_arrays(household_id=["H1"], area=[0], income_num=[1], member_household=[], sex=[])
    assert 0 == columns.members


def test_a_repeated_household_id_is_the_error_of_every_copy_not_a_status():
    # not raised: Columns.from_rows passes its repeated ids here and reports them row by row
    columns = _columns_of(household_id=["X", "Y", "X"], area=[0, 0, 0], income_num=[1, 1, 1])
    assert [("household_id", "X"), None, ("household_id", "X")] == [
        None if e is None else (e.field, e.household) for e in columns.errors.tolist()
    ]
    assert "appears 2 times (rows 1, 3, from 1)" in str(columns.errors[0])
    result = batch.assess_columns(columns, on=ON)
    assert 2 == result.failed


@pytest.mark.parametrize(
    "ids",
    [["B", "A", "C"], ["A", "B", "C"], [1, 2, 3], ["A", None, "B"]],
    ids=["unsorted", "sorted", "numbers", "none"],
)
def test_distinct_ids_have_no_error(ids):
    columns = _columns_of(household_id=ids, area=[0, 0, 0], income_num=[1, 1, 1])
    assert [None, None, None] == columns.errors.tolist()


def test_the_limit_on_money_is_the_cells_limit():
    from giamngheo.batch import _parse  # noqa: PLC0415

    assert _parse._LARGEST == _columns.LARGEST
