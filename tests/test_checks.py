"""One validation layer: the constructors, household JSON and a register's cells refuse a value with the same words.

Each row is one bad value, given three ways: as a Python value to the constructors, as a cell of a register (text,
as a CSV file holds it) and as a JSON value. All three must raise :class:`giamngheo.InvalidInput` with the same
field and reason, the household named wherever the path knows it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

import pytest

import giamngheo as gn
from giamngheo import _checks as checks
from giamngheo import batch
from giamngheo._checks import area, boolean, date_reason, whole

WATER = "'piped', 'borehole', 'protected_dug_well', 'unprotected_dug_well', 'protected_spring', 'unprotected_spring', 'rainwater', 'bottled', 'surface_water', 'other'"  # fmt: skip
AREA = "must be an exact number of m² (a whole or decimal number such as 35.5, or a fraction such as 71/2)"

# (where, field, Python value, register cell, JSON value, expected field, expected reason)
CASES: list[tuple[str, str, Any, str, Any, str, str]] = [
    ("household", "income_per_capita_monthly_vnd", 10**15 + 1, "1000000000000001", 10**15 + 1,
     "income_per_capita_monthly_vnd", "is out of range (more than 1,000,000,000,000,000), got 1000000000000001"),
    ("household", "income_per_capita_monthly_vnd", 10**15, "1000000000000000", 10**15, "", ""),  # the limit itself
    ("household", "income_per_capita_monthly_vnd", -1, "-1", -1,
     "income_per_capita_monthly_vnd", "must not be negative, got -1"),
    ("household", "income_per_capita_monthly_vnd", "1.5", "1.5", "1.5",
     "income_per_capita_monthly_vnd", "must be a whole number of VND, got '1.5'"),
    ("household", "income_per_capita_monthly_vnd", True, "true", True,
     "income_per_capita_monthly_vnd", ""),  # the cell's reason names the text
    ("household", "income_yearly_vnd", 10**15 + 1, "1000000000000001", 10**15 + 1,
     "income_yearly_vnd", "is out of range (more than 1,000,000,000,000,000), got 1000000000000001"),
    ("household", "size", 0, "0", 0, "size", "a household has at least one member, got 0"),
    ("household", "size", -3, "-3", -3, "size", "a household has at least one member, got -3"),
    ("dwelling", "floor_area_m2", -10, "-10", -10, "dwelling.floor_area_m2", "must not be negative, got -10"),
    ("dwelling", "floor_area_m2", "-2.5", "-2.5", Decimal("-2.5"), "dwelling.floor_area_m2",
     "must not be negative, got -5/2"),
    ("dwelling", "floor_area_m2", "abc", "abc", "abc", "dwelling.floor_area_m2", f"{AREA}, got 'abc'"),
    ("dwelling", "floor_area_m2", "0/0", "0/0", "0/0", "dwelling.floor_area_m2", f"{AREA}, got '0/0'"),
    ("dwelling", "floor_area_m2", "1e99999999", "1e99999999", "1e99999999", "dwelling.floor_area_m2",
     "has an exponent larger than 30 in size ('1e99999999')"),
    ("dwelling", "water_source", "50", "50", "50", "dwelling.water_source",
     f"unknown value '50'; use one of {WATER} (or leave it unknown)"),
    ("dwelling", "waste_collected", "maybe", "maybe", "maybe", "dwelling.waste_collected",
     "must be true or false (or leave it unknown), got 'maybe'"),
    ("dwelling", "devices", "tv", "tv", ["tv"], "dwelling.devices",
     ("unknown device 'tv'; use 'phone', 'television', 'radio', 'desktop_computer', 'laptop', 'tablet'"
      " (in a text, separated by ';'; 'none' for none of them)")),
    ("member", "disability", "maybe", "maybe", "maybe", "members[0].disability",
     "must be true or false (or leave it unknown), got 'maybe'"),
    ("member", "birth_date", "2000-13-01", "2000-13-01", "2000-13-01", "members[0].birth_date",
     "must be a date (a datetime.date; in a file YYYY-MM-DD, a real day), got '2000-13-01'"),
]  # fmt: skip


def _scalar(where: str, field: str, value: object) -> gn.InvalidInput | None:
    try:
        if where == "household":
            gn.Household(id="H1", area="urban", **{"income_per_capita_monthly_vnd": 1, field: value})
        elif where == "dwelling":
            gn.Dwelling(**{field: value})
        else:
            gn.Member(**{field: value})
    except gn.InvalidInput as error:
        return error
    return None


def _json(where: str, field: str, value: object) -> gn.InvalidInput | None:
    doc: dict[str, Any] = {"id": "H1", "area": "urban", "income_per_capita_monthly_vnd": 1}
    if where == "household":
        doc[field] = value
    elif where == "dwelling":
        doc["dwelling"] = {field: value}
    else:
        doc["members"] = [{field: value}]
    if field == "income_yearly_vnd":
        del doc["income_per_capita_monthly_vnd"]
        doc["size"] = 1
    # a Decimal is written as a JSON number (1.5), which the reader reads exactly as a Decimal
    text = json.dumps(doc, default=lambda d: f"@{d}@")
    text = re.sub(r'"@([^@]*)@"', r"\1", text)
    try:
        gn.household_from_json(text)
    except gn.InvalidInput as error:
        return error
    return None


def _register(where: str, field: str, cell: str) -> gn.InvalidInput | None:
    row = {"household_id": "H1", "area": "urban", "income_per_capita_monthly_vnd": "1"}
    members = None
    if where == "member":
        members = [{"household_id": "H1", field: cell}]
    else:
        row[field] = cell
        if field == "income_yearly_vnd":
            del row["income_per_capita_monthly_vnd"]
            row["size"] = "1"
    error = batch.Columns.from_rows([row], members).errors[0]
    assert error is None or isinstance(error, gn.InvalidInput)
    return error


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}={c[3]}" for c in CASES])
def test_every_path_refuses_alike(case: tuple[str, str, Any, str, Any, str, str]) -> None:
    where, field, value, cell, as_json, expected_field, reason = case
    scalar, from_json, register = (
        _scalar(where, field, value),
        _json(where, field, as_json),
        _register(where, field, cell),
    )
    if not expected_field:
        assert scalar is None
        assert from_json is None
        assert register is None
        return
    assert scalar is not None
    assert from_json is not None
    assert register is not None
    if where == "member":  # a Member alone does not know its place in its household
        assert from_json.field == register.field == expected_field
        assert scalar.field == field
    else:
        assert scalar.field == from_json.field == register.field == expected_field
    if reason:
        assert scalar.reason == from_json.reason == reason
        assert register.reason == reason
        # and the same Vietnamese: an officer reads the same words from a form, a JSON document or a register
        assert scalar.text == from_json.text == register.text
    assert from_json.household == register.household == "H1"
    if where == "household":
        assert scalar.household == "H1"


def test_a_cell_is_text_and_its_format_spells_true_and_false() -> None:
    # a register has no booleans: "yes" and "có" are its spellings of true; a Python or JSON value must be a bool
    assert _register("member", "disability", "yes") is None
    assert _register("member", "disability", "có") is None
    scalar, from_json = _scalar("member", "disability", "yes"), _json("member", "disability", "yes")
    assert scalar is not None
    assert from_json is not None
    assert scalar.reason == from_json.reason == "must be true or false (or leave it unknown), got 'yes'"


def test_json_decimals_are_refused_as_written() -> None:
    error = _json("household", "income_per_capita_monthly_vnd", Decimal("1.5"))
    assert error is not None
    assert error.reason == "must be a whole number of VND, got 1.5"  # not Decimal('1.5')


@pytest.mark.parametrize("value", [True, 1.0, "1", None])
def test_whole_refuses_what_is_not_an_int(value: object) -> None:
    if value is None:
        assert whole("size", value) is None
        return
    with pytest.raises(gn.InvalidInput, match="must be a whole number, got"):
        whole("size", value)


def test_whole_bounds_are_inclusive() -> None:
    assert whole("income_yearly_vnd", 10**15) == 10**15
    assert whole("income_yearly_vnd", 0) == 0
    with pytest.raises(gn.InvalidInput, match="out of range"):
        whole("income_yearly_vnd", 10**15 + 1)
    assert whole("size", 1, minimum=1) == 1
    with pytest.raises(gn.InvalidInput, match="at least one member"):
        whole("size", 0, minimum=1)


def test_area_keeps_fifteen_digits_either_way() -> None:
    assert area("a", "999999999999999") == 999_999_999_999_999
    assert area("a", "35,5") == Decimal("35.5")
    with pytest.raises(gn.NumberTooLarge):
        area("a", "1/1000000000000001")  # the denominator past 10**15: a batch column could not hold it
    with pytest.raises(gn.InvalidInput, match=r"got the float 35\.5"):
        area("a", 35.5)


def test_boolean_allows_unknown_only_when_asked() -> None:
    assert boolean("f", None) is None
    assert boolean("f", False) is False
    with pytest.raises(gn.InvalidInput, match=r"must be true or false, got None"):
        boolean("f", None, unknown=False)


@pytest.mark.parametrize("on", [None, "2024-01-01", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), 20240101])
def test_one_date_guard_for_every_entry_point(on: object) -> None:
    """The date every rule is resolved by is refused alike, with the same message, wherever it is given."""
    household = gn.Household(area="rural", income_per_capita_monthly_vnd=1_000_000)
    expected = f"on: {date_reason(on).en}"
    calls = [
        lambda: gn.assess(household, on=on),
        lambda: gn.standard_in_force(on=on),
        *([] if on is None else [lambda: gn.legal_data(on=on)]),  # on=None: every standard's data
        lambda: gn.age_on(dt.date(2000, 1, 1), on),
    ]
    for call in calls:
        with pytest.raises(gn.InvalidInput) as raised:
            call()
        assert str(raised.value) == expected


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: gn.Window(dt.date(2024, 1, 1), None), "window.end"),
        (lambda: gn.Window(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), dt.date(2025, 1, 1)), "window.start"),
        (lambda: gn.Timeline(None, ()), "what"),
        (lambda: gn.Timeline("x", "00"), "entries"),
        (lambda: gn.Timeline("x", [None]), "entries[0]"),
        (lambda: gn.Timeline("x", [(1, 2)]), "entries[0][0]"),
        (lambda: gn.legal_data(standard=[]), "standard"),
        (
            lambda: gn.assess_all(
                gn.Household(area="rural", income_per_capita_monthly_vnd=1), on=dt.date(2024, 1, 1), jurisdiction=[]
            ),
            "jurisdiction",
        ),
    ],
)
def test_the_legal_model_refuses_wrong_types(build: Any, field: str) -> None:
    with pytest.raises(gn.InvalidInput) as raised:
        build()
    assert raised.value.field == field


#: A household's invariants, each broken once: (facts in Python, the same row of a register, members listed, the
#: (field, reason) expected from every path).
INVARIANTS = [
    ({"income_per_capita_monthly_vnd": 1, "income_yearly_vnd": 12, "size": 1}, {"income_per_capita_monthly_vnd": "1", "income_yearly_vnd": "12", "size": "1"}, 0, checks.BOTH_INCOMES),
    ({}, {}, 0, checks.NO_INCOME),
    ({"income_yearly_vnd": 12}, {"income_yearly_vnd": "12"}, 0, checks.SIZE_REQUIRED),
    ({"income_per_capita_monthly_vnd": 1, "size": 3}, {"income_per_capita_monthly_vnd": "1", "size": "3"}, 2, checks.size_mismatch(3, 2)),
    ({"income_per_capita_monthly_vnd": 1, "deprived": {"water"}}, {"income_per_capita_monthly_vnd": "1", "deprived": "water"}, 1, checks.STATED_AND_COMPUTED),
]  # fmt: skip


@pytest.mark.parametrize(("facts", "row", "listed", "expected"), INVARIANTS, ids=[c[3][1].en[:30] for c in INVARIANTS])
def test_a_household_invariant_is_refused_alike(
    facts: dict[str, Any], row: dict[str, str], listed: int, expected: tuple[str, gn.Text]
) -> None:
    """The constructor and a register's rows refuse a broken invariant with the same field and words, in both languages."""
    members = [gn.Member()] * listed or None
    with pytest.raises(gn.InvalidInput) as raised:
        gn.Household(id="H1", area="urban", members=members, **facts)
    assert (raised.value.field, raised.value.text, raised.value.household) == (*expected, "H1")
    assert raised.value.reason == expected[1].en
    rows = [{"household_id": "H1", "area": "urban", **row}]
    error = batch.Columns.from_rows(rows, [{"household_id": "H1"}] * listed or None).errors[0]
    assert isinstance(error, gn.InvalidInput)
    assert (error.field, error.text, error.household) == (*expected, "H1")


# --- the catalogue of reasons: every reason an officer reads is worded in Vietnamese and in English ---------------

#: Letters of Vietnamese that English has not: a Vietnamese reason has at least one.
_VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)

#: Each reason function of the catalogue, with arguments that exercise every branch of its wording.
_REASONS = {
    "whole_reason": [("income_per_capita_monthly_vnd", "1.5"), ("size", 2.5)],
    "range_reason": [(10**16,)],
    "below_reason": [("size", 0), ("income_yearly_vnd", -1), ("term_months", 0, 1)],
    "area_reason": [(35.1,), ("thirty",)],
    "choice_reason": [(["piped", "other"], "tap")],
    "device_reason": [(["tv", "radio"], "fax")],
    "boolean_reason": [("yes",)],
    "date_reason": [("2024-02-30",)],
    "share_reason": [("1.5",)],
    "rate_reason": [(2,)],
}


def _catalogue() -> list[tuple[str, gn.Text]]:
    found = [
        (name, value[1])
        for name, value in vars(checks).items()
        if name.isupper() and isinstance(value, tuple) and len(value) == 2  # (field, reason)
    ]
    found += [(name, getattr(checks, name)(*args)) for name, calls in _REASONS.items() for args in calls]
    found += [(f"{name} (unknown=False)", checks.boolean_reason("yes", unknown=False)) for name in ["boolean_reason"]]
    found.append(("size_mismatch", checks.size_mismatch(3, 2)[1]))
    return found


def test_the_catalogue_lists_every_reason_of_the_checks() -> None:
    """Every ``*_reason`` function and every invariant of the module is in the scan below: a new one must be too."""
    reasons = {name for name in checks.__all__ if name.endswith("_reason")}
    invariants = {name for name in checks.__all__ if name.isupper()}
    assert reasons == set(_REASONS)
    assert invariants == {name for name, _ in _catalogue() if name.isupper()}
    assert len(invariants) == 6  # BOTH_INCOMES … STANDARD_AND_JURISDICTION


@pytest.mark.parametrize(("name", "reason"), _catalogue(), ids=[name for name, _ in _catalogue()])
def test_every_reason_is_worded_in_both_languages(name: str, reason: gn.Text) -> None:
    """Each reason is a Text: its Vietnamese is Vietnamese, its English is not, and both show the same values."""
    assert isinstance(reason, gn.Text), name
    assert reason.vi.strip()
    assert reason.en.strip()
    assert _VIETNAMESE.search(reason.vi), reason.vi
    assert not _VIETNAMESE.search(reason.en), reason.en
    quoted = re.compile(r"'[^']*'|\d[\d.,/]*")  # the values shown (quoted text, numbers) appear in both
    # a number is written the Vietnamese way in Vietnamese (1.000.000): compare the values without separators
    plain = {value.replace(",", "").replace(".", "") for value in quoted.findall(reason.vi)}
    assert {value.replace(",", "").replace(".", "") for value in quoted.findall(reason.en)} <= plain, name


def test_a_reason_raised_by_a_check_keeps_both_languages() -> None:
    """The checks raise with the Text: ``str()`` and ``reason`` are English, ``text`` and ``message`` carry both."""
    with pytest.raises(gn.InvalidInput) as caught:
        whole("income_per_capita_monthly_vnd", "1.5", "H1")
    error = caught.value
    assert error.reason == "must be a whole number of VND, got '1.5'"
    assert str(error) == "household 'H1': income_per_capita_monthly_vnd: must be a whole number of VND, got '1.5'"
    assert error.text is not None
    assert error.text.vi == "phải là số nguyên đồng, nhận được '1.5'"
    assert error.message("en") == str(error)
    assert error.message("vi").startswith("hộ 'H1': ")
    assert error.message("vi").endswith(": phải là số nguyên đồng, nhận được '1.5'")
