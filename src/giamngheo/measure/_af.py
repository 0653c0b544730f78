"""The Alkire-Foster measures, exactly: every share is a :class:`fractions.Fraction`.

A household is multidimensionally poor when its weighted deprivation score ``c = Σ w_j`` over the indicators it is
deprived in reaches the cut-off ``k``. Over a sample (weighted by survey weights, and by persons if asked):

* ``H`` = the poor's share (incidence); ``A`` = their mean score (intensity); ``M0 = H × A``;
* ``uncensored[j]`` = the share deprived in ``j``; ``censored[j]`` = the share poor *and* deprived in ``j``;
* ``contribution[j] = w_j × censored[j]`` (they add up to ``M0``); ``share[j] = contribution[j] / M0``;
* by group: ``M0 = Σ_g population_share_g × M0_g``.

References:
    * Alkire, S. and Foster, J. (2011), "Counting and multidimensional poverty measurement", Journal of Public
      Economics 95(7-8): 476-487.
    * OPHI and UNDP, Global Multidimensional Poverty Index, methodological notes (the global MPI's weights and
      k = 1/3): https://ophi.org.uk/global-mpi ; https://hdr.undp.org/content/2023-global-multidimensional-poverty-index-mpi
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard, Status, Text

if TYPE_CHECKING:
    from giamngheo._assessment import Assessment

__all__ = [
    "GLOBAL_MPI",
    "AFResult",
    "Change",
    "Sample",
    "Spec",
    "alkire_foster",
    "change",
    "headcount",
    "national",
    "to_frame",
]

Weight = int | Fraction


def _exact(name: str, value: object, *, positive: bool = False) -> Fraction:
    """An exact number: int, Fraction, Decimal or a string like "1/6" or "0.5"; a float is refused."""
    if isinstance(value, bool | float):
        raise InvalidInput(name, f"must be exact (an int, a Fraction, a Decimal or a string like '1/6'), got {value!r}")
    if isinstance(value, int | Fraction | Decimal | str):
        try:
            number = Fraction(value)
        except (ValueError, ZeroDivisionError, OverflowError):
            raise InvalidInput(name, f"is not an exact number: {value!r}") from None
    else:
        raise InvalidInput(name, f"must be an exact number, got {value!r}")
    if number < 0 or (positive and number == 0):
        raise InvalidInput(name, f"must be {'positive' if positive else 'non-negative'}, got {value!r}")
    return number


@attrs.frozen
class Spec:
    """The indicators of a measure and their weights, which add up to exactly 1.

    Attributes:
        id: The measure's id.
        name: Its name.
        weights: ``(indicator id, weight)`` in the order of the indicators.
        k: The default poverty cut-off: poor when the weighted score is at least ``k``.
        source: Where the weights and cut-off come from.
    """

    id: str
    name: Text
    weights: tuple[tuple[str, Fraction], ...]
    k: Fraction
    source: str

    def __attrs_post_init__(self) -> None:
        ids = [j for j, _ in self.weights]
        if len(set(ids)) != len(ids) or not ids:
            raise InvalidInput("weights", f"{self.id}: give each indicator once, at least one, got {ids}")
        total = sum((w for _, w in self.weights), Fraction(0))
        if total != 1:
            raise InvalidInput("weights", f"{self.id}: the weights must add up to exactly 1, they add up to {total}")
        if not 0 < self.k <= 1:
            raise InvalidInput("k", f"{self.id}: the cut-off must be above 0 and at most 1, got {self.k}")

    @classmethod
    def of(cls, id: str, weights: Mapping[str, object], *, k: object, name: Text | None = None, source: str = "user") -> Spec:  # noqa: A002
        """A spec from a mapping of weights given exactly (``{"water": "1/6", …}``)."""
        exact = tuple((str(j), _exact(f"weights[{j!r}]", w)) for j, w in weights.items())
        return cls(id, name or Text(id, id), exact, _exact("k", k, positive=True), source)

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        """The indicators, in order."""
        return tuple(j for j, _ in self.weights)

    def score(self, deprived: Iterable[str]) -> Fraction:
        """The weighted deprivation score of a household deprived in ``deprived``."""
        weights = dict(self.weights)
        return sum((weights[j] for j in deprived if j in weights), Fraction(0))


def national(standard: Standard) -> Spec:
    """The preset of a multidimensional standard: equal weights over its indicators, ``k`` = its cut-off.

    Under Nghị định 07/2021/NĐ-CP, 12 indicators weigh 1/12 each and k = 3/12: a household deprived in 3 or more is
    poor *in the Alkire-Foster sense*. The legal status also needs the income test; this preset measures the
    deprivation side only.

    Raises:
        InvalidInput: for a standard without indicators (income only).
    """
    ids = tuple(i.id for i in standard.indicators)
    if not ids or standard.deprivation_cutoff is None:
        raise InvalidInput("standard", f"{standard.id} measures income only: there is nothing to weigh")
    d = len(ids)
    return Spec(
        id=f"{standard.id}-equal-weights",
        name=Text(f"{standard.name.vi}: trọng số bằng nhau", f"{standard.name.en}: equal weights"),
        weights=tuple((j, Fraction(1, d)) for j in ids),
        k=Fraction(standard.deprivation_cutoff.value, d),
        source=f"{standard.basis.render('en')}; equal weights and k = cut-off / {d}: giamngheo's preset",
    )


#: The global MPI's ten indicators and weights (k = 1/3), an example of nested weights: health and education
#: 1/3 each (two indicators of 1/6), living standards 1/3 (six indicators of 1/18). Its indicator ids are the
#: global MPI's, not giamngheo's: map your data onto them to use it.
GLOBAL_MPI = Spec(
    id="global-mpi",
    name=Text("Chỉ số nghèo đa chiều toàn cầu (OPHI, UNDP)", "Global Multidimensional Poverty Index (OPHI, UNDP)"),
    weights=(
        ("nutrition", Fraction(1, 6)),
        ("child_mortality", Fraction(1, 6)),
        ("years_of_schooling", Fraction(1, 6)),
        ("school_attendance", Fraction(1, 6)),
        ("cooking_fuel", Fraction(1, 18)),
        ("sanitation", Fraction(1, 18)),
        ("drinking_water", Fraction(1, 18)),
        ("electricity", Fraction(1, 18)),
        ("housing", Fraction(1, 18)),
        ("assets", Fraction(1, 18)),
    ),
    k=Fraction(1, 3),
    source="OPHI and UNDP, Global MPI methodological notes: https://ophi.org.uk/global-mpi",
)


@attrs.frozen
class Sample:
    """Households to measure: their deprivations, statuses, persons, survey weights and groups.

    Attributes:
        ids: The households' ids.
        deprived: The indicators each household is deprived in.
        statuses: Their statuses (for headcounts of the legal classification), or ``None`` where not known.
        persons: Their numbers of persons.
        weights: Their survey weights, exact (1 for a register).
        groups: For each grouping (``"commune"``, ``"area"`` …) the group of each household.
    """

    ids: tuple[str, ...]
    deprived: tuple[frozenset[str], ...]
    statuses: tuple[Status | None, ...]
    persons: tuple[int, ...]
    weights: tuple[Fraction, ...]
    groups: tuple[tuple[str, tuple[str | None, ...]], ...] = ()

    def __attrs_post_init__(self) -> None:
        n = len(self.ids)
        for name in ("deprived", "statuses", "persons", "weights"):
            if len(getattr(self, name)) != n:
                raise InvalidInput(name, f"has {len(getattr(self, name))} values for {n} households")
        for key, values in self.groups:
            if len(values) != n:
                raise InvalidInput(f"groups[{key!r}]", f"has {len(values)} values for {n} households")
        for i, p in enumerate(self.persons):
            if type(p) is not int or p < 1:
                raise InvalidInput("persons", f"a whole number of at least 1, got {p!r}", self.ids[i])

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def of(
        cls,
        deprived: Sequence[Iterable[str]],
        *,
        ids: Sequence[str] | None = None,
        statuses: Sequence[Status | None] | None = None,
        persons: Sequence[int] | None = None,
        weights: Sequence[object] | None = None,
        groups: Mapping[str, Sequence[str | None]] | None = None,
    ) -> Sample:
        """A sample from plain sequences; weights are exact (int, Fraction, Decimal, or a string like "3/2")."""
        n = len(deprived)
        return cls(
            ids=tuple(ids) if ids is not None else tuple(str(i) for i in range(n)),
            deprived=tuple(frozenset(d) for d in deprived),
            statuses=tuple(statuses) if statuses is not None else (None,) * n,
            persons=tuple(persons) if persons is not None else (1,) * n,
            weights=tuple(_exact("weights", w) for w in weights) if weights is not None else (Fraction(1),) * n,
            groups=tuple((k, tuple(v)) for k, v in (groups or {}).items()),
        )

    @classmethod
    def from_assessments(
        cls,
        assessments: Sequence[Assessment],
        *,
        weights: Sequence[object] | None = None,
        groups: Mapping[str, Sequence[str | None]] | None = None,
    ) -> Sample:
        """A sample of assessed households (persons from their members or size; 1 if neither is known).

        The commune of each household is added as the grouping ``"commune"`` and its area as ``"area"``, unless
        ``groups`` gives them; give other groupings (``"province"``, ``"ethnicity"``, ``"head_sex"`` …) in
        ``groups``, one value per household.
        """
        given = dict(groups or {})
        given.setdefault("commune", [a.household.commune for a in assessments])
        given.setdefault("area", [None if a.area is None else a.area.value for a in assessments])
        return cls.of(
            [a.deprived for a in assessments],
            ids=[a.household.id or str(i) for i, a in enumerate(assessments)],
            statuses=[a.status for a in assessments],
            persons=[a.household.size or 1 for a in assessments],
            weights=weights,
            groups=given,
        )

    @classmethod
    def from_batch(
        cls,
        result: Any,  # noqa: ANN401 - a giamngheo.batch.BatchResult
        *,
        persons: Sequence[int] | None = None,
        weights: Sequence[object] | None = None,
        groups: Mapping[str, Sequence[str | None]] | None = None,
    ) -> Sample:
        """A sample of a batch result's rows without an error, with the groupings ``commune``, ``district``, ``area``.

        Rows with an error are left out (:attr:`giamngheo.batch.BatchResult.failed` counts them). An indicator
        left undetermined (facts unknown) counts as not deprived: the measures are then lower bounds. Persons are
        the members listed or the household size (1 where neither is known), unless given.
        """
        keep = [i for i, code in enumerate(result.status.tolist()) if code >= 0]
        ids = result.indicator_ids
        matrix = result.deprived
        given = {k: [v[i] for i in keep] for k, v in (groups or {}).items()}
        given.setdefault("commune", [result.commune[i] for i in keep])
        given.setdefault("district", [result.district[i] for i in keep])
        given.setdefault("area", [result.area[i] for i in keep])
        statuses = result.statuses()
        return cls.of(
            [frozenset(ids[j] for j in range(len(ids)) if matrix[i, j]) for i in keep],
            ids=[str(result.household_id[i]) for i in keep],
            statuses=[statuses[i] for i in keep],
            persons=[max(int(result.persons[i]), 1) for i in keep] if persons is None else [persons[i] for i in keep],
            weights=None if weights is None else [weights[i] for i in keep],
            groups=given,
        )

    def group(self, key: str) -> tuple[str | None, ...]:
        """The group of each household under grouping ``key``."""
        for name, values in self.groups:
            if name == key:
                return values
        raise InvalidInput("by", f"no grouping {key!r}; the sample has {', '.join(k for k, _ in self.groups) or 'none'}")

    def subset(self, rows: Sequence[int]) -> Sample:
        """The households at ``rows``."""
        return Sample(
            ids=tuple(self.ids[i] for i in rows),
            deprived=tuple(self.deprived[i] for i in rows),
            statuses=tuple(self.statuses[i] for i in rows),
            persons=tuple(self.persons[i] for i in rows),
            weights=tuple(self.weights[i] for i in rows),
            groups=tuple((k, tuple(v[i] for i in rows)) for k, v in self.groups),
        )

    def split(self, key: str) -> dict[str | None, Sample]:
        """One sample per group of grouping ``key``, groups in the order they first appear."""
        rows: dict[str | None, list[int]] = {}
        for i, g in enumerate(self.group(key)):
            rows.setdefault(g, []).append(i)
        return {g: self.subset(r) for g, r in rows.items()}


def to_frame(results: AFResult | Iterable[AFResult] | Mapping[object, AFResult], *, decimals: int | None = None) -> Any:  # noqa: ANN401
    """One or more results as a pandas DataFrame, one row each (needs pandas); exact fractions unless ``decimals``."""
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - optional

    if isinstance(results, AFResult):
        rows = [results]
    elif isinstance(results, Mapping):
        rows = list(results.values())
    else:
        rows = list(results)
    return pd.DataFrame([r.as_dict(decimals=decimals) for r in rows])


def _unit_weights(sample: Sample, unit: str) -> list[Fraction]:
    if unit == "households":
        return list(sample.weights)
    if unit == "persons":
        return [w * p for w, p in zip(sample.weights, sample.persons, strict=True)]
    raise InvalidInput("unit", f"'households' or 'persons', got {unit!r}")


@attrs.frozen
class AFResult:
    """The Alkire-Foster measures of one sample (or group) at one cut-off.

    Attributes:
        spec: The indicators and weights.
        k: The cut-off.
        unit: ``"households"`` or ``"persons"``.
        group: The group measured (``None`` for the whole sample).
        population: The weighted number of units.
        poor: The weighted number of poor units.
        H: Incidence: ``poor / population``.
        A: Intensity: the poor's mean score (0 when no one is poor).
        M0: Adjusted headcount ratio: ``H × A``.
        uncensored: Per indicator, the share deprived in it.
        censored: Per indicator, the share poor and deprived in it.
        contribution: Per indicator, ``weight × censored``; they add up to ``M0``.
        share: Per indicator, ``contribution / M0`` (``None`` when ``M0`` is 0); they add up to 1.
        population_share: The group's share of the whole sample's population (1 for the whole sample).
    """

    spec: Spec
    k: Fraction
    unit: str
    group: str | None
    population: Fraction
    poor: Fraction
    H: Fraction
    A: Fraction
    M0: Fraction
    uncensored: tuple[tuple[str, Fraction], ...]
    censored: tuple[tuple[str, Fraction], ...]
    contribution: tuple[tuple[str, Fraction], ...]
    share: tuple[tuple[str, Fraction | None], ...]
    population_share: Fraction = Fraction(1)

    def as_dict(self, *, decimals: int | None = None) -> dict[str, object]:
        """The measures as a flat dict (``censored.water`` …); with ``decimals``, rounded for display."""

        def show(x: Fraction | None) -> object:
            if x is None or decimals is None:
                return x
            return round(Decimal(x.numerator) / Decimal(x.denominator), decimals)

        row: dict[str, object] = {"group": self.group, "k": self.k, "unit": self.unit}
        for name in ("population", "poor", "H", "A", "M0", "population_share"):
            row[name] = show(getattr(self, name))
        for prefix in ("uncensored", "censored", "contribution", "share"):
            for j, v in getattr(self, prefix):
                row[f"{prefix}.{j}"] = show(v)
        return row


def _measure(  # noqa: PLR0917 - the parts of one measurement
    sample: Sample, spec: Spec, k: Fraction, unit: str, group: str | None, whole: Fraction | None
) -> AFResult:
    ids = spec.indicator_ids
    weights = dict(spec.weights)
    unit_weights = _unit_weights(sample, unit)
    population = sum(unit_weights, Fraction(0))
    # Households with the same deprivations share a score: add their weights first (at most 2**d profiles).
    profiles: dict[frozenset[str], Fraction] = {}
    for deprived, w in zip(sample.deprived, unit_weights, strict=True):
        key = frozenset(j for j in deprived if j in weights)
        profiles[key] = profiles.get(key, Fraction(0)) + w
    poor = Fraction(0)
    score_sum = Fraction(0)
    deprived_in = dict.fromkeys(ids, Fraction(0))
    poor_in = dict.fromkeys(ids, Fraction(0))
    for profile, w in profiles.items():
        c = sum((weights[j] for j in profile), Fraction(0))
        is_poor = c >= k
        if is_poor:
            poor += w
            score_sum += c * w
        for j in profile:
            deprived_in[j] += w
            if is_poor:
                poor_in[j] += w

    def ratio(x: Fraction) -> Fraction:
        return x / population if population else Fraction(0)

    h = ratio(poor)
    a = score_sum / poor if poor else Fraction(0)
    m0 = h * a
    censored = tuple((j, ratio(poor_in[j])) for j in ids)
    contribution = tuple((j, weights[j] * c) for j, c in censored)
    return AFResult(
        spec=spec,
        k=k,
        unit=unit,
        group=group,
        population=population,
        poor=poor,
        H=h,
        A=a,
        M0=m0,
        uncensored=tuple((j, ratio(deprived_in[j])) for j in ids),
        censored=censored,
        contribution=contribution,
        share=tuple((j, (c / m0) if m0 else None) for j, c in contribution),
        population_share=Fraction(1) if whole is None else (population / whole if whole else Fraction(0)),
    )


def alkire_foster(
    sample: Sample,
    spec: Spec,
    *,
    k: object | Sequence[object] | None = None,
    unit: str = "households",
    by: str | None = None,
) -> Any:  # noqa: ANN401 - one result, a tuple per k, or a dict per group
    """The Alkire-Foster measures of ``sample`` under ``spec``.

    Args:
        sample: The households.
        spec: The indicators and weights (:func:`national`, :data:`GLOBAL_MPI`, or :meth:`Spec.of`).
        k: The cut-off (default: the spec's), or several: then one result per cut-off, in order.
        unit: Count ``"households"`` or ``"persons"`` (each household weighs its persons times its weight).
        by: A grouping: then a dict of one result per group (with its population share), groups in order of first
            appearance; ``M0 == Σ population_share × M0_group`` exactly.

    Raises:
        InvalidInput: for an inexact or out-of-range cut-off, an unknown unit or grouping, or a household deprived
            in an indicator the spec does not weigh (a misspelt id or another standard's sample would otherwise
            give plausible zeros).
    """
    if k is None:
        cutoffs: list[Fraction] = [spec.k]
        several = False
    elif isinstance(k, list | tuple):
        cutoffs = [_exact("k", x, positive=True) for x in k]
        several = True
    else:
        cutoffs = [_exact("k", k, positive=True)]
        several = False
    for x in cutoffs:
        if x > 1:
            raise InvalidInput("k", f"a cut-off is at most 1 (the sum of the weights), got {x}")
    _unit_weights(sample, unit)  # checks the unit
    known = frozenset(spec.indicator_ids)
    for i, deprived in enumerate(sample.deprived):
        unknown = deprived - known
        if unknown:
            raise InvalidInput(
                "sample",
                f"{', '.join(sorted(unknown))}: not an indicator of {spec.id} (its indicators: {', '.join(spec.indicator_ids)})",
                sample.ids[i],
            )

    def one(x: Fraction) -> Any:  # noqa: ANN401
        if by is None:
            return _measure(sample, spec, x, unit, None, None)
        whole = sum(_unit_weights(sample, unit), Fraction(0))
        return {g: _measure(part, spec, x, unit, g, whole) for g, part in sample.split(by).items()}

    results = [one(x) for x in cutoffs]
    return tuple(results) if several else results[0]


def headcount(
    sample: Sample,
    statuses: Iterable[Status] = (Status.POOR,),
    *,
    unit: str = "households",
    by: str | None = None,
) -> Fraction | dict[str | None, Fraction]:
    """The share of households (or persons) whose legal status is one of ``statuses``, exact.

    Raises:
        InvalidInput: if a household's status is not known, for an unknown unit or grouping.
    """
    wanted = frozenset(statuses)
    for i, s in enumerate(sample.statuses):
        if s is None:
            raise InvalidInput("statuses", "unknown: build the sample from assessments", sample.ids[i])

    def share(part: Sample) -> Fraction:
        weights = _unit_weights(part, unit)
        total = sum(weights, Fraction(0))
        hit = sum((w for w, s in zip(weights, part.statuses, strict=True) if s in wanted), Fraction(0))
        return hit / total if total else Fraction(0)

    if by is None:
        return share(sample)
    return {g: share(part) for g, part in sample.split(by).items()}


@attrs.frozen
class Change:
    """The change of the measures between two results (same spec, cut-off and unit).

    Attributes:
        before: The earlier result.
        after: The later result.
        years: The years between them, for the annualised change (``None`` if not given).
        absolute: Per measure, ``after - before`` (``H``, ``A``, ``M0``, ``censored.<j>``).
        relative: Per measure, ``(after - before) / before`` (``None`` where ``before`` is 0).
    """

    before: AFResult
    after: AFResult
    years: Fraction | None
    absolute: tuple[tuple[str, Fraction], ...]
    relative: tuple[tuple[str, Fraction | None], ...]

    def annualised_absolute(self, measure: str) -> Fraction:
        """The absolute change of ``measure`` a year.

        Raises:
            InvalidInput: without ``years``.
        """
        if self.years is None:
            raise InvalidInput("years", "give the years between the two results (or the dates)")
        return dict(self.absolute)[measure] / self.years


def _values(result: AFResult) -> dict[str, Fraction]:
    values = {"H": result.H, "A": result.A, "M0": result.M0}
    values |= {f"censored.{j}": v for j, v in result.censored}
    return values


def change(
    before: AFResult, after: AFResult, *, years: object | None = None, dates: tuple[dt.date, dt.date] | None = None
) -> Change:
    """The absolute and relative change of each measure from ``before`` to ``after``.

    Args:
        before: The earlier result.
        after: The later result.
        years: The years between them (exact), for annualised changes; or give ``dates``.
        dates: The dates of the two results; the years between them are counted in days / 365.

    Raises:
        InvalidInput: if the results differ in spec, cut-off or unit.
    """
    if (before.spec.weights, before.k, before.unit) != (after.spec.weights, after.k, after.unit):
        raise InvalidInput("after", "compare results of the same weights, cut-off and unit")
    span: Fraction | None = None
    if dates is not None:
        if not dates[1] > dates[0]:
            raise InvalidInput("dates", f"the later date must come after the earlier one, got {dates[0]} and {dates[1]}")
        span = Fraction((dates[1] - dates[0]).days, 365)
    elif years is not None:
        span = _exact("years", years, positive=True)
    a, b = _values(before), _values(after)
    return Change(
        before=before,
        after=after,
        years=span,
        absolute=tuple((m, b[m] - a[m]) for m in a),
        relative=tuple((m, (b[m] - a[m]) / a[m] if a[m] else None) for m in a),
    )
