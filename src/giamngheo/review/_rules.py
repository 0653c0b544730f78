"""The review rules in force by date: procedures, scoring rules, the standard each year's review applied.

Every query takes the date (or the year) it is about and raises :class:`giamngheo.NoRuleInForce` outside what
is encoded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from giamngheo._checks import check_date
from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._formatting import date, percent
from giamngheo._household import check_ids, to_ids
from giamngheo._legal import Cited, Timeline
from giamngheo._model import Area, Standard, Text
from giamngheo._national import LegalDatum
from giamngheo.law import civil_code_2015
from giamngheo.review import (
    circular_07_2021,
    circular_17_2016,
    decision_24_2021,
    decision_125_2022,
    decision_1095_2016,
)
from giamngheo.review._procedure import (
    CalendarEntry,
    DayCount,
    MeetingResult,
    Procedure,
    ReviewBasis,
    ReviewCalendar,
    count_limit,
)
from giamngheo.review._scoring import Score, ScoringRule, check_points
from giamngheo.review.public_holidays import (
    BUILT_IN,
    HOLIDAY_BREAKS,
    HOLIDAY_LISTS,
    Holidays,
    PublicHolidays,
    year_holidays,
)
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = [
    "PROCEDURES",
    "REVIEW_BASES",
    "SCORING_RULES",
    "complaint_deadline",
    "legal_data",
    "meeting",
    "needs_review",
    "ongoing_review_deadline",
    "posting_period",
    "procedure",
    "review_calendar",
    "review_standard",
    "score",
    "scoring_rule",
]

#: The review procedures by the dates on which they are in force: 2016-08-15 up to and including 2026-12-31.
PROCEDURES: Timeline[Procedure] = Timeline(
    Text("quy trình rà soát", "review procedure"),
    tuple((p.window, p) for p in (circular_17_2016.PROCEDURE, *decision_24_2021.PROCEDURES)),
)

#: The Phiếu B scoring rules by date of review: 2018-11-10 up to and including 2026-12-31.
SCORING_RULES: Timeline[ScoringRule] = Timeline(
    Text("quy định chấm điểm rà soát (Phiếu B)", "review scoring rule (Phiếu B)"),
    tuple((r.window, r) for r in (circular_17_2016.SCORING, circular_07_2021.SCORING, circular_07_2021.SCORING_2026)),
)

#: Which standard each year's periodic review applied, 2015 to 2025.
REVIEW_BASES: tuple[ReviewBasis, ...] = (
    *decision_1095_2016.BASES,
    *circular_17_2016.BASES,
    *decision_125_2022.BASES,
    *decision_24_2021.BASES,
)

_PHIEU_A: Timeline[Cited[int]] = Timeline(
    Text("quy định sàng lọc theo Phiếu A", "Phiếu A screening rule"),
    (
        (circular_07_2021.SCORING.window, circular_07_2021.PHIEU_A_MINIMUM),
        (circular_07_2021.SCORING_2026.window, circular_07_2021.PHIEU_A_MINIMUM_2026),
    ),
)


def _check_on(on: object) -> dt.date:
    return check_date(on)


def _check_household(household: object) -> None:
    """The ``household`` of a message is an id (a string) or ``None``."""
    if household is not None and not isinstance(household, str):
        raise InvalidInput("household", f"a household id is a string, got {household!r}")


def _check_year(year: object) -> int:
    if type(year) is not int or not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise InvalidInput("year", f"a year as an int from {dt.MINYEAR} to {dt.MAXYEAR}, got {year!r}"[:300])
    return year


def procedure(*, on: dt.date) -> Procedure:
    """The review procedure in force on ``on``.

    Raises:
        NoRuleInForce: before 2016-08-15 or after 2026-12-31.
    """
    return PROCEDURES.at(on=_check_on(on))


def scoring_rule(*, on: dt.date) -> ScoringRule:
    """The Phiếu B scoring rule of a review held on ``on``.

    Raises:
        NoRuleInForce: before 2018-11-10 (the cut-offs of Thông tư 17/2016/TT-BLĐTBXH as first issued were not
            found) or after 2026-12-31.
    """
    return SCORING_RULES.at(on=_check_on(on))


def _standard(standard_id: str) -> Standard:
    for _, standard in NATIONAL_STANDARDS:
        if standard.id == standard_id:
            return standard
    raise InvalidInput("standard_id", f"no national standard has the id {standard_id!r}")


def score(
    area: Area | str,
    income_score: int | Fraction,
    *,
    on: dt.date,
    deprivation_score: int | Fraction | None = None,
    deprived: Iterable[str] | None = None,
    rule: ScoringRule | None = None,
    household: str | None = None,
) -> Score:
    """Classify a household from its Phiếu B scores.

    Give the deprivation score either as points (``deprivation_score``) or as the indicators the household is
    deprived in (``deprived``: ids of the standard the rule stands for), which the rule turns into points.

    Args:
        area: Rural or urban.
        income_score: Score B1 (2016-2020) or score A (2022-2025), exact points.
        on: The date of the review.
        deprivation_score: Score B2 / B in points.
        deprived: Or the deprived indicators.
        rule: A rule to apply instead of the one in force (for example a province's, or a reform).
        household: The household's id, for error messages.

    Raises:
        InvalidInput: for an unknown area, inexact or negative points, both or neither deprivation input, or an
            indicator the standard does not define.
        NoRuleInForce: if no scoring rule is encoded for ``on``.
    """
    _check_household(household)
    on = _check_on(on)
    try:
        where = Area(area)
    except ValueError:
        raise InvalidInput("area", f"'rural' or 'urban', got {area!r}", household) from None
    points = check_points("income_score", income_score, household)
    if rule is not None and not isinstance(rule, ScoringRule):
        raise InvalidInput("rule", f"must be a giamngheo.review.ScoringRule, got {rule!r}", household)
    chosen = rule if rule is not None else scoring_rule(on=on)
    if (deprivation_score is None) == (deprived is None):
        raise InvalidInput("deprived", "give either deprivation_score or deprived (the indicator ids)", household)
    ids: frozenset[str] | None = None
    if deprived is not None:
        # Read as Household and Record read it: a string is one id, or ids separated by ";" as in CSV files.
        ids = check_ids("deprived", to_ids(deprived), household)
        known = _standard(chosen.standard_id).indicator_ids
        unknown = sorted(ids - known)
        if unknown:
            raise InvalidInput(
                "deprived",
                f"{chosen.standard_id} defines no indicator {', '.join(unknown)}; known: {sorted(known)}",
                household,
            )
        b_points: int | Fraction = chosen.deprivation_points(len(ids))
    else:
        b_points = check_points("deprivation_score", deprivation_score, household)
    status, band = chosen.classify(where, points, b_points)
    return Score(
        status=status,
        rule=chosen,
        on=on,
        area=where,
        income_score=points,
        deprivation_score=b_points,
        deprived=ids,
        band=band,
        household=household,
    )


def needs_review(characteristics: int, *, on: dt.date, household: str | None = None) -> bool:
    """Whether a household screened with Phiếu A goes on the list of households to review.

    From 2022-01-01 a household that has fewer than 4 of the 9 characteristics of Phiếu A (columns 01 to 09) is
    put on the list (2026 carried over, unconfirmed).

    Args:
        characteristics: How many of columns 01 to 09 the household has (0 to 9).
        on: The date of the screening.
        household: The household's id, for error messages.

    Raises:
        InvalidInput: for a count outside 0 to 9.
        NoRuleInForce: outside 2022-01-01 to 2026-12-31.
    """
    _check_household(household)
    minimum = _PHIEU_A.at(on=_check_on(on))
    columns = circular_07_2021.PHIEU_A_COLUMNS.value
    if type(characteristics) is not int or not 0 <= characteristics <= columns:
        raise InvalidInput("characteristics", f"a count from 0 to {columns}, got {characteristics!r}", household)
    return characteristics < minimum.value


def _first_meeting_rule() -> Text:
    """Where the meeting rule starts, from the procedures' data (no figure written twice)."""
    for window, p in PROCEDURES:
        if p.meeting_share is not None:
            share = p.meeting_share
            return Text(
                f"từ ngày {date(window.start, 'vi')} {share.citation.render('vi')} yêu cầu ít nhất "
                f"{percent(share.value, 'vi')}",
                f"from {window.start} {share.citation.render('en')} requires at least {share.value * 100}%",
            )
    return Text("chưa quy trình nào đã mã hoá quy định tỷ lệ này", "no encoded procedure sets one")


def meeting(agreeing: int, attendees: int, *, on: dt.date, household: str | None = None) -> MeetingResult:
    """Whether the village meeting agrees a household's review result.

    From 2021-09-01 (Quyết định 24/2021/QĐ-TTg Điều 4) a result is agreed when at least 50 % of the attendees
    agree; below 50 % the household is reviewed again and the meeting held again. Exactly 50 % agrees.

    Raises:
        InvalidInput: for counts that are not whole numbers, no attendee, or more agreeing than attending.
        NoRuleInForce: when the procedure in force sets no agreement share (Thông tư 17/2016/TT-BLĐTBXH) or no
            procedure is encoded.
    """
    _check_household(household)
    for name, value in (("agreeing", agreeing), ("attendees", attendees)):
        if type(value) is not int or value < 0:
            raise InvalidInput(name, f"a whole number of persons, got {value!r}", household)
    if attendees == 0:
        raise InvalidInput("attendees", "a meeting has at least one attendee", household)
    if agreeing > attendees:
        raise InvalidInput("agreeing", f"{agreeing} agree but only {attendees} attend", household)
    rules = procedure(on=on)
    share = rules.meeting_share
    if share is None:
        first = _first_meeting_rule()
        raise NoRuleInForce(
            Text("tỷ lệ đồng ý tại cuộc họp dân", "village-meeting agreement share"),
            on,
            None,
            hint=Text(
                f"{rules.name('vi')} không quy định tỷ lệ này; {first.vi}", f"{rules.name('en')} sets none; {first.en}"
            ),
        )
    ratio = Fraction(agreeing, attendees)
    return MeetingResult(
        agreed=ratio >= share.value,
        agreeing=agreeing,
        attendees=attendees,
        share=ratio,
        threshold=share,
        household=household,
    )


def _limit(key: str, what: Text, field: str, start: dt.date, holidays: Holidays) -> CalendarEntry:
    start = _check_on(start)
    rules = procedure(on=start)
    limit: Cited[DayCount] | None = getattr(rules, field)
    if limit is None:
        raise NoRuleInForce(
            Text(what.vi, f"time limit ({key.replace('_', ' ')})"),
            start,
            None,
            hint=Text(f"{rules.name('vi')} không quy định thời hạn này", f"{rules.name('en')} sets none"),
        )
    last, moved = count_limit(start, limit.value, holidays=holidays)
    return CalendarEntry(key=key, what=what, first_day=start, last_day=last, citation=limit.citation, moved=moved)


def ongoing_review_deadline(start: dt.date, *, holidays: Holidays = BUILT_IN) -> CalendarEntry:
    """The last day of an ongoing (monthly) review that starts on ``start``.

    From 2021-09-01 the commune decides within 15 days of the start of the review (counted as
    :func:`add_days` does: from the next day, and a last day on a weekend or a public holiday moves to the next
    working day). Việt Nam's public holidays are counted unless ``holidays`` says otherwise.

    Args:
        start: The first day of the review.
        holidays: The days off (see :func:`add_days`): the built-in public holidays by default, a
            :class:`PublicHolidays` to change them, or a collection of dates that replaces them (``()``: none).

    Raises:
        NoRuleInForce: when the procedure in force sets no limit, or the built-in holidays do not cover the years
            the limit runs through (2016 to 2027).
    """
    what = Text("hạn giải quyết rà soát thường xuyên", "ongoing review decided")
    return _limit("ongoing_review", what, "ongoing_limit", start, holidays)


def posting_period(start: dt.date, *, holidays: Holidays = BUILT_IN) -> CalendarEntry:
    """The public posting of a village's review results that starts on ``start``: 3 working days from 2021-09-01.

    Working days are Monday to Friday and the make-up Saturdays, less Việt Nam's public holidays unless
    ``holidays`` says otherwise (see :func:`add_days`).

    Raises:
        NoRuleInForce: when the procedure in force sets no posting period, or the built-in holidays do not cover
            the years it runs through.
    """
    what = Text("niêm yết công khai kết quả rà soát", "public posting of the results")
    return _limit("posting", what, "posting", start, holidays)


def complaint_deadline(received: dt.date, *, holidays: Holidays = BUILT_IN) -> CalendarEntry:
    """The last day to re-check (phúc tra) a complaint received on ``received``: 7 working days from 2021-09-01.

    Working days are Monday to Friday and the make-up Saturdays, less Việt Nam's public holidays unless
    ``holidays`` says otherwise (see :func:`add_days`).

    Raises:
        NoRuleInForce: when the procedure in force sets no limit, or the built-in holidays do not cover the years
            it runs through.
    """
    what = Text("hạn phúc tra khiếu nại", "complaint re-checked")
    return _limit("complaint", what, "complaint_limit", received, holidays)


def _in_force(on: dt.date) -> Procedure | None:
    try:
        return PROCEDURES.at(on=on)
    except NoRuleInForce:
        return None


def review_calendar(year: int, *, holidays: Holidays = BUILT_IN) -> ReviewCalendar:
    """Every dated step of ``year``'s review, with its provision.

    The periodic review and the year-end reports follow the procedure in force on 1 September; each monthly step
    follows the procedure in force on its own day (so that a year in which the procedure changed is right). The
    last day of each monthly ongoing review is counted with Việt Nam's public holidays unless ``holidays`` says
    otherwise; an entry whose last day moved for a holiday says so (:attr:`CalendarEntry.moved`), and the notes say
    which of the years' holidays are not checked against a notice.

    Args:
        year: The year.
        holidays: The days off, to place the last days of time limits (see :func:`add_days`): the built-in public
            holidays by default, a :class:`PublicHolidays` to change them, or a collection of dates that replaces
            them (``()``: none).

    Raises:
        InvalidInput: if ``holidays`` is not a collection of dates.
        NoRuleInForce: if no procedure is in force on 1 September of ``year``.
    """
    year = _check_year(year)
    days = PublicHolidays.of(holidays)
    rules = procedure(on=dt.date(year, 9, 1))
    entries = []
    start, end = rules.periodic_start, rules.periodic_end
    entries.append(
        CalendarEntry(
            key="periodic_review",
            what=Text("rà soát định kỳ", "periodic review"),
            first_day=dt.date(year, *start.value),
            last_day=dt.date(year, *end.value),
            citation=start.citation,
        )
    )
    for key, before, what in (
        ("preliminary_report", rules.preliminary_report_before, Text("báo cáo kết quả sơ bộ", "preliminary results")),
        ("official_report", rules.official_report_before, Text("báo cáo kết quả chính thức", "official results")),
    ):
        if before is not None:
            last = dt.date(year, *before.value) - dt.timedelta(days=1)
            entries.append(CalendarEntry(key=key, what=what, first_day=last, last_day=last, citation=before.citation))
    for month in range(1, 13):
        entries += _monthly(year, month, days)
    notes: dict[Text, None] = dict.fromkeys(rules.notes)
    for month in range(1, 13):
        monthly = _in_force(dt.date(year, month, 1))
        if monthly is not None:
            notes.update(dict.fromkeys(monthly.notes))
    limited = {e.last_day.year for e in entries if e.key == "ongoing_review"}
    if days.built_in:  # the days off counted matter only to the time limits, and only the built-in ones are ours
        for counted in sorted(limited):
            notes.update(dict.fromkeys(year_holidays(counted).notes))
    entries.sort(key=lambda e: (e.first_day, e.last_day, e.key))
    return ReviewCalendar(year=year, procedure=rules, entries=tuple(entries), notes=tuple(notes))


def _monthly(year: int, month: int, holidays: PublicHolidays) -> list[CalendarEntry]:
    entries: list[CalendarEntry] = []
    rules = _in_force(dt.date(year, month, 1))
    if rules is None:
        return entries
    if rules.ongoing_day is not None:
        first = dt.date(year, month, rules.ongoing_day.value)
        last, moved = (
            (first, ())
            if rules.ongoing_limit is None
            else count_limit(first, rules.ongoing_limit.value, holidays=holidays)
        )
        entries.append(
            CalendarEntry(
                key="ongoing_review",
                what=Text("rà soát thường xuyên hằng tháng", "monthly ongoing review"),
                first_day=first,
                last_day=last,
                citation=rules.ongoing_day.citation,
                moved=moved,
            )
        )
    day, months = rules.monthly_report_day, rules.monthly_report_months
    if day is not None and months is not None and month in months.value:
        on = dt.date(year, month, day.value)
        entries.append(
            CalendarEntry(
                key="monthly_report",
                what=Text("xã báo cáo kết quả rà soát thường xuyên", "commune reports the ongoing review"),
                first_day=on,
                last_day=on,
                citation=day.citation,
            )
        )
    return entries


def review_standard(year: int) -> ReviewBasis:
    """The standard that ``year``'s periodic review classified households under, with the evidence.

    The rule is not uniform: the 2015 review applied the 2016-2020 standard a year ahead, while the 2021 review
    still applied the 2016-2020 standard (extended through 2021), not the 2022-2025 one.

    Raises:
        NoRuleInForce: for a year before 2015 or after 2025 (which standard the 2026 review applies is not
            confirmed: pass the standard you apply explicitly).
    """
    year = _check_year(year)
    for basis in REVIEW_BASES:
        if basis.year == year:
            return basis
    first, last = REVIEW_BASES[0].year, REVIEW_BASES[-1].year
    unconfirmed = Text(
        f"chưa xác nhận kỳ rà soát năm {last + 1} áp dụng chuẩn nghèo nào (chuẩn 2022-2025 kéo dài, hay chuẩn "
        "2027-2030)",
        f"which standard the {last + 1} review applies (2022-2025 carried over, or 2027-2030) is not confirmed",
    )
    raise NoRuleInForce(
        Text("chuẩn nghèo áp dụng cho kỳ rà soát định kỳ", "standard applied by the periodic review"),
        dt.date(year, 9, 1),
        (dt.date(first, 1, 1), dt.date(last + 1, 1, 1)),
        hint=unconfirmed if year == last + 1 else "",
    )


def _plain(name: str, value: object) -> object:
    """A procedure value as people write it: ``"09-01"`` for a (month, day), ``"15 days"`` for a limit."""
    if isinstance(value, DayCount):
        return value.describe("en")
    if isinstance(value, tuple) and name.endswith(("_start", "_end", "_before")):
        month, day = value
        return f"{month:02d}-{day:02d}"
    return value


def legal_data(*, on: dt.date | None = None) -> tuple[LegalDatum, ...]:
    """Every legal datum of the review rules, with its citation and verification status.

    Args:
        on: Only the procedure and scoring rule in force on that date; all of them if ``None``.
    """
    if on is None:
        procedures = [p for _, p in PROCEDURES]
        rules = [r for _, r in SCORING_RULES]
        bases: Iterable[ReviewBasis] = REVIEW_BASES
    else:
        procedures = [procedure(on=on)]
        try:
            rules = [scoring_rule(on=on)]
        except NoRuleInForce:
            rules = []
        bases = ()
    data = []
    for p in procedures:
        data.append(LegalDatum(f"{p.id}.window", p.window, p.periodic_start.citation))
        data += [LegalDatum(f"{p.id}.{name}", _plain(name, value.value), value.citation) for name, value in p.cited()]
    for r in rules:
        data.append(LegalDatum(f"{r.id}.window", r.window, r.basis))
        for i, band in enumerate(r.bands):
            data.append(LegalDatum(f"{r.id}.bands[{i}].upper_rural", band.upper_rural.value, band.upper_rural.citation))
            data.append(LegalDatum(f"{r.id}.bands[{i}].upper_urban", band.upper_urban.value, band.upper_urban.citation))
        data.append(
            LegalDatum(
                f"{r.id}.points_per_deprivation", r.points_per_deprivation.value, r.points_per_deprivation.citation
            )
        )
        data.append(LegalDatum(f"{r.id}.deprivation_cutoff", r.deprivation_cutoff.value, r.deprivation_cutoff.citation))
    data += [LegalDatum(f"review-{b.year}.standard", b.standard_id, b.citation) for b in bases]
    columns = circular_07_2021.PHIEU_A_COLUMNS
    for window, minimum in _PHIEU_A:
        if on is None or on in window:
            data.append(LegalDatum(f"phieu-a-{window.start.year}.columns", columns.value, columns.citation))
            data.append(LegalDatum(f"phieu-a-{window.start.year}.minimum", minimum.value, minimum.citation))
    data.append(LegalDatum("time-limits.counting", "day after the event", civil_code_2015.ARTICLE_147))
    data.append(LegalDatum("time-limits.rest-day", "next working day", civil_code_2015.ARTICLE_148))
    data += _holiday_data(on)
    return tuple(data)


def _holiday_data(on: dt.date | None) -> list[LegalDatum]:
    """The public holidays counted by the time limits: the Labour Codes' lists and each encoded notice's break."""
    data = [
        LegalDatum(f"public-holidays.list-{window.start.year}", listed.value, listed.citation)
        for window, listed in HOLIDAY_LISTS
        if on is None or on in window
    ]
    for b in HOLIDAY_BREAKS:
        if on is None or on.year in {b.first.year, b.last.year}:
            value = f"{b.first.isoformat()} to {b.last.isoformat()}"
            if b.make_up:
                value += "; make-up working day " + ", ".join(d.isoformat() for d in b.make_up)
            data.append(LegalDatum(f"public-holidays.{b.first.isoformat()}", value, b.citation))
    return data
