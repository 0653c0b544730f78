"""The ``giamngheo`` command line.

Exit statuses: 0 success; 1 an error stopped the command (unreadable file, date outside the law, any bad line of
a ``report``, which then writes nothing); 2 bad command-line usage; 3 some rows of an ``assess`` run failed (the
output still has every row).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import enum
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import attrs

from giamngheo import review
from giamngheo._assessment import Assessment, assess, for_standard
from giamngheo._errors import GiamngheoError, InvalidInput, NoRuleInForce
from giamngheo._household import Household
from giamngheo._instruments import INSTRUMENTS
from giamngheo._jurisdictions import jurisdiction, legal_data, standard_in_force
from giamngheo._model import Standard, Status, Text, check_lang
from giamngheo._national import NATIONAL_STANDARDS
from giamngheo._reform import compare
from giamngheo._serialize import assessment_to_dict, household_from_data, household_from_json
from giamngheo._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_ROWS_FAILED = 0, 1, 2, 3
DEMO_DATE = dt.date(2025, 12, 1)
OUTPUT_COLUMNS = (
    "household_id",
    "status",
    "status_vi",
    "deprivation_count",
    "deprived",
    "undetermined",
    "needed",
    "standard",
    "error",
)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _int_field(row: dict[str, str], name: str, household: str | None) -> int | None:
    text = (row.get(name) or "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(name, f"not an integer: {text!r}", household) from None


def household_from_row(row: dict[str, str]) -> Household:
    """Build a :class:`Household` from a CSV row.

    Columns: ``household_id`` (or ``id``), ``area`` and/or ``commune_code`` (a GSO code), ``income_per_capita_monthly_vnd``
    or ``income_yearly_vnd`` with ``size``, ``deprived`` (ids separated by ``;``).
    """
    hid = (row.get("household_id") or row.get("id") or "").strip() or None
    commune = (row.get("commune_code") or "").strip() or None
    return Household(
        id=hid,
        area=(row.get("area") or "").strip() or None,
        commune=commune,
        income_per_capita_monthly_vnd=_int_field(row, "income_per_capita_monthly_vnd", hid),
        income_yearly_vnd=_int_field(row, "income_yearly_vnd", hid),
        size=_int_field(row, "size", hid),
        deprived=row.get("deprived") or "",
    )


Row = Any  # a CSV row (dict of str) or an item of a JSON list


def _assess_rows(
    rows: Iterable[Row], on: dt.date, *, from_json: bool = False, standard: Standard | None = None
) -> list[tuple[Row, Assessment | GiamngheoError]]:
    """Assess each row (a CSV row, or a household object read from JSON); every row comes out, in order."""
    results: list[tuple[Row, Assessment | GiamngheoError]] = []
    for row in rows:
        try:
            household = household_from_data(row) if from_json else household_from_row(row)
            if standard is not None:  # an income-only standard does not use stated deprivations: see for_standard
                household = for_standard(household, standard)[0]
            results.append((row, assess(household, on=on, standard=standard)))
        except GiamngheoError as error:
            results.append((row, error))
    return results


def _households(rows: Iterable[Row], *, from_json: bool) -> list[Household | GiamngheoError]:
    out: list[Household | GiamngheoError] = []
    for row in rows:
        try:
            out.append(household_from_data(row) if from_json else household_from_row(row))
        except GiamngheoError as error:
            out.append(error)
    return out


def _standard_option(value: str | None, on: dt.date) -> Standard | None:
    """A jurisdiction code (``VN``, ``74``, ``79``) or a standard file (``.toml``/``.json``)."""
    if value is None:
        return None
    if value.lower().endswith((".toml", ".json")):
        from giamngheo._files import load_standard  # noqa: PLC0415 - only this option needs it

        return load_standard(Path(value))
    return standard_in_force(on=on, jurisdiction=value)


def _row_id(row: Row) -> str:
    if not isinstance(row, dict):
        return ""
    value = row.get("household_id", row.get("id"))
    return value if isinstance(value, str) else ""


def _output_row(row: Row, result: Assessment | GiamngheoError) -> dict[str, object]:
    if isinstance(result, Assessment):
        return {
            "household_id": _row_id(row),
            "status": result.status.value,
            "status_vi": result.status.label("vi"),
            "deprivation_count": result.deprivation_count,
            "deprived": ";".join(sorted(result.deprived)),
            "undetermined": ";".join(sorted(result.undetermined)),
            "needed": ";".join(result.needed),
            "standard": result.standard.id,
            "error": "",
        }
    empty: dict[str, object] = dict.fromkeys(OUTPUT_COLUMNS, "")
    return empty | {"household_id": _row_id(row), "error": str(result)}


def _read_rows(path: Path) -> list[Row]:
    """CSV rows, or the household objects of a JSON file (a list, or ``{"households": [...]}``)."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"), parse_float=Decimal)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InvalidInput("json", f"{path}: not valid JSON: {error}") from None
        if isinstance(data, dict) and isinstance(data.get("households"), list):
            data = data["households"]
        if not isinstance(data, list):
            raise InvalidInput("json", f"{path}: expected a list of households, or {{'households': [...]}}")
        return data  # an item that is not an object fails on its own row
    with path.open(newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def _cmd_assess(args: argparse.Namespace) -> int:
    from_json = args.households.suffix.lower() == ".json"
    standard = _standard_option(args.standard, args.on)
    results = _assess_rows(_read_rows(args.households), args.on, from_json=from_json, standard=standard)
    out: io.TextIOBase | None = None
    if args.output is not None and args.output.suffix.lower() == ".json":
        document = [
            assessment_to_dict(r)
            if isinstance(r, Assessment)
            else {"household_id": _row_id(row) or None, "error": str(r)}
            for row, r in results
        ]
        args.output.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        out = args.output.open("w", newline="", encoding="utf-8") if args.output is not None else None
        writer = csv.DictWriter(out or sys.stdout, fieldnames=list(OUTPUT_COLUMNS))
        writer.writeheader()
        writer.writerows(_output_row(row, r) for row, r in results)
        if out is not None:
            out.close()
    failed = sum(1 for _, r in results if not isinstance(r, Assessment))
    if failed:
        print(f"{failed} of {len(results)} rows failed; see the 'error' column", file=sys.stderr)
        return EXIT_ROWS_FAILED
    return EXIT_OK


def _cmd_compare(args: argparse.Namespace) -> int:
    from_json = args.households.suffix.lower() == ".json"
    parsed = _households(_read_rows(args.households), from_json=from_json)
    other = _standard_option(args.other, args.on)
    base = _standard_option(args.base, args.on)
    assert other is not None  # noqa: S101 - a required option
    households = [h for h in parsed if isinstance(h, Household)]
    comparison = compare(households, on=args.on, other=other, base=base)
    print(comparison.table(args.lang))
    if len(parsed) != len(households):
        unread_count = len(parsed) - len(households)
        print(
            f"{unread_count} dòng không đọc được (xem thông báo lỗi)."
            if args.lang == "vi"
            else f"{unread_count} rows could not be read (see the error messages)."
        )
    # Rows that could not even be read are reported too, by their position in the file (from 1).
    unread = [(i, e) for i, e in enumerate(parsed, start=1) if not isinstance(e, Household)]
    for i, error in unread:
        print(f"row {i}: {error}", file=sys.stderr)
    positions = [i for i, h in enumerate(parsed, start=1) if isinstance(h, Household)]
    for index, household_id, message in comparison.errors:
        print(f"row {positions[index]}: {household_id or ''}: {message}", file=sys.stderr)
    if args.output is not None:
        if args.output.suffix.lower() != ".csv":
            raise InvalidInput("output", f"the moves are written as CSV: give a .csv file, got {args.output}")
        with args.output.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(("row", "household_id", "before", "after"))
            for move in comparison.moved:
                writer.writerow((positions[move.index], move.household_id or "", move.before.value, move.after.value))
    return EXIT_ROWS_FAILED if unread or comparison.errors else EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    sample = resources.files("giamngheo") / "data" / "sample_households.csv"
    rows = list(csv.DictReader(io.StringIO(sample.read_text(encoding="utf-8"))))
    results = _assess_rows(rows, args.on)
    lang = args.lang
    standard = standard_in_force(on=args.on)
    print(f"giamngheo {__version__}: {len(rows)} synthetic sample households assessed on {args.on.isoformat()}")
    print(f"{standard.name(lang)} [{standard.basis.render(lang)}]\n")
    by_commune: dict[str, collections.Counter[Status]] = collections.defaultdict(collections.Counter)
    errors = 0
    for row, r in results:
        if isinstance(r, Assessment):
            by_commune[row.get("commune", "")][r.status] += 1
        else:
            errors += 1
    statuses = list(Status)
    header = f"{'commune':<16}" + "".join(f"{s.value:>13}" for s in statuses)
    print(header)
    for commune in sorted(by_commune):
        print(f"{commune:<16}" + "".join(f"{by_commune[commune][s]:>13}" for s in statuses))
    total: collections.Counter[Status] = sum(by_commune.values(), collections.Counter())
    print(f"{'total':<16}" + "".join(f"{total[s]:>13}" for s in statuses))
    if errors:
        print(f"\n{errors} rows could not be assessed")
    first = next((r for _, r in results if isinstance(r, Assessment) and r.status is Status.POOR), None)
    if first is not None:
        print("\n" + first.explain(lang))
    return EXIT_OK if not errors else EXIT_ROWS_FAILED


def _cmd_explain(args: argparse.Namespace) -> int:
    if args.household is not None:
        household = household_from_json(args.household.read_text(encoding="utf-8-sig"))
    elif args.area is None:
        raise InvalidInput("area", "give --area (with --income or --income-yearly and --size), or --household FILE")
    else:
        household = Household(
            id=args.id,
            area=args.area,
            income_per_capita_monthly_vnd=args.income,
            income_yearly_vnd=args.income_yearly,
            size=args.size,
            deprived=args.deprived or "",
        )
    print(assess(household, on=args.on).explain(args.lang))
    return EXIT_OK


def _cmd_standards(args: argparse.Namespace) -> int:
    lang = args.lang
    place = jurisdiction(args.jurisdiction)
    if args.on is not None:
        chosen = [place.standard_in_force(on=args.on)]
    else:
        chosen = [] if place.standards is None else [s for _, s in place.standards]
    for s in chosen:
        print(f"{s.id}\t{s.window}\t{s.name(lang)}\t[{s.basis.render(lang)}]")
        print(f"\t{s.rule(lang)}")
    return EXIT_OK


def _value_text(value: object, lang: str) -> str:
    """A legal datum's value as CSV text: texts in the language, sets as sorted codes joined by ';'."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, frozenset):
        return ";".join(sorted(v.value if isinstance(v, enum.Enum) else str(v) for v in value))
    return str(value)


def _cmd_sources(args: argparse.Namespace) -> int:
    writer = csv.writer(sys.stdout)
    writer.writerow(("key", "value", "citation", "verification", "evidence"))
    for datum in legal_data(on=args.on, jurisdiction=args.jurisdiction):
        writer.writerow(
            (
                datum.key,
                _value_text(datum.value, args.lang),
                datum.citation.render(args.lang),
                datum.verification.value,
                " ".join(datum.citation.evidence),
            )
        )
    if jurisdiction(args.jurisdiction).code == "VN":
        _review_sources(writer, args.on, args.lang)
    if args.on is None:
        place = jurisdiction(args.jurisdiction)
        for instrument in INSTRUMENTS if place.code == "VN" else place.instruments:
            writer.writerow(
                (
                    f"instrument.{instrument.number}",
                    "" if instrument.signed is None else instrument.signed.isoformat(),
                    instrument.name(args.lang),
                    instrument.verification.value,
                    instrument.url,
                )
            )
    return EXIT_OK


def _review_sources(writer: Any, on: dt.date | None, lang: str) -> None:  # noqa: ANN401 - a csv writer
    """The annual review's data (procedure, scores, the standard each year's review applied), prefixed ``review.``."""
    from giamngheo import review  # noqa: PLC0415 - the review package is imported only when asked for

    try:
        data = review.legal_data(on=on)
    except NoRuleInForce:
        return  # no review procedure on that date
    for datum in data:
        writer.writerow(
            (
                f"review.{datum.key}",
                _value_text(datum.value, lang),
                datum.citation.render(lang),
                datum.verification.value,
                " ".join(datum.citation.evidence),
            )
        )


# --- annual review: calendar, score, report ---------------------------------------------------------------------

#: The time zone of Vietnam (UTC+7): "today" is the date in Vietnam.
_VIETNAM = dt.timezone(dt.timedelta(hours=7))
_YEAR = re.compile(r"\d{4}")
_DECIMAL_POINTS = re.compile(r"-?\d+(?:\.\d+)?")
_FRACTION_POINTS = re.compile(r"(-?\d+)/(\d+)")
#: At most this many input errors are printed by `report`; the count of the others follows.
_MAX_ERRORS_SHOWN = 50
_E = TypeVar("_E")


def _today() -> dt.date:
    return dt.datetime.now(tz=_VIETNAM).date()


def _year(text: str) -> int:
    if not _YEAR.fullmatch(text.strip()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a year in YYYY form: {text!r}")
    return int(text)


def _dates(text: str) -> tuple[dt.date, ...]:
    """Dates separated by commas; an empty item (a trailing comma) is skipped."""
    return tuple(_date(part.strip()) for part in text.split(",") if part.strip())


def _points(text: str) -> int | Fraction:
    """Exact points: an integer (``140``), a decimal (``132.5``) or a fraction (``265/2``); never rounded."""
    value = text.strip()
    fraction = _FRACTION_POINTS.fullmatch(value)
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
    print(review.review_calendar(args.year, holidays=args.holidays).render(args.lang))
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


class InputFileError(InvalidInput):
    """A value of an input file that cannot be used: the message names the file, the line, the column and the household.

    Attributes:
        path: The file.
        line: The line of the file (1 is the header), if the problem is on one line.
        column: The column, if the problem is in one column.
    """

    def __init__(
        self, path: Path, line: int | None, column: str | None, reason: str, household: str | None = None
    ) -> None:
        super().__init__(column or "file", reason, household)
        self.path = path
        self.line = line
        self.column = column
        where = [str(path)]
        if line is not None:
            where.append(f"line {line}")
        if column is not None:
            where.append(f"column {column!r}")
        if household is not None:
            where.append(f"household {household!r}")
        self.args = (f"{', '.join(where)}: {reason}",)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.line, self.column, self.reason, self.household))


_CURRENT_STATUSES = {s.value: s for s in (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR)}
_LIST_STATUSES = {s.value: s for s in (Status.POOR, Status.NEAR_POOR)}
_GROUPS = {g.value: g for g in review.Group}
_ARRIVALS = {a.value: a for a in review.Arrival}
_DEPARTURES = {d.value: d for d in review.Departure}
_UNIT_COLUMNS = ("commune", "district", "province")
_CURRENT_COLUMNS = ("household_id", "status", "persons", *_UNIT_COLUMNS, "deprived", "groups", "arrival", "formerly")
_PREVIOUS_COLUMNS = ("household_id", "status", "persons", *_UNIT_COLUMNS, "departure")
_TOTALS_COLUMNS = ("unit", "households")


class _Row:
    """One line of an input file being read: its values, and the errors found in it."""

    def __init__(self, path: Path, line: int, values: dict[str, str], errors: list[InputFileError]) -> None:
        self.path = path
        self.line = line
        self.values = values
        self.errors = errors
        self.household: str | None = None
        self.ok = True

    def text(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def fail(self, column: str | None, reason: str) -> None:
        self.errors.append(InputFileError(self.path, self.line, column, reason, self.household))
        self.ok = False

    def one_of(self, column: str, choices: dict[str, _E], *, required: bool) -> _E | None:
        text = self.text(column)
        if not text:
            if required:
                self.fail(column, f"empty: give one of {', '.join(choices)}")
            return None
        if text not in choices:
            self.fail(column, f"unknown value {text!r}: use one of {', '.join(choices)}")
            return None
        return choices[text]

    def some_of(self, column: str, choices: dict[str, _E], what: str) -> frozenset[_E]:
        parts = [part.strip() for part in self.text(column).split(";") if part.strip()]
        unknown = [part for part in parts if part not in choices]
        if unknown:
            self.fail(
                column,
                f"unknown {what} {', '.join(repr(u) for u in unknown)}: use {', '.join(choices)}, separated by ';'",
            )
        return frozenset(choices[part] for part in parts if part in choices)

    def count(self, column: str, what: str, minimum: int) -> int | None:
        text = self.text(column)
        if not text:
            self.fail(column, f"empty: give the {what} (a whole number, at least {minimum})")
        elif not (text.isascii() and text.isdigit()):
            self.fail(column, f"not a whole number: {text!r}")
        elif int(text) < minimum:
            self.fail(column, f"at least {minimum}, got {text}")
        else:
            return int(text)
        return None

    def units(self, level: str, *, required: bool, why: str) -> dict[str, str | None]:
        codes = {name: self.text(name) or None for name in _UNIT_COLUMNS}
        if required and codes[level] is None:
            self.fail(level, f"empty: {why}")
        return codes

    def record(
        self,
        status: Status,
        persons: int,
        units: dict[str, str | None],
        deprived: frozenset[str] = frozenset(),
        groups: frozenset[review.Group] = frozenset(),
    ) -> review.Record | None:
        try:
            return review.Record(
                str(self.household),
                status,
                persons,
                commune=units["commune"],
                district=units["district"],
                province=units["province"],
                deprived=deprived,
                groups=groups,
            )
        except InvalidInput as error:  # the checks above should leave none; if one is left, it is located too
            self.fail(error.field, error.reason)
            return None


def _check_header(  # noqa: PLR0917 - the file, its header, what is expected, and where problems go
    path: Path,
    header: list[str],
    columns: Sequence[str],
    required: Sequence[str],
    errors: list[InputFileError],
    warnings: list[str],
) -> bool:
    """Whether the header names every required column once; unknown columns are only warned about."""
    if not any(header):
        errors.append(InputFileError(path, 1, None, f"no header row: the columns are {', '.join(columns)}"))
        return False
    if len(header) == 1 and ";" in header[0]:
        reason = "the columns are separated by ';': save the file as CSV with commas between columns (CSV UTF-8)"
        errors.append(InputFileError(path, 1, None, reason))
        return False
    problems = [
        *(
            InputFileError(path, 1, name, "appears twice in the header")
            for name in sorted(set(header))
            if header.count(name) > 1
        ),
        *(
            InputFileError(path, 1, name, f"missing from the header (the columns: {', '.join(columns)})")
            for name in required
            if name not in header
        ),
    ]
    errors.extend(problems)
    unused = [name for name in header if name not in columns]
    if unused and not problems:
        warnings.append(
            f"{path}: column(s) {', '.join(repr(n) for n in unused)} not used (the columns read: {', '.join(columns)})"
        )
    return not problems


def _read_csv(
    path: Path, columns: Sequence[str], required: Sequence[str], errors: list[InputFileError], warnings: list[str]
) -> list[tuple[int, dict[str, str]]]:
    """The non-blank lines of a CSV file with their line numbers; problems of the file itself go to ``errors``."""
    rows: list[tuple[int, dict[str, str]]] = []
    line = 1
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = [name.strip() for name in next(reader, [])]
            if not _check_header(path, header, columns, required, errors, warnings):
                return rows
            end = reader.line_num
            for fields in reader:
                line, end = end + 1, reader.line_num
                if not any(field.strip() for field in fields):
                    continue  # a blank line, or a spreadsheet's empty row
                if len(fields) != len(header):
                    household = fields[header.index("household_id")].strip() if "household_id" in header else ""
                    errors.append(
                        InputFileError(
                            path,
                            line,
                            None,
                            f"the line has {len(fields)} fields but the header has {len(header)}",
                            household or None,
                        )
                    )
                    continue
                rows.append((line, dict(zip(header, fields, strict=True))))
    except UnicodeDecodeError as error:
        errors.append(InputFileError(path, None, None, f"not UTF-8 text ({error.reason}): save the file as CSV UTF-8"))
    except csv.Error as error:
        errors.append(InputFileError(path, line, None, f"not a valid CSV file: {error}"))
    return rows


def _identify(row: _Row, seen: dict[str, int]) -> bool:
    """Read the household id of a row; ``False`` if it has none. A duplicate is an error, on its second line."""
    hid = row.text("household_id")
    if not hid:
        row.fail("household_id", "empty: every household needs its id")
        return False
    row.household = hid
    if hid in seen:
        row.fail("household_id", f"appears twice in the file (first on line {seen[hid]})")
    else:
        seen[hid] = row.line
    return True


@attrs.frozen
class _Result:
    """A line of this year's results."""

    line: int
    record: review.Record
    arrival: review.Arrival | None
    formerly: frozenset[Status]


@attrs.frozen
class _Listed:
    """A line of last year's list."""

    line: int
    record: review.Record
    departure: review.Departure | None


@attrs.frozen
class _Inputs:
    """What the input files of a report hold, once read and checked."""

    results: tuple[_Result, ...]
    listed: tuple[_Listed, ...] | None
    totals: dict[str, int] | None


def _read_results(
    path: Path, standard: Standard, level: str, errors: list[InputFileError], warnings: list[str]
) -> tuple[list[_Result], dict[str, int]]:
    """This year's results, and the line of every household id (those of bad lines too)."""
    indicators = {i.id: i.id for i in standard.indicators}
    results: list[_Result] = []
    seen: dict[str, int] = {}
    before = len(errors)
    lines = _read_csv(path, _CURRENT_COLUMNS, ("household_id", "status", "persons", level), errors, warnings)
    for line, values in lines:
        row = _Row(path, line, values, errors)
        if not _identify(row, seen):
            continue
        status = row.one_of("status", _CURRENT_STATUSES, required=True)
        persons = row.count("persons", "number of persons in the household", 1)
        units = row.units(level, required=True, why=f"the report is aggregated by {level} (--level {level})")
        if indicators:
            deprived = row.some_of("deprived", indicators, f"indicator(s) of {standard.id}:")
        else:
            deprived = frozenset()
            if row.text("deprived"):
                row.fail("deprived", f"{standard.id} is an income-only standard: it has no deprivation indicator")
        groups = row.some_of("groups", _GROUPS, "group(s)")
        arrival = row.one_of("arrival", _ARRIVALS, required=False)
        formerly = row.some_of("formerly", _LIST_STATUSES, "status(es)")
        if status is None or persons is None or not row.ok:
            continue
        record = row.record(status, persons, units, deprived=deprived, groups=groups)
        if record is not None:
            results.append(_Result(line, record, arrival, formerly))
    if not lines and len(errors) == before:
        errors.append(InputFileError(path, None, None, "no household: the file has a header but no rows"))
    return results, seen


def _read_listed(
    path: Path, level: str, errors: list[InputFileError], warnings: list[str]
) -> tuple[list[_Listed], dict[str, int]]:
    """Last year's list, and the line of every household id (those of bad lines too)."""
    listed: list[_Listed] = []
    seen: dict[str, int] = {}
    for line, values in _read_csv(path, _PREVIOUS_COLUMNS, ("household_id", "status", "persons"), errors, warnings):
        row = _Row(path, line, values, errors)
        if not _identify(row, seen):
            continue
        status = row.one_of("status", _LIST_STATUSES, required=True)
        persons = row.count("persons", "number of persons in the household", 1)
        departure = row.one_of("departure", _DEPARTURES, required=False)
        units = row.units(
            level,
            required=departure is not None,
            why=f"a household that departed is counted in its {level} of last year's list (--level {level})",
        )
        if status is None or persons is None or not row.ok:
            continue
        record = row.record(status, persons, units)
        if record is not None:
            listed.append(_Listed(line, record, departure))
    return listed, seen


def _read_totals(path: Path, errors: list[InputFileError], warnings: list[str]) -> dict[str, tuple[int, int]]:
    """The total households by unit, each with its line."""
    totals: dict[str, tuple[int, int]] = {}
    for line, values in _read_csv(path, _TOTALS_COLUMNS, _TOTALS_COLUMNS, errors, warnings):
        row = _Row(path, line, values, errors)
        unit = row.text("unit")
        if not unit:
            row.fail("unit", "empty: give the unit's code")
            continue
        if unit in totals:
            row.fail("unit", f"{unit!r} appears twice in the file (first on line {totals[unit][1]})")
            continue
        count = row.count("households", f"total number of households of unit {unit!r}", 0)
        if count is not None:
            totals[unit] = (count, line)
    return totals


def _check_departures(
    listed: Sequence[_Listed],
    results: Sequence[_Result],
    files: tuple[Path, Path],
    lines: tuple[dict[str, int], dict[str, int]],
) -> list[InputFileError]:
    """Every household of last year's list has this year's result or a departure, never both; no arrival was on it."""
    current, previous = files
    reviewed, on_list = lines
    errors: list[InputFileError] = []
    for entry in listed:
        hid = entry.record.household_id
        if entry.departure is None and hid not in reviewed:
            reason = (
                f"on last year's list but not in {current}: give its review result there, or its departure here "
                f"({', '.join(_DEPARTURES)})"
            )
            errors.append(InputFileError(previous, entry.line, "departure", reason, hid))
        elif entry.departure is not None and hid in reviewed:
            reason = f"departed, but it is in this year's results ({current}, line {reviewed[hid]})"
            errors.append(InputFileError(previous, entry.line, "departure", reason, hid))
    for result in results:
        hid = result.record.household_id
        if result.arrival is not None and hid in on_list:
            reason = f"arrived, but it is on last year's list ({previous}, line {on_list[hid]})"
            errors.append(InputFileError(current, result.line, "arrival", reason, hid))
    return errors


def _check_totals(
    given: dict[str, tuple[int, int]], results: Sequence[_Result], level: str, files: tuple[Path, Path]
) -> list[InputFileError]:
    """Every unit of the results has a total, at least its number of results."""
    current, path = files
    errors: list[InputFileError] = []
    reviewed = collections.Counter(str(getattr(r.record, level)) for r in results)
    for unit, count in reviewed.items():
        if unit not in given:
            reason = f"no total number of households for the {level} {unit!r} ({count} households in {current})"
            errors.append(InputFileError(path, None, "unit", reason))
        elif given[unit][0] < count:
            reason = f"the {level} {unit!r} has {given[unit][0]} households in total but {count} in {current}"
            errors.append(InputFileError(path, given[unit][1], "households", reason))
    return errors


def _read_inputs(
    args: argparse.Namespace, standard: Standard, errors: list[InputFileError], warnings: list[str]
) -> _Inputs:
    """Read and check every input file of a report; every problem goes to ``errors``."""
    level: str = args.level
    current: Path = args.current
    results, reviewed = _read_results(current, standard, level, errors, warnings)
    listed: list[_Listed] | None = None
    if args.previous is not None:
        listed, on_list = _read_listed(args.previous, level, errors, warnings)
        errors += _check_departures(listed, results, (current, args.previous), (reviewed, on_list))
    elif any(r.arrival is not None or r.formerly for r in results):
        warnings.append(f"{current}: the columns 'arrival' and 'formerly' are used only with --previous")
    totals: dict[str, int] | None = None
    if args.households_total is not None:
        given = _read_totals(args.households_total, errors, warnings)
        errors += _check_totals(given, results, level, (current, args.households_total))
        totals = {unit: count for unit, (count, _) in given.items()}
    return _Inputs(tuple(results), None if listed is None else tuple(listed), totals)


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


def _print_summary(inputs: _Inputs, moves: review.Movements | None, standard: Standard, lang: str) -> None:
    vi = lang == "vi"
    households, persons = ("hộ", "nhân khẩu") if vi else ("households", "persons")
    records = [r.record for r in inputs.results]
    total = sum(r.persons for r in records)
    if vi:
        print(f"Kết quả rà soát: {len(records)} hộ, {total} nhân khẩu (chuẩn {standard.id})")
    else:
        print(f"Review results: {len(records)} households, {total} persons (standard {standard.id})")
    for status in _CURRENT_STATUSES.values():
        chosen = [r for r in records if r.status is status]
        print(f"  {status.label(lang)}: {len(chosen)} {households}, {sum(r.persons for r in chosen)} {persons}")
    if moves is None:
        return
    print("Diễn biến (đầu kỳ - giảm + tăng = cuối kỳ):" if vi else "Movements (start - decreases + increases = end):")
    for status in _LIST_STATUSES.values():
        b = moves.balance(status).check()
        parts = []
        for what, unit in (("households", households), ("persons", persons)):
            start, down, up, end = (getattr(c, what) for c in (b.start, b.decreased, b.increased, b.end))
            parts.append(f"{start} - {down} + {up} = {end} {unit}")
        print(f"  {status.label(lang)}: {'; '.join(parts)}")


def _cmd_report(args: argparse.Namespace) -> int:
    output: Path | None = args.output
    if output is not None and output.suffix.lower() in {".csv", ".xls"}:
        raise InvalidInput(
            "output", f"give a .xlsx file, or a directory for one CSV file per table; got {str(output)!r}"
        )
    on: dt.date = args.on or (dt.date(args.year, 12, 31) if args.year is not None else _today())
    standard = _report_standard(args, on)
    errors: list[InputFileError] = []
    warnings: list[str] = []
    inputs = _read_inputs(args, standard, errors, warnings)
    for warning in warnings:
        print(f"giamngheo: warning: {warning}", file=sys.stderr)
    if errors:
        files = [path for path in (args.current, args.previous, args.households_total) if path is not None]
        errors.sort(key=lambda e: (files.index(e.path), sys.maxsize if e.line is None else e.line))
        for error in errors[:_MAX_ERRORS_SHOWN]:
            print(f"giamngheo: error: {error}", file=sys.stderr)
        more = len(errors) - _MAX_ERRORS_SHOWN
        if more > 0:
            print(f"giamngheo: error: … and {more} more", file=sys.stderr)
        print(f"giamngheo: error: {len(errors)} problem(s) in the input: no report was written", file=sys.stderr)
        return EXIT_ERROR
    records = [r.record for r in inputs.results]
    moves = None
    if inputs.listed is not None:
        moves = review.movements(
            [entry.record for entry in inputs.listed],
            records,
            departures={e.record.household_id: e.departure for e in inputs.listed if e.departure is not None},
            arrivals={r.record.household_id: r.arrival for r in inputs.results if r.arrival is not None},
            formerly_poor=[r.record.household_id for r in inputs.results if Status.POOR in r.formerly],
            formerly_near_poor=[r.record.household_id for r in inputs.results if Status.NEAR_POOR in r.formerly],
        )
    report = review.review_report(
        records, standard=standard, movements=moves, level=args.level, households_total=inputs.totals, on=on
    )
    vi = args.lang == "vi"
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


EPILOG = """\
Annual review (rà soát hộ nghèo, hộ cận nghèo):
  giamngheo calendar 2025                  the year's review steps and deadlines
  giamngheo score --area rural --income-score 132.5 --deprived "water;telecom;housing_area" --on 2025-10-01
  giamngheo report ket-qua.csv --previous danh-sach-nam-truoc.csv -o bao-cao.xlsx
                                           results, movements, deprivations and groups by commune

Exit status: 0 ok; 1 error (for 'report': any bad row, and nothing is written); 2 usage;
3 some rows failed (every row is still in the output)."""

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


def _add_review_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    lang_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The commands of the annual review: calendar, score, report."""
    p = sub.add_parser(
        "calendar",
        help="the dated steps of a year's annual review (rà soát), with their provisions",
        description="Print every dated step of YEAR's review of poor and near-poor households: the periodic review, "
        "the reports due, and the monthly ongoing reviews, each with its provision.",
    )
    p.add_argument("year", type=_year, help="the year of the review, YYYY")
    p.add_argument(
        "--holidays",
        type=_dates,
        default=(),
        metavar="DATE,DATE,...",
        help="public holidays (YYYY-MM-DD, separated by commas): a time limit that ends on one ends on the next "
        "working day; none are built in",
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
    p.add_argument("--on", type=_date, required=True, help="date of the review, YYYY-MM-DD")
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
        type=_date,
        help="the standard in force on this date, if neither --standard nor --year is given; also the date of the "
        "units' names (default: 31 December of --year, else today)",
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="a .xlsx workbook, or a directory for one CSV file per table"
    )
    lang_option(p)
    p.set_defaults(func=_cmd_report)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giamngheo",
        description="Vietnam's poverty standards as cited, dated rules. Outputs carry Vietnamese labels.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"giamngheo {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def lang_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of labels and reasons (default vi)")

    p = sub.add_parser("demo", help="assess the bundled synthetic sample households and print a summary by commune")
    p.add_argument("--on", type=_date, default=DEMO_DATE, help=f"assessment date (default {DEMO_DATE.isoformat()})")
    lang_option(p)
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("assess", help="assess every household of a CSV or JSON file")
    p.add_argument(
        "households",
        type=Path,
        help="CSV: household_id, area, income_per_capita_monthly_vnd "
        "(or income_yearly_vnd and size), deprived (ids separated by ';'); or .json: a list of households "
        "with members and dwelling, as gn.household_to_json writes them",
    )
    p.add_argument("--on", type=_date, required=True, help="assessment date, YYYY-MM-DD")
    p.add_argument(
        "--standard",
        help="a jurisdiction code (VN, 74, 79) or a standard file (.toml/.json) to apply instead of the national one",
    )
    p.add_argument("-o", "--output", type=Path, help="write to this .csv or .json file instead of standard output")
    p.set_defaults(func=_cmd_assess)

    p = sub.add_parser(
        "compare", help="assess households under two standards and print the transition table (who moves where)"
    )
    p.add_argument("households", type=Path, help="CSV or JSON households, as for 'assess'")
    p.add_argument("--on", type=_date, required=True, help="assessment date, YYYY-MM-DD")
    p.add_argument("--other", required=True, help="the standard compared to: a jurisdiction code or a standard file")
    p.add_argument("--base", help="the standard compared from (default: the national one in force)")
    p.add_argument("-o", "--output", type=Path, help="write the households that move to this CSV file")
    lang_option(p)
    p.set_defaults(func=_cmd_compare)

    p = sub.add_parser("explain", help="assess one household and print the reasons with citations")
    p.add_argument("--on", type=_date, required=True, help="assessment date, YYYY-MM-DD")
    p.add_argument("--household", type=Path, help="a household as JSON (members, dwelling), instead of the options")
    p.add_argument("--area", choices=("rural", "urban"))
    p.add_argument("--income", type=int, help="monthly income per person, VND")
    p.add_argument("--income-yearly", type=int, help="the household's yearly income, VND (with --size)")
    p.add_argument("--size", type=int, help="number of household members")
    p.add_argument("--deprived", help="indicator ids separated by ';'")
    p.add_argument("--id", help="household id shown in the reasons")
    lang_option(p)
    p.set_defaults(func=_cmd_explain)

    p = sub.add_parser("standards", help="list the national standards, or the one in force on a date")
    p.add_argument("--on", type=_date, help="only the standard in force on this date")
    p.add_argument("--jurisdiction", default="VN", help="VN (default), or a province's code: 74, 79")
    lang_option(p)
    p.set_defaults(func=_cmd_standards)

    p = sub.add_parser("sources", help="every legal datum with its citation and verification status (CSV)")
    p.add_argument("--on", type=_date, help="only the data of the standard in force on this date")
    p.add_argument("--jurisdiction", default="VN", help="VN (default), or a province's code: 74, 79")
    lang_option(p)
    p.set_defaults(func=_cmd_sources)

    _add_review_commands(sub, lang_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if hasattr(args, "lang"):
        check_lang(args.lang)
    try:
        return int(args.func(args))
    except GiamngheoError as error:
        print(f"giamngheo: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: not an error
        sys.stderr.close()
        return EXIT_OK
    except OSError as error:
        print(f"giamngheo: error: {error}", file=sys.stderr)
        return EXIT_ERROR
