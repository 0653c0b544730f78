"""Quyết định 1095/QĐ-LĐTBXH: the 2015 survey classified households under the 2016-2020 standard.

References:
    * Quyết định 1095/QĐ-LĐTBXH (22/08/2016) của Bộ Lao động - Thương binh và Xã hội "phê duyệt kết quả tổng điều
      tra hộ nghèo, hộ cận nghèo năm 2015 theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020"
      (heading quoted).
      https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-1095-QD-LDTBXH-tong-dieu-tra-ho-ngheo-ho-can-ngheo-theo-chuan-tiep-can-da-chieu-2016-321029.aspx

The 2015 review (a general survey) classified households under the 2016-2020 multidimensional standard of Quyết
định 59/2015/QĐ-TTg, a year before that standard took effect; its results were the basis of the 2016 policies. The
instrument that ordered the survey under the new standard was not found.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Instrument, InstrumentKind, Verification
from giamngheo.review._procedure import ReviewBasis

__all__ = ["BASES", "DECISION_1095_2016"]

DECISION_1095_2016 = Instrument(
    number="1095/QĐ-LĐTBXH",
    kind=InstrumentKind.DECISION,
    issuer_vi="Bộ Lao động - Thương binh và Xã hội",
    issuer_en="Ministry of Labour, Invalids and Social Affairs",
    title_vi=(
        "Phê duyệt kết quả tổng điều tra hộ nghèo, hộ cận nghèo năm 2015 theo chuẩn nghèo tiếp cận đa chiều áp dụng "
        "cho giai đoạn 2016-2020"
    ),
    title_en="Approving the results of the 2015 survey of poor and near-poor households under the 2016-2020 standard",
    signed=dt.date(2016, 8, 22),
    effective=None,
    url="https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-1095-QD-LDTBXH-tong-dieu-tra-ho-ngheo-ho-can-ngheo-theo-chuan-tiep-can-da-chieu-2016-321029.aspx",
    verification=Verification.QUOTED,
)

#: The 2015 review applied the 2016-2020 standard.
BASES = (
    ReviewBasis(
        year=2015,
        standard_id="vn-2016-2020",
        citation=DECISION_1095_2016.cite(verification=Verification.QUOTED, evidence=(DECISION_1095_2016.url,)),
    ),
)
