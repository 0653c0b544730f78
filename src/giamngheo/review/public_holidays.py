"""Việt Nam's public holidays (ngày nghỉ lễ, tết) as the days off of the review's time limits, 2016 to 2027.

References:
    * Bộ luật Lao động số 45/2019/QH14 (in force 01/01/2021), Điều 112 khoản 1: "Tết Dương lịch: 01 ngày (ngày 01
      tháng 01 dương lịch); Tết Âm lịch: 05 ngày; Ngày Chiến thắng: 01 ngày (ngày 30 tháng 4 dương lịch); Ngày
      Quốc tế lao động: 01 ngày (ngày 01 tháng 5 dương lịch); Quốc khánh: 02 ngày (ngày 02 tháng 9 dương lịch và
      01 ngày liền kề trước hoặc sau); Ngày Giỗ Tổ Hùng Vương: 01 ngày (ngày 10 tháng 3 âm lịch)", quoted by the
      thuvienphapluat mirror
      http://118.69.201.249:801/phap-luat/tim-tu-van?loc=end_news&page=62&q=L%E1%BB%85+gi%E1%BB%97+t%E1%BB%95+h%C3%B9ng+v%C6%B0%C6%A1ng
      and restated by https://vinanet.vn/chinh-sach-viet-nam/tu-nam-2021-lich-nghi-le-tet-se-co-mot-so-thay-doi-723430.html ;
      Điều 112 khoản 3: each year the Prime Minister decides the days off of Tết Âm lịch and Quốc khánh (same
      sources); Điều 111 khoản 3: a holiday on a weekly rest day is made up on the next working day, as the ministry
      applies it: https://www.sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html
    * Bộ luật Lao động số 10/2012/QH13, Điều 115 (2016-2020: Tết Âm lịch 05 ngày, Quốc khánh 01 ngày), as the
      ``holidays`` package cites it: https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615 .
    * No amendment of Điều 112 was found in force. Ngày Văn hóa Việt Nam (24/11) was chosen by Nghị quyết
      80-NQ/TW of the Politburo "với chủ trương" of a paid day off; on 26/02/2026 Nghị quyết 30/NQ-CP still tasked
      the amendment of Điều 112 khoản 1 to make it one:
      https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm ,
      https://vnexpress.net/de-xuat-luat-hoa-ngay-van-hoa-viet-nam-thanh-ngay-nghi-le-5006749.html .
    * The days off of each year: the notices and Government Office dispatches in :data:`HOLIDAY_BREAKS`, each with
      where it was seen.
    * The day-by-day list of a year with no notice encoded: the ``holidays`` package,
      ``holidays.country_holidays("VN")`` (Labour Codes 1994, 2012 and 2019, and its own list of swapped days).

Civil servants rest on Saturdays and Sundays (Quyết định 188/1999/QĐ-TTg, as the ministry recalls it:
https://xe.today/2024/11/13/the-department-of-labor-reports-to-the-prime-minister-a-9-day-consecutive-holiday-for-tet),
so the commune's working days are Monday to Friday, less the days off below, plus the Saturdays a notice makes
working days in exchange for a weekday off (làm bù).

A year's days off are the ``holidays`` package's, except that each break a notice announced (:class:`HolidayBreak`)
replaces the package's days of the holidays it covers: every day from its first to its last day is off, and its
make-up Saturdays are working days. Where the package disagrees with a notice, the notice wins; the holidays of a
year that no encoded notice covers keep the package's days, and the year says so (:attr:`YearHolidays.from_package`).
Years before 2016 and after 2027 are refused (:class:`giamngheo.NoRuleInForce`).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
from collections.abc import Collection, Iterable, Mapping

import attrs

from giamngheo._checks import check_date
from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._instruments import LABOUR_CODE_2019
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Timeline, Verification, Window
from giamngheo._text import Text

__all__ = [
    "HOLIDAY_BREAKS",
    "HOLIDAY_LISTS",
    "LABOUR_CODE_2012",
    "SUPPORTED_YEARS",
    "Holiday",
    "HolidayBreak",
    "PublicHolidays",
    "YearHolidays",
    "year_holidays",
]

_SATURDAY = 5

#: The years whose days off are built in: the first review procedure's (2016) to the year after the last one's
#: (a limit that starts in December 2026 ends in 2027).
SUPPORTED_YEARS = Window(dt.date(2016, 1, 1), dt.date(2028, 1, 1))

LABOUR_CODE_2012 = Instrument(
    number="10/2012/QH13",
    kind=InstrumentKind.CODE,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Bộ luật Lao động",
    title_en="Labour Code",
    signed=dt.date(2012, 6, 18),
    # Passed in June 2012, in force 01/05/2013 (qppstudio.net, 2012-06-21); replaced by 45/2019/QH14 on 01/01/2021.
    effective=dt.date(2013, 5, 1),
    url="https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615",
    verification=Verification.REPORTED,
)


_LIST_2019 = "http://118.69.201.249:801/phap-luat/tim-tu-van?loc=end_news&page=62&q=L%E1%BB%85+gi%E1%BB%97+t%E1%BB%95+h%C3%B9ng+v%C6%B0%C6%A1ng"

#: The statutory list of public holidays by the dates it applies on: Bộ luật Lao động 2012 Điều 115 (10 days) to
#: 2020-12-31, Bộ luật Lao động 2019 Điều 112 khoản 1 (11 days) from 2021-01-01.
HOLIDAY_LISTS: Timeline[Cited[str]] = Timeline(
    Text("danh mục ngày nghỉ lễ, tết", "list of public holidays"),
    (
        (
            Window(dt.date(2013, 5, 1), dt.date(2021, 1, 1)),
            Cited(
                "Tết Dương lịch 1, Tết Âm lịch 5, 30/4 1, 1/5 1, Quốc khánh 1, Giỗ Tổ Hùng Vương 1 (10 days)",
                LABOUR_CODE_2012.cite(
                    article=115,
                    clause=1,
                    verification=Verification.REPORTED,
                    evidence=("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615",),
                    note="As the holidays package cites it; the article's text was not seen here.",
                ),
            ),
        ),
        (
            Window(dt.date(2021, 1, 1), SUPPORTED_YEARS.end),
            Cited(
                "Tết Dương lịch 1, Tết Âm lịch 5, 30/4 1, 1/5 1, Quốc khánh 2, Giỗ Tổ Hùng Vương 1 (11 days)",
                LABOUR_CODE_2019.cite(
                    article=112,
                    clause=1,
                    verification=Verification.QUOTED,
                    evidence=(
                        _LIST_2019,
                        "https://vinanet.vn/chinh-sach-viet-nam/tu-nam-2021-lich-nghi-le-tet-se-co-mot-so-thay-doi-723430.html",
                    ),
                    note="No amendment in force was found; 24/11 (Ngày Văn hóa Việt Nam) was not yet law in February 2026.",
                ),
            ),
        ),
    ),
)


class Holiday(enum.Enum):
    """A public holiday of Điều 112 khoản 1 Bộ luật Lao động 2019, or one the ``holidays`` package adds."""

    NEW_YEAR = "new_year"
    TET = "tet"
    HUNG_KINGS = "hung_kings"
    REUNIFICATION = "reunification"
    LABOUR_DAY = "labour_day"
    NATIONAL_DAY = "national_day"
    #: 24 November, in the ``holidays`` package from 2026; no law making it a day off was found.
    CULTURE_DAY = "culture_day"

    def label(self, lang: str) -> str:
        """The holiday's name in ``lang`` (``"vi"`` or ``"en"``)."""
        return _LABELS[self](lang)


_LABELS = {
    Holiday.NEW_YEAR: Text("Tết Dương lịch", "New Year's Day"),
    Holiday.TET: Text("Tết Nguyên đán", "Tết (Lunar New Year)"),
    Holiday.HUNG_KINGS: Text("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
    Holiday.REUNIFICATION: Text("Ngày Chiến thắng 30/4", "Reunification Day (30 April)"),
    Holiday.LABOUR_DAY: Text("Ngày Quốc tế Lao động 1/5", "Labour Day (1 May)"),
    Holiday.NATIONAL_DAY: Text("Quốc khánh 2/9", "National Day (2 September)"),
    Holiday.CULTURE_DAY: Text("Ngày Văn hóa Việt Nam 24/11", "Việt Nam Culture Day (24 November)"),
}

#: The English names the ``holidays`` package gives, by the start that identifies them.
_PACKAGE_NAMES = (
    ("New Year's Day", Holiday.NEW_YEAR),
    ("Lunar New Year", Holiday.TET),
    ("29 of Lunar New Year", Holiday.TET),
    ("Second Day of Lunar New Year", Holiday.TET),
    ("Third Day of Lunar New Year", Holiday.TET),
    ("Fourth Day of Lunar New Year", Holiday.TET),
    ("Fifth Day of Lunar New Year", Holiday.TET),
    ("Sixth Day of Lunar New Year", Holiday.TET),
    ("Hung Kings", Holiday.HUNG_KINGS),
    ("Liberation Day", Holiday.REUNIFICATION),
    ("International Labor Day", Holiday.LABOUR_DAY),
    ("National Day", Holiday.NATIONAL_DAY),
    ("Vietnam Cultural Day", Holiday.CULTURE_DAY),
)


@attrs.frozen
class HolidayBreak:
    """The days off of one or more holidays as an annual notice or a Government Office dispatch announced them.

    Attributes:
        holidays: The holidays it covers (a break can join several, e.g. 30/4 and 1/5).
        first: The first day off.
        last: The last day off ("đến hết": every day from ``first`` to ``last`` is off).
        make_up: The Saturdays worked in exchange for a weekday off (làm bù), if any.
        notice: The notice, as its number and date are reported, e.g. ``"Thông báo 9441/TB-BNV ngày 16/10/2025"``.
        citation: Điều 112 of the Labour Code in force, with where the notice's dates were seen as evidence.
    """

    holidays: tuple[Holiday, ...]
    first: dt.date
    last: dt.date
    make_up: tuple[dt.date, ...]
    notice: str
    citation: Citation

    @property
    def days(self) -> tuple[dt.date, ...]:
        """Every day off of the break, in order."""
        return tuple(self.first + dt.timedelta(days=i) for i in range((self.last - self.first).days + 1))


def _break(  # noqa: PLR0917 - one row of HOLIDAY_BREAKS, in the order of its columns
    holidays: tuple[Holiday, ...],
    first: dt.date,
    last: dt.date,
    make_up: tuple[dt.date, ...],
    verification: Verification,
    evidence: tuple[str, ...],
    notice: str,
) -> HolidayBreak:
    citation = LABOUR_CODE_2019.cite(
        article=112, clause=3, verification=verification, evidence=evidence, note=f"The days off: {notice}."
    )
    return HolidayBreak(holidays, first, last, make_up, notice, citation)


_D = dt.date
_Q, _R = Verification.QUOTED, Verification.REPORTED
_NY, _TET, _HUNG, _ND = (Holiday.NEW_YEAR,), (Holiday.TET,), (Holiday.HUNG_KINGS,), (Holiday.NATIONAL_DAY,)
_APRIL_MAY = (Holiday.REUNIFICATION, Holiday.LABOUR_DAY)

# Where each break was reported.
_SGGP_2021 = "https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html"
_VNN_2025 = "https://vietnamnews.vn/society/1687874/pm-approves-proposal-for-9-day-continuous-tet-holiday-in-2025.html"
_BBT_2022 = "https://en.baobinhthuan.com.vn/print/94428.html"
_VNP_2023 = "https://en.vietnamplus.vn/sevenday-tet-holiday-fixed-for-state-employees/244803.vnp"
_VNN_2024 = "https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html"
_THOIDAI_2025 = "https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html"
_VNN_2026 = "https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html"
_TEZZ_2026 = "https://tezzbuzz.com/tag/vietnamese-workers-are-planning-9-day-holiday-in-april-simply-by-taking-two-days-off-vnexpress-international"
_THANHNIEN_2026 = (
    "https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm"
)
_SGGP_2022_NY = (
    "https://www.sggpnews.org.vn/national/ministry-submits-tet-holiday-schedule-to-prime-minister-96166.html"
)
_SGGP_2022_TET = (
    "https://www.sggpnews.org.vn/national/nine-days-off-for-2022-lunar-new-year-holiday-proposed-95252.html"
)
_DCS_2022 = "https://en.dangcongsan.vn/vietnam-today/workers-to-have-four-day-off-from-september-1-to-4-on-national-day-599964.html"
_SGGP_2023_TET = (
    "https://www.sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html"
)
_SGGP_2023_ND = "https://www.sggpnews.org.vn/national/government-approves-7day-tet-break-103690.html"
_VNP_2024 = "https://en.vietnamplus.vn/vietnamese-to-enjoy-oneweek-tet-holiday-in-2024/270740.vnp"
_BPL_2024 = "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html"
_BTT_2024 = "https://baotintuc.vn/infographics/ngay-nghi-le-dip-gio-to-hung-vuong-va-304-152024-20240412212054381.htm"
_SGGP_2024_ND = "https://en.sggp.org.vn/national-day-holiday-to-last-four-days-post111612.html"
_SGGP_2025_TET = "https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html"
_SGGP_2025_ND = "https://en.sggp.org.vn/vietnamese-workers-to-have-four-days-off-for-national-day-2025-post119346.html"
_VNNET_2026 = (
    "https://vietnamnet.vn/ban-tin-vietnamnet-26-12-chinh-phu-dong-y-nghi-4-ngay-tet-duong-lich-2026-pre2476040.html"
)
_TCQH_2026 = (
    "https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289"
)
_VIETBAO_2026 = "https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html"
_CONGAN_2026 = "http://www.congan.com.vn/?catid=702&id=388656&mod=detnews"

# The notices, as their number and date are reported ("number not seen" where no report gives it).
_MOLISA_2021 = "the ministry's 2021 schedule (number not seen)"
_VPCP_2022 = "the Government Office's dispatch of November 2022 (number not seen)"
_PM_2023 = "the Prime Minister's approval of November 2023 (number not seen)"
_VPCP_2025 = "Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ)"
_BNV_2026 = "Thông báo 9441/TB-BNV ngày 16/10/2025 (Bộ Nội vụ)"
_MOLISA_2022 = "the ministry's submission to the Prime Minister of December 2021 (number not seen)"
_DPM_2022_TET = "the Deputy Prime Minister's approval, 31/01 to 04/02/2022 off (Government Office; number not seen)"
_DPM_2022_ND = "the Deputy Prime Minister's approval, 01 and 02/09/2022 off (Government Office; number not seen)"
_VPCP_2450 = "Công văn 2450/VPCP-KGVX ngày 12/4/2024 (Văn phòng Chính phủ): Monday 29/04 off, Saturday 04/05 worked"
_HUNG_2025 = "Điều 112 khoản 1 (Monday 07/04/2025) and the weekend before, as reported"
_SWAP_2025 = f"{_VPCP_2025}: Friday 02/05 off, Saturday 26/04 worked"
_VPCP_12729 = "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Văn phòng Chính phủ): Friday 02/01 off, Saturday 10/01 worked"
_HUNG_2026 = "Điều 112 khoản 1 (Sunday 26/04/2026, made up on Monday 27/04) and the Saturday before, as reported"
_APRIL_MAY_2026 = "Điều 112 khoản 1 (Thursday 30/04 and Friday 01/05/2026) and the weekend after, as reported"
_SWAP_2026 = f"{_BNV_2026}: Monday 31/08 off, Saturday 22/08 worked"

#: The breaks announced for the years 2021 to 2026 that were found, oldest first: (holidays, first day off, last
#: day off, make-up Saturdays, verification, where it was reported, the notice). A holiday of a year not listed
#: here keeps the days of the ``holidays`` package.
HOLIDAY_BREAKS: tuple[HolidayBreak, ...] = tuple(
    _break(*row)
    for row in (
        # 2021
        (_NY, _D(2021, 1, 1), _D(2021, 1, 3), (), _R, (_SGGP_2021,), _MOLISA_2021),
        (_TET, _D(2021, 2, 10), _D(2021, 2, 16), (), _R, (_SGGP_2021,), _MOLISA_2021),
        (_HUNG, _D(2021, 4, 21), _D(2021, 4, 21), (), _R, (_SGGP_2021,), _MOLISA_2021),
        (_APRIL_MAY, _D(2021, 4, 30), _D(2021, 5, 3), (), _R, (_SGGP_2021,), _MOLISA_2021),
        (_ND, _D(2021, 9, 2), _D(2021, 9, 5), (), _R, (_SGGP_2021,), _MOLISA_2021),
        # 2022
        (_NY, _D(2022, 1, 1), _D(2022, 1, 3), (), _R, (_SGGP_2022_NY,), _MOLISA_2022),
        (_TET, _D(2022, 1, 29), _D(2022, 2, 6), (), _Q, (_BBT_2022, _SGGP_2022_TET), _DPM_2022_TET),
        (_ND, _D(2022, 9, 1), _D(2022, 9, 4), (), _Q, (_BBT_2022, _DCS_2022), _DPM_2022_ND),
        # 2023
        (_TET, _D(2023, 1, 20), _D(2023, 1, 26), (), _Q, (_VNP_2023, _SGGP_2023_TET), _VPCP_2022),
        (_ND, _D(2023, 9, 1), _D(2023, 9, 4), (), _Q, (_VNP_2023, _SGGP_2023_ND), _VPCP_2022),
        # 2024
        (_TET, _D(2024, 2, 8), _D(2024, 2, 14), (), _Q, (_VNN_2024, _VNP_2024), _PM_2023),
        (_APRIL_MAY, _D(2024, 4, 27), _D(2024, 5, 1), (_D(2024, 5, 4),), _Q, (_BPL_2024, _BTT_2024), _VPCP_2450),
        (_ND, _D(2024, 8, 31), _D(2024, 9, 3), (), _Q, (_VNN_2024, _SGGP_2024_ND), _PM_2023),
        # 2025
        (_TET, _D(2025, 1, 25), _D(2025, 2, 2), (), _Q, (_VNN_2025, _SGGP_2025_TET), _VPCP_2025),
        (_HUNG, _D(2025, 4, 5), _D(2025, 4, 7), (), _R, (_THOIDAI_2025,), _HUNG_2025),
        (_APRIL_MAY, _D(2025, 4, 30), _D(2025, 5, 4), (_D(2025, 4, 26),), _Q, (_VNN_2025, _THOIDAI_2025), _SWAP_2025),
        (_ND, _D(2025, 8, 30), _D(2025, 9, 2), (), _Q, (_VNN_2025, _SGGP_2025_ND), _VPCP_2025),
        # 2026
        (_NY, _D(2026, 1, 1), _D(2026, 1, 4), (_D(2026, 1, 10),), _Q, (_VNNET_2026, _TCQH_2026), _VPCP_12729),
        (_TET, _D(2026, 2, 14), _D(2026, 2, 22), (), _Q, (_VIETBAO_2026, _VNN_2026, _CONGAN_2026), _BNV_2026),
        (_HUNG, _D(2026, 4, 25), _D(2026, 4, 27), (), _R, (_TEZZ_2026, _THANHNIEN_2026), _HUNG_2026),
        (_APRIL_MAY, _D(2026, 4, 30), _D(2026, 5, 3), (), _R, (_TEZZ_2026, _THANHNIEN_2026), _APRIL_MAY_2026),
        (_ND, _D(2026, 8, 29), _D(2026, 9, 2), (_D(2026, 8, 22),), _R, (_VNN_2026,), _SWAP_2026),
    )
)

_NOTE_CULTURE_DAY = Text(
    "24/11 (Ngày Văn hóa Việt Nam) được tính là ngày nghỉ như gói holidays; chưa thấy văn bản luật quy định",
    "24 November (Việt Nam Culture Day) is counted as a day off, as the holidays package counts it; no law making it "
    "one was found",
)


@attrs.frozen
class YearHolidays:
    """A year's days off and make-up working days, with where each comes from.

    Attributes:
        year: The year.
        days_off: Each day off (weekends inside a break included) with the holidays it is off for.
        make_up: The Saturdays worked in exchange for a weekday off.
        breaks: The announced breaks of the year that were encoded (:data:`HOLIDAY_BREAKS`).
        from_package: The holidays whose days come from the ``holidays`` package: no notice was encoded for them.
    """

    year: int
    days_off: Mapping[dt.date, tuple[Holiday, ...]]
    make_up: frozenset[dt.date]
    breaks: tuple[HolidayBreak, ...]
    from_package: tuple[Holiday, ...]

    @property
    def confirmed(self) -> bool:
        """Whether every holiday of the year comes from an encoded notice (none from the package alone)."""
        return not self.from_package

    @property
    def notes(self) -> tuple[Text, ...]:
        """What is unconfirmed about the year's days off."""
        if not self.from_package:
            return ()
        vi = ", ".join(h.label("vi") for h in self.from_package)
        en = ", ".join(h.label("en") for h in self.from_package)
        notes = [
            Text(
                f"Ngày nghỉ năm {self.year} theo gói holidays, chưa đối chiếu thông báo: {vi}",
                f"The {self.year} days off of {en} are the holidays package's, not checked against a notice",
            )
        ]
        if Holiday.CULTURE_DAY in self.from_package:
            notes.append(_NOTE_CULTURE_DAY)
        return tuple(notes)


def _package_days(year: int) -> tuple[dict[dt.date, Holiday], dict[dt.date, Holiday]]:
    """The ``holidays`` package's days off of ``year`` and its make-up Saturdays, each with its holiday."""
    import holidays  # noqa: PLC0415 - a few megabytes of data, loaded on the first time limit, not with giamngheo

    # The neighbouring years too: a swapped day belongs to the holiday next to it, which may be across 1 January.
    found = holidays.country_holidays("VN", years=(year - 1, year, year + 1), language="en_US")
    named: dict[dt.date, Holiday] = {}
    swapped: list[dt.date] = []
    for day, name in sorted(found.items()):
        kind = next((k for start, k in _PACKAGE_NAMES if name.startswith(start)), None)
        if kind is None:  # "Day off (substituted from …)": the weekday off given for a Saturday worked
            swapped.append(day)
        else:
            named[day] = kind

    def nearest(day: dt.date) -> Holiday:
        return named[min(named, key=lambda d: (abs((d - day).days), d))]

    days = {d: k for d, k in named.items() if d.year == year}
    days.update({d: nearest(d) for d in swapped if d.year == year})
    make_up = {d: nearest(d) for d in sorted(found.weekend_workdays) if d.year == year}
    return days, make_up


def _check_year(year: int) -> None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise InvalidInput(
            "year", Text(f"một năm từ 1 đến 9999, không phải {year}", f"a year from 1 to 9999, not {year}")
        )
    if not SUPPORTED_YEARS.start.year <= year < SUPPORTED_YEARS.end.year:
        raise NoRuleInForce(
            Text("danh mục ngày nghỉ lễ, tết của Việt Nam", "list of Việt Nam's public holidays"),
            dt.date(year, 1, 1),
            (SUPPORTED_YEARS.start, SUPPORTED_YEARS.end),
            hint=Text(
                "hãy truyền các ngày nghỉ qua holidays= (holidays=() nếu chỉ nghỉ thứ Bảy, Chủ nhật)",
                "pass the days off as holidays= (holidays=() for weekends only)",
            ),
        )


@functools.cache
def _year(year: int) -> YearHolidays:
    package, package_make_up = _package_days(year)
    breaks = tuple(b for b in HOLIDAY_BREAKS if year in {b.first.year, b.last.year})
    # A break across 1 January (31/12 to 2/1) is of the new year's holiday: the old year only gets its days.
    covered = {h for b in breaks if b.last.year == year for h in b.holidays}
    # The notice wins: the package's days (and make-up Saturdays) of a holiday a break covers are dropped.
    days: dict[dt.date, tuple[Holiday, ...]] = {d: (k,) for d, k in package.items() if k not in covered}
    make_up = {d for d, k in package_make_up.items() if k not in covered}
    for b in breaks:
        days.update((d, b.holidays) for d in b.days if d.year == year)
        make_up.update(d for d in b.make_up if d.year == year)
    return YearHolidays(
        year=year,
        days_off=types.MappingProxyType(dict(sorted(days.items()))),
        make_up=frozenset(make_up),
        breaks=breaks,
        from_package=tuple(h for h in Holiday if h in set(package.values()) - covered),
    )


def year_holidays(year: int) -> YearHolidays:
    """Việt Nam's days off of ``year`` built into giamngheo, with their sources.

    The ``holidays`` package's days, except that each encoded notice (:data:`HOLIDAY_BREAKS`) replaces the
    package's days of the holidays it covers; the first call imports the package.

    Raises:
        InvalidInput: if ``year`` is not an int.
        NoRuleInForce: for a year before 2016 or after 2027.
    """
    if type(year) is not int:
        raise InvalidInput("year", f"a year as an int, got {year!r}"[:300])
    _check_year(year)
    return _year(year)


def _dates(field: str, value: object) -> frozenset[dt.date]:
    """``value`` as a set of dates: any collection of :class:`datetime.date` (not a string)."""
    if not isinstance(value, Iterable) or isinstance(value, str | bytes):
        raise InvalidInput(field, f"a collection of dates, got {value!r}"[:300])
    return frozenset(check_date(day, field=field) for day in value)


def _extra(value: object) -> frozenset[dt.date]:
    return _dates("extra", value)


def _removed(value: object) -> frozenset[dt.date]:
    return _dates("removed", value)


_HOLIDAY = Text("ngày nghỉ lễ", "a holiday")


@attrs.frozen
class PublicHolidays:
    """The days off a time limit skips, besides Saturdays and Sundays: Việt Nam's built-in list, changed at will.

    ``PublicHolidays()``, the default of every time limit, is the built-in list of :func:`year_holidays` for the
    years a limit runs through (with the notices' make-up Saturdays as working days). ``extra`` adds days off (a
    province's own, a day the commune closes), ``removed`` turns days back into ordinary days (a weekday works, a
    Saturday rests), and ``built_in=False`` leaves only ``extra``: that is what a plain collection of dates given
    as ``holidays=`` means.

    Attributes:
        extra: Days off added.
        removed: Days that are neither days off nor make-up working days.
        built_in: Whether the built-in list is counted.
    """

    extra: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_extra)
    removed: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_removed)
    built_in: bool = True

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.built_in, bool):
            raise InvalidInput("built_in", f"true or false, got {self.built_in!r}"[:300])

    @classmethod
    def of(cls, holidays: object) -> PublicHolidays:
        """``holidays`` as the days off of a time limit: itself, or only the dates of a collection given.

        Raises:
            InvalidInput: naming the field ``holidays`` if it is neither a :class:`PublicHolidays` nor a collection
                of dates.
        """
        if isinstance(holidays, PublicHolidays):
            return holidays
        return cls(extra=_dates("holidays", holidays), built_in=False)

    def holidays_of(self, day: dt.date) -> tuple[Holiday, ...]:
        """The built-in holidays ``day`` is a day off for (none if it is not one, or is removed).

        Raises:
            NoRuleInForce: if the built-in list is counted and ``day`` is outside 2016 to 2027.
        """
        if not self.built_in or day in self.removed:
            return ()
        return year_holidays(day.year).days_off.get(day, ())

    def name(self, day: dt.date) -> Text | None:
        """What ``day`` is off for (a built-in holiday's name, or "a holiday" for a day added), if it is off."""
        if day in self.extra:
            return _HOLIDAY
        kinds = self.holidays_of(day)
        if not kinds:
            return None
        return Text(" và ".join(h.label("vi") for h in kinds), " and ".join(h.label("en") for h in kinds))

    def is_make_up_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a Saturday or Sunday worked in exchange for a weekday off (làm bù)."""
        if not self.built_in or day in self.removed or day in self.extra:
            return False
        return day in year_holidays(day.year).make_up

    def is_working_day(self, day: dt.date) -> bool:
        """Whether the commune works on ``day``: Monday to Friday or a make-up day, and not a day off.

        Raises:
            NoRuleInForce: if the built-in list is counted and ``day`` is outside 2016 to 2027.
        """
        if day in self.extra:
            return False
        if day.weekday() >= _SATURDAY:
            return self.is_make_up_day(day)
        return not self.holidays_of(day)


#: The days off every time limit counts unless told otherwise: the built-in list.
BUILT_IN = PublicHolidays()
#: What the ``holidays`` argument of the time limits takes: days off as :class:`PublicHolidays`, or a collection of
#: dates that replaces the built-in list.
Holidays = Collection[dt.date] | PublicHolidays
