"""Running test cases (:mod:`giamngheo.formats.cases`): each household assessed, and compared with what is expected.

The one runner of ``giamngheo test``, of the pytest plugin and of :func:`run_cases`: a case passes when the status,
and each of the deprivations, undetermined indicators and supports it lists, are what the library finds; a
failure says what was expected and what was found, in Vietnamese or English, with the explanation of the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from giamngheo._assessment import Assessment, assess
from giamngheo._entitlements import entitlements
from giamngheo._errors import GiamngheoError
from giamngheo._jurisdictions import standard_in_force
from giamngheo._model import check_lang
from giamngheo._reform import reform

if TYPE_CHECKING:  # the format's package imports this module
    from giamngheo.formats.cases import Case

__all__ = ["CaseResult", "run_case", "run_cases"]

_WORDS = {
    "vi": {"status": "tình trạng", "deprivations": "chỉ số thiếu hụt", "undetermined": "chỉ số chưa xác định",
           "entitlements": "chính sách hỗ trợ", "expected": "mong đợi", "got": "kết quả", "none": "(không có)",
           "error": "không đánh giá được", "missing": "thiếu", "extra": "thừa", "pass": "ĐẠT", "fail": "KHÔNG ĐẠT"},
    "en": {"status": "status", "deprivations": "deprivations", "undetermined": "undetermined",
           "entitlements": "supports", "expected": "expected", "got": "got", "none": "(none)",
           "error": "cannot be assessed", "missing": "missing", "extra": "not expected", "pass": "PASS",
           "fail": "FAIL"},
}  # fmt: skip


@attrs.frozen
class CaseResult:
    """A case run: what differs from what it expects, and the explanation of the result.

    Attributes:
        case: The case.
        failures: One line per expectation not met (empty when the case passes).
        explanation: The result's explanation in the language asked for (the error, if it could not be assessed).
        lang: That language.
    """

    case: Case
    failures: tuple[str, ...]
    explanation: str
    lang: str

    @property
    def passed(self) -> bool:
        """Whether every expectation is met."""
        return not self.failures

    def report(self) -> str:
        """The case's verdict, its place in the file and, if it fails, each difference and the explanation."""
        words = _WORDS[self.lang]
        where = f"{self.case.file}:{self.case.line}"
        head = f"{words['pass'] if self.passed else words['fail']}  {self.case.name}  ({where})"
        if self.passed:
            return head
        lines = [head, *(f"    {f}" for f in self.failures)]
        if self.case.source:
            lines.append(f"    [{self.case.source}]")
        lines += [f"    | {line}" for line in self.explanation.splitlines()]
        return "\n".join(lines)


def _compare(what: str, expected: frozenset[str] | None, found: frozenset[str], lang: str) -> list[str]:
    if expected is None or expected == found:
        return []
    words = _WORDS[lang]
    shown = ", ".join(sorted(expected)) or words["none"]
    got = ", ".join(sorted(found)) or words["none"]
    missing, extra = sorted(expected - found), sorted(found - expected)
    detail = "; ".join(
        part for part in (
            f"{words['missing']}: {', '.join(missing)}" if missing else "",
            f"{words['extra']}: {', '.join(extra)}" if extra else "",
        ) if part
    )  # fmt: skip
    return [f"{words[what]}: {words['expected']} {shown}, {words['got']} {got} ({detail})"]


def run_case(case: Case, *, lang: str = "vi") -> CaseResult:
    """Assess the case's household under its standard (reformed, if it says so) and compare with what it expects."""
    check_lang(lang)
    words = _WORDS[lang]
    expected = case.expected
    try:
        standard = case.standard or standard_in_force(on=case.on, jurisdiction=case.jurisdiction)
        if case.reform:
            standard = reform(standard, dict(case.reform), id=f"{standard.id}+case", note=f"case {case.name!r}")
        result: Assessment = assess(case.household, on=case.on, standard=standard)
    except GiamngheoError as error:
        failure = f"{words['status']}: {words['expected']} {expected.status.label(lang)}, {words['error']}: {error}"
        return CaseResult(case, (failure,), str(error), lang)
    failures = []
    if result.status is not expected.status:
        failures.append(
            f"{words['status']}: {words['expected']} {expected.status.label(lang)}, {words['got']} "
            f"{result.status.label(lang)}"
        )
    failures += _compare("deprivations", expected.deprivations, frozenset(result.deprived), lang)
    failures += _compare("undetermined", expected.undetermined, frozenset(result.undetermined), lang)
    if expected.entitlements is not None:
        found = frozenset(
            f"{e.policy.id}:{e.grant}" for e in entitlements(result, on=case.on, jurisdiction=standard.jurisdiction)
        )
        failures += _compare("entitlements", expected.entitlements, found, lang)
    return CaseResult(case, tuple(failures), result.explain(lang), lang)


def run_cases(cases: Iterable[Case], *, lang: str = "vi") -> tuple[CaseResult, ...]:
    """:func:`run_case` for each case, in order."""
    return tuple(run_case(case, lang=lang) for case in cases)
