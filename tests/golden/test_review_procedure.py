"""Golden dates of the review procedure: calendars, time limits, the village-meeting rule, the standard applied.

Sources: QĐ 24 = Quyết định 24/2021/QĐ-TTg Điều 3 and 7 (quoted by thuvienphapluat), Điều 4 and 5 (as restated by
Quyết định 967/QĐ-BNNMT); TT 17 = Thông tư 17/2016/TT-BLĐTBXH Điều 4 and 9; BLDS = Bộ luật Dân sự 2015 Điều 147,
148; QĐ 1095 / QĐ 125 = the ministry's announcements of the 2015 and 2021 results.
"""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo import review

D = dt.date

CALENDAR = [
    # (year, step key, first day, last day)
    # QĐ 24 Điều 3 khoản 1 điểm a: "từ ngày 01 tháng 9 đến hết ngày 14 tháng 12"
    (2023, "periodic_review", D(2023, 9, 1), D(2023, 12, 14)),
    # QĐ 24 Điều 7 khoản 2: "Trước ngày 15 tháng 11" — the last day is the 14th
    (2023, "preliminary_report", D(2023, 11, 14), D(2023, 11, 14)),
    # QĐ 24 Điều 7 khoản 3: "Trước ngày 20 tháng 12"
    (2023, "official_report", D(2023, 12, 19), D(2023, 12, 19)),
    # TT 17 Điều 4 khoản 1: "từ ngày 01 tháng 9 đến hết ngày 31 tháng 12"
    (2019, "periodic_review", D(2019, 9, 1), D(2019, 12, 31)),
    # TT 17 Điều 9 khoản 1 điểm b, c: before 15/11 and before 15/12
    (2019, "preliminary_report", D(2019, 11, 14), D(2019, 11, 14)),
    (2019, "official_report", D(2019, 12, 14), D(2019, 12, 14)),
    # QĐ 24 in force 01/09/2021: the 2021 periodic review follows its calendar
    (2021, "periodic_review", D(2021, 9, 1), D(2021, 12, 14)),
    # 2026: carried over (unconfirmed)
    (2026, "official_report", D(2026, 12, 19), D(2026, 12, 19)),
]


@pytest.mark.parametrize(("year", "key", "first", "last"), CALENDAR)
def test_calendar_steps(year, key, first, last):
    entry = review.review_calendar(year).entry(key)
    assert (first, last) == (entry.first_day, entry.last_day)


def test_monthly_reports_are_on_the_5th_from_february_to_september():
    # QĐ 24 Điều 7 khoản 1: "Ngày 05 hằng tháng (từ tháng 02 đến tháng 9)"
    days = [e.first_day for e in review.review_calendar(2024).entries if e.key == "monthly_report"]
    assert [D(2024, m, 5) for m in range(2, 10)] == days


def test_ongoing_reviews_start_on_the_15th_every_month():
    # QĐ 24 Điều 3 khoản 1 điểm b: "mỗi tháng 01 lần, thực hiện từ ngày 15 hằng tháng"
    days = [e.first_day for e in review.review_calendar(2024).entries if e.key == "ongoing_review"]
    assert [D(2024, m, 15) for m in range(1, 13)] == days


def test_2021_has_monthly_steps_only_from_september():
    # TT 17 had no monthly day; QĐ 24 applies from 2021-09-01
    days = [e.first_day for e in review.review_calendar(2021).entries if e.key == "ongoing_review"]
    assert [D(2021, m, 15) for m in range(9, 13)] == days


def test_2019_has_no_monthly_steps():
    assert {"periodic_review", "preliminary_report", "official_report"} == {
        e.key for e in review.review_calendar(2019).entries
    }


def test_calendar_is_in_date_order_and_flags_the_two_tier_reform():
    cal = review.review_calendar(2025)
    days = [e.first_day for e in cal.entries]
    assert sorted(days) == days
    assert any("2025-07-01" in n("en") for n in cal.notes)
    # 2024 has no note of its procedure; only its public holidays not checked against a notice are noted
    assert not review.review_calendar(2024, holidays=()).notes
    assert all("holidays package" in n("en") for n in review.review_calendar(2024).notes)


@pytest.mark.parametrize("year", [2015, 2027])
def test_no_calendar_outside_the_procedures(year):
    with pytest.raises(gn.NoRuleInForce):
        review.review_calendar(year)


def test_procedures_tile():
    windows = [w for w, _ in review.PROCEDURES]
    assert all(a.end == b.start for a, b in itertools.pairwise(windows))
    assert (D(2016, 8, 15), D(2027, 1, 1)) == (windows[0].start, windows[-1].end)


MEETINGS = [
    # (agreeing, attendees, agreed) — "ít nhất 50%" agrees, "dưới 50%" re-review (QĐ 24 Điều 4)
    (5, 10, True),
    (4, 10, False),
    (50, 100, True),
    (49, 100, False),
    (4, 9, False),  # 44.4 %
    (5, 9, True),  # 55.6 %
    (1, 1, True),
    (0, 1, False),
    (1, 2, True),
]


@pytest.mark.parametrize(("agreeing", "attendees", "agreed"), MEETINGS)
def test_meeting_rule(agreeing, attendees, agreed):
    result = review.meeting(agreeing, attendees, on=D(2024, 10, 1))
    assert (agreed, Fraction(agreeing, attendees)) == (result.agreed, result.share)


def test_meeting_rule_is_not_back_ported_to_2016_2020():
    with pytest.raises(gn.NoRuleInForce, match="sets none"):
        review.meeting(5, 10, on=D(2019, 10, 1))


@pytest.mark.parametrize(("agreeing", "attendees"), [(11, 10), (1, 0), (-1, 3), (1.0, 2)])
def test_meeting_counts_are_checked(agreeing, attendees):
    with pytest.raises(gn.InvalidInput):
        review.meeting(agreeing, attendees, on=D(2024, 10, 1), household="H1")


LIMITS = [
    # (function, start, holidays, last day)
    # QĐ 24 Điều 5: "15 ngày, kể từ ngày bắt đầu rà soát"; BLDS Điều 147: counted from the next day.
    # 2024-03-15 (Fri) + 15 days = 2024-03-30, a Saturday: BLDS Điều 148 khoản 5 moves it to Monday 2024-04-01
    (review.ongoing_review_deadline, D(2024, 3, 15), (), D(2024, 4, 1)),
    # 2024-04-15 (Mon) + 15 days = 2024-04-30 (Tue); with 30/4 a holiday, 2/5 … the next working day
    (review.ongoing_review_deadline, D(2024, 4, 15), (), D(2024, 4, 30)),
    (review.ongoing_review_deadline, D(2024, 4, 15), (D(2024, 4, 30), D(2024, 5, 1)), D(2024, 5, 2)),
    # Posting: "03 ngày làm việc". Friday 2024-11-01: Mon 4, Tue 5, Wed 6
    (review.posting_period, D(2024, 11, 1), (), D(2024, 11, 6)),
    # Complaint re-check: "không quá 07 ngày làm việc, kể từ ngày nhận được khiếu nại"; Fri 1/11 → Tue 12/11
    (review.complaint_deadline, D(2024, 11, 1), (), D(2024, 11, 12)),
    # a holiday inside the working days pushes the end: Mon 2024-09-02 is Quốc khánh
    (review.posting_period, D(2024, 8, 30), (D(2024, 9, 2), D(2024, 9, 3)), D(2024, 9, 6)),
]


@pytest.mark.parametrize(("limit", "start", "holidays", "last"), LIMITS)
def test_time_limits(limit, start, holidays, last):
    """The weekend rule alone, and the holidays given (the built-in public holidays: tests/golden/test_public_holidays.py)."""
    assert last == limit(start, holidays=holidays).last_day


BUILT_IN = [
    # The same limits with Việt Nam's public holidays built in (the default)
    (review.ongoing_review_deadline, D(2024, 3, 15), D(2024, 4, 1)),
    # 2024-04-30 is Ngày Chiến thắng, in the break of 27/4 to 1/5 (Công văn 2450/VPCP-KGVX): Thursday 2 May
    (review.ongoing_review_deadline, D(2024, 4, 15), D(2024, 5, 2)),
    (review.posting_period, D(2024, 11, 1), D(2024, 11, 6)),
    (review.complaint_deadline, D(2024, 11, 1), D(2024, 11, 12)),
    # 2 and 3 September 2024 are Quốc khánh: Wed 4, Thu 5, Fri 6
    (review.posting_period, D(2024, 8, 30), D(2024, 9, 6)),
]


@pytest.mark.parametrize(("limit", "start", "last"), BUILT_IN)
def test_time_limits_with_the_built_in_holidays(limit, start, last):
    assert last == limit(start).last_day


def test_time_limits_need_a_procedure_that_sets_them():
    with pytest.raises(gn.NoRuleInForce):
        review.posting_period(D(2019, 11, 1))


BASES = [
    # (year, standard id) — QĐ 1095/QĐ-LĐTBXH: the 2015 survey "theo chuẩn nghèo ... giai đoạn 2016-2020"
    (2015, "vn-2016-2020"),
    # TT 17 Điều 2 khoản 1: households meeting the criteria of QĐ 59/2015
    (2016, "vn-2016-2020"),
    (2020, "vn-2016-2020"),
    # QĐ 125/QĐ-LĐTBXH: "kết quả rà soát ... năm 2021 theo chuẩn nghèo ... giai đoạn 2016-2020"
    (2021, "vn-2021"),
    # QĐ 24/2021 (giai đoạn 2022-2025); QĐ 71/QĐ-LĐTBXH: the 2022 results under the 2022-2025 standard
    (2022, "vn-2022-2025"),
    (2025, "vn-2022-2025"),
]


@pytest.mark.parametrize(("year", "standard_id"), BASES)
def test_standard_applied_by_each_years_review(year, standard_id):
    assert standard_id == review.review_standard(year).standard_id


def test_every_basis_names_a_national_standard():
    ids = {s.id for _, s in gn.NATIONAL_STANDARDS}
    assert {b.standard_id for b in review.REVIEW_BASES} <= ids


@pytest.mark.parametrize("year", [2014, 2026])
def test_no_basis_outside_the_known_years(year):
    with pytest.raises(gn.NoRuleInForce):
        review.review_standard(year)


def test_legal_data_lists_every_value_with_its_verification():
    data = review.legal_data()
    keys = {d.key for d in data}
    assert {"qd-24-2021.meeting_share", "tt-07-2021.deprivation_cutoff", "review-2021.standard"} <= keys
    assert all(isinstance(d.citation.verification, gn.Verification) for d in data)
    flagged = {d.key for d in data if d.citation.verification is gn.Verification.UNCONFIRMED}
    assert "qd-24-2021-2026.meeting_share" in flagged
    assert "tt-17-2016-tt-14-2018.points_per_deprivation" in flagged


@pytest.mark.parametrize("days", [-1, 1.5, True])
def test_day_counts_are_whole_and_not_negative(days):
    with pytest.raises((gn.InvalidInput, TypeError, ValueError)):
        review.DayCount(days, working=True)


def test_legal_data_lists_the_phieu_a_rule():
    # TT 07/2021 Phụ lục II as restated by QĐ 967/QĐ-BNNMT: "dưới 04 chỉ tiêu từ cột 01 đến cột 09"
    data = {d.key: d for d in review.legal_data()}
    assert (9, 4) == (data["phieu-a-2022.columns"].value, data["phieu-a-2022.minimum"].value)
    assert gn.Verification.UNCONFIRMED == data["phieu-a-2026.minimum"].citation.verification
