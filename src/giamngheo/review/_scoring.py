"""Quick-identification scoring: the points of the review form (Phiếu B) classify a household.

The review does not measure income directly: the reviewer fills in the household's characteristics (Phiếu B1,
or the score A part of Phiếu B), whose points stand in for its income, and its deprivations (Phiếu B2, score
B), 10 points each. A :class:`ScoringRule` holds the cut-offs an instrument sets on those two scores; the item
tables that turn characteristics into points are not shipped (see :mod:`giamngheo.review._tables`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from fractions import Fraction

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Cited, Verification, Window
from giamngheo._model import Area, Status, Text

__all__ = ["Score", "ScoreBand", "ScoringRule", "check_points"]


def check_points(name: str, value: object, household: str | None = None) -> int | Fraction:
    """Points are exact numbers (``int`` or :class:`~fractions.Fraction`), never negative; ``float`` is refused."""
    if isinstance(value, bool) or not isinstance(value, int | Fraction):
        raise InvalidInput(name, f"points are an int or a Fraction (never a float), got {value!r}", household)
    if value < 0:
        raise InvalidInput(name, f"points are never negative, got {value}", household)
    return value


@attrs.frozen
class ScoreBand:
    """A band of the income score: households whose score is at most ``upper`` (and above the band below).

    Attributes:
        upper_rural: The band's inclusive upper bound for rural areas, in points.
        upper_urban: The same for urban areas.
        if_deprived: The status of a household in the band whose deprivation score reaches the cut-off.
        otherwise: The status of the other households in the band.
    """

    upper_rural: Cited[int]
    upper_urban: Cited[int]
    if_deprived: Status
    otherwise: Status

    def __attrs_post_init__(self) -> None:
        for name in ("upper_rural", "upper_urban"):
            bound = getattr(self, name)
            if not isinstance(bound, Cited) or type(bound.value) is not int:
                raise InvalidInput(name, f"a bound is a giamngheo.Cited whole number of points, got {bound!r}"[:300])
        for name in ("if_deprived", "otherwise"):
            if not isinstance(getattr(self, name), Status):
                raise InvalidInput(name, f"a giamngheo.Status, got {getattr(self, name)!r}"[:300])

    def upper(self, area: Area) -> Cited[int]:
        """The upper bound for ``area``."""
        return self.upper_rural if area is Area.RURAL else self.upper_urban


@attrs.frozen
class ScoringRule:
    """The cut-offs of one instrument's review form, as they apply over one window.

    Attributes:
        id: Stable id, e.g. ``"tt-07-2021"``.
        name: The instrument and its form, e.g. "Phiếu B, Thông tư 07/2021/TT-BLĐTBXH".
        window: The dates of review on which the rule applies.
        basis: The provision that sets the cut-offs.
        rule: The rule in prose, stating its window.
        standard_id: The poverty standard the scores stand for (``giamngheo.NATIONAL_STANDARDS``).
        income_score: The name of the score that stands for income ("điểm B1", "điểm A").
        deprivation_score: The name of the deprivation score ("điểm B2", "điểm B").
        bands: The income-score bands, in ascending order of their bounds.
        points_per_deprivation: The points one deprived indicator adds to the deprivation score.
        deprivation_cutoff: The deprivation score from which a household counts as deprived.
        notes: Interpretations the library made, and what is still open.
    """

    id: str
    name: Text
    window: Window
    basis: Citation
    rule: Text
    standard_id: str
    income_score: Text
    deprivation_score: Text
    bands: tuple[ScoreBand, ...]
    points_per_deprivation: Cited[int]
    deprivation_cutoff: Cited[int]
    notes: tuple[Text, ...] = ()

    def __attrs_post_init__(self) -> None:
        self._check_types()
        if not self.bands:
            raise InvalidInput("bands", f"{self.id}: a scoring rule needs at least one band")
        for area in Area:
            limits = [b.upper(area).value for b in self.bands]
            if any(lo >= hi for lo, hi in itertools.pairwise(limits)):
                raise InvalidInput("bands", f"{self.id}: {area.value} bounds must increase, got {limits}")
        for i, band in enumerate(self.bands):
            if band.if_deprived.rank > band.otherwise.rank:
                raise InvalidInput("bands", f"{self.id}: band {i} gives a deprived household a better status")
        if self.points_per_deprivation.value < 1 or self.deprivation_cutoff.value < 1:
            raise InvalidInput("deprivation_cutoff", f"{self.id}: points and cut-off must be at least 1")

    def _check_types(self) -> None:
        """The values read to classify, of the types they must have."""
        if not isinstance(self.standard_id, str):
            raise InvalidInput("standard_id", f"{self.id}: the id of a national standard, got {self.standard_id!r}"[:300])
        if not isinstance(self.bands, tuple) or not all(isinstance(b, ScoreBand) for b in self.bands):
            raise InvalidInput("bands", f"{self.id}: a tuple of giamngheo.review.ScoreBand, got {self.bands!r}"[:300])
        for name in ("points_per_deprivation", "deprivation_cutoff"):
            value = getattr(self, name)
            if not isinstance(value, Cited) or type(value.value) is not int:
                raise InvalidInput(name, f"{self.id}: a giamngheo.Cited whole number, got {value!r}"[:300])

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation behind the rule: its basis, the band bounds, the points and the cut-off."""
        cited = [self.basis]
        for band in self.bands:
            cited += [band.upper_rural.citation, band.upper_urban.citation]
        cited += [self.points_per_deprivation.citation, self.deprivation_cutoff.citation]
        return tuple(dict.fromkeys(cited))

    @property
    def verification(self) -> Verification:
        """The weakest verification status behind the rule."""
        order = list(Verification)
        return max((c.verification for c in self.citations), key=order.index)

    def deprivation_points(self, deprivation_count: int) -> int:
        """The deprivation score of a household deprived in ``deprivation_count`` indicators."""
        return deprivation_count * self.points_per_deprivation.value

    def classify(self, area: Area, income_score: int | Fraction, deprivation_score: int | Fraction) -> tuple[Status, int | None]:
        """The status, and the index of the band the income score falls in (``None`` above every band)."""
        deprived = deprivation_score >= self.deprivation_cutoff.value
        for i, band in enumerate(self.bands):
            if income_score <= band.upper(area).value:
                return (band.if_deprived if deprived else band.otherwise), i
        return Status.NOT_POOR, None


@attrs.frozen
class Score:
    """A household classified from its review-form scores, with the reasons.

    Attributes:
        status: The classification.
        rule: The scoring rule applied.
        on: The date of the review.
        area: Rural or urban.
        income_score: The income score (B1, A).
        deprivation_score: The deprivation score (B2, B).
        deprived: The indicators the deprivation score was counted from, if they were given.
        band: The index of the band the income score fell in (``None`` above every band).
        household: The household's id, if given.
    """

    status: Status
    rule: ScoringRule
    on: dt.date
    area: Area
    income_score: int | Fraction
    deprivation_score: int | Fraction
    deprived: frozenset[str] | None
    band: int | None
    household: str | None = None

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The provisions that decided the status: the rule's basis, the bound crossed, the cut-off."""
        cited = [self.rule.basis]
        if self.band is not None:
            cited.append(self.rule.bands[self.band].upper(self.area).citation)
            if self.band > 0:
                cited.append(self.rule.bands[self.band - 1].upper(self.area).citation)
        else:
            cited.append(self.rule.bands[-1].upper(self.area).citation)
        cited.append(self.rule.deprivation_cutoff.citation)
        if self.deprived is not None:
            cited.append(self.rule.points_per_deprivation.citation)
        return tuple(dict.fromkeys(cited))

    @property
    def verification(self) -> Verification:
        """The weakest verification status behind the result."""
        order = list(Verification)
        return max((c.verification for c in self.citations), key=order.index)

    def explain(self, lang: str = "en") -> str:
        """The reasons, one line each, in ``lang``."""
        return "\n".join(self._lines(lang))

    def _lines(self, lang: str) -> Iterable[str]:
        r, vi = self.rule, lang == "vi"
        area = self.area.label(lang)
        a_name, b_name = r.income_score(lang), r.deprivation_score(lang)
        yield f"{r.name(lang)}: {r.rule(lang)}"
        if self.deprived is not None:
            n, pts = len(self.deprived), r.points_per_deprivation.value
            ids = ", ".join(sorted(self.deprived)) or "-"
            yield (
                f"{b_name} = {n} × {pts} = {self.deprivation_score} (chỉ số thiếu hụt: {ids})"
                if vi
                else f"{b_name} = {n} × {pts} = {self.deprivation_score} (deprived in: {ids})"
            )
        cut = r.deprivation_cutoff.value
        reached = self.deprivation_score >= cut
        yield (
            f"{b_name} {self.deprivation_score} {'≥' if reached else '<'} {cut} ({r.deprivation_cutoff.citation.render(lang)})"
        )
        if self.band is None:
            top = r.bands[-1].upper(self.area)
            yield f"{a_name} {self.income_score} > {top.value} ({area}, {top.citation.render(lang)})"
        else:
            upper = r.bands[self.band].upper(self.area)
            lower = f"{r.bands[self.band - 1].upper(self.area).value} < " if self.band > 0 else ""
            yield f"{lower}{a_name} {self.income_score} ≤ {upper.value} ({area}, {upper.citation.render(lang)})"
        status = self.status.label(lang)
        yield f"→ {status}" + (f" [{self.verification.label(lang)}]" if self.verification is not Verification.OFFICIAL else "")
