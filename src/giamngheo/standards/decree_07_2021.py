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
    * The deprivation thresholds are in the decree's annex, by Điều 3 khoản 1 điểm c ("… và ngưỡng thiếu hụt
      quy định tại phụ lục ban hành kèm theo nghị định này"), quoted by
      https://m.baomoi.com/chuan-ngheo-da-chieu-giai-doan-2022-2025-duoc-quy-dinh-nhu-the-nao/c/38086460.epi and
      https://daidoanket.vn/print/10182244.html. The annex itself has not been seen: the thresholds below come
      from a secondary personal note that copies it in part (``reported``) or, where nothing was found, are
      giamngheo's reading (``unconfirmed``). See ``docs/unconfirmed.md``.
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
from fractions import Fraction

import attrs

from giamngheo._facts import Device, Education, Employment, Latrine, Nutrition, WaterSource
from giamngheo._instruments import DECREE_07_2021, DECREE_351_2025
from giamngheo._legal import Citation, Cited, Verification, Window
from giamngheo._model import IncomeBand, Indicator, Standard, Status, Text, Threshold
from giamngheo.law import labour_code_2019
from giamngheo.rules import RULES

__all__ = [
    "CLEAN_WATER_SOURCES",
    "DEPRIVATION_CUTOFF",
    "HYGIENIC_LATRINES",
    "INDICATORS",
    "INFORMATION_DEVICES",
    "LOWER_SECONDARY_OR_ABOVE",
    "MIDDLE_BAND",
    "POVERTY_LINE",
    "STANDARD",
    "STANDARD_2026",
    "UPPER_SECONDARY_OR_VOCATIONAL",
]

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

_BAOMOI = "https://m.baomoi.com/chuan-ngheo-da-chieu-giai-doan-2022-2025-duoc-quy-dinh-nhu-the-nao/c/38086460.epi"
_DAIDOANKET = "https://daidoanket.vn/print/10182244.html"
_NOTE_N = (
    "Threshold wording from a secondary personal note copying the annex in part (docs/unconfirmed.md §7); "
    "the annex itself has not been seen. The evidence URLs quote Điều 3 khoản 1 điểm c, which refers to the annex."
)


def _annex(verification: Verification, note: str) -> Citation:
    """The decree's annex (Phụ lục), which Điều 3 khoản 1 điểm c refers to for the thresholds."""
    return DECREE_07_2021.cite(annex="", verification=verification, evidence=(_BAOMOI, _DAIDOANKET), note=note)


_REPORTED = _annex(Verification.REPORTED, _NOTE_N)


def _unconfirmed(note: str) -> Citation:
    return _annex(Verification.UNCONFIRMED, note)


def _t(key: str, vi: str, en: str, value: object, citation: Citation = _REPORTED) -> Threshold:
    return Threshold(key, Text(vi, en), Cited(value, citation))


def _definition(vi: str, en: str, citation: Citation = _REPORTED) -> Cited[Text]:
    return Cited(Text(vi, en), citation)


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
#: "tốt nghiệp trung học phổ thông hoặc sơ cấp/trung cấp/cao đẳng nghề" (and higher education).
UPPER_SECONDARY_OR_VOCATIONAL = frozenset(
    {
        Education.UPPER_SECONDARY,
        Education.VOCATIONAL_ELEMENTARY,
        Education.VOCATIONAL_INTERMEDIATE,
        Education.COLLEGE,
        Education.UNIVERSITY,
        Education.POSTGRADUATE,
    }
)
#: "nước máy, giếng khoan, giếng đào được bảo vệ, nước khe/mó được bảo vệ và nước mưa, nước đóng chai bình".
CLEAN_WATER_SOURCES = frozenset(
    {
        WaterSource.PIPED,
        WaterSource.BOREHOLE,
        WaterSource.PROTECTED_DUG_WELL,
        WaterSource.PROTECTED_SPRING,
        WaterSource.RAINWATER,
        WaterSource.BOTTLED,
    }
)
#: "tự hoại/bán tự hoại, thấm dội …" seen; the two further types are giamngheo's completion of the cut list.
HYGIENIC_LATRINES = frozenset(
    {Latrine.SEPTIC, Latrine.SEMI_SEPTIC, Latrine.POUR_FLUSH, Latrine.DOUBLE_VAULT, Latrine.VENTILATED_PIT}
)
#: The means of access to information, as giamngheo reads the unseen list.
INFORMATION_DEVICES = frozenset(
    {
        Device.PHONE,
        Device.TELEVISION,
        Device.RADIO,
        Device.DESKTOP_COMPUTER,
        Device.LAPTOP,
        Device.TABLET,
    }
)
_MALNOURISHED = frozenset({Nutrition.STUNTED, Nutrition.UNDERWEIGHT, Nutrition.STUNTED_AND_UNDERWEIGHT})


def _indicator(
    indicator_id: str,
    dimension: Text,
    name: Text,
    rule: str,
    definition: Cited[Text],
    *thresholds: Threshold,
) -> Indicator:
    return Indicator(
        id=indicator_id,
        dimension=dimension,
        name=name,
        citation=_INDICATORS_CITATION,
        definition=definition,
        thresholds=thresholds,
        rule=RULES[rule],
    )


#: The 12 indicators, in the order of the decree, each with its deprivation threshold.
INDICATORS: tuple[Indicator, ...] = (
    _indicator(
        "employment",
        _EMPLOYMENT,
        Text("Việc làm", "Employment"),
        "working_age_member_without_secure_job",
        _definition(
            "Hộ gia đình có ít nhất một người trong độ tuổi lao động thất nghiệp, hoặc làm công ăn lương mà không có "
            "hợp đồng lao động (xét công việc thường xuyên, đều đặn, tương đối ổn định).",
            "At least one member of working age is unemployed, or works for wages without a labour contract "
            "(considering the main, regular job).",
            _unconfirmed(
                "[N] has only 'Không tìm được việc làm thường xuyên, đều đặn, tương đối ổn định'; the labour-contract "
                "branch is worded so only in the 2026-2030 draft."
            ),
        ),
        Threshold(
            "min_working_age",
            Text("tuổi lao động tối thiểu", "minimum working age"),
            labour_code_2019.MIN_WORKING_AGE,
        ),
        Threshold("retirement", Text("tuổi nghỉ hưu", "retirement age"), labour_code_2019.RETIREMENT),
        _t(
            "deprived_employment",
            "tình trạng việc làm bị coi là thiếu hụt",
            "employment counted as deprived",
            frozenset({Employment.UNEMPLOYED, Employment.WAGE_WITHOUT_CONTRACT}),
            _unconfirmed("Unemployment is in [N]; wage work without a contract follows the 2026-2030 draft."),
        ),
    ),
    _indicator(
        "dependants",
        _EMPLOYMENT,
        Text("Người phụ thuộc trong hộ gia đình", "Dependants in the household"),
        "dependants_share",
        _definition(
            "Có hơn một nửa người trong hộ là người phụ thuộc (trẻ em, người cao tuổi, người khuyết tật).",
            "More than half the members are dependants (children, elderly people, people with disabilities).",
        ),
        _t("max_share", "tỷ lệ người phụ thuộc tối đa", "largest share of dependants", Fraction(1, 2)),
        _t(
            "child_under",
            "trẻ em: dưới (tuổi)",
            "children: under (age)",
            16,
            _unconfirmed(
                "Who counts as a dependant in 2022-2025 is not known; children under 16 as in the Luật Trẻ em."
            ),
        ),
        _t(
            "elderly_from",
            "người cao tuổi: từ (tuổi)",
            "elderly: from (age)",
            60,
            _unconfirmed(
                "Who counts as a dependant in 2022-2025 is not known; elderly from 60 is giamngheo's reading."
            ),
        ),
        _t(
            "requires_social_allowance",
            "người cao tuổi, khuyết tật chỉ tính khi hưởng trợ cấp xã hội hằng tháng",
            "elderly and disabled count only with a monthly social allowance",
            value=False,
            citation=_unconfirmed("The 2026-2030 draft requires a monthly social allowance; not carried back to 2022."),
        ),
    ),
    _indicator(
        "nutrition",
        _HEALTH,
        Text("Dinh dưỡng", "Nutrition"),
        "child_malnourished",
        _definition(
            "Có ít nhất một trẻ em dưới 16 tuổi bị suy dinh dưỡng.",
            "At least one child under 16 is malnourished.",
        ),
        _t("max_age", "trẻ em dưới (tuổi)", "children under (age)", 16),
        _t(
            "forms",
            "các dạng suy dinh dưỡng",
            "forms of malnutrition",
            _MALNOURISHED,
            _annex(
                Verification.REPORTED,
                _NOTE_N + " [N] says 'suy dinh dưỡng'; stunting and underweight are the draft 2026-2030 forms.",
            ),
        ),
    ),
    _indicator(
        "health_insurance",
        _HEALTH,
        Text("Bảo hiểm y tế", "Health insurance"),
        "member_without_health_insurance",
        _definition(
            "Có ít nhất một thành viên từ đủ 6 tuổi trở lên không có bảo hiểm y tế.",
            "At least one member aged 6 or over has no health insurance.",
        ),
        _t(
            "min_age",
            "từ đủ (tuổi)",
            "aged at least",
            6,
            _annex(
                Verification.REPORTED,
                _NOTE_N + " [N] says 'trẻ em trên 6 tuổi'; children under 6 are insured by the state (NĐ 146/2018).",
            ),
        ),
    ),
    _indicator(
        "adult_education",
        _EDUCATION,
        Text("Trình độ giáo dục của người lớn", "Education level of adults"),
        "young_adult_without_qualification",
        _definition(
            "Có một người 16 đến 30 tuổi không tham gia các khóa đào tạo hoặc không có bằng cấp, chứng chỉ giáo dục "
            "đào tạo so với độ tuổi tương ứng (từ 16 đến dưới 18 tuổi: đang học hoặc đã tốt nghiệp trung học cơ sở; "
            "từ 18 đến 30 tuổi: đang học hoặc đã tốt nghiệp trung học phổ thông hoặc sơ cấp/trung cấp/cao đẳng "
            "nghề; hoặc được doanh nghiệp tuyển dụng và chứng nhận đào tạo nghề tại chỗ).",
            "A member aged 16 to 30 is not in training and lacks the qualification for their age (16 to under 18: "
            "studying or lower secondary; 18 to 30: studying, upper secondary or a vocational certificate; or hired "
            "by an enterprise with certified on-the-job training).",
        ),
        _t("min_age", "từ (tuổi)", "from (age)", 16),
        _t("split_age", "nhóm tuổi thứ hai từ (tuổi)", "second age group from (age)", 18),
        _t("max_age", "dưới (tuổi), tức đến hết 30 tuổi", "under (age), that is up to 30 included", 31),
        _t(
            "accepted_levels_young",
            "trình độ đạt yêu cầu, 16 đến dưới 18 tuổi",
            "levels accepted, 16 to under 18",
            LOWER_SECONDARY_OR_ABOVE,
        ),
        _t(
            "accepted_levels_older",
            "trình độ đạt yêu cầu, 18 đến 30 tuổi",
            "levels accepted, 18 to 30",
            UPPER_SECONDARY_OR_VOCATIONAL,
        ),
    ),
    _indicator(
        "school_attendance",
        _EDUCATION,
        Text("Tình trạng đi học của trẻ em", "School attendance of children"),
        "child_out_of_school",
        _definition(
            "Có một trẻ em từ 3 tuổi đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.",
            "A child aged 3 to under 16 does not attend school at the level for their age.",
        ),
        _t("min_age", "từ (tuổi)", "from (age)", 3),
        _t("max_age", "dưới (tuổi)", "under (age)", 16),
    ),
    _indicator(
        "housing_quality",
        _HOUSING,
        Text("Chất lượng nhà ở", "Housing quality"),
        "non_durable_structures",
        _definition(
            "Sống trong ngôi nhà/căn hộ thuộc loại không bền chắc (trong ba kết cấu chính là tường, cột, mái thì có "
            "ít nhất hai kết cấu được làm bằng vật liệu không bền chắc).",
            "Lives in a non-durable house or flat: at least two of the three main structures (wall, column, roof) "
            "are of non-durable materials.",
        ),
        _t("min_non_durable", "số kết cấu không bền chắc tối thiểu", "least number of non-durable structures", 2),
    ),
    _indicator(
        "housing_area",
        _HOUSING,
        Text("Diện tích nhà ở bình quân đầu người", "Housing area per person"),
        "floor_area_per_person",
        _definition(
            "Diện tích nhà ở bình quân đầu người của hộ nhỏ hơn 8 m².",
            "The household's floor area per person is less than 8 m².",
        ),
        _t("min_m2_per_person", "diện tích tối thiểu (m²/người)", "least floor area (m² per person)", 8),
    ),
    _indicator(
        "water",
        _WATER,
        Text("Nguồn nước sinh hoạt", "Domestic water source"),
        "water_source_not_clean",
        _definition(
            "Không tiếp cận được nguồn nước sạch trong sinh hoạt (gồm: nước máy, giếng khoan, giếng đào được bảo vệ, "
            "nước khe/mó được bảo vệ và nước mưa, nước đóng chai bình).",
            "No access to clean domestic water (piped water, borehole, protected dug well, protected spring, "
            "rainwater, bottled water).",
        ),
        _t("clean_sources", "nguồn nước sạch", "clean sources", CLEAN_WATER_SOURCES),
    ),
    _indicator(
        "sanitation",
        _WATER,
        Text("Nhà tiêu hợp vệ sinh", "Hygienic latrine"),
        "latrine_not_hygienic",
        _definition(
            "Không sử dụng hố xí/nhà tiêu hợp vệ sinh (tự hoại/bán tự hoại, thấm dội nước, …).",
            "Does not use a hygienic latrine (septic or semi-septic tank, pour-flush, …).",
        ),
        _t(
            "hygienic_latrines",
            "loại nhà tiêu hợp vệ sinh",
            "hygienic latrine types",
            HYGIENIC_LATRINES,
            _unconfirmed(
                "[N] lists 'tự hoại/bán tự hoại, thấm dội …' and is cut there; double-vault and ventilated pit "
                "latrines are added by giamngheo as the other hygienic types in common use. Check the annex."
            ),
        ),
    ),
    _indicator(
        "telecom",
        _INFORMATION,
        Text("Sử dụng dịch vụ viễn thông", "Use of telecommunication services"),
        "no_member_uses_internet",
        _definition(
            "Hộ gia đình không có thành viên nào sử dụng dịch vụ internet.",
            "No member of the household uses internet services.",
            _unconfirmed("No source seen; internet-only (rather than phone or internet) is giamngheo's reading."),
        ),
    ),
    _indicator(
        "information_devices",
        _INFORMATION,
        Text("Phương tiện phục vụ tiếp cận thông tin", "Means of access to information"),
        "owns_no_listed_device",
        _definition(
            "Hộ gia đình không có phương tiện nào trong số các phương tiện phục vụ tiếp cận thông tin.",
            "The household owns none of the means of access to information.",
            _unconfirmed("No source seen for the list."),
        ),
        _t(
            "devices",
            "các phương tiện",
            "the means",
            INFORMATION_DEVICES,
            _unconfirmed("No source seen for the list of devices; giamngheo's reading."),
        ),
    ),
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
