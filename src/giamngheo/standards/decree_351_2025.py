"""Nghị định 351/2025/NĐ-CP: the national multidimensional poverty standard for 2027-2030.

References:
    * Nghị định 351/2025/NĐ-CP (30/12/2025) của Chính phủ quy định chuẩn nghèo đa chiều quốc gia giai đoạn
      2026-2030. Number, date, scope, income lines and the employment dimension quoted by vietnamplus:
      https://www.vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp
    * The rule "từ 2,2 triệu đồng/người/tháng trở xuống và thiếu hụt từ 3 chỉ số … trở lên", quoted by sggp:
      https://www.sggp.org.vn/nang-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2027-2030-post831518.html
    * Near-poor rule: https://huengaynay.vn/chinh-tri-xa-hoi/an-sinh-xa-hoi/chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-161540.html
    * Changes against 2022-2025 (information means removed; digital services, internet access and domestic waste
      added), per the National Office for Poverty Reduction:
      https://vietnamnet.vn/en/vn-s-poverty-reduction-strategy-embraces-sustainability-and-digital-inclusion-2484119.html
    * Draft indicator list (6 dimensions, 12 indicators): https://www.vietnam.vn/en/som-ban-hanh-quy-dinh-moi-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030
    * The 2026 carry-over of the 2022-2025 standard lives in :mod:`giamngheo.standards.decree_07_2021`.

From 2027-01-01 to 2030-12-31 a household is poor if its monthly income per person is at most 2,200,000 VND
(rural) or 2,800,000 VND (urban, "đô thị") and it is deprived in at least 3 indicators; near-poor if its
income is at most that line with fewer than 3 deprivations.

Not encoded, because unconfirmed: a middle living standard band for 2027-2030 (no figure has been seen; an
extrapolation of the 2022-2025 ratio would be an invention), and the final list of indicators. The
indicators shipped here follow the draft list, flagged ``draft``, except the two of the employment dimension,
which the final text is quoted to contain; a user who has the final list can replace them with
``attrs.evolve(STANDARD, indicators=...)`` and pass that standard to :func:`giamngheo.assess`.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from giamngheo._facts import Employment, Nutrition
from giamngheo._instruments import DECREE_07_2021, DECREE_351_2025
from giamngheo._legal import Citation, Cited, Verification, Window
from giamngheo._model import IncomeBand, Indicator, Standard, Status, Text, Threshold
from giamngheo.law import labour_code_2019
from giamngheo.rules import RULES
from giamngheo.standards import decree_07_2021

__all__ = ["DEPRIVATION_CUTOFF", "INDICATORS", "POVERTY_LINE", "STANDARD"]

_VIETNAMPLUS = (
    "https://www.vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp"
)
_SGGP = "https://www.sggp.org.vn/nang-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2027-2030-post831518.html"
_HUE = "https://huengaynay.vn/chinh-tri-xa-hoi/an-sinh-xa-hoi/chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-161540.html"
_VIETNAMNET = "https://vietnamnet.vn/en/vn-s-poverty-reduction-strategy-embraces-sustainability-and-digital-inclusion-2484119.html"
_DRAFT = "https://www.vietnam.vn/en/som-ban-hanh-quy-dinh-moi-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030"
_DRAFT_THRESHOLDS = (
    "https://www.vietnam.vn/en/de-xuat-cac-chi-so-thieu-hut-dich-vu-xa-hoi-co-ban-trong-chuan-ngheo-da-chieu-moi"
)
_ARTICLE = "Article of Decree 351/2025 not identified."

POVERTY_LINE = IncomeBand(
    upper_rural_vnd=Cited(
        2_200_000,
        DECREE_351_2025.cite(verification=Verification.QUOTED, evidence=(_VIETNAMPLUS, _SGGP, _HUE), note=_ARTICLE),
    ),
    upper_urban_vnd=Cited(
        2_800_000,
        DECREE_351_2025.cite(verification=Verification.QUOTED, evidence=(_VIETNAMPLUS, _SGGP, _HUE), note=_ARTICLE),
    ),
    if_deprived=Status.POOR,
    otherwise=Status.NEAR_POOR,
    name=Text("chuẩn nghèo", "poverty line"),
)

#: "thiếu hụt từ 3 chỉ số đo lường tiếp cận dịch vụ xã hội cơ bản trở lên".
DEPRIVATION_CUTOFF = Cited(
    3, DECREE_351_2025.cite(verification=Verification.QUOTED, evidence=(_SGGP, _HUE), note=_ARTICLE)
)

_CONFIRMED = DECREE_351_2025.cite(
    verification=Verification.QUOTED,
    evidence=(_VIETNAMPLUS,),
    note="'Chiều thiếu hụt việc làm gồm: chỉ số việc làm, chỉ số người phụ thuộc trong hộ gia đình.' " + _ARTICLE,
)
_DRAFTED = DECREE_351_2025.cite(
    verification=Verification.DRAFT,
    evidence=(_DRAFT, _DRAFT_THRESHOLDS, _VIETNAMNET),
    note="From the draft's list; consistent with the official's statement of what changed, final text not seen.",
)
_EMPLOYMENT = Text("Việc làm", "Employment")
_HEALTH = Text("Y tế", "Health")
_EDUCATION = Text("Giáo dục", "Education")
_HOUSING = Text("Nhà ở", "Housing")
_INFORMATION = Text("Thông tin", "Information")
_WATER = Text("Nước sinh hoạt, vệ sinh và môi trường", "Domestic water, sanitation and environment")

_DRAFT_DEFINITION = DECREE_351_2025.cite(
    verification=Verification.DRAFT,
    evidence=(_DRAFT_THRESHOLDS, _DRAFT),
    note="Threshold of the draft decree as reported; the final text's thresholds have not been seen.",
)
_CARRIED = DECREE_351_2025.cite(
    verification=Verification.DRAFT,
    evidence=(_DRAFT_THRESHOLDS, _DRAFT),
    note=(
        "The draft's threshold was not seen in full; the 2022-2025 value (itself reported or unconfirmed) is "
        "carried over as a draft."
    ),
)


def _t(key: str, vi: str, en: str, value: object, citation: Citation = _DRAFT_DEFINITION) -> Threshold:
    return Threshold(key, Text(vi, en), Cited(value, citation))


def _carried(indicator_id: str) -> tuple[Threshold, ...]:
    """The 2022-2025 thresholds of an indicator, re-cited as carried into the draft."""
    old = next(i for i in decree_07_2021.INDICATORS if i.id == indicator_id)
    return tuple(
        t
        if t.value.citation.instrument is not DECREE_07_2021
        else _t(t.key, t.label.vi, t.label.en, t.value.value, _CARRIED)
        for t in old.thresholds
    )


def _indicator(  # noqa: PLR0917 - a table row
    indicator_id: str,
    dimension: Text,
    name: Text,
    citation: Citation,
    rule: str,
    definition: Cited[Text],
    thresholds: tuple[Threshold, ...],
) -> Indicator:
    return Indicator(indicator_id, dimension, name, citation, definition, thresholds, RULES[rule])


def _draft(en: str, vi: str = "(theo dự thảo; chưa thấy văn bản tiếng Việt)") -> Cited[Text]:
    return Cited(Text(vi, en), _DRAFT_DEFINITION)


def _carried_definition(indicator_id: str) -> Cited[Text]:
    old = next(i for i in decree_07_2021.INDICATORS if i.id == indicator_id)
    assert old.definition is not None  # noqa: S101
    return Cited(old.definition.value, _CARRIED)


#: The indicators: employment and dependants quoted from the final text, the rest from the draft (flagged).
#: Every threshold is the draft's, or the 2022-2025 one carried over where the draft's was not seen.
INDICATORS: tuple[Indicator, ...] = (
    _indicator(
        "employment",
        _EMPLOYMENT,
        Text("Việc làm", "Employment"),
        _CONFIRMED,
        "working_age_member_without_secure_job",
        _draft(
            "At least one unemployed person (a person of working age who is able to work, willing to work but "
            "unable to find a job); or having a salaried job but without a labor contract (this threshold "
            "considers regular, steady, or relatively stable employment)."
        ),
        (
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
            ),
        ),
    ),
    _indicator(
        "dependants",
        _EMPLOYMENT,
        Text("Người phụ thuộc trong hộ gia đình", "Dependants in the household"),
        _CONFIRMED,
        "dependants_share",
        _draft(
            "Dependency ratio greater than 50% of the total population. Dependents include: children under 16 "
            "years old, elderly or disabled people receiving monthly social benefits."
        ),
        (
            _t("max_share", "tỷ lệ người phụ thuộc tối đa", "largest share of dependants", Fraction(1, 2)),
            _t("child_under", "trẻ em: dưới (tuổi)", "children: under (age)", 16),
            _t(
                "elderly_from",
                "người cao tuổi: từ (tuổi)",
                "elderly: from (age)",
                60,
                DECREE_351_2025.cite(
                    verification=Verification.UNCONFIRMED,
                    evidence=(_DRAFT_THRESHOLDS,),
                    note="The draft says 'elderly' without an age; 60 is giamngheo's reading.",
                ),
            ),
            _t(
                "requires_social_allowance",
                "người cao tuổi, khuyết tật chỉ tính khi hưởng trợ cấp xã hội hằng tháng",
                "elderly and disabled count only with a monthly social allowance",
                value=True,
            ),
        ),
    ),
    _indicator(
        "nutrition",
        _HEALTH,
        Text("Dinh dưỡng", "Nutrition"),
        _DRAFTED,
        "child_malnourished",
        _draft(
            "At least one child under 16 years of age who is malnourished in height for age or malnourished in "
            "weight for age."
        ),
        (
            _t("max_age", "trẻ em dưới (tuổi)", "children under (age)", 16),
            _t(
                "forms",
                "các dạng suy dinh dưỡng",
                "forms of malnutrition",
                frozenset({Nutrition.STUNTED, Nutrition.UNDERWEIGHT, Nutrition.STUNTED_AND_UNDERWEIGHT}),
            ),
        ),
    ),
    _indicator(
        "health_insurance",
        _HEALTH,
        Text("Bảo hiểm y tế", "Health insurance"),
        _DRAFTED,
        "member_without_health_insurance",
        _carried_definition("health_insurance"),
        _carried("health_insurance"),
    ),
    _indicator(
        "adult_education",
        _EDUCATION,
        Text("Trình độ giáo dục của người lớn", "Education level of adults"),
        _DRAFTED,
        "young_adult_without_qualification",
        _carried_definition("adult_education"),
        _carried("adult_education"),
    ),
    _indicator(
        "school_attendance",
        _EDUCATION,
        Text("Tình trạng đi học của trẻ em", "School attendance of children"),
        _DRAFTED,
        "child_out_of_school",
        _carried_definition("school_attendance"),
        _carried("school_attendance"),
    ),
    _indicator(
        "housing_quality",
        _HOUSING,
        Text("Chất lượng nhà ở", "Housing quality"),
        _DRAFTED,
        "non_durable_structures",
        _carried_definition("housing_quality"),
        _carried("housing_quality"),
    ),
    _indicator(
        "housing_area",
        _HOUSING,
        Text("Diện tích nhà ở bình quân đầu người", "Housing area per person"),
        _DRAFTED,
        "floor_area_per_person",
        _carried_definition("housing_area"),
        _carried("housing_area"),
    ),
    _indicator(
        "telecom",
        _INFORMATION,
        Text("Sử dụng dịch vụ viễn thông", "Use of telecommunication services"),
        _DRAFTED,
        "no_member_uses_internet",
        _carried_definition("telecom"),
        (),
    ),
    _indicator(
        "water",
        _WATER,
        Text("Nguồn nước sinh hoạt", "Domestic water source"),
        _DRAFTED,
        "water_source_not_clean",
        _carried_definition("water"),
        _carried("water"),
    ),
    _indicator(
        "sanitation",
        _WATER,
        Text("Nhà tiêu hợp vệ sinh", "Hygienic latrine"),
        _DRAFTED,
        "latrine_not_hygienic",
        _carried_definition("sanitation"),
        _carried("sanitation"),
    ),
    # The Vietnamese name of the new indicator has not been seen: the label below is a description, not its name.
    _indicator(
        "waste",
        _WATER,
        Text("(xử lý rác thải sinh hoạt; tên chưa xác nhận)", "Domestic waste treatment"),
        _DRAFTED,
        "waste_not_collected",
        _draft("The household's domestic waste is not collected or treated (the draft's wording was not seen)."),
        (),
    ),
)

STANDARD = Standard(
    id="vn-2027-2030",
    jurisdiction="VN",
    name=Text(
        "Chuẩn nghèo đa chiều quốc gia giai đoạn 2027-2030", "National multidimensional poverty standard 2027-2030"
    ),
    window=Window(dt.date(2027, 1, 1), dt.date(2031, 1, 1)),
    basis=DECREE_351_2025.cite(
        verification=Verification.QUOTED,
        evidence=(_VIETNAMPLUS, _VIETNAMNET),
        note="'From 2027, a new poverty standard under Decree No351/2025/ND-CP will be applied.' " + _ARTICLE,
    ),
    rule=Text(
        "Từ 01/01/2027 đến 31/12/2030, hộ nghèo là hộ có thu nhập bình quân đầu người/tháng từ 2.200.000 đồng trở "
        "xuống (nông thôn) hoặc từ 2.800.000 đồng trở xuống (đô thị) và thiếu hụt từ 3 chỉ số trở lên; hộ cận nghèo "
        "là hộ có cùng mức thu nhập và thiếu hụt dưới 3 chỉ số.",
        "From 2027-01-01 to 2030-12-31 a household is poor if its monthly income per person is at most "
        "2,200,000 VND (rural) or 2,800,000 VND (urban) and it is deprived in at least 3 indicators; near-poor if "
        "its income is at most that line with fewer than 3 deprivations.",
    ),
    bands=(POVERTY_LINE,),
    deprivation_cutoff=DEPRIVATION_CUTOFF,
    indicators=INDICATORS,
    urban_label=Text("đô thị", "urban"),
    notes=(
        Text(
            "Chuẩn hộ có mức sống trung bình giai đoạn 2027-2030 chưa được xác nhận nên chưa được mã hóa: hộ trên "
            "chuẩn nghèo được xếp 'không thuộc hộ nghèo, hộ cận nghèo'.",
            "The 2027-2030 middle living standard is unconfirmed and not encoded: a household above the poverty "
            "line is classed as neither poor nor near-poor.",
        ),
        Text(
            "Danh sách chỉ số (trừ việc làm và người phụ thuộc) theo dự thảo, chưa xác nhận văn bản cuối cùng.",
            "The indicator list, except employment and dependants, follows the draft; the final text is unconfirmed.",
        ),
    ),
)
