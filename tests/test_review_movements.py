"""Movements between last year's list and this year's review: one household per category, and the errors.

The categories are those of the movement tables (biểu tổng hợp diễn biến hộ nghèo / hộ cận nghèo) as giamngheo
reads them (see ``docs/review.md``): the forms' own column instructions have not been read.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn
from giamngheo import review
from giamngheo.review import Arrival, Departure, Movement, Record

P, N, M, X = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR


def rec(hid, status, persons=3, commune="C1"):
    return Record(household_id=hid, status=status, persons=persons, commune=commune)


PREVIOUS = [
    rec("stay-poor", P, 4),
    rec("poor-to-near", P),
    rec("poor-escaped", P),
    rec("poor-moved-away", P, 2),
    rec("stay-near", N, 5),
    rec("near-to-poor", N),
    rec("near-escaped", N),
    rec("near-dissolved", N, 1),
    rec("near-to-poor-formerly-poor", N),
]
CURRENT = [
    rec("stay-poor", P, 5),  # one more person
    rec("poor-to-near", N),
    rec("poor-escaped", M),
    rec("stay-near", N, 4),  # one fewer person
    rec("near-to-poor", P),
    rec("near-escaped", X),
    rec("near-to-poor-formerly-poor", P),
    rec("new-poor", P),
    rec("new-near", N),
    rec("returned-poor", P, 6),
    rec("moved-in-poor", P),
    rec("new-not-listed", X),
]
DEPARTURES = {"poor-moved-away": Departure.MOVED_AWAY, "near-dissolved": Departure.DISSOLVED}
ARRIVALS = {"moved-in-poor": Arrival.MOVED_IN}
FORMERLY_POOR = {"returned-poor", "near-to-poor-formerly-poor"}


@pytest.fixture(scope="module")
def moves():
    return review.movements(
        PREVIOUS, CURRENT, departures=DEPARTURES, arrivals=ARRIVALS, formerly_poor=FORMERLY_POOR
    )


CASES = [
    # (household, movement on the poor list, movement on the near-poor list)
    ("stay-poor", Movement.STAYED, Movement.NOT_LISTED),
    # thoát nghèo, chuyển thành hộ cận nghèo
    ("poor-to-near", Movement.TO_OTHER_LIST, Movement.FROM_OTHER_LIST),
    # thoát nghèo, vượt chuẩn cận nghèo
    ("poor-escaped", Movement.ESCAPED, Movement.NOT_LISTED),
    # giảm khác
    ("poor-moved-away", Movement.OTHER_DECREASE, Movement.NOT_LISTED),
    ("stay-near", Movement.NOT_LISTED, Movement.STAYED),
    # cận nghèo chuyển thành hộ nghèo
    ("near-to-poor", Movement.FROM_OTHER_LIST, Movement.TO_OTHER_LIST),
    ("near-escaped", Movement.NOT_LISTED, Movement.ESCAPED),
    ("near-dissolved", Movement.NOT_LISTED, Movement.OTHER_DECREASE),
    # a transfer between the lists is one, whatever the household's earlier history
    ("near-to-poor-formerly-poor", Movement.FROM_OTHER_LIST, Movement.TO_OTHER_LIST),
    # phát sinh mới
    ("new-poor", Movement.NEW, Movement.NOT_LISTED),
    ("new-near", Movement.NOT_LISTED, Movement.NEW),
    # tái nghèo
    ("returned-poor", Movement.RETURNED, Movement.NOT_LISTED),
    # tăng khác
    ("moved-in-poor", Movement.OTHER_INCREASE, Movement.NOT_LISTED),
    ("new-not-listed", Movement.NOT_LISTED, Movement.NOT_LISTED),
]


@pytest.mark.parametrize(("hid", "poor", "near"), CASES)
def test_each_category(moves, hid, poor, near):
    t = moves.transition(hid)
    assert (poor, near) == (t.poor, t.near_poor)


def test_every_household_once_previous_first(moves):
    expected = [r.household_id for r in PREVIOUS] + [
        r.household_id for r in CURRENT if r.household_id not in {p.household_id for p in PREVIOUS}
    ]
    assert expected == [t.household_id for t in moves]


def test_poor_balance(moves):
    b = moves.balance(P).check()
    # start: stay-poor 4, poor-to-near 3, poor-escaped 3, poor-moved-away 2 → 4 households, 12 persons
    assert gn.review.Counts(4, 12) == b.start
    # decreases: to near-poor 1 (3), escaped 1 (3), other 1 (2); no persons lost by stay-poor
    assert [(Movement.TO_OTHER_LIST, (1, 3)), (Movement.ESCAPED, (1, 3)), (Movement.OTHER_DECREASE, (1, 2))] == [
        (m, (c.households, c.persons)) for m, c in b.decreases
    ]
    # increases: new 1 (3); returned 1 (6); from near-poor 2 (3 + 3); other: moved-in 1 (3) and +1 person of stay-poor
    assert [
        (Movement.NEW, (1, 3)),
        (Movement.RETURNED, (1, 6)),
        (Movement.FROM_OTHER_LIST, (2, 6)),
        (Movement.OTHER_INCREASE, (1, 4)),
    ] == [(m, (c.households, c.persons)) for m, c in b.increases]
    # end: stay-poor 5, near-to-poor 3, near-to-poor-formerly-poor 3, new-poor 3, returned 6, moved-in 3
    assert gn.review.Counts(6, 23) == b.end


def test_near_poor_balance(moves):
    b = moves.balance(N).check()
    assert (gn.review.Counts(5, 15), gn.review.Counts(3, 10)) == (b.start, b.end)
    # stay-near lost one person: counted with the other decreases of persons, not of households
    assert gn.review.Counts(1, 2) == b.count(Movement.OTHER_DECREASE)


def test_start_figure_of_last_years_report_is_checked(moves):
    with pytest.raises(review.BalanceError) as error:
        moves.balance(P).check(start=gn.review.Counts(5, 12))
    assert ("households", P) == (error.value.what, error.value.list_status)


def test_describe_in_both_languages(moves):
    t = moves.transition("poor-to-near")
    assert "hộ nghèo → hộ cận nghèo" in t.describe("vi")
    assert "escaped poverty, now near-poor" in t.describe("en")


def test_of_lists_households_by_movement(moves):
    assert ["returned-poor"] == [t.household_id for t in moves.of(P, Movement.RETURNED)]


ERRORS = [
    # each row: the previous list, the current list, departures, arrivals; then the field and household named
    ([rec("a", P)], [], {}, {}, "current", "a"),  # no result, no departure
    ([rec("a", P), rec("a", N)], [rec("a", P)], {}, {}, "previous[1].household_id", "a"),
    ([rec("a", P)], [rec("a", P), rec("a", N)], {}, {}, "current[1].household_id", "a"),
    ([rec("a", M)], [rec("a", P)], {}, {}, "previous.status", "a"),
    ([rec("a", P)], [rec("a", P)], {"a": Departure.MOVED_AWAY}, {}, "departures", "a"),
    ([], [rec("a", P)], {"b": Departure.OTHER}, {}, "departures", "b"),
    ([rec("a", P)], [rec("a", P)], {}, {"a": Arrival.MOVED_IN}, "arrivals", "a"),
    ([], [], {}, {"z": Arrival.SPLIT}, "arrivals", "z"),
    ([rec("a", P)], [], {"a": "moved_away"}, {}, "departures", "a"),
]


@pytest.mark.parametrize("case", ERRORS)
def test_errors_name_the_field_and_household(case):
    previous, current, departures, arrivals, field, household = case
    with pytest.raises(gn.InvalidInput) as error:
        review.movements(previous, current, departures=departures, arrivals=arrivals)
    assert (field, household) == (error.value.field, error.value.household)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"household_id": "", "status": P, "persons": 1}, "household_id"),
        ({"household_id": "a", "status": "poorish", "persons": 1}, "status"),
        ({"household_id": "a", "status": gn.Status.UNDETERMINED, "persons": 1}, "status"),
        ({"household_id": "a", "status": P, "persons": 0}, "persons"),
        ({"household_id": "a", "status": P, "persons": True}, "persons"),
        ({"household_id": "a", "status": P, "persons": 2, "groups": "veteran"}, "groups"),
        ({"household_id": "a", "status": P, "persons": 2, "commune": 25741}, "commune"),
    ],
)
def test_records_are_validated(kwargs, field):
    with pytest.raises(gn.InvalidInput) as error:
        Record(**kwargs)
    assert field == error.value.field


def test_record_from_assessment():
    hh = gn.Household(
        id="H1", area="rural", income_per_capita_monthly_vnd=1_000_000, size=4, deprived={"water", "health_insurance", "housing_area"}
    )
    r = Record.from_assessment(gn.assess(hh, on=dt.date(2024, 10, 1)), groups={"ethnic_minority"})
    assert (P, 4, frozenset({review.Group.ETHNIC_MINORITY})) == (r.status, r.persons, r.groups)


def test_record_from_assessment_needs_an_id():
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000, size=4)
    with pytest.raises(gn.InvalidInput, match="needs an id"):
        Record.from_assessment(gn.assess(hh, on=dt.date(2024, 10, 1)))
