"""Education (giáo dục): tuition exemption and study-cost support for the children of poor households.

References:
    * Nghị định 81/2021/NĐ-CP (27/08/2021, in force 15/10/2021) quy định về cơ chế thu, quản lý học phí đối với cơ
      sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập; giá
      dịch vụ trong lĩnh vực giáo dục, đào tạo: Điều 15 khoản 4 (tuition exemption), Điều 18 khoản 3 (study-cost
      support), Điều 20 (150,000 VND per student a month, up to 9 months a school year, paid twice a year,
      khoản 10). Summaries: https://lawnet.vn/thong-tin-phap-luat/en/giao-duc/all-cases-eligible-for-tuition-exemption-and-reduction-in-vietnam-105118.html ;
      https://lawnet.vn/en/laws/what-are-the-policies-on-financing-for-studying-costs-in-vietnam-for-the-school-year-of-2023-2024-115649.html ;
      https://vietlawonline.com/en/tuition-and-tuition-exemption-policy-applicable-from-the-school-year-of-2021-%E2%80%93-2022-vbpl113947.vlo
      (research notes ``national-law.md`` §4.2, sources S59-S62). A provincial answer to a citizen, in public
      code, repeats "150.000 đồng/học sinh/tháng … tối đa 9 tháng/năm học" under this decree.
    * Nghị định 238/2025/NĐ-CP on tuition, exemptions and study-cost support replaced Nghị định 81/2021/NĐ-CP and
      its amendment Nghị định 97/2023/NĐ-CP from 03/09/2025, as one third-party code table records
      (``replacedFrom: '2025-09-03'``; the decree's text is at https://vanban.chinhphu.vn/?pageid=27160&docid=215169).
      That date is reported by that single source only.

From 2021-10-15 to 2025-09-02, preschool children and general-education or continuing-education learners whose
parents (or the grandparents they live with) are a poor household are exempt from tuition, and receive 150,000
VND a month for study costs, for up to 9 months of a school year, paid twice a year. Nothing is encoded from
2025-09-03 (Nghị định 238/2025/NĐ-CP is not encoded).

Not encoded: the near-poor exemption or reduction (recalled as Điều 15 khoản 7; the source is cut off there, so it
is unconfirmed and does not ship), the changes of Nghị định 97/2023/NĐ-CP (not read; the amounts are assumed
unchanged by it), the exemption of all 5-year-old preschool children from 2024-25 and of all lower-secondary
pupils from 2025-26 (not status-based), and the QĐ 66/2013/QĐ-TTg support for ethnic-minority students.
The entitlement is the learners', not the whole household's: :attr:`Grant.beneficiaries` says so.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, status_is

__all__ = ["DECREE_81_2021", "DECREE_238_2025", "POLICIES"]

_LAWNET_EXEMPTION = "https://lawnet.vn/thong-tin-phap-luat/en/giao-duc/all-cases-eligible-for-tuition-exemption-and-reduction-in-vietnam-105118.html"
_LAWNET_2022 = "https://lawnet.vn/en/laws/mien-giam-hoc-phi-cong-lap-nam-hoc-20222023-doi-voi-nhom-tre-em-hoc-sinh-sinh-vien-nao-16341.html"
_LAWNET_COSTS = "https://lawnet.vn/en/laws/what-are-the-policies-on-financing-for-studying-costs-in-vietnam-for-the-school-year-of-2023-2024-115649.html"
_VIETLAW = "https://vietlawonline.com/en/tuition-and-tuition-exemption-policy-applicable-from-the-school-year-of-2021-%E2%80%93-2022-vbpl113947.vlo"
_CHINHPHU_238 = "https://vanban.chinhphu.vn/?pageid=27160&docid=215169"

DECREE_81_2021 = Instrument(
    number="81/2021/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi=(
        "Quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính "
        "sách miễn, giảm học phí, hỗ trợ chi phí học tập; giá dịch vụ trong lĩnh vực giáo dục, đào tạo"
    ),
    title_en="Tuition fees, tuition exemptions and reductions, and study-cost support",
    signed=dt.date(2021, 8, 27),
    effective=dt.date(2021, 10, 15),
    url=_VIETLAW,
    verification=Verification.REPORTED,
)
DECREE_238_2025 = Instrument(
    number="238/2025/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi=(
        "Quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập và giá dịch vụ trong "
        "lĩnh vực giáo dục, đào tạo"
    ),
    title_en="Tuition, tuition exemptions, reductions and support, and study-cost support (replacing 81/2021)",
    signed=None,
    effective=None,
    url=_CHINHPHU_238,
    verification=Verification.REPORTED,
)

_LEARNERS = Text(
    "trẻ em mầm non, học sinh phổ thông, học viên giáo dục thường xuyên có cha mẹ (hoặc ông bà, nếu sống với ông bà) "
    "thuộc hộ nghèo",
    "preschool children and general- or continuing-education learners whose parents (or the grandparents they live "
    "with) are the poor household",
)

_EXEMPTION = DECREE_81_2021.cite(
    article=15,
    clause=4,
    verification=Verification.REPORTED,
    evidence=(_LAWNET_EXEMPTION, _LAWNET_2022, _VIETLAW),
)
_STUDY_COSTS = DECREE_81_2021.cite(
    article=18,
    clause=3,
    verification=Verification.REPORTED,
    evidence=(_LAWNET_COSTS, _VIETLAW),
    note=(
        "150,000 VND per student a month (Điều 20), up to 9 months a school year, paid twice a year (Điều 20 "
        "khoản 10); the article of the amount is as the research notes give it."
    ),
)

EDUCATION_2021 = Policy(
    id="education-81-2021",
    name=Text("Miễn học phí, hỗ trợ chi phí học tập", "Tuition exemption and study-cost support"),
    jurisdiction="VN",
    window=Window(dt.date(2021, 10, 15), dt.date(2025, 9, 3)),
    basis=DECREE_81_2021.cite(
        verification=Verification.REPORTED,
        evidence=(_VIETLAW, _LAWNET_EXEMPTION),
        note=(
            "In force 15/10/2021; replaced by Nghị định 238/2025/NĐ-CP from 03/09/2025 (one third-party source; "
            "the end of the window is reported, not read in the replacing decree)."
        ),
    ),
    grants=(
        Grant(
            id="poor_tuition",
            label=Text("Con em hộ nghèo: miễn học phí", "Children of a poor household: tuition exemption"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.EXEMPTION,
            citation=_EXEMPTION,
            beneficiaries=_LEARNERS,
        ),
        Grant(
            id="poor_study_costs",
            label=Text(
                "Con em hộ nghèo: hỗ trợ chi phí học tập, tối đa 9 tháng/năm học",
                "Children of a poor household: study-cost support, up to 9 months a school year",
            ),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_STUDY_COSTS,
            amount_vnd=Cited(150_000, _STUDY_COSTS),
            per="student-month",
            beneficiaries=_LEARNERS,
        ),
    ),
    notes=(
        Text(
            "Miễn, giảm học phí cho hộ cận nghèo (Điều 15 khoản 7?) chưa xác nhận, không mã hóa.",
            "A tuition exemption or reduction for near-poor households (Art. 15(7)?) is unconfirmed and not encoded.",
        ),
        Text(
            "Từ 03/09/2025 áp dụng Nghị định 238/2025/NĐ-CP (chưa mã hóa).",
            "From 03/09/2025 Decree 238/2025/NĐ-CP applies (not encoded).",
        ),
        Text(
            "Miễn học phí cho mọi trẻ 5 tuổi (2024-2025) và học sinh THCS (2025-2026) không phụ thuộc hộ nghèo.",
            "All 5-year-olds (2024-25) and lower-secondary pupils (2025-26) are exempt whatever their status.",
        ),
    ),
)

#: The education policies, in date order.
POLICIES: tuple[Policy, ...] = (EDUCATION_2021,)
