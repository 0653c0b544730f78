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

import datetime as dt
import enum
import functools
import json
from fractions import Fraction
from typing import Any

from giamngheo._assessment import Assessment
from giamngheo._converter import (
    _AS_IS,
    _check_indent,
    _converter,
    _fields,
    _names,
    _plain_defaults,
    _pruned,
    _sorted_values,
    _structure_fields,
)
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._facts import Dwelling, Member
from giamngheo._household import Household
from giamngheo._json import loads as load_json
from giamngheo._model import Standard
from giamngheo._policy import Policy
from giamngheo._units import area_of_commune
from giamngheo._version import __version__

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
    "legal_data_version",
]

ASSESSMENT_FORMAT = "giamngheo.assessment"


ASSESSMENT_FORMAT_VERSION = 3


#: The versions :func:`assessment_from_json` reads.
READABLE_VERSIONS = (1, 2, 3)


ENTITLEMENTS_FORMAT = "giamngheo.entitlements"


ENTITLEMENTS_FORMAT_VERSION = 1


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
        from giamngheo._jurisdictions import builtin_standard  # noqa: PLC0415 - the jurisdictions import this module

        given["standard"] = builtin_standard(reference, field="assessment")
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


def _builtin_standards() -> dict[str, Standard]:
    from giamngheo._jurisdictions import builtin_standards  # noqa: PLC0415 - the jurisdictions import this module

    return builtin_standards()


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
    import hashlib  # noqa: PLC0415 - the digest is computed once, on first use
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
