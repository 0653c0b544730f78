"""Samples: one integer bit mask of deprivations per household, with its weight and persons."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._model import Status
from giamngheo.measure._inputs import as_list, check_households, check_type, exact_fraction, groups_of, ids_of

if TYPE_CHECKING:
    from giamngheo._assessment import Assessment
    from giamngheo.measure._spec import AFSpec

Weight = int | Fraction


# --- samples: one integer bit mask of deprivations per household ---------------------------------------------

#: Up to this many bins, counting with ``numpy.bincount`` beats sorting (the bins take 8 bytes each).
MAX_BINS = 1 << 22
#: Integers below 2**53 add exactly in float64, so ``numpy.bincount``'s weighted sums are exact below it.
FLOAT_EXACT = 1 << 53
#: The most indicators a numpy mask holds: an int64 kept non-negative, so that masks (and group keys) index bins.
MAX_ARRAY_BITS = 62
INT64_MAX = (1 << 63) - 1


def mask_bits(mask: int) -> tuple[int, ...]:
    """The positions of the bits set in ``mask``, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return tuple(out)


def _over_common_denominator(name: str, values: Iterable[object]) -> tuple[tuple[int, ...] | None, int]:
    """Exact non-negative numbers as integer numerators over their least common denominator (``None``: all 1)."""
    exact = [exact_fraction(name, w) for w in values]
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


def got(column: Any) -> Any:  # noqa: ANN401
    return column.get() if isinstance(column, _Rows) else column


class AFSample:
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
        ids, deprived, statuses = as_list("ids", ids), as_list("deprived", deprived), as_list("statuses", statuses)
        persons, weights = as_list("persons", persons), as_list("weights", weights)
        n = len(ids)
        for name, values in (
            ("deprived", deprived),
            ("statuses", statuses),
            ("persons", persons),
            ("weights", weights),
        ):
            if len(values) != n:
                raise InvalidInput(name, f"has {len(values)} values for {n} households")
        grouped = groups_of(groups, ids)
        ids = tuple(ids)
        check_households(ids, persons, statuses)
        sets = tuple(ids_of("deprived", d, ids[i]) for i, d in enumerate(deprived))
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
    def _make(cls, **fields: Any) -> AFSample:  # noqa: ANN401
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
        return f"AFSample({len(self)} households, indicators {list(self._indicators)}, groupings {[k for k, _ in self._groups]})"

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
        return self._view("ids", lambda: tuple(str(x) for x in got(self._ids).tolist()))  # type: ignore[no-any-return]

    def _id(self, i: int) -> str:
        return str(got(self._ids)[i])

    @property
    def deprived(self) -> tuple[frozenset[str], ...]:
        """The indicators each household is deprived in."""

        def build() -> tuple[frozenset[str], ...]:
            names = self._indicators
            sets: dict[int, frozenset[str]] = {}  # one frozenset per distinct profile
            for m in set(self._masks_list()):
                sets[m] = frozenset(names[b] for b in mask_bits(m))
            return tuple(sets[m] for m in self._masks_list())

        return self._view("deprived", build)  # type: ignore[no-any-return]

    @property
    def statuses(self) -> tuple[Status | None, ...]:
        """Their statuses, or ``None`` where not known."""
        if self._status_table is None:
            return self._status  # type: ignore[no-any-return]
        table = self._status_table
        return self._view("statuses", lambda: tuple(None if c < 0 else table[c] for c in got(self._status).tolist()))  # type: ignore[no-any-return]

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
        return self._view("groups", lambda: tuple((k, tuple(got(v).tolist())) for k, v in self._groups))  # type: ignore[no-any-return]

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
    ) -> AFSample:
        """A sample from plain sequences; weights are exact (int, Fraction, Decimal, or a string like "3/2")."""
        deprived = as_list("deprived", deprived)
        n = len(deprived)
        if groups is not None and not isinstance(groups, Mapping):
            raise InvalidInput("groups", f"a mapping of grouping name to one group per household, got {groups!r}"[:300])
        return cls(
            ids=as_list("ids", ids) if ids is not None else tuple(str(i) for i in range(n)),
            deprived=deprived,
            statuses=as_list("statuses", statuses) if statuses is not None else (None,) * n,
            persons=as_list("persons", persons) if persons is not None else (1,) * n,
            weights=tuple(exact_fraction("weights", w) for w in as_list("weights", weights))
            if weights is not None
            else (Fraction(1),) * n,
            groups=tuple((k, as_list(f"groups[{k!r}]", v)) for k, v in (groups or {}).items()),
        )

    @classmethod
    def from_assessments(
        cls,
        assessments: Sequence[Assessment],
        *,
        weights: Sequence[object] | None = None,
        groups: Mapping[str, Sequence[str | None]] | None = None,
    ) -> AFSample:
        """A sample of assessed households (persons from their members or size; 1 if neither is known).

        The commune of each household is added as the grouping ``"commune"`` and its area as ``"area"``, unless
        ``groups`` gives them; give other groupings (``"province"``, ``"ethnicity"``, ``"head_sex"`` …) in
        ``groups``, one value per household.
        """
        assessments = as_list("assessments", assessments)
        from giamngheo._assessment import Assessment  # noqa: PLC0415 - the assessment imports the standards

        for i, a in enumerate(assessments):
            check_type(f"assessments[{i}]", a, Assessment, "a giamngheo.Assessment")
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
    ) -> AFSample:
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
        if len(indicators) > MAX_ARRAY_BITS:  # more than an int64 holds: Python masks, built household by household
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
    ) -> AFSample:
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
                return got(values)
        raise InvalidInput(
            "by", f"no grouping {key!r}; the sample has {', '.join(k for k, _ in self._groups) or 'none'}"
        )

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

    def subset(self, rows: Sequence[int]) -> AFSample:
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

    def split(self, key: str) -> dict[str | None, AFSample]:
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
        if len(wnum) and wnum.dtype != object and int(wnum.max()) * int(persons.max()) > INT64_MAX:
            wnum = wnum.astype(object)  # the products would overflow int64: Python ints
        return wnum * persons, self._wden

    def _check_known(self, unknown: int, spec: AFSpec) -> None:
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
            names = sorted(self._indicators[b] for b in mask_bits(int(self._masks[first]) & unknown))
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
        if type(p) is not int or not 1 <= p <= INT64_MAX:
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
        if len(kept) and int(kept.max()) > INT64_MAX:
            return kept.astype(object), 1
        return kept.astype(np.int64), 1
    if isinstance(weights, np.ndarray) and weights.dtype != object:
        raise InvalidInput(
            "weights",
            f"must be exact (integers, Fractions, Decimals or strings like '1/6'), got an array of {weights.dtype}",
        )
    listed = np.empty(n, dtype=object)
    listed[:] = list(weights)
    nums, den = _over_common_denominator("weights", take(listed).tolist())
    if nums is None:
        return None, 1
    if max(nums, default=0) > INT64_MAX:
        return np.array(nums, dtype=object), den
    return np.array(nums, dtype=np.int64), den
