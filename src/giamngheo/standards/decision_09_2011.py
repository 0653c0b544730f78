"""Quyết định 09/2011/QĐ-TTg: the income-only poor and near-poor standards for 2011-2015.

References:
    * Quyết định 09/2011/QĐ-TTg (30/01/2011) của Thủ tướng Chính phủ về việc ban hành chuẩn hộ nghèo,
      hộ cận nghèo áp dụng cho giai đoạn 2011-2015, Điều 1.
    * Điều 1 khoản 1-4 and the effective date as the Bình Dương provincial portal quotes them (February 2011): "Quyết
      định có hiệu lực thi hành từ ngày 1/1/2011, theo đó: 1.Hộ nghèo ở nông thôn là hộ có mức thu nhập bình quân từ
      400.000 đ/tháng/người (từ 4.800.000 đ/người/năm) trở xuống. 2.Hộ nghèo ở thành thị … từ 500.000 đ/tháng/người
      … trở xuống. 3.Hộ cận nghèo ở nông thôn … từ 401.000 đồng đến 520.000 đ/tháng/người 4.Hộ cận nghèo ở thành thị
      … từ 501.000 đồng đến 650.000 đ/tháng/người":
      https://binhduong.gov.vn/thong-tin-tuyen-truyen/2011/02/631-Quy-dinh-chuan-ngheo-tinh-Binh-Duong-giai-doan-2011-2015
    * Structure of Điều 1 (khoản 1-4) and Điều 3 ("có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2011"),
      OCR of the signed text (figures illegible there):
      https://tailieuchung.com/vn/tlID22960_quyet-dinh-ve-ban-hanh-chuan-ho-ngheo-ho-can-ngheo-2011-2015.html
    * Figures, as announced in Chỉ thị 1752/CT-TTg before the decision:
      http://baolamdong.vn/xahoi/201010/Tieu-chi-ho-ngheo-moi-giai-doan-2011-2015-2011007/
    * Lines applied from 01/01/2011: https://d6.vxtdemo02.com/news/vietnam-spend-vnd10b-poor-household-survey
    * Lines and near-poor band: https://yourviet.blogspot.com/2011/10/vietnam-new-poverty-line-standards.html ;
      http://danviet.vn/hoat-dong-hoi/tieu-chi-ho-nong-lam-ngu-nghiep-co-muc-song-trung-binh-417427.html
    * Near-poor band at most 130 % of the line:
      https://baonghean.vn/en/khac-phuc-bat-cap-trong-quy-trinh-binh-xet-ho-ngheo-can-ngheo-10107556.html

From 2011-01-01 to 2015-12-31 a household is poor if its monthly income per person is at most 400,000 VND
(rural) or 500,000 VND (urban), and near-poor if it is above that and at most 520,000 VND (rural) or
650,000 VND (urban). No deprivations are measured.

Interpretation: the decision writes the near-poor band as "từ 401.000 đồng đến 520.000 đồng" (rural) and
"từ 501.000 đồng đến 650.000 đồng" (urban), amounts stated to the thousand. Read literally, an income of
400,001 to 400,999 VND would be neither poor nor near-poor; the library reads the band as "above the poverty
line, up to 520,000 / 650,000" so that the bands leave no gap. The 2014-2015 middle living standard of
agricultural households (Quyết định 32/2014, number inferred, urban band unconfirmed) is not encoded.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._instruments import DECISION_09_2011
from giamngheo._legal import Cited, Verification, Window
from giamngheo._model import IncomeBand, Standard, Status, Text

__all__ = ["NEAR_POOR_BAND", "POVERTY_LINE", "STANDARD"]

_OCR = "https://tailieuchung.com/vn/tlID22960_quyet-dinh-ve-ban-hanh-chuan-ho-ngheo-ho-can-ngheo-2011-2015.html"
#: The Bình Dương provincial portal quoting Điều 1 khoản 1-4 and the effective date (a government witness).
_PORTAL = "https://binhduong.gov.vn/thong-tin-tuyen-truyen/2011/02/631-Quy-dinh-chuan-ngheo-tinh-Binh-Duong-giai-doan-2011-2015"
_LINES = (
    _PORTAL,
    "http://baolamdong.vn/xahoi/201010/Tieu-chi-ho-ngheo-moi-giai-doan-2011-2015-2011007/",
    "https://d6.vxtdemo02.com/news/vietnam-spend-vnd10b-poor-household-survey",
    "https://yourviet.blogspot.com/2011/10/vietnam-new-poverty-line-standards.html",
)
_NEAR = (
    _PORTAL,
    "http://baolamdong.vn/xahoi/201010/Tieu-chi-ho-ngheo-moi-giai-doan-2011-2015-2011007/",
    "https://yourviet.blogspot.com/2011/10/vietnam-new-poverty-line-standards.html",
    "http://danviet.vn/hoat-dong-hoi/tieu-chi-ho-nong-lam-ngu-nghiep-co-muc-song-trung-binh-417427.html",
)
_NUMBERING = (
    "Clause structure seen in an OCR of the signed text (figures illegible there); the figures, numbered 1-4 as "
    "the clauses, are quoted by the Bình Dương provincial portal."
)
_GAP = (
    "The text writes the band from 401,000 (rural) / 501,000 (urban); giamngheo reads it as starting just above "
    "the poverty line so that no income falls between the bands. " + _NUMBERING
)

#: Chuẩn hộ nghèo: at most 400,000 VND (rural) / 500,000 VND (urban) per person per month.
POVERTY_LINE = IncomeBand(
    upper_rural_vnd=Cited(
        400_000,
        DECISION_09_2011.cite(article=1, clause=1, verification=Verification.QUOTED, evidence=_LINES, note=_NUMBERING),
    ),
    upper_urban_vnd=Cited(
        500_000,
        DECISION_09_2011.cite(article=1, clause=2, verification=Verification.QUOTED, evidence=_LINES, note=_NUMBERING),
    ),
    if_deprived=Status.POOR,
    otherwise=Status.POOR,
    name=Text("chuẩn hộ nghèo", "poverty line"),
)

#: Chuẩn hộ cận nghèo: up to 520,000 VND (rural) / 650,000 VND (urban) per person per month.
NEAR_POOR_BAND = IncomeBand(
    upper_rural_vnd=Cited(
        520_000, DECISION_09_2011.cite(article=1, clause=3, verification=Verification.QUOTED, evidence=_NEAR, note=_GAP)
    ),
    upper_urban_vnd=Cited(
        650_000, DECISION_09_2011.cite(article=1, clause=4, verification=Verification.QUOTED, evidence=_NEAR, note=_GAP)
    ),
    if_deprived=Status.NEAR_POOR,
    otherwise=Status.NEAR_POOR,
    name=Text("chuẩn hộ cận nghèo", "near-poverty line"),
)

STANDARD = Standard(
    id="vn-2011-2015",
    jurisdiction="VN",
    name=Text("Chuẩn hộ nghèo, hộ cận nghèo giai đoạn 2011-2015", "Poor and near-poor standards 2011-2015"),
    window=Window(dt.date(2011, 1, 1), dt.date(2016, 1, 1)),
    basis=DECISION_09_2011.cite(
        article=1,
        verification=Verification.QUOTED,
        evidence=(_OCR, _PORTAL, "https://d6.vxtdemo02.com/news/vietnam-spend-vnd10b-poor-household-survey"),
        note=(
            "Điều 3: in force from 2011-01-01, though signed 2011-01-30 (the provincial portal: 'Quyết định có hiệu "
            "lực thi hành từ ngày 1/1/2011')."
        ),
    ),
    rule=Text(
        "Từ 01/01/2011 đến 31/12/2015, hộ nghèo là hộ có thu nhập bình quân đầu người/tháng từ 400.000 đồng trở "
        "xuống (nông thôn) hoặc từ 500.000 đồng trở xuống (thành thị); hộ cận nghèo là hộ có thu nhập trên mức đó "
        "đến 520.000 đồng (nông thôn) hoặc 650.000 đồng (thành thị).",
        "From 2011-01-01 to 2015-12-31 a household is poor if its monthly income per person is at most "
        "400,000 VND (rural) or 500,000 VND (urban), and near-poor if it is above that and at most "
        "520,000 VND (rural) or 650,000 VND (urban).",
    ),
    bands=(POVERTY_LINE, NEAR_POOR_BAND),
    deprivation_cutoff=None,
    indicators=(),
    notes=(
        Text(
            "Khoảng cận nghèo được hiểu là từ trên chuẩn nghèo (văn bản ghi 'từ 401.000 đồng', 'từ 501.000 đồng').",
            "The near-poor band is read as starting just above the poverty line (the text says 'from 401,000', "
            "'from 501,000').",
        ),
        Text(
            "Chuẩn hộ nông, lâm, ngư nghiệp có mức sống trung bình 2014-2015 chưa được mã hóa (chưa xác nhận).",
            "The 2014-2015 middle living standard of agricultural households is not encoded (unconfirmed).",
        ),
    ),
)
