"""Strategies for the Alkire-Foster measures: specifications and samples."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from giamngheo.measure import AFSample, AFSpec
from giamngheo.testing._review import _subset

# --- measurement ------------------------------------------------------------------------------------------------


@st.composite
def _af_specs(draw: st.DrawFn, max_indicators: int) -> AFSpec:
    d = draw(st.integers(min_value=1, max_value=max_indicators))
    parts = draw(st.lists(st.integers(min_value=1, max_value=6), min_size=d, max_size=d))
    total = sum(parts)
    weights = {f"i{j}": Fraction(p, total) for j, p in enumerate(parts)}
    # cut-offs that some households reach exactly: sums of weights, and 1/d steps
    k = draw(st.sampled_from(sorted({Fraction(p, total) for p in range(1, total + 1)} | {Fraction(1, d)})))
    return AFSpec.of("drawn", weights, k=k)


def af_specs(max_indicators: int = 8) -> st.SearchStrategy[AFSpec]:
    """Alkire-Foster specs: 1 to ``max_indicators`` indicators with exact weights adding up to 1.

    The cut-off is one that households can reach exactly.
    """
    return _af_specs(max_indicators)


@st.composite
def _samples(draw: st.DrawFn, spec: AFSpec, max_size: int) -> AFSample:
    ids = list(spec.indicator_ids)
    n = draw(st.integers(min_value=0, max_value=max_size))
    rows = [_subset(draw, ids) for _ in range(n)]
    weights = draw(
        st.lists(st.fractions(min_value=Fraction(1, 10), max_value=10, max_denominator=12), min_size=n, max_size=n)
    )
    persons = draw(st.lists(st.integers(min_value=1, max_value=9), min_size=n, max_size=n))
    groups = draw(st.lists(st.sampled_from(("A", "B", "C")), min_size=n, max_size=n))
    return AFSample.of(rows, weights=weights, persons=persons, groups={"g": groups})


def af_samples(spec: AFSpec, *, max_size: int = 30) -> st.SearchStrategy[AFSample]:
    """Samples of households deprived in indicators of ``spec``.

    They come with exact survey weights, persons and a grouping ``"g"``.
    """
    return _samples(spec, max_size)
