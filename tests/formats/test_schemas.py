"""The JSON Schemas against the real readers and writers: what the library writes is valid, what it refuses is too.

A schema checks a document's shape, not every rule of the reader (one income, a size agreeing with the members,
bands that rise): so every document the library writes must be valid under its schema, and a document with a
shape the schema refuses (an unknown key, a wrong type, a choice that does not exist) must be refused by the
reader as well, naming the same field.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import testing
from giamngheo.cli import main
from giamngheo.formats.schemas import SCHEMAS, json_schema

ROOT = Path(__file__).resolve().parents[2]


def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(name), format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_schema_is_a_valid_json_schema(name: str) -> None:
    schema = json_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"].endswith(name)


def test_an_unknown_schema_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(gn.InvalidInput, match="known: household, assessment"):
        json_schema("households")


def test_the_household_schema_has_every_field_of_the_classes() -> None:
    schema = json_schema("household")
    assert {a.name for a in gn.Household.__attrs_attrs__ if a.init} == set(schema["properties"])
    assert {a.name for a in gn.Member.__attrs_attrs__ if a.init} == set(schema["$defs"]["Member"]["properties"])
    assert {a.name for a in gn.Dwelling.__attrs_attrs__ if a.init} == set(schema["$defs"]["Dwelling"]["properties"])
    assert [e.value for e in gn.Education] == schema["$defs"]["Member"]["properties"]["education"]["anyOf"][0]["enum"]


@settings(max_examples=60, deadline=None)
@given(st.one_of(testing.households_with_members(on=dt.date(2024, 6, 1)), testing.households()))
def test_every_household_written_is_valid(household: gn.Household) -> None:
    document = json.loads(gn.household_to_json(household))
    _validator("household").validate(document)


@settings(max_examples=40, deadline=None)
@given(testing.member_household_and_date())
def test_every_assessment_written_is_valid(case: tuple[gn.Household, dt.date]) -> None:
    household, on = case
    assessment = gn.assess(household, on=on)
    _validator("assessment").validate(json.loads(gn.assessment_to_json(assessment)))
    _validator("household").validate(json.loads(gn.assessment_to_json(assessment))["assessment"]["household"])


def test_entitlements_written_are_valid() -> None:
    for status in ("poor", "near_poor"):
        income = 1_000_000 if status == "poor" else 1_400_000
        deprived = {"water", "health_insurance", "housing_area"} if status == "poor" else set()
        household = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=income, deprived=deprived)
        found = gn.entitlements(household, on=dt.date(2024, 6, 1))
        assert found, status
        _validator("entitlements").validate(json.loads(gn.entitlements_to_json(found)))


@pytest.mark.parametrize("standard", [s for _, s in gn.NATIONAL_STANDARDS], ids=lambda s: s.id)
def test_every_national_standard_dumped_is_a_valid_standard_file(standard: gn.Standard) -> None:
    _validator("standard-file").validate(tomllib.loads(gn.dump_standard(standard)))


#: The schema of each file format that has one (a score table has none).
FILE_SCHEMAS = {"giamngheo.standard": "standard-file", "giamngheo.policies": "policy-file"}
EXAMPLES = [
    p
    for p in sorted((ROOT / "examples").rglob("*.toml"))
    if tomllib.loads(p.read_text("utf-8"))["format"] in FILE_SCHEMAS
]


def test_there_are_examples_of_both_file_formats() -> None:
    assert set(FILE_SCHEMAS) == {tomllib.loads(p.read_text("utf-8"))["format"] for p in EXAMPLES}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_file_is_valid(path: Path) -> None:
    document = tomllib.loads(path.read_text("utf-8"))
    _validator(FILE_SCHEMAS[document["format"]]).validate(document)


#: Household documents of a shape the schema refuses, and the field the reader names when it refuses them.
REFUSED = [
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "colour": "red"}, "household"),
    ({"area": "suburban", "income_per_capita_monthly_vnd": 1}, "area"),
    ({"area": "rural", "income_per_capita_monthly_vnd": -1}, "income_per_capita_monthly_vnd"),
    ({"area": "rural", "income_per_capita_monthly_vnd": "1500000"}, "income_per_capita_monthly_vnd"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "members": []}, "members"),
    ({"area": "rural", "income_yearly_vnd": 12, "size": 0}, "size"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{"sex": "x"}]}, "members[0].sex"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{"birth_date": "31/01/1980"}]}, "members[0].birth_date"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{"disability": "yes"}]}, "members[0].disability"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{"wall": "durable"}]}, "members[0]"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "dwelling": {"floor_area_m2": -3}}, "dwelling.floor_area_m2"),
    ({"area": "rural", "income_per_capita_monthly_vnd": 1, "dwelling": {"devices": ["fax"]}}, "dwelling.devices"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "field"), REFUSED, ids=[f for _, f in REFUSED])
def test_what_the_schema_refuses_the_reader_refuses_naming_the_field(document: dict[str, object], field: str) -> None:
    assert not _validator("household").is_valid(document)
    with pytest.raises(gn.InvalidInput) as refused:
        gn.household_from_json(json.dumps(document))
    assert refused.value.field.startswith(field), refused.value.field


def test_the_schema_of_a_file_refuses_an_unknown_key_as_the_reader_does(tmp_path: Path) -> None:
    text = 'colour = "red"\n' + gn.dump_standard(gn.standard_in_force(on=dt.date(2024, 6, 1)))
    assert not _validator("standard-file").is_valid(tomllib.loads(text))
    path = tmp_path / "standard.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(gn.StandardFileError, match="colour"):
        gn.load_standard(path)


def test_the_command_prints_the_same_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["schema", "--json-schema", "household"])
    assert json_schema("household") == json.loads(capsys.readouterr().out)
