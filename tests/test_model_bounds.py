"""Golden rows: the validation and the classification of a standard's income bands, at their boundaries.

A standard is an ascending sequence of income bands (see :mod:`giamngheo._model`): Nghị định 07/2021/NĐ-CP,
Điều 3 khoản 2, writes them "từ 1.500.000 đồng trở xuống" (at most, rural; urban 2.000.000) and "trên 1.500.000
đồng đến 2.250.000 đồng" (above one line, up to the next; urban 2.000.000 to 3.000.000). A user-made standard
(``attrs.evolve`` of a bundled one, a file, a reform) must keep that shape: each bound a whole, positive amount of
VND, above the bound before it. Two consecutive bands with the same bound would make the upper band "trên
1.500.000 đến 1.500.000", empty; a 0 VND bound a band no income reaches. Both are refused with
:class:`giamngheo.InvalidInput` naming the field ``bands`` (issue 16: a mutant accepting them survived).

Every row names its source: the instrument's provision, or the library's rule where the law says nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import attrs
import pytest

import giamngheo as gn
from giamngheo._model import IncomePeriod, PoorBasis, check_lang
from giamngheo.provinces.binh_duong import standards as binh_duong
from giamngheo.provinces.ho_chi_minh_city import standards as ho_chi_minh_city

RURAL, URBAN = gn.Area.RURAL, gn.Area.URBAN
POOR, NEAR, MIDDLE, NOT_POOR = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR
STANDARD_2022 = gn.standard_in_force(on=dt.date(2023, 6, 1))
STANDARD_2016 = gn.standard_in_force(on=dt.date(2019, 6, 1))
MINE = gn.Instrument(
    number="01/2024/QĐ-TEST",
    kind=gn.InstrumentKind.DECISION,
    issuer_vi="Người dùng",
    issuer_en="User",
    title_vi="Chuẩn thử",
    title_en="Test standard",
    signed=None,
    effective=None,
    url="https://example.org/mine",
    verification=gn.Verification.USER,
).cite(verification=gn.Verification.USER)

ND07 = "NĐ 07/2021/NĐ-CP Điều 3 khoản 2: 'từ 1.500.000 đồng trở xuống' (urban 2.000.000), then 'trên … đến 2.250.000'"
ASCENDING = f"{ND07}: each band above the bound before it; an equal bound leaves 'trên x đến x' empty"
POSITIVE = f"{ND07}: a line is an amount of VND; 0 VND would be a band no income reaches"
WHOLE = (
    "integer VND (giamngheo.standard files, and Cited[int] in the model): a bound no comparison can order is refused"
)


def _with_bounds(rural=None, urban=None, standard=STANDARD_2022, **changes):
    """``standard`` with its bands' rural and/or urban bounds replaced (user-cited), as a user would build it."""
    bands = standard.bands
    rural = rural if rural is not None else [b.upper_rural_vnd.value for b in bands]
    urban = urban if urban is not None else [b.upper_urban_vnd.value for b in bands]
    new = tuple(
        attrs.evolve(b, upper_rural_vnd=gn.Cited(r, MINE), upper_urban_vnd=gn.Cited(u, MINE))
        for b, r, u in zip(bands, rural, urban, strict=True)
    )
    return attrs.evolve(standard, id="mine", bands=new, **changes)


# --- refused and accepted bounds ------------------------------------------------------------------------------

#: Rows of (rural bounds, urban bounds, the words of the refusal or None if accepted, source).
BOUND_ROWS = [
    ([1_500_000, 2_250_000], [2_000_000, 3_000_000], None, ND07),
    # Equal consecutive bounds: the day-before / the day / the day-after of the boundary, in VND.
    ([1_500_000, 1_500_000], None, ("rural", "must increase", "band 1", "band 0"), ASCENDING),
    ([1_500_000, 1_500_001], None, None, f"{ASCENDING}: one VND above is a band"),
    ([1_500_000, 1_499_999], None, ("rural", "must increase"), ASCENDING),
    (None, [2_000_000, 2_000_000], ("urban", "must increase", "band 1"), ASCENDING),
    (None, [2_000_000, 2_000_001], None, ASCENDING),
    (None, [3_000_000, 2_000_000], ("urban", "must increase"), ASCENDING),
    # A 0 VND bound, and the amounts around it.
    ([0, 2_250_000], None, ("band 0", "rural", "positive amount of VND", "got 0"), POSITIVE),
    ([-1, 2_250_000], None, ("band 0", "rural", "positive amount of VND"), POSITIVE),
    ([1, 2_250_000], None, None, f"{POSITIVE}: 1 VND is an amount"),
    (None, [0, 3_000_000], ("band 0", "urban", "positive amount of VND"), POSITIVE),
    (None, [2_000_000, 0], ("band 1", "urban", "positive amount of VND"), POSITIVE),
    ([0, 0], [0, 0], ("band 0", "rural", "positive amount of VND"), POSITIVE),
    # Bounds that are not whole numbers of VND.
    ([float("nan"), 2_250_000], None, ("band 0", "rural", "whole number of VND", "nan"), WHOLE),
    ([1_500_000.0, 2_250_000], None, ("band 0", "rural", "whole number of VND"), WHOLE),
    ([Fraction(3_000_001, 2), 2_250_000], None, ("band 0", "rural", "whole number of VND"), WHOLE),
    ([True, 2_250_000], None, ("band 0", "rural", "whole number of VND", "True"), WHOLE),
    ([1_500_000, "2250000"], None, ("band 1", "rural", "whole number of VND"), WHOLE),
    (None, [2_000_000, None], ("band 1", "urban", "whole number of VND", "None"), WHOLE),
]


@pytest.mark.parametrize(("rural", "urban", "words", "source"), BOUND_ROWS)
def test_band_bounds(rural, urban, words, source):
    if words is None:
        made = _with_bounds(rural, urban)
        assert list(rural or [1_500_000, 2_250_000]) == list(made.limits(RURAL)), source
        assert list(urban or [2_000_000, 3_000_000]) == list(made.limits(URBAN)), source
        return
    with pytest.raises(gn.InvalidInput) as caught:
        _with_bounds(rural, urban)
    assert "bands" == caught.value.field, source
    for word in words:
        assert word in caught.value.reason, (word, source)
    assert caught.value.reason.startswith("mine: "), source


def test_equal_bounds_across_areas_are_allowed():
    """The rural and urban bounds are two sequences: a band's rural bound may equal another band's urban one."""
    made = _with_bounds([2_000_000, 3_000_000], [2_000_000, 3_000_000])
    assert (2_000_000, 3_000_000) == made.limits(RURAL) == made.limits(URBAN)


@pytest.mark.parametrize(
    ("rural", "urban", "refused", "source"),
    [
        ([2_000_000, 3_000_000], [2_000_000, 3_000_000], False, "one set of lines for the jurisdiction"),
        ([2_000_000, 3_000_000], [2_000_001, 3_000_000], True, "without an area split the two bounds are one"),
        ([2_000_000, 3_000_000], [2_000_000, 3_000_001], True, "without an area split the two bounds are one"),
    ],
)
def test_a_standard_without_an_area_split(rural, urban, refused, source):
    if not refused:
        assert not _with_bounds(rural, urban, area_split=False).area_split, source
        return
    with pytest.raises(gn.InvalidInput) as caught:
        _with_bounds(rural, urban, area_split=False)
    assert ("bands", True) == (caught.value.field, "rural and urban bounds must be equal" in caught.value.reason)


#: Every bundled standard, national and provincial: each still passes the checks (rebuilt from its fields).
BUNDLED = [s for _, s in gn.NATIONAL_STANDARDS] + list(binh_duong.STANDARDS) + list(ho_chi_minh_city.STANDARDS)


@pytest.mark.parametrize("standard", BUNDLED, ids=lambda s: f"{s.jurisdiction}-{s.id}")
def test_every_bundled_standard_passes_the_checks(standard):
    rebuilt = attrs.evolve(standard)
    assert rebuilt == standard
    for area in (RURAL, URBAN):
        limits = standard.limits(area)
        assert all(type(x) is int and x > 0 for x in limits), standard.id
        assert all(lo < hi for lo, hi in itertools.pairwise(limits)), standard.id


def test_a_reform_that_rounds_a_bound_to_zero_is_refused():
    """``gn.reform`` multiplies the bounds and rounds to whole VND: a factor that leaves 0 VND is refused."""
    with pytest.raises(gn.InvalidInput) as caught:
        gn.reform(STANDARD_2022, line_factor=Fraction(1, 10_000_000), id="tiny")
    assert "bands" == caught.value.field


# --- the other checks of a standard ------------------------------------------------------------------------

BAND_0, BAND_1 = STANDARD_2022.bands


@pytest.mark.parametrize(
    ("changes", "field", "words", "source"),
    [
        (
            {"deprivation_cutoff": gn.Cited(0, MINE)},
            "deprivation_cutoff",
            "at least 1",
            "a cut-off counts deprivations",
        ),
        (
            {"deprivation_cutoff": gn.Cited(-1, MINE)},
            "deprivation_cutoff",
            "at least 1",
            "a cut-off counts deprivations",
        ),
        ({"deprivation_cutoff": None}, "deprivation_cutoff", "no cut-off", f"{ND07}: the poor band uses deprivations"),
        (
            {"bands": (attrs.evolve(BAND_0, if_deprived=NEAR, otherwise=POOR), BAND_1)},
            "bands",
            "band 0 gives a deprived household a better status",
            "a deprived household is never better off",
        ),
        (
            {"bands": (BAND_0, attrs.evolve(BAND_1, if_deprived=gn.Status.UNDETERMINED))},
            "bands",
            "band 1 classes as 'undetermined'",
            "undetermined is not a status",
        ),
        (
            {"bands": (BAND_0, attrs.evolve(BAND_1, otherwise=gn.Status.UNDETERMINED))},
            "bands",
            "band 1 classes as 'undetermined'",
            "undetermined is not a status",
        ),
        (
            {"indicators": (STANDARD_2022.indicators[0], STANDARD_2022.indicators[0])},
            "indicators",
            "indicator ids must be unique",
            "an indicator is named once",
        ),
    ],
)
def test_standard_checks(changes, field, words, source):
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(STANDARD_2022, id="mine", **changes)
    assert field == caught.value.field, source
    assert words in caught.value.reason, source


def test_a_cutoff_of_one_and_equal_statuses_are_accepted():
    made = attrs.evolve(STANDARD_2022, deprivation_cutoff=gn.Cited(1, MINE), id="mine")
    assert (POOR, 0) == made.classify(RURAL, 1_500_000, 1)
    assert (NEAR, 0) == made.classify(RURAL, 1_500_000, 0)


# --- classification at the bounds ---------------------------------------------------------------------------

#: Rows of (area, income per person per month, deprivations, status, band, source), under vn-2022-2025.
CLASSIFY_ROWS = [
    (RURAL, 1_500_000, 3, POOR, 0, f"{ND07}: at the line, 3 deprivations (Điều 3 khoản 2 điểm a)"),
    (RURAL, 1_500_000, 2, NEAR, 0, f"{ND07}: at the line, fewer than 3 (điểm b)"),
    (RURAL, 1_500_001, 3, MIDDLE, 1, f"{ND07}: one VND above the line"),
    (RURAL, 2_250_000, 5, MIDDLE, 1, f"{ND07}: at the middle-standard line (điểm c)"),
    (RURAL, 2_250_001, 0, NOT_POOR, None, f"{ND07}: above every band"),
    (URBAN, 2_000_000, 3, POOR, 0, f"{ND07}: urban line"),
    (URBAN, 2_000_001, 3, MIDDLE, 1, f"{ND07}: urban, one VND above"),
    (URBAN, 3_000_000, 0, MIDDLE, 1, f"{ND07}: urban middle-standard line"),
    (URBAN, 3_000_001, 0, NOT_POOR, None, f"{ND07}: urban, above every band"),
    (RURAL, Fraction(3_000_001, 2), 3, MIDDLE, 1, f"{ND07}: half a VND above the line is above it"),
    (RURAL, 0, 0, NEAR, 0, f"{ND07}: no income, no deprivation"),
]


@pytest.mark.parametrize(("area", "income", "count", "status", "band", "source"), CLASSIFY_ROWS)
def test_classify(area, income, count, status, band, source):  # noqa: PLR0917
    assert (status, band) == STANDARD_2022.classify(area, income, count), source


def test_an_exclusive_bound():
    """A band whose text says "below" (``inclusive=False``): an income equal to the bound is in the next band."""
    below = attrs.evolve(STANDARD_2022, id="mine", bands=(attrs.evolve(BAND_0, inclusive=False), BAND_1))
    assert (POOR, 0) == below.classify(RURAL, 1_499_999, 3)
    assert (MIDDLE, 1) == below.classify(RURAL, 1_500_000, 3)
    assert (MIDDLE, 1) == below.classify(RURAL, 1_500_001, 3), "above a bound below which the band stops"
    last = attrs.evolve(STANDARD_2022, id="mine", bands=(BAND_0, attrs.evolve(BAND_1, inclusive=False)))
    assert (MIDDLE, 1) == last.classify(RURAL, 2_249_999, 0)
    assert (NOT_POOR, None) == last.classify(RURAL, 2_250_000, 0)
    assert (NOT_POOR, None) == last.classify(RURAL, 2_250_001, 0)
    assert (POOR, 0) == last.classify(RURAL, 1_500_000, 3), "the first band is still inclusive"


def test_a_yearly_standard():
    """Hồ Chí Minh City states its lines per person per year: a monthly income is compared × 12."""
    yearly = _with_bounds([18_000_000, 27_000_000], [24_000_000, 36_000_000], income_period=IncomePeriod.YEAR)
    assert (POOR, 0) == yearly.classify(RURAL, 1_500_000, 3)  # 18,000,000 a year: at the line
    assert (MIDDLE, 1) == yearly.classify(RURAL, 1_500_001, 3)
    assert (MIDDLE, 1) == yearly.classify(URBAN, 3_000_000, 0)  # 36,000,000: at the urban line
    assert (NOT_POOR, None) == yearly.classify(URBAN, 3_000_001, 0)
    assert (12, 1) == (IncomePeriod.YEAR.months, IncomePeriod.MONTH.months)
    assert ("năm", "year", "tháng", "month") == (
        IncomePeriod.YEAR.label("vi"),
        IncomePeriod.YEAR.label("en"),
        IncomePeriod.MONTH.label("vi"),
        IncomePeriod.MONTH.label("en"),
    )


#: Rows of (income, deprivations, status, basis, source) under Quyết định 59/2015/QĐ-TTg (rural).
QD59 = "QĐ 59/2015/QĐ-TTg Điều 2 khoản 1"
BASIS_ROWS = [
    (700_000, 0, POOR, PoorBasis.INCOME, f"{QD59}: 'từ đủ 700.000 đồng trở xuống', by income alone"),
    (700_001, 3, POOR, PoorBasis.MULTIDIMENSIONAL, f"{QD59}: 'trên 700.000-1.000.000 đồng và thiếu hụt từ ba chỉ số'"),
    (700_001, 2, NEAR, None, f"{QD59}: fewer than 3 deprivations, near-poor: no basis"),
    (1_000_001, 3, MIDDLE, None, f"{QD59}: middle living standard: no basis"),
]


@pytest.mark.parametrize(("income", "count", "status", "basis", "source"), BASIS_ROWS)
def test_poor_basis_under_two_rules(income, count, status, basis, source):
    assert STANDARD_2016.two_poor_rules, source
    found, band = STANDARD_2016.classify(RURAL, income, count)
    assert (status, basis) == (found, STANDARD_2016.poor_basis(band, found)), source


def test_poor_basis_under_one_rule():
    """NĐ 07/2021 has one rule for poor households: no basis to tell."""
    assert not STANDARD_2022.two_poor_rules
    assert STANDARD_2022.poor_basis(0, POOR) is None
    assert STANDARD_2016.poor_basis(None, POOR) is None
    assert STANDARD_2016.poor_basis(0, NEAR) is None
    near_only = attrs.evolve(STANDARD_2016, id="mine", bands=STANDARD_2016.bands[1:])
    assert not near_only.two_poor_rules, "by deprivations only"
    income_only = attrs.evolve(STANDARD_2016, id="mine", bands=STANDARD_2016.bands[:1] + STANDARD_2016.bands[2:])
    assert not income_only.two_poor_rules, "by income only"


# --- the small parts of the model ---------------------------------------------------------------------------


def test_status_ranks_and_labels():
    assert [0, 1, 2, 3] == [s.rank for s in (POOR, NEAR, MIDDLE, NOT_POOR)]
    with pytest.raises(gn.InvalidInput) as caught:
        _ = gn.Status.UNDETERMINED.rank
    assert "status" == caught.value.field
    assert ("hộ nghèo", "poor household") == (POOR.label("vi"), POOR.label("en"))
    assert ("nông thôn", "urban") == (RURAL.label("vi"), URBAN.label("en"))
    assert ("hộ nghèo theo tiêu chí thu nhập", "poor by the income criterion") == (
        PoorBasis.INCOME.label("vi"),
        PoorBasis.INCOME.label("en"),
    )


@pytest.mark.parametrize(("lang", "ok"), [("vi", True), ("en", True), ("fr", False), ("VI", False), ("", False)])
def test_languages(lang, ok):
    if ok:
        assert lang == check_lang(lang)
        assert ("vi" if lang == "vi" else "en") == gn.Text("vi", "en")(lang)
        return
    with pytest.raises(gn.InvalidInput) as caught:
        check_lang(lang)
    assert "lang" == caught.value.field


def test_area_labels():
    """The urban label is the standard's ("thành thị"; "đô thị" in the 2026 standard)."""
    assert "nông thôn" == STANDARD_2022.area_label(RURAL, "vi")
    assert STANDARD_2022.urban_label("vi") == STANDARD_2022.area_label(URBAN, "vi")


def test_indicator_thresholds():
    standard = STANDARD_2022
    housing = standard.indicator("housing_area")
    (key,) = [t.key for t in housing.thresholds][:1]
    assert housing.threshold(key).value.value == housing.values[key]
    copy = housing.values
    copy[key] = "changed"
    assert copy[key] != housing.values[key], "values is a fresh copy"
    with pytest.raises(gn.InvalidInput) as caught:
        housing.threshold("no_such_key")
    assert ("key", True) == (caught.value.field, key in caught.value.reason)
    with pytest.raises(gn.InvalidInput) as caught:
        standard.indicator("no_such_indicator")
    assert "indicator_id" == caught.value.field
    with pytest.raises(gn.InvalidInput) as caught:
        housing.with_threshold(key, 8)
    assert "value" == caught.value.field
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(housing, thresholds=housing.thresholds + housing.thresholds[:1])
    assert ("thresholds", True) == (caught.value.field, "unique" in caught.value.reason)
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(housing, thresholds=())
    assert ("thresholds", True) == (caught.value.field, "needs" in caught.value.reason)
    misspelt = attrs.evolve(housing.thresholds[0], key="min_m2_per_persn")
    with pytest.raises(gn.InvalidInput) as caught:
        attrs.evolve(housing, thresholds=(*housing.thresholds, misspelt))
    assert ("thresholds", True) == (caught.value.field, "does not read ['min_m2_per_persn']" in caught.value.reason)
    changed = standard.with_threshold("housing_area", key, gn.Cited(housing.values[key] + 1, MINE), id="mine")
    assert ("mine", housing.values[key] + 1) == (changed.id, changed.indicator("housing_area").values[key])
    assert standard.id == standard.with_threshold("housing_area", key, housing.threshold(key).value).id


# --- which band a refusal names, with more than two bands -------------------------------------------------------

QD59 = "QĐ 59/2015/QĐ-TTg Điều 2: three bands (700.000, 1.000.000, 1.500.000 rural)"


def test_the_refusal_names_the_bands_that_meet():
    """Equal bounds between the second and third band of QĐ 59/2015's three: bands 2 and 1 are named."""
    with pytest.raises(gn.InvalidInput) as caught:
        _with_bounds([700_000, 1_000_000, 1_000_000], standard=STANDARD_2016)
    assert "band 2's 1,000,000 is not above band 1's 1,000,000" in caught.value.reason, QD59
    extra = attrs.evolve(
        STANDARD_2016.bands[-1],
        name=gn.Text("thử", "test"),
        upper_rural_vnd=gn.Cited(2_000_000, MINE),
        upper_urban_vnd=gn.Cited(2_500_000, MINE),
    )
    four = attrs.evolve(STANDARD_2016, id="mine", bands=(*STANDARD_2016.bands, extra))
    with pytest.raises(gn.InvalidInput) as caught:
        _with_bounds([700_000, 1_000_000, 1_500_000, 1_500_000], standard=four)
    assert "band 3's 1,500,000 is not above band 2's 1,500,000" in caught.value.reason, QD59


@pytest.mark.parametrize(
    ("rural", "urban"),
    [([2_000_000, 3_000_000], [1_999_999, 3_000_000]), ([2_000_000, 3_000_000], [2_000_000, 2_999_999])],
)
def test_without_an_area_split_a_lower_urban_bound_is_refused_too(rural, urban):
    with pytest.raises(gn.InvalidInput) as caught:
        _with_bounds(rural, urban, area_split=False)
    assert "bands" == caught.value.field


# --- looking things up by name: names compared by value, not identity ------------------------------------------


HOUSING_KEY = "min_m2_per_person"


def _fresh(text):
    """An equal string that is not the same object (as one read from a file or built at run time is)."""
    return "".join(list(text))


def test_names_are_compared_by_value():
    key, indicator_id = _fresh(HOUSING_KEY), _fresh("housing_area")
    assert key is not HOUSING_KEY
    assert key == HOUSING_KEY
    assert "housing_area" == STANDARD_2022.indicator(indicator_id).id
    assert "min_m2_per_person" == STANDARD_2022.indicator("housing_area").threshold(key).key
    changed = STANDARD_2022.with_threshold(indicator_id, key, gn.Cited(9, MINE), id="mine")
    assert 9 == changed.indicator("housing_area").values["min_m2_per_person"]


@pytest.mark.parametrize(("key", "other"), [("max_age", "min_age"), ("min_age", "max_age")])
def test_with_threshold_replaces_only_its_key(key, other):
    """School attendance has two ages: replacing one leaves the other."""
    school = STANDARD_2022.indicator("school_attendance")
    before = school.values
    changed = STANDARD_2022.with_threshold("school_attendance", key, gn.Cited(99, MINE), id="mine")
    after = changed.indicator("school_attendance").values
    assert (before[other], 99) == (after[other], after[key])
    others = [i for i in changed.indicators if i.id != "school_attendance"]
    assert [i for i in STANDARD_2022.indicators if i.id != "school_attendance"] == others


def test_with_threshold_takes_keywords_and_a_keyword_id():
    housing = STANDARD_2022.indicator("housing_area")
    value = gn.Cited(9, MINE)
    changed = STANDARD_2022.with_threshold(indicator_id="housing_area", key="min_m2_per_person", value=value, id="mine")
    assert "mine" == changed.id
    with pytest.raises(TypeError):
        STANDARD_2022.with_threshold("housing_area", "min_m2_per_person", value, "mine")  # id is keyword-only
    assert 9 == housing.with_threshold(key="min_m2_per_person", value=value).values["min_m2_per_person"]


def test_the_repr_leaves_out_the_derived_fields():
    """The caches derived from the fields, and the rules' functions, are not part of a standard's repr."""
    text = repr(STANDARD_2022)
    for hidden in (
        "_rural=",
        "_urban=",
        "_indicator_ids=",
        "_inclusive=",
        "_two_rules=",
        "_values=",
        "_params=",
        "_check=",
    ):
        assert hidden not in text
    for hidden in ("evaluate=", "describe=", "bind="):
        assert hidden not in text
    assert "rural=" not in repr(STANDARD_2022.indicator("housing_area"))


def test_an_indicator_rebuilt_from_its_fields_is_equal():
    """Equality is by the fields given: the bound rule built from them is not compared."""
    for indicator in STANDARD_2022.indicators:
        assert indicator == attrs.evolve(indicator)
    assert STANDARD_2022 == attrs.evolve(
        STANDARD_2022, indicators=tuple(attrs.evolve(i) for i in STANDARD_2022.indicators)
    )
