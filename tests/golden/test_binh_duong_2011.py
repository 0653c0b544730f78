"""Golden cases for 2011-2015 in Bình Dương: the national lines its portal quotes, and the provincial gap.

The provincial portal (binhduong.gov.vn, February 2011) quotes Quyết định 09/2011/QĐ-TTg, Điều 1 khoản 1-4 and its
effective date, and says the province had its own, higher 2011-2015 standard whose figures have not been found: a
Bình Dương household is assessed under the national standard for those years, and the provincial one is refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn

POOR, NEAR, NONE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.NOT_POOR
RURAL, URBAN = gn.Area.RURAL, gn.Area.URBAN
D = dt.date
PORTAL = "https://binhduong.gov.vn/thong-tin-tuyen-truyen/2011/02/631-Quy-dinh-chuan-ngheo-tinh-Binh-Duong-giai-doan-2011-2015"

# (area, income per person per month, date, status)
# fmt: off
LINES = [
    # "Quyết định có hiệu lực thi hành từ ngày 1/1/2011, theo đó: 1.Hộ nghèo ở nông thôn là hộ có mức thu nhập bình
    # quân từ 400.000 đ/tháng/người (từ 4.800.000 đ/người/năm) trở xuống."
    pytest.param(RURAL, 400_000, D(2011, 1, 1), POOR, id="rural-line-first-day"),
    # "3.Hộ cận nghèo ở nông thôn là hộ có mức thu nhập bình quân từ 401.000 đồng đến 520.000 đ/tháng/người"
    pytest.param(RURAL, 401_000, D(2011, 1, 1), NEAR, id="rural-near-poor-from-401000"),
    pytest.param(RURAL, 520_000, D(2015, 12, 31), NEAR, id="rural-near-poor-to-520000-last-day"),
    pytest.param(RURAL, 520_001, D(2015, 12, 31), NONE, id="rural-above-520000"),
    # Portal, clause 2: "Hộ nghèo ở thành thị là hộ có mức thu nhập bình quân từ 500.000 đ/tháng/người … trở xuống."
    pytest.param(URBAN, 500_000, D(2013, 6, 1), POOR, id="urban-line"),
    # "4.Hộ cận nghèo ở thành thị là hộ có mức thu nhập bình quân từ 501.000 đồng đến 650.000 đ/tháng/người"
    pytest.param(URBAN, 501_000, D(2013, 6, 1), NEAR, id="urban-near-poor-from-501000"),
    pytest.param(URBAN, 650_000, D(2013, 6, 1), NEAR, id="urban-near-poor-to-650000"),
    pytest.param(URBAN, 650_001, D(2013, 6, 1), NONE, id="urban-above-650000"),
]
# fmt: on


@pytest.mark.parametrize(("area", "income", "on", "status"), LINES)
def test_the_national_lines_the_portal_quotes(area, income, on, status):
    result = gn.assess(gn.Household(area=area, income_per_capita_monthly_vnd=income), on=on)
    assert status is result.status
    assert "vn-2011-2015" == result.standard.id


def test_the_portal_witnesses_the_figures_and_the_effective_date():
    data = {d.key: d for d in gn.legal_data(on=D(2011, 1, 1))}
    for key in (
        "vn-2011-2015.bands[0].upper_rural_vnd",
        "vn-2011-2015.bands[0].upper_urban_vnd",
        "vn-2011-2015.bands[1].upper_rural_vnd",
        "vn-2011-2015.bands[1].upper_urban_vnd",
    ):
        assert PORTAL in data[key].citation.evidence, key
        assert gn.Verification.QUOTED is data[key].verification
    standard = gn.standard_in_force(on=D(2011, 1, 1))
    assert PORTAL in standard.basis.evidence
    assert D(2011, 1, 1) == gn.instrument("09/2011/QĐ-TTg").effective


@pytest.mark.parametrize("on", [D(2011, 1, 1), D(2015, 12, 31)])
def test_the_provincial_2011_2015_standard_is_not_encoded(on):
    # "chuẩn nghèo tỉnh Bình Dương giai đoạn 2011 - 2015 cao gấp 2 lần so với chuẩn nghèo Trung ương": its figures
    # are not in any source read, so the province's standard for those years is refused, not computed.
    household = gn.Household(area=RURAL, income_per_capita_monthly_vnd=700_000)
    with pytest.raises(gn.NoRuleInForce, match="2016-01-01"):
        gn.assess(household, on=on, jurisdiction="74")


def test_the_provincial_standard_starts_in_2016():
    assert "74-2016-2020" == gn.jurisdiction("74").standard_in_force(on=D(2016, 1, 1)).id
