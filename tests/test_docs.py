"""The documentation stays true: generated pages match the code, and every example in the docs runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_standards_page_is_generated_from_the_code() -> None:
    """docs/standards.md equals what docs/gen_standards.py renders from the library's own data."""
    result = subprocess.run(
        [sys.executable, "docs/gen_standards.py", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stdout + result.stderr


def test_every_docs_example_runs() -> None:
    """Every pycon and python block of the docs runs and prints what the page shows."""
    result = subprocess.run(
        [sys.executable, "docs/check_examples.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stdout + result.stderr
