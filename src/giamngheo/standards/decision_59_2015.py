"""Quyết định 59/2015/QĐ-TTg: the multidimensional poverty standard for 2016-2020, extended through 2021.

References:
    * Quyết định 59/2015/QĐ-TTg (19/11/2015) của Thủ tướng Chính phủ về việc ban hành chuẩn nghèo tiếp cận
      đa chiều áp dụng cho giai đoạn 2016-2020: Điều 1 khoản 2 điểm b (5 services, 10 indicators), Điều 2
      (poor, near-poor, middle living standard).
      https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-59-2015-QD-TTg-chuan-ngheo-tiep-can-da-chieu-ap-dung-2016-2020-296044.aspx
    * Commencement: "có hiệu lực thi hành kể từ ngày 05 tháng 01 năm 2016. Các nội dung quy định tại Điều 1 và
      Điều 2 Quyết định này được thực hiện từ ngày 01 tháng 01 năm 2016", quoted by
      https://hoidapphapluat.co/quyet-dinh-59-2015-qd-ttg-chuan-ngheo-tiep-can-da-chieu-2016-2010.html
    * Điều 1 khoản 1 (the two lines) quoted verbatim:
      https://thuvienphapluat.vn/hoi-dap-phap-luat/24980-hd-cac-tieu-chi-tiep-can-do-luong-ngheo-da-chieu-ap-dung-cho-giai-doan-2016-2020.html
    * Wording of the rule and the 10 indicator names, quoted: https://plo.vn/kinh-te/do-do-ngheo-khong-con-chi-dua-vao-thu-nhap-595890.html
    * Middle living standard: https://vietnamnet.vn/en/pm-issues-multi-dimensional-poverty-index-E146686.html
    * Extension to 2021: Nghị định 07/2021/NĐ-CP, Điều 2.
      https://english.luatvietnam.vn/decree-no-07-2021-nd-cp-dated-january-27-2021-of-the-government-on-multidimensional-poverty-standards-in-the-2021-2025-period-197848-doc1.html

From 2016-01-01 to 2020-12-31, and under Nghị định 07/2021/NĐ-CP Điều 2 also from 2021-01-01 to 2021-12-31,
a rural household is poor if its monthly income per person is at most 700,000 VND, or above 700,000 and at
most 1,000,000 VND with at least 3 of the 10 deprivations; it is near-poor if its income is in that second
band with fewer than 3 deprivations; it is of middle living standard if its income is above 1,000,000 and at
most 1,500,000 VND. Urban households: 900,000, 1,300,000 and 1,950,000 VND.

The law writes the poverty line as "từ đủ 700.000 đồng trở xuống" (at most) and the band as
"trên 700.000 đồng đến 1.000.000 đồng" (above, up to and including).
"""

from __future__ import annotations

import datetime as dt

import attrs

from giamngheo._instruments import DECISION_59_2015, DECREE_07_2021
from giamngheo._legal import Cited, Verification, Window
from giamngheo._model import IncomeBand, Indicator, Standard, Status, Text

__all__ = [
    "DEPRIVATION_CUTOFF",
    "INDICATORS",
    "MIDDLE_BAND",
    "NEAR_POOR_BAND",
    "POVERTY_LINE",
    "STANDARD",
    "STANDARD_2021",
]

_PLO = "https://plo.vn/kinh-te/do-do-ngheo-khong-con-chi-dua-vao-thu-nhap-595890.html"
_NGUONLUC = "https://nguonluc.com.vn/thu-nhap-duoi-2-trieu-dongnguoithang-o-thanh-pho-duoc-coi-la-ho-ngheo-a808.html"
_TVPL_QA = "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40DCD-hd-phan-biet-ho-ngheo-ho-can-ngheo-va-ho-co-muc-song-trung-binh.html"
_VIETNAMNET = "https://vietnamnet.vn/en/pm-issues-multi-dimensional-poverty-index-E146686.html"
_TVPL_ART1 = "https://thuvienphapluat.vn/hoi-dap-phap-luat/24980-hd-cac-tieu-chi-tiep-can-do-luong-ngheo-da-chieu-ap-dung-cho-giai-doan-2016-2020.html"
_HOIDAP = "https://hoidapphapluat.co/quyet-dinh-59-2015-qd-ttg-chuan-ngheo-tiep-can-da-chieu-2016-2010.html"
_LUATVN = "http://luatvn.net/decision-no-59-2015-qd-ttg-promulgating-multidimensional-poverty-levels-applicable"


_MIDDLE_NOTE = (
    "Figures from one English summary only; whether the band includes its upper figure is unconfirmed "
    "(read as 'above … up to and including', like the other bands)."
)
#: Điều 2 khoản 1 điểm a (rural) and b (urban): the poverty and near-poverty lines and the 3-deprivation rule.
_ART_2_1_A, _ART_2_1_B = (
    DECISION_59_2015.cite(
        article=2,
        clause=1,
        point=point,
        verification=Verification.QUOTED,
        evidence=(_PLO, _NGUONLUC, _TVPL_QA, _TVPL_ART1),
    )
    for point in ("a", "b")
)
#: Điều 2 khoản 3 điểm a (rural) and b (urban): the middle living standard.
_ART_2_3_A, _ART_2_3_B = (
    DECISION_59_2015.cite(
        article=2, clause=3, point=point, verification=Verification.REPORTED, evidence=(_VIETNAMNET,), note=_MIDDLE_NOTE
    )
    for point in ("a", "b")
)

POVERTY_LINE = IncomeBand(
    upper_rural_vnd=Cited(700_000, _ART_2_1_A),
    upper_urban_vnd=Cited(900_000, _ART_2_1_B),
    if_deprived=Status.POOR,
    otherwise=Status.POOR,
    name=Text("chuẩn nghèo", "poverty line"),
)

#: Income above the poverty line up to 1,000,000 / 1,300,000: poor with 3 or more deprivations, else near-poor.
NEAR_POOR_BAND = IncomeBand(
    upper_rural_vnd=Cited(1_000_000, _ART_2_1_A),
    upper_urban_vnd=Cited(1_300_000, _ART_2_1_B),
    if_deprived=Status.POOR,
    otherwise=Status.NEAR_POOR,
    name=Text("chuẩn cận nghèo", "near-poverty line"),
)

MIDDLE_BAND = IncomeBand(
    upper_rural_vnd=Cited(1_500_000, _ART_2_3_A),
    upper_urban_vnd=Cited(1_950_000, _ART_2_3_B),
    if_deprived=Status.MIDDLE,
    otherwise=Status.MIDDLE,
    name=Text("chuẩn mức sống trung bình", "middle living standard line"),
)

#: "thiếu hụt từ 03 chỉ số … trở lên": at least 3 deprivations.
DEPRIVATION_CUTOFF = Cited(3, _ART_2_1_A)

_INDICATORS_CITATION = DECISION_59_2015.cite(
    article=1,
    clause=2,
    point="b",
    verification=Verification.QUOTED,
    evidence=(_PLO, _LUATVN),
    note="Names and structure quoted; the deprivation thresholds (annex) are unconfirmed.",
)
_HEALTH = Text("Y tế", "Health")
_EDUCATION = Text("Giáo dục", "Education")
_HOUSING = Text("Nhà ở", "Housing")
_WATER = Text("Nước sạch và vệ sinh", "Clean water and sanitation")
_INFORMATION = Text("Thông tin", "Information")

#: The 10 indicators of Điều 1 khoản 2 điểm b, in the order of the text.
INDICATORS: tuple[Indicator, ...] = tuple(
    Indicator(id=i, dimension=d, name=n, citation=_INDICATORS_CITATION)
    for i, d, n in (
        ("health_care_access", _HEALTH, Text("Tiếp cận các dịch vụ y tế", "Access to health care services")),
        ("health_insurance", _HEALTH, Text("Bảo hiểm y tế", "Health insurance")),
        ("adult_education", _EDUCATION, Text("Trình độ giáo dục của người lớn", "Education level of adults")),
        ("school_attendance", _EDUCATION, Text("Tình trạng đi học của trẻ em", "School attendance of children")),
        ("housing_quality", _HOUSING, Text("Chất lượng nhà ở", "Housing quality")),
        ("housing_area", _HOUSING, Text("Diện tích nhà ở bình quân đầu người", "Housing area per person")),
        ("water", _WATER, Text("Nguồn nước sinh hoạt", "Domestic water source")),
        ("sanitation", _WATER, Text("Hố xí/nhà tiêu hợp vệ sinh", "Hygienic latrine")),
        ("telecom", _INFORMATION, Text("Sử dụng dịch vụ viễn thông", "Use of telecommunication services")),
        (
            "information_assets",
            _INFORMATION,
            Text("Tài sản phục vụ tiếp cận thông tin", "Assets for access to information"),
        ),
    )
)

_RULE_VI = (
    "hộ nghèo ở nông thôn là hộ có thu nhập bình quân đầu người/tháng từ đủ 700.000 đồng trở xuống, hoặc trên "
    "700.000 đồng đến 1.000.000 đồng và thiếu hụt từ 03 chỉ số trở lên; hộ cận nghèo là hộ có thu nhập trên "
    "700.000 đồng đến 1.000.000 đồng và thiếu hụt dưới 03 chỉ số; hộ có mức sống trung bình là hộ có thu nhập "
    "trên 1.000.000 đồng đến 1.500.000 đồng. Ở thành thị: 900.000, 1.300.000 và 1.950.000 đồng."
)
_RULE_EN = (
    "a rural household is poor if its monthly income per person is at most 700,000 VND, or above 700,000 and "
    "at most 1,000,000 VND with at least 3 of the 10 deprivations; near-poor if its income is in that second "
    "band with fewer than 3; of middle living standard if its income is above 1,000,000 and at most "
    "1,500,000 VND. Urban: 900,000, 1,300,000 and 1,950,000 VND."
)

STANDARD = Standard(
    id="vn-2016-2020",
    jurisdiction="VN",
    name=Text("Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020", "Multidimensional poverty standard 2016-2020"),
    window=Window(dt.date(2016, 1, 1), dt.date(2021, 1, 1)),
    basis=DECISION_59_2015.cite(
        article=2,
        verification=Verification.QUOTED,
        evidence=(_HOIDAP, _PLO),
        note=(
            "In force 2016-01-05; 'Các nội dung quy định tại Điều 1 và Điều 2 Quyết định này được thực hiện từ "
            "ngày 01 tháng 01 năm 2016.'"
        ),
    ),
    rule=Text("Từ 01/01/2016 đến 31/12/2020, " + _RULE_VI, "From 2016-01-01 to 2020-12-31 " + _RULE_EN),
    bands=(POVERTY_LINE, NEAR_POOR_BAND, MIDDLE_BAND),
    deprivation_cutoff=DEPRIVATION_CUTOFF,
    indicators=INDICATORS,
    notes=(
        Text(
            "Mức sống trung bình: số liệu theo một nguồn thứ cấp, chưa xác nhận.",
            "Middle living standard: figures from one secondary source, unconfirmed.",
        ),
    ),
)

#: The same standard applied in 2021 under Nghị định 07/2021/NĐ-CP Điều 2.
STANDARD_2021 = attrs.evolve(
    STANDARD,
    id="vn-2021",
    name=Text(
        "Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020, áp dụng năm 2021",
        "Multidimensional poverty standard 2016-2020, applied in 2021",
    ),
    window=Window(dt.date(2021, 1, 1), dt.date(2022, 1, 1)),
    basis=DECREE_07_2021.cite(
        article=2,
        verification=Verification.QUOTED,
        evidence=(
            "https://english.luatvietnam.vn/decree-no-07-2021-nd-cp-dated-january-27-2021-of-the-government-on-multidimensional-poverty-standards-in-the-2021-2025-period-197848-doc1.html",
            "https://vietnamnet.vn//en/society/vietnam-to-apply-new-multidimensional-poverty-standards-710676.html",
        ),
        note="Quyết định 59/2015/QĐ-TTg continues to apply in 2021.",
    ),
    rule=Text(
        "Từ 01/01/2021 đến 31/12/2021 (Điều 2 Nghị định 07/2021/NĐ-CP), " + _RULE_VI,
        "From 2021-01-01 to 2021-12-31 (Decree 07/2021/NĐ-CP, Art. 2) " + _RULE_EN,
    ),
)
