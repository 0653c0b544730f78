"""The explanation of an assessment: its steps, each a sentence in both languages with the provision it applies."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import attrs

from giamngheo._fact_labels import field_label
from giamngheo._formatting import date, date_range, number
from giamngheo._formatting import money_vnd as _vnd
from giamngheo._legal import Citation, Verification
from giamngheo._model import (
    IncomePeriod,
    Indicator,
    Status,
    Text,
)
from giamngheo._units import locate
from giamngheo.rules import Outcome

if TYPE_CHECKING:
    from collections.abc import Iterable

    from giamngheo._assessment import Assessment
    from giamngheo.rules import Finding

__all__ = ["Step", "explain"]


@attrs.frozen
class Step:
    """One step of an explanation: a sentence in both languages, and the provision it applies."""

    text: Text
    citation: Citation | None = None


# --- explanation -------------------------------------------------------------------------------------------

_STATED = Text("Khai là thiếu hụt.", "Stated as deprived.")
_NOT_STATED = Text("Không khai là thiếu hụt.", "Not stated as deprived.")
_MARKS = {Outcome.DEPRIVED: "✗", Outcome.NOT_DEPRIVED: "✓", Outcome.UNDETERMINED: "?"}


def _fields(paths: Iterable[str], a: Assessment, lang: str) -> str:
    """The fields still needed, as an officer reads them; ``deprived:ID`` (an indicator to state) by its name."""
    # A semicolon between fields: their labels may hold commas ("cột, khung").
    return "; ".join(_stated(path, a, lang) if ":" in path else field_label(path, lang) for path in paths)


def _stated(path: str, a: Assessment, lang: str) -> str:
    kind, _, indicator = path.partition(":")
    named = [i.name for i in a.standard.indicators if i.id == indicator] if kind == "deprived" else []
    return f"{field_label('household.deprived', lang)}: {named[0](lang)}" if named else field_label(path, lang)


def _reason(f: Finding, a: Assessment) -> Text:
    """The finding's reason; an undetermined one names the fields still needed by their labels, not their paths."""
    if f.outcome is not Outcome.UNDETERMINED or not f.missing or f.indicator.rule is None:
        return f.reason
    return Text(f"Còn thiếu: {_fields(f.missing, a, 'vi')}.", f"Still needed: {_fields(f.missing, a, 'en')}.")


def explain(a: Assessment) -> tuple[Step, ...]:
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
                f"Ngày đánh giá {date(a.on, 'vi')}: áp dụng {s.name.vi} "
                f"({date_range(s.window.start, s.window.last_day, 'vi')}).",
                f"Assessed on {date(a.on, 'en')} under the {s.name.en} "
                f"({date_range(s.window.start, s.window.last_day, 'en')}).",
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
    if hh.income_yearly_vnd is not None and hh.size is not None:
        persons_vi = f"{number(hh.size, 'vi')} người"
        persons_en = f"{number(hh.size, 'en')} {'person' if hh.size == 1 else 'persons'}"
        if yearly_lines:
            per_year = monthly * 12
            return Step(
                Text(
                    f"Thu nhập bình quân đầu người/năm = {_vnd(hh.income_yearly_vnd, 'vi')}/năm ÷ {persons_vi} "
                    f"= {_vnd(per_year, 'vi')}.",
                    f"Yearly income per person = {_vnd(hh.income_yearly_vnd, 'en')} a year ÷ {persons_en} "
                    f"= {_vnd(per_year, 'en')}.",
                )
            )
        return Step(
            Text(
                f"Thu nhập bình quân đầu người/tháng = {_vnd(hh.income_yearly_vnd, 'vi')}/năm ÷ 12 tháng ÷ "
                f"{persons_vi} = {_vnd(monthly, 'vi')}.",
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
            u, needed = len(a.undetermined), a.needed  # computed on each access: once for both languages
            text = Text(
                f"Từ {d} đến {d + u} chỉ số thiếu hụt, ngưỡng {k}: có thể là {band.otherwise.label('vi')} hoặc "
                f"{band.if_deprived.label('vi')}. Cần bổ sung: {_fields(needed, a, 'vi')}.",
                f"Between {d} and {d + u} deprivations against a cut-off of {k}: {band.otherwise.label('en')} or "
                f"{band.if_deprived.label('en')}. Still needed: {_fields(needed, a, 'en')}.",
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
        mark, reason = _MARKS[f.outcome], _reason(f, a)
        citation = ind.definition.citation if ind.definition is not None else ind.citation
        weakest = _weakest_threshold(ind)
        if weakest is not None and _weaker(weakest, citation):
            citation = weakest
        steps.append(
            Step(
                Text(
                    f"{mark} {ind.name.vi}: {f.outcome.label('vi')}. {reason.vi}",
                    f"{mark} {ind.name.en}: {f.outcome.label('en')}. {reason.en}",
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
