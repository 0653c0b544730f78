"""Charts of the measures: each writes a PNG or an SVG with the right titles, labels and figures.

The sample is four invented households under vn-2022-2025 (12 indicators of 1/12, k = 3/12), hand-counted:

* X1 deprived in water, sanitation, telecom (score 3/12: poor); X2 in water (1/12: not poor);
* Y1 in health_insurance, water, housing_area, nutrition (4/12: poor); Y2 in nothing.

H = 1/2, A = (3/12 + 4/12) / 2 = 7/24, M0 = 7/48 = 0.14583…; water: censored 2/4 = 50 %, uncensored 3/4 = 75 %,
contribution 1/12 × 1/2 = 1/24, share (1/24) / (7/48) = 2/7 = 28.57… %. By commune: X M0 = 1/2 × 3/12 = 1/8,
Y M0 = 1/2 × 4/12 = 1/6; both have half the population, so the whole's M0 = 7/48.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

import giamngheo as gn
from giamngheo import batch, measure
from giamngheo._errors import InvalidInput
from giamngheo.measure import plots
from giamngheo.review import MissingExtra

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
STANDARD = gn.NATIONAL_STANDARDS.at(on=dt.date(2024, 10, 1))
SPEC = measure.national_spec(STANDARD)
SAMPLE = measure.AFSample.of(
    [
        {"water", "sanitation", "telecom"},
        {"water"},
        {"health_insurance", "water", "housing_area", "nutrition"},
        set(),
    ],
    ids=["X1", "X2", "Y1", "Y2"],
    groups={"commune": ["X", "X", "Y", "Y"]},
)
RESULT = measure.alkire_foster(SAMPLE, SPEC)
BY_COMMUNE = measure.alkire_foster(SAMPLE, SPEC, by="commune")
COUNTS = {
    "718": {"poor": 2, "near_poor": 3, "middle": 1, "not_poor": 10, "undetermined": 1, "error": 0},
    "719": {"poor": 1},
}
NAMES = {"718": "Thành phố Thủ Dầu Một", "719": "Huyện Dầu Tiếng"}


def svg_texts(path: Path) -> list[str]:
    """The text elements of an SVG written with text kept as text, unescaped."""
    svg = path.read_text(encoding="utf-8")
    return [html.unescape(t) for t in re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.DOTALL)]


def test_the_hand_counted_figures():
    assert (Fraction(1, 2), Fraction(7, 24), Fraction(7, 48)) == (RESULT.H, RESULT.A, RESULT.M0)
    assert Fraction(2, 7) == dict(RESULT.share)["water"]
    assert {"X": Fraction(1, 8), "Y": Fraction(1, 6)} == {g: r.M0 for g, r in BY_COMMUNE.items()}


# --- every chart writes a PNG and an SVG -------------------------------------------------------------------------

CHARTS = {
    "deprivation_rates": lambda path: plots.deprivation_rates(RESULT, path, standard=STANDARD),
    "contributions": lambda path: plots.contributions(RESULT, path, standard=STANDARD),
    "status_by_unit": lambda path: plots.status_by_unit(COUNTS, path, names=NAMES),
    "m0_by_group": lambda path: plots.m0_by_group(BY_COMMUNE, path),
}


@pytest.mark.parametrize("chart", CHARTS)
def test_png(tmp_path, chart):
    path = tmp_path / f"{chart}.png"
    written = CHARTS[chart](path)
    assert path == written
    data = path.read_bytes()
    assert PNG_SIGNATURE == data[:8]
    assert 1000 < len(data)


@pytest.mark.parametrize("chart", CHARTS)
def test_svg(tmp_path, chart):
    path = tmp_path / f"{chart}.svg"
    assert path == CHARTS[chart](str(path))  # a str path is accepted, a Path returned
    assert path.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert svg_texts(path)


@pytest.mark.parametrize("chart", CHARTS)
def test_the_suffix_chooses_the_format_in_any_case(tmp_path, chart):
    path = tmp_path / f"{chart}.PNG"
    CHARTS[chart](path)
    assert PNG_SIGNATURE == path.read_bytes()[:8]


@pytest.mark.parametrize("chart", CHARTS)
def test_the_same_chart_twice_is_the_same_svg(tmp_path, chart):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    CHARTS[chart](first)
    CHARTS[chart](second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("suffix", [".pdf", ".jpg", ""])
def test_other_formats_are_refused(tmp_path, suffix):
    with pytest.raises(InvalidInput, match=r"path: write a \.png or a \.svg file"):
        plots.deprivation_rates(RESULT, tmp_path / f"chart{suffix}")
    assert [] == list(tmp_path.iterdir())


def test_an_unsupported_language_is_refused(tmp_path):
    with pytest.raises(InvalidInput, match="lang"):
        plots.contributions(RESULT, tmp_path / "c.svg", lang="fr")


# --- deprivation rates -------------------------------------------------------------------------------------------


def test_deprivation_rates_censored_in_vietnamese(tmp_path):
    texts = svg_texts(plots.deprivation_rates(RESULT, tmp_path / "d.svg", standard=STANDARD))
    assert "Tỷ lệ vừa nghèo đa chiều vừa thiếu hụt, theo chỉ số" in texts
    assert "Chuẩn nghèo đa chiều giai đoạn 2022-2025: trọng số bằng nhau · k = 1/4" in texts
    assert "% số hộ" in texts
    for indicator in STANDARD.indicators:
        assert indicator.name("vi") in texts
    # water 2/4 poor and deprived; nutrition 1/4; employment 0 (decimal comma)
    assert {"50,0", "25,0", "0,0"} <= set(texts)
    assert "75,0" not in texts


def test_deprivation_rates_uncensored_in_english(tmp_path):
    texts = svg_texts(plots.deprivation_rates(RESULT, tmp_path / "d.svg", censored=False, standard=STANDARD, lang="en"))
    assert "Uncensored headcount ratio by indicator" in texts
    assert "% of households" in texts
    assert "Domestic water source" in texts
    assert "75.0" in texts  # water: 3 of 4 deprived


def test_deprivation_rates_without_a_standard_show_the_ids(tmp_path):
    texts = svg_texts(plots.deprivation_rates(RESULT, tmp_path / "d.svg", lang="en"))
    assert "Censored headcount ratio by indicator" in texts
    assert {"water", "health_insurance", "information_devices"} <= set(texts)


def test_an_indicator_the_standard_does_not_define_shows_its_id(tmp_path):
    spec = measure.AFSpec.of("mixed", {"water": "1/2", "income": "1/2"}, k="1/2")
    r = measure.alkire_foster(measure.AFSample.of([{"water", "income"}, set()]), spec)
    texts = svg_texts(plots.deprivation_rates(r, tmp_path / "d.svg", standard=STANDARD, lang="en"))
    assert {"Domestic water source", "income"} <= set(texts)


def test_the_group_and_the_unit_are_named(tmp_path):
    persons = measure.alkire_foster(SAMPLE, SPEC, unit="persons", by="commune")["Y"]
    texts = svg_texts(plots.deprivation_rates(persons, tmp_path / "d.svg", lang="en"))
    assert "Multidimensional poverty standard 2022-2025: equal weights · k = 1/4 · group Y" in texts
    assert "% of persons" in texts


# --- contributions -----------------------------------------------------------------------------------------------


def test_contributions_show_m0_in_the_title(tmp_path):
    texts = svg_texts(plots.contributions(RESULT, tmp_path / "c.svg", standard=STANDARD))
    assert "Đóng góp của từng chỉ số vào M0 = 0,1458" in texts
    assert "% của M0" in texts
    assert "Nguồn nước sinh hoạt" in texts
    assert "28,6" in texts  # water: 2/7 of M0


def test_contributions_in_english(tmp_path):
    texts = svg_texts(plots.contributions(RESULT, tmp_path / "c.svg", lang="en"))
    assert "Contribution of each indicator to M0 = 0.1458" in texts
    assert {"water", "28.6", "% of M0"} <= set(texts)


def test_contributions_when_no_one_is_poor(tmp_path):
    r = measure.alkire_foster(measure.AFSample.of([{"water"}, set()]), SPEC)
    texts = svg_texts(plots.contributions(r, tmp_path / "c.svg", lang="en"))
    assert "Contribution of each indicator to M0 = 0.0000" in texts
    assert "M0 = 0: no one is poor, nothing to share out" in texts


# --- statuses by unit --------------------------------------------------------------------------------------------


def test_status_by_unit_in_vietnamese(tmp_path):
    texts = svg_texts(plots.status_by_unit(COUNTS, tmp_path / "s.svg", names=NAMES))
    assert {"Số hộ theo kết quả phân loại", "Số hộ", "Thành phố Thủ Dầu Một", "Huyện Dầu Tiếng"} <= set(texts)
    for status in gn.Status:
        assert status.label("vi") in texts
    assert "lỗi dữ liệu" in texts


def test_status_by_unit_in_percent_in_english_without_names(tmp_path):
    texts = svg_texts(plots.status_by_unit(COUNTS, tmp_path / "s.svg", percent=True, lang="en"))
    assert {"Share of households by status", "% of households", "718", "719", "input error"} <= set(texts)
    assert "poor household" in texts


def test_status_by_unit_of_a_batch_result(tmp_path):
    households = [
        {"household_id": "H1", "area": "urban", "income_per_capita_monthly_vnd": "1000000", "commune": "25741"},
        {"household_id": "H2", "area": "urban", "income_per_capita_monthly_vnd": "9000000", "commune": "25741"},
        {"household_id": "H3", "area": "urban", "income_per_capita_monthly_vnd": "1.5e6", "commune": "25744"},
    ]
    result = batch.assess_columns(batch.Columns.from_rows(households), on=dt.date(2024, 10, 1))
    by_commune = result.counts(by="commune")
    assert set(plots.STATUS_KEYS) == set(by_commune["25741"])
    texts = svg_texts(plots.status_by_unit(by_commune, tmp_path / "s.svg", lang="en"))
    assert {"25741", "25744"} <= set(texts)
    whole = result.counts()  # {None: {...}}: the whole register
    assert "all" in svg_texts(plots.status_by_unit(whole, tmp_path / "t.svg", lang="en"))


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({}, "counts: no unit to draw"),
        ({"718": {"rich": 1}}, r"counts\['718'\]: unknown status 'rich'"),
        ({"718": {"poor": -1}}, r"counts\['718'\]\['poor'\]: a whole number of at least 0, got -1"),
        ({"718": {"poor": 1.5}}, r"counts\['718'\]\['poor'\]: a whole number of at least 0, got 1.5"),
    ],
)
def test_status_by_unit_refuses_bad_counts(tmp_path, counts, message):
    with pytest.raises(InvalidInput, match=message):
        plots.status_by_unit(counts, tmp_path / "s.png")


# --- M0 by group -------------------------------------------------------------------------------------------------


def test_m0_by_group_with_the_whole_samples_line(tmp_path):
    texts = svg_texts(plots.m0_by_group(BY_COMMUNE, tmp_path / "m.svg", names={"X": "Xã X"}))
    assert "Chỉ số nghèo đa chiều M0 theo nhóm" in texts
    assert {"Xã X", "Y", "0,1250", "0,1667", "toàn bộ: M0 = 0,1458"} <= set(texts)


def test_m0_by_group_of_some_groups_draws_no_whole_line(tmp_path):
    texts = svg_texts(plots.m0_by_group({"Y": BY_COMMUNE["Y"]}, tmp_path / "m.svg", lang="en"))
    assert {"Adjusted headcount ratio M0 by group", "Y", "0.1667"} <= set(texts)
    assert not [t for t in texts if t.startswith("overall")]


def test_m0_by_group_of_the_whole_sample(tmp_path):
    texts = svg_texts(plots.m0_by_group({None: RESULT}, tmp_path / "m.svg", lang="en"))
    assert {"all", "0.1458"} <= set(texts)


def test_m0_by_group_refuses_results_of_different_measures(tmp_path):
    other = measure.alkire_foster(SAMPLE, SPEC, k="1/12")
    with pytest.raises(InvalidInput, match="results: compare results of the same weights, cut-off and unit"):
        plots.m0_by_group({"a": RESULT, "b": other}, tmp_path / "m.png")
    with pytest.raises(InvalidInput, match="results: no result to draw"):
        plots.m0_by_group({}, tmp_path / "m.png")


# --- matplotlib is optional --------------------------------------------------------------------------------------


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False)


def test_importing_the_measures_and_the_plots_does_not_import_matplotlib():
    result = run("""
        import sys
        import giamngheo.measure
        from giamngheo.measure import plots
        print(sorted(m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")))
    """)
    assert 0 == result.returncode, result.stderr
    assert "[]" == result.stdout.strip()


def test_without_matplotlib_a_chart_raises_missing_extra_naming_the_extra(tmp_path):
    result = run(f"""
        import sys
        sys.modules["matplotlib"] = None  # as if it were not installed
        from giamngheo import measure
        from giamngheo.measure import plots
        from giamngheo.review import MissingExtra
        r = measure.alkire_foster(measure.AFSample.of([{{"a"}}]), measure.AFSpec.of("x", {{"a": 1}}, k=1))
        try:
            plots.deprivation_rates(r, {str(tmp_path / "d.png")!r})
        except MissingExtra as error:
            print(isinstance(error, ImportError), error)
    """)
    assert 0 == result.returncode, result.stderr
    assert 'True drawing charts needs matplotlib: pip install "giamngheo[plots]"' == result.stdout.strip()
    assert [] == list(tmp_path.iterdir())


def test_missing_extra_is_the_reviews():
    assert issubclass(MissingExtra, ImportError)
    assert 'pip install "giamngheo[plots]"' == plots.INSTALL_HINT
