"""Run every code example of the Markdown pages in ``docs/``.

Each page is run top to bottom in one namespace, so a later example can use the names an earlier one set:

* a ```` ```python ```` block is executed and must not raise;
* a ```` ```pycon ```` block is a doctest: its ``>>>`` lines are run and their output compared
  (with ``ELLIPSIS`` and ``NORMALIZE_WHITESPACE``);
* other blocks (```` ```text ````, ```` ```console ````, …) are not run.

Usage::

    python docs/check_examples.py              # every docs/*.md page
    python docs/check_examples.py docs/tutorial.md

Exits 1 if an example fails, naming the page and the line of its block.
"""

from __future__ import annotations

import doctest
import re
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["blocks", "check_page", "main"]

DOCS = Path(__file__).resolve().parent
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.DOTALL | re.MULTILINE)
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def blocks(text: str) -> Iterator[tuple[str, str, int]]:
    """The fenced code blocks of a Markdown text: ``(language, code, line of the opening fence)``."""
    for match in _FENCE.finditer(text):
        yield match.group(1), match.group(2), text.count("\n", 0, match.start()) + 1


def check_page(path: Path) -> tuple[int, int]:
    """Run the examples of one page; return ``(examples run, failures)``, reporting failures on stderr."""
    namespace: dict[str, object] = {"__name__": f"docs.{path.stem}"}
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=_FLAGS)
    attempted = failures = 0
    for language, code, line in blocks(path.read_text(encoding="utf-8")):
        if language == "python":
            attempted += 1
            try:
                exec(compile(code, f"{path.name}:{line}", "exec"), namespace)  # noqa: S102 - our own docs
            except Exception:  # noqa: BLE001 - every failure is reported, not raised
                print(f"{path}:{line}: the python block raised", file=sys.stderr)
                traceback.print_exc()
                failures += 1
        elif language == "pycon":
            test = parser.get_doctest(code, namespace, f"{path.name}:{line}", str(path), line)
            result = runner.run(test, clear_globs=False)
            namespace.update(test.globs)  # DocTest works on a copy of the namespace
            if result.failed:
                print(f"{path}:{line}: {result.failed} doctest example(s) failed", file=sys.stderr)
            attempted += result.attempted
            failures += result.failed
    return attempted, failures


def main(argv: Sequence[str] | None = None) -> int:
    """Check the pages given, or every ``docs/*.md``; exit status 1 if any example fails."""
    args = sys.argv[1:] if argv is None else list(argv)
    pages = [Path(a) for a in args] or sorted(DOCS.glob("*.md"))
    failures = 0
    for page in pages:
        attempted, failed = check_page(page)
        print(f"{page}: {attempted} examples, {failed} failed")
        failures += failed
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
