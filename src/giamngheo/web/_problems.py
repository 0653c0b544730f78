"""Errors as problem details (RFC 9457, ``application/problem+json``): what is wrong, in which field, of which household.

References:
    RFC 9457, Problem Details for HTTP APIs, §3 (members ``type``, ``title``, ``status``, ``detail``,
    ``instance``; extension members allowed).

Every error of the service is one of these documents; none carries a traceback. ``type`` is a URN naming the kind
of problem (``urn:giamngheo:problem:invalid-input``); the extension members ``field`` and ``household`` say where
the input is wrong, ``index`` which household of a list.
"""

from __future__ import annotations

from typing import Any

from giamngheo._errors import GiamngheoError, InvalidInput, NoRuleInForce, Problem

__all__ = ["MEDIA_TYPE", "Problem", "from_error", "problem_schema"]

MEDIA_TYPE = "application/problem+json"


def from_error(error: GiamngheoError, *, index: int | None = None) -> Problem:
    """The problem of a library error: 422 for input the law cannot be applied to, naming the field."""
    if isinstance(error, Problem):
        return error
    if isinstance(error, NoRuleInForce):
        return Problem(422, "no-rule-in-force", "No rule in force on that date", str(error), index=index)
    if isinstance(error, InvalidInput):
        return Problem(
            422,
            "invalid-input",
            "Input the law cannot be applied to",
            str(error),
            field=error.field,
            household=error.household,
            index=index,
        )
    return Problem(422, "not-applicable", "The rules cannot be applied", str(error), index=index)


def problem_schema() -> dict[str, Any]:
    """The JSON Schema of a problem document, for the OpenAPI document."""
    return {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "field": {"type": "string"},
            "household": {"type": "string"},
            "index": {"type": "integer"},
            "limit": {"type": "integer"},
        },
        "required": ["type", "title", "status", "detail"],
    }
