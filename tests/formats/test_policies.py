"""Support policies in files (giamngheo.policies, version 1): the example, entitlements, JSON, and every refusal.

Each refusal is checked for the key path and the line number it names, in a small file written out below
with its line numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import giamngheo as gn
from giamngheo import PolicyFileError, StandardFileError
from giamngheo.formats import POLICY_FORMAT, POLICY_FORMAT_VERSION, load_policies

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "policies" / "ho-chi-minh-city-example.toml"
ON = dt.date(2026, 3, 1)

# Line numbers of BASE, for reading the cases below:
#  1 format              10 [citations.mine]   17 [policy.window]      31 [[policy.grant.exception]]
#  2 version             11 instrument         18 start                32 label
#  3 citation            12 verification       19 end                  33 place
#  4 [instruments.mine]  13 [[policy]]         21 [[policy.grant]]     34 share
#  5 number              14 id                 22 id, 23-24 label      36 [[policy.grant]] (the loan)
#  6 kind                15 name               25 statuses, 26 kind    37 id, 38 label, 39 statuses
#  7 issuer, 8 title     16 jurisdiction       27 share, 28 at_least   40 status_jurisdiction, 41 kind
#  9 verification                              29 beneficiaries        42 rate, 43 amount_vnd
#                                              30 citation             44 term_months
BASE = """\
format = "giamngheo.policies"
version = 1
citation = "mine"
[instruments.mine]
number = "01/2026/NQ-HĐND"
kind = "resolution"
issuer = { vi = "HĐND thử", en = "Test council" }
title = { vi = "Thử", en = "Test" }
verification = "user"
[citations.mine]
instrument = "mine"
verification = "user"
[[policy]]
id = "test-policy"
name = { vi = "Chính sách thử", en = "Test policy" }
jurisdiction = "79"
[policy.window]
start = 2026-01-01
end = 2027-01-01

[[policy.grant]]
id = "near_poor"
label.vi = "Hộ cận nghèo"
label.en = "Near-poor household"
statuses = ["near_poor"]
kind = "share"
share = "3/10"
at_least = true
beneficiaries = { vi = "thành viên", en = "members" }
citation = "mine"
[[policy.grant.exception]]
label = { vi = "xã nghèo", en = "poor commune" }
place = { poor_commune = true }
share = 0.5

[[policy.grant]]
id = "loan"
label = { vi = "Vay", en = "Loan" }
statuses = ["poor", "near_poor"]
status_jurisdiction = "79"
kind = "loan"
rate = 0.066
amount_vnd = 50_000_000
term_months = 60
"""


def test_base_loads():
    (policy,) = load_policies(text=BASE)
    assert "test-policy" == policy.id
    assert "79" == policy.jurisdiction
    assert (dt.date(2026, 1, 1), dt.date(2027, 1, 1)) == (policy.window.start, policy.window.end)
    share, loan = policy.grants
    assert Fraction(3, 10) == share.share.value
    assert share.at_least
    assert Fraction(1, 2) == share.exceptions[0].share.value
    assert Fraction(66, 1000) == loan.rate.value
    assert 50_000_000 == loan.amount_vnd.value
    assert "loan" == loan.per
    assert 60 == loan.term_months.value
    assert gn.Verification.USER is policy.basis.verification


def test_format_constants():
    assert ("giamngheo.policies", 1) == (POLICY_FORMAT, POLICY_FORMAT_VERSION)
    assert issubclass(PolicyFileError, gn.FileFormatError)
    assert not issubclass(PolicyFileError, StandardFileError)  # siblings: a policy file is not a standard file
    assert issubclass(PolicyFileError, gn.InvalidInput)


# --- the example -----------------------------------------------------------------------------------------------


def test_example_loads_and_says_it_is_not_law():
    policies = load_policies(EXAMPLE)
    assert ["79-example-health-insurance-top-up", "79-example-monthly-allowance"] == [p.id for p in policies]
    for policy in policies:
        assert "79" == policy.jurisdiction
        assert policy.name("en").startswith("EXAMPLE — not law")
        assert policy.name("vi").startswith("VÍ DỤ — không phải quy định")
        assert gn.Verification.USER is policy.basis.verification
        assert "2026-01-01 to 2030-12-31" == str(policy.window)
        for grant in policy.grants:
            assert gn.Verification.USER is grant.citation.verification


def _by_policy(found):
    return {e.policy.id: e for e in found}


def test_example_entitlements_next_to_the_encoded_ones():
    policies = load_policies(EXAMPLE)
    city_poor = gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2025, 1, 1), jurisdiction="79")
    found = _by_policy(gn.entitlements(city_poor, on=ON, jurisdiction="79", policies=policies))
    assert {"79-health-insurance-nq-75-2025", "79-example-monthly-allowance"} == set(found)
    allowance = found["79-example-monthly-allowance"]
    assert (500_000, "month", "place.poor_commune") == (allowance.amount_vnd, allowance.per, allowance.undetermined)
    assert Fraction(1) == found["79-health-insurance-nq-75-2025"].share
    in_poor_commune = _by_policy(
        gn.entitlements(city_poor, on=ON, jurisdiction="79", place=gn.Place(poor_commune=True), policies=policies)
    )
    assert 700_000 == in_poor_commune["79-example-monthly-allowance"].amount_vnd
    # The file's policies apply only where asked: not nationally.
    assert "79-example-monthly-allowance" not in _by_policy(gn.entitlements(city_poor, on=ON, policies=policies))


def test_example_near_poor_top_up_outside_poor_communes():
    policies = load_policies(EXAMPLE)
    near = gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2025, 1, 1))
    outside = _by_policy(
        gn.entitlements(near, on=ON, jurisdiction="79", place=gn.Place(poor_commune=False), policies=policies)
    )
    assert Fraction(7, 10) == outside["health-insurance-188-2025"].share
    top_up = outside["79-example-health-insurance-top-up"]
    assert (Fraction(3, 10), None) == (top_up.share, top_up.undetermined)
    inside = _by_policy(
        gn.entitlements(near, on=ON, jurisdiction="79", place=gn.Place(poor_commune=True), policies=policies)
    )
    assert "79-example-health-insurance-top-up" not in inside
    unknown = _by_policy(gn.entitlements(near, on=ON, jurisdiction="79", policies=policies))
    assert "place.poor_commune" == unknown["79-example-health-insurance-top-up"].undetermined


def test_example_newly_escaped_for_twelve_months():
    policies = load_policies(EXAMPLE)
    history = gn.StatusHistory(
        (
            gn.RecognisedStatus(
                gn.Status.POOR, since=dt.date(2024, 1, 1), until=dt.date(2026, 2, 1), jurisdiction="79"
            ),
            gn.RecognisedStatus(gn.Status.NOT_POOR, since=dt.date(2026, 2, 1), jurisdiction="79"),
        )
    )
    (e,) = [
        e
        for e in gn.entitlements(history, on=ON, jurisdiction="79", policies=policies)
        if e.policy.id == "79-example-monthly-allowance"
    ]
    assert ("newly_escaped", 300_000) == (e.grant, e.amount_vnd)
    assert gn.Window(dt.date(2026, 2, 1), dt.date(2027, 2, 1)) == e.period
    later = gn.entitlements(history, on=dt.date(2027, 2, 1), jurisdiction="79", policies=policies)
    assert not [e for e in later if e.policy.id == "79-example-monthly-allowance"]


def _to_json(value):
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def test_json_version_loads_equal(tmp_path):
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    path = tmp_path / "example.json"
    path.write_text(json.dumps(_to_json(data), ensure_ascii=False, indent=2), encoding="utf-8")
    assert load_policies(EXAMPLE) == load_policies(path)
    assert load_policies(EXAMPLE) == load_policies(text=path.read_text(encoding="utf-8"), syntax="json")


def test_share_read_exactly_in_every_spelling():
    for spelling in ('"3/10"', "0.3", '"0.3"'):
        (policy,) = load_policies(text=BASE.replace('share = "3/10"', f"share = {spelling}"))
        assert Fraction(3, 10) == policy.grants[0].share.value
    (policy,) = load_policies(text=BASE.replace('share = "3/10"', "share = 1"))
    assert Fraction(1) == policy.grants[0].share.value


def test_last_day_and_false_fact():
    text = BASE.replace("end = 2027-01-01", "last_day = 2026-12-31").replace(
        'statuses = ["near_poor"]', 'statuses = ["near_poor"]\nplace.poor_district = false'
    )
    (policy,) = load_policies(text=text)
    assert dt.date(2027, 1, 1) == policy.window.end
    near = gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2025, 1, 1))
    situation = gn.Situation(ON, gn.StatusHistory((near,)), gn.Place(poor_district=True))
    assert () == tuple(e for e in policy.entitlements(situation) if e.grant == "near_poor")


def test_json_syntax_error_and_duplicate_key():
    with pytest.raises(PolicyFileError) as info:
        load_policies(text='{"format": "giamngheo.policies",\n "format": 1}', syntax="json")
    assert (2, "format") == (info.value.line, info.value.field)


def test_not_a_path():
    with pytest.raises(gn.InvalidInput, match="give the path of a policy file"):
        load_policies()
    with pytest.raises(gn.InvalidInput, match="cannot read"):
        load_policies(ROOT / "no-such-file.toml")


# --- every refusal, with its key path and line -------------------------------------------------------------

CASES = [
    # (old, new, key path, line, part of the reason)
    ('format = "giamngheo.policies"', 'format = "giamngheo.standard"', "format", 1, "read it with load_standard"),
    ("version = 1", "version = 2", "version", 2, "unsupported version 2"),
    (
        'id = "near_poor"',
        'id = "near_poor"\nstatuss = ["poor"]',
        "policy[0].grant[0].statuss",
        23,
        "did you mean 'statuses'?",
    ),
    ('jurisdiction = "79"', 'jurisdiction = "79"\nnotes = []', "policy[0].notes", 17, "did you mean 'note'?"),
    (
        'statuses = ["near_poor"]',
        'statuses = ["near_por"]',
        "policy[0].grant[0].statuses[0]",
        25,
        "unknown status 'near_por'; did you mean 'near_poor'?",
    ),
    (
        'statuses = ["near_poor"]',
        'statuses = ["near_poor", "near_poor"]',
        "policy[0].grant[0].statuses[1]",
        25,
        "listed twice",
    ),
    ('statuses = ["near_poor"]', "statuses = []", "policy[0].grant[0].statuses", 25, "at least one status"),
    (
        'statuses = ["near_poor"]',
        'statuses = "near_poor"',
        "policy[0].grant[0].statuses",
        25,
        'must be an array of statuses, got the string "near_poor"',
    ),
    ('kind = "share"', 'kind = "shares"', "policy[0].grant[0].kind", 26, "did you mean 'share'?"),
    ('share = "3/10"\n', "", "policy[0].grant[0].share", 21, "a share grant needs share"),
    (
        'share = "3/10"',
        'share = "3/10"\namount_vnd = 1_000',
        "policy[0].grant[0].amount_vnd",
        28,
        "a share grant has no amount_vnd",
    ),
    ('share = "3/10"', 'share = "13/10"', "policy[0].grant[0].share", 27, "at most 1"),
    ('share = "3/10"', 'share = "three"', "policy[0].grant[0].share", 27, "exact number"),
    ('share = "3/10"', "share = true", "policy[0].grant[0].share", 27, "an exact number"),
    ("at_least = true", 'at_least = "yes"', "policy[0].grant[0].at_least", 28, "true or false"),
    (
        "amount_vnd = 50_000_000",
        "amount_vnd = 50_000_000.0",
        "policy[0].grant[1].amount_vnd",
        43,
        "money is integer VND, got the decimal number 50000000.0: write 50000000",
    ),
    ("amount_vnd = 50_000_000", "amount_vnd = -5", "policy[0].grant[1].amount_vnd", 43, "positive amount"),
    ("rate = 0.066", "rate = 6.6", "policy[0].grant[1].rate", 42, "write 0.066"),
    ("rate = 0.066\n", "", "policy[0].grant[1].rate", 36, "a loan grant needs rate"),
    ("term_months = 60", "term_months = 0", "policy[0].grant[1].term_months", 44, "at least 1"),
    (
        'status_jurisdiction = "79"',
        'status_jurisdiction = "HCM"',
        "policy[0].grant[1].status_jurisdiction",
        40,
        "two-digit code",
    ),
    (
        'jurisdiction = "79"\n[policy',
        "jurisdiction = 79\n[policy",
        "policy[0].jurisdiction",
        16,
        "must be a string, got the integer 79",
    ),
    ("end = 2027-01-01", "end = 2026-01-01", "policy[0].window.end", 19, "must end after it starts"),
    ("end = 2027-01-01", "end = 2025-06-01", "policy[0].window.end", 19, "must end after it starts"),
    ("end = 2027-01-01", "end = 2027-01-01\nlast_day = 2026-12-31", "policy[0].window.last_day", 20, "not both"),
    ("end = 2027-01-01", "", "policy[0].window", 17, "needs end"),
    ("start = 2026-01-01", 'start = "2026-13-01"', "policy[0].window.start", 18, "YYYY-MM-DD"),
    ("start = 2026-01-01", "start = 2026-01-01T08:00:00", "policy[0].window.start", 18, "a date and time"),
    ('id = "loan"', 'id = "near_poor"', "policy[0].grant[1].id", 37, "already used by grant[0]"),
    (
        'citation = "mine"\n[[policy.grant.exception]]',
        'citation = "min"\n[[policy.grant.exception]]',
        "policy[0].grant[0].citation",
        30,
        "no citation 'min' is defined under [citations]; did you mean 'mine'?",
    ),
    (
        'instrument = "mine"',
        'instrument = "mien"',
        "citations.mine.instrument",
        11,
        "no instrument 'mien' is defined under [instruments]; did you mean 'mine'?",
    ),
    (
        'citation = "mine"\n[instruments',
        "[instruments",
        "policy[0].basis",
        12,
        "the policy has no basis: give basis = ..., or a file-wide citation = ...",
    ),
    (
        "place = { poor_commune = true }",
        "place = { poor_comune = true }",
        "policy[0].grant[0].exception[0].place.poor_comune",
        33,
        "did you mean 'poor_commune'?",
    ),
    (
        "place = { poor_commune = true }",
        'place = { poor_commune = "yes" }',
        "policy[0].grant[0].exception[0].place.poor_commune",
        33,
        "true or false",
    ),
    ("place = { poor_commune = true }", "place = {}", "policy[0].grant[0].exception[0].place", 33, "at least one fact"),
    (
        "share = 0.5",
        "amount_vnd = 1_000",
        "policy[0].grant[0].exception[0].amount_vnd",
        34,
        "replaces share or at_least, not amount_vnd",
    ),
    ("share = 0.5", "at_least = false", "policy[0].grant[0].exception[0]", 31, "must give the value it replaces"),
    ('statuses = ["near_poor"]\n', "", "policy[0].grant[0].statuses", 21, "a grant needs statuses"),
    (
        'statuses = ["near_poor"]',
        'statuses = ["near_poor"]\nleft = ["poor"]',
        "policy[0].grant[0].left",
        26,
        "left needs months_after",
    ),
    (
        'statuses = ["near_poor"]',
        'statuses = ["near_poor"]\nmonths_after = 12',
        "policy[0].grant[0].left",
        21,
        "months_after needs left",
    ),
    (
        'statuses = ["near_poor"]',
        'statuses = ["near_poor"]\nmonths_after = 12\nleft = ["pooor"]',
        "policy[0].grant[0].left[0]",
        27,
        "did you mean 'poor'?",
    ),
    ("term_months = 60", 'term_months = 60\nper = "monthly"', "policy[0].grant[1].per", 45, "a loan grant has no per"),
    (
        'kind = "loan"\nrate = 0.066\namount_vnd = 50_000_000\nterm_months = 60',
        'kind = "amount"\namount_vnd = 5\nper = "monthly"',
        "policy[0].grant[1].per",
        43,
        "unknown per 'monthly'; did you mean 'month'?",
    ),
    ('kind = "loan"', 'kind = "amount"', "policy[0].grant[1].rate", 42, "an amount grant has no rate"),
    (
        'id = "test-policy"',
        'id = "health-insurance-188-2025"',
        "policy[0].id",
        14,
        "id of a policy the library encodes",
    ),
    (
        '[[policy.grant]]\nid = "loan"',
        '[[policy.grant]]\nid = "loan"\nlabel.vi = "x"',
        "policy[0].grant[1].label",
        39,
        "a key is written twice",
    ),
    ('kind = "share"', 'kind = "exemption"', "policy[0].grant[0].share", 27, "an exemption grant has no share"),
    ("[policy.window]", "[[policy.window]]", "policy[0].window", 17, "must be a table"),
]


@pytest.mark.parametrize(("old", "new", "field", "line", "reason"), CASES)
def test_refusals_name_the_key_and_the_line(old, new, field, line, reason):
    assert old in BASE
    with pytest.raises(PolicyFileError) as info:
        load_policies(text=BASE.replace(old, new, 1))
    error = info.value
    assert (field, line) == (error.field, error.line), str(error)
    assert reason in error.reason
    assert str(error).startswith(f"<text>, line {line}: {field}: ")


def test_duplicate_policy_ids():
    text = BASE + BASE[BASE.index("[[policy]]") :]
    with pytest.raises(PolicyFileError) as info:
        load_policies(text=text)
    assert ("policy[1].id", 46) == (info.value.field, info.value.line)
    assert "already used by policy[0]" in info.value.reason


def test_an_exemption_grant_has_no_exception():
    text = BASE.replace('kind = "share"\nshare = "3/10"\nat_least = true', 'kind = "exemption"')
    with pytest.raises(PolicyFileError) as info:
        load_policies(text=text)
    assert ("policy[0].grant[0].exception[0]", 29) == (info.value.field, info.value.line)
    assert "no value for an exception to replace" in info.value.reason


def test_a_file_without_policies():
    text = BASE[: BASE.index("[[policy]]")].replace("version = 1\n", "version = 1\npolicy = []\n")
    with pytest.raises(PolicyFileError) as info:
        load_policies(text=text)
    assert ("policy", 3) == (info.value.field, info.value.line)
    assert "at least one [[policy]]" in info.value.reason
    with pytest.raises(PolicyFileError) as info:
        load_policies(text=BASE[: BASE.index("[[policy]]")])
    assert ("policy", 1) == (info.value.field, info.value.line)
    assert "required key 'policy'" in info.value.reason


def test_json_errors_name_the_line():
    data = tomllib.loads(BASE, parse_float=Decimal)
    data["policy"][0]["grant"][1]["amount_vnd"] = 5.5
    text = json.dumps(_to_json({**data, "policy": data["policy"]}), indent=1, default=str)
    with pytest.raises(PolicyFileError) as info:
        load_policies(text=text, syntax="json")
    expected = next(i for i, row in enumerate(text.splitlines(), 1) if '"amount_vnd"' in row)
    assert ("policy[0].grant[1].amount_vnd", expected) == (info.value.field, info.value.line)
    assert "money is integer VND" in info.value.reason
