"""The top-level parser of the ``giamngheo`` command line, and the last-resort handler of every command's failure.

Each command is defined, parser and function side by side, in the module of its group: :mod:`.assess` (demo,
assess, schema), :mod:`.compare`, :mod:`.entitlements`, :mod:`.legal` (explain, standards, sources) and
:mod:`.review` (calendar, score, report).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence

from giamngheo._errors import GiamngheoError
from giamngheo._model import check_lang
from giamngheo._version import __version__
from giamngheo.cli import assess, cases, compare, entitlements, legal, review, serve
from giamngheo.cli._common import EXIT_ERROR, EXIT_OK

__all__ = ["main"]

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

Web service and officer's page (giamngheo[web]):
  giamngheo serve --port 8000              the JSON API under /v1 and the page at http://127.0.0.1:8000/
  giamngheo schema --json-schema household the JSON Schema of a household document

Exit status: 0 ok; 1 error (for 'report': any bad row, and nothing is written); 2 usage;
3 some rows failed (every row is still in the output)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giamngheo",
        description="Vietnam's poverty standards as cited, dated rules. Outputs carry Vietnamese labels.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"giamngheo {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    # in the order --help lists them: registers first, then the law, then the annual review
    assess.add_parsers(sub)
    compare.add_parsers(sub)
    entitlements.add_parsers(sub)
    legal.add_parsers(sub)
    review.add_parsers(sub)
    serve.add_parsers(sub)
    cases.add_parsers(sub)
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
    except GiamngheoError as error:  # in the language of the command's --lang: officers read these
        lang = getattr(args, "lang", "en")
        print(f"giamngheo: {'lỗi' if lang == 'vi' else 'error'}: {error.message(lang)}", file=sys.stderr)
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
