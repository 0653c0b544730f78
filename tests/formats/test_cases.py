"""The ``giamngheo.cases`` format: what it reads, and each mistake named by its key and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import giamngheo as gn
from giamngheo.formats.cases import Case, load_cases

HEAD = 'format = "giamngheo.cases"\nversion = 1\n'
POOR = 'household = { area = "rural", income_per_capita_monthly_vnd = 1_500_000, deprived = ["water", "health_insurance", "housing_area"] }\n'
EXAMPLES = Path(__file__).parents[2] / "examples" / "cases"


def _case(body: str) -> str:
    return HEAD + '[[case]]\nname = "a case"\non = 2024-06-01\n' + body


def test_a_case_is_read_with_its_household_standard_and_expectations() -> None:
    (case,) = load_cases(text=_case(POOR + 'source = "NĐ 07/2021 Điều 3"\nstandard = "vn-2022-2025"\n'
                                   'reform = { "bands[0].upper_rural_vnd" = 1_600_000 }\n'
                                   'expect = { status = "poor", deprivations = ["water"], entitlements = ["p:g"] }\n'))  # fmt: skip
    assert isinstance(case, Case)
    assert (dt.date(2024, 6, 1), "NĐ 07/2021 Điều 3", "vn-2022-2025") == (case.on, case.source, case.standard.id)
    assert (("bands[0].upper_rural_vnd", 1_600_000),) == case.reform
    assert gn.Status.POOR is case.expected.status
    assert frozenset({"water"}) == case.expected.deprivations
    assert frozenset({"p:g"}) == case.expected.entitlements
    assert case.expected.undetermined is None
    assert 3 == case.line
    assert 1_500_000 == case.household.income_per_capita_monthly_vnd


def test_members_dates_may_be_toml_dates_or_strings() -> None:
    members = 'members = [{ birth_date = 1990-01-01 }, { birth_date = "2020-02-29" }]'
    (case,) = load_cases(text=_case(f'household = {{ area = "urban", income_per_capita_monthly_vnd = 1, {members} }}\n'
                                    'expect = { status = "undetermined" }\n'))  # fmt: skip
    assert [dt.date(1990, 1, 1), dt.date(2020, 2, 29)] == [m.birth_date for m in case.household.members]


def test_a_standard_file_is_read_beside_the_cases_file(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(gn.dump_standard(gn.builtin_standard("vn-2022-2025")), "utf-8")
    path = tmp_path / "x.cases.toml"
    path.write_text(_case(POOR + 'standard_file = "mine.toml"\nexpect = { status = "poor" }\n'), "utf-8")
    (case,) = load_cases(path)
    assert "vn-2022-2025" == case.standard.id
    assert str(path) == case.file


@pytest.mark.parametrize(
    ("text", "field", "line", "words"),
    [
        (HEAD, "case", 1, "required key 'case'"),
        (HEAD + "case = []\n", "case", 3, "at least one"),
        (_case(POOR), "case[0].expect", 3, "required key 'expect'"),
        (_case(POOR + 'expect = { status = "por" }\n'), "case[0].expect.status", 7, "did you mean 'poor'"),
        (_case(POOR + 'expect = { status = "poor", deprived = [] }\n'), "case[0].expect.deprived", 7, "unknown key 'deprived'"),
        (_case('household = { area = "rurl", income_per_capita_monthly_vnd = 1 }\nexpect = { status = "poor" }\n'),
         "case[0].household.area", 6, "not a valid Area"),
        (_case(POOR + 'standard = "vn-2099"\nexpect = { status = "poor" }\n'), "case[0].standard", 7, "no built-in standard"),
        (_case(POOR + 'standard = "vn-2022-2025"\njurisdiction = "74"\nexpect = { status = "poor" }\n'),
         "case[0].standard", 7, "give one of jurisdiction, standard and standard_file"),
        (_case(POOR + 'standard_file = "missing.toml"\nexpect = { status = "poor" }\n'), "case[0].standard_file", 7, "missing.toml"),
        (_case(POOR + 'on_date = 2024-01-01\nexpect = { status = "poor" }\n'), "case[0].on_date", 7, "unknown key"),
        ('format = "giamngheo.standard"\nversion = 1\n', "format", 1, "load_standard"),
    ],
)  # fmt: skip
def test_a_mistake_is_named_by_its_key_and_line(text: str, field: str, line: int, words: str) -> None:
    with pytest.raises(gn.FileFormatError) as caught:
        load_cases(text=text)
    assert isinstance(caught.value, gn.InvalidInput)
    assert field == caught.value.field
    assert line == caught.value.line
    assert words in str(caught.value)


def test_the_shipped_examples_are_read() -> None:
    files = sorted(EXAMPLES.glob("*.cases.toml"))
    assert len(files) >= 2
    assert all(load_cases(path) for path in files)
