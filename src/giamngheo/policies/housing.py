"""Housing support for poor and near-poor households in poor districts (national target programme 2021-2025).

References:
    * Thông tư 01/2022/TT-BXD (30/06/2022, in force 15/08/2022) of the Ministry of Construction guiding housing
      support for poor and near-poor households in poor districts under the national target programme on
      sustainable poverty reduction 2021-2025: 40,000,000 VND a household to build a new house, 20,000,000 VND to
      repair one.
      https://tuvanmienphi.vn/en/legal/1492-circular-no-012022tt-bxd-of-the-ministry-of-construction-on-guiding-the-implementation-of-housing-support-for-poor-and-near-poor-households-in-poor-districts.html ;
      https://en.vietnamplus.vn/poor-nearpoor-households-to-receive-housing-support/234420.vnp

From 15/08/2022 to 31/12/2025 (the programme's period) a poor or near-poor household (national standard) living in
a poor district may receive 40,000,000 VND for a new house or 20,000,000 VND for repairing one. Both grants are
returned: which one applies depends on the house. The library cannot see the house: the household must also have no
house, or a non-durable one (at least 2 of the 3 main structures non-durable), or less than 8 m² per person, and no
other state housing aid; a household that split off must have been separate for at least 3 years; the finished
house must be at least 30 m², "3 cứng", lasting at least 20 years. Those conditions are stated in each grant's reason
and are not checked.

Not encoded: the 2024-2025 campaign to eliminate temporary and dilapidated houses (60,000,000 VND new,
30,000,000 VND repair, reported by http://ufabetindo.in/poor-and-near-poor-households-tag20763.vnp, a mirror of a VNA
text), whose instrument is unconfirmed; housing loans (3 %/year, up to 25,000,000 VND, a draft); provincial top-ups;
and whether payments continue after 31/12/2025.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, all_of, place_is, status_is

__all__ = ["CIRCULAR_01_2022", "HOUSING_2022", "POLICIES"]

_TUVAN = "https://tuvanmienphi.vn/en/legal/1492-circular-no-012022tt-bxd-of-the-ministry-of-construction-on-guiding-the-implementation-of-housing-support-for-poor-and-near-poor-households-in-poor-districts.html"
_VNP = "https://en.vietnamplus.vn/poor-nearpoor-households-to-receive-housing-support/234420.vnp"
_CAMPAIGN = "http://ufabetindo.in/poor-and-near-poor-households-tag20763.vnp"

CIRCULAR_01_2022 = Instrument(
    number="01/2022/TT-BXD",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Xây dựng",
    issuer_en="Ministry of Construction",
    title_vi=(
        "Hướng dẫn thực hiện hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo thuộc Chương trình "
        "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025"
    ),
    title_en=(
        "Guiding housing support for poor and near-poor households in poor districts under the national target "
        "programme on sustainable poverty reduction 2021-2025"
    ),
    signed=dt.date(2022, 6, 30),
    effective=dt.date(2022, 8, 15),
    url=_TUVAN,
    verification=Verification.REPORTED,
)

_AMOUNTS = CIRCULAR_01_2022.cite(
    verification=Verification.REPORTED,
    evidence=(_TUVAN, _VNP),
    note="40,000,000 VND a household for a new house, 20,000,000 VND for a repair.",
)

_WHO = all_of(status_is(Status.POOR, Status.NEAR_POOR, jurisdiction="VN"), place_is("poor_district"))

HOUSING_2022 = Policy(
    id="housing-tt-01-2022",
    name=Text(
        "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo tại huyện nghèo",
        "Housing support for poor and near-poor households in poor districts",
    ),
    jurisdiction="VN",
    window=Window(dt.date(2022, 8, 15), dt.date(2026, 1, 1)),
    basis=CIRCULAR_01_2022.cite(verification=Verification.REPORTED, evidence=(_TUVAN, _VNP)),
    grants=(
        Grant(
            id="new_house",
            label=Text(
                "Hộ nghèo, cận nghèo tại huyện nghèo xây nhà mới, nếu chưa có nhà hoặc nhà không bền vững, "
                "diện tích dưới 8 m²/người và chưa được hỗ trợ nhà ở khác (thư viện không kiểm tra các điều kiện về nhà)",
                "Poor or near-poor household in a poor district building a new house, if it has no house or a "
                "non-durable one, or under 8 m² per person, and no other housing aid (house conditions not checked)",
            ),
            applies=_WHO,
            kind=EntitlementKind.AMOUNT,
            citation=_AMOUNTS,
            amount_vnd=Cited(40_000_000, _AMOUNTS),
            per="house",
        ),
        Grant(
            id="repair",
            label=Text(
                "Hộ nghèo, cận nghèo tại huyện nghèo sửa chữa nhà, nếu nhà không bền vững hoặc diện tích dưới "
                "8 m²/người và chưa được hỗ trợ nhà ở khác (thư viện không kiểm tra các điều kiện về nhà)",
                "Poor or near-poor household in a poor district repairing its house, if it is non-durable or under "
                "8 m² per person, and no other housing aid (house conditions not checked)",
            ),
            applies=_WHO,
            kind=EntitlementKind.AMOUNT,
            citation=_AMOUNTS,
            amount_vnd=Cited(20_000_000, _AMOUNTS),
            per="house",
        ),
    ),
    notes=(
        Text(
            "Điều kiện về nhà ở (không có nhà, nhà không bền vững, dưới 8 m²/người, chưa được hỗ trợ) không được kiểm tra.",
            "The house conditions (no house, non-durable, under 8 m² per person, no other aid) are not checked.",
        ),
        Text(
            "Chiến dịch xóa nhà tạm, nhà dột nát 2024-2025 (60 triệu đồng xây mới, 30 triệu đồng sửa chữa) chưa được "
            "mã hóa: chưa xác định văn bản. Nguồn: " + _CAMPAIGN,
            "The 2024-2025 campaign against temporary houses (60,000,000 new, 30,000,000 repair) is not encoded: its "
            "instrument is unconfirmed. Source: " + _CAMPAIGN,
        ),
        Text(
            "Ngày kết thúc 31/12/2025 là hết giai đoạn chương trình; việc chi trả sau đó chưa được xác nhận.",
            "The end on 2025-12-31 is the programme's period; payments after it are unconfirmed.",
        ),
    ),
)

#: The housing policies, in date order.
POLICIES: tuple[Policy, ...] = (HOUSING_2022,)
