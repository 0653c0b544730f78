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
      state budget), Điều 4 and Điều 8 (state support: 100 % for near-poor households in poor districts; Điều 8
      khoản 1 điểm b, at least 70 % for near-poor households and, until Nghị định 75/2023/NĐ-CP, for
      multidimensionally poor households; provinces may pay more, Điều 8 khoản 3). The support sentence, as
      plo.vn quotes it: "Hỗ trợ tối thiểu 70% mức đóng BHYT đối với người thuộc hộ gia đình cận nghèo …; người
      thuộc hộ gia đình nghèo đa chiều không thuộc trường hợp người thuộc hộ gia đình nghèo theo tiêu chí về thu
      nhập, người thuộc hộ nghèo đa chiều có thiếu hụt về BHYT". Point b of clause 1 of Article 8, for the
      near-poor, is named by vietnam.vn (German, Japanese and Hindi editions, on Lào Cai's Nghị quyết
      09/2019/NQ-HĐND): https://www.vietnam.vn/de/lao-cai-ho-tro-them-30-muc-dong-bhyt-cho-gan-60-000-luot-nguoi-can-ngheo
      Amended by Nghị định 75/2023/NĐ-CP (in force 03/12/2023), which refers the poor group to the 2022-2025
      standard. Pháp điển copy: repository ``diepxuan/diepxuan.github.io`` @ fbaa690e,
      ``van-ban/bao-hiem/bao-hiem-y-te.md``; summary: https://plo.vn/quy-dinh-moi-ve-muc-dong-bao-hiem-y-te-tu-1-12-post502287.html
    * Nghị định 188/2025/NĐ-CP (01/07/2025, in force 15/08/2025) guiding the amended Law on Health Insurance:
      Điều 6 khoản 6, 100 % for near-poor households in poor communes, at least 70 % for near-poor households.
      https://www.vietnam.vn/en/ho-tro-100-muc-dong-bao-hiem-y-te-voi-ho-can-ngheo-o-cac-xa-ngheo ;
      https://news.laodong.vn/cong-doan/chinh-sach-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-thuoc-dien-ho-can-ngheo-1539365.ldo ;
      the clause: https://ja.laodong.vn/cong-doan/muc-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-hoat-dong-khong-chuyen-trach-o-thon-1543723.ldo
      ("政令188/2025/ND-CP第6条第6項"), https://www.vietnam.vn/no/su-ho-tro-kip-thoi ("paragraf 6, artikkel 6")

From 2015-01-01 to 2018-11-30 (Nghị định 105/2014/NĐ-CP, until Nghị định 146/2018/NĐ-CP took effect) the state
pays the whole premium of members of poor households (the Law, Điều 12 khoản 3), and supports at least 70 % of the
premium of members of near-poor households, all of it in a poor district or for 5 years (60 months) after the
household left poverty for near-poor. Not encoded for this period: the transitional rule of Điều 3 khoản 1 điểm a
(a household that left poverty before 01/01/2015, less than 5 years earlier, is supported for the rest of the 5
years but at least 1 year, so at least to 31/12/2015: the library gives such a household the base "at least 70 %"
once its 60 months are over), and whether Quyết định 59/2015/QĐ-TTg changed which poor households were state-paid
from 2016 (not checked).

From 2018-12-01 to 2025-08-14 the state pays the whole premium of members of poor households, and at least 70 % of
the premium of members of near-poor households (all of it in poor districts). From 2018-12-01 to 2023-12-02 (until
Nghị định 75/2023/NĐ-CP took effect) a household poor under the 2016-2020 standard's second rule (Quyết định
59/2015/QĐ-TTg: income above the poverty line, up to the near-poverty line, with at least 3 deprivations; see
:attr:`giamngheo.Assessment.basis`) is supported by at least 70 % instead, unless it is deprived in health
insurance; a household poor by its income, or multidimensionally poor and deprived in health insurance, keeps the
whole premium. Poor households recognised under the 2022-2025 standard (one rule: income at or under the line and
at least 3 deprivations) have no such basis, and the library gives them the whole premium from 2022-01-01 too:
the 2018 text names only Quyết định 59/2015's two groups, and no text of 2022-2023 applying it to the new standard
was found (``unconfirmed``); Nghị định 75/2023/NĐ-CP then referred the state-paid group to the 2022-2025 standard.
The basis is read from the household (assessed under the national standard in force on the day its status was
recognised) when it is given; a recognised status alone leaves it undetermined, reported as
``household (the basis of the poor status)``.

From 2025-08-15, under Nghị định 188/2025/NĐ-CP, at least 70 % for near-poor households (all of it in poor communes)
and, as the library reads it (unconfirmed for this decree), the whole premium for poor households. Not encoded: the
state-paid card of children under 6 (it does not depend on the household's status), and support for households
that have just left poverty (unconfirmed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction

from giamngheo._assessment import Assessment, assess
from giamngheo._errors import GiamngheoError
from giamngheo._facts import age_on
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import PoorBasis, Status, Text
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
from giamngheo.standards import NATIONAL_STANDARDS

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
_LAODONG_CLAUSE = "https://ja.laodong.vn/cong-doan/muc-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-hoat-dong-khong-chuyen-trach-o-thon-1543723.ldo"
_VIETNAM_VN_HUE = "https://www.vietnam.vn/no/su-ho-tro-kip-thoi"
_VIETNAM_VN_LAO_CAI = (
    "https://www.vietnam.vn/de/lao-cai-ho-tro-them-30-muc-dong-bhyt-cho-gan-60-000-luot-nguoi-can-ngheo"
)

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
_NEAR_146 = DECREE_146_2018.cite(
    article=8,
    clause=1,
    point="b",
    verification=Verification.QUOTED,
    evidence=(_PHAP_DIEN, _PLO, _VIETNAM_VN_LAO_CAI),
    note="At least 70 %; the point and clause are named by vietnam.vn (on Lào Cai's Nghị quyết 09/2019/NQ-HĐND).",
)
_POOR_DISTRICT_146 = DECREE_146_2018.cite(
    article=8,
    verification=Verification.QUOTED,
    evidence=(_PHAP_DIEN, _PLO),
    note="100 % for near-poor households in poor districts; its clause and point were not read.",
)
#: "… người thuộc hộ gia đình nghèo đa chiều không thuộc trường hợp người thuộc hộ gia đình nghèo theo tiêu chí về
#: thu nhập, người thuộc hộ nghèo đa chiều có thiếu hụt về BHYT": the same sentence as the near-poor's 70 %.
_MULTIDIMENSIONAL_146 = DECREE_146_2018.cite(
    article=8,
    clause=1,
    point="b",
    verification=Verification.QUOTED,
    evidence=(_PLO, _VIETNAM_VN_LAO_CAI),
    note=(
        "At least 70 % for members of multidimensionally poor households that are neither poor by income nor "
        "deprived in health insurance (Quyết định 59/2015/QĐ-TTg), until Nghị định 75/2023/NĐ-CP (in force "
        "03/12/2023). The wording is quoted by plo.vn in the near-poor sentence, whose point vietnam.vn names."
    ),
)
#: Nghị định 75/2023/NĐ-CP took effect: the state-paid poor group is the 2022-2025 standard's, and the 70 % group
#: of multidimensionally poor households ends.
_AMENDED_75_2023 = dt.date(2023, 12, 3)
_HI_INDICATOR = "health_insurance"
#: The unknown fact of a poor status whose basis the facts given cannot tell (give the household).
_UNKNOWN_BASIS = "household (the basis of the poor status)"
_STANDARD_2022 = dt.date(2022, 1, 1)
_POOR_2022_146 = DECREE_146_2018.cite(
    article=3,
    clause=9,
    point="a",
    verification=Verification.UNCONFIRMED,
    evidence=(_PLO, _PHAP_DIEN),
    note=(
        "Poor households of the 2022-2025 standard before Nghị định 75/2023/NĐ-CP (01/01/2022 to 02/12/2023): the "
        "2018 wording names Quyết định 59/2015's groups only; the library gives them the whole premium, as the "
        "amendment later wrote. No text of the time applying the decree to the new standard was read."
    ),
)
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


_NEAR_188 = DECREE_188_2025.cite(
    article=6,
    clause=6,
    verification=Verification.REPORTED,
    evidence=(_VIETNAM_VN, _LAODONG, _LAODONG_CLAUSE, _VIETNAM_VN_HUE),
    note="Clause named by Lao Động (Japanese edition) and vietnam.vn (Norwegian edition); not read in Vietnamese.",
)
_POOR_188 = DECREE_188_2025.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_VIETNAM_VN,),
    note="That poor households remain state-paid under this decree is the library's reading; not seen in its text.",
)


def _recognised_basis(s: Situation) -> tuple[PoorBasis | None, bool | str] | str | None:
    """The basis of the household's national poor status on the date, and whether it is deprived in health insurance.

    ``None`` when the status is not poor or was recognised under a standard with one rule for poor households; the
    name of the unknown fact when the facts given cannot tell. The deprivation is ``True``/``False`` or the fields
    that would decide it.
    """
    current = s.history.on(s.on, jurisdiction="VN")
    if current is None or current.status is not Status.POOR:
        return None
    try:
        standard = NATIONAL_STANDARDS.at(on=current.since)
    except GiamngheoError:
        return None  # recognised before the national standards the library holds: none of them has two rules
    if not standard.two_poor_rules:
        return None
    stated = getattr(current, "basis", None)  # a recognised status that records its basis decides it
    household = s.household
    if household is None:
        return _UNKNOWN_BASIS if stated is None else (stated, _UNKNOWN_BASIS)
    try:
        a = assess(household, on=current.since, standard=standard)
    except GiamngheoError:
        return _UNKNOWN_BASIS
    return _basis_of(a, stated)


def _basis_of(a: Assessment, stated: PoorBasis | None) -> tuple[PoorBasis | None, bool | str] | str:
    """The basis the assessment gives (a stated one must agree), and its health-insurance deprivation."""
    if a.status is not Status.POOR or (stated is not None and a.basis is not stated):
        return _UNKNOWN_BASIS  # the facts do not give the status recognised: they cannot tell its basis
    if _HI_INDICATOR in a.deprived:
        return a.basis, True
    if _HI_INDICATOR in a.undetermined:
        return a.basis, ", ".join(a.finding(_HI_INDICATOR).missing) or _HI_INDICATOR
    return a.basis, False


def _multidimensional_not_deprived_in_hi(s: Situation) -> bool | str:
    """Poor under Quyết định 59/2015's second rule and not deprived in health insurance, before 2023-12-03."""
    if s.on >= _AMENDED_75_2023:
        return False
    found = _recognised_basis(s)
    if found is None or isinstance(found, str):
        return False if found is None else found
    basis, deprived = found
    if basis is not PoorBasis.MULTIDIMENSIONAL:
        return False
    return deprived if isinstance(deprived, str) else not deprived


def _poor_2022_before_amendment(s: Situation) -> bool | str:
    """Poor, recognised under the 2022-2025 standard, between 2022-01-01 and 2023-12-02."""
    if not _STANDARD_2022 <= s.on < _AMENDED_75_2023:
        return False
    current = s.history.on(s.on, jurisdiction="VN")
    return current is not None and current.status is Status.POOR and current.since >= _STANDARD_2022


def _not_newly_escaped(s: Situation) -> bool | str:
    """Not within 5 years of leaving poverty (such a near-poor household has its own grant, at 100 %)."""
    return s.left_within((Status.POOR,), _ESCAPED_MONTHS, jurisdiction="VN") is None


def _poor_grant(citation: Citation, exceptions: tuple[ExceptionRule, ...] = ()) -> Grant:
    """Members of a poor household: the state pays the whole premium (unless an exception says less)."""
    return Grant(
        id="poor",
        label=Text("Thành viên hộ nghèo: ngân sách nhà nước đóng", "Members of a poor household: the state pays"),
        applies=status_is(Status.POOR),
        kind=EntitlementKind.SHARE,
        citation=citation,
        share=Cited(_ALL, citation),
        beneficiaries=_MEMBERS,
        exceptions=exceptions,
    )


_MULTIDIMENSIONAL_EXCEPTION = ExceptionRule(
    label=Text(
        "hộ nghèo đa chiều không thuộc hộ nghèo theo tiêu chí thu nhập, không thiếu hụt bảo hiểm y tế: hỗ trợ "
        "tối thiểu 70% (đến 02/12/2023)",
        "multidimensionally poor, neither poor by income nor deprived in health insurance: at least 70% "
        "(until 2023-12-02)",
    ),
    applies=_multidimensional_not_deprived_in_hi,
    citation=_MULTIDIMENSIONAL_146,
    share=Cited(_SEVENTY, _MULTIDIMENSIONAL_146),
    at_least=True,
)
_POOR_2022_EXCEPTION = ExceptionRule(
    label=Text(
        "hộ nghèo theo chuẩn giai đoạn 2022-2025, trước Nghị định 75/2023/NĐ-CP: ngân sách nhà nước đóng (chưa xác nhận)",
        "poor under the 2022-2025 standard, before Decree 75/2023/NĐ-CP: the state pays (unconfirmed)",
    ),
    applies=_poor_2022_before_amendment,
    citation=_POOR_2022_146,
    share=Cited(_ALL, _POOR_2022_146),
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
        _poor_grant(_POOR_146, (_MULTIDIMENSIONAL_EXCEPTION, _POOR_2022_EXCEPTION)),
        _near_poor_grant(
            _NEAR_146,
            _all_where("poor_district", Text("sống tại huyện nghèo", "living in a poor district"), _POOR_DISTRICT_146),
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
