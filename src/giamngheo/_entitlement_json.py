"""Entitlements as JSON documents: the format ``giamngheo.entitlements``, version 1, and back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from giamngheo._converter import _check_indent, _converter, _policy_from_ref, _policy_id, _structure_fields
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._json import loads as load_json
from giamngheo._policy import Entitlement, Policy
from giamngheo._serialize import (
    ENTITLEMENTS_FORMAT,
    ENTITLEMENTS_FORMAT_VERSION,
    _check_document,
    _check_legal_data,
    legal_data_version,
)
from giamngheo._version import __version__

__all__ = [
    "entitlement_from_dict",
    "entitlement_to_dict",
    "entitlements_document",
    "entitlements_from_json",
    "entitlements_to_json",
]

def _own_policies(policies: object) -> tuple[Policy, ...]:
    """The policies given with ``policies=``: a list of :class:`~giamngheo.Policy` (a string or a mapping is not one)."""
    if not isinstance(policies, Iterable) or isinstance(policies, str | bytes | dict):
        raise InvalidInput("policies", f"must be a list of giamngheo.Policy, got {policies!r}"[:300])
    found = tuple(policies)
    for i, candidate in enumerate(found):
        if not isinstance(candidate, Policy):
            raise InvalidInput(f"policies[{i}]", f"must be a giamngheo.Policy, got {candidate!r}"[:300])
    return found


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
    return json.dumps(entitlements_document(entitlements), ensure_ascii=False, indent=indent)


def entitlements_document(entitlements: Iterable[Entitlement]) -> dict[str, Any]:
    """The JSON-ready object of :func:`entitlements_to_json`."""
    if not isinstance(entitlements, Iterable) or isinstance(entitlements, str | bytes | dict):
        raise InvalidInput("entitlements", f"a list of giamngheo.Entitlement, got {type(entitlements).__name__}")
    return {
        "format": ENTITLEMENTS_FORMAT,
        "version": ENTITLEMENTS_FORMAT_VERSION,
        "library_version": __version__,
        "legal_data_version": legal_data_version(),
        "entitlements": [entitlement_to_dict(e) for e in entitlements],
    }


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
