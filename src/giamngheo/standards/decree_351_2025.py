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

from giamngheo._instruments import DECREE_351_2025
from giamngheo._legal import Cited, Verification, Window
from giamngheo._model import IncomeBand, Indicator, Standard, Status, Text

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

#: The indicators: employment and dependants quoted from the final text, the rest from the draft (flagged).
INDICATORS: tuple[Indicator, ...] = (
    Indicator("employment", _EMPLOYMENT, Text("Việc làm", "Employment"), _CONFIRMED),
    Indicator(
        "dependants", _EMPLOYMENT, Text("Người phụ thuộc trong hộ gia đình", "Dependants in the household"), _CONFIRMED
    ),
    Indicator("nutrition", _HEALTH, Text("Dinh dưỡng", "Nutrition"), _DRAFTED),
    Indicator("health_insurance", _HEALTH, Text("Bảo hiểm y tế", "Health insurance"), _DRAFTED),
    Indicator(
        "adult_education", _EDUCATION, Text("Trình độ giáo dục của người lớn", "Education level of adults"), _DRAFTED
    ),
    Indicator(
        "school_attendance", _EDUCATION, Text("Tình trạng đi học của trẻ em", "School attendance of children"), _DRAFTED
    ),
    Indicator("housing_quality", _HOUSING, Text("Chất lượng nhà ở", "Housing quality"), _DRAFTED),
    Indicator(
        "housing_area", _HOUSING, Text("Diện tích nhà ở bình quân đầu người", "Housing area per person"), _DRAFTED
    ),
    Indicator(
        "telecom", _INFORMATION, Text("Sử dụng dịch vụ viễn thông", "Use of telecommunication services"), _DRAFTED
    ),
    Indicator("water", _WATER, Text("Nguồn nước sinh hoạt", "Domestic water source"), _DRAFTED),
    Indicator("sanitation", _WATER, Text("Nhà tiêu hợp vệ sinh", "Hygienic latrine"), _DRAFTED),
    # The Vietnamese name of the new indicator has not been seen: the label below is a description, not its name.
    Indicator(
        "waste", _WATER, Text("(xử lý rác thải sinh hoạt; tên chưa xác nhận)", "Domestic waste treatment"), _DRAFTED
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
