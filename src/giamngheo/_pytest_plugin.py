"""The pytest plugin shipped with giamngheo: every ``*.cases.toml`` (or ``*.cases.json``) file is a test file.

pytest loads it by itself once giamngheo is installed (entry point ``pytest11``); each case of a file is one test,
named by its ``name``, run by the runner of ``giamngheo test`` (:mod:`giamngheo._cases`). A failure shows what
was expected and what was found, and the explanation of the result; ``--giamngheo-lang en`` gives them in
English. The plugin imports nothing of giamngheo until it finds such a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from giamngheo._cases import CaseResult
    from giamngheo.formats.cases import Case

_SUFFIXES = (".cases.toml", ".cases.json")


def pytest_addoption(parser: pytest.Parser) -> None:
    """The option ``--giamngheo-lang``."""
    parser.addoption(
        "--giamngheo-lang", choices=("vi", "en"), default="vi", help="language of giamngheo's case reports (default vi)"
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """A file of test cases, by its name."""
    if file_path.name.endswith(_SUFFIXES):
        return CasesFile.from_parent(parent, path=file_path)
    return None


class CaseFailed(AssertionError):
    """A case whose expectations are not met (its report is the failure pytest shows)."""

    def __init__(self, result: CaseResult) -> None:
        super().__init__(result.report())
        self.result = result


class CasesFile(pytest.File):
    """A ``giamngheo.cases`` file: one item per case."""

    def collect(self) -> Iterator[pytest.Item]:
        """Each case of the file (the file is read whole first: an error in it fails its collection)."""
        from giamngheo._errors import GiamngheoError  # noqa: PLC0415 - only when such a file is found
        from giamngheo.formats.cases import load_cases  # noqa: PLC0415

        try:
            cases = load_cases(self.path)
        except GiamngheoError as error:
            raise self.CollectError(str(error)) from None  # shown as the message alone, without a traceback
        for case in cases:
            yield CaseItem.from_parent(self, name=case.name, case=case)


class CaseItem(pytest.Item):
    """One case."""

    def __init__(self, *, case: Case, **kwargs: Any) -> None:  # noqa: ANN401 - pytest's own keywords
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        """Run the case; raise :class:`CaseFailed` if an expectation is not met."""
        from giamngheo._cases import run_case  # noqa: PLC0415

        result = run_case(self.case, lang=self.config.getoption("giamngheo_lang"))
        if not result.passed:
            raise CaseFailed(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:  # noqa: ANN401
        """The case's report, not a traceback of the runner."""
        if isinstance(excinfo.value, CaseFailed):
            return excinfo.value.result.report()
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int, str]:
        """The file, the line of the case, and its name."""
        return self.path, max(self.case.line - 1, 0), f"case: {self.case.name}"
