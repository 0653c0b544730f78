"""Fuzzing the readers of files and documents with hostile content: only ``GiamngheoError``, never over 2 s (issue 15).

The companion of ``test_fuzz.py`` (same settings, same strategies) for everything that reads text or bytes: policy
files, score tables, assessment and entitlement documents, households in JSON, and the register files of the batch
path (CSV, JSON Lines, Parquet) written to a temporary folder. Real files and documents are mutated at random
places (a span replaced, a value of a key replaced by hostile text, a node of the parsed document replaced, removed
or joined by an unknown key) as well as written from scratch. ``GIAMNGHEO_FUZZ_EXAMPLES`` sizes every test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import review
from test_fuzz import FUZZ, HOSTILE_TEXT, JSONISH, ON, ROOT, VALUES, _only_ours

POLICIES = (ROOT / "examples" / "policies" / "ho-chi-minh-city-example.toml").read_text(encoding="utf-8")
SCORE_TABLE = (ROOT / "examples" / "score_tables" / "fictional-score-a.toml").read_text(encoding="utf-8")
POLICY_ON = dt.date(2026, 6, 1)  # the example policies are in force 2026-2030

#: Literal TOML (and JSON) values a hostile file could hold where a value is expected.
TOML_LITERALS = st.sampled_from(
    [
        "nan", "inf", "-inf", "+nan", "1e999", "-1e999", "1e30", "1.5", "0.1", "0", "-0", "-1", "0x7fff", "0o7", "0b1",
        "9" * 4301, "1_000_000_000_000_000_000", "[]", "{}", "[[]]", '[""]', "[1, 2]", '{ vi = "a" }', "{ en = 1 }",
        "true", "false", '""', '" "', '"x"', '"1/0"', '"0/0"', '"NaN"', '"1e99999999"', '"-1/3"', '"3/10"',
        "1979-05-27T07:32:00Z", "1979-05-27", "2000-02-30", "07:32:00", '"2000-02-30"', '"\\ud800"', '"\\u0000"',
        "[" * 300 + "]" * 300, "{ a = " * 60 + "1" + " }" * 60, '"""a\nb"""', "'lit'", "null",
    ]
)  # fmt: skip
REPLACEMENT = TOML_LITERALS | HOSTILE_TEXT | st.text(max_size=12)
_ASSIGNMENT = re.compile(r"^[ \t]*[A-Za-z0-9_.\-\" ]+=[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_NUMBER = re.compile(r"(?<![\w.])-?\d[\d_]*(?:\.\d+)?(?:/\d+)?(?![\w-])")


def _value_spans(text: str) -> list[tuple[int, int]]:
    """Where each ``key = value`` of a TOML text has its value."""
    return [m.span(1) for m in _ASSIGNMENT.finditer(text)]


def _number_spans(text: str) -> list[tuple[int, int]]:
    """Where each number of a TOML text is (dates left out: their digits are joined by '-')."""
    return [m.span() for m in _NUMBER.finditer(text)]


def _replaced(text: str, span: tuple[int, int], value: str) -> str:
    return text[: span[0]] + value + text[span[1] :]


def _plain(value: object) -> object:
    """A parsed TOML document as JSON can hold it: dates as text, decimals as numbers."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _nodes(doc: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every node of a parsed JSON document (the root included), parents first."""
    paths = [path]
    if isinstance(doc, dict):
        for key, value in doc.items():
            paths += _nodes(value, (*path, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            paths += _nodes(value, (*path, i))
    return paths


def _mutated(doc: object, path: tuple[Any, ...], action: str, value: object) -> object:
    """A copy of ``doc`` whose node at ``path`` is replaced by ``value``, removed, or joined by a key ``"?"``."""
    if not path:
        return value if action != "extra" or not isinstance(doc, dict) else {**doc, "?": value}
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        copy: Any = dict(doc)
    else:
        assert isinstance(doc, list)
        copy = list(doc)
    if not rest and action == "remove":
        del copy[head]
    else:
        copy[head] = _mutated(copy[head], rest, action, value)
    return copy


def _document_mutations(doc: object) -> st.SearchStrategy[object]:
    """``doc`` with one of its nodes replaced by a hostile value, removed, or given an unknown key."""
    paths = _nodes(doc)
    return st.builds(
        _mutated,
        st.just(doc),
        st.sampled_from(paths),
        st.sampled_from(["replace", "replace", "remove", "extra"]),
        JSONISH,
    )


def _text_mutations(text: str) -> st.SearchStrategy[str]:
    """``text`` with a span of up to 40 characters replaced (or text inserted) at a random place."""
    return st.builds(
        lambda at, length, replacement: text[:at] + replacement + text[at + length :],
        st.integers(min_value=0, max_value=len(text)),
        st.integers(min_value=0, max_value=40),
        REPLACEMENT,
    )


# --- policy files ---------------------------------------------------------------------------------------------

POLICY_DOC = _plain(tomllib.loads(POLICIES))
SUBJECTS = [
    gn.RecognisedStatus(gn.Status.NEAR_POOR, since=dt.date(2025, 1, 1)),
    gn.StatusHistory(
        (
            gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2024, 1, 1), until=dt.date(2026, 1, 1), jurisdiction="79"),
            gn.RecognisedStatus(gn.Status.POOR, since=dt.date(2025, 1, 1)),
        ),
        household_id="H1",
    ),
]
PLACES = [gn.Place(), gn.Place(poor_commune=True), gn.Place(poor_commune=False, poor_district=True)]


def _apply(policies: tuple[gn.Policy, ...]) -> None:
    """Loaded policies applied: their conditions and values are read as well as parsed."""
    for subject in SUBJECTS:
        for place in PLACES:
            _only_ours(gn.entitlements, subject, on=POLICY_ON, jurisdiction="79", place=place, policies=policies)


def _load_policies(**kwargs: Any) -> None:
    try:
        policies = gn.load_policies(**kwargs)
    except gn.GiamngheoError:
        return
    _apply(policies)


def test_the_example_policy_file_loads_and_applies() -> None:
    # a guard on the mutations below: the file they start from is valid, and its policies apply
    policies = gn.load_policies(text=POLICIES)
    assert len(policies) == 2
    assert gn.entitlements(SUBJECTS[0], on=POLICY_ON, jurisdiction="79", place=PLACES[2], policies=policies)
    assert len(_value_spans(POLICIES)) > 40
    assert len(_number_spans(POLICIES)) > 5


@FUZZ
@given(_text_mutations(POLICIES))
def test_policy_file_mutated(text: str) -> None:
    _load_policies(text=text)


@FUZZ
@given(st.sampled_from(_value_spans(POLICIES)), REPLACEMENT)
def test_policy_file_every_value_replaced(span: tuple[int, int], value: str) -> None:
    _load_policies(text=_replaced(POLICIES, span, value))


@FUZZ
@given(st.sampled_from(_number_spans(POLICIES)), REPLACEMENT)
def test_policy_file_every_number_replaced(span: tuple[int, int], value: str) -> None:
    _load_policies(text=_replaced(POLICIES, span, value))


@FUZZ
@given(_document_mutations(POLICY_DOC))
def test_policy_file_as_json_mutated(doc: object) -> None:
    _load_policies(text=json.dumps(doc), syntax="json")


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200), st.sampled_from([None, "toml", "json"]))
def test_policy_file_from_any_text(text: str | bytes, syntax: str | None) -> None:
    _load_policies(text=text, syntax=syntax)


@FUZZ
@given(VALUES, VALUES, VALUES)
def test_load_policies_hostile_arguments(path: object, text: object, syntax: object) -> None:
    _only_ours(gn.load_policies, path, text=text, syntax=syntax)  # type: ignore[arg-type]


# --- score tables ---------------------------------------------------------------------------------------------

SCORE_DOC = _plain(tomllib.loads(SCORE_TABLE))
TABLE = review.load_score_table(text=SCORE_TABLE)
ANSWERS = st.dictionaries(
    st.sampled_from(["household_size", "assets", "?", ""]) | st.text(max_size=5),
    st.sampled_from(["1-2", "3-4", "5+", "motorbike", "fridge"])
    | st.lists(st.sampled_from(["1-2", "5+", "motorbike", "fridge"]) | VALUES, max_size=3)
    | VALUES,
    max_size=3,
)
REGIONS = st.sampled_from(["urban", "rural"]) | VALUES


def _score(table: review.ScoreTable, answers: object, region: object, household: object) -> None:
    _only_ours(table.score, answers, region=region, household=household)  # type: ignore[arg-type]
    try:
        result = table.score(answers, region=region, household=household)  # type: ignore[arg-type]
    except gn.GiamngheoError:
        return
    assert isinstance(result.explain("vi"), str)
    _only_ours(review.score, region, result.total, on=ON, deprived=())


def _load_score_table(**kwargs: Any) -> None:
    try:
        table = review.load_score_table(**kwargs)
    except gn.GiamngheoError:
        return
    _score(table, {"household_size": "1-2"}, table.regions[0], None)


def test_the_example_score_table_loads() -> None:
    assert TABLE.score({"household_size": "3-4", "assets": ["fridge"]}, region="urban").total == 40 + 25 + 12.5


@FUZZ
@given(_text_mutations(SCORE_TABLE))
def test_score_table_mutated(text: str) -> None:
    _load_score_table(text=text)


@FUZZ
@given(st.sampled_from(_value_spans(SCORE_TABLE)), REPLACEMENT)
def test_score_table_every_value_replaced(span: tuple[int, int], value: str) -> None:
    _load_score_table(text=_replaced(SCORE_TABLE, span, value))


@FUZZ
@given(_document_mutations(SCORE_DOC))
def test_score_table_as_json_mutated(doc: object) -> None:
    _load_score_table(text=json.dumps(doc), syntax="json")


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200), st.sampled_from([None, "toml", "json"]), VALUES)
def test_score_table_from_any_text(text: str | bytes, syntax: str | None, path: object) -> None:
    _load_score_table(text=text, syntax=syntax)
    _only_ours(review.load_score_table, path, text=text)  # type: ignore[arg-type]


@FUZZ
@given(ANSWERS | VALUES, REGIONS, VALUES)
def test_score_table_score_hostile_answers(answers: object, region: object, household: object) -> None:
    _score(TABLE, answers, region, household)


# --- assessment and entitlement documents ---------------------------------------------------------------------

HOUSEHOLD = gn.Household(
    id="H1",
    commune="25747",
    income_per_capita_monthly_vnd=1_500_000,
    members=(
        gn.Member(id="M1", birth_date=dt.date(1980, 5, 1), sex="female", has_health_insurance=False),
        gn.Member(id="M2", birth_date=dt.date(2015, 2, 1), education="primary"),
    ),
    dwelling=gn.Dwelling(floor_area_m2=Decimal("35.5"), water_source="piped", devices={"phone"}),
)
ASSESSMENT = gn.assess(HOUSEHOLD, on=ON)
ASSESSMENT_TEXTS = [
    gn.assessment_to_line(ASSESSMENT),
    gn.assessment_to_json(ASSESSMENT, indent=1),
    gn.assessment_to_json(gn.assess(gn.Household(area="rural", income_per_capita_monthly_vnd=900_000), on=ON)),
]
EMBEDDED = gn.assessment_to_json(ASSESSMENT, embed_standard=True)
POOR = gn.Household(id="H2", commune="25747", income_per_capita_monthly_vnd=1_500_000, deprived={"water", "telecom", "housing_area"})
ENTITLEMENTS = gn.entitlements(gn.assess(POOR, on=ON), on=ON, place=gn.Place(poor_commune=False))
ENTITLEMENTS_TEXT = gn.entitlements_to_json(ENTITLEMENTS)
HOUSEHOLD_TEXT = gn.household_to_json(HOUSEHOLD)


def test_the_documents_read_back() -> None:
    for text in (*ASSESSMENT_TEXTS, EMBEDDED):
        assert gn.assessment_from_json(text).status is gn.assessment_from_line(text).status
    assert ENTITLEMENTS == gn.entitlements_from_json(ENTITLEMENTS_TEXT)
    assert HOUSEHOLD == gn.household_from_json(HOUSEHOLD_TEXT)


@FUZZ
@given(st.sampled_from(ASSESSMENT_TEXTS).flatmap(_text_mutations))
def test_assessment_document_mutated(text: str) -> None:
    _only_ours(gn.assessment_from_json, text)
    _only_ours(gn.assessment_from_line, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(_text_mutations(EMBEDDED))
def test_assessment_document_with_its_standard_mutated(text: str) -> None:
    _only_ours(gn.assessment_from_json, text)


@FUZZ
@given(st.sampled_from([json.loads(t) for t in ASSESSMENT_TEXTS]).flatmap(_document_mutations))
def test_assessment_document_node_replaced(doc: object) -> None:
    _only_ours(gn.assessment_from_line, json.dumps(doc))


@FUZZ
@given(_document_mutations(json.loads(EMBEDDED)))
def test_assessment_document_with_its_standard_node_replaced(doc: object) -> None:
    _only_ours(gn.assessment_from_json, json.dumps(doc))


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200) | VALUES)
def test_assessment_from_any_text(text: object) -> None:
    _only_ours(gn.assessment_from_json, text)  # type: ignore[arg-type]
    _only_ours(gn.assessment_from_line, text)  # type: ignore[arg-type]


@FUZZ
@given(_text_mutations(ENTITLEMENTS_TEXT))
def test_entitlements_document_mutated(text: str) -> None:
    _only_ours(gn.entitlements_from_json, text)


@FUZZ
@given(_document_mutations(json.loads(ENTITLEMENTS_TEXT)))
def test_entitlements_document_node_replaced(doc: object) -> None:
    _only_ours(gn.entitlements_from_json, json.dumps(doc))


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200) | VALUES, VALUES)
def test_entitlements_from_any_text(text: object, policies: object) -> None:
    _only_ours(gn.entitlements_from_json, text)  # type: ignore[arg-type]
    _only_ours(gn.entitlements_from_json, ENTITLEMENTS_TEXT, policies=policies)  # type: ignore[arg-type]


@FUZZ
@given(_text_mutations(HOUSEHOLD_TEXT) | _document_mutations(json.loads(HOUSEHOLD_TEXT)).map(json.dumps))
def test_household_document_mutated(text: str) -> None:
    try:
        household = gn.household_from_json(text)
    except gn.GiamngheoError:
        return
    _only_ours(gn.assess, household, on=ON)


# --- register files (the batch path) --------------------------------------------------------------------------

pa = pytest.importorskip("pyarrow")

from giamngheo import batch  # noqa: E402 - needs pyarrow
from giamngheo.batch._pipeline import assess_files  # noqa: E402
from giamngheo.batch._readers import open_table  # noqa: E402

HOUSEHOLD_COLUMNS = [c.name for c in batch.HOUSEHOLD_COLUMNS]
MEMBER_COLUMNS = [c.name for c in batch.MEMBER_COLUMNS]
STANDARD = gn.standard_in_force(on=ON)
SAMPLE = ROOT / "src" / "giamngheo" / "data" / "sample"
CELLS = (
    HOSTILE_TEXT
    | st.text(max_size=10)
    | st.sampled_from(["rural", "urban", "1500000", "35.5", "water;telecom", "true", "2010-01-01", "H0", "25747"])
)
HEADERS = st.lists(st.sampled_from(HOUSEHOLD_COLUMNS[1:]), unique=True, min_size=1, max_size=6).map(lambda c: ["household_id", *c])
MEMBER_HEADERS = st.lists(st.sampled_from(MEMBER_COLUMNS[1:]), unique=True, max_size=6).map(
    lambda c: ["household_id", *c]
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz-files")
    (path / "warm.csv").write_text("household_id,area\nH0,rural\n", encoding="utf-8")
    assess_files(open_table(path / "warm.csv", "households"), None, path / "warm-out.csv", on=ON, standard=STANDARD)
    return path  # the readers and writers are imported: the first example is not timed with them


def _assess(folder: Path, households: Path, members: Path | None) -> list[str] | None:
    """The household ids of the output rows, in order; ``None`` if the files were refused (with our error).

    The files are read in chunks of 2 households (a household's members found across chunks) or, for a file of an
    even size (a chunk of two takes twice as long), whole.
    """
    output = folder / "out.csv"
    chunk_rows = 2 if households.stat().st_size % 2 else None
    try:
        h = open_table(households, "households")
        m = None if members is None else open_table(members, "members")
        assess_files(h, m, output, on=ON, standard=STANDARD, chunk_rows=chunk_rows)
    except gn.GiamngheoError:
        return None
    with output.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    # the rows of the members of no household come after the households'
    return [row["household_id"] for row in rows if not row["error"].endswith("(a member of no household)")]


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True



def _csv(header: list[str], rows: list[list[str]], delimiter: str, *, quote_all: bool = False) -> str:
    """A CSV text; unquoted, a carriage return would end a line (two rows, not one), so it becomes a space."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows if quote_all else [[cell.replace("\r", " ") for cell in row] for row in rows])
    return out.getvalue()


@FUZZ
@given(
    HEADERS,
    st.lists(st.lists(CELLS, min_size=0, max_size=8), min_size=1, max_size=5),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1"]),
    st.booleans(),
)
def test_household_csv_rows_in_order(  # noqa: PLR0917 - the parts of one file
    folder: Path, header: list[str], cells: list[list[str]], delimiter: str, encoding: str, quote_all: bool
) -> None:
    rows = [[f"H{k}", *row] for k, row in enumerate(cells)]  # as wide as the header, or not
    text = _csv(header, rows, delimiter, quote_all=quote_all)
    path = folder / "households.csv"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.encode(encoding, "replace"))
    ids = _assess(folder, path, None)
    if ids is not None:  # the header was read: every row comes out once, in order
        assert [row[0] for row in rows] == ids


@FUZZ
@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=8), min_size=1, max_size=5),
    MEMBER_HEADERS,
    st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=6),
)
def test_member_csv(folder: Path, cells: list[list[str]], member_header: list[str], member_cells: list[list[str]]) -> None:
    header = ["household_id", "area", "income_per_capita_monthly_vnd"]
    rows = [[f"H{k}", *row[:2]] for k, row in enumerate(cells)]
    households = folder / "households.csv"
    households.write_bytes(_csv(header, rows, ",").encode("utf-8", "surrogatepass"))
    members = folder / "members.csv"
    member_rows = [[f"H{k % (len(rows) + 1)}", *row] for k, row in enumerate(member_cells)]  # H{n}: an orphan
    members.write_bytes(_csv(member_header, member_rows, ",").encode("utf-8", "surrogatepass"))
    ids = _assess(folder, households, members)
    if ids is not None:
        assert [row[0] for row in rows] == ids


@FUZZ
@given(st.binary(max_size=300) | _text_mutations((SAMPLE / "households.csv").read_text(encoding="utf-8")[:1500]).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_household_csv_bytes(folder: Path, data: bytes) -> None:
    path = folder / "households.csv"
    path.write_bytes(data)  # a last line without its newline included
    _assess(folder, path, None)


@FUZZ
@given(
    st.lists(
        st.dictionaries(st.sampled_from(HOUSEHOLD_COLUMNS[1:]) | st.text(max_size=4), JSONISH, max_size=5),
        min_size=1,
        max_size=5,
    )
)
def test_household_jsonl_rows_in_order(folder: Path, objects: list[dict[str, object]]) -> None:
    lines = [json.dumps({"household_id": f"H{k}", **o}) for k, o in enumerate(objects)]
    path = folder / "households.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = _assess(folder, path, None)
    if ids is not None:
        assert [f"H{k}" for k in range(len(objects))] == ids


@FUZZ
@given(st.binary(max_size=300) | st.lists(JSONISH.map(json.dumps) | st.text(max_size=30), max_size=5).map("\n".join).map(str.encode))
def test_household_jsonl_bytes(folder: Path, data: bytes) -> None:
    path = folder / "households.jsonl"
    path.write_bytes(data)  # UTF-8 or not
    _assess(folder, path, None)


ARROW_VALUES = st.one_of(
    st.lists(st.none() | st.text(max_size=8) | HOSTILE_TEXT, min_size=3, max_size=3)
    .filter(lambda v: all(x is None or _utf8(x.encode("utf-8", "surrogatepass")) for x in v))  # Arrow holds UTF-8 only
    .map(lambda v: pa.array(v, pa.string())),
    st.lists(st.none() | st.integers(-(2**63), 2**63 - 1), min_size=3, max_size=3).map(lambda v: pa.array(v, pa.int64())),
    st.lists(st.none() | st.floats(), min_size=3, max_size=3).map(lambda v: pa.array(v, pa.float64())),
    st.lists(st.none() | st.booleans(), min_size=3, max_size=3).map(lambda v: pa.array(v, pa.bool_())),
    st.lists(st.none() | st.lists(st.text(max_size=5), max_size=2), min_size=3, max_size=3).map(
        lambda v: pa.array(v, pa.list_(pa.string()))
    ),
    st.lists(st.none() | st.dates(), min_size=3, max_size=3).map(lambda v: pa.array(v, pa.date32())),
    st.just(pa.nulls(3)),
    st.lists(st.decimals(places=2, min_value=-(10**6), max_value=10**6), min_size=3, max_size=3).map(
        lambda v: pa.array(v, pa.decimal128(12, 2))
    ),
)


@FUZZ
@given(st.dictionaries(st.sampled_from(HOUSEHOLD_COLUMNS[1:]), ARROW_VALUES, max_size=5))
def test_household_parquet_typed_columns(folder: Path, columns: dict[str, Any]) -> None:
    import pyarrow.parquet as pq  # noqa: PLC0415

    path = folder / "households.parquet"
    pq.write_table(pa.table({"household_id": pa.array(["H0", "H1", "H2"]), **columns}), path)
    ids = _assess(folder, path, None)
    if ids is not None:
        assert ["H0", "H1", "H2"] == ids


@FUZZ
@given(st.dictionaries(st.sampled_from(HOUSEHOLD_COLUMNS), VALUES, max_size=6))
def test_batch_frames_and_rows(households: dict[str, object]) -> None:
    _only_ours(batch.Columns.from_rows, [households])
    pd = pytest.importorskip("pandas")
    try:
        frame = pd.DataFrame([households])
    except (ValueError, TypeError):  # not a frame pandas can build: no input of ours
        return
    _only_ours(batch.assess_frame, frame, on=ON)


openpyxl = pytest.importorskip("openpyxl")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")  # characters no XLSX cell holds


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX = _workbook([["household_id", "area", "income_per_capita_monthly_vnd", "deprived"], ["H0", "rural", 1_500_000, "water"], ["H1", "urban", "x", None]])
XLSX_CELLS = (
    CELLS.map(lambda text: _ILLEGAL.sub("", text))
    | st.integers(-(10**15), 10**15)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.dates()
    | st.none()
)


@FUZZ
@given(HEADERS, st.lists(st.lists(XLSX_CELLS, max_size=8), min_size=1, max_size=4))
def test_household_xlsx_rows_in_order(folder: Path, header: list[str], cells: list[list[object]]) -> None:
    rows = [[f"H{k}", *row] for k, row in enumerate(cells)]
    path = folder / "households.xlsx"
    path.write_bytes(_workbook([header, *rows]))
    ids = _assess(folder, path, None)
    if ids is not None:
        assert [row[0] for row in rows] == ids


@FUZZ
@given(st.integers(0, len(XLSX) - 1), st.integers(1, 255), st.integers(0, 3))
def test_household_xlsx_bytes(folder: Path, at: int, xor: int, more: int) -> None:
    data = bytearray(XLSX)
    for k in range(more + 1):  # one to four bytes changed
        data[(at + 977 * k) % len(data)] ^= xor
    path = folder / "households.xlsx"
    path.write_bytes(bytes(data))
    _assess(folder, path, None)


# --- the writers of review tables, to a temporary folder ------------------------------------------------------

REPORT = review.review_report(
    [review.Record("H1", "poor", 3, commune="25747", deprived={"water"}), review.Record("H2", "near_poor", 2, commune="25741")],
    standard=STANDARD,
)


@FUZZ
@given(st.sampled_from(REPORT.tables) | VALUES, st.sampled_from(["vi", "en"]) | VALUES, st.booleans())
def test_review_writers(folder: Path, table: object, lang: object, xlsx: bool) -> None:
    if xlsx:
        _only_ours(review.write_xlsx, [table], folder / "report.xlsx", lang=lang)  # type: ignore[arg-type]
        _only_ours(review.write_xlsx, table, folder / "report.xlsx", lang=lang)  # type: ignore[arg-type]
    else:
        _only_ours(review.write_csv, table, folder / "table.csv", lang=lang)  # type: ignore[arg-type]
        _only_ours(review.write_csv, table, io.StringIO(), lang=lang)  # type: ignore[arg-type]
        _only_ours(REPORT.to_csv, folder / "report", lang=lang)  # type: ignore[arg-type]
