"""Assessing a household under the standard in force, and explaining the result.

The assessment itself is a handful of integer comparisons; the explanation is built only when asked for.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import cast

import attrs

from giamngheo._checks import STANDARD_AND_JURISDICTION, check_date, instance
from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._household import Household
from giamngheo._jurisdictions import JURISDICTIONS, territory
from giamngheo._jurisdictions import jurisdiction as find_jurisdiction
from giamngheo._legal import Citation, Cited, Verification
from giamngheo._model import (
    Area,
    Caveat,
    IncomeBand,
    IncomePeriod,
    Indicator,
    PoorBasis,
    Standard,
    Status,
    Text,
    check_lang,
)
from giamngheo._national import NATIONAL_STANDARDS
from giamngheo._units import check_area, locate
from giamngheo.rules import Context, Finding, Outcome, evaluate_all, finding, outcome_ids

__all__ = ["Assessment", "Assessments", "Step", "assess", "assess_all", "check_date", "for_standard"]


@attrs.frozen
class Step:
    """One step of an explanation: a sentence in both languages, and the provision it applies."""

    text: Text
    citation: Citation | None = None


@attrs.frozen
class Assessment:
    """The classification of one household on one date, with everything needed to explain it.

    Attributes:
        household: The household assessed.
        on: The date of the assessment.
        standard: The standard applied (with its citation, :attr:`Standard.basis`).
        status: The result.
        income_per_capita_monthly_vnd: The monthly income per person compared with the lines, exact.
        band: Index in ``standard.bands`` of the band the income falls in; ``None`` above every band.
        deprived: Ids of the indicators found (or stated) deprived.
        undetermined: Ids of the indicators the known facts cannot decide (always empty for stated deprivations).
        possible: The statuses the undetermined indicators leave open: one status when :attr:`status` is
            determined, two when it is :attr:`Status.UNDETERMINED`.
        area_source: When the area came from the household's commune, the area with the rule that gave it (the
            household in :attr:`household` then carries that area).

    The basis of a poor status (:attr:`basis`: by income alone or multidimensional) follows from the standard,
    the band and the status; so does the :attr:`caveat` of a standard with a part the library does not encode.
    """

    household: Household
    on: dt.date
    standard: Standard
    status: Status
    income_per_capita_monthly_vnd: Fraction
    band: int | None
    deprived: frozenset[str]
    undetermined: frozenset[str] = frozenset()
    possible: frozenset[Status] = attrs.field(
        default=attrs.Factory(lambda self: frozenset({self.status}) if isinstance(self.status, Status) else frozenset(), takes_self=True)
    )
    area_source: Cited[Area] | None = None

    def __attrs_post_init__(self) -> None:
        instance("household", self.household, Household, "a giamngheo.Household")
        check_date(self.on, self.household.id)
        instance("standard", self.standard, Standard, "a giamngheo.Standard")
        instance("status", self.status, Status, "a giamngheo.Status")
        for field in ("deprived", "undetermined", "possible"):
            instance(field, getattr(self, field), frozenset, "a frozenset")

    @property
    def deprivation_count(self) -> int:
        """The number of deprivations counted."""
        return len(self.deprived)

    @property
    def caveat(self) -> Caveat | None:
        """What the library does not encode of the standard applied and could change the result, if anything.

        Hồ Chí Minh City's standards from 2016 are encoded by income although they have a deprivation part: the
        result is the income criterion's, and this says so (see :class:`giamngheo.Caveat`).
        """
        return self.standard.caveat

    @property
    def basis(self) -> PoorBasis | None:
        """Why the household is poor, under a standard with two rules for it (Quyết định 59/2015/QĐ-TTg).

        :attr:`PoorBasis.INCOME` at or under the poverty line, :attr:`PoorBasis.MULTIDIMENSIONAL` above it with
        deprivations at or above the cut-off; ``None`` when the status is not poor (undetermined included) or the
        standard has one rule for poor households (see :meth:`Standard.poor_basis`).
        """
        return self.standard.poor_basis(self.band, self.status)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every indicator's result with its reason, in the order of the standard.

        For stated deprivations the findings say so (:attr:`Finding.stated`); for computed ones they name the
        members (by position or id) and the facts and thresholds that decided, or the fields still missing.
        """
        s, hh = self.standard, self.household
        if not hh.computed:
            return tuple(
                Finding(
                    ind,
                    Outcome.DEPRIVED if ind.id in self.deprived else Outcome.NOT_DEPRIVED,
                    reason=_STATED if ind.id in self.deprived else _NOT_STATED,
                    stated=True,
                )
                for ind in s.indicators
            )
        context = Context(hh, self.on)
        raws = evaluate_all(s.indicators, context)
        return tuple(finding(ind, context, raw) for ind, raw in zip(s.indicators, raws, strict=True))

    def finding(self, indicator_id: str) -> Finding:
        """The finding of one indicator.

        Raises:
            InvalidInput: if the standard has no such indicator.
        """
        self.standard.indicator(indicator_id)
        return next(f for f in self.findings if f.indicator.id == indicator_id)

    @property
    def missing(self) -> tuple[str, ...]:
        """Every unknown field that would decide an undetermined indicator, each once.

        Fields are Python paths into the household: ``"members[0].birth_date"``, ``"dwelling.water_source"``
        (members count from 0 here, and from 1 in explanations).
        """
        if not self.household.computed:
            return ()  # stated deprivations: nothing is missing
        seen: dict[str, None] = {}
        # the raw results, not the findings: their reasons in two languages cost 20 times the rules themselves
        for _, _, fields in evaluate_all(self.standard.indicators, Context(self.household, self.on)):
            for field in fields:
                seen.setdefault(field)
        return tuple(seen)

    @property
    def needed(self) -> tuple[str, ...]:
        """The fields still needed to decide the status.

        :attr:`missing` when the status is undetermined; empty when the unknowns cannot change the status.
        """
        return self.missing if self.status is Status.UNDETERMINED else ()

    @property
    def verification(self) -> Verification:
        """The weakest verification status among the provisions the result rests on."""
        order = list(Verification)
        return max((c.verification for c in self.citations), key=order.index)

    @property
    def cutoff(self) -> Cited[int] | None:
        """The deprivation cut-off of the standard, if it has one."""
        return self.standard.deprivation_cutoff

    @property
    def income_band(self) -> IncomeBand | None:
        """The band the income falls in, ``None`` above every band."""
        return None if self.band is None else self.standard.bands[self.band]

    @property
    def line(self) -> Cited[int] | None:
        """The upper bound of the band the income falls in (the line the income was found at or under)."""
        band = self.income_band
        return None if band is None else band.upper(self.area)

    @property
    def area(self) -> Area:
        """The household's area as assessed (from its commune, if it gave one)."""
        return cast("Area", self.household.area)  # an assessed household always has its area

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every provision the result rests on, without repeats, in the order of the explanation.

        A provision cited twice (with different evidence, say) is listed once, at its first citation.
        """
        seen: dict[tuple[object, ...], Citation] = {}
        for step in self.explanation():
            c = step.citation
            if c is not None:
                seen.setdefault((c.instrument.number, c.annex, c.article, c.clause, c.point, c.verification), c)
        return tuple(seen.values())

    def explanation(self) -> tuple[Step, ...]:
        """The reasons for the result, step by step, each with the provision it applies."""
        return _explain(self)

    def explain(self, lang: str = "vi") -> str:
        """The reasons as readable text with citations, in Vietnamese (``"vi"``) or English (``"en"``)."""
        check_lang(lang)
        lines = []
        for n, step in enumerate(self.explanation()):
            text = step.text(lang)
            if step.citation is not None:
                text += f" [{step.citation.render(lang)}; {step.citation.verification.label(lang)}]"
            lines.append(text if n < 2 else f"- {text}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain("en")


def assess(
    household: Household, *, on: dt.date, standard: Standard | None = None, jurisdiction: str | None = None
) -> Assessment:
    """Classify ``household`` under the poverty standard that applies on ``on``.

    Args:
        household: The household.
        on: The date of the assessment; it selects the standard.
        standard: A standard to apply instead of the national one in force (for example one with an
            overridden value, or one loaded from a file); it must apply on ``on``.
        jurisdiction: Apply the standard in force of this jurisdiction instead: ``"VN"`` (the national one, the
            default), or a province's code such as ``"74"`` (Bình Dương) or ``"79"`` (Hồ Chí Minh City).

    Returns:
        The :class:`Assessment`; call :meth:`Assessment.explain` for the reasons.

    Raises:
        NoRuleInForce: if no standard applies on ``on`` (for a province merged into another, naming its
            successor).
        InvalidInput: if the household states a deprivation the standard does not define, or both
            ``standard`` and ``jurisdiction`` are given.
    """
    if type(household) is not Household and not isinstance(household, Household):
        raise InvalidInput("household", f"must be a giamngheo.Household, got {type(household).__name__}")
    if type(on) is not dt.date:  # check_date, written out: every assessment runs it
        check_date(on, household.id)
    if standard is not None and type(standard) is not Standard and not isinstance(standard, Standard):
        raise InvalidInput("standard", f"must be a giamngheo.Standard (or use jurisdiction=), got {standard!r}")
    if jurisdiction is not None:
        if standard is not None:
            raise InvalidInput(*STANDARD_AND_JURISDICTION, household.id)
        standard = find_jurisdiction(jurisdiction).standard_in_force(on=on)
    if standard is None:
        standard = NATIONAL_STANDARDS.at(on=on)
    elif on not in standard.window:
        raise NoRuleInForce(f"standard {standard.id!r}", on, (standard.window.start, standard.window.end))
    area_source = None
    if household.commune is not None:
        household, area_source = _locate(household, on)
    income = household.income_per_capita
    if area_source is not None:
        return attrs.evolve(_assess(household, on, standard, income), area_source=area_source)
    return _assess(household, on, standard, income)


def _locate(household: Household, on: dt.date) -> tuple[Household, Cited[Area] | None]:
    """The household with the area of its commune on ``on``; a stated area is enough, and must agree with it."""
    assert household.commune is not None  # noqa: S101 - the caller checks
    try:
        cited = check_area(household.commune, household.area, on=on)
    except InvalidInput as error:
        field = "area" if error.field == "area" else "commune"
        raise InvalidInput(field, error.reason, household.id) from None
    if cited is None:
        return household, None
    return attrs.evolve(household, area=cited.value), cited


def _assess(household: Household, on: dt.date, standard: Standard, income: int | Fraction) -> Assessment:
    if household.computed:
        return _assess_facts(household, on, standard, income)
    deprived = household.deprived
    if not deprived <= standard.indicator_ids:
        unknown = ", ".join(sorted(deprived - standard.indicator_ids))
        valid = ", ".join(i.id for i in standard.indicators) or "none: it measures income only"
        raise InvalidInput(
            "deprived",
            f"{unknown}: not an indicator of {standard.id} (in force on {on.isoformat()}); its indicators are {valid}",
            household.id,
        )
    status, band = standard.classify(cast("Area", household.area), income, len(deprived))
    return Assessment(household, on, standard, status, Fraction(income), band, deprived, _NONE, _ONLY[status])


@attrs.frozen
class Assessments:
    """One household assessed under the national standard and under its province's own, on one date.

    Attributes:
        national: The assessment under the national standard in force.
        provincial: The assessment under the province's standard in force, or ``None`` if it has none then.
        jurisdiction: The province's code.
        provincial_gap: Why there is no provincial assessment (the :class:`NoRuleInForce` message), if none.
        provincial_note: Set when the stated deprivations were not used because the provincial standard is
            encoded by income only.
    """

    national: Assessment
    provincial: Assessment | None
    jurisdiction: str
    provincial_gap: str | None = None
    provincial_note: Text | None = None

    def explain(self, lang: str = "vi") -> str:
        """Both explanations, national first."""
        check_lang(lang)
        parts = [self.national.explain(lang)]
        if self.provincial is not None:
            parts.append(self.provincial.explain(lang))
            if self.provincial_note is not None:
                parts[-1] += f"\n- {self.provincial_note(lang)}"
        else:
            heading = "Chuẩn của địa phương" if lang == "vi" else "Provincial standard"
            parts.append(f"{heading}: {self.provincial_gap}")
        return "\n\n".join(parts)


def assess_all(household: Household, *, on: dt.date, jurisdiction: str | None = None) -> Assessments:
    """Assess ``household`` under the national standard and under the standard of ``jurisdiction``, in one call.

    Args:
        household: The household.
        on: The date of the assessment.
        jurisdiction: The province's code, such as ``"74"`` or ``"79"``; by default the province of the
            household's commune.

    Returns:
        Both assessments; the provincial one is ``None`` (with the reason) when the province has no standard in
        force on that date, for example Bình Dương from 2022.

    Raises:
        NoRuleInForce: if no national standard applies on ``on``, or the province no longer exists then (the
            error names its successor).
        InvalidInput: for an unknown jurisdiction or bad input.
    """
    if not isinstance(household, Household):
        raise InvalidInput("household", f"must be a giamngheo.Household, got {type(household).__name__}")
    check_date(on, household.id)
    jurisdiction = _jurisdiction_of(household, on, jurisdiction)
    place = find_jurisdiction(jurisdiction) if jurisdiction in JURISDICTIONS else None
    if place is not None:
        place.check_exists(on=on)
    national_standard = NATIONAL_STANDARDS.at(on=on)
    national = assess(for_standard(household, national_standard)[0], on=on, standard=national_standard)
    if place is None:  # a province whose own standards giamngheo does not encode
        gap = f"giamngheo encodes no poverty standard of province {jurisdiction} (only of {', '.join(_PROVINCES)})"
        return Assessments(national, None, jurisdiction, gap)
    try:
        standard = place.standard_in_force(on=on)
    except NoRuleInForce as gap:
        return Assessments(national, None, place.code, str(gap))
    adapted, note = for_standard(household, standard)
    return Assessments(national, assess(adapted, on=on, standard=standard), place.code, None, note)


_PROVINCES = tuple(code for code in JURISDICTIONS if code != "VN")


def _jurisdiction_of(household: Household, on: dt.date, given: str | None) -> str:
    """The province whose own standard applies: ``given``, or where the commune lies; they must agree."""
    instance("jurisdiction", given, (str, type(None)), "a province's code (text, such as \"74\") or None")
    where = None if household.commune is None else territory(household.commune, on=on)
    if where is not None and where.jurisdiction is None and given not in where.candidates:
        names = ", ".join(where.candidates)
        raise InvalidInput(
            "jurisdiction",
            f"commune {household.commune} lies in the former territories of the provinces {names}, whose own "
            f"resolutions differ: give the jurisdiction",
            household.id,
        )
    located = None if where is None else where.jurisdiction
    if given is None:
        if located is None:
            raise InvalidInput("jurisdiction", "give the jurisdiction, or the household's commune", household.id)
        return located
    if given == "VN":
        raise InvalidInput("jurisdiction", "give a province's code (the national assessment is always made)", household.id)
    if located is not None and located != given:
        former = "" if where is None or where.former is None else f" (the former territory of {located!r} within {where.province!r})"
        raise InvalidInput(
            "jurisdiction",
            f"{given!r} but the household's commune {household.commune} is in {located!r}{former} on {on.isoformat()}",
            household.id,
        )
    return given


def for_standard(household: Household, standard: Standard) -> tuple[Household, Text | None]:
    """The household as a standard that measures income only sees it: without its stated deprivations.

    Used when one household is assessed under several standards at once (:func:`assess_all`,
    :func:`giamngheo.compare`): a single :func:`assess` refuses stated deprivations a standard does not define.
    """
    if standard.indicators or not household.deprived:
        return household, None
    stated = ", ".join(sorted(household.deprived))
    note = Text(
        f"Các thiếu hụt đã khai ({stated}) không được xét: chuẩn {standard.id} chỉ xét thu nhập.",
        f"The stated deprivations ({stated}) are not used: {standard.id} is encoded by income only.",
    )
    return attrs.evolve(household, deprived=frozenset()), note


_NONE: frozenset[str] = frozenset()
_ONLY = {status: frozenset({status}) for status in Status}


def _assess_facts(household: Household, on: dt.date, standard: Standard, income: int | Fraction) -> Assessment:
    latest = household._latest_birth  # noqa: SLF001
    if latest is not None and latest > on:
        members = household.members or ()
        i = next(i for i, m in enumerate(members) if m.birth_date is not None and m.birth_date > on)
        raise InvalidInput(
            f"members[{i}].birth_date",
            f"{members[i].birth_date} is after the assessment date {on.isoformat()}",
            household.id,
        )
    context = Context(household, on)
    deprived, undetermined = outcome_ids(standard.indicators, context)
    area = cast("Area", household.area)  # located before, if it came from the commune
    status, band = standard.classify(area, income, len(deprived))
    if not undetermined:
        return Assessment(household, on, standard, status, Fraction(income), band, deprived, _NONE, _ONLY[status])
    best, _ = standard.classify(area, income, len(deprived) + len(undetermined))
    if best is status:
        return Assessment(household, on, standard, status, Fraction(income), band, deprived, undetermined)
    return Assessment(
        household,
        on,
        standard,
        Status.UNDETERMINED,
        Fraction(income),
        band,
        deprived,
        undetermined,
        frozenset({status, best}),
    )


# --- explanation -------------------------------------------------------------------------------------------

_STATED = Text("Khai là thiếu hụt.", "Stated as deprived.")
_NOT_STATED = Text("Không khai là thiếu hụt.", "Not stated as deprived.")
_MARKS = {Outcome.DEPRIVED: "✗", Outcome.NOT_DEPRIVED: "✓", Outcome.UNDETERMINED: "?"}


def _vnd(amount: int | Fraction, lang: str) -> str:
    """``1.500.000 đồng`` / ``1,500,000 VND``; a fraction is shown to 2 decimals and exactly."""
    fraction = Fraction(amount)
    whole, rest = divmod(fraction.numerator, fraction.denominator)
    text = f"{whole:,}"
    if rest:
        cents = rest * 100 // fraction.denominator
        text += f".{cents:02d}…"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    unit = "đồng" if lang == "vi" else "VND"
    if rest:
        return (
            f"{text} {unit} ({'đúng bằng' if lang == 'vi' else 'exactly'} {fraction.numerator}/{fraction.denominator})"
        )
    return f"{text} {unit}"


def _date(on: dt.date, lang: str) -> str:
    return on.strftime("%d/%m/%Y") if lang == "vi" else on.isoformat()


def _explain(a: Assessment) -> tuple[Step, ...]:
    s, hh = a.standard, a.household
    status = _status_text(a)
    who_vi = f"Hộ {hh.id}" if hh.id is not None else "Hộ gia đình"
    who_en = f"Household {hh.id}" if hh.id is not None else "The household"
    # A status under a standard with a part not encoded says so where it is stated.
    only_vi, only_en = (
        (" (chỉ theo tiêu chí thu nhập, xem lưu ý)", " (by income alone, see the caveat)") if s.caveat else ("", "")
    )
    steps = [
        Step(
            Text(
                f"{who_vi}: {status.vi.upper()}{only_vi}.",
                f"{who_en}: {status.en}{only_en}.",
            )
        ),
        Step(
            Text(
                f"Ngày đánh giá {_date(a.on, 'vi')}: áp dụng {s.name.vi} ({s.window.start:%d/%m/%Y} - {s.window.last_day:%d/%m/%Y}).",
                f"Assessed on {a.on.isoformat()} under the {s.name.en} ({s.window}).",
            ),
            s.basis,
        ),
        _area_step(a),
    ]
    steps.append(_income_step(a))
    income = a.income_per_capita_monthly_vnd * s.income_period.months
    per_vi, per_en = ("/năm", " a year") if s.income_period is IncomePeriod.YEAR else ("", "")
    last = len(s.bands) - 1 if a.band is None else a.band
    for i in range(last + 1):
        band = s.bands[i]
        bound = band.upper(a.area)
        inside, outside = ("≤", ">") if band.inclusive else ("<", "≥")
        under_vi, under_en = ("không vượt quá", "at or under it") if band.inclusive else ("dưới mức này", "below it")
        if i == a.band:
            text = Text(
                f"{_vnd(income, 'vi')}{per_vi} {inside} {band.name.vi} {_vnd(bound.value, 'vi')}{per_vi} ({under_vi}).",
                f"{_vnd(income, 'en')}{per_en} {inside} {band.name.en} {_vnd(bound.value, 'en')}{per_en} ({under_en}).",
            )
        else:
            text = Text(
                f"{_vnd(income, 'vi')}{per_vi} {outside} {band.name.vi} {_vnd(bound.value, 'vi')}{per_vi}.",
                f"{_vnd(income, 'en')}{per_en} {outside} {band.name.en} {_vnd(bound.value, 'en')}{per_en}.",
            )
        steps.append(Step(text, bound.citation))
    steps.extend(_deprivation_steps(a))
    basis = a.basis
    if basis is not None:
        band = s.bands[cast("int", a.band)]  # a poor status with a basis has its band
        steps.append(
            Step(
                Text(
                    f"Căn cứ xác định hộ nghèo: {basis.label('vi')}.", f"Basis of the poor status: {basis.label('en')}."
                ),
                band.upper(a.area).citation,
            )
        )
    caveat = s.caveat
    if caveat is not None:
        steps.append(Step(caveat.text, caveat.citation))
    steps.extend(Step(note) for note in s.notes if caveat is None or note != caveat.text)
    return tuple(steps)


def _area_step(a: Assessment) -> Step:
    s, area = a.standard, a.household.area
    assert area is not None  # noqa: S101 - an assessed household always has its area
    if a.area_source is not None:
        location = locate(a.household.commune or "", on=a.on)
        unit = location.units[0]
        where = " / ".join(u.label() for u in location.units)
        via_vi = f"; {location.describe('vi')}" if location.followed else ""
        via_en = f"; {location.describe('en')}" if location.followed else ""
        return Step(
            Text(
                f"Khu vực: {s.area_label(area, 'vi')} ({where}, {unit.kind.label('vi')}{via_vi}).",
                f"Area: {s.area_label(area, 'en')} ({where}, a {unit.kind.label('en')}{via_en}).",
            ),
            a.area_source.citation,
        )
    if not s.area_split:
        return Step(
            Text(
                f"Khu vực: {s.area_label(area, 'vi')}; chuẩn này áp dụng chung cho mọi khu vực.",
                f"Area: {s.area_label(area, 'en')}; this standard has one set of lines for every area.",
            )
        )
    return Step(Text(f"Khu vực: {s.area_label(area, 'vi')}.", f"Area: {s.area_label(area, 'en')}."))


def _income_step(a: Assessment) -> Step:
    """The income compared with the lines, in the standard's period, with the arithmetic when there is any."""
    hh, yearly_lines = a.household, a.standard.income_period is IncomePeriod.YEAR
    monthly = a.income_per_capita_monthly_vnd
    persons_en = f"{hh.size} {'person' if hh.size == 1 else 'persons'}"
    if hh.income_yearly_vnd is not None and hh.size is not None:
        if yearly_lines:
            per_year = monthly * 12
            return Step(
                Text(
                    f"Thu nhập bình quân đầu người/năm = {_vnd(hh.income_yearly_vnd, 'vi')}/năm ÷ {hh.size} người "
                    f"= {_vnd(per_year, 'vi')}.",
                    f"Yearly income per person = {_vnd(hh.income_yearly_vnd, 'en')} a year ÷ {persons_en} "
                    f"= {_vnd(per_year, 'en')}.",
                )
            )
        return Step(
            Text(
                f"Thu nhập bình quân đầu người/tháng = {_vnd(hh.income_yearly_vnd, 'vi')}/năm ÷ 12 tháng ÷ "
                f"{hh.size} người = {_vnd(monthly, 'vi')}.",
                f"Monthly income per person = {_vnd(hh.income_yearly_vnd, 'en')} a year ÷ 12 months ÷ "
                f"{persons_en} = {_vnd(monthly, 'en')}.",
            )
        )
    if yearly_lines:
        return Step(
            Text(
                f"Thu nhập bình quân đầu người/năm = {_vnd(monthly, 'vi')}/tháng × 12 tháng = "
                f"{_vnd(monthly * 12, 'vi')}.",
                f"Yearly income per person = {_vnd(monthly, 'en')} a month × 12 months = {_vnd(monthly * 12, 'en')}.",
            )
        )
    return Step(
        Text(
            f"Thu nhập bình quân đầu người/tháng: {_vnd(monthly, 'vi')}.",
            f"Monthly income per person: {_vnd(monthly, 'en')}.",
        )
    )


def _indicator_group(indicators: list[Indicator]) -> Text:
    return Text(
        "Căn cứ của chỉ số " + "; ".join(i.name.vi for i in indicators) + ".",
        "Source of the indicator " + "; ".join(i.name.en for i in indicators) + ".",
    )


def _status_text(a: Assessment) -> Text:
    """The status label; "none of these" is narrowed where the standard defines no middle living standard."""
    status = a.status
    if status is Status.NOT_POOR and not any(Status.MIDDLE in (b.if_deprived, b.otherwise) for b in a.standard.bands):
        return Text(
            "không thuộc hộ nghèo, hộ cận nghèo (chuẩn này không quy định hộ có mức sống trung bình)",
            "not poor or near-poor (this standard defines no middle living standard)",
        )
    return Text(status.label("vi"), status.label("en"))


def _deprivation_steps(a: Assessment) -> list[Step]:
    s = a.standard
    if not s.indicators:
        if s.caveat is not None:
            return [
                Step(
                    Text(
                        "Thư viện chỉ áp dụng tiêu chí thu nhập của chuẩn này (xem lưu ý bên dưới).",
                        "The library applies this standard's income criterion only (see the caveat below).",
                    )
                )
            ]
        return [Step(Text("Chuẩn này chỉ xét thu nhập, không xét thiếu hụt.", "This standard looks at income only."))]
    steps = _finding_steps(a) if a.household.computed else _stated_steps(a)
    band = a.income_band
    cutoff = s.deprivation_cutoff
    if band is not None and band.uses_deprivations and cutoff is not None:
        k, d = cutoff.value, a.deprivation_count
        if a.status is Status.UNDETERMINED:
            u = len(a.undetermined)
            needed = ", ".join(a.needed)
            text = Text(
                f"Từ {d} đến {d + u} chỉ số thiếu hụt, ngưỡng {k}: có thể là {band.otherwise.label('vi')} hoặc "
                f"{band.if_deprived.label('vi')}. Cần bổ sung: {needed}.",
                f"Between {d} and {d + u} deprivations against a cut-off of {k}: {band.otherwise.label('en')} or "
                f"{band.if_deprived.label('en')}. Still needed: {needed}.",
            )
        elif d >= k:
            text = Text(
                f"{d} ≥ ngưỡng {k} chỉ số thiếu hụt: {band.if_deprived.label('vi')}.",
                f"{d} ≥ the cut-off of {k} deprivations: {band.if_deprived.label('en')}.",
            )
        elif a.undetermined:
            u = len(a.undetermined)
            text = Text(
                f"{d} + {u} chưa xác định < ngưỡng {k} chỉ số thiếu hụt: {band.otherwise.label('vi')}.",
                f"{d} + {u} undetermined < the cut-off of {k} deprivations: {band.otherwise.label('en')}.",
            )
        else:
            text = Text(
                f"{d} < ngưỡng {k} chỉ số thiếu hụt: {band.otherwise.label('vi')}.",
                f"{d} < the cut-off of {k} deprivations: {band.otherwise.label('en')}.",
            )
        # The band's own provision for the area (urban: point b) when it states the same rule as strongly.
        bound, rule = band.upper(a.area).citation, cutoff.citation
        same = bound.instrument == rule.instrument and bound.verification is rule.verification
        steps.append(Step(text, bound if same else rule))
    else:
        steps.append(
            Step(
                Text(
                    "Ở mức thu nhập này, số chỉ số thiếu hụt không ảnh hưởng đến kết quả.",
                    "At this income, the number of deprivations does not change the result.",
                )
            )
        )
    return steps


def _stated_steps(a: Assessment) -> list[Step]:
    s = a.standard
    deprived = [ind for ind in s.indicators if ind.id in a.deprived]
    names_vi = "; ".join(ind.name.vi for ind in deprived) or "không có"
    names_en = "; ".join(ind.name.en for ind in deprived) or "none"
    count = Text(
        f"Số chỉ số thiếu hụt: {a.deprivation_count}/{len(s.indicators)} ({names_vi}).",
        f"Deprivations: {a.deprivation_count} of {len(s.indicators)} ({names_en}).",
    )
    # Each deprived indicator is cited with its own source, so that a draft indicator shows as draft.
    groups: dict[Citation, list[Indicator]] = {}
    for ind in deprived or s.indicators[:1]:
        groups.setdefault(ind.citation, []).append(ind)
    return [
        Step(count, citation) if n == 0 else Step(_indicator_group(members), citation)
        for n, (citation, members) in enumerate(groups.items())
    ]


def _finding_steps(a: Assessment) -> list[Step]:
    """One step per indicator: its outcome and reason, cited by the provision that defines its threshold."""
    s = a.standard
    steps = []
    for f in a.findings:
        ind = f.indicator
        mark = _MARKS[f.outcome]
        citation = ind.definition.citation if ind.definition is not None else ind.citation
        weakest = _weakest_threshold(ind)
        if weakest is not None and _weaker(weakest, citation):
            citation = weakest
        steps.append(
            Step(
                Text(
                    f"{mark} {ind.name.vi}: {f.outcome.label('vi')}. {f.reason.vi}",
                    f"{mark} {ind.name.en}: {f.outcome.label('en')}. {f.reason.en}",
                ),
                citation,
            )
        )
    deprived = a.deprivation_count
    u = len(a.undetermined)
    steps.append(
        Step(
            Text(
                f"Số chỉ số thiếu hụt: {deprived}/{len(s.indicators)}" + (f"; chưa xác định: {u}." if u else "."),
                f"Deprivations: {deprived} of {len(s.indicators)}" + (f"; undetermined: {u}." if u else "."),
            ),
            s.indicators[0].citation,
        )
    )
    return steps


def _weakest_threshold(ind: Indicator) -> Citation | None:
    order = list(Verification)
    citations = [t.value.citation for t in ind.thresholds]
    return max(citations, key=lambda c: order.index(c.verification), default=None)


def _weaker(candidate: Citation, than: Citation) -> bool:
    order = list(Verification)
    return order.index(candidate.verification) > order.index(than.verification)
