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

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard, Status, Text
from giamngheo._numbers import exact_number

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
            number = exact_number(value, name)
        except InvalidInput:
            raise
        except (ValueError, ZeroDivisionError, OverflowError):
            raise InvalidInput(name, f"is not an exact number: {value!r}") from None
    else:
        raise InvalidInput(name, f"must be an exact number, got {value!r}")
    if number < 0 or (positive and number == 0):
        raise InvalidInput(name, f"must be {'positive' if positive else 'non-negative'}, got {value!r}")
    return number


def _listed(name: str, values: object) -> list[Any]:
    """A column given as a sequence (a list, a tuple, an array), materialised; a string or a mapping is not one."""
    if not isinstance(values, Iterable) or isinstance(values, str | bytes | Mapping):
        raise InvalidInput(name, f"a sequence of one value per household, got {values!r}"[:300])
    return list(values)


def _ids_of(name: str, value: object, household: str | None = None) -> frozenset[str]:
    """A household's deprivations: a collection of indicator ids (a string alone is not one)."""
    if not isinstance(value, Iterable) or isinstance(value, str | bytes | Mapping):
        raise InvalidInput(name, f"a collection of indicator ids, got {value!r}"[:300], household)
    listed = list(value)
    for j in listed:
        if not isinstance(j, str):
            raise InvalidInput(name, f"indicator ids are strings, got {j!r}"[:300], household)
    return frozenset(listed)


def _grouped(groups: object, ids: Sequence[object]) -> list[tuple[str, list[Any]]]:
    """The groupings of a sample: (name, one group per household) pairs, each group a string or ``None``."""
    grouped: list[tuple[str, list[Any]]] = []
    for pair in _listed("groups", groups):
        if not isinstance(pair, tuple | list) or len(pair) != 2 or not isinstance(pair[0], str):
            raise InvalidInput("groups", f"(grouping name, groups) pairs, got {pair!r}"[:300])
        key, values = pair[0], _listed(f"groups[{pair[0]!r}]", pair[1])
        if len(values) != len(ids):
            raise InvalidInput(f"groups[{key!r}]", f"has {len(values)} values for {len(ids)} households")
        for i, g in enumerate(values):
            if g is not None and not isinstance(g, str):
                raise InvalidInput(f"groups[{key!r}]", f"a group is a string or None, got {g!r}"[:300], str(ids[i]))
        grouped.append((key, values))
    return grouped


def _check_households(ids: Sequence[object], persons: Sequence[object], statuses: Sequence[object]) -> None:
    """Each household's id (a string), persons (a whole number, at least 1) and status (or ``None``)."""
    for hid in ids:
        if not isinstance(hid, str):
            raise InvalidInput("ids", f"a household's id is a string, got {hid!r}"[:300])
    for i, p in enumerate(persons):
        if type(p) is not int or p < 1:
            raise InvalidInput("persons", f"a whole number of at least 1, got {p!r}"[:300], str(ids[i]))
    for i, s in enumerate(statuses):
        if s is not None and not isinstance(s, Status):
            raise InvalidInput("statuses", f"a giamngheo.Status or None, got {s!r}"[:300], str(ids[i]))


def _wanted(statuses: object) -> frozenset[Status]:
    """The statuses a headcount counts: one status or a collection of them."""
    if isinstance(statuses, Status):
        return frozenset((statuses,))
    listed = _listed("statuses", statuses)
    for s in listed:
        _check_type("statuses", s, Status, "giamngheo.Status values")
    return frozenset(listed)


def _check_type(name: str, value: object, kind: type, what: str) -> None:
    if not isinstance(value, kind):
        raise InvalidInput(name, f"must be {what}, got {value!r}"[:300])


def _check_decimals(decimals: object) -> None:
    if decimals is not None and (type(decimals) is not int or not 0 <= decimals <= 30):
        raise InvalidInput("decimals", f"a number of decimal places from 0 to 30, got {decimals!r}"[:300])


def _check_by(by: object) -> None:
    if by is not None and not isinstance(by, str):
        raise InvalidInput("by", f"the name of a grouping, got {by!r}"[:300])


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
        if not isinstance(self.id, str):
            raise InvalidInput("id", f"a measure's id is a string, got {self.id!r}"[:300])
        _check_type("name", self.name, Text, "a giamngheo.Text")
        _check_type("source", self.source, str, "a string")
        if not isinstance(self.weights, tuple) or not all(
            isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str) and type(pair[1]) is Fraction
            for pair in self.weights
        ):
            raise InvalidInput("weights", f"{self.id}: (indicator id, Fraction) pairs, got {self.weights!r}"[:300])
        if type(self.k) is not Fraction:
            raise InvalidInput("k", f"{self.id}: the cut-off as a Fraction, got {self.k!r}"[:300])
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
        if not isinstance(weights, Mapping):
            raise InvalidInput("weights", f"a mapping of indicator id to weight, got {weights!r}"[:300])
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
    _check_type("standard", standard, Standard, "a giamngheo.Standard")
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


# --- samples: one integer bit mask of deprivations per household ---------------------------------------------

#: Up to this many bins, counting with ``numpy.bincount`` beats sorting (the bins take 8 bytes each).
_MAX_BINS = 1 << 22
#: Integers below 2**53 add exactly in float64, so ``numpy.bincount``'s weighted sums are exact below it.
_FLOAT_EXACT = 1 << 53
#: The most indicators a numpy mask holds: an int64 kept non-negative, so that masks (and group keys) index bins.
_MAX_ARRAY_BITS = 62
_INT64_MAX = (1 << 63) - 1


def _bits(mask: int) -> tuple[int, ...]:
    """The positions of the bits set in ``mask``, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return tuple(out)


def _over_common_denominator(name: str, values: Iterable[object]) -> tuple[tuple[int, ...] | None, int]:
    """Exact non-negative numbers as integer numerators over their least common denominator (``None``: all 1)."""
    exact = [_exact(name, w) for w in values]
    if all(w == 1 for w in exact):
        return None, 1
    den = math.lcm(*{w.denominator for w in exact})
    return tuple(w.numerator * (den // w.denominator) for w in exact), den


class _Rows:
    """A column of a batch result at the rows kept, taken on first use: most measures never read ids or groups."""

    __slots__ = ("_rows", "_source", "_value")

    def __init__(self, source: Any, rows: Any) -> None:  # noqa: ANN401 - numpy arrays; rows: an index, or None for all
        self._source = source
        self._rows = rows
        self._value: Any = None

    def get(self) -> Any:  # noqa: ANN401
        """The column."""
        if self._value is None:
            self._value = self._source if self._rows is None else self._source[self._rows]
        return self._value

    def at(self, where: Any) -> _Rows:  # noqa: ANN401
        """The column at ``where`` (positions in this column), still taken on first use."""
        return _Rows(self._source, where if self._rows is None else self._rows[where])


def _got(column: Any) -> Any:  # noqa: ANN401
    return column.get() if isinstance(column, _Rows) else column


class Sample:
    """Households to measure: their deprivations, statuses, persons, survey weights and groups.

    Each household's deprivations are held as one integer bit mask (bit ``b`` set: deprived in
    ``indicators[b]``) and its survey weight as an integer numerator over one common denominator. The measures add
    up the weights of identical profiles first (with numpy for a sample made by :meth:`from_batch`) and do their
    exact :class:`~fractions.Fraction` arithmetic once per distinct profile (at most ``2 ** len(indicators)``),
    not once per household.

    The attributes are read-only views, built on first use: the measures never build them (a million frozensets
    take memory and time).

    Attributes:
        ids: The households' ids.
        deprived: The indicators each household is deprived in.
        statuses: Their statuses (for headcounts of the legal classification), or ``None`` where not known.
        persons: Their numbers of persons.
        weights: Their survey weights, exact (1 for a register).
        groups: For each grouping (``"commune"``, ``"area"`` …) the group of each household.
        indicators: The indicator of each bit of the masks.
    """

    __slots__ = (
        "_cache",
        "_groups",
        "_ids",
        "_indicators",
        "_masks",
        "_persons",
        "_status",
        "_status_table",
        "_wden",
        "_wnum",
    )

    # A column is a tuple (list for masks) of Python values, or, for a sample made from a batch result, a numpy
    # array (ids, statuses and groups wrapped in _Rows until used): masks unsigned ints, statuses int codes into
    # _status_table (-1: unknown), persons int64, weights int64 (object if too large for it).
    _indicators: tuple[str, ...]
    _masks: Any
    _ids: Any
    _status: Any
    _status_table: tuple[Status, ...] | None
    _persons: Any
    _wnum: Any
    _wden: int
    _groups: tuple[tuple[str, Any], ...]
    _cache: dict[object, Any]

    def __init__(  # noqa: PLR0917 - the fields of the former attrs class, in its order
        self,
        ids: Sequence[str],
        deprived: Sequence[Iterable[str]],
        statuses: Sequence[Status | None],
        persons: Sequence[int],
        weights: Sequence[object],
        groups: Sequence[tuple[str, Sequence[str | None]]] = (),
    ) -> None:
        ids, deprived, statuses = _listed("ids", ids), _listed("deprived", deprived), _listed("statuses", statuses)
        persons, weights = _listed("persons", persons), _listed("weights", weights)
        n = len(ids)
        for name, values in (("deprived", deprived), ("statuses", statuses), ("persons", persons), ("weights", weights)):
            if len(values) != n:
                raise InvalidInput(name, f"has {len(values)} values for {n} households")
        grouped = _grouped(groups, ids)
        ids = tuple(ids)
        _check_households(ids, persons, statuses)
        sets = tuple(_ids_of("deprived", d, ids[i]) for i, d in enumerate(deprived))
        names = tuple(sorted(frozenset().union(*sets), key=str))  # sorted: the same bits whatever the hash seed
        bit = {j: 1 << b for b, j in enumerate(names)}
        wnum, wden = _over_common_denominator("weights", weights)
        self._set(
            indicators=names,
            masks=[sum(bit[j] for j in d) for d in sets],  # distinct bits: their sum is their union
            ids=ids,
            status=tuple(statuses),
            status_table=None,
            persons=tuple(persons),
            wnum=wnum,
            wden=wden,
            groups=tuple((key, tuple(values)) for key, values in grouped),
        )
        self._cache["deprived"] = sets

    def _set(self, **fields: Any) -> None:  # noqa: ANN401
        for name, value in fields.items():
            object.__setattr__(self, f"_{name}", value)
        object.__setattr__(self, "_cache", {})

    @classmethod
    def _make(cls, **fields: Any) -> Sample:  # noqa: ANN401
        sample = cls.__new__(cls)
        sample._set(**fields)  # noqa: SLF001 - our own class
        return sample

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def _views(self) -> tuple[object, ...]:
        return (self.ids, self.deprived, self.statuses, self.persons, self.weights, self.groups)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._views() == other._views()

    def __hash__(self) -> int:
        return hash(self._views())

    def __repr__(self) -> str:
        return f"Sample({len(self)} households, indicators {list(self._indicators)}, groupings {[k for k, _ in self._groups]})"

    def __len__(self) -> int:
        return len(self._masks)

    @property
    def _arrays(self) -> bool:
        """Whether the columns are numpy arrays (a sample from a batch result)."""
        return not isinstance(self._masks, list)

    def _view(self, name: object, build: Callable[[], Any]) -> Any:  # noqa: ANN401
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    def _masks_list(self) -> list[int]:
        return self._masks if not self._arrays else self._view("masks", self._masks.tolist)  # type: ignore[no-any-return]

    @property
    def indicators(self) -> tuple[str, ...]:
        """The indicator of each bit of the masks."""
        return self._indicators

    @property
    def ids(self) -> tuple[str, ...]:
        """The households' ids."""
        if not self._arrays:
            return self._ids  # type: ignore[no-any-return]
        return self._view("ids", lambda: tuple(str(x) for x in _got(self._ids).tolist()))  # type: ignore[no-any-return]

    def _id(self, i: int) -> str:
        return str(_got(self._ids)[i])

    @property
    def deprived(self) -> tuple[frozenset[str], ...]:
        """The indicators each household is deprived in."""

        def build() -> tuple[frozenset[str], ...]:
            names = self._indicators
            sets: dict[int, frozenset[str]] = {}  # one frozenset per distinct profile
            for m in set(self._masks_list()):
                sets[m] = frozenset(names[b] for b in _bits(m))
            return tuple(sets[m] for m in self._masks_list())

        return self._view("deprived", build)  # type: ignore[no-any-return]

    @property
    def statuses(self) -> tuple[Status | None, ...]:
        """Their statuses, or ``None`` where not known."""
        if self._status_table is None:
            return self._status  # type: ignore[no-any-return]
        table = self._status_table
        return self._view("statuses", lambda: tuple(None if c < 0 else table[c] for c in _got(self._status).tolist()))  # type: ignore[no-any-return]

    @property
    def persons(self) -> tuple[int, ...]:
        """Their numbers of persons."""
        if not self._arrays:
            return self._persons  # type: ignore[no-any-return]
        return self._view("persons", lambda: tuple(self._persons.tolist()))  # type: ignore[no-any-return]

    @property
    def weights(self) -> tuple[Fraction, ...]:
        """Their survey weights, exact."""

        def build() -> tuple[Fraction, ...]:
            if self._wnum is None:
                return (Fraction(1),) * len(self)
            nums = self._wnum if isinstance(self._wnum, tuple) else self._wnum.tolist()
            return tuple(Fraction(int(w), self._wden) for w in nums)

        return self._view("weights", build)  # type: ignore[no-any-return]

    @property
    def groups(self) -> tuple[tuple[str, tuple[str | None, ...]], ...]:
        """For each grouping the group of each household."""
        if not self._arrays:
            return self._groups
        return self._view("groups", lambda: tuple((k, tuple(_got(v).tolist())) for k, v in self._groups))  # type: ignore[no-any-return]

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
        deprived = _listed("deprived", deprived)
        n = len(deprived)
        if groups is not None and not isinstance(groups, Mapping):
            raise InvalidInput("groups", f"a mapping of grouping name to one group per household, got {groups!r}"[:300])
        return cls(
            ids=_listed("ids", ids) if ids is not None else tuple(str(i) for i in range(n)),
            deprived=deprived,
            statuses=_listed("statuses", statuses) if statuses is not None else (None,) * n,
            persons=_listed("persons", persons) if persons is not None else (1,) * n,
            weights=tuple(_exact("weights", w) for w in _listed("weights", weights))
            if weights is not None
            else (Fraction(1),) * n,
            groups=tuple((k, _listed(f"groups[{k!r}]", v)) for k, v in (groups or {}).items()),
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
        assessments = _listed("assessments", assessments)
        from giamngheo._assessment import Assessment  # noqa: PLC0415 - the assessment imports the standards

        for i, a in enumerate(assessments):
            _check_type(f"assessments[{i}]", a, Assessment, "a giamngheo.Assessment")
        if groups is not None and not isinstance(groups, Mapping):
            raise InvalidInput("groups", f"a mapping of grouping name to one group per household, got {groups!r}"[:300])
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
        the members listed or the household size (1 where neither is known), unless given. ``persons``,
        ``weights`` and ``groups`` give one value per row of ``result`` (rows with an error included); numpy
        integer arrays are taken as they are, a float array is refused (weights are exact).

        The sample keeps numpy columns: one unsigned integer bit mask of deprivations per household (bit ``b``:
        the result's ``indicator_ids[b]``), status codes, persons and integer weights, so that the measures count
        profiles with ``numpy.bincount`` and never build a Python object per household.

        Raises:
            InvalidInput: for persons below 1, negative or inexact weights, or a column of the wrong length.
        """
        try:
            from giamngheo.batch import BatchResult  # noqa: PLC0415 - needs numpy and pyarrow
        except ImportError:  # then nothing is one
            raise InvalidInput("result", f"a giamngheo.batch.BatchResult, got {type(result).__name__}") from None
        if not isinstance(result, BatchResult):
            raise InvalidInput("result", f"a giamngheo.batch.BatchResult, got {type(result).__name__}")
        import numpy as np  # noqa: PLC0415 - a batch result comes with numpy

        n = len(result.household_id)
        code = np.asarray(result.status)
        kept = code >= 0
        every = bool(kept.all())
        rows = None if every else np.flatnonzero(kept)

        def take(values: Any) -> Any:  # noqa: ANN401 - a numeric column, taken now: the measures read it
            return values if every else values[kept]

        def later(values: Any) -> _Rows:  # noqa: ANN401 - ids, statuses, groups: taken when first read
            return _Rows(values, rows)

        indicators = tuple(result.indicator_ids)
        if len(indicators) > _MAX_ARRAY_BITS:  # more than an int64 holds: Python masks, built household by household
            return cls._from_batch_sets(result, np.flatnonzero(kept).tolist(), persons, weights, groups)
        ids = later(np.asarray(result.household_id, dtype=object))
        matrix = np.asarray(result.deprived, dtype=bool)
        dtype = _mask_dtype(np, len(indicators))
        masks = np.zeros(n, dtype=dtype)
        as_bytes = matrix.view(np.uint8)
        for b in range(len(indicators)):  # a pass per column: faster than packbits on a dozen columns
            np.bitwise_or(masks, np.left_shift(as_bytes[:, b], b, dtype=dtype), out=masks)
        if persons is None:
            counts = np.maximum(take(np.asarray(result.persons)), 1).astype(np.int64)
        else:
            counts = _persons_array(np, persons, n, take, ids)
        wnum, wden = _weights_array(np, weights, n, take)
        given = [(k, later(_object_array(np, f"groups[{k!r}]", v, n))) for k, v in (groups or {}).items()]
        given.extend(
            (key, later(np.asarray(getattr(result, key), dtype=object)))
            for key in ("commune", "district", "area")
            if key not in (groups or {})
        )
        return cls._make(
            indicators=indicators,
            masks=take(masks),
            ids=ids,
            status=later(code),
            status_table=tuple(result.STATUSES),
            persons=counts,
            wnum=wnum,
            wden=wden,
            groups=tuple(given),
        )

    @classmethod
    def _from_batch_sets(
        cls,
        result: Any,  # noqa: ANN401
        keep: list[int],
        persons: Sequence[int] | None,
        weights: Sequence[object] | None,
        groups: Mapping[str, Sequence[str | None]] | None,
    ) -> Sample:
        """A batch result's sample through Python sets (for a standard of more indicators than an int64 holds)."""
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

    def _values(self, key: str) -> Any:  # noqa: ANN401
        for name, values in self._groups:
            if name == key:
                return _got(values)
        raise InvalidInput("by", f"no grouping {key!r}; the sample has {', '.join(k for k, _ in self._groups) or 'none'}")

    def group(self, key: str) -> tuple[str | None, ...]:
        """The group of each household under grouping ``key``."""
        values = self._values(key)
        if not self._arrays:
            return values  # type: ignore[no-any-return]
        return self._view(("group", key), lambda: tuple(values.tolist()))  # type: ignore[no-any-return]

    def _codes(self, key: str) -> tuple[Any, list[str | None]]:
        """Each household's group as a code, and the groups by code, in order of first appearance."""

        def build() -> tuple[Any, list[str | None]]:
            values = self._values(key)
            listed = values.tolist() if self._arrays else values
            labels = list(dict.fromkeys(listed))
            index = {g: c for c, g in enumerate(labels)}
            if not self._arrays:
                return [index[g] for g in listed], labels
            import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

            return np.fromiter(map(index.__getitem__, listed), dtype=np.int64, count=len(listed)), labels

        return self._view(("codes", key), build)  # type: ignore[no-any-return]

    def subset(self, rows: Sequence[int]) -> Sample:
        """The households at ``rows``."""
        if self._arrays:
            import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

            where = np.asarray(rows, dtype=np.intp).reshape(-1)

            def pick(column: Any) -> Any:  # noqa: ANN401
                return column.at(where) if isinstance(column, _Rows) else column[where]

            masks = pick(self._masks)
        else:
            at = list(rows)

            def pick(column: Any) -> Any:  # noqa: ANN401
                return tuple(column[i] for i in at)

            masks = [self._masks[i] for i in at]
        return self._make(
            indicators=self._indicators,
            masks=masks,
            ids=pick(self._ids),
            status=pick(self._status),
            status_table=self._status_table,
            persons=pick(self._persons),
            wnum=None if self._wnum is None else pick(self._wnum),
            wden=self._wden,
            groups=tuple((k, pick(v)) for k, v in self._groups),
        )

    def split(self, key: str) -> dict[str | None, Sample]:
        """One sample per group of grouping ``key``, groups in the order they first appear."""
        codes, labels = self._codes(key)
        if not self._arrays:
            rows: list[list[int]] = [[] for _ in labels]
            for i, c in enumerate(codes):
                rows[c].append(i)
            return {g: self.subset(r) for g, r in zip(labels, rows, strict=True)}
        import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

        order = np.argsort(codes, kind="stable")  # stable: each group keeps its households' order
        ends = np.cumsum(np.bincount(codes, minlength=len(labels))).tolist()
        starts = [0, *ends[:-1]]
        return {g: self.subset(order[a:b]) for g, a, b in zip(labels, starts, ends, strict=True)}  # type: ignore[arg-type]

    def _unit_weights(self, unit: str) -> tuple[Any, int]:
        """Each household's weight as a unit: integer numerators (``None``: all 1) over a common denominator."""
        if unit == "households":
            return self._wnum, self._wden
        if unit != "persons":
            raise InvalidInput("unit", f"'households' or 'persons', got {unit!r}")
        if self._wnum is None:
            return self._persons, self._wden
        if not self._arrays:
            return tuple(w * p for w, p in zip(self._wnum, self._persons, strict=True)), self._wden
        wnum, persons = self._wnum, self._persons
        if len(wnum) and wnum.dtype != object and int(wnum.max()) * int(persons.max()) > _INT64_MAX:
            wnum = wnum.astype(object)  # the products would overflow int64: Python ints
        return wnum * persons, self._wden

    def _check_known(self, unknown: int, spec: Spec) -> None:
        """Refuse a household deprived in a bit of ``unknown`` (an indicator the spec does not weigh)."""
        if not unknown:
            return
        if self._arrays:
            import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

            hits = np.flatnonzero(self._masks & self._masks.dtype.type(unknown))
            first = int(hits[0]) if len(hits) else None
        else:
            first = next((i for i, m in enumerate(self._masks) if m & unknown), None)
        if first is not None:
            names = sorted(self._indicators[b] for b in _bits(int(self._masks[first]) & unknown))
            raise InvalidInput(
                "sample",
                f"{', '.join(names)}: not an indicator of {spec.id} (its indicators: {', '.join(spec.indicator_ids)})",
                self._id(first),
            )


def _object_array(np: Any, name: str, values: Any, n: int) -> Any:  # noqa: ANN401
    """``values`` as a numpy array of Python objects, of length ``n``."""
    if isinstance(values, np.ndarray) and values.dtype == object:
        column = values
    else:
        listed = values.tolist() if isinstance(values, np.ndarray) else list(values)  # Python str, not numpy str_
        column = np.empty(len(listed), dtype=object)
        column[:] = listed
    if len(column) != n:
        raise InvalidInput(name, f"has {len(column)} values for {n} households")
    return column


def _mask_dtype(np: Any, bits: int) -> Any:  # noqa: ANN401
    """The smallest integer type of ``bits`` bits (the fewer bytes, the faster the masks are built).

    Unsigned up to 32 bits; int64 above, since numpy has no integer type common to uint64 and the int64 group codes.
    """
    for dtype in (np.uint8, np.uint16, np.uint32):
        if bits <= np.dtype(dtype).itemsize * 8:
            return dtype
    return np.int64


def _persons_array(np: Any, persons: Any, n: int, take: Callable[[Any], Any], ids: _Rows) -> Any:  # noqa: ANN401
    """The persons given for a batch result's rows, at the rows kept, as int64 (each at least 1)."""
    if len(persons) != n:
        raise InvalidInput("persons", f"has {len(persons)} values for {n} households")
    if isinstance(persons, np.ndarray) and persons.dtype.kind in "iu":
        kept = take(persons)
        bad = np.flatnonzero(kept < 1)
        if len(bad):
            i = int(bad[0])
            raise InvalidInput("persons", f"a whole number of at least 1, got {int(kept[i])!r}", str(ids.get()[i]))
        return kept.astype(np.int64)
    listed = np.empty(n, dtype=object)
    listed[:] = list(persons)
    chosen = take(listed).tolist()
    for i, p in enumerate(chosen):
        if type(p) is not int or not 1 <= p <= _INT64_MAX:
            raise InvalidInput("persons", f"a whole number of at least 1, got {p!r}", str(ids.get()[i]))
    return np.array(chosen, dtype=np.int64)


def _weights_array(np: Any, weights: Any, n: int, take: Callable[[Any], Any]) -> tuple[Any, int]:  # noqa: ANN401
    """The survey weights given for a batch result's rows, at the rows kept, over a common denominator."""
    if weights is None:
        return None, 1
    if len(weights) != n:
        raise InvalidInput("weights", f"has {len(weights)} values for {n} households")
    if isinstance(weights, np.ndarray) and weights.dtype.kind in "iu":
        kept = take(weights)
        if len(kept) and int(kept.min()) < 0:
            raise InvalidInput("weights", f"must be non-negative, got {int(kept.min())!r}")
        if len(kept) and int(kept.max()) > _INT64_MAX:
            return kept.astype(object), 1
        return kept.astype(np.int64), 1
    if isinstance(weights, np.ndarray) and weights.dtype != object:
        raise InvalidInput("weights", f"must be exact (integers, Fractions, Decimals or strings like '1/6'), got an array of {weights.dtype}")
    listed = np.empty(n, dtype=object)
    listed[:] = list(weights)
    nums, den = _over_common_denominator("weights", take(listed).tolist())
    if nums is None:
        return None, 1
    if max(nums, default=0) > _INT64_MAX:
        return np.array(nums, dtype=object), den
    return np.array(nums, dtype=np.int64), den


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
        _check_decimals(decimals)

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
        if weights.dtype == object or int(weights.max()) > _INT64_MAX // n:
            exact_in_float = False  # the int64 total itself could overflow
        else:
            exact_in_float = int(weights.sum()) < _FLOAT_EXACT
    if weights is not None and not exact_in_float:
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        sums = np.add.reduceat(weights[order].astype(object), starts)  # object: Python ints, no overflow
        return ordered[starts].astype(np.int64), sums
    if bins <= _MAX_BINS:
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


def _profiles(sample: Sample, weights: Any, by: str | None) -> _Tally:  # noqa: ANN401
    """The sample's distinct profiles, in each group of ``by`` (or in the whole sample), with their total weight."""
    if by is None:
        codes: Any = None
        labels: list[str | None] = [None]
    else:
        codes, labels = sample._codes(by)  # noqa: SLF001 - this module's class
    bits = len(sample.indicators)
    if sample._arrays and (len(labels) << bits) <= 1 << _MAX_ARRAY_BITS:  # noqa: SLF001
        import numpy as np  # noqa: PLC0415 - already imported: the columns are arrays

        masks = sample._masks  # noqa: SLF001
        # one key per (group, profile): the group's code above the mask's bits
        keys = masks if codes is None else (codes << bits) | masks
        found, total = _tally_array(np, keys, len(labels) << bits, weights)
        group, mask = found >> bits, found & ((1 << bits) - 1)
        if total.dtype != object and int(total.sum()) < _FLOAT_EXACT:
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

    def __init__(self, indicators: Sequence[str], spec: Spec) -> None:
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
            bits = _bits(mask)
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
    if tally.arrays and scores.den * max(times, whole, 1) < _FLOAT_EXACT and bar < _FLOAT_EXACT:
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
    spec: Spec,
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
    sample: Sample,
    spec: Spec,
    *,
    k: object | Sequence[object] | None = None,
    unit: str = "households",
    by: str | None = None,
) -> Any:  # noqa: ANN401 - one result, a tuple per k, or a dict per group
    """The Alkire-Foster measures of ``sample`` under ``spec``.

    The weights of the households that share a deprivation profile are added first, as integers (with
    ``numpy.bincount`` for a sample from :meth:`Sample.from_batch`); the scores, the cut-off and every measure are
    then computed once per distinct profile, exactly, with integers and :class:`~fractions.Fraction`.

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
    _check_type("sample", sample, Sample, "a giamngheo.measure.Sample")
    _check_type("spec", spec, Spec, "a giamngheo.measure.Spec")
    _check_by(by)
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
    _check_type("sample", sample, Sample, "a giamngheo.measure.Sample")
    wanted = _wanted(statuses)
    _check_by(by)
    status = _got(sample._status)  # noqa: SLF001 - this module's class
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


# --- tables ----------------------------------------------------------------------------------------------------


def to_frame(
    results: AFResult | Iterable[AFResult] | Mapping[object, AFResult],
    *,
    decimals: int | None = None,
    exact: bool = True,
) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """One or more results as a pandas DataFrame, one row each (needs pandas), with float columns to plot.

    The columns are those of :meth:`AFResult.as_dict`: ``group``, ``k``, ``unit``, ``population``, ``poor``,
    ``H``, ``A``, ``M0``, ``population_share``, then ``uncensored.<indicator>``, ``censored.…``,
    ``contribution.…`` and ``share.…``. Every measure is a float64 column: the exact value rounded to the
    nearest float (after rounding it exactly to ``decimals`` places, if given); a share that is not defined
    (``M0`` = 0) is NaN. Floats are for display and charts only: with ``exact`` (the default) the exact values
    follow, as :class:`~fractions.Fraction` columns (``None`` where not defined) of the same names suffixed
    ``_exact`` (``H_exact``, ``censored.water_exact`` …); compute with those.

    Args:
        results: One result, several, or a dict of them (:func:`alkire_foster` with ``by=``).
        decimals: Round the float columns to this many decimal places (exactly, half to even), for display.
        exact: Add the ``_exact`` columns.
    """
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - optional

    if isinstance(results, AFResult):
        chosen = [results]
    elif isinstance(results, Mapping):
        chosen = list(results.values())
    else:
        chosen = _listed("results", results)
    for r in chosen:
        _check_type("results", r, AFResult, "giamngheo.measure.AFResult values")
    _check_decimals(decimals)
    rows: list[dict[str, object]] = []
    numeric: dict[str, None] = {}  # the float columns, in order of first appearance
    exact_columns: dict[str, None] = {}
    for r in chosen:
        row: dict[str, object] = {}
        for name, value in r.as_dict().items():
            if name in {"group", "unit"}:
                row[name] = value
                continue
            numeric[name] = None
            if value is None:
                row[name] = math.nan
            else:
                assert isinstance(value, Fraction)  # noqa: S101 - as_dict gives Fractions without decimals
                row[name] = float(value if decimals is None else round(value, decimals))
            if exact:
                exact_columns[f"{name}_exact"] = None
                row[f"{name}_exact"] = value
        rows.append(row)
    columns = ["group", "k", "unit", *(c for c in numeric if c != "k"), *exact_columns]
    nothing = dict.fromkeys(numeric, math.nan)  # a column another result does not have
    data = {
        # labels and exact values as Python objects: pandas would turn a group None into NaN, a Fraction into text
        c: pd.Series([r.get(c, nothing.get(c)) for r in rows], dtype="float64" if c in numeric else object)
        for c in columns
    }
    return pd.DataFrame(data, columns=columns)


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
    _check_type("before", before, AFResult, "a giamngheo.measure.AFResult")
    _check_type("after", after, AFResult, "a giamngheo.measure.AFResult")
    if (before.spec.weights, before.k, before.unit) != (after.spec.weights, after.k, after.unit):
        raise InvalidInput("after", "compare results of the same weights, cut-off and unit")
    span: Fraction | None = None
    if dates is not None:
        if not (isinstance(dates, tuple | list) and len(dates) == 2 and all(type(d) is dt.date for d in dates)):
            raise InvalidInput("dates", f"two datetime.date values, got {dates!r}"[:300])
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
