"""Laws of the annual review, checked with Hypothesis.

- Every household of either list comes out of :func:`movements` exactly once, with at most one decrease or
  increase per list, and the lists' order never changes the classification.
- The balance identity holds for every unit and for the total, for households and for persons:
  ``end == start - decreases + increases``, and the end counted from this year's records agrees.
- Report totals equal the sum of their units; exported tables read back with the same numbers.
- Scores: a higher income score never gives a poorer status, a higher deprivation score never a better one.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import review
from giamngheo.review import Arrival, Departure, Movement, Record
from giamngheo.testing import ReviewCase, review_cases, score_cases

P, N = gn.Status.POOR, gn.Status.NEAR_POOR
STANDARD = gn.standard_in_force(on=dt.date(2023, 1, 1))

_PINNED = ReviewCase(
    previous=(Record(household_id="H0", status=P, persons=3, commune="C1"),),
    current=(Record(household_id="H0", status=N, persons=2, commune="C2"),),
    departures={},
    arrivals={},
    formerly_poor=frozenset(),
    formerly_near_poor=frozenset({"H0"}),
)
_PINNED_LEFT = ReviewCase(
    previous=(Record(household_id="H0", status=N, persons=1, commune="C1"),),
    current=(Record(household_id="H1", status=P, persons=4, commune="C1"),),
    departures={"H0": Departure.DISSOLVED},
    arrivals={"H1": Arrival.SPLIT},
    formerly_poor=frozenset({"H1"}),
    formerly_near_poor=frozenset(),
)


@given(review_cases())
@example(_PINNED)
@example(_PINNED_LEFT)
def test_every_household_comes_out_once(case):
    moves = case.movements()
    ids = [t.household_id for t in moves]
    assert sorted(ids) == sorted({r.household_id for r in case.previous + case.current})
    assert len(ids) == len(set(ids))
    for t in moves:
        for list_status in (P, N):
            m = t.movement(list_status)
            was = t.before is not None and t.before.status is list_status
            now = t.after is not None and t.after.status is list_status
            assert (was and now) == (m is Movement.STAYED)
            assert (was and not now) == m.is_decrease
            assert (now and not was) == m.is_increase


@given(review_cases(), st.randoms(use_true_random=False))
@example(_PINNED, __import__("random").Random(0))
def test_order_of_the_lists_does_not_matter(case, rnd):
    shuffled_previous, shuffled_current = list(case.previous), list(case.current)
    rnd.shuffle(shuffled_previous)
    rnd.shuffle(shuffled_current)
    a = {t.household_id: (t.poor, t.near_poor) for t in case.movements()}
    b = {
        t.household_id: (t.poor, t.near_poor)
        for t in review.movements(
            shuffled_previous,
            shuffled_current,
            departures=case.departures,
            arrivals=case.arrivals,
            formerly_poor=case.formerly_poor,
            formerly_near_poor=case.formerly_near_poor,
        )
    }
    assert a == b


@given(review_cases())
@example(_PINNED)
@example(_PINNED_LEFT)
def test_balance_identity_per_unit_and_in_total(case):
    moves = case.movements()
    for list_status in (P, N):
        for by in (review.by_commune, review.by_district, review.by_province):
            units = moves.balances(list_status, by=by)  # each checked
            total = moves.balance(list_status).check()
            for what in ("households", "persons"):
                assert getattr(total.start, what) == sum(getattr(u.start, what) for u in units)
                assert getattr(total.end, what) == sum(getattr(u.end, what) for u in units)
        # the end, counted independently from this year's records
        end = [r for r in case.current if r.status is list_status]
        total = moves.balance(list_status)
        assert (len(end), sum(r.persons for r in end)) == (total.end.households, total.end.persons)
        start = [r for r in case.previous if r.status is list_status]
        assert (len(start), sum(r.persons for r in start)) == (total.start.households, total.start.persons)


def _counts(table):
    kinds = {c.key: c.kind for c in table.columns}
    return [c.key for c in table.columns if kinds[c.key] is review.ColumnKind.COUNT]


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(review_cases(), st.sampled_from(("commune", "district", "province")))
@example(_PINNED, "commune")
def test_report_totals_are_the_sum_of_their_units(case, level):
    moves = case.movements()
    report = review.review_report(case.current, standard=STANDARD, movements=moves, level=level)
    for table in report.tables:
        for key in _counts(table):
            values = [table.value(u, key) for u in table.units]
            if table.total(key) is None:  # a count not given (total households without the figures)
                assert all(v is None for v in values), (table.id, key)
            else:
                assert table.total(key) == sum(v or 0 for v in values), (table.id, key)
    # the results table counts every record once
    results = report.table("results")
    by_status = Counter(r.status for r in case.current)
    assert by_status[P] == results.total("poor_households")
    assert by_status[N] == results.total("near_poor_households")


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None)
@given(review_cases(max_households=12))
def test_csv_export_reads_back_the_same_numbers(tmp_path_factory, case):
    report = review.review_report(case.current, standard=STANDARD, movements=case.movements())
    directory = tmp_path_factory.mktemp("csv")
    for path in report.to_csv(directory):
        table = report.table(path.stem)
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert list(table.header("vi")) == rows[0]
        counts = {i for i, c in enumerate(table.columns) if c.kind is review.ColumnKind.COUNT}
        for expected, got in zip(table.cells("vi"), rows[1:], strict=True):
            assert [expected[i] for i in sorted(counts)] == [int(got[i]) if got[i] else None for i in sorted(counts)]


@given(score_cases(), st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
@example((gn.Area.RURAL, 140, 30, dt.date(2024, 1, 1)), 1, 0)
@example((gn.Area.URBAN, 175, 29, dt.date(2020, 1, 1)), 0, 1)
def test_scores_are_monotone(case, more_income, more_deprivation):
    area, income, deprivation, on = case
    base = review.score(area, income, deprivation_score=deprivation, on=on).status
    richer = review.score(area, income + more_income, deprivation_score=deprivation, on=on).status
    deprived = review.score(area, income, deprivation_score=deprivation + more_deprivation, on=on).status
    assert richer.rank >= base.rank
    assert deprived.rank <= base.rank


@given(score_cases())
def test_score_status_is_a_listed_or_not_poor(case):
    area, income, deprivation, on = case
    s = review.score(area, income, deprivation_score=deprivation, on=on)
    assert s.status in (P, N, gn.Status.NOT_POOR)
    assert s.rule.window.start <= on < s.rule.window.end


@given(review_cases())
@example(_PINNED)
def test_a_transfer_between_the_lists_is_counted_alike_in_both_tables(case):
    moves = case.movements()
    poor, near = moves.balance(P), moves.balance(N)
    assert poor.count(Movement.FROM_OTHER_LIST).households == near.count(Movement.TO_OTHER_LIST).households
    assert near.count(Movement.FROM_OTHER_LIST).households == poor.count(Movement.TO_OTHER_LIST).households
