"""The documentation stays true: generated pages match the code, and every example in the docs runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import giamngheo as gn

ROOT = Path(__file__).resolve().parents[1]


def test_standards_page_is_generated_from_the_code() -> None:
    """docs/standards.md and docs/standards/*.md equal what docs/gen_standards.py renders from the library's data."""
    result = subprocess.run(
        [sys.executable, "docs/gen_standards.py", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stdout + result.stderr


def _indicator_sections(page: str) -> dict[str, str]:
    """The text under each ``### `indicator id`: …`` heading of a standard page, up to the next heading."""
    sections: dict[str, str] = {}
    for match in re.finditer(r"^### `([^`]+)`.*?(?=^#{1,3} |\Z)", page, re.MULTILINE | re.DOTALL):
        sections[match.group(1)] = match.group(0)
    return sections


def _threshold_rows(section: str) -> dict[str, dict[str, str]]:
    """The rows of the thresholds table of an indicator section, by key, as {column: cell}."""
    lines = [line for line in section.splitlines() if line.startswith("|")]
    if not lines:
        return {}
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    rows = {}
    for line in lines[2:]:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip()[1:-1])]
        row = dict(zip(header, cells, strict=True))
        rows[row["Key"].strip("`")] = row
    return rows


def test_standard_pages_show_every_indicator_threshold_and_its_verification() -> None:
    """Each standard's page names its indicators, and each threshold in its indicator's table with its status."""
    for _, standard in gn.NATIONAL_STANDARDS:
        path = ROOT / "docs" / "standards" / f"{standard.id}.md"
        assert path.is_file(), f"no page for {standard.id}"
        page = path.read_text(encoding="utf-8")
        if not standard.indicators:
            assert "income only" in page, standard.id
        sections = _indicator_sections(page)
        assert [i.id for i in standard.indicators] == list(sections), standard.id
        for indicator in standard.indicators:
            where = f"{standard.id}, indicator {indicator.id}"
            assert f"`{indicator.id}`" in page, where
            rows = _threshold_rows(sections[indicator.id])
            assert [t.key for t in indicator.thresholds] == list(rows), where
            for threshold in indicator.thresholds:
                assert f"`{threshold.key}`" in page, f"{where}, threshold {threshold.key}"
                expected = threshold.value.citation.verification.value
                assert expected == rows[threshold.key]["Verification"], f"{where}, threshold {threshold.key}"


def test_every_docs_example_runs() -> None:
    """Every pycon and python block of the docs runs and prints what the page shows."""
    result = subprocess.run(
        [sys.executable, "docs/check_examples.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stdout + result.stderr
