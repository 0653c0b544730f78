"""Assess every household of a :class:`Columns` on one date: the result keeps every row, with its error."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from giamngheo._assessment import assess as assess_one
from giamngheo._assessment import choose_standard
from giamngheo._checks import NO_INCOME, STATED_AND_COMPUTED, check_date, size_mismatch
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._legal import Timeline
from giamngheo._model import Area, IncomePeriod, PoorBasis, Standard, Status
from giamngheo._text import Text
from giamngheo._units import check_area
from giamngheo.batch._columns import Columns, Orphan
from giamngheo.batch._engine import DEP, STATUS_CODE, STATUS_CODES, UND, Context, evaluate

__all__ = ["BatchResult", "assess_columns"]

Arr = npt.NDArray[Any]
_AREAS = list(Area)
_AREA_LABELS = np.array([None, *(a.value for a in _AREAS)], dtype=object)  # by area code + 1
#: Status code of a row that could not be assessed.
ERROR = -1


@attrs.define(eq=False)
class BatchResult:
    """The assessment of every household of a table, in input order, with its result or its error.

    Attributes:
        household_id: The households' ids.
        status: Status codes (``STATUSES[code]``), ``-1`` for a row with an error.
        deprived: ``deprived[i, k]``: household ``i`` is deprived in ``indicator_ids[k]``.
        undetermined: ``undetermined[i, k]``: the indicator could not be decided from the facts given.
        indicator_ids: The standard's indicators, in its order.
        standard: The standard applied.
        on: The date of the assessment.
        errors: ``None`` or the :class:`~giamngheo.InvalidInput` of each row (field, reason, household).
        orphans: Member rows whose household is not in the table.
        commune: The households' commune codes (``None`` where not given).
        district: The households' district codes (``None`` where not given).
        persons: The households' numbers of persons: their members listed, or ``size`` (0 where neither is known).
        area: The households' areas as used (``"rural"``/``"urban"``, from the commune where not given; ``None``
            where unknown).
        band: The index of each household's income band in ``standard.bands`` (``-1`` above every band, and for a
            row with an error); ``None`` when not known (a result built by hand), and then :meth:`bases` is empty.
    """

    household_id: Arr
    status: Arr
    deprived: Arr
    undetermined: Arr
    indicator_ids: tuple[str, ...]
    standard: Standard
    on: dt.date
    errors: Arr
    orphans: tuple[Orphan, ...]
    commune: Arr
    district: Arr
    persons: Arr
    area: Arr
    band: Arr | None = None

    #: The statuses, by code.
    STATUSES = STATUS_CODES
    #: The bases of a poor status, by code (:meth:`basis_codes`): 0 none, then these.
    BASES = (None, *PoorBasis)

    def __len__(self) -> int:
        return len(self.household_id)

    @property
    def deprivation_count(self) -> Arr:
        """The number of indicators each household is deprived in (0 for a row with an error)."""
        counts: Arr = self.deprived.sum(axis=1)
        return counts

    @property
    def failed(self) -> int:
        """The number of rows with an error."""
        return int((self.status == ERROR).sum())

    @property
    def ok(self) -> bool:
        """Whether every row was assessed and no member row is an orphan."""
        return self.failed == 0 and not self.orphans

    def statuses(self) -> list[Status | None]:
        """The status of each row (``None`` for a row with an error)."""
        return [None if c < 0 else STATUS_CODES[c] for c in self.status.tolist()]

    def basis_codes(self) -> Arr:
        """The code in :attr:`BASES` of each row's poor basis, as :attr:`giamngheo.Assessment.basis` gives it.

        0 where there is none (not poor, an error, a standard with one rule for poor households, or no
        :attr:`band`).
        """
        codes = np.zeros(len(self), dtype=np.int8)
        if self.band is None or not self.standard.two_poor_rules:
            return codes
        # the basis of a poor status in each band, as the standard gives it; band -1 (above every band): the last entry
        by_band = [self.standard.poor_basis(k, Status.POOR) for k in range(len(self.standard.bands))]
        table = np.array([self.BASES.index(b) for b in by_band] + [0], dtype=np.int8)
        poor = (self.status == STATUS_CODE[Status.POOR]) & (self.band >= 0)
        codes[poor] = table[self.band[poor]]
        return codes

    def bases(self) -> list[PoorBasis | None]:
        """The basis of each row's poor status (``None`` where there is none; see :meth:`basis_codes`)."""
        return [self.BASES[c] for c in self.basis_codes().tolist()]

    def rows(self) -> Iterator[dict[str, object]]:
        """One dict per household, in input order.

        The keys are the columns of ``giamngheo assess``: ``household_id, status, deprivation_count, deprived,
        undetermined, standard, error``.
        """
        ids = self.indicator_ids
        counts = self.deprivation_count.tolist()
        for i, (hid, code) in enumerate(zip(self.household_id.tolist(), self.status.tolist(), strict=True)):
            error = self.errors[i]
            yield {
                "household_id": hid,
                "status": "" if code < 0 else STATUS_CODES[code].value,
                "deprivation_count": "" if code < 0 else counts[i],
                "deprived": ";".join(ids[k] for k in np.flatnonzero(self.deprived[i])),
                "undetermined": ";".join(ids[k] for k in np.flatnonzero(self.undetermined[i])),
                "standard": self.standard.id,
                "error": "" if error is None else str(error),
            }

    def to_frame(self) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The results as a pandas DataFrame (needs pandas), one row per household in input order."""
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - optional

        return pd.DataFrame(list(self.rows()))

    def counts(self, *, by: str | None = None) -> dict[str | None, dict[str, int]]:
        """The number of households of each status (and ``"error"``), in total or ``by="commune"``/``"district"``."""
        keys = [None] * len(self) if by is None else getattr(self, by).tolist()
        table: dict[str | None, dict[str, int]] = {}
        for key, code in zip(keys, self.status.tolist(), strict=True):
            row = table.setdefault(key, {s.value: 0 for s in STATUS_CODES} | {"error": 0})
            row["error" if code < 0 else STATUS_CODES[code].value] += 1
        return table


def _fail(errors: Arr, i: int, field: str, reason: str | Text, hid: object) -> None:
    if errors[i] is None:
        errors[i] = InvalidInput(field, reason, str(hid))


@functools.lru_cache(maxsize=1 << 16)  # check_area's answers, kept for the later chunks of a run
def _area_code(code: str, stated: int, on: dt.date) -> int | tuple[str, str]:
    """The area code of a household of commune ``code`` with the stated area code ``stated`` (-1: none), or its error."""
    try:
        cited = check_area(code, None if stated < 0 else _AREAS[stated], on=on)
    except GiamngheoError as error:
        field = "area" if getattr(error, "field", None) == "area" else "commune"
        return (field, getattr(error, "reason", str(error)))
    return stated if cited is None else _AREAS.index(cited.value)


def _areas(c: Columns, on: dt.date, errors: Arr) -> Arr:
    """The area code of each household: given, or that of its commune on ``on`` (``check_area``'s rule)."""
    area = c.area.copy()
    given = np.flatnonzero(c.commune)  # the truthy cells: codes given
    if len(given):
        # each distinct (code, stated area) looked up once; the households then by their pair's position
        codes, where = np.unique(c.commune[given].astype(str), return_inverse=True)
        width = len(_AREAS) + 1
        pairs, at = np.unique(where.astype(np.int64) * width + (area[given] + 1), return_inverse=True)
        found = np.empty(len(pairs), dtype=np.int64)
        failures: dict[int, tuple[str, str]] = {}
        for k, pair in enumerate(pairs.tolist()):
            code, stated = str(codes[pair // width]), pair % width - 1
            answer = _area_code(code, stated, on)
            if isinstance(answer, tuple):
                failures[k] = answer
                found[k] = -2
            else:
                found[k] = answer
        looked = found[at]
        for j in np.flatnonzero(looked == -2).tolist():
            i = int(given[j])
            field, reason = failures[int(at[j])]
            _fail(errors, i, field, reason, c.household_id[i])
        ok = looked >= 0
        area[given[ok]] = looked[ok]
    for i in np.flatnonzero(area < 0).tolist():
        _fail(errors, i, "area", "give the area ('rural' or 'urban') or the commune code", c.household_id[i])
    return area


def _check(c: Columns, x: Context, standard: Standard, errors: Arr, stated_rows: Arr) -> None:
    """The checks that need the date or the standard, and those that arrays built by hand may fail."""
    ids = c.household_id
    for i in np.flatnonzero((c.income_num < 0) | (c.income_den <= 0)).tolist():
        _fail(errors, i, *NO_INCOME, ids[i])
    wrong_size = x.has_members & (c.size >= 0) & (c.size != x.member_count)
    for i in np.flatnonzero(wrong_size).tolist():
        _fail(errors, i, *size_mismatch(c.size[i], x.member_count[i]), ids[i])
    on = x.on
    late = np.flatnonzero(x.age_known & (x.age < 0))  # born after the date
    if len(late):
        first = np.searchsorted(c.member_household, c.member_household[late], side="left")
        for j, start in zip(late.tolist(), first.tolist(), strict=True):
            h = int(c.member_household[j])
            birth = dt.date(int(c.birth_year[j]), int(c.birth_month[j]), int(c.birth_day[j]))
            reason = f"{birth} is after the assessment date {on.isoformat()}"
            _fail(errors, h, f"members[{j - start}].birth_date", reason, ids[h])
    stated = c.stated
    computed = x.has_members | c.has_dwelling
    known = standard.indicator_ids
    valid = ", ".join(ind.id for ind in standard.indicators) or "none: it measures income only"
    for i in stated_rows.tolist():
        if computed[i] and stated[i]:
            _fail(errors, i, *STATED_AND_COMPUTED, ids[i])
        unknown = stated[i] - known
        if unknown:
            reason = (
                f"{', '.join(sorted(unknown))}: not an indicator of {standard.id} (in force on {on.isoformat()}); "
                f"its indicators are {valid}"
            )
            _fail(errors, i, "deprived", reason, ids[i])


def _bands(standard: Standard, area: Arr, c: Columns) -> Arr:
    """The index of each household's income band (-1 above every band), compared exactly in integers.

    The income part of :meth:`giamngheo.Standard.classify`, vectorised.
    """
    n = len(area)
    factor = 12 if standard.income_period is IncomePeriod.YEAR else 1
    num, den = c.income_num * factor, c.income_den
    band = np.full(n, -1, dtype=np.int8)
    rural, urban = standard.limits(Area.RURAL), standard.limits(Area.URBAN)
    urban_code = _AREAS.index(Area.URBAN)
    for k, spec in enumerate(standard.bands):
        upper = np.where(area == urban_code, urban[k], rural[k]).astype(np.int64)
        within = (num <= upper * den) if spec.inclusive else (num < upper * den)
        band[within & (band < 0)] = k
    return band


def _statuses(standard: Standard, band: Arr, count: Arr) -> Arr:
    """The status code of each household from its band and deprivation count (the rest of ``classify``)."""
    if_deprived = np.array([STATUS_CODE[b.if_deprived] for b in standard.bands] + [STATUS_CODE[Status.NOT_POOR]])
    otherwise = np.array([STATUS_CODE[b.otherwise] for b in standard.bands] + [STATUS_CODE[Status.NOT_POOR]])
    cutoff = standard.deprivation_cutoff
    deprived = count >= cutoff.value if cutoff is not None else np.zeros(len(band), dtype=bool)
    return np.where(deprived, if_deprived[band], otherwise[band]).astype(np.int8)  # band -1: the last entry


def assess_columns(
    columns: Columns,
    *,
    on: dt.date,
    standard: Standard | Timeline[Standard] | None = None,
    jurisdiction: str | None = None,
) -> BatchResult:
    """Assess every household of ``columns`` on ``on``, all indicators of the standard computed at once.

    The result equals :func:`giamngheo.assess` of each row (:meth:`Columns.household`), status, deprived and
    undetermined indicators alike; rows with an error keep their place, with the error.

    Args:
        columns: The households and members.
        on: The date of the assessment: it selects the standard, and the ages.
        standard: A standard to apply instead of the national one in force, or a timeline of them
            (:func:`giamngheo.reform_over_time`), of which the one in force on ``on`` applies.
        jurisdiction: Or the standard in force of a jurisdiction (``"74"``, ``"79"``).

    Raises:
        NoRuleInForce: if no standard applies on ``on``.
        InvalidInput: for both ``standard`` and ``jurisdiction``, or an ``on`` that is not a date.
    """
    if not isinstance(columns, Columns):
        raise InvalidInput("columns", f"must be giamngheo.batch.Columns, got {type(columns).__name__}")
    check_date(on)
    chosen = choose_standard(on, standard, jurisdiction)
    c = columns
    errors = c.errors.copy()
    x = Context(c, on)
    area = _areas(c, on, errors)
    stated_rows = np.flatnonzero(c.stated)  # the truthy cells: non-empty stated sets
    _check(c, x, chosen, errors, stated_rows)
    k = len(chosen.indicators)
    codes = evaluate(chosen.indicators, x)
    computed = x.has_members | c.has_dwelling
    deprived = ((codes == DEP) & computed).T
    undetermined = ((codes == UND) & computed).T
    if k:
        position = {ind.id: j for j, ind in enumerate(chosen.indicators)}
        for i in stated_rows[~computed[stated_rows]].tolist():
            for indicator_id in c.stated[i]:
                if indicator_id in position:
                    deprived[i, position[indicator_id]] = True
    else:
        deprived = np.zeros((len(c), 0), dtype=bool)
        undetermined = np.zeros((len(c), 0), dtype=bool)
    # Counted along the rows of the indicator-major arrays (contiguous), not along the transposed views.
    d_count = deprived.T.sum(axis=0, dtype=np.int64)
    u_count = undetermined.T.sum(axis=0, dtype=np.int64)
    band = _bands(chosen, area, c)
    status = _statuses(chosen, band, d_count)
    best = _statuses(chosen, band, d_count + u_count)
    status = np.where((u_count > 0) & (best != status), STATUS_CODE[Status.UNDETERMINED], status).astype(np.int8)
    unknown_rule = np.flatnonzero((codes < 0).any(axis=0) & computed) if k else np.zeros(0, dtype=np.int64)
    failed = np.flatnonzero(errors)  # the truthy cells: the errors
    status[failed] = ERROR
    deprived[failed] = False
    undetermined[failed] = False
    result = BatchResult(
        household_id=c.household_id,
        status=status,
        deprived=deprived,
        undetermined=undetermined,
        indicator_ids=tuple(ind.id for ind in chosen.indicators),
        standard=chosen,
        on=on,
        errors=errors,
        orphans=c.orphans,
        commune=c.commune,
        district=c.district,
        persons=np.maximum(x.size, 0),
        area=_AREA_LABELS[area.astype(np.intp) + 1],
        band=band,
    )
    for i in unknown_rule.tolist():  # a rule without a vectorised twin (a user's own): the scalar path decides
        if errors[i] is None:
            _scalar_row(result, c, i, chosen)
    return result


def _scalar_row(result: BatchResult, c: Columns, i: int, standard: Standard) -> None:
    a = assess_one(c.household(i), on=result.on, standard=standard)
    ids = result.indicator_ids
    result.status[i] = STATUS_CODE[a.status]
    if result.band is not None:
        result.band[i] = -1 if a.band is None else a.band
    result.deprived[i] = [j in a.deprived for j in ids]
    result.undetermined[i] = [j in a.undetermined for j in ids]
