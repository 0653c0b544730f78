"""``giamngheo compare``: households assessed under two standards, and the transition table of who moves where."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from giamngheo._errors import InvalidInput
from giamngheo._household import Household
from giamngheo._household_json import household_documents, households_from_data
from giamngheo._reform import compare
from giamngheo.cli._common import (
    EXIT_OK,
    EXIT_ROWS_FAILED,
    check_output,
    date,
    file_options,
    lang_option,
    read_register,
    require_batch,
    standard_option,
)

__all__ = ["add_parsers"]


def _cmd_compare(args: argparse.Namespace) -> int:
    check_output(args)
    other = standard_option(args.other, args.on)
    base = standard_option(args.base, args.on)
    assert other is not None  # noqa: S101 - a required option
    if args.households.suffix.lower() == ".json":
        if args.members is not None:
            raise InvalidInput(
                "--members", "a JSON file holds its households' members: give --members with a table only"
            )
        parsed = households_from_data(household_documents(args.households))
        households = [h for h in parsed if isinstance(h, Household)]
        comparison = compare(households, on=args.on, other=other, base=base)
        positions = [i for i, h in enumerate(parsed) if isinstance(h, Household)]
        unread = [(i, e) for i, e in enumerate(parsed) if not isinstance(e, Household)]
        orphans = 0
    else:
        from giamngheo.batch._compare import compare_columns  # noqa: PLC0415 - needs pyarrow

        columns, register = read_register(args)
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
        require_batch()
        import pyarrow as pa  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

        from giamngheo._writers import write_all  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

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


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The command ``compare``."""
    p = sub.add_parser(
        "compare", help="assess households under two standards and print the transition table (who moves where)"
    )
    p.add_argument(
        "households", type=Path, help="a register (CSV, XLSX, Parquet, JSON Lines) or JSON households, as for 'assess'"
    )
    p.add_argument("--members", type=Path, metavar="MEMBERS", help="the members of a register, as for 'assess'")
    p.add_argument("--on", type=date, required=True, help="assessment date, YYYY-MM-DD")
    p.add_argument("--other", required=True, help="the standard compared to: a jurisdiction code or a standard file")
    p.add_argument("--base", help="the standard compared from (default: the national one in force)")
    p.add_argument(
        "-o", "--output", type=Path, help="write the households that move to this .csv, .xlsx, .parquet or .jsonl file"
    )
    file_options(p)
    lang_option(p)
    p.set_defaults(func=_cmd_compare)
