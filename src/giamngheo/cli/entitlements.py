"""``giamngheo entitlements``: every household of a register assessed, then the supports its status gives.

References:
    The rows: :func:`giamngheo.batch._supports.support_rows`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from giamngheo._jurisdictions import standard_in_force
from giamngheo.cli._common import (
    EXIT_OK,
    EXIT_ROWS_FAILED,
    check_output,
    date,
    file_options,
    lang_option,
    read_register,
    standard_option,
)

__all__ = ["add_parsers"]


def _cmd_entitlements(args: argparse.Namespace) -> int:
    """Each household of a register assessed, then the supports its status gives on the date: one row per support."""
    check_output(args)
    from giamngheo.batch._supports import ENTITLEMENT_COLUMNS, support_rows  # noqa: PLC0415 - needs numpy

    chosen = standard_option(args.standard, args.on)
    standard = chosen if chosen is not None else standard_in_force(on=args.on)
    columns, register = read_register(args)
    supports = support_rows(columns, on=args.on, standard=standard, jurisdiction=args.jurisdiction, lang=args.lang)
    rows = supports.rows

    import pyarrow as pa  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

    from giamngheo._writers import write_all  # noqa: PLC0415 - needs the batch extra (pyarrow), imported when used

    schema = pa.schema([pa.field(n, pa.int64() if n == "amount_vnd" else pa.string()) for n in ENTITLEMENT_COLUMNS])
    write_all(args.output, iter([pa.Table.from_pylist(rows, schema=schema)]), schema, bom=not args.no_bom)
    if not args.quiet:
        print(
            f"giamngheo: {supports.households} households, {sum(1 for r in rows if r['policy'])} supports on {args.on.isoformat()} "
            f"({args.jurisdiction}, under {standard.id})",
            file=sys.stderr,
        )
    return EXIT_ROWS_FAILED if supports.failed or register.orphans else EXIT_OK


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The command ``entitlements``."""
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
    p.add_argument("--on", type=date, required=True, help="the date, YYYY-MM-DD")
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
    file_options(p)
    lang_option(p)
    p.set_defaults(func=_cmd_entitlements)
