"""The audit listing of legal data: every figure is cited, evidenced, verified, and none is invented.

``gn.legal_data()`` lists every legal datum the national standards decide with (``_national.py``); the
verification statuses expected below are those the module docstrings of ``giamngheo.standards`` give.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

import pytest

import giamngheo as gn

OFFICIAL, QUOTED, REPORTED, DRAFT = (
    gn.Verification.OFFICIAL,
    gn.Verification.QUOTED,
    gn.Verification.REPORTED,
    gn.Verification.DRAFT,
)
ALL = gn.legal_data()
BY_KEY = {datum.key: datum for datum in ALL}
STANDARDS = [standard for _, standard in gn.NATIONAL_STANDARDS]


def _is_url(text):
    parsed = urlparse(text)
    return parsed.scheme in {"http", "https"} and bool(parsed.netloc)


# --- every datum is cited and evidenced -----------------------------------------------------------------------


@pytest.mark.parametrize("datum", ALL, ids=lambda datum: datum.key)
def test_every_datum_is_cited_with_evidence(datum):
    """Every legal datum has a citation of a known instrument, URLs as evidence, and a verification status."""
    assert isinstance(datum.citation, gn.Citation)
    assert isinstance(datum.citation.evidence, tuple)
    assert datum.citation.evidence
    for url in datum.citation.evidence:
        assert _is_url(url), url
    assert isinstance(datum.verification, gn.Verification)
    assert datum.citation.verification == datum.verification
    assert datum.citation.instrument in gn.INSTRUMENTS


def test_keys_are_unique():
    """No two data share a key."""
    assert len(ALL) == len(BY_KEY)


def test_no_national_datum_is_supplied_by_the_user():
    """The national standards rest on no user-supplied fact."""
    assert [] == [datum.key for datum in ALL if datum.verification is gn.Verification.USER]


def test_drafts_are_only_indicator_names():
    """A draft may name an indicator, but no amount, cut-off or window rests on a draft."""
    drafted = [datum.key for datum in ALL if datum.verification is DRAFT]
    assert drafted
    for key in drafted:
        assert ".indicators." in key


@pytest.mark.parametrize("instrument", gn.INSTRUMENTS, ids=lambda instrument: instrument.number)
def test_every_instrument_can_be_read_somewhere(instrument):
    """Every instrument cited has a URL where its text or a report of it can be read."""
    assert _is_url(instrument.url)
    assert instrument.name("en").endswith(instrument.number)


def test_instruments_are_listed_oldest_first():
    """`INSTRUMENTS` lists the instruments in the order they were signed, each once."""
    signed = [instrument.signed for instrument in gn.INSTRUMENTS]
    assert sorted(signed) == signed
    assert len(gn.INSTRUMENTS) == len({instrument.number for instrument in gn.INSTRUMENTS})


# --- every amount of every band is in the listing --------------------------------------------------------------

# (key, amount in VND per person per month, provision, verification)
# fmt: off
AMOUNTS = [
    ("vn-2006-2010.bands[0].upper_rural_vnd", 200_000, "Decision 170/2005/QĐ-TTg, Art. 1(1)", OFFICIAL),  # QĐ 170/2005, read on vbpl.vn
    ("vn-2006-2010.bands[0].upper_urban_vnd", 260_000, "Decision 170/2005/QĐ-TTg, Art. 1(2)", OFFICIAL),  # QĐ 170/2005, read on vbpl.vn
    ("vn-2011-2015.bands[0].upper_rural_vnd", 400_000, "Decision 09/2011/QĐ-TTg, Art. 1(1)", QUOTED),  # QĐ 09/2011, Chỉ thị 1752 figures
    ("vn-2011-2015.bands[0].upper_urban_vnd", 500_000, "Decision 09/2011/QĐ-TTg, Art. 1(2)", QUOTED),  # QĐ 09/2011
    ("vn-2011-2015.bands[1].upper_rural_vnd", 520_000, "Decision 09/2011/QĐ-TTg, Art. 1(3)", QUOTED),  # QĐ 09/2011 near-poor
    ("vn-2011-2015.bands[1].upper_urban_vnd", 650_000, "Decision 09/2011/QĐ-TTg, Art. 1(4)", QUOTED),  # QĐ 09/2011 near-poor
    ("vn-2016-2020.bands[0].upper_rural_vnd", 700_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)", QUOTED),  # QĐ 59/2015, plo.vn
    ("vn-2016-2020.bands[0].upper_urban_vnd", 900_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(b)", QUOTED),  # QĐ 59/2015, plo.vn
    ("vn-2016-2020.bands[1].upper_rural_vnd", 1_000_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)", QUOTED),  # QĐ 59/2015
    ("vn-2016-2020.bands[1].upper_urban_vnd", 1_300_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(b)", QUOTED),  # QĐ 59/2015
    ("vn-2016-2020.bands[2].upper_rural_vnd", 1_500_000, "Decision 59/2015/QĐ-TTg, Art. 2(3)(a)", REPORTED),  # one English summary only
    ("vn-2016-2020.bands[2].upper_urban_vnd", 1_950_000, "Decision 59/2015/QĐ-TTg, Art. 2(3)(b)", REPORTED),  # one English summary only
    ("vn-2021.bands[0].upper_rural_vnd", 700_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)", QUOTED),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2021.bands[0].upper_urban_vnd", 900_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(b)", QUOTED),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2021.bands[1].upper_rural_vnd", 1_000_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(a)", QUOTED),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2021.bands[1].upper_urban_vnd", 1_300_000, "Decision 59/2015/QĐ-TTg, Art. 2(1)(b)", QUOTED),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2021.bands[2].upper_rural_vnd", 1_500_000, "Decision 59/2015/QĐ-TTg, Art. 2(3)(a)", REPORTED),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2021.bands[2].upper_urban_vnd", 1_950_000, "Decision 59/2015/QĐ-TTg, Art. 2(3)(b)", REPORTED),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2022-2025.bands[0].upper_rural_vnd", 1_500_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(a)", QUOTED),  # NĐ 07/2021, laodongthudo
    ("vn-2022-2025.bands[0].upper_urban_vnd", 2_000_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(a)", QUOTED),  # NĐ 07/2021, laodongthudo
    ("vn-2022-2025.bands[1].upper_rural_vnd", 2_250_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(c)", QUOTED),  # NĐ 07/2021, vnexpress
    ("vn-2022-2025.bands[1].upper_urban_vnd", 3_000_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(c)", QUOTED),  # NĐ 07/2021, vnexpress
    ("vn-2026.bands[0].upper_rural_vnd", 1_500_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(a)", QUOTED),  # NĐ 351/2025 → NĐ 07/2021 Art. 3
    ("vn-2026.bands[0].upper_urban_vnd", 2_000_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(a)", QUOTED),  # NĐ 351/2025 → NĐ 07/2021 Art. 3
    ("vn-2026.bands[1].upper_rural_vnd", 2_250_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(c)", QUOTED),  # NĐ 351/2025 → NĐ 07/2021 Art. 3
    ("vn-2026.bands[1].upper_urban_vnd", 3_000_000, "Decree 07/2021/NĐ-CP, Art. 3(2)(c)", QUOTED),  # NĐ 351/2025 → NĐ 07/2021 Art. 3
    ("vn-2027-2030.bands[0].upper_rural_vnd", 2_200_000, "Decree 351/2025/NĐ-CP", QUOTED),  # NĐ 351/2025, vietnamplus/sggp
    ("vn-2027-2030.bands[0].upper_urban_vnd", 2_800_000, "Decree 351/2025/NĐ-CP", QUOTED),  # NĐ 351/2025, vietnamplus/sggp
]
# fmt: on


@pytest.mark.parametrize(("key", "amount", "provision", "verification"), AMOUNTS)
def test_amount_is_listed_with_its_provision(key, amount, provision, verification):
    """Each band bound of each national standard is listed with its amount, provision and verification."""
    datum = BY_KEY[key]
    assert amount == datum.value
    assert provision == datum.citation.render("en")
    assert verification == datum.verification


def test_every_band_amount_is_in_the_listing():
    """Every amount of every band of every national standard is reachable in `legal_data()`, with its citation."""
    listed = set()
    for standard in STANDARDS:
        for i, band in enumerate(standard.bands):
            for field, cited in (("upper_rural_vnd", band.upper_rural_vnd), ("upper_urban_vnd", band.upper_urban_vnd)):
                key = f"{standard.id}.bands[{i}].{field}"
                assert cited.value == BY_KEY[key].value
                assert cited.citation == BY_KEY[key].citation
                listed.add(key)
    assert {key for key, *_ in AMOUNTS} == listed


def test_every_cutoff_indicator_and_window_is_in_the_listing():
    """Every cut-off, indicator and validity window of every national standard is listed too."""
    for standard in STANDARDS:
        window = BY_KEY[f"{standard.id}.window"]
        assert standard.window == window.value
        assert standard.basis == window.citation
        if standard.deprivation_cutoff is None:
            assert f"{standard.id}.deprivation_cutoff" not in BY_KEY
        else:
            assert standard.deprivation_cutoff.value == BY_KEY[f"{standard.id}.deprivation_cutoff"].value
        for indicator in standard.indicators:
            datum = BY_KEY[f"{standard.id}.indicators.{indicator.id}"]
            assert indicator.id == datum.value
            assert indicator.citation == datum.citation


@pytest.mark.parametrize("standard", STANDARDS, ids=lambda standard: standard.id)
def test_legal_data_on_a_date_is_that_standards_only(standard):
    """`legal_data(on=...)` lists exactly the data of the standard in force on that date."""
    for on in (standard.window.start, standard.window.last_day):
        keys = [datum.key for datum in gn.legal_data(on=on)]
        assert [datum.key for datum in ALL if datum.key.startswith(f"{standard.id}.")] == keys


def test_legal_data_lists_standards_in_date_order():
    """`legal_data()` lists the standards' data in date order, each standard's together."""
    order = list(dict.fromkeys(datum.key.split(".")[0] for datum in ALL))
    assert [standard.id for standard in STANDARDS] == order


# --- nothing is invented --------------------------------------------------------------------------------------


def test_2027_2030_has_no_middle_band():
    """NĐ 351/2025: no middle living standard figure for 2027-2030 has been seen, so none is encoded."""
    standard = gn.standard_in_force(on=dt.date(2027, 1, 1))
    assert "vn-2027-2030" == standard.id
    for band in standard.bands:
        assert gn.Status.MIDDLE != band.if_deprived
        assert gn.Status.MIDDLE != band.otherwise
    assert 1 == len(standard.bands)


# (standard id, statuses its bands can give, from the module docstring)
# fmt: off
STATUSES = [
    ("vn-2006-2010", {gn.Status.POOR}),  # QĐ 170/2005: no near-poor band, no middle living standard
    ("vn-2011-2015", {gn.Status.POOR, gn.Status.NEAR_POOR}),  # QĐ 09/2011: the 2014 middle standard is not encoded
    ("vn-2016-2020", {gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE}),  # QĐ 59/2015 Art. 2
    ("vn-2021", {gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE}),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    ("vn-2022-2025", {gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE}),  # NĐ 07/2021 Art. 3(2)
    ("vn-2026", {gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE}),  # NĐ 351/2025 → NĐ 07/2021 Art. 3
    ("vn-2027-2030", {gn.Status.POOR, gn.Status.NEAR_POOR}),  # NĐ 351/2025: middle band unconfirmed
]
# fmt: on


@pytest.mark.parametrize(("standard_id", "statuses"), STATUSES)
def test_bands_give_only_the_statuses_the_instrument_defines(standard_id, statuses):
    """A standard's bands give only the statuses its instrument defines (anything above them is not poor)."""
    standard = next(s for s in STANDARDS if s.id == standard_id)
    assert statuses == {status for band in standard.bands for status in (band.if_deprived, band.otherwise)}


@pytest.mark.parametrize("standard", STANDARDS, ids=lambda standard: standard.id)
def test_basis_names_a_known_instrument(standard):
    """Every standard's basis cites an instrument of `gn.INSTRUMENTS`, as do all its figures."""
    assert standard.basis.instrument in gn.INSTRUMENTS
    for band in standard.bands:
        assert band.upper_rural_vnd.citation.instrument in gn.INSTRUMENTS
        assert band.upper_urban_vnd.citation.instrument in gn.INSTRUMENTS


# (standard id, the instrument that makes it apply over its window)
# fmt: off
BASES = [
    ("vn-2006-2010", "170/2005/QĐ-TTg"),  # QĐ 170/2005 Art. 1
    ("vn-2011-2015", "09/2011/QĐ-TTg"),  # QĐ 09/2011 Art. 1, Art. 3
    ("vn-2016-2020", "59/2015/QĐ-TTg"),  # QĐ 59/2015 Art. 2
    ("vn-2021", "07/2021/NĐ-CP"),  # NĐ 07/2021 Art. 2 extends QĐ 59/2015 through 2021
    ("vn-2022-2025", "07/2021/NĐ-CP"),  # NĐ 07/2021 Art. 3
    ("vn-2026", "351/2025/NĐ-CP"),  # NĐ 351/2025 extends NĐ 07/2021 Art. 3 through 2026
    ("vn-2027-2030", "351/2025/NĐ-CP"),  # NĐ 351/2025
]
# fmt: on


@pytest.mark.parametrize(("standard_id", "number"), BASES)
def test_basis_is_the_applying_instrument(standard_id, number):
    """An extended standard rests on the extending act, not on the instrument it extends."""
    standard = next(s for s in STANDARDS if s.id == standard_id)
    assert number == standard.basis.instrument.number


def test_2027_2030_indicators_are_flagged_draft_except_employment():
    """NĐ 351/2025: only the employment dimension is quoted from the final text; the other indicators are drafts."""
    standard = gn.standard_in_force(on=dt.date(2027, 1, 1))
    verification = {indicator.id: indicator.citation.verification for indicator in standard.indicators}
    assert {"employment": QUOTED, "dependants": QUOTED} == {i: v for i, v in verification.items() if v is not DRAFT}
    assert 10 == sum(v is DRAFT for v in verification.values())
