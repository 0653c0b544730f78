"""JSON (de)serialisation of inputs, standards and assessments through :mod:`cattrs`.

Type rules of :func:`make_converter`:

* dates are ISO 8601 strings (``"2023-06-01"``);
* enums are their values (``"rural"``, ``"poor"``, ``"quoted"``);
* exact ratios (:class:`~fractions.Fraction`) are strings: ``"750000"`` or ``"2050000/3"``;
* frozensets are sorted lists; tuples are lists;
* attrs classes are objects keyed by attribute name; computed private attributes are left out.

An assessment's JSON document is versioned: ``{"format": "giamngheo.assessment", "version": 1, …}``.
"""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from giamngheo._assessment import Assessment
from giamngheo._errors import InvalidInput
from giamngheo._version import __version__

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "ASSESSMENT_FORMAT",
    "ASSESSMENT_FORMAT_VERSION",
    "assessment_from_json",
    "assessment_to_json",
    "make_converter",
]

ASSESSMENT_FORMAT = "giamngheo.assessment"
ASSESSMENT_FORMAT_VERSION = 1


def _fraction_to_str(value: Fraction) -> str:
    return str(value)


def _str_to_fraction(value: object, _: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidInput(
            "income_per_capita_monthly_vnd", f"an exact amount is a string like '2050000/3', got {value!r}"
        )
    return Fraction(value)


def _is_frozenset(type_: object) -> bool:
    return getattr(type_, "__origin__", type_) is frozenset


def make_converter() -> cattrs.Converter:
    """A :class:`cattrs.Converter` configured with giamngheo's JSON type rules (see the module docstring)."""
    import cattrs  # noqa: PLC0415 - imported on first use, to keep `import giamngheo` fast

    converter = cattrs.Converter(forbid_extra_keys=False)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    converter.register_unstructure_hook(Fraction, _fraction_to_str)
    converter.register_structure_hook(Fraction, _str_to_fraction)
    converter.register_unstructure_hook_func(_is_frozenset, sorted)
    return converter


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
    if type(version) is not int or version != ASSESSMENT_FORMAT_VERSION:
        raise InvalidInput("version", f"version {version!r} is not supported (expected {ASSESSMENT_FORMAT_VERSION})")
    import cattrs  # noqa: PLC0415

    try:
        return _converter().structure(document["assessment"], Assessment)
    except (cattrs.BaseValidationError, KeyError, ValueError, TypeError) as error:
        raise InvalidInput("assessment", f"cannot read the assessment: {error}") from error
