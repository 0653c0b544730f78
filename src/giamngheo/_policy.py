"""Support policies: who is entitled to what, from when, under which provision, and why.

A :class:`Policy` is a cited, dated rule: in its validity window, its :class:`Grant` s say which households (by
the status they were *recognised* with, by how long ago they left poverty, by facts of their place such as a poor
commune) receive which :class:`Entitlement`: a share of a premium, an exemption, an amount per month or per course,
a loan at a rate up to a ceiling. A grant may carry labelled *exceptions* that replace its entitlement when their
condition holds (near-poor health insurance: at least 70 %, but 100 % in a poor commune); when two exceptions of
one grant both hold and disagree, :class:`PolicyConflict` is raised instead of one silently winning.

Eligibility rests on the status a commune's decision recognised (:class:`RecognisedStatus`, a
:class:`StatusHistory` of them), not only on a fresh assessment; an :class:`giamngheo.Assessment` is accepted in
its place, as a status recognised on its date.

Facts of the place a household lives (``poor_commune``, ``poor_district``) are given as :class:`Place`; a fact left
unknown makes the grants that need it *undetermined*, reported with the fact that would decide them.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Callable, Iterable
from fractions import Fraction

import attrs
from dateutil.relativedelta import relativedelta

from giamngheo._checks import check_date, date
from giamngheo._errors import InvalidInput, PolicyConflict
from giamngheo._fact_labels import field_label
from giamngheo._facts import bool_validator
from giamngheo._formatting import date_range, money_vnd, number, percent
from giamngheo._household import Household
from giamngheo._legal import Citation, Cited, Window
from giamngheo._model import PoorBasis, Status, Text, check_lang

__all__ = [
    "Entitlement",
    "EntitlementKind",
    "ExceptionRule",
    "Grant",
    "Place",
    "Policy",
    "PolicyConflict",
    "RecognisedStatus",
    "Situation",
    "StatusHistory",
]


#: Validators: a fact of a place is True, False or None (unknown); a flag of an entitlement is True or False.
_PLACE_FACT = bool_validator("place.")
_FLAG = bool_validator("", unknown=False)


def _optional_str(field: str, value: object, what: str, household: str | None = None) -> None:
    """Refuse a value that is neither ``None`` nor a string: ``what`` says what it stands for."""
    if value is not None and not isinstance(value, str):
        raise InvalidInput(field, f"must be {what} as a string, got {value!r}", household)


class EntitlementKind(enum.Enum):
    """What a household receives."""

    #: A share of a cost paid by the state (a premium): ``share``, exact; ``at_least`` when the law says "at least".
    SHARE = "share"
    #: An exemption (tuition): nothing to pay.
    EXEMPTION = "exemption"
    #: A sum of money: ``amount_vnd`` per ``per`` (month, course, house …), ``up_to`` when it is a ceiling.
    AMOUNT = "amount"
    #: A loan: ``rate`` per year (exact), up to ``amount_vnd``, for up to ``term_months``.
    LOAN = "loan"
    #: A service free of charge (legal aid).
    SERVICE = "service"

    def label(self, lang: str) -> str:
        """Vietnamese or English label."""
        return _KIND_LABELS[self](lang)


_KIND_LABELS = {
    EntitlementKind.SHARE: Text("hỗ trợ một phần chi phí", "share of a cost"),
    EntitlementKind.EXEMPTION: Text("miễn", "exemption"),
    EntitlementKind.AMOUNT: Text("hỗ trợ bằng tiền", "amount of money"),
    EntitlementKind.LOAN: Text("cho vay ưu đãi", "preferential loan"),
    EntitlementKind.SERVICE: Text("dịch vụ miễn phí", "free service"),
}


@attrs.frozen
class RecognisedStatus:
    """A status recognised by a commune's decision, over the dates it held.

    Attributes:
        status: Poor, near-poor or middle living standard (as recognised).
        since: The first day it held (the decision's date, or the date it took effect).
        until: The first day it no longer held (the household left it), or ``None`` while it holds.
        jurisdiction: ``"VN"`` when recognised under the national standard, or the province's code when under a
            provincial standard (a policy may require one or the other).
        decision: The recognising decision's number, if known (for the record; never a person's name).
        basis: For a poor status under a standard with two rules for poor households (2016-2021), whether it was
            by income or multidimensional (:attr:`giamngheo.Assessment.basis`); ``None`` if not recorded.
    """

    status: Status
    since: dt.date
    until: dt.date | None = None
    jurisdiction: str = "VN"
    decision: str | None = None
    basis: PoorBasis | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.status, Status) or self.status is Status.UNDETERMINED:
            raise InvalidInput(
                "status", f"a recognised status is poor, near-poor, middle or not poor, got {self.status!r}"
            )
        check_date(self.since, field="since")
        date("until", self.until)
        if self.until is not None and self.until <= self.since:
            raise InvalidInput("until", f"{self.until} must be after since {self.since}")
        if self.basis is not None and (not isinstance(self.basis, PoorBasis) or self.status is not Status.POOR):
            raise InvalidInput("basis", f"a basis (income or multidimensional) is a poor status's, got {self.basis!r}")
        if not isinstance(self.jurisdiction, str):
            raise InvalidInput(
                "jurisdiction", f"must be 'VN' or a province's code as a string, got {self.jurisdiction!r}"
            )
        _optional_str("decision", self.decision, "a decision's number")

    def holds_on(self, on: dt.date) -> bool:
        """Whether the status held on ``on``."""
        return self.since <= on and (self.until is None or on < self.until)


def _to_periods(value: Iterable[RecognisedStatus]) -> tuple[RecognisedStatus, ...]:
    if isinstance(value, RecognisedStatus):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | dict):
        return tuple(value)
    return value  # type: ignore[return-value]  # refused by __attrs_post_init__


@attrs.frozen
class StatusHistory:
    """A household's recognised statuses over time, oldest first.

    Periods recognised under the same jurisdiction's standard must not overlap; a household may hold a national and
    a provincial status at once (near-poor nationally, poor under Hồ Chí Minh City's standard).

    Attributes:
        periods: The recognised statuses.
        household_id: The household's id, for messages.
    """

    periods: tuple[RecognisedStatus, ...] = attrs.field(converter=_to_periods)
    household_id: str | None = None

    def __attrs_post_init__(self) -> None:
        hid = self.household_id
        _optional_str("household_id", hid, "a household id")
        if not isinstance(self.periods, tuple):
            raise InvalidInput("periods", f"a list of giamngheo.RecognisedStatus, got {self.periods!r}", hid)
        for i, period in enumerate(self.periods):
            if not isinstance(period, RecognisedStatus):
                raise InvalidInput(f"periods[{i}]", f"must be a giamngheo.RecognisedStatus, got {period!r}", hid)
        by_place: dict[str, list[RecognisedStatus]] = {}
        for period in self.periods:
            by_place.setdefault(period.jurisdiction, []).append(period)
        for periods in by_place.values():
            ordered = sorted(periods, key=lambda p: p.since)
            _check_no_overlap(ordered, self.household_id)

    def on(self, day: dt.date, *, jurisdiction: str = "VN") -> RecognisedStatus | None:
        """The status recognised under ``jurisdiction``'s standard holding on ``day``, if any."""
        for period in self.periods:
            if period.jurisdiction == jurisdiction and period.holds_on(day):
                return period
        return None


def _check_no_overlap(periods: list[RecognisedStatus], household: str | None) -> None:
    for before, after in itertools.pairwise(periods):
        if before.until is None or before.until > after.since:
            raise InvalidInput(
                "periods",
                f"recognised statuses overlap: {before.status.value} from {before.since} and "
                f"{after.status.value} from {after.since}",
                household,
            )


@attrs.frozen
class Place:
    """Facts of the place a household lives that policies depend on; ``None`` means unknown.

    Attributes:
        poor_commune: The commune is a poor commune (xã nghèo / xã đặc biệt khó khăn, as the policy defines it).
        poor_district: The district is a poor district (huyện nghèo).
        former_jurisdiction: The province the place belonged to before a merger (``"74"`` for a commune of the
            former Bình Dương, part of Hồ Chí Minh City from 2025-07-01): that province's policies still in force
            apply there too, as long as their own windows last ("maintained until they expire or are replaced").
    """

    poor_commune: bool | None = attrs.field(default=None, validator=_PLACE_FACT)
    poor_district: bool | None = attrs.field(default=None, validator=_PLACE_FACT)
    former_jurisdiction: str | None = None

    def __attrs_post_init__(self) -> None:
        _optional_str("place.former_jurisdiction", self.former_jurisdiction, "a province's code (e.g. '74')")


@attrs.frozen
class Situation:
    """What a policy looks at: the recognised status (and history), the place, on a date.

    Attributes:
        on: The date.
        history: The recognised statuses.
        place: Facts of the place.
        household_id: For messages.
        household: The household itself, when the subject was one (with its area as assessed); policies that
            look at its income read it, and are undetermined without it.
    """

    on: dt.date
    history: StatusHistory
    place: Place = Place()
    household_id: str | None = None
    household: Household | None = None

    def __attrs_post_init__(self) -> None:
        hid = self.household_id
        _optional_str("household_id", hid, "a household id")
        check_date(self.on, hid)
        if not isinstance(self.history, StatusHistory):
            raise InvalidInput("history", f"must be a giamngheo.StatusHistory, got {self.history!r}", hid)
        if not isinstance(self.place, Place):
            raise InvalidInput("place", f"must be a giamngheo.Place, got {self.place!r}", hid)
        if self.household is not None and not isinstance(self.household, Household):
            raise InvalidInput("household", f"must be a giamngheo.Household, got {self.household!r}", hid)

    def is_(self, *statuses: Status, jurisdiction: str = "VN") -> bool:
        """Whether the household is recognised, on the date, with one of ``statuses``.

        Under ``jurisdiction``'s standard: the national one unless said otherwise.
        """
        current = self.history.on(self.on, jurisdiction=jurisdiction)
        return current is not None and current.status in statuses

    def left_within(
        self, statuses: Iterable[Status], months: int, *, jurisdiction: str | None = None
    ) -> dt.date | None:
        """If the household left one of ``statuses`` less than ``months`` months before the date, the day it left.

        "For 36 months from leaving" covers the day it left to the day before the same date 36 months later.
        """
        wanted = frozenset(statuses)
        periods = [
            p
            for p in self.history.periods
            if p.status in wanted
            and p.until is not None
            and p.until <= self.on
            and (jurisdiction is None or p.jurisdiction == jurisdiction)
        ]
        if not periods:
            return None
        left = max(p.until for p in periods if p.until is not None)
        again = self.history.on(self.on, jurisdiction=jurisdiction or "VN")
        if again is not None and again.status in wanted:
            return None  # back in it: not "left"
        return left if self.on < left + relativedelta(months=months) else None


_HOUSEHOLD = Text("hộ gia đình", "household")

#: A condition: ``True``, ``False``, or the name of the unknown fact that would decide it.
Condition = Callable[[Situation], bool | str]


@attrs.frozen
class Entitlement:
    """What a household receives under a policy, for a period, and why.

    Attributes:
        policy: The policy.
        grant: The grant (or exception) that gave it.
        kind: Share, exemption, amount, loan or service.
        share: The share paid by the state, exact (``Fraction(7, 10)``), for a share.
        at_least: Whether the law says "at least" (provinces may pay more).
        amount_vnd: An amount (or a loan ceiling) in VND, if any; ``None`` when the law gives none or it is
            not confirmed (see :attr:`citation`).
        per: What the amount is per: ``"month"``, ``"course"``, ``"house"``, ``"loan"`` ….
        up_to: Whether the amount is a ceiling.
        rate: A yearly interest rate, exact (``Fraction(66, 1000)`` for 6.6 %).
        term_months: A loan's longest term, in months.
        period: The dates this entitlement covers (the policy's window, cut by a time limit such as 36 months).
        beneficiaries: Who: ``"household"``, or a description such as ``"members aged 6 to under 16"``.
        citation: The provision, with its verification status.
        reason: Why, in both languages.
        undetermined: The unknown fact that would decide whether an exception applies, if any; the
            entitlement given is then the base one.
    """

    policy: Policy
    grant: str
    kind: EntitlementKind
    period: Window
    citation: Citation
    reason: Text
    share: Fraction | None = None
    at_least: bool = attrs.field(default=False, validator=_FLAG)
    amount_vnd: int | None = None
    per: str | None = None
    up_to: bool = attrs.field(default=False, validator=_FLAG)
    rate: Fraction | None = None
    term_months: int | None = None
    beneficiaries: Text = _HOUSEHOLD
    undetermined: str | None = None

    def describe(self, lang: str = "vi") -> str:
        """One line: the policy, what is received, for which period, the provision and its verification status."""
        check_lang(lang)
        what = _what(self, lang)
        when = date_range(self.period.start, self.period.last_day, lang)
        text = f"{self.policy.name(lang)}: {what} ({when}). {self.reason(lang)}."
        text += f" [{self.citation.render(lang)}; {self.citation.verification.label(lang)}]"
        if self.undetermined is not None:
            unknown = field_label(self.undetermined, lang)
            text += f" Chưa rõ: {unknown}." if lang == "vi" else f" Still unknown: {unknown}."
        return text


def _percent(share: Fraction, lang: str) -> str:
    # Two decimals at most, enough for every share and rate the policies cite (70%, 6,6%); no trailing zeros.
    return percent(share, lang, places=2)


_PER = {
    "month": Text("/tháng", " a month"),
    "course": Text("/khóa học", " a course"),
    "house": Text("/căn nhà", " a house"),
    "loan": Text("/khoản vay", " a loan"),
    "student-month": Text("/học sinh/tháng", " per student a month"),
}


def _what(e: Entitlement, lang: str) -> str:
    vi = lang == "vi"
    if e.kind is EntitlementKind.SHARE and e.share is not None:
        prefix = ("tối thiểu " if vi else "at least ") if e.at_least else ""
        return f"{prefix}{_percent(e.share, lang)}" + (" do ngân sách nhà nước chi trả" if vi else " paid by the state")
    if e.kind is EntitlementKind.LOAN:
        parts = []
        if e.rate is not None:
            parts.append(f"lãi suất {_percent(e.rate, lang)}/năm" if vi else f"at {_percent(e.rate, lang)} a year")
        if e.amount_vnd is not None:
            parts.append(f"{'tối đa' if vi else 'up to'} {money_vnd(e.amount_vnd, lang)}")
        if e.term_months is not None:
            parts.append(
                f"{'thời hạn tối đa' if vi else 'for up to'} {number(e.term_months, lang)} {'tháng' if vi else 'months'}"
            )
        return ", ".join(parts) or e.kind.label(lang)
    if e.kind is EntitlementKind.AMOUNT:
        if e.amount_vnd is None:
            return "số tiền chưa xác nhận" if vi else "amount unconfirmed"
        prefix = ("tối đa " if vi else "up to ") if e.up_to else ""
        per = _PER[e.per](lang) if e.per in _PER else ""
        return f"{prefix}{money_vnd(e.amount_vnd, lang)}{per}"
    return e.kind.label(lang)


@attrs.frozen
class ExceptionRule:
    """A labelled exception to a grant: when ``applies`` holds, ``entitlement`` replaces the grant's.

    Attributes:
        label: What the exception is (``"poor commune"``).
        applies: The condition.
        kind, share, …: The entitlement it gives instead (same fields as :class:`Grant`).
        citation: Its provision.
    """

    label: Text
    applies: Condition
    citation: Citation
    share: Cited[Fraction] | None = None
    at_least: bool = attrs.field(default=False, validator=_FLAG)
    amount_vnd: Cited[int] | None = None
    rate: Cited[Fraction] | None = None


@attrs.frozen
class Grant:
    """One rule of a policy: a condition, and the entitlement it gives.

    Attributes:
        id: Stable id within the policy (``"near_poor"``).
        label: Who it is for, in both languages.
        applies: The condition.
        kind: What is received.
        citation: Its provision.
        share, at_least, amount_vnd, per, up_to, rate, term_months: The entitlement's values (cited).
        months_after: For a grant to households that left a status: how many months it lasts from leaving.
        left: The statuses whose leaving starts ``months_after``.
        left_jurisdiction: Only statuses recognised under this jurisdiction's standard count as left.
        beneficiaries: Who in the household.
        exceptions: Labelled exceptions.
    """

    id: str
    label: Text
    applies: Condition
    kind: EntitlementKind
    citation: Citation
    share: Cited[Fraction] | None = None
    at_least: bool = attrs.field(default=False, validator=_FLAG)
    amount_vnd: Cited[int] | None = None
    per: str | None = None
    up_to: bool = attrs.field(default=False, validator=_FLAG)
    rate: Cited[Fraction] | None = None
    term_months: Cited[int] | None = None
    months_after: Cited[int] | None = None
    left: tuple[Status, ...] = ()
    left_jurisdiction: str | None = None
    beneficiaries: Text = _HOUSEHOLD
    exceptions: tuple[ExceptionRule, ...] = ()


@attrs.frozen
class Policy:
    """A support policy: cited, dated, with its grants.

    Attributes:
        id: Stable id (``"health-insurance-nd-146-2018"``).
        name: Its name in both languages.
        jurisdiction: ``"VN"`` or a province's code.
        window: The dates it applies.
        basis: The instrument and provision that create it.
        grants: Its grants, in the order of the text.
        notes: What the library does not encode.
    """

    id: str
    name: Text
    jurisdiction: str
    window: Window
    basis: Citation
    grants: tuple[Grant, ...]
    notes: tuple[Text, ...] = ()

    def entitlements(self, situation: Situation) -> tuple[Entitlement, ...]:
        """The entitlements the policy gives in ``situation`` (none outside its window).

        Raises:
            PolicyConflict: if two exceptions of a grant both apply and disagree.
        """
        on = situation.on
        if on not in self.window:
            return ()
        found = []
        for grant in self.grants:
            entitlement = _grant(self, grant, situation)
            if entitlement is not None:
                found.append(entitlement)
        return tuple(found)


def _grant(policy: Policy, grant: Grant, s: Situation) -> Entitlement | None:
    applies = grant.applies(s)
    if applies is False:
        return None
    period = policy.window
    reason = grant.label
    if grant.months_after is not None:
        left = s.left_within(grant.left, grant.months_after.value, jurisdiction=grant.left_jurisdiction)
        if left is None:
            return None
        end = min(left + relativedelta(months=grant.months_after.value), policy.window.end)
        period = Window(max(left, policy.window.start), end)
    base = Entitlement(
        policy=policy,
        grant=grant.id,
        kind=grant.kind,
        period=period,
        citation=grant.citation,
        reason=reason,
        share=None if grant.share is None else grant.share.value,
        at_least=grant.at_least,
        amount_vnd=None if grant.amount_vnd is None else grant.amount_vnd.value,
        per=grant.per,
        up_to=grant.up_to,
        rate=None if grant.rate is None else grant.rate.value,
        term_months=None if grant.term_months is None else grant.term_months.value,
        beneficiaries=grant.beneficiaries,
        undetermined=applies if isinstance(applies, str) else None,
    )
    if isinstance(applies, str):
        return base  # the grant itself is undetermined: reported with the fact that would decide it
    return _apply_exceptions(policy, grant, s, base)


def _apply_exceptions(policy: Policy, grant: Grant, s: Situation, base: Entitlement) -> Entitlement:
    """The base entitlement, or the one of the exception that applies; two that disagree raise."""
    reason = base.reason
    holding = []
    unknown = []
    for exception in grant.exceptions:
        verdict = exception.applies(s)
        if verdict is True:
            holding.append(exception)
        elif isinstance(verdict, str):
            unknown.append(verdict)
    if len(holding) > 1:
        values = {tuple(None if v is None else v.value for v in (e.share, e.amount_vnd, e.rate)) for e in holding}
        if len(values) > 1:
            labels = ", ".join(e.label("en") for e in holding)
            raise PolicyConflict(f"{policy.id}/{grant.id}: exceptions {labels} all apply and disagree")
    if holding:
        e = holding[0]
        return attrs.evolve(
            base,
            citation=e.citation,
            reason=Text(f"{reason.vi}; ngoại lệ: {e.label.vi}", f"{reason.en}; exception: {e.label.en}"),
            share=base.share if e.share is None else e.share.value,
            at_least=e.at_least,
            amount_vnd=base.amount_vnd if e.amount_vnd is None else e.amount_vnd.value,
            rate=base.rate if e.rate is None else e.rate.value,
        )
    if unknown:
        return attrs.evolve(base, undetermined=", ".join(unknown))
    return base


def status_is(*statuses: Status, jurisdiction: str = "VN") -> Condition:
    """A condition: recognised on the date with one of ``statuses`` under ``jurisdiction``'s standard."""

    def condition(s: Situation) -> bool | str:
        return s.is_(*statuses, jurisdiction=jurisdiction)

    return condition


def place_is(fact: str) -> Condition:
    """A condition on a fact of :class:`Place` (``"poor_commune"``); unknown is reported as ``place.<fact>``."""

    def condition(s: Situation) -> bool | str:
        value = getattr(s.place, fact)
        return f"place.{fact}" if value is None else bool(value)

    return condition


def all_of(*conditions: Condition) -> Condition:
    """Every condition holds (three-valued: false wins, then the first unknown)."""

    def condition(s: Situation) -> bool | str:
        unknown: bool | str = True
        for c in conditions:
            verdict = c(s)
            if verdict is False:
                return False
            if isinstance(verdict, str) and unknown is True:
                unknown = verdict
        return unknown

    return condition


def always(_: Situation) -> bool | str:
    """A condition that always holds (for grants decided by ``months_after``)."""
    return True
