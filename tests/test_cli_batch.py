"""End-to-end tests of the register commands of the installed ``giamngheo`` command: assess (CSV through the batch
engine), schema and demo.

The households are written by hand, and the expected result of each is :func:`giamngheo.assess` of the same
household built as objects: the command line must give what the library gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from fractions import Fraction
from importlib import resources
from pathlib import Path

import openpyxl
import pytest

import giamngheo as gn
from giamngheo.batch import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS

ON = dt.date(2024, 10, 1)
HOUSEHOLD_HEADER = ["household_id", "area", "commune", "income_per_capita_monthly_vnd", "income_yearly_vnd", "size"]
HOUSEHOLD_HEADER += ["deprived", "floor_area_m2", "wall", "column", "roof", "water_source", "latrine", "devices"]
HOUSEHOLD_HEADER += ["hears_loudspeaker", "waste_collected"]
MEMBER_HEADER = ["household_id", "birth_date", "sex", "has_health_insurance", "attending_school", "education"]
MEMBER_HEADER += ["employment", "nutrition", "uses_phone", "uses_internet"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "giamngheo", *args], capture_output=True, text=True, check=False)


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=header, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


#: The columns of the results checked against gn.assess; the unit, persons and per-indicator columns have tests of their own.
RESULT_COLUMNS = (
    "household_id",
    "status",
    "status_vi",
    "deprivation_count",
    "deprived",
    "undetermined",
    "needed",
    "standard",
    "error",
)


def read_rows(text: str, columns: tuple[str, ...] = RESULT_COLUMNS) -> list[dict[str, str]]:
    return [{k: row[k] for k in columns} for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))]


# Five households: stated deprivations, a yearly income, members with a dwelling, a dwelling alone, and members of a
# commune (the area is the commune's: 25741 Phường Hiệp Thành, urban). The members file lists H5's member between
# H3's, so that the members must be found by household, not by position.
HOUSEHOLDS = [
    {
        "household_id": "H1",
        "area": "rural",
        "income_per_capita_monthly_vnd": "1400000",
        "deprived": "water;sanitation;telecom",
    },
    {"household_id": "H2", "area": "urban", "income_yearly_vnd": "24000000", "size": "1"},
    {
        "household_id": "H3",
        "area": "rural",
        "income_per_capita_monthly_vnd": "1200000",
        "floor_area_m2": "22.5",
        "wall": "durable",
        "column": "durable",
        "roof": "non_durable",
        "water_source": "piped",
        "latrine": "septic",
        "devices": "phone",
        "hears_loudspeaker": "true",
        "waste_collected": "có",
    },
    {"household_id": "H4", "area": "urban", "income_per_capita_monthly_vnd": "3500000", "floor_area_m2": "35.5"},
    {"household_id": "H5", "commune": "25741", "income_per_capita_monthly_vnd": "1900000"},
]
MEMBERS = [
    {
        "household_id": "H3",
        "birth_date": "1980-05-01",
        "sex": "male",
        "has_health_insurance": "true",
        "education": "lower_secondary",
        "employment": "unemployed",
        "uses_phone": "true",
    },
    {"household_id": "H5", "birth_date": "1990-01-01", "has_health_insurance": "false", "uses_internet": "yes"},
    {
        "household_id": "H3",
        "birth_date": "1982-07-09",
        "sex": "female",
        "has_health_insurance": "0",
        "education": "primary",
    },
    {
        "household_id": "H3",
        "birth_date": "2015-02-01",
        "has_health_insurance": "1",
        "attending_school": "true",
        "nutrition": "normal",
    },
]


def expected_households() -> list[gn.Household]:
    """The same five households as library objects."""
    return [
        gn.Household(
            id="H1", area="rural", income_per_capita_monthly_vnd=1_400_000, deprived="water;sanitation;telecom"
        ),
        gn.Household(id="H2", area="urban", income_yearly_vnd=24_000_000, size=1),
        gn.Household(
            id="H3",
            area="rural",
            income_per_capita_monthly_vnd=1_200_000,
            members=(
                gn.Member(
                    birth_date=dt.date(1980, 5, 1),
                    sex="male",
                    has_health_insurance=True,
                    education="lower_secondary",
                    employment="unemployed",
                    uses_phone=True,
                ),
                gn.Member(
                    birth_date=dt.date(1982, 7, 9), sex="female", has_health_insurance=False, education="primary"
                ),
                gn.Member(
                    birth_date=dt.date(2015, 2, 1), has_health_insurance=True, attending_school=True, nutrition="normal"
                ),
            ),
            dwelling=gn.Dwelling(
                floor_area_m2=Fraction(45, 2),
                wall="durable",
                column="durable",
                roof="non_durable",
                water_source="piped",
                latrine="septic",
                devices=frozenset({"phone"}),
                hears_loudspeaker=True,
                waste_collected=True,
            ),
        ),
        gn.Household(
            id="H4",
            area="urban",
            income_per_capita_monthly_vnd=3_500_000,
            dwelling=gn.Dwelling(floor_area_m2=Fraction(71, 2)),
        ),
        gn.Household(
            id="H5",
            commune="25741",
            income_per_capita_monthly_vnd=1_900_000,
            members=(gn.Member(birth_date=dt.date(1990, 1, 1), has_health_insurance=False, uses_internet=True),),
        ),
    ]


@pytest.fixture
def register(tmp_path: Path) -> tuple[Path, Path]:
    households = write_csv(tmp_path / "households.csv", HOUSEHOLD_HEADER, HOUSEHOLDS)
    members = write_csv(tmp_path / "members.csv", MEMBER_HEADER, MEMBERS)
    return households, members


def expected_rows() -> list[dict[str, str]]:
    rows = []
    for household in expected_households():
        a = gn.assess(household, on=ON)
        rows.append(
            {
                "household_id": str(household.id),
                "status": a.status.value,
                "status_vi": a.status.label("vi"),
                "deprivation_count": str(a.deprivation_count),
                "deprived": ";".join(sorted(a.deprived)),
                "undetermined": ";".join(sorted(a.undetermined)),
                "needed": ";".join(a.needed),
                "standard": a.standard.id,
                "error": "",
            }
        )
    return rows


# --- assess: a register with members ---------------------------------------------------------------------------


def test_assess_with_members_equals_the_library(register: tuple[Path, Path]) -> None:
    """Every household comes out once, in input order, with the result of gn.assess of the same household."""
    households, members = register
    result = run("assess", str(households), "--members", str(members), "--on", ON.isoformat())
    assert 0 == result.returncode, result.stderr
    rows = read_rows(result.stdout)
    assert expected_rows() == rows
    # The hand-built households cover what they mean to: each status the standard gives, and an undetermined one
    # with the facts still needed (NĐ 07/2021/NĐ-CP Điều 3: H1 poor, H2 near-poor on the urban line of 2,000,000).
    assert ["poor", "near_poor", "poor", "not_poor", "undetermined"] == [r["status"] for r in rows]
    assert rows[4]["needed"].startswith("members[0].employment")
    assert "hộ nghèo" == rows[0]["status_vi"]


def test_assess_in_chunks_gives_the_same_rows(register: tuple[Path, Path]) -> None:
    """Households read two at a time, the members sorted into the chunks of their households: the same output."""
    households, members = register
    whole = run("assess", str(households), "--members", str(members), "--on", ON.isoformat())
    chunked = run("assess", str(households), "--members", str(members), "--on", ON.isoformat(), "--chunk-size", "2")
    assert 0 == chunked.returncode, chunked.stderr
    assert whole.stdout == chunked.stdout


def test_assess_summary_on_stderr_and_quiet(register: tuple[Path, Path]) -> None:
    """Without --quiet a one-line summary goes to stderr; with it stderr stays empty. No progress bar: not a terminal."""
    households, members = register
    loud = run("assess", str(households), "--members", str(members), "--on", ON.isoformat())
    assert 0 == loud.returncode, loud.stderr
    assert ["giamngheo: 5 households assessed on 2024-10-01 under vn-2022-2025 in"] == [
        line[: line.index(" in ") + 3] for line in loud.stderr.splitlines()
    ]
    assert "2 poor, 1 near_poor, 0 middle, 1 not_poor, 1 undetermined" in loud.stderr
    assert "\r" not in loud.stderr
    assert "[" not in loud.stderr
    quiet = run("assess", str(households), "--members", str(members), "--on", ON.isoformat(), "--quiet")
    assert 0 == quiet.returncode
    assert "" == quiet.stderr
    assert loud.stdout == quiet.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_progress_bar_only_on_a_terminal(register: tuple[Path, Path], tmp_path: Path) -> None:
    """With stderr a terminal, the progress is one line rewritten with carriage returns; --quiet silences it."""
    import pty  # noqa: PLC0415 - POSIX only

    households, members = register
    out = tmp_path / "out.csv"

    def stderr_on_a_terminal(*extra: str) -> str:
        leader, follower = pty.openpty()
        command = [sys.executable, "-m", "giamngheo", "assess", str(households), "--members", str(members)]
        done = subprocess.run(
            [*command, "--on", ON.isoformat(), "-o", str(out), *extra],
            stderr=follower,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        os.close(follower)
        chunks = []
        try:
            while data := os.read(leader, 65536):
                chunks.append(data)
        except OSError:  # the terminal is closed: everything is read
            pass
        os.close(leader)
        assert 0 == done.returncode
        return b"".join(chunks).decode("utf-8")

    shown = stderr_on_a_terminal()
    assert "\r" in shown
    assert "100%" in shown
    assert "5/5 [" in shown  # a tqdm bar: done/total [elapsed<remaining, rate]
    assert "households/s]" in shown
    assert "" == stderr_on_a_terminal("--quiet")


def test_assess_failures_keep_every_row(tmp_path: Path) -> None:
    """A bad cell, a duplicate id, an unknown value, a bad member cell and an orphan member: exit 3, every row out."""
    households = write_csv(
        tmp_path / "h.csv",
        ["household_id", "area", "income_per_capita_monthly_vnd", "wall", "deprived"],
        [
            {"household_id": "A", "area": "rural", "income_per_capita_monthly_vnd": "1,5 triệu"},
            {"household_id": "B", "area": "rural", "income_per_capita_monthly_vnd": "1000000"},
            {"household_id": "C", "area": "urban", "income_per_capita_monthly_vnd": "1000000", "wall": "brick"},
            {"household_id": "B", "area": "urban", "income_per_capita_monthly_vnd": "5000000"},
            {"household_id": "D", "area": "rural", "income_per_capita_monthly_vnd": "900000", "deprived": "wifi"},
            {"household_id": "E", "area": "rural", "income_per_capita_monthly_vnd": "900000"},
            {"household_id": "F", "area": "rural", "income_per_capita_monthly_vnd": "2000000"},
        ],
    )
    members = write_csv(
        tmp_path / "m.csv",
        ["household_id", "birth_date", "employment"],
        [
            {"household_id": "E", "birth_date": "1990-01-01", "employment": "farmer"},
            {"household_id": "Z", "birth_date": "1990-01-01"},
            {"household_id": "F", "birth_date": "1985-03-04", "employment": "self_employed"},
        ],
    )
    for chunk_size in ("200000", "1"):
        result = run(
            "assess", str(households), "--members", str(members), "--on", ON.isoformat(), "--chunk-size", chunk_size
        )
        assert 3 == result.returncode, result.stderr
        rows = read_rows(result.stdout)
        # the households in order, then the member row of no household, with its error
        assert ["A", "B", "C", "B", "D", "E", "F", "Z"] == [r["household_id"] for r in rows]
        assert ("", f"{members}, line 3: household 'Z' is not in {households} (a member of no household)") == (
            rows[7]["status"],
            rows[7]["error"],
        )
        errors = [r["error"] for r in rows]
        assert errors[0].startswith("household 'A': income_per_capita_monthly_vnd: must be a whole number")
        duplicate = f"household 'B': household_id: appears 2 times in {households} (lines 3, 5)"
        assert [duplicate, duplicate] == [errors[1], errors[3]]
        assert errors[2].startswith("household 'C': dwelling.wall: unknown value 'brick'")
        assert errors[4].startswith("household 'D': deprived: wifi: not an indicator of vn-2022-2025")
        assert errors[5].startswith("household 'E': members[0].employment: unknown value 'farmer'")
        assert ("", "") == (rows[5]["status"], rows[5]["deprivation_count"])
        assert ("middle", "") == (rows[6]["status"], rows[6]["error"])  # the only good row
        assert f"giamngheo: {members}, line 3: household 'Z' is not in {households} (a member of no household)" in (
            result.stderr.splitlines()
        )
        assert "giamngheo: 6 of 7 rows failed; see the 'error' column" in result.stderr
        assert f"giamngheo: 1 member row(s) of no household in {households}" in result.stderr


def test_an_orphan_member_alone_fails_the_run(register: tuple[Path, Path]) -> None:
    """Every household assessed, but a member row of no household: exit 3, the orphan named on stderr, even quiet."""
    households, members = register
    with members.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(["H9", "1990-01-01"] + [""] * (len(MEMBER_HEADER) - 2))
    result = run("assess", str(households), "--members", str(members), "--on", ON.isoformat(), "--quiet")
    assert 3 == result.returncode
    *rows, orphan = read_rows(result.stdout)
    assert expected_rows() == rows
    assert ("H9", "") == (orphan["household_id"], orphan["status"])
    assert [
        f"giamngheo: {members}, line 6: household 'H9' is not in {households} (a member of no household)",
        f"giamngheo: 1 member row(s) of no household in {households}",
    ] == result.stderr.splitlines()


def test_a_line_with_the_wrong_number_of_fields_keeps_its_row(tmp_path: Path) -> None:
    source = tmp_path / "h.csv"
    source.write_text(
        "household_id,area,income_per_capita_monthly_vnd\nA,rural,1000000,extra\n\n,,\nB,urban,1000000\n",
        encoding="utf-8",
    )
    result = run("assess", str(source), "--on", ON.isoformat())
    assert 3 == result.returncode
    rows = read_rows(result.stdout)
    assert ["A", "B"] == [r["household_id"] for r in rows]  # the empty lines are not households
    assert f"{source}, line 2, household 'A': the line has 4 fields but the header has 3" == rows[0]["error"]
    assert "near_poor" == rows[1]["status"]


# --- assess: outputs -------------------------------------------------------------------------------------------


def test_assess_xlsx_output(register: tuple[Path, Path], tmp_path: Path) -> None:
    """A workbook of the same columns and rows; numbers as numbers, text that looks like a formula neutralised."""
    households, members = register
    out = tmp_path / "out.xlsx"
    result = run("assess", str(households), "--members", str(members), "--on", ON.isoformat(), "-o", str(out))
    assert 0 == result.returncode, result.stderr
    assert "" == result.stdout
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    expected = expected_rows()
    width = len(RESULT_COLUMNS)
    assert tuple(expected[0]) == cells[0][:width]
    assert [
        tuple(None if v == "" else int(v) if k == "deprivation_count" else v for k, v in r.items()) for r in expected
    ] == [c[:width] for c in cells[1:]]

    tricky = write_csv(
        tmp_path / "tricky.csv",
        ["household_id", "area", "income_per_capita_monthly_vnd"],
        [{"household_id": '=HYPERLINK("http://x")', "area": "rural", "income_per_capita_monthly_vnd": "1000000"}],
    )
    run("assess", str(tricky), "--on", ON.isoformat(), "-o", str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cell = sheet["A2"]
    assert ('\'=HYPERLINK("http://x")', "s") == (cell.value, cell.data_type)


def test_assess_json_lines_output(register: tuple[Path, Path], tmp_path: Path) -> None:
    """One compact result a line, equal to gn.assess of the same household; a bad row has its error."""
    _, members = register
    bad = write_csv(tmp_path / "h.csv", HOUSEHOLD_HEADER, [*HOUSEHOLDS, {"household_id": "H6", "area": "town"}])
    out = tmp_path / "out.jsonl"
    result = run("assess", str(bad), "--members", str(members), "--on", ON.isoformat(), "-o", str(out))
    assert 3 == result.returncode
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 6 == len(lines)
    records = [json.loads(line) for line in lines]
    for household, record in zip(expected_households(), records, strict=False):
        a = gn.assess(household, on=ON)
        assert (a.status.value, sorted(a.deprived), sorted(a.undetermined)) == (
            record["status"],
            record["deprived"],
            record["undetermined"],
        )
        assert a.deprivation_count == record["deprivation_count"]
    assert max(len(line.encode()) for line in lines) <= 4096
    assert ("H6", None) == (records[5]["household_id"], records[5]["deprivation_count"])
    assert records[5]["error"].startswith("household 'H6': area: unknown value 'town'")


def test_assess_refuses_an_unknown_output_and_its_own_input(register: tuple[Path, Path]) -> None:
    households, _ = register
    txt = run("assess", str(households), "--on", ON.isoformat(), "-o", "out.txt")
    assert (
        1,
        "giamngheo: error: output: give a file ending in .csv, .xlsx, .parquet, .jsonl, .ndjson, got 'out.txt'\n",
    ) == (
        txt.returncode,
        txt.stderr,
    )
    same = run("assess", str(households), "--on", ON.isoformat(), "-o", str(households))
    assert 1 == same.returncode
    assert "is an input file" in same.stderr
    assert households.read_text(encoding="utf-8").startswith("household_id,area,commune")


def test_an_output_that_is_a_link_to_an_input_is_refused_before_anything_is_read(
    register: tuple[Path, Path], tmp_path: Path
) -> None:
    households, members = register
    before = households.read_bytes(), members.read_bytes()
    for k, (source, kind) in enumerate(((households, "hard"), (members, "symbolic"))):
        link = tmp_path / f"link-{k}.csv"
        if kind == "hard":
            os.link(source, link)
        else:
            link.symlink_to(source)
        done = run("assess", str(households), "--members", str(members), "--on", ON.isoformat(), "-o", str(link))
        assert (1, f"giamngheo: error: output: {link} is an input file ({source}): give another file to write\n") == (
            done.returncode,
            done.stderr,
        )
    assert (households.read_bytes(), members.read_bytes()) == before


def test_compare_refuses_to_write_over_its_input(register: tuple[Path, Path]) -> None:
    households, _ = register
    before = households.read_bytes()
    done = run("compare", str(households), "--on", ON.isoformat(), "--other", "74", "-o", str(households))
    assert 1 == done.returncode
    assert "is an input file" in done.stderr
    assert households.read_bytes() == before


def test_report_refuses_a_directory_whose_tables_would_replace_its_inputs(tmp_path: Path) -> None:
    sample = resources.files("giamngheo") / "data" / "sample"
    folder = tmp_path / "d"
    folder.mkdir()
    results = folder / "results.csv"
    made = run(
        "assess", str(sample / "households.csv"), "--members", str(sample / "members.csv"),
        "--on", "2025-10-01", "-o", str(results), "--quiet",
    )  # fmt: skip
    assert made.returncode in {0, 3}, made.stderr
    before = results.read_bytes()
    done = run("report", str(results), "--skip-undetermined", "-o", str(folder))
    assert 1 == done.returncode
    assert f"output: {results} is an input file ({results})" in done.stderr
    assert results.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["results.csv"]
    elsewhere = run("report", str(results), "--skip-undetermined", "-o", str(tmp_path / "report"))
    assert 0 == elsewhere.returncode, elsewhere.stderr
    assert (tmp_path / "report" / "results.csv").exists()


# --- assess: files that cannot be read ---------------------------------------------------------------------------


def test_a_file_in_windows_1258_is_read_and_said_so(tmp_path: Path) -> None:
    """A Vietnamese file saved as plain 'CSV' by Excel (Windows-1258): read as such, with a note; or refused if told."""
    source = tmp_path / "households.csv"
    source.write_bytes(
        "household_id,area,income_per_capita_monthly_vnd\nH1,rural,1000000\nĐ2,nông thôn,1\n".encode("cp1258")
    )
    result = run("assess", str(source), "--on", ON.isoformat())
    assert 0 == result.returncode, result.stderr
    assert ["H1", "Đ2"] == [r["household_id"] for r in read_rows(result.stdout)]
    assert f"giamngheo: note: {source}: not UTF-8 (byte 0xd0): read as Windows-1258 (Vietnamese)" in result.stderr
    told = run("assess", str(source), "--on", ON.isoformat(), "--encoding", "utf-8")
    assert 1 == told.returncode
    assert "" == told.stdout
    assert "Traceback" not in told.stderr
    assert told.stderr.startswith(f"giamngheo: error: {source}, line 3: not utf-8 text (byte 0xd0)")


def test_semicolons_utf16_and_a_bom_are_read_like_commas_in_utf8(tmp_path: Path) -> None:
    """Excel in a Vietnamese locale separates cells by ';'; 'Unicode text' is UTF-16: the same results."""
    text = "household_id;area;income_per_capita_monthly_vnd\nH1;rural;1000000\nH2;thành thị;5000000\n"
    expected = None
    for name, data in (
        ("semi.csv", text.encode("utf-8")),
        ("bom.csv", text.encode("utf-8-sig")),
        ("utf16.csv", text.encode("utf-16")),
        ("comma.csv", text.replace(";", ",").encode("utf-8")),
    ):
        source = tmp_path / name
        source.write_bytes(data)
        result = run("assess", str(source), "--on", ON.isoformat())
        assert 0 == result.returncode, (name, result.stderr)
        rows = read_rows(result.stdout)
        assert ["near_poor", "not_poor"] == [r["status"] for r in rows] if expected is None else expected == rows
        expected = rows


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("hid,area", "line 1: no column 'household_id', which every row needs; the households table's columns are"),
        ("household_id,area,ten_chu_ho", "line 1: unknown column(s) 'ten_chu_ho'; the households table's columns are"),
        ("household_id,area,area", "line 1, column 'area': appears twice in the header"),
        ("", "line 1: no header row"),
    ],
)
def test_a_bad_header_is_a_readable_error(tmp_path: Path, header: str, expected: str) -> None:
    source = tmp_path / "h.csv"
    source.write_text(f"{header}\n" if header else "", encoding="utf-8")
    result = run("assess", str(source), "--on", ON.isoformat())
    assert 1 == result.returncode
    assert "" == result.stdout
    assert result.stderr.startswith(
        f"giamngheo: error: {source}, {expected}" if expected.startswith("line") else "giamngheo: error: "
    )
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_member_column_and_a_missing_file(register: tuple[Path, Path], tmp_path: Path) -> None:
    households, _ = register
    members = tmp_path / "m.csv"
    members.write_text("household_id,ho_ten\nH1,Nguyễn Văn A\n", encoding="utf-8")
    unknown = run("assess", str(households), "--members", str(members), "--on", ON.isoformat())
    assert 1 == unknown.returncode
    assert (
        f"giamngheo: error: {members}, line 1: unknown column(s) 'ho_ten'; the members table's columns are"
        in unknown.stderr
    )
    missing = run("assess", str(tmp_path / "nowhere.csv"), "--on", ON.isoformat())
    assert (1, f"giamngheo: error: {tmp_path / 'nowhere.csv'}: No such file or directory\n") == (
        missing.returncode,
        missing.stderr,
    )


def test_without_numpy_the_extra_is_named(register: tuple[Path, Path]) -> None:
    """No numpy: CSV files and 'schema' say what to install; JSON files are still assessed one by one."""
    households, _ = register
    code = (
        "import sys; sys.modules['numpy'] = None\n"  # `import numpy` now fails as if it were not installed
        "from giamngheo.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    csv_run = subprocess.run(
        [sys.executable, "-c", code, "assess", str(households), "--on", ON.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 1 == csv_run.returncode
    assert 'pip install "giamngheo[batch]"' in csv_run.stderr
    schema = subprocess.run([sys.executable, "-c", code, "schema"], capture_output=True, text=True, check=False)
    assert 1 == schema.returncode
    assert 'pip install "giamngheo[batch]"' in schema.stderr
    source = households.with_suffix(".json")
    source.write_text(
        json.dumps([{"id": "J1", "area": "rural", "income_per_capita_monthly_vnd": 1_000_000}]), encoding="utf-8"
    )
    json_run = subprocess.run(
        [sys.executable, "-c", code, "assess", str(source), "--on", ON.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == json_run.returncode, json_run.stderr
    assert "near_poor" == read_rows(json_run.stdout)[0]["status"]


def test_an_income_only_standard_does_not_use_stated_deprivations(tmp_path: Path) -> None:
    """Hồ Chí Minh City's 2021-2025 standard measures income only: 'deprived' is not used (and said so), as before."""
    source = write_csv(
        tmp_path / "h.csv",
        ["household_id", "area", "income_per_capita_monthly_vnd", "deprived"],
        [
            {"household_id": "A", "area": "rural", "income_per_capita_monthly_vnd": "1200000", "deprived": "water"},
            {"household_id": "B", "area": "urban", "income_per_capita_monthly_vnd": "5000000"},
        ],
    )
    on = dt.date(2023, 6, 1)
    expected = [
        gn.assess(
            gn.Household(id="A", area="rural", income_per_capita_monthly_vnd=1_200_000), on=on, jurisdiction="79"
        ),
        gn.assess(
            gn.Household(id="B", area="urban", income_per_capita_monthly_vnd=5_000_000), on=on, jurisdiction="79"
        ),
    ]
    for option in ("--jurisdiction", "--standard"):
        result = run("assess", str(source), "--on", on.isoformat(), option, "79")
        assert 0 == result.returncode, result.stderr
        assert [(a.status.value, "79-2021-2025", "") for a in expected] == [
            (row["status"], row["standard"], row["error"]) for row in read_rows(result.stdout)
        ]
        warning = "giamngheo: warning: 79-2021-2025 measures income only: the deprivations stated in the column"
        assert warning in result.stderr


# --- schema and demo ---------------------------------------------------------------------------------------------


def test_schema_lists_every_column_of_both_tables() -> None:
    result = run("schema")
    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    members_at = lines.index("members.csv (optional)")
    assert "households.csv" == lines[0]
    named = [line.split()[0] for line in lines if line.startswith("  ") and line.split()[0] != "allowed:"]
    households = {
        line.split()[0]
        for line in lines[:members_at]
        if line.startswith("  ") and not line.strip().startswith("allowed:")
    }
    members = {
        line.split()[0]
        for line in lines[members_at:]
        if line.startswith("  ") and not line.strip().startswith("allowed:")
    }
    assert {c.name for c in HOUSEHOLD_COLUMNS} == households
    assert {c.name for c in MEMBER_COLUMNS} == members
    assert len(HOUSEHOLD_COLUMNS) + len(MEMBER_COLUMNS) == len(named)
    assert "  household_id                   text     required  unique id of the household (never a name)" in lines
    assert any("allowed: durable, non_durable" in line for line in lines)


DISTRICTS = {
    "718": "Thành phố Thủ Dầu Một",
    "719": "Huyện Bàu Bàng",
    "720": "Huyện Dầu Tiếng",
    "721": "Thành phố Bến Cát",
    "722": "Huyện Phú Giáo",
    "723": "Thành phố Tân Uyên",
    "724": "Thành phố Dĩ An",
    "725": "Thành phố Thuận An",
    "726": "Huyện Bắc Tân Uyên",
}


def test_demo_summarises_the_sample_register_by_district() -> None:
    """The 9,100 synthetic households of 9 districts, on 2024-10-01 by default; the data said to be synthetic."""
    result = run("demo")
    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("sổ hộ MÔ PHỎNG của Tỉnh Bình Dương, 9.100 hộ, 32.312 nhân khẩu, đánh giá ngày 01/10/2024")
    header = next(i for i, line in enumerate(lines) if line.startswith("Mã "))
    assert [
        "Mã",
        "Đơn vị cấp huyện",
        "Số hộ",
        "Nghèo",
        "Cận nghèo",
        "Trung bình",
        "Không nghèo",
        "Chưa xác định",
        "Lỗi",
        "Tỷ lệ nghèo",
        "Tỷ lệ cận nghèo",
    ] == [part.strip() for part in lines[header].split("  ") if part.strip()]
    table = lines[header + 1 : header + 11]
    districts = {line[:3]: line[5:].split("  ")[0] for line in table[:9]}
    assert DISTRICTS == districts
    counts = [[int(n.replace(".", "")) for n in line.split()[-9:-2]] for line in table]  # "1.332": Vietnamese digits
    for row in counts:
        assert row[0] == sum(row[1:])  # households = the statuses and the errors
    assert table[9].strip().startswith("Tổng cộng")
    assert [sum(column) for column in zip(*counts[:9], strict=True)] == counts[9]
    assert 9100 == counts[9][0]
    assert 0 == counts[9][-1]
    for line, row in zip(table, counts, strict=True):  # the rates: poor and near-poor over the row's households
        tenths = [(2000 * n + row[0]) // (2 * row[0]) for n in row[1:3]]  # per mille, rounded half up
        assert [f"{t // 10},{t % 10}%" for t in tenths] == line.split()[-2:]
    assert ["0,5%", "4,1%"] == table[9].split()[-2:]  # 47 and 370 of 9.100
    assert any(line.startswith("Chưa xác định: hộ còn thiếu thông tin") for line in lines)
    assert any(
        line.startswith("Thời gian: ") and line.endswith("giây (đọc hai tệp CSV và đánh giá bằng giamngheo.batch).")
        for line in lines
    )
    assert any(line.startswith("Lưu ý: dữ liệu MÔ PHỎNG") for line in lines)


def test_demo_totals_equal_assess_of_the_sample(tmp_path: Path) -> None:
    """The demo's totals are those of 'assess' on the same two files."""
    from importlib import resources  # noqa: PLC0415

    sample = resources.files("giamngheo") / "data" / "sample"
    with (
        resources.as_file(sample / "households.csv") as households,
        resources.as_file(sample / "members.csv") as members,
    ):
        out = tmp_path / "out.csv"
        assessed = run(
            "assess", str(households), "--members", str(members), "--on", ON.isoformat(), "-o", str(out), "-q"
        )
    assert 0 == assessed.returncode, assessed.stderr
    statuses = [row["status"] for row in read_rows(out.read_text(encoding="utf-8"))]
    demo = run("demo", "--lang", "en")
    total = next(line for line in demo.stdout.splitlines() if line.strip().startswith("Total"))
    expected = [
        len(statuses),
        *(statuses.count(s) for s in ("poor", "near_poor", "middle", "not_poor", "undetermined")),
        0,
    ]
    assert expected == [int(n.replace(",", "")) for n in total.split()[1:-2]]
    assert any(line.startswith("Undetermined: households whose missing facts") for line in demo.stdout.splitlines())
    assert "Note: the data are SYNTHETIC" in demo.stdout


def test_demo_before_the_sample_units_is_refused_and_after_the_merger_runs() -> None:
    """Bình Dương's communes are encoded from 2019-12-01; from 2025-07-01 they are followed to the 2025 map."""
    early = run("demo", "--on", "2019-06-01")
    assert 1 == early.returncode
    assert "" == early.stdout
    assert "the encoded rules cover 2019-12-01 to 2025-06-30" in early.stderr
    assert "Traceback" not in early.stderr
    later = run("demo", "--on", "2025-12-01", "--lang", "en")
    assert 0 == later.returncode, later.stderr
    assert "Tỉnh Bình Dương (former, now part of Hồ Chí Minh City)" in later.stdout
    assert "households could not be assessed" not in later.stdout  # every household resolved


def test_csv_output_defuses_formulas_in_text_cells(tmp_path: Path) -> None:
    households = tmp_path / "h.csv"
    households.write_text(
        'household_id,area,income_per_capita_monthly_vnd\n=HYPERLINK("x"),rural,1000000\nplain,rural,1000000\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-m", "giamngheo", "assess", str(households), "--on", "2024-10-01", "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert ['\'=HYPERLINK("x")', "plain"] == [r["household_id"] for r in rows]


def test_explain_names_the_households_file_of_an_orphan_member(tmp_path: Path) -> None:
    """``explain --household`` calls its households file ``--household``: an orphan member's note names it."""
    (tmp_path / "h.csv").write_text("household_id,area,income_per_capita_monthly_vnd\nH1,rural,1000000\n")
    (tmp_path / "m.csv").write_text("household_id,birth_date\nH1,1990-01-01\nH9,1990-01-01\n")
    done = run("explain", "--household", str(tmp_path / "h.csv"), "--members", str(tmp_path / "m.csv"), "--id", "H1", "--on", "2024-01-01")
    assert 0 == done.returncode, done.stderr
    assert f"household 'H9' is not in {tmp_path / 'h.csv'} (a member of no household)" in done.stderr
    assert "internal error" not in done.stderr
