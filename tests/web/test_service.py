"""The web service: each endpoint answers what the library answers, and every error is a problem document.

The rules are the library's (tested elsewhere); here: that the service reads what it is sent with the library's
readers and limits, answers in the language asked, keeps every household of a list in its place, and never
answers an error with anything but RFC 9457's ``application/problem+json``, naming the field and the household.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

import giamngheo as gn
import giamngheo.web._endpoints as endpoints
from giamngheo import review, testing
from giamngheo.formats.schemas import SCHEMAS, json_schema
from giamngheo.web import Settings, create_app
from giamngheo.web._inputs import today

ON = "2024-06-01"
POOR = {
    "area": "rural",
    "income_per_capita_monthly_vnd": 1_400_000,
    "deprived": ["water", "health_insurance", "housing_area"],
}
SAMPLE = Path(gn.__file__).parent / "data" / "sample"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _problem(response: object, status: int, kind: str) -> dict[str, object]:
    assert status == response.status_code, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert f"urn:giamngheo:problem:{kind}" == body["type"]
    assert status == body["status"]
    assert body["title"]
    assert body["detail"]
    assert "Traceback" not in response.text  # type: ignore[attr-defined]
    return body  # type: ignore[no-any-return]


# --- /v1/assess ------------------------------------------------------------------------------------------


def test_one_household_is_assessed_as_the_library_assesses_it(client: TestClient) -> None:
    response = client.post(f"/v1/assess?on={ON}&lang=en", json={"household": POOR})
    assert 200 == response.status_code
    result = response.json()["result"]
    expected = gn.assess(gn.household_from_json(json.dumps(POOR)), on=dt.date(2024, 6, 1))
    assert "poor" == result["summary"]["status"] == expected.status.value
    assert expected.explain("en") == result["explanation"]["text"]
    assert "poor household" == result["explanation"]["status"]
    assert result["summary"]["citations"]
    assert {"on": ON, "lang": "en"} == {k: response.json()[k] for k in ("on", "lang")}


def test_the_explanation_is_in_vietnamese_by_default(client: TestClient) -> None:
    result = client.post(f"/v1/assess?on={ON}", json={"household": POOR}).json()["result"]
    assert "hộ nghèo" == result["explanation"]["status"]
    assert "vi" == result["explanation"]["lang"]


def test_a_computed_household_names_the_member_behind_each_finding_and_what_is_missing(client: TestClient) -> None:
    household = {
        "area": "rural",
        "income_per_capita_monthly_vnd": 1_400_000,
        "members": [{"birth_date": "1980-01-31", "has_health_insurance": False}, {"birth_date": "2015-05-01"}],
    }
    summary = client.post(f"/v1/assess?on={ON}&lang=en", json={"household": household}).json()["result"]["summary"]
    insurance = next(f for f in summary["findings"] if f["indicator"] == "health_insurance")
    assert "deprived" == insurance["outcome"]
    assert [0] == insurance["members"]
    assert "members[0].employment" in summary["needed"]


def test_a_list_keeps_every_household_in_its_place_with_its_error(client: TestClient) -> None:
    bad = {"id": "H2", "area": "rural", "income_per_capita_monthly_vnd": -1}
    households = [POOR, bad, {"area": "urban", "income_per_capita_monthly_vnd": 10_000_000}]
    results = client.post(f"/v1/assess?on={ON}", json={"households": households}).json()["results"]
    assert ["poor", None, "not_poor"] == [r.get("summary", {}).get("status") for r in results]
    error = results[1]["error"]
    assert {"field": "income_per_capita_monthly_vnd", "household": "H2", "index": 1, "status": 422} == {
        k: error[k] for k in ("field", "household", "index", "status")
    }


def test_one_bad_household_is_a_problem_naming_field_and_household(client: TestClient) -> None:
    household = {"id": "H7", "area": "rural", "income_per_capita_monthly_vnd": 1, "members": [{"sex": "x"}]}
    body = _problem(client.post(f"/v1/assess?on={ON}", json={"household": household}), 422, "invalid-input")
    assert "members[0].sex" == body["field"]
    assert "H7" == body["household"]


def test_a_date_outside_every_standard_is_a_problem(client: TestClient) -> None:
    _problem(client.post("/v1/assess?on=1990-01-01", json={"household": POOR}), 422, "no-rule-in-force")


@pytest.mark.parametrize(("query", "field"), [("on=2024-13-01", "on"), ("on=yesterday", "on"), ("lang=fr", "lang")])
def test_a_wrong_query_parameter_is_named(client: TestClient, query: str, field: str) -> None:
    body = _problem(client.post(f"/v1/assess?{query}", json={"household": POOR}), 400, "invalid-query")
    assert field == body["field"]


def test_without_a_date_the_household_is_assessed_today_in_vietnam(client: TestClient) -> None:
    assert today().isoformat() == client.post("/v1/assess", json={"household": POOR}).json()["on"]


# --- limits, enforced before parsing ---------------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_before_it_is_read() -> None:
    small = TestClient(create_app(Settings(max_body_bytes=200)))
    body = _problem(
        small.post("/v1/assess", content=b"{" + b" " * 300 + b"}", headers={"content-type": "application/json"}),
        413,
        "body-too-large",
    )
    assert 200 == body["limit"]


def test_too_many_households_are_refused() -> None:
    small = TestClient(create_app(max_households=2))
    body = _problem(small.post(f"/v1/assess?on={ON}", json={"households": [POOR] * 3}), 413, "too-many-households")
    assert 2 == body["limit"]


def test_json_nested_too_deep_is_malformed(client: TestClient) -> None:
    deep = "[" * 1000 + "]" * 1000
    _problem(
        client.post("/v1/assess", content=deep, headers={"content-type": "application/json"}), 400, "malformed-json"
    )


def test_a_number_of_too_many_digits_is_malformed(client: TestClient) -> None:
    text = '{"household": {"area": "rural", "income_per_capita_monthly_vnd": ' + "9" * 5000 + "}}"
    _problem(
        client.post("/v1/assess", content=text, headers={"content-type": "application/json"}), 400, "malformed-json"
    )


def test_more_members_than_the_limit_are_refused_naming_the_field(client: TestClient) -> None:
    household = {**POOR, "deprived": [], "members": [{}] * 1001}
    body = _problem(client.post("/v1/assess", json={"household": household}), 422, "invalid-input")
    assert "members" == body["field"]


@pytest.mark.parametrize(
    ("content", "kind", "status"),
    [(b"{", "malformed-json", 400), (b"[1, 2]", "malformed-json", 400), (b"\xff\xfe", "malformed-json", 400)],
)
def test_what_is_not_a_json_object_is_malformed(client: TestClient, content: bytes, kind: str, status: int) -> None:
    _problem(client.post("/v1/assess", content=content, headers={"content-type": "application/json"}), status, kind)


def test_a_body_that_is_not_json_is_unsupported(client: TestClient) -> None:
    _problem(
        client.post("/v1/assess", content=b"a=1", headers={"content-type": "text/plain"}), 415, "unsupported-media-type"
    )


def test_neither_or_both_of_household_and_households_is_a_problem(client: TestClient) -> None:
    _problem(client.post("/v1/assess", json={}), 422, "invalid-input")
    _problem(client.post("/v1/assess", json={"household": POOR, "households": [POOR]}), 422, "invalid-input")


def test_an_unknown_path_and_a_wrong_method_are_problems(client: TestClient) -> None:
    _problem(client.get("/v1/nothing"), 404, "not-found")
    _problem(client.get("/v1/assess"), 405, "method-not-allowed")


# --- the other endpoints ---------------------------------------------------------------------------------


def test_entitlements_are_the_library_s_with_their_text(client: TestClient) -> None:
    household = {"area": "rural", "income_per_capita_monthly_vnd": 1_400_000}
    body = client.post(f"/v1/entitlements?on={ON}&lang=en", json={"household": household}).json()
    expected = gn.entitlements(gn.household_from_json(json.dumps(household)), on=dt.date(2024, 6, 1))
    assert [e.policy.id for e in expected] == [e["policy"]["id"] for e in body["entitlements"]]
    assert [e.reason("en") for e in expected] == [e["text"] for e in body["entitlements"]]
    assert "giamngheo.entitlements" == body["format"]


def test_compare_lists_the_households_that_move(client: TestClient) -> None:
    households = [{"id": "A", "area": "rural", "income_per_capita_monthly_vnd": 1_600_000}, POOR]
    body = client.post(f"/v1/compare?on={ON}", json={"households": households, "other": "vn-2016-2020"}).json()
    old = gn.standard_in_force(on=dt.date(2019, 6, 1))
    result = gn.compare([gn.household_from_json(json.dumps(h)) for h in households], on=dt.date(2024, 6, 1), other=old)
    assert [(m.index, m.before.value, m.after.value) for m in result.moved] == [
        (m["index"], m["before"], m["after"]) for m in body["moved"]
    ]
    assert 2 == body["total"]
    _problem(client.post(f"/v1/compare?on={ON}", json={"households": households}), 422, "invalid-input")
    _problem(
        client.post(f"/v1/compare?on={ON}", json={"households": households, "other": "no-such"}), 422, "invalid-input"
    )


def test_review_score_classifies_as_the_library_does(client: TestClient) -> None:
    body = client.post(
        "/v1/review/score?on=2024-10-01&lang=en", json={"area": "rural", "income_score": 120, "deprivation_score": 20}
    ).json()
    assert review.score("rural", 120, on=dt.date(2024, 10, 1), deprivation_score=20).status.value == body["status"]
    body = _problem(client.post("/v1/review/score", json={"area": "rural"}), 422, "invalid-input")
    assert "income_score" == body["field"]
    _problem(
        client.post("/v1/review/score", json={"area": "rural", "income_score": 1, "colour": 1}), 422, "invalid-input"
    )


def test_standards_sources_and_jurisdictions(client: TestClient) -> None:
    national = client.get("/v1/standards").json()["standards"]
    assert [s.id for _, s in gn.NATIONAL_STANDARDS] == [s["id"] for s in national]
    assert ["vn-2022-2025"] == [s["id"] for s in client.get(f"/v1/standards?on={ON}").json()["standards"]]
    assert {"VN", "74", "79"} <= {j["code"] for j in client.get("/v1/jurisdictions").json()["jurisdictions"]}
    sources = client.get(f"/v1/sources?on={ON}").json()
    assert {d.key for d in gn.legal_data(on=dt.date(2024, 6, 1))} <= {d["key"] for d in sources["data"]}
    assert all(d["verification"] for d in sources["data"])
    _problem(client.get("/v1/standards?jurisdiction=99"), 404, "not-found")


def test_units_and_calendar(client: TestClient) -> None:
    unit = client.get("/v1/units/25741?on=2024-06-01").json()
    assert "25741" in json.dumps(unit)
    _problem(client.get("/v1/units/00000?on=2024-06-01"), 422, "invalid-input")
    calendar = client.get("/v1/calendar/2025").json()
    assert 2025 == calendar["year"]
    assert calendar["entries"]
    _problem(client.get("/v1/calendar/twenty"), 400, "invalid-path")


def test_schemas_and_the_form(client: TestClient) -> None:
    for name in SCHEMAS:
        response = client.get(f"/v1/schemas/{name}")
        assert json_schema(name) == response.json()
        assert response.headers["content-type"].startswith("application/schema+json")
    _problem(client.get("/v1/schemas/nothing"), 404, "not-found")
    form = client.get("/v1/form").json()
    assert {"household", "member", "dwelling"} == set(form)
    sex = next(f for f in form["member"] if f["name"] == "sex")
    assert {"vi": "Giới tính", "en": "Sex"} == sex["label"]
    assert [s.value for s in gn.Sex] == [c["value"] for c in sex["choices"]]


def test_the_openapi_document_lists_every_route(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    routes = {r.path for r in create_app().routes if r.path.startswith("/v1")}  # type: ignore[attr-defined]
    assert routes == set(document["paths"])


def test_the_page_and_its_files_are_served_with_no_outside_address(client: TestClient) -> None:
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    for path in ("/static/officer.js", "/static/officer.css"):
        assert path in page.text
        text = client.get(path).text
        assert "://" not in text  # no CDN: it works offline
    assert "://" not in page.text


# --- batch ----------------------------------------------------------------------------------------------


def test_batch_assesses_an_uploaded_register_row_for_row(client: TestClient) -> None:
    households = (SAMPLE / "households.csv").read_bytes()
    members = (SAMPLE / "members.csv").read_bytes()
    response = client.post(
        "/v1/batch?on=2024-10-01",
        files={"households": ("ho.csv", households, "text/csv"), "members": ("nhan-khau.csv", members, "text/csv")},
    )
    assert 200 == response.status_code, response.text
    rows = list(csv.DictReader(io.StringIO(response.text)))
    ids = [row["household_id"] for row in csv.DictReader(io.StringIO(households.decode("utf-8-sig")))]
    assert ids == [row["household_id"] for row in rows[: len(ids)]]
    assert all(row["status"] or row["error"] for row in rows)


def test_batch_reads_an_xlsx_register_as_its_csv(client: TestClient) -> None:
    """The first 300 households of the sample and their members, as XLSX and as CSV: the same results."""
    openpyxl = pytest.importorskip("openpyxl")
    tables: dict[str, list[list[str]]] = {}
    for name in ("households", "members"):
        with (SAMPLE / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
            tables[name] = list(csv.reader(f))
    kept = {row[0] for row in tables["households"][1:301]}
    tables = {name: [rows[0], *(r for r in rows[1:] if r[0] in kept)] for name, rows in tables.items()}
    as_xlsx, as_csv = {}, {}
    for name, rows in tables.items():
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        as_xlsx[name] = (f"{name}.xlsx", buffer.getvalue())
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerows(rows)
        as_csv[name] = (f"{name}.csv", text.getvalue().encode())
    from_xlsx = client.post("/v1/batch?on=2024-10-01", files=as_xlsx)
    from_csv = client.post("/v1/batch?on=2024-10-01", files=as_csv)
    assert 200 == from_xlsx.status_code, from_xlsx.text
    assert from_xlsx.headers["content-type"].startswith("text/csv")
    assert from_csv.text == from_xlsx.text
    assert 300 == len(list(csv.DictReader(io.StringIO(from_xlsx.text))))


@given(st.binary(max_size=300), st.sampled_from([".csv", ".xlsx", ".parquet", ".jsonl"]))
@settings(max_examples=40, deadline=None)
def test_batch_answers_any_bytes_with_results_or_a_problem(client: TestClient, content: bytes, suffix: str) -> None:
    response = client.post("/v1/batch?on=2024-10-01", files={"households": (f"h{suffix}", content)})
    if response.status_code != 200:
        _problem(response, response.status_code, response.json()["type"].rsplit(":", 1)[1])
        assert 400 <= response.status_code < 500


def test_batch_refuses_what_is_not_a_register(client: TestClient) -> None:
    _problem(client.post("/v1/batch", json={"households": []}), 415, "unsupported-media-type")
    _problem(client.post("/v1/batch", files={"members": ("m.csv", b"x", "text/csv")}), 422, "invalid-input")
    _problem(client.post("/v1/batch", files={"households": ("h.exe", b"x", "text/csv")}), 422, "invalid-input")
    _problem(client.post("/v1/batch", files={"households": ("h.csv", b"nope\n1\n", "text/csv")}), 422, "invalid-input")
    _problem(
        client.post("/v1/batch?format=xml", files={"households": ("h.csv", b"x", "text/csv")}), 400, "invalid-query"
    )


# --- CORS, internal errors, logs -------------------------------------------------------------------------


def test_cors_is_off_unless_origins_are_given(client: TestClient) -> None:
    preflight = {"origin": "https://portal.example", "access-control-request-method": "POST"}
    assert "access-control-allow-origin" not in client.options("/v1/assess", headers=preflight).headers
    allowed = TestClient(create_app(cors_origins=("https://portal.example",)))
    response = allowed.options("/v1/assess", headers=preflight)
    assert "https://portal.example" == response.headers["access-control-allow-origin"]


def test_an_internal_error_is_a_problem_and_its_message_reaches_no_log(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def fail(*_: object, **__: object) -> None:
        raise RuntimeError("household H-SECRET-1 failed")

    monkeypatch.setattr(endpoints, "assess", fail)
    caplog.set_level(logging.DEBUG)
    response = TestClient(create_app(), raise_server_exceptions=False).post(
        f"/v1/assess?on={ON}", json={"household": POOR}
    )
    body = _problem(response, 500, "internal-error")
    assert "H-SECRET" not in json.dumps(body)
    assert "H-SECRET" not in caplog.text
    assert "RuntimeError" in caplog.text


@settings(max_examples=25, deadline=None)
@given(testing.member_household_and_date())
def test_the_service_answers_what_the_library_answers(case: tuple[gn.Household, dt.date]) -> None:
    household, on = case
    client = TestClient(create_app())
    body = client.post(
        f"/v1/assess?on={on.isoformat()}",
        content=f'{{"household": {gn.household_to_json(household)}}}',
        headers={"content-type": "application/json"},
    )
    expected = gn.assess(household, on=on)
    summary = body.json()["result"]["summary"]
    assert expected.status.value == summary["status"]
    assert sorted(expected.deprived) == summary["deprived"]
    assert list(expected.needed) == summary["needed"]
