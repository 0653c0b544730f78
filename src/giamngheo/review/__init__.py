"""The annual review (rà soát hộ nghèo, hộ cận nghèo): scores, movements, procedure, calendar and reports.

A commune's year-end review in a few lines::

    import datetime as dt
    from giamngheo import review

    review.review_calendar(2025).render("vi")                      # what is due, and when (public holidays counted)
    s = review.score("rural", 132, deprived={"health_insurance", "water", "housing_area"}, on=dt.date(2025, 10, 1))
    s.status                                                       # Status.POOR, with s.explain("vi")
    moves = review.movements(last_year, this_year, departures={"H9": review.Departure.MOVED_AWAY})
    report = review.review_report(this_year, movements=moves, standard=standard)
    report.to_xlsx("bao-cao-ra-soat-2025.xlsx")

Each rule is cited data in the module of the instrument that sets it:
:mod:`~giamngheo.review.circular_17_2016` (2016-2020), :mod:`~giamngheo.review.decision_24_2021` and
:mod:`~giamngheo.review.circular_07_2021` (2022-2025, carried to 2026 flagged), and the announcements of results
that show which standard a year's review applied. The time limits count Việt Nam's public holidays
(:mod:`~giamngheo.review.public_holidays`).
"""

from __future__ import annotations

from giamngheo._errors import ScoreTableError
from giamngheo.formats.score_table import SCORE_TABLE_FORMAT, SCORE_TABLE_FORMAT_VERSION, load_score_table
from giamngheo.review._breakdowns import deprivation_table, group_table, household_list
from giamngheo.review._export import MissingExtra, neutralise, write_csv, write_xlsx
from giamngheo.review._movements import (
    DECREASES,
    INCREASES,
    Balance,
    BalanceError,
    Counts,
    Movement,
    Movements,
    Transition,
    by_commune,
    by_district,
    by_province,
    movements,
)
from giamngheo.review._procedure import (
    CalendarEntry,
    DayCount,
    MeetingResult,
    Procedure,
    ReviewBasis,
    ReviewCalendar,
    add_days,
)
from giamngheo.review._records import Arrival, Departure, Group, Record
from giamngheo.review._reports import movement_table, results_table, review_report
from giamngheo.review._rules import (
    PROCEDURES,
    REVIEW_BASES,
    SCORING_RULES,
    complaint_deadline,
    legal_data,
    meeting,
    needs_review,
    ongoing_review_deadline,
    posting_period,
    procedure,
    review_calendar,
    review_standard,
    score,
    scoring_rule,
)
from giamngheo.review._scoring import Score, ScoreBand, ScoringRule
from giamngheo.review._table import Column, ColumnKind, Report, Table
from giamngheo.review._tables import ScoreItem, ScoreOption, ScoreTable, TableScore
from giamngheo.review.public_holidays import (
    HOLIDAY_BREAKS,
    Holiday,
    HolidayBreak,
    PublicHolidays,
    YearHolidays,
    year_holidays,
)

__all__ = [
    "DECREASES",
    "HOLIDAY_BREAKS",
    "INCREASES",
    "PROCEDURES",
    "REVIEW_BASES",
    "SCORE_TABLE_FORMAT",
    "SCORE_TABLE_FORMAT_VERSION",
    "SCORING_RULES",
    "Arrival",
    "Balance",
    "BalanceError",
    "CalendarEntry",
    "Column",
    "ColumnKind",
    "Counts",
    "DayCount",
    "Departure",
    "Group",
    "Holiday",
    "HolidayBreak",
    "MeetingResult",
    "MissingExtra",
    "Movement",
    "Movements",
    "Procedure",
    "PublicHolidays",
    "Record",
    "Report",
    "ReviewBasis",
    "ReviewCalendar",
    "Score",
    "ScoreBand",
    "ScoreItem",
    "ScoreOption",
    "ScoreTable",
    "ScoreTableError",
    "ScoringRule",
    "Table",
    "TableScore",
    "Transition",
    "YearHolidays",
    "add_days",
    "by_commune",
    "by_district",
    "by_province",
    "complaint_deadline",
    "deprivation_table",
    "group_table",
    "household_list",
    "legal_data",
    "load_score_table",
    "meeting",
    "movement_table",
    "movements",
    "needs_review",
    "neutralise",
    "ongoing_review_deadline",
    "posting_period",
    "procedure",
    "results_table",
    "review_calendar",
    "review_report",
    "review_standard",
    "score",
    "scoring_rule",
    "write_csv",
    "write_xlsx",
    "year_holidays",
]
