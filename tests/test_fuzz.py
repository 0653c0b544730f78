"""Fuzzing every public entry point with hostile input: only ``GiamngheoError``, and never more than 2 s (issue 15).

Each test draws values a web form, a spreadsheet or a hostile user could send (wrong types, huge and tiny numbers,
exponents, NaN, deep nesting, half surrogate pairs, mutated files) and asserts that the call either returns or
raises a :class:`giamngheo.GiamngheoError`. Sized for CI; ``GIAMNGHEO_FUZZ_EXAMPLES=20000`` runs longer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import json
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import measure, review

EXAMPLES = int(os.environ.get("GIAMNGHEO_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=2000,  # a hang is a failure: 2 s per input at most
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    derandomize=EXAMPLES <= 150,  # the same inputs on every CI run; a long run explores
)
ROOT = Path(__file__).resolve().parents[1]
STANDARD = (ROOT / "examples" / "standards" / "binh-duong-2022-2025-option-1.toml").read_text(encoding="utf-8")
ON = dt.date(2024, 10, 1)

HOSTILE_TEXT = st.sampled_from(
    [
        "1e99999999", "-1e99999999", "9" * 4301, "1/0", "0/0", "NaN", "inf", "-0", "1,5", "35.5", "=SUM(A1)",
        "S\ud800", "", " ", "true", "false", "[]", "{}", "null", "2000-02-30", "2000-01-01 garbage", "\x00",
    ]
)  # fmt: skip
#: Decimals and fractions built from integers (Hypothesis's own strategies for them take several times as long to
#: draw, and every test draws hundreds of values), with the non-finite decimals.
DECIMALS = st.sampled_from([Decimal("NaN"), Decimal("-sNaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0")]) | st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(exponent), st.integers(-(10**12), 10**12), st.integers(-40, 40)
)
FRACTIONS = st.builds(Fraction, st.integers(), st.integers(min_value=1))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    DECIMALS,
    FRACTIONS,
    st.complex_numbers(),
    st.text(max_size=20),
    HOSTILE_TEXT,
    st.binary(max_size=8),
    st.dates(),
)
#: Any value, nested two deep at most (lists and mappings of values, lists of lists): JSONISH nests deeper, for the
#: readers of documents. Written out rather than ``st.recursive``, which takes three times as long to draw.
VALUES = (
    SCALARS
    | st.lists(SCALARS, max_size=3)
    | st.dictionaries(st.text(max_size=5), SCALARS, max_size=3)
    | st.lists(st.lists(SCALARS, max_size=2), max_size=2)
    | st.dictionaries(st.text(max_size=5), st.lists(SCALARS, max_size=2), max_size=2)
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12) | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
MEMBER_FIELDS = ["id", "birth_date", "sex", "education", "employment", "nutrition", "has_health_insurance", "disability"]
DWELLING_FIELDS = ["floor_area_m2", "wall", "column", "roof", "water_source", "latrine", "devices", "waste_collected"]
HOUSEHOLD_FIELDS = ["id", "area", "commune", "income_per_capita_monthly_vnd", "income_yearly_vnd", "size", "deprived"]


def _only_ours(call: Any, *args: Any, **kwargs: Any) -> None:
    with contextlib.suppress(gn.GiamngheoError):  # anything else fails the test
        call(*args, **kwargs)


def _kwargs(fields: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(st.sampled_from(fields), VALUES, max_size=4)


@FUZZ
@given(_kwargs(MEMBER_FIELDS))
def test_member(kwargs: dict[str, Any]) -> None:
    _only_ours(gn.Member, **kwargs)


@FUZZ
@given(_kwargs(DWELLING_FIELDS))
def test_dwelling(kwargs: dict[str, Any]) -> None:
    _only_ours(gn.Dwelling, **kwargs)


@FUZZ
@given(_kwargs(HOUSEHOLD_FIELDS))
def test_household_then_assess(kwargs: dict[str, Any]) -> None:
    try:
        household = gn.Household(**kwargs)
    except gn.GiamngheoError:
        return
    _only_ours(gn.assess, household, on=ON)


@FUZZ
@given(JSONISH, st.sampled_from(["members", "dwelling", "area", "id", "income_per_capita_monthly_vnd", "deprived"]))
def test_household_json(value: object, key: str) -> None:
    document = {"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1_000_000, key: value}
    _only_ours(gn.household_from_json, json.dumps(document))


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_household_json_from_any_text(text: str | bytes) -> None:
    _only_ours(gn.household_from_json, text)


@FUZZ
@given(st.integers(min_value=0, max_value=len(STANDARD) - 1), st.integers(min_value=0, max_value=40), HOSTILE_TEXT | st.text(max_size=10))
def test_standard_file_mutated(at: int, length: int, replacement: str) -> None:
    _only_ours(gn.load_standard, text=STANDARD[:at] + replacement + STANDARD[at + length :])


@FUZZ
@given(HOSTILE_TEXT | st.text(max_size=12))
def test_standard_file_every_number_replaced(value: str) -> None:
    text = STANDARD.replace("2_000_000", value if value.strip() else '""', 1)
    _only_ours(gn.load_standard, text=text)


@FUZZ
@given(JSONISH)
def test_standard_file_as_json(value: object) -> None:
    _only_ours(gn.load_standard, text=json.dumps({"format": "giamngheo.standard", "standard": value}), syntax="json")


@FUZZ
@given(VALUES, VALUES, VALUES)
def test_review_score(area: object, income: object, deprived: object) -> None:
    _only_ours(review.score, area, income, on=ON, deprived=deprived)


@FUZZ
@given(st.dictionaries(st.text(max_size=5), VALUES, max_size=3), VALUES)
def test_measure_spec(weights: dict[str, object], k: object) -> None:
    _only_ours(measure.AFSpec.of, "x", weights, k=k)


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from([*HOUSEHOLD_FIELDS[1:], "household_id", "floor_area_m2"]), HOSTILE_TEXT | st.text(max_size=10), max_size=5), min_size=1, max_size=4))
def test_batch_rows(rows: list[dict[str, str]]) -> None:
    pytest.importorskip("pyarrow")
    from giamngheo import batch  # noqa: PLC0415

    for k, row in enumerate(rows):
        row.setdefault("household_id", f"H{k}")
    try:
        columns = batch.Columns.from_rows(rows)
    except gn.GiamngheoError:
        return
    _only_ours(batch.assess_columns, columns, on=ON)


def test_the_exact_values_fuzzed_are_exact() -> None:
    # a guard on the strategies: they do draw the kinds of value the library must refuse or read exactly
    kinds = {type(v) for v in (Decimal("NaN"), Fraction(1, 3), 1j, b"x")}
    assert kinds == {Decimal, Fraction, complex, bytes}


# --- entitlements: hostile subjects, dates, places, statuses and households ----------------------------------

DATES = st.sampled_from([ON, dt.date(2016, 3, 1), dt.date(2021, 6, 1), dt.date(2025, 8, 1), dt.date(2026, 6, 1)]) | st.dates()
CODES = st.sampled_from(["VN", "74", "79", "01", "25747", "25741", "26734", "718", "", "vn", " 79"])
STATUSES = st.sampled_from(list(gn.Status))
POOR = gn.Household(id="H1", area="rural", income_per_capita_monthly_vnd=1_000_000, deprived={"water", "telecom", "nutrition"})
IN_THE_CITY = gn.Household(id="H2", commune="25747", income_per_capita_monthly_vnd=2_500_000, size=4, deprived={"water"})
RECOGNISED = gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2022, 1, 1))
HISTORY = gn.StatusHistory(
    (
        gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2016, 1, 1), until=dt.date(2022, 1, 1)),
        gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2022, 1, 1), jurisdiction="VN"),
        gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2023, 1, 1), jurisdiction="79"),
    ),
    household_id="H3",
)
SUBJECTS = st.sampled_from([POOR, IN_THE_CITY, RECOGNISED, HISTORY, gn.assess(POOR, on=ON)])
PLACES = st.builds(
    gn.Place,
    poor_commune=st.sampled_from([None, True, False]),
    poor_district=st.sampled_from([None, True, False]),
    former_jurisdiction=st.sampled_from([None, "74", "79", "VN"]),
)
#: Keys of hostile mappings: hashable values only.
KEYS = st.none() | st.integers() | st.text(max_size=5) | HOSTILE_TEXT | st.dates() | st.fractions()
POLICY_IDS = st.sampled_from([p.id for ps in gn.POLICIES.values() for p in ps])


@FUZZ
@given(SUBJECTS | VALUES, DATES | VALUES, CODES | VALUES, PLACES | VALUES, VALUES, SUBJECTS | VALUES)
def test_entitlements_hostile_arguments(  # noqa: PLR0917 - one argument each
    subject: object, on: object, jurisdiction: object, place: object, policies: object, household: object
) -> None:
    _only_ours(gn.entitlements, subject, on=on, jurisdiction=jurisdiction, place=place)
    _only_ours(gn.entitlements, subject, on=ON, policies=policies, household=household)


@FUZZ
@given(SUBJECTS, DATES, CODES, PLACES)
def test_entitlements_of_real_subjects(subject: object, on: dt.date, jurisdiction: str, place: gn.Place) -> None:
    _only_ours(gn.entitlements, subject, on=on, jurisdiction=jurisdiction, place=place)


@FUZZ
@given(
    st.lists(
        st.fixed_dictionaries(
            {"status": STATUSES | VALUES, "since": DATES | VALUES},
            optional={"until": DATES | VALUES, "jurisdiction": CODES | VALUES, "decision": VALUES, "basis": VALUES},
        ),
        max_size=3,
    ),
    VALUES,
    DATES,
    CODES,
)
def test_entitlements_of_hostile_statuses(periods: list[dict[str, Any]], hid: object, on: dt.date, jurisdiction: str) -> None:
    try:
        history = gn.StatusHistory(tuple(gn.RecognisedStatus(**p) for p in periods), household_id=hid)  # type: ignore[arg-type]
    except gn.GiamngheoError:
        return
    _only_ours(gn.entitlements, history, on=on, jurisdiction=jurisdiction)
    _only_ours(gn.entitled, [history, *history.periods], "health-insurance-146-2018", on=on)


@FUZZ
@given(_kwargs([*HOUSEHOLD_FIELDS, "commune", "members", "dwelling"]), DATES, CODES)
def test_entitlements_of_hostile_households(kwargs: dict[str, Any], on: dt.date, jurisdiction: str) -> None:
    try:
        household = gn.Household(**kwargs)
    except gn.GiamngheoError:
        return
    _only_ours(gn.entitlements, household, on=on, jurisdiction=jurisdiction)
    _only_ours(gn.entitlements, RECOGNISED, on=on, household=household)


@FUZZ
@given(st.lists(SUBJECTS | VALUES, max_size=4) | VALUES, POLICY_IDS | VALUES, DATES | VALUES, PLACES | VALUES)
def test_entitled_hostile_arguments(subjects: object, policy_id: object, on: object, place: object) -> None:
    _only_ours(gn.entitled, subjects, policy_id, on=on, place=place)  # type: ignore[arg-type]


# --- review: records, movements, reports, meetings, the calendar ----------------------------------------------

RECORD_FIELDS = ["household_id", "status", "persons", "commune", "district", "province", "deprived", "groups", "basis"]
RECORD_VALUES = {
    "household_id": st.sampled_from(["H1", "H2", "H3", "H4"]),
    "status": st.sampled_from(["poor", "near_poor", "middle", "not_poor", *gn.Status]),
    "persons": st.integers(min_value=1, max_value=9),
    "commune": st.sampled_from(["25747", "25741", "X"]),
    "district": st.sampled_from(["718", "D"]),
    "province": st.sampled_from(["74", "79"]),
    "deprived": st.sampled_from([(), {"water"}, "water;telecom", {"water", "nutrition", "telecom"}]),
    "groups": st.sampled_from([(), {"ethnic_minority"}, "social_protection", list(review.Group)]),
    "basis": st.sampled_from([None, "income", "multidimensional"]),
}
HOSTILE_RECORDS = st.fixed_dictionaries(
    {k: RECORD_VALUES[k] | VALUES for k in ("household_id", "status", "persons")},
    optional={k: RECORD_VALUES[k] | VALUES for k in RECORD_FIELDS[3:]},
)
GOOD_RECORDS = st.fixed_dictionaries(
    {k: RECORD_VALUES[k] for k in ("household_id", "status", "persons", "commune", "district", "province")},
    optional={k: RECORD_VALUES[k] for k in RECORD_FIELDS[6:]},
)


def _records(rows: list[dict[str, Any]]) -> list[review.Record]:
    out = []
    for row in rows:
        with contextlib.suppress(gn.GiamngheoError):
            out.append(review.Record(**row))
    return out


REVIEWED = gn.standard_in_force(on=ON)


@FUZZ
@given(HOSTILE_RECORDS)
def test_review_record(kwargs: dict[str, Any]) -> None:
    try:
        record = review.Record(**kwargs)
    except gn.GiamngheoError:
        return
    _only_ours(review.results_table, [record])
    _only_ours(review.household_list, [record], gn.Status.POOR, standard=REVIEWED)


@FUZZ
@given(
    st.lists(GOOD_RECORDS | HOSTILE_RECORDS, max_size=4),
    st.lists(GOOD_RECORDS | HOSTILE_RECORDS, max_size=4),
    st.dictionaries(RECORD_VALUES["household_id"] | KEYS, st.sampled_from(list(review.Departure)) | VALUES, max_size=2) | VALUES,
    st.dictionaries(RECORD_VALUES["household_id"] | KEYS, st.sampled_from(list(review.Arrival)) | VALUES, max_size=2) | VALUES,
    st.lists(RECORD_VALUES["household_id"], max_size=2) | VALUES,
    st.sampled_from(["commune", "district", "province"]),
)
def test_review_movements_and_report(  # noqa: PLR0917 - the arguments of movements(), and the level of the report
    previous: list[dict[str, Any]],
    current: list[dict[str, Any]],
    departures: object,
    arrivals: object,
    formerly: object,
    level: str,
) -> None:
    before, after = _records(previous), _records(current)
    try:
        moves = review.movements(before, after, departures=departures, arrivals=arrivals, formerly_poor=formerly)  # type: ignore[arg-type]
    except gn.GiamngheoError:
        moves = None
    _only_ours(review.review_report, after, standard=REVIEWED, movements=moves, level=level, on=ON)
    if moves is not None:
        for t in moves:
            _only_ours(t.describe, "vi")
        for status in (gn.Status.POOR, gn.Status.NEAR_POOR):
            _only_ours(review.movement_table, moves, status, what="persons", level="province", on=ON)


@FUZZ
@given(
    st.lists(GOOD_RECORDS, max_size=4),
    VALUES | st.sampled_from(["commune", "district", "province"]),
    st.dictionaries(st.sampled_from(["25747", "25741", "X", "718", "74"]) | KEYS, VALUES | st.integers(0, 10), max_size=3) | VALUES,
    DATES | VALUES,
    STATUSES | VALUES,
    VALUES,
)
def test_review_tables_hostile_arguments(  # noqa: PLR0917 - one argument each
    rows: list[dict[str, Any]], level: object, totals: object, on: object, status: object, other: object
) -> None:
    records = _records(rows)
    _only_ours(review.results_table, records, level=level, households_total=totals, on=on)  # type: ignore[arg-type]
    _only_ours(review.deprivation_table, records, status, REVIEWED, rates=True, level=level, on=on)  # type: ignore[arg-type]
    _only_ours(review.group_table, records, level=level, on=on)  # type: ignore[arg-type]
    _only_ours(review.household_list, records, status, names=totals, standard=other, lang=level)  # type: ignore[arg-type]
    _only_ours(review.review_report, other, standard=other, movements=other)  # type: ignore[arg-type]


@FUZZ
@given(VALUES | st.integers(-2, 50), VALUES | st.integers(-2, 50), DATES | VALUES, VALUES)
def test_review_meeting_and_screening(agreeing: object, attendees: object, on: object, household: object) -> None:
    _only_ours(review.meeting, agreeing, attendees, on=on, household=household)  # type: ignore[arg-type]
    _only_ours(review.needs_review, agreeing, on=on, household=household)  # type: ignore[arg-type]


@FUZZ
@given(VALUES | st.integers(1990, 2030), DATES | VALUES, st.lists(DATES, max_size=3) | VALUES)
def test_review_calendar_and_limits(year: object, start: object, holidays: object) -> None:
    _only_ours(review.review_calendar, year, holidays=holidays)  # type: ignore[arg-type]
    _only_ours(review.review_standard, year)  # type: ignore[arg-type]
    for limit in (review.posting_period, review.complaint_deadline, review.ongoing_review_deadline):
        _only_ours(limit, start, holidays=holidays)  # type: ignore[arg-type]
    _only_ours(review.procedure, on=start)  # type: ignore[arg-type]
    _only_ours(review.scoring_rule, on=start)  # type: ignore[arg-type]
    _only_ours(review.legal_data, on=start)  # type: ignore[arg-type]


@FUZZ
@given(DATES | VALUES, st.integers(-5, 40_000) | VALUES, st.booleans() | VALUES, st.lists(DATES, max_size=3) | VALUES)
def test_review_add_days(start: object, days: object, working: object, holidays: object) -> None:
    try:
        limit = review.DayCount(days, working)  # type: ignore[arg-type]
    except gn.GiamngheoError:
        limit = days  # type: ignore[assignment]
    _only_ours(review.add_days, start, limit, holidays=holidays)  # type: ignore[arg-type]


@FUZZ
@given(
    st.sampled_from(["rural", "urban", *gn.Area]) | VALUES,
    st.integers(-10, 300) | st.fractions() | VALUES,
    st.integers(-10, 300) | VALUES,
    st.sampled_from([(), ("water",), "water;telecom", ("water", "?")]) | VALUES,
    DATES,
    VALUES,
)
def test_review_score_in_force(  # noqa: PLR0917 - one argument each
    area: object, income: object, points: object, deprived: object, on: dt.date, rule: object
) -> None:
    _only_ours(review.score, area, income, on=on, deprived=deprived)  # type: ignore[arg-type]
    _only_ours(review.score, area, income, on=on, deprivation_score=points, household=rule)  # type: ignore[arg-type]
    _only_ours(review.score, area, income, on=on, deprivation_score=points, rule=rule)  # type: ignore[arg-type]


# --- measure ---------------------------------------------------------------------------------------------------

INDICATOR_IDS = st.sampled_from(["water", "telecom", "nutrition", "a", "b"])
SPEC = measure.national_spec(REVIEWED)


@FUZZ
@given(
    st.lists(st.frozensets(INDICATOR_IDS, max_size=3) | VALUES, min_size=1, max_size=4),
    st.lists(STATUSES | st.none(), max_size=4) | VALUES,
    st.lists(st.integers(0, 5), max_size=4) | VALUES,
    st.lists(st.integers(0, 3) | st.fractions(0, 3) | st.sampled_from(["1/2", "0.5", "1e99999999"]) | VALUES, max_size=4) | VALUES,
    st.dictionaries(st.sampled_from(["commune", "area"]) | st.text(max_size=3), st.lists(st.sampled_from(["X", "Y"]) | st.none() | VALUES, max_size=4), max_size=2) | VALUES,
)
def test_measure_sample(
    deprived: list[object], statuses: object, persons: object, weights: object, groups: object
) -> None:
    try:
        sample = measure.AFSample.of(deprived, statuses=statuses, persons=persons, weights=weights, groups=groups)  # type: ignore[arg-type]
    except gn.GiamngheoError:
        return
    _only_ours(measure.headcount, sample, (gn.Status.POOR, gn.Status.NEAR_POOR), unit="persons")
    for by in (None, "commune", "area"):
        _only_ours(measure.alkire_foster, sample, SPEC, k=["1/12", "3/12", 1], by=by, unit="persons")


SAMPLE = measure.AFSample.of([{"water"}, {"water", "telecom", "nutrition"}, set()], statuses=[gn.Status.POOR, None, gn.Status.NEAR_POOR], groups={"commune": ["X", "Y", None]})
RESULT = measure.alkire_foster(SAMPLE, SPEC)


@FUZZ
@given(VALUES, VALUES | st.sampled_from(["households", "persons"]), VALUES | st.just("commune"), VALUES | STATUSES, VALUES)
def test_measure_hostile_arguments(k: object, unit: object, by: object, statuses: object, other: object) -> None:
    _only_ours(measure.alkire_foster, SAMPLE, SPEC, k=k, unit=unit, by=by)  # type: ignore[arg-type]
    _only_ours(measure.alkire_foster, other, other)  # type: ignore[arg-type]
    _only_ours(measure.headcount, SAMPLE, statuses, unit=unit, by=by)  # type: ignore[arg-type]
    _only_ours(measure.national_spec, other)  # type: ignore[arg-type]
    _only_ours(measure.change, RESULT, RESULT, years=k, dates=other)  # type: ignore[arg-type]
    _only_ours(measure.change, other, RESULT)  # type: ignore[arg-type]
    _only_ours(RESULT.as_dict, decimals=k)  # type: ignore[arg-type]
    pytest.importorskip("pandas")
    _only_ours(measure.to_frame, other, decimals=k)  # type: ignore[arg-type]


# --- reforms and comparisons ----------------------------------------------------------------------------------


@FUZZ
@given(
    st.sampled_from([REVIEWED, *(s for _, s in gn.NATIONAL_STANDARDS)]) | VALUES,
    st.text(max_size=5) | VALUES,
    st.sampled_from(["1.3", "3/2", "0", "-1", "1e99999999", 2, Fraction(1, 3), Decimal("1.1")]) | VALUES,
    st.integers(-1, 13) | VALUES,
    st.sampled_from([(), "water", ("water", "telecom"), ("?",)]) | VALUES,
    VALUES,
)
def test_reform_hostile_arguments(  # noqa: PLR0917 - one argument each
    base: object, id_: object, factor: object, cutoff: object, drop: object, other: object
) -> None:
    try:
        standard = gn.reform(base, id=id_, line_factor=factor, cutoff=cutoff, drop=drop, name=other, note=other)  # type: ignore[arg-type]
    except gn.GiamngheoError:
        standard = other  # type: ignore[assignment]
    _only_ours(gn.compare, [POOR, IN_THE_CITY, other], on=ON, other=standard)  # type: ignore[list-item]
    _only_ours(gn.compare, other, on=ON, other=REVIEWED, base=standard)  # type: ignore[arg-type]
    _only_ours(gn.compare, [POOR], on=other, other="74")  # type: ignore[arg-type]


# --- every public function and attrs class of giamngheo, giamngheo.review and giamngheo.measure -------------
#
# A meta-test: each public function is called with hostile arguments (drawn for each parameter by its name from
# plausible values, then from any value at all), and each public attrs class built from hostile fields; a new
# function or class is fuzzed as soon as it is public.

STANDARDS = [REVIEWED, *(s for _, s in gn.NATIONAL_STANDARDS), gn.load_standard(text=STANDARD)]
ASSESSED = gn.assess(POOR, on=ON)
GOOD = [review.Record("H1", "poor", 3, commune="25747", deprived={"water"}), review.Record("H2", "near_poor", 2, commune="25741")]
MOVES = review.movements(GOOD[:1], GOOD)
TABLE = review.results_table(GOOD)
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    "on": DATES,
    "start": DATES,
    "received": DATES,
    "birth_date": DATES,
    "dates": st.tuples(DATES, DATES),
    "holidays": st.lists(DATES, max_size=3),
    "code": CODES,
    "commune": CODES,
    "province": CODES,
    "jurisdiction": CODES,
    "number": st.sampled_from([i.number for i in gn.INSTRUMENTS][:5]),
    "policy_id": POLICY_IDS,
    "standard": st.sampled_from(STANDARDS),
    "base": st.sampled_from(STANDARDS),
    "other": st.sampled_from([*STANDARDS, "74", "79"]),
    "household": st.sampled_from([POOR, IN_THE_CITY]),
    "households": st.lists(st.sampled_from([POOR, IN_THE_CITY]), max_size=3),
    "assessment": st.just(ASSESSED),
    "subject": SUBJECTS,
    "subjects": st.lists(SUBJECTS, max_size=3),
    "place": PLACES,
    "entitlements": st.just(gn.entitlements(ASSESSED, on=ON)),
    "text": st.sampled_from([gn.assessment_to_json(ASSESSED), gn.household_to_json(POOR), STANDARD]),
    "line": st.just(gn.assessment_to_line(ASSESSED)),
    "records": st.just(GOOD),
    "previous": st.just(GOOD[:1]),
    "current": st.just(GOOD),
    "movements": st.just(MOVES),
    "t": st.sampled_from(MOVES.transitions),
    "status": STATUSES,
    "list_status": STATUSES,
    "statuses": st.lists(STATUSES, max_size=2),
    "limit": st.builds(review.DayCount, st.integers(0, 30), st.booleans()),
    "level": st.sampled_from(["commune", "district", "province"]),
    "lang": st.sampled_from(["vi", "en"]),
    "year": st.integers(2014, 2027),
    "area": st.sampled_from(["rural", "urban"]),
    "sample": st.just(SAMPLE),
    "spec": st.sampled_from([SPEC, measure.GLOBAL_MPI]),
    "before": st.just(RESULT),
    "after": st.just(RESULT),
    "results": st.just(RESULT),
    "table": st.just(TABLE),
    "id": st.text(max_size=5),
}
#: The meta-tests are some 120 tests, one per function or class: each runs a tenth of the examples of the others,
#: so that together they stay a share of the fuzzing's time (a sixth of it), not the whole of it.
META_FUZZ = settings(FUZZ, max_examples=max(1, EXAMPLES // 10))
#: Functions left out: they write the files they are given (fuzzed below with a temporary target).
WRITERS = {"write_csv", "write_xlsx"}


def _public(check: Any) -> list[tuple[str, Any]]:
    return [
        (f"{module.__name__}.{name}", getattr(module, name))
        for module in (gn, review, measure)
        for name in module.__all__
        if name not in WRITERS and check(getattr(module, name))
    ]


FUNCTIONS = _public(inspect.isfunction)
CLASSES = _public(lambda obj: isinstance(obj, type) and attrs.has(obj))


def _argument(name: str) -> st.SearchStrategy[Any]:
    return PLAUSIBLE[name] | VALUES if name in PLAUSIBLE else VALUES


def _arguments(parameters: list[tuple[str, bool]]) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments: each required one, and some of the optional ones."""
    return st.fixed_dictionaries(
        {name: _argument(name) for name, required in parameters if required},
        optional={name: _argument(name) for name, required in parameters if not required},
    )



def _call(call: Any, kwargs: dict[str, Any]) -> None:
    try:
        result = call(**kwargs)
        if hasattr(result, "__enter__"):  # a context manager (gn.input_limits): its checks run on entering it
            with result:
                pass
    except gn.GiamngheoError:
        pass


def test_the_meta_tests_find_the_public_api() -> None:
    names = {name for name, _ in FUNCTIONS} | {name for name, _ in CLASSES}
    assert {"giamngheo.entitlements", "giamngheo.review.movements", "giamngheo.measure.headcount"} <= names
    assert {"giamngheo.Place", "giamngheo.StatusHistory", "giamngheo.review.Record", "giamngheo.measure.AFSpec"} <= names


@pytest.mark.parametrize("function", [f for _, f in FUNCTIONS], ids=[name for name, _ in FUNCTIONS])
@META_FUZZ
@given(data=st.data())
def test_every_public_function(function: Any, data: st.DataObject) -> None:
    parameters = []
    extra: dict[str, Any] = {}
    for p in inspect.signature(function).parameters.values():
        if p.kind is p.VAR_KEYWORD:  # gn.input_limits(**changes)
            extra = data.draw(st.dictionaries(st.sampled_from(["digits", "exponent", "depth", "members"]) | st.text(max_size=4), VALUES | st.integers(-1, 5000), max_size=2))
        elif p.kind is not p.VAR_POSITIONAL:
            parameters.append((p.name, p.default is p.empty))
    kwargs = data.draw(_arguments(parameters))
    _call(function, {**kwargs, **{k: v for k, v in extra.items() if k not in kwargs}})


def _instances(*roots: object) -> dict[type, object]:
    """One real instance of each attrs class found in ``roots`` and in their fields, at any depth."""
    found: dict[type, object] = {}
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if attrs.has(type(obj)):
            found.setdefault(type(obj), obj)
            stack.extend(getattr(obj, f.name) for f in attrs.fields(type(obj)))
        elif isinstance(obj, tuple | list | frozenset | set):
            stack.extend(list(obj)[:20])
        elif isinstance(obj, dict):
            stack.extend(list(obj.values())[:20])
    return found


CITY_STATUS = gn.assess_all(IN_THE_CITY, on=ON)
SCORE_TABLE = review.load_score_table(path=ROOT / "examples" / "score_tables" / "fictional-score-a.toml")
REAL = _instances(
    STANDARDS, ASSESSED, CITY_STATUS, MOVES, TABLE, review.review_report(GOOD, standard=REVIEWED, movements=MOVES),
    RESULT, measure.change(RESULT, RESULT, years=1), SPEC, gn.POLICIES, gn.entitlements(ASSESSED, on=ON),
    gn.entitled([ASSESSED], "health-insurance-146-2018", on=ON), review.procedure(on=ON), review.scoring_rule(on=ON),
    review.review_calendar(2024), review.score("rural", 100, on=ON, deprived=()), review.meeting(3, 4, on=ON),
    SCORE_TABLE, SCORE_TABLE.score({"household_size": "1-2"}, region="rural"), HISTORY, gn.Place(), GOOD,
    gn.compare([POOR, IN_THE_CITY], on=ON, other=gn.reform(REVIEWED, id="r", line_factor=2)), gn.Situation(ON, HISTORY),
    gn.jurisdiction("79"), gn.locate("25747", on=ON), gn.territory("25747", on=ON), gn.successors("74"),
    gn.legal_data(on=ON), gn.NATIONAL_STANDARDS, gn.INSTRUMENTS, review.PROCEDURES, review.REVIEW_BASES,
    MOVES.balance(gn.Status.POOR), gn.Member(id="M1", birth_date=dt.date(1990, 1, 1)), gn.Dwelling(wall="durable"),
)  # fmt: skip


def _init_fields(cls: type) -> list[tuple[str, str, bool]]:
    """The fields given to the constructor: the keyword, the attribute and whether it is required."""
    return [(f.alias or f.name, f.name, f.default is attrs.NOTHING) for f in attrs.fields(cls) if f.init]


def test_the_meta_test_knows_real_instances() -> None:
    # a guard on the mutations below: most classes start from a real instance, whose fields build it again
    assert len(REAL) >= len(CLASSES) * 3 // 4
    for cls, real in REAL.items():
        assert real == cls(**{key: getattr(real, name) for key, name, _ in _init_fields(cls)})


@pytest.mark.parametrize("cls", [c for _, c in CLASSES], ids=[name for name, _ in CLASSES])
@META_FUZZ
@given(data=st.data())
def test_every_public_attrs_class(cls: type, data: st.DataObject) -> None:
    fields = _init_fields(cls)
    real = REAL.get(cls)
    if real is None or not fields:  # no instance to start from: every field hostile
        _call(cls, data.draw(_arguments([(key, required) for key, _, required in fields])))
        return
    # a real instance with some of its fields replaced by hostile values (all of them, at most)
    hostile = data.draw(st.sets(st.sampled_from([key for key, _, _ in fields]), max_size=len(fields)))
    kwargs = {key: data.draw(_argument(key)) if key in hostile else getattr(real, name) for key, name, _ in fields}
    _call(cls, kwargs)
