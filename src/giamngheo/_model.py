"""The shape of a poverty standard, as data: areas, statuses, indicators, income bands, cut-off.

Standards differ in shape (one line or several bands, a deprivation cut-off or none), and those
differences are expressed in the data of a :class:`Standard`, not as special cases in the code:
a standard is an ascending sequence of income bands; each band says which status a household in it gets
when its deprivation count reaches the cut-off and which it gets otherwise.
"""

from __future__ import annotations

import enum
import itertools
from fractions import Fraction
from typing import Any

import attrs

from giamngheo._checks import instance, instances
from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Cited, Window
from giamngheo._text import Text, check_lang
from giamngheo.rules import Rule

__all__ = [
    "Area",
    "Caveat",
    "IncomeBand",
    "IncomePeriod",
    "Indicator",
    "PoorBasis",
    "Rule",
    "Standard",
    "Status",
    "Text",
    "Threshold",
    "check_lang",
    "register_caveat",
]


class Area(enum.Enum):
    """Where a household lives: rural (nông thôn) or urban (thành thị; "đô thị" from 2027)."""

    RURAL = "rural"
    URBAN = "urban"

    def label(self, lang: str) -> str:
        """The usual label: ``"nông thôn"`` or ``"thành thị"`` (see also :meth:`Standard.area_label`)."""
        return _AREA_LABELS[self](lang)


_AREA_LABELS = {
    Area.RURAL: Text("nông thôn", "rural"),
    Area.URBAN: Text("thành thị", "urban"),
}


class IncomePeriod(enum.Enum):
    """The period a standard states its income lines for.

    Per person per month (the national standards), or per person per year (Hồ Chí Minh City's standards).
    """

    MONTH = "month"
    YEAR = "year"

    @property
    def months(self) -> int:
        """1 for a month, 12 for a year."""
        return 1 if self is IncomePeriod.MONTH else _MONTHS_PER_YEAR

    def label(self, lang: str) -> str:
        """``"tháng"`` / ``"month"``, ``"năm"`` / ``"year"``."""
        return _PERIOD_LABELS[self](lang)


_MONTHS_PER_YEAR = 12
_PERIOD_LABELS = {IncomePeriod.MONTH: Text("tháng", "month"), IncomePeriod.YEAR: Text("năm", "year")}


class Status(enum.Enum):
    """The classification of a household under a standard.

    The four classifications are ordered from poorest to best off; :attr:`rank` gives that order, so that
    "a status no worse than" can be tested as ``a.rank >= b.rank``. :attr:`UNDETERMINED` is not a
    classification: it says that facts left unknown could still change the result (see
    :attr:`giamngheo.Assessment.possible` and :attr:`giamngheo.Assessment.needed`).
    """

    POOR = "poor"
    NEAR_POOR = "near_poor"
    MIDDLE = "middle"
    NOT_POOR = "not_poor"
    UNDETERMINED = "undetermined"

    @property
    def rank(self) -> int:
        """0 for poor, 1 near-poor, 2 middle living standard, 3 none of these.

        Raises:
            InvalidInput: for :attr:`UNDETERMINED`, which has no rank.
        """
        try:
            return _STATUS_RANK[self]
        except KeyError:
            raise InvalidInput("status", "an undetermined status has no rank; see Assessment.possible") from None

    def label(self, lang: str) -> str:
        """The label in ``lang``: ``"hộ nghèo"``, ``"poor household"``, …."""
        return _STATUS_LABELS[self](lang)


_STATUS_RANK = {Status.POOR: 0, Status.NEAR_POOR: 1, Status.MIDDLE: 2, Status.NOT_POOR: 3}
_STATUS_LABELS = {
    Status.POOR: Text("hộ nghèo", "poor household"),
    Status.NEAR_POOR: Text("hộ cận nghèo", "near-poor household"),
    Status.MIDDLE: Text("hộ có mức sống trung bình", "household of middle living standard"),
    Status.NOT_POOR: Text(
        "không thuộc hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình",
        "not poor, near-poor or of middle living standard",
    ),
    Status.UNDETERMINED: Text("chưa xác định được (thiếu thông tin)", "undetermined (information missing)"),
}


class PoorBasis(enum.Enum):
    """Why a household is poor, under a standard with two rules for it (Quyết định 59/2015/QĐ-TTg, 2016-2021).

    Such a standard makes a household poor by its income alone (at or under the poverty line) or
    multidimensionally (income above that line, up to the near-poverty line, with enough deprivations); support
    policies of the time treated the two groups differently (health insurance under Nghị định 146/2018/NĐ-CP).
    A standard with one rule for poor households (Nghị định 07/2021/NĐ-CP: income at or under the line *and*
    deprivations) has no basis to tell.
    """

    #: Hộ nghèo theo tiêu chí thu nhập: poor by the income criterion alone.
    INCOME = "income"
    #: Hộ nghèo đa chiều: income above the poverty line, poor by its deprivations.
    MULTIDIMENSIONAL = "multidimensional"

    def label(self, lang: str) -> str:
        """The label in ``lang``: ``"hộ nghèo theo tiêu chí thu nhập"``, ``"poor by the income criterion"``, …."""
        return _BASIS_LABELS[self](lang)


_BASIS_LABELS = {
    PoorBasis.INCOME: Text("hộ nghèo theo tiêu chí thu nhập", "poor by the income criterion"),
    PoorBasis.MULTIDIMENSIONAL: Text(
        "hộ nghèo đa chiều (thu nhập trên chuẩn nghèo, thiếu hụt từ ngưỡng trở lên)",
        "multidimensionally poor (income above the poverty line, deprivations at or above the cut-off)",
    ),
}


@attrs.frozen
class Caveat:
    """A part of a standard that the library does not encode and that could change a result under it.

    A standard encoded by income only whose legal text also has a deprivation part (Hồ Chí Minh City's) carries
    one: every assessment under it says so (:attr:`giamngheo.Assessment.caveat`), in its explanation, its JSON
    document and the batch result's ``caveat`` column.

    Attributes:
        id: A stable id, the value of the batch result's ``caveat`` column (``"79-deprivations-not-encoded"``).
        text: What is not encoded and what it could change, in both languages.
        citation: Where the sources describe the part, with their verification status.
        dimensions: The dimensions the sources name, if any.
        indicators: The indicators the sources name, if any (names only: their thresholds are not known).
        indicator_count: The number of indicators the sources give.
        cutoff: The number of deprivations from which the sources say a household counts as deprived, if given.
    """

    id: str
    text: Text
    citation: Citation
    dimensions: tuple[Text, ...] = ()
    indicators: tuple[Text, ...] = ()
    indicator_count: Cited[int] | None = None
    cutoff: Cited[int] | None = None


#: Caveats by (jurisdiction, standard id); see :func:`register_caveat`.
_CAVEATS: dict[tuple[str, str], Caveat] = {}


def register_caveat(jurisdiction: str, standard_id: str, caveat: Caveat) -> None:
    """Attach ``caveat`` to the standard ``standard_id`` of ``jurisdiction`` while it is encoded by income only.

    Keyed by id, so that a copy read back from a standard file or a JSON document carries it too; a standard of
    that id with indicators of its own (a user's reading of the part) does not.
    """
    _CAVEATS[jurisdiction, standard_id] = caveat


@attrs.frozen
class Threshold:
    """A value an indicator's test compares with (an age, an area, a list of sources), with its citation.

    Attributes:
        key: The value's name within its indicator, e.g. ``"min_age"``.
        label: What the value is, in both languages.
        value: The value and its citation; override it with
            :meth:`Standard.with_threshold` to apply a reading of your own.
    """

    key: str
    label: Text
    value: Cited[Any]

    def __attrs_post_init__(self) -> None:
        instance("threshold.key", self.key, str, "text")
        instance(f"threshold {self.key}.label", self.label, Text, "a giamngheo.Text")
        instance(f"threshold {self.key}.value", self.value, Cited, "a giamngheo.Cited value with its citation")


@attrs.frozen
class Indicator:
    """A deprivation indicator (chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản) of a standard.

    Attributes:
        id: Stable English id, e.g. ``"health_insurance"``; the same id across standards means the
            indicator carried over.
        dimension: The basic social service (dịch vụ xã hội cơ bản / chiều thiếu hụt) it measures.
        name: Its name in the legal text, and an English rendering.
        citation: Where the indicator is listed.
        definition: The deprivation threshold (ngưỡng thiếu hụt) in words, as the library applies it, cited with
            its verification status (which also covers tests that compare with no number).
        thresholds: The values the test compares with, each cited with its verification status.
        rule: The test that computes the indicator from household members and dwelling (see
            :mod:`giamngheo.rules`); ``None`` if the indicator can only be stated.
    """

    id: str
    dimension: Text
    name: Text
    citation: Citation
    definition: Cited[Text] | None = None
    thresholds: tuple[Threshold, ...] = ()
    rule: Rule | None = None
    _values: dict[str, Any] = attrs.field(init=False, repr=False, eq=False)
    _params: Any = attrs.field(init=False, repr=False, eq=False)
    _check: Any = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        instance("indicator.id", self.id, str, "text")
        for field in ("dimension", "name"):
            instance(f"{self.id}.{field}", getattr(self, field), Text, "a giamngheo.Text")
        instance(f"{self.id}.citation", self.citation, Citation, "a giamngheo.Citation")
        instance(f"{self.id}.definition", self.definition, (Cited, type(None)), "a giamngheo.Cited text or None")
        instances(f"{self.id}.thresholds", self.thresholds, Threshold, "a giamngheo.Threshold")
        instance(f"{self.id}.rule", self.rule, (Rule, type(None)), "a giamngheo rule or None")
        values = {t.key: t.value.value for t in self.thresholds}
        if len(values) != len(self.thresholds):
            raise InvalidInput("thresholds", f"{self.id}: threshold keys must be unique")
        if self.rule is not None:
            unknown = set(self.rule.keys) - set(values)
            if unknown:
                raise InvalidInput("thresholds", f"{self.id}: rule {self.rule.name} needs {sorted(unknown)}")
            # A threshold no rule reads is a misspelt or stale key: it would be cited yet decide nothing.
            unread = set(values) - set(self.rule.keys)
            if unread:
                raise InvalidInput("thresholds", f"{self.id}: rule {self.rule.name} does not read {sorted(unread)}")
        params = None if self.rule is None else self.rule.parameters(values)
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_params", params)
        object.__setattr__(self, "_check", None if self.rule is None else self.rule.bound_to(params))

    @property
    def values(self) -> dict[str, Any]:
        """The thresholds' bare values by key (a fresh copy)."""
        return dict(self._values)

    def threshold(self, key: str) -> Threshold:
        """The threshold named ``key``.

        Raises:
            InvalidInput: if the indicator has no such threshold.
        """
        for threshold in self.thresholds:
            if threshold.key == key:
                return threshold
        known = ", ".join(t.key for t in self.thresholds) or "none"
        raise InvalidInput("key", f"indicator {self.id} has no threshold {key!r}; its thresholds: {known}")

    def with_threshold(self, key: str, value: Cited[Any]) -> Indicator:
        """A copy with threshold ``key`` replaced by ``value`` (cite it, e.g. with ``Verification.USER``)."""
        old = self.threshold(key)
        if not isinstance(value, Cited):
            raise InvalidInput("value", f"give the new value as gn.Cited(value, citation), got {value!r}")
        new = attrs.evolve(old, value=value)
        return attrs.evolve(self, thresholds=tuple(new if t.key == key else t for t in self.thresholds))


@attrs.frozen
class IncomeBand:
    """An income band: incomes above the previous band's upper bound, up to and including this one's.

    A band's upper bound is compared with the household's income per person ("từ … trở xuống" and
    "trên … đến …" both include the upper figure). A band whose text says "below" (``inclusive=False``) stops
    short of it: an income equal to the bound falls in the next band.

    Attributes:
        upper_rural_vnd: Upper bound in rural areas, VND per person per month (or per year, for a standard whose
            :attr:`Standard.income_period` is a year).
        upper_urban_vnd: Upper bound in urban areas, in the same unit.
        if_deprived: Status of a household in the band whose deprivation count reaches the cut-off.
        otherwise: Status of a household in the band below the cut-off (or of every household in the band,
            if the standard has no cut-off).
        name: What the bound is called (``"chuẩn nghèo"`` …).
        inclusive: Whether an income equal to the bound is in the band (``True``: "at most"; ``False``: "below").
    """

    upper_rural_vnd: Cited[int]
    upper_urban_vnd: Cited[int]
    if_deprived: Status
    otherwise: Status
    name: Text
    inclusive: bool = True

    def __attrs_post_init__(self) -> None:
        for field in ("upper_rural_vnd", "upper_urban_vnd"):
            instance(f"band.{field}", getattr(self, field), Cited, "a giamngheo.Cited bound with its citation")
        for field in ("if_deprived", "otherwise"):
            instance(f"band.{field}", getattr(self, field), Status, "a giamngheo.Status")
        instance("band.name", self.name, Text, "a giamngheo.Text")
        instance("band.inclusive", self.inclusive, bool, "true or false")

    def upper(self, area: Area) -> Cited[int]:
        """The inclusive upper bound for ``area``."""
        return self.upper_rural_vnd if area is Area.RURAL else self.upper_urban_vnd

    @property
    def uses_deprivations(self) -> bool:
        """Whether the deprivation count decides the status inside this band."""
        return self.if_deprived is not self.otherwise


@attrs.frozen
class Standard:
    """A poverty standard (chuẩn nghèo) as it applies over one validity window.

    Attributes:
        id: Stable id, e.g. ``"vn-2022-2025"``.
        jurisdiction: ``"VN"`` for the national standards.
        name: Name of the standard.
        window: The dates on which it applies.
        basis: The provision that makes it apply over :attr:`window` (for an extension, the extending act).
        rule: The rule in prose, as the library applies it, stating its window.
        bands: Income bands, in ascending order of their upper bounds.
        deprivation_cutoff: The number of deprivations from which a household counts as deprived, if the
            standard measures deprivations.
        indicators: The deprivation indicators, in the order of the legal text.
        urban_label: How the standard names urban areas.
        notes: What the standard leaves out, and interpretations the library made.
        income_period: Whether the band bounds are per person per month (national standards) or per year.
        area_split: ``False`` for a standard with one set of lines for the whole jurisdiction (a band's rural and
            urban bounds are then equal).
    """

    id: str
    jurisdiction: str
    name: Text
    window: Window
    basis: Citation
    rule: Text
    bands: tuple[IncomeBand, ...]
    deprivation_cutoff: Cited[int] | None
    indicators: tuple[Indicator, ...]
    urban_label: Text = Text("thành thị", "urban")  # noqa: RUF009 - a frozen attrs class, defined in _text
    notes: tuple[Text, ...] = ()
    income_period: IncomePeriod = IncomePeriod.MONTH
    area_split: bool = True
    _rural: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _urban: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _indicator_ids: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _inclusive: tuple[bool, ...] = attrs.field(init=False, repr=False, eq=False)
    _two_rules: bool = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        instance("standard.id", self.id, str, "text")
        instance(f"{self.id}.jurisdiction", self.jurisdiction, str, "text")
        for field in ("name", "rule", "urban_label"):
            instance(f"{self.id}.{field}", getattr(self, field), Text, "a giamngheo.Text")
        instance(f"{self.id}.window", self.window, Window, "a giamngheo.Window")
        instance(f"{self.id}.basis", self.basis, Citation, "a giamngheo.Citation")
        instances(f"{self.id}.bands", self.bands, IncomeBand, "a giamngheo.IncomeBand")
        instance(
            f"{self.id}.deprivation_cutoff",
            self.deprivation_cutoff,
            (Cited, type(None)),
            "a giamngheo.Cited count or None",
        )
        instances(f"{self.id}.indicators", self.indicators, Indicator, "a giamngheo.Indicator")
        instances(f"{self.id}.notes", self.notes, Text, "a giamngheo.Text")
        instance(f"{self.id}.income_period", self.income_period, IncomePeriod, "a giamngheo.IncomePeriod")
        instance(f"{self.id}.area_split", self.area_split, bool, "true or false")
        rural = tuple(b.upper_rural_vnd.value for b in self.bands)
        urban = tuple(b.upper_urban_vnd.value for b in self.bands)
        for area, limits in (("rural", rural), ("urban", urban)):
            self._check_bounds(area, limits)
        self._check_bands()
        if self.deprivation_cutoff is None and any(b.uses_deprivations for b in self.bands):
            raise InvalidInput("deprivation_cutoff", f"{self.id}: a band uses deprivations but there is no cut-off")
        if self.deprivation_cutoff is not None and self.deprivation_cutoff.value < 1:
            raise InvalidInput("deprivation_cutoff", f"{self.id}: the cut-off must be at least 1")
        if not self.area_split and rural != urban:
            raise InvalidInput("bands", f"{self.id}: without an area split, rural and urban bounds must be equal")
        ids = [i.id for i in self.indicators]
        if len(set(ids)) != len(ids):
            raise InvalidInput("indicators", f"{self.id}: indicator ids must be unique, got {ids}")
        object.__setattr__(self, "_rural", rural)
        object.__setattr__(self, "_urban", urban)
        object.__setattr__(self, "_indicator_ids", frozenset(ids))
        object.__setattr__(self, "_inclusive", tuple(b.inclusive for b in self.bands))
        by_income = any(b.otherwise is Status.POOR for b in self.bands)
        by_deprivations = any(b.if_deprived is Status.POOR and b.otherwise is not Status.POOR for b in self.bands)
        object.__setattr__(self, "_two_rules", by_income and by_deprivations)

    def _check_bounds(self, area: str, limits: tuple[int, ...]) -> None:
        """One area's upper bounds: whole, positive amounts of VND, each above the one before.

        A bound equal to the one before would leave its band empty (or, under an exclusive bound, a band of one
        amount), and a bound of 0 VND a band no income reaches: neither is a reading of a legal text, so both are
        refused, as are a bound that is not a whole number (``nan``, a float, ``True``), which no comparison could
        order.
        """
        for i, limit in enumerate(limits):
            if isinstance(limit, bool) or not isinstance(limit, int):
                raise InvalidInput(
                    "bands", f"{self.id}: band {i}'s {area} upper bound must be a whole number of VND, got {limit!r}"
                )
            if limit <= 0:
                raise InvalidInput(
                    "bands", f"{self.id}: band {i}'s {area} upper bound must be a positive amount of VND, got {limit}"
                )
        for i, (lo, hi) in enumerate(itertools.pairwise(limits), start=1):
            if lo >= hi:
                raise InvalidInput(
                    "bands",
                    f"{self.id}: {area} upper bounds must increase, got {limits} "
                    f"(band {i}'s {hi:,} is not above band {i - 1}'s {lo:,})",
                )

    def _check_bands(self) -> None:
        for i, band in enumerate(self.bands):
            if Status.UNDETERMINED in (band.if_deprived, band.otherwise):
                raise InvalidInput("bands", f"{self.id}: band {i} classes as 'undetermined', which is not a status")
            if band.if_deprived.rank > band.otherwise.rank:
                raise InvalidInput("bands", f"{self.id}: band {i} gives a deprived household a better status")

    @property
    def indicator_ids(self) -> frozenset[str]:
        """The ids of the standard's indicators."""
        return self._indicator_ids

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with id ``indicator_id``.

        Raises:
            InvalidInput: if the standard has no such indicator.
        """
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        raise InvalidInput("indicator_id", f"{self.id} defines no indicator {indicator_id!r}")

    def with_threshold(self, indicator_id: str, key: str, value: Cited[Any], *, id: str | None = None) -> Standard:  # noqa: A002
        """A copy of the standard with one indicator threshold replaced.

        Args:
            indicator_id: The indicator, e.g. ``"housing_area"``.
            key: The threshold, e.g. ``"min_m2_per_person"`` (see :meth:`Indicator.threshold`).
            value: The new value with its citation, e.g. ``gn.Cited(8, my_citation)``.
            id: An id for the copy; give one, so that results name the standard you applied.

        Raises:
            InvalidInput: if there is no such indicator or threshold.
        """
        indicator = self.indicator(indicator_id).with_threshold(key, value)
        indicators = tuple(indicator if i.id == indicator_id else i for i in self.indicators)
        return attrs.evolve(self, indicators=indicators, id=self.id if id is None else id)

    @property
    def caveat(self) -> Caveat | None:
        """What the library does not encode of this standard and could change its results, if anything.

        Set for a standard encoded by income only whose legal text has a deprivation part (see :class:`Caveat`).
        """
        if self.indicators:
            return None
        return _CAVEATS.get((self.jurisdiction, self.id))

    @property
    def two_poor_rules(self) -> bool:
        """Whether the standard makes a household poor by income alone in one band and by deprivations in another.

        Quyết định 59/2015/QĐ-TTg does (and a provincial standard of the same shape); then
        :meth:`poor_basis` tells the two kinds of poor household apart.
        """
        return self._two_rules

    def poor_basis(self, band: int | None, status: Status) -> PoorBasis | None:
        """The basis of a poor status in ``band``: by income alone or multidimensional.

        ``None`` when ``status`` is not :attr:`Status.POOR`, or when the standard has one rule for poor households
        (see :attr:`two_poor_rules`).
        """
        if status is not Status.POOR or band is None or not self._two_rules:
            return None
        return PoorBasis.INCOME if self.bands[band].otherwise is Status.POOR else PoorBasis.MULTIDIMENSIONAL

    def limits(self, area: Area) -> tuple[int, ...]:
        """The bands' inclusive upper bounds for ``area``, VND per person per :attr:`income_period`."""
        return self._rural if area is Area.RURAL else self._urban

    def area_label(self, area: Area, lang: str) -> str:
        """The name the standard's text gives ``area``."""
        return self.urban_label(lang) if area is Area.URBAN else area.label(lang)

    def classify(
        self, area: Area, income_per_capita_monthly_vnd: int | Fraction, deprivation_count: int
    ) -> tuple[Status, int | None]:
        """The status of a household, and the index of its band (``None`` above every band).

        This is the bare rule; :func:`giamngheo.assess` validates the household and explains the result.
        """
        limits = self._rural if area is Area.RURAL else self._urban
        income = income_per_capita_monthly_vnd
        if self.income_period is IncomePeriod.YEAR:
            income *= _MONTHS_PER_YEAR
        for i, upper in enumerate(limits):
            if income <= upper if self._inclusive[i] else income < upper:
                band = self.bands[i]
                cutoff = self.deprivation_cutoff
                if cutoff is not None and deprivation_count >= cutoff.value:
                    return band.if_deprived, i
                return band.otherwise, i
        return Status.NOT_POOR, None
