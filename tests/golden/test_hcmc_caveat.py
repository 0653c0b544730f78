"""Golden rows: Hồ Chí Minh City's deprivation part, not encoded, is carried as a caveat by every result.

Each row names the source that describes the city standard's deprivation part; the expected caveat is what that
source states (the number of indicators, the 3-deprivation count), not produced by running the code.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import giamngheo as gn
from giamngheo.provinces.ho_chi_minh_city import standards as hcm

VNP_2016 = "en.vietnamplus 87350: 'five dimensions … 11 indicators' (2016-2020)"
VNP_2021 = "betaen.vietnamplus 190682: 10 indicators; 'Households with three deprivation indicators …' (2021-2025)"
VN_2024 = "vietnam.vn tphcm-dieu-chinh-chuan-ngheo: 13 indicators, lacking 3 or more (NQ 15/2024, from 2024-10-01)"
VOV_2014 = "english.vov.vn 329712: the 2014-2015 criteria are income lines only"


#: Rows of (date, caveat id, indicators, cut-off, source).
ROWS = [
    (dt.date(2014, 1, 24), None, None, None, VOV_2014),
    (dt.date(2015, 12, 31), None, None, None, VOV_2014),
    (dt.date(2016, 1, 1), "79-2016-deprivations-not-encoded", 11, None, VNP_2016),
    (
        dt.date(2019, 1, 1),
        "79-2016-deprivations-not-encoded",
        11,
        None,
        f"{VNP_2016}; the 2019 raise changed the lines",
    ),
    (dt.date(2021, 1, 1), "79-2021-deprivations-not-encoded", 10, 3, VNP_2021),
    (dt.date(2024, 9, 30), "79-2021-deprivations-not-encoded", 10, 3, VNP_2021),
    (dt.date(2024, 10, 1), "79-2024-deprivations-not-encoded", 13, 3, VN_2024),
    (dt.date(2025, 12, 31), "79-2024-deprivations-not-encoded", 13, 3, VN_2024),
]


@pytest.mark.parametrize(("on", "caveat_id", "indicators", "cutoff", "source"), ROWS)
def test_the_caveat_of_each_period(on, caveat_id, indicators, cutoff, source):
    a = gn.assess(gn.Household(area="urban", income_yearly_vnd=10_000_000, size=1), on=on, jurisdiction="79")
    caveat = a.caveat
    if caveat_id is None:
        assert caveat is None, source
        return
    assert caveat_id == caveat.id, source
    assert indicators == caveat.indicator_count.value, source
    assert cutoff == (None if caveat.cutoff is None else caveat.cutoff.value), source
    assert gn.Verification.REPORTED is caveat.citation.verification, source


def test_the_names_the_sources_give_are_encoded_flagged():
    """The 2024 proposal names 13 indicators (vietnam.vn, SGGP 111186); 2016-2020's 5 dimensions (vietnamplus)."""
    assert 13 == len(hcm.CAVEAT_2024.indicators)
    assert "social insurance" in [t.en for t in hcm.CAVEAT_2024.indicators]
    assert 5 == len(hcm.CAVEAT_2016.dimensions)
    assert "a person aged 6 or over without health insurance" in [t.en for t in hcm.CAVEAT_2021.indicators]


CITY = gn.Household(area="urban", income_yearly_vnd=180_000_000, size=4, id="HCM-1")  # 45,000,000 a year each


def test_the_explanation_carries_it_in_both_languages():
    a = gn.assess(CITY, on=dt.date(2025, 6, 1), jurisdiction="79")
    vi, en = a.explain("vi"), a.explain("en")
    assert vi.splitlines()[0] == "Hộ HCM-1: HỘ NGHÈO (chỉ theo tiêu chí thu nhập, xem lưu ý)."
    assert en.splitlines()[0] == "Household HCM-1: poor household (by income alone, see the caveat)."
    assert "Lưu ý: chuẩn của Thành phố có phần thiếu hụt đa chiều (13 chỉ số; thiếu hụt từ 3 chỉ số)" in vi
    assert "Caveat: the city's standard has a deprivation part (13 indicators; deprived in 3 or more)" in en
    assert en.count("Caveat:") == 1  # the standard's note is not repeated
    assert "This standard looks at income only." not in en


def test_the_national_explanation_has_no_caveat():
    a = gn.assess(CITY, on=dt.date(2025, 6, 1))
    assert a.caveat is None
    assert "Caveat" not in a.explain("en")


def test_the_json_document_carries_it_and_reads_back():
    a = gn.assess(CITY, on=dt.date(2025, 6, 1), jurisdiction="79")
    document = json.loads(gn.assessment_to_json(a))
    caveat = document["summary"]["caveat"]
    assert ("79-2024-deprivations-not-encoded", "reported") == (caveat["id"], caveat["verification"])
    assert caveat["en"].startswith("Caveat:")
    assert caveat["vi"].startswith("Lưu ý:")
    assert "79-2024-deprivations-not-encoded" == json.loads(gn.assessment_to_line(a))["caveat"]["id"]
    assert a == gn.assessment_from_json(json.dumps(document))
    embedded = gn.assessment_from_json(gn.assessment_to_json(a, embed_standard=True))
    assert a.caveat == embedded.caveat
    del document["summary"]["caveat"]  # a document written before the field reads the same
    assert a.caveat == gn.assessment_from_json(json.dumps(document)).caveat


def test_a_standard_with_indicators_of_its_own_has_none():
    """A copy read back from a file keeps the caveat (same id); one with a deprivation part of its own has none."""
    assert hcm.CAVEAT_2024 == gn.load_standard(text=gn.dump_standard(hcm.STANDARD_2024)).caveat
    national = gn.NATIONAL_STANDARDS.at(on=dt.date(2025, 6, 1))
    own = attrs.evolve(hcm.STANDARD_2024, indicators=national.indicators[:1])
    assert own.caveat is None
    assert national.caveat is None


def test_the_batch_result_carries_it():
    from giamngheo import batch  # noqa: PLC0415 - needs numpy
    from giamngheo.batch._results import result_table  # noqa: PLC0415 - needs pyarrow

    households = [CITY, gn.Household(area="urban", income_yearly_vnd=1, size=1, id="HCM-2")]
    columns = batch.Columns.from_households(households)
    on = dt.date(2025, 6, 1)
    table = result_table(columns, batch.assess_columns(columns, on=on, jurisdiction="79"))
    assert ["79-2024-deprivations-not-encoded"] * 2 == table.column("caveat").to_pylist()
    national = result_table(columns, batch.assess_columns(columns, on=on))
    assert ["", ""] == national.column("caveat").to_pylist()
