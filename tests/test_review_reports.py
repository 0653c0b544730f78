"""The summary tables of the review report, on a small two-commune fixture counted by hand.

The fixture: two wards of Thủ Dầu Một (district 718, Bình Dương 74) as they were on 2024-01-01, 25741 Phường Hiệp
Thành ("A") and 25744 Phường Phú Lợi ("B"). Last year's list (PREVIOUS) holds seven households; this year's review
(CURRENT) eleven; A4 moved away, B4 moved in, B5 was poor before the start of the period. Every golden figure
below is a hand count of the fixture, written next to the households it counts.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

import giamngheo as gn
from giamngheo._errors import InvalidInput
from giamngheo._model import Status, Text
from giamngheo.review._breakdowns import deprivation_table, group_table, household_list
from giamngheo.review._movements import BalanceError, Movement, Movements, Transition, movements
from giamngheo.review._records import Arrival, Departure, Group, Record
from giamngheo.review._reports import movement_table, results_table, review_report
from giamngheo.review._table import LAYOUT_NOTE, Column, ColumnKind, Report, Table

A, B = "25741", "25744"
ON = dt.date(2024, 1, 1)
P, N, M, X = Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR
STANDARD = gn.standard_in_force(on=ON)  # NĐ 07/2021/NĐ-CP, vn-2022-2025
HOUSEHOLDS_TOTAL = {A: 100, B: 80}  # invented totals of resident households
D = Decimal


def record(hid, status, persons, commune, deprived=(), groups=()):  # noqa: PLR0917 - fixture rows read as a table
    return Record(
        hid,
        status,
        persons,
        commune=commune,
        district="718",
        province="74",
        deprived=frozenset(deprived),
        groups=frozenset(groups),
    )


PREVIOUS = [
    record("A1", P, 4, A),
    record("A2", P, 3, A),
    record("A3", N, 5, A),
    record("A4", P, 2, A),  # moved away
    record("B1", P, 6, B),
    record("B2", N, 4, B),
    record("B3", N, 2, B),
]
CURRENT = [
    record("A1", P, 5, A, {"employment", "health_insurance", "water"}, {Group.ETHNIC_MINORITY}),  # stayed, +1 person
    record("A2", N, 3, A, {"nutrition"}, {Group.SOCIAL_PROTECTION}),  # poor → near-poor
    record("A3", M, 5, A),  # near-poor → middle
    record("A5", P, 2, A, {"employment", "telecom"}, {Group.ETHNIC_MINORITY, Group.NO_LABOUR_CAPACITY}),  # new
    record("A6", X, 3, A, (), {Group.ETHNIC_MINORITY}),  # never listed: its group is not counted
    record("B1", P, 6, B, {"health_insurance", "housing_quality"}, {Group.MERITORIOUS_SERVICE}),  # stayed
    record("B2", P, 4, B, {"employment", "adult_education", "sanitation"}),  # near-poor → poor
    record("B3", X, 2, B),  # near-poor → none
    record("B4", N, 3, B, {"water"}, {Group.SOCIAL_PROTECTION}),  # moved in
    record("B5", P, 1, B, {"information_devices"}),  # returned (formerly poor)
    record("B6", N, 2, B),  # newly near-poor
]


def fixture_movements() -> Movements:
    return movements(
        PREVIOUS,
        CURRENT,
        departures={"A4": Departure.MOVED_AWAY},
        arrivals={"B4": Arrival.MOVED_IN},
        formerly_poor={"B5"},
    )


def body(table: Table) -> list[tuple]:
    """The rows without the unit names."""
    return [(row[0], *row[2:]) for row in table.rows]


def full_report() -> Report:
    return review_report(
        CURRENT, standard=STANDARD, movements=fixture_movements(), households_total=HOUSEHOLDS_TOTAL, on=ON
    )


# --- results -----------------------------------------------------------------------------------------------------


def test_results_table_golden():
    table = results_table(CURRENT, households_total=HOUSEHOLDS_TOTAL, on=ON)
    expected = [
        # A: poor A1 (5) + A5 (2); near-poor A2 (3); middle A3; rates 2/100, 1/100
        (A, 100, 2, 7, D("2.00"), 1, 3, D("1.00"), 1),
        # B: poor B1 (6) + B2 (4) + B5 (1); near-poor B4 (3) + B6 (2); rates 3/80, 2/80
        (B, 80, 3, 11, D("3.75"), 2, 5, D("2.50"), 0),
        # total: the sums; rates recomputed 5/180 = 2.777… and 3/180 = 1.666…, not 2.00 + 3.75
        ("", 180, 5, 18, D("2.78"), 3, 8, D("1.67"), 1),
    ]
    assert expected == body(table)
    assert "results" == table.id
    assert "Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo" == table.template.vi
    assert (A, B) == table.units
    assert D("2.78") == table.total("poor_rate")
    assert 11 == table.value(B, "poor_persons")


def test_results_table_header_starts_with_unit_code_and_name():
    table = results_table(CURRENT)
    assert ("mã đơn vị", "tên đơn vị") == table.header("vi")[:2]
    assert ("unit code", "unit name") == table.header("en")[:2]
    assert [ColumnKind.TEXT, ColumnKind.TEXT] == [c.kind for c in table.columns[:2]]


def test_results_without_households_total_has_no_rates():
    table = results_table(CURRENT)
    # no denominator: total households and both rates are empty, the counts are as in the golden table
    assert [(A, None, 2, 7, None, 1, 3, None, 1), (B, None, 3, 11, None, 2, 5, None, 0)] == body(table)[:2]
    assert None is table.total("households")
    assert None is table.total("poor_rate")


def test_rates_round_half_up():
    records = [record("A1", P, 1, A)]
    # 1/800 = 0.125 %, exactly half a hundredth: half up gives 0.13 (half even would give 0.12)
    assert D("0.13") == results_table(records, households_total={A: 800}).value(A, "poor_rate")
    # 1/300 = 0.333… %
    assert D("0.33") == results_table(records, households_total={A: 300}).value(A, "poor_rate")


def test_results_unit_only_in_households_total_gets_a_row_of_zeros():
    table = results_table(CURRENT, households_total={**HOUSEHOLDS_TOTAL, "25747": 20})
    # 25747 has no record: its row comes after the units of the records
    assert (A, B, "25747") == table.units
    assert ("25747", 20, 0, 0, D("0.00"), 0, 0, D("0.00"), 0) == body(table)[2]
    assert 200 == table.total("households")  # 100 + 80 + 20


def test_households_total_below_the_records_is_invalid():
    with pytest.raises(InvalidInput) as info:
        results_table(CURRENT, households_total={A: 4, B: 80})  # A has 5 records
    assert "households_total" == info.value.field
    assert A in str(info.value)


def test_households_total_missing_a_unit_is_invalid():
    with pytest.raises(InvalidInput) as info:
        results_table(CURRENT, households_total={A: 100})
    assert "households_total" == info.value.field
    assert B in str(info.value)


def test_unit_names_from_the_administrative_units():
    table = results_table(CURRENT, on=ON)
    # the GSO list in force on 2024-01-01 (tests/test_units.py)
    assert ["Phường Hiệp Thành", "Phường Phú Lợi", "Tổng cộng"] == [row[1] for row in table.rows]
    assert "Total" == table.cells("en")[-1][1]
    assert "Tổng cộng" == table.as_dicts("vi")[-1]["tên đơn vị"]
    # without a date, no names
    assert ["", "", "Tổng cộng"] == [row[1] for row in results_table(CURRENT).rows]


def test_unknown_unit_code_has_an_empty_name():
    table = results_table([record("A1", P, 1, "99999"), record("A2", P, 1, "not-a-code")], on=ON)
    assert ["", ""] == [row[1] for row in table.rows[:-1]]


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        # every household is in district 718 and province 74: one unit, equal to the total
        ("district", [("718", "Thành phố Thủ Dầu Một"), ("", "Tổng cộng")]),
        ("province", [("74", "Tỉnh Bình Dương"), ("", "Tổng cộng")]),
    ],
)
def test_levels(level, expected):
    table = results_table(CURRENT, level=level, on=ON)
    assert expected == [row[:2] for row in table.rows]
    assert table.rows[0][2:] == table.rows[1][2:]


def test_missing_unit_code_names_the_field_and_household():
    records = [*CURRENT, Record("Z9", P, 2, commune=A)]  # no district
    with pytest.raises(InvalidInput) as info:
        results_table(records, level="district")
    assert ("district", "Z9") == (info.value.field, info.value.household)
    with pytest.raises(InvalidInput) as info:
        group_table([Record("Z8", N, 2)])
    assert ("commune", "Z8") == (info.value.field, info.value.household)


def test_unknown_level_is_invalid():
    with pytest.raises(InvalidInput) as info:
        results_table(CURRENT, level="ward")
    assert "level" == info.value.field


def test_duplicate_household_is_invalid():
    with pytest.raises(InvalidInput) as info:
        results_table([*CURRENT, CURRENT[0]])
    assert "A1" == info.value.household


# --- movements ---------------------------------------------------------------------------------------------------

# Columns after the code: start, to other list, escaped, other decrease, total decrease, new, returned,
# from other list, other increase, total increase, end.


def test_poor_movements_households_golden():
    table = movement_table(fixture_movements(), P)
    expected = [
        # A: start A1 A2 A4; A2 → near-poor, A4 moved away; A5 new; end A1 A5
        (A, 3, 1, 0, 1, 2, 1, 0, 0, 0, 1, 2),
        # B: start B1; B5 returned, B2 from near-poor; end B1 B2 B5
        (B, 1, 0, 0, 0, 0, 0, 1, 1, 0, 2, 3),
        ("", 4, 1, 0, 1, 2, 1, 1, 1, 0, 3, 5),  # sums of A and B
    ]
    assert expected == body(table)
    assert "poor_movements_households" == table.id
    assert "Tổng hợp diễn biến hộ nghèo" == table.template.vi


def test_poor_movements_persons_golden():
    table = movement_table(fixture_movements(), P, what="persons")
    expected = [
        # A: start 4+3+2; A2 3 persons, A4 2; A5 2; A1 grew from 4 to 5: +1 other increase; end 5+2
        (A, 9, 3, 0, 2, 5, 2, 0, 0, 1, 3, 7),
        # B: start 6; B5 1 returned, B2 4 from near-poor; end 6+4+1
        (B, 6, 0, 0, 0, 0, 0, 1, 4, 0, 5, 11),
        ("", 15, 3, 0, 2, 5, 2, 1, 4, 1, 8, 18),  # sums of A and B
    ]
    assert expected == body(table)


def test_near_poor_movements_golden():
    households = movement_table(fixture_movements(), N)
    persons = movement_table(fixture_movements(), N, what="persons")
    assert [
        # A: start A3; A3 escaped; A2 from poor; end A2
        (A, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1),
        # B: start B2 B3; B2 → poor, B3 escaped; B6 new, B4 moved in; end B4 B6
        (B, 2, 1, 1, 0, 2, 1, 0, 0, 1, 2, 2),
        ("", 3, 1, 2, 0, 3, 1, 0, 1, 1, 3, 3),
    ] == body(households)
    assert [
        (A, 5, 0, 5, 0, 5, 0, 0, 3, 0, 3, 3),  # A3 5 persons out, A2 3 in
        (B, 6, 4, 2, 0, 6, 2, 0, 0, 3, 5, 5),  # B2 4 and B3 2 out, B6 2 and B4 3 in
        ("", 11, 4, 7, 0, 11, 2, 0, 3, 3, 8, 8),
    ] == body(persons)
    assert "near_poor_movements_persons" == persons.id
    assert "Tổng hợp diễn biến hộ cận nghèo" == persons.template.vi


def test_movement_columns_are_labelled_by_movement():
    table = movement_table(fixture_movements(), N)
    assert Movement.TO_OTHER_LIST.label("vi", N) == table.column("to_other_list").label.vi
    assert Movement.RETURNED.label("en", N) == table.column("returned").label.en


def test_movement_rows_balance_and_end_matches_results():
    results = results_table(CURRENT)
    for status, prefix in ((P, "poor"), (N, "near_poor")):
        for what in ("households", "persons"):
            table = movement_table(fixture_movements(), status, what=what)
            for unit in (*table.units, ""):
                start, end = table.value(unit, "start"), table.value(unit, "end")
                assert end == start - table.value(unit, "decreases") + table.value(unit, "increases")
                expected = results.value(unit, f"{prefix}_{what}")
                assert expected == end


def test_unbalanced_movements_cannot_make_a_table():
    after = record("Q1", P, 2, A)
    # a household "stayed" on the poor list without being on it at the start: the end is not start - down + up
    broken = Movements((Transition("Q1", None, after, None, None, Movement.STAYED, Movement.NOT_LISTED),))
    with pytest.raises(BalanceError):
        movement_table(broken, P)


def test_movement_table_unit_code_missing():
    moves = movements([], [Record("Z1", P, 1, commune=A)])
    with pytest.raises(InvalidInput) as info:
        movement_table(moves, P, level="province")
    assert ("province", "Z1") == (info.value.field, info.value.household)


def test_movement_table_arguments():
    with pytest.raises(InvalidInput) as info:
        movement_table(fixture_movements(), M)
    assert "list_status" == info.value.field
    with pytest.raises(InvalidInput) as info:
        movement_table(fixture_movements(), P, what="people")
    assert "what" == info.value.field


# --- deprivations ------------------------------------------------------------------------------------------------


def test_deprivation_columns_follow_the_standard():
    table = deprivation_table(CURRENT, P, STANDARD)
    ids = tuple(i.id for i in STANDARD.indicators)
    assert ("unit", "unit_name", "households", *ids, "deprivations") == tuple(c.key for c in table.columns)
    assert [i.name for i in STANDARD.indicators] == [c.label for c in table.columns[3:-1]]
    # NĐ 07/2021, Điều 3: employment first, information devices last, twelve indicators
    assert "vn-2022-2025" == STANDARD.id
    assert ("employment", "information_devices", 12) == (ids[0], ids[-1], len(ids))


def test_poor_deprivations_golden():
    table = deprivation_table(CURRENT, P, STANDARD, on=ON)
    # columns: households, employment, dependants, nutrition, health_insurance, adult_education,
    # school_attendance, housing_quality, housing_area, water, sanitation, telecom, information_devices, total
    assert [
        # A1 employment, health insurance, water; A5 employment, telecom
        (A, 2, 2, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 5),
        # B1 health insurance, housing quality; B2 employment, adult education, sanitation; B5 devices
        (B, 3, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 6),
        ("", 5, 3, 0, 0, 2, 1, 0, 1, 0, 1, 1, 1, 1, 11),  # sums
    ] == body(table)
    assert "Phân tích các chỉ số thiếu hụt dịch vụ xã hội cơ bản của hộ nghèo" == table.template.vi


def test_poor_deprivation_rates_golden():
    table = deprivation_table(CURRENT, P, STANDARD, rates=True)
    z, third, fifth = D("0.00"), D("33.33"), D("20.00")
    assert [
        (A, 2, D("100.00"), z, z, D("50.00"), z, z, z, z, D("50.00"), z, D("50.00"), z, 5),  # of A's 2 poor
        (B, 3, third, z, z, third, third, z, third, z, z, third, z, third, 6),  # 1 of B's 3 poor each
        # recomputed on the 5 poor households of the total: 3/5, 2/5, 1/5; not the sums of the rates
        ("", 5, D("60.00"), z, z, D("40.00"), fifth, z, fifth, z, fifth, fifth, fifth, fifth, 11),
    ] == body(table)
    assert "poor_deprivation_rates" == table.id
    assert "Phân tích tỷ lệ các chỉ số thiếu hụt dịch vụ xã hội cơ bản của hộ nghèo" == table.template.vi
    assert {ColumnKind.RATE} == {c.kind for c in table.columns[3:-1]}


def test_near_poor_deprivations_golden():
    counts = deprivation_table(CURRENT, N, STANDARD)
    rates = deprivation_table(CURRENT, N, STANDARD, rates=True)
    # A2 nutrition; B4 water, B6 none
    keys = ("households", "nutrition", "water", "deprivations")
    assert [(A, 1, 1, 0, 1), (B, 2, 0, 1, 1), ("", 3, 1, 1, 2)] == [
        (u, *(counts.value(u, k) for k in keys)) for u in (A, B, "")
    ]
    # 1/1, 1/2, and 1/3 on the total
    assert [D("100.00"), D("0.00"), D("33.33")] == [rates.value(u, "nutrition") for u in (A, B, "")]
    assert [D("0.00"), D("50.00"), D("33.33")] == [rates.value(u, "water") for u in (A, B, "")]
    assert "Phân tích các chỉ số thiếu hụt dịch vụ xã hội cơ bản của hộ cận nghèo" == counts.template.vi


def test_deprivation_rates_without_households_are_empty():
    records = [CURRENT[0], CURRENT[5]]  # A1 and B1: poor, no near-poor household anywhere
    table = deprivation_table(records, N, STANDARD, rates=True)
    assert [(A, 0), (B, 0), ("", 0)] == [(row[0], row[2]) for row in table.rows]
    assert {None} == {cell for row in table.rows for cell in row[3:-1]}


def test_unknown_indicator_names_the_household():
    records = [*CURRENT, record("Z2", P, 1, B, {"employment", "bogus"})]
    with pytest.raises(InvalidInput) as info:
        deprivation_table(records, P, STANDARD)
    assert ("deprived", "Z2") == (info.value.field, info.value.household)
    assert "bogus" in str(info.value)
    with pytest.raises(InvalidInput) as info:
        household_list(records, P, standard=STANDARD)
    assert "Z2" == info.value.household


def test_deprivation_table_status_is_poor_or_near_poor():
    with pytest.raises(InvalidInput) as info:
        deprivation_table(CURRENT, M, STANDARD)
    assert "status" == info.value.field


# --- groups ------------------------------------------------------------------------------------------------------


def test_group_table_golden():
    table = group_table(CURRENT)
    keys = [c.key for c in table.columns[2:]]
    assert [
        "poor_households",
        *(f"poor_{g.value}" for g in Group),
        "near_poor_households",
        *(f"near_poor_{g.value}" for g in Group),
    ] == keys
    # groups in enum order: ethnic minority, no labour capacity, meritorious service, social protection
    assert [
        # poor A1 (ethnic), A5 (ethnic, no labour); near-poor A2 (social); A6 is not listed: not counted
        (A, 2, 2, 1, 0, 0, 1, 0, 0, 0, 1),
        # poor B1 (meritorious), B2, B5; near-poor B4 (social), B6
        (B, 3, 0, 0, 1, 0, 2, 0, 0, 0, 1),
        ("", 5, 2, 1, 1, 0, 3, 0, 0, 0, 2),  # sums
    ] == body(table)
    assert "Phân tích hộ nghèo, hộ cận nghèo theo các nhóm đối tượng" == table.template.vi


# --- totals ------------------------------------------------------------------------------------------------------


def test_every_count_total_is_the_sum_of_the_units():
    report = full_report()
    checked = 0
    for table in report.tables:
        for column in table.columns:
            if column.kind is ColumnKind.COUNT:
                expected = sum(table.value(unit, column.key) for unit in table.units)
                assert expected == table.total(column.key), (table.id, column.key)
                checked += 1
    assert checked > 50


def test_every_rate_total_is_recomputed_from_the_total_counts():
    report = full_report()
    results = report.table("results")
    for key, count in (("poor_rate", "poor_households"), ("near_poor_rate", "near_poor_households")):
        # the exact quotient, rounded half up by hand: 5/180 = 2.777… → 2.78, 3/180 = 1.666… → 1.67
        quotient = D(results.total(count)) * 100 / D(results.total("households"))
        assert quotient.quantize(D("0.01"), ROUND_HALF_UP) == results.total(key)
    for prefix in ("poor", "near_poor"):
        counts, rates = report.table(f"{prefix}_deprivations"), report.table(f"{prefix}_deprivation_rates")
        for indicator in STANDARD.indicators:
            quotient = D(counts.total(indicator.id)) * 100 / D(counts.total("households"))
            assert quotient.quantize(D("0.01"), ROUND_HALF_UP) == rates.total(indicator.id)


# --- household lists ---------------------------------------------------------------------------------------------


def test_household_list_without_names_has_no_name_column():
    table = household_list(CURRENT, P)
    assert ("household_id", "commune", "persons", "deprivations", "deprived", "groups") == tuple(
        c.key for c in table.columns
    )
    assert "họ tên chủ hộ" not in table.header("vi")
    assert not table.has_total
    # the poor of CURRENT in their order; ids sorted without a standard
    assert [
        ("A1", A, 5, 3, "employment; health_insurance; water", "hộ dân tộc thiểu số"),
        ("A5", A, 2, 2, "employment; telecom", "hộ dân tộc thiểu số; hộ không có khả năng lao động"),
        ("B1", B, 6, 2, "health_insurance; housing_quality", "hộ có người có công với cách mạng"),
        ("B2", B, 4, 3, "adult_education; employment; sanitation", ""),
        ("B5", B, 1, 1, "information_devices", ""),
    ] == list(table.rows)
    assert "poor_list" == table.id
    assert "Danh sách chi tiết hộ nghèo" == table.template.vi


def test_household_list_with_names_and_standard():
    table = household_list(CURRENT, N, names={"A2": "Trần Thị B"}, standard=STANDARD, lang="en")
    assert ("mã hộ", "họ tên chủ hộ") == table.header("vi")[:2]
    assert "head of household" == table.header("en")[1]
    assert [
        ("A2", "Trần Thị B", A, 3, 1, "Nutrition", "social-protection beneficiary"),
        ("B4", None, B, 3, 1, "Domestic water source", "social-protection beneficiary"),  # no name given: empty
        ("B6", None, B, 2, 0, "", ""),
    ] == list(table.rows)
    assert "near_poor_list" == table.id
    assert ("A2", "B4", "B6") == table.units
    with pytest.raises(InvalidInput):
        table.total("persons")


def test_report_has_no_names():
    report = full_report()
    cells = {cell for table in report.tables for row in table.rows for cell in row}
    assert not any(isinstance(c, str) and "Trần" in c for c in cells)
    assert all("head_of_household" not in [c.key for c in t.columns] for t in report.tables)


# --- the report --------------------------------------------------------------------------------------------------


def test_review_report_tables():
    report = full_report()
    assert (
        "results",
        "poor_movements_households",
        "poor_movements_persons",
        "near_poor_movements_households",
        "near_poor_movements_persons",
        "poor_deprivations",
        "poor_deprivation_rates",
        "near_poor_deprivations",
        "near_poor_deprivation_rates",
        "groups",
    ) == tuple(t.id for t in report.tables)
    assert all(LAYOUT_NOTE in t.notes for t in report.tables)
    assert body(results_table(CURRENT, households_total=HOUSEHOLDS_TOTAL)) == body(report.table("results"))
    without = review_report(CURRENT, standard=STANDARD)
    assert "poor_movements_households" not in [t.id for t in without.tables]
    with pytest.raises(InvalidInput) as info:
        report.table("nope")
    assert "id" == info.value.field


def test_review_report_rejects_movements_of_other_records():
    with pytest.raises(InvalidInput) as info:
        review_report(CURRENT[:-1], standard=STANDARD, movements=fixture_movements())
    assert ("movements", "B6") == (info.value.field, info.value.household)


def test_report_to_csv_writes_one_file_per_table(tmp_path):
    report = full_report()
    paths = report.to_csv(tmp_path / "out")
    assert [tmp_path / "out" / f"{t.id}.csv" for t in report.tables] == list(paths)
    assert all(p.is_file() for p in paths)


def test_table_value_errors():
    table = results_table(CURRENT)
    with pytest.raises(InvalidInput) as info:
        table.value("00000", "poor_households")
    assert "unit" == info.value.field
    with pytest.raises(InvalidInput) as info:
        table.value(A, "poor")
    assert "key" == info.value.field


def test_table_checks_its_shape():
    unit = Column("unit", Text("mã đơn vị", "unit code"), ColumnKind.TEXT)
    name = Column("unit_name", Text("tên đơn vị", "unit name"), ColumnKind.TEXT)
    with pytest.raises(InvalidInput):  # a row too short
        Table("t", Text("t", "t"), None, (unit, name), (("", "Tổng cộng", 1),))
    with pytest.raises(InvalidInput):  # no total row
        Table("t", Text("t", "t"), None, (unit, name), ((A, "x"),))
    with pytest.raises(InvalidInput):  # an id that cannot name a file
        Table("../t", Text("t", "t"), None, (unit, name), (("", "Tổng cộng"),))
    with pytest.raises(InvalidInput):  # a float
        Table("t", Text("t", "t"), None, (unit,), ((0.5,),), has_total=False)
    with pytest.raises(InvalidInput):  # two tables with one id
        Report((results_table(CURRENT), results_table(CURRENT)))
