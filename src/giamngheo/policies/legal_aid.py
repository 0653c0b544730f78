"""Legal aid (trợ giúp pháp lý): free legal aid for people of poor and near-poor households.

References:
    * Luật Trợ giúp pháp lý số 69/2006/QH11 (passed 29/06/2006), Điều 10 (người được trợ giúp pháp lý): "1. Người
      nghèo." Number and date: a copy of the law's text, https://vvc.vn/luat-tro-giup-phap-ly-2006-1668235681 ,
      and https://www.global-regulation.com/translation/vietnam/6608967/law-69-2006-qh11%253a-legal-aid.html ; the
      date it was passed: https://moj.gov.vn/qt/tintuc/Pages/van-ban-chinh-sach-moi.aspx?ItemID=76 ; Điều 10's list:
      https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/24533-hd-nguoi-duoc-tro-giup-phap-ly-bao-gom-nhung-ai.html .
      Nghị định 07/2007/NĐ-CP (12/01/2007), Điều 2 khoản 1: the poor of Điều 10 khoản 1 are people under the poverty
      standard ("người thuộc chuẩn nghèo theo quy định của pháp luật"), seen in a copy of its text:
      http://kiemtailieu.com/van-ban-luat/tai-lieu/nghi-dinh-so-07-nam-2007-quy-dinh-chi-tiet-va-huong-dan-thi-hanh-mot-so-dieu-cua-luat-tro-giup-phap-ly.html .
      The date the law took effect was not found in any source.
    * Luật Trợ giúp pháp lý số 11/2017/QH14 (20/06/2017, in force 01/01/2018), Điều 7 (người được trợ giúp pháp lý):
      khoản 2 "Người thuộc hộ nghèo"; khoản 6 "Người bị buộc tội thuộc hộ cận nghèo"; khoản 7 people "có khó khăn về
      tài chính" who are one of: a parent, spouse or child of a martyr or the person who raised one; a person
      affected by Agent Orange; an elderly person; a person with a disability; a victim aged 16 to under 18 in a
      criminal case; a victim of domestic violence; a victim of human trafficking; a person living with HIV.
      English summaries: http://www.moj.gov.vn/en/Pages/Activities-of-public-administrative-and-justice-reform.aspx?ItemID=3238 ;
      https://en.bacgiang.gov.vn/detailed-news/-/asset_publisher/MVQI5B2YMPsk/content/expanding-legal-aid-beneficiaries-under-the-law-on-legal-aid-2017
      (both report the groups of Điều 7). The Pháp điển copy (repository
      ``diepxuan/diepxuan.github.io`` @ 1371f327, ``van-ban/bo-tro-tu-phap/tro-giup-phap-ly.md``) gives Điều 7's
      first clause only ("1. Người có công với cách mạng."); the order of the clauses (2: poor, 6: accused of a
      near-poor household, 7: financial difficulty with its eight groups) and the number and date of the law were
      seen in third-party lists in public code, not in the official text.
    * Nghị định 144/2017/NĐ-CP detailing the Law on Legal Aid: "financial difficulty" means being a member of a
      near-poor household or receiving a monthly social allowance, as reported from the Pháp điển copy above (the
      decree's ``url``); the decree's article was not read.

From 2016-01-01 to 2017-12-31, under the 2006 law, poor people (people of households under the poverty standard,
recognised poor) receive legal aid free of charge; near-poor households are not a group of that law. The start,
2016-01-01, is the library's coverage (the law applied long before; its date of effect is not encoded).

From 2018-01-01, people of poor households receive legal aid free of charge; accused persons of near-poor households
too; and members of near-poor households who are in one of the eight groups of khoản 7 (their near-poor status being
their financial difficulty). The window's end, 2030-12-31, is the library's coverage, not the law's.

Not encoded: the other groups of Điều 7 (they do not depend on poverty status), and members of a household that is
not near-poor but who receive a monthly social allowance (khoản 7, the other form of financial difficulty).
Proof is the certificate of a poor or near-poor household.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, status_is

__all__ = ["DECREE_144_2017", "LEGAL_AID_LAW_2006", "LEGAL_AID_LAW_2017", "POLICIES"]

_MOJ = "http://www.moj.gov.vn/en/Pages/Activities-of-public-administrative-and-justice-reform.aspx?ItemID=3238"
_BACGIANG = "https://en.bacgiang.gov.vn/detailed-news/-/asset_publisher/MVQI5B2YMPsk/content/expanding-legal-aid-beneficiaries-under-the-law-on-legal-aid-2017"
_PHAP_DIEN = "https://github.com/diepxuan/diepxuan.github.io/blob/1371f3274c50d0bd51b2caa06d9ef6df2a3b3364/van-ban/bo-tro-tu-phap/tro-giup-phap-ly.md"

_VVC_2006 = "https://vvc.vn/luat-tro-giup-phap-ly-2006-1668235681"
_GLOBAL_REGULATION_2006 = (
    "https://www.global-regulation.com/translation/vietnam/6608967/law-69-2006-qh11%253a-legal-aid.html"
)
_MOJ_2006 = "https://moj.gov.vn/qt/tintuc/Pages/van-ban-chinh-sach-moi.aspx?ItemID=76"
_TVPL_ARTICLE_10 = (
    "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/24533-hd-nguoi-duoc-tro-giup-phap-ly-bao-gom-nhung-ai.html"
)
_DECREE_07_2007 = (
    "http://kiemtailieu.com/van-ban-luat/tai-lieu/"
    "nghi-dinh-so-07-nam-2007-quy-dinh-chi-tiet-va-huong-dan-thi-hanh-mot-so-dieu-cua-luat-tro-giup-phap-ly.html"
)

LEGAL_AID_LAW_2006 = Instrument(
    number="69/2006/QH11",
    kind=InstrumentKind.LAW,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Luật Trợ giúp pháp lý",
    title_en="Law on Legal Aid",
    signed=dt.date(2006, 6, 29),
    effective=None,
    url=_VVC_2006,
    verification=Verification.REPORTED,
)
LEGAL_AID_LAW_2017 = Instrument(
    number="11/2017/QH14",
    kind=InstrumentKind.LAW,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Luật Trợ giúp pháp lý",
    title_en="Law on Legal Aid",
    signed=dt.date(2017, 6, 20),
    effective=dt.date(2018, 1, 1),
    url=_MOJ,
    verification=Verification.REPORTED,
)
DECREE_144_2017 = Instrument(
    number="144/2017/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi="Chính phủ",
    issuer_en="Government",
    title_vi="Quy định chi tiết một số điều của Luật Trợ giúp pháp lý",
    title_en="Detailing the Law on Legal Aid",
    signed=None,
    effective=None,
    url=_PHAP_DIEN,
    verification=Verification.REPORTED,
)

_POOR = LEGAL_AID_LAW_2017.cite(article=7, clause=2, verification=Verification.REPORTED, evidence=(_MOJ, _BACGIANG))
_ACCUSED = LEGAL_AID_LAW_2017.cite(article=7, clause=6, verification=Verification.REPORTED, evidence=(_MOJ, _BACGIANG))
_DIFFICULTY = LEGAL_AID_LAW_2017.cite(
    article=7,
    clause=7,
    verification=Verification.REPORTED,
    evidence=(_MOJ, _BACGIANG, _PHAP_DIEN),
    note=(
        "Financial difficulty: a member of a near-poor household or a person on a monthly social allowance, per "
        "Nghị định 144/2017/NĐ-CP (article not read). Only the near-poor form is encoded."
    ),
)

_POOR_2006 = LEGAL_AID_LAW_2006.cite(
    article=10,
    clause=1,
    verification=Verification.QUOTED,
    evidence=(_TVPL_ARTICLE_10, _DECREE_07_2007, _VVC_2006),
    note=(
        "'Người nghèo': people under the poverty standard (Nghị định 07/2007/NĐ-CP Điều 2 khoản 1), read as "
        "members of a household recognised poor."
    ),
)

LEGAL_AID_2006 = Policy(
    id="legal-aid-69-2006",
    name=Text("Trợ giúp pháp lý miễn phí", "Free legal aid"),
    jurisdiction="VN",
    window=Window(dt.date(2016, 1, 1), dt.date(2018, 1, 1)),
    basis=LEGAL_AID_LAW_2006.cite(
        article=10,
        verification=Verification.REPORTED,
        evidence=(_TVPL_ARTICLE_10, _VVC_2006, _GLOBAL_REGULATION_2006, _MOJ_2006),
        note=(
            "The window starts at the library's coverage (2016-01-01), not at the law's date of effect (not found); "
            "it ends where Luật Trợ giúp pháp lý 11/2017/QH14 takes effect (01/01/2018)."
        ),
    ),
    grants=(
        Grant(
            id="poor",
            label=Text("Người nghèo (thuộc hộ nghèo)", "Poor people (of a poor household)"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.SERVICE,
            citation=_POOR_2006,
            beneficiaries=Text("mọi thành viên của hộ", "every member of the household"),
        ),
    ),
    notes=(
        Text(
            "Luật năm 2006 không có nhóm hộ cận nghèo; các nhóm khác của Điều 10 không phụ thuộc hộ nghèo (không mã hóa).",
            "The 2006 law has no near-poor group; the other groups of Art. 10 do not depend on poverty (not encoded).",
        ),
        Text(
            "Ngày bắt đầu 01/01/2016 là giới hạn phạm vi của thư viện, không phải ngày luật có hiệu lực.",
            "The start on 2016-01-01 is the library's coverage, not the law's date of effect.",
        ),
    ),
)

LEGAL_AID_2018 = Policy(
    id="legal-aid-11-2017",
    name=Text("Trợ giúp pháp lý miễn phí", "Free legal aid"),
    jurisdiction="VN",
    window=Window(dt.date(2018, 1, 1), dt.date(2031, 1, 1)),
    basis=LEGAL_AID_LAW_2017.cite(article=7, verification=Verification.REPORTED, evidence=(_MOJ, _BACGIANG)),
    grants=(
        Grant(
            id="poor",
            label=Text("Người thuộc hộ nghèo", "People of a poor household"),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.SERVICE,
            citation=_POOR,
            beneficiaries=Text("mọi thành viên của hộ", "every member of the household"),
        ),
        Grant(
            id="near_poor_accused",
            label=Text("Người bị buộc tội thuộc hộ cận nghèo", "Accused persons of a near-poor household"),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.SERVICE,
            citation=_ACCUSED,
            beneficiaries=Text(
                "thành viên của hộ là người bị buộc tội (trong vụ án hình sự)",
                "members of the household who are accused persons (in a criminal case)",
            ),
        ),
        Grant(
            id="near_poor_financial_difficulty",
            label=Text(
                "Thành viên hộ cận nghèo có khó khăn về tài chính thuộc các nhóm của khoản 7",
                "Members of a near-poor household (financial difficulty) in a group of clause 7",
            ),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.SERVICE,
            citation=_DIFFICULTY,
            beneficiaries=Text(
                "thành viên của hộ là: cha đẻ, mẹ đẻ, vợ, chồng, con của liệt sĩ hoặc người có công nuôi dưỡng liệt sĩ; "
                "người nhiễm chất độc da cam; người cao tuổi; người khuyết tật; bị hại từ đủ 16 đến dưới 18 tuổi "
                "trong vụ án hình sự; nạn nhân bạo lực gia đình; nạn nhân mua bán người; người nhiễm HIV",
                "members of the household who are: a parent, spouse or child of a martyr, or who raised one; affected "
                "by Agent Orange; elderly; disabled; a victim aged 16 to under 18 in a criminal case; a victim of "
                "domestic violence; a victim of human trafficking; living with HIV",
            ),
        ),
    ),
    notes=(
        Text(
            "Người hưởng trợ cấp xã hội hằng tháng (không thuộc hộ cận nghèo) cũng có khó khăn về tài chính; không mã hóa.",
            "People on a monthly social allowance (not near-poor) also count as in financial difficulty; not encoded.",
        ),
        Text(
            "Thời hạn áp dụng đến 2030 là giới hạn phạm vi của thư viện, không phải của luật.",
            "The end in 2030 is the library's coverage, not the law's.",
        ),
    ),
)

#: The legal-aid policies, in date order.
POLICIES: tuple[Policy, ...] = (LEGAL_AID_2006, LEGAL_AID_2018)
