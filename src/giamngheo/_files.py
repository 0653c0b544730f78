"""User-defined poverty standards in a file: the ``giamngheo.standard`` format, version 1 (TOML or JSON).

A province's staff or an analyst can write a standard the library does not ship without writing Python:
income bands in integer VND, a deprivation cut-off, the indicators of a national standard (``based_on``) with
some thresholds replaced, and the instruments and citations every value rests on. :func:`load_standard` reads
such a file into a :class:`~giamngheo.Standard`, validating every key; :func:`dump_standard` writes any
standard whose indicators are those of a national standard back to the format, so that an officer can start
from the national standard, change a line and load it back. The format is described in
``docs/standard-files.md``.

Errors name the key path and the line. :mod:`tomllib` gives no positions for keys, so the line is found by a
second pass over the text (:func:`_toml_lines`): a small scanner that follows table headers (``[window]``,
``[[band]]``, counting the arrays of tables), dotted keys, inline tables and arrays, skipping strings and
comments, and records the line on which each key path is written. A path that is not written in the file (a
missing key) is reported at the line of the nearest table that is, for example the ``[[band]]`` header of the
band that lacks a key. JSON files are scanned the same way (:class:`_JsonScanner`), and a key written twice
is refused there too (:mod:`json` alone would keep the last one).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import itertools
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._json import loads as load_json
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import IncomeBand, IncomePeriod, Indicator, Standard, Status, Text, Threshold
from giamngheo._national import NATIONAL_STANDARDS
from giamngheo._numbers import MAX_WHOLE, exact_number
from giamngheo._policy import (
    _PER,
    Condition,
    EntitlementKind,
    ExceptionRule,
    Grant,
    Place,
    Policy,
    Situation,
    all_of,
    always,
    place_is,
    status_is,
)
from giamngheo._version import __version__
from giamngheo.law.labour_code_2019 import RetirementSchedule

__all__ = [
    "POLICY_FORMAT",
    "POLICY_FORMAT_VERSION",
    "STANDARD_FORMAT",
    "STANDARD_FORMAT_VERSION",
    "PolicyFileError",
    "StandardFileError",
    "dump_standard",
    "load_policies",
    "load_standard",
]

#: The ``format`` key of every standard file.
STANDARD_FORMAT = "giamngheo.standard"
#: The version of the format this library writes and reads.
STANDARD_FORMAT_VERSION = 1

_E = TypeVar("_E", bound=enum.Enum)
_Key = str | int
_KeyPath = tuple[_Key, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
#: A TOML number, boolean, date or date-time (which may have a space before its time).
_JSON_SCALAR = re.compile(r"[^,\]}\s]+")
_TOML_SCALAR = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:[^,\]}\s#]*|[^,\]}\s#]+")
_DEFAULT_URBAN_LABEL = Text("thành thị", "urban")
#: Statuses a band can give (``undetermined`` is not a classification).
_STATUSES = tuple(s for s in Status if s is not Status.UNDETERMINED)

_TOP_REQUIRED = ("format", "version", "id", "jurisdiction", "name", "rule", "window", "band")
_TOP_OPTIONAL = (
    "urban_label",
    "income_period",
    "area_split",
    "citation",
    "deprivation_cutoff",
    "deprivation_cutoff_citation",
    "based_on",
    "indicators",
    "threshold",
    "note",
    "instruments",
    "citations",
)
_INSTRUMENT_REQUIRED = ("number", "kind", "issuer", "title", "verification")
_INSTRUMENT_OPTIONAL = ("signed", "effective", "url")
_CITATION_REQUIRED = ("instrument", "verification")
_CITATION_OPTIONAL = ("article", "clause", "point", "annex", "evidence", "note")
_BAND_KEYS = (
    "name",
    "rural_vnd",
    "urban_vnd",
    "upper_vnd",
    "inclusive",
    "status",
    "if_deprived",
    "otherwise",
    "citation",
    "rural_citation",
    "urban_citation",
)
#: Fields of the model's own errors, mapped to the file's key paths (a fallback: the loader checks first).
_MODEL_FIELDS: dict[str, _KeyPath] = {
    "window": ("window",),
    "bands": ("band",),
    "deprivation_cutoff": ("deprivation_cutoff",),
    "indicators": ("indicators",),
    "thresholds": ("threshold",),
}


class StandardFileError(InvalidInput):
    """A standard file that cannot be loaded: the message names the file, the line and the key path.

    It is an :class:`~giamngheo.InvalidInput`, so ``except gn.InvalidInput`` catches it.

    Attributes:
        field: The key path, e.g. ``"band[1].urban_vnd"`` (``band[1]`` is the second ``[[band]]``).
        reason: What is wrong with it.
        line: The line of the file where the key is written (or of the nearest enclosing table), from 1.
        source: The file's path, or ``"<text>"`` for text given directly.
    """

    def __init__(self, field: str, reason: str, *, line: int, source: str) -> None:
        super().__init__(field, reason)
        self.line = line
        self.source = source
        self.args = (f"{source}, line {line}: {field}: {reason}",)


# --- loading ------------------------------------------------------------------------------------------------


def load_standard(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | bytes | None = None,
    syntax: str | None = None,
) -> Standard:
    """Read a standard from a ``giamngheo.standard`` file (see ``docs/standard-files.md``).

    Args:
        path: The file to read (UTF-8). A ``.json`` file is read as JSON, any other as TOML.
        text: The file's content instead of a path.
        syntax: ``"toml"`` or ``"json"``, to override the choice made from the file name (text is TOML by default).

    Returns:
        The standard, validated in full: nothing is returned for a file with any error.

    Raises:
        StandardFileError: (an :class:`~giamngheo.InvalidInput`) naming the key path and its line, for a
            syntax error, a missing, unknown or misspelt key, a value of the wrong type, a float for money,
            bounds that do not increase, an unknown status, base standard, indicator or threshold, a window
            that ends before it starts, an unsupported format or version, or a reference to an undefined
            instrument or citation.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, or for an unknown ``syntax``.
        InvalidInput: also if the file cannot be read (missing, a directory, no permission).
    """
    data, reader = _read(path, text, syntax, "a standard file")
    return _Loader(reader).standard(data)


def _read(
    path: str | os.PathLike[str] | None, text: str | bytes | None, syntax: str | None, what: str
) -> tuple[Any, _Reader]:
    """The parsed content of a file (or text), and a reader that knows the line of each of its key paths."""
    if (path is None) == (text is None):
        raise InvalidInput("path", f"give the path of {what}, or its text as text=, not both")
    if path is not None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidInput("path", f"a file path, got {path!r}")
        source = os.fspath(path)
        try:
            raw: str | bytes = Path(source).read_bytes()
        except OSError as error:
            raise InvalidInput("path", f"cannot read {source}: {error.strerror or error}") from None
        except ValueError:  # a NUL character, which no file name holds
            raise InvalidInput("path", f"not a file name: {source[:200]!r}") from None
        if syntax is None:
            syntax = "json" if source.lower().endswith(".json") else "toml"
    else:
        if not isinstance(text, str | bytes):
            raise InvalidInput("text", f"the content of {what} as str or bytes, got {type(text).__name__}")
        source, raw = "<text>", text
    syntax = _check_syntax("toml" if syntax is None else syntax)
    content = _decode(raw, source)
    if syntax == "json":
        data, lines = _parse_json(content, source)
    else:
        data, lines = _parse_toml(content, source)
    return data, _Reader(source, lines, json=syntax == "json")


def _check_syntax(syntax: str) -> str:
    if syntax not in ("toml", "json"):
        raise InvalidInput("syntax", f"unknown syntax {syntax!r}; use 'toml' or 'json'")
    return syntax


def _decode(raw: str | bytes, source: str) -> str:
    if isinstance(raw, bytes):
        data = raw
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise StandardFileError(
                "(file)", "not UTF-8 text; save the file as UTF-8", line=line, source=source
            ) from None
    return raw.removeprefix("\ufeff")  # a byte-order mark, as some Windows editors write


def _parse_toml(content: str, source: str) -> tuple[dict[str, Any], dict[_KeyPath, int]]:
    import tomllib  # noqa: PLC0415 - imported on first use, to keep `import giamngheo` fast

    try:
        # Decimal numbers are read exactly, so that a float can be refused for money and accepted for a ratio.
        data = tomllib.loads(content, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise _toml_syntax_error(content, source, str(error)) from None
    except ValueError:  # an integer of more than 4,300 digits, which Python will not read
        line = _line_where(content, lambda text: max(map(len, re.findall(r"[\d_]+", text)), default=0))
        raise StandardFileError("(file)", "an integer has more than 4,300 digits", line=line, source=source) from None
    except RecursionError:
        line = _line_where(content, lambda text: text.count("[") + text.count("{"))
        raise StandardFileError("(file)", "arrays or tables nested too deeply", line=line, source=source) from None
    lines, _ = _toml_lines(content)
    return data, lines


def _line_where(content: str, size: Callable[[str], int]) -> int:
    """The line (from 1) of ``content`` where ``size`` is largest: where a value too large to read is."""
    lines = content.splitlines() or [""]
    return max(range(len(lines)), key=lambda k: size(lines[k])) + 1


def _toml_syntax_error(content: str, source: str, message: str) -> StandardFileError:
    """The TOML syntax error, at tomllib's line, naming the key written on that line where there is one."""
    reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)$", "", message)
    match = re.search(r"at line (\d+)", message)
    all_lines = content.splitlines()
    if match:
        line = int(match.group(1))
    else:  # "at end of document": a duplicate key is found by the scanner; anything else is at the last line
        _, duplicate = _toml_lines(content)
        line = duplicate[1] if duplicate is not None and "overwrite" in message else max(len(all_lines), 1)
    text = all_lines[line - 1] if 0 < line <= len(all_lines) else ""
    separated = re.search(r"=\s*(\d{1,3}(?:[.,]\d{3})+)\b", text)
    if separated:
        whole = int(re.sub(r"[.,]", "", separated.group(1)))
        reason += f"; write whole numbers without thousands separators: {whole} or {whole:_}"
    elif "overwrite" in message:
        reason += "; a key is written twice"
    return StandardFileError(
        _render(_toml_guess_path(all_lines, line)), f"invalid TOML: {reason}", line=line, source=source
    )


def _toml_guess_path(all_lines: Sequence[str], line: int) -> _KeyPath:
    """The key path of a line of a TOML text that does not parse: its table header above, and its key."""
    prefix: _KeyPath = ()
    arrays: dict[_KeyPath, int] = {}
    for text in all_lines[: line - 1]:
        header = re.match(r"\s*(\[\[?)\s*([A-Za-z0-9_.\- ]+?)\s*\]", text)
        if header:
            parts = tuple(p.strip() for p in header.group(2).split("."))
            parent: _KeyPath = ()
            for part in parts[:-1]:  # through the last element of each array of tables ([[policy.grant]])
                parent = (*parent, part)
                if parent in arrays:
                    parent = (*parent, arrays[parent])
            if header.group(1) == "[[":
                array = (*parent, parts[-1])
                arrays[array] = arrays.get(array, -1) + 1
                prefix = (*array, arrays[array])
            else:
                prefix = (*parent, parts[-1])
    here = re.match(r"\s*\[\[?\s*([A-Za-z0-9_.\- ]+)", all_lines[line - 1] if line <= len(all_lines) else "")
    if here:  # a table header that does not parse
        return tuple(p.strip() for p in here.group(1).split(".") if p.strip())
    key = re.match(
        r"\s*([A-Za-z0-9_\-]+(\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=", all_lines[line - 1] if line <= len(all_lines) else ""
    )
    if key:
        return (*prefix, *(p.strip() for p in key.group(1).split(".")))
    return prefix


def _parse_json(content: str, source: str) -> tuple[Any, dict[_KeyPath, int]]:
    import json  # noqa: PLC0415

    try:
        data = load_json(content, unique_keys=False)  # repeated keys found below, with their line
    except json.JSONDecodeError as error:
        raise StandardFileError("(file)", f"invalid JSON: {error.msg}", line=error.lineno, source=source) from None
    scanner = _JsonScanner(content)
    with contextlib.suppress(IndexError, ValueError):
        scanner.value(())
    if scanner.duplicate is not None:  # json keeps the last silently; TOML refuses, and so does this
        path, line = scanner.duplicate
        raise StandardFileError(_render(path), "invalid JSON: a key is written twice", line=line, source=source)
    return data, scanner.lines


def _render(path: _KeyPath) -> str:
    """``("band", 1, "urban_vnd")`` as ``band[1].urban_vnd``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if _BARE_KEY.fullmatch(part) else '"' + part.replace('"', '\\"') + '"'
            out += f".{name}" if out else name
    return out or "(file)"


def _suggest(word: str, choices: Iterable[str]) -> str:
    import difflib  # noqa: PLC0415

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


@attrs.define
class _Reader:
    """Typed access to the parsed file, raising :class:`StandardFileError` at the right key and line."""

    source: str
    lines: dict[_KeyPath, int]
    json: bool

    def line(self, path: _KeyPath) -> int:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1

    def fail(self, path: _KeyPath, reason: str) -> StandardFileError:
        return StandardFileError(_render(path), reason, line=self.line(path), source=self.source)

    def describe(self, value: object) -> str:  # noqa: PLR0911 - one answer per type of value
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

    def wrong(self, path: _KeyPath, expected: str, value: object) -> StandardFileError:
        return self.fail(path, f"must be {expected}, got {self.describe(value)}")

    def table(
        self, path: _KeyPath, value: object, what: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any]:
        """``value`` as a table with only known keys and every required one."""
        if not isinstance(value, dict):
            raise self.wrong(path, "an object" if self.json else "a table", value)
        known = (*required, *optional)
        for key in value:
            if key not in known:
                raise self.fail(
                    (*path, key), f"unknown key {key!r}{_suggest(key, known)} (the keys of {what}: {', '.join(known)})"
                )
        for key in required:
            if key not in value:
                raise self.fail((*path, key), f"required key {key!r} of {what} is missing")
        return value

    def string(self, path: _KeyPath, value: object, *, empty: bool = False) -> str:
        if not isinstance(value, str):
            raise self.wrong(path, "a string", value)
        if not empty and not value.strip():
            raise self.fail(path, "must not be empty")
        return value

    def integer(self, path: _KeyPath, value: object, *, minimum: int | None = None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong(path, "an integer", value)
        if abs(value) > MAX_WHOLE:  # checked before the value is printed: 4,301 digits cannot be
            raise self.fail(path, f"must be at most {MAX_WHOLE:,} in size (a quadrillion)")
        if minimum is not None and value < minimum:
            raise self.fail(path, f"must be at least {minimum}, got {value}")
        return value

    def boolean(self, path: _KeyPath, value: object) -> bool:
        if not isinstance(value, bool):
            raise self.wrong(path, "true or false", value)
        return value

    def date(self, path: _KeyPath, value: object) -> dt.date:
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(path, f'must be a date written YYYY-MM-DD, got "{value}"') from None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        raise self.wrong(path, "a date (YYYY-MM-DD)", value)

    def money(self, path: _KeyPath, value: object) -> int:
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

    def text(self, path: _KeyPath, value: object) -> Text:
        table = self.table(path, value, "a text", ("vi", "en"))
        return Text(self.string((*path, "vi"), table["vi"]), self.string((*path, "en"), table["en"]))

    def choice(self, path: _KeyPath, value: object, kind: type[_E], what: str, allowed: Sequence[_E] = ()) -> _E:
        members = allowed or tuple(kind)
        valid = [m.value for m in members]
        if not isinstance(value, str):
            raise self.wrong(path, f"{what}: one of {', '.join(map(str, valid))}", value)
        for member in members:
            if member.value == value:
                return member
        raise self.fail(path, f"unknown {what} {value!r}{_suggest(value, valid)} (use one of {', '.join(valid)})")

    def strings(self, path: _KeyPath, value: object) -> list[str]:
        if not isinstance(value, list):
            raise self.wrong(path, "an array of strings", value)
        return [self.string((*path, i), v) for i, v in enumerate(value)]

    def tables(self, path: _KeyPath, value: object, what: str) -> list[object]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            hint = f"an array of objects ({what})" if self.json else f"tables written [[{_render(path)}]] ({what})"
            raise self.wrong(path, hint, value)
        return list(value)


@attrs.define
class _Loader:
    """Builds a :class:`Standard` from a parsed file, checking every key on the way."""

    r: _Reader
    instruments: dict[str, Instrument] = attrs.field(factory=dict)
    citations: dict[str, Citation] = attrs.field(factory=dict)
    default: Citation | None = None

    def standard(self, data: object) -> Standard:
        r = self.r
        if not isinstance(data, dict):
            raise r.wrong((), "an object" if r.json else "a table", data)
        self._format(data)
        top = r.table((), data, "a standard file", _TOP_REQUIRED, _TOP_OPTIONAL)
        self._instruments(top.get("instruments", {}))
        self._citations(top.get("citations", {}))
        if "citation" in top:
            self.default = self.cite(("citation",), top["citation"])
        fields: dict[str, Any] = {
            "id": r.string(("id",), top["id"]),
            "jurisdiction": r.string(("jurisdiction",), top["jurisdiction"]),
            "name": r.text(("name",), top["name"]),
            "rule": r.text(("rule",), top["rule"]),
            "urban_label": r.text(("urban_label",), top["urban_label"])
            if "urban_label" in top
            else _DEFAULT_URBAN_LABEL,
            "income_period": r.choice(("income_period",), top.get("income_period", "month"), IncomePeriod, "period"),
            "area_split": r.boolean(("area_split",), top.get("area_split", True)),
        }
        fields["window"], fields["basis"] = self._window(top["window"])
        bands = self._bands(top["band"], area_split=fields["area_split"])
        indicators = self._indicators(top)
        fields["deprivation_cutoff"] = self._cutoff(top, bands, indicators)
        fields["bands"], fields["indicators"] = tuple(bands), tuple(indicators)
        notes = r.tables(("note",), top.get("note", []), "notes")
        fields["notes"] = tuple(r.text(("note", i), v) for i, v in enumerate(notes))
        try:
            return Standard(**fields)
        except InvalidInput as error:  # the checks above should leave nothing to the model; report it anyway
            raise r.fail(_MODEL_FIELDS.get(error.field, ()), error.reason) from None

    def _format(self, data: dict[str, Any]) -> None:
        r = self.r
        if "format" not in data:
            raise r.fail(("format",), f'required key missing: a standard file starts with format = "{STANDARD_FORMAT}"')
        if data["format"] != STANDARD_FORMAT:
            raise r.fail(
                ("format",),
                f'not a standard file: format must be "{STANDARD_FORMAT}", got {r.describe(data["format"])}',
            )
        if "version" not in data:
            raise r.fail(("version",), f"required key missing: version = {STANDARD_FORMAT_VERSION}")
        version = data["version"]
        if type(version) is not int or version != STANDARD_FORMAT_VERSION:
            raise r.fail(
                ("version",),
                f"unsupported version {version!r}: this library (giamngheo {__version__}) reads version "
                f"{STANDARD_FORMAT_VERSION}",
            )

    # --- instruments and citations

    def _instruments(self, value: object) -> None:
        r = self.r
        table = r.table(("instruments",), value, "the instruments", (), tuple(value) if isinstance(value, dict) else ())
        for name, entry in table.items():
            path: _KeyPath = ("instruments", name)
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

    def _citation(self, path: _KeyPath, value: object) -> Citation:
        r = self.r
        t = r.table(path, value, "a citation", _CITATION_REQUIRED, _CITATION_OPTIONAL)
        name = r.string((*path, "instrument"), t["instrument"])
        if name not in self.instruments:
            defined = ", ".join(self.instruments) or "none"
            raise r.fail(
                (*path, "instrument"),
                f"no instrument {name!r} is defined under [instruments]{_suggest(name, self.instruments)} "
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

    def cite(self, path: _KeyPath, value: object) -> Citation:
        """A citation given by name (``"art-3"``) or inline (``{ instrument = …, verification = … }``)."""
        if isinstance(value, str):
            if value not in self.citations:
                defined = ", ".join(self.citations) or "none"
                raise self.r.fail(
                    path,
                    f"no citation {value!r} is defined under [citations]{_suggest(value, self.citations)} "
                    f"(defined: {defined})",
                )
            return self.citations[value]
        if isinstance(value, dict):
            return self._citation(path, value)
        raise self.r.wrong(path, "the name of a citation, or an inline citation table", value)

    def cited_by(self, table: Mapping[str, Any], path: _KeyPath, *keys: str) -> Citation:
        """The citation of the value at ``path``: the first of ``keys`` present in ``table``, else the default."""
        for key in keys:
            if key in table:
                return self.cite((*path[:-1], key), table[key])
        if self.default is None:
            where = " or ".join(keys)
            raise self.r.fail(path, f"has no citation: give {where} next to it, or a file-wide citation = ...")
        return self.default

    # --- window and bands

    def _window(self, value: object) -> tuple[Window, Citation]:
        r, path = self.r, ("window",)
        t = r.table(path, value, "the window", ("start",), ("end", "last_day", "citation"))
        start = r.date((*path, "start"), t["start"])
        if "end" in t and "last_day" in t:
            raise r.fail((*path, "last_day"), "give end (the first day no longer covered) or last_day, not both")
        if "end" in t:
            key, end = "end", r.date((*path, "end"), t["end"])
        elif "last_day" in t:
            key, end = "last_day", r.date((*path, "last_day"), t["last_day"]) + dt.timedelta(days=1)
        else:
            raise r.fail(path, "the window needs end (the first day no longer covered) or last_day")
        if not start < end:
            raise r.fail((*path, key), f"the window must end after it starts: start {start}, {key} {t[key]}")
        return Window(start, end), self.cited_by(t, (*path, "start"), "citation")

    def _bands(self, value: object, *, area_split: bool) -> list[IncomeBand]:
        r = self.r
        entries = r.tables(("band",), value, "income bands")
        if not entries:
            raise r.fail(("band",), "a standard needs at least one income band")
        bands: list[IncomeBand] = []
        for i, entry in enumerate(entries):
            path: _KeyPath = ("band", i)
            t = r.table(path, entry, "a band", ("name",), _BAND_KEYS[1:])
            rural_key, urban_key = self._bound_keys(path, t, area_split=area_split)
            rural = r.money((*path, rural_key), t[rural_key])
            urban = r.money((*path, urban_key), t[urban_key])
            if_deprived, otherwise = self._statuses(path, t)
            bands.append(
                IncomeBand(
                    upper_rural_vnd=Cited(rural, self.cited_by(t, (*path, rural_key), "rural_citation", "citation")),
                    upper_urban_vnd=Cited(urban, self.cited_by(t, (*path, urban_key), "urban_citation", "citation")),
                    if_deprived=if_deprived,
                    otherwise=otherwise,
                    name=r.text((*path, "name"), t["name"]),
                    inclusive=r.boolean((*path, "inclusive"), t.get("inclusive", True)),
                )
            )
            if i:
                self._check_increasing(i, bands[i - 1], bands[i], rural_key, urban_key)
        return bands

    def _bound_keys(self, path: _KeyPath, t: Mapping[str, Any], *, area_split: bool) -> tuple[str, str]:
        """The keys of a band's rural and urban bounds: ``rural_vnd`` and ``urban_vnd``, or ``upper_vnd`` twice."""
        r = self.r
        if area_split:
            if "upper_vnd" in t:
                raise r.fail(
                    (*path, "upper_vnd"),
                    "with area_split = true (the default) a band has rural_vnd and urban_vnd; "
                    "set area_split = false for one bound",
                )
            for key in ("rural_vnd", "urban_vnd"):
                if key not in t:
                    raise r.fail((*path, key), f"required key {key!r} of a band is missing")
            return "rural_vnd", "urban_vnd"
        for key in ("rural_vnd", "urban_vnd"):
            if key in t:
                raise r.fail((*path, key), "with area_split = false a band has one bound: write upper_vnd")
        if "upper_vnd" not in t:
            raise r.fail((*path, "upper_vnd"), "required key 'upper_vnd' of a band is missing")
        return "upper_vnd", "upper_vnd"

    def _statuses(self, path: _KeyPath, t: Mapping[str, Any]) -> tuple[Status, Status]:
        r = self.r
        if "status" in t:
            for key in ("if_deprived", "otherwise"):
                if key in t:
                    raise r.fail(
                        (*path, key), "give status (the same whatever the deprivations), or if_deprived and otherwise"
                    )
            status = r.choice((*path, "status"), t["status"], Status, "status", _STATUSES)
            return status, status
        for key in ("if_deprived", "otherwise"):
            if key not in t:
                raise r.fail(
                    (*path, key), f"required key {key!r} of a band is missing (or give one status for the whole band)"
                )
        if_deprived = r.choice((*path, "if_deprived"), t["if_deprived"], Status, "status", _STATUSES)
        otherwise = r.choice((*path, "otherwise"), t["otherwise"], Status, "status", _STATUSES)
        if if_deprived.rank > otherwise.rank:
            raise r.fail(
                (*path, "if_deprived"),
                f"a deprived household cannot be better off than one that is not: "
                f"if_deprived = {if_deprived.value!r}, otherwise = {otherwise.value!r}",
            )
        return if_deprived, otherwise

    def _check_increasing(self, i: int, below: IncomeBand, band: IncomeBand, rural_key: str, urban_key: str) -> None:
        for key, lower, upper in (
            (rural_key, below.upper_rural_vnd.value, band.upper_rural_vnd.value),
            (urban_key, below.upper_urban_vnd.value, band.upper_urban_vnd.value),
        ):
            if upper <= lower:
                raise self.r.fail(
                    ("band", i, key),
                    f"bounds must increase from band to band: {upper:,} is not above band[{i - 1}].{key} = {lower:,}",
                )

    # --- indicators and the cut-off

    def _indicators(self, top: Mapping[str, Any]) -> list[Indicator]:
        r = self.r
        bases = {s.id: s for _, s in NATIONAL_STANDARDS}
        if "based_on" not in top:
            for key in ("indicators", "threshold"):
                if top.get(key):
                    raise r.fail((key,), f'{key} need based_on = "<national standard id>" (one of {", ".join(bases)})')
            return []
        base_id = r.string(("based_on",), top["based_on"])
        if base_id not in bases:
            raise r.fail(
                ("based_on",),
                f"unknown national standard {base_id!r}{_suggest(base_id, bases)} (known: {', '.join(bases)})",
            )
        base = bases[base_id]
        ids = [i.id for i in base.indicators]
        chosen = r.strings(("indicators",), top["indicators"]) if "indicators" in top else ids
        for j, indicator_id in enumerate(chosen):
            if indicator_id not in ids:
                raise r.fail(
                    ("indicators", j),
                    f"{base_id} has no indicator {indicator_id!r}{_suggest(indicator_id, ids)} "
                    f"(its indicators: {', '.join(ids)})",
                )
            if indicator_id in chosen[:j]:
                raise r.fail(("indicators", j), f"indicator {indicator_id!r} is listed twice")
        selected = {i: base.indicator(i) for i in chosen}
        self._thresholds(top.get("threshold", []), base, selected)
        return list(selected.values())

    def _thresholds(self, value: object, base: Standard, selected: dict[str, Indicator]) -> None:
        r = self.r
        seen: set[tuple[str, str]] = set()
        for i, entry in enumerate(r.tables(("threshold",), value, "threshold overrides")):
            path: _KeyPath = ("threshold", i)
            t = r.table(path, entry, "a threshold", ("indicator", "key", "value"), ("citation",))
            indicator_id = r.string((*path, "indicator"), t["indicator"])
            if indicator_id not in selected:
                ids = [i.id for i in base.indicators]
                reason = (
                    f"indicator {indicator_id!r} is not in this file's indicators"
                    if indicator_id in ids
                    else f"{base.id} has no indicator {indicator_id!r}{_suggest(indicator_id, ids)} "
                    f"(its indicators: {', '.join(ids)})"
                )
                raise r.fail((*path, "indicator"), reason)
            indicator = selected[indicator_id]
            key = r.string((*path, "key"), t["key"])
            keys = [th.key for th in indicator.thresholds]
            if key not in keys:
                raise r.fail(
                    (*path, "key"),
                    f"indicator {indicator_id} has no threshold {key!r}{_suggest(key, keys)} "
                    f"(its thresholds: {', '.join(keys) or 'none'})",
                )
            if (indicator_id, key) in seen:
                raise r.fail(path, f"threshold {indicator_id}.{key} is set twice")
            seen.add((indicator_id, key))
            old = base.indicator(indicator_id).threshold(key).value.value
            new = self._threshold_value((*path, "value"), t["value"], old)
            citation = self.cited_by(t, (*path, "value"), "citation")
            selected[indicator_id] = indicator.with_threshold(key, Cited(new, citation))

    def _threshold_value(self, path: _KeyPath, value: object, old: object) -> object:
        """``value`` converted to the type of the threshold it replaces."""
        r = self.r
        if isinstance(old, bool):
            return r.boolean(path, value)
        if isinstance(old, int):
            return r.integer(path, value, minimum=0)
        if isinstance(old, Fraction):
            return self._fraction(path, value)
        if isinstance(old, frozenset) and old and all(isinstance(v, enum.Enum) for v in old):
            kind: type[enum.Enum] = type(next(iter(old)))
            what = re.sub(r"(?<!^)(?=[A-Z])", " ", kind.__name__).lower()
            items = value if isinstance(value, list) else None
            if items is None:
                raise r.wrong(path, f"an array of {what} values ({', '.join(str(m.value) for m in kind)})", value)
            members = [r.choice((*path, j), v, kind, what) for j, v in enumerate(items)]
            for j, member in enumerate(members):
                if member in members[:j]:
                    raise r.fail((*path, j), f"{member.value!r} is listed twice")
            return frozenset(members)
        if isinstance(old, RetirementSchedule):
            return self._retirement(path, value, old)
        raise r.fail(path, f"this threshold ({type(old).__name__}) cannot be set from a file")

    def _fraction(self, path: _KeyPath, value: object) -> Fraction:
        r = self.r
        if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
            raise r.wrong(path, 'an exact number: an integer, a decimal like 0.5, or a string like "1/2"', value)
        try:
            number = exact_number(value)
        except (ValueError, ZeroDivisionError, OverflowError):
            raise r.fail(path, f'must be an exact number like "1/2" or "0.5", got "{value}"') from None
        if number < 0:
            raise r.fail(path, f"must not be negative, got {value}")
        return number

    def _retirement(self, path: _KeyPath, value: object, old: RetirementSchedule) -> RetirementSchedule:
        r = self.r
        keys = ("from_year", "start_months", "step_months", "cap_months")
        t = r.table(path, value, "a retirement schedule", keys)
        sexes = [sex for sex, _ in old.start_months]
        parts: dict[str, tuple[Any, ...]] = {}
        for key in keys[1:]:
            by_sex = r.table((*path, key), t[key], "months by sex", [s.value for s in sexes])
            parts[key] = tuple((s, r.integer((*path, key, s.value), by_sex[s.value], minimum=0)) for s in sexes)
        return RetirementSchedule(
            from_year=r.integer((*path, "from_year"), t["from_year"], minimum=1),
            start_months=parts["start_months"],
            step_months=parts["step_months"],
            cap_months=parts["cap_months"],
        )

    def _cutoff(
        self, top: Mapping[str, Any], bands: Sequence[IncomeBand], indicators: Sequence[Indicator]
    ) -> Cited[int] | None:
        r = self.r
        users = [i for i, band in enumerate(bands) if band.uses_deprivations]
        if "deprivation_cutoff" not in top:
            if "deprivation_cutoff_citation" in top:
                raise r.fail(("deprivation_cutoff_citation",), "there is no deprivation_cutoff to cite")
            if users:
                raise r.fail(
                    ("band", users[0], "if_deprived"),
                    "this band uses deprivations, but the file gives no deprivation_cutoff",
                )
            return None
        cutoff = r.integer(("deprivation_cutoff",), top["deprivation_cutoff"], minimum=1)
        if users and not indicators:
            raise r.fail(
                ("band", users[0], "if_deprived"),
                'this band uses deprivations, but the standard has no indicators: give based_on = "<national id>"',
            )
        if indicators and cutoff > len(indicators):
            raise r.fail(
                ("deprivation_cutoff",),
                f"the cut-off {cutoff} is more than the {len(indicators)} indicators: no household could reach it",
            )
        return Cited(cutoff, self.cited_by(top, ("deprivation_cutoff",), "deprivation_cutoff_citation"))


# --- where each key is written ------------------------------------------------------------------------------


@attrs.define
class _TomlScanner:
    """Records the line of every key path of a TOML text (valid TOML: tomllib has parsed it already)."""

    s: str
    i: int = 0
    line: int = 1
    lines: dict[_KeyPath, int] = attrs.field(factory=dict)
    arrays: dict[_KeyPath, int] = attrs.field(factory=dict)
    keys: set[_KeyPath] = attrs.field(factory=set)
    duplicate: tuple[_KeyPath, int] | None = None

    def advance(self, n: int = 1) -> None:
        self.line += self.s.count("\n", self.i, self.i + n)
        self.i += n

    def at(self, token: str) -> bool:
        return self.s.startswith(token, self.i)

    def skip(self, *, newlines: bool) -> None:
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in " \t\r" or (newlines and c == "\n"):
                self.advance()
            elif c == "#":
                end = self.s.find("\n", self.i)
                self.advance((len(self.s) if end < 0 else end) - self.i)
            else:
                return

    def record(self, path: _KeyPath, *, key: bool) -> None:
        for n in range(1, len(path)):
            self.lines.setdefault(path[:n], self.line)
        if key:
            if path in self.keys and self.duplicate is None:
                self.duplicate = (path, self.line)
            self.keys.add(path)
            self.lines[path] = self.line
        else:
            self.lines.setdefault(path, self.line)

    def key(self) -> list[str]:
        parts = []
        while True:
            self.skip(newlines=False)
            if self.at('"') or self.at("'"):
                parts.append(self.string())
            else:
                match = _BARE_KEY.match(self.s, self.i)
                if match is None:
                    raise ValueError(self.i)
                parts.append(match.group())
                self.advance(len(match.group()))
            self.skip(newlines=False)
            if not self.at("."):
                return parts
            self.advance()

    def string(self) -> str:
        """Skip a string and return its value (exact for keys, which are one-line strings)."""
        import tomllib  # noqa: PLC0415

        start = self.i
        for quote in ('"""', "'''"):
            if self.at(quote):
                j = self.i + 3
                while not self.s.startswith(quote, j):
                    j += 2 if quote == '"""' and self.s[j] == "\\" else 1
                while self.s.startswith(quote[0], j + 3):  # up to two quotes may close the content
                    j += 1
                self.advance(j + 3 - self.i)
                return ""
        quote = self.s[self.i]
        j = self.i + 1
        while self.s[j] != quote:
            j += 2 if quote == '"' and self.s[j] == "\\" else 1
        self.advance(j + 1 - self.i)
        value: str = tomllib.loads("k = " + self.s[start : self.i])["k"]
        return value

    def items(self, closing: str, item: Callable[[int], None]) -> None:
        """The items of an array or inline table, up to ``closing``."""
        self.advance()
        index = 0
        while True:
            self.skip(newlines=True)
            if self.at(closing):
                self.advance()
                return
            item(index)
            self.skip(newlines=True)
            if self.at(","):
                self.advance()
            index += 1

    def element(self, path: _KeyPath) -> None:
        self.record(path, key=True)
        self.value(path)

    def value(self, path: _KeyPath) -> None:
        if self.at("["):
            self.items("]", lambda index: self.element((*path, index)))
        elif self.at("{"):
            self.items("}", lambda _: self.assignment(path))
        elif self.at('"') or self.at("'"):
            self.string()
        else:
            match = _TOML_SCALAR.match(self.s, self.i)
            if match is None:
                raise ValueError(self.i)
            self.advance(len(match.group()))

    def assignment(self, prefix: _KeyPath) -> None:
        path = (*prefix, *self.key())
        self.record(path, key=True)
        self.skip(newlines=False)
        self.advance()  # "="
        self.skip(newlines=False)
        self.value(path)

    def resolve(self, parts: Sequence[str]) -> _KeyPath:
        """A header's path, with the index of the last element of each array of tables it goes through."""
        path: _KeyPath = ()
        for part in parts:
            path = (*path, part)
            if path in self.arrays:
                path = (*path, self.arrays[path])
        return path

    def document(self) -> None:
        prefix: _KeyPath = ()
        while True:
            self.skip(newlines=True)
            if self.i >= len(self.s):
                return
            if self.at("[["):
                self.advance(2)
                parts = self.key()
                array = (*self.resolve(parts[:-1]), parts[-1])
                self.arrays[array] = self.arrays.get(array, -1) + 1
                prefix = (*array, self.arrays[array])
                self.record(prefix, key=True)
                self.advance(2)
            elif self.at("["):
                self.advance()
                prefix = self.resolve(self.key())
                self.record(prefix, key=False)
                self.advance()
            else:
                self.assignment(prefix)


def _toml_lines(text: str) -> tuple[dict[_KeyPath, int], tuple[_KeyPath, int] | None]:
    """The line of each key path written in a TOML text, and the first key written twice (if any)."""
    scanner = _TomlScanner(text)
    with contextlib.suppress(ValueError, IndexError, KeyError, TypeError):  # text tomllib refused: keep what was found
        scanner.document()
    return scanner.lines, scanner.duplicate


@attrs.define
class _JsonScanner:
    """Records the line of every key path of a JSON text (valid JSON: json has parsed it already)."""

    s: str
    i: int = 0
    lines: dict[_KeyPath, int] = attrs.field(factory=dict)
    duplicate: tuple[_KeyPath, int] | None = None

    def skip(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def string(self) -> str:
        import json  # noqa: PLC0415

        j = self.i + 1
        while self.s[j] != '"':
            j += 2 if self.s[j] == "\\" else 1
        value: str = json.loads(self.s[self.i : j + 1])
        self.i = j + 1
        return value

    def record(self, path: _KeyPath) -> None:
        self.lines[path] = self.s.count("\n", 0, self.i) + 1

    def member(self, path: _KeyPath) -> None:
        line = self.s.count("\n", 0, self.i) + 1
        key = (*path, self.string())
        if key in self.lines and self.duplicate is None:
            self.duplicate = (key, line)
        self.lines[key] = line
        self.skip()
        self.i += 1  # ":"
        self.value(key)

    def element(self, path: _KeyPath) -> None:
        self.record(path)
        self.value(path)

    def value(self, path: _KeyPath) -> None:
        self.skip()
        opening = self.s[self.i]
        if opening in "{[":
            closing = "}" if opening == "{" else "]"
            self.i += 1
            index = 0
            while True:
                self.skip()
                if self.s[self.i] == closing:
                    self.i += 1
                    return
                if opening == "{":
                    self.member(path)
                else:
                    self.element((*path, index))
                self.skip()
                if self.s[self.i] == ",":
                    self.i += 1
                index += 1
        elif opening == '"':
            self.string()
        else:
            match = _JSON_SCALAR.match(self.s, self.i)
            self.i = match.end() if match else len(self.s)


# --- writing ------------------------------------------------------------------------------------------------


def dump_standard(standard: Standard, *, syntax: str = "toml") -> str:
    """Write ``standard`` in the ``giamngheo.standard`` format, so that :func:`load_standard` reads it back equal.

    The indicators are written as ``based_on`` a national standard (the standard itself, for a national
    standard), the ``indicators`` selected, and only the thresholds that differ from the base's. Every
    instrument and citation used is written in full; the standard's basis is the file's default citation.

    Args:
        standard: Any standard whose indicators are indicators of one national standard, each unchanged but for
            the values and citations of its thresholds (every national and shipped provincial standard is).
        syntax: ``"toml"`` (the default) or ``"json"``.

    Raises:
        InvalidInput: if the standard's indicators cannot be written as those of a national standard.
    """
    if not isinstance(standard, Standard):
        raise InvalidInput("standard", f"a giamngheo.Standard, got {type(standard).__name__}")
    syntax = _check_syntax(syntax)
    document = _Writer(standard).document()
    if syntax == "json":
        import json  # noqa: PLC0415

        return json.dumps(document, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    return _toml(document, standard)


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _slug(text: str) -> str:
    import unicodedata  # noqa: PLC0415

    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _text(text: Text) -> dict[str, str]:
    return {"vi": text.vi, "en": text.en}


@attrs.define
class _Writer:
    """Builds the document of a standard, naming each instrument and citation in the order of first use."""

    standard: Standard
    instruments: dict[Instrument, str] = attrs.field(factory=dict)
    citations: dict[Citation, str] = attrs.field(factory=dict)

    def name_instrument(self, instrument: Instrument) -> str:
        if instrument not in self.instruments:
            self.instruments[instrument] = self._unique(_slug(instrument.number) or "instrument", self.instruments)
        return self.instruments[instrument]

    def name(self, citation: Citation) -> str:
        if citation not in self.citations:
            parts = [self.name_instrument(citation.instrument)]
            if citation.annex is not None:
                parts.append(f"annex-{_slug(citation.annex)}".rstrip("-"))
            if citation.article is not None:
                parts.append(f"art{citation.article}")
            if citation.clause is not None:
                parts.append(str(citation.clause))
            if citation.point is not None:
                parts.append(_slug(citation.point) or "point")
            self.citations[citation] = self._unique("-".join(parts), self.citations)
        return self.citations[citation]

    @staticmethod
    def _unique(name: str, taken: Mapping[Any, str]) -> str:
        used = set(taken.values())
        for n in itertools.count(1):
            candidate = name if n == 1 else f"{name}-{n}"
            if candidate not in used:
                return candidate
        raise AssertionError  # pragma: no cover - itertools.count never ends

    def document(self) -> dict[str, Any]:
        s = self.standard
        default = s.basis
        doc: dict[str, Any] = {
            "format": STANDARD_FORMAT,
            "version": STANDARD_FORMAT_VERSION,
            "id": s.id,
            "jurisdiction": s.jurisdiction,
            "name": _text(s.name),
            "rule": _text(s.rule),
        }
        if s.urban_label != _DEFAULT_URBAN_LABEL:
            doc["urban_label"] = _text(s.urban_label)
        doc["income_period"] = s.income_period.value
        doc["area_split"] = s.area_split
        doc["citation"] = self.name(default)

        def cite(key: str, citation: Citation, into: dict[str, Any]) -> None:
            if citation != default:
                into[key] = self.name(citation)

        window: dict[str, Any] = {"start": s.window.start, "end": s.window.end}
        bands = [self._band(band, cite) for band in s.bands]
        if s.deprivation_cutoff is not None:
            doc["deprivation_cutoff"] = s.deprivation_cutoff.value
            cite("deprivation_cutoff_citation", s.deprivation_cutoff.citation, doc)
        thresholds: list[dict[str, Any]] = []
        if s.indicators:
            base, overrides = _base_of(s)
            doc["based_on"] = base.id
            doc["indicators"] = [i.id for i in s.indicators]
            for indicator_id, threshold in overrides:
                entry: dict[str, Any] = {
                    "indicator": indicator_id,
                    "key": threshold.key,
                    "value": _threshold_document(threshold.value.value),
                }
                cite("citation", threshold.value.citation, entry)
                thresholds.append(entry)
        doc["window"] = window
        doc["band"] = bands
        if s.notes:
            doc["note"] = [_text(note) for note in s.notes]
        if thresholds:
            doc["threshold"] = thresholds
        doc["instruments"] = {name: _instrument_document(i) for i, name in self.instruments.items()}
        doc["citations"] = {name: self._citation_document(c) for c, name in self.citations.items()}
        return doc

    def _band(self, band: IncomeBand, cite: Callable[[str, Citation, dict[str, Any]], None]) -> dict[str, Any]:
        entry: dict[str, Any] = {"name": _text(band.name)}
        rural, urban = band.upper_rural_vnd, band.upper_urban_vnd
        if self.standard.area_split:
            entry["rural_vnd"], entry["urban_vnd"] = rural.value, urban.value
        else:
            entry["upper_vnd"] = rural.value
        if band.if_deprived is band.otherwise:
            entry["status"] = band.otherwise.value
        else:
            entry["if_deprived"], entry["otherwise"] = band.if_deprived.value, band.otherwise.value
        if not band.inclusive:
            entry["inclusive"] = False
        if rural.citation == urban.citation:
            cite("citation", rural.citation, entry)
        else:
            cite("rural_citation", rural.citation, entry)
            cite("urban_citation", urban.citation, entry)
        return entry

    def _citation_document(self, citation: Citation) -> dict[str, Any]:
        entry: dict[str, Any] = {"instrument": self.instruments[citation.instrument]}
        for key in ("article", "clause", "point", "annex"):
            if getattr(citation, key) is not None:
                entry[key] = getattr(citation, key)
        entry["verification"] = citation.verification.value
        if citation.evidence:
            entry["evidence"] = list(citation.evidence)
        if citation.note:
            entry["note"] = citation.note
        return entry


def _instrument_document(instrument: Instrument) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "number": instrument.number,
        "kind": instrument.kind.value,
        "issuer": {"vi": instrument.issuer_vi, "en": instrument.issuer_en},
        "title": {"vi": instrument.title_vi, "en": instrument.title_en},
    }
    if instrument.signed is not None:
        entry["signed"] = instrument.signed
    if instrument.effective is not None:
        entry["effective"] = instrument.effective
    if instrument.url:
        entry["url"] = instrument.url
    entry["verification"] = instrument.verification.value
    return entry


def _threshold_document(value: object) -> object:
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, frozenset):
        return sorted(v.value for v in value)
    if isinstance(value, RetirementSchedule):
        return {
            "from_year": value.from_year,
            **{
                key: {sex.value: months for sex, months in getattr(value, key)}
                for key in ("start_months", "step_months", "cap_months")
            },
        }
    return value


def _same_kind(new: object, old: object) -> bool:
    """Whether ``new`` is written and read back as a threshold of the type of ``old``."""
    if isinstance(old, bool) or isinstance(new, bool):
        return type(new) is type(old)
    if isinstance(old, int):
        return type(new) is int and new >= 0
    if isinstance(old, Fraction):
        return isinstance(new, (int, Fraction)) and new >= 0
    if isinstance(old, frozenset) and old:
        kind = type(next(iter(old)))
        return isinstance(new, frozenset) and all(type(v) is kind for v in new)
    return isinstance(old, RetirementSchedule) and isinstance(new, RetirementSchedule)


def _overrides(standard: Standard, base: Standard) -> list[tuple[str, Threshold]] | None:
    """The thresholds of ``standard`` that differ from ``base``'s, or ``None`` if it is not based on ``base``."""
    changed: list[tuple[str, Threshold]] = []
    for indicator in standard.indicators:
        if indicator.id not in base.indicator_ids:
            return None
        original = base.indicator(indicator.id)
        same_shape = [(t.key, t.label) for t in indicator.thresholds] == [(t.key, t.label) for t in original.thresholds]
        if not same_shape or attrs.evolve(indicator, thresholds=original.thresholds) != original:
            return None
        for new, old in zip(indicator.thresholds, original.thresholds, strict=True):
            if new.value != old.value:
                if not _same_kind(new.value.value, old.value.value):
                    return None
                changed.append((indicator.id, new))
    return changed


def _base_of(standard: Standard) -> tuple[Standard, list[tuple[str, Threshold]]]:
    """The national standard the indicators are based on: itself if national, else the one with fewest changes."""
    candidates = sorted((s for _, s in NATIONAL_STANDARDS), key=lambda s: s.id != standard.id)
    best: tuple[Standard, list[tuple[str, Threshold]]] | None = None
    for base in candidates:
        changed = _overrides(standard, base)
        if changed is not None and (best is None or len(changed) < len(best[1])):
            best = base, changed
            if base.id == standard.id or not changed:
                break
    if best is None:
        raise InvalidInput(
            "indicators",
            f"{standard.id}: its indicators are not those of a national standard (with some thresholds changed), "
            "so the file format cannot express them",
        )
    return best


# --- TOML text ----------------------------------------------------------------------------------------------


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = re.sub(
        r"[\x00-\x1f\x7f]", lambda m: {"\n": "\\n", "\t": "\\t"}.get(m.group(), f"\\u{ord(m.group()):04x}"), escaped
    )
    return f'"{escaped}"'


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_value(value: object, key: str = "") -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:_}" if key.endswith("_vnd") else str(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v, k)}" for k, v in value.items()) + " }"
    raise TypeError(type(value).__name__)  # pragma: no cover - the writer builds only the types above


def _toml_table(table: Mapping[str, Any], *, long_lists: Sequence[str] = ()) -> list[str]:
    """The key-value lines of a table: texts ``{vi, en}`` as dotted keys, long arrays one element a line."""
    out: list[str] = []
    for key, value in table.items():
        if isinstance(value, dict) and list(value) == ["vi", "en"]:
            out.extend(f"{_toml_key(key)}.{lang} = {_toml_string(text)}" for lang, text in value.items())
        elif isinstance(value, list) and (key in long_lists or (len(value) > 1 and key == "evidence")):
            out.append(f"{_toml_key(key)} = [")
            out.extend(f"    {_toml_value(v)}," for v in value)
            out.append("]")
        else:
            out.append(f"{_toml_key(key)} = {_toml_value(value, key)}")
    return out


def _toml(doc: Mapping[str, Any], standard: Standard) -> str:
    sections = ("window", "band", "note", "threshold", "instruments", "citations")
    out = [
        (
            f"# A poverty standard in the {STANDARD_FORMAT} format, version {STANDARD_FORMAT_VERSION}: "
            "see docs/standard-files.md."
        ),
        f"# Written by giamngheo {__version__} from the standard {standard.id!r}; read it with gn.load_standard.",
        "# To make your own: give it a new id and name, change a value, and cite your change",
        '# (a citation with verification = "user"). Values without a citation of their own use `citation`.',
        "",
    ]
    out += _toml_table({k: v for k, v in doc.items() if k not in sections}, long_lists=("indicators",))
    window = doc["window"]
    out += ["", "[window]", *_toml_table(window)]
    out[-1] += f"  # the first day no longer covered: the last day is {standard.window.last_day.isoformat()}"
    for name in ("band", "note", "threshold"):
        for entry in doc.get(name, []):
            out += ["", f"[[{name}]]", *_toml_table(entry)]
    for name in ("instruments", "citations"):
        for key, entry in doc[name].items():
            out += ["", f"[{name}.{_toml_key(key)}]", *_toml_table(entry)]
    return "\n".join(out) + "\n"


# --- policy files -------------------------------------------------------------------------------------------

#: The ``format`` key of every policy file.
POLICY_FORMAT = "giamngheo.policies"
#: The version of the policy format this library reads.
POLICY_FORMAT_VERSION = 1

_POLICY_TOP_REQUIRED = ("format", "version", "policy")
_POLICY_TOP_OPTIONAL = ("citation", "instruments", "citations")
_POLICY_REQUIRED = ("id", "name", "jurisdiction", "window", "grant")
_POLICY_OPTIONAL = ("basis", "note")
_GRANT_REQUIRED = ("id", "label", "kind")
_GRANT_OPTIONAL = (
    "statuses",
    "status_jurisdiction",
    "place",
    "share",
    "at_least",
    "amount_vnd",
    "per",
    "up_to",
    "rate",
    "term_months",
    "months_after",
    "left",
    "left_jurisdiction",
    "beneficiaries",
    "citation",
    "exception",
)
_EXCEPTION_REQUIRED = ("label", "place")
_EXCEPTION_OPTIONAL = ("share", "at_least", "amount_vnd", "rate", "citation")
#: The keys of each kind's values; the first is required.
_KIND_KEYS: dict[EntitlementKind, tuple[str, ...]] = {
    EntitlementKind.SHARE: ("share", "at_least"),
    EntitlementKind.EXEMPTION: (),
    EntitlementKind.AMOUNT: ("amount_vnd", "per", "up_to"),
    EntitlementKind.LOAN: ("rate", "amount_vnd", "term_months"),
    EntitlementKind.SERVICE: (),
}
#: The values an exception can replace, by the kind of its grant.
_EXCEPTION_KEYS: dict[EntitlementKind, tuple[str, ...]] = {
    EntitlementKind.SHARE: ("share", "at_least"),
    EntitlementKind.EXEMPTION: (),
    EntitlementKind.AMOUNT: ("amount_vnd",),
    EntitlementKind.LOAN: ("rate", "amount_vnd"),
    EntitlementKind.SERVICE: (),
}
_VALUE_KEYS = ("share", "at_least", "amount_vnd", "per", "up_to", "rate", "term_months")
_JURISDICTION_CODE = re.compile(r"VN|\d{2}")
_PLACE_FACTS = tuple(field.name for field in attrs.fields(Place))
_HOUSEHOLD = Text("hộ gia đình", "household")


class PolicyFileError(StandardFileError):
    """A policy file that cannot be loaded: the message names the file, the line and the key path.

    A :class:`StandardFileError` (and so an :class:`~giamngheo.InvalidInput`) with the same attributes:
    ``field`` (``"policy[0].grant[1].share"``), ``reason``, ``line`` and ``source``.
    """


def load_policies(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | bytes | None = None,
    syntax: str | None = None,
) -> tuple[Policy, ...]:
    """Read support policies from a ``giamngheo.policies`` file (see ``docs/policy-files.md``).

    Give the result to ``gn.entitlements(..., policies=...)``: each policy applies where its jurisdiction is
    ``"VN"`` or the ``jurisdiction`` asked for.

    Args:
        path: The file to read (UTF-8). A ``.json`` file is read as JSON, any other as TOML.
        text: The file's content instead of a path.
        syntax: ``"toml"`` or ``"json"``, to override the choice made from the file name (text is TOML by default).

    Returns:
        The policies, in the order of the file, validated in full: nothing is returned for a file with any error.

    Raises:
        PolicyFileError: (an :class:`~giamngheo.InvalidInput`) naming the key path and its line, for a syntax
            error, a missing, unknown or misspelt key, a value of the wrong type, a decimal number for money, an
            unknown status, kind, fact of the place or jurisdiction, a window that does not end after it starts,
            a grant without the value its kind needs, a repeated policy or grant id, an unsupported format or
            version, or a reference to an undefined instrument or citation.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, for an unknown ``syntax``, or if the
            file cannot be read.
    """
    try:
        data, reader = _read(path, text, syntax, "a policy file")
        return _PolicyLoader(reader).policies(data)
    except PolicyFileError:
        raise
    except StandardFileError as error:
        raise PolicyFileError(error.field, error.reason, line=error.line, source=error.source) from None


def _a(kind: EntitlementKind) -> str:
    """``"a share"``, ``"an amount"``: the kind with its article."""
    return ("an " if kind.value[0] in "aeiou" else "a ") + kind.value


def _negation(condition: Condition) -> Condition:
    """The condition that holds when ``condition`` does not (an unknown stays unknown)."""

    def negated(s: Situation) -> bool | str:
        verdict = condition(s)
        return verdict if isinstance(verdict, str) else not verdict

    return negated


@functools.cache
def _condition(statuses: tuple[Status, ...], jurisdiction: str, facts: tuple[tuple[str, bool], ...]) -> Condition:
    """The condition of a grant or an exception, the same object for the same terms (so loaded policies compare)."""
    parts = [status_is(*statuses, jurisdiction=jurisdiction)] if statuses else []
    parts += [place_is(fact) if wanted else _negation(place_is(fact)) for fact, wanted in facts]
    if not parts:
        return always
    return parts[0] if len(parts) == 1 else all_of(*parts)


@attrs.define
class _PolicyLoader(_Loader):
    """Builds :class:`Policy` values from a parsed policy file, checking every key on the way."""

    def policies(self, data: object) -> tuple[Policy, ...]:
        r = self.r
        if not isinstance(data, dict):
            raise r.wrong((), "an object" if r.json else "a table", data)
        self._policy_format(data)
        top = r.table((), data, "a policy file", _POLICY_TOP_REQUIRED, _POLICY_TOP_OPTIONAL)
        self._instruments(top.get("instruments", {}))
        self._citations(top.get("citations", {}))
        if "citation" in top:
            self.default = self.cite(("citation",), top["citation"])
        entries = r.tables(("policy",), top["policy"], "policies")
        if not entries:
            raise r.fail(("policy",), "a policy file needs at least one [[policy]]")
        from giamngheo._entitlements import POLICIES  # noqa: PLC0415 - the encoded policies, on first use

        encoded = {p.id for ps in POLICIES.values() for p in ps}
        policies: list[Policy] = []
        for i, entry in enumerate(entries):
            policy = self._policy(("policy", i), entry)
            if policy.id in encoded:
                raise r.fail(("policy", i, "id"), f"{policy.id!r} is the id of a policy the library encodes")
            for j, earlier in enumerate(policies):
                if earlier.id == policy.id:
                    raise r.fail(("policy", i, "id"), f"policy id {policy.id!r} is already used by policy[{j}]")
            policies.append(policy)
        return tuple(policies)

    def _policy_format(self, data: Mapping[str, Any]) -> None:
        r = self.r
        if "format" not in data:
            raise r.fail(("format",), f'required key missing: a policy file starts with format = "{POLICY_FORMAT}"')
        if data["format"] != POLICY_FORMAT:
            hint = " (a standard file: read it with load_standard)" if data["format"] == STANDARD_FORMAT else ""
            raise r.fail(
                ("format",),
                f'not a policy file: format must be "{POLICY_FORMAT}", got {r.describe(data["format"])}{hint}',
            )
        if "version" not in data:
            raise r.fail(("version",), f"required key missing: version = {POLICY_FORMAT_VERSION}")
        version = data["version"]
        if type(version) is not int or version != POLICY_FORMAT_VERSION:
            raise r.fail(
                ("version",),
                f"unsupported version {version!r}: this library (giamngheo {__version__}) reads version "
                f"{POLICY_FORMAT_VERSION}",
            )

    def _own_or_default(self, t: Mapping[str, Any], path: _KeyPath, key: str, what: str) -> Citation:
        """The citation at ``key`` of the table at ``path``, or the file's ``citation``."""
        if key in t:
            return self.cite((*path, key), t[key])
        if self.default is None:
            raise self.r.fail((*path, key), f"{what} has no {key}: give {key} = ..., or a file-wide citation = ...")
        return self.default

    def _jurisdiction(self, path: _KeyPath, value: object) -> str:
        code = self.r.string(path, value)
        if not _JURISDICTION_CODE.fullmatch(code):
            raise self.r.fail(path, f'must be "VN" or a province\'s two-digit code such as "79", got "{code}"')
        return code

    def _policy(self, path: _KeyPath, value: object) -> Policy:
        r = self.r
        t = r.table(path, value, "a policy", _POLICY_REQUIRED, _POLICY_OPTIONAL)
        policy_id = r.string((*path, "id"), t["id"])
        name = r.text((*path, "name"), t["name"])
        jurisdiction = self._jurisdiction((*path, "jurisdiction"), t["jurisdiction"])
        window = self._policy_window((*path, "window"), t["window"])
        basis = self._own_or_default(t, path, "basis", "the policy")
        notes = r.tables((*path, "note"), t.get("note", []), "notes")
        entries = r.tables((*path, "grant"), t["grant"], "grants")
        if not entries:
            raise r.fail((*path, "grant"), "a policy needs at least one [[policy.grant]]")
        grants: list[Grant] = []
        for j, entry in enumerate(entries):
            grant = self._grant((*path, "grant", j), entry)
            for k, earlier in enumerate(grants):
                if earlier.id == grant.id:
                    raise r.fail((*path, "grant", j, "id"), f"grant id {grant.id!r} is already used by grant[{k}]")
            grants.append(grant)
        try:
            return Policy(
                id=policy_id,
                name=name,
                jurisdiction=jurisdiction,
                window=window,
                basis=basis,
                grants=tuple(grants),
                notes=tuple(r.text((*path, "note", k), v) for k, v in enumerate(notes)),
            )
        except InvalidInput as error:  # the checks above should leave nothing to the model; report it anyway
            raise r.fail(path, error.reason) from None

    def _policy_window(self, path: _KeyPath, value: object) -> Window:
        r = self.r
        t = r.table(path, value, "the window", ("start",), ("end", "last_day"))
        start = r.date((*path, "start"), t["start"])
        if "end" in t and "last_day" in t:
            raise r.fail((*path, "last_day"), "give end (the first day no longer covered) or last_day, not both")
        if "end" in t:
            key, end = "end", r.date((*path, "end"), t["end"])
        elif "last_day" in t:
            key, end = "last_day", r.date((*path, "last_day"), t["last_day"]) + dt.timedelta(days=1)
        else:
            raise r.fail(path, "the window needs end (the first day no longer covered) or last_day")
        if not start < end:
            raise r.fail((*path, key), f"the window must end after it starts: start {start}, {key} {t[key]}")
        return Window(start, end)

    def _status_list(self, path: _KeyPath, value: object) -> tuple[Status, ...]:
        r = self.r
        if not isinstance(value, list):
            raise r.wrong(path, "an array of statuses", value)
        if not value:
            raise r.fail(path, f"give at least one status ({', '.join(s.value for s in _STATUSES)})")
        statuses = [r.choice((*path, k), v, Status, "status", _STATUSES) for k, v in enumerate(value)]
        for k, status in enumerate(statuses):
            if status in statuses[:k]:
                raise r.fail((*path, k), f"{status.value!r} is listed twice")
        return tuple(statuses)

    def _place(self, path: _KeyPath, value: object) -> tuple[tuple[str, bool], ...]:
        r = self.r
        if not isinstance(value, dict):
            raise r.wrong(path, "a table of facts of the place, such as { poor_commune = true }", value)
        if not value:
            raise r.fail(path, f"give at least one fact of the place ({', '.join(_PLACE_FACTS)})")
        facts = []
        for fact, wanted in value.items():
            if fact not in _PLACE_FACTS:
                raise r.fail(
                    (*path, fact),
                    f"unknown fact of the place {fact!r}{_suggest(fact, _PLACE_FACTS)} "
                    f"(the facts: {', '.join(_PLACE_FACTS)})",
                )
            facts.append((fact, r.boolean((*path, fact), wanted)))
        return tuple(facts)

    def _share(self, path: _KeyPath, value: object) -> Fraction:
        share = self._fraction(path, value)
        if not 0 < share <= 1:
            raise self.r.fail(path, f'a share is more than 0 and at most 1 (the whole cost), like "7/10", got {value}')
        return share

    def _rate(self, path: _KeyPath, value: object) -> Fraction:
        rate = self._fraction(path, value)
        if rate >= 1:
            raise self.r.fail(
                path, f'a yearly rate is a fraction of the loan: write 0.066 or "66/1000" for 6.6 %, got {value}'
            )
        return rate

    def _grant(self, path: _KeyPath, value: object) -> Grant:  # noqa: C901, PLR0912 - one check per key
        r = self.r
        t = r.table(path, value, "a grant", _GRANT_REQUIRED, _GRANT_OPTIONAL)
        grant_id = r.string((*path, "id"), t["id"])
        label = r.text((*path, "label"), t["label"])
        kind = r.choice((*path, "kind"), t["kind"], EntitlementKind, "kind")
        allowed = _KIND_KEYS[kind]
        for key in _VALUE_KEYS:
            if key in t and key not in allowed:
                fits = ", ".join(k.value for k, keys in _KIND_KEYS.items() if key in keys)
                raise r.fail((*path, key), f"{_a(kind)} grant has no {key} ({key} is for a grant of kind {fits})")
        if allowed and allowed[0] not in t:
            raise r.fail((*path, allowed[0]), f"{_a(kind)} grant needs {allowed[0]}")
        citation = self._own_or_default(t, path, "citation", "the grant")
        statuses: tuple[Status, ...] = ()
        if "statuses" in t:
            statuses = self._status_list((*path, "statuses"), t["statuses"])
        elif "status_jurisdiction" in t:
            raise r.fail((*path, "status_jurisdiction"), "status_jurisdiction needs statuses")
        status_jurisdiction = self._jurisdiction((*path, "status_jurisdiction"), t.get("status_jurisdiction", "VN"))
        facts = self._place((*path, "place"), t["place"]) if "place" in t else ()
        months_after: Cited[int] | None = None
        left: tuple[Status, ...] = ()
        left_jurisdiction: str | None = None
        if "months_after" in t:
            months_after = Cited(r.integer((*path, "months_after"), t["months_after"], minimum=1), citation)
            if "left" not in t:
                raise r.fail((*path, "left"), "months_after needs left: the statuses whose leaving starts the months")
            left = self._status_list((*path, "left"), t["left"])
            if "left_jurisdiction" in t:
                left_jurisdiction = self._jurisdiction((*path, "left_jurisdiction"), t["left_jurisdiction"])
        else:
            for key in ("left", "left_jurisdiction"):
                if key in t:
                    raise r.fail((*path, key), f"{key} needs months_after: for how many months after leaving")
            if not statuses:
                raise r.fail(
                    (*path, "statuses"),
                    "a grant needs statuses (who is entitled), or months_after and left (who left a status)",
                )
        share = Cited(self._share((*path, "share"), t["share"]), citation) if "share" in t else None
        rate = Cited(self._rate((*path, "rate"), t["rate"]), citation) if "rate" in t else None
        amount = Cited(r.money((*path, "amount_vnd"), t["amount_vnd"]), citation) if "amount_vnd" in t else None
        term = None
        if "term_months" in t:
            term = Cited(r.integer((*path, "term_months"), t["term_months"], minimum=1), citation)
        per = None
        if "per" in t:
            per = r.string((*path, "per"), t["per"])
            if per not in _PER:
                raise r.fail((*path, "per"), f"unknown per {per!r}{_suggest(per, _PER)} (use one of {', '.join(_PER)})")
        elif kind is EntitlementKind.LOAN and amount is not None:
            per = "loan"
        entries = r.tables((*path, "exception"), t.get("exception", []), "exceptions")
        return Grant(
            id=grant_id,
            label=label,
            applies=_condition(statuses, status_jurisdiction, facts),
            kind=kind,
            citation=citation,
            share=share,
            at_least=r.boolean((*path, "at_least"), t.get("at_least", False)),
            amount_vnd=amount,
            per=per,
            up_to=r.boolean((*path, "up_to"), t.get("up_to", False)),
            rate=rate,
            term_months=term,
            months_after=months_after,
            left=left,
            left_jurisdiction=left_jurisdiction,
            beneficiaries=r.text((*path, "beneficiaries"), t["beneficiaries"]) if "beneficiaries" in t else _HOUSEHOLD,
            exceptions=tuple(
                self._exception((*path, "exception", k), v, kind, citation) for k, v in enumerate(entries)
            ),
        )

    def _exception(self, path: _KeyPath, value: object, kind: EntitlementKind, citation: Citation) -> ExceptionRule:
        r = self.r
        t = r.table(path, value, "an exception", _EXCEPTION_REQUIRED, _EXCEPTION_OPTIONAL)
        allowed = _EXCEPTION_KEYS[kind]
        if not allowed:
            raise r.fail(path, f"{_a(kind)} grant has no value for an exception to replace")
        for key in _EXCEPTION_OPTIONAL[:-1]:
            if key in t and key not in allowed:
                raise r.fail(
                    (*path, key), f"an exception of {_a(kind)} grant replaces {' or '.join(allowed)}, not {key}"
                )
        replacing = [key for key in allowed if key != "at_least" and key in t]
        if not replacing:
            raise r.fail(path, f"an exception must give the value it replaces: {' or '.join(allowed)}")
        label = r.text((*path, "label"), t["label"])
        facts = self._place((*path, "place"), t["place"])
        own = self.cite((*path, "citation"), t["citation"]) if "citation" in t else citation
        return ExceptionRule(
            label=label,
            applies=_condition((), "VN", facts),
            citation=own,
            share=Cited(self._share((*path, "share"), t["share"]), own) if "share" in t else None,
            at_least=r.boolean((*path, "at_least"), t.get("at_least", False)),
            amount_vnd=Cited(r.money((*path, "amount_vnd"), t["amount_vnd"]), own) if "amount_vnd" in t else None,
            rate=Cited(self._rate((*path, "rate"), t["rate"]), own) if "rate" in t else None,
        )
