"""Education (giáo dục): tuition exemption and study-cost support for the children of poor households.

References:
    * Nghị định 86/2015/NĐ-CP (02/10/2015, in force 01/12/2015) quy định về cơ chế thu, quản lý học phí đối với cơ sở
      giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập từ năm học
      2015 - 2016 đến năm học 2020 - 2021; it replaced Nghị định 49/2010/NĐ-CP and 74/2013/NĐ-CP. Dates: a provincial
      poverty-reduction office's notice,
      http://giamngheo.sldtbxh.quangnam.gov.vn/chi-tiet-tin/group/363/nid/5035/quy-dinh-ve-co-che-thu-quan-ly-hoc-phi-va-chinh-sach-mien-giam-hoc-phi-ho-tro-chi-phi-hoc-tap .
      Tuition exemption of preschool children and general-education pupils whose parents are a poor household (as
      guided by Thông tư liên tịch 09/2016/TTLT-BGDĐT-BTC-BLĐTBXH):
      https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/hanoi-vietnam-new-regulations-on-persons-eligible-for-tuition-exemption-160042.html
      (the decree's article for it was not seen). Study-cost support for the same learners, Điều 10:
      https://thuvienphapluat.vn/hoi-dap-phap-luat/24DAE-hd-doi-tuong-duoc-ho-tro-chi-phi-hoc-tap-tai-cac-co-so-giao-duc-cong-lap.html .
      The amount of that support (recalled as 100,000 VND a student a month, up to 9 months) was not found in any
      source and is not encoded.
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

From 2015-12-01 to 2021-10-14, under Nghị định 86/2015/NĐ-CP, preschool children and general-education pupils whose
parents are a poor household are exempt from tuition and receive study-cost support (amount not encoded: given as
unconfirmed). The decree names the school years 2015-2016 to 2020-2021; that it still applied from the end of the
2020-2021 school year until Nghị định 81/2021/NĐ-CP took effect (15/10/2021) is the library's reading, unconfirmed.

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

__all__ = ["DECREE_81_2021", "DECREE_86_2015", "DECREE_238_2025", "POLICIES"]

_QUANGNAM = (
    "http://giamngheo.sldtbxh.quangnam.gov.vn/chi-tiet-tin/group/363/nid/5035/"
    "quy-dinh-ve-co-che-thu-quan-ly-hoc-phi-va-chinh-sach-mien-giam-hoc-phi-ho-tro-chi-phi-hoc-tap"
)
_TOHIEU_86 = (
    "https://thcstohieu.haiphong.edu.vn/cong-van-van-ban/"
    "nghi-dinh-so-862015nd-cp-ngay-02-thang-10-nam-2015-cua-chinh-phu-quy-dinh-ve-co/ct/11524/109216"
)
_LAWNET_2016 = (
    "https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/"
    "hanoi-vietnam-new-regulations-on-persons-eligible-for-tuition-exemption-160042.html"
)
_TVPL_STUDY_COSTS_86 = "https://thuvienphapluat.vn/hoi-dap-phap-luat/24DAE-hd-doi-tuong-duoc-ho-tro-chi-phi-hoc-tap-tai-cac-co-so-giao-duc-cong-lap.html"
_LAWNET_EXEMPTION = "https://lawnet.vn/thong-tin-phap-luat/en/giao-duc/all-cases-eligible-for-tuition-exemption-and-reduction-in-vietnam-105118.html"
_LAWNET_2022 = "https://lawnet.vn/en/laws/mien-giam-hoc-phi-cong-lap-nam-hoc-20222023-doi-voi-nhom-tre-em-hoc-sinh-sinh-vien-nao-16341.html"
_LAWNET_COSTS = "https://lawnet.vn/en/laws/what-are-the-policies-on-financing-for-studying-costs-in-vietnam-for-the-school-year-of-2023-2024-115649.html"
_VIETLAW = "https://vietlawonline.com/en/tuition-and-tuition-exemption-policy-applicable-from-the-school-year-of-2021-%E2%80%93-2022-vbpl113947.vlo"
_CHINHPHU_238 = "https://vanban.chinhphu.vn/?pageid=27160&docid=215169"

DECREE_86_2015 = Instrument(
    number="86/2015/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi=(
        "Quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính "
        "sách miễn, giảm học phí, hỗ trợ chi phí học tập từ năm học 2015 - 2016 đến năm học 2020 - 2021"
    ),
    title_en="Tuition fees, tuition exemptions and reductions, and study-cost support, school years 2015-16 to 2020-21",
    signed=dt.date(2015, 10, 2),
    effective=dt.date(2015, 12, 1),
    url=_QUANGNAM,
    verification=Verification.REPORTED,
)
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

_LEARNERS_2015 = Text(
    "trẻ em học mẫu giáo và học sinh phổ thông có cha mẹ thuộc diện hộ nghèo",
    "preschool children and general-education pupils whose parents are the poor household",
)
_EXEMPTION_2015 = DECREE_86_2015.cite(
    verification=Verification.REPORTED,
    evidence=(_LAWNET_2016,),
    note=(
        "Reported from the guiding Thông tư liên tịch 09/2016/TTLT-BGDĐT-BTC-BLĐTBXH; the decree's article was not "
        "seen."
    ),
)
_STUDY_COSTS_2015 = DECREE_86_2015.cite(
    article=10,
    verification=Verification.REPORTED,
    evidence=(_TVPL_STUDY_COSTS_86,),
    note="The amount a month and the months a year were not found in any source: the amount is not encoded.",
)

EDUCATION_2015 = Policy(
    id="education-86-2015",
    name=Text("Miễn học phí, hỗ trợ chi phí học tập", "Tuition exemption and study-cost support"),
    jurisdiction="VN",
    window=Window(dt.date(2015, 12, 1), dt.date(2021, 10, 15)),
    basis=DECREE_86_2015.cite(
        verification=Verification.REPORTED,
        evidence=(_QUANGNAM, _TOHIEU_86),
        note=(
            "Signed 02/10/2015, in force 01/12/2015, for the school years 2015-2016 to 2020-2021 (one provincial "
            "notice). The window runs to the day before Nghị định 81/2021/NĐ-CP took effect; that the decree still "
            "applied after the 2020-2021 school year is the library's reading, unconfirmed."
        ),
    ),
    grants=(
        Grant(
            id="poor_tuition",
            label=Text("Con em hộ nghèo: miễn học phí", "Children of a poor household: tuition exemption"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.EXEMPTION,
            citation=_EXEMPTION_2015,
            beneficiaries=_LEARNERS_2015,
        ),
        Grant(
            id="poor_study_costs",
            label=Text("Con em hộ nghèo: hỗ trợ chi phí học tập", "Children of a poor household: study-cost support"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_STUDY_COSTS_2015,
            per="student-month",
            beneficiaries=_LEARNERS_2015,
        ),
    ),
    notes=(
        Text(
            "Mức hỗ trợ chi phí học tập theo Nghị định 86/2015/NĐ-CP chưa tìm thấy nguồn, không mã hóa.",
            "The study-cost amount under Decree 86/2015/NĐ-CP was not found in a source and is not encoded.",
        ),
        Text(
            "Miễn, giảm học phí cho hộ cận nghèo (trừ trẻ khuyết tật) chưa tìm thấy nguồn, không mã hóa.",
            "A tuition exemption or reduction for near-poor households (but disabled children) was not found in a "
            "source and is not encoded.",
        ),
        Text(
            "Trẻ em, học sinh khuyết tật thuộc hộ cận nghèo cũng được hỗ trợ chi phí học tập (Điều 10); không mã hóa "
            "vì phụ thuộc khuyết tật.",
            "Disabled children of near-poor households also receive study-cost support (Art. 10); not encoded, as "
            "it depends on disability.",
        ),
    ),
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
POLICIES: tuple[Policy, ...] = (EDUCATION_2015, EDUCATION_2021)
