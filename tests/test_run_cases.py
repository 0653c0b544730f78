"""Test cases run by the library, by ``giamngheo test`` and by pytest: each finds what the case expects, or says what differs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from giamngheo._cases import run_case, run_cases
from giamngheo.formats.cases import load_cases

EXAMPLES = Path(__file__).parents[1] / "examples" / "cases"
HEAD = 'format = "giamngheo.cases"\nversion = 1\n'
WRONG = (
    HEAD
    + """
[[case]]
name = "expects near-poor of a poor household"
on = 2024-06-01
source = "NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a"
household = { area = "rural", income_per_capita_monthly_vnd = 1_500_000, deprived = ["water", "health_insurance", "housing_area"] }
expect = { status = "near_poor", deprivations = ["water", "telecom"] }
"""
)
RIGHT = (
    HEAD
    + """
[[case]]
name = "a poor household"
on = 2024-06-01
household = { area = "rural", income_per_capita_monthly_vnd = 1_500_000, deprived = ["water", "health_insurance", "housing_area"] }
expect = { status = "poor", deprivations = ["water", "health_insurance", "housing_area"], undetermined = [] }
"""
)


def _giamngheo(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "giamngheo", *args], capture_output=True, text=True, check=False, cwd=cwd
    )


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.cases.toml")), ids=lambda p: p.name)
def test_every_shipped_example_passes(path: Path) -> None:
    results = run_cases(load_cases(path))
    assert results
    assert [] == [r.report() for r in results if not r.passed]


def test_a_wrong_expectation_says_what_was_expected_and_found_with_the_explanation() -> None:
    (case,) = load_cases(text=WRONG)
    result = run_case(case, lang="en")
    assert not result.passed
    assert (
        "status: expected near-poor household, got poor household",
        (
            "deprivations: expected telecom, water, got health_insurance, housing_area, water "
            "(missing: telecom; not expected: health_insurance, housing_area)"
        ),
    ) == result.failures
    report = result.report()
    assert report.startswith("FAIL  expects near-poor of a poor household  (<text>:4)")
    assert "[NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a]" in report
    assert "| The household: poor household." in report
    vi = run_case(case, lang="vi")
    assert vi.failures[0] == "tình trạng: mong đợi hộ cận nghèo, kết quả hộ nghèo"
    assert vi.report().startswith("KHÔNG ĐẠT")


def test_a_case_that_cannot_be_assessed_fails_with_the_library_s_message() -> None:
    text = RIGHT.replace("on = 2024-06-01", "on = 2031-06-01")
    (case,) = load_cases(text=text)
    result = run_case(case, lang="en")
    assert not result.passed
    assert result.failures[0].startswith("status: expected poor household, cannot be assessed:")
    assert "2031-06-01" in result.failures[0]


def test_a_reform_and_the_supports_are_checked() -> None:
    text = RIGHT.replace("expect = {", 'reform = { "bands[0].upper_rural_vnd" = 1_400_000 }\nexpect = {')
    (case,) = load_cases(text=text)
    assert ["status: expected poor household, got household of middle living standard"] == list(
        run_case(case, lang="en").failures
    )
    supports = RIGHT.replace("undetermined = [] }", 'entitlements = ["health-insurance-146-2018:poor"] }')
    (case,) = load_cases(text=supports)
    (line,) = run_case(case, lang="en").failures
    assert line.startswith("supports: expected health-insurance-146-2018:poor, got ")
    assert "not expected: " in line
    assert "missing" not in line


def test_giamngheo_test_exits_0_when_every_case_passes_and_1_otherwise(tmp_path: Path) -> None:
    (tmp_path / "right.cases.toml").write_text(RIGHT, "utf-8")
    (tmp_path / "wrong.cases.toml").write_text(WRONG, "utf-8")
    passed = _giamngheo("test", str(tmp_path / "right.cases.toml"), "--lang", "en")
    assert (0, "") == (passed.returncode, passed.stderr)
    assert "PASS  a poor household" in passed.stdout
    assert passed.stdout.rstrip().endswith("1 of 1 cases passed, 0 failed.")
    failed = _giamngheo("test", str(tmp_path / "right.cases.toml"), str(tmp_path / "wrong.cases.toml"), "--quiet")
    assert 1 == failed.returncode
    assert "PASS" not in failed.stdout
    assert "KHÔNG ĐẠT  expects near-poor of a poor household" in failed.stdout
    assert failed.stdout.rstrip().endswith("1/2 trường hợp đạt, 1 không đạt.")
    (tmp_path / "broken.cases.toml").write_text(RIGHT.replace('"poor", deprivations', '"pour", deprivations'), "utf-8")
    broken = _giamngheo("test", str(tmp_path / "broken.cases.toml"))
    assert 1 == broken.returncode
    assert "dòng 8: case[0].expect.status: unknown status 'pour'" in broken.stderr
    english = _giamngheo("test", str(tmp_path / "broken.cases.toml"), "--lang", "en")
    assert "giamngheo: error: " in english.stderr
    assert "line 8: case[0].expect.status: unknown status 'pour'" in english.stderr
    assert "Traceback" not in broken.stderr


def test_pytest_collects_every_cases_file_with_the_plugin(tmp_path: Path) -> None:
    (tmp_path / "right.cases.toml").write_text(RIGHT, "utf-8")
    (tmp_path / "wrong.cases.toml").write_text(WRONG, "utf-8")
    (tmp_path / "other.toml").write_text("not = 'a cases file'\n", "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--giamngheo-lang", "en", str(tmp_path)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert 1 == run.returncode, run.stdout + run.stderr
    assert "1 failed, 1 passed" in run.stdout
    assert "FAIL  expects near-poor of a poor household" in run.stdout
    assert "status: expected near-poor household, got poor household" in run.stdout
    assert "_cases.py" not in run.stdout, "the report, not a traceback of the runner"
