"""The measures as tables (pandas) and their change between two samples."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

import attrs

from giamngheo._errors import InvalidInput
from giamngheo.measure._alkire_foster import AFResult
from giamngheo.measure._inputs import as_list, check_decimals, check_type, exact_fraction

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
        chosen = as_list("results", results)
    for r in chosen:
        check_type("results", r, AFResult, "giamngheo.measure.AFResult values")
    check_decimals(decimals)
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
    check_type("before", before, AFResult, "a giamngheo.measure.AFResult")
    check_type("after", after, AFResult, "a giamngheo.measure.AFResult")
    if (before.spec.weights, before.k, before.unit) != (after.spec.weights, after.k, after.unit):
        raise InvalidInput("after", "compare results of the same weights, cut-off and unit")
    span: Fraction | None = None
    if dates is not None:
        if not (isinstance(dates, tuple | list) and len(dates) == 2 and all(type(d) is dt.date for d in dates)):
            raise InvalidInput("dates", f"two datetime.date values, got {dates!r}"[:300])
        if not dates[1] > dates[0]:
            raise InvalidInput(
                "dates", f"the later date must come after the earlier one, got {dates[0]} and {dates[1]}"
            )
        span = Fraction((dates[1] - dates[0]).days, 365)
    elif years is not None:
        span = exact_fraction("years", years, positive=True)
    a, b = _values(before), _values(after)
    return Change(
        before=before,
        after=after,
        years=span,
        absolute=tuple((m, b[m] - a[m]) for m in a),
        relative=tuple((m, (b[m] - a[m]) / a[m] if a[m] else None) for m in a),
    )
