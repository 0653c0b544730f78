"""What the commands share: exit statuses, option types and options, the standard chosen, registers read, outputs."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from giamngheo._errors import InvalidInput, MissingExtra
from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import Standard

if TYPE_CHECKING:
    from giamngheo.batch import Columns
    from giamngheo.batch._chunks import Register

__all__ = [
    "CHUNK_SIZE",
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_ROWS_FAILED",
    "EXIT_USAGE",
    "check_output",
    "chosen_standard",
    "date",
    "file_options",
    "lang_option",
    "open_register",
    "positive",
    "read_register",
    "refuse_inputs",
    "require_batch",
    "standard_option",
]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_ROWS_FAILED = 0, 1, 2, 3
#: Households read, encoded and assessed at once, with their members: the memory a run needs grows with this.
CHUNK_SIZE = 65_536


def date(text: str) -> dt.date:
    """A date option, ``YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def positive(text: str) -> int:
    """A whole-number option of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return value


def lang_option(p: argparse.ArgumentParser) -> None:
    """The option ``--lang`` of a command."""
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of labels and reasons (default vi)")


def file_options(p: argparse.ArgumentParser) -> None:
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


def standard_option(value: str | None, on: dt.date) -> Standard | None:
    """A jurisdiction code (``VN``, ``74``, ``79``) or a standard file (``.toml``/``.json``)."""
    if value is None:
        return None
    if value.lower().endswith((".toml", ".json")):
        from giamngheo.formats import load_standard  # noqa: PLC0415 - only this option needs it

        return load_standard(Path(value))
    return standard_in_force(on=on, jurisdiction=value)


def chosen_standard(args: argparse.Namespace) -> tuple[Standard | None, Standard]:
    """The standard the user chose (``--standard`` or ``--jurisdiction``), if any, and the one applied."""
    chosen = standard_option(args.standard, args.on)
    if chosen is None and args.jurisdiction is not None:
        chosen = standard_in_force(on=args.on, jurisdiction=args.jurisdiction)
    return chosen, chosen if chosen is not None else standard_in_force(on=args.on)


def require_batch() -> None:
    """Refuse, with the extra to install, when the batch pipeline cannot run."""
    try:
        import numpy as np  # noqa: F401, PLC0415 - only a check that the pipeline can be imported
        import pyarrow as pa  # noqa: F401, PLC0415 - only to learn whether the batch extra is installed
    except ImportError:
        msg = 'reading registers needs numpy and pyarrow: pip install "giamngheo[batch]"'
        raise MissingExtra(msg) from None


def _households_path(args: argparse.Namespace) -> Path:
    """The households file of a command (``explain`` calls it ``--household``)."""
    path: Path = args.households if hasattr(args, "households") else args.household
    return path


def open_register(args: argparse.Namespace) -> tuple[Any, Any]:
    """The households table of ``args`` and its members table (or ``None``), their notes printed."""
    from giamngheo.batch._readers import open_table  # noqa: PLC0415 - needs pyarrow

    households = open_table(_households_path(args), "households", encoding=args.encoding)
    members = None if args.members is None else open_table(args.members, "members", encoding=args.encoding)
    for note in (*households.notes, *(members.notes if members is not None else ())):
        print(f"giamngheo: note: {note}", file=sys.stderr)
    return households, members


def read_register(args: argparse.Namespace, *, drop_stated: bool = False) -> tuple[Columns, Register]:
    """The whole register of ``args`` (households and members) as columns, with the register read (for its orphans)."""
    require_batch()
    from giamngheo.batch._pipeline import member_line  # noqa: PLC0415 - needs pyarrow
    from giamngheo.batch._register import read_whole  # noqa: PLC0415 - needs pyarrow

    households, members = open_register(args)
    columns, read = read_whole(households, members, drop_stated=drop_stated)
    for orphan in read.orphans:
        print(
            f"giamngheo: {args.members}, line {member_line(orphan)}: household {orphan.household_id!r} is not in "
            f"{_households_path(args)} (a member of no household)",
            file=sys.stderr,
        )
    return columns, read


def _same_file(a: Path, b: Path | None) -> bool:
    """Whether ``a`` and ``b`` are one file: the same path, a symbolic link or a hard link to it."""
    try:
        return b is not None and a.samefile(b)
    except OSError:  # one of them does not exist (yet): not the same file
        return False


def refuse_inputs(outputs: Iterable[Path], inputs: Iterable[Path | None]) -> None:
    """Refuse, before anything is written, an output that is one of the command's input files."""
    sources = [source for source in inputs if source is not None]
    for output in outputs:
        for source in sources:
            if _same_file(output, source):
                raise InvalidInput("output", f"{output} is an input file ({source}): give another file to write")


def check_output(args: argparse.Namespace, *, lines_only: bool = False) -> None:
    """Refuse, before anything is read, an output of no format written or that is an input file.

    Args:
        args: The command's arguments.
        lines_only: Whether a register's results are written one a line only (``assess``), never as one JSON file.
    """
    output: Path | None = args.output
    json_input = args.households.suffix.lower() == ".json"
    if output is not None and not (json_input and output.suffix.lower() == ".json"):
        from giamngheo._writers import WRITE_FORMATS  # noqa: PLC0415 - needs pyarrow

        if output.suffix.lower() == ".json" and lines_only:
            raise InvalidInput("output", "a register's results are JSON Lines, one result a line: give a .jsonl file")
        if output.suffix.lower() not in WRITE_FORMATS:
            raise InvalidInput("output", f"give a file ending in {', '.join(WRITE_FORMATS)}, got {str(output)!r}")
    if output is not None:
        other = getattr(args, "other", None)  # a standard file, or a jurisdiction's code
        refuse_inputs([output], [args.households, getattr(args, "members", None), None if other is None else Path(other)])
