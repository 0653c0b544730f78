"""giamngheo: Vietnam's poverty-reduction law as versioned, cited, explainable functions.

>>> import datetime as dt
>>> import giamngheo as gn
>>> hh = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_500_000,
...                   deprived={"health_insurance", "water", "housing_area"})
>>> gn.assess(hh, on=dt.date(2023, 6, 1)).status
<Status.POOR: 'poor'>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from giamngheo import facts as facts  # the namespaces by topic
from giamngheo import legal as legal
from giamngheo import units as units
from giamngheo._assessment import Assessment, Assessments, Step, assess, assess_all
from giamngheo._errors import (
    FileFormatError,
    GiamngheoError,
    InvalidInput,
    NoRuleInForce,
    NumberTooLarge,
    PolicyConflict,
    PolicyFileError,
    StandardFileError,
)
from giamngheo._facts import (
    Device,
    Dwelling,
    Education,
    Employment,
    Latrine,
    Material,
    Member,
    Nutrition,
    Sex,
    WaterSource,
    age_on,
)
from giamngheo._household import Household
from giamngheo._instruments import INSTRUMENTS, instrument, instruments
from giamngheo._jurisdictions import (
    JURISDICTIONS,
    Jurisdiction,
    JurisdictionLevel,
    Territory,
    builtin_standard,
    jurisdiction,
    legal_data,
    standard_in_force,
    territory,
)
from giamngheo._lazy import lazy_names
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Timeline, Verification, Window
from giamngheo._model import (
    Area,
    Caveat,
    IncomeBand,
    IncomePeriod,
    Indicator,
    PoorBasis,
    Rule,
    Standard,
    Status,
    Text,
    Threshold,
)
from giamngheo._national import LegalDatum
from giamngheo._numbers import InputLimits, input_limits
from giamngheo._units import (
    ARRANGEMENT_2025,
    AdministrativeUnit,
    Location,
    Succession,
    UnitKind,
    administrative_unit,
    area_of_commune,
    communes,
    former_province,
    locate,
    predecessors,
    successors,
)
from giamngheo._version import __version__
from giamngheo.rules import RULES, Finding, Outcome
from giamngheo.standards import NATIONAL_STANDARDS

if TYPE_CHECKING:
    from giamngheo import formats as formats
    from giamngheo._converter import make_converter
    from giamngheo._entitlement_json import entitlements_from_json, entitlements_to_json
    from giamngheo._entitlements import POLICIES, Entitled, entitled, entitlements, policy
    from giamngheo._household_json import household_from_json, household_to_json
    from giamngheo._params import Parameter, parameters, policy_parameters
    from giamngheo._policy import (
        Entitlement,
        EntitlementKind,
        ExceptionRule,
        Grant,
        Place,
        Policy,
        RecognisedStatus,
        Situation,
        StatusHistory,
    )
    from giamngheo._reform import Comparison, Move, compare, reform, reform_over_time, reform_policy
    from giamngheo._serialize import (
        assessment_from_json,
        assessment_from_line,
        assessment_to_json,
        assessment_to_line,
        legal_data_version,
    )
    from giamngheo.formats import (
        POLICY_FORMAT,
        POLICY_FORMAT_VERSION,
        STANDARD_FORMAT,
        STANDARD_FORMAT_VERSION,
        dump_standard,
        load_policies,
        load_standard,
    )

# Assessing needs the facts, the rules and the standards. Files, JSON, reforms and the support policies are
# imported when a program first asks for one of their names, which keeps `import giamngheo` fast.
__getattr__, __dir__ = lazy_names(
    globals(),
    {
        "make_converter": "giamngheo._converter",
        "entitlements_from_json": "giamngheo._entitlement_json",
        "entitlements_to_json": "giamngheo._entitlement_json",
        "Entitled": "giamngheo._entitlements",
        "POLICIES": "giamngheo._entitlements",
        "entitled": "giamngheo._entitlements",
        "entitlements": "giamngheo._entitlements",
        "policy": "giamngheo._entitlements",
        "household_from_json": "giamngheo._household_json",
        "household_to_json": "giamngheo._household_json",
        "Parameter": "giamngheo._params",
        "parameters": "giamngheo._params",
        "Entitlement": "giamngheo._policy",
        "EntitlementKind": "giamngheo._policy",
        "ExceptionRule": "giamngheo._policy",
        "Grant": "giamngheo._policy",
        "Place": "giamngheo._policy",
        "Policy": "giamngheo._policy",
        "RecognisedStatus": "giamngheo._policy",
        "Situation": "giamngheo._policy",
        "StatusHistory": "giamngheo._policy",
        "Comparison": "giamngheo._reform",
        "Move": "giamngheo._reform",
        "compare": "giamngheo._reform",
        "reform": "giamngheo._reform",
        "reform_over_time": "giamngheo._reform",
        "reform_policy": "giamngheo._reform",
        "policy_parameters": "giamngheo._params",
        "assessment_from_json": "giamngheo._serialize",
        "assessment_from_line": "giamngheo._serialize",
        "assessment_to_json": "giamngheo._serialize",
        "assessment_to_line": "giamngheo._serialize",
        "legal_data_version": "giamngheo._serialize",
        "POLICY_FORMAT": "giamngheo.formats",
        "POLICY_FORMAT_VERSION": "giamngheo.formats",
        "STANDARD_FORMAT": "giamngheo.formats",
        "STANDARD_FORMAT_VERSION": "giamngheo.formats",
        "dump_standard": "giamngheo.formats",
        "formats": "giamngheo.formats",
        # The subpackages a program reaches as gn.<name> without importing them first, as it reached gn.policies.
        "batch": "giamngheo.batch",
        "measure": "giamngheo.measure",
        "policies": "giamngheo.policies",
        "review": "giamngheo.review",
        "load_policies": "giamngheo.formats",
        "load_standard": "giamngheo.formats",
    },
)

__all__ = [
    "ARRANGEMENT_2025",
    "INSTRUMENTS",
    "JURISDICTIONS",
    "NATIONAL_STANDARDS",
    "POLICIES",
    "POLICY_FORMAT",
    "POLICY_FORMAT_VERSION",
    "RULES",
    "STANDARD_FORMAT",
    "STANDARD_FORMAT_VERSION",
    "AdministrativeUnit",
    "Area",
    "Assessment",
    "Assessments",
    "Caveat",
    "Citation",
    "Cited",
    "Comparison",
    "Device",
    "Dwelling",
    "Education",
    "Employment",
    "Entitled",
    "Entitlement",
    "EntitlementKind",
    "ExceptionRule",
    "FileFormatError",
    "Finding",
    "GiamngheoError",
    "Grant",
    "Household",
    "IncomeBand",
    "IncomePeriod",
    "Indicator",
    "InputLimits",
    "Instrument",
    "InstrumentKind",
    "InvalidInput",
    "Jurisdiction",
    "JurisdictionLevel",
    "Latrine",
    "LegalDatum",
    "Location",
    "Material",
    "Member",
    "Move",
    "NoRuleInForce",
    "NumberTooLarge",
    "Nutrition",
    "Outcome",
    "Parameter",
    "Place",
    "Policy",
    "PolicyConflict",
    "PolicyFileError",
    "PoorBasis",
    "RecognisedStatus",
    "Rule",
    "Sex",
    "Situation",
    "Standard",
    "StandardFileError",
    "Status",
    "StatusHistory",
    "Step",
    "Succession",
    "Territory",
    "Text",
    "Threshold",
    "Timeline",
    "UnitKind",
    "Verification",
    "WaterSource",
    "Window",
    "__version__",
    "administrative_unit",
    "age_on",
    "area_of_commune",
    "assess",
    "assess_all",
    "assessment_from_json",
    "assessment_from_line",
    "assessment_to_json",
    "assessment_to_line",
    "builtin_standard",
    "communes",
    "compare",
    "dump_standard",
    "entitled",
    "entitlements",
    "entitlements_from_json",
    "entitlements_to_json",
    "former_province",
    "household_from_json",
    "household_to_json",
    "input_limits",
    "instrument",
    "instruments",
    "jurisdiction",
    "legal_data",
    "legal_data_version",
    "load_policies",
    "load_standard",
    "locate",
    "make_converter",
    "parameters",
    "policy",
    "policy_parameters",
    "predecessors",
    "reform",
    "reform_over_time",
    "reform_policy",
    "standard_in_force",
    "successors",
    "territory",
]
