"""JSON (de)serialisation of inputs, standards, assessments and entitlements through :mod:`cattrs`.

Type rules of :func:`make_converter`:

* dates are ISO 8601 strings (``"2023-06-01"``);
* enums are their values (``"rural"``, ``"poor"``, ``"quoted"``);
* exact ratios (:class:`~fractions.Fraction`) are strings: ``"750000"`` or ``"2050000/3"``;
* frozensets are sorted lists (of enum values, for sets of enums); tuples are lists;
* attrs classes are objects keyed by attribute name; computed private attributes are left out;
* an indicator's rule is its name (``"member_without_health_insurance"``), read back from
  :data:`giamngheo.rules.RULES`; a threshold carries a ``type`` tag (``"int"``, ``"bool"``,
  ``"fraction"``, ``"set:WaterSource"``, ``"retirement_schedule"``) so that its value reads back exactly;
* a support policy (whose conditions are functions) is a reference ``{"id": …, "basis": …}``, read back by its id
  from :data:`giamngheo.POLICIES` (:func:`giamngheo.policy`).

An assessment's JSON document is versioned: ``{"format": "giamngheo.assessment", "version": 3, …}``. Version 3
refers to a built-in standard by its id and the installed :func:`legal_data_version`, and writes the standard
whole only when it is user-defined (or when asked); it has a compact one-line form for JSON Lines
(:func:`assessment_to_line`); its summary gives the basis of a poor status (``"basis"``) and the caveat of a
standard with a part the library does not encode (``"caveat"``), both added within version 3: a document without
them reads the same. Version 2 added the household's members and dwelling, undetermined indicators, and
the indicators' thresholds and rules; documents of versions 1 and 2 are still read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from giamngheo import _facts
from giamngheo._assessment import Assessment
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._facts import Dwelling, Member
from giamngheo._household import Household
from giamngheo._json import loads as load_json
from giamngheo._legal import Citation, Cited
from giamngheo._model import Rule, Standard, Text, Threshold
from giamngheo._numbers import current_limits, exact_number
from giamngheo._policy import Entitlement, Policy
from giamngheo._units import area_of_commune
from giamngheo._version import __version__
from giamngheo.rules import RULES

if TYPE_CHECKING:
    from pathlib import Path

    import cattrs

__all__ = [
    "ASSESSMENT_FORMAT",
    "ASSESSMENT_FORMAT_VERSION",
    "ENTITLEMENTS_FORMAT",
    "ENTITLEMENTS_FORMAT_VERSION",
    "assessment_from_json",
    "assessment_from_line",
    "assessment_to_dict",
    "assessment_to_json",
    "assessment_to_line",
    "entitlement_from_dict",
    "entitlement_to_dict",
    "entitlements_from_json",
    "entitlements_to_json",
    "household_documents",
    "household_from_data",
    "household_from_json",
    "household_to_json",
    "households_from_data",
    "legal_data_version",
    "make_converter",
]

_T = TypeVar("_T")

ASSESSMENT_FORMAT = "giamngheo.assessment"
ASSESSMENT_FORMAT_VERSION = 3
#: The versions :func:`assessment_from_json` reads.
READABLE_VERSIONS = (1, 2, 3)
ENTITLEMENTS_FORMAT = "giamngheo.entitlements"
ENTITLEMENTS_FORMAT_VERSION = 1
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
    try:
        return exact_number(value, "fraction")
    except InvalidInput:
        raise
    except (ValueError, ZeroDivisionError):
        raise InvalidInput("fraction", f"an exact number is a string like '2050000/3' or '35.5', got {value!r}") from None


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
    converter.register_unstructure_hook_func(lambda t: t is Policy, _policy_to_ref)
    converter.register_structure_hook_func(lambda t: t is Policy, _policy_from_ref)


_CONVERTERS: list[cattrs.Converter] = []


def _converter() -> cattrs.Converter:
    if not _CONVERTERS:
        _CONVERTERS.append(make_converter())
    return _CONVERTERS[0]


def _is_builtin(standard: Standard) -> bool:
    """Whether ``standard`` is the built-in standard of its id (the same object, or an equal one)."""
    builtin = _builtin_standards().get(standard.id)
    return builtin is not None and (builtin is standard or builtin == standard)


#: The ``area_source`` of a document whose area is that of the household's commune in the built-in unit data.
_COMMUNE_AREA = "commune"


def _is_commune_area(assessment: Assessment) -> bool:
    """Whether the assessment's area source is what the built-in unit data give for its commune and date."""
    commune = assessment.household.commune
    if assessment.area_source is None or commune is None:
        return False
    try:
        return area_of_commune(commune, on=assessment.on) == assessment.area_source
    except GiamngheoError:
        return False


def _assessment_body(assessment: Assessment, *, embed: bool, by_reference: bool, compact: bool) -> dict[str, Any]:
    """The ``assessment`` object of a document: every field, some of them as references to built-in data.

    The standard is its id unless ``embed``; the area of the commune is ``"commune"`` if ``by_reference``.
    """
    c = _converter()
    body: dict[str, Any] = {}
    for f in _fields(Assessment):
        value = getattr(assessment, f.name)
        if f.name == "standard" and not embed:
            body["standard"] = value.id
        elif f.name == "area_source" and by_reference and _is_commune_area(assessment):
            body["area_source"] = _COMMUNE_AREA
        elif f.name == "household" and compact:
            body["household"] = _known_facts(value)
        else:
            body[f.name] = c.unstructure(value, f.type)
    if compact:
        body = _pruned(Assessment, body)
    return body


def _known_facts(facts: Household | Member | Dwelling) -> dict[str, Any]:
    """A household's, member's or dwelling's facts but those left at their default (unknown, or none stated).

    By this module's type rules, written directly rather than through cattrs, which is three times slower here:
    a household's facts are most of a line.
    """
    out: dict[str, Any] = {}
    kind: type = type(facts)
    defaults = _plain_defaults(kind)
    for name in _names(kind):
        value = getattr(facts, name)
        if value is None or (name in defaults and value == defaults[name]):
            continue
        if type(value) in _AS_IS:
            pass
        elif isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, frozenset):
            value = _sorted_values(value)
        elif isinstance(value, Fraction):
            value = str(value)
        elif isinstance(value, tuple):
            value = [_known_facts(member) for member in value]
        elif isinstance(value, Dwelling):
            value = _known_facts(value)
        out[name] = value
    return out


#: Types whose values JSON holds as they are.
_AS_IS = frozenset({bool, int, str})


@functools.cache
def _plain_defaults(cls: type) -> dict[str, Any]:
    return {f.name: f.default for f in _fields(cls) if not isinstance(f.default, attrs.Factory)}  # type: ignore[arg-type]


@functools.cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in _fields(cls))


def assessment_to_dict(
    assessment: Assessment, *, embed_standard: bool = False, compact: bool = False
) -> dict[str, Any]:
    """The versioned JSON-ready document of an assessment.

    Args:
        assessment: The assessment.
        embed_standard: Write the whole standard even when it is a built-in one, and the area of the household's
            commune with its citation: a document that depends on no built-in data. Otherwise a built-in standard
            is its id and an area from the built-in unit data is ``"commune"``, both read back from the installed
            data of :func:`legal_data_version`; a user-defined standard (one not equal to the built-in standard of
            its id) is always written whole.
        compact: The form of :func:`assessment_to_line`: the summary's keys at the top level (a column a key for
            JSON Lines readers) without its findings, verification and citations (the explanation, which the
            assessment read back gives again), and the household without its unknown (``null``) facts and
            empty defaults.

    Returns:
        ``{"format", "version", "library_version", "legal_data_version", "summary", "assessment"}``; in compact
        form ``{"format", "version", "library_version", "legal_data_version", "household_id", "status",
        "standard", "deprivation_count", "deprived", "undetermined", "needed", "basis", "caveat", "assessment"}``.
        The ``basis`` of a poor status (``"income"``, ``"multidimensional"`` or ``null``, see
        :attr:`giamngheo.Assessment.basis`) and the ``caveat`` of the standard (``{"id", "vi", "en",
        "verification"}`` or ``null``, see :attr:`giamngheo.Assessment.caveat`) follow from the rest; documents
        written before them are read alike.
    """
    if not isinstance(assessment, Assessment):
        raise InvalidInput("assessment", f"a giamngheo.Assessment, got {type(assessment).__name__}")
    embed = embed_standard or not _is_builtin(assessment.standard)
    head = {
        "format": ASSESSMENT_FORMAT,
        "version": ASSESSMENT_FORMAT_VERSION,
        "library_version": __version__,
        "legal_data_version": legal_data_version(),
    }
    summary: dict[str, Any] = {
        "household_id": assessment.household.id,
        "status": assessment.status.value,
        "standard": assessment.standard.id,
        "deprivation_count": assessment.deprivation_count,
        "deprived": sorted(assessment.deprived),
        "undetermined": sorted(assessment.undetermined),
        "needed": list(assessment.needed),
        "basis": None if assessment.basis is None else assessment.basis.value,
        "caveat": _caveat_document(assessment),
    }
    body = _assessment_body(assessment, embed=embed, by_reference=not embed_standard, compact=compact)
    if compact:  # flat, a column a key for JSON Lines readers; the explanation is left out (read back, it is there)
        return {**head, **summary, "assessment": body}
    summary["findings"] = [
        {
            "indicator": f.indicator.id,
            "outcome": f.outcome.value,
            "members": list(f.members),
            "missing": list(f.missing),
            "reason": {"vi": f.reason.vi, "en": f.reason.en},
        }
        # Stated deprivations are all in "deprived"; findings are listed for computed ones.
        for f in (assessment.findings if assessment.household.computed else ())
    ]
    summary["verification"] = assessment.verification.value
    summary["citations"] = [c.render("en") for c in assessment.citations]
    return {**head, "summary": summary, "assessment": body}


def assessment_to_json(assessment: Assessment, *, indent: int | None = None, embed_standard: bool = False) -> str:
    """Serialise an assessment to versioned JSON (UTF-8 text, Vietnamese kept as is).

    A built-in standard is referred to by its id and :func:`legal_data_version`; a user-defined one, or any one
    when ``embed_standard`` is true, is written whole (see :func:`assessment_to_dict`).
    """
    _check_indent(indent)
    document = assessment_to_dict(assessment, embed_standard=embed_standard)
    return json.dumps(document, ensure_ascii=False, indent=indent)


def assessment_to_line(assessment: Assessment, *, embed_standard: bool = False) -> str:
    """An assessment as one compact line of JSON, for a register's JSON Lines output (no newline at the end).

    The line is a version-3 assessment document in compact form (see :func:`assessment_to_dict`): with a built-in
    standard it stays within a few kilobytes; :func:`assessment_from_line` (or :func:`assessment_from_json`)
    reads it back to an equal assessment.
    """
    document = assessment_to_dict(assessment, embed_standard=embed_standard, compact=True)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _check_indent(indent: object) -> None:
    """An indent of JSON output: ``None`` or a number of spaces."""
    if indent is not None and (type(indent) is not int or not 0 <= indent <= 100):
        raise InvalidInput("indent", f"None or a number of spaces from 0 to 100, got {indent!r}"[:300])


def assessment_from_json(text: str | bytes) -> Assessment:
    """Read an assessment back from :func:`assessment_to_json` or :func:`assessment_to_line` output.

    Documents of versions 1 and 2 (which always carry the standard) are read too.

    Raises:
        InvalidInput: if the document is not a giamngheo assessment of a version this library reads, or if it
            refers to a built-in standard and was written with other legal data than the installed one (field
            ``legal_data_version``, naming both versions).
    """
    try:
        document = load_json(text, exact=False)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"not valid JSON: {error}") from None
    _check_document(document, ASSESSMENT_FORMAT, READABLE_VERSIONS)
    import cattrs  # noqa: PLC0415

    data = document.get("assessment")
    if not isinstance(data, dict):
        raise InvalidInput("assessment", "cannot read the assessment: the document has no assessment object")
    given: dict[str, Any] = {}
    reference = data.get("standard")
    by_commune = data.get("area_source") == _COMMUNE_AREA
    referred = [f"the built-in standard {reference!r}"] if isinstance(reference, str) else []
    referred += ["the built-in unit data (the area of its commune)"] if by_commune else []
    if referred:
        _check_legal_data(
            document, " and ".join(referred), "write it with embed_standard=True to carry the data it refers to"
        )
    if isinstance(reference, str):
        standard = _builtin_standards().get(reference)
        if standard is None:
            known = ", ".join(sorted(_builtin_standards()))
            raise InvalidInput("assessment", f"no built-in standard {reference!r}; known: {known}")
        given["standard"] = standard
    try:
        if by_commune:
            household = data.get("household")
            commune = household.get("commune") if isinstance(household, dict) else None
            if not isinstance(commune, str):
                raise InvalidInput("assessment", 'an area_source "commune" needs the household\'s commune')
            given["area_source"] = area_of_commune(commune, on=_converter().structure(data["on"], dt.date))
        assessment = _structure_fields(Assessment, data, given)
    except (cattrs.BaseValidationError, KeyError, ValueError, TypeError, GiamngheoError) as error:
        raise InvalidInput("assessment", f"cannot read the assessment: {error}") from error
    _check_basis(document, assessment)
    return assessment


def _caveat_document(assessment: Assessment) -> dict[str, str] | None:
    """The caveat of the standard applied (``{"id", "vi", "en", "verification"}``), or ``None``."""
    caveat = assessment.caveat
    if caveat is None:
        return None
    return {
        "id": caveat.id,
        "vi": caveat.text.vi,
        "en": caveat.text.en,
        "verification": caveat.citation.verification.value,
    }


def _check_basis(document: dict[str, Any], assessment: Assessment) -> None:
    """A document's ``basis`` (absent before it was written) must be what the assessment read back gives."""
    summary = document.get("summary", document)
    if not isinstance(summary, dict) or "basis" not in summary:
        return
    basis = assessment.basis
    if summary["basis"] != (None if basis is None else basis.value):
        raise InvalidInput("basis", f"the document says {summary['basis']!r}, the assessment read back gives {basis!r}")


def assessment_from_line(line: str | bytes) -> Assessment:
    """Read an assessment back from one line of :func:`assessment_to_line` (a trailing newline is allowed).

    Raises:
        InvalidInput: as :func:`assessment_from_json`.
    """
    return assessment_from_json(line)


def _check_document(document: object, kind: str, readable: tuple[int, ...]) -> None:
    if not isinstance(document, dict) or document.get("format") != kind:
        raise InvalidInput("format", f"not a {kind} document")
    version = document.get("version")
    if type(version) is not int or version not in readable:
        versions = ", ".join(map(str, readable))
        raise InvalidInput("version", f"version {version!r} is not supported (this library reads {versions})")


def _check_legal_data(document: dict[str, Any], what: str, advice: str) -> None:
    """Refuse a document that refers to built-in legal data other than the installed data."""
    installed = legal_data_version()
    made_with = document.get("legal_data_version")
    if made_with == installed:
        return
    library = document.get("library_version")
    written = f"legal data {made_with!r}" if made_with is not None else "no legal data version"
    by = f" (giamngheo {library})" if isinstance(library, str) else ""
    raise InvalidInput(
        "legal_data_version",
        f"the document refers to {what} and was written with {written}{by}, but the installed legal data is "
        f"{installed!r} (giamngheo {__version__}): that data may differ from what was applied; read the document "
        f"with the giamngheo that wrote it, or {advice}",
    )


# --- entitlements -------------------------------------------------------------------------------------------


def _policy_to_ref(policy: Policy) -> dict[str, str]:
    # A policy's conditions are functions: it is written as its id (and, for the reader, its legal basis).
    return {"id": policy.id, "basis": policy.basis.render("en")}


def _policy_id(value: object) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise InvalidInput("policy", f'a policy is written as {{"id": …}}, got {value!r}')
    return cast("str", value["id"])


def _own_policies(policies: object) -> tuple[Policy, ...]:
    """The policies given with ``policies=``: a list of :class:`~giamngheo.Policy` (a string or a mapping is not one)."""
    if not isinstance(policies, Iterable) or isinstance(policies, str | bytes | dict):
        raise InvalidInput("policies", f"must be a list of giamngheo.Policy, got {policies!r}"[:300])
    found = tuple(policies)
    for i, candidate in enumerate(found):
        if not isinstance(candidate, Policy):
            raise InvalidInput(f"policies[{i}]", f"must be a giamngheo.Policy, got {candidate!r}"[:300])
    return found


def _policy_from_ref(value: object, _: object) -> Policy:
    from giamngheo._entitlements import policy  # noqa: PLC0415 - the registry imports every policy module

    return policy(_policy_id(value))


def entitlement_to_dict(entitlement: Entitlement) -> dict[str, Any]:
    """An entitlement as a JSON-ready object; its policy as ``{"id", "basis"}`` (see :func:`entitlements_to_json`)."""
    if not isinstance(entitlement, Entitlement):
        raise InvalidInput("entitlements", f"giamngheo.Entitlement values, got {type(entitlement).__name__}")
    return cast("dict[str, Any]", _converter().unstructure(entitlement))


def entitlement_from_dict(data: object, *, policies: Sequence[Policy] = ()) -> Entitlement:
    """Read an entitlement from :func:`entitlement_to_dict` output.

    Args:
        data: The parsed JSON object.
        policies: Policies that are not built in (loaded with :func:`giamngheo.load_policies`, say), looked up by
            id before the built-in ones of :data:`giamngheo.POLICIES`.

    Raises:
        InvalidInput: for a policy id found nowhere, or a malformed entitlement.
    """
    import cattrs  # noqa: PLC0415

    if not isinstance(data, dict):
        raise InvalidInput("entitlement", f"an entitlement is a JSON object, got {type(data).__name__}")
    pid = _policy_id(data.get("policy"))
    own = {p.id: p for p in _own_policies(policies)}
    try:
        chosen = own[pid] if pid in own else _policy_from_ref(data["policy"], Policy)
        return _structure_fields(Entitlement, data, {"policy": chosen})
    except InvalidInput:
        raise
    except (cattrs.BaseValidationError, KeyError, ValueError, TypeError, GiamngheoError) as error:
        raise InvalidInput("entitlement", f"cannot read the entitlement of policy {pid!r}: {error}") from error


def entitlements_to_json(entitlements: Iterable[Entitlement], *, indent: int | None = None) -> str:
    """Entitlements (as :func:`giamngheo.entitlements` gives them) as a versioned JSON document.

    ``{"format": "giamngheo.entitlements", "version": 1, "library_version", "legal_data_version",
    "entitlements": [...]}``; each entitlement refers to its policy by id, read back from the policy registry.
    """
    _check_indent(indent)
    if not isinstance(entitlements, Iterable) or isinstance(entitlements, str | bytes | dict):
        raise InvalidInput("entitlements", f"a list of giamngheo.Entitlement, got {type(entitlements).__name__}")
    document = {
        "format": ENTITLEMENTS_FORMAT,
        "version": ENTITLEMENTS_FORMAT_VERSION,
        "library_version": __version__,
        "legal_data_version": legal_data_version(),
        "entitlements": [entitlement_to_dict(e) for e in entitlements],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def entitlements_from_json(text: str | bytes, *, policies: Sequence[Policy] = ()) -> tuple[Entitlement, ...]:
    """Read entitlements back from :func:`entitlements_to_json` output.

    Args:
        text: The document.
        policies: Policies that are not built in, looked up by id first (see :func:`entitlement_from_dict`).

    Raises:
        InvalidInput: for a document that is not one, a policy found nowhere, or a document that refers to a
            built-in policy and was written with other legal data than the installed one (field
            ``legal_data_version``, naming both versions).
    """
    try:
        document = load_json(text, exact=False)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"not valid JSON: {error}") from None
    _check_document(document, ENTITLEMENTS_FORMAT, (ENTITLEMENTS_FORMAT_VERSION,))
    items = document.get("entitlements")
    if not isinstance(items, list):
        raise InvalidInput("entitlements", "the document has no list of entitlements")
    own = {p.id for p in _own_policies(policies)}
    builtin = sorted({_policy_id(i.get("policy")) for i in items if isinstance(i, dict)} - own)
    if builtin:
        _check_legal_data(
            document, f"built-in policies ({', '.join(builtin)})", "give those policies with policies= as written"
        )
    return tuple(entitlement_from_dict(item, policies=policies) for item in items)


# --- legal data version -------------------------------------------------------------------------------------


@functools.cache
def _builtin_standards() -> dict[str, Standard]:
    """Every built-in standard (national and provincial), by id."""
    from giamngheo._jurisdictions import JURISDICTIONS  # noqa: PLC0415

    return {s.id: s for j in JURISDICTIONS.values() if j.standards is not None for _, s in j.standards}


def _code_name(value: object) -> str:
    # A policy's condition is code, not data: it counts by name (the library's version covers the code).
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__qualname__)}"
    raise TypeError(f"cannot hash {value!r}")


@functools.cache
def legal_data_version() -> str:
    """The version of the legal data installed: a content hash of the built-in standards, policies and units.

    The first 16 hexadecimal digits of the SHA-256 of the canonical JSON (sorted keys, compact, this module's type
    rules) of every standard of :data:`giamngheo.JURISDICTIONS`, every policy of :data:`giamngheo.POLICIES` and
    the SHA-256 of each administrative-unit file (``giamngheo/data/units/*.json``); a policy's conditions, which
    are code, count by their qualified names. Any change to a figure, date, text, citation or verification status
    of that data changes it; a release that leaves the data alone keeps it.

    Assessment documents that refer to a built-in standard or to the area of a commune, and entitlement documents,
    carry it; reading one written with other legal data raises :class:`~giamngheo.InvalidInput`. Computed once,
    on first use (about a tenth of a second).
    """
    from importlib import resources  # noqa: PLC0415 - as the unit data are read: on first use

    from giamngheo._entitlements import POLICIES  # noqa: PLC0415

    c = _converter()
    standards = {sid: c.unstructure(s) for sid, s in sorted(_builtin_standards().items())}
    # Field by field: the converter writes a Policy as a reference, and the hash needs its content.
    policies = {
        code: [{f.name: c.unstructure(getattr(p, f.name), f.type) for f in _fields(Policy)} for p in ps]
        for code, ps in sorted(POLICIES.items())
    }
    # The unit data (communes, their types and dates) are package files: they count by their bytes.
    folder = resources.files("giamngheo") / "data" / "units"
    units = {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".json")
    }
    canonical = json.dumps(
        {"standards": standards, "policies": policies, "units": units},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=_code_name,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


# --- attrs classes field by field ---------------------------------------------------------------------------


@functools.cache
def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    """The fields of an attrs class that ``__init__`` takes, with their types resolved."""
    attrs.resolve_types(cls)
    return tuple(f for f in attrs.fields(cls) if f.init)


@functools.cache
def _defaults(cls: type) -> dict[str, Any]:
    """The JSON form of each plain default of an attrs class (a factory that reads the instance is not one)."""
    c = _converter()
    return {
        f.name: c.unstructure(f.default, f.type)
        for f in _fields(cls)
        if f.default is not attrs.NOTHING and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
    }


def _pruned(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the keys whose value is the field's default: a reader gets the default back."""
    defaults = _defaults(cls)
    return {k: v for k, v in data.items() if k not in defaults or v != defaults[k]}


def _structure_fields(cls: type[_T], data: dict[str, Any], given: dict[str, Any]) -> _T:
    """An attrs instance from its JSON object, field by field; ``given`` fields are taken as they are."""
    c = _converter()
    kwargs = dict(given)
    for f in _fields(cast("type", cls)):
        if f.name not in given and f.name in data:
            kwargs[cast("str", f.alias)] = c.structure(data[f.name], cast("type", f.type))
    return cls(**kwargs)


# --- households ---------------------------------------------------------------------------------------------


def household_to_json(household: Household, *, indent: int | None = None) -> str:
    """A household as JSON: the object :func:`household_from_json` reads.

    The schema is that of the ``household`` of an assessment document; unknown facts are ``null``.
    """
    if not isinstance(household, Household):
        raise InvalidInput("household", f"a giamngheo.Household, got {type(household).__name__}")
    _check_indent(indent)
    return json.dumps(_converter().unstructure(household), ensure_ascii=False, indent=indent)


def household_from_json(text: str | bytes) -> Household:
    """Read a household from a JSON object (as written by :func:`household_to_json`).

    Decimal numbers (``"floor_area_m2": 35.5``) are read exactly, never as binary floats; absent fields are
    unknown.

    Raises:
        InvalidInput: naming the field as a path (``members[1].employment``) and the household's id.
    """
    try:
        data = load_json(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"not valid JSON: {error}") from None
    return household_from_data(data)


def household_from_data(data: object) -> Household:
    """A household from already-parsed JSON data (a dict); see :func:`household_from_json`."""
    import cattrs  # noqa: PLC0415

    if not isinstance(data, dict):
        raise InvalidInput("household", f"a household is a JSON object, got {type(data).__name__}")
    hid = data.get("id") if isinstance(data.get("id"), str) else None
    members = data.get("members")
    most = current_limits().members
    if isinstance(members, list) and len(members) > most:  # before a million members are built
        reason = f"at most {most:,} members in one household (see gn.input_limits), got {len(members):,}"
        raise InvalidInput("members", reason, hid)
    if data.get("id") is not None and hid is None:  # 12 and "12" are not one id: a register's ids are text
        raise InvalidInput("id", f"a household's id is text (a JSON string), got {data['id']!r}"[:200])
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


def household_documents(path: Path) -> list[Any]:
    """The household objects of a JSON file: a list, or ``{"households": [...]}``, each for :func:`household_from_data`.

    An item that is not an object is returned as it is, so that it fails on its own row.

    Raises:
        InvalidInput: (field ``json``) naming the file, when it cannot be read, is not JSON or holds no list.
    """
    try:
        data = load_json(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"{path}: not valid JSON: {error}") from None
    except OSError as error:
        raise InvalidInput("json", f"{path}: {error.strerror}") from None
    if isinstance(data, dict) and isinstance(data.get("households"), list):
        data = data["households"]
    if not isinstance(data, list):
        raise InvalidInput("json", f"{path}: expected a list of households, or {{'households': [...]}}")
    return data


def households_from_data(documents: Iterable[object]) -> list[Household | GiamngheoError]:
    """Each document read by :func:`household_from_data`, in order: its household, or the error that stopped it."""
    out: list[Household | GiamngheoError] = []
    for document in documents:
        try:
            out.append(household_from_data(document))
        except GiamngheoError as error:
            out.append(error)
    return out


_HOUSEHOLD_CONVERTERS: list[cattrs.Converter] = []


def _household_converter() -> cattrs.Converter:
    """The converter for households given as input: unknown keys, inexact numbers and wrong shapes are refused."""
    if _HOUSEHOLD_CONVERTERS:
        return _HOUSEHOLD_CONVERTERS[0]
    import cattrs  # noqa: PLC0415

    # structure_attrs_fromdict (below) reads the fields' types, which are strings until resolved.
    attrs.resolve_types(Dwelling)
    strict = cattrs.Converter(forbid_extra_keys=True)
    _configure(strict)
    # Whole numbers, members and the dwelling are given to the constructors as read: their checks are the scalar
    # path's, so that a value is refused in JSON with the words it is refused with in Python and in a register.
    strict.register_structure_hook(int, lambda value, _: value)
    strict.register_structure_hook_func(_is_str_set, _str_set)

    def members(value: object, _: object) -> tuple[Member, ...]:
        if not isinstance(value, list):
            raise ValueError(f"members are a list of member objects, got {type(value).__name__}")  # noqa: TRY004
        listed = []
        for i, member in enumerate(value):
            try:
                listed.append(_member_from_data(member))
            except InvalidInput as error:
                raise InvalidInput(f"members[{i}].{error.field}".rstrip("."), error.reason) from None
        return tuple(listed)

    def dwelling(value: object, _: object) -> Dwelling:
        return Dwelling(**_fields_of(value, Dwelling, "dwelling"))

    strict.register_structure_hook_func(lambda t: t == tuple[Member, ...], members)
    strict.register_structure_hook_func(lambda t: t is Dwelling, dwelling)
    _HOUSEHOLD_CONVERTERS.append(strict)
    return strict


def _fields_of(value: object, cls: type[Member | Dwelling], where: str) -> dict[str, Any]:
    """A JSON object's fields for ``cls``: an object, with no key ``cls`` does not have."""
    if not isinstance(value, dict):
        raise InvalidInput(where, f"is a JSON object, got {type(value).__name__}")
    unknown = sorted(set(value) - {field.name for field in attrs.fields(cls)})
    if unknown:
        raise InvalidInput(where, "unknown field(s): " + ", ".join(unknown)[:200])
    return value


def _member_from_data(value: object) -> Member:
    fields = _fields_of(value, Member, "")
    birth = fields.get("birth_date")
    if isinstance(birth, str) and _ISO_DATE.fullmatch(birth):
        with contextlib.suppress(ValueError):  # an impossible day is refused by Member, in its words
            fields = {**fields, "birth_date": dt.date.fromisoformat(birth)}
    return Member(**fields)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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
