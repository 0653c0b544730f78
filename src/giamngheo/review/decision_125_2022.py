"""Quyết định 125/QĐ-LĐTBXH: the 2021 review still classified households under the 2016-2020 standard.

References:
    * Quyết định 125/QĐ-LĐTBXH (22/02/2022) của Bộ Lao động - Thương binh và Xã hội "công bố kết quả rà soát hộ
      nghèo, hộ cận nghèo năm 2021 theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020" (2.23 % poor,
      3.11 % near-poor), reported by the ministry: http://molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=230171

The periodic review of 2021, held after Quyết định 24/2021/QĐ-TTg took effect, classified households under the
standard in force in 2021: the 2016-2020 standard of Quyết định 59/2015/QĐ-TTg, extended through 2021 by Nghị
định 07/2021/NĐ-CP. It did not apply the 2022-2025 standard.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Instrument, InstrumentKind, Verification
from giamngheo.review._procedure import ReviewBasis

__all__ = ["BASES", "DECISION_125_2022"]

_MOLISA = "http://molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=230171"

DECISION_125_2022 = Instrument(
    number="125/QĐ-LĐTBXH",
    kind=InstrumentKind.DECISION,
    issuer_vi="Bộ Lao động - Thương binh và Xã hội",
    issuer_en="Ministry of Labour, Invalids and Social Affairs",
    title_vi=(
        "Công bố kết quả rà soát hộ nghèo, hộ cận nghèo năm 2021 theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai "
        "đoạn 2016-2020"
    ),
    title_en="Announcing the 2021 review results under the 2016-2020 multidimensional standard",
    signed=dt.date(2022, 2, 22),
    effective=None,
    url=_MOLISA,
    verification=Verification.REPORTED,
)

#: The 2021 review applied the 2016-2020 standard as extended through 2021.
BASES = (
    ReviewBasis(
        year=2021,
        standard_id="vn-2021",
        citation=DECISION_125_2022.cite(verification=Verification.REPORTED, evidence=(_MOLISA,)),
    ),
)
