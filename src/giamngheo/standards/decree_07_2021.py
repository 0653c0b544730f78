"""Nghị định 07/2021/NĐ-CP: the multidimensional poverty standard for 2022-2025, extended through 2026.

References:
    * Nghị định 07/2021/NĐ-CP (27/01/2021, in force 15/03/2021) của Chính phủ quy định chuẩn nghèo đa chiều
      giai đoạn 2021-2025, Điều 3 khoản 1 (income line; 6 services and 12 indicators) and khoản 2 (poor,
      near-poor, middle living standard).
      https://english.luatvietnam.vn/decree-no-07-2021-nd-cp-dated-january-27-2021-of-the-government-on-multidimensional-poverty-standards-in-the-2021-2025-period-197848-doc1.html
    * Điều 3 khoản 2 quoted: https://laodongthudo.vn/quy-dinh-chuan-ngheo-da-chieu-giai-doan-2021-2025-119787.html ;
      https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bao-hiem/can-households-with-an-income-of-1500000-vndmonth-be-considered-poor-households-in-vietnam-393977
    * The 12 indicators quoted in order: https://nguonluc.com.vn/thu-nhap-duoi-2-trieu-dongnguoithang-o-thanh-pho-duoc-coi-la-ho-ngheo-a808.html
    * Middle living standard: https://vnexpress.net/chinh-phu-ban-hanh-chuan-ngheo-moi-4228672.html
    * Amended by Nghị định 30/2025/NĐ-CP (24/02/2025), which adds the category of low-income workers
      (người lao động có thu nhập thấp); it does not change the household standard encoded here.
      https://vanban123.vn/Nghi-dinh/Decree-No-30-2025-ND-CP-dated-February-24-2025-on-amendments-to-Decree-No-07-2021-ND-CP-on-multidimensional-poverty-criteria-in-the-period-of-2021-2025-679855
    * Extended to 2026 by Nghị định 351/2025/NĐ-CP (30/12/2025): "tiếp tục thực hiện chuẩn nghèo đa chiều giai
      đoạn 2022 - 2025 theo quy định tại Điều 3 Nghị định số 07/2021/NĐ-CP … từ ngày 01/01/2026 đến hết ngày
      31/12/2026". https://www.vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp

From 2022-01-01 to 2025-12-31, and under Nghị định 351/2025/NĐ-CP also from 2026-01-01 to 2026-12-31, a
household is poor if its monthly income per person is at most 1,500,000 VND (rural) or 2,000,000 VND (urban)
and it is deprived in at least 3 of the 12 indicators; near-poor if its income is at most that line and it is
deprived in fewer than 3; of middle living standard if its income is above the line and at most 2,250,000 VND
(rural) or 3,000,000 VND (urban), whatever its deprivations.
"""

from __future__ import annotations

import datetime as dt

import attrs

from giamngheo._instruments import DECREE_07_2021, DECREE_351_2025
from giamngheo._legal import Cited, Verification, Window
from giamngheo._model import IncomeBand, Indicator, Standard, Status, Text

__all__ = ["DEPRIVATION_CUTOFF", "INDICATORS", "MIDDLE_BAND", "POVERTY_LINE", "STANDARD", "STANDARD_2026"]

_LAODONG = "https://laodongthudo.vn/quy-dinh-chuan-ngheo-da-chieu-giai-doan-2021-2025-119787.html"
_LAWNET = "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bao-hiem/can-households-with-an-income-of-1500000-vndmonth-be-considered-poor-households-in-vietnam-393977"
_NGUONLUC = "https://nguonluc.com.vn/thu-nhap-duoi-2-trieu-dongnguoithang-o-thanh-pho-duoc-coi-la-ho-ngheo-a808.html"
_VNEXPRESS = "https://vnexpress.net/chinh-phu-ban-hanh-chuan-ngheo-moi-4228672.html"
_BAOLAMDONG = "https://baolamdong.vn/doi-song/202309/da-lat-tong-ra-soat-ho-ngheo-va-can-ngheo-1532a22/"
_VIETNAMPLUS = (
    "https://www.vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp"
)

#: Điều 3 khoản 2 điểm a: the poverty line and the 3-of-12 rule.
_ART_3_2_A = DECREE_07_2021.cite(
    article=3, clause=2, point="a", verification=Verification.QUOTED, evidence=(_LAODONG, _LAWNET)
)
#: Điều 3 khoản 2 điểm c: the middle living standard.
_ART_3_2_C = DECREE_07_2021.cite(
    article=3,
    clause=2,
    point="c",
    verification=Verification.QUOTED,
    evidence=(_VNEXPRESS, _BAOLAMDONG),
    note="Figures quoted; the verbatim 'trên … đến …' (above, up to and including) wording of point c is not yet seen.",
)

#: Chuẩn hộ nghèo / hộ cận nghèo: income at most 1,500,000 (rural) / 2,000,000 (urban) VND per person per
#: month; poor with 3 or more deprivations, near-poor with fewer.
POVERTY_LINE = IncomeBand(
    upper_rural_vnd=Cited(1_500_000, _ART_3_2_A),
    upper_urban_vnd=Cited(2_000_000, _ART_3_2_A),
    if_deprived=Status.POOR,
    otherwise=Status.NEAR_POOR,
    name=Text("chuẩn nghèo", "poverty line"),
)

#: Chuẩn hộ có mức sống trung bình: above the line, at most 2,250,000 (rural) / 3,000,000 (urban).
MIDDLE_BAND = IncomeBand(
    upper_rural_vnd=Cited(2_250_000, _ART_3_2_C),
    upper_urban_vnd=Cited(3_000_000, _ART_3_2_C),
    if_deprived=Status.MIDDLE,
    otherwise=Status.MIDDLE,
    name=Text("chuẩn mức sống trung bình", "middle living standard line"),
)

#: "thiếu hụt từ 03 chỉ số … trở lên": at least 3 of the 12 deprivations.
DEPRIVATION_CUTOFF = Cited(3, _ART_3_2_A)

_INDICATORS_CITATION = DECREE_07_2021.cite(
    article=3,
    clause=1,
    point="b",
    verification=Verification.QUOTED,
    evidence=(_NGUONLUC, "https://vnexpress.net/chinh-phu-ban-hanh-chuan-ngheo-moi-4228672.html"),
    note="Names and order quoted; the deprivation thresholds of the annex are known only from secondary sources.",
)
_EMPLOYMENT = Text("Việc làm", "Employment")
_HEALTH = Text("Y tế", "Health")
_EDUCATION = Text("Giáo dục", "Education")
_HOUSING = Text("Nhà ở", "Housing")
_WATER = Text("Nước sinh hoạt và vệ sinh", "Domestic water and sanitation")
_INFORMATION = Text("Thông tin", "Information")

#: The 12 indicators, in the order of the decree.
INDICATORS: tuple[Indicator, ...] = tuple(
    Indicator(id=i, dimension=d, name=n, citation=_INDICATORS_CITATION)
    for i, d, n in (
        ("employment", _EMPLOYMENT, Text("Việc làm", "Employment")),
        ("dependants", _EMPLOYMENT, Text("Người phụ thuộc trong hộ gia đình", "Dependants in the household")),
        ("nutrition", _HEALTH, Text("Dinh dưỡng", "Nutrition")),
        ("health_insurance", _HEALTH, Text("Bảo hiểm y tế", "Health insurance")),
        ("adult_education", _EDUCATION, Text("Trình độ giáo dục của người lớn", "Education level of adults")),
        ("school_attendance", _EDUCATION, Text("Tình trạng đi học của trẻ em", "School attendance of children")),
        ("housing_quality", _HOUSING, Text("Chất lượng nhà ở", "Housing quality")),
        ("housing_area", _HOUSING, Text("Diện tích nhà ở bình quân đầu người", "Housing area per person")),
        ("water", _WATER, Text("Nguồn nước sinh hoạt", "Domestic water source")),
        ("sanitation", _WATER, Text("Nhà tiêu hợp vệ sinh", "Hygienic latrine")),
        ("telecom", _INFORMATION, Text("Sử dụng dịch vụ viễn thông", "Use of telecommunication services")),
        (
            "information_devices",
            _INFORMATION,
            Text("Phương tiện phục vụ tiếp cận thông tin", "Means of access to information"),
        ),
    )
)

_RULE_VI = (
    "hộ nghèo là hộ có thu nhập bình quân đầu người/tháng từ 1.500.000 đồng trở xuống (nông thôn) hoặc từ "
    "2.000.000 đồng trở xuống (thành thị) và thiếu hụt từ 03 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ "
    "bản trở lên; hộ cận nghèo là hộ có cùng mức thu nhập và thiếu hụt dưới 03 chỉ số; hộ có mức sống trung bình "
    "là hộ có thu nhập trên 1.500.000 đồng đến 2.250.000 đồng (nông thôn), trên 2.000.000 đồng đến 3.000.000 đồng "
    "(thành thị)."
)
_RULE_EN = (
    "a household is poor if its monthly income per person is at most 1,500,000 VND (rural) or 2,000,000 VND "
    "(urban) and it is deprived in at least 3 of the 12 indicators; near-poor if its income is at most that line "
    "with fewer than 3 deprivations; of middle living standard if its income is above the line and at most "
    "2,250,000 VND (rural) or 3,000,000 VND (urban)."
)

STANDARD = Standard(
    id="vn-2022-2025",
    jurisdiction="VN",
    name=Text("Chuẩn nghèo đa chiều giai đoạn 2022-2025", "Multidimensional poverty standard 2022-2025"),
    window=Window(dt.date(2022, 1, 1), dt.date(2026, 1, 1)),
    basis=DECREE_07_2021.cite(article=3, verification=Verification.QUOTED, evidence=(_LAODONG, _LAWNET, _VNEXPRESS)),
    rule=Text("Từ 01/01/2022 đến 31/12/2025, " + _RULE_VI, "From 2022-01-01 to 2025-12-31 " + _RULE_EN),
    bands=(POVERTY_LINE, MIDDLE_BAND),
    deprivation_cutoff=DEPRIVATION_CUTOFF,
    indicators=INDICATORS,
    notes=(
        Text(
            "Nghị định 30/2025/NĐ-CP sửa đổi Nghị định này, bổ sung người lao động có thu nhập thấp; "
            "chuẩn hộ gia đình không thay đổi.",
            "Decree 30/2025/NĐ-CP amended this decree to add low-income workers; the household standard is unchanged.",
        ),
    ),
)

#: The same standard applied in 2026 under Nghị định 351/2025/NĐ-CP.
STANDARD_2026 = attrs.evolve(
    STANDARD,
    id="vn-2026",
    name=Text(
        "Chuẩn nghèo đa chiều giai đoạn 2022-2025, áp dụng năm 2026",
        "Multidimensional poverty standard 2022-2025, applied in 2026",
    ),
    window=Window(dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    basis=DECREE_351_2025.cite(
        verification=Verification.QUOTED,
        evidence=(
            _VIETNAMPLUS,
            "https://vietnamnet.vn/en/vn-s-poverty-reduction-strategy-embraces-sustainability-and-digital-inclusion-2484119.html",
        ),
        note="Article of Decree 351/2025 not identified; the carry-over wording is quoted by vietnamplus.",
    ),
    rule=Text(
        "Từ 01/01/2026 đến 31/12/2026 (Nghị định 351/2025/NĐ-CP), " + _RULE_VI,
        "From 2026-01-01 to 2026-12-31 (Decree 351/2025/NĐ-CP) " + _RULE_EN,
    ),
)
