"""Measuring poverty: headcounts of the legal statuses and the Alkire-Foster measures, exactly.

>>> from fractions import Fraction
>>> from giamngheo import measure
>>> spec = measure.Spec.of("demo", {"a": "1/2", "b": "1/4", "c": "1/4"}, k="1/2")
>>> sample = measure.Sample.of([{"a"}, {"b", "c"}, {"b"}, set()])
>>> r = measure.alkire_foster(sample, spec)
>>> (r.H, r.A, r.M0)
(Fraction(1, 2), Fraction(1, 2), Fraction(1, 4))
>>> sum(c for _, c in r.contribution) == r.M0
True
"""

from __future__ import annotations

from giamngheo.measure._alkire_foster import AFResult, alkire_foster, headcount
from giamngheo.measure._sample import Sample
from giamngheo.measure._spec import GLOBAL_MPI, Spec, national
from giamngheo.measure._tables import Change, change, to_frame

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
