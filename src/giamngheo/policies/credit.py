"""Preferential credit from the Bank for Social Policies (Ngân hàng Chính sách xã hội, VBSP) for poor households.

References:
    * Nghị định 78/2002/NĐ-CP về tín dụng đối với người nghèo và các đối tượng chính sách khác: the poor-household
      loan programme. Rates reported by the bank: 6.6 %/year for poor households, 3.3 %/year for poor households in
      the poor districts of Nghị quyết 30a/2008/NQ-CP, 7.92 %/year for near-poor households.
      https://eng.vbsp.org.vn/nearly-485000-households-provided-with-social-policy-bank-loans-in-q1.html ;
      http://eng.vbsp.org.vn/hoanh-bo-bank-for-social-policies-supports-poor-families.html
    * Quyết định 15/2013/QĐ-TTg (signed 23/02/2013): near-poor households may borrow from 16/04/2013, at a rate not
      above 130 % of the poor-household rate.
      https://news.baokhanhhoa.vn/socio_politic/201302/marginally-poor-households-access-credit-loans-2221986 ;
      https://d6.vxtdemo02.com/news/vietnam-near-poor-households-oked-access-preferential-credits
    * Quyết định 28/2015/QĐ-TTg: households that left the poor or near-poor list at most three years ago, at 125 %
      of the poor-household rate, for up to five years, from 05/09/2015.
      https://eng.vbsp.org.vn/soft-loans-offered-to-households-having-just-escaped-from-poverty.html ;
      https://www.apraca.org/where-can-newly-escaped-from-poverty/ ;
      https://en.vietnamplus.vn/credit-helps-ensure-sustainable-poverty-alleviation/78101.vnp
    * Quyết định 12/QĐ-HĐQT (22/02/2019) of the bank's Board of Directors: from 01/03/2019 poor, near-poor and newly
      escaped households may borrow up to 100,000,000 VND (was 50,000,000) for up to 120 months.
      https://baonghean.vn/en/ngan-hang-csxh-nghe-an-tin-hieu-tich-cuc-tu-nang-han-muc-cho-vay-10210243.html ;
      https://baodongnai.com.vn/english/society/201902/credit-limit-for-the-poor-to-be-raised-to-vnd100-mln-2934975
    * Quyết định 2553/QĐ-TTg (21/11/2025): from 01/12/2025 the rates fall to 6.24 %/year (poor), 7.488 %/year
      (near-poor) and 7.8 %/year (newly escaped), also on existing balances.
      https://www.vietnam.vn/en/tiep-suc-cho-ho-ngheo-va-gia-dinh-chinh-sach

The rule, as encoded: poor households (national standard) are entitled to a preferential loan throughout the
library's coverage (rate and ceiling before 01/03/2019 not encoded); from 16/04/2013 near-poor households, and from 05/09/2015 households that left the poor or
near-poor list less than 36 months ago, are entitled to a preferential loan (rate and ceiling of those years not
encoded). From 01/03/2019 to 30/11/2025: poor households 6.6 %/year (3.3 %/year in a poor district), near-poor
7.92 %/year, newly escaped 8.25 %/year (125 % of 6.6 %, computed), up to 100,000,000 VND for up to 120 months. From
01/12/2025: 6.24 %, 7.488 % and 7.8 %/year. Statuses count only as recognised under the national standard.

Unconfirmed: that the 6.6 %, 3.3 % and 7.92 % rates already applied on 01/03/2019 (they are reported in 2018-2025
sources and end on 30/11/2025; their start is not known), and that the 100,000,000 VND ceiling still holds after
01/12/2025. Not encoded: the rates and ceilings before 01/03/2019, the poor-district rate after 30/11/2025 (districts
were abolished on 01/07/2025 and the source gives none), overdue-debt rates (130 % of the rate), job-creation,
student, water and housing loans, and loans from provincially entrusted capital.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import (
    Condition,
    EntitlementKind,
    Grant,
    Policy,
    Situation,
    all_of,
    always,
    place_is,
    status_is,
)

__all__ = [
    "CREDIT_2019",
    "CREDIT_2025",
    "DECISION_12_2019_VBSP",
    "DECISION_15_2013",
    "DECISION_28_2015",
    "DECISION_2553_2025",
    "DECREE_78_2002",
    "NEAR_POOR_2013",
    "NEWLY_ESCAPED_2015",
    "POLICIES",
    "POOR_2006",
    "RESOLUTION_30A_2008",
]

_VBSP_Q1 = "https://eng.vbsp.org.vn/nearly-485000-households-provided-with-social-policy-bank-loans-in-q1.html"
_VBSP_RATES = "http://eng.vbsp.org.vn/hoanh-bo-bank-for-social-policies-supports-poor-families.html"
_KHANHHOA = "https://news.baokhanhhoa.vn/socio_politic/201302/marginally-poor-households-access-credit-loans-2221986"
_VNA_NEAR = "https://d6.vxtdemo02.com/news/vietnam-near-poor-households-oked-access-preferential-credits"
_VBSP_ESCAPED = "https://eng.vbsp.org.vn/soft-loans-offered-to-households-having-just-escaped-from-poverty.html"
_APRACA = "https://www.apraca.org/where-can-newly-escaped-from-poverty/"
_VNP_ESCAPED = "https://en.vietnamplus.vn/credit-helps-ensure-sustainable-poverty-alleviation/78101.vnp"
_NGHEAN = "https://baonghean.vn/en/ngan-hang-csxh-nghe-an-tin-hieu-tich-cuc-tu-nang-han-muc-cho-vay-10210243.html"
_DONGNAI = (
    "https://baodongnai.com.vn/english/society/201902/credit-limit-for-the-poor-to-be-raised-to-vnd100-mln-2934975"
)
_THANHHOA = "https://www.vietnam.vn/en/tiep-suc-cho-ho-ngheo-va-gia-dinh-chinh-sach"

_GOVERNMENT = ("Chính phủ", "Government")
_PRIME_MINISTER = ("Thủ tướng Chính phủ", "Prime Minister")

DECREE_78_2002 = Instrument(
    number="78/2002/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi=_GOVERNMENT[0],
    issuer_en=_GOVERNMENT[1],
    title_vi="Về tín dụng đối với người nghèo và các đối tượng chính sách khác",
    title_en="On credit for the poor and other policy beneficiaries",
    signed=None,
    effective=None,
    url=_VBSP_ESCAPED,
    verification=Verification.REPORTED,
)
RESOLUTION_30A_2008 = Instrument(
    number="30a/2008/NQ-CP",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi=_GOVERNMENT[0],
    issuer_en=_GOVERNMENT[1],
    title_vi="Về Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 61 huyện nghèo",
    title_en="On the programme of rapid and sustainable poverty reduction in the poor districts",
    signed=None,
    effective=None,
    url=_VBSP_RATES,
    verification=Verification.REPORTED,
)
DECISION_15_2013 = Instrument(
    number="15/2013/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi=_PRIME_MINISTER[0],
    issuer_en=_PRIME_MINISTER[1],
    title_vi="Về tín dụng đối với hộ cận nghèo",
    title_en="On credit for near-poor households",
    signed=dt.date(2013, 2, 23),
    effective=dt.date(2013, 4, 16),
    url=_KHANHHOA,
    verification=Verification.REPORTED,
)
DECISION_28_2015 = Instrument(
    number="28/2015/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi=_PRIME_MINISTER[0],
    issuer_en=_PRIME_MINISTER[1],
    title_vi="Về tín dụng đối với hộ mới thoát nghèo",
    title_en="On credit for households that have just escaped poverty",
    signed=None,
    effective=dt.date(2015, 9, 5),
    url=_VBSP_ESCAPED,
    verification=Verification.REPORTED,
)
DECISION_12_2019_VBSP = Instrument(
    number="12/QĐ-HĐQT",
    kind=InstrumentKind.DECISION,
    issuer_vi="Hội đồng quản trị Ngân hàng Chính sách xã hội",
    issuer_en="Board of Directors of the Vietnam Bank for Social Policies",
    title_vi="Về việc nâng mức cho vay tối đa và thời hạn cho vay đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo",
    title_en="Raising the loan ceiling and term for poor, near-poor and newly escaped households",
    signed=dt.date(2019, 2, 22),
    effective=dt.date(2019, 3, 1),
    url=_NGHEAN,
    verification=Verification.REPORTED,
)
DECISION_2553_2025 = Instrument(
    number="2553/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi=_PRIME_MINISTER[0],
    issuer_en=_PRIME_MINISTER[1],
    title_vi="Về điều chỉnh lãi suất cho vay của các chương trình tín dụng chính sách",
    title_en="Adjusting the lending rates of the policy credit programmes",
    signed=dt.date(2025, 11, 21),
    effective=dt.date(2025, 12, 1),
    url=_THANHHOA,
    verification=Verification.REPORTED,
)

_COVERAGE_END = dt.date(2031, 1, 1)
_FROM_2019 = dt.date(2019, 3, 1)
_FROM_2025 = dt.date(2025, 12, 1)

#: The national standard: VBSP's poor-household programmes follow the households recognised under it.
_VN = "VN"


def _place_is_not(fact: str) -> Condition:
    """A condition: the fact of :class:`~giamngheo.Place` is false; unknown is reported as ``place.<fact>``."""

    def condition(s: Situation) -> bool | str:
        value = getattr(s.place, fact)
        return f"place.{fact}" if value is None else not value

    return condition


# -- citations ---------------------------------------------------------------------------------------------------

_POOR_BASIS = DECREE_78_2002.cite(verification=Verification.REPORTED, evidence=(_VBSP_Q1, _VBSP_ESCAPED))
_NEAR_2013 = DECISION_15_2013.cite(
    verification=Verification.REPORTED,
    evidence=(_KHANHHOA, _VNA_NEAR),
    note="Rate negotiated with the bank, not above 130 % of the poor-household rate; the rate is not encoded.",
)
_ESCAPED_2015 = DECISION_28_2015.cite(
    verification=Verification.REPORTED,
    evidence=(_VBSP_ESCAPED, _APRACA, _VNP_ESCAPED),
    note=(
        "A household that was poor or near-poor and left the list at most three years ago (the bank's summary); "
        "rate 125 % of the poor-household rate (not encoded before 01/03/2019)."
    ),
)
_ESCAPED_TERM_2015 = DECISION_28_2015.cite(
    verification=Verification.REPORTED,
    evidence=(_VBSP_ESCAPED,),
    note="Loan term: not above five years (the bank's summary).",
)
_CEILING_2019 = DECISION_12_2019_VBSP.cite(
    verification=Verification.REPORTED,
    evidence=(_NGHEAN, _DONGNAI),
    note="Up to 100,000,000 VND (was 50,000,000) for up to 120 months, from 01/03/2019.",
)
_CEILING_AFTER_2025 = DECISION_12_2019_VBSP.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_NGHEAN, _DONGNAI),
    note="No later change was seen; that the 2019 ceiling and term still hold after 30/11/2025 is unconfirmed.",
)
_NOT_DATED = "Reported in 2018-2025 and until 30/11/2025 (Quyết định 2553/QĐ-TTg); that it applied already on 01/03/2019 is unconfirmed."
_RATE_POOR_2019 = DECREE_78_2002.cite(
    verification=Verification.UNCONFIRMED, evidence=(_VBSP_Q1, _VBSP_RATES, _THANHHOA), note=_NOT_DATED
)
_RATE_POOR_DISTRICT_2019 = RESOLUTION_30A_2008.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_VBSP_RATES, _VBSP_Q1),
    note="3.3 %/year in the poor districts of Nghị quyết 30a/2008; " + _NOT_DATED,
)
_RATE_NEAR_2019 = DECISION_15_2013.cite(
    verification=Verification.UNCONFIRMED, evidence=(_VBSP_RATES, _VBSP_Q1, _THANHHOA), note=_NOT_DATED
)
_RATE_ESCAPED_2019 = DECISION_28_2015.cite(
    verification=Verification.UNCONFIRMED,
    evidence=(_VBSP_ESCAPED, _THANHHOA),
    note="Computed: 125 % of 6.6 % = 8.25 %/year (the bank states the 125 %; 8.25 % is reported as the rate until "
    "30/11/2025). " + _NOT_DATED,
)
_RATES_2025 = DECISION_2553_2025.cite(
    verification=Verification.REPORTED,
    evidence=(_THANHHOA,),
    note="From 01/12/2025: poor 6.6 → 6.24 %, near-poor 7.92 → 7.488 %, newly escaped 8.25 → 7.8 %/year.",
)

_POOR_RATE = Fraction(66, 1000)
_ESCAPED_SHARE = Fraction(125, 100)

_CEILING_VND = 100_000_000
_TERM_MONTHS = 120
_ESCAPED_MONTHS = 36


def _months(citation: Citation) -> Cited[int]:
    return Cited(_ESCAPED_MONTHS, citation)


# -- labels ------------------------------------------------------------------------------------------------------

_POOR = Text("Hộ nghèo: vay vốn ưu đãi", "Poor household: preferential loan")
_POOR_DISTRICT = Text(
    "Hộ nghèo tại huyện nghèo (Nghị quyết 30a/2008): vay vốn ưu đãi",
    "Poor household in a poor district: preferential loan",
)
_NEAR = Text("Hộ cận nghèo: vay vốn ưu đãi", "Near-poor household: preferential loan")
_NEAR_2013_LABEL = Text(
    "Hộ cận nghèo: vay vốn ưu đãi, lãi suất không quá 130 % lãi suất cho vay hộ nghèo",
    "Near-poor household: preferential loan at no more than 130 % of the poor-household rate",
)
_ESCAPED = Text(
    "Hộ mới thoát nghèo, thoát cận nghèo (trong 36 tháng): vay vốn ưu đãi",
    "Household that left the poor or near-poor list less than 36 months ago: preferential loan",
)
_ESCAPED_2015_LABEL = Text(
    "Hộ mới thoát nghèo, thoát cận nghèo (trong 36 tháng): vay vốn ưu đãi, lãi suất bằng 125 % lãi suất cho vay hộ nghèo",
    "Household that left the poor or near-poor list less than 36 months ago: loan at 125 % of the poor-household rate",
)
_LEFT = (Status.POOR, Status.NEAR_POOR)


def _loan(
    grant_id: str,
    label: Text,
    applies: Condition,
    citation: Citation,
    *,
    rate: Cited[Fraction] | None,
    ceiling: Citation | None,
    months_after: Cited[int] | None = None,
    left: tuple[Status, ...] = (),
    left_jurisdiction: str | None = None,
) -> Grant:
    return Grant(
        id=grant_id,
        label=label,
        applies=applies,
        kind=EntitlementKind.LOAN,
        citation=citation,
        rate=rate,
        amount_vnd=None if ceiling is None else Cited(_CEILING_VND, ceiling),
        per="loan" if ceiling is not None else None,
        up_to=ceiling is not None,
        term_months=None if ceiling is None else Cited(_TERM_MONTHS, ceiling),
        months_after=months_after,
        left=left,
        left_jurisdiction=left_jurisdiction,
    )


POOR_2006 = Policy(
    id="credit-poor-nd-78-2002",
    name=Text("Tín dụng ưu đãi cho hộ nghèo", "Preferential credit for poor households"),
    jurisdiction="VN",
    window=Window(dt.date(2006, 1, 1), _FROM_2019),
    basis=_POOR_BASIS,
    grants=(
        Grant(
            id="poor",
            label=_POOR,
            applies=status_is(Status.POOR, jurisdiction=_VN),
            kind=EntitlementKind.LOAN,
            citation=_POOR_BASIS,
        ),
    ),
    notes=(
        Text(
            "Lãi suất và mức cho vay tối đa trước 01/3/2019 chưa được mã hóa; ngày bắt đầu 01/01/2006 là giới hạn phạm "
            "vi của thư viện, không phải ngày hiệu lực của nghị định (năm 2002).",
            "The rates and ceiling before 2019-03-01 are not encoded; the start on 2006-01-01 is the library's "
            "coverage, not the decree's effective date (2002).",
        ),
    ),
)

NEAR_POOR_2013 = Policy(
    id="credit-near-poor-qd-15-2013",
    name=Text("Tín dụng ưu đãi cho hộ cận nghèo", "Preferential credit for near-poor households"),
    jurisdiction="VN",
    window=Window(dt.date(2013, 4, 16), _FROM_2019),
    basis=_NEAR_2013,
    grants=(
        Grant(
            id="near_poor",
            label=_NEAR_2013_LABEL,
            applies=status_is(Status.NEAR_POOR, jurisdiction=_VN),
            kind=EntitlementKind.LOAN,
            citation=_NEAR_2013,
        ),
    ),
    notes=(
        Text(
            "Lãi suất và mức cho vay tối đa giai đoạn 2013-2019 chưa được mã hóa.",
            "The rate and ceiling of 2013-2019 are not encoded.",
        ),
    ),
)

NEWLY_ESCAPED_2015 = Policy(
    id="credit-newly-escaped-qd-28-2015",
    name=Text("Tín dụng ưu đãi cho hộ mới thoát nghèo", "Preferential credit for newly escaped households"),
    jurisdiction="VN",
    window=Window(dt.date(2015, 9, 5), _FROM_2019),
    basis=_ESCAPED_2015,
    grants=(
        Grant(
            id="newly_escaped",
            label=_ESCAPED_2015_LABEL,
            applies=always,
            kind=EntitlementKind.LOAN,
            citation=_ESCAPED_2015,
            term_months=Cited(60, _ESCAPED_TERM_2015),
            months_after=_months(_ESCAPED_2015),
            left=_LEFT,
            left_jurisdiction=_VN,
        ),
    ),
    notes=(
        Text(
            "Lãi suất (125 % lãi suất hộ nghèo) và mức cho vay tối đa giai đoạn 2015-2019 chưa được mã hóa; "
            "điều kiện thu nhập bình quân trên chuẩn cận nghèo được coi là thỏa khi hộ không còn là hộ nghèo, cận nghèo.",
            "The rate (125 % of the poor-household rate) and ceiling of 2015-2019 are not encoded; the condition of an "
            "income above the near-poor line is taken as met when the household is no longer poor or near-poor.",
        ),
    ),
)

CREDIT_2019 = Policy(
    id="credit-vbsp-2019",
    name=Text(
        "Tín dụng ưu đãi cho hộ nghèo, cận nghèo, mới thoát nghèo",
        "Preferential credit for poor, near-poor and newly escaped households",
    ),
    jurisdiction="VN",
    window=Window(_FROM_2019, _FROM_2025),
    basis=_CEILING_2019,
    grants=(
        _loan(
            "poor",
            _POOR,
            all_of(status_is(Status.POOR, jurisdiction=_VN), _place_is_not("poor_district")),
            _RATE_POOR_2019,
            rate=Cited(_POOR_RATE, _RATE_POOR_2019),
            ceiling=_CEILING_2019,
        ),
        _loan(
            "poor_poor_district",
            _POOR_DISTRICT,
            all_of(status_is(Status.POOR, jurisdiction=_VN), place_is("poor_district")),
            _RATE_POOR_DISTRICT_2019,
            rate=Cited(Fraction(33, 1000), _RATE_POOR_DISTRICT_2019),
            ceiling=_CEILING_2019,
        ),
        _loan(
            "near_poor",
            _NEAR,
            status_is(Status.NEAR_POOR, jurisdiction=_VN),
            _RATE_NEAR_2019,
            rate=Cited(Fraction(792, 10000), _RATE_NEAR_2019),
            ceiling=_CEILING_2019,
        ),
        _loan(
            "newly_escaped",
            _ESCAPED,
            always,
            _RATE_ESCAPED_2019,
            rate=Cited(_POOR_RATE * _ESCAPED_SHARE, _RATE_ESCAPED_2019),
            ceiling=_CEILING_2019,
            months_after=_months(_ESCAPED_2015),
            left=_LEFT,
            left_jurisdiction=_VN,
        ),
    ),
    notes=(
        Text(
            "Lãi suất ưu đãi tại huyện nghèo là một điều kiện riêng (mô hình chưa cho phép ngoại lệ thay đổi lãi suất); "
            "khi chưa biết huyện nghèo, cả hai mức được trả về, mỗi mức ghi 'place.poor_district'.",
            "The poor-district rate is a separate grant (an exception cannot change a rate in the model); when the "
            "district is unknown both are returned, each marked 'place.poor_district'.",
        ),
        Text(
            "Mức cho vay tối đa là trần; số tiền và thời hạn cụ thể do ngân hàng và hộ thỏa thuận theo chu kỳ sản xuất.",
            "The amount and term are ceilings; the actual ones are agreed with the bank for the production cycle.",
        ),
    ),
)

CREDIT_2025 = Policy(
    id="credit-vbsp-2025",
    name=Text(
        "Tín dụng ưu đãi cho hộ nghèo, cận nghèo, mới thoát nghèo",
        "Preferential credit for poor, near-poor and newly escaped households",
    ),
    jurisdiction="VN",
    window=Window(_FROM_2025, _COVERAGE_END),
    basis=_RATES_2025,
    grants=(
        _loan(
            "poor",
            _POOR,
            status_is(Status.POOR, jurisdiction=_VN),
            _RATES_2025,
            rate=Cited(Fraction(624, 10000), _RATES_2025),
            ceiling=_CEILING_AFTER_2025,
        ),
        _loan(
            "near_poor",
            _NEAR,
            status_is(Status.NEAR_POOR, jurisdiction=_VN),
            _RATES_2025,
            rate=Cited(Fraction(7488, 100000), _RATES_2025),
            ceiling=_CEILING_AFTER_2025,
        ),
        _loan(
            "newly_escaped",
            _ESCAPED,
            always,
            _RATES_2025,
            rate=Cited(Fraction(78, 1000), _RATES_2025),
            ceiling=_CEILING_AFTER_2025,
            months_after=_months(_ESCAPED_2015),
            left=_LEFT,
            left_jurisdiction=_VN,
        ),
    ),
    notes=(
        Text(
            "Lãi suất ưu đãi riêng cho hộ nghèo tại huyện nghèo sau 30/11/2025 chưa rõ (cấp huyện đã bỏ từ 01/7/2025): "
            "không mã hóa.",
            "A separate poor-district rate after 30/11/2025 is not known (districts were abolished on 2025-07-01): "
            "not encoded.",
        ),
        Text(
            "Thời hạn áp dụng đến 2030 là giới hạn phạm vi của thư viện, không phải của quyết định.",
            "The end in 2030 is the library's coverage, not the decision's.",
        ),
    ),
)


#: The credit policies, in date order.
POLICIES: tuple[Policy, ...] = (POOR_2006, NEAR_POOR_2013, NEWLY_ESCAPED_2015, CREDIT_2019, CREDIT_2025)
