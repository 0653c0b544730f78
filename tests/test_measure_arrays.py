"""The array path of the measures (bit masks and profile counts) equals a naive Fraction-per-household reference.

The reference below is the definition of Alkire and Foster (2011) written out household by household, with one
``Fraction`` each: the score ``c_i = Σ w_j``, poor when ``c_i >= k``, ``H = Σ_poor u_i / Σ u_i``,
``A = Σ_poor u_i c_i / Σ_poor u_i``, ``M0 = H × A``, ``uncensored[j] = Σ_{deprived in j} u_i / Σ u_i``,
``censored[j] = Σ_{poor, deprived in j} u_i / Σ u_i``, with ``u_i`` the survey weight (times the persons for
``unit="persons"``). :meth:`AFSample.from_batch` keeps the rows without an error of a ``BatchResult`` built here
directly from arrays.
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import measure
from giamngheo.batch import BatchResult
from giamngheo.testing import af_specs

ON = dt.date(2024, 10, 1)
STANDARD = gn.NATIONAL_STANDARDS.at(on=ON)
STATUSES = list(BatchResult.STATUSES)


def batch_result(deprived, *, status, persons, commune=None, ids=None, indicators=None):
    """A BatchResult from plain lists: ``deprived`` is a list of rows of booleans, ``status`` codes (-1: error)."""
    n = len(status)
    k = len(indicators)
    matrix = np.array(deprived, dtype=bool).reshape(n, k)
    column = np.empty(n, dtype=object)
    column[:] = commune if commune is not None else [None] * n
    return BatchResult(
        household_id=np.array(ids if ids is not None else [f"h{i}" for i in range(n)], dtype=object),
        status=np.array(status, dtype=np.int8),
        deprived=matrix,
        undetermined=np.zeros_like(matrix),
        indicator_ids=tuple(indicators),
        standard=STANDARD,
        on=ON,
        errors=np.full(n, None, dtype=object),
        orphans=(),
        commune=column,
        district=np.full(n, None, dtype=object),
        persons=np.array(persons, dtype=np.int64),
        area=np.full(n, "rural", dtype=object),
    )


def naive(households, spec, k, unit):
    """The measures of ``households`` (``(deprived, weight, persons)`` triples), one Fraction per household."""
    weights = dict(spec.weights)
    units = [w * (p if unit == "persons" else 1) for _, w, p in households]
    scores = [sum((weights[j] for j in d), Fraction(0)) for d, _, _ in households]
    poor = [c >= k for c in scores]
    population = sum(units, Fraction(0))
    poor_total = sum((u for u, q in zip(units, poor, strict=True) if q), Fraction(0))

    def ratio(x):
        return x / population if population else Fraction(0)

    def deprived_in(j, *, censored):
        hit = (u for u, q, (d, _, _) in zip(units, poor, households, strict=True) if j in d and (q or not censored))
        return ratio(sum(hit, Fraction(0)))

    score_sum = sum((u * c for u, c, q in zip(units, scores, poor, strict=True) if q), Fraction(0))
    h = ratio(poor_total)
    a = score_sum / poor_total if poor_total else Fraction(0)
    return {
        "population": population,
        "poor": poor_total,
        "H": h,
        "A": a,
        "M0": h * a,
        "uncensored": tuple((j, deprived_in(j, censored=False)) for j in spec.indicator_ids),
        "censored": tuple((j, deprived_in(j, censored=True)) for j in spec.indicator_ids),
    }


def measures(r):
    return {name: getattr(r, name) for name in ("population", "poor", "H", "A", "M0", "uncensored", "censored")}


@st.composite
def registers(draw):
    """A spec and a BatchResult of its indicators, with error rows, persons (0: unknown), groups and weights."""
    spec = draw(af_specs())
    d = len(spec.indicator_ids)
    n = draw(st.integers(min_value=0, max_value=25))
    rows = draw(st.lists(st.lists(st.booleans(), min_size=d, max_size=d), min_size=n, max_size=n))
    status = draw(st.lists(st.integers(min_value=-1, max_value=len(STATUSES) - 1), min_size=n, max_size=n))
    persons = draw(st.lists(st.integers(min_value=0, max_value=9), min_size=n, max_size=n))
    commune = draw(st.lists(st.sampled_from(("A", "B", None)), min_size=n, max_size=n))
    kind = draw(st.sampled_from(("none", "integers", "fractions")))
    if kind == "none":
        weights = None
    elif kind == "integers":
        weights = np.array(draw(st.lists(st.integers(0, 50), min_size=n, max_size=n)), dtype=np.int64)
    else:
        fractions = st.fractions(min_value=0, max_value=10, max_denominator=12)
        weights = [str(f) for f in draw(st.lists(fractions, min_size=n, max_size=n))]
    ks = sorted(draw(st.lists(st.fractions(min_value=Fraction(1, 20), max_value=1), min_size=1, max_size=3)))
    result = batch_result(rows, status=status, persons=persons, commune=commune, indicators=spec.indicator_ids)
    return spec, result, weights, ks


_PINNED = (
    measure.AFSpec.of("pinned", {"a": "1/2", "b": "1/4", "c": "1/4"}, k="1/2"),
    batch_result(
        [[1, 0, 0], [0, 1, 1], [0, 1, 0], [0, 0, 0], [1, 1, 1]],
        status=[0, 1, 2, 3, -1],  # the last row has an error: left out
        persons=[4, 2, 0, 1, 5],  # 0: unknown, counted as 1
        commune=["X", "X", "Y", None, "X"],
        indicators=("a", "b", "c"),
    ),
    ["3", "1/2", "1", "0", "7"],
    [Fraction(1, 4), Fraction(1, 2)],
)


def kept_households(result, weights):
    """The rows without an error, as the reference's ``(deprived, weight, persons)``, and their communes."""
    ids = result.indicator_ids
    rows, groups = [], []
    for i, code in enumerate(result.status.tolist()):
        if code < 0:
            continue
        w = Fraction(1) if weights is None else Fraction(str(weights[i]))
        deprived = frozenset(ids[j] for j in range(len(ids)) if result.deprived[i, j])
        rows.append((deprived, w, max(int(result.persons[i]), 1)))
        groups.append(result.commune[i])
    return rows, groups


@given(registers(), st.sampled_from(("households", "persons")))
@example(_PINNED, "households")
@example(_PINNED, "persons")
def test_the_array_path_equals_the_naive_reference(case, unit):
    spec, result, weights, ks = case
    households, groups = kept_households(result, weights)
    sample = measure.AFSample.from_batch(result, weights=weights)
    assert len(households) == len(sample)
    whole = measure.alkire_foster(sample, spec, k=ks, unit=unit)
    parts = measure.alkire_foster(sample, spec, k=ks, unit=unit, by="commune")
    for k, r, by in zip(ks, whole, parts, strict=True):
        assert naive(households, spec, k, unit) == measures(r)
        assert list(dict.fromkeys(groups)) == list(by)
        for g, part in by.items():
            mine = [h for h, x in zip(households, groups, strict=True) if x == g]
            assert naive(mine, spec, k, unit) == measures(part)
    # the Python path (a sample of sets) gives the same results as the array path
    plain = measure.AFSample.of(
        [d for d, _, _ in households],
        weights=[w for _, w, _ in households],
        persons=[p for _, _, p in households],
        groups={"commune": groups},
    )
    assert whole == measure.alkire_foster(plain, spec, k=ks, unit=unit)
    assert parts == measure.alkire_foster(plain, spec, k=ks, unit=unit, by="commune")
    statuses = [STATUSES[c] for c in result.status.tolist() if c >= 0]
    plain_statuses = measure.AFSample.of(
        [d for d, _, _ in households], statuses=statuses, weights=[w for _, w, _ in households],
        persons=[p for _, _, p in households], groups={"commune": groups},
    )  # fmt: skip
    for by_key in (None, "commune"):
        wanted = {gn.Status.POOR, gn.Status.NEAR_POOR}
        assert measure.headcount(plain_statuses, wanted, unit=unit, by=by_key) == measure.headcount(
            sample, wanted, unit=unit, by=by_key
        )


def test_the_views_of_an_array_sample_are_those_of_the_rows_kept():
    _, result, weights, _ = _PINNED
    sample = measure.AFSample.from_batch(result, weights=weights)
    assert ("h0", "h1", "h2", "h3") == sample.ids
    assert (frozenset("a"), frozenset("bc"), frozenset("b"), frozenset()) == sample.deprived
    assert (4, 2, 1, 1) == sample.persons
    assert (Fraction(3), Fraction(1, 2), Fraction(1), Fraction(0)) == sample.weights
    assert tuple(STATUSES[:4]) == sample.statuses
    assert ("X", "X", "Y", None) == sample.group("commune")
    parts = sample.split("commune")
    assert ["X", "Y", None] == list(parts)
    assert ("h0", "h1") == parts["X"].ids
    assert (Fraction(1, 2),) == parts["X"].subset([1]).weights
    assert sample.subset([0, 1]) == parts["X"]


@pytest.mark.parametrize(
    "weights",
    [
        [2**70 + i for i in range(5)],  # beyond int64: Python ints from the start
        np.array([2**52 + 2 * i + 1 for i in range(5)], dtype=np.int64),  # int64, but float64 sums would round
    ],
    ids=["beyond-int64", "beyond-float64"],
)
def test_huge_weights_are_added_exactly(weights):
    spec = _PINNED[0]
    # five households of two profiles, so that a profile's sum adds several huge weights
    rows = [[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0]]
    result = batch_result(rows, status=[0] * 5, persons=[1, 2, 3, 1, 2], commune=list("XXYYX"), indicators="abc")
    households, _ = kept_households(result, weights)
    sample = measure.AFSample.from_batch(result, weights=weights)
    for unit in ("households", "persons"):
        r = measure.alkire_foster(sample, spec, unit=unit)
        assert naive(households, spec, spec.k, unit) == measures(r)
        by = measure.alkire_foster(sample, spec, unit=unit, by="commune")
        assert r.M0 == sum((p.population_share * p.M0 for p in by.values()), Fraction(0))


def test_more_indicators_than_an_int64_holds():
    ids = tuple(f"i{j}" for j in range(70))
    spec = measure.AFSpec.of("wide", dict.fromkeys(ids, Fraction(1, 70)), k=Fraction(2, 70))
    rows = [[j in (0, 69) for j in range(70)], [j == 69 for j in range(70)], [False] * 70]
    result = batch_result(rows, status=[0, 0, 0], persons=[1, 2, 3], indicators=ids)
    r = measure.alkire_foster(measure.AFSample.from_batch(result), spec)
    assert (Fraction(1, 3), Fraction(2, 70)) == (r.H, r.A)


def test_a_large_register_is_measured_exactly():
    # 200,000 households: the array path (bincount) against the reference's sums written with numpy integers
    rng = np.random.default_rng(7)
    spec = measure.national_spec(STANDARD)
    n, d = 200_000, len(spec.indicator_ids)
    matrix = rng.random((n, d)) < 0.15
    status = rng.integers(-1, len(STATUSES), n)
    persons = rng.integers(0, 9, n)
    result = batch_result(matrix, status=status, persons=persons, indicators=spec.indicator_ids)
    r = measure.alkire_foster(measure.AFSample.from_batch(result), spec, unit="persons")
    kept = status >= 0
    units = np.maximum(persons, 1)[kept]
    counts = matrix[kept].sum(axis=1)  # equal weights 1/12: the score is count / 12
    poor = counts >= 3
    total, poor_units = int(units.sum()), int(units[poor].sum())
    assert Fraction(poor_units, total) == r.H
    assert Fraction(int((units * counts)[poor].sum()), 12 * poor_units) == r.A
    censored = (matrix[kept] & poor[:, None]).T @ units
    assert tuple(Fraction(int(c), total) for c in censored) == tuple(v for _, v in r.censored)


def test_a_household_deprived_in_an_indicator_the_spec_does_not_weigh_is_refused():
    _, result, _, _ = _PINNED
    other = measure.AFSpec.of("ab", {"a": "1/2", "b": "1/2"}, k="1/2")
    with pytest.raises(gn.InvalidInput, match="c: not an indicator of ab") as error:
        measure.alkire_foster(measure.AFSample.from_batch(result), other)
    assert "h1" == error.value.household


@pytest.mark.parametrize(
    ("given", "match"),
    [
        ({"persons": np.array([1, 1, 0, 1, 1])}, "at least 1"),
        ({"persons": [1, 1, 1.5, 1, 1]}, "at least 1"),
        ({"persons": [1, 1]}, "has 2 values for 5"),
        ({"weights": np.array([0.5] * 5)}, "must be exact"),
        ({"weights": np.array([1, -1, 1, 1, 1])}, "non-negative"),
        ({"weights": [1, 1, 0.5, 1, 1]}, "must be exact"),
        ({"groups": {"g": ["x"]}}, "has 1 values for 5"),
    ],
)
def test_from_batch_checks_what_it_is_given(given, match):
    _, result, _, _ = _PINNED
    with pytest.raises(gn.InvalidInput, match=match):
        measure.AFSample.from_batch(result, **given)


def test_to_frame_gives_float_columns_and_the_exact_values_alongside():
    spec, result, weights, _ = _PINNED
    sample = measure.AFSample.from_batch(result, weights=weights)
    by = measure.alkire_foster(sample, spec, by="commune")
    frame = measure.to_frame(by)
    assert ["X", "Y", None] == frame["group"].tolist()
    for name in ("k", "population", "H", "A", "M0", "population_share", "censored.a", "share.b"):
        assert pd.api.types.is_float_dtype(frame[name]), name
        assert [r.as_dict()[name] for r in by.values()] == frame[f"{name}_exact"].tolist()
    assert [float(r.M0) for r in by.values()] == frame["M0"].tolist()
    # Y has nobody poor: its shares are not defined, NaN as a float and None as an exact value
    y = frame[frame["group"] == "Y"].iloc[0]
    assert math.isnan(y["share.a"])
    assert y["share.a_exact"] is None
    # floats first (ready for .plot()), then the exact columns
    columns = list(frame.columns)
    assert columns.index("share.c") < columns.index("k_exact")


def test_to_frame_plots_with_pandas():
    """The float columns draw as they are: pandas' own plot of M0 and H by commune, no conversion by the user."""
    import matplotlib as mpl  # noqa: PLC0415 - the test extra has it; building a frame never needs it
    import matplotlib.pyplot as plt  # noqa: PLC0415

    mpl.use("Agg")
    spec, result, weights, _ = _PINNED
    frame = measure.to_frame(
        measure.alkire_foster(measure.AFSample.from_batch(result, weights=weights), spec, by="commune")
    )
    axes = frame.set_index("group")[["H", "M0"]].plot.bar()
    heights = [bar.get_height() for bar in axes.patches]
    assert [float(h) for h in frame["H"].fillna(0)] + [float(m) for m in frame["M0"].fillna(0)] == heights
    plt.close("all")


def test_to_frame_rounds_exactly_and_can_leave_the_exact_values_out():
    spec = measure.AFSpec.of("thirds", {"a": "1/3", "b": "2/3"}, k="1/3")
    r = measure.alkire_foster(measure.AFSample.of([{"a"}, set(), set()]), spec)
    frame = measure.to_frame(r, decimals=2, exact=False)
    assert [0.33] == frame["H"].tolist()
    assert not [c for c in frame.columns if c.endswith("_exact")]
    assert [Fraction(1, 3)] == measure.to_frame([r])["H_exact"].tolist()
