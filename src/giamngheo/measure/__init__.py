"""Measuring poverty: headcounts of the legal statuses and the Alkire-Foster measures, exactly.

>>> from fractions import Fraction
>>> from giamngheo import measure
>>> spec = measure.AFSpec.of("demo", {"a": "1/2", "b": "1/4", "c": "1/4"}, k="1/2")
>>> sample = measure.AFSample.of([{"a"}, {"b", "c"}, {"b"}, set()])
>>> r = measure.alkire_foster(sample, spec)
>>> (r.H, r.A, r.M0)
(Fraction(1, 2), Fraction(1, 2), Fraction(1, 4))
>>> sum(c for _, c in r.contribution) == r.M0
True
"""

from __future__ import annotations

import warnings

from giamngheo.measure._alkire_foster import AFResult, alkire_foster, headcount
from giamngheo.measure._sample import AFSample
from giamngheo.measure._spec import GLOBAL_MPI, AFSpec, national_spec
from giamngheo.measure._tables import Change, change, to_frame

__all__ = [
    "GLOBAL_MPI",
    "AFResult",
    "AFSample",
    "AFSpec",
    "Change",
    "alkire_foster",
    "change",
    "headcount",
    "national_spec",
    "to_frame",
]

#: The names of 0.1.0, too generic to import bare, and what replaced them; they still work, with a warning.
_RENAMED = {"Spec": "AFSpec", "Sample": "AFSample", "national": "national_spec"}


def __getattr__(name: str) -> object:
    if name in _RENAMED:
        new = _RENAMED[name]
        message = f"giamngheo.measure.{name} is now giamngheo.measure.{new}; the old name will be removed in 1.0"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return globals()[new]
    msg = f"module 'giamngheo.measure' has no attribute {name!r}"
    raise AttributeError(msg)
