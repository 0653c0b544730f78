"""Electricity (tiền điện): the monthly electricity support of poor households.

References:
    * Quyết định 28/2014/QĐ-TTg (07/04/2014, in force 01/06/2014) quy định về cơ cấu biểu giá bán lẻ điện, Điều 3
      khoản 7: poor households (and social-policy households) receive each month an amount equal to 30 kWh at the
      tier-1 residential retail price. The signing and effective dates are repeated by an EVN Hồ Chí Minh City
      tariff notice (copied into public code). Summaries: http://cand.com.vn/doi-song/Ho-ngheo-duoc-ho-tro-tien-dien-theo-quy-336152/ ;
      https://baonghean.vn/fr/ho-tro-tien-dien-46-000-dong-thang-cho-ho-ngheo-ho-chinh-sach-10020541.html
      (research notes ``national-law.md`` §4.3, S63, S64/S66): **46,000 VND per household a month** from
      01/06/2014, paid quarterly; a draft had said 42,000 (https://vtv.vn/kinh-te/ho-tro-42000-dongthang-tien-dien-cho-cac-ho-ngheo-138514.htm).
      Provinces adjust the amount when the tier-1 price changes (S63).
    * Quyết định 2256/QĐ-BCT (12/03/2015) of the Ministry of Industry and Trade: new retail prices from 16/03/2015,
      tier 1 (0-50 kWh) 1,484 VND/kWh before VAT, per the same EVN Hồ Chí Minh City notice ("Thông báo Giá bán điện
      áp dụng từ ngày 16/3/2015", a third-party SQL copy found in the public code index). The tier-1 price before
      that date was not seen.
    * Quyết định 14/2025/QĐ-TTg (29/05/2025) on the structure of the retail tariff (five tiers) replaced the
      six-tier structure of Quyết định 28/2014/QĐ-TTg, as reported by third-party documents in public code; its
      effective date, and whether and how it carries the support of poor households, were not seen. Neither
      Quyết định 2256/QĐ-BCT nor Quyết định 14/2025/QĐ-TTg is defined as an :class:`Instrument` here: no address
      of their text was found, and neither provides a value that is encoded.

From 2014-06-01 to 2015-03-15 a poor household receives 46,000 VND a month. From 2015-03-16, the day the tier-1
price changed, it receives the value of 30 kWh at the tier-1 price in force, an amount the library does not encode
(``amount_vnd`` is ``None``). That the 46,000 figure stopped on 2015-03-16 is the library's reading (the amount is
defined by the price, which changed that day); that the support lasted until 2025-05-28 is also the library's
reading: the window ends on the day the replacing Quyết định 14/2025/QĐ-TTg was signed, the earliest day it could
have taken effect, and nothing is encoded from then on.

Not encoded: social-policy households (Quyết định 60/2014/QĐ-TTg, in force 15/12/2014: a household with a member on a
monthly social allowance using at most 50 kWh a month, or without grid; the criteria are not a recognised poverty
status), and a Ministry of Finance draft paying the actual use up to 30 kWh (whether adopted is unconfirmed).
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, status_is

__all__ = ["DECISION_28_2014", "DECISION_60_2014", "POLICIES"]

_CAND = "http://cand.com.vn/doi-song/Ho-ngheo-duoc-ho-tro-tien-dien-theo-quy-336152/"
_BAONGHEAN = "https://baonghean.vn/fr/ho-tro-tien-dien-46-000-dong-thang-cho-ho-ngheo-ho-chinh-sach-10020541.html"
_BAONGHEAN_2 = "https://baonghean.vn/en/ho-tro-tien-dien-cho-ho-ngheo-va-ho-chinh-sach-xa-hoi-10185296.html"
_VTV_DRAFT = "https://vtv.vn/kinh-te/ho-tro-42000-dongthang-tien-dien-cho-cac-ho-ngheo-138514.htm"
_GLOBAL_REG_60 = "https://www.global-regulation.com/translation/vietnam/2954121/the-decision-60-2014-qd-ttg-dated%253a-regulation-criteria-households-supported-social-policy-power-money.html"

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
    signed=None,
    effective=dt.date(2014, 12, 15),
    url=_GLOBAL_REG_60,
    verification=Verification.REPORTED,
)

_HOUSEHOLD = Text("hộ gia đình (theo hóa đơn tiền điện sinh hoạt)", "the household (its residential electricity bill)")

_AMOUNT_2014 = DECISION_28_2014.cite(
    article=3,
    clause=7,
    verification=Verification.REPORTED,
    evidence=(_CAND, _BAONGHEAN),
    note=(
        "46,000 VND per household a month from 01/06/2014, paid quarterly (two outlets; a draft said 42,000: "
        f"{_VTV_DRAFT}). Its end on 16/03/2015, when the tier-1 price changed (Quyết định 2256/QĐ-BCT), is the "
        "library's reading, unconfirmed."
    ),
)
_TIER_1 = DECISION_28_2014.cite(
    article=3,
    clause=7,
    verification=Verification.REPORTED,
    evidence=(_CAND, _BAONGHEAN),
    note=(
        "30 kWh at the tier-1 residential retail price in force; the amount changes with the price and is not "
        "encoded. The tier-1 price changed on 16/03/2015 (Quyết định 2256/QĐ-BCT of 12/03/2015, EVN Hồ Chí Minh "
        "City notice seen in a third-party copy without an address). The end on 29/05/2025 (signing of Quyết định 14/2025/QĐ-TTg) is the library's conservative "
        "reading, unconfirmed."
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

ELECTRICITY_2014 = Policy(
    id="electricity-28-2014-46000",
    name=_NAME,
    jurisdiction="VN",
    window=Window(dt.date(2014, 6, 1), dt.date(2015, 3, 16)),
    basis=DECISION_28_2014.cite(article=3, clause=7, verification=Verification.REPORTED, evidence=(_CAND, _BAONGHEAN)),
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
    window=Window(dt.date(2015, 3, 16), dt.date(2025, 5, 29)),
    basis=DECISION_28_2014.cite(
        article=3, clause=7, verification=Verification.REPORTED, evidence=(_CAND, _BAONGHEAN_2)
    ),
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
        Text(
            "Từ 29/05/2025 (Quyết định 14/2025/QĐ-TTg thay thế Quyết định 28/2014/QĐ-TTg) không mã hóa.",
            "Nothing is encoded from 29/05/2025 (Decision 14/2025/QĐ-TTg replaced Decision 28/2014/QĐ-TTg).",
        ),
    ),
)

#: The electricity policies, in date order.
POLICIES: tuple[Policy, ...] = (ELECTRICITY_2014, ELECTRICITY_TIER_1)
