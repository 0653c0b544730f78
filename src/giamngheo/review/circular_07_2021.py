"""Thông tư 07/2021/TT-BLĐTBXH (amended by Thông tư 02/2022/TT-BLĐTBXH): forms and scores of the 2022-2025 review.

References:
    * Thông tư 07/2021/TT-BLĐTBXH (18/07/2021, in force 01/09/2021) hướng dẫn phương pháp rà soát, phân loại hộ
      nghèo, hộ cận nghèo; xác định thu nhập của hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức
      sống trung bình giai đoạn 2022-2025 và mẫu biểu báo cáo.
      https://luatvietnam.vn/chinh-sach/thong-tu-07-2021-tt-bldtbxh-206291-d1.html?layout=amp
    * Điều 1 khoản 1 (method, point a; classification, point b), in near-identical wording by three sources:
      "Về mức thu nhập bình quân đầu người (gọi là điểm A): Ở khu vực nông thôn, 140 điểm tương đương với mức thu
      nhập bình quân đầu người 1.500.000 đồng/người/tháng; ở khu vực thành thị, 175 điểm tương đương với mức thu
      nhập bình quân đầu người 2.000.000 đồng/người/tháng. Về mức độ thiếu hụt dịch vụ xã hội cơ bản (gọi là điểm
      B): 10 điểm tương đương với 01 chỉ số … Hộ có điểm A ≤ 140 điểm và điểm B ≥ 30 điểm ở khu vực nông thôn hoặc
      có điểm A ≤ 175 điểm và điểm B ≥ 30 điểm ở khu vực thành thị là hộ nghèo. Hộ có điểm A ≤ 140 điểm và điểm B <
      30 điểm ở khu vực nông thôn hoặc có điểm A ≤ 175 điểm và điểm B < 30 điểm ở khu vực thành thị là hộ cận nghèo."
      https://laodong.vn/ban-doc/ra-soat-ho-ngheo-ho-can-ngheo-bang-cach-nao-935620.ldo ;
      https://thukyluat.vn/news/thong-bao-van-ban-moi/phuong-phap-ra-soat-phan-loai-ho-ngheo-ho-can-ngheo-94531.html ;
      https://tuachua.dienbien.gov.vn/TinTuc/View/Phuong-phap-ra-soat-ho-ngheo-ho-can-ngheo-moi-theo-Thong-tu-so-07-2021-TT-BLDTBXH-cua-Bo?PageIndex=320
    * Phiếu A (Phụ lục II; its guide in Phụ lục IV of Thông tư 02/2022/TT-BLĐTBXH), as restated by Quyết định
      967/QĐ-BNNMT: "Trường hợp có dưới 04 chỉ tiêu từ cột 01 đến cột 09 thì đưa vào danh sách hộ gia đình cần rà
      soát." ``tnt305/tai_lieu_noi_bo@56eff108:src/etl/dataset/bc9abc9a9d55274e.md``
    * Thông tư 02/2022/TT-BLĐTBXH (30/03/2022) replaces Mẫu số 7.8, 7.9 and 7.10 of Phụ lục VII (the report forms)
      and carries the guide to Phiếu A and B. https://download.vn/thong-tu-02-2022-tt-bldtbxh-59378

From 2022-01-01 to 2025-12-31 a household scored on Phiếu B is poor if its score A is at most 140 (rural) or 175
(urban) and its score B, 10 points per deprived indicator of Nghị định 07/2021/NĐ-CP, is at least 30; near-poor if
its score A is at most that and its score B is below 30. The circular is in force from 2021-09-01, but the 2021
review still classified households under the 2016-2020 standard (Quyết định 125/QĐ-LĐTBXH), so giamngheo scores
with it from 2022-01-01. In 2026, when the 2022-2025 standard stays in force, the same scores are carried over,
flagged ``unconfirmed``. A household with fewer than 4 of the 9 characteristics of Phiếu A (columns 01 to 09) is
put on the list of households to review.

The item tables of Phụ lục III (household characteristics and their points) were not found in any source: they
are not shipped; load them from a file (``giamngheo.review.load_score_table``).
"""

from __future__ import annotations

import datetime as dt

import attrs

from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo.review._scoring import ScoreBand, ScoringRule

__all__ = [
    "CIRCULAR_02_2022",
    "CIRCULAR_07_2021",
    "PHIEU_A_COLUMNS",
    "PHIEU_A_MINIMUM",
    "PHIEU_A_MINIMUM_2026",
    "SCORING",
    "SCORING_2026",
]

_LAODONG = "https://laodong.vn/ban-doc/ra-soat-ho-ngheo-ho-can-ngheo-bang-cach-nao-935620.ldo"
_THUKYLUAT = "https://thukyluat.vn/news/thong-bao-van-ban-moi/phuong-phap-ra-soat-phan-loai-ho-ngheo-ho-can-ngheo-94531.html"
_TUACHUA = "https://tuachua.dienbien.gov.vn/TinTuc/View/Phuong-phap-ra-soat-ho-ngheo-ho-can-ngheo-moi-theo-Thong-tu-so-07-2021-TT-BLDTBXH-cua-Bo?PageIndex=320"
_QD967 = "tnt305/tai_lieu_noi_bo@56eff108:src/etl/dataset/bc9abc9a9d55274e.md"

CIRCULAR_07_2021 = Instrument(
    number="07/2021/TT-BLĐTBXH",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Lao động - Thương binh và Xã hội",
    issuer_en="Ministry of Labour, Invalids and Social Affairs",
    title_vi=(
        "Hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo; xác định thu nhập của hộ làm nông nghiệp, "
        "lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022-2025 và mẫu biểu báo cáo"
    ),
    title_en=(
        "Guiding the method of reviewing and classifying poor and near-poor households, the income of agricultural "
        "households of middle living standard for 2022-2025, and the report forms"
    ),
    signed=dt.date(2021, 7, 18),
    effective=dt.date(2021, 9, 1),  # thukyluat: "từ ngày 01/9/20[21]" (cut)
    url="https://luatvietnam.vn/chinh-sach/thong-tu-07-2021-tt-bldtbxh-206291-d1.html?layout=amp",
    verification=Verification.REPORTED,
)

CIRCULAR_02_2022 = Instrument(
    number="02/2022/TT-BLĐTBXH",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Lao động - Thương binh và Xã hội",
    issuer_en="Ministry of Labour, Invalids and Social Affairs",
    title_vi="Sửa đổi, bổ sung một số điều của Thông tư số 07/2021/TT-BLĐTBXH",
    title_en="Amending Circular 07/2021/TT-BLĐTBXH",
    signed=dt.date(2022, 3, 30),
    effective=None,
    url="https://download.vn/thong-tu-02-2022-tt-bldtbxh-59378",
    verification=Verification.REPORTED,
)

_EVIDENCE = (_LAODONG, _THUKYLUAT, _TUACHUA)
_POINT_B = CIRCULAR_07_2021.cite(article=1, clause=1, point="b", verification=Verification.REPORTED, evidence=_EVIDENCE)
_POINT_A = CIRCULAR_07_2021.cite(article=1, clause=1, point="a", verification=Verification.REPORTED, evidence=_EVIDENCE)

#: From 2022-01-01 to 2025-12-31: score A and score B cut-offs.
SCORING = ScoringRule(
    id="tt-07-2021",
    name=Text("Phiếu B, Thông tư 07/2021/TT-BLĐTBXH", "Form B, Circular 07/2021/TT-BLĐTBXH"),
    window=Window(dt.date(2022, 1, 1), dt.date(2026, 1, 1)),
    basis=_POINT_B,
    rule=Text(
        "Từ 01/01/2022 đến 31/12/2025: hộ nghèo nếu điểm A ≤ 140 (nông thôn) / 175 (thành thị) và điểm B ≥ 30; hộ "
        "cận nghèo nếu điểm A ≤ 140 / 175 và điểm B < 30 (mỗi chỉ số thiếu hụt 10 điểm).",
        "From 2022-01-01 to 2025-12-31: poor if score A ≤ 140 (rural) / 175 (urban) and score B ≥ 30; near-poor if "
        "score A ≤ 140 / 175 and score B < 30 (10 points per deprived indicator).",
    ),
    standard_id="vn-2022-2025",
    income_score=Text("điểm A", "score A"),
    deprivation_score=Text("điểm B", "score B"),
    bands=(ScoreBand(Cited(140, _POINT_A), Cited(175, _POINT_A), if_deprived=Status.POOR, otherwise=Status.NEAR_POOR),),
    points_per_deprivation=Cited(10, _POINT_A),
    deprivation_cutoff=Cited(30, _POINT_B),
    notes=(
        Text(
            "Trên 140 / 175 điểm phiếu B không xác định hộ có mức sống trung bình (có quy trình riêng).",
            "Above 140 / 175 points Form B does not identify households of middle living standard (a separate "
            "procedure does).",
        ),
    ),
)

_CARRIED = (
    "Not confirmed: giamngheo carries the scores of Circular 07/2021/TT-BLĐTBXH over to 2026, when the 2022-2025 "
    "standard stays in force (Nghị định 351/2025/NĐ-CP); no instrument seen says so or replaces them."
)


def _flag(c: Citation) -> Citation:
    return c.unconfirmed(_CARRIED)


#: From 2026-01-01 to 2026-12-31: carried over, flagged ``unconfirmed``.
SCORING_2026 = attrs.evolve(
    SCORING,
    id="tt-07-2021-2026",
    window=Window(dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    basis=_flag(_POINT_B),
    rule=Text(
        "Từ 01/01/2026 đến 31/12/2026 (chưa xác nhận): như giai đoạn 2022-2025.",
        "From 2026-01-01 to 2026-12-31 (unconfirmed): as in 2022-2025.",
    ),
    standard_id="vn-2026",
    bands=(
        ScoreBand(
            Cited(140, _flag(_POINT_A)), Cited(175, _flag(_POINT_A)), if_deprived=Status.POOR, otherwise=Status.NEAR_POOR
        ),
    ),
    points_per_deprivation=Cited(10, _flag(_POINT_A)),
    deprivation_cutoff=Cited(30, _flag(_POINT_B)),
)

_PHIEU_A = CIRCULAR_07_2021.cite(
    annex="II",
    verification=Verification.QUOTED,
    evidence=(_QD967,),
    note="Quoted from Quyết định 967/QĐ-BNNMT (2025); the guide to Phiếu A is Phụ lục IV of Thông tư 02/2022/TT-BLĐTBXH.",
)
#: The number of characteristics of Phiếu A (columns 01 to 09).
PHIEU_A_COLUMNS = Cited(9, _PHIEU_A)
#: A household with fewer than this many of them is put on the list to review.
PHIEU_A_MINIMUM = Cited(4, _PHIEU_A)
#: The same in 2026, carried over and flagged ``unconfirmed``.
PHIEU_A_MINIMUM_2026 = Cited(4, _PHIEU_A.unconfirmed("Carried over to 2026, not confirmed."))
