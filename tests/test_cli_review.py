"""End-to-end tests of the annual-review commands of the installed ``giamngheo`` command: calendar, score, report.

The report fixture: two wards of Thủ Dầu Một as they were on 2024-01-01, 25741 Phường Hiệp Thành ("A") and 25744
Phường Phú Lợi ("B"). Last year's list (PREVIOUS) holds seven households, this year's review (CURRENT) eleven; A4
moved away, B4 moved in, B5 was poor before the start of the period (re-poor). Every golden figure is a hand count
of these lines, written next to the test that uses it.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "giamngheo", *args], capture_output=True, text=True, check=False)


# --- calendar ----------------------------------------------------------------------------------------------------


def test_calendar_2024_has_the_periodic_review() -> None:
    """QĐ 24/2021/QĐ-TTg Điều 3 khoản 1 điểm a: the periodic review runs from 1 September to 14 December."""
    result = run("calendar", "2024")
    assert 0 == result.returncode, result.stderr
    assert "2024-09-01" in result.stdout
    assert "2024-12-14" in result.stdout
    assert any(
        line.strip().startswith("2024-09-01 → 2024-12-14  rà soát định kỳ") for line in result.stdout.splitlines()
    )
    assert result.stdout.startswith("Lịch rà soát năm 2024: ")


def test_calendar_in_english() -> None:
    result = run("calendar", "2024", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert result.stdout.startswith("Review calendar 2024: ")
    assert "2024-09-01 → 2024-12-14  periodic review" in result.stdout


def test_calendar_holidays_move_a_last_day() -> None:
    """The September ongoing review ends 15 days after the 15th: Monday 2024-09-30, or the next day if a holiday."""
    plain = run("calendar", "2024", "--lang", "en")
    assert "2024-09-15 → 2024-09-30  monthly ongoing review" in plain.stdout
    moved = run("calendar", "2024", "--holidays", "2024-09-02,2024-09-30", "--lang", "en")
    assert 0 == moved.returncode, moved.stderr
    assert "2024-09-15 → 2024-10-01  monthly ongoing review" in moved.stdout


def test_calendar_counts_the_public_holidays_by_default() -> None:
    """The January 2025 ongoing review: 15 January + 15 days = Thursday 30, in Tết (27 to 31 January off)."""
    built_in = run("calendar", "2025", "--lang", "en")
    assert 0 == built_in.returncode, built_in.stderr
    assert "2025-01-15 → 2025-02-03  monthly ongoing review, moved past Tết (Lunar New Year)  (" in built_in.stdout
    vi = run("calendar", "2025")
    assert "2025-01-15 → 2025-02-03  rà soát thường xuyên hằng tháng, dời qua Tết Nguyên đán  (" in vi.stdout


def test_calendar_without_public_holidays_counts_weekends_and_the_dates_given() -> None:
    none = run("calendar", "2025", "--no-public-holidays", "--lang", "en")
    assert 0 == none.returncode, none.stderr
    assert "2025-01-15 → 2025-01-30  monthly ongoing review  (" in none.stdout
    assert "holidays package" not in none.stdout
    given = run("calendar", "2025", "--no-public-holidays", "--holidays", "2025-01-30", "--lang", "en")
    assert "2025-01-15 → 2025-01-31  monthly ongoing review, moved past a holiday  (" in given.stdout


def test_calendar_holidays_are_added_to_the_built_in_ones() -> None:
    """3 February 2025 added: the January ongoing review, past Tết, ends on Tuesday 4 February."""
    result = run("calendar", "2025", "--holidays", "2025-02-03", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "2025-01-15 → 2025-02-04  monthly ongoing review, moved past Tết (Lunar New Year), moved past a holiday" in (
        result.stdout
    )


def test_calendar_flags_the_holidays_no_notice_covers() -> None:
    result = run("calendar", "2026", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "! 24 November (Việt Nam Culture Day) is counted as a day off" in result.stdout


def test_calendar_before_any_procedure_is_a_readable_error() -> None:
    """No review procedure is encoded before 2016-08-15: exit 1 (an error), the range named, no traceback."""
    result = run("calendar", "2010")
    assert 1 == result.returncode
    assert "" == result.stdout
    assert "từ 15/08/2016" in result.stderr  # in Vietnamese, as officers write dates (--lang vi, the default)
    assert result.stderr.startswith("giamngheo: lỗi: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("year", ["24", "twenty", "0000"])
def test_calendar_not_a_year_is_a_usage_error(year: str) -> None:
    result = run("calendar", year)
    assert 2 == result.returncode
    assert "not a year in YYYY form" in result.stderr
    assert "Traceback" not in result.stderr


def test_calendar_bad_holiday_is_a_usage_error() -> None:
    result = run("calendar", "2024", "--holidays", "2024-09-02,2 September")
    assert 2 == result.returncode
    assert "YYYY-MM-DD" in result.stderr


# --- score -------------------------------------------------------------------------------------------------------


def score(*args: str) -> subprocess.CompletedProcess[str]:
    return run("score", "--area", "rural", "--on", "2024-10-01", *args)


@pytest.mark.parametrize(
    ("income", "lang", "expected"),
    [
        # TT 07/2021 Điều 1 khoản 1: rural score A ≤ 140 and score B ≥ 30 is poor; on the bound is inside
        ("140", "vi", "Kết quả: hộ nghèo [poor]"),
        ("140", "en", "Result: poor household [poor]"),
        # one point above the rural bound: neither poor nor near-poor
        ("141", "en", "Result: not poor, near-poor or of middle living standard [not_poor]"),
    ],
)
def test_score_golden_first_line(income: str, lang: str, expected: str) -> None:
    result = score("--income-score", income, "--deprivation-score", "30", "--lang", lang)
    assert 0 == result.returncode, result.stderr
    assert expected == result.stdout.splitlines()[0]


def test_score_explains_the_bounds() -> None:
    poor = score("--income-score", "140", "--deprivation-score", "30", "--lang", "en")
    assert "score A 140 ≤ 140 (rural" in poor.stdout
    assert "score B 30 ≥ 30" in poor.stdout
    above = score("--income-score", "141", "--deprivation-score", "30", "--lang", "en")
    assert "score A 141 > 140 (rural" in above.stdout


@pytest.mark.parametrize("points", ["265/2", "132.5", "132.50", "530/4"])
def test_score_takes_exact_fractions(points: str) -> None:
    """132.5 points are 265/2 exactly, whatever the notation; with 2 deprivations (20 < 30): near-poor."""
    result = score("--income-score", points, "--deprived", "water;telecom", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    assert "Result: near-poor household [near_poor]" == lines[0]
    assert "score B = 2 × 10 = 20 (deprived in: telecom, water)" in lines
    assert "score A 265/2 ≤ 140 (rural" in result.stdout


def test_score_fraction_just_above_the_bound_is_not_rounded() -> None:
    """140.01 points are above 140: never rounded to the bound."""
    result = score("--income-score", "140.01", "--deprivation-score", "30", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "Result: not poor, near-poor or of middle living standard [not_poor]" == result.stdout.splitlines()[0]
    assert "score A 14001/100 > 140" in result.stdout


@pytest.mark.parametrize(("points", "message"), [("1e3", "not a number of points"), ("3/0", "denominator 0")])
def test_score_refuses_inexact_points_as_usage_errors(points: str, message: str) -> None:
    result = score("--income-score", points, "--deprivation-score", "30")
    assert 2 == result.returncode
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--income-score", "-1", "--deprivation-score", "30"), "income_score: points are never negative"),
        (("--income-score", "100", "--deprived", "water;wifi"), "defines no indicator wifi"),
    ],
)
def test_score_errors_of_the_law_exit_1(args: tuple[str, ...], message: str) -> None:
    result = score(*args)
    assert 1 == result.returncode
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_score_needs_exactly_one_deprivation_input() -> None:
    both = score("--income-score", "100", "--deprivation-score", "30", "--deprived", "water")
    assert 2 == both.returncode
    assert "not allowed with argument" in both.stderr
    neither = score("--income-score", "100")
    assert 2 == neither.returncode


def test_score_outside_the_encoded_rules() -> None:
    result = run("score", "--area", "urban", "--income-score", "100", "--deprivation-score", "0", "--on", "2015-06-01")
    assert 1 == result.returncode
    assert "từ 10/11/2018" in result.stderr  # in Vietnamese, as officers write dates (--lang vi, the default)
    assert "Traceback" not in result.stderr


# --- report ------------------------------------------------------------------------------------------------------

CURRENT = """\
household_id,status,persons,commune,deprived,groups,arrival,formerly
A1,poor,5,25741,employment;health_insurance;water,ethnic_minority,,
A2,near_poor,3,25741,nutrition,social_protection,,
A3,middle,5,25741,,,,
A5,poor,2,25741,employment;telecom,ethnic_minority;no_labour_capacity,,
A6,not_poor,3,25741,,ethnic_minority,,
B1,poor,6,25744,health_insurance;housing_quality,meritorious_service,,
B2,poor,4,25744,employment;adult_education;sanitation,,,
B3,not_poor,2,25744,,,,
B4,near_poor,3,25744,water,social_protection,moved_in,
B5,poor,1,25744,information_devices,,,poor
B6,near_poor,2,25744,,,,
"""
PREVIOUS = """\
household_id,status,persons,commune,departure
A1,poor,4,25741,
A2,poor,3,25741,
A3,near_poor,5,25741,
A4,poor,2,25741,moved_away
B1,poor,6,25744,
B2,near_poor,4,25744,
B3,near_poor,2,25744,
"""
TOTALS = "unit,households\n25741,100\n25744,80\n"  # invented totals of resident households

SHEETS = [
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
]
# Results: poor A1 (5), A5 (2), B1 (6), B2 (4), B5 (1) = 5 households, 18 persons, 5/180 = 2.78 %;
# near-poor A2 (3), B4 (3), B6 (2) = 3 households, 8 persons, 3/180 = 1.67 %; middle A3.
RESULTS_TOTAL = (180, 5, 18, 2.78, 3, 8, 1.67, 1)
# Columns: start, to the other list, escaped, other decrease, total decrease, new, returned, from the other list,
# other increase, total increase, end.
MOVEMENT_TOTALS = {
    # start A1 A2 A4 B1; down A2 (to near-poor), A4 (moved away); up A5 (new), B5 (re-poor), B2 (from near-poor)
    "poor_movements_households": (4, 1, 0, 1, 2, 1, 1, 1, 0, 3, 5),
    # start 4+3+2+6; down A2 3, A4 2; up A5 2, B5 1, B2 4, and A1 stayed with one person more (other increase)
    "poor_movements_persons": (15, 3, 0, 2, 5, 2, 1, 4, 1, 8, 18),
    # start A3 B2 B3; down B2 (to poor), A3 B3 (escaped); up B6 (new), A2 (from poor), B4 (moved in)
    "near_poor_movements_households": (3, 1, 2, 0, 3, 1, 0, 1, 1, 3, 3),
    "near_poor_movements_persons": (11, 4, 7, 0, 11, 2, 0, 3, 3, 8, 8),
}
# Poor: 5 households; ethnic minority A1 A5, no labour capacity A5, meritorious service B1. Near-poor: 3 households;
# social protection A2 B4.
GROUPS_TOTAL = (5, 2, 1, 1, 0, 3, 0, 0, 0, 2)
# vn-2022-2025 indicators in order: employment (A1 A5 B2), dependants, nutrition, health insurance (A1 B1),
# adult education (B2), school attendance, housing quality (B1), housing area, water (A1), sanitation (B2),
# telecom (A5), information devices (B5); 3 + 2 + 2 + 3 + 1 = 11 deprivations.
POOR_DEPRIVATIONS_TOTAL = (5, 3, 0, 0, 2, 1, 0, 1, 0, 1, 1, 1, 1, 11)


def write_inputs(tmp_path: Path, current: str = CURRENT, previous: str = PREVIOUS) -> tuple[Path, Path, Path]:
    paths = (tmp_path / "current.csv", tmp_path / "previous.csv", tmp_path / "totals.csv")
    # the current list with a byte-order mark, as Excel saves "CSV UTF-8"
    paths[0].write_text(current, encoding="utf-8-sig")
    paths[1].write_text(previous, encoding="utf-8")
    paths[2].write_text(TOTALS, encoding="utf-8")
    return paths


def report(
    tmp_path: Path, *extra: str, current: str = CURRENT, previous: str = PREVIOUS
) -> subprocess.CompletedProcess[str]:
    cur, prev, totals = write_inputs(tmp_path, current, previous)
    return run("report", str(cur), "--previous", str(prev), "--households-total", str(totals), *extra)


def total_row(sheet) -> tuple:
    """The figures of the total row (XLSX reads its empty unit code back as None)."""
    row = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    assert None is row[0]
    return row[2:]


def test_report_workbook(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    result = report(tmp_path, "--year", "2024", "--on", "2024-01-01", "-o", str(out))
    assert 0 == result.returncode, result.stderr
    assert f"Đã ghi: {out}" == result.stdout.strip()
    workbook = openpyxl.load_workbook(out)
    assert SHEETS == workbook.sheetnames
    results = workbook["results"]
    assert RESULTS_TOTAL == total_row(results)
    assert ("25741", "Phường Hiệp Thành", 100, 2, 7, 2.0, 1, 3, 1.0, 1) == next(
        row for row in results.iter_rows(values_only=True) if row[0] == "25741"
    )
    for sheet, expected in MOVEMENT_TOTALS.items():
        assert expected == total_row(workbook[sheet]), sheet
    assert GROUPS_TOTAL == total_row(workbook["groups"])
    assert POOR_DEPRIVATIONS_TOTAL == total_row(workbook["poor_deprivations"])


def test_report_csv_directory_in_english(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = report(tmp_path, "--standard", "vn-2022-2025", "--on", "2024-01-01", "-o", str(out), "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert [f"Written: {out / f'{sheet}.csv'}" for sheet in SHEETS] == result.stdout.splitlines()
    assert sorted(f"{sheet}.csv" for sheet in SHEETS) == sorted(p.name for p in out.iterdir())
    with (out / "results.csv").open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert ("unit code", "unit name", "total households") == tuple(rows[0][:3])
    assert ["", "Total", "180", "5", "18", "2.78", "3", "8", "1.67", "1"] == rows[-1]
    with (out / "poor_movements_households.csv").open(newline="", encoding="utf-8-sig") as f:
        movements = list(csv.reader(f))
    assert "fell back into poverty" in movements[0]
    assert ["", "Total", *map(str, MOVEMENT_TOTALS["poor_movements_households"])] == movements[-1]


def test_report_summary_without_output(tmp_path: Path) -> None:
    result = report(tmp_path, "--year", "2024")
    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    assert "Kết quả rà soát: 11 hộ, 36 nhân khẩu (chuẩn vn-2022-2025)" == lines[0]
    assert "  hộ nghèo: 5 hộ, 18 nhân khẩu" in lines
    assert "  hộ cận nghèo: 3 hộ, 8 nhân khẩu" in lines
    assert "  hộ có mức sống trung bình: 1 hộ, 5 nhân khẩu" in lines
    assert "  hộ nghèo: 4 - 2 + 3 = 5 hộ; 15 - 5 + 8 = 18 nhân khẩu" in lines
    assert "  hộ cận nghèo: 3 - 3 + 3 = 3 hộ; 11 - 11 + 8 = 8 nhân khẩu" in lines
    assert "" == result.stderr


def test_report_summary_without_previous_has_no_movements(tmp_path: Path) -> None:
    cur, _, _ = write_inputs(tmp_path)
    result = run("report", str(cur), "--year", "2024", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "Review results: 11 households, 36 persons (standard vn-2022-2025)" == result.stdout.splitlines()[0]
    assert "Movements" not in result.stdout
    assert "used only with --previous" in result.stderr  # B4's arrival and B5's formerly are not silently dropped


def test_report_default_standard_is_the_one_in_force_on_the_date(tmp_path: Path) -> None:
    result = report(tmp_path, "--on", "2024-06-01", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "(standard vn-2022-2025)" in result.stdout.splitlines()[0]


def replace(text: str, old: str, new: str) -> str:
    assert 1 == text.count(old)
    return text.replace(old, new)


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [
        # unknown status
        (
            replace(CURRENT, "A2,near_poor,", "A2,nearpoor,"),
            PREVIOUS,
            "current.csv, line 3, column 'status', household 'A2': unknown value 'nearpoor'",
        ),
        # an empty status is an error, never a default
        (
            replace(CURRENT, "A3,middle,", "A3,,"),
            PREVIOUS,
            "current.csv, line 4, column 'status', household 'A3': empty",
        ),
        # missing persons
        (
            replace(CURRENT, "A3,middle,5,", "A3,middle,,"),
            PREVIOUS,
            "current.csv, line 4, column 'persons', household 'A3': empty",
        ),
        (
            replace(CURRENT, "B6,near_poor,2,", "B6,near_poor,2.5,"),
            PREVIOUS,
            "current.csv, line 12, column 'persons', household 'B6': not a whole number: '2.5'",
        ),
        # duplicate id: the second line is the bad one
        (
            replace(CURRENT, "A6,not_poor", "A5,not_poor"),
            PREVIOUS,
            "current.csv, line 6, column 'household_id', household 'A5': appears twice in the file (first on line 5)",
        ),
        (
            replace(CURRENT, "information_devices", "internet"),
            PREVIOUS,
            "current.csv, line 11, column 'deprived', household 'B5': unknown indicator(s) of vn-2022-2025: 'internet'",
        ),
        # unknown departure
        (
            CURRENT,
            replace(PREVIOUS, "moved_away", "emigrated"),
            "previous.csv, line 5, column 'departure', household 'A4': unknown value 'emigrated'",
        ),
        # last year's list holds poor and near-poor households only
        (
            CURRENT,
            replace(PREVIOUS, "B3,near_poor", "B3,middle"),
            "previous.csv, line 8, column 'status', household 'B3': unknown value 'middle': use one of poor, near_poor",
        ),
    ],
)
def test_report_bad_row_names_file_line_column_household(
    tmp_path: Path, current: str, previous: str, expected: str
) -> None:
    out = tmp_path / "out.xlsx"
    result = report(tmp_path, "--year", "2024", "-o", str(out), current=current, previous=previous)
    assert 1 == result.returncode
    assert f"giamngheo: error: {tmp_path}{os.sep}{expected}" in result.stderr
    assert "giamngheo: error: 1 problem(s) in the input: no report was written" == result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr
    assert not out.exists()  # all-or-nothing
    assert "" == result.stdout


def test_report_every_bad_row_is_reported(tmp_path: Path) -> None:
    current = replace(replace(CURRENT, "A2,near_poor,", "A2,rich,"), "B6,near_poor,2,", "B6,near_poor,0,")
    result = report(tmp_path, "--year", "2024", current=current)
    assert 1 == result.returncode
    errors = [line for line in result.stderr.splitlines() if ", line " in line]
    assert 2 == len(errors)
    assert "line 3, column 'status'" in errors[0]
    assert "line 12, column 'persons', household 'B6': at least 1, got 0" in errors[1]


def test_report_previous_household_without_result_or_departure(tmp_path: Path) -> None:
    previous = replace(PREVIOUS, "A4,poor,2,25741,moved_away", "A4,poor,2,25741,")
    result = report(tmp_path, "--year", "2024", previous=previous)
    assert 1 == result.returncode
    expected = (
        f"{tmp_path / 'previous.csv'}, line 5, column 'departure', household 'A4': on last year's list but not in "
        f"{tmp_path / 'current.csv'}"
    )
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_report_departure_and_arrival_must_match_the_lists(tmp_path: Path) -> None:
    previous = replace(PREVIOUS, "B1,poor,6,25744,", "B1,poor,6,25744,dissolved")  # B1 is reviewed this year
    current = replace(CURRENT, "A2,near_poor,3,25741,nutrition,social_protection,,", "A2,near_poor,3,25741,,,split,")
    result = report(tmp_path, "--year", "2024", current=current, previous=previous)
    assert 1 == result.returncode
    assert "line 3, column 'arrival', household 'A2': arrived, but it is on last year's list" in result.stderr
    assert "line 6, column 'departure', household 'B1': departed, but it is in this year's results" in result.stderr


def test_report_totals_must_cover_every_unit(tmp_path: Path) -> None:
    cur, prev, totals = write_inputs(tmp_path)
    totals.write_text("unit,households\n25741,4\n", encoding="utf-8")
    result = run("report", str(cur), "--previous", str(prev), "--households-total", str(totals), "--year", "2024")
    assert 1 == result.returncode
    assert (
        f"{totals}, line 2, column 'households': the commune '25741' has 4 households in total but 5" in result.stderr
    )
    assert f"{totals}, column 'unit': no total number of households for the commune '25744'" in result.stderr


def test_report_level_column_is_required(tmp_path: Path) -> None:
    result = report(tmp_path, "--year", "2024", "--level", "district")
    assert 1 == result.returncode
    assert "current.csv, line 1, column 'district': missing from the header" in result.stderr


def test_report_unknown_standard_and_year_without_a_known_standard(tmp_path: Path) -> None:
    unknown = report(tmp_path, "--standard", "vn-1999")
    assert 1 == unknown.returncode
    assert "vn-2022-2025" in unknown.stderr  # the ids are listed
    later = report(tmp_path, "--year", "2026")
    assert 1 == later.returncode
    assert "chưa xác nhận kỳ rà soát năm 2026 áp dụng chuẩn nghèo nào" in later.stderr  # --lang vi, the default
    both = report(tmp_path, "--year", "2024", "--standard", "vn-2022-2025")
    assert 2 == both.returncode


def test_report_refuses_a_csv_file_as_output(tmp_path: Path) -> None:
    result = report(tmp_path, "--year", "2024", "-o", str(tmp_path / "report.csv"))
    assert 1 == result.returncode
    assert "give a .xlsx file, or a directory" in result.stderr
    assert not (tmp_path / "report.csv").exists()


def test_report_without_openpyxl_says_which_extra(tmp_path: Path) -> None:
    """The workbook needs the extra giamngheo[xlsx]: without openpyxl, its message, not a traceback."""
    cur, _, _ = write_inputs(tmp_path)
    out = tmp_path / "out.xlsx"
    code = (
        "import sys; sys.modules['openpyxl'] = None; from giamngheo.cli import main; "
        f"sys.exit(main(['report', {str(cur)!r}, '--year', '2024', '-o', {str(out)!r}]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert 1 == result.returncode
    assert 'pip install "giamngheo[xlsx]"' in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_help_has_the_annual_review_section() -> None:
    result = run("--help")
    assert 0 == result.returncode
    assert "Annual review" in result.stdout
    assert "giamngheo calendar 2025" in result.stdout
    report_help = run("report", "--help")
    assert "all-or-nothing" in report_help.stdout


def test_sources_lists_the_review_data_with_their_verification() -> None:
    result = run("sources", "--on", "2024-10-01")
    assert 0 == result.returncode, result.stderr
    rows = {row[0]: row for row in csv.reader(result.stdout.splitlines()) if row[0].startswith("review.")}
    # QĐ 24/2021 Điều 4, quoted through QĐ 967/QĐ-BNNMT; TT 07/2021 Điều 1 khoản 1, reported
    assert ("1/2", "quoted") == (rows["review.qd-24-2021.meeting_share"][1], rows["review.qd-24-2021.meeting_share"][3])
    assert ("30", "reported") == (
        rows["review.tt-07-2021.deprivation_cutoff"][1],
        rows["review.tt-07-2021.deprivation_cutoff"][3],
    )


def test_sources_before_any_review_procedure_has_no_review_rows() -> None:
    result = run("sources", "--on", "2010-01-01")
    assert 0 == result.returncode, result.stderr
    assert "review." not in result.stdout


@pytest.mark.parametrize(
    ("persons", "shown"),
    [("9" * 4301, "4301 digits"), ("1000000000000001", "16 digits")],
    ids=["4301 digits", "one past a quadrillion"],
)
def test_report_refuses_a_count_too_large_without_a_traceback(tmp_path: Path, persons: str, shown: str) -> None:
    done = report(tmp_path, current=CURRENT.replace("A1,poor,5,", f"A1,poor,{persons},", 1))
    assert 1 == done.returncode
    assert "Traceback" not in done.stderr
    assert f"column 'persons', household 'A1': at most 1,000,000,000,000,000, got a number of {shown}" in done.stderr
