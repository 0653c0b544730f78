"""Strategies for reforms of a standard: new values of its parameters, whole reforms, and raised poverty lines.

References:
    The paths of :func:`giamngheo.parameters` (``"<standard id>.bands[0].upper_rural_vnd"``,
    ``".deprivation_cutoff"``, ``".indicators.<id>.<key>"``) and what :func:`giamngheo.reform` accepts at each of
    them: whole VND for a band bound, the bounds of each area increasing (:class:`giamngheo.Standard` refuses
    them otherwise); a cut-off of at least 1; for a threshold, a value of the type of the value it replaces. A band
    of a standard with one set of lines for both areas (``area_split=False``) has one value under its two paths.

The values drawn stay within the bounds of :func:`parameter_values` (a table there), which keep every reform one
the model accepts without a filter: :func:`reforms` draws a few paths and a value for each, and
:func:`raised_lines` raises one or more band bounds, for the property that a higher line never leaves a
household better off (``examples/draft_reform_property.py``). Every value set is cited with
:func:`generated_citation` (``Verification.USER``, saying the value was generated for a test) unless another
citation is given.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from hypothesis import strategies as st

from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Instrument, InstrumentKind, Verification
from giamngheo._model import Standard
from giamngheo._params import Parameter, parameters
from giamngheo._reform import reform
from giamngheo.law.labour_code_2019 import RetirementSchedule
from giamngheo.testing._common import _AGE_KEYS, _BIRTH_YEAR_KEYS

__all__ = ["generated_citation", "parameter_values", "raised_lines", "reforms"]

_BAND = re.compile(r"bands\[(\d+)\]\.upper_(rural|urban)_vnd")
_INDICATOR = re.compile(r"indicators\.([a-z0-9_]+)\.([a-z0-9_]+)")
#: How far an age or a year of birth moves, in whole years either side of its value.
_YEARS = 5
#: The step either side of an exact number (a share) drawn as its neighbour.
_FRACTION_STEP = Fraction(1, 100)
#: The largest denominator of an exact number drawn anywhere in its range (halves, thirds, … twelfths).
_MAX_DENOMINATOR = 12
#: The verifications a value set by a reform may be cited with (never the law's).
_REFORM_VERIFICATIONS = (Verification.USER, Verification.DRAFT)


@functools.cache
def generated_citation() -> Citation:
    """The citation of every value :func:`reforms` and :func:`raised_lines` set, unless given another.

    It is the user's (``Verification.USER``), never the law's: its instrument is ``giamngheo.testing`` and its
    note says that the value was drawn for a test and is no law's or draft's figure.

    Returns:
        The same :class:`giamngheo.Citation` at every call.
    """
    # Built on first use, not at import: the test author is no instrument of the law's registry.
    author = Instrument(
        number="giamngheo.testing",
        kind=InstrumentKind.OTHER,
        issuer_vi="phương án sinh ngẫu nhiên để kiểm thử",
        issuer_en="a reform generated for a test",
        title_vi="Phương án điều chỉnh sinh ngẫu nhiên (giamngheo.testing)",
        title_en="A generated reform (giamngheo.testing)",
        signed=None,
        effective=None,
        url="",
        verification=Verification.USER,
    )
    return author.cite(
        verification=Verification.USER,
        note="a value drawn by giamngheo.testing for a test: no law's or draft's figure",
    )


# --- one parameter ------------------------------------------------------------------------------------------------


def _check_standard(standard: object) -> Standard:
    if not isinstance(standard, Standard):
        raise InvalidInput("standard", f"a giamngheo.Standard, got {type(standard).__name__}")
    return standard


def _key(standard: Standard, path: object, field: str) -> str:
    """``path`` (with or without the standard's id, or a :class:`Parameter`) as a key of ``standard``'s values."""
    if isinstance(path, Parameter):
        path = path.path
    if not isinstance(path, str):
        raise InvalidInput(field, f"a parameter's path (text) or a giamngheo.Parameter, got {path!r}"[:300])
    key = path.removeprefix(f"{standard.id}.")
    if f"{standard.id}.{key}" not in parameters(standard):
        raise InvalidInput(field, f"{path}: not a parameter of {standard.id} (see giamngheo.parameters)"[:300])
    return key


def _values(standard: Standard) -> dict[str, Any]:
    """The standard's values by key (without its id)."""
    prefix = len(standard.id) + 1
    return {path[prefix:]: p.value.value for path, p in parameters(standard).items()}


def _whole(value: int, low: int, high: int) -> st.SearchStrategy[int]:
    """Whole numbers from ``low`` to ``high``: often ``value``, one either side, or an end; shrinking to ``value``."""
    near = [n for n in dict.fromkeys((value, value - 1, value + 1, low, high)) if low <= n <= high]
    return st.one_of(st.sampled_from(near), st.integers(min_value=low, max_value=high))


def _exact(value: Fraction, low: Fraction, high: Fraction) -> st.SearchStrategy[Fraction]:
    """Exact numbers from ``low`` to ``high``: often ``value``, a hundredth either side, or an end.

    Hypothesis refuses bounds whose denominator is above ``max_denominator`` (the half of 3/20 is 3/40): the
    numbers drawn anywhere in the range lie between the multiples of 1/12 just inside it, if there are any.
    """
    steps = (value, value - _FRACTION_STEP, value + _FRACTION_STEP, low, high)
    near = st.sampled_from([n for n in dict.fromkeys(steps) if low <= n <= high])
    first = Fraction(math.ceil(low * _MAX_DENOMINATOR), _MAX_DENOMINATOR)
    last = Fraction(math.floor(high * _MAX_DENOMINATOR), _MAX_DENOMINATOR)
    if first > last:  # no twelfth in the range: only the value, its neighbours and the ends
        return near
    return st.one_of(near, st.fractions(min_value=first, max_value=last, max_denominator=_MAX_DENOMINATOR))


def _choices(value: frozenset[enum.Enum]) -> st.SearchStrategy[frozenset[enum.Enum]]:
    """Non-empty sets of ``value``'s kind of choice: often ``value`` with one choice more or one fewer."""
    kind = type(next(iter(value)))
    members = list(kind)
    near = [value, *(value | {m} for m in members if m not in value), *(value - {m} for m in members if m in value)]
    near = [s for s in dict.fromkeys(near) if s]
    anywhere = st.frozensets(st.sampled_from(members), min_size=1)
    return st.one_of(st.sampled_from(near), anywhere)


def _band_range(key: str, values: dict[str, Any]) -> tuple[int, int]:
    """The range of a band bound: [½×, 2×] its value in whole VND, above the band below's, under the one above's.

    The range is never empty: the bounds of each area increase (:class:`giamngheo.Standard` checks it, and each
    value :func:`reforms` draws stays inside its range), so ``below < value < above`` and ``value`` is in it.
    """
    band = _BAND.fullmatch(key)
    assert band is not None  # noqa: S101 - the caller matched it
    i, area = int(band[1]), band[2]
    old = values[key]
    below = values[f"bands[{i - 1}].upper_{area}_vnd"] if i > 0 else 0
    above = values.get(f"bands[{i + 1}].upper_{area}_vnd")
    low = max(-(-old // 2), below + 1, 1)
    high = 2 * old if above is None else min(2 * old, above - 1)
    return low, high


def _value_strategy(standard: Standard, key: str, values: dict[str, Any], field: str) -> st.SearchStrategy[Any]:
    """New values for ``key`` of ``standard``, whose other values are ``values``; see :func:`parameter_values`.

    Raises:
        InvalidInput: naming ``field``, for a value no reform sets (an empty set).
    """
    value = values[key]
    if _BAND.fullmatch(key):
        return _whole(value, *_band_range(key, values))
    if key == "deprivation_cutoff":
        return _whole(value, 1, max(1, len(standard.indicators)))
    if isinstance(value, bool):
        return st.sampled_from((value, not value))
    if isinstance(value, int | Fraction):
        threshold = _INDICATOR.fullmatch(key)
        return _number(value, "" if threshold is None else threshold[2])
    if isinstance(value, frozenset) and value and all(isinstance(v, enum.Enum) for v in value):
        return _choices(value)
    if isinstance(value, RetirementSchedule):
        return st.just(value)  # set whole: the same schedule, cited anew
    reason = f"{standard.id}.{key}: a reform cannot set its value {value!r} (an empty set names no kind of choice)"
    raise InvalidInput(field, reason[:300])


def _number(value: int | Fraction, name: str) -> st.SearchStrategy[Any]:
    """New values of a threshold ``name`` whose value is the number ``value``; see :func:`parameter_values`."""
    if isinstance(value, Fraction):
        low, high = sorted((value / 2, value * 2))
        if 0 <= value <= 1:  # a share stays a share
            high = min(high, Fraction(1))
        return _exact(value, low, high)
    if name in _AGE_KEYS:
        return _whole(value, max(0, value - _YEARS), value + _YEARS)
    if name in _BIRTH_YEAR_KEYS:
        return _whole(value, value - _YEARS, value + _YEARS)
    return _whole(value, *sorted((-(-value // 2), 2 * value)))


def parameter_values(standard: Standard, path: str | Parameter) -> st.SearchStrategy[Any]:
    """New values of one parameter of ``standard``, within documented bounds; each one a reform of that path takes.

    The bounds, by the kind of value at ``path`` (v is its value in ``standard``):

    =====================================  =================================================================
    Value                                  Drawn
    =====================================  =================================================================
    band bound (``bands[i].upper_*_vnd``)  whole VND in [⌈v/2⌉, 2v], above band i-1's bound and under band
                                           i+1's in the same area (a standard's bounds must increase)
    ``deprivation_cutoff``                 whole numbers from 1 to the number of indicators
    an age (``min_age``, ``max_age``,      whole years in [v - 5, v + 5], not below 0
    ``split_age``, ``child_under``,
    ``elderly_from``,
    ``min_working_age``)
    a year of birth (``born_from_year``)   whole years in [v - 5, v + 5]
    another whole number (a count such as  [⌈v/2⌉, 2v]: at least 1 for a value of at least 1
    ``min_non_durable``, an area in m²)
    an exact number (``Fraction``)         in [v/2, 2v], and at most 1 for a share (a value from 0 to 1);
                                           denominators up to 12, and v ± 1/100
    true or false                          either
    a set of choices                       a non-empty set of the same kind of choice (``Education``,
                                           ``WaterSource``, …): the model would take an empty set, but a
                                           reform cannot set a path whose value is empty, since an empty set
                                           names no kind of choice
    a ``RetirementSchedule``               the same schedule: a schedule is set whole, and drawing another
                                           is left out
    =====================================  =================================================================

    The value itself, one either side of it (one VND for a bound, a hundredth for an exact number, one choice
    more or fewer for a set) and the ends of the range are drawn often, as the other strategies draw the
    boundaries of the law; draws shrink towards the value itself. The ages of one indicator are drawn each on
    its own (a ``min_age`` above the ``max_age`` is a reform the model accepts, under which no member counts).

    Args:
        standard: The standard whose parameter is drawn; its other values stay as they are.
        path: The parameter's path (:func:`giamngheo.parameters`), with or without the standard's id, or the
            :class:`giamngheo.Parameter` itself.

    Returns:
        A strategy of values, each of the type of the value it replaces: ``giamngheo.reform(standard, {path:
        value}, id=...)`` never raises for one.

    Raises:
        InvalidInput: if ``standard`` is not a :class:`giamngheo.Standard` (``"standard"``), or ``path`` is not
            one of its parameters or holds a value no reform sets (``"path"``).

    >>> import giamngheo as gn
    >>> from hypothesis import find
    >>> from giamngheo.testing import parameter_values
    >>> nd07 = gn.builtin_standard("vn-2022-2025")
    >>> find(parameter_values(nd07, "bands[0].upper_rural_vnd"), lambda line: line > 1_500_000)
    1500001
    """
    chosen = _check_standard(standard)
    return _value_strategy(chosen, _key(chosen, path, "path"), _values(chosen), "path")


# --- whole reforms ------------------------------------------------------------------------------------------------


def _check_citation(citation: object) -> Citation:
    if citation is None:
        return generated_citation()
    if not isinstance(citation, Citation) or citation.verification not in _REFORM_VERIFICATIONS:
        reason = (
            f"a giamngheo.Citation of Verification.USER or DRAFT (a reform's values are never the law's), "
            f"got {citation!r}"
        )
        raise InvalidInput("citation", reason[:300])
    return citation


def _one_value(standard: Standard, key: str) -> str:
    """The key under which a value is drawn: without an area split, a band's two bounds are one value."""
    if not standard.area_split and _BAND.fullmatch(key):
        return key.replace("urban", "rural")
    return key


def _pool(standard: Standard, paths: Iterable[str | Parameter] | None) -> list[str]:
    """The keys :func:`reforms` draws from, one per value (the first given of a band's two paths without a split)."""
    values = _values(standard)
    if paths is None:
        # A retirement schedule would only be cited anew, and an empty set names no kind of choice to draw from.
        keys = [k for k, v in values.items() if not isinstance(v, RetirementSchedule) and v != frozenset()]
    else:
        if isinstance(paths, str | bytes | Parameter) or not isinstance(paths, Iterable):
            raise InvalidInput("paths", f"a collection of parameter paths, got {paths!r}"[:300])
        keys = [_key(standard, p, "paths") for p in paths]
        for key in keys:
            _value_strategy(standard, key, values, "paths")  # refuses a path no reform sets now, not at the first draw
    pool: dict[str, str] = {}
    for key in keys:
        pool.setdefault(_one_value(standard, key), key)
    if not pool:
        raise InvalidInput("paths", f"{standard.id}: no parameter to draw a value for")
    return list(pool.values())


def _set(standard: Standard, values: dict[str, Any], key: str, value: object) -> None:
    values[key] = value
    if not standard.area_split and _BAND.fullmatch(key):  # one value under both paths
        values[key.replace("rural", "urban")] = values[key.replace("urban", "rural")] = value


@st.composite
def _reforms(
    draw: st.DrawFn, standard: Standard, pool: list[str], max_changes: int, citation: Citation
) -> tuple[dict[str, Any], Standard]:
    keys = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=min(max_changes, len(pool)), unique=True))
    values = _values(standard)
    changes: dict[str, Any] = {}
    for key in keys:  # each value within bounds of the values drawn before it: the bounds keep increasing
        value = draw(_value_strategy(standard, key, values, "paths"))
        _set(standard, values, key, value)
        changes[f"{standard.id}.{key}"] = value
    return changes, reform(standard, changes, id=f"{standard.id}-reform", citation=citation)


def reforms(
    standard: Standard,
    *,
    paths: Iterable[str | Parameter] | None = None,
    max_changes: int = 3,
    citation: Citation | None = None,
) -> st.SearchStrategy[tuple[dict[str, Any], Standard]]:
    """Random reforms of ``standard``: 1 to ``max_changes`` of its parameters set to values of :func:`parameter_values`.

    Each value is drawn within the bounds of :func:`parameter_values`, given the values drawn before it (a band
    bound stays above the band below and under the band above as they now are), so that every reform is one
    the model accepts: none is filtered out. Without an area split, a band's two bounds are one value and are
    drawn at most once.

    Args:
        standard: The standard reformed.
        paths: The parameters to draw from (paths with or without the standard's id, or
            :class:`giamngheo.Parameter`); by default every parameter but a retirement schedule, which
            :func:`parameter_values` would only cite anew, and an empty set of choices, which no reform sets.
        max_changes: The largest number of parameters set by one reform, at least 1 (at most the number of
            paths to draw from).
        citation: The citation of every value set, of ``Verification.USER`` or ``DRAFT``; by default
            :func:`generated_citation`.

    Returns:
        A strategy of ``(changes, reformed)``: ``changes`` maps each path set (with the standard's id) to its new
        value, and ``reformed`` is ``giamngheo.reform(standard, changes, id=f"{standard.id}-reform",
        citation=citation)``. A value may equal the one it replaces: it is then only cited anew.

    Raises:
        InvalidInput: naming the argument, for a ``standard`` that is not one, a path that is not one of its
            parameters (or holds a value no reform sets), ``max_changes`` that is not a whole number of at least
            1, or a citation that is not of ``Verification.USER`` or ``DRAFT``.

    >>> import datetime as dt
    >>> import giamngheo as gn
    >>> from hypothesis import given
    >>> from giamngheo.testing import reforms
    >>> nd07 = gn.builtin_standard("vn-2022-2025")
    >>> @given(reforms(nd07))
    ... def test_a_reform_keeps_the_window(drawn):
    ...     changes, reformed = drawn
    ...     assert reformed.window == nd07.window
    >>> test_a_reform_keeps_the_window()
    """
    chosen = _check_standard(standard)
    if isinstance(max_changes, bool) or not isinstance(max_changes, int) or max_changes < 1:
        raise InvalidInput("max_changes", f"a whole number of at least 1, got {max_changes!r}")
    cited = _check_citation(citation)
    return _reforms(chosen, _pool(chosen, paths), max_changes, cited)


# --- raised lines -------------------------------------------------------------------------------------------------


def _bound_keys(standard: Standard) -> list[tuple[str, list[str]]]:
    """Each area's band-bound keys, lowest band first; without an area split, one area (its bounds are one)."""
    areas = ("rural", "urban") if standard.area_split else ("rural",)
    return [(area, [f"bands[{i}].upper_{area}_vnd" for i in range(len(standard.bands))]) for area in areas]


@st.composite
def _raised_lines(draw: st.DrawFn, standard: Standard, citation: Citation) -> tuple[dict[str, int], Standard]:
    values = _values(standard)
    every = [key for _, keys in _bound_keys(standard) for key in keys]
    chosen = set(draw(st.lists(st.sampled_from(every), min_size=1, max_size=len(every), unique=True)))
    changes: dict[str, int] = {}
    for _, keys in _bound_keys(standard):
        above: int | None = None  # the new bound of the band above: raise from the top down
        for key in reversed(keys):
            old = values[key]
            high = 2 * old if above is None else min(2 * old, above - 1)
            if key in chosen and high > old:  # a bound one VND under the next cannot rise alone
                changes[f"{standard.id}.{key}"] = draw(_whole(old + 1, old + 1, high))
            above = changes.get(f"{standard.id}.{key}", old)
    if not changes:  # every bound drawn sat one VND under the next: raise the top one, which always can
        top = _bound_keys(standard)[0][1][-1]
        changes[f"{standard.id}.{top}"] = draw(_whole(values[top] + 1, values[top] + 1, 2 * values[top]))
    return changes, reform(standard, changes, id=f"{standard.id}-reform", citation=citation)


def raised_lines(
    standard: Standard, *, citation: Citation | None = None
) -> st.SearchStrategy[tuple[dict[str, int], Standard]]:
    """Reforms of ``standard`` that raise one or more of its band bounds (its poverty and other income lines).

    Each bound raised rises by at least 1 VND and at most to twice its value, and stays under the bound of the
    band above as raised (bounds are raised from the top band down, so that they keep increasing); the other
    bounds and every other value are the standard's. One VND more, the most the bound above allows and twice
    the value are drawn often; draws shrink towards raising one bound by 1 VND. Without an area split a band's
    bounds are one value: its rural path is set, which sets both.

    Args:
        standard: The standard whose lines rise; it must have at least one band.
        citation: The citation of every bound raised, of ``Verification.USER`` or ``DRAFT``; by default
            :func:`generated_citation`.

    Returns:
        A strategy of ``(changes, reformed)``: ``changes`` maps each bound raised (its path with the standard's
        id) to its new value, at least one, each above its old value; ``reformed`` is
        ``giamngheo.reform(standard, changes, id=f"{standard.id}-reform", citation=citation)``.

    Raises:
        InvalidInput: naming the argument, for a ``standard`` that is not one or has no band, or a citation that
            is not of ``Verification.USER`` or ``DRAFT``.

    >>> import giamngheo as gn
    >>> from hypothesis import given
    >>> from giamngheo.testing import raised_lines
    >>> nd07 = gn.builtin_standard("vn-2022-2025")
    >>> @given(raised_lines(nd07))
    ... def test_lines_rise(drawn):
    ...     changes, reformed = drawn
    ...     assert all(a >= b for a, b in zip(reformed.limits(gn.Area.RURAL), nd07.limits(gn.Area.RURAL)))
    >>> test_lines_rise()
    """
    chosen = _check_standard(standard)
    if not chosen.bands:
        raise InvalidInput("standard", f"{chosen.id} has no income band: no line to raise")
    return _raised_lines(chosen, _check_citation(citation))
