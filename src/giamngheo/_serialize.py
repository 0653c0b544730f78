"""JSON (de)serialisation of inputs, standards and assessments through :mod:`cattrs`.

Type rules of :func:`make_converter`:

* dates are ISO 8601 strings (``"2023-06-01"``);
* enums are their values (``"rural"``, ``"poor"``, ``"quoted"``);
* exact ratios (:class:`~fractions.Fraction`) are strings: ``"750000"`` or ``"2050000/3"``;
* frozensets are sorted lists (of enum values, for sets of enums); tuples are lists;
* attrs classes are objects keyed by attribute name; computed private attributes are left out;
* an indicator's rule is its name (``"member_without_health_insurance"``), read back from
  :data:`giamngheo._indicators.RULES`; a threshold carries a ``type`` tag (``"int"``, ``"bool"``,
  ``"fraction"``, ``"set:WaterSource"``, ``"retirement_schedule"``) so that its value reads back exactly.

An assessment's JSON document is versioned: ``{"format": "giamngheo.assessment", "version": 2, …}``. Version 2
added the household's members and dwelling, undetermined indicators, and the indicators' thresholds and rules;
version 1 documents are still read.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from giamngheo import _facts
from giamngheo._assessment import Assessment
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._household import Household
from giamngheo._indicators import RULES
from giamngheo._legal import Citation, Cited
from giamngheo._model import Rule, Text, Threshold
from giamngheo._version import __version__

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "ASSESSMENT_FORMAT",
    "ASSESSMENT_FORMAT_VERSION",
    "assessment_from_json",
    "assessment_to_json",
    "household_from_data",
    "household_from_json",
    "household_to_json",
    "make_converter",
]

ASSESSMENT_FORMAT = "giamngheo.assessment"
ASSESSMENT_FORMAT_VERSION = 2
#: The versions :func:`assessment_from_json` reads.
READABLE_VERSIONS = (1, 2)
#: Enumerations that thresholds hold sets of, by the name used in ``type`` tags.
_ENUMS: dict[str, type[enum.Enum]] = {
    e.__name__: e
    for e in (
        _facts.Device,
        _facts.Education,
        _facts.Employment,
        _facts.Latrine,
        _facts.Material,
        _facts.Nutrition,
        _facts.Sex,
        _facts.WaterSource,
    )
}


def _fraction_to_str(value: Fraction) -> str:
    return str(value)


def _str_to_fraction(value: object, _: object) -> Fraction:
    # A Decimal comes from JSON read with parse_float=Decimal (see household_from_json): exact, so accepted.
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise InvalidInput("fraction", f"an exact number is a string like '2050000/3' or '35.5', got {value!r}")
    return Fraction(value)


def _is_frozenset(type_: object) -> bool:
    return getattr(type_, "__origin__", type_) is frozenset


def _sorted_values(items: frozenset[Any]) -> list[Any]:
    """A set as a sorted list; enumeration members become their values first."""
    return sorted(i.value if isinstance(i, enum.Enum) else i for i in items)


def _rule_from_name(value: object, _: object) -> Rule:
    if not isinstance(value, str) or value not in RULES:
        raise InvalidInput("rule", f"unknown rule {value!r}; known: {', '.join(sorted(RULES))}")
    return RULES[value]


def _tag(value: object) -> tuple[str, Any]:
    """A threshold value as ``(type tag, JSON value)``."""
    from giamngheo.law.labour_code_2019 import RetirementSchedule  # noqa: PLC0415

    if isinstance(value, bool):
        return "bool", value
    if isinstance(value, int):
        return "int", value
    if isinstance(value, Fraction):
        return "fraction", str(value)
    if isinstance(value, RetirementSchedule):
        return "retirement_schedule", _converter().unstructure(value)
    if isinstance(value, frozenset):
        kinds = {type(v) for v in value}
        if len(kinds) == 1:
            (kind,) = kinds
            if kind.__name__ in _ENUMS:
                return f"set:{kind.__name__}", _sorted_values(value)
    raise InvalidInput("threshold", f"cannot serialise a threshold value {value!r}")


def _untag(tag: object, value: object) -> object:
    from giamngheo.law.labour_code_2019 import RetirementSchedule  # noqa: PLC0415

    if tag == "bool" and isinstance(value, bool):
        return value
    if tag == "int" and type(value) is int:
        return value
    if tag == "fraction":
        return _str_to_fraction(value, Fraction)
    if tag == "retirement_schedule":
        return _converter().structure(value, RetirementSchedule)
    if isinstance(tag, str) and tag.startswith("set:") and tag[4:] in _ENUMS and isinstance(value, list):
        kind = _ENUMS[tag[4:]]
        return frozenset(kind(v) for v in value)
    raise InvalidInput("threshold", f"cannot read a threshold value {value!r} of type {tag!r}")


def _threshold_to_dict(threshold: Threshold) -> dict[str, Any]:
    tag, value = _tag(threshold.value.value)
    c = _converter()
    return {
        "key": threshold.key,
        "label": c.unstructure(threshold.label),
        "type": tag,
        "value": value,
        "citation": c.unstructure(threshold.value.citation),
    }


def _threshold_from_dict(data: Any, _: object) -> Threshold:  # noqa: ANN401 - JSON
    c = _converter()
    return Threshold(
        key=data["key"],
        label=c.structure(data["label"], Text),
        value=Cited(_untag(data["type"], data["value"]), c.structure(data["citation"], Citation)),
    )


def make_converter() -> cattrs.Converter:
    """A :class:`cattrs.Converter` configured with giamngheo's JSON type rules (see the module docstring)."""
    import cattrs  # noqa: PLC0415 - imported on first use, to keep `import giamngheo` fast

    converter = cattrs.Converter(forbid_extra_keys=False)
    _configure(converter)
    return converter


def _configure(converter: cattrs.Converter) -> None:
    """Register giamngheo's JSON type rules on ``converter``."""
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    converter.register_unstructure_hook(Fraction, _fraction_to_str)
    converter.register_structure_hook(Fraction, _str_to_fraction)
    converter.register_unstructure_hook_func(_is_frozenset, _sorted_values)
    # By predicate: registering by class would make cattrs resolve Rule's annotations, which name private types.
    converter.register_unstructure_hook_func(lambda t: t is Rule, lambda rule: rule.name)
    converter.register_structure_hook_func(lambda t: t is Rule, _rule_from_name)
    for kind in _ENUMS.values():
        converter.register_structure_hook(kind, _enum_from_value)
    converter.register_structure_hook(bool, _strict_bool)
    converter.register_unstructure_hook(Threshold, _threshold_to_dict)
    converter.register_structure_hook(Threshold, _threshold_from_dict)


_CONVERTERS: list[cattrs.Converter] = []


def _converter() -> cattrs.Converter:
    if not _CONVERTERS:
        _CONVERTERS.append(make_converter())
    return _CONVERTERS[0]


def assessment_to_dict(assessment: Assessment) -> dict[str, Any]:
    """The versioned JSON-ready document of an assessment."""
    return {
        "format": ASSESSMENT_FORMAT,
        "version": ASSESSMENT_FORMAT_VERSION,
        "library_version": __version__,
        "summary": {
            "status": assessment.status.value,
            "standard": assessment.standard.id,
            "deprivation_count": assessment.deprivation_count,
            "deprived": sorted(assessment.deprived),
            "undetermined": sorted(assessment.undetermined),
            "needed": list(assessment.needed),
            # Stated deprivations are all in "deprived"; findings are listed for computed ones.
            "findings": [
                {
                    "indicator": f.indicator.id,
                    "outcome": f.outcome.value,
                    "members": list(f.members),
                    "missing": list(f.missing),
                    "reason": {"vi": f.reason.vi, "en": f.reason.en},
                }
                for f in (assessment.findings if assessment.household.computed else ())
            ],
            "verification": assessment.verification.value,
            "citations": [c.render("en") for c in assessment.citations],
        },
        "assessment": _converter().unstructure(assessment),
    }


def assessment_to_json(assessment: Assessment, *, indent: int | None = None) -> str:
    """Serialise an assessment to versioned JSON (UTF-8 text, Vietnamese kept as is)."""
    return json.dumps(assessment_to_dict(assessment), ensure_ascii=False, indent=indent)


def assessment_from_json(text: str | bytes) -> Assessment:
    """Read an assessment back from :func:`assessment_to_json` output.

    Raises:
        InvalidInput: if the document is not a giamngheo assessment of a version this library reads.
    """
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"not valid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != ASSESSMENT_FORMAT:
        raise InvalidInput("format", f"not a {ASSESSMENT_FORMAT} document")
    version = document.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        readable = ", ".join(map(str, READABLE_VERSIONS))
        raise InvalidInput("version", f"version {version!r} is not supported (this library reads {readable})")
    import cattrs  # noqa: PLC0415

    try:
        return _converter().structure(document["assessment"], Assessment)
    except (cattrs.BaseValidationError, KeyError, ValueError, TypeError, GiamngheoError) as error:
        raise InvalidInput("assessment", f"cannot read the assessment: {error}") from error


# --- households ---------------------------------------------------------------------------------------------


def household_to_json(household: Household, *, indent: int | None = None) -> str:
    """A household as JSON: the object :func:`household_from_json` reads.

    The schema is that of the ``household`` of an assessment document; unknown facts are ``null``.
    """
    return json.dumps(_converter().unstructure(household), ensure_ascii=False, indent=indent)


def household_from_json(text: str | bytes) -> Household:
    """Read a household from a JSON object (as written by :func:`household_to_json`).

    Decimal numbers (``"floor_area_m2": 35.5``) are read exactly, never as binary floats; absent fields are
    unknown.

    Raises:
        InvalidInput: naming the field as a path (``members[1].employment``) and the household's id.
    """
    try:
        data = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"not valid JSON: {error}") from None
    return household_from_data(data)


def household_from_data(data: object) -> Household:
    """A household from already-parsed JSON data (a dict); see :func:`household_from_json`."""
    import cattrs  # noqa: PLC0415

    if not isinstance(data, dict):
        raise InvalidInput("household", f"a household is a JSON object, got {type(data).__name__}")
    hid = data.get("id") if isinstance(data.get("id"), str) else None
    try:
        return _household_converter().structure(data, Household)
    except cattrs.BaseValidationError as error:
        own = [e for e in error.exceptions if isinstance(e, InvalidInput)]
        if own:  # raised by Household itself: it names its own field
            raise InvalidInput(own[0].field, own[0].reason, hid) from None
        path, _, reason = cattrs.transform_error(error, path="", format_exception=_reason)[0].rpartition(" @ ")[::-1]
        raise InvalidInput(path.lstrip(".") or "household", reason, hid) from None
    except (KeyError, ValueError, TypeError) as error:
        raise InvalidInput("household", f"cannot read the household: {error}", hid) from None


_HOUSEHOLD_CONVERTERS: list[cattrs.Converter] = []


def _household_converter() -> cattrs.Converter:
    """The converter for households given as input: unknown keys, inexact numbers and wrong shapes are refused."""
    if _HOUSEHOLD_CONVERTERS:
        return _HOUSEHOLD_CONVERTERS[0]
    import cattrs  # noqa: PLC0415

    from giamngheo._facts import Dwelling, Member  # noqa: PLC0415

    strict = cattrs.Converter(forbid_extra_keys=True)
    _configure(strict)
    strict.register_structure_hook(int, _strict_int)
    strict.register_structure_hook_func(_is_str_set, _str_set)

    listed = strict.get_structure_hook(tuple[Member, ...])  # cattrs' own: it reports members[i].field paths

    def members(value: object, kind: object) -> tuple[Member, ...]:
        if not isinstance(value, list):
            raise ValueError(f"members are a list of member objects, got {type(value).__name__}")  # noqa: TRY004
        return listed(value, kind)  # type: ignore[no-any-return]

    def dwelling(value: object, _: object) -> Dwelling:
        if not isinstance(value, dict):
            raise ValueError(f"the dwelling is an object, got {type(value).__name__}")  # noqa: TRY004
        return strict.structure_attrs_fromdict(value, Dwelling)

    strict.register_structure_hook_func(lambda t: t == tuple[Member, ...], members)
    strict.register_structure_hook_func(lambda t: t is Dwelling, dwelling)
    _HOUSEHOLD_CONVERTERS.append(strict)
    return strict


def _strict_int(value: object, _: object) -> int:
    # cattrs would call int(), turning 1500000.9 into 1500000 and true into 1: amounts and sizes must be whole.
    if type(value) is not int:
        raise ValueError(f"must be a whole number, got {value!r}")
    return value


def _is_str_set(type_: object) -> bool:
    return getattr(type_, "__origin__", None) is frozenset and getattr(type_, "__args__", None) == (str,)


def _str_set(value: object, _: object) -> frozenset[str]:
    if isinstance(value, str):  # "water;telecom", as in CSV files
        return frozenset(part.strip() for part in value.split(";") if part.strip())
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"a list of indicator ids, got {value!r}")
    return frozenset(value)


def _reason(error: BaseException, _: object) -> str:
    import cattrs  # noqa: PLC0415

    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return "unknown field(s): " + ", ".join(sorted(error.extra_fields))
    if isinstance(error, InvalidInput):
        return error.reason
    if isinstance(error, KeyError):
        return "required"
    return str(error) or type(error).__name__


def _strict_bool(value: object, _: object) -> bool:
    # cattrs would call bool(), turning "no" into True: a yes/no fact must be a JSON true or false.
    if not isinstance(value, bool):
        raise ValueError(f"must be true, false or null (unknown), got {value!r}")  # noqa: TRY004 - cattrs reports it
    return value


def _enum_from_value(value: object, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        valid = ", ".join(repr(m.value) for m in kind)
        raise ValueError(f"unknown value {value!r}; use one of {valid} (or null: unknown)") from None
