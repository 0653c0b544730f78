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
    * Deprivation thresholds: Điều 1 khoản 2 điểm b lists only the names of the 10 indicators. The thresholds
      are probably in Quyết định 1614/QĐ-TTg (15/09/2015) or the Phiếu B of Thông tư 17/2016/TT-BLĐTBXH; no
      source for them has been seen, and the values below are giamngheo's reading, flagged ``unconfirmed``
      and overridable (``docs/unconfirmed.md``).
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

from giamngheo._facts import Device, Education, Latrine, WaterSource
from giamngheo._instruments import DECISION_59_2015, DECREE_07_2021
from giamngheo._legal import Cited, Verification, Window
from giamngheo._model import IncomeBand, Indicator, Standard, Status, Text, Threshold
from giamngheo.rules import RULES

__all__ = [
    "DEPRIVATION_CUTOFF",
    "HYGIENIC_LATRINES",
    "HYGIENIC_WATER_SOURCES",
    "INDICATORS",
    "INFORMATION_ASSETS",
    "LOWER_SECONDARY_OR_ABOVE",
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

_THRESHOLDS = DECISION_59_2015.cite(
    article=1,
    clause=2,
    point="b",
    verification=Verification.UNCONFIRMED,
    evidence=(_TVPL_ART1, _LUATVN),
    note=(
        "The provision lists the indicator only; its threshold is giamngheo's reading of the 2016-2020 review "
        "forms as recalled, not seen in any source (docs/unconfirmed.md §7). The evidence URLs are where the "
        "provision can be checked, not sources of the threshold."
    ),
)


def _t(key: str, vi: str, en: str, value: object) -> Threshold:
    return Threshold(key, Text(vi, en), Cited(value, _THRESHOLDS))


def _indicator(
    indicator_id: str, dimension: Text, name: Text, rule: str, definition: Text, *thresholds: Threshold
) -> Indicator:
    return Indicator(
        id=indicator_id,
        dimension=dimension,
        name=name,
        citation=_INDICATORS_CITATION,
        definition=Cited(definition, _THRESHOLDS),
        thresholds=thresholds,
        rule=RULES[rule],
    )


#: Levels that include lower secondary school (trung học cơ sở) or a qualification that requires it.
LOWER_SECONDARY_OR_ABOVE = frozenset(
    {
        Education.LOWER_SECONDARY,
        Education.UPPER_SECONDARY,
        Education.VOCATIONAL_INTERMEDIATE,
        Education.COLLEGE,
        Education.UNIVERSITY,
        Education.POSTGRADUATE,
    }
)
#: Hygienic water sources (nguồn nước hợp vệ sinh), as giamngheo reads them.
HYGIENIC_WATER_SOURCES = frozenset(
    {
        WaterSource.PIPED,
        WaterSource.BOREHOLE,
        WaterSource.PROTECTED_DUG_WELL,
        WaterSource.PROTECTED_SPRING,
        WaterSource.RAINWATER,
        WaterSource.BOTTLED,
    }
)
HYGIENIC_LATRINES = frozenset(
    {Latrine.SEPTIC, Latrine.SEMI_SEPTIC, Latrine.POUR_FLUSH, Latrine.DOUBLE_VAULT, Latrine.VENTILATED_PIT}
)
#: "ti vi, radio, máy tính" (a computer: desktop or laptop).
INFORMATION_ASSETS = frozenset({Device.TELEVISION, Device.RADIO, Device.DESKTOP_COMPUTER, Device.LAPTOP})

#: The 10 indicators of Điều 1 khoản 2 điểm b, in the order of the text, with their (unconfirmed) thresholds.
INDICATORS: tuple[Indicator, ...] = (
    _indicator(
        "health_care_access",
        _HEALTH,
        Text("Tiếp cận các dịch vụ y tế", "Access to health care services"),
        "member_ill_without_care",
        Text(
            "Hộ gia đình có người bị ốm đau nhưng không đi khám chữa bệnh (ốm đau: bị bệnh, chấn thương nặng đến mức "
            "phải nằm một chỗ hoặc không tham gia được các hoạt động bình thường).",
            "A member was ill (bedridden or unable to carry on normal activities) and did not seek medical care.",
        ),
    ),
    _indicator(
        "health_insurance",
        _HEALTH,
        Text("Bảo hiểm y tế", "Health insurance"),
        "member_without_health_insurance",
        Text(
            "Hộ gia đình có ít nhất 1 thành viên từ 6 tuổi trở lên hiện tại không có bảo hiểm y tế.",
            "At least one member aged 6 or over has no health insurance.",
        ),
        _t("min_age", "từ (tuổi)", "aged at least", 6),
    ),
    _indicator(
        "adult_education",
        _EDUCATION,
        Text("Trình độ giáo dục của người lớn", "Education level of adults"),
        "adult_without_lower_secondary",
        Text(
            "Hộ gia đình có ít nhất 1 thành viên từ 15 tuổi trở lên và sinh từ năm 1986 trở lại đây không tốt nghiệp "
            "trung học cơ sở và hiện không đi học.",
            "At least one member aged 15 or over, born in 1986 or later, has not completed lower secondary school "
            "and is not in school.",
        ),
        _t("min_age", "từ (tuổi)", "aged at least", 15),
        _t("born_from_year", "sinh từ năm", "born in or after", 1986),
        _t("accepted_levels", "trình độ đạt yêu cầu", "levels accepted", LOWER_SECONDARY_OR_ABOVE),
    ),
    _indicator(
        "school_attendance",
        _EDUCATION,
        Text("Tình trạng đi học của trẻ em", "School attendance of children"),
        "child_out_of_school",
        Text(
            "Hộ gia đình có ít nhất 1 trẻ em trong độ tuổi đi học (5 - dưới 15 tuổi) hiện không đi học.",
            "At least one child of school age (5 to under 15) is not in school.",
        ),
        _t("min_age", "từ (tuổi)", "from (age)", 5),
        _t("max_age", "dưới (tuổi)", "under (age)", 15),
    ),
    _indicator(
        "housing_quality",
        _HOUSING,
        Text("Chất lượng nhà ở", "Housing quality"),
        "non_durable_structures",
        Text(
            "Hộ gia đình đang ở trong ngôi nhà thiếu kiên cố hoặc đơn sơ (read as: at least two of wall, column and "
            "roof are of non-durable materials).",
            "The household lives in a less-than-solid or simple house (read as: at least two of wall, column and roof "
            "are of non-durable materials).",
        ),
        _t("min_non_durable", "số kết cấu không bền chắc tối thiểu", "least number of non-durable structures", 2),
    ),
    _indicator(
        "housing_area",
        _HOUSING,
        Text("Diện tích nhà ở bình quân đầu người", "Housing area per person"),
        "floor_area_per_person",
        Text(
            "Diện tích nhà ở bình quân đầu người của hộ gia đình nhỏ hơn 8 m².",
            "The household's floor area per person is less than 8 m².",
        ),
        _t("min_m2_per_person", "diện tích tối thiểu (m²/người)", "least floor area (m² per person)", 8),
    ),
    _indicator(
        "water",
        _WATER,
        Text("Nguồn nước sinh hoạt", "Domestic water source"),
        "water_source_not_clean",
        Text(
            "Hộ gia đình không được tiếp cận nguồn nước hợp vệ sinh.",
            "The household has no access to a hygienic water source.",
        ),
        _t("clean_sources", "nguồn nước hợp vệ sinh", "hygienic sources", HYGIENIC_WATER_SOURCES),
    ),
    _indicator(
        "sanitation",
        _WATER,
        Text("Hố xí/nhà tiêu hợp vệ sinh", "Hygienic latrine"),
        "latrine_not_hygienic",
        Text(
            "Hộ gia đình không sử dụng hố xí/nhà tiêu hợp vệ sinh.",
            "The household does not use a hygienic latrine.",
        ),
        _t("hygienic_latrines", "loại nhà tiêu hợp vệ sinh", "hygienic latrine types", HYGIENIC_LATRINES),
    ),
    _indicator(
        "telecom",
        _INFORMATION,
        Text("Sử dụng dịch vụ viễn thông", "Use of telecommunication services"),
        "no_member_uses_phone_or_internet",
        Text(
            "Hộ gia đình không có thành viên nào sử dụng thuê bao điện thoại và internet.",
            "No member uses a telephone subscription or the internet.",
        ),
    ),
    _indicator(
        "information_assets",
        _INFORMATION,
        Text("Tài sản phục vụ tiếp cận thông tin", "Assets for access to information"),
        "no_information_asset_nor_loudspeaker",
        Text(
            "Hộ gia đình không có tài sản nào trong số các tài sản: ti vi, radio, máy tính; và không nghe được hệ "
            "thống loa đài truyền thanh xã/thôn.",
            "The household owns none of a television, radio or computer, and cannot hear the commune or village "
            "loudspeaker system.",
        ),
        _t("devices", "các tài sản", "the assets", INFORMATION_ASSETS),
    ),
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
