"""The ``giamngheo`` command line.

Exit statuses: 0 success; 1 an error stopped the command (unreadable file, date outside the law);
2 bad command-line usage; 3 some rows of an ``assess`` run failed (the output still has every row).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import enum
import io
import json
import sys
from collections.abc import Iterable, Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from giamngheo._assessment import Assessment, assess, for_standard
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._household import Household
from giamngheo._instruments import INSTRUMENTS
from giamngheo._jurisdictions import jurisdiction, legal_data, standard_in_force
from giamngheo._model import Standard, Status, Text, check_lang
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giamngheo",
        description="Vietnam's poverty standards as cited, dated rules. Outputs carry Vietnamese labels.",
        epilog="Exit status: 0 ok; 1 error; 2 usage; 3 some rows failed (every row is still in the output).",
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
