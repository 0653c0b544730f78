"""Bình Dương (74): the provincial multidimensional poverty standard 2016-2021.

References:
    * Nghị quyết 47/2015/NQ-HĐND8 (11/12/2015) của Hội đồng nhân dân tỉnh Bình Dương về chuẩn nghèo tiếp cận đa
      chiều tỉnh Bình Dương giai đoạn 2016-2020 and a reservation policy (bảo lưu chính sách) for households just
      out of poverty; extended by Nghị quyết 07/2020/NQ-HĐND (10/12/2020) and by a resolution adopted on
      16/03/2021 (number unconfirmed) "to 31/12/2021". Lines quoted in English by the provincial portal:
      "Line for poor household: Having a monthly per capita income below 1,200,000 VND in rural areas, below
      1,400,000 VND in urban areas. Line for near-poor household: … below 1,600,000 VND … below 1,800,000 VND".
      https://eng.binhduong.gov.vn/_layouts/15/LacVietBio/LacViet.CMS2013/XemChiTiet/Pages/InBaiVietPage.aspx?WebId=bcd425ea-1ce6-4d17-be77-39ad097116e2&ListId=39800fa2-ee32-4fd7-9655-876890ee4f8e&ID=3223&CategoryId=
    * The same lines: http://baochinhphu.vn/Utilities/PrintView.aspx?distributionid=310382
    * Not seen in any source read: the text of Nghị quyết 47/2015/NQ-HĐND8 (its indicator list and cut-off, the
      length of the reservation period, its date of effect), the number of the resolution of 16/03/2021, and any
      adopted 2022-2025 provincial standard; the province's list of executive documents up to 20/07/2022
      (repository ``TommyNhatNguyen/Crawl-Documents-Data-From-VanBanPhapLuatBinhDuong`` @ 84d7cfb0,
      ``data_vanbanphapluatBinhDuong.csv``, a partial list) holds no such resolution.
    * 2022-2025: only a draft with two options is known (eng.binhduong.gov.vn ID=4758); it is not law and is not
      encoded here. The two options ship as example files under ``examples/standards/``.
    * 2011-2015: the province had its own standard, not encoded because its figures have not been found. The
      provincial portal (February 2011) describes it only relative to others: "chuẩn nghèo tỉnh Bình Dương giai đoạn
      2011 - 2015 cao gấp 2 lần so với chuẩn nghèo Trung ương, Hà Nội và Đà Nẵng; gấp 1,2 lần so với chuẩn nghèo tỉnh
      Đồng Nai; chuẩn nghèo khu vực thành thị bằng với chuẩn nghèo của Tp. Hồ Chí Minh", with an estimate of 15,037
      poor and about 6,015 near-poor households in early 2011; the figures and the adopting instrument are cut from
      every excerpt read, and "twice the national line" is not a figure the library may compute itself.
      https://binhduong.gov.vn/thong-tin-tuyen-truyen/2011/02/631-Quy-dinh-chuan-ngheo-tinh-Binh-Duong-giai-doan-2011-2015
      Counts under it ("theo tiêu chí của tỉnh Bình Dương còn 3.615 hộ nghèo (chiếm tỷ lệ 1,36%) và 5.762 hộ cận
      nghèo", after 2011-2012): https://baobinhduong.vn/binh-duong-co-ban-thoat-ngheo-theo-chuong-trinh-giam-ngheo-cua-tinh-giai-doan-2011-2015-a54291.html

From 2016-01-01 to 2021-12-31 a Bình Dương household is poor if its monthly income per person is below
1,200,000 VND (rural) or 1,400,000 VND (urban), or below 1,600,000 / 1,800,000 VND with at least 3 of the 10
deprivations; near-poor if its income is in that second band with fewer deprivations. The provincial portal
says "below" (the Vietnamese wording has not been seen), so an income equal to a line is above it. The
deprivation part (the national 10 indicators and the 3-deprivation cut-off, in the national 2016-2020 shape) is
the library's reading: the resolution's own indicator list and cut-off are unconfirmed. No provincial middle
living standard is known. Before 2016-01-01 (the province's own 2011-2015 standard, figures not found) and from
2022-01-01 no provincial standard is encoded; from 2025-07-01 the province is part of Hồ Chí Minh City.
"""

from __future__ import annotations

import datetime as dt

import attrs

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import IncomeBand, Standard, Status, Text
from giamngheo.standards import decision_59_2015

__all__ = [
    "INSTRUMENTS",
    "RESOLUTION_07_2020",
    "RESOLUTION_47_2015",
    "RESOLUTION_2021_03_16",
    "STANDARDS",
    "STANDARD_2016",
    "STANDARD_2021_EXTENSION",
    "STANDARD_2021_Q1",
]

_PORTAL = (
    "https://eng.binhduong.gov.vn/_layouts/15/LacVietBio/LacViet.CMS2013/XemChiTiet/Pages/InBaiVietPage.aspx?"
    "WebId=bcd425ea-1ce6-4d17-be77-39ad097116e2&ListId=39800fa2-ee32-4fd7-9655-876890ee4f8e&ID=3223&CategoryId="
)
_BAOCHINHPHU = "http://baochinhphu.vn/Utilities/PrintView.aspx?distributionid=310382"
_HDND_VI, _HDND_EN = "Hội đồng nhân dân tỉnh Bình Dương", "People's Council of Bình Dương province"

RESOLUTION_47_2015 = Instrument(
    number="47/2015/NQ-HĐND8",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi=_HDND_VI,
    issuer_en=_HDND_EN,
    title_vi="Về chuẩn nghèo tiếp cận đa chiều tỉnh Bình Dương giai đoạn 2016-2020 và chính sách bảo lưu cho hộ thoát nghèo",
    title_en="Bình Dương's multidimensional poverty standard 2016-2020 and the reservation policy for households "
    "just out of poverty",
    signed=dt.date(2015, 12, 11),
    effective=None,  # "2016"; the exact date is unconfirmed
    url=_PORTAL,
    verification=Verification.REPORTED,
)
RESOLUTION_07_2020 = Instrument(
    number="07/2020/NQ-HĐND",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi=_HDND_VI,
    issuer_en=_HDND_EN,
    title_vi="Tiếp tục thực hiện Nghị quyết 47/2015/NQ-HĐND8 (gia hạn sang năm 2021)",
    title_en="Continuing Resolution 47/2015/NQ-HĐND8 into 2021",
    signed=dt.date(2020, 12, 10),
    effective=None,
    url=_PORTAL,
    verification=Verification.REPORTED,
)
#: Adopted on 16/03/2021 at the 18th thematic session of the 9th-term council, in force on adoption; it replaced
#: Nghị quyết 07/2020 and continued Nghị quyết 47/2015 to 31/12/2021. Its number has not been seen.
RESOLUTION_2021_03_16 = Instrument(
    number="NQ-HĐND Bình Dương 16/03/2021 (số chưa xác định)",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi=_HDND_VI,
    issuer_en=_HDND_EN,
    title_vi="Tiếp tục thực hiện Nghị quyết 47/2015/NQ-HĐND8 đến hết ngày 31/12/2021",
    title_en="Continuing Resolution 47/2015/NQ-HĐND8 to 31 December 2021",
    signed=dt.date(2021, 3, 16),
    effective=dt.date(2021, 3, 16),
    url=_PORTAL,
    verification=Verification.REPORTED,
)

#: Every Bình Dương instrument cited, oldest first.
INSTRUMENTS: tuple[Instrument, ...] = (RESOLUTION_47_2015, RESOLUTION_07_2020, RESOLUTION_2021_03_16)

_BELOW = (
    "The portal's English says 'below'; read as an income equal to the line being above it. The Vietnamese "
    "wording (which in national texts is usually 'từ … trở xuống', at most) has not been seen."
)
_LINES = RESOLUTION_47_2015.cite(verification=Verification.REPORTED, evidence=(_PORTAL, _BAOCHINHPHU), note=_BELOW)
_SHAPE = RESOLUTION_47_2015.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_PORTAL,),
    note=(
        "The resolution's deprivation indicators and cut-off have not been seen; giamngheo applies the national "
        "10 indicators and the 3-deprivation cut-off of Quyết định 59/2015/QĐ-TTg, in the national shape."
    ),
)

POVERTY_LINE = IncomeBand(
    upper_rural_vnd=Cited(1_200_000, _LINES),
    upper_urban_vnd=Cited(1_400_000, _LINES),
    if_deprived=Status.POOR,
    otherwise=Status.POOR,
    name=Text("chuẩn hộ nghèo của tỉnh", "provincial poverty line"),
    inclusive=False,
)
NEAR_POOR_BAND = IncomeBand(
    upper_rural_vnd=Cited(1_600_000, _LINES),
    upper_urban_vnd=Cited(1_800_000, _LINES),
    if_deprived=Status.POOR,
    otherwise=Status.NEAR_POOR,
    name=Text("chuẩn hộ cận nghèo của tỉnh", "provincial near-poverty line"),
    inclusive=False,
)

_RULE_VI = (
    "hộ nghèo là hộ có thu nhập bình quân đầu người/tháng dưới 1.200.000 đồng (nông thôn) hoặc dưới 1.400.000 đồng "
    "(thành thị), hoặc dưới 1.600.000 / 1.800.000 đồng và thiếu hụt từ 3 chỉ số trở lên; hộ cận nghèo là hộ có "
    "thu nhập trong khoảng đó và thiếu hụt dưới 3 chỉ số (phần thiếu hụt theo cách hiểu của thư viện, chưa xác nhận)."
)
_RULE_EN = (
    "a Bình Dương household is poor if its monthly income per person is below 1,200,000 VND (rural) or "
    "1,400,000 VND (urban), or below 1,600,000 / 1,800,000 VND with at least 3 deprivations; near-poor if its "
    "income is in that band with fewer (the deprivation part is the library's reading, unconfirmed)."
)
_NOTES = (
    Text(
        "Chỉ số và ngưỡng thiếu hụt của Nghị quyết 47/2015/NQ-HĐND8 chưa xác nhận: áp dụng 10 chỉ số và ngưỡng 3 "
        "chỉ số của chuẩn quốc gia.",
        "The indicators and cut-off of Resolution 47/2015/NQ-HĐND8 are unconfirmed: the national 10 indicators and "
        "cut-off of 3 are applied.",
    ),
    Text(
        "Tỉnh áp dụng bộ công cụ đo lường nghèo riêng từ năm 2018 (Quyết định 2160/QĐ-UBND, chưa đọc được nội dung).",
        "The province used its own measurement toolkit from 2018 (Decision 2160/QĐ-UBND, text not read).",
    ),
)

STANDARD_2016 = Standard(
    id="74-2016-2020",
    jurisdiction="74",
    name=Text(
        "Chuẩn nghèo tiếp cận đa chiều tỉnh Bình Dương giai đoạn 2016-2020",
        "Bình Dương multidimensional poverty standard 2016-2020",
    ),
    window=Window(dt.date(2016, 1, 1), dt.date(2021, 1, 1)),
    basis=RESOLUTION_47_2015.cite(
        verification=Verification.REPORTED,
        evidence=(_PORTAL, _BAOCHINHPHU),
        note="Applies to 2016-2020; the resolution's own effective date is unconfirmed.",
    ),
    rule=Text("Từ 01/01/2016 đến 31/12/2020, " + _RULE_VI, "From 2016-01-01 to 2020-12-31 " + _RULE_EN),
    bands=(POVERTY_LINE, NEAR_POOR_BAND),
    deprivation_cutoff=Cited(3, _SHAPE),
    indicators=decision_59_2015.INDICATORS,
    notes=_NOTES,
)

#: 2021-01-01 to 2021-03-15, under Nghị quyết 07/2020/NQ-HĐND.
STANDARD_2021_Q1 = attrs.evolve(
    STANDARD_2016,
    id="74-2021-q1",
    name=Text(
        "Chuẩn nghèo tỉnh Bình Dương giai đoạn 2016-2020, gia hạn sang năm 2021",
        "Bình Dương poverty standard 2016-2020, continued into 2021",
    ),
    window=Window(dt.date(2021, 1, 1), dt.date(2021, 3, 16)),
    basis=RESOLUTION_07_2020.cite(
        verification=Verification.REPORTED,
        evidence=(_PORTAL,),
        note="Continued Resolution 47/2015 into 2021; replaced by the resolution of 16/03/2021.",
    ),
    rule=Text(
        "Từ 01/01/2021 đến 15/03/2021 (Nghị quyết 07/2020/NQ-HĐND), " + _RULE_VI,
        "From 2021-01-01 to 2021-03-15 (Resolution 07/2020/NQ-HĐND) " + _RULE_EN,
    ),
)

#: 2021-03-16 to 2021-12-31, under the resolution of 16/03/2021.
STANDARD_2021_EXTENSION = attrs.evolve(
    STANDARD_2016,
    id="74-2021",
    name=Text(
        "Chuẩn nghèo tỉnh Bình Dương giai đoạn 2016-2020, gia hạn đến hết năm 2021",
        "Bình Dương poverty standard 2016-2020, continued to the end of 2021",
    ),
    window=Window(dt.date(2021, 3, 16), dt.date(2022, 1, 1)),
    basis=RESOLUTION_2021_03_16.cite(
        verification=Verification.REPORTED,
        evidence=(_PORTAL,),
        note="Adopted and in force on 16/03/2021; continues Resolution 47/2015 and the reservation policy to 31/12/2021.",
    ),
    rule=Text(
        "Từ 16/03/2021 đến 31/12/2021, " + _RULE_VI,
        "From 2021-03-16 to 2021-12-31 " + _RULE_EN,
    ),
)

#: Bình Dương's standards, in date order (they tile 2016-01-01 to 2021-12-31).
STANDARDS: tuple[Standard, ...] = (STANDARD_2016, STANDARD_2021_Q1, STANDARD_2021_EXTENSION)
