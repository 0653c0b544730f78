"""The Alkire-Foster measures, exactly: every share is a :class:`fractions.Fraction`.

A household is multidimensionally poor when its weighted deprivation score ``c = Σ w_j`` over the indicators it is
deprived in reaches the cut-off ``k``. Over a sample (weighted by survey weights, and by persons if asked):

* ``H`` = the poor's share (incidence); ``A`` = their mean score (intensity); ``M0 = H × A``;
* ``uncensored[j]`` = the share deprived in ``j``; ``censored[j]`` = the share poor *and* deprived in ``j``;
* ``contribution[j] = w_j × censored[j]`` (they add up to ``M0``); ``share[j] = contribution[j] / M0``;
* by group: ``M0 = Σ_g population_share_g × M0_g``.

A sample holds each household's deprivations as an integer bit mask. The weights of the households that share a
profile are added first, as integers (``numpy.bincount`` for a sample from a batch result), so the exact
arithmetic runs once per distinct profile, at most ``2 ** d`` of them for ``d`` indicators, whatever the number of
households.

References:
    * Alkire, S. and Foster, J. (2011), "Counting and multidimensional poverty measurement", Journal of Public
      Economics 95(7-8): 476-487.
    * OPHI and UNDP, Global Multidimensional Poverty Index, methodological notes (the global MPI's weights and
      k = 1/3): https://ophi.org.uk/global-mpi ; https://hdr.undp.org/content/2023-global-multidimensional-poverty-index-mpi
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._model import Status
from giamngheo.measure._inputs import check_by, check_decimals, check_type, exact_fraction, wanted_statuses
from giamngheo.measure._sample import FLOAT_EXACT, INT64_MAX, MAX_ARRAY_BITS, MAX_BINS, AFSample, got, mask_bits
from giamngheo.measure._spec import AFSpec

Weight = int | Fraction


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

    spec: AFSpec
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
        check_decimals(decimals)

        def show(x: Fraction | None) -> object:
            if x is None or decimals is None:
                return x
            # exactly, half to even, as to_frame rounds: a Decimal made from text takes no context's precision
            return Decimal(f"{round(x * 10**decimals)}E-{decimals}")

        row: dict[str, object] = {"group": self.group, "k": self.k, "unit": self.unit}
        for name in ("population", "poor", "H", "A", "M0", "population_share"):
            row[name] = show(getattr(self, name))
        for prefix in ("uncensored", "censored", "contribution", "share"):
            for j, v in getattr(self, prefix):
                row[f"{prefix}.{j}"] = show(v)
        return row


# --- adding up the weights of identical keys (profiles, statuses), exactly -----------------------------------


_Key = TypeVar("_Key", bound=Hashable)


def _tally(keys: Iterable[_Key], weights: Iterable[int] | None) -> dict[_Key, int]:
    """Each distinct key and the sum of the weights at it (the count without weights), in Python."""
    if weights is None:
        return dict(Counter(keys))
    sums: dict[_Key, int] = {}
    for key, w in zip(keys, weights, strict=True):
        sums[key] = sums.get(key, 0) + w
    return sums


def _tally_array(np: Any, keys: Any, bins: int, weights: Any) -> tuple[Any, Any]:  # noqa: ANN401
    """The distinct keys (non-negative, below ``bins``), ascending, and the exact sum of the weights at each.

    Counts and weighted sums use ``numpy.bincount``, whose weighted sums are float64: it is used only when no sum
    can reach 2**53 (an integer sum below it is exact in float64), and the sums come back as int64. Otherwise the
    sums are Python ints (an object array), added after sorting by key.
    """
    n = len(keys)
    exact_in_float = True
    if weights is not None and n:
        if weights.dtype == object or int(weights.max()) > INT64_MAX // n:
            exact_in_float = False  # the int64 total itself could overflow
        else:
            exact_in_float = int(weights.sum()) < FLOAT_EXACT
    if weights is not None and not exact_in_float:
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        sums = np.add.reduceat(weights[order].astype(object), starts)  # object: Python ints, no overflow
        return ordered[starts].astype(np.int64), sums
    if bins <= MAX_BINS:
        counts = np.bincount(keys, weights=weights, minlength=bins)
        hit = np.flatnonzero(counts)
        return hit, counts[hit].astype(np.int64)
    distinct, inverse = np.unique(keys, return_inverse=True)
    counts = np.bincount(inverse.reshape(-1), weights=weights, minlength=len(distinct))
    hit = np.flatnonzero(counts)
    return distinct[hit].astype(np.int64), counts[hit].astype(np.int64)


@attrs.frozen
class _Tally:
    """The distinct (group, profile) pairs of a sample and the total unit weight of each.

    Attributes:
        labels: The groups, by code (``[None]`` for the whole sample).
        group: The code of the group of each pair.
        mask: The profile of each pair.
        total: The sum of the unit weights of the households with that group and profile.
        arrays: Whether the three are int64 numpy arrays whose sums are exact in float64 (else Python lists).
    """

    labels: list[str | None]
    group: Any
    mask: Any
    total: Any
    arrays: bool


def _profiles(sample: AFSample, weights: Any, by: str | None) -> _Tally:  # noqa: ANN401
    """The sample's distinct profiles, in each group of ``by`` (or in the whole sample), with their total weight."""
    if by is None:
        codes: Any = None
        labels: list[str | None] = [None]
    else:
        codes, labels = sample._codes(by)  # noqa: SLF001 - this module's class
    bits = len(sample.indicators)
    if sample._arrays and (len(labels) << bits) <= 1 << MAX_ARRAY_BITS:  # noqa: SLF001
        import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

        masks = sample._masks  # noqa: SLF001
        # one key per (group, profile): the group's code above the mask's bits
        keys = masks if codes is None else (codes << bits) | masks
        found, total = _tally_array(np, keys, len(labels) << bits, weights)
        group, mask = found >> bits, found & ((1 << bits) - 1)
        if total.dtype != object and int(total.sum()) < FLOAT_EXACT:
            return _Tally(labels, group, mask, total, arrays=True)
        return _Tally(labels, group.tolist(), mask.tolist(), [int(t) for t in total.tolist()], arrays=False)
    listed = sample._masks_list()  # noqa: SLF001
    plain = None if weights is None else (weights.tolist() if sample._arrays else weights)  # noqa: SLF001
    if codes is None:
        keyed = [(0, m, t) for m, t in _tally(listed, plain).items()]
    else:
        pairs = zip(codes.tolist() if sample._arrays else codes, listed, strict=True)  # noqa: SLF001
        keyed = [(c, m, t) for (c, m), t in _tally(pairs, plain).items()]
    return _Tally(labels, [c for c, _, _ in keyed], [m for _, m, _ in keyed], [t for _, _, t in keyed], arrays=False)


class _Scores:
    """A sample's bits under a spec: each bit's weight as an integer over one denominator, its spec position."""

    def __init__(self, indicators: Sequence[str], spec: AFSpec) -> None:
        weights = dict(spec.weights)
        self.den = math.lcm(*(w.denominator for _, w in spec.weights))
        self.weight = [
            weights[j].numerator * (self.den // weights[j].denominator) if j in weights else 0 for j in indicators
        ]
        position = {j: p for p, j in enumerate(spec.indicator_ids)}
        self.position = [position.get(j) for j in indicators]
        #: The bits of the indicators the spec does not weigh.
        self.unknown = sum(1 << b for b, p in enumerate(self.position) if p is None)
        self._seen: dict[int, tuple[tuple[int, ...], int]] = {}

    def of(self, mask: int) -> tuple[tuple[int, ...], int]:
        """The bits of ``mask`` and its score (over :attr:`den`), computed once per distinct profile."""
        found = self._seen.get(mask)
        if found is None:
            bits = mask_bits(mask)
            found = self._seen[mask] = (bits, sum(self.weight[b] for b in bits))
        return found


@attrs.define
class _Sums:
    """One group's integer sums of unit weights (over the sample's common denominator); per bit of the sample."""

    total: int = 0
    poor: int = 0
    score_sum: int = 0  # Σ score × weight over the poor, the score over _Scores.den
    deprived_in: list[int] = attrs.Factory(list)
    poor_in: list[int] = attrs.Factory(list)


def _sums(tally: _Tally, scores: _Scores, k: Fraction) -> list[_Sums]:
    """Each group's sums at cut-off ``k``: poor when score / scores.den >= k, compared in integers."""
    bar, times = k.numerator * scores.den, k.denominator  # poor: score × times >= bar
    bits = len(scores.weight)
    groups = len(tally.labels)
    # numpy only when every product below stays an exact float64 integer (scores are at most scores.den)
    whole = int(tally.total.sum()) if tally.arrays else 0
    if tally.arrays and scores.den * max(times, whole, 1) < FLOAT_EXACT and bar < FLOAT_EXACT:
        import numpy as np  # noqa: PLC0415 - already imported: the tally is arrays

        mask, group, t = tally.mask, tally.group, tally.total
        score = np.zeros(len(mask), dtype=np.int64)
        for b, w in enumerate(scores.weight):
            if w:
                score += ((mask >> b) & 1) * w
        poor = score * times >= bar
        tp = t * poor

        def add(where: Any, weights: Any) -> list[int]:  # noqa: ANN401
            return np.bincount(group[where], weights=weights[where], minlength=groups).astype(np.int64).tolist()  # type: ignore[no-any-return]

        every = slice(None)
        total, poor_total, score_sum = add(every, t), add(every, tp), add(every, tp * score)
        per_bit = [((mask >> b) & 1).astype(bool) for b in range(bits)]
        deprived_in = [add(on, t) for on in per_bit]
        poor_in = [add(on, tp) for on in per_bit]
        return [
            _Sums(total[g], poor_total[g], score_sum[g], [d[g] for d in deprived_in], [p[g] for p in poor_in])
            for g in range(groups)
        ]
    out = [_Sums(deprived_in=[0] * bits, poor_in=[0] * bits) for _ in range(groups)]
    listed = zip(*(x.tolist() if tally.arrays else x for x in (tally.group, tally.mask, tally.total)), strict=True)
    for g, mask, t in listed:
        on, points = scores.of(mask)
        s = out[g]
        s.total += t
        if points * times >= bar:
            s.poor += t
            s.score_sum += points * t
            for b in on:
                s.deprived_in[b] += t
                s.poor_in[b] += t
        else:
            for b in on:
                s.deprived_in[b] += t
    return out


def _measure(  # noqa: PLR0917 - the parts of one measurement
    sums: _Sums,
    scores: _Scores,
    spec: AFSpec,
    k: Fraction,
    unit: str,
    group: str | None,
    den: int,
    whole: int | None,
) -> AFResult:
    """The measures of one group from its integer sums: one Fraction per measure."""
    ids = spec.indicator_ids
    uncensored_sum = [0] * len(ids)
    censored_sum = [0] * len(ids)
    for b, p in enumerate(scores.position):
        if p is not None:
            uncensored_sum[p] = sums.deprived_in[b]
            censored_sum[p] = sums.poor_in[b]
    total = sums.total

    def ratio(x: int) -> Fraction:
        return Fraction(x, total) if total else Fraction(0)

    h = ratio(sums.poor)
    a = Fraction(sums.score_sum, scores.den * sums.poor) if sums.poor else Fraction(0)
    m0 = h * a
    censored = tuple((j, ratio(c)) for j, c in zip(ids, censored_sum, strict=True))
    contribution = tuple((j, w * c) for (j, w), (_, c) in zip(spec.weights, censored, strict=True))
    return AFResult(
        spec=spec,
        k=k,
        unit=unit,
        group=group,
        population=Fraction(total, den),
        poor=Fraction(sums.poor, den),
        H=h,
        A=a,
        M0=m0,
        uncensored=tuple((j, ratio(u)) for j, u in zip(ids, uncensored_sum, strict=True)),
        censored=censored,
        contribution=contribution,
        share=tuple((j, (c / m0) if m0 else None) for j, c in contribution),
        population_share=Fraction(1) if whole is None else (Fraction(total, whole) if whole else Fraction(0)),
    )


def alkire_foster(
    sample: AFSample,
    spec: AFSpec,
    *,
    k: object | Sequence[object] | None = None,
    unit: str = "households",
    by: str | None = None,
) -> Any:  # noqa: ANN401 - one result, a tuple per k, or a dict per group
    """The Alkire-Foster measures of ``sample`` under ``spec``.

    The weights of the households that share a deprivation profile are added first, as integers (with
    ``numpy.bincount`` for a sample from :meth:`AFSample.from_batch`); the scores, the cut-off and every measure are
    then computed once per distinct profile, exactly, with integers and :class:`~fractions.Fraction`.

    Args:
        sample: The households.
        spec: The indicators and weights (:func:`national_spec`, :data:`GLOBAL_MPI`, or :meth:`AFSpec.of`).
        k: The cut-off (default: the spec's), or several: then one result per cut-off, in order.
        unit: Count ``"households"`` or ``"persons"`` (each household weighs its persons times its weight).
        by: A grouping: then a dict of one result per group (with its population share), groups in order of first
            appearance; ``M0 == Σ population_share × M0_group`` exactly.

    Raises:
        InvalidInput: for an inexact or out-of-range cut-off, an unknown unit or grouping, or a household deprived
            in an indicator the spec does not weigh (a misspelt id or another standard's sample would otherwise
            give plausible zeros).
    """
    check_type("sample", sample, AFSample, "a giamngheo.measure.AFSample")
    check_type("spec", spec, AFSpec, "a giamngheo.measure.AFSpec")
    check_by(by)
    if k is None:
        cutoffs: list[Fraction] = [spec.k]
        several = False
    elif isinstance(k, list | tuple):
        cutoffs = [exact_fraction("k", x, positive=True) for x in k]
        several = True
    else:
        cutoffs = [exact_fraction("k", k, positive=True)]
        several = False
    for x in cutoffs:
        if x > 1:
            raise InvalidInput("k", f"a cut-off is at most 1 (the sum of the weights), got {x}")
    weights, den = sample._unit_weights(unit)  # noqa: SLF001 - checks the unit too
    scores = _Scores(sample.indicators, spec)
    sample._check_known(scores.unknown, spec)  # noqa: SLF001
    tally = _profiles(sample, weights, by)  # once for every cut-off
    whole = int(tally.total.sum()) if tally.arrays else sum(tally.total)

    def one(x: Fraction) -> Any:  # noqa: ANN401
        sums = _sums(tally, scores, x)
        if by is None:
            return _measure(sums[0], scores, spec, x, unit, None, den, None)
        labels = tally.labels
        return {g: _measure(s, scores, spec, x, unit, g, den, whole) for g, s in zip(labels, sums, strict=True)}

    results = [one(x) for x in cutoffs]
    return tuple(results) if several else results[0]


def headcount(
    sample: AFSample,
    statuses: Iterable[Status] = (Status.POOR,),
    *,
    unit: str = "households",
    by: str | None = None,
) -> Fraction | dict[str | None, Fraction]:
    """The share of households (or persons) whose legal status is one of ``statuses``, exact.

    Raises:
        InvalidInput: if a household's status is not known, for an unknown unit or grouping.
    """
    check_type("sample", sample, AFSample, "a giamngheo.measure.AFSample")
    wanted = wanted_statuses(statuses)
    check_by(by)
    status = got(sample._status)  # noqa: SLF001 - this module's class
    table = sample._status_table  # noqa: SLF001
    if table is None:
        first = next((i for i, s in enumerate(status) if s is None), None)
    else:
        import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

        unknown = np.flatnonzero(status < 0)
        first = int(unknown[0]) if len(unknown) else None
    if first is not None:
        raise InvalidInput("statuses", "unknown: build the sample from assessments", sample._id(first))  # noqa: SLF001
    weights, _ = sample._unit_weights(unit)  # noqa: SLF001
    if by is None:
        codes: Any = None
        labels: list[str | None] = [None]
    else:
        codes, labels = sample._codes(by)  # noqa: SLF001
    sums: list[dict[object, int]] = [{} for _ in labels]
    if table is None and codes is None:
        sums[0] = dict(_tally(status, weights))
    elif table is None:
        for (c, s), total in _tally(zip(codes, status, strict=True), weights).items():
            sums[c][s] = total
    else:
        import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

        size = len(table)
        keyed = status.astype(np.int64) if codes is None else codes * size + status
        found, totals = _tally_array(np, keyed, len(labels) * size, weights)
        for key, total in zip(found.tolist(), totals.tolist(), strict=True):
            sums[key // size][table[key % size]] = int(total)

    def share(part: dict[object, int]) -> Fraction:
        total = sum(part.values())
        hit = sum(t for s, t in part.items() if s in wanted)
        return Fraction(hit, total) if total else Fraction(0)

    if by is None:
        return share(sums[0])
    return {g: share(part) for g, part in zip(labels, sums, strict=True)}
