"""The OpenAPI 3.1 document of the service, made from the JSON Schemas of :mod:`giamngheo.formats.schemas`.

References:
    OpenAPI Specification 3.1.0 (its Schema Object is JSON Schema 2020-12); RFC 9457 for the error responses.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from giamngheo._version import __version__
from giamngheo.formats.schemas import json_schema
from giamngheo.web._problems import MEDIA_TYPE, problem_schema

__all__ = ["openapi"]

_REF = "#/components/schemas/"


def _lift(schema: dict[str, Any], name: str, into: dict[str, Any]) -> None:
    """Put ``schema`` under ``components.schemas`` as ``name``, its ``$defs`` beside it, references rewritten."""
    body = copy.deepcopy(schema)
    for key in ("$schema", "$id"):
        body.pop(key, None)
    into.update(body.pop("$defs", {}))

    def rewrite(node: object) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                node["$ref"] = _REF + ref.removeprefix("#/$defs/")
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)

    rewrite(body)
    rewrite(into)
    into[name] = body


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


_ON = _query(
    "on",
    "The date the rules are applied on (ISO); today in Việt Nam if left out.",
    {"type": "string", "format": "date"},
)
_LANG = _query("lang", "The language of texts: vi (the default) or en.", {"type": "string", "enum": ["vi", "en"]})
_JURISDICTION = _query(
    "jurisdiction", "A jurisdiction's code: VN (the default), or a province's (74, 79).", {"type": "string"}
)


def _json_content(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": _REF + ref}}}


def _operation(
    summary: str, response: str, *, parameters: list[dict[str, Any]], body: str | None = None
) -> dict[str, Any]:
    op: dict[str, Any] = {
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "200": {"description": "The answer.", "content": _json_content(response)},
            "default": {
                "description": "A problem (RFC 9457): what is wrong, in which field, of which household.",
                "content": {MEDIA_TYPE: {"schema": {"$ref": _REF + "Problem"}}},
            },
        },
    }
    if body is not None:
        op["requestBody"] = {"required": True, "content": _json_content(body)}
    return op


def _households_request() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "One household, or a list of them (each answered in order, an error in its place).",
        "properties": {
            "household": {"$ref": _REF + "Household"},
            # Any object is accepted in a list: one the reader refuses is answered in its place, with its problem.
            "households": {
                "type": "array",
                "items": {
                    "type": "object",
                    "description": "A household (schema Household); if it is not one, its "
                    "result is the problem naming the field, in its place.",
                },
            },
        },
        "oneOf": [{"required": ["household"]}, {"required": ["households"]}],
    }


@functools.cache
def _document() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    _lift(json_schema("household"), "Household", schemas)
    _lift(json_schema("assessment"), "Assessment", schemas)
    _lift(json_schema("entitlements"), "Entitlements", schemas)
    schemas["Problem"] = problem_schema()
    schemas["HouseholdsRequest"] = _households_request()
    schemas["AssessResponse"] = {
        "type": "object",
        "properties": {
            "on": {"type": "string", "format": "date"},
            "lang": {"type": "string"},
            "result": {"$ref": _REF + "Assessment"},
            "results": {
                "type": "array",
                "items": {
                    "anyOf": [
                        {"$ref": _REF + "Assessment"},
                        {"type": "object", "properties": {"error": {"$ref": _REF + "Problem"}}, "required": ["error"]},
                    ]
                },
            },
        },
        "required": ["on", "lang"],
    }
    schemas["CompareRequest"] = {
        "type": "object",
        "properties": {
            "households": {"type": "array", "items": {"$ref": _REF + "Household"}},
            "other": {"type": "string", "description": "The id of the standard to compare with."},
            "base": {"type": "string", "description": "The id of the standard compared from (the one in force)."},
        },
        "required": ["households", "other"],
    }
    schemas["ScoreRequest"] = {
        "type": "object",
        "properties": {
            "area": {"type": "string", "enum": ["rural", "urban"]},
            "income_score": {"type": "integer", "minimum": 0},
            "deprivation_score": {"type": "integer", "minimum": 0},
            "deprived": {"type": "array", "items": {"type": "string"}},
            "household": {"type": "string"},
        },
        "required": ["area", "income_score"],
        "additionalProperties": False,
    }
    for name in (
        "Comparison",
        "Score",
        "Standards",
        "Sources",
        "Jurisdictions",
        "Location",
        "Calendar",
        "Form",
        "Health",
        "Schema",
    ):
        schemas.setdefault(name, {"type": "object"})
    both = [_ON, _LANG, _JURISDICTION]
    paths = {
        "/v1/assess": {
            "post": _operation("Assess households", "AssessResponse", parameters=both, body="HouseholdsRequest")
        },
        "/v1/entitlements": {
            "post": _operation("The supports of a household", "Entitlements", parameters=both, body="HouseholdsRequest")
        },
        "/v1/compare": {
            "post": _operation(
                "Two standards on the same households", "Comparison", parameters=[_ON], body="CompareRequest"
            )
        },
        "/v1/review/score": {
            "post": _operation(
                "Classify from the review form's scores", "Score", parameters=[_ON, _LANG], body="ScoreRequest"
            )
        },
        "/v1/standards": {"get": _operation("A jurisdiction's standards", "Standards", parameters=both)},
        "/v1/sources": {"get": _operation("Every legal datum with its citation", "Sources", parameters=both)},
        "/v1/jurisdictions": {"get": _operation("The jurisdictions", "Jurisdictions", parameters=[_LANG])},
        "/v1/units/{code}": {
            "get": _operation(
                "An administrative unit on a date",
                "Location",
                parameters=[{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}, _ON],
            )
        },
        "/v1/calendar/{year}": {
            "get": _operation(
                "The review calendar of a year",
                "Calendar",
                parameters=[{"name": "year", "in": "path", "required": True, "schema": {"type": "integer"}}],
            )
        },
        "/v1/schemas/{name}": {
            "get": _operation(
                "A JSON Schema",
                "Schema",
                parameters=[{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
            )
        },
        "/v1/form": {"get": _operation("The household form's fields and labels", "Form", parameters=[])},
        "/v1/health": {"get": _operation("The service answers", "Health", parameters=[])},
    }
    paths["/v1/schemas/{name}"]["get"]["responses"]["200"]["content"] = {
        "application/schema+json": {"schema": {"type": "object"}}
    }
    paths["/v1/batch"] = {
        "post": {
            "summary": "Assess a register: its households file and members file in, a result row per household out",
            "parameters": [
                _ON,
                _JURISDICTION,
                _query("format", "csv (the default) or jsonl.", {"type": "string", "enum": ["csv", "jsonl"]}),
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "households": {"type": "string", "format": "binary"},
                                "members": {"type": "string", "format": "binary"},
                            },
                            "required": ["households"],
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "One row per household, in input order.",
                    "content": {
                        "text/csv": {"schema": {"type": "string"}},
                        "application/x-ndjson": {"schema": {"type": "string"}},
                    },
                },
                "default": {
                    "description": "A problem (RFC 9457).",
                    "content": {MEDIA_TYPE: {"schema": {"$ref": _REF + "Problem"}}},
                },
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "giamngheo",
            "version": __version__,
            "description": "Việt Nam's poverty-reduction law as a service: assessments, supports, comparisons and the"
            " annual review, each answer with its citations. Nothing is stored.",
        },
        "paths": paths,
        "components": {"schemas": schemas},
    }


def openapi() -> dict[str, Any]:
    """The OpenAPI document, as a new dict."""
    return copy.deepcopy(_document())
