"""Quyết định 170/2005/QĐ-TTg: the income-only poverty standard for 2006-2010.

References:
    * Quyết định 170/2005/QĐ-TTg (08/07/2005, in force 02/08/2005) của Thủ tướng Chính phủ về việc ban hành
      chuẩn nghèo áp dụng cho giai đoạn 2006-2010, Điều 1 khoản 1 and 2. Full text on vbpl.vn:
      https://vbpl.vn/sonla/Pages/vbpq-toanvan.aspx?ItemID=18049 ;
      https://vbpl.vn:443/tayninh/Pages/vbpq-toanvan.aspx?ItemID=18049
    * hoilhpn.org.vn: http://hoilhpn.org.vn/tin-chi-tiet/-/chi-tiet/quy-%C4%91inh-ve-chuan-ho-ngheo-2006-2010--1264-4533.html
    * ngocentre.org.vn: https://ngocentre.org.vn/content/new-poverty-line-2011-2015-period-submitted-vietnam-government
    * One outlet (thanhniennews) gives 270,000 VND for urban areas; the text, and both sources above, give 260,000:
      http://www.thanhniennews.com/society/vietnam-sets-new-poverty-standards-for-next-five-years-13349.html

From 2006-01-01 to 2010-12-31 a household is poor if its monthly income per person is at most
200,000 VND in rural areas or 260,000 VND in urban areas. The decision defines no near-poor band and no
middle living standard, and measures no deprivations.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._instruments import DECISION_170_2005
from giamngheo._legal import Cited, Verification, Window
from giamngheo._model import IncomeBand, Standard, Status, Text

__all__ = ["POVERTY_LINE", "STANDARD"]

_EVIDENCE = (
    "https://vbpl.vn/sonla/Pages/vbpq-toanvan.aspx?ItemID=18049",
    "https://vbpl.vn:443/tayninh/Pages/vbpq-toanvan.aspx?ItemID=18049",
    "http://hoilhpn.org.vn/tin-chi-tiet/-/chi-tiet/quy-%C4%91inh-ve-chuan-ho-ngheo-2006-2010--1264-4533.html",
    "https://ngocentre.org.vn/content/new-poverty-line-2011-2015-period-submitted-vietnam-government",
)
_ANNUAL = (
    "The text reads 'từ 260.000 đồng/người/tháng (dưới 3.120.000 đồng/người/năm) trở xuống': the yearly "
    "figure says 'below' where the monthly one says 'at most'; giamngheo applies the monthly 'at most'. "
    "thanhniennews reported 270,000; the text says 260,000."
)

#: Chuẩn nghèo: at most 200,000 VND (rural) / 260,000 VND (urban) per person per month.
POVERTY_LINE = IncomeBand(
    upper_rural_vnd=Cited(
        200_000,
        DECISION_170_2005.cite(article=1, clause=1, verification=Verification.OFFICIAL, evidence=_EVIDENCE),
    ),
    upper_urban_vnd=Cited(
        260_000,
        DECISION_170_2005.cite(
            article=1,
            clause=2,
            verification=Verification.OFFICIAL,
            evidence=_EVIDENCE,
            note=_ANNUAL,
        ),
    ),
    if_deprived=Status.POOR,
    otherwise=Status.POOR,
    name=Text("chuẩn nghèo", "poverty line"),
)

STANDARD = Standard(
    id="vn-2006-2010",
    jurisdiction="VN",
    name=Text("Chuẩn nghèo giai đoạn 2006-2010", "Poverty standard 2006-2010"),
    window=Window(dt.date(2006, 1, 1), dt.date(2011, 1, 1)),
    basis=DECISION_170_2005.cite(
        article=1,
        verification=Verification.OFFICIAL,
        evidence=_EVIDENCE,
        note="'Ban hành chuẩn nghèo áp dụng cho giai đoạn 2006 - 2010'; in force from 2005-08-02, applied to 2006-2010.",
    ),
    rule=Text(
        "Từ 01/01/2006 đến 31/12/2010, hộ nghèo là hộ có thu nhập bình quân đầu người/tháng từ 200.000 đồng "
        "trở xuống (nông thôn) hoặc từ 260.000 đồng trở xuống (thành thị).",
        "From 2006-01-01 to 2010-12-31 a household is poor if its monthly income per person is at most "
        "200,000 VND (rural) or 260,000 VND (urban).",
    ),
    bands=(POVERTY_LINE,),
    deprivation_cutoff=None,
    indicators=(),
    notes=(
        Text(
            "Quyết định không quy định chuẩn cận nghèo và chuẩn mức sống trung bình.",
            "The decision defines no near-poor band and no middle living standard.",
        ),
    ),
)
