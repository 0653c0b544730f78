"""Every error path: dates with no rule in force, input the law cannot be applied to, malformed legal data.

Every error raised on purpose derives from ``GiamngheoError`` (``_errors.py``), and its message names the field
and, when it has one, the household.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
from collections.abc import Callable

import attrs
import pytest

import giamngheo as gn

RURAL = gn.Area.RURAL
ON_2023 = dt.date(2023, 6, 1)
STANDARD_2023 = gn.standard_in_force(on=ON_2023)


def _assessment_document():
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_500_000, deprived={"water"}, id="HH-1")
    return json.loads(gn.assessment_to_json(gn.assess(household, on=ON_2023)))


# --- no rule in force -----------------------------------------------------------------------------------------

# (date, what the message says)
# fmt: off
OUTSIDE = [
    (dt.date(2005, 12, 31), "no national poverty standard is in force on 2005-12-31"),  # before QĐ 170/2005's 2006-2010
    (dt.date(2031, 1, 1), "no national poverty standard is in force on 2031-01-01"),  # after NĐ 351/2025's 2027-2030
    (dt.date(1990, 1, 1), "no national poverty standard is in force on 1990-01-01"),  # long before any encoded rule
]
# fmt: on


@pytest.mark.parametrize(("on", "message"), OUTSIDE)
def test_no_rule_in_force_outside_the_covered_range(on, message):
    """Outside 2006-01-01 to 2030-12-31 no standard applies: the error names the date and the covered range."""
    with pytest.raises(gn.NoRuleInForce) as caught:
        gn.standard_in_force(on=on)
    text = str(caught.value)
    assert message in text
    assert "2006-01-01 to 2030-12-31" in text
    assert on == caught.value.on
    assert (dt.date(2006, 1, 1), dt.date(2031, 1, 1)) == caught.value.covered
    assert "national poverty standard" == caught.value.what


@pytest.mark.parametrize("on", [dt.date(2005, 12, 31), dt.date(2031, 1, 1)])
def test_assess_raises_no_rule_in_force_outside_the_covered_range(on):
    """`assess` never falls back to a neighbouring standard outside the covered range."""
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=0)
    with pytest.raises(gn.NoRuleInForce, match=on.isoformat()):
        gn.assess(household, on=on)


@pytest.mark.parametrize("on", [dt.date(2005, 12, 31), dt.date(2031, 1, 1)])
def test_legal_data_raises_no_rule_in_force_outside_the_covered_range(on):
    """`legal_data(on=...)` outside the covered range raises rather than returning nothing."""
    with pytest.raises(gn.NoRuleInForce):
        gn.legal_data(on=on)


# (date outside the standard's window, standard) — NĐ 07/2021 Art. 3 applies 2022-01-01 to 2025-12-31
# fmt: off
OUTSIDE_A_WINDOW = [
    (dt.date(2021, 12, 31), STANDARD_2023),  # NĐ 07/2021 Art. 2: 2021 is still QĐ 59/2015's
    (dt.date(2026, 1, 1), STANDARD_2023),  # NĐ 351/2025: 2026 is the carry-over, a standard of its own
]
# fmt: on


@pytest.mark.parametrize(("on", "standard"), OUTSIDE_A_WINDOW)
def test_assess_with_a_standard_outside_its_window(on, standard):
    """A standard passed to `assess` must apply on the date: otherwise NoRuleInForce names it and its window."""
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_000_000)
    with pytest.raises(gn.NoRuleInForce) as caught:
        gn.assess(household, on=on, standard=standard)
    text = str(caught.value)
    assert "'vn-2022-2025'" in text
    assert on.isoformat() in text
    assert "2022-01-01 to 2025-12-31" in text


def test_no_rule_in_force_without_a_covered_range():
    """A NoRuleInForce with nothing encoded says so."""
    error = gn.NoRuleInForce("provincial standard", dt.date(2024, 1, 1), None)
    assert "no provincial standard is in force on 2024-01-01: none is encoded" == str(error)
    assert isinstance(error, LookupError)


# --- households the law cannot be applied to ------------------------------------------------------------------

# (keyword arguments of Household, the field named, words of the message)
# fmt: off
BAD_HOUSEHOLDS = [
    ({"area": RURAL, "income_per_capita_monthly_vnd": -1}, "income_per_capita_monthly_vnd", "must not be negative"),  # negative money
    ({"area": RURAL, "income_yearly_vnd": -12, "size": 1}, "income_yearly_vnd", "must not be negative"),  # negative money
    ({"area": RURAL, "income_per_capita_monthly_vnd": 1_500_000.0}, "income_per_capita_monthly_vnd", "whole number of VND"),  # float money
    ({"area": RURAL, "income_yearly_vnd": 18_000_000.0, "size": 1}, "income_yearly_vnd", "whole number of VND"),  # float money
    ({"area": RURAL, "income_per_capita_monthly_vnd": True}, "income_per_capita_monthly_vnd", "whole number of VND"),  # bool is not money
    ({"area": RURAL, "income_per_capita_monthly_vnd": "1500000"}, "income_per_capita_monthly_vnd", "whole number of VND"),  # text is not money
    ({"area": "city", "income_per_capita_monthly_vnd": 1_500_000}, "area", "unknown area 'city'"),  # only rural and urban
    ({"area": RURAL, "income_yearly_vnd": 18_000_000, "size": 0}, "size", "at least one member"),  # size 0
    ({"area": RURAL, "income_yearly_vnd": 18_000_000, "size": -2}, "size", "at least one member"),  # negative size
    ({"area": RURAL, "income_yearly_vnd": 18_000_000, "size": 1.0}, "size", "must be a whole number"),  # float size
    ({"area": RURAL, "income_yearly_vnd": 18_000_000}, "size", "required with income_yearly_vnd"),  # yearly income without size
    ({"area": RURAL, "income_per_capita_monthly_vnd": 1, "income_yearly_vnd": 12, "size": 1}, "income_yearly_vnd", "not both"),  # both incomes
    ({"area": RURAL}, "income_per_capita_monthly_vnd", "no income given"),  # no income
    ({"area": RURAL, "size": 3}, "income_per_capita_monthly_vnd", "no income given"),  # a size is no income
    ({"area": RURAL, "income_per_capita_monthly_vnd": 1, "deprived": {"water", 3}}, "deprived", "indicator ids are strings"),  # ids are text
]
# fmt: on


@pytest.mark.parametrize(("kwargs", "field", "words"), BAD_HOUSEHOLDS)
def test_invalid_household(kwargs, field, words):
    """A household the law cannot be applied to is refused, naming the field and the household."""
    with pytest.raises(gn.InvalidInput) as caught:
        gn.Household(**kwargs, id="HH-0042")
    assert field == caught.value.field
    assert "HH-0042" == caught.value.household
    assert words in caught.value.reason
    assert str(caught.value).startswith(f"household 'HH-0042': {field}: ")


def test_invalid_household_without_an_id():
    """Without an id the message starts with the field."""
    with pytest.raises(gn.InvalidInput) as caught:
        gn.Household(area=RURAL, income_per_capita_monthly_vnd=-1)
    assert caught.value.household is None
    assert str(caught.value).startswith("income_per_capita_monthly_vnd: ")


# (date, deprived, words of the message) — indicators not defined by the standard in force
# fmt: off
BAD_DEPRIVATIONS = [
    (ON_2023, {"unicorn"}, "unicorn: not an indicator of vn-2022-2025"),  # NĐ 07/2021 Art. 3(1)(b): 12 indicators
    (dt.date(2018, 1, 1), {"employment"}, "employment: not an indicator of vn-2016-2020"),  # QĐ 59/2015 Art. 1(2)(b): no employment
    (dt.date(2018, 1, 1), {"dependants", "water"}, "dependants: not an indicator of vn-2016-2020"),  # added only by NĐ 07/2021
    (dt.date(2023, 6, 1), {"health_care_access"}, "health_care_access: not an indicator of vn-2022-2025"),  # QĐ 59/2015 only
    (dt.date(2023, 6, 1), {"waste"}, "waste: not an indicator of vn-2022-2025"),  # NĐ 351/2025 draft list only
    (dt.date(2029, 1, 1), {"information_devices"}, "information_devices: not an indicator of vn-2027-2030"),  # removed 2027
    (dt.date(2008, 6, 1), {"water"}, "none: it measures income only"),  # QĐ 170/2005: income only
    (dt.date(2013, 6, 1), {"health_insurance"}, "none: it measures income only"),  # QĐ 09/2011: income only
]
# fmt: on


@pytest.mark.parametrize(("on", "deprived", "words"), BAD_DEPRIVATIONS)
def test_unknown_indicator(on, deprived, words):
    """A deprivation the standard in force does not define is refused, naming `deprived` and the household."""
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_000_000, deprived=deprived, id="HH-0042")
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(household, on=on)
    assert "deprived" == caught.value.field
    assert "HH-0042" == caught.value.household
    assert words in str(caught.value)
    assert str(caught.value).startswith("household 'HH-0042': deprived: ")
    assert on.isoformat() in str(caught.value)


def test_employment_is_valid_in_2022_but_not_in_2018():
    """ "employment" is an indicator of NĐ 07/2021 (2022) but not of QĐ 59/2015 (2018)."""
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_000_000, deprived={"employment"})
    assert 1 == gn.assess(household, on=dt.date(2022, 1, 1)).deprivation_count
    with pytest.raises(gn.InvalidInput, match="employment"):
        gn.assess(household, on=dt.date(2018, 1, 1))


def test_standard_indicator_lookup_refuses_an_unknown_id():
    """`Standard.indicator` raises InvalidInput for an id the standard does not define."""
    with pytest.raises(gn.InvalidInput) as caught:
        STANDARD_2023.indicator("unicorn")
    assert "indicator_id" == caught.value.field
    assert "unicorn" in caught.value.reason


@pytest.mark.parametrize("lang", ["fr", "", "VI", "en-US"])
def test_unsupported_language(lang):
    """Only "vi" and "en" are supported: any other language is InvalidInput naming `lang`."""
    a = gn.assess(gn.Household(area=RURAL, income_per_capita_monthly_vnd=0), on=ON_2023)
    with pytest.raises(gn.InvalidInput) as caught:
        a.explain(lang)
    assert "lang" == caught.value.field
    with pytest.raises(gn.InvalidInput):
        gn.Status.POOR.label(lang)


# --- malformed legal data -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2022, 1, 1), dt.date(2022, 1, 1)),  # empty window
        (dt.date(2026, 1, 1), dt.date(2022, 1, 1)),  # reversed window
    ],
)
def test_window_start_must_be_before_end(start, end):
    """A window [start, end) must hold at least one day."""
    with pytest.raises(gn.InvalidInput) as caught:
        gn.Window(start, end)
    assert "window" == caught.value.field


# Each row: the windows of a timeline, and what is wrong with them.
# fmt: off
BAD_TIMELINES = [
    ((gn.Window(dt.date(2020, 1, 1), dt.date(2021, 1, 1)), gn.Window(dt.date(2021, 1, 2), dt.date(2022, 1, 1))), "must tile"),  # a one-day gap
    ((gn.Window(dt.date(2020, 1, 1), dt.date(2021, 1, 2)), gn.Window(dt.date(2021, 1, 1), dt.date(2022, 1, 1))), "must tile"),  # a one-day overlap
    ((gn.Window(dt.date(2021, 1, 1), dt.date(2022, 1, 1)), gn.Window(dt.date(2020, 1, 1), dt.date(2021, 1, 1))), "must tile"),  # out of order
    ((), "at least one window"),  # no window at all
]
# fmt: on


@pytest.mark.parametrize(("windows", "words"), BAD_TIMELINES)
def test_timeline_windows_must_tile(windows, words):
    """A timeline's windows must follow each other with no gap or overlap, and there must be one."""
    with pytest.raises(gn.InvalidInput) as caught:
        gn.Timeline("test standard", tuple((window, n) for n, window in enumerate(windows)))
    assert "entries" == caught.value.field
    assert words in caught.value.reason


def test_standard_bands_must_increase():
    """A standard's bands must have increasing upper bounds."""
    bands = STANDARD_2023.bands
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(STANDARD_2023, bands=(bands[1], bands[0]))
    assert "bands" == caught.value.field


def test_standard_band_using_deprivations_needs_a_cutoff():
    """A band whose status depends on deprivations needs a deprivation cut-off."""
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(STANDARD_2023, deprivation_cutoff=None)
    assert "deprivation_cutoff" == caught.value.field


def test_standard_cutoff_must_be_at_least_one():
    """A deprivation cut-off of 0 would make every household deprived."""
    cutoff = gn.Cited(0, STANDARD_2023.basis)
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(STANDARD_2023, deprivation_cutoff=cutoff)
    assert "deprivation_cutoff" == caught.value.field


def test_standard_indicator_ids_must_be_unique():
    """Two indicators of a standard cannot share an id."""
    first = STANDARD_2023.indicators[0]
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(STANDARD_2023, indicators=(first, first))
    assert "indicators" == caught.value.field


# --- JSON documents that are not assessments ------------------------------------------------------------------


def _with(**changes):
    document = _assessment_document()
    document.update(changes)
    return json.dumps(document)


def _with_assessment(path, value):
    document = _assessment_document()
    node = document["assessment"]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(document)


# (document, the field named)
# fmt: off
BAD_DOCUMENTS = [
    pytest.param("[]", "format", id="not-an-object"),
    pytest.param('"giamngheo.assessment"', "format", id="a-string"),
    pytest.param(_with(format="giamngheo.household"), "format", id="wrong-format"),
    pytest.param(json.dumps({"version": 1}), "format", id="no-format"),
    pytest.param(_with(version=4), "version", id="wrong-version"),
    pytest.param(_with(version="1"), "version", id="version-as-text"),
    pytest.param(_with(version=None), "version", id="no-version"),
    pytest.param(json.dumps({"format": "giamngheo.assessment", "version": 1}), "assessment", id="no-assessment"),
    pytest.param(_with_assessment(("status",), "rich"), "assessment", id="unknown-status"),
    pytest.param(_with_assessment(("on",), "June 2023"), "assessment", id="bad-date"),
    pytest.param(_with_assessment(("household", "income_per_capita_monthly_vnd"), -5), "assessment", id="negative-money"),
    pytest.param(_with_assessment(("income_per_capita_monthly_vnd",), 1.5), "assessment", id="float-income"),
    pytest.param(_with_assessment(("income_per_capita_monthly_vnd",), True), "assessment", id="bool-income"),
]
# fmt: on


@pytest.mark.parametrize(("text", "field"), BAD_DOCUMENTS)
def test_bad_assessment_documents(text, field):
    """Only a giamngheo assessment document of version 1 is read back; anything else is InvalidInput."""
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assessment_from_json(text)
    assert field == caught.value.field


def test_text_that_is_not_json_is_invalid_input():
    """Text that is not JSON at all is not an assessment document: InvalidInput, like any other bad document."""
    with pytest.raises(gn.GiamngheoError):
        gn.assessment_from_json("not json")


def test_version_true_is_not_version_1():
    """A document whose version is the boolean true is not of version 1."""
    with pytest.raises(gn.InvalidInput):
        gn.assessment_from_json(_with(version=True))


# --- one hierarchy ----------------------------------------------------------------------------------------------


def test_errors_share_one_root():
    """InvalidInput and NoRuleInForce derive from GiamngheoError (and from ValueError / LookupError)."""
    assert issubclass(gn.InvalidInput, gn.GiamngheoError)
    assert issubclass(gn.NoRuleInForce, gn.GiamngheoError)
    assert issubclass(gn.InvalidInput, ValueError)
    assert issubclass(gn.NoRuleInForce, LookupError)
    assert issubclass(gn.GiamngheoError, Exception)


@pytest.mark.parametrize(
    "provoke",
    [
        lambda: gn.standard_in_force(on=dt.date(2005, 12, 31)),
        lambda: gn.Household(area="city", income_per_capita_monthly_vnd=1),
        lambda: gn.Household(area=RURAL, income_per_capita_monthly_vnd=1_500_000.0),
        lambda: gn.assess(gn.Household(area=RURAL, income_per_capita_monthly_vnd=1, deprived="x"), on=ON_2023),
        lambda: gn.Window(ON_2023, ON_2023),
        lambda: gn.assessment_from_json("{}"),
    ],
    ids=["no-rule", "area", "float-money", "indicator", "window", "json"],
)
def test_one_except_clause_catches_every_library_error(provoke):
    """An application can catch every complaint of the library with `except GiamngheoError`."""
    with pytest.raises(gn.GiamngheoError):
        provoke()


def test_a_datetime_is_not_a_date():
    """`on` is a calendar date: a datetime is refused with an InvalidInput naming the field `on`."""
    household = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1)
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assess(household, on=dt.datetime(2023, 6, 1))  # noqa: DTZ001
    assert "on" == caught.value.field


def test_errors_survive_pickling_for_process_pools():
    invalid = gn.InvalidInput("area", "unknown area 'x'", "HH-1")
    again = pickle.loads(pickle.dumps(invalid))  # noqa: S301 - our own object
    assert (again.field, again.reason, again.household, str(again)) == (
        "area",
        "unknown area 'x'",
        "HH-1",
        str(invalid),
    )
    gone = gn.NoRuleInForce(
        "jurisdiction 74",
        dt.date(2025, 8, 1),
        (dt.date(2006, 1, 1), dt.date(2025, 7, 1)),
        successor="79",
        hint="use '79'",
    )
    back = pickle.loads(pickle.dumps(gone))  # noqa: S301 - our own object
    assert (back.successor, back.hint, str(back)) == ("79", "use '79'", str(gone))


def _library_modules() -> list[object]:
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    names = [
        info.name for info in pkgutil.walk_packages(gn.__path__, "giamngheo.") if not info.name.endswith("__main__")
    ]
    return [importlib.import_module(name) for name in names if "pytest_plugin" not in name]


def test_every_exception_lives_in_errors() -> None:
    """One home for the exceptions: every exception class of giamngheo is defined in ``giamngheo._errors``."""
    found = {
        (value.__module__, value.__qualname__)
        for module in _library_modules()
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, BaseException) and value.__module__.startswith("giamngheo")
    }
    assert {("giamngheo._errors", "StandardFileError"), ("giamngheo._errors", "BalanceError")} <= found
    assert sorted(m for m in found if m[0] != "giamngheo._errors") == []


def test_every_file_error_has_one_parent() -> None:
    from giamngheo import review  # noqa: PLC0415
    from giamngheo._errors import InputFileError  # noqa: PLC0415

    for kind in (gn.StandardFileError, gn.PolicyFileError, review.ScoreTableError, InputFileError):
        assert issubclass(kind, gn.FileFormatError)
        assert issubclass(kind, gn.InvalidInput)
    # siblings, not one another's kind: catching a standard file's error does not catch a policy file's
    assert not issubclass(gn.PolicyFileError, gn.StandardFileError)
    assert not issubclass(review.ScoreTableError, gn.StandardFileError)


# --- messages in the officers' language: str() is English, message(lang) is Vietnamese or English ---------------


def test_a_bilingual_error_survives_pickling_with_both_languages():
    invalid = gn.InvalidInput(
        "size", gn.Text("là 3 nhưng danh sách có 2 thành viên", "is 3 but 2 members are listed"), "H1"
    )
    again = pickle.loads(pickle.dumps(invalid))  # noqa: S301 - our own object
    assert (again.text, again.reason, again.message("vi")) == (invalid.text, invalid.reason, invalid.message("vi"))
    keyed = gn.StandardFileError(
        "band[0].rural_vnd", gn.Text("phải là số nguyên", "must be whole"), line=3, source="a.toml"
    )
    back = pickle.loads(pickle.dumps(keyed))  # noqa: S301 - our own object
    assert back.message("vi") == keyed.message("vi") == "tệp a.toml, dòng 3: band[0].rural_vnd: phải là số nguyên"
    assert str(back) == "a.toml, line 3: band[0].rural_vnd: must be whole"


def test_an_invalid_input_in_vietnamese_names_the_household_and_the_field_as_on_the_form():
    with pytest.raises(gn.InvalidInput) as caught:
        gn.Household(id="H7", area=gn.Area.RURAL, income_per_capita_monthly_vnd=1, size=3, members=[gn.Member()] * 2)
    error = caught.value
    assert str(error) == "household 'H7': size: is 3 but 2 members are listed"
    assert error.message("en") == str(error)
    assert error.message("vi") == f"hộ 'H7': {gn.facts.field_label('size', 'vi')}: là 3 nhưng danh sách có 2 thành viên"


def test_a_member_s_field_is_named_by_its_place_in_vietnamese():
    error = gn.InvalidInput("members[0].disability", gn.Text("phải là đúng hoặc sai", "must be true or false"), "H1")
    assert error.message("vi").startswith("hộ 'H1': thành viên thứ 1")
    assert error.message("vi").endswith(": phải là đúng hoặc sai")


def test_a_programmer_s_mistake_stays_in_english_in_a_vietnamese_message():
    """An argument of the wrong Python type is worded in English only: the Vietnamese message keeps it as it is."""
    error = gn.InvalidInput("standard", "a giamngheo.Standard, got 'x'")
    assert error.text is None
    assert error.message("vi").endswith(": a giamngheo.Standard, got 'x'")


def test_no_rule_in_force_in_vietnamese_gives_the_dates_as_officers_write_them():
    with pytest.raises(gn.NoRuleInForce) as caught:
        gn.standard_in_force(on=dt.date(2031, 1, 1))
    vi = caught.value.message("vi")
    assert vi.startswith("không có chuẩn nghèo quốc gia nào được mã hoá có hiệu lực vào ngày 01/01/2031")
    assert "từ 01/01/2006 đến hết 31/12/2030" in vi
    assert caught.value.message("en") == str(caught.value)


def test_an_input_file_error_in_vietnamese_names_the_file_line_column_and_household(tmp_path):
    from giamngheo._errors import InputFileError  # noqa: PLC0415

    error = InputFileError(tmp_path / "ho.csv", 4, "size", gn.Text("không được là số âm", "must not be negative"), "H2")
    assert error.message("vi") == f"tệp {tmp_path / 'ho.csv'}, dòng 4, cột 'size', hộ 'H2': không được là số âm"
    assert str(error) == f"{tmp_path / 'ho.csv'}, line 4, column 'size', household 'H2': must not be negative"


@pytest.mark.parametrize("lang", ["fr", "", None])
def test_a_message_in_an_unsupported_language_is_refused(lang):
    with pytest.raises(gn.InvalidInput, match="lang"):
        gn.InvalidInput("size", "x").message(lang)


def _lookups() -> dict[str, Callable[[], object]]:
    """Every place the library raises NoRuleInForce, each asked for a day outside what it encodes."""
    from giamngheo import review  # noqa: PLC0415
    from giamngheo.law.labour_code_2019 import RETIREMENT  # noqa: PLC0415

    d = dt.date
    nd07 = gn.builtin_standard("vn-2022-2025")
    policy = gn.policies.NATIONAL_POLICIES[0]
    late = policy.window.end + dt.timedelta(days=1) if policy.window.end < d(9999, 1, 1) else d(1990, 1, 1)
    ward = gn.units.communes("74", on=d(2025, 6, 1))[0].code
    timeline = gn.reform_over_time(nd07, {"bands[0].upper_rural_vnd": {"2023-01-01.2023-12-31": 1_600_000}}, id="r")
    return {
        "national standard": lambda: gn.standard_in_force(on=d(2000, 1, 1)),
        "a standard outside its window": lambda: gn.assess(_household(), on=d(2030, 1, 1), standard=nd07),
        "a reform over time": lambda: timeline.at(on=d(2030, 1, 1)),
        "a province's standard": lambda: gn.jurisdiction("79").standard_in_force(on=d(2031, 6, 1)),
        "a merged province's standard": lambda: gn.jurisdiction("74").standard_in_force(on=d(2030, 1, 1)),
        "a merged province": lambda: gn.jurisdiction("74").check_exists(on=d(2031, 6, 1)),
        "a policy": lambda: gn.entitled([_household()], policy.id, on=late),
        "retirement schedule": lambda: RETIREMENT.value.age_months(gn.Sex.MALE, 2000),
        "an administrative unit merged in 2025": lambda: gn.units.administrative_unit(ward, on=d(2025, 8, 1)),
        "an administrative unit before the earliest list": lambda: gn.units.administrative_unit(ward, on=d(2010, 1, 1)),
        "review procedure": lambda: review.procedure(on=d(2010, 1, 1)),
        "scoring rule": lambda: review.scoring_rule(on=d(2015, 6, 1)),
        "Phiếu A": lambda: review.needs_review(5, on=d(2015, 6, 1)),
        "village meeting": lambda: review.meeting(3, 5, on=d(2019, 1, 1)),
        "time limit": lambda: review.ongoing_review_deadline(d(2018, 1, 5)),
        "review standard": lambda: review.review_standard(2026),
        "public holidays": lambda: review.year_holidays(2015),
    }


def _household() -> gn.Household:
    return gn.Household(id="H1", area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_000_000)


#: English words that never belong in a Vietnamese message (identifiers in quotes and `name=value` are skipped).
_ENGLISH = re.compile(
    r"\b(the|of|is|in force|none|sets|standard|policy|schedule|review|jurisdiction|unit|territory|became|use|"
    r"pass|weekends|list|holidays?|from|until|since|encoded|rules?|cover)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", sorted(_lookups()))
def test_every_rule_not_in_force_is_worded_in_vietnamese(name):
    """What was looked up and the hint, not only the frame, in Vietnamese: officers read the whole message."""
    with pytest.raises(gn.NoRuleInForce) as caught:
        _lookups()[name]()
    error = caught.value
    vi = re.sub(r"'[^']*'|\S+=\S*|\([^()]*\d{4}/[^()]*\)", "", error.message("vi"))
    assert not _ENGLISH.search(vi), error.message("vi")
    assert isinstance(error.text[0], gn.Text), "what was looked up is given in both languages"
    assert error.message("en") == str(error)
    assert pickle.loads(pickle.dumps(error)).message("vi") == error.message("vi")  # noqa: S301 - our own bytes


def test_a_rule_worded_only_in_english_keeps_the_vietnamese_frame():
    """A user's timeline named in English: the Vietnamese message names it apart, in parentheses."""
    error = gn.NoRuleInForce("draft line", dt.date(2024, 1, 1), None)
    assert error.message("vi") == (
        "không có quy định nào được mã hoá có hiệu lực vào ngày 01/01/2024 (draft line): chưa mã hoá quy định nào"
    )
