"""The review procedure as dated, cited data: calendar, meeting rule, time limits, and the standard applied.

The model is generic; the values live in the modules of the instruments that set them
(:mod:`giamngheo.review.decision_24_2021`, :mod:`giamngheo.review.circular_17_2016`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

import attrs

from giamngheo._checks import check_date
from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Cited, Verification, Window
from giamngheo._model import Text
from giamngheo.review.public_holidays import BUILT_IN, Holidays, PublicHolidays

__all__ = [
    "CalendarEntry",
    "DayCount",
    "MeetingResult",
    "Procedure",
    "ReviewBasis",
    "ReviewCalendar",
    "add_days",
    "count_limit",
]

#: The longest time limit counted, in days (a century): past it a limit is no time limit but a mistake, and
#: counting its working days one by one would take seconds.
_MAX_DAYS = 36_525


def _check_date(name: str, value: object) -> dt.date:
    return check_date(value, field=name)


@attrs.frozen
class DayCount:
    """A time limit counted in days: calendar days, or working days (ngày làm việc).

    Attributes:
        days: The number of days.
        working: Whether only working days count (Monday to Friday and the make-up Saturdays, not a day off).
    """

    days: int
    working: bool

    def __attrs_post_init__(self) -> None:
        if type(self.days) is not int or not 0 <= self.days <= _MAX_DAYS:
            raise InvalidInput("days", f"a whole number of days from 0 to {_MAX_DAYS:,}, got {self.days!r}"[:300])
        if not isinstance(self.working, bool):
            raise InvalidInput("working", f"true or false, got {self.working!r}"[:300])

    def describe(self, lang: str) -> str:
        """``"15 ngày"`` / ``"3 working days"``."""
        if lang == "vi":
            return f"{self.days:02d} ngày làm việc" if self.working else f"{self.days} ngày"
        return f"{self.days} working days" if self.working else f"{self.days} days"


_WEEKENDS = PublicHolidays(built_in=False)


def _count(start: dt.date, limit: DayCount, days: PublicHolidays) -> dt.date:
    day = start
    try:
        if limit.working:
            left = limit.days
            while left:
                day += dt.timedelta(days=1)
                left -= days.is_working_day(day)
            return day
        day = start + dt.timedelta(days=limit.days)
        while not days.is_working_day(day):
            day += dt.timedelta(days=1)
    except OverflowError:  # past 9999-12-31, the last date Python has
        raise InvalidInput(
            "start", f"the limit of {limit.describe('en')} from {start} ends after {dt.date.max}"
        ) from None
    return day


def count_limit(start: dt.date, limit: DayCount, *, holidays: Holidays = BUILT_IN) -> tuple[dt.date, tuple[Text, ...]]:
    """The last day of a time limit (as :func:`add_days`), and why it is not the one of weekends alone.

    Returns:
        The last day, and the reasons it moved: the holidays it was moved past (named once each, in order), and
        the make-up working Saturdays it counted; none if weekends alone give the same day.
    """
    start = _check_date("start", start)
    if not isinstance(limit, DayCount):
        raise InvalidInput("limit", f"a giamngheo.review.DayCount, got {limit!r}"[:300])
    days = PublicHolidays.of(holidays)
    last = _count(start, limit, days)
    plain = _count(start, limit, _WEEKENDS)
    if last == plain:
        return last, ()
    # A calendar-day limit moves only for the days at its end; a working-day limit for every one inside it.
    first = start + dt.timedelta(days=1) if limit.working else min(last, plain)
    reasons: dict[Text, None] = {}
    for day in (first + dt.timedelta(days=i) for i in range((max(last, plain) - first).days + 1)):
        name = days.name(day)
        if name is not None and _WEEKENDS.is_working_day(day):  # a holiday on a weekend moves nothing
            reasons[Text(f"dời qua {name('vi')}", f"moved past {name('en')}")] = None
        elif day <= last and days.is_make_up_day(day):
            iso = day.isoformat()
            reasons[Text(f"tính cả ngày làm bù {iso}", f"counting the make-up working day {iso}")] = None
    return last, tuple(reasons)


def add_days(start: dt.date, limit: DayCount, *, holidays: Holidays = BUILT_IN) -> dt.date:
    """The last day of a time limit that starts on ``start``, counted with Việt Nam's public holidays.

    The day of the event is not counted: the limit runs from the next day (Bộ luật Dân sự 2015, Điều 147,
    as giamngheo reads it). For working days, Saturdays, Sundays and the days off are skipped, and a make-up
    Saturday (làm bù) announced by a notice counts; for calendar days, a last day that is not a working day
    moves to the next working day (Điều 148).

    Args:
        start: The day of the event (the start of the review, the day a complaint was received).
        limit: The limit.
        holidays: The days off. By default Việt Nam's public holidays as built in (see
            :func:`~giamngheo.review.year_holidays`), with the notices' swapped days; a
            :class:`~giamngheo.review.PublicHolidays` to change them (``PublicHolidays(extra=..., removed=...)``);
            or a collection of dates, which replaces the built-in list (``holidays=()``: weekends only).

    Raises:
        InvalidInput: if ``start`` is not a date or a holiday is not a date.
        NoRuleInForce: if the built-in list is counted and the limit runs through a year before 2016 or after 2027.
    """
    return count_limit(start, limit, holidays=holidays)[0]


@attrs.frozen
class MeetingResult:
    """The outcome of a village meeting (họp dân) on a household's review result.

    Attributes:
        agreed: Whether the result is agreed; otherwise the household is reviewed again and the meeting held again.
        agreeing: The attendees who agreed.
        attendees: The attendees.
        share: ``agreeing / attendees``, exact.
        threshold: The share that must be reached, with its citation.
        household: The household's id, if given.
    """

    agreed: bool
    agreeing: int
    attendees: int
    share: Fraction
    threshold: Cited[Fraction]
    household: str | None = None

    def explain(self, lang: str = "en") -> str:
        """One line: the share, the rule, the outcome."""
        pct = f"{float(self.share * 100):.2f}".rstrip("0").rstrip(".")  # display only; decided exactly above
        need = f"{self.threshold.value * 100}%"
        cite = self.threshold.citation.render(lang)
        if lang == "vi":
            outcome = "thống nhất kết quả" if self.agreed else "dưới mức quy định: rà soát lại và họp lại"
            return (
                f"{self.agreeing}/{self.attendees} người dự họp đồng ý ({pct}%, cần ít nhất {need}, {cite}): {outcome}"
            )
        outcome = "result agreed" if self.agreed else "below the rule: review the household again and meet again"
        return f"{self.agreeing}/{self.attendees} attendees agree ({pct}%, at least {need} needed, {cite}): {outcome}"


@attrs.frozen
class CalendarEntry:
    """One dated step of a year's review.

    Attributes:
        key: A stable key, e.g. ``"periodic_review"``, ``"official_report"``.
        what: What happens.
        first_day: The first day of the step.
        last_day: The last day it may happen on (the day itself for a one-day step).
        citation: The provision that sets it.
        moved: Why the last day is not the one weekends alone give: the holidays it moved past, the make-up
            working days it counted.
    """

    key: str
    what: Text
    first_day: dt.date
    last_day: dt.date
    citation: Citation
    moved: tuple[Text, ...] = ()

    def render(self, lang: str = "en") -> str:
        """One line: dates, step (and why its last day moved), provision."""
        if self.key.endswith("_report"):
            when = ("hạn chót " if lang == "vi" else "by ") + self.last_day.isoformat()
        elif self.first_day == self.last_day:
            when = self.first_day.isoformat()
        else:
            when = f"{self.first_day.isoformat()} → {self.last_day.isoformat()}"
        what = ", ".join([self.what(lang), *(m(lang) for m in self.moved)])
        return f"{when}  {what}  ({self.citation.render(lang)}; {self.citation.verification.label(lang)})"


@attrs.frozen
class ReviewCalendar:
    """The dated steps of one year's review, in date order.

    Attributes:
        year: The year of the review.
        procedure: The procedure in force (its instrument and name).
        entries: The steps.
        notes: What is unconfirmed about this year's procedure.
    """

    year: int
    procedure: Procedure
    entries: tuple[CalendarEntry, ...]
    notes: tuple[Text, ...] = ()

    def entry(self, key: str) -> CalendarEntry:
        """The first step with this key.

        Raises:
            InvalidInput: if the calendar has no such step.
        """
        for e in self.entries:
            if e.key == key:
                return e
        keys = sorted({e.key for e in self.entries})
        raise InvalidInput("key", f"the {self.year} calendar has no step {key!r}; steps: {', '.join(keys)}")

    def due(self, *, on: dt.date) -> tuple[CalendarEntry, ...]:
        """The steps whose window contains ``on``, and those starting later, in date order."""
        on = _check_date("on", on)
        return tuple(e for e in self.entries if e.last_day >= on)

    def render(self, lang: str = "en") -> str:
        """The calendar as text, one step a line, then the notes."""
        title = f"Lịch rà soát năm {self.year}" if lang == "vi" else f"Review calendar {self.year}"
        lines = [f"{title}: {self.procedure.name(lang)}"]
        lines += [f"  {e.render(lang)}" for e in self.entries]
        lines += [f"  ! {n(lang)}" for n in self.notes]
        return "\n".join(lines)


@attrs.frozen
class Procedure:
    """The rules of the annual review under one instrument, as they apply over one window.

    Every value is cited. A value that the instrument does not set (or that was not found) is ``None``; the
    functions that need it raise rather than assume one.

    Attributes:
        id: Stable id, e.g. ``"qd-24-2021"``.
        name: The instrument and what it governs.
        window: The dates on which the procedure is in force.
        periodic_start: (month, day) the periodic review starts.
        periodic_end: (month, day) of its last day.
        ongoing_day: The day of the month the ongoing (monthly) review starts.
        ongoing_limit: The time limit of an ongoing review, counted from its start.
        meeting_share: The share of attendees that must agree with a result at the village meeting.
        monthly_report_day: The day of the month the commune reports its ongoing-review results.
        monthly_report_months: The months in which it does.
        preliminary_report_before: (month, day) before which the province sends preliminary results.
        official_report_before: (month, day) before which the province sends the official results.
        posting: How long the village's list is publicly posted.
        complaint_limit: The time limit to re-check (phúc tra) a complaint, from its receipt.
        notes: Interpretations the library made and what is still open.
    """

    id: str
    name: Text
    window: Window
    periodic_start: Cited[tuple[int, int]]
    periodic_end: Cited[tuple[int, int]]
    ongoing_day: Cited[int] | None
    ongoing_limit: Cited[DayCount] | None
    meeting_share: Cited[Fraction] | None
    monthly_report_day: Cited[int] | None = None
    monthly_report_months: Cited[tuple[int, ...]] | None = None
    preliminary_report_before: Cited[tuple[int, int]] | None = None
    official_report_before: Cited[tuple[int, int]] | None = None
    posting: Cited[DayCount] | None = None
    complaint_limit: Cited[DayCount] | None = None
    notes: tuple[Text, ...] = ()

    def cited(self) -> Iterable[tuple[str, Cited[object]]]:
        """Every value the procedure sets, by field name."""
        for field in attrs.fields(Procedure):
            value = getattr(self, field.name)
            if isinstance(value, Cited):
                yield field.name, value

    @property
    def verification(self) -> Verification:
        """The weakest verification status behind the procedure's values."""
        order = list(Verification)
        return max((c.citation.verification for _, c in self.cited()), key=order.index)


@attrs.frozen
class ReviewBasis:
    """Which poverty standard a year's periodic review classified households under, and why.

    Attributes:
        year: The year of the review.
        standard_id: The id of the standard applied (see ``giamngheo.NATIONAL_STANDARDS``).
        citation: The provision, or the announcement of results, that shows the standard applied.
    """

    year: int
    standard_id: str
    citation: Citation

    def describe(self, lang: str = "en") -> str:
        """One line: the year, the standard, the provision."""
        cite = f"{self.citation.render(lang)}; {self.citation.verification.label(lang)}"
        if lang == "vi":
            return f"Rà soát định kỳ năm {self.year}: áp dụng chuẩn {self.standard_id} ({cite})"
        return f"The {self.year} periodic review applies the standard {self.standard_id} ({cite})"
