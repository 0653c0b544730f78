"""End-to-end tests of the installed ``giamngheo`` command."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import giamngheo as gn


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "giamngheo", *args], capture_output=True, text=True, check=False)


def test_demo_assesses_every_sample_household() -> None:
    """The README's main job assesses all 9,100 synthetic households of the sample register and prints the totals."""
    result = run("demo", "--on", "2024-10-01", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "SYNTHETIC register of Tỉnh Bình Dương, 9,100 households" in result.stdout
    total = next(line for line in result.stdout.splitlines() if line.strip().startswith("Total"))
    *counts, poverty_rate, near_poverty_rate = total.split()[1:]
    households, *statuses, errors = (int(n.replace(",", "")) for n in counts)
    assert (9100, 9100, 0) == (households, sum(statuses), errors)
    assert ("0.5%", "4.1%") == (poverty_rate, near_poverty_rate)  # 47 and 370 of 9,100, to one decimal
    assert "Decree 07/2021/NĐ-CP, Art. 3" in result.stdout


def test_demo_outside_the_law_fails_with_a_readable_error() -> None:
    """A date before 2006 is refused with the covered range and no traceback, in the language of ``--lang``."""
    result = run("demo", "--on", "2005-06-01")
    assert 1 == result.returncode
    assert result.stderr.startswith("giamngheo: lỗi: không có chuẩn nghèo quốc gia nào được mã hoá có hiệu lực vào ngày 01/06/2005")
    assert "từ 01/01/2006 đến hết 31/12/2030" in result.stderr
    assert "Traceback" not in result.stderr
    english = run("demo", "--on", "2005-06-01", "--lang", "en")
    assert 1 == english.returncode
    assert english.stderr.startswith("giamngheo: error: no national poverty standard is in force on 2005-06-01")
    assert "2006-01-01 to 2030-12-31" in english.stderr


def test_assess_writes_every_row_and_reports_failures(tmp_path: Path) -> None:
    """Every input row comes out in order; a bad row carries its error and the exit status is 3."""
    source = tmp_path / "households.csv"
    source.write_text(
        "household_id,area,income_per_capita_monthly_vnd,income_yearly_vnd,size,deprived\n"
        "H1,rural,1500000,,,water;sanitation;telecom\n"  # NĐ 07/2021 Điều 3 khoản 2 điểm a: poor
        "H2,urban,,24000000,1,\n"  # 2,000,000 a month in town, no deprivation: near-poor
        "H3,city,1000000,,,\n"  # unknown area
        "H4,rural,abc,,,\n",  # not a number
        encoding="utf-8",
    )
    result = run("assess", str(source), "--on", "2024-10-01")
    assert 3 == result.returncode
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert ["H1", "H2", "H3", "H4"] == [r["household_id"] for r in rows]
    assert ["poor", "near_poor", "", ""] == [r["status"] for r in rows]
    assert "area" in rows[2]["error"]
    assert "income_per_capita_monthly_vnd" in rows[3]["error"]
    assert "2 of 4 rows failed" in result.stderr


def test_assess_json_lines_output(tmp_path: Path) -> None:
    """A register's JSON output is JSON Lines: one compact result a line, lists as lists."""
    source = tmp_path / "h.csv"
    source.write_text("household_id,area,income_per_capita_monthly_vnd,deprived\nH1,urban,2000001,\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("assess", str(source), "--on", "2023-01-01", "-o", str(out))
    assert 0 == result.returncode, result.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert "middle" == record["status"]
    assert [] == record["deprived"]
    assert "vn-2022-2025" == record["standard"]
    refused = run("assess", str(source), "--on", "2023-01-01", "-o", str(tmp_path / "out.json"))
    assert 1 == refused.returncode
    assert "give a .jsonl file" in refused.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", "Điều 2 khoản 1 điểm a Quyết định 59/2015/QĐ-TTg"),
        ("en", "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)"),
    ],
)
def test_explain_cites_the_provision(lang: str, expected: str) -> None:
    """700,000 VND a month in the countryside in 2018 is at the line of QĐ 59/2015 Điều 2 khoản 1 điểm a."""
    result = run("explain", "--on", "2018-05-01", "--area", "rural", "--income", "700000", "--lang", lang)
    assert 0 == result.returncode, result.stderr
    assert expected in result.stdout


def test_standards_and_sources_list_the_law() -> None:
    """`standards` names the standard in force; `sources` lists every datum with its verification status."""
    standards = run("standards", "--on", "2027-01-01")
    assert standards.stdout.startswith("vn-2027-2030\t")
    sources = run("sources")
    rows = list(csv.DictReader(io.StringIO(sources.stdout)))
    assert {"official", "quoted", "reported", "draft"} <= {r["verification"] for r in rows}
    assert any(r["key"] == "vn-2022-2025.bands[0].upper_rural_vnd" and r["value"] == "1500000" for r in rows)


def test_params_lists_every_path_a_reform_sets() -> None:
    """`params` gives each value of a standard by the path gn.reform sets, with its dates and citation."""
    result = run("params", "--standard", "vn-2022-2025")
    assert 0 == result.returncode, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(gn.parameters(gn.builtin_standard("vn-2022-2025")))
    line = rows[0]
    assert ("vn-2022-2025.bands[0].upper_rural_vnd", "1500000", "2022-01-01", "2025-12-31", "quoted") == (
        line["path"], line["value"], line["from"], line["until"], line["verification"]
    )  # fmt: skip
    assert "Nghị định 07/2021/NĐ-CP" in line["citation"]
    on_date = run("params", "--on", "2027-01-01", "--lang", "en")
    assert all(r["path"].startswith("vn-2027-2030.") for r in csv.DictReader(io.StringIO(on_date.stdout)))
    every = run("params", "--jurisdiction", "74")
    assert {"74-2016-2020", "74-2021"} <= {r["path"].split(".")[0] for r in csv.DictReader(io.StringIO(every.stdout))}
    unknown = run("params", "--standard", "vn-2099")
    assert 1 == unknown.returncode
    assert "no built-in standard 'vn-2099'" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_params_lists_a_policy_s_values_by_the_paths_reform_policy_sets() -> None:
    result = run("params", "--policy", "credit-vbsp-2025", "--policy", "health-insurance-188-2025", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = [
        *gn.policy_parameters(gn.policy("credit-vbsp-2025")),
        *gn.policy_parameters(gn.policy("health-insurance-188-2025")),
    ]
    assert [r["path"] for r in rows] == expected
    rate = next(r for r in rows if r["path"] == "credit-vbsp-2025.grants.poor.rate")
    assert ("39/625", "2025-12-01", "2030-12-31") == (rate["value"], rate["from"], rate["until"])
    both = run("params", "--policy", "credit-vbsp-2025", "--standard", "vn-2022-2025")
    assert 1 == both.returncode
    assert "--policy" in both.stderr
    unknown = run("params", "--policy", "credit-2099", "--lang", "en")
    assert 1 == unknown.returncode
    assert "no policy 'credit-2099'" in unknown.stderr


def test_usage_error_exit_status() -> None:
    """A malformed date is a usage error (exit 2), not a crash."""
    result = run("explain", "--on", "June", "--area", "rural", "--income", "1")
    assert 2 == result.returncode
    assert "YYYY-MM-DD" in result.stderr


def _members_file(tmp_path: Path) -> Path:
    households = [
        {
            "id": "HH-1",
            "area": "rural",
            "income_per_capita_monthly_vnd": 1_350_000,
            "members": [
                {"birth_date": "1990-01-15", "has_health_insurance": False, "uses_internet": False},
                {"birth_date": "1992-07-02", "has_health_insurance": True, "uses_internet": False},
            ],
        },
        {"id": "HH-2", "area": "rural", "income_per_capita_monthly_vnd": 900_000, "members": [{"employment": "bad"}]},
        7,
        {
            "id": "HH-3",
            "area": "urban",
            "income_per_capita_monthly_vnd": 3_500_000,
            "dwelling": {"floor_area_m2": 35.5},
        },
    ]
    path = tmp_path / "households.json"
    path.write_text(json.dumps({"households": households}), encoding="utf-8")
    return path


def test_assess_reads_households_with_members_from_json(tmp_path: Path) -> None:
    """A JSON file of households with members: every item comes out in order, with what is still needed."""
    result = run("assess", str(_members_file(tmp_path)), "--on", "2023-06-01")
    assert 3 == result.returncode
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert ["HH-1", "HH-2", "", "HH-3"] == [row["household_id"] for row in rows]
    first = rows[0]
    assert ("undetermined", "health_insurance;telecom") == (first["status"], first["deprived"])
    assert first["needed"].startswith("members[0].employment;members[1].employment")
    assert "members[0].employment: unknown value 'bad'" in rows[1]["error"]
    assert "a household is a JSON object" in rows[2]["error"]
    assert ("not_poor", "") == (rows[3]["status"], rows[3]["needed"])
    assert "2 of 4 rows failed" in result.stderr


def test_explain_a_household_from_json(tmp_path: Path) -> None:
    """`explain --household FILE` gives every indicator's finding, naming members by position."""
    path = tmp_path / "one.json"
    path.write_text(
        json.dumps(
            {
                "id": "HH-9",
                "area": "rural",
                "income_per_capita_monthly_vnd": 1_000_000,
                "members": [{"birth_date": "2015-03-01", "has_health_insurance": False}],
            }
        ),
        encoding="utf-8",
    )
    result = run("explain", "--household", str(path), "--on", "2023-06-01", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    assert "✗ Health insurance: deprived. Member 1 (aged 8): aged 6 or over" in result.stdout
    assert (
        "? Domestic water source: undetermined. Still needed: dwelling: main source of domestic water." in result.stdout
    )


def test_explain_without_area_or_household_is_refused() -> None:
    result = run("explain", "--on", "2023-06-01", "--income", "1000000")
    assert 1 == result.returncode
    assert "--household FILE" in result.stderr


def test_sources_lists_thresholds_readably() -> None:
    """Indicator thresholds are listed with readable values: codes for sets, texts in the language asked."""
    result = run("sources", "--on", "2023-06-01", "--lang", "en")
    assert 0 == result.returncode, result.stderr
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    water = rows["vn-2022-2025.indicators.water.clean_sources"]
    assert "borehole;bottled;piped;protected_dug_well;protected_spring;rainwater" == water["value"]
    assert "reported" == water["verification"]
    assert rows["vn-2022-2025.indicators.telecom.definition"]["value"].startswith("No member of the household")
    assert "unconfirmed" == rows["vn-2022-2025.indicators.telecom.definition"]["verification"]
    assert "male: 60y3m in 2021" in rows["vn-2022-2025.indicators.employment.retirement"]["value"]


ROOT = Path(__file__).resolve().parents[1]


def test_compare_with_a_provincial_draft_file(tmp_path: Path) -> None:
    """An officer's one call: the Bình Dương draft option 1 against the national standard on a list of households."""
    source = tmp_path / "households.csv"
    source.write_text(
        "household_id,area,income_per_capita_monthly_vnd,deprived\n"
        "A,rural,1400000,water;telecom;sanitation\n"  # NĐ 07/2021: poor; option 1 (≤ 2,000,000, ≥ 2): poor
        "B,rural,1800000,water;telecom\n"  # NĐ 07/2021: middle; option 1: poor
        "C,urban,2600000,water\n"  # middle nationally (≤ 3,000,000); above option 1 (2,500,000), which has no middle band
        "D,urban,-1,\n",  # bad row: reported, never dropped
        encoding="utf-8",
    )
    moved = tmp_path / "moved.csv"
    option = ROOT / "examples" / "standards" / "binh-duong-2022-2025-option-1.toml"
    result = run("compare", str(source), "--on", "2023-06-01", "--other", str(option), "--lang", "en", "-o", str(moved))
    assert 3 == result.returncode, result.stderr
    assert "row 4: household 'D'" in result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-2:] == [
        "2 of 4 households change status; 1 could not be assessed.",
        "1 rows could not be read (see the error messages).",
    ]
    rows = list(csv.DictReader(io.StringIO(moved.read_text(encoding="utf-8-sig"))))
    assert [(r["row"], r["household_id"], r["before"], r["after"]) for r in rows] == [
        ("2", "B", "middle", "poor"),
        ("3", "C", "middle", "not_poor"),
    ]


def test_assess_under_a_province_and_sources_of_a_province(tmp_path: Path) -> None:
    source = tmp_path / "households.csv"
    source.write_text("household_id,area,income_per_capita_monthly_vnd,deprived\nA,rural,1200000,\n", encoding="utf-8")
    result = run("assess", str(source), "--on", "2018-06-01", "--standard", "74")
    assert 0 == result.returncode, result.stderr
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert ("near_poor", "74-2016-2020") == (row["status"], row["standard"])  # "below 1,200,000": on the line is above
    sources = run("sources", "--jurisdiction", "79")
    keys = [line.split(",")[0] for line in sources.stdout.splitlines()]
    assert "79-2021-2025.bands[0].upper_rural_vnd" in keys
    assert "instrument.13/2020/NQ-HĐND" in keys
    gone = run("assess", str(source), "--on", "2025-08-01", "--standard", "74")
    assert 1 == gone.returncode  # its former territory keeps its resolutions, but it has no standard then
    assert "so the national standard applies" in gone.stderr


def test_a_bug_is_one_line_with_the_version_and_where_to_report_never_a_traceback(monkeypatch, capsys):
    from giamngheo import cli  # noqa: PLC0415
    from giamngheo.cli import _common, legal  # noqa: PLC0415

    def broken(_args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(legal, "_cmd_standards", broken)
    monkeypatch.delenv("GIAMNGHEO_TRACEBACK", raising=False)
    assert _common.EXIT_ERROR == cli.main(["standards"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("giamngheo: internal error (RuntimeError: a bug): nothing was written.")
    assert __import__("giamngheo").__version__ in err
    assert "github.com/giamngheo/giamngheo/issues" in err
    monkeypatch.setenv("GIAMNGHEO_TRACEBACK", "1")
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main(["standards"])
