"""Health insurance (bảo hiểm y tế) for poor and near-poor households: the state's share of the premium.

References:
    * Nghị định 105/2014/NĐ-CP (15/11/2014, in force 01/01/2015, Điều 12; it repealed Nghị định 62/2009/NĐ-CP) quy
      định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế: Điều 3 khoản 1 (state support of the
      premium of people of near-poor households): điểm a, 100 % for near-poor households newly out of poverty, for
      5 years after leaving it; điểm b, 100 % for near-poor households living in the poor districts of Nghị quyết
      30a/2008/NQ-CP; điểm c, at least 70 % for the other near-poor households; khoản 4, provinces may pay more.
      Read in a copy of the decree's full text in public code (repository ``teije05-art/clone-pjj-tax-legal-22dec``
      @ a69adb56, ``data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Nghi_inh_105_2014_NCPHuong.md``),
      not in the gazette.
    * Luật Bảo hiểm y tế 25/2008/QH12 (14/11/2008, in force 01/07/2009), amended by the law of 13/06/2014
      (46/2014/QH13, in force 01/01/2015): Điều 12 khoản 3, the group whose premium the state budget pays, includes
      "Người thuộc hộ gia đình nghèo" (điểm h of the 2008 wording, as the Pháp điển copy gives it: repository
      ``diepxuan/diepxuan.github.io`` @ 0c832670, ``van-ban/bao-hiem_bao-hiem-y-te.md``); khoản 4 điểm a, the group
      the state supports, "Người thuộc hộ gia đình cận nghèo". The point letter after the 2014 amendment was not read.
    * Nghị định 146/2018/NĐ-CP (17/10/2018, in force 01/12/2018) quy định chi tiết và hướng dẫn biện pháp thi hành
      một số điều của Luật Bảo hiểm y tế: Điều 3 khoản 9 điểm a (people of poor households: premium paid by the
      state budget), Điều 4 and Điều 8 (state support: 100 % for near-poor households in poor districts, at least
      70 % for near-poor households; provinces may pay more, Điều 8 khoản 3). Amended by Nghị định 75/2023/NĐ-CP
      (in force 03/12/2023), which refers the poor group to the 2022-2025 standard.
      Pháp điển copy: repository ``diepxuan/diepxuan.github.io`` @ fbaa690e, ``van-ban/bao-hiem/bao-hiem-y-te.md``;
      summary: https://plo.vn/quy-dinh-moi-ve-muc-dong-bao-hiem-y-te-tu-1-12-post502287.html
    * Nghị định 188/2025/NĐ-CP (01/07/2025, in force 15/08/2025) guiding the amended Law on Health Insurance: 100 %
      for near-poor households in poor communes, at least 70 % for near-poor households.
      https://www.vietnam.vn/en/ho-tro-100-muc-dong-bao-hiem-y-te-voi-ho-can-ngheo-o-cac-xa-ngheo ;
      https://news.laodong.vn/cong-doan/chinh-sach-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-thuoc-dien-ho-can-ngheo-1539365.ldo

From 2015-01-01 to 2018-11-30 (Nghị định 105/2014/NĐ-CP, until Nghị định 146/2018/NĐ-CP took effect) the state
pays the whole premium of members of poor households (the Law, Điều 12 khoản 3), and supports at least 70 % of the
premium of members of near-poor households, all of it in a poor district or for 5 years (60 months) after the
household left poverty for near-poor. Not encoded for this period: the transitional rule of Điều 3 khoản 1 điểm a
(a household that left poverty before 01/01/2015, less than 5 years earlier, is supported for the rest of the 5
years but at least 1 year, so at least to 31/12/2015: the library gives such a household the base "at least 70 %"
once its 60 months are over), and whether Quyết định 59/2015/QĐ-TTg changed which poor households were state-paid
from 2016 (not checked).

From 2018-12-01 to 2025-08-14 the state pays the whole premium of members of poor households, and at least 70 % of
the premium of members of near-poor households (all of it in poor districts); from 2025-08-15, under Nghị định
188/2025/NĐ-CP, at least 70 % for near-poor households (all of it in poor communes) and, as the library reads it
(unconfirmed for this decree), the whole premium for poor households. Not encoded: the state-paid card of children
under 6 (it does not depend on the household's status), the 2018-2023 distinction between income-poor households and
multidimensionally poor households lacking health insurance (100 %) and other multidimensionally poor households
(at least 70 %), and support for households that have just left poverty (unconfirmed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction

from giamngheo._facts import age_on
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import (
    Condition,
    EntitlementKind,
    ExceptionRule,
    Grant,
    Policy,
    Situation,
    all_of,
    place_is,
    status_is,
)

__all__ = ["DECREE_105_2014", "DECREE_146_2018", "DECREE_188_2025", "HEALTH_INSURANCE_LAW_2008", "POLICIES"]

_TEXT_105 = (
    "https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/"
    "data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Nghi_inh_105_2014_NCPHuong.md"
)
_PHAP_DIEN_LAW = (
    "https://github.com/diepxuan/diepxuan.github.io/blob/0c832670243ed760121c6cea27a0312e96600adb/"
    "van-ban/bao-hiem_bao-hiem-y-te.md"
)
_PHAP_DIEN = "https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e/van-ban/bao-hiem/bao-hiem-y-te.md"
_PLO = "https://plo.vn/quy-dinh-moi-ve-muc-dong-bao-hiem-y-te-tu-1-12-post502287.html"
_VIETNAM_VN = "https://www.vietnam.vn/en/ho-tro-100-muc-dong-bao-hiem-y-te-voi-ho-can-ngheo-o-cac-xa-ngheo"
_LAODONG = "https://news.laodong.vn/cong-doan/chinh-sach-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-thuoc-dien-ho-can-ngheo-1539365.ldo"

HEALTH_INSURANCE_LAW_2008 = Instrument(
    number="25/2008/QH12",
    kind=InstrumentKind.LAW,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Luật Bảo hiểm y tế",
    title_en="Law on Health Insurance",
    signed=dt.date(2008, 11, 14),
    effective=dt.date(2009, 7, 1),
    url=_PHAP_DIEN_LAW,
    verification=Verification.QUOTED,
)
DECREE_105_2014 = Instrument(
    number="105/2014/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi="Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế",
    title_en="Detailing and guiding the Law on Health Insurance",
    signed=dt.date(2014, 11, 15),
    effective=dt.date(2015, 1, 1),
    url=_TEXT_105,
    verification=Verification.QUOTED,
)
DECREE_146_2018 = Instrument(
    number="146/2018/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi="Quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế",
    title_en="Detailing and guiding the Law on Health Insurance",
    signed=dt.date(2018, 10, 17),
    effective=dt.date(2018, 12, 1),
    url=_PHAP_DIEN,
    verification=Verification.REPORTED,
)
DECREE_188_2025 = Instrument(
    number="188/2025/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi="Quy định chi tiết và hướng dẫn biện pháp thi hành Luật Bảo hiểm y tế",
    title_en="Detailing and guiding the amended Law on Health Insurance",
    signed=dt.date(2025, 7, 1),
    effective=dt.date(2025, 8, 15),
    url=_VIETNAM_VN,
    verification=Verification.REPORTED,
)

_MEMBERS = Text("các thành viên của hộ", "the household's members")
_ALL = Fraction(1)
_SEVENTY = Fraction(7, 10)

_POOR_2015 = HEALTH_INSURANCE_LAW_2008.cite(
    article=12,
    clause=3,
    verification=Verification.QUOTED,
    evidence=(_PHAP_DIEN_LAW, _TEXT_105),
    note=(
        "State-budget group, 'Người thuộc hộ gia đình nghèo' (điểm h in the 2008 wording of the Pháp điển copy); "
        "as amended by the law of 13/06/2014 (46/2014/QH13) from 01/01/2015, whose point letter was not read."
    ),
)
_NEAR_2015 = DECREE_105_2014.cite(
    article=3,
    clause=1,
    point="c",
    verification=Verification.QUOTED,
    evidence=(_TEXT_105,),
    note="At least 70 %; provinces may decide more (Điều 3 khoản 4).",
)
_NEAR_POOR_DISTRICT_2015 = DECREE_105_2014.cite(
    article=3,
    clause=1,
    point="b",
    verification=Verification.QUOTED,
    evidence=(_TEXT_105,),
    note="Poor districts under Nghị quyết 30a/2008/NQ-CP (the 61 poor districts and those treated alike).",
)
_NEAR_ESCAPED_2015 = DECREE_105_2014.cite(
    article=3,
    clause=1,
    point="a",
    verification=Verification.QUOTED,
    evidence=(_TEXT_105,),
    note=(
        "5 years after leaving poverty, read as 60 months from the first day the household was no longer poor. "
        "The transitional minimum of 1 year for households that left before 01/01/2015 is not encoded."
    ),
)
_ESCAPED_MONTHS = 60

_POOR_146 = DECREE_146_2018.cite(
    article=3,
    clause=9,
    point="a",
    verification=Verification.QUOTED,
    evidence=(_PHAP_DIEN, _PLO),
    note="As amended by Nghị định 75/2023/NĐ-CP for the 2022-2025 standard.",
)
_NEAR_146 = DECREE_146_2018.cite(article=8, verification=Verification.QUOTED, evidence=(_PHAP_DIEN, _PLO))
_CHILDREN_146 = DECREE_146_2018.cite(article=3, clause=7, verification=Verification.QUOTED, evidence=(_PHAP_DIEN,))
#: "Trẻ em dưới 6 tuổi": under 6, counted as giamngheo.age_on counts (the sixth birthday ends it).
_CHILD_AGE = Cited(6, _CHILDREN_146)


def _child_under(years: int) -> Callable[[Situation], bool | str]:
    """A condition: the household (when given) has a member under ``years`` on the date.

    Without the household (a recognised status alone) the grant is not listed: the child's card does not depend on
    the household's status. A member of unknown birth date makes it undetermined.
    """

    def condition(s: Situation) -> bool | str:
        household = s.household
        if household is None or household.members is None:
            return False
        unknown = None
        for i, member in enumerate(household.members):
            if member.birth_date is None:
                unknown = unknown or f"members[{i}].birth_date"
            elif member.birth_date <= s.on and age_on(member.birth_date, s.on) < years:
                return True
        return unknown if unknown is not None else False

    return condition


_NEAR_188 = DECREE_188_2025.cite(verification=Verification.REPORTED, evidence=(_VIETNAM_VN, _LAODONG))
_POOR_188 = DECREE_188_2025.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_VIETNAM_VN,),
    note="That poor households remain state-paid under this decree is the library's reading; not seen in its text.",
)


def _not_newly_escaped(s: Situation) -> bool | str:
    """Not within 5 years of leaving poverty (such a near-poor household has its own grant, at 100 %)."""
    return s.left_within((Status.POOR,), _ESCAPED_MONTHS, jurisdiction="VN") is None


def _poor_grant(citation: Citation) -> Grant:
    """Members of a poor household: the state pays the whole premium."""
    return Grant(
        id="poor",
        label=Text("Thành viên hộ nghèo: ngân sách nhà nước đóng", "Members of a poor household: the state pays"),
        applies=status_is(Status.POOR),
        kind=EntitlementKind.SHARE,
        citation=citation,
        share=Cited(_ALL, citation),
        beneficiaries=_MEMBERS,
    )


def _near_poor_grant(citation: Citation, where: ExceptionRule, applies: Condition | None = None) -> Grant:
    """Members of a near-poor household: at least 70 %, and what ``where`` gives where it applies."""
    return Grant(
        id="near_poor",
        label=Text("Thành viên hộ cận nghèo: ngân sách nhà nước hỗ trợ", "Members of a near-poor household"),
        applies=applies if applies is not None else status_is(Status.NEAR_POOR),
        kind=EntitlementKind.SHARE,
        citation=citation,
        share=Cited(_SEVENTY, citation),
        at_least=True,
        beneficiaries=_MEMBERS,
        exceptions=(where,),
    )


def _all_where(fact: str, label: Text, citation: Citation) -> ExceptionRule:
    """The whole premium where the place ``fact`` holds (a poor district, a poor commune)."""
    return ExceptionRule(label=label, applies=place_is(fact), citation=citation, share=Cited(_ALL, citation))


HEALTH_INSURANCE_2015 = Policy(
    id="health-insurance-105-2014",
    name=Text("Bảo hiểm y tế cho hộ nghèo, hộ cận nghèo", "Health insurance for poor and near-poor households"),
    jurisdiction="VN",
    window=Window(dt.date(2015, 1, 1), dt.date(2018, 12, 1)),
    basis=DECREE_105_2014.cite(
        article=3,
        verification=Verification.QUOTED,
        evidence=(_TEXT_105,),
        note=(
            "In force 01/01/2015 (Điều 12); the window ends where Nghị định 146/2018/NĐ-CP takes effect (01/12/2018)."
        ),
    ),
    grants=(
        _poor_grant(_POOR_2015),
        Grant(
            id="near_poor_newly_escaped",
            label=Text(
                "Thành viên hộ cận nghèo mới thoát nghèo: hỗ trợ 100% trong 5 năm sau khi thoát nghèo",
                "Members of a near-poor household newly out of poverty: 100% for 5 years after leaving it",
            ),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.SHARE,
            citation=_NEAR_ESCAPED_2015,
            share=Cited(_ALL, _NEAR_ESCAPED_2015),
            months_after=Cited(_ESCAPED_MONTHS, _NEAR_ESCAPED_2015),
            left=(Status.POOR,),
            left_jurisdiction="VN",
            beneficiaries=_MEMBERS,
        ),
        _near_poor_grant(
            _NEAR_2015,
            _all_where(
                "poor_district", Text("sống tại huyện nghèo", "living in a poor district"), _NEAR_POOR_DISTRICT_2015
            ),
            all_of(status_is(Status.NEAR_POOR), _not_newly_escaped),
        ),
    ),
    notes=(
        Text(
            "Hộ cận nghèo thoát nghèo trước 01/01/2015 chưa đủ 5 năm được hỗ trợ thời gian còn lại, thấp nhất 01 năm "
            '(Điều 3 khoản 1 điểm a); không mã hóa: sau 60 tháng thư viện chỉ cho mức "tối thiểu 70%".',
            "A near-poor household that left poverty before 2015-01-01, less than 5 years earlier, is supported for the "
            "rest of the 5 years but at least 1 year (Art. 3(1)(a)); not encoded: after 60 months the library gives "
            'the base "at least 70%".',
        ),
        Text(
            "Thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi do ngân sách nhà nước đóng, không phụ thuộc hộ nghèo (không mã hóa ở đây).",
            "Children under 6 are state-insured whatever their household's status (not encoded here).",
        ),
    ),
)

HEALTH_INSURANCE_2018 = Policy(
    id="health-insurance-146-2018",
    name=Text("Bảo hiểm y tế cho hộ nghèo, hộ cận nghèo", "Health insurance for poor and near-poor households"),
    jurisdiction="VN",
    window=Window(dt.date(2018, 12, 1), dt.date(2025, 8, 15)),
    basis=DECREE_146_2018.cite(verification=Verification.REPORTED, evidence=(_PHAP_DIEN, _PLO)),
    grants=(
        _poor_grant(_POOR_146),
        _near_poor_grant(
            _NEAR_146, _all_where("poor_district", Text("sống tại huyện nghèo", "living in a poor district"), _NEAR_146)
        ),
        Grant(
            id="children_under_6",
            label=Text("Trẻ em dưới 6 tuổi: ngân sách nhà nước đóng", "Children under 6: the state pays"),
            applies=_child_under(_CHILD_AGE.value),
            kind=EntitlementKind.SHARE,
            citation=_CHILDREN_146,
            share=Cited(_ALL, _CHILDREN_146),
            beneficiaries=Text("các thành viên dưới 6 tuổi", "the members under 6"),
        ),
    ),
    notes=(
        Text(
            "Trẻ em dưới 6 tuổi do ngân sách nhà nước đóng bảo hiểm y tế, không phụ thuộc hộ nghèo: chỉ liệt kê khi "
            "có thông tin thành viên của hộ.",
            "Children under 6 are state-insured whatever their household's status: listed only when the "
            "household's members are given.",
        ),
    ),
)

HEALTH_INSURANCE_2025 = Policy(
    id="health-insurance-188-2025",
    name=Text("Bảo hiểm y tế cho hộ nghèo, hộ cận nghèo", "Health insurance for poor and near-poor households"),
    jurisdiction="VN",
    window=Window(dt.date(2025, 8, 15), dt.date(2031, 1, 1)),
    basis=DECREE_188_2025.cite(verification=Verification.REPORTED, evidence=(_VIETNAM_VN, _LAODONG)),
    grants=(
        _poor_grant(_POOR_188),
        _near_poor_grant(
            _NEAR_188, _all_where("poor_commune", Text("sống tại xã nghèo", "living in a poor commune"), _NEAR_188)
        ),
    ),
    notes=(
        Text(
            "Thời hạn áp dụng đến 2030 là giới hạn phạm vi của thư viện, không phải của nghị định.",
            "The end in 2030 is the library's coverage, not the decree's.",
        ),
    ),
)

#: The health-insurance policies, in date order.
POLICIES: tuple[Policy, ...] = (HEALTH_INSURANCE_2015, HEALTH_INSURANCE_2018, HEALTH_INSURANCE_2025)
