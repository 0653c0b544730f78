"""A Griffe extension that lets mkdocstrings render giamngheo's docstrings as they are written.

mkdocstrings renders docstrings as Markdown, while giamngheo's follow the conventions that Python's own tools read
(``pydoc``, ``doctest``, Sphinx's ``#:`` comments). Without touching the source, this extension, loaded from
``mkdocs.yml``, makes three changes to what the API pages show:

* a run of doctest lines (``>>>`` and the lines up to the next blank one) becomes a ```` ```pycon ```` block: as
  Markdown they would be nested quotes, and a result such as ``[('H1', 'poor')]`` a link to nothing;
* a module-level or class-level assignment without a docstring takes the ``#:`` comment lines just above it as
  its docstring, as Sphinx does (``#: Every instrument, oldest first.`` above ``INSTRUMENTS``);
* Sphinx roles (``:class:`Policy```, ``:mod:`~giamngheo.review.circular_17_2016```) become code spans, with
  ``~`` keeping the last name only; a paragraph ending in ``::`` before a literal block ends in ``:``.

It changes nothing else, and nothing in the package: ``python -m doctest`` and ``help()`` read the same text.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["DocsConventions", "markdown_docstring"]

_DOCTEST_START = re.compile(r"^(\s*)>>>")
_ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj|const):`(~?)([^`]+)`")
_COMMENT = re.compile(r"^\s*#:\s?(.*)$")


def _role(match: re.Match[str]) -> str:
    tilde, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if tilde else target}`"


def markdown_docstring(text: str) -> str:
    """The docstring ``text`` with its doctest runs fenced, its Sphinx roles as code spans, and ``::`` as ``:``.

    Fenced blocks the docstring already has are left as they are.
    """
    lines = text.split("\n")
    out: list[str] = []
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = line.lstrip().startswith("```")
        doctest = None if in_fence or fence else _DOCTEST_START.match(line)
        if doctest is not None:  # the doctest run, up to the next blank line, as a pycon block
            out.append(f"{doctest.group(1)}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append(f"{doctest.group(1)}```")
            continue
        if fence:
            in_fence = not in_fence
        elif not in_fence:
            if line.rstrip().endswith("::") and i + 1 < len(lines) and not lines[i + 1].strip():
                line = line.rstrip()[:-1]
            line = _ROLE.sub(_role, line)
        out.append(line)
        i += 1
    return "\n".join(out)


def _comment_above(obj: griffe.Object) -> str | None:
    """The ``#:`` comment lines right above ``obj``'s first line, joined, if there are any."""
    filepath = obj.filepath
    if isinstance(filepath, list) or obj.lineno is None:  # a namespace package has no single file
        return None
    if filepath not in obj.lines_collection:
        return None
    source = obj.lines_collection[filepath]
    if not source:
        return None
    comment: list[str] = []
    number = obj.lineno - 2  # the line above, 0-based
    while number >= 0 and (match := _COMMENT.match(source[number])):
        comment.insert(0, match.group(1))
        number -= 1
    return "\n".join(comment) or None


class DocsConventions(griffe.Extension):
    """Fenced doctests, ``#:`` comments as docstrings, Sphinx roles as code: see the module's docstring."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:  # noqa: ARG002
        """Rewrite ``obj``'s docstring, or give an attribute the ``#:`` comment above it."""
        if obj.docstring is None and obj.is_attribute:
            comment = _comment_above(obj)
            if comment is not None:
                obj.docstring = griffe.Docstring(comment, lineno=obj.lineno, parent=obj)
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
