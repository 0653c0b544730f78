"""User-defined standards in files (giamngheo.standard, version 1): examples, round trips, and every refusal.

Each refusal is checked for the key path and the line number it names, in a small file written out below
with its line numbers, so that a shift in the scanner that finds lines shows up as a failing test.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

import giamngheo as gn
from giamngheo import StandardFileError
from giamngheo.formats import STANDARD_FORMAT, STANDARD_FORMAT_VERSION, dump_standard, load_standard
from giamngheo.law.labour_code_2019 import RetirementSchedule

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "standards"
OPTION_1 = EXAMPLES / "binh-duong-2022-2025-option-1.toml"
OPTION_2 = EXAMPLES / "binh-duong-2022-2025-option-2.toml"
INCOME_ONLY = EXAMPLES / "income-only-example.toml"
#: The provincial portal's report of the draft.
PORTAL = (
    "https://eng.binhduong.gov.vn/_layouts/15/LacVietBio/LacViet.CMS2013/XemChiTiet/Pages/InBaiVietPage.aspx?"
    "WebId=bcd425ea-1ce6-4d17-be77-39ad097116e2&ListId=39800fa2-ee32-4fd7-9655-876890ee4f8e&ID=4758&CategoryId="
)
NATIONAL = [s for _, s in gn.NATIONAL_STANDARDS]
ON = dt.date(2023, 6, 1)

# Line numbers of BASE, for reading the cases below:
#  1 format        9 based_on       17 [[band]]        25 [[band]]        32 [[threshold]]   37 [instruments.mine]
#  2 version      10 indicators     18 name.vi         26 name.vi         33 indicator       38 number
#  3 id           11 cutoff         19 name.en         27 name.en         34 key             39 kind
#  4 jurisdiction 12                20 rural_vnd       28 rural_vnd       35 value           40 issuer
#  5 name         13 [window]       21 urban_vnd       29 urban_vnd       36                 41 title
#  6 rule.vi      14 start          22 if_deprived     30 status                             42 signed
#  7 rule.en      15 end            23 otherwise       31                                    43 verification
#  8 citation     16                24                                                       45 [citations.mine] …
BASE = """\
format = "giamngheo.standard"
version = 1
id = "test-standard"
jurisdiction = "74"
name = { vi = "Chuẩn thử", en = "Test standard" }
rule.vi = "Quy tắc thử."
rule.en = "A test rule."
citation = "mine"
based_on = "vn-2022-2025"
indicators = ["employment", "nutrition", "water"]
deprivation_cutoff = 2

[window]
start = 2022-01-01
end = 2026-01-01

[[band]]
name.vi = "chuẩn nghèo"
name.en = "poverty line"
rural_vnd = 2_000_000
urban_vnd = 2_500_000
if_deprived = "poor"
otherwise = "near_poor"

[[band]]
name.vi = "chuẩn mức sống trung bình"
name.en = "middle living standard line"
rural_vnd = 3_000_000
urban_vnd = 3_500_000
status = "middle"

[[threshold]]
indicator = "water"
key = "clean_sources"
value = ["piped", "borehole"]

[instruments.mine]
number = "01/2024/NQ-HĐND"
kind = "resolution"
issuer = { vi = "HĐND tỉnh", en = "Provincial council" }
title = { vi = "Thử", en = "Test" }
signed = 2024-01-01
verification = "user"

[citations.mine]
instrument = "mine"
article = 1
verification = "user"
evidence = ["https://example.org/a"]
"""


def edit(old: str, new: str, text: str = BASE) -> str:
    assert 1 == text.count(old), old
    return text.replace(old, new)


def refusal(text: str | bytes, **kwargs: str) -> StandardFileError:
    with pytest.raises(StandardFileError) as info:
        load_standard(text=text, **kwargs)
    return info.value


# --- the base file and the examples -------------------------------------------------------------------------


def test_the_base_file_loads() -> None:
    s = load_standard(text=BASE)
    assert "test-standard" == s.id
    assert "74" == s.jurisdiction
    assert gn.Window(dt.date(2022, 1, 1), dt.date(2026, 1, 1)) == s.window
    assert (2_000_000, 3_000_000) == s.limits(gn.Area.RURAL)
    assert (2_500_000, 3_500_000) == s.limits(gn.Area.URBAN)
    assert ["employment", "nutrition", "water"] == [i.id for i in s.indicators]
    assert 2 == s.deprivation_cutoff.value
    water = s.indicator("water").threshold("clean_sources").value
    assert frozenset({gn.WaterSource.PIPED, gn.WaterSource.BOREHOLE}) == water.value
    assert gn.Verification.USER == water.citation.verification
    assert s.basis == water.citation  # the file's default citation
    assert "01/2024/NQ-HĐND" == s.basis.instrument.number
    assert ("https://example.org/a",) == s.basis.evidence
    # Indicators not overridden are the national ones, unchanged.
    national = gn.standard_in_force(on=ON)
    assert national.indicator("employment") == s.indicator("employment")


@pytest.mark.parametrize(
    ("path", "rural", "urban"),
    [(OPTION_1, 2_000_000, 2_500_000), (OPTION_2, 2_300_000, 2_800_000)],
    ids=["option-1", "option-2"],
)
def test_binh_duong_draft_options_load_as_drafts(path: Path, rural: int, urban: int) -> None:
    # the provincial portal (PORTAL): option 1 ≈ 1.3× national,
    # 2,000,000 / 2,500,000; option 2 ≈ 1.5×, 2,300,000 / 2,800,000; 6 services; cut-off ≥ 2 (national: 3).
    s = load_standard(path)
    assert "74" == s.jurisdiction
    assert gn.Window(dt.date(2022, 1, 1), dt.date(2026, 1, 1)) == s.window
    assert "DỰ THẢO / DRAFT — not law" in s.name.vi
    assert "DỰ THẢO / DRAFT — not law" in s.name.en
    assert any("DỰ THẢO / DRAFT — not law" in note.en for note in s.notes)
    assert any("library's reading" in note.en and "near-poor" in note.en for note in s.notes)
    # The national 2022-2025 shape: one band, poor with enough deprivations, near-poor otherwise; no middle band.
    (band,) = s.bands
    assert (rural, urban) == (band.upper_rural_vnd.value, band.upper_urban_vnd.value)
    assert (gn.Status.POOR, gn.Status.NEAR_POOR) == (band.if_deprived, band.otherwise)
    assert band.inclusive
    assert 2 == s.deprivation_cutoff.value
    national = gn.NATIONAL_STANDARDS.at(on=ON)
    assert "vn-2022-2025" == national.id
    assert national.indicators == s.indicators
    # Everything the file itself states is a draft, with the portal as evidence.
    own = [s.basis, band.upper_rural_vnd.citation, band.upper_urban_vnd.citation, s.deprivation_cutoff.citation]
    for citation in own:
        assert gn.Verification.DRAFT == citation.verification
        assert gn.Verification.DRAFT == citation.instrument.verification
        assert (PORTAL,) == citation.evidence
    assert "UNCONFIRMED" in band.upper_rural_vnd.citation.note


def test_a_household_under_option_1_and_under_the_national_standard() -> None:
    # Rural, 1,800,000 VND per person per month, 2 deprivations, on 2023-06-01.
    # National (NĐ 07/2021/NĐ-CP Điều 3 khoản 2): above the 1,500,000 line and at most 2,250,000: middle.
    # Option 1 of the Bình Dương draft (provincial portal, PORTAL): at most 2,000,000 and 2 ≥ the cut-off of 2: poor.
    option_1 = load_standard(OPTION_1)
    hh = gn.Household(area="rural", income_per_capita_monthly_vnd=1_800_000, deprived={"water", "telecom"})
    assert gn.Status.MIDDLE == gn.assess(hh, on=ON).status
    a = gn.assess(hh, on=ON, standard=option_1)
    assert gn.Status.POOR == a.status
    assert gn.Verification.DRAFT in {c.verification for c in a.citations}
    assert "draft, not law" in a.explain("en")
    # With one deprivation only, the draft (as the library reads it) gives near-poor.
    one = gn.Household(area="rural", income_per_capita_monthly_vnd=1_800_000, deprived={"water"})
    assert gn.Status.NEAR_POOR == gn.assess(one, on=ON, standard=option_1).status
    # Option 2 (2,300,000 rural) gives the same result here.
    assert gn.Status.POOR == gn.assess(hh, on=ON, standard=load_standard(OPTION_2)).status


def test_the_income_only_example() -> None:
    s = load_standard(INCOME_ONLY)
    assert () == s.indicators
    assert s.deprivation_cutoff is None
    assert not s.area_split
    assert (2_500_000,) == s.limits(gn.Area.RURAL) == s.limits(gn.Area.URBAN)
    assert gn.Verification.USER == s.bands[0].upper_rural_vnd.citation.verification
    hh = gn.Household(area="urban", income_per_capita_monthly_vnd=2_500_000)
    assert gn.Status.POOR == gn.assess(hh, on=dt.date(2028, 1, 1), standard=s).status
    above = gn.Household(area="rural", income_per_capita_monthly_vnd=2_500_001)
    assert gn.Status.NOT_POOR == gn.assess(above, on=dt.date(2028, 1, 1), standard=s).status


def test_the_docs_show_the_income_only_example_as_it_is() -> None:
    page = (ROOT / "docs" / "standard-files.md").read_text(encoding="utf-8")
    first_toml = re.search(r"```toml\n(.*?)```", page, re.DOTALL)
    assert first_toml is not None
    assert INCOME_ONLY.read_text(encoding="utf-8") == first_toml.group(1)


# --- round trips --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("standard", NATIONAL, ids=[s.id for s in NATIONAL])
def test_every_national_standard_round_trips(standard: gn.Standard) -> None:
    text = dump_standard(standard)
    assert standard == load_standard(text=text)
    assert standard == load_standard(text=dump_standard(standard, syntax="json"), syntax="json")
    if standard.indicators:
        assert f'based_on = "{standard.id}"' in text  # a national standard is based on itself
        assert "[[threshold]]" not in text


@pytest.mark.parametrize("path", [OPTION_1, OPTION_2, INCOME_ONLY], ids=lambda p: p.name)
def test_the_examples_round_trip(path: Path, tmp_path: Path) -> None:
    s = load_standard(path)
    assert s == load_standard(text=dump_standard(s))
    copy = tmp_path / "copy.json"
    copy.write_text(dump_standard(s, syntax="json"), encoding="utf-8")
    assert s == load_standard(copy)  # a .json path is read as JSON


def test_the_shipped_provincial_standards_round_trip_or_are_refused_by_name() -> None:
    if importlib.util.find_spec("giamngheo.provinces") is None:
        pytest.skip("no provincial standards in this tree")
    modules = [m for m in ("binh_duong", "ho_chi_minh_city") if importlib.util.find_spec(f"giamngheo.provinces.{m}")]
    for name in modules:
        # A province is a package with a standards module (issue 16); before, the module itself.
        module = importlib.import_module(f"giamngheo.provinces.{name}")
        if not hasattr(module, "STANDARDS"):
            module = importlib.import_module(f"giamngheo.provinces.{name}.standards")
        for standard in module.STANDARDS:
            try:
                text = dump_standard(standard)
            except gn.InvalidInput as error:  # indicators the format cannot express
                refused = error.field
            else:
                refused = ""
                assert standard == load_standard(text=text), standard.id
            assert refused in ("", "indicators"), standard.id


def _user(note: str) -> gn.Citation:
    return gn.instrument("07/2021/NĐ-CP").cite(annex="", verification=gn.Verification.USER, note=note)


def test_a_changed_standard_round_trips_with_only_its_changes() -> None:
    national = gn.standard_in_force(on=ON)
    schedule = RetirementSchedule(
        from_year=2022,
        start_months=((gn.Sex.MALE, 720), (gn.Sex.FEMALE, 660)),
        step_months=((gn.Sex.MALE, 3), (gn.Sex.FEMALE, 4)),
        cap_months=((gn.Sex.MALE, 744), (gn.Sex.FEMALE, 720)),
    )
    changed = national
    for indicator_id, key, value in [
        ("housing_area", "min_m2_per_person", 7),
        ("dependants", "max_share", Fraction(2, 3)),
        ("dependants", "requires_social_allowance", True),
        ("water", "clean_sources", frozenset({gn.WaterSource.PIPED})),
        ("sanitation", "hygienic_latrines", frozenset()),
        ("employment", "retirement", schedule),
    ]:
        changed = changed.with_threshold(indicator_id, key, gn.Cited(value, _user(f"{indicator_id}.{key}")))
    # A subset of the indicators, in another order.
    chosen = ("water", "housing_area", "employment", "dependants", "sanitation")
    changed = attrs.evolve(changed, id="mine", indicators=tuple(changed.indicator(i) for i in chosen))
    text = dump_standard(changed)
    assert 'based_on = "vn-2022-2025"' in text
    assert 6 == text.count("[[threshold]]")
    assert changed == load_standard(text=text)
    assert changed == load_standard(text=dump_standard(changed, syntax="json"), syntax="json")


def test_a_standard_of_another_shape_round_trips() -> None:
    # One line for every area, per year, "below" the bound, another urban label, its own citations per bound.
    c1, c2 = _user("rural"), _user("urban")
    band = gn.IncomeBand(
        upper_rural_vnd=gn.Cited(36_000_000, c1),
        upper_urban_vnd=gn.Cited(36_000_000, c2),
        if_deprived=gn.Status.POOR,
        otherwise=gn.Status.NEAR_POOR,
        name=gn.Text("chuẩn", "line"),
        inclusive=False,
    )
    national = gn.standard_in_force(on=dt.date(2019, 6, 1))
    s = attrs.evolve(
        national,
        id="yearly",
        bands=(band,),
        area_split=False,
        income_period=gn.IncomePeriod.YEAR,
        urban_label=gn.Text("đô thị", "urban"),
        notes=(gn.Text("ghi chú", "a note"), gn.Text("ghi chú 2", 'a "quoted" note\\')),
    )
    text = dump_standard(s)
    assert "upper_vnd = 36000000" in text  # tomli-w writes integers without separators; both read the same
    assert "inclusive = false" in text
    assert s == load_standard(text=text)


def test_a_standard_with_indicators_of_its_own_cannot_be_written() -> None:
    national = gn.standard_in_force(on=ON)
    renamed = attrs.evolve(national.indicators[0], name=gn.Text("Việc làm khác", "Other employment"))
    s = attrs.evolve(national, id="own", indicators=(renamed, *national.indicators[1:]))
    with pytest.raises(gn.InvalidInput) as info:
        dump_standard(s)
    assert "indicators" == info.value.field
    # A threshold of another type than the national one cannot be read back as such either.
    wrong = national.with_threshold("housing_area", "min_m2_per_person", gn.Cited(Fraction(15, 2), _user("7.5")))
    with pytest.raises(gn.InvalidInput):
        dump_standard(wrong)


def test_end_and_last_day_give_the_same_window() -> None:
    by_last_day = load_standard(text=edit("end = 2026-01-01", "last_day = 2025-12-31"))
    assert load_standard(text=BASE) == by_last_day


# --- threshold values ---------------------------------------------------------------------------------------


def test_threshold_values_take_the_type_of_the_threshold_they_replace() -> None:
    text = edit(
        'indicators = ["employment", "nutrition", "water"]\n',
        "",
        edit(
            '[[threshold]]\nindicator = "water"\nkey = "clean_sources"\nvalue = ["piped", "borehole"]\n',
            """[[threshold]]
indicator = "housing_area"
key = "min_m2_per_person"
value = 7

[[threshold]]
indicator = "dependants"
key = "max_share"
value = "2/3"

[[threshold]]
indicator = "dependants"
key = "requires_social_allowance"
value = true
citation = { instrument = "mine", article = 2, verification = "reported", note = "own citation" }

[[threshold]]
indicator = "nutrition"
key = "forms"
value = ["stunted"]

[[threshold]]
indicator = "employment"
key = "retirement"
value = { from_year = 2022, start_months = { male = 720, female = 660 }, step_months = { male = 3, female = 4 }, cap_months = { male = 744, female = 720 } }
""",
        ),
    )
    s = load_standard(text=text)
    assert 12 == len(s.indicators)  # every indicator of based_on when `indicators` is left out

    def value(indicator_id: str, key: str) -> object:
        return s.indicator(indicator_id).threshold(key).value.value

    assert 7 == value("housing_area", "min_m2_per_person")
    assert Fraction(2, 3) == value("dependants", "max_share")
    assert value("dependants", "requires_social_allowance") is True
    assert frozenset({gn.Nutrition.STUNTED}) == value("nutrition", "forms")
    retirement = value("employment", "retirement")
    assert isinstance(retirement, RetirementSchedule)
    assert ((gn.Sex.MALE, 720), (gn.Sex.FEMALE, 660)) == retirement.start_months
    own = s.indicator("dependants").threshold("requires_social_allowance").value.citation
    assert (2, gn.Verification.REPORTED, "own citation") == (own.article, own.verification, own.note)
    for decimal in ("0.5", '"0.5"', "1"):
        half = load_standard(text=edit('value = "2/3"', f"value = {decimal}", text))
        expected = Fraction(1) if decimal == "1" else Fraction(1, 2)
        assert expected == half.indicator("dependants").threshold("max_share").value.value


def test_indicators_keep_the_order_of_the_file() -> None:
    s = load_standard(text=edit('["employment", "nutrition", "water"]', '["water", "employment"]'))
    assert ["water", "employment"] == [i.id for i in s.indicators]
    none = load_standard(
        text=edit(
            '["employment", "nutrition", "water"]',
            "[]",
            edit("deprivation_cutoff = 2\n", "", _no_threshold_and_one_status()),
        )
    )
    assert () == none.indicators


def _no_threshold_and_one_status() -> str:
    text = edit('[[threshold]]\nindicator = "water"\nkey = "clean_sources"\nvalue = ["piped", "borehole"]\n', "")
    return edit('if_deprived = "poor"\notherwise = "near_poor"', 'status = "poor"', text)


# --- refusals: key path and line ----------------------------------------------------------------------------

REFUSALS = [
    # TOML syntax (the line tomllib gives, the key written on it)
    (
        "rural_vnd = 2_000_000",
        "rural_vnd = 2.000.000",
        "band[0].rural_vnd",
        20,
        "without thousands separators: 2000000 or 2_000_000",
    ),
    ('name.en = "poverty line"', 'name.en = "poverty line', "band[0].name.en", 19, "invalid TOML"),
    ("urban_vnd = 2_500_000", "urban_vnd = 2_500_000\nurban_vnd = 2_600_000", "band[0].urban_vnd", 22, "written twice"),
    ("[window]", "[window", "window", 13, "invalid TOML"),
    # missing required keys (a missing key is reported at its table)
    ('otherwise = "near_poor"\n', "", "band[0].otherwise", 17, "required key 'otherwise'"),
    ('jurisdiction = "74"\n', "", "jurisdiction", 1, "required key 'jurisdiction'"),
    (
        'name = { vi = "Chuẩn thử", en = "Test standard" }',
        'name = { vi = "Chuẩn thử" }',
        "name.en",
        5,
        "required key 'en'",
    ),
    ("start = 2022-01-01\n", "", "window.start", 13, "required key 'start'"),
    # unknown keys, with the close match
    ("rural_vnd = 2_000_000", "rual_vnd = 2_000_000", "band[0].rual_vnd", 20, "did you mean 'rural_vnd'?"),
    (
        "deprivation_cutoff = 2",
        "deprivation_cuttoff = 2",
        "deprivation_cuttoff",
        11,
        "did you mean 'deprivation_cutoff'?",
    ),
    ("signed = 2024-01-01", "signd = 2024-01-01", "instruments.mine.signd", 42, "did you mean 'signed'?"),
    # wrong types
    (
        "deprivation_cutoff = 2",
        'deprivation_cutoff = "2"',
        "deprivation_cutoff",
        11,
        'must be an integer, got the string "2"',
    ),
    ("start = 2022-01-01", 'start = "1 January 2022"', "window.start", 14, "YYYY-MM-DD"),
    ("start = 2022-01-01", "start = 2022-01-01T00:00:00", "window.start", 14, "got a date and time"),
    ("article = 1", 'article = "1"', "citations.mine.article", 47, "must be an integer"),
    (
        'evidence = ["https://example.org/a"]',
        'evidence = "https://example.org/a"',
        "citations.mine.evidence",
        49,
        "an array of strings",
    ),
    # money is integer VND
    (
        "urban_vnd = 2_500_000",
        "urban_vnd = 2500000.0",
        "band[0].urban_vnd",
        21,
        "money is integer VND, got the decimal number 2500000.0: write 2500000",
    ),
    ("urban_vnd = 2_500_000", "urban_vnd = 2500000.5", "band[0].urban_vnd", 21, "money is integer VND"),
    ("urban_vnd = 2_500_000", "urban_vnd = 0", "band[0].urban_vnd", 21, "positive"),
    # bounds that do not increase
    ("rural_vnd = 3_000_000", "rural_vnd = 1_900_000", "band[1].rural_vnd", 28, "must increase"),
    (
        "urban_vnd = 3_500_000",
        "urban_vnd = 2_500_000",
        "band[1].urban_vnd",
        29,
        "2,500,000 is not above band[0].urban_vnd = 2,500,000",
    ),
    # statuses
    ('status = "middle"', 'status = "average"', "band[1].status", 30, "unknown status 'average'"),
    ('if_deprived = "poor"', 'if_deprived = "undetermined"', "band[0].if_deprived", 22, "unknown status"),
    ('otherwise = "near_poor"', 'otherwise = "near-poor"', "band[0].otherwise", 23, "did you mean 'near_poor'?"),
    (
        'if_deprived = "poor"\notherwise = "near_poor"',
        'if_deprived = "near_poor"\notherwise = "poor"',
        "band[0].if_deprived",
        22,
        "cannot be better off",
    ),
    ('status = "middle"', 'status = "middle"\nif_deprived = "middle"', "band[1].if_deprived", 31, "give status"),
    # base standard, indicators, thresholds
    ('based_on = "vn-2022-2025"', 'based_on = "vn-2023"', "based_on", 9, "unknown national standard 'vn-2023'"),
    ('"nutrition", "water"]', '"nutrtion", "water"]', "indicators[1]", 10, "did you mean 'nutrition'?"),
    ('"nutrition", "water"]', '"water", "water"]', "indicators[2]", 10, "listed twice"),
    ('key = "clean_sources"', 'key = "clean_source"', "threshold[0].key", 34, "did you mean 'clean_sources'?"),
    ('indicator = "water"', 'indicator = "sanitation"', "threshold[0].indicator", 33, "not in this file's indicators"),
    (
        'indicator = "water"',
        'indicator = "waste"',
        "threshold[0].indicator",
        33,
        "vn-2022-2025 has no indicator 'waste'",
    ),
    ('value = ["piped", "borehole"]', 'value = "piped"', "threshold[0].value", 35, "an array of water source values"),
    (
        'value = ["piped", "borehole"]',
        'value = ["piped", "well"]',
        "threshold[0].value[1]",
        35,
        "unknown water source 'well'",
    ),
    ('value = ["piped", "borehole"]', 'value = ["piped", "piped"]', "threshold[0].value[1]", 35, "listed twice"),
    (
        'indicator = "water"\nkey = "clean_sources"\nvalue = ["piped", "borehole"]',
        'indicator = "nutrition"\nkey = "max_age"\nvalue = 15.5',
        "threshold[0].value",
        35,
        "must be an integer, got the decimal number 15.5",
    ),
    (
        'value = ["piped", "borehole"]',
        'value = ["piped", "borehole"]\n\n[[threshold]]\nindicator = "water"\nkey = "clean_sources"\nvalue = []',
        "threshold[1]",
        37,
        "set twice",
    ),
    # the cut-off
    ("deprivation_cutoff = 2", "deprivation_cutoff = 4", "deprivation_cutoff", 11, "more than the 3 indicators"),
    ("deprivation_cutoff = 2", "deprivation_cutoff = 0", "deprivation_cutoff", 11, "at least 1"),
    ("deprivation_cutoff = 2\n", "", "band[0].if_deprived", 21, "no deprivation_cutoff"),
    # the window
    ("end = 2026-01-01", "end = 2022-01-01", "window.end", 15, "must end after it starts"),
    ("end = 2026-01-01", "last_day = 2021-12-31", "window.last_day", 15, "must end after it starts"),
    ("end = 2026-01-01", "end = 2026-01-01\nlast_day = 2025-12-31", "window.last_day", 16, "not both"),
    ("end = 2026-01-01\n", "", "window", 13, "needs end"),
    # format and version
    ('format = "giamngheo.standard"', 'format = "giamngheo.assessment"', "format", 1, "not a standard file"),
    ('format = "giamngheo.standard"\n', "", "format", 1, "required key missing"),
    ("version = 1", "version = 2", "version", 2, "unsupported version 2"),
    ("version = 1", 'version = "1"', "version", 2, "unsupported version '1'"),
    # references
    ('instrument = "mine"', 'instrument = "yours"', "citations.mine.instrument", 46, "no instrument 'yours'"),
    ('citation = "mine"', 'citation = "mien"', "citation", 8, "did you mean 'mine'?"),
    ('citation = "mine"\n', "", "window.start", 13, "has no citation"),  # the lines below move up by one
    (
        'article = 1\nverification = "user"',
        'article = 1\nverification = "checked"',
        "citations.mine.verification",
        48,
        "unknown verification",
    ),
    ('kind = "resolution"', 'kind = "resolutions"', "instruments.mine.kind", 39, "did you mean 'resolution'?"),
]


@pytest.mark.parametrize(("old", "new", "key", "line", "reason"), REFUSALS, ids=[f"{r[2]}:{r[4]}" for r in REFUSALS])
def test_a_bad_file_is_refused_naming_the_key_and_the_line(
    old: str, new: str, key: str, line: int, reason: str
) -> None:
    error = refusal(edit(old, new))
    assert (key, line) == (error.field, error.line), str(error)
    assert reason in error.reason, str(error)
    assert str(error).startswith(f"<text>, line {line}: {key}: ")
    assert isinstance(error, gn.InvalidInput)
    assert isinstance(error, gn.GiamngheoError)


def test_area_split_decides_the_bound_keys() -> None:
    one_bound = edit('citation = "mine"', 'citation = "mine"\narea_split = false')  # lines below move by one
    error = refusal(one_bound)
    assert ("band[0].rural_vnd", 21) == (error.field, error.line)
    assert "write upper_vnd" in error.reason
    error = refusal(edit("rural_vnd = 2_000_000", "upper_vnd = 2_000_000"))
    assert ("band[0].upper_vnd", 20) == (error.field, error.line)
    assert "area_split = false" in error.reason
    error = refusal(edit('citation = "mine"', 'citation = "mine"\narea_split = "no"'))
    assert ("area_split", 9) == (error.field, error.line)


def test_indicators_and_thresholds_need_based_on() -> None:
    error = refusal(edit('based_on = "vn-2022-2025"\n', ""))
    assert ("indicators", 9) == (error.field, error.line)
    assert "based_on" in error.reason


def test_a_band_using_deprivations_needs_indicators() -> None:
    text = edit(
        '["employment", "nutrition", "water"]',
        "[]",
        _no_threshold_and_one_status().replace('status = "poor"', 'if_deprived = "poor"\notherwise = "near_poor"'),
    )
    error = refusal(text)
    assert ("band[0].if_deprived", 22) == (error.field, error.line)
    assert "no indicators" in error.reason


def test_lines_are_found_past_strings_comments_and_arrays_that_look_like_toml() -> None:
    tricky = edit(
        'rule.vi = "Quy tắc thử."',
        'rule.vi = """Quy tắc\n[[band]]\nrural_vnd = 1 # not a key\n"""  # a comment with [[band]] and x = 1',
    )
    tricky = edit(
        'indicators = ["employment", "nutrition", "water"]',
        'indicators = [\n  "employment",  # ]\n  "nutrition",\n  "water",\n]',
        tricky,
    )
    assert load_standard(text=BASE) == load_standard(
        text=tricky.replace('"""Quy tắc\n[[band]]\nrural_vnd = 1 # not a key\n"""', '"Quy tắc thử."')
    )
    error = refusal(edit("urban_vnd = 3_500_000", "'urban_vnd' = 3_500_000.0", tricky))
    assert ("band[1].urban_vnd", 29 + 3 + 4) == (error.field, error.line), str(error)  # 3 and 4 lines added above
    error = refusal(edit('"nutrition",', '"nutriton",', tricky))
    assert ("indicators[1]", 15) == (error.field, error.line), str(error)


def test_a_path_is_named_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "tinh.toml"
    path.write_text(edit("rural_vnd = 2_000_000", "rural_vnd = 2_000_000.0"), encoding="utf-8")
    with pytest.raises(StandardFileError) as info:
        load_standard(path)
    assert str(info.value).startswith(f"{path}, line 20: band[0].rural_vnd: money is integer VND")
    assert str(path) == info.value.source


def test_not_utf8_and_byte_order_mark(tmp_path: Path) -> None:
    error = refusal(BASE.replace("Quy tắc thử.", "Quy tac th\x00").encode("utf-8").replace(b"\x00", b"\xff"))
    assert ("(file)", 6) == (error.field, error.line)
    assert "UTF-8" in error.reason
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode("utf-8"))  # as Notepad saves UTF-8
    assert load_standard(text=BASE) == load_standard(path)


def test_json_files_are_checked_the_same_way() -> None:
    text = dump_standard(load_standard(text=BASE), syntax="json")
    lines = text.splitlines()
    rural = next(i for i, line in enumerate(lines, 1) if '"rural_vnd": 2000000' in line)
    error = refusal(text.replace('"rural_vnd": 2000000', '"rural_vnd": 2000000.0'), syntax="json")
    assert ("band[0].rural_vnd", rural) == (error.field, error.line)
    assert "money is integer VND" in error.reason
    error = refusal(text.replace('"rural_vnd": 2000000', '"rual_vnd": 2000000'), syntax="json")
    assert ("band[0].rual_vnd", rural) == (error.field, error.line)
    error = refusal(text.replace('"rural_vnd": 2000000,', '"rural_vnd": 2000000'), syntax="json")
    assert ("(file)", rural + 1) == (error.field, error.line)
    assert "invalid JSON" in error.reason
    error = refusal(text.replace('"rural_vnd": 2000000,', '"rural_vnd": 2000000,\n"rural_vnd": 1,'), syntax="json")
    assert ("band[0].rural_vnd", rural + 1) == (error.field, error.line)
    assert "written twice" in error.reason
    error = refusal("[1, 2]", syntax="json")
    assert "must be an object" in error.reason


def test_the_arguments_are_checked() -> None:
    with pytest.raises(gn.InvalidInput):
        load_standard()
    with pytest.raises(gn.InvalidInput):
        load_standard(OPTION_1, text=BASE)
    with pytest.raises(gn.InvalidInput):
        load_standard(text=BASE, syntax="yaml")
    with pytest.raises(gn.InvalidInput):
        dump_standard(NATIONAL[0], syntax="yaml")
    assert ("giamngheo.standard", 1) == (STANDARD_FORMAT, STANDARD_FORMAT_VERSION)
