"""The file formats of giamngheo: standards, support policies and the item tables of the review form.

Each format is a TOML (or JSON) file with a ``format`` and a ``version`` key, read by one function that checks
every key and raises the format's own error (a :class:`~giamngheo.FileFormatError`) naming the file, the line
and the key path:

* ``giamngheo.standard`` (:func:`load_standard`, :func:`dump_standard`; ``docs/standard-files.md``);
* ``giamngheo.policies`` (:func:`load_policies`; ``docs/policy-files.md``);
* ``giamngheo.score-table`` (:func:`load_score_table`, also :func:`giamngheo.review.load_score_table`;
  ``docs/review.md``);
* ``giamngheo.cases`` (:func:`load_cases`, run by :func:`run_cases`, ``giamngheo test`` and pytest;
  ``docs/test-cases.md``).

The JSON documents of a household, an assessment and its entitlements (:func:`household_to_json`,
:func:`assessment_to_json`, :func:`assessment_to_line` for JSON Lines, :func:`entitlements_to_json`, and their
readers; :func:`make_converter` for a cattrs converter of your own) are gathered here too, and are also at the top
of :mod:`giamngheo`.

``import giamngheo`` does not import this package: ``gn.load_standard`` and the others import it on first use.
"""

from __future__ import annotations

from giamngheo._cases import CaseResult, run_case, run_cases
from giamngheo._converter import make_converter
from giamngheo._entitlement_json import entitlements_from_json, entitlements_to_json
from giamngheo._errors import CaseFileError
from giamngheo._household_json import household_from_json, household_to_json
from giamngheo._serialize import assessment_from_json, assessment_from_line, assessment_to_json, assessment_to_line
from giamngheo.formats._reader import (
    CASES_FORMAT,
    CASES_FORMAT_VERSION,
    POLICY_FORMAT,
    POLICY_FORMAT_VERSION,
    SCORE_TABLE_FORMAT,
    SCORE_TABLE_FORMAT_VERSION,
    STANDARD_FORMAT,
    STANDARD_FORMAT_VERSION,
)
from giamngheo.formats.cases import Case, Expected, load_cases
from giamngheo.formats.policies import load_policies
from giamngheo.formats.score_table import load_score_table
from giamngheo.formats.standard import dump_standard, load_standard

__all__ = [
    "CASES_FORMAT",
    "CASES_FORMAT_VERSION",
    "POLICY_FORMAT",
    "POLICY_FORMAT_VERSION",
    "SCORE_TABLE_FORMAT",
    "SCORE_TABLE_FORMAT_VERSION",
    "STANDARD_FORMAT",
    "STANDARD_FORMAT_VERSION",
    "Case",
    "CaseFileError",
    "CaseResult",
    "Expected",
    "assessment_from_json",
    "assessment_from_line",
    "assessment_to_json",
    "assessment_to_line",
    "dump_standard",
    "entitlements_from_json",
    "entitlements_to_json",
    "household_from_json",
    "household_to_json",
    "load_cases",
    "load_policies",
    "load_score_table",
    "load_standard",
    "make_converter",
    "run_case",
    "run_cases",
]
