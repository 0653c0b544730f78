"""The national poverty standards, one module per legal instrument, and their timeline.

Each module's docstring opens with its References; an amendment or extension lives in the module of the
instrument it amends or extends, as a later dated entry citing the amending act. :data:`NATIONAL_STANDARDS` is the
registry: the timeline that resolves a date to a standard. A new national standard is a module here and one line
below.

The model a standard is written in (:class:`Standard`, its :class:`IncomeBand` s, :class:`Indicator` s and their
:class:`Threshold` s) is here too, for code that builds or reads standards; :class:`Standard` and the others are
also at the top of :mod:`giamngheo`. :func:`parameters` lists every value of a standard by its stable path, the
paths :func:`giamngheo.reform` sets; :func:`reform_over_time` sets them for periods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from giamngheo._lazy import lazy_names
from giamngheo._legal import Timeline
from giamngheo._model import Caveat, IncomeBand, IncomePeriod, Indicator, PoorBasis, Rule, Standard, Threshold
from giamngheo._text import Text
from giamngheo.standards import decision_09_2011, decision_59_2015, decision_170_2005, decree_07_2021, decree_351_2025

if TYPE_CHECKING:
    from giamngheo._params import Parameter, parameters
    from giamngheo._reform import reform_over_time

# The parameter paths are for reforms and listings, not for assessing: imported when first asked for.
__getattr__, __dir__ = lazy_names(
    globals(),
    {"Parameter": "giamngheo._params", "parameters": "giamngheo._params", "reform_over_time": "giamngheo._reform"},
)

__all__ = [
    "NATIONAL_STANDARDS",
    "Caveat",
    "IncomeBand",
    "IncomePeriod",
    "Indicator",
    "Parameter",
    "PoorBasis",
    "Rule",
    "Standard",
    "Threshold",
    "parameters",
    "reform_over_time",
]

#: Every national standard, by the dates on which it applies: 2006-01-01 up to and including 2030-12-31.
NATIONAL_STANDARDS: Timeline[Standard] = Timeline(
    Text("chuẩn nghèo quốc gia", "national poverty standard"),
    tuple(
        (s.window, s)
        for s in (
            decision_170_2005.STANDARD,
            decision_09_2011.STANDARD,
            decision_59_2015.STANDARD,
            decision_59_2015.STANDARD_2021,
            decree_07_2021.STANDARD,
            decree_07_2021.STANDARD_2026,
            decree_351_2025.STANDARD,
        )
    ),
)
