"""JSON Schemas of giamngheo's documents: a household, an assessment, entitlements, standard and policy files.

The household's schema is generated from the types of :class:`~giamngheo.Household`, :class:`~giamngheo.Member`
and :class:`~giamngheo.Dwelling` and from the converter's rules (dates as ISO text, choices as their codes, exact
numbers as a number or a string like ``"71/2"``), with each field's description taken from its class's docstring.
The other schemas describe the documents the library writes and reads. A schema checks a document's shape; the
readers check the rest too (a household gives one income, its size agrees with its members, a standard's bands
rise) and name the field that fails: valid under the schema is necessary, not sufficient. Tests check every schema
against the real readers and writers (``tests/formats/test_schemas.py``).

``giamngheo schema --json-schema NAME`` prints one; the web service publishes them under ``/v1/schemas/NAME``.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import re
import types
import typing
from fractions import Fraction
from typing import Any

import attrs

from giamngheo._facts import Dwelling, Member
from giamngheo._household import Household
from giamngheo._numbers import current_limits

__all__ = ["SCHEMAS", "json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_BASE = "https://giamngheo.example/schemas/"  # an identifier, not a place to fetch from
#: An exact non-negative number as text: a whole number, a decimal or a fraction.
_EXACT_TEXT = r"^[0-9]+(\.[0-9]+)?(/[0-9]+)?$"


def _descriptions(cls: type) -> dict[str, str]:
    """The ``Attributes:`` of a class's Google-style docstring, as one line of text per attribute."""
    doc = cls.__doc__ or ""
    block = doc.split("Attributes:", 1)[1] if "Attributes:" in doc else ""
    block = re.split(r"\n\s*\n\s*[A-Z][a-z]+:\n", block, maxsplit=1)[0]  # up to the next section
    found: dict[str, str] = {}
    name = None
    for line in block.splitlines():
        head = re.match(r"^\s{8}(\w+): (.*)$", line)
        if head:
            name = head.group(1)
            found[name] = head.group(2).strip()
        elif name and line.strip():
            found[name] += " " + line.strip()
    return {k: re.sub(r":\w+:`~?(?:giamngheo\.)?([^`]+)`", r"\1", v).replace("``", "`") for k, v in found.items()}


#: The schema of each value type the household converter reads and writes as it is.
_SIMPLE: dict[object, dict[str, Any]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer", "minimum": 0},
    str: {"type": "string"},
    dt.date: {"type": "string", "format": "date"},
    Fraction: {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": _EXACT_TEXT}]},
}


def _type_schema(kind: object, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of the Python type ``kind``, as the household converter reads and writes it."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in {typing.Union, types.UnionType}:
        options = [_type_schema(a, defs) for a in args if a is not type(None)]
        inner = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [inner, {"type": "null"}]} if type(None) in args else inner
    if origin in {tuple, frozenset, list}:
        out: dict[str, Any] = {"type": "array", "items": _type_schema(args[0], defs)}
        return {**out, "uniqueItems": True} if origin is frozenset else out
    if kind in _SIMPLE:
        return copy.deepcopy(_SIMPLE[kind])
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"type": "string", "enum": [m.value for m in kind]}
    if isinstance(kind, type) and attrs.has(kind):
        defs.setdefault(kind.__name__, _class_schema(kind, defs))
        return {"$ref": f"#/$defs/{kind.__name__}"}
    msg = f"no JSON Schema for the type {kind!r}"
    raise TypeError(msg)


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """An object of the init fields of the attrs class ``cls``, no other key allowed."""
    hints = typing.get_type_hints(cls)
    said = _descriptions(cls)
    properties: dict[str, Any] = {}
    for f in attrs.fields(cls):
        if not f.init:
            continue
        schema = _type_schema(hints[f.name], defs)
        if f.name in said:
            schema = {**schema, "description": said[f.name]}
        properties[f.name] = schema
    first = (cls.__doc__ or "").strip().splitlines()[0]
    return {"type": "object", "description": first, "properties": properties, "additionalProperties": False}


def household_schema() -> dict[str, Any]:
    """The schema of a household document (:func:`giamngheo.household_from_json`)."""
    defs: dict[str, Any] = {}
    _type_schema(Member, defs)
    _type_schema(Dwelling, defs)
    body = _class_schema(Household, defs)
    body["properties"]["deprived"] = {
        "anyOf": [body["properties"]["deprived"], {"type": "string", "description": "ids separated by ';'"}],
        "description": body["properties"]["deprived"].get("description", ""),
    }
    body["properties"]["area"]["anyOf"][0]["description"] = "rural or urban; may be left out if commune is given"
    members = body["properties"]["members"]["anyOf"][0]
    members["minItems"] = 1
    members["maxItems"] = current_limits().members
    body["properties"]["size"]["anyOf"][0]["minimum"] = 1
    return {"$schema": _DIALECT, "$id": _BASE + "household", "title": "giamngheo household", **body, "$defs": defs}


def _text() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"vi": {"type": "string"}, "en": {"type": "string"}},
        "required": ["vi", "en"],
    }


def assessment_schema() -> dict[str, Any]:
    """The schema of an assessment document (:func:`giamngheo.assessment_to_json`), every version it reads."""
    from giamngheo._model import Status  # noqa: PLC0415
    from giamngheo._serialize import ASSESSMENT_FORMAT, READABLE_VERSIONS  # noqa: PLC0415

    finding = {
        "type": "object",
        "properties": {
            "indicator": {"type": "string"},
            "outcome": {"type": "string", "enum": ["deprived", "not_deprived", "undetermined"]},
            "members": {
                "type": "array",
                "items": {"type": "integer", "minimum": 0},
                "description": "positions, from 0",
            },
            "missing": {"type": "array", "items": {"type": "string"}},
            "reason": {"$ref": "#/$defs/Text"},
        },
        "required": ["indicator", "outcome", "members", "missing", "reason"],
    }
    ids = {"type": "array", "items": {"type": "string"}}
    summary = {
        "type": "object",
        "properties": {
            "household_id": {"type": ["string", "null"]},
            "status": {"type": "string", "enum": [s.value for s in Status]},
            "standard": {"type": "string"},
            "deprivation_count": {"type": "integer", "minimum": 0},
            "deprived": ids,
            "undetermined": ids,
            "needed": ids,
            "basis": {"type": ["string", "null"], "enum": ["income", "multidimensional", None]},
            "caveat": {"anyOf": [{"type": "object", "required": ["id", "vi", "en", "verification"]}, {"type": "null"}]},
            "findings": {"type": "array", "items": finding},
            "verification": {"type": "string"},
            "citations": ids,
        },
        "required": ["household_id", "status", "standard", "deprivation_count", "deprived", "undetermined", "needed"],
    }
    return {
        "$schema": _DIALECT,
        "$id": _BASE + "assessment",
        "title": "giamngheo assessment",
        "type": "object",
        "properties": {
            "format": {"const": ASSESSMENT_FORMAT},
            "version": {"type": "integer", "enum": list(READABLE_VERSIONS)},
            "library_version": {"type": "string"},
            "legal_data_version": {"type": "string"},
            "summary": summary,
            "assessment": {"type": "object", "required": ["household"]},
        },
        "required": ["format", "version", "summary", "assessment"],
        "$defs": {"Text": _text()},
    }


def entitlements_schema() -> dict[str, Any]:
    """The schema of an entitlements document (:func:`giamngheo.entitlements_to_json`)."""
    from giamngheo._policy import EntitlementKind  # noqa: PLC0415
    from giamngheo._serialize import ENTITLEMENTS_FORMAT, ENTITLEMENTS_FORMAT_VERSION  # noqa: PLC0415

    entitlement = {
        "type": "object",
        "properties": {
            "policy": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "basis": {"type": "string"}},
                "required": ["id"],
            },
            "grant": {"type": "string"},
            "kind": {"type": "string", "enum": [k.value for k in EntitlementKind]},
            "period": {"type": "object", "properties": {"start": {"type": "string", "format": "date"}}},
            "citation": {"type": "object"},
            "reason": {"$ref": "#/$defs/Text"},
        },
        "required": ["policy", "grant", "kind"],
    }
    return {
        "$schema": _DIALECT,
        "$id": _BASE + "entitlements",
        "title": "giamngheo entitlements",
        "type": "object",
        "properties": {
            "format": {"const": ENTITLEMENTS_FORMAT},
            "version": {"type": "integer", "minimum": 1, "maximum": ENTITLEMENTS_FORMAT_VERSION},
            "entitlements": {"type": "array", "items": entitlement},
        },
        "required": ["format", "version", "entitlements"],
        "$defs": {"Text": _text()},
    }


def _file_schema(
    name: str, fmt: str, version: int, required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, Any]:
    keys: dict[str, Any] = {k: {} for k in (*required, *optional)}
    keys["format"] = {"const": fmt}
    keys["version"] = {"const": version}
    return {
        "$schema": _DIALECT,
        "$id": _BASE + name,
        "title": f"giamngheo {name.replace('-', ' ')} ({fmt}, version {version}), as TOML or JSON",
        "type": "object",
        "properties": keys,
        "required": list(required),
        "additionalProperties": False,
    }


def standard_file_schema() -> dict[str, Any]:
    """The schema of the top level of a standard file (``giamngheo.standard``; :func:`giamngheo.load_standard`)."""
    from giamngheo.formats import standard  # noqa: PLC0415

    out = _file_schema(
        "standard-file", standard.STANDARD_FORMAT, standard.STANDARD_FORMAT_VERSION, standard.TOP_REQUIRED,
        standard.TOP_OPTIONAL,
    )  # fmt: skip
    band: dict[str, Any] = {"type": "object", "properties": {k: {} for k in standard.BAND_KEYS}}
    band.update(required=["name"], additionalProperties=False)
    out["properties"]["band"] = {"type": "array", "minItems": 1, "items": band}
    out["properties"]["id"] = {"type": "string", "minLength": 1}
    out["properties"]["jurisdiction"] = {"type": "string", "minLength": 1}
    return out


def policy_file_schema() -> dict[str, Any]:
    """The schema of the top level of a policy file (``giamngheo.policies``; :func:`giamngheo.load_policies`)."""
    from giamngheo.formats import policies  # noqa: PLC0415

    out = _file_schema(
        "policy-file", policies.POLICY_FORMAT, policies.POLICY_FORMAT_VERSION, policies.TOP_REQUIRED,
        policies.TOP_OPTIONAL,
    )  # fmt: skip
    out["properties"]["policy"] = {
        "type": "array",
        "items": {"type": "object", "required": list(policies.POLICY_REQUIRED)},
    }
    return out


def cases_file_schema() -> dict[str, Any]:
    """The schema of a file of test cases (``giamngheo.cases``; :func:`giamngheo.formats.cases.load_cases`)."""
    from giamngheo._model import Status  # noqa: PLC0415
    from giamngheo.formats import cases  # noqa: PLC0415

    out = _file_schema("cases-file", cases.CASES_FORMAT, cases.CASES_FORMAT_VERSION, ("format", "version", "case"),
                       ("name",))  # fmt: skip
    household = household_schema()
    out["$defs"] = household.pop("$defs")
    for key in ("$schema", "$id", "title"):
        household.pop(key)
    required, optional = cases.CASE_KEYS
    case: dict[str, Any] = {"type": "object", "properties": {k: {} for k in (*required, *optional)}}
    case.update(required=list(required), additionalProperties=False)
    ids = {"type": "array", "items": {"type": "string", "minLength": 1}}
    expect_required, expect_optional = cases.EXPECT_KEYS
    case["properties"] |= {
        "name": {"type": "string", "minLength": 1},
        "on": {"type": "string", "format": "date", "description": "a TOML date, or YYYY-MM-DD in JSON"},
        "source": {"type": "string"},
        "jurisdiction": {"type": "string", "minLength": 1},
        "standard": {"type": "string", "minLength": 1, "description": "a built-in standard's id"},
        "standard_file": {"type": "string", "minLength": 1, "description": "a standard file, beside this file"},
        "reform": {"type": "object", "description": "values to set by path (giamngheo params)"},
        "household": household,
        "expect": {
            "type": "object",
            "properties": {"status": {"enum": [s.value for s in Status]}} | dict.fromkeys(expect_optional, ids),
            "required": list(expect_required),
            "additionalProperties": False,
        },
    }
    out["properties"]["case"] = {"type": "array", "minItems": 1, "items": case}
    out["properties"]["name"] = {"type": "string"}
    return out


#: Every schema by its name (for ``giamngheo schema --json-schema NAME`` and ``/v1/schemas/NAME``).
SCHEMAS = {
    "household": household_schema,
    "assessment": assessment_schema,
    "entitlements": entitlements_schema,
    "standard-file": standard_file_schema,
    "policy-file": policy_file_schema,
    "cases-file": cases_file_schema,
}


@functools.cache
def _built(name: str, members: int) -> dict[str, Any]:
    # Cached by the limit of members too: the household's schema gives it (gn.input_limits can raise it).
    del members
    return SCHEMAS[name]()


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema ``name`` (one of :data:`SCHEMAS`), as a new dict.

    Raises:
        InvalidInput: for an unknown name, listing the known ones.
    """
    from giamngheo._errors import InvalidInput  # noqa: PLC0415

    if name not in SCHEMAS:
        raise InvalidInput("schema", f"unknown schema {name!r}; known: {', '.join(SCHEMAS)}")
    return copy.deepcopy(_built(name, current_limits().members))
