"""The commands on registers of households: ``demo``, ``assess`` and ``schema``.

References:
    The columns read: :mod:`giamngheo.batch._schema`; the pipeline that reads, assesses and writes a register chunk
    by chunk: :mod:`giamngheo.batch._pipeline`.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import shutil
import sys
import time
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

from giamngheo._assessment import Assessment, assess, for_standard
from giamngheo._errors import GiamngheoError, InvalidInput, NoRuleInForce
from giamngheo._formatting import date as shown_date
from giamngheo._formatting import number, percent
from giamngheo._household import Household
from giamngheo._household_json import household_documents, households_from_data
from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import Standard, Status, Text
from giamngheo._serialize import assessment_to_dict
from giamngheo._units import ARRANGEMENT_2025, administrative_unit
from giamngheo._version import __version__
from giamngheo.cli._common import (
    CHUNK_SIZE,
    EXIT_OK,
    EXIT_ROWS_FAILED,
    check_output,
    chosen_standard,
    date,
    file_options,
    lang_option,
    open_register,
    positive,
    require_batch,
)
from giamngheo.formats.results import ASSESSMENT_COLUMNS
from giamngheo.formats.schemas import SCHEMAS, json_schema

__all__ = ["SAMPLE_ON", "add_parsers"]

#: The date the bundled sample register is assessed on by default: its communes are encoded until 2025-06-30.
SAMPLE_ON = dt.date(2024, 10, 1)

Row = Any  # a CSV row (dict of str) or an item of a JSON list


def _assess_rows(
    rows: list[Row], on: dt.date, *, standard: Standard | None = None
) -> list[tuple[Row, Assessment | GiamngheoError]]:
    """Assess each household object read from JSON; every row comes out, in order."""
    results: list[tuple[Row, Assessment | GiamngheoError]] = []
    for row, household in zip(rows, households_from_data(rows), strict=True):
        if not isinstance(household, Household):  # its error
            results.append((row, household))
            continue
        try:
            # an income-only standard does not use stated deprivations: see for_standard
            seen = household if standard is None else for_standard(household, standard)[0]
            results.append((row, assess(seen, on=on, standard=standard)))
        except GiamngheoError as error:
            results.append((row, error))
    return results


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
    empty: dict[str, object] = dict.fromkeys(ASSESSMENT_COLUMNS, "")
    return empty | {"household_id": _row_id(row), "error": str(result)}


def _progress(total: int | None, *, enabled: bool, what: str = "households") -> Any:  # noqa: ANN401 - a tqdm bar
    """A progress bar with the time remaining on standard error (tqdm), or ``None``."""
    if not enabled:
        return None
    from tqdm import tqdm  # noqa: PLC0415 - only with a terminal

    # a terminal of unknown size (0 × 0) would hide the bar: 100 columns then
    size = shutil.get_terminal_size((100, 20))
    return tqdm(total=total, unit=f" {what}", file=sys.stderr, ncols=size.columns or 100, nrows=size.lines or 20)


def _estimated_rows(path: Path) -> int | None:
    """The rows of a file, estimated from its size and its first lines (for the time remaining)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            sample = f.read(1 << 20)
    except OSError:
        return None
    lines = sample.count(b"\n")
    if not lines or path.suffix.lower() not in {".csv", ".txt", ".tsv", ".jsonl", ".ndjson"}:
        return None
    return max(1, round(size * lines / len(sample)) - 1)


def _cmd_assess(args: argparse.Namespace) -> int:
    check_output(args, lines_only=True)
    chosen, standard = chosen_standard(args)
    if args.households.suffix.lower() == ".json":
        if args.members is not None:
            raise InvalidInput(
                "--members", "a JSON file holds its households' members: give --members with a table only"
            )
        return _assess_json(args, chosen)
    require_batch()
    from giamngheo.batch._pipeline import assess_files  # noqa: PLC0415 - needs pyarrow

    households, members = open_register(args)
    started = time.perf_counter()
    bar = _progress(_estimated_rows(args.households), enabled=not args.quiet and sys.stderr.isatty())

    def advance(done: int) -> None:
        if bar is not None:
            if bar.total is not None and done > bar.total:
                bar.total = done
            bar.update(done - bar.n)

    try:
        summary = assess_files(
            households,
            members,
            args.output,
            on=args.on,
            standard=standard,
            drop_stated=chosen is not None and not chosen.indicators,
            chunk_rows=args.chunk_size,
            bom=not args.no_bom,
            progress=advance,
        )
    finally:
        if bar is not None:
            bar.close()
    if summary.read_whole and not args.quiet:
        print(
            f"giamngheo: note: the members of {args.members} are not grouped in the order of the households: "
            "the register was read whole (sort the members by household to read it in chunks)",
            file=sys.stderr,
        )
    from giamngheo.batch._pipeline import member_line  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

    for orphan in summary.orphans:
        where = (
            f"household {orphan.household_id!r} is not in {args.households}"
            if orphan.household_id
            else "no household_id"
        )
        print(
            f"giamngheo: {args.members}, line {member_line(orphan)}: {where} (a member of no household)",
            file=sys.stderr,
        )
    if summary.stated_dropped and not args.quiet:
        reason = f"{standard.id} measures income only: the deprivations stated in the column 'deprived' are not used"
        print(f"giamngheo: warning: {reason}", file=sys.stderr)
    counts = collections.Counter(summary.counts)
    return _assess_summary(args, standard, counts, len(summary.orphans), time.perf_counter() - started)


def _assess_summary(
    args: argparse.Namespace, standard: Standard, counts: collections.Counter[str], orphans: int, seconds: float
) -> int:
    """Report the run on standard error; the exit status."""
    total = sum(counts.values())
    if not args.quiet:
        statuses = ", ".join(f"{counts[s.value]} {s.value}" for s in Status)
        print(
            f"giamngheo: {total} household{'s' if total != 1 else ''} assessed on {args.on.isoformat()} under {standard.id} in "
            f"{seconds:.1f} s: {statuses}",
            file=sys.stderr,
        )
    if counts["error"]:
        print(f"giamngheo: {counts['error']} of {total} rows failed; see the 'error' column", file=sys.stderr)
    if orphans:
        print(f"giamngheo: {orphans} member row(s) of no household in {args.households}", file=sys.stderr)
    return EXIT_ROWS_FAILED if counts["error"] or orphans else EXIT_OK


def _assess_json(args: argparse.Namespace, chosen: Standard | None) -> int:
    """Households of a JSON file, with members and dwelling, one by one (the scalar path), written by the same writers."""
    started = time.perf_counter()
    results = _assess_rows(household_documents(args.households), args.on, standard=chosen)
    standard = chosen if chosen is not None else standard_in_force(on=args.on)
    output: Path | None = args.output
    if output is not None and output.suffix.lower() == ".json":
        documents = [
            assessment_to_dict(r)
            if isinstance(r, Assessment)
            else {"household_id": _row_id(row) or None, "error": str(r)}
            for row, r in results
        ]
        _write_text(output, json.dumps(documents, ensure_ascii=False, indent=1) + "\n")
    else:
        import pyarrow as pa  # noqa: PLC0415 - pyarrow, not numpy: the writers of every command

        from giamngheo._writers import write_all  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

        rows = [_output_row(row, r) for row, r in results]
        for row in rows:  # an error row has no count
            row["deprivation_count"] = row["deprivation_count"] if isinstance(row["deprivation_count"], int) else None
        schema = pa.schema(
            [pa.field(n, pa.int64() if n == "deprivation_count" else pa.string()) for n in ASSESSMENT_COLUMNS]
        )
        table = pa.Table.from_pylist(rows, schema=schema)
        write_all(
            output, iter([table]), schema, bom=not args.no_bom, lists=frozenset({"deprived", "undetermined", "needed"})
        )
    counts = collections.Counter(r.status.value if isinstance(r, Assessment) else "error" for _, r in results)
    return _assess_summary(args, standard, counts, 0, time.perf_counter() - started)


def _write_text(path: Path, text: str) -> None:
    """Write a whole text file through a temporary file, so that a failure leaves no half-written file."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _cmd_schema(args: argparse.Namespace) -> int:
    """The columns of the input tables, or with ``--json-schema NAME`` a JSON Schema of the library's documents."""
    if args.json_schema is not None:
        print(json.dumps(json_schema(args.json_schema), ensure_ascii=False, indent=2))
        return EXIT_OK
    require_batch()
    from giamngheo.batch import render_schema  # noqa: PLC0415 - needs numpy

    print(render_schema())
    return EXIT_OK


_DEMO_COLUMNS = {
    "vi": (
        "Mã",
        "Đơn vị cấp huyện",
        "Số hộ",
        "Nghèo",
        "Cận nghèo",
        "Trung bình",
        "Không nghèo",
        "Chưa xác định",
        "Lỗi",
        "Tỷ lệ nghèo",
        "Tỷ lệ cận nghèo",
    ),
    "en": (
        "Code",
        "District",
        "Households",
        "Poor",
        "Near-poor",
        "Middle",
        "Not poor",
        "Undetermined",
        "Errors",
        "Poverty rate",
        "Near-poverty rate",
    ),
}
#: What the two last columns are, and what "undetermined" means (a status the unknown facts could still change).
_DEMO_NOTES = (
    Text(
        "Tỷ lệ nghèo, tỷ lệ cận nghèo: số hộ nghèo, cận nghèo trên tổng số hộ của dòng (kể cả hộ chưa xác định).",
        "Poverty and near-poverty rates: the poor and near-poor households over all the households of the row "
        "(undetermined ones included).",
    ),
    Text(
        "Chưa xác định: hộ còn thiếu thông tin (ô để trống) mà thông tin đó có thể làm thay đổi kết quả, ví dụ thu "
        "nhập dưới chuẩn nhưng chưa đủ thông tin để đếm các chỉ số thiếu hụt; lệnh giamngheo assess ghi trong cột "
        "needed các thông tin cần bổ sung.",
        "Undetermined: households whose missing facts (empty cells) could still change the result, for example an "
        "income under the line but too few facts to count the deprivations; giamngheo assess lists in its column "
        "'needed' the facts that would decide them.",
    ),
)
_DEMO_STATUSES = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR, Status.UNDETERMINED)


def _district_name(code: str, on: dt.date) -> str:
    try:
        return administrative_unit(code, on=on).name
    except GiamngheoError:
        return ""


def _sample_place(on: dt.date, names_on: dt.date, lang: str) -> str:
    """The name of the sample register's province, as it was on ``names_on``, and what it is part of on ``on``."""
    try:
        province = administrative_unit("74", on=names_on)
    except NoRuleInForce as error:
        raise InvalidInput(
            "--on", f"the sample is a register of Bình Dương's communes (default date {SAMPLE_ON}); {error}"
        ) from None
    if on < ARRANGEMENT_2025:
        return province.name
    return province.name + (
        " (cũ, nay thuộc Thành phố Hồ Chí Minh)" if lang == "vi" else " (former, now part of Hồ Chí Minh City)"
    )


def _demo_row(code: str, name: str, counts: collections.Counter[str], lang: str) -> tuple[str, ...]:
    """One row of the demo's table: the counts by status, then the poverty and near-poverty rates, exact ratios."""
    households = counts.total()
    rates = (
        percent(Fraction(counts[s.value], households), lang, pad=True) if households else "-"
        for s in (Status.POOR, Status.NEAR_POOR)
    )
    return (
        code,
        name,
        number(households, lang),
        *(number(counts[s.value], lang) for s in _DEMO_STATUSES),
        number(counts["error"], lang),
        *rates,
    )


def _print_demo_table(table: list[tuple[str, str, collections.Counter[str]]], lang: str) -> None:
    """The table by district, its total row, and what its rates and "undetermined" mean."""
    header = _DEMO_COLUMNS[lang]
    lines = [_demo_row(code, name, counts, lang) for code, name, counts in table]
    widths = [max(len(cell) for cell in column) for column in zip(header, *lines, strict=True)]
    for line in (header, *lines):
        left = [line[0].ljust(widths[0]), line[1].ljust(widths[1])]
        right = [cell.rjust(width) for cell, width in zip(line[2:], widths[2:], strict=True)]
        print("  ".join(left + right).rstrip() if line is header else "  ".join(left + right))
    print()
    for note in _DEMO_NOTES:
        print(note(lang))


def _cmd_demo(args: argparse.Namespace) -> int:
    """The main job on the bundled synthetic register: every household assessed by the batch engine, by district."""
    require_batch()
    from giamngheo.batch._chunks import Register  # noqa: PLC0415 - needs pyarrow
    from giamngheo.batch._pipeline import assess_register  # noqa: PLC0415 - needs pyarrow
    from giamngheo.batch._readers import open_table  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

    lang: str = args.lang
    vi = lang == "vi"
    on: dt.date = args.on
    standard = standard_in_force(on=on)
    names_on = min(on, ARRANGEMENT_2025 - dt.timedelta(days=1))  # the register's districts, as they last were
    place = _sample_place(on, names_on, lang)
    sample = resources.files("giamngheo") / "data" / "sample"
    started = time.perf_counter()
    by_district: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    with (
        resources.as_file(sample / "households.csv") as households,
        resources.as_file(sample / "members.csv") as members,
    ):
        register = Register(open_table(households, "households"), open_table(members, "members"), chunk_rows=CHUNK_SIZE)
        first_error = None
        for _, result, _ in assess_register(register, on=on, standard=standard, needed=False):
            for district, counts in result.counts(by="district").items():
                by_district[district or ""].update(counts)
            if first_error is None and result.failed:
                first_error = next(e for e in result.errors.tolist() if e is not None)
    seconds = time.perf_counter() - started
    read = number(register.households_read, lang), number(register.members_read, lang)
    if vi:
        print(
            f"giamngheo {__version__}: sổ hộ MÔ PHỎNG của {place}, {read[0]} hộ, "
            f"{read[1]} nhân khẩu, đánh giá ngày {shown_date(on, lang)}"
        )
    else:
        print(
            f"giamngheo {__version__}: SYNTHETIC register of {place}, {read[0]} households, "
            f"{read[1]} members, assessed on {shown_date(on, lang)}"
        )
    print(f"{standard.name(lang)} [{standard.basis.render(lang)}]\n")
    total: collections.Counter[str] = sum(by_district.values(), collections.Counter())
    table = [
        (code, _district_name(code, names_on) if code else "", counts) for code, counts in sorted(by_district.items())
    ]
    table.append(("", "Tổng cộng" if vi else "Total", total))
    _print_demo_table(table, lang)
    errors = total["error"]
    if first_error is not None:
        label = "hộ không đánh giá được, ví dụ" if vi else "households could not be assessed, for example"
        print(f"\n{number(errors, lang)} {label}: {first_error}")
    # The time is a measurement, shown in hundredths: no result depends on it.
    elapsed = number(Fraction(round(seconds * 100), 100), lang, pad=True)
    if vi:
        print(f"\nThời gian: {elapsed} giây (đọc hai tệp CSV và đánh giá bằng giamngheo.batch).")
        print(
            "Lưu ý: dữ liệu MÔ PHỎNG, do máy tạo ngẫu nhiên: không phải hộ, người hay số liệu thống kê thật của "
            "Bình Dương; chỉ các đơn vị hành chính là thật."
        )
        print(
            "Các cột của tệp: giamngheo schema. Với tệp của bạn: giamngheo assess HỘ.csv --members NHÂN_KHẨU.csv --on NGÀY"
        )
    else:
        print(f"\nTime: {elapsed} s (reading both CSV files and assessing with giamngheo.batch).")
        print(
            "Note: the data are SYNTHETIC, randomly generated: not real households or people, and no figure is a "
            "statistic of Bình Dương; only the administrative units are real."
        )
        print(
            "The files' columns: giamngheo schema. On your files: giamngheo assess HOUSEHOLDS.csv --members MEMBERS.csv --on DATE"
        )
    return EXIT_OK if not errors else EXIT_ROWS_FAILED


ASSESS_DESCRIPTION = """\
Assess every household of a register on a date and write one row per household, in the order of the file:
household_id, status, status_vi (the Vietnamese label), deprivation_count, deprived, undetermined, needed (the facts
that would decide an undetermined status), standard, error. A row that cannot be assessed is written too, with its
error naming the field and the household; the exit status is then 3.

CSV files are UTF-8 (a byte-order mark is fine) with a header row; 'giamngheo schema' lists the columns of both
tables. An empty cell means unknown. HOUSEHOLDS.csv has one row per household; MEMBERS.csv (--members) one row per
member, linked by household_id, from which the deprivations are computed (with the dwelling columns). A member row
whose household is not in HOUSEHOLDS.csv is reported on standard error (file, line, household) and counts as a
failure. Rows whose cells are all empty are skipped; the columns id and commune_code of earlier versions are read
as household_id and commune. A missing file, a file that is not UTF-8, a missing household_id column or an unknown
column stop the command (exit status 1) before anything is written.

Large files are read in chunks of --chunk-size households with their members; a progress bar is shown on
standard error when it is a terminal. A .json HOUSEHOLDS file (households with members and dwelling) is assessed
household by household instead, and needs no numpy.

Output: CSV on standard output, or -o FILE: .csv; .xlsx (a workbook of the same columns, needs openpyxl); .json
(one full assessment document per household, as gn.assessment_to_json writes them, or an error)."""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands on registers of households: demo, assess, schema."""
    p = sub.add_parser(
        "demo",
        help="assess the bundled synthetic register of Bình Dương (9,100 households) and print a summary by district",
        description="The main job on the bundled SYNTHETIC sample register (households.csv and members.csv of 91 "
        "communes of Bình Dương): every household assessed by the batch engine, then the households of each status "
        "by district, a total line and the time it took. The sample's communes are encoded until 2025-06-30.",
    )
    p.add_argument("--on", type=date, default=SAMPLE_ON, help=f"assessment date (default {SAMPLE_ON.isoformat()})")
    lang_option(p)
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser(
        "assess",
        help="assess every household of a CSV register (with its members) or a JSON file",
        description=ASSESS_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "households",
        type=Path,
        metavar="HOUSEHOLDS.csv",
        help="one row per household (the columns: 'giamngheo schema'); or .json: a list of households with members "
        "and dwelling, as gn.household_to_json writes them",
    )
    p.add_argument(
        "--members",
        type=Path,
        metavar="MEMBERS.csv",
        help="one row per member, linked by household_id: the deprivations are computed from the members' facts",
    )
    p.add_argument("--on", type=date, required=True, help="assessment date, YYYY-MM-DD")
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument(
        "--standard",
        metavar="CODE|FILE",
        help="a jurisdiction code (VN, 74, 79) or a standard file (.toml/.json) to apply instead of the national one",
    )
    chosen.add_argument(
        "--jurisdiction", metavar="CODE", help="apply the standard in force in this jurisdiction: VN, 74 or 79"
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="write to this .csv, .xlsx, .parquet or .jsonl file instead of standard output (CSV)",
    )
    file_options(p)
    p.add_argument(
        "--chunk-size",
        type=positive,
        default=CHUNK_SIZE,
        metavar="N",
        help=f"households assessed at once, with their members (default {CHUNK_SIZE:,}): the memory used grows "
        "with it, not with the size of the files",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar, summary or warning on standard error; problems (failed rows, orphan members, "
        "errors) are still reported",
    )
    p.set_defaults(func=_cmd_assess)

    p = sub.add_parser(
        "schema",
        help="print the columns of the households and members CSV files that 'assess' reads",
        description="Print both input tables of 'assess': each column with its type, whether it is required, its "
        "allowed values and what it holds; or, with --json-schema, the JSON Schema of a document.",
    )
    p.add_argument(
        "--json-schema",
        metavar="NAME",
        choices=tuple(SCHEMAS),
        help=f"print the JSON Schema NAME instead: {', '.join(SCHEMAS)}",
    )
    p.set_defaults(func=_cmd_schema)
