"""Education (giáo dục): tuition exemption, reduction and study-cost support for the children of poor and near-poor households.

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
      dịch vụ trong lĩnh vực giáo dục, đào tạo: Điều 15 khoản 4 (tuition exemption, poor households), quoted in
      translation: "4. Children attending kindergarten and high school students, students studying at a continuing
      education institution according to the general education program have one parent or both parents or
      grandparents (in the case of living with grandparents) are poor households",
      https://lawnet.vn/en/laws/mien-giam-hoc-phi-cong-lap-nam-hoc-20222023-doi-voi-nhom-tre-em-hoc-sinh-sinh-vien-nao-16341.html ;
      Điều 16 khoản 2 điểm b (50 % tuition reduction, near-poor households), quoted in translation: "2. Eligibility
      for a tuition reduction of 50% includes: … b) Preschool students, students of formal education, learners in
      continuous education facilities pursuing formal education program whose parent or parents or grandparents (if
      living with grandparents) are near-poor house[holds]",
      https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/giao-duc/who-is-eligible-for-tuition-reduction-and-tuition-payment-support-400728 ,
      and in Vietnamese "Căn cứ khoản 2, khoản 3 Điều 16 Nghị định 81/2021/NĐ-CP … 2. Các đối tượng được giảm 50% học
      phí gồm", http://118.69.84.238:801/phap-luat/tim-tu-van?page=44&q=M%E1%BA%ABu+gi%C3%A1o ; Điều 18 khoản 3
      (study-cost support), Điều 20 (150,000 VND per student a month, up to 9 months a school year, paid twice a
      year, khoản 10). Summaries: https://lawnet.vn/thong-tin-phap-luat/en/giao-duc/all-cases-eligible-for-tuition-exemption-and-reduction-in-vietnam-105118.html ;
      https://lawnet.vn/en/laws/what-are-the-policies-on-financing-for-studying-costs-in-vietnam-for-the-school-year-of-2023-2024-115649.html ;
      https://vietlawonline.com/en/tuition-and-tuition-exemption-policy-applicable-from-the-school-year-of-2021-%E2%80%93-2022-vbpl113947.vlo
      (the study-cost amount, its months and Điều 20 khoản 10 are from the 2023-2024 summary). A provincial answer
      to a citizen, in public code, repeats "150.000 đồng/học sinh/tháng … tối đa 9 tháng/năm học" under this decree.
    * Nghị định 238/2025/NĐ-CP (03/09/2025) quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí
      học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo: "Nghị định này có hiệu lực từ ngày 3-9-2025, thay thế
      Nghị định số 81/2021/NĐ-CP và Nghị định số 97/2023/NĐ-CP",
      https://www.sggp.org.vn/chinh-phu-quyet-dinh-tiep-tuc-giu-on-dinh-muc-hoc-phi-lo-trinh-hoc-phi-post811620.html ;
      "Nghị định này có hiệu lực từ ngày 3/9/2025",
      https://cafef.vn/nong-dong-sang-lap-gojek-bi-bat-tam-giam-188250905161702144.chn ; the same in English,
      https://www.vietnam.vn/en/ban-hanh-nghi-dinh-moi-ve-chinh-sach-hoc-phi-ho-tro-chi-phi-hoc-tap . Điều 15 lists
      the 14 exempt groups; its khoản 1 exempts every preschool child and general-education learner of a public
      institution, https://giadinh.suckhoedoisong.vn/14-doi-tuong-duoc-mien-hoc-phi-theo-quy-dinh-moi-nhat-nguoi-hoc-nen-biet-de-huong-quyen-loi-172250905215931919.htm ;
      its khoản 7, as the Ministry of Education quoted it: "Students … studying at vocational and higher education
      institutions who are ethnic minorities whose father or mother or both father and mother or grandfather or
      grandparent (in case of living with Mr or Mrs) are from poor or near-poor households as prescribed by the Prime
      Minister", https://news.laodong.vn/giao-duc/bo-gddt-ghi-nhan-kien-nghi-dieu-chinh-chinh-sach-cho-sinh-vien-dan-toc-thieu-so-1581541.ldo
      (also https://luatvietnam.vn/legal-updates/learners-in-specific-fields-entitled-to-tuition-exemption-892-103953-article.html).
      Its 50 % reduction is reported for the children of parents with an occupational accident or disease only,
      https://vietnamnet.vn/doi-tuong-hoc-sinh-sinh-vien-nao-duoc-giam-hoc-phi-2439327.html . Điều 17 lists who
      receives study-cost support; its khoản 3, in a Lao Động legal answer (Japanese edition): preschool children,
      general-education pupils and continuing-education learners "whose parent or parents, or grandparents (if living
      with them), are members of a poor household as prescribed by the Prime Minister",
      https://ja.laodong.vn/tu-van-phap-luat/cac-doi-tuong-duoc-ho-tro-chi-phi-hoc-tap-tu-nam-hoc-2025-2026-1569550.ldo ;
      Điều 17 khoản 4 (learners of extremely difficult villages and communes) is quoted by the Ministry,
      https://www.vietnam.vn/fr/quy-dinh-ve-huong-che-do-ho-tro-chi-phi-hoc-tap-theo-nghi-dinh-so-81-2021-nd-cp .
      The monthly amount of the support and its months a year under this decree were not found.

From 2015-12-01 to 2021-10-14, under Nghị định 86/2015/NĐ-CP, preschool children and general-education pupils whose
parents are a poor household are exempt from tuition and receive study-cost support (amount not encoded: given as
unconfirmed). The decree names the school years 2015-2016 to 2020-2021; that it still applied from the end of the
2020-2021 school year until Nghị định 81/2021/NĐ-CP took effect (15/10/2021) is the library's reading, unconfirmed.

From 2021-10-15 to 2025-09-02, preschool children and general-education or continuing-education learners whose
parents (or the grandparents they live with) are a poor household are exempt from tuition, and receive 150,000
VND a month for study costs, for up to 9 months of a school year, paid twice a year; those of a near-poor
household pay half the tuition (a 50 % reduction).

From 2025-09-03, under Nghị định 238/2025/NĐ-CP, the same learners of a poor household receive study-cost support
(Điều 17 khoản 3; the amount is not encoded: ``amount_vnd`` is ``None``), and ethnic-minority students of vocational
and higher-education institutions whose parents (or the grandparents they live with) are a poor or near-poor
household are exempt from tuition (Điều 15 khoản 7). The policy's end in 2030 is the library's coverage.

Not encoded: the changes of Nghị định 97/2023/NĐ-CP (not read; the amounts are assumed unchanged by it), the
exemption of all 5-year-old preschool children from 2024-25 and of all lower-secondary pupils from 2025-26, and
from 2025-09-03 of every learner of a public preschool or general-education institution (none is status-based),
the tuition support of private-school pupils (set by each province), and the QĐ 66/2013/QĐ-TTg support for
ethnic-minority students. The entitlement is the learners', not the whole household's: :attr:`Grant.beneficiaries`
says so.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

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
_LAWNET_REDUCTION = (
    "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/giao-duc/"
    "who-is-eligible-for-tuition-reduction-and-tuition-payment-support-400728"
)
_LAWNET_ART20 = (
    "https://lawnet.vn/judgment/en/tin-tuc/"
    "policies-on-tuition-reduction-exemption-studying-cost-financing-and-tuition-financing-in-vietnam-7965"
)
_QA_REDUCTION_VI = "http://118.69.84.238:801/phap-luat/tim-tu-van?page=44&q=M%E1%BA%ABu+gi%C3%A1o"
_VIETLAW = "https://vietlawonline.com/en/tuition-and-tuition-exemption-policy-applicable-from-the-school-year-of-2021-%E2%80%93-2022-vbpl113947.vlo"
_CHINHPHU_238 = "https://vanban.chinhphu.vn/?pageid=27160&docid=215169"
_SGGP_238 = (
    "https://www.sggp.org.vn/chinh-phu-quyet-dinh-tiep-tuc-giu-on-dinh-muc-hoc-phi-lo-trinh-hoc-phi-post811620.html"
)
_CAFEF_238 = "https://cafef.vn/nong-dong-sang-lap-gojek-bi-bat-tam-giam-188250905161702144.chn"
_VIETNAM_VN_238 = "https://www.vietnam.vn/en/ban-hanh-nghi-dinh-moi-ve-chinh-sach-hoc-phi-ho-tro-chi-phi-hoc-tap"
_GIADINH_238 = (
    "https://giadinh.suckhoedoisong.vn/"
    "14-doi-tuong-duoc-mien-hoc-phi-theo-quy-dinh-moi-nhat-nguoi-hoc-nen-biet-de-huong-quyen-loi-172250905215931919.htm"
)
_LAODONG_ETHNIC_238 = "https://news.laodong.vn/giao-duc/bo-gddt-ghi-nhan-kien-nghi-dieu-chinh-chinh-sach-cho-sinh-vien-dan-toc-thieu-so-1581541.ldo"
_LUATVIETNAM_238 = "https://luatvietnam.vn/legal-updates/learners-in-specific-fields-entitled-to-tuition-exemption-892-103953-article.html"
_VIETNAMNET_238 = "https://vietnamnet.vn/doi-tuong-hoc-sinh-sinh-vien-nao-duoc-giam-hoc-phi-2439327.html"
_LAODONG_COSTS_238 = (
    "https://ja.laodong.vn/tu-van-phap-luat/cac-doi-tuong-duoc-ho-tro-chi-phi-hoc-tap-tu-nam-hoc-2025-2026-1569550.ldo"
)
_VIETNAM_VN_COSTS_238 = (
    "https://www.vietnam.vn/fr/quy-dinh-ve-huong-che-do-ho-tro-chi-phi-hoc-tap-theo-nghi-dinh-so-81-2021-nd-cp"
)
#: Policies in force "until replaced" end here: the library's coverage, not the instrument's.
_COVERAGE_END = dt.date(2031, 1, 1)
_FROM_238 = dt.date(2025, 9, 3)

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
    signed=dt.date(2025, 9, 3),
    effective=_FROM_238,
    url=_CHINHPHU_238,
    verification=Verification.QUOTED,
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
    verification=Verification.QUOTED,
    evidence=(_LAWNET_2022, _LAWNET_EXEMPTION, _VIETLAW),
    note="Article 15 quoted verbatim in an English translation (clause 4: children of poor households).",
)
_NEAR_POOR_REDUCTION = DECREE_81_2021.cite(
    article=16,
    clause=2,
    point="b",
    verification=Verification.QUOTED,
    evidence=(_LAWNET_REDUCTION, _QA_REDUCTION_VI, _LAWNET_ART20),
    note=(
        "Article 16 quoted verbatim in an English translation (clause 2: a 50 % reduction; point b: children of "
        "near-poor households); a Vietnamese legal answer quotes the clause's opening, cut before point b. The state "
        "budget makes up the reduced tuition to public institutions (Điều 20, as summarised by the last source)."
    ),
)
_STUDY_COSTS = DECREE_81_2021.cite(
    article=18,
    clause=3,
    verification=Verification.REPORTED,
    evidence=(_LAWNET_COSTS, _VIETLAW),
    note=(
        "150,000 VND per student a month (Điều 20), up to 9 months a school year, paid twice a year (Điều 20 "
        "khoản 10); the article of the amount is as the lawnet summary of the 2023-2024 school year (the first "
        "source) gives it."
    ),
)

_LEARNERS_NEAR_POOR = Text(
    "trẻ em mầm non, học sinh phổ thông, học viên giáo dục thường xuyên có cha mẹ (hoặc ông bà, nếu sống với ông bà) "
    "thuộc hộ cận nghèo",
    "preschool children and general- or continuing-education learners whose parents (or the grandparents they live "
    "with) are the near-poor household",
)

EDUCATION_2021 = Policy(
    id="education-81-2021",
    name=Text("Miễn học phí, hỗ trợ chi phí học tập", "Tuition exemption and study-cost support"),
    jurisdiction="VN",
    window=Window(dt.date(2021, 10, 15), _FROM_238),
    basis=DECREE_81_2021.cite(
        verification=Verification.REPORTED,
        evidence=(_VIETLAW, _LAWNET_EXEMPTION, _SGGP_238, _CAFEF_238),
        note=(
            "In force 15/10/2021; replaced by Nghị định 238/2025/NĐ-CP from 03/09/2025, as two newspapers quote the "
            "replacing decree's effect clause (not read in the decree itself)."
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
        Grant(
            id="near_poor_tuition",
            label=Text("Con em hộ cận nghèo: giảm 50% học phí", "Children of a near-poor household: half the tuition"),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.SHARE,
            citation=_NEAR_POOR_REDUCTION,
            share=Cited(Fraction(1, 2), _NEAR_POOR_REDUCTION),
            beneficiaries=_LEARNERS_NEAR_POOR,
        ),
    ),
    notes=(
        Text(
            "Từ 03/09/2025 áp dụng Nghị định 238/2025/NĐ-CP.",
            "From 03/09/2025 Decree 238/2025/NĐ-CP applies.",
        ),
        Text(
            "Miễn học phí cho mọi trẻ 5 tuổi (2024-2025) và học sinh THCS (2025-2026) không phụ thuộc hộ nghèo.",
            "All 5-year-olds (2024-25) and lower-secondary pupils (2025-26) are exempt whatever their status.",
        ),
    ),
)

_STUDY_COSTS_238 = DECREE_238_2025.cite(
    article=17,
    clause=3,
    verification=Verification.REPORTED,
    evidence=(_LAODONG_COSTS_238, _VIETNAM_VN_COSTS_238),
    note=(
        "Khoản 3 (children of poor households) is reported in a translated legal answer; khoản 4 of the same article "
        "is quoted by the Ministry of Education. The amount a month and the months a year under this decree were not "
        "found: the amount is not encoded (the 150,000 VND of Nghị định 81/2021/NĐ-CP is not assumed to continue)."
    ),
)
_ETHNIC_MINORITY_238 = DECREE_238_2025.cite(
    article=15,
    clause=7,
    verification=Verification.QUOTED,
    evidence=(_LAODONG_ETHNIC_238, _LUATVIETNAM_238),
    note="Quoted by the Ministry of Education in an English translation; the clause needs the student's ethnicity.",
)
_LEARNERS_238 = Text(
    "trẻ em mầm non, học sinh phổ thông, người học chương trình giáo dục phổ thông tại cơ sở giáo dục thường xuyên có "
    "cha mẹ (hoặc ông bà, nếu sống với ông bà) thuộc hộ nghèo",
    "preschool children, general-education pupils and continuing-education learners of the general programme whose "
    "parents (or the grandparents they live with) are the poor household",
)
_ETHNIC_MINORITY_STUDENTS = Text(
    "học sinh, sinh viên người dân tộc thiểu số học tại cơ sở giáo dục nghề nghiệp, giáo dục đại học có cha mẹ (hoặc "
    "ông bà, nếu sống với ông bà) thuộc hộ nghèo, hộ cận nghèo",
    "ethnic-minority students of vocational and higher-education institutions whose parents (or the grandparents "
    "they live with) are the poor or near-poor household",
)

EDUCATION_2025 = Policy(
    id="education-238-2025",
    name=Text("Miễn học phí, hỗ trợ chi phí học tập", "Tuition exemption and study-cost support"),
    jurisdiction="VN",
    window=Window(_FROM_238, _COVERAGE_END),
    basis=DECREE_238_2025.cite(
        verification=Verification.QUOTED,
        evidence=(_SGGP_238, _CAFEF_238, _VIETNAM_VN_238, _GIADINH_238, _VIETNAMNET_238),
        note=(
            '"Nghị định này có hiệu lực từ ngày 3-9-2025, thay thế Nghị định số 81/2021/NĐ-CP và Nghị định số '
            '97/2023/NĐ-CP" (SGGP); the same date in CafeF and Vietnam.vn. The exempt groups (Điều 15) and the '
            "reductions (Điều 16) as two newspapers list them."
        ),
    ),
    grants=(
        Grant(
            id="poor_study_costs",
            label=Text(
                "Con em hộ nghèo: hỗ trợ chi phí học tập (số tiền chưa xác nhận)",
                "Children of a poor household: study-cost support (amount unconfirmed)",
            ),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_STUDY_COSTS_238,
            per="student-month",
            beneficiaries=_LEARNERS_238,
        ),
        Grant(
            id="ethnic_minority_tuition",
            label=Text(
                "Sinh viên dân tộc thiểu số thuộc hộ nghèo, cận nghèo: miễn học phí",
                "Ethnic-minority students of a poor or near-poor household: tuition exemption",
            ),
            applies=status_is(Status.POOR, Status.NEAR_POOR),
            kind=EntitlementKind.EXEMPTION,
            citation=_ETHNIC_MINORITY_238,
            beneficiaries=_ETHNIC_MINORITY_STUDENTS,
        ),
    ),
    notes=(
        Text(
            "Mức hỗ trợ chi phí học tập theo Nghị định 238/2025/NĐ-CP chưa tìm thấy nguồn, không mã hóa.",
            "The study-cost amount under Decree 238/2025/NĐ-CP was not found in a source and is not encoded.",
        ),
        Text(
            "Mọi trẻ em mầm non, học sinh phổ thông tại cơ sở công lập được miễn học phí (Điều 15 khoản 1), không phụ "
            "thuộc hộ nghèo; học sinh ngoài công lập được hỗ trợ học phí theo mức của tỉnh: không mã hóa.",
            "Every preschool child and general-education pupil of a public institution is exempt (Art. 15(1)) "
            "whatever the status, and private-school pupils receive a provincial tuition support: not encoded.",
        ),
        Text(
            "Nghị định 238/2025/NĐ-CP không có nhóm giảm 50% học phí cho hộ cận nghèo như Nghị định 81/2021/NĐ-CP "
            "(theo báo chí; nhóm giảm 50% là con của người bị tai nạn lao động, bệnh nghề nghiệp).",
            "Decree 238/2025/NĐ-CP has no 50 % reduction for near-poor households as Decree 81/2021/NĐ-CP had (as "
            "reported: its 50 % group is the children of parents with an occupational accident or disease).",
        ),
        Text(
            "Miễn học phí cho sinh viên dân tộc thiểu số thuộc hộ nghèo, cận nghèo chỉ áp dụng cho người dân tộc thiểu "
            "số.",
            "The exemption of ethnic-minority students of poor or near-poor households applies to ethnic minorities "
            "only.",
        ),
        Text(
            "Thời hạn áp dụng đến 2030 là giới hạn phạm vi của thư viện, không phải của nghị định.",
            "The end in 2030 is the library's coverage, not the decree's.",
        ),
    ),
)

#: The education policies, in date order.
POLICIES: tuple[Policy, ...] = (EDUCATION_2015, EDUCATION_2021, EDUCATION_2025)
