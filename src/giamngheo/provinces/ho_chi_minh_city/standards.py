"""Hồ Chí Minh City (79): the city's own poverty standards, 2014-2025.

References:
    * 2014-2015, applied from 24/01/2014 (instrument unconfirmed): poor "under VND16 million per person per
      year", near-poor 16-21 million. https://english.vov.vn/en/society/hcm-city-looks-to-bring-down-poverty-rate-329712.vov ;
      https://en.vietnamplus.vn/hcm-city-raises-poverty-standards-for-20162020/87350.vnp
    * 2016-2018 (HĐND resolution and UBND decision, numbers unconfirmed), from 01/01/2016: poor at most 21 million
      a year, near-poor above 21 to 28 million; 5 dimensions and 11 indicators.
      https://en.vietnamplus.vn/hcm-city-raises-poverty-standards-for-20162020/87350.vnp ;
      https://en.sggp.org.vn/hcm-city-to-survey-poverty-using-multi-dimensional-approach-post58161.html
    * 2019-2020 (instrument unconfirmed): poor under 28 million, near-poor 28-36 million (Xinhua; SGGP says 38).
      http://zysteam-edu.com/english/2019-05/23/c_138082721.htm (a mirror of Xinhua) ;
      http://m.sggpnews.org.vn/hochiminhcity/hcmc-mobilizes-2013-million-for-poverty-eradication-in-2019-79464.html
    * 2021-2025: Nghị quyết 13/2020/NQ-HĐND (09/12/2020) and Quyết định 995/QĐ-UBND (23/03/2021): poor at most
      36 million a year, near-poor above 36 to 46 million; 5 dimensions, 10 indicators.
      https://en.vietnamplus.vn/hcm-city-poverty-threshold-set-at-36-million-vnd/198133.vnp ;
      https://betaen.vietnamplus.vn/hcm-city-sets-new-poverty-standards-for-2021-2025-period-post190682.vnp
    * Amended by Nghị quyết 15/2024/NQ-HĐND, in force 01/10/2024 (46 million criterion, 13 indicators). The
      2025 review (Quyết định 505/QĐ-UBND, January 2026) applies poor at most 46 million and near-poor above 46
      to 54 million. https://vietnam.vn/en/tphcm-dieu-chinh-chuan-ngheo-nhieu-con-so-bat-ngo ;
      https://www.vietnamplus.vn/thanh-pho-ho-chi-minh-con-003-ho-ngheo-ho-can-ngheo-post1090692.vnp
    * The conflict on Nghị quyết 15/2024/NQ-HĐND: SGGP's report of the July 2024 proposal gives at most 46 million
      with at least 3 deprivations and an "average living standard" band of 46-69 million,
      https://en.sggp.org.vn/hcmc-plans-to-add-nearly-vnd2900-billion-for-poverty-reduction-post111186.html ;
      VietnamPlus (January 2026, Quyết định 505/QĐ-UBND) gives poor at most 46 million and near-poor 46-54 million.
      The resolution's text was not read.

The city's lines are per person per **year** and city-wide (no rural/urban split). From 2014-01-24 to
2025-12-31 a household is poor or near-poor by its yearly income per person against the lines of the period.
No city standard for 2026 on is known: the national standard applies.

The deprivation part. Every source on the city's standards from 2016 describes a multidimensional standard: 5
dimensions and 11 indicators for 2016-2020; 10 indicators for 2021-2025 (Quyết định 995/QĐ-UBND), a household
deprived in 3 of them being counted under the multidimensional measure; 13 indicators, with the same 3, from
2024-10-01 (Nghị quyết 15/2024/NQ-HĐND), a poor or near-poor household having to meet the income criterion as
well. No source gives the indicators' thresholds, nor how the count and the two income lines combine (whether a
household at or under the poverty line but deprived in fewer than 3 is poor or near-poor, whether deprivations
make a household of the near-poor band poor); the sources for 2024-2025 conflict. So the library does not decide
the part and does not pretend to: the standards stay encoded by income, and each carries a :class:`Caveat`
(``79-2016-deprivations-not-encoded``, ``79-2021-…``, ``79-2024-…``) naming what the sources state of the part,
flagged ``reported``. Every result under them carries it: the explanation (both languages, cited), the assessment's
:attr:`~giamngheo.Assessment.caveat` and its JSON document (``summary.caveat``), and the batch result's ``caveat``
column (CSV, Parquet). A status under these standards is therefore the income criterion's, an upper or lower bound
of the city's status depending on the reading. To apply a deprivation rule, state your own reading in a standard
file with indicators (see ``docs/standard-files.md``): a standard with indicators carries no caveat. The
2014-2015 criteria are described by income alone and carry none.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Caveat, IncomeBand, IncomePeriod, Standard, Status, Text, register_caveat

__all__ = [
    "CAVEAT_2016",
    "CAVEAT_2021",
    "CAVEAT_2024",
    "CRITERIA_2014",
    "CRITERIA_2016",
    "CRITERIA_2019",
    "DECISION_505_2026",
    "DECISION_995_2021",
    "INSTRUMENTS",
    "RESOLUTION_13_2020",
    "RESOLUTION_15_2024",
    "STANDARDS",
]

_VOV = "https://english.vov.vn/en/society/hcm-city-looks-to-bring-down-poverty-rate-329712.vov"
_VNP_2016 = "https://en.vietnamplus.vn/hcm-city-raises-poverty-standards-for-20162020/87350.vnp"
_SGGP_2016 = "https://en.sggp.org.vn/hcm-city-to-survey-poverty-using-multi-dimensional-approach-post58161.html"
_XINHUA = "http://zysteam-edu.com/english/2019-05/23/c_138082721.htm"
_SGGP_2019 = (
    "http://m.sggpnews.org.vn/hochiminhcity/hcmc-mobilizes-2013-million-for-poverty-eradication-in-2019-79464.html"
)
_VNP_2021 = "https://en.vietnamplus.vn/hcm-city-poverty-threshold-set-at-36-million-vnd/198133.vnp"
_VNP_2021B = "https://betaen.vietnamplus.vn/hcm-city-sets-new-poverty-standards-for-2021-2025-period-post190682.vnp"
_VIETNAM_VN_2024 = "https://vietnam.vn/en/tphcm-dieu-chinh-chuan-ngheo-nhieu-con-so-bat-ngo"
_SGGP_2024 = "https://en.sggp.org.vn/hcmc-plans-to-add-nearly-vnd2900-billion-for-poverty-reduction-post111186.html"
_VNP_2026 = "https://www.vietnamplus.vn/thanh-pho-ho-chi-minh-con-003-ho-ngheo-ho-can-ngheo-post1090692.vnp"

_CITY_VI, _CITY_EN = "Thành phố Hồ Chí Minh", "Hồ Chí Minh City"
_HDND_VI, _HDND_EN = "Hội đồng nhân dân Thành phố Hồ Chí Minh", "People's Council of Hồ Chí Minh City"
_UBND_VI, _UBND_EN = "Ủy ban nhân dân Thành phố Hồ Chí Minh", "People's Committee of Hồ Chí Minh City"

#: The 2014-2015 criteria, "applied from 24/01/2014"; the instrument is not identified.
CRITERIA_2014 = Instrument(
    number="TP.HCM 2014 (văn bản chưa xác định)",
    kind=InstrumentKind.OTHER,
    issuer_vi=_CITY_VI,
    issuer_en=_CITY_EN,
    title_vi="Chuẩn hộ nghèo, hộ cận nghèo Thành phố Hồ Chí Minh áp dụng từ 24/01/2014",
    title_en="Hồ Chí Minh City's poor and near-poor standards applied from 24 January 2014",
    signed=None,
    effective=dt.date(2014, 1, 24),
    url=_VOV,
    verification=Verification.REPORTED,
)
#: The 2016-2020 programme's multidimensional standard: an HĐND resolution and a UBND decision, not identified.
CRITERIA_2016 = Instrument(
    number="TP.HCM 2016 (Nghị quyết HĐND và Quyết định UBND, số chưa xác định)",
    kind=InstrumentKind.OTHER,
    issuer_vi=_HDND_VI,
    issuer_en=_HDND_EN,
    title_vi="Chuẩn nghèo đa chiều Thành phố Hồ Chí Minh giai đoạn 2016-2020",
    title_en="Hồ Chí Minh City's multidimensional poverty standard for 2016-2020",
    signed=None,
    effective=dt.date(2016, 1, 1),
    url=_VNP_2016,
    verification=Verification.REPORTED,
)
#: The 2019 raise of the lines; the instrument is not identified.
CRITERIA_2019 = Instrument(
    number="TP.HCM 2019 (văn bản chưa xác định)",
    kind=InstrumentKind.OTHER,
    issuer_vi=_CITY_VI,
    issuer_en=_CITY_EN,
    title_vi="Nâng chuẩn nghèo Thành phố Hồ Chí Minh giai đoạn 2019-2020",
    title_en="Hồ Chí Minh City's raised poverty standard for 2019-2020",
    signed=None,
    effective=None,
    url=_XINHUA,
    verification=Verification.REPORTED,
)
RESOLUTION_13_2020 = Instrument(
    number="13/2020/NQ-HĐND",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi=_HDND_VI,
    issuer_en=_HDND_EN,
    title_vi="Chương trình giảm nghèo bền vững Thành phố Hồ Chí Minh giai đoạn 2021-2025",
    title_en="Hồ Chí Minh City's sustainable poverty reduction programme 2021-2025",
    signed=dt.date(2020, 12, 9),
    effective=None,
    url=_VNP_2021B,
    verification=Verification.REPORTED,
)
DECISION_995_2021 = Instrument(
    number="995/QĐ-UBND",
    kind=InstrumentKind.DECISION,
    issuer_vi=_UBND_VI,
    issuer_en=_UBND_EN,
    title_vi="Chuẩn nghèo đa chiều Thành phố Hồ Chí Minh giai đoạn 2021-2025",
    title_en="Hồ Chí Minh City's multidimensional poverty standard 2021-2025",
    signed=dt.date(2021, 3, 23),
    effective=None,
    url=_VNP_2021B,
    verification=Verification.REPORTED,
)
RESOLUTION_15_2024 = Instrument(
    number="15/2024/NQ-HĐND",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi=_HDND_VI,
    issuer_en=_HDND_EN,
    title_vi="Sửa đổi, bổ sung Nghị quyết 13/2020/NQ-HĐND",
    title_en="Amending Resolution 13/2020/NQ-HĐND",
    signed=None,  # July 2024 (17th session of the 10th-term council); the day is unconfirmed
    effective=dt.date(2024, 10, 1),
    url=_VIETNAM_VN_2024,
    verification=Verification.REPORTED,
)
DECISION_505_2026 = Instrument(
    number="505/QĐ-UBND",
    kind=InstrumentKind.DECISION,
    issuer_vi=_UBND_VI,
    issuer_en=_UBND_EN,
    title_vi="Phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025",
    title_en="Approving the results of the 2025 review of poor and near-poor households",
    signed=None,  # January 2026
    effective=None,
    url=_VNP_2026,
    verification=Verification.REPORTED,
)

#: Every Hồ Chí Minh City instrument cited, oldest first.
INSTRUMENTS: tuple[Instrument, ...] = (
    CRITERIA_2014,
    CRITERIA_2016,
    CRITERIA_2019,
    RESOLUTION_13_2020,
    DECISION_995_2021,
    RESOLUTION_15_2024,
    DECISION_505_2026,
)


def _caveat_text(what_vi: str, what_en: str) -> Text:
    return Text(
        f"Lưu ý: chuẩn của Thành phố có phần thiếu hụt đa chiều ({what_vi}) chưa được mã hóa vì chưa có nguồn về "
        "ngưỡng của các chỉ số và cách kết hợp với chuẩn thu nhập: kết quả này chỉ xét thu nhập; theo phần thiếu "
        "hụt, hộ có thể được xếp loại khác (hộ nghèo theo thu nhập có thể là hộ cận nghèo, hoặc ngược lại).",
        f"Caveat: the city's standard has a deprivation part ({what_en}) that is not encoded, no source giving the "
        "indicators' thresholds or how they combine with the income lines: this result is by income alone; under "
        "that part the household may be classed otherwise (poor by income may be near-poor, or the reverse).",
    )


_DIMENSIONS_2016 = (
    Text("giáo dục và đào tạo", "education and training"),
    Text("y tế", "health"),
    Text("việc làm và bảo hiểm xã hội", "employment and social insurance"),
    Text("điều kiện sống", "living conditions"),
    Text("tiếp cận thông tin", "access to information"),
)
_HEALTH_2021 = Text("trẻ em dưới 16 tuổi suy dinh dưỡng", "a child under 16 malnourished")
_INSURANCE_2021 = Text(
    "người từ 6 tuổi trở lên không có bảo hiểm y tế", "a person aged 6 or over without health insurance"
)
_SOCIAL_2021 = Text(
    "người trong độ tuổi lao động có thu nhập không tham gia bảo hiểm xã hội",
    "a working-age earner without social insurance",
)
_DEPENDANTS_2021 = Text("tỷ lệ người phụ thuộc từ 50% trở lên", "dependants 50 % or more of the members")
_AREA_2021 = Text("diện tích nhà ở bình quân đầu người", "housing area per person")
#: Named in the 2024 proposal (Nghị quyết 15/2024/NQ-HĐND), in its order.
_INDICATORS_2024 = (
    Text("dinh dưỡng", "nutrition"),
    Text("bảo hiểm y tế", "health insurance"),
    Text("trình độ giáo dục của người lớn", "adult education"),
    Text("tình trạng đi học của trẻ em", "school attendance of children"),
    Text("việc làm", "employment"),
    Text("bảo hiểm xã hội", "social insurance"),
    Text("người phụ thuộc trong hộ", "dependants"),
    Text("chất lượng nhà ở", "housing quality"),
    Text("diện tích nhà ở bình quân đầu người", "housing area per person"),
    Text("nguồn nước sinh hoạt", "domestic water"),
    Text("nhà tiêu hợp vệ sinh", "hygienic latrine"),
    Text("sử dụng dịch vụ viễn thông", "use of telecommunication services"),
    Text("phương tiện phục vụ tiếp cận thông tin", "means of access to information"),
)
_CITY_WIDE = "City-wide lines per person per year; no rural/urban split."


def _band(upper: int, citation: Citation, status: Status, name: Text, *, inclusive: bool = True) -> IncomeBand:
    bound = Cited(upper, citation)
    return IncomeBand(bound, bound, status, status, name, inclusive=inclusive)


_POOR = Text("chuẩn hộ nghèo thành phố", "city poverty line")
_NEAR = Text("chuẩn hộ cận nghèo thành phố", "city near-poverty line")


def _standard(  # noqa: PLR0917 - a table row
    standard_id: str,
    name: Text,
    window: Window,
    basis: Citation,
    rule: Text,
    bands: tuple[IncomeBand, ...],
    notes: tuple[Text, ...] = (),
) -> Standard:
    return Standard(
        id=standard_id,
        jurisdiction="79",
        name=name,
        window=window,
        basis=basis,
        rule=rule,
        bands=bands,
        deprivation_cutoff=None,
        indicators=(),
        notes=notes,
        income_period=IncomePeriod.YEAR,
        area_split=False,
    )


_2014 = CRITERIA_2014.cite(
    verification=Verification.REPORTED,
    evidence=(_VOV, _VNP_2016),
    note=_CITY_WIDE + " 'Under VND16 million' read as below; the near-poor range '16-21 million' as up to 21 million.",
)
_2016 = CRITERIA_2016.cite(
    verification=Verification.REPORTED,
    evidence=(_VNP_2016, _SGGP_2016),
    note=_CITY_WIDE + " '21 million or less' is poor; above 21 to 28 million near-poor.",
)
_2019 = CRITERIA_2019.cite(
    verification=Verification.REPORTED,
    evidence=(_XINHUA, _SGGP_2019),
    note=_CITY_WIDE + " Poor under 28 million; near-poor up to 36 million per Xinhua (SGGP says 38 million).",
)
_2021 = DECISION_995_2021.cite(
    verification=Verification.REPORTED,
    evidence=(_VNP_2021, _VNP_2021B),
    note=_CITY_WIDE + " Poor at most 36 million; near-poor above 36 to 46 million.",
)
_2024 = RESOLUTION_15_2024.cite(
    verification=Verification.REPORTED,
    evidence=(_VNP_2026, _VIETNAM_VN_2024, _SGGP_2024),
    note=(
        _CITY_WIDE + " Poor at most 46 million and near-poor above 46 to 54 million, as applied in the 2025 review "
        "(Quyết định 505/QĐ-UBND); SGGP's July 2024 report of the proposal reads differently (46 million with 3 "
        "deprivations; an 'average' band of 46-69 million)."
    ),
)

_PART_2016 = CRITERIA_2016.cite(
    verification=Verification.REPORTED,
    evidence=(_VNP_2016, _SGGP_2016, _VNP_2021B),
    note="5 dimensions and 11 indicators (English press); the indicators' names, thresholds and cut-off not found.",
)
_PART_2021 = DECISION_995_2021.cite(
    verification=Verification.REPORTED,
    evidence=(_VNP_2021B, _VNP_2021),
    note=(
        "10 indicators; 'Households with three deprivation indicators will be classified under multi-dimensional "
        "measures' (the 2021 proposal, English); 9 of the 10 shared with the national 12 (not the latrine, "
        "telecommunication and information-means ones), plus social insurance. Thresholds not found."
    ),
)
_PART_2024 = RESOLUTION_15_2024.cite(
    verification=Verification.REPORTED,
    evidence=(_VIETNAM_VN_2024, _SGGP_2024, _VNP_2026),
    note=(
        "13 indicators named in the July 2024 proposal, lacking 3 or more; a poor or near-poor household 'phải thỏa "
        "mãn tiêu chí về thu nhập' (vietnamplus, January 2026). How the count combines with the 46 and 54 million "
        "lines is unconfirmed (SGGP's July 2024 report differs)."
    ),
)
#: The 2016-2020 city standard's deprivation part, as far as the sources describe it.
CAVEAT_2016 = Caveat(
    id="79-2016-deprivations-not-encoded",
    text=_caveat_text("5 chiều, 11 chỉ số", "5 dimensions, 11 indicators"),
    citation=_PART_2016,
    dimensions=_DIMENSIONS_2016,
    indicator_count=Cited(11, _PART_2016),
)
#: The 2021-2025 city standard's deprivation part (Quyết định 995/QĐ-UBND), as far as the sources describe it.
CAVEAT_2021 = Caveat(
    id="79-2021-deprivations-not-encoded",
    text=_caveat_text("10 chỉ số; thiếu hụt từ 3 chỉ số", "10 indicators; deprived in 3 or more"),
    citation=_PART_2021,
    indicators=(_HEALTH_2021, _INSURANCE_2021, _SOCIAL_2021, _DEPENDANTS_2021, _AREA_2021),
    indicator_count=Cited(10, _PART_2021),
    cutoff=Cited(3, _PART_2021),
)
#: The deprivation part as amended by Nghị quyết 15/2024/NQ-HĐND, as far as the sources describe it.
CAVEAT_2024 = Caveat(
    id="79-2024-deprivations-not-encoded",
    text=_caveat_text("13 chỉ số; thiếu hụt từ 3 chỉ số", "13 indicators; deprived in 3 or more"),
    citation=_PART_2024,
    indicators=_INDICATORS_2024,
    indicator_count=Cited(13, _PART_2024),
    cutoff=Cited(3, _PART_2024),
)

STANDARD_2014 = _standard(
    "79-2014-2015",
    Text("Chuẩn hộ nghèo, hộ cận nghèo Thành phố Hồ Chí Minh 2014-2015", "Hồ Chí Minh City poverty standard 2014-2015"),
    Window(dt.date(2014, 1, 24), dt.date(2016, 1, 1)),
    _2014,
    Text(
        "Từ 24/01/2014 đến 31/12/2015, hộ nghèo là hộ có thu nhập bình quân đầu người dưới 16.000.000 đồng/năm; hộ "
        "cận nghèo từ 16.000.000 đến 21.000.000 đồng/năm (chung toàn thành phố).",
        "From 2014-01-24 to 2015-12-31 a household is poor if its yearly income per person is below 16,000,000 VND, "
        "near-poor from 16,000,000 up to 21,000,000 VND (city-wide).",
    ),
    (_band(16_000_000, _2014, Status.POOR, _POOR, inclusive=False), _band(21_000_000, _2014, Status.NEAR_POOR, _NEAR)),
)
STANDARD_2016 = _standard(
    "79-2016-2018",
    Text("Chuẩn nghèo đa chiều Thành phố Hồ Chí Minh 2016-2018", "Hồ Chí Minh City poverty standard 2016-2018"),
    Window(dt.date(2016, 1, 1), dt.date(2019, 1, 1)),
    _2016,
    Text(
        "Từ 01/01/2016 đến 31/12/2018, hộ nghèo là hộ có thu nhập bình quân đầu người từ 21.000.000 đồng/năm trở "
        "xuống; hộ cận nghèo trên 21.000.000 đến 28.000.000 đồng/năm (chung toàn thành phố).",
        "From 2016-01-01 to 2018-12-31 a household is poor if its yearly income per person is at most 21,000,000 "
        "VND, near-poor above that up to 28,000,000 VND (city-wide).",
    ),
    (_band(21_000_000, _2016, Status.POOR, _POOR), _band(28_000_000, _2016, Status.NEAR_POOR, _NEAR)),
    (CAVEAT_2016.text,),
)
STANDARD_2019 = _standard(
    "79-2019-2020",
    Text("Chuẩn nghèo Thành phố Hồ Chí Minh 2019-2020", "Hồ Chí Minh City poverty standard 2019-2020"),
    Window(dt.date(2019, 1, 1), dt.date(2021, 1, 1)),
    _2019,
    Text(
        "Từ 01/01/2019 đến 31/12/2020, hộ nghèo là hộ có thu nhập bình quân đầu người dưới 28.000.000 đồng/năm; hộ "
        "cận nghèo từ 28.000.000 đến 36.000.000 đồng/năm (chung toàn thành phố).",
        "From 2019-01-01 to 2020-12-31 a household is poor if its yearly income per person is below 28,000,000 VND, "
        "near-poor from 28,000,000 up to 36,000,000 VND (city-wide).",
    ),
    (_band(28_000_000, _2019, Status.POOR, _POOR, inclusive=False), _band(36_000_000, _2019, Status.NEAR_POOR, _NEAR)),
    (
        CAVEAT_2016.text,
        Text(
            "Mức trên của hộ cận nghèo: 36 triệu (Xinhua) hay 38 triệu đồng (SGGP) chưa thống nhất.",
            "The near-poor upper bound is 36 million (Xinhua) or 38 million (SGGP): the sources conflict.",
        ),
    ),
)
STANDARD_2021 = _standard(
    "79-2021-2025",
    Text(
        "Chuẩn nghèo đa chiều Thành phố Hồ Chí Minh 2021-2025",
        "Hồ Chí Minh City multidimensional poverty standard 2021-2025",
    ),
    Window(dt.date(2021, 1, 1), dt.date(2024, 10, 1)),
    _2021,
    Text(
        "Từ 01/01/2021 đến 30/09/2024, hộ nghèo là hộ có thu nhập bình quân đầu người từ 36.000.000 đồng/năm trở "
        "xuống; hộ cận nghèo trên 36.000.000 đến 46.000.000 đồng/năm (chung toàn thành phố).",
        "From 2021-01-01 to 2024-09-30 a household is poor if its yearly income per person is at most 36,000,000 "
        "VND, near-poor above that up to 46,000,000 VND (city-wide).",
    ),
    (_band(36_000_000, _2021, Status.POOR, _POOR), _band(46_000_000, _2021, Status.NEAR_POOR, _NEAR)),
    (
        CAVEAT_2021.text,
        Text(
            "Nghị quyết 13/2020/NQ-HĐND áp dụng từ năm 2021; Quyết định 995/QĐ-UBND ký ngày 23/03/2021.",
            "Resolution 13/2020/NQ-HĐND applies from 2021; Decision 995/QĐ-UBND was signed on 2021-03-23.",
        ),
    ),
)
STANDARD_2024 = _standard(
    "79-2024-2025",
    Text(
        "Chuẩn nghèo đa chiều Thành phố Hồ Chí Minh 2021-2025, sửa đổi năm 2024",
        "Hồ Chí Minh City multidimensional poverty standard 2021-2025, as amended in 2024",
    ),
    Window(dt.date(2024, 10, 1), dt.date(2026, 1, 1)),
    _2024,
    Text(
        "Từ 01/10/2024 đến 31/12/2025, hộ nghèo là hộ có thu nhập bình quân đầu người từ 46.000.000 đồng/năm trở "
        "xuống; hộ cận nghèo trên 46.000.000 đến 54.000.000 đồng/năm (chung toàn thành phố).",
        "From 2024-10-01 to 2025-12-31 a household is poor if its yearly income per person is at most 46,000,000 "
        "VND, near-poor above that up to 54,000,000 VND (city-wide).",
    ),
    (_band(46_000_000, _2024, Status.POOR, _POOR), _band(54_000_000, _2024, Status.NEAR_POOR, _NEAR)),
    (
        CAVEAT_2024.text,
        Text(
            "Nguồn chưa thống nhất: SGGP (7/2024) mô tả chuẩn 46 triệu kèm thiếu hụt từ 3 chỉ số và mức sống trung "
            "bình 46-69 triệu.",
            "Sources conflict: SGGP (July 2024) describes 46 million with at least 3 deprivations and an average "
            "living standard of 46-69 million.",
        ),
    ),
)

#: Hồ Chí Minh City's standards, in date order (they tile 2014-01-24 to 2025-12-31).
STANDARDS: tuple[Standard, ...] = (STANDARD_2014, STANDARD_2016, STANDARD_2019, STANDARD_2021, STANDARD_2024)

for _standard_of, _caveat in (
    (STANDARD_2016, CAVEAT_2016),
    (STANDARD_2019, CAVEAT_2016),
    (STANDARD_2021, CAVEAT_2021),
    (STANDARD_2024, CAVEAT_2024),
):
    register_caveat("79", _standard_of.id, _caveat)
