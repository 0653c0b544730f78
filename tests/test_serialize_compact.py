"""Compact JSON (issue 13, point 5): built-in data by reference, JSON Lines, legal data version, entitlements."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import _serialize
from giamngheo.testing import (
    build_household,
    build_member,
    household_and_date,
    member_household_and_date,
    provincial_household_and_date,
)

ROOT = Path(__file__).resolve().parents[1]
ON = dt.date(2023, 6, 1)
#: The issue's target for one household of a register in JSON Lines, with a built-in standard.
LINE_BUDGET_BYTES = 4096


def _stated(**fields):
    return gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_200_000, id="HH-1", **fields)


def _large_household() -> gn.Household:
    """Eight members with every fact known, a known dwelling and a commune: a large line of a real register."""
    member = {
        "sex": "female",
        "has_health_insurance": True,
        "attending_school": False,
        "education": "lower_secondary",
        "on_the_job_training": False,
        "employment": "wage_with_contract",
        "nutrition": "normal",
        "disability": False,
        "social_allowance": False,
        "sick_untreated": False,
        "uses_phone": True,
        "uses_internet": True,
    }
    members = [build_member(20 + 5 * i, ON, id=f"HH-000123-{i:02d}", **member) for i in range(8)]
    dwelling = gn.Dwelling(
        floor_area_m2="64.5",
        wall="durable",
        column="durable",
        roof="durable",
        water_source="piped",
        latrine="septic",
        devices=frozenset({"phone", "television"}),
        hears_loudspeaker=True,
        waste_collected=True,
    )
    return build_household(
        members, dwelling=dwelling, area=None, income_per_capita_monthly_vnd=1_400_000, id="HH-000123", commune="25840"
    )


def _user_standard() -> gn.Standard:
    """The national standard of 2023 with its middle band's citation marked as the user's: equal id, other data."""
    national = gn.standard_in_force(on=ON)
    band = national.bands[-1]
    mine = attrs.evolve(band.upper_rural_vnd, citation=attrs.evolve(band.upper_rural_vnd.citation, note="mine"))
    return attrs.evolve(national, bands=(*national.bands[:-1], attrs.evolve(band, upper_rural_vnd=mine)))


# --- built-in data by reference --------------------------------------------------------------------------------


def test_a_built_in_standard_is_referred_to_by_id_and_legal_data_version():
    a = gn.assess(_stated(deprived={"water"}), on=ON)
    document = json.loads(gn.assessment_to_json(a))
    assert (3, "vn-2022-2025") == (document["version"], document["assessment"]["standard"])
    assert gn.legal_data_version() == document["legal_data_version"]
    again = gn.assessment_from_json(gn.assessment_to_json(a))
    assert a == again
    assert again.standard is gn.standard_in_force(on=ON)  # the installed standard itself, not a copy


def test_embed_standard_writes_the_standard_whole():
    a = gn.assess(_stated(deprived={"water"}), on=ON)
    document = json.loads(gn.assessment_to_json(a, embed_standard=True))
    assert "vn-2022-2025" == document["assessment"]["standard"]["id"]
    assert a == gn.assessment_from_json(json.dumps(document))


def test_a_user_defined_standard_is_always_embedded():
    mine = _user_standard()
    assert mine.id == gn.standard_in_force(on=ON).id
    assert mine != gn.standard_in_force(on=ON)
    a = gn.assess(_stated(deprived={"water"}), on=ON, standard=mine)
    for text in (gn.assessment_to_json(a), gn.assessment_to_line(a)):
        document = json.loads(text)
        assert "mine" == document["assessment"]["standard"]["bands"][-1]["upper_rural_vnd"]["citation"]["note"]
        again = gn.assessment_from_json(text)
        assert a == again
        assert again.standard == mine


def test_a_provincial_standard_is_referred_to_as_well():
    household = gn.Household(commune="25840", income_per_capita_monthly_vnd=1_700_000, id="BC-1")
    a = gn.assess(household, on=dt.date(2021, 6, 1), jurisdiction="74")
    document = json.loads(gn.assessment_to_line(a))
    assert a.standard.id == document["assessment"]["standard"]
    assert a.standard.id.startswith("74-")
    assert a == gn.assessment_from_line(gn.assessment_to_line(a))


def test_the_area_of_a_commune_is_referred_to_and_embedded_on_request():
    household = gn.Household(commune="25840", income_per_capita_monthly_vnd=1_700_000, id="BC-1")
    a = gn.assess(household, on=dt.date(2024, 5, 1))
    assert a.area_source is not None
    assert "commune" == json.loads(gn.assessment_to_line(a))["assessment"]["area_source"]
    again = gn.assessment_from_line(gn.assessment_to_line(a))
    assert (a, a.area_source) == (again, again.area_source)
    embedded = json.loads(gn.assessment_to_json(a, embed_standard=True))["assessment"]["area_source"]
    assert "77/2015/QH13" == embedded["citation"]["instrument"]["number"]


def test_an_unknown_built_in_standard_is_refused():
    document = json.loads(gn.assessment_to_json(gn.assess(_stated(), on=ON)))
    document["assessment"]["standard"] = "vn-1999"
    with pytest.raises(gn.InvalidInput, match=r"no built-in standard 'vn-1999'; known: .*vn-2022-2025") as caught:
        gn.assessment_from_json(json.dumps(document))
    assert "assessment" == caught.value.field


# --- legal data version ----------------------------------------------------------------------------------------


def test_legal_data_version_is_a_short_content_hash():
    assert re.fullmatch(r"[0-9a-f]{16}", gn.legal_data_version())
    assert gn.legal_data_version() == _serialize.legal_data_version.__wrapped__()  # same data, same version


def test_legal_data_version_is_the_same_in_another_process():
    """No set order or memory address leaks into it: another process, another hash seed, the same version."""
    code = "import giamngheo as gn; print(gn.legal_data_version())"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert gn.legal_data_version() == result.stdout.strip()


def test_legal_data_version_changes_with_a_standard(monkeypatch):
    installed = _serialize.legal_data_version()
    changed = dict(_serialize._builtin_standards())
    changed["vn-2022-2025"] = _user_standard()
    monkeypatch.setattr(_serialize, "_builtin_standards", lambda: changed)
    assert installed != _serialize.legal_data_version.__wrapped__()


@pytest.mark.parametrize("compact", [False, True], ids=["document", "line"])
def test_a_document_of_other_legal_data_is_refused_naming_both_versions(compact):
    a = gn.assess(_stated(deprived={"water"}), on=ON)
    text = gn.assessment_to_line(a) if compact else gn.assessment_to_json(a)
    document = json.loads(text)
    document["legal_data_version"] = "0123456789abcdef"
    with pytest.raises(gn.InvalidInput) as caught:
        gn.assessment_from_json(json.dumps(document))
    assert "legal_data_version" == caught.value.field
    message = str(caught.value)
    assert "'0123456789abcdef'" in message
    assert repr(gn.legal_data_version()) in message
    assert "built-in standard 'vn-2022-2025'" in message
    assert "embed_standard=True" in message


def test_a_version_3_document_without_legal_data_version_is_refused():
    document = json.loads(gn.assessment_to_json(gn.assess(_stated(), on=ON)))
    del document["legal_data_version"]
    with pytest.raises(gn.InvalidInput, match="written with no legal data version"):
        gn.assessment_from_json(json.dumps(document))


def test_a_self_contained_document_reads_with_other_legal_data():
    """With embed_standard=True the document depends on no built-in data: another data version does not matter."""
    household = gn.Household(commune="25840", income_per_capita_monthly_vnd=1_700_000, id="BC-1")
    a = gn.assess(household, on=dt.date(2024, 5, 1))
    document = json.loads(gn.assessment_to_json(a, embed_standard=True))
    document["legal_data_version"] = "0123456789abcdef"
    assert a == gn.assessment_from_json(json.dumps(document))


def test_a_version_2_document_is_still_read():
    a = gn.assess(_complete_household(), on=ON)
    document = json.loads(gn.assessment_to_json(a, embed_standard=True))
    document["version"] = 2
    del document["legal_data_version"], document["summary"]["household_id"]
    assert a == gn.assessment_from_json(json.dumps(document))


# --- one line a household ----------------------------------------------------------------------------------------


def _complete_household() -> gn.Household:
    members = [
        build_member(43, ON, id="M-1", has_health_insurance=False, employment="unemployed", education="primary"),
        build_member(8, ON, has_health_insurance=True, attending_school=True, nutrition="stunted"),
    ]
    return build_household(members, dwelling=gn.Dwelling(floor_area_m2="15.5"), income_per_capita_monthly_vnd=1_400_000)


def test_a_line_is_one_compact_line_of_the_same_document():
    a = gn.assess(_complete_household(), on=ON)
    line = gn.assessment_to_line(a)
    assert "\n" not in line
    document = json.loads(line)
    assert line == json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    full = json.loads(gn.assessment_to_json(a))
    # The same head; the summary flat, without the explanation; the household without its unknown facts.
    summary = {k: v for k, v in full["summary"].items() if k not in {"findings", "verification", "citations"}}
    head = {k: v for k, v in full.items() if k not in {"summary", "assessment"}}
    assert [*head, *summary, "assessment"] == list(document)
    assert {**head, **summary} == {k: v for k, v in document.items() if k != "assessment"}
    assert (a.status.value, sorted(a.undetermined)) == (document["status"], document["undetermined"])
    assert "findings" not in document
    assert "commune" not in document["assessment"]["household"]
    assert "sex" not in document["assessment"]["household"]["members"][1]
    assert None not in document["assessment"]["household"]["members"][1].values()
    assert a == gn.assessment_from_line(line + "\n")
    assert a == gn.assessment_from_json(line)


def test_an_empty_set_of_devices_is_kept_apart_from_unknown_devices():
    """``devices=[]`` (known: none) is not the default (``None``, unknown): the compact form keeps it."""
    members = [build_member(30, ON, has_health_insurance=True)]
    for devices in (frozenset(), None):
        a = gn.assess(build_household(members, dwelling=gn.Dwelling(devices=devices)), on=ON)
        again = gn.assessment_from_line(gn.assessment_to_line(a))
        assert devices == again.household.dwelling.devices
        assert a == again


def test_golden_a_line_with_a_built_in_standard_is_at_most_4_kb():
    a = gn.assess(_large_household(), on=ON)
    assert 8 == len(a.household.members)
    line = gn.assessment_to_line(a).encode("utf-8")
    assert len(line) <= LINE_BUDGET_BYTES, len(line)
    assert a == gn.assessment_from_line(line)
    # the document of stated deprivations, with its explanation, fits too
    assert len(gn.assessment_to_json(gn.assess(_stated(deprived={"water"}), on=ON)).encode()) <= LINE_BUDGET_BYTES
    # and what the budget is kept by: the standard written whole is far larger
    assert len(gn.assessment_to_line(a, embed_standard=True).encode()) > 10 * LINE_BUDGET_BYTES


def test_bytes_of_a_line_with_a_user_standard_are_read_back():
    a = gn.assess(_stated(deprived={"water"}), on=ON, standard=_user_standard())
    assert a == gn.assessment_from_line(gn.assessment_to_line(a).encode("utf-8"))


# --- properties ---------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.one_of(household_and_date(), member_household_and_date()), st.booleans())
def test_round_trip_is_exact_in_both_forms(case, embed):
    """Document and line read back to the same assessment, and write again the same text."""
    household, on = case
    a = gn.assess(household, on=on)
    for write, read in (
        (gn.assessment_to_json, gn.assessment_from_json),
        (gn.assessment_to_line, gn.assessment_from_line),
    ):
        text = write(a, embed_standard=embed)
        back = read(text)
        assert a == back
        assert text == write(back, embed_standard=embed)


@settings(max_examples=30, deadline=None)
@given(provincial_household_and_date())
def test_round_trip_of_provincial_assessments(case):
    household, on, code = case
    both = gn.assess_all(household, on=on, jurisdiction=code)
    for a in (both.national, both.provincial):
        if a is not None:
            assert a == gn.assessment_from_line(gn.assessment_to_line(a))


# --- entitlements ------------------------------------------------------------------------------------------------


def _entitlements() -> tuple[gn.Entitlement, ...]:
    history = gn.StatusHistory(
        (
            gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2021, 1, 1), until=dt.date(2022, 6, 1)),
            gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2022, 6, 1)),
        ),
        household_id="HH-7",
    )
    found = gn.entitlements(history, on=ON, place=gn.Place(poor_commune=True))
    found += gn.entitlements(gn.assess(_stated(deprived={"water", "housing_area", "health_insurance"}), on=ON), on=ON)
    assert len({e.policy.id for e in found}) > 3
    return found


def test_the_converter_writes_a_policy_as_its_id():
    entitlement = _entitlements()[0]
    data = gn.make_converter().unstructure(entitlement)
    json.dumps(data)  # no function left in it
    assert {"id": entitlement.policy.id, "basis": entitlement.policy.basis.render("en")} == data["policy"]
    assert entitlement == gn.make_converter().structure(data, gn.Entitlement)


def test_entitlements_round_trip():
    found = _entitlements()
    text = gn.entitlements_to_json(found)
    document = json.loads(text)
    assert ("giamngheo.entitlements", 1) == (document["format"], document["version"])
    assert gn.legal_data_version() == document["legal_data_version"]
    back = gn.entitlements_from_json(text)
    assert found == back
    assert all(b.policy is gn.policy(e.policy.id) for e, b in zip(found, back, strict=True))
    assert text == gn.entitlements_to_json(back)


def test_entitlements_of_other_legal_data_are_refused_naming_both_versions():
    document = json.loads(gn.entitlements_to_json(_entitlements()))
    document["legal_data_version"] = "fedcba9876543210"
    with pytest.raises(gn.InvalidInput) as caught:
        gn.entitlements_from_json(json.dumps(document))
    assert "legal_data_version" == caught.value.field
    assert "'fedcba9876543210'" in str(caught.value)
    assert repr(gn.legal_data_version()) in str(caught.value)
    assert "built-in policies (" in str(caught.value)


def test_an_unknown_policy_is_refused_by_id():
    document = json.loads(gn.entitlements_to_json(_entitlements()))
    document["entitlements"][0]["policy"]["id"] = "no-such-policy"
    with pytest.raises(gn.InvalidInput, match="no policy 'no-such-policy'"):
        gn.entitlements_from_json(json.dumps(document))


def test_entitlements_of_a_user_policy_read_back_with_it():
    mine = gn.load_policies(ROOT / "examples" / "policies" / "ho-chi-minh-city-example.toml")
    on = dt.date(2026, 6, 1)
    recognised = gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2026, 1, 1))
    found = [
        e
        for e in gn.entitlements(
            recognised, on=on, jurisdiction="79", place=gn.Place(poor_commune=False), policies=mine
        )
        if e.policy in mine
    ]
    assert found
    text = gn.entitlements_to_json(found)
    assert tuple(found) == gn.entitlements_from_json(text, policies=mine)
    with pytest.raises(gn.InvalidInput, match=f"no policy {found[0].policy.id!r}"):
        gn.entitlements_from_json(text)
    # only user policies: the installed legal data do not matter
    document = json.loads(text)
    document["legal_data_version"] = "fedcba9876543210"
    assert tuple(found) == gn.entitlements_from_json(json.dumps(document), policies=mine)


def test_a_household_with_a_dwelling_is_read_in_a_fresh_process():
    """Found measuring the sample register: a dwelling's yes/no facts were refused unless its types were resolved."""
    text = '{"area": "rural", "income_per_capita_monthly_vnd": 1, "dwelling": {"hears_loudspeaker": true}}'
    code = f"import giamngheo as gn; print(gn.household_from_json({text!r}).dwelling.hears_loudspeaker)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert ("True", "") == (result.stdout.strip(), result.stderr)
