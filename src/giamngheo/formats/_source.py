"""Reading a file of a format (or its text): decoding, parsing as TOML or JSON, and diagnosing syntax errors.

:func:`read` gives the parsed data with the line of each key path (:mod:`giamngheo.formats._positions`), or
raises the format's own error (a :class:`~giamngheo.FileFormatError`) at the line of the mistake: text that is
not UTF-8, a TOML or JSON syntax error (naming the key written on that line, and suggesting how to write whole
numbers for ``1.800.000``), a key written twice, an integer too long to read, or arrays nested too deeply.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from giamngheo._checks import suggest
from giamngheo._errors import InvalidInput, _KeyedFileError
from giamngheo._json import loads as load_json
from giamngheo.formats._positions import JsonScanner, KeyPath, guess_toml_path, render, toml_lines

__all__ = ["Source", "check_syntax", "read", "suggest"]

_SEPARATED = re.compile(r"=\s*(\d{1,3}(?:[.,]\d{3})+)\b")


@attrs.frozen
class Source:
    """A parsed file of a format.

    Attributes:
        data: What :mod:`tomllib` or :mod:`json` read (decimal numbers as :class:`~decimal.Decimal` from TOML).
        name: The file's path, or ``"<text>"`` for text given directly.
        text: The decoded text.
        lines: The line (from 1) on which each key path is written.
        json: Whether the text is JSON (else TOML).
    """

    data: Any
    name: str
    text: str
    lines: dict[KeyPath, int]
    json: bool


def read(
    path: str | os.PathLike[str] | None,
    text: str | bytes | None,
    syntax: str | None,
    *,
    what: str,
    error: type[_KeyedFileError],
) -> Source:
    """The parsed content of a file (or text), and the line of each of its key paths.

    Args:
        path: The file to read; a ``.json`` file is read as JSON, any other as TOML.
        text: The file's content instead of a path.
        syntax: ``"toml"`` or ``"json"``, to override the choice made from the file name (text is TOML by default).
        what: The kind of file, for messages (``"a standard file"``).
        error: The format's error, raised for text that cannot be parsed.

    Raises:
        FileFormatError: (the class ``error``) for text that is not UTF-8 or does not parse.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, for an unknown ``syntax``, or if the
            file cannot be read.
    """
    if (path is None) == (text is None):
        raise InvalidInput("path", f"give the path of {what}, or its text as text=, not both")
    if path is not None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidInput("path", f"a file path, got {path!r}")
        name = os.fspath(path)
        try:
            raw: str | bytes = Path(name).read_bytes()
        except OSError as failure:
            raise InvalidInput("path", f"cannot read {name}: {failure.strerror or failure}") from None
        except ValueError:  # a NUL character, which no file name holds
            raise InvalidInput("path", f"not a file name: {name[:200]!r}") from None
        if syntax is None:
            syntax = "json" if name.lower().endswith(".json") else "toml"
    else:
        if not isinstance(text, str | bytes):
            raise InvalidInput("text", f"the content of {what} as str or bytes, got {type(text).__name__}")
        name, raw = "<text>", text
    is_json = check_syntax("toml" if syntax is None else syntax) == "json"
    content = _decode(raw, name, error)
    data, lines = _parse_json(content, name, error) if is_json else _parse_toml(content, name, error)
    return Source(data=data, name=name, text=content, lines=lines, json=is_json)


def check_syntax(syntax: str) -> str:
    """``syntax`` if it is ``"toml"`` or ``"json"``.

    Raises:
        InvalidInput: for any other.
    """
    if syntax not in ("toml", "json"):
        raise InvalidInput("syntax", f"unknown syntax {syntax!r}; use 'toml' or 'json'")
    return syntax


def _decode(raw: str | bytes, name: str, error: type[_KeyedFileError]) -> str:
    if isinstance(raw, bytes):
        data = raw
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError as failure:
            line = data.count(b"\n", 0, failure.start) + 1
            raise error("(file)", "not UTF-8 text; save the file as UTF-8", line=line, source=name) from None
    return raw.removeprefix("\ufeff")  # a byte-order mark, as some Windows editors write


def _parse_toml(content: str, name: str, error: type[_KeyedFileError]) -> tuple[dict[str, Any], dict[KeyPath, int]]:
    try:
        # Decimal numbers are read exactly, so that a float can be refused for money and accepted for a ratio.
        data = tomllib.loads(content, parse_float=Decimal)
    except tomllib.TOMLDecodeError as failure:
        raise _toml_syntax_error(content, name, str(failure), error) from None
    except ValueError:  # an integer of more than 4,300 digits, which Python will not read
        line = _line_where(content, lambda text: max(map(len, re.findall(r"[\d_]+", text)), default=0))
        raise error("(file)", "an integer has more than 4,300 digits", line=line, source=name) from None
    except RecursionError:
        line = _line_where(content, lambda text: text.count("[") + text.count("{"))
        raise error("(file)", "arrays or tables nested too deeply", line=line, source=name) from None
    lines, _ = toml_lines(content)
    return data, lines


def _line_where(content: str, size: Callable[[str], int]) -> int:
    """The line (from 1) of ``content`` where ``size`` is largest: where a value too large to read is."""
    lines = content.splitlines() or [""]
    return max(range(len(lines)), key=lambda k: size(lines[k])) + 1


def _toml_syntax_error(content: str, name: str, message: str, error: type[_KeyedFileError]) -> _KeyedFileError:
    """The TOML syntax error, at tomllib's line, naming the key written on that line where there is one."""
    reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)$", "", message)
    match = re.search(r"at line (\d+)", message)
    all_lines = content.splitlines()
    if match:
        line = int(match.group(1))
    else:  # "at end of document": a duplicate key is found by the scanner; anything else is at the last line
        _, duplicate = toml_lines(content)
        line = duplicate[1] if duplicate is not None and "overwrite" in message else max(len(all_lines), 1)
    text = all_lines[line - 1] if 0 < line <= len(all_lines) else ""
    separated = _SEPARATED.search(text)
    if separated:
        whole = int(re.sub(r"[.,]", "", separated.group(1)))
        reason += f"; write whole numbers without thousands separators: {whole} or {whole:_}"
    elif "overwrite" in message:
        reason += "; a key is written twice"
    return error(render(guess_toml_path(all_lines, line)), f"invalid TOML: {reason}", line=line, source=name)


def _parse_json(content: str, name: str, error: type[_KeyedFileError]) -> tuple[Any, dict[KeyPath, int]]:
    try:
        data = load_json(content, unique_keys=False)  # repeated keys found below, with their line
    except json.JSONDecodeError as failure:
        raise error("(file)", f"invalid JSON: {failure.msg}", line=failure.lineno, source=name) from None
    scanner = JsonScanner(content)
    with contextlib.suppress(IndexError, ValueError):  # what the scanner cannot follow: keep the lines found
        scanner.value(())
    if scanner.duplicate is not None:  # json keeps the last silently; TOML refuses, and so does this
        path, line = scanner.duplicate
        raise error(render(path), "invalid JSON: a key is written twice", line=line, source=name)
    return data, scanner.lines
