"""Assessing a household under the standard in force, and explaining the result.

The assessment itself is a handful of integer comparisons; the explanation is built only when asked for.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any, cast

import attrs

from giamngheo._checks import STANDARD_AND_JURISDICTION, check_date, instance
from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._explanation import _NOT_STATED, _STATED, Step, explain
from giamngheo._household import Household
from giamngheo._jurisdictions import JURISDICTIONS, territory
from giamngheo._jurisdictions import jurisdiction as find_jurisdiction
from giamngheo._legal import Citation, Cited, Timeline, Verification
from giamngheo._model import (
    Area,
    Caveat,
    IncomeBand,
    PoorBasis,
    Standard,
    Status,
    Text,
    check_lang,
)
from giamngheo._units import check_area
from giamngheo.rules import Context, Finding, Outcome, evaluate_all, finding, outcome_ids
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = ["Assessment", "Assessments", "Step", "assess", "assess_all", "check_date", "for_standard"]


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
        default=attrs.Factory(
            lambda self: frozenset({self.status}) if isinstance(self.status, Status) else frozenset(), takes_self=True
        )
    )
    area_source: Cited[Area] | None = None
    # What is derived from the fields, computed once: an assessment never changes (findings, explanation).
    _derived: dict[str, Any] = attrs.field(init=False, factory=dict, eq=False, repr=False)

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
        if "findings" not in self._derived:
            self._derived["findings"] = self._findings()
        return self._derived["findings"]  # type: ignore[no-any-return]

    def _findings(self) -> tuple[Finding, ...]:
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
        if "explanation" not in self._derived:
            self._derived["explanation"] = explain(self)
        return self._derived["explanation"]  # type: ignore[no-any-return]

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


def _standard_what(standard: Standard) -> Text:
    """A standard by its id, as an error names what was looked up."""
    return Text(f"chuẩn nghèo {standard.id!r}", f"standard {standard.id!r}")


def choose_standard(on: dt.date, standard: object, jurisdiction: str | None, household: str | None = None) -> Standard:
    """The standard an assessment on ``on`` applies, one definition for the scalar and batch paths.

    It is ``standard``; or the piece in force then of a timeline of standards (:func:`giamngheo.reform_over_time`);
    or the standard of ``jurisdiction``; or else the national one.

    Raises:
        InvalidInput: for a ``standard`` that is none of these, or both ``standard`` and ``jurisdiction``.
        NoRuleInForce: if the standard chosen does not apply on ``on``.
    """
    if isinstance(standard, Timeline):
        standard = standard.at(on=on)
        if not isinstance(standard, Standard):
            raise InvalidInput("standard", f"a timeline of giamngheo.Standard, holding {standard!r}"[:300], household)
    elif standard is not None and not isinstance(standard, Standard):
        reason = f"must be a giamngheo.Standard or a timeline of them (or use jurisdiction=), got {standard!r}"
        raise InvalidInput("standard", reason[:300], household)
    if jurisdiction is not None:
        if standard is not None:
            raise InvalidInput(*STANDARD_AND_JURISDICTION, household)
        return find_jurisdiction(jurisdiction).standard_in_force(on=on)
    if standard is None:
        return NATIONAL_STANDARDS.at(on=on)
    if on not in standard.window:
        raise NoRuleInForce(_standard_what(standard), on, (standard.window.start, standard.window.end))
    return standard


def assess(
    household: Household,
    *,
    on: dt.date,
    standard: Standard | Timeline[Standard] | None = None,
    jurisdiction: str | None = None,
) -> Assessment:
    """Classify ``household`` under the poverty standard that applies on ``on``.

    Args:
        household: The household.
        on: The date of the assessment; it selects the standard.
        standard: A standard to apply instead of the national one in force (for example a reform, or one loaded
            from a file); it must apply on ``on``. A timeline of standards (:func:`giamngheo.reform_over_time`)
            applies the one in force on ``on``.
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
    if type(standard) is not Standard:  # the national one, a jurisdiction's, or a reform's over time
        standard = choose_standard(on, standard, jurisdiction, household.id)
    elif jurisdiction is not None:
        raise InvalidInput(*STANDARD_AND_JURISDICTION, household.id)
    elif on not in standard.window:
        raise NoRuleInForce(_standard_what(standard), on, (standard.window.start, standard.window.end))
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
        raise InvalidInput(field, error.why, household.id) from None
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
    instance("jurisdiction", given, (str, type(None)), 'a province\'s code (text, such as "74") or None')
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
        raise InvalidInput(
            "jurisdiction", "give a province's code (the national assessment is always made)", household.id
        )
    if located is not None and located != given:
        former = (
            ""
            if where is None or where.former is None
            else f" (the former territory of {located!r} within {where.province!r})"
        )
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
