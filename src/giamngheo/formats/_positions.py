"""Where each key of a TOML or JSON text is written: key path -> line, for error messages.

:mod:`tomllib` and :mod:`json` give no positions for keys, so the line is found by a second pass over the text:
:class:`TomlScanner` follows table headers (``[window]``, ``[[band]]``, counting the arrays of tables), dotted
keys, inline tables and arrays, skipping strings and comments, and records the line on which each key path is
written; :class:`JsonScanner` does the same for JSON. Both note the first key written twice (:mod:`json` alone
would keep the last one). A path that is not written in the file (a missing key) is reported at the line of the
nearest table that is (:func:`line_of`).
"""

from __future__ import annotations

import contextlib
import json
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence

import attrs

__all__ = ["JsonScanner", "Key", "KeyPath", "TomlScanner", "guess_toml_path", "line_of", "render", "toml_lines"]

Key = str | int
#: A key path: ``("band", 1, "urban_vnd")`` is the ``urban_vnd`` of the second ``[[band]]``.
KeyPath = tuple[Key, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_JSON_SCALAR = re.compile(r"[^,\]}\s]+")
#: A TOML number, boolean, date or date-time (which may have a space before its time).
_TOML_SCALAR = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:[^,\]}\s#]*|[^,\]}\s#]+")
_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.\- ]+?)\s*\]")
_BROKEN_HEADER = re.compile(r"\s*\[\[?\s*([A-Za-z0-9_.\- ]+)")
_ASSIGNED_KEY = re.compile(r"\s*([A-Za-z0-9_\-]+(\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")


def render(path: KeyPath) -> str:
    """``("band", 1, "urban_vnd")`` as ``band[1].urban_vnd``; the empty path as ``(file)``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if _BARE_KEY.fullmatch(part) else '"' + part.replace('"', '\\"') + '"'
            out += f".{name}" if out else name
    return out or "(file)"


def line_of(lines: Mapping[KeyPath, int], path: KeyPath) -> int:
    """The line of ``path``, or of the nearest enclosing path written in the file (line 1 if none is)."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1


@attrs.define
class TomlScanner:
    """Records the line of every key path of a TOML text (valid TOML: tomllib has parsed it already)."""

    s: str
    i: int = 0
    line: int = 1
    lines: dict[KeyPath, int] = attrs.field(factory=dict)
    arrays: dict[KeyPath, int] = attrs.field(factory=dict)
    keys: set[KeyPath] = attrs.field(factory=set)
    duplicate: tuple[KeyPath, int] | None = None

    def advance(self, n: int = 1) -> None:
        """Move ``n`` characters on, counting the lines passed."""
        self.line += self.s.count("\n", self.i, self.i + n)
        self.i += n

    def at(self, token: str) -> bool:
        """Whether the text goes on with ``token``."""
        return self.s.startswith(token, self.i)

    def skip(self, *, newlines: bool) -> None:
        """Skip blanks and comments (and line ends, if ``newlines``)."""
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in " \t\r" or (newlines and c == "\n"):
                self.advance()
            elif c == "#":
                end = self.s.find("\n", self.i)
                self.advance((len(self.s) if end < 0 else end) - self.i)
            else:
                return

    def record(self, path: KeyPath, *, key: bool) -> None:
        """Note the line of ``path`` (and of its parents not seen yet); a key written twice is kept."""
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
        """A key, bare, quoted or dotted, as its parts."""
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
        start = self.i
        for quote in ('"""', "'''"):
            if self.at(quote):
                j = self.i + 3
                while not self.s.startswith(quote, j):
                    if j >= len(self.s):  # never closed: the end of the text (an IndexError, as below)
                        raise IndexError(j)
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

    def element(self, path: KeyPath) -> None:
        """An element of an array."""
        self.record(path, key=True)
        self.value(path)

    def value(self, path: KeyPath) -> None:
        """A value: an array, an inline table, a string or a scalar."""
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

    def assignment(self, prefix: KeyPath) -> None:
        """``key = value``, under the table ``prefix``."""
        path = (*prefix, *self.key())
        self.record(path, key=True)
        self.skip(newlines=False)
        self.advance()  # "="
        self.skip(newlines=False)
        self.value(path)

    def resolve(self, parts: Sequence[str]) -> KeyPath:
        """A header's path, with the index of the last element of each array of tables it goes through."""
        path: KeyPath = ()
        for part in parts:
            path = (*path, part)
            if path in self.arrays:
                path = (*path, self.arrays[path])
        return path

    def document(self) -> None:
        """The whole text: table headers and assignments."""
        prefix: KeyPath = ()
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


def toml_lines(text: str) -> tuple[dict[KeyPath, int], tuple[KeyPath, int] | None]:
    """The line of each key path written in a TOML text, and the first key written twice (if any)."""
    scanner = TomlScanner(text)
    with contextlib.suppress(ValueError, IndexError, KeyError, TypeError):  # text tomllib refused: keep what was found
        scanner.document()
    return scanner.lines, scanner.duplicate


def guess_toml_path(all_lines: Sequence[str], line: int) -> KeyPath:
    """The key path of a line of a TOML text that does not parse: its table header above, and its key."""
    prefix: KeyPath = ()
    arrays: dict[KeyPath, int] = {}
    for text in all_lines[: line - 1]:
        header = _HEADER.match(text)
        if header:
            parts = tuple(p.strip() for p in header.group(2).split("."))
            parent: KeyPath = ()
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
    here_text = all_lines[line - 1] if line <= len(all_lines) else ""
    here = _BROKEN_HEADER.match(here_text)
    if here:  # a table header that does not parse
        return tuple(p.strip() for p in here.group(1).split(".") if p.strip())
    key = _ASSIGNED_KEY.match(here_text)
    if key:
        return (*prefix, *(p.strip() for p in key.group(1).split(".")))
    return prefix


@attrs.define
class JsonScanner:
    """Records the line of every key path of a JSON text (valid JSON: json has parsed it already)."""

    s: str
    i: int = 0
    lines: dict[KeyPath, int] = attrs.field(factory=dict)
    duplicate: tuple[KeyPath, int] | None = None

    def skip(self) -> None:
        """Skip blanks."""
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def string(self) -> str:
        """Skip a string and return its value."""
        j = self.i + 1
        while self.s[j] != '"':
            j += 2 if self.s[j] == "\\" else 1
        value: str = json.loads(self.s[self.i : j + 1])
        self.i = j + 1
        return value

    def record(self, path: KeyPath) -> None:
        """Note the line of ``path``."""
        self.lines[path] = self.s.count("\n", 0, self.i) + 1

    def member(self, path: KeyPath) -> None:
        """``"key": value`` of the object at ``path``; a key written twice is kept."""
        line = self.s.count("\n", 0, self.i) + 1
        key = (*path, self.string())
        if key in self.lines and self.duplicate is None:
            self.duplicate = (key, line)
        self.lines[key] = line
        self.skip()
        self.i += 1  # ":"
        self.value(key)

    def element(self, path: KeyPath) -> None:
        """An element of an array."""
        self.record(path)
        self.value(path)

    def value(self, path: KeyPath) -> None:
        """A value: an object, an array, a string or a scalar."""
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
