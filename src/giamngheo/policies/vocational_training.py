"""Vocational training (đào tạo nghề) under the national target programme on sustainable poverty reduction 2021-2025.

References:
    * Thông tư 55/2023/TT-BTC of the Ministry of Finance on the management, use and settlement of the central
      budget's recurrent funds for the national target programmes 2021-2025, Điều 68: vocational training of people
      of near-poor households, of households newly out of poverty, and low-income workers, **up to 2,500,000 VND per
      person per course**, as given by the third-party Markdown copy of the Pháp điển in repository
      ``diepxuan/diepxuan.github.io``, ``van-ban/tai-chinh/ngan-sach-nha-nuoc.md`` (the circular's ``url``; not
      re-read here).
    * Nghị định 30/2025/NĐ-CP (24/02/2025) amending Nghị định 07/2021/NĐ-CP, Điều 3 khoản 2 điểm d and đ as amended:
      the low-income worker, as quoted (truncated) by the English text on vanban123.vn and two copies of the Vietnam
      News Agency report (the three URLs of ``_DECREE_30_EVIDENCE`` below).

The circular's signing and effective dates were not found in any source searched: the window's start, 2023-10-01,
is the library's recollection of its effective date (**unconfirmed**), and its end, 2025-12-31, the end of the
programme's period (2021-2025). From then, members of a near-poor household may be supported up to 2,500,000 VND
per course; so may members of a household newly out of poverty, for 36 months from the day it stopped being poor:
that duration is **unconfirmed** (the library's reading, by analogy with the 3-year window of preferential credit
for newly escaped households under Quyết định 28/2015/QĐ-TTg; the circular's wording was not seen). A household that
left poverty for near-poor is served by the near-poor grant alone, never twice.

Low-income workers (Nghị định 30/2025/NĐ-CP, Điều 3 khoản 2 điểm d as amended, quoted): members of a household that
is neither poor nor near-poor, whose monthly income per person is at most 2,250,000 VND (rural) or 3,000,000 VND
(urban), may be supported the same way, from the decree (signed 2025-02-24; its effective date is unconfirmed, the
window starts on the signing date) to the end of the programme. The test needs the household's income: given a
recognised status alone, the grant is undetermined and names ``household``. The province's recognition of the
worker (the procedure) is not modelled.

Not encoded: poor households (served by other parts of the programme), and the 2026-2035 programme (Thông tư
60/2026/TT-BTC, partly unconfirmed).
"""

from __future__ import annotations

import datetime as dt

from giamngheo._instruments import DECREE_30_2025
from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Area, Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, Situation, status_is

__all__ = ["CIRCULAR_55_2023", "LOW_INCOME_WORKER_LINE", "POLICIES"]

_PHAP_DIEN = "https://github.com/diepxuan/diepxuan.github.io/blob/28b6614d9553929485d86c81f17e541118d64ad3/van-ban/tai-chinh/ngan-sach-nha-nuoc.md"
_VBSP_3_YEARS = "https://en.vietnamplus.vn/credit-helps-ensure-sustainable-poverty-alleviation/78101.vnp"

CIRCULAR_55_2023 = Instrument(
    number="55/2023/TT-BTC",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Tài chính",
    issuer_en="Ministry of Finance",
    title_vi=(
        "Quy định quản lý, sử dụng và quyết toán kinh phí sự nghiệp từ nguồn ngân sách trung ương thực hiện các "
        "chương trình mục tiêu quốc gia giai đoạn 2021-2025"
    ),
    title_en="Management, use and settlement of central recurrent funds for the national target programmes 2021-2025",
    signed=None,
    effective=None,
    url=_PHAP_DIEN,
    verification=Verification.REPORTED,
)

_NEAR_POOR = CIRCULAR_55_2023.cite(
    article=68,
    verification=Verification.REPORTED,
    evidence=(_PHAP_DIEN,),
    note="Up to 2,500,000 VND per person per course; the window's start (2023-10-01) is unconfirmed.",
)
_NEWLY_ESCAPED = CIRCULAR_55_2023.cite(
    article=68,
    verification=Verification.UNCONFIRMED,
    evidence=(_PHAP_DIEN, _VBSP_3_YEARS),
    note=(
        "That a household is 'newly out of poverty' for 36 months from leaving is the library's reading (by analogy "
        "with the 3-year credit window of Quyết định 28/2015/QĐ-TTg); not seen for this circular."
    ),
)

_MEMBERS = Text("thành viên của hộ tham gia khóa đào tạo", "members of the household who take a course")
_CEILING = 2_500_000


def _not_near_poor(s: Situation) -> bool | str:
    """Not recognised near-poor on the date (a near-poor household is served by the near-poor grant)."""
    return not s.is_(Status.NEAR_POOR)


VOCATIONAL_TRAINING_2023 = Policy(
    id="vocational-training-55-2023",
    name=Text(
        "Hỗ trợ đào tạo nghề (Chương trình MTQG giảm nghèo bền vững 2021-2025)",
        "Vocational training support (national target programme on sustainable poverty reduction 2021-2025)",
    ),
    jurisdiction="VN",
    window=Window(dt.date(2023, 10, 1), dt.date(2026, 1, 1)),
    basis=CIRCULAR_55_2023.cite(
        article=68,
        verification=Verification.UNCONFIRMED,
        evidence=(_PHAP_DIEN,),
        note="The circular's dates were not found; the window's start is the library's recollection, unconfirmed.",
    ),
    grants=(
        Grant(
            id="near_poor",
            label=Text("Người thuộc hộ cận nghèo", "People of a near-poor household"),
            applies=status_is(Status.NEAR_POOR),
            kind=EntitlementKind.AMOUNT,
            citation=_NEAR_POOR,
            amount_vnd=Cited(_CEILING, _NEAR_POOR),
            per="course",
            up_to=True,
            beneficiaries=_MEMBERS,
        ),
        Grant(
            id="newly_escaped",
            label=Text("Người thuộc hộ mới thoát nghèo", "People of a household newly out of poverty"),
            applies=_not_near_poor,
            kind=EntitlementKind.AMOUNT,
            citation=_NEWLY_ESCAPED,
            amount_vnd=Cited(_CEILING, _NEAR_POOR),
            per="course",
            up_to=True,
            months_after=Cited(36, _NEWLY_ESCAPED),
            left=(Status.POOR,),
            beneficiaries=_MEMBERS,
        ),
    ),
    notes=(
        Text(
            "Người lao động có thu nhập thấp (Nghị định 30/2025/NĐ-CP): xem chính sách "
            "vocational-training-low-income-workers-30-2025.",
            "Low-income workers (Decree 30/2025/NĐ-CP): see the policy vocational-training-low-income-workers-30-2025.",
        ),
        Text(
            "Ngày bắt đầu (01/10/2023) và thời hạn 36 tháng của hộ mới thoát nghèo chưa được xác nhận.",
            "The start (2023-10-01) and the 36 months of a newly escaped household are unconfirmed.",
        ),
    ),
)

_DECREE_30_EVIDENCE = (
    "https://vanban123.vn/Nghi-dinh/Decree-No-30-2025-ND-CP-dated-February-24-2025-on-amendments-to-Decree-No-07-2021-ND-CP-on-multidimensional-poverty-criteria-in-the-period-of-2021-2025-679855",
    "http://www.ufabetindo.in/urban-workers-earning-below-3-million-vnd-to-receive-government-support-post310555.vnp",
    "http://tothethao.com/bong-da_en/low-income-workers-in-vietnam-to-receive-assistance-under-new-government-policy-2374869.html",
)
_LOW_INCOME = DECREE_30_2025.cite(
    article=3,
    clause=2,
    point="d",
    verification=Verification.QUOTED,
    evidence=_DECREE_30_EVIDENCE,
    note="Point d is quoted truncated; any further condition (age, labour status) is unconfirmed.",
)

#: Nghị định 30/2025/NĐ-CP: a low-income worker's household income per person, at most (rural, urban), VND a month.
LOW_INCOME_WORKER_LINE: tuple[Cited[int], Cited[int]] = (Cited(2_250_000, _LOW_INCOME), Cited(3_000_000, _LOW_INCOME))


def _low_income_household(s: Situation) -> bool | str:
    """Neither poor nor near-poor (recognised), with a monthly income per person at most the area's line."""
    if s.is_(Status.POOR, Status.NEAR_POOR):
        return False
    household = s.household
    if household is None or household.area is None:
        return "household"
    rural, urban = LOW_INCOME_WORKER_LINE
    line = rural.value if household.area is Area.RURAL else urban.value
    return household.income_per_capita <= line


VOCATIONAL_TRAINING_LOW_INCOME_2025 = Policy(
    id="vocational-training-low-income-workers-30-2025",
    name=Text(
        "Hỗ trợ đào tạo nghề cho người lao động có thu nhập thấp",
        "Vocational training support for low-income workers",
    ),
    jurisdiction="VN",
    window=Window(dt.date(2025, 2, 24), dt.date(2026, 1, 1)),
    basis=DECREE_30_2025.cite(
        verification=Verification.REPORTED,
        evidence=_DECREE_30_EVIDENCE,
        note="Effective date unconfirmed (only a headline says 'từ 24/02/2025', the signing date).",
    ),
    grants=(
        Grant(
            id="low_income_worker",
            label=Text(
                "Người lao động thuộc hộ có thu nhập thấp (không thuộc hộ nghèo, hộ cận nghèo)",
                "Workers of a low-income household (neither poor nor near-poor)",
            ),
            applies=_low_income_household,
            kind=EntitlementKind.AMOUNT,
            citation=_NEAR_POOR,
            amount_vnd=Cited(_CEILING, _NEAR_POOR),
            per="course",
            up_to=True,
            beneficiaries=Text(
                "người lao động của hộ tham gia khóa đào tạo", "the household's workers taking a course"
            ),
        ),
    ),
    notes=(
        Text(
            "Điều kiện thu nhập theo Nghị định 30/2025/NĐ-CP: từ 2.250.000 đồng (nông thôn), 3.000.000 đồng (thành "
            "thị) trở xuống; thủ tục công nhận người lao động không được mô hình hóa.",
            "Income test of Decree 30/2025/NĐ-CP: at most 2,250,000 VND (rural), 3,000,000 VND (urban); the "
            "recognition procedure is not modelled.",
        ),
    ),
)

#: The vocational-training policies.
POLICIES: tuple[Policy, ...] = (VOCATIONAL_TRAINING_2023, VOCATIONAL_TRAINING_LOW_INCOME_2025)
