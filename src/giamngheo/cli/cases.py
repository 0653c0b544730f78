"""The command ``test``: run files of test cases (the ``giamngheo.cases`` format) and report each case."""

from __future__ import annotations

import argparse
from pathlib import Path

from giamngheo.cli._common import EXIT_ERROR, EXIT_OK, lang_option

__all__ = ["add_parsers"]


def _cmd_test(args: argparse.Namespace) -> int:
    from giamngheo._cases import run_cases  # noqa: PLC0415 - the runner, imported when the command runs
    from giamngheo.formats.cases import load_cases  # noqa: PLC0415

    cases = [case for path in args.files for case in load_cases(path)]  # every file is read before any runs
    results = run_cases(cases, lang=args.lang)
    for result in results:
        if not (args.quiet and result.passed):
            print(result.report())
    failed = sum(not r.passed for r in results)
    if args.lang == "vi":
        print(f"\n{len(results) - failed}/{len(results)} trường hợp đạt, {failed} không đạt.")
    else:
        print(f"\n{len(results) - failed} of {len(results)} cases passed, {failed} failed.")
    return EXIT_OK if failed == 0 else EXIT_ERROR


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The command ``test``."""
    p = sub.add_parser(
        "test",
        help="run files of test cases (giamngheo.cases) and report each case",
        description="Read every file, then assess each case's household under its standard (and reform) and "
        "compare with what the case expects. Exit status 0 when every case passes, 1 when one fails or a file "
        "cannot be read (the message names the file, the line and the key). The format: docs/test-cases.md.",
    )
    p.add_argument("files", nargs="+", type=Path, help="files of test cases (TOML, or JSON for .json)")
    p.add_argument("--quiet", action="store_true", help="report only the cases that fail, and the summary")
    lang_option(p)
    p.set_defaults(func=_cmd_test)
