"""Laws of the Alkire-Foster measures, exactly, over random specs and samples.

- M0 = H × A; the contributions add up to M0 and the percentage contributions to 1 (when M0 > 0).
- Subgroups: the population shares add up to 1 and M0 = Σ share × M0_group; the same for H.
- Weights all equal to 1 give the unweighted results; multiplying every weight by a constant changes nothing.
- Censored headcounts never exceed uncensored ones; raising k never raises H.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from giamngheo import measure
from giamngheo.testing import af_samples, af_specs

_SPEC = measure.AFSpec.of("pinned", {"a": "1/2", "b": "1/4", "c": "1/4"}, k="1/2")
_SAMPLE = measure.AFSample.of([{"a"}, {"b", "c"}, set()], weights=["1/3", 2, 1], persons=[1, 2, 3], groups={"g": ["A", "B", "A"]})

cases = af_specs().flatmap(lambda spec: st.tuples(st.just(spec), af_samples(spec)))


@given(cases, st.sampled_from(("households", "persons")))
@example((_SPEC, _SAMPLE), "households")
def test_identities(case, unit):
    spec, sample = case
    r = measure.alkire_foster(sample, spec, unit=unit)
    assert r.M0 == r.H * r.A
    assert r.M0 == sum((c for _, c in r.contribution), Fraction(0))
    if r.M0:
        assert Fraction(1) == sum((s for _, s in r.share), Fraction(0))
    for (_, unc), (_, cen) in zip(r.uncensored, r.censored, strict=True):
        assert 0 <= cen <= unc <= 1


@given(cases, st.sampled_from(("households", "persons")))
@example((_SPEC, _SAMPLE), "persons")
def test_subgroup_decomposition(case, unit):
    spec, sample = case
    whole = measure.alkire_foster(sample, spec, unit=unit)
    parts = measure.alkire_foster(sample, spec, unit=unit, by="g")
    if len(sample):
        assert Fraction(1) == sum((p.population_share for p in parts.values()), Fraction(0))
    assert whole.M0 == sum((p.population_share * p.M0 for p in parts.values()), Fraction(0))
    assert whole.H == sum((p.population_share * p.H for p in parts.values()), Fraction(0))


@given(cases)
def test_unit_weights_are_the_unweighted_results(case):
    spec, sample = case
    ones = measure.AFSample.of(list(sample.deprived), groups={"g": list(sample.group("g"))})
    plain = measure.AFSample.of(list(sample.deprived), weights=[1] * len(sample), groups={"g": list(sample.group("g"))})
    assert measure.alkire_foster(ones, spec) == measure.alkire_foster(plain, spec)


@given(cases, st.fractions(min_value=Fraction(1, 7), max_value=7))
def test_scaling_every_weight_changes_nothing(case, factor):
    spec, sample = case
    scaled = measure.AFSample.of(list(sample.deprived), weights=[w * factor for w in sample.weights])
    base = measure.AFSample.of(list(sample.deprived), weights=list(sample.weights))
    a, b = measure.alkire_foster(base, spec), measure.alkire_foster(scaled, spec)
    assert (a.H, a.A, a.M0, a.censored) == (b.H, b.A, b.M0, b.censored)


@given(cases, st.data())
def test_raising_the_cutoff_never_raises_incidence(case, data):
    spec, sample = case
    ks = sorted(data.draw(st.lists(st.fractions(min_value=Fraction(1, 20), max_value=1), min_size=2, max_size=4)))
    results = measure.alkire_foster(sample, spec, k=ks)
    assert all(a.H >= b.H for a, b in itertools.pairwise(results))
