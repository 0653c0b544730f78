"""Quyết định 24/2021/QĐ-TTg: the annual review procedure for 2022-2025 (calendar, meeting, time limits).

References:
    * Quyết định 24/2021/QĐ-TTg (16/07/2021, in force 01/09/2021) của Thủ tướng Chính phủ quy định quy trình rà
      soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm
      nghiệp có mức sống trung bình giai đoạn 2022-2025.
      https://tuvanmienphi.vn/en/legal/1125-decision-242021qd-ttg-dated-july-16-2021-on-the-process-of-annually-reviewing-poor-households-and-near-poor-households-and-identifying-medium-households-working-in-agriculture-forestry-fishery-and-salt-industries-in-2022-2025.html
    * Điều 3 khoản 1 quoted: "a) Định kỳ mỗi năm 01 lần: thực hiện từ ngày 01 tháng 9 đến hết ngày 14 tháng 12 của
      năm. b) Thường xuyên hằng năm: mỗi tháng 01 lần, thực hiện từ ngày 15 hằng tháng."
      https://thuvienphapluat.vn/hoi-dap-phap-luat/83A4330-hd-thoi-gian-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-duoc-quy-dinh-nhu-the-nao.html
    * Điều 7 quoted: "1. Ngày 05 hằng tháng (từ tháng 02 đến tháng 9), Chủ tịch Ủy ban nhân dân cấp xã tổng hợp, báo
      cáo Chủ tịch Ủy ban nhân dân cấp huyện … 2. Trước ngày 15 tháng 11 hằng năm, Sở Lao động - Thương binh và Xã hội
      báo cáo kết quả sơ bộ … 3. Trước ngày 20 tháng 12 hằng năm, Chủ tịch Ủy ban nhân dân cấp tỉnh báo cáo chính thức
      kết quả rà soát …"
      https://thuvienphapluat.vn/hoi-dap-phap-luat/5440A-hd-thuc-hien-bao-cao-ra-soat-ho-ngheo-ho-can-ngheo-nhu-the-nao.html
    * Điều 4 and 5 (village meeting, posting, re-check, ongoing review) as restated by Quyết định 967/QĐ-BNNMT (2025),
      which publishes the procedure as an administrative procedure; quoted by a thuvienphapluat article stored at
      ``tnt305/tai_lieu_noi_bo@56eff108:src/etl/dataset/bc9abc9a9d55274e.md``: "Lấy ý kiến thống nhất của ít nhất
      50% tổng số người tham dự cuộc họp … Trường hợp ý kiến thống nhất dưới 50%, thực hiện rà soát lại tại Bước 2
      và tổ chức họp dân lại"; "… trong thời gian 03 ngày làm việc"; "phúc tra … trong thời gian không quá 07 ngày
      làm việc, kể từ ngày nhận được khiếu nại"; "Thời gian giải quyết: 15 ngày, kể từ ngày bắt đầu rà soát".
    * Quyết định 71/QĐ-LĐTBXH (19/01/2023) announced the 2022 review results under the 2022-2025 standard.
      https://english.luatvietnam.vn/chinh-sach/decision-71-qd-ldtbxh-2023-results-of-reviewing-poor-and-near-poverty-households-in-2022-241796-d1.html
    * Thông tư 13/2025/TT-BNNMT (19/06/2025, in force 01/07/2025) on the division of powers "trong lĩnh vực giảm
      nghèo" under the two-tier local government; its title is quoted by
      https://nhansu.vn/van-ban-phap-luat/Thong-tu-13-2025-TT-BNNMT-phan-dinh-tham-quyen-quan-ly-linh-vuc-phat-trien-nong-thon-662237.html
      The article that reassigns the district chairperson's steps has not been read.

From 2021-09-01 the periodic review runs once a year from 1 September to the end of 14 December, the ongoing
review once a month from the 15th and within 15 days of its start; a village meeting agrees a household's result
when at least 50 % of the attendees agree (below 50 % the household is reviewed again and the meeting held again);
the village's list is posted for 3 working days and a complaint is re-checked within 7 working days of its receipt;
the commune reports its ongoing-review results on the 5th of each month from February to September, the provincial
labour department sends the preliminary results before 15 November and the provincial chairperson the official
results before 20 December. The districts were abolished on 2025-07-01: from then the district chairperson's
steps are flagged. Whether the decision, written for 2022-2025, also governs the reviews of 2026 (when the 2022-2025
standard stays in force) is not confirmed: the 2026 entry is shipped flagged ``unconfirmed``.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Text
from giamngheo.review._procedure import DayCount, Procedure, ReviewBasis

__all__ = [
    "BASES",
    "CIRCULAR_13_2025_BNNMT",
    "DECISION_24_2021",
    "DECISION_967_2025_BNNMT",
    "PROCEDURE",
    "PROCEDURES",
    "PROCEDURE_2021",
    "PROCEDURE_2026",
    "PROCEDURE_TWO_TIER",
]

_TVPL_ART3 = "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A4330-hd-thoi-gian-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-duoc-quy-dinh-nhu-the-nao.html"
_TVPL_ART7 = "https://thuvienphapluat.vn/hoi-dap-phap-luat/5440A-hd-thuc-hien-bao-cao-ra-soat-ho-ngheo-ho-can-ngheo-nhu-the-nao.html"
_QD967 = "tnt305/tai_lieu_noi_bo@56eff108:src/etl/dataset/bc9abc9a9d55274e.md"
_LAWNET = "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/procedure-for-regular-annual-review-of-poor-and-near-poor-households-1010154"
_QD71 = "https://english.luatvietnam.vn/chinh-sach/decision-71-qd-ldtbxh-2023-results-of-reviewing-poor-and-near-poverty-households-in-2022-241796-d1.html"
_TT13 = "https://nhansu.vn/van-ban-phap-luat/Thong-tu-13-2025-TT-BNNMT-phan-dinh-tham-quyen-quan-ly-linh-vuc-phat-trien-nong-thon-662237.html"

DECISION_24_2021 = Instrument(
    number="24/2021/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi="Thủ tướng Chính phủ",
    issuer_en="Prime Minister",
    title_vi=(
        "Quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm "
        "nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022-2025"
    ),
    title_en=(
        "Procedure for the annual review of poor and near-poor households and for identifying agricultural, "
        "forestry, fishery and salt-making households of middle living standard, 2022-2025"
    ),
    signed=dt.date(2021, 7, 16),
    effective=dt.date(2021, 9, 1),
    url="https://tuvanmienphi.vn/en/legal/1125-decision-242021qd-ttg-dated-july-16-2021-on-the-process-of-annually-reviewing-poor-households-and-near-poor-households-and-identifying-medium-households-working-in-agriculture-forestry-fishery-and-salt-industries-in-2022-2025.html",
    verification=Verification.QUOTED,
)

DECISION_967_2025_BNNMT = Instrument(
    number="967/QĐ-BNNMT",
    kind=InstrumentKind.DECISION,
    issuer_vi="Bộ Nông nghiệp và Môi trường",
    issuer_en="Ministry of Agriculture and Environment",
    title_vi="Công bố thủ tục hành chính lĩnh vực giảm nghèo",
    title_en="Publishing the administrative procedures on poverty reduction",
    signed=None,  # 2025; the day is not known
    effective=None,
    url="https://news.thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/tu-van-phap-luat/83004/trinh-tu-thu-tuc-cong-nhan-ho-ngheo-va-can-ngheo-dinh-ky-hang-nam-moi-nhat",
    verification=Verification.REPORTED,
)

CIRCULAR_13_2025_BNNMT = Instrument(
    number="13/2025/TT-BNNMT",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Nông nghiệp và Môi trường",
    issuer_en="Ministry of Agriculture and Environment",
    title_vi=(
        "Quy định phân định thẩm quyền quản lý nhà nước trong lĩnh vực kinh tế hợp tác và phát triển nông thôn và "
        "lĩnh vực giảm nghèo"
    ),
    title_en="Dividing state-management powers in cooperative economy, rural development and poverty reduction",
    signed=dt.date(2025, 6, 19),
    effective=dt.date(2025, 7, 1),
    url=_TT13,
    verification=Verification.QUOTED,
)


def _cite(article: int, clause: int | None, point: str | None, evidence: tuple[str, ...], **kw: str) -> Citation:
    return DECISION_24_2021.cite(
        article=article, clause=clause, point=point, verification=Verification.QUOTED, evidence=evidence, **kw
    )


_ART3_A = _cite(3, 1, "a", (_TVPL_ART3,))
_ART3_B = _cite(3, 1, "b", (_TVPL_ART3,))
_RESTATED = "The article's own text was not seen: the wording is quoted from Quyết định 967/QĐ-BNNMT (2025), which restates it."
_ART4 = _cite(4, None, None, (_QD967, _LAWNET), note=_RESTATED)
_ART5 = _cite(
    5,
    None,
    None,
    (_QD967,),
    note=_RESTATED + " The limit reads '15 ngày' (days), not working days.",
)
_ART7_1 = _cite(7, 1, None, (_TVPL_ART7,))
_ART7_2 = _cite(7, 2, None, (_TVPL_ART7,))
_ART7_3 = _cite(7, 3, None, (_TVPL_ART7,))

#: From 2022-01-01 to 2025-06-30: the procedure as written.
PROCEDURE = Procedure(
    id="qd-24-2021",
    name=Text(
        "Quy trình rà soát theo Quyết định 24/2021/QĐ-TTg",
        "Review procedure of Decision 24/2021/QĐ-TTg",
    ),
    window=Window(dt.date(2022, 1, 1), dt.date(2025, 7, 1)),
    periodic_start=Cited((9, 1), _ART3_A),
    periodic_end=Cited((12, 14), _ART3_A),
    ongoing_day=Cited(15, _ART3_B),
    ongoing_limit=Cited(DayCount(15, working=False), _ART5),
    meeting_share=Cited(Fraction(1, 2), _ART4),
    monthly_report_day=Cited(5, _ART7_1),
    monthly_report_months=Cited((2, 3, 4, 5, 6, 7, 8, 9), _ART7_1),
    preliminary_report_before=Cited((11, 15), _ART7_2),
    official_report_before=Cited((12, 20), _ART7_3),
    posting=Cited(DayCount(3, working=True), _ART4),
    complaint_limit=Cited(DayCount(7, working=True), _ART4),
)

#: From 2021-09-01 to 2021-12-31: in force, but the 2021 review classified households under the 2016-2020 standard.
PROCEDURE_2021 = attrs.evolve(
    PROCEDURE,
    id="qd-24-2021-first-months",
    window=Window(dt.date(2021, 9, 1), dt.date(2022, 1, 1)),
    notes=(
        Text(
            "Rà soát năm 2021 vẫn phân loại theo chuẩn nghèo giai đoạn 2016-2020 (Quyết định 125/QĐ-LĐTBXH); chưa "
            "xác nhận lịch rà soát năm 2021 theo Quyết định 24/2021/QĐ-TTg hay Thông tư 17/2016/TT-BLĐTBXH (được "
            "ghi nhận còn hiệu lực đến 15/11/2022).",
            "The 2021 review still classified households under the 2016-2020 standard (Decision 125/QĐ-LĐTBXH); "
            "whether its calendar followed Decision 24/2021/QĐ-TTg, in force from 2021-09-01, or Circular "
            "17/2016/TT-BLĐTBXH (reported in force until 2022-11-15) is not confirmed.",
        ),
    ),
)

_TWO_TIER_NOTE = Text(
    "Từ 01/7/2025 không còn cấp huyện: các bước do Chủ tịch UBND cấp huyện thực hiện (báo cáo hằng tháng, cho ý kiến "
    "trước khi công nhận) được phân định lại, có thể theo Thông tư 13/2025/TT-BNNMT; điều khoản cụ thể chưa được đối "
    "chiếu. Quyết định 967/QĐ-BNNMT không còn bước cấp huyện trong thủ tục thường xuyên.",
    "From 2025-07-01 there is no district level: the district chairperson's steps (monthly reports, the opinion "
    "before recognition) were reassigned, probably by Circular 13/2025/TT-BNNMT, whose article has not been read. "
    "Decision 967/QĐ-BNNMT's ongoing-review procedure has no district step.",
)

#: From 2025-07-01 to 2025-12-31: the same values, flagged for the two-tier local government.
PROCEDURE_TWO_TIER = attrs.evolve(
    PROCEDURE,
    id="qd-24-2021-two-tier",
    window=Window(dt.date(2025, 7, 1), dt.date(2026, 1, 1)),
    notes=(_TWO_TIER_NOTE,),
)

_CARRIED = (
    "Not confirmed: no instrument seen says that Decision 24/2021/QĐ-TTg (written for 2022-2025) governs the "
    "reviews of 2026, nor replaces it; giamngheo carries its values over because the 2022-2025 standard stays in "
    "force in 2026 (Nghị định 351/2025/NĐ-CP)."
)


def _carried(value: Cited[object]) -> Cited[object]:
    return Cited(value.value, value.citation.unconfirmed(_CARRIED))


#: From 2026-01-01 to 2026-12-31: carried over, flagged ``unconfirmed``.
PROCEDURE_2026 = Procedure(
    id="qd-24-2021-2026",
    name=Text(
        "Quy trình rà soát theo Quyết định 24/2021/QĐ-TTg (năm 2026, chưa xác nhận)",
        "Review procedure of Decision 24/2021/QĐ-TTg (2026, unconfirmed)",
    ),
    window=Window(dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    **{
        name: _carried(value)  # type: ignore[arg-type]
        for name, value in PROCEDURE_TWO_TIER.cited()
    },
    notes=(
        _TWO_TIER_NOTE,
        Text(
            "Chưa xác nhận văn bản quy định quy trình rà soát năm 2026: giamngheo tiếp tục áp dụng Quyết định "
            "24/2021/QĐ-TTg vì chuẩn nghèo giai đoạn 2022-2025 còn áp dụng trong năm 2026.",
            "The procedure for the 2026 reviews is not confirmed: giamngheo carries Decision 24/2021/QĐ-TTg over, "
            "since the 2022-2025 standard stays in force in 2026.",
        ),
    ),
)

PROCEDURES = (PROCEDURE_2021, PROCEDURE, PROCEDURE_TWO_TIER, PROCEDURE_2026)

#: The periodic reviews of 2022 to 2025 classify households under the 2022-2025 standard.
BASES = tuple(
    ReviewBasis(
        year=year,
        standard_id="vn-2022-2025",
        citation=DECISION_24_2021.cite(
            verification=Verification.REPORTED,
            evidence=(DECISION_24_2021.url, _QD71),
            note=(
                "The decision sets the review procedure for 'giai đoạn 2022-2025'; Quyết định 71/QĐ-LĐTBXH "
                "(19/01/2023) announced the 2022 review results under the 2022-2025 standard."
            ),
        ),
    )
    for year in (2022, 2023, 2024, 2025)
)
