"""Typed reading of a parsed file, shared by every format: each getter raises the format's error at the key's line.

:class:`Reader` checks a value's type and range and raises the format's own error class (given when the reader is
made, so nothing is re-wrapped), naming the key path and the line it is written on. :meth:`Reader.check_header`
checks the ``format`` and ``version`` keys the same way for every format. :class:`Citations` reads the
``[instruments]`` and ``[citations]`` tables (and the file-wide ``citation``) that the standard and policy formats
share, and resolves a value's citation by name or inline.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from giamngheo._errors import _KeyedFileError
from giamngheo._legal import Citation, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._numbers import MAX_WHOLE, exact_number
from giamngheo._version import __version__
from giamngheo.formats._positions import KeyPath, line_of, render
from giamngheo.formats._source import read, suggest

__all__ = [
    "CASES_FORMAT",
    "CASES_FORMAT_VERSION",
    "POLICY_FORMAT",
    "POLICY_FORMAT_VERSION",
    "SCORE_TABLE_FORMAT",
    "SCORE_TABLE_FORMAT_VERSION",
    "STANDARD_FORMAT",
    "STANDARD_FORMAT_VERSION",
    "STATUSES",
    "Citations",
    "Reader",
    "open_file",
]

#: The ``format`` key of every standard file.
STANDARD_FORMAT = "giamngheo.standard"
#: The version of the standard format this library writes and reads.
STANDARD_FORMAT_VERSION = 1
#: The ``format`` key of every policy file.
POLICY_FORMAT = "giamngheo.policies"
#: The version of the policy format this library reads.
POLICY_FORMAT_VERSION = 1
#: The ``format`` key of every score-table file.
SCORE_TABLE_FORMAT = "giamngheo.score-table"
#: The version of the score-table format this library reads.
SCORE_TABLE_FORMAT_VERSION = 1

#: The ``format`` key of every file of test cases.
CASES_FORMAT = "giamngheo.cases"
#: The version of the test-case format this library reads.
CASES_FORMAT_VERSION = 1

#: What the files of each format are, and what reads them: a file given to the wrong reader is sent to its own.
_FORMATS = {
    STANDARD_FORMAT: ("a standard file", "load_standard"),
    POLICY_FORMAT: ("a policy file", "load_policies"),
    SCORE_TABLE_FORMAT: ("a score-table file", "review.load_score_table"),
    CASES_FORMAT: ("a file of test cases", "formats.cases.load_cases"),
}

#: The statuses a file can give or name (``undetermined`` is not a classification).
STATUSES = tuple(s for s in Status if s is not Status.UNDETERMINED)

_E = TypeVar("_E", bound=enum.Enum)

_INSTRUMENT_REQUIRED = ("number", "kind", "issuer", "title", "verification")
_INSTRUMENT_OPTIONAL = ("signed", "effective", "url")
_CITATION_REQUIRED = ("instrument", "verification")
_CITATION_OPTIONAL = ("article", "clause", "point", "annex", "evidence", "note")


def open_file(  # noqa: PLR0917 - the arguments of every load_ function, then the format's own
    path: str | os.PathLike[str] | None,
    text: str | bytes | None,
    syntax: str | None,
    file_format: str,
    version: int,
    error: type[_KeyedFileError],
) -> tuple[dict[str, Any], Reader]:
    """Read a file of ``file_format`` and check its header (:meth:`Reader.check_header`): its top table and reader.

    Raises:
        FileFormatError: (the class ``error``) for text that does not parse, or a wrong ``format`` or ``version``.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, for an unknown ``syntax``, or if the
            file cannot be read.
    """
    source = read(path, text, syntax, what=_FORMATS[file_format][0], error=error)
    reader = Reader(source.name, source.lines, json=source.json, error=error)
    return reader.check_header(source.data, file_format, version), reader


@attrs.define
class Reader:
    """Typed access to a parsed file, raising the format's error at the right key and line.

    Attributes:
        source: The file's path, or ``"<text>"``.
        lines: The line of each key path written in the file.
        json: Whether the file is JSON (its messages say "object" where TOML's say "table").
        error: The format's error class, raised by every check.
    """

    source: str
    lines: dict[KeyPath, int]
    json: bool
    error: type[_KeyedFileError]

    def line(self, path: KeyPath) -> int:
        """The line of ``path``, or of the nearest enclosing table written in the file."""
        return line_of(self.lines, path)

    def fail(self, path: KeyPath, reason: str | Text) -> _KeyedFileError:
        """The format's error for the value at ``path``."""
        return self.error(render(path), reason, line=self.line(path), source=self.source)

    def describe(self, value: object) -> str:  # noqa: PLR0911 - one answer per type of value
        """``value`` as the file's author wrote it: ``the integer 2``, ``the string "x"``, ``a table``."""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return f"the integer {value}"
        if isinstance(value, (Decimal, float)):
            return f"the decimal number {value}"
        if isinstance(value, str):
            return f'the string "{value}"'
        if isinstance(value, dt.datetime):
            return "a date and time"
        if isinstance(value, dt.date):
            return f"the date {value.isoformat()}"
        if isinstance(value, dt.time):
            return "a time"
        if isinstance(value, list):
            return "an array"
        if isinstance(value, dict):
            return "an object" if self.json else "a table"
        return "null" if value is None else type(value).__name__

    def wrong(self, path: KeyPath, expected: str, value: object) -> _KeyedFileError:
        """The error for a value of the wrong type."""
        return self.fail(path, f"must be {expected}, got {self.describe(value)}")

    def check_header(self, data: object, file_format: str, version: int) -> dict[str, Any]:
        """The top-level table, once its ``format`` and ``version`` keys say it is ``file_format``, ``version``.

        A file of another known format is sent to its own reader (``read it with load_standard``).
        """
        if not isinstance(data, dict):
            raise self.wrong((), "an object" if self.json else "a table", data)
        what = _FORMATS[file_format][0]
        if "format" not in data:
            raise self.fail(("format",), f'required key missing: {what} starts with format = "{file_format}"')
        written = data["format"]
        if written != file_format:
            other = _FORMATS.get(written) if isinstance(written, str) else None
            hint = f" ({other[0]}: read it with {other[1]})" if other else ""
            raise self.fail(
                ("format",), f'not {what}: format must be "{file_format}", got {self.describe(written)[:200]}{hint}'
            )
        if "version" not in data:
            raise self.fail(("version",), f"required key missing: version = {version}")
        if type(data["version"]) is not int or data["version"] != version:
            raise self.fail(
                ("version",),
                f"unsupported version {repr(data['version'])[:60]}: this library (giamngheo {__version__}) reads "
                f"version {version}",
            )
        return data

    def table(
        self, path: KeyPath, value: object, what: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any]:
        """``value`` as a table with only known keys and every required one."""
        if not isinstance(value, dict):
            raise self.wrong(path, "an object" if self.json else "a table", value)
        known = (*required, *optional)
        for key in value:
            if key not in known:
                raise self.fail(
                    (*path, key), f"unknown key {key!r}{suggest(key, known)} (the keys of {what}: {', '.join(known)})"
                )
        for key in required:
            if key not in value:
                raise self.fail((*path, key), f"required key {key!r} of {what} is missing")
        return value

    def string(self, path: KeyPath, value: object, *, empty: bool = False) -> str:
        """A string (not blank, unless ``empty``)."""
        if not isinstance(value, str):
            raise self.wrong(path, "a string", value)
        if not empty and not value.strip():
            raise self.fail(path, "must not be empty")
        return value

    def integer(self, path: KeyPath, value: object, *, minimum: int | None = None) -> int:
        """An integer (not a boolean), at most a quadrillion in size and at least ``minimum``."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong(path, "an integer", value)
        if abs(value) > MAX_WHOLE:  # checked before the value is printed: 4,301 digits cannot be
            raise self.fail(path, f"must be at most {MAX_WHOLE:,} in size (a quadrillion)")
        if minimum is not None and value < minimum:
            raise self.fail(path, f"must be at least {minimum}, got {value}")
        return value

    def boolean(self, path: KeyPath, value: object) -> bool:
        """``true`` or ``false``."""
        if not isinstance(value, bool):
            raise self.wrong(path, "true or false", value)
        return value

    def date(self, path: KeyPath, value: object) -> dt.date:
        """A date, written as a TOML date or a ``YYYY-MM-DD`` string."""
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(path, f'must be a date written YYYY-MM-DD, got "{value}"') from None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        raise self.wrong(path, "a date (YYYY-MM-DD)", value)

    def money(self, path: KeyPath, value: object) -> int:
        """A positive amount of integer VND (a decimal number is refused, saying what to write)."""
        if isinstance(value, (Decimal, float)):
            exact = Decimal(str(value))
            try:
                number = exact_number(exact)  # its size checked before int() is computed
            except ValueError:  # too large, or not finite
                raise self.fail(path, f"money is integer VND, got the decimal number {str(value)[:40]}") from None
            whole = f"write {int(number)}" if number.denominator == 1 else "write whole VND"
            raise self.fail(path, f"money is integer VND, got the decimal number {value}: {whole}")
        amount = self.integer(path, value)
        if amount <= 0:
            raise self.fail(path, f"must be a positive amount of VND, got {amount}")
        return amount

    def fraction(self, path: KeyPath, value: object) -> Fraction:
        """A non-negative exact number: an integer, a decimal (``0.5``) or a string (``"1/2"``)."""
        if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
            raise self.wrong(path, 'an exact number: an integer, a decimal like 0.5, or a string like "1/2"', value)
        try:
            number = exact_number(value)
        except (ValueError, ZeroDivisionError, OverflowError):
            raise self.fail(path, f'must be an exact number like "1/2" or "0.5", got "{value}"') from None
        if number < 0:
            raise self.fail(path, f"must not be negative, got {value}")
        return number

    def text(self, path: KeyPath, value: object) -> Text:
        """A text: a table of ``vi`` and ``en`` strings."""
        table = self.table(path, value, "a text", ("vi", "en"))
        return Text(self.string((*path, "vi"), table["vi"]), self.string((*path, "en"), table["en"]))

    def choice(self, path: KeyPath, value: object, kind: type[_E], what: str, allowed: Sequence[_E] = ()) -> _E:
        """The member of ``kind`` (among ``allowed``, if given) whose value is the string ``value``."""
        members = allowed or tuple(kind)
        valid = [m.value for m in members]
        if not isinstance(value, str):
            raise self.wrong(path, f"{what}: one of {', '.join(map(str, valid))}", value)
        for member in members:
            if member.value == value:
                return member
        raise self.fail(path, f"unknown {what} {value!r}{suggest(value, valid)} (use one of {', '.join(valid)})")

    def strings(self, path: KeyPath, value: object) -> list[str]:
        """An array of strings, none blank."""
        if not isinstance(value, list):
            raise self.wrong(path, "an array of strings", value)
        return [self.string((*path, i), v) for i, v in enumerate(value)]

    def tables(self, path: KeyPath, value: object, what: str) -> list[object]:
        """An array of tables (``[[band]]`` in TOML)."""
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            hint = f"an array of objects ({what})" if self.json else f"tables written [[{render(path)}]] ({what})"
            raise self.wrong(path, hint, value)
        return list(value)

    def window(self, path: KeyPath, value: object, optional: Sequence[str] = ()) -> tuple[Window, dict[str, Any]]:
        """A window: ``start``, and ``end`` (the first day no longer covered) or ``last_day``; and its table."""
        t = self.table(path, value, "the window", ("start",), ("end", "last_day", *optional))
        start = self.date((*path, "start"), t["start"])
        if "end" in t and "last_day" in t:
            raise self.fail((*path, "last_day"), "give end (the first day no longer covered) or last_day, not both")
        if "end" in t:
            key, end = "end", self.date((*path, "end"), t["end"])
        elif "last_day" in t:
            key, end = "last_day", self.date((*path, "last_day"), t["last_day"]) + dt.timedelta(days=1)
        else:
            raise self.fail(path, "the window needs end (the first day no longer covered) or last_day")
        if not start < end:
            raise self.fail((*path, key), f"the window must end after it starts: start {start}, {key} {t[key]}")
        return Window(start, end), t


@attrs.define
class Citations:
    """The instruments and citations a file defines, and its file-wide ``citation`` (the default)."""

    r: Reader
    instruments: dict[str, Instrument] = attrs.field(factory=dict)
    citations: dict[str, Citation] = attrs.field(factory=dict)
    default: Citation | None = None

    def read(self, top: Mapping[str, Any]) -> None:
        """Read ``[instruments]``, ``[citations]`` and ``citation`` from the top-level table."""
        self._instruments(top.get("instruments", {}))
        self._citations(top.get("citations", {}))
        if "citation" in top:
            self.default = self.cite(("citation",), top["citation"])

    def _instruments(self, value: object) -> None:
        r = self.r
        table = r.table(("instruments",), value, "the instruments", (), tuple(value) if isinstance(value, dict) else ())
        for name, entry in table.items():
            path: KeyPath = ("instruments", name)
            t = r.table(path, entry, "an instrument", _INSTRUMENT_REQUIRED, _INSTRUMENT_OPTIONAL)
            issuer, title = r.text((*path, "issuer"), t["issuer"]), r.text((*path, "title"), t["title"])
            self.instruments[name] = Instrument(
                number=r.string((*path, "number"), t["number"]),
                kind=r.choice((*path, "kind"), t["kind"], InstrumentKind, "instrument kind"),
                issuer_vi=issuer.vi,
                issuer_en=issuer.en,
                title_vi=title.vi,
                title_en=title.en,
                signed=r.date((*path, "signed"), t["signed"]) if "signed" in t else None,
                effective=r.date((*path, "effective"), t["effective"]) if "effective" in t else None,
                url=r.string((*path, "url"), t.get("url", ""), empty=True),
                verification=r.choice((*path, "verification"), t["verification"], Verification, "verification"),
            )

    def _citations(self, value: object) -> None:
        table = self.r.table(
            ("citations",), value, "the citations", (), tuple(value) if isinstance(value, dict) else ()
        )
        for name, entry in table.items():
            self.citations[name] = self._citation(("citations", name), entry)

    def _citation(self, path: KeyPath, value: object) -> Citation:
        r = self.r
        t = r.table(path, value, "a citation", _CITATION_REQUIRED, _CITATION_OPTIONAL)
        name = r.string((*path, "instrument"), t["instrument"])
        if name not in self.instruments:
            defined = ", ".join(self.instruments) or "none"
            raise r.fail(
                (*path, "instrument"),
                f"no instrument {name!r} is defined under [instruments]{suggest(name, self.instruments)} "
                f"(defined: {defined})",
            )
        article = r.integer((*path, "article"), t["article"], minimum=1) if "article" in t else None
        clause = r.integer((*path, "clause"), t["clause"], minimum=1) if "clause" in t else None
        return self.instruments[name].cite(
            article=article,
            clause=clause,
            point=r.string((*path, "point"), t["point"]) if "point" in t else None,
            annex=r.string((*path, "annex"), t["annex"], empty=True) if "annex" in t else None,
            verification=r.choice((*path, "verification"), t["verification"], Verification, "verification"),
            evidence=r.strings((*path, "evidence"), t.get("evidence", [])),
            note=r.string((*path, "note"), t.get("note", ""), empty=True),
        )

    def cite(self, path: KeyPath, value: object) -> Citation:
        """A citation given by name (``"art-3"``) or inline (``{ instrument = …, verification = … }``)."""
        if isinstance(value, str):
            if value not in self.citations:
                defined = ", ".join(self.citations) or "none"
                raise self.r.fail(
                    path,
                    f"no citation {value!r} is defined under [citations]{suggest(value, self.citations)} "
                    f"(defined: {defined})",
                )
            return self.citations[value]
        if isinstance(value, dict):
            return self._citation(path, value)
        raise self.r.wrong(path, "the name of a citation, or an inline citation table", value)

    def cited_by(self, table: Mapping[str, Any], path: KeyPath, *keys: str) -> Citation:
        """The citation of the value at ``path``: the first of ``keys`` present in ``table``, else the default."""
        for key in keys:
            if key in table:
                return self.cite((*path[:-1], key), table[key])
        if self.default is None:
            where = " or ".join(keys)
            raise self.r.fail(path, f"has no citation: give {where} next to it, or a file-wide citation = ...")
        return self.default
