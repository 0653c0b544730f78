"""The input files of a year's review report read and checked: this year's results, last year's list, the totals.

References:
    The columns and values of each file: the ``report`` command's description (``giamngheo report --help``); the
    records they become: :class:`~giamngheo.review.Record`, :func:`~giamngheo.review.movements`.

A report is all-or-nothing: every problem of every file is collected (file, line, column, household), never
defaulted, so that all of them can be fixed at once before anything is written.
"""

from __future__ import annotations

import collections
import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import attrs

from giamngheo._errors import InputFileError, InvalidInput
from giamngheo._model import Standard, Status
from giamngheo._numbers import MAX_WHOLE
from giamngheo.review._movements import Movements, movements
from giamngheo.review._records import Arrival, Departure, Group, Record

__all__ = [
    "CURRENT_STATUSES",
    "LIST_STATUSES",
    "ListedLine",
    "ResultLine",
    "ReviewInputs",
    "read_review_files",
]

_E = TypeVar("_E")

#: The statuses a household of this year's results may have, by value.
CURRENT_STATUSES = {s.value: s for s in (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR)}
#: The statuses of a recognised list (last year's list, and ``formerly``), by value.
LIST_STATUSES = {s.value: s for s in (Status.POOR, Status.NEAR_POOR)}
_GROUPS = {g.value: g for g in Group}
_ARRIVALS = {a.value: a for a in Arrival}
_DEPARTURES = {d.value: d for d in Departure}
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
            self.fail(column, f"not a whole number: {text[:40]!r}")
        elif len(text.lstrip("0")) > len(str(MAX_WHOLE)) or int(text) > MAX_WHOLE:  # length first: 4,301 digits
            self.fail(column, f"at most {MAX_WHOLE:,}, got a number of {len(text.lstrip('0'))} digits")
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
        groups: frozenset[Group] = frozenset(),
    ) -> Record | None:
        try:
            return Record(
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


#: The columns of 'assess' results that 'report' does not read.
_ASSESS_EXTRA = frozenset(
    {"status_vi", "deprivation_count", "undetermined", "needed", "standard", "error", "area", "basis", "caveat"}
)


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
    # the other columns of 'assess' results, which 'report' reads directly, are not worth a warning
    unused = [
        name
        for name in header
        if name not in columns and name not in _ASSESS_EXTRA and not name.startswith("deprived_")
    ]
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
class ResultLine:
    """A line of this year's results.

    Attributes:
        line: Its line in the file (the header is line 1).
        record: The household's record.
        arrival: How it joined the unit in the period, if it did (the column ``arrival``).
        formerly: The lists it was on before the period (the column ``formerly``).
    """

    line: int
    record: Record
    arrival: Arrival | None
    formerly: frozenset[Status]


@attrs.frozen
class ListedLine:
    """A line of last year's list.

    Attributes:
        line: Its line in the file (the header is line 1).
        record: The household's record on last year's list.
        departure: How it left the list, if it did (the column ``departure``).
    """

    line: int
    record: Record
    departure: Departure | None


@attrs.frozen
class ReviewInputs:
    """What the input files of a report hold, once read and checked, with every problem found in them.

    Attributes:
        results: This year's results, a line each.
        listed: Last year's list, or ``None`` without it.
        totals: The total households by unit, or ``None`` without them.
        errors: Every problem of the files (file, line, column, household): a report is built only without any.
        warnings: What was read but not used, or left out of the counts.
    """

    results: tuple[ResultLine, ...]
    listed: tuple[ListedLine, ...] | None
    totals: dict[str, int] | None
    errors: tuple[InputFileError, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def records(self) -> list[Record]:
        """The records of this year's results, in the order of the file."""
        return [r.record for r in self.results]

    def movements(self) -> Movements | None:
        """The movements of the lists from last year's to this year's, or ``None`` without last year's list."""
        if self.listed is None:
            return None
        return movements(
            [entry.record for entry in self.listed],
            self.records,
            departures={e.record.household_id: e.departure for e in self.listed if e.departure is not None},
            arrivals={r.record.household_id: r.arrival for r in self.results if r.arrival is not None},
            formerly_poor=[r.record.household_id for r in self.results if Status.POOR in r.formerly],
            formerly_near_poor=[r.record.household_id for r in self.results if Status.NEAR_POOR in r.formerly],
        )


def _read_results(
    path: Path,
    standard: Standard,
    level: str,
    errors: list[InputFileError],
    warnings: list[str],
    *,
    skipped: list[str] | None = None,
) -> tuple[list[ResultLine], dict[str, int]]:
    """This year's results, and the line of every household id (those of bad lines too).

    Given a list ``skipped``, a household still undetermined is left out of the counts, added to it, and named in a
    warning; otherwise it is an error.
    """
    indicators = {i.id: i.id for i in standard.indicators}
    results: list[ResultLine] = []
    seen: dict[str, int] = {}
    before = len(errors)
    lines = _read_csv(path, _CURRENT_COLUMNS, ("household_id", "status", "persons", level), errors, warnings)
    for line, values in lines:
        row = _Row(path, line, values, errors)
        if not _identify(row, seen):
            continue
        if skipped is not None and row.text("status") == Status.UNDETERMINED.value:
            skipped.append(row.text("household_id"))
            continue
        status = row.one_of("status", CURRENT_STATUSES, required=True)
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
        formerly = row.some_of("formerly", LIST_STATUSES, "status(es)")
        if status is None or persons is None or not row.ok:
            continue
        record = row.record(status, persons, units, deprived=deprived, groups=groups)
        if record is not None:
            results.append(ResultLine(line, record, arrival, formerly))
    if not lines and len(errors) == before:
        errors.append(InputFileError(path, None, None, "no household: the file has a header but no rows"))
    if skipped:
        shown = ", ".join(skipped[:10]) + (f", … ({len(skipped) - 10} more)" if len(skipped) > 10 else "")
        warnings.append(
            f"{path}: {len(skipped)} undetermined household(s) left out of the counts (--skip-undetermined): {shown}; "
            "decide them (the column 'needed' says what is missing) before the report is final"
        )
    return results, seen


def _read_listed(
    path: Path, level: str, errors: list[InputFileError], warnings: list[str]
) -> tuple[list[ListedLine], dict[str, int]]:
    """Last year's list, and the line of every household id (those of bad lines too)."""
    listed: list[ListedLine] = []
    seen: dict[str, int] = {}
    for line, values in _read_csv(path, _PREVIOUS_COLUMNS, ("household_id", "status", "persons"), errors, warnings):
        row = _Row(path, line, values, errors)
        if not _identify(row, seen):
            continue
        status = row.one_of("status", LIST_STATUSES, required=True)
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
            listed.append(ListedLine(line, record, departure))
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
    listed: Sequence[ListedLine],
    results: Sequence[ResultLine],
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
    given: dict[str, tuple[int, int]], results: Sequence[ResultLine], level: str, files: tuple[Path, Path]
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


def read_review_files(
    current: Path,
    standard: Standard,
    *,
    level: str = "commune",
    previous: Path | None = None,
    households_total: Path | None = None,
    skip_undetermined: bool = False,
) -> ReviewInputs:
    """Read and check every input file of a report; every problem goes to its ``errors``, none is raised.

    Args:
        current: This year's results (CSV).
        standard: The standard the review applied: the indicator ids of the column ``deprived`` are its own.
        level: The unit the report is aggregated by: ``commune``, ``district`` or ``province``; its column is
            required.
        previous: Last year's recognised list (CSV), for the movements.
        households_total: The total households by unit (CSV), for the rates.
        skip_undetermined: Leave households still undetermined out of the counts, with a warning naming them,
            instead of an error.

    Returns:
        The lines read, the errors found and the warnings.
    """
    errors: list[InputFileError] = []
    warnings: list[str] = []
    skipped: list[str] | None = [] if skip_undetermined else None
    results, reviewed = _read_results(current, standard, level, errors, warnings, skipped=skipped)
    listed: list[ListedLine] | None = None
    if previous is not None:
        listed, on_list = _read_listed(previous, level, errors, warnings)
        left_out = [entry for entry in listed if skipped and entry.record.household_id in set(skipped)]
        if left_out:  # the movements then balance over the households decided
            listed = [entry for entry in listed if entry not in left_out]
            warnings.append(
                f"{previous}: {len(left_out)} household(s) of last year's list are undetermined this year and "
                f"left out of the movements too: {', '.join(e.record.household_id for e in left_out)}"
            )
        errors += _check_departures(listed, results, (current, previous), (reviewed, on_list))
    elif any(r.arrival is not None or r.formerly for r in results):
        warnings.append(f"{current}: the columns 'arrival' and 'formerly' are used only with --previous")
    totals: dict[str, int] | None = None
    if households_total is not None:
        given = _read_totals(households_total, errors, warnings)
        errors += _check_totals(given, results, level, (current, households_total))
        totals = {unit: count for unit, (count, _) in given.items()}
    return ReviewInputs(
        tuple(results), None if listed is None else tuple(listed), totals, tuple(errors), tuple(warnings)
    )
