"""The ``giamngheo`` command line.

Exit statuses: 0 success; 1 an error stopped the command (unreadable file, date outside the law, any bad line of
a ``report``, which then writes nothing); 2 bad command-line usage; 3 some rows of an ``assess`` run failed, or
member rows belong to no household (the output still has every row).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import datetime as dt
import enum
import json
import os
import re
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from giamngheo import review
from giamngheo._assessment import Assessment, assess, for_standard
from giamngheo._errors import GiamngheoError, InputFileError, InvalidInput, NoRuleInForce
from giamngheo._household import Household
from giamngheo._instruments import instruments
from giamngheo._json import loads as load_json
from giamngheo._jurisdictions import JURISDICTIONS, jurisdiction, legal_data, standard_in_force
from giamngheo._legal import Instrument
from giamngheo._model import Standard, Status, Text, check_lang
from giamngheo._national import NATIONAL_STANDARDS
from giamngheo._numbers import MAX_WHOLE
from giamngheo._reform import compare
from giamngheo._serialize import assessment_to_dict, household_from_data, household_from_json
from giamngheo._units import ARRANGEMENT_2025, administrative_unit
from giamngheo._version import __version__
from giamngheo.review._export import MissingExtra

if TYPE_CHECKING:
    from giamngheo.batch import Columns

__all__ = ["main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_ROWS_FAILED = 0, 1, 2, 3
#: The date the bundled sample register is assessed on by default: its communes are encoded until 2025-06-30.
SAMPLE_ON = dt.date(2024, 10, 1)
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


Row = Any  # a CSV row (dict of str) or an item of a JSON list


def _assess_rows(
    rows: Iterable[Row], on: dt.date, *, standard: Standard | None = None
) -> list[tuple[Row, Assessment | GiamngheoError]]:
    """Assess each household object read from JSON; every row comes out, in order."""
    results: list[tuple[Row, Assessment | GiamngheoError]] = []
    for row in rows:
        try:
            household = household_from_data(row)
            if standard is not None:  # an income-only standard does not use stated deprivations: see for_standard
                household = for_standard(household, standard)[0]
            results.append((row, assess(household, on=on, standard=standard)))
        except GiamngheoError as error:
            results.append((row, error))
    return results


def _households(rows: Iterable[Row]) -> list[Household | GiamngheoError]:
    out: list[Household | GiamngheoError] = []
    for row in rows:
        try:
            out.append(household_from_data(row))
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


def _read_json(path: Path) -> list[Row]:
    """The household objects of a JSON file (a list, or ``{"households": [...]}``)."""
    try:
        data = load_json(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"{path}: not valid JSON: {error}") from None
    except OSError as error:
        raise InvalidInput("json", f"{path}: {error.strerror}") from None
    if isinstance(data, dict) and isinstance(data.get("households"), list):
        data = data["households"]
    if not isinstance(data, list):
        raise InvalidInput("json", f"{path}: expected a list of households, or {{'households': [...]}}")
    return data  # an item that is not an object fails on its own row


# --- assess, schema, demo, compare, entitlements: registers through the columnar pipeline -------------------------

#: Households read, encoded and assessed at once, with their members: the memory a run needs grows with this.
CHUNK_SIZE = 65_536


def _require_batch() -> None:
    """Refuse, with the extra to install, when the batch pipeline cannot run."""
    try:
        import numpy as np  # noqa: F401, PLC0415 - only a check that the pipeline can be imported
        import pyarrow as pa  # noqa: F401, PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order
    except ImportError:
        msg = 'reading registers needs numpy and pyarrow: pip install "giamngheo[batch]"'
        raise MissingExtra(msg) from None


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


def _households_path(args: argparse.Namespace) -> Path:
    """The households file of a command (``explain`` calls it ``--household``)."""
    path: Path = args.households if hasattr(args, "households") else args.household
    return path


def _open_register(args: argparse.Namespace) -> tuple[Any, Any]:
    from giamngheo.batch._readers import open_table  # noqa: PLC0415 - needs pyarrow

    households = open_table(_households_path(args), "households", encoding=args.encoding)
    members = None if args.members is None else open_table(args.members, "members", encoding=args.encoding)
    for note in (*households.notes, *(members.notes if members is not None else ())):
        print(f"giamngheo: note: {note}", file=sys.stderr)
    return households, members


def _chosen_standard(args: argparse.Namespace) -> tuple[Standard | None, Standard]:
    """The standard the user chose (``--standard`` or ``--jurisdiction``), if any, and the one applied."""
    chosen = _standard_option(args.standard, args.on)
    if chosen is None and args.jurisdiction is not None:
        chosen = standard_in_force(on=args.on, jurisdiction=args.jurisdiction)
    return chosen, chosen if chosen is not None else standard_in_force(on=args.on)


def _same_file(a: Path, b: Path | None) -> bool:
    """Whether ``a`` and ``b`` are one file: the same path, a symbolic link or a hard link to it."""
    try:
        return b is not None and a.samefile(b)
    except OSError:  # one of them does not exist (yet): not the same file
        return False


def _refuse_inputs(outputs: Iterable[Path], inputs: Iterable[Path | None]) -> None:
    """Refuse, before anything is written, an output that is one of the command's input files."""
    sources = [source for source in inputs if source is not None]
    for output in outputs:
        for source in sources:
            if _same_file(output, source):
                raise InvalidInput("output", f"{output} is an input file ({source}): give another file to write")


def _check_output(args: argparse.Namespace) -> None:
    """Refuse, before anything is read, an output of no format written or that is an input file."""
    output: Path | None = args.output
    json_input = args.households.suffix.lower() == ".json"
    if output is not None and not (json_input and output.suffix.lower() == ".json"):
        from giamngheo._writers import WRITE_FORMATS  # noqa: PLC0415 - needs pyarrow

        if output.suffix.lower() == ".json" and args.func is _cmd_assess:
            raise InvalidInput("output", "a register's results are JSON Lines, one result a line: give a .jsonl file")
        if output.suffix.lower() not in WRITE_FORMATS:
            raise InvalidInput("output", f"give a file ending in {', '.join(WRITE_FORMATS)}, got {str(output)!r}")
    if output is not None:
        other = getattr(args, "other", None)  # a standard file, or a jurisdiction's code
        _refuse_inputs([output], [args.households, getattr(args, "members", None), None if other is None else Path(other)])


def _cmd_assess(args: argparse.Namespace) -> int:
    _check_output(args)
    chosen, standard = _chosen_standard(args)
    if args.households.suffix.lower() == ".json":
        if args.members is not None:
            raise InvalidInput(
                "--members", "a JSON file holds its households' members: give --members with a table only"
            )
        return _assess_json(args, chosen)
    _require_batch()
    from giamngheo.batch._pipeline import assess_files  # noqa: PLC0415 - needs pyarrow

    households, members = _open_register(args)
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
    from giamngheo.batch._pipeline import member_line  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

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
    results = _assess_rows(_read_json(args.households), args.on, standard=chosen)
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

        from giamngheo._writers import write_all  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

        rows = [_output_row(row, r) for row, r in results]
        for row in rows:  # an error row has no count
            row["deprivation_count"] = row["deprivation_count"] if isinstance(row["deprivation_count"], int) else None
        schema = pa.schema(
            [pa.field(n, pa.int64() if n == "deprivation_count" else pa.string()) for n in OUTPUT_COLUMNS]
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


def _cmd_schema(_: argparse.Namespace) -> int:
    _require_batch()
    from giamngheo.batch import render_schema  # noqa: PLC0415 - needs numpy

    print(render_schema())
    return EXIT_OK


def _register_columns(args: argparse.Namespace, *, drop_stated: bool = False) -> Iterator[Any]:
    """The chunks of the register of ``args`` (households and members), as :class:`~giamngheo.batch.Columns`."""
    _require_batch()
    from giamngheo.batch._pipeline import OutOfOrder, Register  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

    households, members = _open_register(args)
    chunk_rows: int | None = getattr(args, "chunk_size", CHUNK_SIZE)
    register = Register(households, members, chunk_rows=chunk_rows, member_ids=True, drop_stated=drop_stated)
    try:
        chunks = list(register.chunks()) if members is not None else None
    except OutOfOrder:
        register = Register(households, members, chunk_rows=None, member_ids=True, drop_stated=drop_stated)
        chunks = None
    yield from chunks if chunks is not None else register.chunks()
    if register.orphans:
        from giamngheo.batch._pipeline import member_line  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

        for orphan in register.orphans:
            print(
                f"giamngheo: {args.members}, line {member_line(orphan)}: household {orphan.household_id!r} is not in "
                f"{args.households} (a member of no household)",
                file=sys.stderr,
            )


def _register(args: argparse.Namespace, *, drop_stated: bool = False) -> tuple[Columns, Any]:
    """The whole register of ``args`` (households and members) as columns, with the register read (for its orphans)."""
    _require_batch()
    from giamngheo.batch._pipeline import Register, member_line  # noqa: PLC0415 - needs pyarrow

    households, members = _open_register(args)
    register = Register(households, members, chunk_rows=None, member_ids=True, drop_stated=drop_stated)
    (chunk,) = register.chunks()
    for j, error in register.patches.items():
        chunk.columns.errors[j] = error
    for orphan in register.orphans:
        print(
            f"giamngheo: {args.members}, line {member_line(orphan)}: household {orphan.household_id!r} is not in "
            f"{args.households} (a member of no household)",
            file=sys.stderr,
        )
    return chunk.columns, register


def _cmd_compare(args: argparse.Namespace) -> int:
    _check_output(args)
    other = _standard_option(args.other, args.on)
    base = _standard_option(args.base, args.on)
    assert other is not None  # noqa: S101 - a required option
    if args.households.suffix.lower() == ".json":
        if args.members is not None:
            raise InvalidInput(
                "--members", "a JSON file holds its households' members: give --members with a table only"
            )
        parsed = _households(_read_json(args.households))
        households = [h for h in parsed if isinstance(h, Household)]
        comparison = compare(households, on=args.on, other=other, base=base)
        positions = [i for i, h in enumerate(parsed) if isinstance(h, Household)]
        unread = [(i, e) for i, e in enumerate(parsed) if not isinstance(e, Household)]
        orphans = 0
    else:
        from giamngheo.batch._compare import compare_columns  # noqa: PLC0415 - needs pyarrow

        columns, register = _register(args)
        comparison, _, _ = compare_columns(columns, on=args.on, other=other, base=base)
        positions = list(range(len(columns)))
        unread = []
        orphans = len(register.orphans)
    print(comparison.table(args.lang))
    failed = len(unread) + len(comparison.errors)
    if failed:
        print(
            f"{failed} dòng không đọc được (xem thông báo lỗi)."
            if args.lang == "vi"
            else f"{failed} rows could not be read (see the error messages)."
        )
    for i, error in unread:
        print(f"row {i + 1}: {error}", file=sys.stderr)
    for index, _, message in comparison.errors:
        print(f"row {positions[index] + 1}: {message}", file=sys.stderr)
    if args.output is not None:
        _require_batch()
        import pyarrow as pa  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

        from giamngheo._writers import write_all  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

        schema = pa.schema(
            [("row", pa.int64()), ("household_id", pa.string()), ("before", pa.string()), ("after", pa.string())]
        )
        moves = comparison.moved
        table = pa.table(
            {
                "row": [positions[m.index] + 1 for m in moves],
                "household_id": [m.household_id or "" for m in moves],
                "before": [m.before.value for m in moves],
                "after": [m.after.value for m in moves],
            },
            schema=schema,
        )
        write_all(args.output, iter([table]), schema, bom=not args.no_bom)
    return EXIT_ROWS_FAILED if failed or orphans else EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    if args.household is not None and args.household.suffix.lower() != ".json":
        if args.id is None:
            raise InvalidInput(
                "--id", "give the id of the household to explain, with a register (--household FILE --id ID)"
            )
        columns, _ = _register(args)
        wanted = args.id.strip()
        i = next((k for k, hid in enumerate(columns.household_id.tolist()) if hid == wanted), -1)
        if i < 0:
            raise InvalidInput("--id", f"no household {args.id!r} in {args.household}")
        if columns.errors[i] is not None:
            raise columns.errors[i]
        household = columns.household(i)
    elif args.household is not None:
        if args.members is not None:
            raise InvalidInput("--members", "a JSON household holds its members: give --members with a register only")
        try:
            text = args.household.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise InvalidInput("household", f"{args.household}: not UTF-8 text ({error.reason})") from None
        household = household_from_json(text)
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


_ENTITLEMENT_COLUMNS = (
    "household_id",
    "status",
    "policy",
    "grant",
    "kind",
    "share",
    "at_least",
    "amount_vnd",
    "per",
    "up_to",
    "period_start",
    "period_end",
    "beneficiaries",
    "citation",
    "verification",
    "reason",
    "undetermined",
    "error",
)


def _cmd_entitlements(args: argparse.Namespace) -> int:
    """Each household of a register assessed, then the supports its status gives on the date: one row per support."""
    _check_output(args)
    from giamngheo._entitlements import entitlements  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order
    from giamngheo._policy import RecognisedStatus, StatusHistory  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order
    from giamngheo.batch import assess_columns  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

    chosen = _standard_option(args.standard, args.on)
    standard = chosen if chosen is not None else standard_in_force(on=args.on)
    columns, register = _register(args)
    result = assess_columns(columns, on=args.on, standard=standard)
    rows: list[dict[str, object]] = []
    failed = 0
    lang: str = args.lang
    for i, (hid, code) in enumerate(zip(result.household_id.tolist(), result.status.tolist(), strict=True)):
        empty = dict.fromkeys(_ENTITLEMENT_COLUMNS)
        if code < 0:
            rows.append(empty | {"household_id": hid, "error": str(result.errors[i])})
            failed += 1
            continue
        status = result.STATUSES[code]
        if status is Status.UNDETERMINED:  # a result, not an error: no support can be decided before the status is
            reason = "the status is undetermined: give the facts still needed (the column 'needed' of 'assess')"
            rows.append(empty | {"household_id": hid, "status": status.value, "reason": reason, "undetermined": "status"})
            continue
        try:
            history = StatusHistory(
                (RecognisedStatus(status, since=args.on, jurisdiction=standard.jurisdiction),), household_id=hid
            )
            found = entitlements(history, on=args.on, jurisdiction=args.jurisdiction, household=columns.household(i))
        except GiamngheoError as error:
            rows.append(empty | {"household_id": hid, "status": status.value, "error": str(error)})
            failed += 1
            continue
        for e in found:
            rows.append(  # noqa: PERF401 - one row per support, built field by field
                {
                    "household_id": hid,
                    "status": status.value,
                    "policy": e.policy.id,
                    "grant": e.grant,
                    "kind": e.kind.value,
                    "share": None if e.share is None else str(e.share),
                    "at_least": "true" if e.at_least else "false",
                    "amount_vnd": e.amount_vnd,
                    "per": e.per,
                    "up_to": "true" if e.up_to else "false",
                    "period_start": e.period.start.isoformat(),
                    "period_end": e.period.end.isoformat(),
                    "beneficiaries": e.beneficiaries(lang),
                    "citation": e.citation.render(lang),
                    "verification": e.citation.verification.value,
                    "reason": e.reason(lang),
                    "undetermined": e.undetermined or "",
                    "error": "",
                }
            )
    import pyarrow as pa  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

    from giamngheo._writers import write_all  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

    schema = pa.schema([pa.field(n, pa.int64() if n == "amount_vnd" else pa.string()) for n in _ENTITLEMENT_COLUMNS])
    write_all(args.output, iter([pa.Table.from_pylist(rows, schema=schema)]), schema, bom=not args.no_bom)
    if not args.quiet:
        print(
            f"giamngheo: {len(result)} households, {sum(1 for r in rows if r['policy'])} supports on {args.on.isoformat()} "
            f"({args.jurisdiction}, under {standard.id})",
            file=sys.stderr,
        )
    return EXIT_ROWS_FAILED if failed or register.orphans else EXIT_OK


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
    ),
    "en": ("Code", "District", "Households", "Poor", "Near-poor", "Middle", "Not poor", "Undetermined", "Errors"),
}
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


def _cmd_demo(args: argparse.Namespace) -> int:
    """The main job on the bundled synthetic register: every household assessed by the batch engine, by district."""
    _require_batch()
    from giamngheo.batch._pipeline import Register, assess_register  # noqa: PLC0415 - needs pyarrow
    from giamngheo.batch._readers import open_table  # noqa: PLC0415 - numpy arrays and Arrow columns, or the steps of one pass in order

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
    if vi:
        print(
            f"giamngheo {__version__}: sổ hộ MÔ PHỎNG của {place}, {register.households_read} hộ, "
            f"{register.members_read} nhân khẩu, đánh giá ngày {on.isoformat()}"
        )
    else:
        print(
            f"giamngheo {__version__}: SYNTHETIC register of {place}, {register.households_read} households, "
            f"{register.members_read} members, assessed on {on.isoformat()}"
        )
    print(f"{standard.name(lang)} [{standard.basis.render(lang)}]\n")
    total: collections.Counter[str] = sum(by_district.values(), collections.Counter())
    table = [
        (code, _district_name(code, names_on) if code else "", counts) for code, counts in sorted(by_district.items())
    ]
    table.append(("", "Tổng cộng" if vi else "Total", total))
    header = _DEMO_COLUMNS[lang]
    lines = [
        (code, name, str(counts.total()), *(str(counts[s.value]) for s in _DEMO_STATUSES), str(counts["error"]))
        for code, name, counts in table
    ]
    widths = [max(len(cell) for cell in column) for column in zip(header, *lines, strict=True)]
    for line in (header, *lines):
        left = [line[0].ljust(widths[0]), line[1].ljust(widths[1])]
        right = [cell.rjust(width) for cell, width in zip(line[2:], widths[2:], strict=True)]
        print("  ".join(left + right).rstrip() if line is header else "  ".join(left + right))
    errors = total["error"]
    if first_error is not None:
        label = "hộ không đánh giá được, ví dụ" if vi else "households could not be assessed, for example"
        print(f"\n{errors} {label}: {first_error}")
    elapsed = f"{seconds:.2f}"
    if vi:
        print(f"\nThời gian: {elapsed.replace('.', ',')} giây (đọc hai tệp CSV và đánh giá bằng giamngheo.batch).")
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
        for instrument in _instruments_of(place.code):
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


def _instruments_of(code: str) -> tuple[Instrument, ...]:
    """The instruments a jurisdiction's data cite: a province's own and its policies'; for VN every other one."""
    from giamngheo._entitlements import POLICIES  # noqa: PLC0415 - the policies are read only when asked for

    def own(province: str) -> tuple[Instrument, ...]:
        cited = (*JURISDICTIONS[province].instruments, *(p.basis.instrument for p in POLICIES.get(province, ())))
        return tuple(dict.fromkeys(cited))

    if code != "VN":
        return own(code)
    provincial = {i for province in JURISDICTIONS if province != "VN" for i in own(province)}
    return tuple(i for i in instruments() if i not in provincial)


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
#: Points are a few hundred: a longer number is refused before it is computed (int() refuses 4,301 digits itself).
_MAX_POINTS_LENGTH = 40
#: At most this many input errors are printed by `report`; the count of the others follows.
_MAX_ERRORS_SHOWN = 50
_E = TypeVar("_E")


def _today() -> dt.date:
    return dt.datetime.now(tz=_VIETNAM).date()


def _year(text: str) -> int:
    if not _YEAR.fullmatch(text.strip()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a year in YYYY form: {text!r}")
    return int(text)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return value


def _dates(text: str) -> tuple[dt.date, ...]:
    """Dates separated by commas; an empty item (a trailing comma) is skipped."""
    return tuple(_date(part.strip()) for part in text.split(",") if part.strip())


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
    path: Path,
    standard: Standard,
    level: str,
    errors: list[InputFileError],
    warnings: list[str],
    *,
    skipped: list[str] | None = None,
) -> tuple[list[_Result], dict[str, int]]:
    """This year's results, and the line of every household id (those of bad lines too).

    Given a list ``skipped``, a household still undetermined is left out of the counts, added to it, and named in a
    warning; otherwise it is an error.
    """
    indicators = {i.id: i.id for i in standard.indicators}
    results: list[_Result] = []
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
    if skipped:
        shown = ", ".join(skipped[:10]) + (f", … ({len(skipped) - 10} more)" if len(skipped) > 10 else "")
        warnings.append(
            f"{path}: {len(skipped)} undetermined household(s) left out of the counts (--skip-undetermined): {shown}; "
            "decide them (the column 'needed' says what is missing) before the report is final"
        )
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
    skipped: list[str] | None = [] if args.skip_undetermined else None
    results, reviewed = _read_results(current, standard, level, errors, warnings, skipped=skipped)
    listed: list[_Listed] | None = None
    if args.previous is not None:
        listed, on_list = _read_listed(args.previous, level, errors, warnings)
        left_out = [entry for entry in listed if skipped and entry.record.household_id in set(skipped)]
        if left_out:  # the movements then balance over the households decided
            listed = [entry for entry in listed if entry not in left_out]
            warnings.append(
                f"{args.previous}: {len(left_out)} household(s) of last year's list are undetermined this year and "
                f"left out of the movements too: {', '.join(e.record.household_id for e in left_out)}"
            )
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


def _refuse_report_inputs(args: argparse.Namespace, report: review.Report) -> None:
    """Refuse a report whose file (``-o FILE.xlsx``) or one of whose tables (``-o DIRECTORY``) is an input."""
    output: Path | None = args.output
    if output is None:
        return
    targets = [output] if output.suffix.lower() == ".xlsx" else [output / f"{t.id}.csv" for t in report.tables]
    _refuse_inputs(targets, [args.current, args.previous, args.households_total])


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


EPILOG = """\
Registers of households (CSV, assessed by the batch engine):
  giamngheo schema                         the columns of households.csv and members.csv
  giamngheo assess ho.csv --members nhan-khau.csv --on 2024-10-01 -o ket-qua.xlsx
  giamngheo demo                           the same on the bundled synthetic register of Bình Dương

Annual review (rà soát hộ nghèo, hộ cận nghèo):
  giamngheo calendar 2025                  the year's review steps and deadlines
  giamngheo score --area rural --income-score 132.5 --deprived "water;telecom;housing_area" --on 2025-10-01
  giamngheo report ket-qua.csv --previous danh-sach-nam-truoc.csv -o bao-cao.xlsx
                                           results, movements, deprivations and groups by commune

Exit status: 0 ok; 1 error (for 'report': any bad row, and nothing is written); 2 usage;
3 some rows failed (every row is still in the output)."""

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
        type=_date,
        help="the standard in force on this date, if neither --standard nor --year is given; also the date of the "
        "units' names (default: 31 December of --year, else today)",
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="a .xlsx workbook, or a directory for one CSV file per table"
    )
    lang_option(p)
    p.set_defaults(func=_cmd_report)


def _add_register_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    lang_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The commands on registers of households: demo, assess, schema."""
    p = sub.add_parser(
        "demo",
        help="assess the bundled synthetic register of Bình Dương (9,100 households) and print a summary by district",
        description="The main job on the bundled SYNTHETIC sample register (households.csv and members.csv of 91 "
        "communes of Bình Dương): every household assessed by the batch engine, then the households of each status "
        "by district, a total line and the time it took. The sample's communes are encoded until 2025-06-30.",
    )
    p.add_argument("--on", type=_date, default=SAMPLE_ON, help=f"assessment date (default {SAMPLE_ON.isoformat()})")
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
    p.add_argument("--on", type=_date, required=True, help="assessment date, YYYY-MM-DD")
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
    _file_options(p)
    p.add_argument(
        "--chunk-size",
        type=_positive,
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
        "allowed values and what it holds.",
    )
    p.set_defaults(func=_cmd_schema)


def _file_options(p: argparse.ArgumentParser) -> None:
    """The options of the commands that read and write registers."""
    p.add_argument(
        "--encoding",
        help="the text encoding of CSV files (default: UTF-8 with or without BOM, UTF-16, else Windows-1258, detected)",
    )
    p.add_argument(
        "--no-bom",
        action="store_true",
        help="write CSV without the UTF-8 byte-order mark (which Excel needs to read Vietnamese)",
    )


def _parser() -> argparse.ArgumentParser:  # noqa: PLR0915 - one statement per option
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

    _add_register_commands(sub, lang_option)

    p = sub.add_parser(
        "compare", help="assess households under two standards and print the transition table (who moves where)"
    )
    p.add_argument(
        "households", type=Path, help="a register (CSV, XLSX, Parquet, JSON Lines) or JSON households, as for 'assess'"
    )
    p.add_argument("--members", type=Path, metavar="MEMBERS", help="the members of a register, as for 'assess'")
    p.add_argument("--on", type=_date, required=True, help="assessment date, YYYY-MM-DD")
    p.add_argument("--other", required=True, help="the standard compared to: a jurisdiction code or a standard file")
    p.add_argument("--base", help="the standard compared from (default: the national one in force)")
    p.add_argument(
        "-o", "--output", type=Path, help="write the households that move to this .csv, .xlsx, .parquet or .jsonl file"
    )
    _file_options(p)
    lang_option(p)
    p.set_defaults(func=_cmd_compare)

    p = sub.add_parser(
        "entitlements",
        help="assess every household of a register and write the supports each is entitled to on a date",
        description="Every household of a register (as for 'assess') is assessed under the standard in force in "
        "--jurisdiction, then given the supports of its status on the date: national policies, and the province's "
        "when --jurisdiction is a province. One row per support (household_id, policy, grant, kind, share or "
        "amount, period, beneficiaries, citation with its verification status, reason); a household with no "
        "support has no row, one that cannot be assessed a row with its error.",
    )
    p.add_argument("households", type=Path, metavar="HOUSEHOLDS", help="the households table, as for 'assess'")
    p.add_argument("--members", type=Path, metavar="MEMBERS", help="the members table, as for 'assess'")
    p.add_argument("--on", type=_date, required=True, help="the date, YYYY-MM-DD")
    p.add_argument("--jurisdiction", default="VN", help="VN (default: national policies), or a province's code: 74, 79")
    p.add_argument(
        "--standard",
        metavar="CODE|FILE",
        help="the standard the statuses are assessed under: a jurisdiction code or a standard file (default: national)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help="write to this .csv, .xlsx, .parquet or .jsonl file (default: CSV on standard output)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    _file_options(p)
    lang_option(p)
    p.set_defaults(func=_cmd_entitlements)

    p = sub.add_parser("explain", help="assess one household and print the reasons with citations")
    p.add_argument("--on", type=_date, required=True, help="assessment date, YYYY-MM-DD")
    p.add_argument(
        "--household",
        type=Path,
        help="a household as JSON (members, dwelling), or a register (CSV, XLSX, Parquet, JSON Lines) with --id",
    )
    p.add_argument("--members", type=Path, help="the members of the register given with --household")
    p.add_argument(
        "--encoding", help="the text encoding of CSV files (default: UTF-8, UTF-16 or Windows-1258, detected)"
    )
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


def _stop_cleanly_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so that temporary files are removed and no output is left half-written."""

    def stop(_number: int, _frame: object) -> None:
        raise KeyboardInterrupt

    with contextlib.suppress(ValueError):  # not the main thread (the command run from a test's thread)
        signal.signal(signal.SIGTERM, stop)


_ISSUES = "https://github.com/giamngheo/giamngheo/issues"


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one exit per kind of failure, each said plainly
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if hasattr(args, "lang"):
        check_lang(args.lang)
    _stop_cleanly_on_sigterm()
    try:
        return int(args.func(args))
    except KeyboardInterrupt:  # Ctrl-C: temporary files are gone (every writer cleans up), the output untouched
        print("giamngheo: interrupted: nothing was written", file=sys.stderr)
        return 128 + signal.SIGINT
    except GiamngheoError as error:
        print(f"giamngheo: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: not an error
        sys.stderr.close()
        return EXIT_OK
    except OSError as error:
        message = f"{error.filename}: {error.strerror}" if error.filename and error.strerror else str(error)
        print(f"giamngheo: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except UnicodeDecodeError as error:  # a file read by a path not checked above: still no traceback
        print(f"giamngheo: error: a file is not UTF-8 text ({error.reason}): save it as UTF-8", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:  # the input is larger than this machine holds: said plainly, the output untouched
        print(
            "giamngheo: error: out of memory: nothing was written (give a smaller --chunk-size, or split the input)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as error:
        from giamngheo._version import __version__  # noqa: PLC0415 - only on this path

        if os.environ.get("GIAMNGHEO_TRACEBACK"):  # for the developers: the traceback, as Python prints it
            raise

        print(
            f"giamngheo: internal error ({type(error).__name__}: {str(error)[:200]}): nothing was written. "
            f"This is a bug of giamngheo {__version__}: please report it with the command you ran at {_ISSUES}",
            file=sys.stderr,
        )
        return EXIT_ERROR
