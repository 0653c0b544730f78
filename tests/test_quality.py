"""The house rules that are checked by tools: mypy --strict and ruff over the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import giamngheo as gn

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    """`ruff check` finds nothing in src, tests, docs, benchmarks and scripts."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "docs", "benchmarks", "scripts", "examples"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    """`mypy --strict` (configured in pyproject.toml) accepts the package."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert 0 == result.returncode, result.stdout + result.stderr


#: What ``import giamngheo`` leaves for first use: the optional extras, the formatting and holiday data, and the
#: library's own paths that assessing does not need (files, JSON, reforms, support policies).
NOT_AT_IMPORT = (
    "babel",
    "calendar",
    "dateutil",
    "giamngheo._converter",
    "giamngheo._params",
    "giamngheo._policy",
    "giamngheo._reform",
    "giamngheo._serialize",
    "giamngheo._sources",
    "giamngheo.formats",
    "giamngheo.policies",
    "giamngheo.provinces.binh_duong.policies",
    "giamngheo.provinces.ho_chi_minh_city.policies",
    "holidays",
    "hypothesis",
    "json",
    "matplotlib",
    "numpy",
    "pandas",
)


def test_import_is_light() -> None:
    """Importing giamngheo loads none of the optional heavy packages, nor what only later steps need."""
    code = f"import sys, giamngheo; print(sorted(m for m in {NOT_AT_IMPORT!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == result.stdout.strip()


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("POLICIES", "giamngheo._entitlements"),
        ("Policy", "giamngheo._policy"),
        ("assessment_to_json", "giamngheo._serialize"),
        ("formats", None),
        ("policies", None),
        ("review", None),
        ("load_standard", "giamngheo.formats"),
        ("reform", "giamngheo._reform"),
    ],
)
def test_a_lazy_name_is_its_module_s_object(name: str, source: str | None) -> None:
    """A name imported on first use is listed by dir(), is the object its module defines, and is then cached."""
    defined = (
        f"sys.modules['giamngheo.{name}']"
        if source is None
        else f"getattr(importlib.import_module({source!r}), {name!r})"
    )
    code = (
        "import importlib, sys, giamngheo as gn\n"
        f"listed = {name!r} in dir(gn) and {name!r} not in vars(gn)\n"
        f"value = getattr(gn, {name!r})\n"
        f"print(listed, value is {defined}, {name!r} in vars(gn))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "True True True" == result.stdout.strip()


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A misspelt name is refused as Python refuses it, naming the module."""
    with pytest.raises(AttributeError, match="module 'giamngheo' has no attribute 'refrom'"):
        gn.refrom  # noqa: B018 - the access is the test
