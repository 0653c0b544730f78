"""Health insurance (bảo hiểm y tế) for poor and near-poor households: the state's share of the premium.

References:
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
from fractions import Fraction

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, ExceptionRule, Grant, Policy, place_is, status_is

__all__ = ["DECREE_146_2018", "DECREE_188_2025", "POLICIES"]

_PHAP_DIEN = "https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e/van-ban/bao-hiem/bao-hiem-y-te.md"
_PLO = "https://plo.vn/quy-dinh-moi-ve-muc-dong-bao-hiem-y-te-tu-1-12-post502287.html"
_VIETNAM_VN = "https://www.vietnam.vn/en/ho-tro-100-muc-dong-bao-hiem-y-te-voi-ho-can-ngheo-o-cac-xa-ngheo"
_LAODONG = "https://news.laodong.vn/cong-doan/chinh-sach-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-thuoc-dien-ho-can-ngheo-1539365.ldo"

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

_POOR_146 = DECREE_146_2018.cite(
    article=3,
    clause=9,
    point="a",
    verification=Verification.QUOTED,
    evidence=(_PHAP_DIEN, _PLO),
    note="As amended by Nghị định 75/2023/NĐ-CP for the 2022-2025 standard.",
)
_NEAR_146 = DECREE_146_2018.cite(article=8, verification=Verification.QUOTED, evidence=(_PHAP_DIEN, _PLO))
_NEAR_188 = DECREE_188_2025.cite(verification=Verification.REPORTED, evidence=(_VIETNAM_VN, _LAODONG))
_POOR_188 = DECREE_188_2025.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_VIETNAM_VN,),
    note="That poor households remain state-paid under this decree is the library's reading; not seen in its text.",
)

HEALTH_INSURANCE_2018 = Policy(
    id="health-insurance-146-2018",
    name=Text("Bảo hiểm y tế cho hộ nghèo, hộ cận nghèo", "Health insurance for poor and near-poor households"),
    jurisdiction="VN",
    window=Window(dt.date(2018, 12, 1), dt.date(2025, 8, 15)),
    basis=DECREE_146_2018.cite(verification=Verification.REPORTED, evidence=(_PHAP_DIEN, _PLO)),
    grants=(
        Grant(
            id="poor",
            label=Text("Thành viên hộ nghèo: ngân sách nhà nước đóng", "Members of a poor household: the state pays"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.SHARE,
            citation=_POOR_146,
            share=Cited(_ALL, _POOR_146),
            beneficiaries=_MEMBERS,
        ),
        Grant(
            id="near_poor",
            label=Text("Thành viên hộ cận nghèo: ngân sách nhà nước hỗ trợ", "Members of a near-poor household"),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.SHARE,
            citation=_NEAR_146,
            share=Cited(_SEVENTY, _NEAR_146),
            at_least=True,
            beneficiaries=_MEMBERS,
            exceptions=(
                ExceptionRule(
                    label=Text("sống tại huyện nghèo", "living in a poor district"),
                    applies=place_is("poor_district"),
                    citation=_NEAR_146,
                    share=Cited(_ALL, _NEAR_146),
                ),
            ),
        ),
    ),
    notes=(
        Text(
            "Thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi do ngân sách nhà nước đóng, không phụ thuộc hộ nghèo (không mã hóa ở đây).",
            "Children under 6 are state-insured whatever their household's status (not encoded here).",
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
        Grant(
            id="poor",
            label=Text("Thành viên hộ nghèo: ngân sách nhà nước đóng", "Members of a poor household: the state pays"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.SHARE,
            citation=_POOR_188,
            share=Cited(_ALL, _POOR_188),
            beneficiaries=_MEMBERS,
        ),
        Grant(
            id="near_poor",
            label=Text("Thành viên hộ cận nghèo: ngân sách nhà nước hỗ trợ", "Members of a near-poor household"),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.SHARE,
            citation=_NEAR_188,
            share=Cited(_SEVENTY, _NEAR_188),
            at_least=True,
            beneficiaries=_MEMBERS,
            exceptions=(
                ExceptionRule(
                    label=Text("sống tại xã nghèo", "living in a poor commune"),
                    applies=place_is("poor_commune"),
                    citation=_NEAR_188,
                    share=Cited(_ALL, _NEAR_188),
                ),
            ),
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
POLICIES: tuple[Policy, ...] = (HEALTH_INSURANCE_2018, HEALTH_INSURANCE_2025)
