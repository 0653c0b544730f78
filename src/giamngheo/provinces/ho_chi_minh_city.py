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
    * Research notes: ``shared/research/provincial.md`` §3.

The city's lines are per person per **year** and city-wide (no rural/urban split). From 2014-01-24 to
2025-12-31 a household is poor or near-poor by its yearly income per person against the lines of the period.
The city's multidimensional part (its dimensions, indicators and cut-off from 2016) is **not encoded**: the
indicator lists are known only in part and the cut-offs not at all, and the sources conflict for 2024-2025. The
library classes by income alone under these standards and says so in every explanation; state your own reading
in a standard file (see ``docs/standard-files.md``) to apply a deprivation rule. No city standard for 2026 on is
known: the national standard applies.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import IncomeBand, IncomePeriod, Standard, Status, Text

__all__ = [
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

_NO_DEPRIVATIONS = Text(
    "Phần thiếu hụt đa chiều của chuẩn thành phố chưa được mã hóa (chỉ số và ngưỡng chưa xác nhận): hộ được xếp "
    "loại theo thu nhập.",
    "The city's multidimensional part is not encoded (indicators and cut-off unconfirmed): households are classed "
    "by income alone.",
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
    (_NO_DEPRIVATIONS,),
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
        _NO_DEPRIVATIONS,
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
        _NO_DEPRIVATIONS,
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
        _NO_DEPRIVATIONS,
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
