"""Electricity (tiền điện): the monthly electricity support of poor households.

References:
    * Quyết định 28/2014/QĐ-TTg (07/04/2014, in force 01/06/2014) quy định về cơ cấu biểu giá bán lẻ điện, Điều 3
      khoản 7: poor households (and social-policy households) receive each month an amount equal to 30 kWh at the
      tier-1 residential retail price. EVN's notice of Quyết định 60/2014/QĐ-TTg quotes the clause: "hộ chính sách
      xã hội được hỗ trợ tiền điện quy định tại Khoản 7 Điều 3 Quyết định số 28/2014/QĐ-TTg …"; "Mức hỗ trợ tương
      đương tiền điện sử dụng 30 kWh tính theo mức giá bán lẻ điện sinh hoạt bậc 1 hiện hành",
      https://evn.com.vn/d6/news/Tieu-chi-ho-chinh-sach-xa-hoi-duoc-ho-tro-tien-dien-9-134-14477.aspx . Summaries:
      http://cand.com.vn/doi-song/Ho-ngheo-duoc-ho-tro-tien-dien-theo-quy-336152/ ;
      https://baonghean.vn/fr/ho-tro-tien-dien-46-000-dong-thang-cho-ho-ngheo-ho-chinh-sach-10020541.html
      (both): **46,000 VND per household a month** from
      01/06/2014, paid quarterly; a draft had said 42,000 (https://vtv.vn/kinh-te/ho-tro-42000-dongthang-tien-dien-cho-cac-ho-ngheo-138514.htm).
      The same figure is in Thông tư 190/2014/TT-BTC (11/12/2014, in force 26/01/2015), which carries out the
      support, https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Thong-tu-190-2014-TT-BTC-chinh-sach-ho-tro-tien-dien-cho-ho-ngheo-ho-chinh-sach-xa-hoi-261164.aspx .
      Provinces adjust the amount when the tier-1 price changes (the cand.com.vn summary above).
    * Quyết định 60/2014/QĐ-TTg (30/10/2014, in force 15/12/2014) on the social-policy households supported:
      "Ngày 30/10/2014, Thủ tướng Chính phủ đã ban hành Quyết định 60/2014/QĐ-TTg …"; "Quyết định này có hiệu lực từ
      ngày 15/12/2014" (the EVN notice above); the text in translation,
      https://www.global-regulation.com/translation/vietnam/2954121/the-decision-60-2014-qd-ttg-dated%253a-regulation-criteria-households-supported-social-policy-power-money.html .
    * Quyết định 2256/QĐ-BCT (12/03/2015) of the Ministry of Industry and Trade: new retail prices from 16/03/2015,
      tier 1 (0-50 kWh) 1,484 VND/kWh before VAT, per the same EVN Hồ Chí Minh City notice ("Thông báo Giá bán điện
      áp dụng từ ngày 16/3/2015", a third-party SQL copy found in the public code index). One newspaper gives the
      support from that day as 49,000 VND a month, http://cand.com.vn/Xa-hoi/Nang-muc-ho-tro-tien-dien-ho-ngheo-ho-chinh-sach-len-49-000-dong-thang-356263/ ;
      it is not encoded, as the day the next tier-1 price change ended it was not found.
    * Quyết định 14/2025/QĐ-TTg (29/05/2025) quy định về cơ cấu biểu giá bán lẻ điện, replacing Quyết định
      28/2014/QĐ-TTg; Điều 1 khoản 1: "Quyết định này quy định về cơ cấu biểu giá bán lẻ điện; … cơ chế hỗ trợ tiền
      điện cho mục đích sinh hoạt đối với hộ nghèo, hộ chính sách xã hội",
      https://thuviennhadat.vn/vbpl/quyet-dinh-14-2025-qd-ttg-quy-dinh-co-cau-bieu-gia-ban-le-dien-366797.html ;
      https://english.luatvietnam.vn/chinh-sach/decision-14-2025-qd-ttg-structure-of-electricity-retail-tariff-401724-d1.html ;
      https://en.evn.com.vn/d/en-US/news/New-regulations-on-retail-electricity-tariff-structure-60-163-500743 .
      "Decision 14 of 2025 comes into force on May 29, 2025, replacing Decision 28 of 2014. It will be applied from
      the date of the nearest adjustment to the average electricity selling price after this Decision takes
      effect", https://xe.today/2025/06/01/new-residential-electricity-rates-a-fresh-pricing-structure-with-tariffs-reaching-almost-vnd-4000-per-kwh .
      The article setting the amount of the support was not found: the amount is not encoded.

From 2014-06-01 to 2015-03-15 a poor household receives 46,000 VND a month. From 2015-03-16, the day the tier-1
price changed, it receives the value of 30 kWh at the tier-1 price in force, an amount the library does not encode
(``amount_vnd`` is ``None``), until 2025-05-28. That the 46,000 figure stopped on 2015-03-16 is the library's
reading (the amount is defined by the price, which changed that day). From 2025-05-29, the day Quyết định
14/2025/QĐ-TTg came into force (reported by one outlet), a poor household receives the support of that decision;
its amount is not encoded, and that it keeps the 30 kWh tier-1 rule is unconfirmed. The policy's end in 2030 is the
library's coverage.

Every household recognised poor is given the support. A Ministry of Finance draft limited it, in 2016-2020, to
households poor by the income criterion of Quyết định 59/2015/QĐ-TTg
(https://baonghean.vn/en/ho-tro-tien-dien-cho-ho-ngheo-va-ho-chinh-sach-xa-hoi-10185296.html); whether the final
rule did so was not found. A 2024 summary of Thông tư 190/2014/TT-BTC Điều 1 khoản 2 defines the poor households
supported by the 2022-2025 standard (income at or under the line *and* three or more deprivations),
http://laocaitv.vn/chinh-tri-xa-hoi/doi-tuong-duoc-ho-tro-tien-dien-su-dung-cho-muc-dich-sinh-hoat .

Not encoded: social-policy households (Quyết định 60/2014/QĐ-TTg: a household with a member on a monthly social
allowance using at most 50 kWh a month, or without grid; the criteria are not a recognised poverty status), and
the draft paying the actual use up to 30 kWh (whether adopted is unconfirmed).
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, status_is

__all__ = ["DECISION_14_2025", "DECISION_28_2014", "DECISION_60_2014", "POLICIES"]

_CAND = "http://cand.com.vn/doi-song/Ho-ngheo-duoc-ho-tro-tien-dien-theo-quy-336152/"
_CAND_49000 = "http://cand.com.vn/Xa-hoi/Nang-muc-ho-tro-tien-dien-ho-ngheo-ho-chinh-sach-len-49-000-dong-thang-356263/"
_BAONGHEAN = "https://baonghean.vn/fr/ho-tro-tien-dien-46-000-dong-thang-cho-ho-ngheo-ho-chinh-sach-10020541.html"
_BAONGHEAN_2 = "https://baonghean.vn/en/ho-tro-tien-dien-cho-ho-ngheo-va-ho-chinh-sach-xa-hoi-10185296.html"
_VTV_DRAFT = "https://vtv.vn/kinh-te/ho-tro-42000-dongthang-tien-dien-cho-cac-ho-ngheo-138514.htm"
_GLOBAL_REG_60 = "https://www.global-regulation.com/translation/vietnam/2954121/the-decision-60-2014-qd-ttg-dated%253a-regulation-criteria-households-supported-social-policy-power-money.html"
_EVN_60 = "https://evn.com.vn/d6/news/Tieu-chi-ho-chinh-sach-xa-hoi-duoc-ho-tro-tien-dien-9-134-14477.aspx"
_TVPL_190 = (
    "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/"
    "Thong-tu-190-2014-TT-BTC-chinh-sach-ho-tro-tien-dien-cho-ho-ngheo-ho-chinh-sach-xa-hoi-261164.aspx"
)
_THUVIENNHADAT_14 = (
    "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2025-qd-ttg-quy-dinh-co-cau-bieu-gia-ban-le-dien-366797.html"
)
_LUATVIETNAM_14 = "https://english.luatvietnam.vn/chinh-sach/decision-14-2025-qd-ttg-structure-of-electricity-retail-tariff-401724-d1.html"
_EVN_14 = "https://en.evn.com.vn/d/en-US/news/New-regulations-on-retail-electricity-tariff-structure-60-163-500743"
_XE_TODAY_14 = (
    "https://xe.today/2025/06/01/"
    "new-residential-electricity-rates-a-fresh-pricing-structure-with-tariffs-reaching-almost-vnd-4000-per-kwh"
)
#: Policies in force "until replaced" end here: the library's coverage, not the instrument's.
_COVERAGE_END = dt.date(2031, 1, 1)
_FROM_14 = dt.date(2025, 5, 29)

DECISION_28_2014 = Instrument(
    number="28/2014/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi="Thủ tướng Chính phủ",
    issuer_en="Prime Minister",
    title_vi="Quy định về cơ cấu biểu giá bán lẻ điện",
    title_en="On the structure of the electricity retail tariff",
    signed=dt.date(2014, 4, 7),
    effective=dt.date(2014, 6, 1),
    url=_CAND,
    verification=Verification.REPORTED,
)
DECISION_60_2014 = Instrument(
    number="60/2014/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi="Thủ tướng Chính phủ",
    issuer_en="Prime Minister",
    title_vi="Quy định tiêu chí hộ chính sách xã hội được hỗ trợ tiền điện",
    title_en="Criteria of the social-policy households supported for electricity",
    signed=dt.date(2014, 10, 30),
    effective=dt.date(2014, 12, 15),
    url=_GLOBAL_REG_60,
    verification=Verification.QUOTED,
)
DECISION_14_2025 = Instrument(
    number="14/2025/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi="Thủ tướng Chính phủ",
    issuer_en="Prime Minister",
    title_vi="Quy định về cơ cấu biểu giá bán lẻ điện",
    title_en="On the structure of the electricity retail tariff (replacing 28/2014)",
    signed=dt.date(2025, 5, 29),
    effective=_FROM_14,
    url=_THUVIENNHADAT_14,
    verification=Verification.REPORTED,
)

_HOUSEHOLD = Text("hộ gia đình (theo hóa đơn tiền điện sinh hoạt)", "the household (its residential electricity bill)")

_AMOUNT_2014 = DECISION_28_2014.cite(
    article=3,
    clause=7,
    verification=Verification.REPORTED,
    evidence=(_CAND, _BAONGHEAN, _TVPL_190),
    note=(
        "46,000 VND per household a month from 01/06/2014, paid quarterly (two outlets, and Thông tư "
        f"190/2014/TT-BTC as summarised; a draft said 42,000: {_VTV_DRAFT}). Its end on 16/03/2015, when the tier-1 "
        "price changed (Quyết định 2256/QĐ-BCT), is the library's reading, unconfirmed."
    ),
)
_CLAUSE_7 = DECISION_28_2014.cite(
    article=3,
    clause=7,
    verification=Verification.QUOTED,
    evidence=(_EVN_60, _GLOBAL_REG_60, _CAND, _BAONGHEAN),
    note="EVN's notice of Quyết định 60/2014/QĐ-TTg quotes the clause and its 30 kWh at the tier-1 price.",
)
_TIER_1 = DECISION_28_2014.cite(
    article=3,
    clause=7,
    verification=Verification.QUOTED,
    evidence=(_EVN_60, _CAND, _BAONGHEAN, _BAONGHEAN_2),
    note=(
        "30 kWh at the tier-1 residential retail price in force; the amount changes with the price and is not "
        "encoded. The tier-1 price changed on 16/03/2015 (Quyết định 2256/QĐ-BCT of 12/03/2015, EVN Hồ Chí Minh "
        f"City notice seen in a third-party copy without an address); one newspaper gives 49,000 VND a month from "
        f"then ({_CAND_49000}), not encoded as its end is unknown. The end on 29/05/2025, when Quyết định "
        "14/2025/QĐ-TTg came into force, is reported by one outlet. A Ministry of Finance draft (last source) "
        "limited the 2016-2020 support to households poor by income; the final rule was not found."
    ),
)
_SCOPE_14 = DECISION_14_2025.cite(
    article=1,
    clause=1,
    verification=Verification.QUOTED,
    evidence=(_THUVIENNHADAT_14, _LUATVIETNAM_14, _EVN_14),
    note="The scope names the support of poor households; in force 29/05/2025 as one outlet reports it.",
)
_SUPPORT_14 = DECISION_14_2025.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_THUVIENNHADAT_14, _XE_TODAY_14),
    note=(
        "The article that sets the support of poor households and its amount was not found; that it keeps 30 kWh at "
        "the tier-1 price of Quyết định 28/2014/QĐ-TTg is unconfirmed. The amount is not encoded."
    ),
)

_NAME = Text("Hỗ trợ tiền điện cho hộ nghèo", "Electricity support for poor households")
_LABEL = Text("Hộ nghèo: hỗ trợ tiền điện hằng tháng", "Poor household: monthly electricity support")
_NOTES = (
    Text(
        "Hộ chính sách xã hội (Quyết định 60/2014/QĐ-TTg, từ 15/12/2014) cũng được hỗ trợ; tiêu chí không dựa trên "
        "chuẩn nghèo nên không mã hóa.",
        "Social-policy households (Decision 60/2014/QĐ-TTg, from 15/12/2014) are supported too; their criteria are "
        "not a poverty status, so they are not encoded.",
    ),
    Text(
        "Tiền hỗ trợ được chi trả theo quý.",
        "The support is paid quarterly.",
    ),
)
_INCOME_POOR = Text(
    "Một dự thảo của Bộ Tài chính giới hạn hỗ trợ giai đoạn 2016-2020 cho hộ nghèo theo tiêu chí thu nhập; quy định "
    "cuối cùng chưa tìm thấy: mọi hộ nghèo được hỗ trợ.",
    "A Ministry of Finance draft limited the 2016-2020 support to households poor by income; the final rule was not "
    "found: every poor household is supported.",
)

ELECTRICITY_2014 = Policy(
    id="electricity-28-2014-46000",
    name=_NAME,
    jurisdiction="VN",
    window=Window(dt.date(2014, 6, 1), dt.date(2015, 3, 16)),
    basis=_CLAUSE_7,
    grants=(
        Grant(
            id="poor",
            label=_LABEL,
            applies=status_is(Status.POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_AMOUNT_2014,
            amount_vnd=Cited(46_000, _AMOUNT_2014),
            per="month",
            beneficiaries=_HOUSEHOLD,
        ),
    ),
    notes=(
        *_NOTES,
        Text(
            "Ngày kết thúc mức 46.000 đồng (16/03/2015, ngày giá bậc 1 thay đổi) là cách hiểu của thư viện.",
            "The end of the 46,000 figure (16/03/2015, the day the tier-1 price changed) is the library's reading.",
        ),
    ),
)

ELECTRICITY_TIER_1 = Policy(
    id="electricity-28-2014-tier1",
    name=_NAME,
    jurisdiction="VN",
    window=Window(dt.date(2015, 3, 16), _FROM_14),
    basis=_CLAUSE_7,
    grants=(
        Grant(
            id="poor",
            label=Text(
                "Hộ nghèo: hỗ trợ tiền điện bằng 30 kWh theo giá bán lẻ điện sinh hoạt bậc 1 (số tiền chưa mã hóa)",
                "Poor household: 30 kWh a month at the tier-1 residential price (amount not encoded)",
            ),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_TIER_1,
            per="month",
            beneficiaries=_HOUSEHOLD,
        ),
    ),
    notes=(
        *_NOTES,
        Text(
            "Số tiền bằng 30 kWh nhân giá bậc 1 đang áp dụng; giá bậc 1 các thời kỳ chưa mã hóa.",
            "The amount is 30 kWh times the tier-1 price in force; the tier-1 prices are not encoded.",
        ),
        _INCOME_POOR,
        Text(
            "Từ 29/05/2025 áp dụng Quyết định 14/2025/QĐ-TTg (thay thế Quyết định 28/2014/QĐ-TTg).",
            "From 29/05/2025 Decision 14/2025/QĐ-TTg applies (it replaced Decision 28/2014/QĐ-TTg).",
        ),
    ),
)

ELECTRICITY_2025 = Policy(
    id="electricity-14-2025",
    name=_NAME,
    jurisdiction="VN",
    window=Window(_FROM_14, _COVERAGE_END),
    basis=_SCOPE_14,
    grants=(
        Grant(
            id="poor",
            label=Text(
                "Hộ nghèo: hỗ trợ tiền điện hằng tháng (số tiền chưa xác nhận)",
                "Poor household: monthly electricity support (amount unconfirmed)",
            ),
            applies=status_is(Status.POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_SUPPORT_14,
            per="month",
            beneficiaries=_HOUSEHOLD,
        ),
    ),
    notes=(
        Text(
            "Điều khoản quy định mức hỗ trợ của Quyết định 14/2025/QĐ-TTg chưa tìm thấy: số tiền không mã hóa.",
            "The article of Decision 14/2025/QĐ-TTg that sets the support was not found: the amount is not encoded.",
        ),
        Text(
            "Biểu giá mới áp dụng từ lần điều chỉnh giá bán lẻ điện bình quân gần nhất sau khi quyết định có hiệu lực "
            "(theo báo chí).",
            "The new tariff structure applies from the next adjustment of the average retail price after the "
            "decision took effect (as reported).",
        ),
        Text(
            "Thời hạn áp dụng đến 2030 là giới hạn phạm vi của thư viện, không phải của quyết định.",
            "The end in 2030 is the library's coverage, not the decision's.",
        ),
    ),
)

#: The electricity policies, in date order.
POLICIES: tuple[Policy, ...] = (ELECTRICITY_2014, ELECTRICITY_TIER_1, ELECTRICITY_2025)
