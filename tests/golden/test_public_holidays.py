"""Golden days of Việt Nam's public holidays in the review's time limits: the notices against the package, the limits.

Sources: BLLĐ = Bộ luật Lao động 2019 Điều 112 khoản 1 (the list) and khoản 3 (the Prime Minister sets the days
of Tết and Quốc khánh each year), Điều 111 khoản 3 (a holiday on a weekend is made up on the next working day);
BLDS = Bộ luật Dân sự 2015 Điều 147, 148 (how a limit is counted). Each row of NOTICES names the notice whose
days it holds, as reported (the URLs are in ``review.HOLIDAY_BREAKS``' citations).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import holidays
import pytest

import giamngheo as gn
from giamngheo import review
from giamngheo.review import Holiday

D = dt.date

#: (first day off, last day off, make-up Saturdays, agrees with the holidays package, the notice).
NOTICES = [
    (D(2021, 1, 1), D(2021, 1, 3), (), True, "the ministry's 2021 schedule"),
    (D(2021, 2, 10), D(2021, 2, 16), (), True, "the ministry's 2021 schedule"),
    (D(2021, 4, 21), D(2021, 4, 21), (), True, "the ministry's 2021 schedule"),
    (D(2021, 4, 30), D(2021, 5, 3), (), True, "the ministry's 2021 schedule"),
    (D(2021, 9, 2), D(2021, 9, 5), (), True, "the ministry's 2021 schedule"),
    (D(2022, 1, 1), D(2022, 1, 3), (), True, "the ministry's submission, December 2021"),
    (D(2022, 1, 29), D(2022, 2, 6), (), True, "the Deputy Prime Minister's approval"),
    (D(2022, 9, 1), D(2022, 9, 4), (), True, "the Deputy Prime Minister's approval"),
    (D(2023, 1, 20), D(2023, 1, 26), (), True, "the Government Office's dispatch, November 2022"),
    (D(2023, 9, 1), D(2023, 9, 4), (), True, "the Government Office's dispatch, November 2022"),
    (D(2024, 2, 8), D(2024, 2, 14), (), True, "the Prime Minister's approval, November 2023"),
    (D(2024, 4, 27), D(2024, 5, 1), (D(2024, 5, 4),), True, "Công văn 2450/VPCP-KGVX ngày 12/4/2024"),
    (D(2024, 8, 31), D(2024, 9, 3), (), True, "the Prime Minister's approval, November 2023"),
    (D(2025, 1, 25), D(2025, 2, 2), (), True, "Công văn 8726/VPCP-KGVX ngày 26/11/2024"),
    (D(2025, 4, 5), D(2025, 4, 7), (), True, "Điều 112 khoản 1"),
    (D(2025, 4, 30), D(2025, 5, 4), (D(2025, 4, 26),), True, "Công văn 8726/VPCP-KGVX ngày 26/11/2024"),
    (D(2025, 8, 30), D(2025, 9, 2), (), True, "Công văn 8726/VPCP-KGVX ngày 26/11/2024"),
    # The package gives 1 January alone: it has not the swap of Friday 2 January for Saturday 10 January.
    (D(2026, 1, 1), D(2026, 1, 4), (D(2026, 1, 10),), False, "Công văn 12729/VPCP-KGVX ngày 25/12/2025"),
    (D(2026, 2, 14), D(2026, 2, 22), (), True, "Thông báo 9441/TB-BNV ngày 16/10/2025"),
    (D(2026, 4, 25), D(2026, 4, 27), (), True, "Điều 112 khoản 1"),
    (D(2026, 4, 30), D(2026, 5, 3), (), True, "Điều 112 khoản 1"),
    (D(2026, 8, 29), D(2026, 9, 2), (D(2026, 8, 22),), True, "Thông báo 9441/TB-BNV ngày 16/10/2025"),
]


def _weekdays(first: dt.date, last: dt.date) -> set[dt.date]:
    days = (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    return {d for d in days if d.weekday() < 5}


@pytest.mark.parametrize(("first", "last", "make_up", "agrees", "notice"), NOTICES, ids=[str(n[0]) for n in NOTICES])
def test_each_notice_against_the_holidays_package(first, last, make_up, agrees, notice):
    """The notice's weekdays off and make-up Saturdays, and whether the ``holidays`` package gives the same."""
    encoded = next(b for b in review.HOLIDAY_BREAKS if b.first == first)
    assert (last, make_up) == (encoded.last, encoded.make_up)
    assert notice.split(",")[0].split(" ngày")[0] in encoded.notice
    package = holidays.country_holidays("VN", years=first.year)
    # Only the weekdays matter to a working day: the package lists a holiday on a weekend, a notice the whole break.
    window = {d for d in package if first - dt.timedelta(days=2) <= d <= last + dt.timedelta(days=2)}
    package_off = {d for d in window if d.weekday() < 5}
    package_make_up = {d for d in package.weekend_workdays if abs((d - first).days) < 15}
    assert agrees == (package_off == _weekdays(first, last) and package_make_up == set(make_up))


def test_the_notice_wins_where_the_package_disagrees():
    """2026: Friday 2 January is off and Saturday 10 January worked (Công văn 12729/VPCP-KGVX), not in the package."""
    year = review.year_holidays(2026)
    assert (Holiday.NEW_YEAR,) == year.days_off[D(2026, 1, 2)]
    assert D(2026, 1, 10) in year.make_up
    assert D(2026, 1, 2) not in holidays.country_holidays("VN", years=2026)


def test_a_year_every_holiday_of_which_a_notice_covers_is_confirmed():
    year = review.year_holidays(2021)
    assert year.confirmed
    assert () == year.notes
    assert 5 == len(year.breaks)


@pytest.mark.parametrize(
    ("year", "from_package"),
    [
        (2016, tuple(h for h in Holiday if h is not Holiday.CULTURE_DAY)),
        (2020, tuple(h for h in Holiday if h is not Holiday.CULTURE_DAY)),
        (2022, (Holiday.HUNG_KINGS, Holiday.REUNIFICATION, Holiday.LABOUR_DAY)),
        (2023, (Holiday.NEW_YEAR, Holiday.HUNG_KINGS, Holiday.REUNIFICATION, Holiday.LABOUR_DAY)),
        (2024, (Holiday.NEW_YEAR, Holiday.HUNG_KINGS)),
        (2025, (Holiday.NEW_YEAR,)),
        # 24/11: the package's, on a Party resolution; no law making it a day off was found.
        (2026, (Holiday.CULTURE_DAY,)),
        (2027, tuple(Holiday)),
    ],
)
def test_the_holidays_no_notice_covers_are_the_packages_and_flagged(year, from_package):
    found = review.year_holidays(year)
    assert from_package == found.from_package
    assert not found.confirmed
    assert found.notes
    assert str(year) in found.notes[0]("en")


def test_the_package_s_culture_day_is_counted_and_flagged():
    year = review.year_holidays(2026)
    assert (Holiday.CULTURE_DAY,) == year.days_off[D(2026, 11, 24)]
    assert any("24 November" in n("en") for n in year.notes)


def test_the_package_s_days_of_a_year_with_no_notice_are_used():
    # 2019: the package's swap of Monday 29 April for Saturday 4 May (no notice encoded for 2019)
    year = review.year_holidays(2019)
    assert D(2019, 4, 29) in year.days_off
    assert D(2019, 5, 4) in year.make_up


@pytest.mark.parametrize("year", [2015, 2028, 1901])
def test_a_year_outside_the_built_in_list_is_refused(year):
    with pytest.raises(gn.NoRuleInForce, match=r"public holidays.*2016-01-01 to 2027-12-31"):
        review.year_holidays(year)


@pytest.mark.parametrize("year", ["2025", 2025.0, True, None])
def test_a_year_must_be_an_int(year):
    with pytest.raises(gn.InvalidInput, match="year"):
        review.year_holidays(year)


@pytest.mark.parametrize("year", [0, -1, 10_000])
def test_a_year_without_a_calendar_date_is_an_input_error(year):
    """Python's dates run from year 1 to 9999: past them the year is a mistake, not a year without a rule."""
    with pytest.raises(gn.InvalidInput, match="year: a year from 1 to 9999"):
        review.year_holidays(year)


#: The three time limits of Quyết định 24/2021/QĐ-TTg (Điều 4-5), and the reason a limit across Tết gives.
ONGOING, COMPLAINT, POSTING = review.ongoing_review_deadline, review.complaint_deadline, review.posting_period
TET = "moved past Tết (Lunar New Year)"

LIMITS = [
    # (limit, start, last day with the built-in holidays, weekends alone, the reason it moved, in English)
    # Tết 2025: Monday 27 to Friday 31 January off (Công văn 8726/VPCP-KGVX), the weekends around it.
    # QĐ 24 Điều 5, 15 days; BLDS 147: from the next day. 9 January + 15 = Friday 24: the day before the break.
    (ONGOING, D(2025, 1, 9), D(2025, 1, 24), D(2025, 1, 24), ()),
    # 12 January + 15 = Monday 27, the first day of Tết: BLDS 148 moves it to the next working day, Monday 3 February
    (ONGOING, D(2025, 1, 12), D(2025, 2, 3), D(2025, 1, 27), (TET,)),
    # 10 January + 15 = Saturday 25, the break's first day: past the weekend and Tết
    (ONGOING, D(2025, 1, 10), D(2025, 2, 3), D(2025, 1, 27), (TET,)),
    # 19 January + 15 = Monday 3 February, the day after the break: not moved
    (ONGOING, D(2025, 1, 19), D(2025, 2, 3), D(2025, 2, 3), ()),
    # 7 working days from Wednesday 15 January end on Friday 24, before Tết
    (COMPLAINT, D(2025, 1, 15), D(2025, 1, 24), D(2025, 1, 24), ()),
    # … from Thursday 16: the 7th is Monday 3 February, past the five days of Tết
    (COMPLAINT, D(2025, 1, 16), D(2025, 2, 3), D(2025, 1, 27), (TET,)),
    # 3 working days from Friday 24 January: 3, 4, 5 February
    (POSTING, D(2025, 1, 24), D(2025, 2, 5), D(2025, 1, 29), (TET,)),
    # Saturday 26 April 2025 is worked in exchange for Friday 2 May: from Thursday 24, Fri 25, Sat 26, Mon 28
    (POSTING, D(2025, 4, 24), D(2025, 4, 28), D(2025, 4, 29), ("counting the make-up working day 2025-04-26",)),
    # … 7 working days: 25, 26, 28, 29 April, then 30/4 to 4/5 off, 5, 6, 7 May
    (
        COMPLAINT,
        D(2025, 4, 24),
        D(2025, 5, 7),
        D(2025, 5, 5),
        (
            "counting the make-up working day 2025-04-26",
            "moved past Reunification Day (30 April) and Labour Day (1 May)",
        ),
    ),
    # Saturday 10 January 2026 is worked (Công văn 12729/VPCP-KGVX): a 15-day limit ending on it ends on it
    (ONGOING, D(2025, 12, 26), D(2026, 1, 10), D(2026, 1, 12), ("counting the make-up working day 2026-01-10",)),
    # 1 and 2 January 2026 off: 3 working days from Wednesday 31 December 2025 are 5, 6, 7 January (the package: 2, 5, 6)
    (POSTING, D(2025, 12, 31), D(2026, 1, 7), D(2026, 1, 5), ("moved past New Year's Day",)),
    # Quốc khánh 2025: Monday 1 and Tuesday 2 September off
    (ONGOING, D(2025, 8, 15), D(2025, 9, 3), D(2025, 9, 1), ("moved past National Day (2 September)",)),
]


@pytest.mark.parametrize(("limit", "start", "last", "plain", "moved"), LIMITS)
def test_time_limits_count_the_public_holidays(limit, start, last, plain, moved):
    entry = limit(start)
    assert last == entry.last_day
    assert moved == tuple(m("en") for m in entry.moved)
    assert plain == limit(start, holidays=()).last_day


def test_the_reason_is_rendered_in_both_languages():
    entry = review.complaint_deadline(D(2025, 1, 16))
    assert "complaint re-checked, moved past Tết (Lunar New Year)" in entry.render("en")
    assert "hạn phúc tra khiếu nại, dời qua Tết Nguyên đán" in entry.render("vi")
    assert "tính cả ngày làm bù 2025-04-26" in review.posting_period(D(2025, 4, 24)).render("vi")


def test_the_calendar_counts_the_public_holidays_by_default():
    # The January 2025 ongoing review: 15 January + 15 = Thursday 30, in Tết: moved to Monday 3 February
    entry = review.review_calendar(2025).entries[0]
    assert (D(2025, 1, 15), D(2025, 2, 3)) == (entry.first_day, entry.last_day)
    assert "monthly ongoing review, moved past Tết (Lunar New Year)" in entry.render("en")
    plain = review.review_calendar(2025, holidays=()).entries[0]
    assert (D(2025, 1, 30), ()) == (plain.last_day, plain.moved)


def test_the_calendar_notes_the_package_s_holidays():
    notes = [n("en") for n in review.review_calendar(2026).notes]
    assert any("24 November" in n for n in notes)
    assert not any("holidays package" in n("en") for n in review.review_calendar(2026, holidays=()).notes)
    # 2019 has no time limit: its holidays do not matter, and are not noted
    assert not any("holidays package" in n("en") for n in review.review_calendar(2019).notes)


OVERRIDES = [
    # (holidays, last day of the January 2025 ongoing review, 15 January + 15 = Thursday 30 January)
    (review.PublicHolidays(), D(2025, 2, 3)),
    (review.PublicHolidays(built_in=False), D(2025, 1, 30)),
    ((), D(2025, 1, 30)),
    # a collection replaces the built-in list
    ([D(2025, 1, 30)], D(2025, 1, 31)),
    (frozenset({D(2025, 1, 30), D(2025, 1, 31)}), D(2025, 2, 3)),
    # removed days are ordinary days again; extra days are off too
    (review.PublicHolidays(removed={D(2025, 1, 30)}), D(2025, 1, 30)),
    (review.PublicHolidays(removed={D(2025, 1, 30), D(2025, 1, 31)}, extra={D(2025, 2, 3)}), D(2025, 1, 30)),
    (review.PublicHolidays(extra=[D(2025, 2, 3)]), D(2025, 2, 4)),
]


@pytest.mark.parametrize(("days", "last"), OVERRIDES)
def test_the_built_in_holidays_are_overridable(days, last):
    assert last == review.ongoing_review_deadline(D(2025, 1, 15), holidays=days).last_day


def test_a_removed_make_up_saturday_is_a_weekend_again():
    days = review.PublicHolidays(removed={D(2025, 4, 26)})
    assert D(2025, 4, 29) == review.posting_period(D(2025, 4, 24), holidays=days).last_day


def test_add_days_counts_the_built_in_holidays():
    assert D(2025, 2, 3) == review.add_days(D(2025, 1, 16), review.DayCount(7, working=True))
    assert D(2025, 1, 27) == review.add_days(D(2025, 1, 16), review.DayCount(7, working=True), holidays=())


@pytest.mark.parametrize(
    ("days", "field"),
    [
        ("2025-01-01", "holidays"),
        (5, "holidays"),
        ([D(2025, 1, 1), "2025-01-02"], "holidays"),
        ([dt.datetime(2025, 1, 1)], "holidays"),  # noqa: DTZ001 - a datetime is refused whatever its zone
    ],
)
def test_bad_holidays_name_the_field(days, field):
    with pytest.raises(gn.InvalidInput, match=f"^{field}: "):
        review.complaint_deadline(D(2025, 1, 16), holidays=days)
    with pytest.raises(gn.InvalidInput, match=f"^{field}: "):
        review.review_calendar(2025, holidays=days)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"extra": "2025-01-01"}, "extra"), ({"removed": [1]}, "removed"), ({"built_in": 1}, "built_in")],
)
def test_bad_overrides_name_the_field(kwargs, field):
    with pytest.raises(gn.InvalidInput, match=f"^{field}: "):
        review.PublicHolidays(**kwargs)


def test_a_limit_past_the_built_in_years_is_refused_and_weekends_alone_are_not():
    # 7 working days from 2027-12-28 run into 2028, which is not built in
    with pytest.raises(gn.NoRuleInForce, match="public holidays"):
        review.add_days(D(2027, 12, 28), review.DayCount(7, working=True))
    assert D(2028, 1, 6) == review.add_days(D(2027, 12, 28), review.DayCount(7, working=True), holidays=())
    with pytest.raises(gn.NoRuleInForce, match="public holidays"):
        review.add_days(D(2015, 12, 1), review.DayCount(3, working=True))


def test_legal_data_lists_the_holiday_lists_and_each_notice():
    data = {d.key: d for d in review.legal_data()}
    assert "2026-01-01 to 2026-01-04; make-up working day 2026-01-10" == data["public-holidays.2026-01-01"].value
    assert "12729/VPCP-KGVX" in data["public-holidays.2026-01-01"].citation.note
    assert (112, 1) == (
        data["public-holidays.list-2021"].citation.article,
        data["public-holidays.list-2021"].citation.clause,
    )
    assert "10/2012/QH13" == data["public-holidays.list-2013"].citation.instrument.number
    on = {d.key for d in review.legal_data(on=D(2025, 10, 1))}
    assert "public-holidays.2025-01-25" in on
    assert "public-holidays.2026-01-01" not in on
    assert "public-holidays.list-2013" not in on


def test_import_giamngheo_does_not_import_holidays():
    """The holidays package is imported on the first time limit counted, not with giamngheo nor giamngheo.review."""
    code = (
        "import sys, datetime as dt, giamngheo; from giamngheo import review; "
        "print('holidays' in sys.modules); review.add_days(dt.date(2025, 1, 2), review.DayCount(1, working=True)); "
        "print('holidays' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ["False", "True"] == result.stdout.split()
