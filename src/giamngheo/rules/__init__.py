"""The deprivation rules: one module per dimension of the multidimensional standard, one block per rule.

Each kind of test is a :class:`Rule`: a stable name, the threshold keys it reads, the facts it reads, an
``evaluate`` function that decides, and a ``describe`` function that says why. Each rule of the library has a
parameters class, a frozen attrs class whose typed fields are its threshold keys; the thresholds themselves are
data of the :class:`~giamngheo.Indicator` (cited, dated with their standard, overridable), which builds the
parameters once, so the rules hold no legal number. Each rule's numpy twin is registered on it by
:mod:`giamngheo.batch` (:attr:`Rule.vectorised`).

Every test uses three-valued logic: a fact left unknown (``None``) makes the indicator *undetermined* unless
the known facts already decide it, and an undetermined result lists the fields that would decide it, as
Python paths into the household (``"members[1].has_health_insurance"``, ``"dwelling.water_source"``;
members count from 0 there, and from 1 in explanations).

The evaluation path builds no objects beyond small tuples, so that a household of four is assessed in a few
microseconds; :class:`Finding` objects and their reasons are built only when asked for.

Modules: :mod:`~giamngheo.rules.health`, :mod:`~giamngheo.rules.education`, :mod:`~giamngheo.rules.employment`,
:mod:`~giamngheo.rules.housing`, :mod:`~giamngheo.rules.water` (water and sanitation) and
:mod:`~giamngheo.rules.information`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Dwelling, Member
from giamngheo._text import Text
from giamngheo.rules import education, employment, health, housing, information, water
from giamngheo.rules._phrases import _unknown
from giamngheo.rules._rule import DEPRIVED, NOT_DEPRIVED, UNDETERMINED, NoParams, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo._household import Household
    from giamngheo._model import Indicator

__all__ = [
    "RULES",
    "Context",
    "Finding",
    "NoParams",
    "Outcome",
    "Rule",
    "evaluate_all",
    "finding",
    "outcome_ids",
    "rule",
]


class Outcome(enum.Enum):
    """The result of one indicator for one household."""

    DEPRIVED = "deprived"
    NOT_DEPRIVED = "not_deprived"
    UNDETERMINED = "undetermined"

    def label(self, lang: str) -> str:
        """``"thiếu hụt"`` / ``"deprived"`` …."""
        return _OUTCOME_LABELS[self](lang)


_OUTCOME_LABELS = {
    Outcome.DEPRIVED: Text("thiếu hụt", "deprived"),
    Outcome.NOT_DEPRIVED: Text("không thiếu hụt", "not deprived"),
    Outcome.UNDETERMINED: Text("chưa xác định", "undetermined"),
}
_CODES = {DEPRIVED: Outcome.DEPRIVED, NOT_DEPRIVED: Outcome.NOT_DEPRIVED, UNDETERMINED: Outcome.UNDETERMINED}


class Context:
    """The facts of one household on one date, as the rules read them (ages computed once)."""

    __slots__ = ("ages", "dwelling", "members", "on", "size")

    def __init__(self, household: Household, on: dt.date) -> None:
        self.on = on
        members = household.members
        self.members: tuple[Member, ...] | None = members
        if members is None:
            self.ages: tuple[int | None, ...] = ()
        else:  # age_on, written out over precomputed birth dates: this runs for every assessment
            import calendar  # noqa: PLC0415 - imported on first use, not with giamngheo

            year, day = on.year, (on.month, on.day)
            leap_day = (2, 29) if calendar.isleap(year) else (2, 28)  # as relativedelta: see giamngheo.age_on
            self.ages = tuple(
                [
                    None if b is None else year - b[0] - (day < (leap_day if b[1] == (2, 29) else b[1]))
                    for b in household._births  # noqa: SLF001
                ]
            )
        self.dwelling: Dwelling | None = household.dwelling
        self.size: int | None = household.size if members is None else len(members)


_NO_REASON = Text("", "")


@attrs.frozen
class Finding:
    """One indicator's result for one household, with the reason.

    Attributes:
        indicator: The indicator.
        outcome: Deprived, not deprived, or undetermined.
        members: Positions (from 0) of the members whose facts make the household deprived.
        missing: For an undetermined result, the fields that would decide it.
        reason: Why, in both languages, naming members by position or id (never by name) and the threshold.
        stated: ``True`` if the deprivation was stated, not computed.
    """

    indicator: Indicator
    outcome: Outcome
    members: tuple[int, ...] = ()
    missing: tuple[str, ...] = ()
    reason: Text = _NO_REASON
    stated: bool = False


def evaluate_all(indicators: Sequence[Indicator], context: Context) -> tuple[Raw, ...]:
    """The raw result of each indicator, in order; an indicator without a rule is undetermined."""
    return tuple(
        [
            (UNDETERMINED, (), (f"deprived:{i.id}",)) if i.rule is None else i.rule.evaluate(i._params, context)  # noqa: SLF001
            for i in indicators
        ]
    )


def outcome_ids(indicators: Sequence[Indicator], context: Context) -> tuple[frozenset[str], frozenset[str]]:
    """The ids of the deprived and of the undetermined indicators: the assessment's fast path."""
    deprived: list[str] = []
    undetermined: list[str] = []
    for i in indicators:
        check = i._check  # noqa: SLF001 - the fast path
        code = UNDETERMINED if check is None else check(context)[0]
        if code == DEPRIVED:
            deprived.append(i.id)
        elif code == UNDETERMINED:
            undetermined.append(i.id)
    return frozenset(deprived), frozenset(undetermined)


def finding(indicator: Indicator, context: Context, raw: Raw) -> Finding:
    """The :class:`Finding` of a raw result, with its reason in both languages."""
    indicator_rule = indicator.rule
    if indicator_rule is None:
        reason = Text(
            "Chỉ số này không tính được từ thông tin thành viên và nhà ở; hãy khai trực tiếp.",
            "This indicator cannot be computed from members and dwelling; state it directly.",
        )
    else:
        params = indicator._params  # noqa: SLF001
        if raw[0] == UNDETERMINED:  # says what is missing, the same way for every rule
            vi, en = _unknown(raw, "vi"), _unknown(raw, "en")
        else:
            vi, en = (indicator_rule.describe(params, context, raw, lang) for lang in ("vi", "en"))
        reason = Text(vi[:1].upper() + vi[1:], en[:1].upper() + en[1:])
    return Finding(indicator, _CODES[raw[0]], raw[1], raw[2], reason)


def _by_name(*dimensions: tuple[Rule, ...]) -> dict[str, Rule]:
    rules = {r.name: r for d in dimensions for r in d}
    if len(rules) != sum(map(len, dimensions)):
        raise AssertionError("two rules share a name")  # pragma: no cover - the meta-tests check the table
    return rules


#: Every rule by name, dimension by dimension (JSON documents name rules, and are read back through this table).
RULES: dict[str, Rule] = _by_name(
    health.RULES, education.RULES, employment.RULES, housing.RULES, water.RULES, information.RULES
)
