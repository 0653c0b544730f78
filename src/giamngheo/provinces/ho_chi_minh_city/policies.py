"""Hồ Chí Minh City (79): health insurance for poor, near-poor and newly escaped households under the city standard.

References:
    * Nghị quyết 75/2025/NQ-HĐND of the Hồ Chí Minh City People's Council, in force 01/01/2026: 100 % of the health
      insurance premium for seven groups, among them (3) people of poor and near-poor households under the city's
      multidimensional poverty standard, and (4) people of households that escaped poverty, for 36 months from the
      decision recognising it, under the same standard.
      https://media-cdn-v2.laodong.vn/storage/newsportal/2025/12/31/1634174/videos/en-BHYT.vtt (Lao Động video
      transcript, English); https://vietnamnews.vn/society/1764625/hcm-city-to-subsidise-health-insurance-premiums-for-15-000-poor-near-poor-households.html

From 01/01/2026 the city pays the whole premium of members of households recognised as poor or near-poor under the
city's own standard (a status recognised under jurisdiction ``"79"``), and of households that left poverty under
that standard, from the day of the recognising decision (``until`` of the poor period) to the day before the same
date 36 months later. Statuses recognised under the national standard do not count here (the national policies
cover them). The other five groups (leprosy patients at Bến Sắn, children 6 to under 16, people 60 to under 65
living alone, the seriously ill, a seventh group cut off in the transcript) do not depend on poverty status and are
not encoded. The city's own standard for 2026 is unconfirmed, so a :class:`~giamngheo.Household` cannot be assessed
under it from 2026: give the recognised status.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, always, status_is

__all__ = ["HEALTH_INSURANCE_2026", "POLICIES", "RESOLUTION_75_2025"]

_LAODONG = "https://media-cdn-v2.laodong.vn/storage/newsportal/2025/12/31/1634174/videos/en-BHYT.vtt"
_VNS = "https://vietnamnews.vn/society/1764625/hcm-city-to-subsidise-health-insurance-premiums-for-15-000-poor-near-poor-households.html"

_CITY = "79"

RESOLUTION_75_2025 = Instrument(
    number="75/2025/NQ-HĐND",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi="Hội đồng nhân dân Thành phố Hồ Chí Minh",
    issuer_en="Hồ Chí Minh City People's Council",
    title_vi="Quy định hỗ trợ 100 % mức đóng bảo hiểm y tế cho một số đối tượng trên địa bàn Thành phố Hồ Chí Minh",
    title_en="100 % health insurance premium support for some groups in Hồ Chí Minh City",
    signed=None,
    effective=dt.date(2026, 1, 1),
    url=_LAODONG,
    verification=Verification.REPORTED,
)

_POOR_NEAR = RESOLUTION_75_2025.cite(
    verification=Verification.QUOTED,
    evidence=(_LAODONG, _VNS),
    note="Group 3: poor and near-poor households under the local multidimensional standard (two outlets agree).",
)
_ESCAPED = RESOLUTION_75_2025.cite(
    verification=Verification.REPORTED,
    evidence=(_LAODONG,),
    note=(
        "Group 4: households that escaped poverty, for 36 months from the recognising decision, under the local "
        "standard; one source (a video transcript). Escaping near-poverty is not reported as included."
    ),
)

_MEMBERS = Text("các thành viên của hộ", "the household's members")
_ALL = Fraction(1)

HEALTH_INSURANCE_2026 = Policy(
    id="79-health-insurance-nq-75-2025",
    name=Text(
        "Bảo hiểm y tế cho hộ nghèo, cận nghèo, mới thoát nghèo theo chuẩn Thành phố",
        "Health insurance for poor, near-poor and newly escaped households under the city standard",
    ),
    jurisdiction=_CITY,
    window=Window(dt.date(2026, 1, 1), dt.date(2031, 1, 1)),
    basis=RESOLUTION_75_2025.cite(verification=Verification.REPORTED, evidence=(_LAODONG, _VNS)),
    grants=(
        Grant(
            id="poor_near_poor",
            label=Text(
                "Thành viên hộ nghèo, cận nghèo theo chuẩn nghèo đa chiều của Thành phố: ngân sách Thành phố hỗ trợ",
                "Members of a poor or near-poor household under the city standard: the city pays",
            ),
            applies=status_is(Status.POOR, Status.NEAR_POOR, jurisdiction=_CITY),
            kind=EntitlementKind.SHARE,
            citation=_POOR_NEAR,
            share=Cited(_ALL, _POOR_NEAR),
            beneficiaries=_MEMBERS,
        ),
        Grant(
            id="newly_escaped",
            label=Text(
                "Thành viên hộ thoát nghèo theo chuẩn của Thành phố, trong 36 tháng kể từ quyết định công nhận",
                "Members of a household that left poverty under the city standard, for 36 months from the decision",
            ),
            applies=always,
            kind=EntitlementKind.SHARE,
            citation=_ESCAPED,
            share=Cited(_ALL, _ESCAPED),
            months_after=Cited(36, _ESCAPED),
            left=(Status.POOR,),
            left_jurisdiction=_CITY,
            beneficiaries=_MEMBERS,
        ),
    ),
    notes=(
        Text(
            "Năm nhóm đối tượng khác của Nghị quyết không phụ thuộc hộ nghèo: không mã hóa.",
            "The resolution's five other groups do not depend on poverty status: not encoded.",
        ),
        Text(
            "Hộ vừa thoát nghèo sang cận nghèo được cả hai nhóm (cùng mức 100 %).",
            "A household that moved from poor to near-poor is in both groups (both 100 %).",
        ),
        Text(
            "Thời hạn áp dụng đến 2030 là giới hạn phạm vi của thư viện, không phải của nghị quyết.",
            "The end in 2030 is the library's coverage, not the resolution's.",
        ),
    ),
)

#: Hồ Chí Minh City's policies, in date order.
POLICIES: tuple[Policy, ...] = (HEALTH_INSURANCE_2026,)
