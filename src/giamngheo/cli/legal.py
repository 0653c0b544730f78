"""The commands on the law itself: ``explain`` (one household's reasons), ``standards``, ``params`` and ``sources``."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from giamngheo._assessment import assess
from giamngheo._errors import InvalidInput
from giamngheo._household import Household
from giamngheo._household_json import household_from_json
from giamngheo._jurisdictions import builtin_standard, jurisdiction
from giamngheo._model import Standard
from giamngheo._params import Parameter, parameters, policy_parameters
from giamngheo._sources import sources, value_text
from giamngheo.cli._common import EXIT_OK, date, lang_option, read_register

__all__ = ["add_parsers"]


def _cmd_explain(args: argparse.Namespace) -> int:
    if args.household is not None and args.household.suffix.lower() != ".json":
        if args.id is None:
            raise InvalidInput(
                "--id", "give the id of the household to explain, with a register (--household FILE --id ID)"
            )
        columns, _ = read_register(args)
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


def _chosen(args: argparse.Namespace) -> list[Standard]:
    """The standards ``--jurisdiction`` and ``--on`` choose: the one in force on the date, or all of them."""
    place = jurisdiction(args.jurisdiction)
    if args.on is not None:
        return [place.standard_in_force(on=args.on)]
    return [] if place.standards is None else [s for _, s in place.standards]


def _cmd_standards(args: argparse.Namespace) -> int:
    lang = args.lang
    for s in _chosen(args):
        print(f"{s.id}\t{s.window}\t{s.name(lang)}\t[{s.basis.render(lang)}]")
        print(f"\t{s.rule(lang)}")
    return EXIT_OK


def _cmd_params(args: argparse.Namespace) -> int:
    if args.standard is not None and args.on is not None:
        raise InvalidInput("--on", "give --standard ID or --on DATE (with --jurisdiction), not both")
    if args.policy and (args.standard is not None or args.on is not None):
        raise InvalidInput("--policy", "give --policy ID alone, or the options that choose standards")
    found: list[Parameter]
    if args.policy:
        from giamngheo._entitlements import policy  # noqa: PLC0415 - the policies load on first use

        found = [p for policy_id in args.policy for p in policy_parameters(policy(policy_id)).values()]
    else:
        chosen = [builtin_standard(args.standard)] if args.standard is not None else _chosen(args)
        found = [p for standard in chosen for p in parameters(standard).values()]
    writer = csv.writer(sys.stdout)
    writer.writerow(("path", "value", "from", "until", "label", "citation", "verification"))
    for p in found:
        writer.writerow(
            (
                p.path,
                value_text(p.value.value, args.lang),
                p.window.start.isoformat(),
                p.window.last_day.isoformat(),
                p.label(args.lang),
                p.value.citation.render(args.lang),
                p.value.citation.verification.value,
            )
        )
    return EXIT_OK


def _cmd_sources(args: argparse.Namespace) -> int:
    writer = csv.writer(sys.stdout)
    writer.writerow(("key", "value", "citation", "verification", "evidence"))
    found = sources(on=args.on, jurisdiction=args.jurisdiction)
    for datum in found.data:
        writer.writerow(
            (
                datum.key,
                value_text(datum.value, args.lang),
                datum.citation.render(args.lang),
                datum.verification.value,
                " ".join(datum.citation.evidence),
            )
        )
    for instrument in found.instruments:
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


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands ``explain``, ``standards``, ``params`` and ``sources``."""
    p = sub.add_parser("explain", help="assess one household and print the reasons with citations")
    p.add_argument("--on", type=date, required=True, help="assessment date, YYYY-MM-DD")
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
    p.add_argument("--on", type=date, help="only the standard in force on this date")
    p.add_argument("--jurisdiction", default="VN", help="VN (default), or a province's code: 74, 79")
    lang_option(p)
    p.set_defaults(func=_cmd_standards)

    p = sub.add_parser(
        "params",
        help="every value of a standard (or of a policy) by its path, the paths a reform sets (CSV)",
        description="List the band bounds, the cut-off and every indicator threshold of the standards of a "
        "jurisdiction (or of one standard, or of the one in force on a date), each by the path that "
        "giamngheo.reform(standard, {path: value}) sets, with the dates it applies on and its citation.",
    )
    p.add_argument("--standard", help="one built-in standard by its id, e.g. vn-2022-2025 or 74-2021")
    p.add_argument(
        "--policy",
        action="append",
        metavar="ID",
        help="instead, the values of a support policy (e.g. credit-vbsp-2025), the paths "
        "giamngheo.reform_policy(policy, {path: value}) sets; repeat it for several",
    )
    p.add_argument("--on", type=date, help="only the standard in force on this date")
    p.add_argument("--jurisdiction", default="VN", help="VN (default), or a province's code: 74, 79")
    lang_option(p)
    p.set_defaults(func=_cmd_params)

    p = sub.add_parser("sources", help="every legal datum with its citation and verification status (CSV)")
    p.add_argument("--on", type=date, help="only the data of the standard in force on this date")
    p.add_argument("--jurisdiction", default="VN", help="VN (default), or a province's code: 74, 79")
    lang_option(p)
    p.set_defaults(func=_cmd_sources)
