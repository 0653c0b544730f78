"""giamngheo: Vietnam's poverty-reduction law as versioned, cited, explainable functions.

>>> import datetime as dt
>>> import giamngheo as gn
>>> hh = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_500_000,
...                   deprived={"health_insurance", "water", "housing_area"})
>>> gn.assess(hh, on=dt.date(2023, 6, 1)).status
<Status.POOR: 'poor'>
"""

from __future__ import annotations

from giamngheo._assessment import Assessment, Step, assess
from giamngheo._errors import GiamngheoError, InvalidInput, NoRuleInForce
from giamngheo._household import Household
from giamngheo._instruments import INSTRUMENTS, instrument
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Timeline, Verification, Window
from giamngheo._model import Area, IncomeBand, Indicator, Standard, Status, Text
from giamngheo._national import NATIONAL_STANDARDS, LegalDatum, legal_data, standard_in_force
from giamngheo._serialize import assessment_from_json, assessment_to_json, make_converter
from giamngheo._version import __version__

__all__ = [
    "INSTRUMENTS",
    "NATIONAL_STANDARDS",
    "Area",
    "Assessment",
    "Citation",
    "Cited",
    "GiamngheoError",
    "Household",
    "IncomeBand",
    "Indicator",
    "Instrument",
    "InstrumentKind",
    "InvalidInput",
    "LegalDatum",
    "NoRuleInForce",
    "Standard",
    "Status",
    "Step",
    "Text",
    "Timeline",
    "Verification",
    "Window",
    "__version__",
    "assess",
    "assessment_from_json",
    "assessment_to_json",
    "instrument",
    "legal_data",
    "make_converter",
    "standard_in_force",
]
