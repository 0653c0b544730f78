"""The house rules that are checked by tools: mypy --strict and ruff over the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_import_is_light() -> None:
    """Importing giamngheo loads none of the optional heavy packages."""
    heavy = "('numpy', 'pandas', 'hypothesis', 'matplotlib')"
    code = f"import sys, giamngheo; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == result.stdout.strip()
