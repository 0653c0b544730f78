"""The commands of the annual review (rà soát hộ nghèo, hộ cận nghèo): ``calendar``, ``score`` and ``report``.

References:
    The rules: :mod:`giamngheo.review`; the input files of a report, read and checked:
    :func:`giamngheo.review._inputs.read_review_files`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from fractions import Fraction
from pathlib import Path

from giamngheo import review
from giamngheo._errors import InvalidInput
from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import Standard
from giamngheo.cli._common import EXIT_ERROR, EXIT_OK, date, lang_option, refuse_inputs
from giamngheo.review._inputs import CURRENT_STATUSES, LIST_STATUSES, ReviewInputs, read_review_files
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = ["add_parsers"]

#: The time zone of Vietnam (UTC+7): "today" is the date in Vietnam.
_VIETNAM = dt.timezone(dt.timedelta(hours=7))
_YEAR = re.compile(r"\d{4}")
_DECIMAL_POINTS = re.compile(r"-?\d+(?:\.\d+)?")
_FRACTION_POINTS = re.compile(r"(-?\d+)/(\d+)")
#: Points are a few hundred: a longer number is refused before it is computed (int() refuses 4,301 digits itself).
_MAX_POINTS_LENGTH = 40
#: At most this many input errors are printed by `report`; the count of the others follows.
_MAX_ERRORS_SHOWN = 50


def _today() -> dt.date:
    return dt.datetime.now(tz=_VIETNAM).date()


def _year(text: str) -> int:
    if not _YEAR.fullmatch(text.strip()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a year in YYYY form: {text!r}")
    return int(text)


def _dates(text: str) -> tuple[dt.date, ...]:
    """Dates separated by commas; an empty item (a trailing comma) is skipped."""
    return tuple(date(part.strip()) for part in text.split(",") if part.strip())


def _points(text: str) -> int | Fraction:
    """Exact points: an integer (``140``), a decimal (``132.5``) or a fraction (``265/2``); never rounded."""
    value = text.strip()
    fraction = _FRACTION_POINTS.fullmatch(value)
    if (fraction is not None or _DECIMAL_POINTS.fullmatch(value)) and len(value) > _MAX_POINTS_LENGTH:
        raise argparse.ArgumentTypeError(f"not a number of points: {len(value):,} characters long ({text[:20]!r}…)")
    if fraction is not None:
        if int(fraction[2]) == 0:
            raise argparse.ArgumentTypeError(f"a fraction with the denominator 0: {text!r}")
        points = Fraction(int(fraction[1]), int(fraction[2]))
    elif _DECIMAL_POINTS.fullmatch(value):
        points = Fraction(value)  # exact: Fraction("132.5") == Fraction(265, 2)
    else:
        raise argparse.ArgumentTypeError(
            f"not a number of points: {text!r}; give an integer (140), a decimal (132.5) or a fraction (265/2)"
        )
    return int(points) if points.denominator == 1 else points


def _cmd_calendar(args: argparse.Namespace) -> int:
    # --holidays adds to the built-in public holidays; with --no-public-holidays the dates given are the only ones.
    days = review.PublicHolidays(extra=args.holidays, built_in=not args.no_public_holidays)
    print(review.review_calendar(args.year, holidays=days).render(args.lang))
    return EXIT_OK


def _cmd_score(args: argparse.Namespace) -> int:
    deprived = None
    if args.deprived is not None:
        deprived = frozenset(part.strip() for part in args.deprived.split(";") if part.strip())
    result = review.score(
        args.area, args.income_score, on=args.on, deprivation_score=args.deprivation_score, deprived=deprived
    )
    head = "Kết quả" if args.lang == "vi" else "Result"
    print(f"{head}: {result.status.label(args.lang)} [{result.status.value}]")
    print(result.explain(args.lang))
    return EXIT_OK


def _report_standard(args: argparse.Namespace, on: dt.date) -> Standard:
    national = {s.id: s for _, s in NATIONAL_STANDARDS}
    if args.standard is not None:
        if args.standard not in national:
            raise InvalidInput(
                "--standard", f"no national standard has the id {args.standard!r}; the ids: {', '.join(national)}"
            )
        return national[args.standard]
    if args.year is not None:
        return national[review.review_standard(args.year).standard_id]
    return standard_in_force(on=on)


def _print_summary(inputs: ReviewInputs, moves: review.Movements | None, standard: Standard, lang: str) -> None:
    vi = lang == "vi"
    households, persons = ("hộ", "nhân khẩu") if vi else ("households", "persons")
    records = inputs.records
    total = sum(r.persons for r in records)
    if vi:
        print(f"Kết quả rà soát: {len(records)} hộ, {total} nhân khẩu (chuẩn {standard.id})")
    else:
        print(f"Review results: {len(records)} households, {total} persons (standard {standard.id})")
    for status in CURRENT_STATUSES.values():
        chosen = [r for r in records if r.status is status]
        print(f"  {status.label(lang)}: {len(chosen)} {households}, {sum(r.persons for r in chosen)} {persons}")
    if moves is None:
        return
    print("Diễn biến (đầu kỳ - giảm + tăng = cuối kỳ):" if vi else "Movements (start - decreases + increases = end):")
    for status in LIST_STATUSES.values():
        b = moves.balance(status).check()
        parts = []
        for what, unit in (("households", households), ("persons", persons)):
            start, down, up, end = (getattr(c, what) for c in (b.start, b.decreased, b.increased, b.end))
            parts.append(f"{start} - {down} + {up} = {end} {unit}")
        print(f"  {status.label(lang)}: {'; '.join(parts)}")


def _refuse_report_inputs(args: argparse.Namespace, report: review.Report) -> None:
    """Refuse a report whose file (``-o FILE.xlsx``) or one of whose tables (``-o DIRECTORY``) is an input."""
    output: Path | None = args.output
    if output is None:
        return
    targets = [output] if output.suffix.lower() == ".xlsx" else [output / f"{t.id}.csv" for t in report.tables]
    refuse_inputs(targets, [args.current, args.previous, args.households_total])


def _cmd_report(args: argparse.Namespace) -> int:
    output: Path | None = args.output
    if output is not None and output.suffix.lower() in {".csv", ".xls"}:
        raise InvalidInput(
            "output", f"give a .xlsx file, or a directory for one CSV file per table; got {str(output)!r}"
        )
    on: dt.date = args.on or (dt.date(args.year, 12, 31) if args.year is not None else _today())
    standard = _report_standard(args, on)
    inputs = read_review_files(
        args.current,
        standard,
        level=args.level,
        previous=args.previous,
        households_total=args.households_total,
        skip_undetermined=args.skip_undetermined,
    )
    for warning in inputs.warnings:
        print(f"giamngheo: warning: {warning}", file=sys.stderr)
    if inputs.errors:
        files = [path for path in (args.current, args.previous, args.households_total) if path is not None]
        errors = sorted(inputs.errors, key=lambda e: (files.index(e.path), sys.maxsize if e.line is None else e.line))
        for error in errors[:_MAX_ERRORS_SHOWN]:
            print(f"giamngheo: error: {error}", file=sys.stderr)
        more = len(errors) - _MAX_ERRORS_SHOWN
        if more > 0:
            print(f"giamngheo: error: … and {more} more", file=sys.stderr)
        print(f"giamngheo: error: {len(errors)} problem(s) in the input: no report was written", file=sys.stderr)
        return EXIT_ERROR
    records = inputs.records
    moves = inputs.movements()
    report = review.review_report(
        records, standard=standard, movements=moves, level=args.level, households_total=inputs.totals, on=on
    )
    vi = args.lang == "vi"
    _refuse_report_inputs(args, report)
    if output is None:
        _print_summary(inputs, moves, standard, args.lang)
        print(
            "(-o TỆP.xlsx hoặc -o THƯ_MỤC để ghi các bảng)"
            if vi
            else "(-o FILE.xlsx or -o DIRECTORY writes the tables)"
        )
    elif output.suffix.lower() == ".xlsx":
        report.to_xlsx(output, lang=args.lang)
        print(f"{'Đã ghi' if vi else 'Written'}: {output}")
    else:
        for path in report.to_csv(output, lang=args.lang):
            print(f"{'Đã ghi' if vi else 'Written'}: {path}")
    return EXIT_OK


REPORT_DESCRIPTION = """\
Build the summary tables of a year's review of poor and near-poor households: results by unit; with --previous
the movements of the poor and near-poor lists (start - decreases + increases = end); deprivations and groups.

A report is all-or-nothing: every bad line is reported (file, line, column, household) and nothing is written
until all are fixed. Files are UTF-8 CSV (a byte-order mark is fine), with a header row; values separated
by ';' inside a cell. An empty or unknown required value is an error, never a default.

CURRENT.csv, this year's results, one line per household reviewed:
  household_id  required, unique
  status        required: poor, near_poor, middle or not_poor
  persons       required: the number of persons, at least 1
  commune, district, province
                unit codes; the one of --level is required
  deprived      indicator ids of the standard (see 'giamngheo sources'), e.g. water;telecom
  groups        ethnic_minority;no_labour_capacity;meritorious_service;social_protection
  arrival       moved_in, split or other if the household joined the unit in the period (needs --previous)
  formerly      poor and/or near_poor: the lists it was on before the start of the period, so that a return
                counts as re-poor / re-near-poor (needs --previous)

PREVIOUS.csv, last year's recognised list:
  household_id, persons (required); status (required: poor or near_poor); commune, district, province;
  departure     moved_away, dissolved, merged or other: required for a household not in CURRENT.csv,
                refused for one that is (its unit code of --level is then required too)

TOTALS.csv, the total households of each unit at --level (the denominators of the rates):
  unit, households

Without -o a short summary is printed; with -o the files written are listed."""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands of the annual review: calendar, score, report."""
    p = sub.add_parser(
        "calendar",
        help="the dated steps of a year's annual review (rà soát), with their provisions",
        description="Print every dated step of YEAR's review of poor and near-poor households: the periodic review, "
        "the reports due, and the monthly ongoing reviews, each with its provision. The last days of the time limits "
        "count Việt Nam's public holidays (Tết, 30/4, 1/5, 2/9, ...: the annual notices' days off, else those of the "
        "holidays package, flagged) and the notices' make-up working Saturdays.",
    )
    p.add_argument("year", type=_year, help="the year of the review, YYYY")
    p.add_argument(
        "--holidays",
        type=_dates,
        default=(),
        metavar="DATE,DATE,...",
        help="more days off (YYYY-MM-DD, separated by commas), added to the built-in public holidays: a time limit "
        "that ends on one ends on the next working day",
    )
    p.add_argument(
        "--no-public-holidays",
        action="store_true",
        help="count no built-in public holiday: only weekends and the --holidays given",
    )
    lang_option(p)
    p.set_defaults(func=_cmd_calendar)

    p = sub.add_parser(
        "score",
        help="classify a household from its review-form (Phiếu B) scores and print the reasons",
        description="Classify a household from the points of the review form (Phiếu B): the income score (score B1 "
        "in 2016-2020, score A from 2022) and the deprivation score, given as points or as the deprived indicators. "
        "Points are exact: an integer (140), a decimal (132.5) or a fraction (265/2).",
    )
    p.add_argument("--area", choices=("rural", "urban"), required=True)
    p.add_argument("--income-score", type=_points, required=True, metavar="POINTS", help="score B1 / score A")
    deprivation = p.add_mutually_exclusive_group(required=True)
    deprivation.add_argument(
        "--deprivation-score", type=_points, metavar="POINTS", help="score B2 / score B, in points"
    )
    deprivation.add_argument(
        "--deprived", metavar="ID;ID", help="or the indicator ids the household is deprived in, separated by ';'"
    )
    p.add_argument("--on", type=date, required=True, help="date of the review, YYYY-MM-DD")
    lang_option(p)
    p.set_defaults(func=_cmd_score)

    p = sub.add_parser(
        "report",
        help="the summary tables of a year's review from CSV lists, as a workbook or CSV files",
        description=REPORT_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("current", type=Path, metavar="CURRENT.csv", help="this year's review results")
    p.add_argument(
        "--previous", type=Path, metavar="PREVIOUS.csv", help="last year's recognised list: adds the movements"
    )
    p.add_argument(
        "--skip-undetermined",
        action="store_true",
        help="leave households still undetermined out of the counts, naming them in a warning (default: refuse)",
    )
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument(
        "--standard", metavar="ID", help="the national standard applied, e.g. vn-2022-2025 (see 'giamngheo standards')"
    )
    chosen.add_argument("--year", type=_year, help="the year of the review: the standard that year's review applied")
    p.add_argument(
        "--level",
        choices=("commune", "district", "province"),
        default="commune",
        help="unit of the rows (default commune)",
    )
    p.add_argument(
        "--households-total",
        type=Path,
        metavar="TOTALS.csv",
        help="total households per unit (columns unit, households): adds the rates",
    )
    p.add_argument(
        "--on",
        type=date,
        help="the standard in force on this date, if neither --standard nor --year is given; also the date of the "
        "units' names (default: 31 December of --year, else today)",
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="a .xlsx workbook, or a directory for one CSV file per table"
    )
    lang_option(p)
    p.set_defaults(func=_cmd_report)
