"""Thông tư 17/2016/TT-BLĐTBXH as amended by Thông tư 14/2018/TT-BLĐTBXH: the 2016-2020 review and its scores.

References:
    * Thông tư 17/2016/TT-BLĐTBXH (28/06/2016, applied from 15/08/2016) hướng dẫn quy trình rà soát hộ nghèo, hộ
      cận nghèo hằng năm theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020.
      http://hethongphapluat.vn/thong-tu-17-2016-tt-bldtbxh-huong-dan-quy-trinh-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-theo-chuan-ngheo-tiep-can-da-chieu-ap-dung-cho-giai-doan-2016-2020-do-bo-truong-bo-lao-dong-thuong-binh-va-xa-hoi-ban-hanh/dieu-2/khoan-1
    * Điều 4 khoản 1 quoted: "Thời điểm tổ chức rà soát hộ nghèo, hộ cận nghèo định kỳ hằng năm được thực hiện từ
      ngày 01 tháng 9 đến hết ngày 31 tháng 12 của năm."
      https://thuvienphapluat.vn/hoi-dap-phap-luat/249AA-hd-thoi-diem-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-duoc-quy-dinh-nhu-the-nao.html
    * Điều 9 khoản 1 quoted: "b) Trước ngày 15 tháng 11 hằng năm, Sở … báo cáo sơ bộ kết quả rà soát …; c) Trước
      ngày 15 tháng 12 hằng năm, Ủy ban nhân dân các tỉnh … báo cáo chính thức kết quả rà soát …"
      https://hethongphapluat.com/thong-tu-17-2016-tt-bldtbxh-huong-dan-quy-trinh-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-theo-chuan-ngheo-tiep-can-da-chieu-ap-dung-cho-giai-doan-2016-2020-do-bo-truong-bo-lao-dong-thuong-binh-va-xa-hoi-ban-hanh/dieu-9
    * Thông tư 14/2018/TT-BLĐTBXH (26/09/2018, in force 10/11/2018), Điều 1 khoản 5, replacing Điều 6 khoản 2,
      quoted: "Hộ nghèo khu vực thành thị là hộ có tổng điểm B1 từ 140 điểm trở xuống (hộ nghèo về thu nhập) hoặc
      hộ có tổng điểm B1 trên 140 điểm đến 175 điểm và có tổng điểm B2 từ 30 điểm trở lên …; Hộ nghèo khu vực nông
      thôn là hộ có tổng điểm B1 từ 120 điểm trở xuống … hoặc hộ có tổng điểm B1 trên 120 điểm đến 150 điểm và có
      tổng điểm B2 từ 30 điểm trở lên …; Hộ cận nghèo khu vực thành thị là hộ có tổng điểm B1 trên 140 điểm đến 175
      điểm và có tổng điểm B2 dưới 30 điểm; Hộ cận nghèo khu vực nông thôn là hộ có tổng …" (cut there).
      https://luatannam.vn/chinh-sach/quy-dinh-hien-hanh-ve-lap-danh-sach-ho-ngheo-va-can-ngheo ;
      https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/organizing-a-community-meeting-to-unify-results-of-review-for-poor-households-and-near-poor-households-165998.html

From 2016-08-15 to 2021-08-31 the periodic review runs from 1 September to the end of 31 December; the provincial
labour department reports preliminary results before 15 November and the province the official results before 15
December. The circular sets no agreement share for the village meeting and no fixed day for the ongoing review
(held when a household files a request): those values are absent, and the functions that need them raise.

From 2018-11-10 (Thông tư 14/2018) to 2021-12-31, a household scored on Phiếu B is poor if its B1 score is at most
120 (rural) or 140 (urban), or above that and at most 150 (rural) or 175 (urban) with a B2 score of at least 30;
near-poor if its B1 score is in that upper band with a B2 score below 30. The rural near-poor clause is cut in
the source and read by symmetry with the urban one; that B2 counts 10 points per deprived indicator of Quyết định
59/2015/QĐ-TTg is the library's reading (30 points are then 3 indicators, the cut-off of the standard). The
thresholds of the circular as first issued (2016-08-15 to 2018-11-09) were not found: scoring on those dates
raises. The 2021 review still classified households under the 2016-2020 standard, so this rule covers 2021.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo.review._procedure import Procedure, ReviewBasis
from giamngheo.review._scoring import ScoreBand, ScoringRule

__all__ = [
    "BASES",
    "CIRCULAR_14_2018",
    "CIRCULAR_17_2016",
    "PROCEDURE",
    "SCORING",
]

_TVPL_ART4 = "https://thuvienphapluat.vn/hoi-dap-phap-luat/249AA-hd-thoi-diem-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-duoc-quy-dinh-nhu-the-nao.html"
_HTPL_ART9 = "https://hethongphapluat.com/thong-tu-17-2016-tt-bldtbxh-huong-dan-quy-trinh-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-theo-chuan-ngheo-tiep-can-da-chieu-ap-dung-cho-giai-doan-2016-2020-do-bo-truong-bo-lao-dong-thuong-binh-va-xa-hoi-ban-hanh/dieu-9"
_HTPL_ART2 = "http://hethongphapluat.vn/thong-tu-17-2016-tt-bldtbxh-huong-dan-quy-trinh-ra-soat-ho-ngheo-ho-can-ngheo-hang-nam-theo-chuan-ngheo-tiep-can-da-chieu-ap-dung-cho-giai-doan-2016-2020-do-bo-truong-bo-lao-dong-thuong-binh-va-xa-hoi-ban-hanh/dieu-2/khoan-1"
_LUATANNAM = "https://luatannam.vn/chinh-sach/quy-dinh-hien-hanh-ve-lap-danh-sach-ho-ngheo-va-can-ngheo"
_THUKYLUAT = "https://thukyluat.vn/news/binh-luan/to-chuc-ra-soat-lap-danh-sach-phan-loai-ho-gia-dinh-39226.html"
_LAWNET = "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/organizing-a-community-meeting-to-unify-results-of-review-for-poor-households-and-near-poor-households-165998.html"

CIRCULAR_17_2016 = Instrument(
    number="17/2016/TT-BLĐTBXH",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Lao động - Thương binh và Xã hội",
    issuer_en="Ministry of Labour, Invalids and Social Affairs",
    title_vi=(
        "Hướng dẫn quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm theo chuẩn nghèo tiếp cận đa chiều áp dụng cho "
        "giai đoạn 2016-2020"
    ),
    title_en="Guiding the annual review of poor and near-poor households under the 2016-2020 multidimensional standard",
    signed=dt.date(2016, 6, 28),
    effective=dt.date(2016, 8, 15),  # hieuluat: "Áp dụng: 15/08/2016"
    url=_HTPL_ART2,
    verification=Verification.REPORTED,
)

CIRCULAR_14_2018 = Instrument(
    number="14/2018/TT-BLĐTBXH",
    kind=InstrumentKind.CIRCULAR,
    issuer_vi="Bộ Lao động - Thương binh và Xã hội",
    issuer_en="Ministry of Labour, Invalids and Social Affairs",
    title_vi="Sửa đổi, bổ sung một số điều của Thông tư số 17/2016/TT-BLĐTBXH",
    title_en="Amending Circular 17/2016/TT-BLĐTBXH",
    signed=dt.date(2018, 9, 26),
    effective=dt.date(2018, 11, 10),  # lawnet: "effective from November 10, 2018"
    url=_LAWNET,
    verification=Verification.REPORTED,
)

_ART4 = CIRCULAR_17_2016.cite(article=4, clause=1, verification=Verification.QUOTED, evidence=(_TVPL_ART4,))

#: From 2016-08-15 to 2021-08-31 (Quyết định 24/2021/QĐ-TTg applies from 2021-09-01).
PROCEDURE = Procedure(
    id="tt-17-2016",
    name=Text(
        "Quy trình rà soát theo Thông tư 17/2016/TT-BLĐTBXH",
        "Review procedure of Circular 17/2016/TT-BLĐTBXH",
    ),
    window=Window(dt.date(2016, 8, 15), dt.date(2021, 9, 1)),
    periodic_start=Cited((9, 1), _ART4),
    periodic_end=Cited((12, 31), _ART4),
    ongoing_day=None,
    ongoing_limit=None,
    meeting_share=None,
    preliminary_report_before=Cited(
        (11, 15), CIRCULAR_17_2016.cite(article=9, clause=1, point="b", verification=Verification.QUOTED, evidence=(_HTPL_ART9,))
    ),
    official_report_before=Cited(
        (12, 15), CIRCULAR_17_2016.cite(article=9, clause=1, point="c", verification=Verification.QUOTED, evidence=(_HTPL_ART9,))
    ),
    notes=(
        Text(
            "Rà soát thường xuyên thực hiện khi hộ gia đình có giấy đề nghị (Điều 4 khoản 2), không có ngày cố định; "
            "họp dân không quy định tỷ lệ đồng ý; thời gian niêm yết và phúc tra chưa tìm thấy.",
            "The ongoing review is held when a household files a request (Điều 4 khoản 2), on no fixed day; the "
            "village meeting has no agreement share; the posting and re-check periods were not found.",
        ),
    ),
)

_B1_NOTE = "Điều 6 khoản 2 as replaced by Thông tư 14/2018/TT-BLĐTBXH Điều 1 khoản 5."
_B1 = CIRCULAR_17_2016.cite(
    article=6, clause=2, verification=Verification.QUOTED, evidence=(_LUATANNAM, _THUKYLUAT), note=_B1_NOTE
)
_B1_RURAL_UPPER = CIRCULAR_17_2016.cite(
    article=6,
    clause=2,
    verification=Verification.REPORTED,
    evidence=(_LUATANNAM, _THUKYLUAT),
    note=(
        _B1_NOTE + " Quoted for the rural poor-by-deprivation band; the rural near-poor clause is cut in the source "
        "and read by symmetry with the urban one."
    ),
)
_B2_POINTS = CIRCULAR_17_2016.cite(
    article=6,
    clause=2,
    verification=Verification.UNCONFIRMED,
    evidence=(_LUATANNAM,),
    note=(
        "The library's reading: Phiếu B2 counts 10 points for each deprived indicator of Quyết định 59/2015/QĐ-TTg, "
        "so that 30 points are the standard's cut-off of 3 indicators. Not seen in a source."
    ),
)

#: From 2018-11-10 to 2021-12-31: Phiếu B1 / B2 cut-offs.
SCORING = ScoringRule(
    id="tt-17-2016-tt-14-2018",
    name=Text(
        "Phiếu B, Thông tư 17/2016/TT-BLĐTBXH (sửa đổi bởi Thông tư 14/2018/TT-BLĐTBXH)",
        "Form B, Circular 17/2016/TT-BLĐTBXH as amended by Circular 14/2018/TT-BLĐTBXH",
    ),
    window=Window(dt.date(2018, 11, 10), dt.date(2022, 1, 1)),
    basis=_B1,
    rule=Text(
        "Từ 10/11/2018 đến 31/12/2021: hộ nghèo nếu điểm B1 ≤ 120 (nông thôn) / 140 (thành thị), hoặc điểm B1 trên "
        "mức đó đến 150 / 175 và điểm B2 ≥ 30; hộ cận nghèo nếu điểm B1 trong khoảng trên và điểm B2 < 30.",
        "From 2018-11-10 to 2021-12-31: poor if B1 ≤ 120 (rural) / 140 (urban), or B1 above that and at most "
        "150 / 175 with B2 ≥ 30; near-poor if B1 is in that upper band with B2 < 30.",
    ),
    standard_id="vn-2016-2020",
    income_score=Text("điểm B1", "B1 score"),
    deprivation_score=Text("điểm B2", "B2 score"),
    bands=(
        ScoreBand(Cited(120, _B1), Cited(140, _B1), if_deprived=Status.POOR, otherwise=Status.POOR),
        ScoreBand(Cited(150, _B1_RURAL_UPPER), Cited(175, _B1), if_deprived=Status.POOR, otherwise=Status.NEAR_POOR),
    ),
    points_per_deprivation=Cited(10, _B2_POINTS),
    deprivation_cutoff=Cited(30, _B1),
    notes=(
        Text(
            "Ngưỡng điểm của Thông tư 17/2016/TT-BLĐTBXH trước ngày 10/11/2018 chưa tìm thấy.",
            "The cut-offs of Circular 17/2016/TT-BLĐTBXH before 2018-11-10 were not found.",
        ),
        Text(
            "Trên các ngưỡng này phiếu B không xác định hộ có mức sống trung bình.",
            "Above these bands Form B does not identify households of middle living standard.",
        ),
    ),
)

_ART2 = CIRCULAR_17_2016.cite(
    article=2,
    clause=1,
    verification=Verification.QUOTED,
    evidence=(_HTPL_ART2,),
    note="Poor and near-poor households are those meeting the criteria of Quyết định 59/2015/QĐ-TTg Điều 2.",
)

#: The periodic reviews of 2016 to 2020 classify households under the 2016-2020 standard.
BASES = tuple(ReviewBasis(year=year, standard_id="vn-2016-2020", citation=_ART2) for year in range(2016, 2021))
