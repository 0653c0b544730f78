"""The bibliography: every legal instrument the library cites, with its metadata, and the registry that finds them.

References:
    * Signing and effective dates: the sources quoted beside each date below and the instrument's ``url``.
      Nghị định 07/2021/NĐ-CP in force 15/03/2021, vnexpress: https://vnexpress.net/chinh-phu-ban-hanh-chuan-ngheo-moi-4228672.html
    * Nghị định 351/2025/NĐ-CP: "Nghị định số 351/2025/NĐ-CP ngày 30/12/2025" and the 2022-2025 standard carried
      over "từ ngày 01/01/2026 đến hết ngày 31/12/2026" (vietnamplus, its ``url``); "Decree No351/2025/ND-CP dated
      December 30, 2025": https://vietnamnet.vn/en/vn-s-poverty-reduction-strategy-embraces-sustainability-and-digital-inclusion-2484119.html .
      The decree's own effective date was not found (unconfirmed).
    * Quyết định 09/2011/QĐ-TTg, its effective date and Điều 1 as the Bình Dương provincial portal quotes them:
      https://binhduong.gov.vn/thong-tin-tuyen-truyen/2011/02/631-Quy-dinh-chuan-ngheo-tinh-Binh-Duong-giai-doan-2011-2015

This module defines the instruments of the national standards and of the laws the core relies on
(:data:`INSTRUMENTS`); the rules drawn from them live in :mod:`giamngheo.standards` and :mod:`giamngheo.law`, so
that an instrument can be cited by the modules of the instruments it amends or extends without import cycles.
Every other instrument is a module-level constant of the module holding its rules (a support policy, a province,
the review procedure, the jurisdictions). :func:`instruments` collects them all from those modules, so that an
instrument defined in a new module of :mod:`giamngheo.policies`, :mod:`giamngheo.provinces`,
:mod:`giamngheo.review`, :mod:`giamngheo.standards` or :mod:`giamngheo.law` is registered without a list to edit;
the collection imports those packages on first use only, which keeps ``import giamngheo`` fast.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from typing import TYPE_CHECKING

from giamngheo._errors import InvalidInput
from giamngheo._legal import Instrument, InstrumentKind, Verification

if TYPE_CHECKING:
    import types

__all__ = [
    "DECISION_09_2011",
    "DECISION_59_2015",
    "DECISION_170_2005",
    "DECREE_07_2021",
    "DECREE_30_2025",
    "DECREE_351_2025",
    "INSTRUMENTS",
    "LABOUR_CODE_2019",
    "LOCAL_GOVERNMENT_LAW_2015",
    "instrument",
    "instruments",
]

_PM_VI, _PM_EN = "Thủ tướng Chính phủ", "Prime Minister"
_GOV_VI, _GOV_EN = "Chính phủ", "Government"

DECISION_170_2005 = Instrument(
    number="170/2005/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi=_PM_VI,
    issuer_en=_PM_EN,
    title_vi="Về việc ban hành chuẩn nghèo áp dụng cho giai đoạn 2006-2010",
    title_en="Promulgating the poverty standard applicable to 2006-2010",
    signed=dt.date(2005, 7, 8),
    # Điều 4: "có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo"; vbpl.vn records 02/08/2005.
    # Its standard applies to the period it names, 2006-2010.
    effective=dt.date(2005, 8, 2),
    url="https://vbpl.vn/sonla/Pages/vbpq-toanvan.aspx?ItemID=18049",
    verification=Verification.OFFICIAL,
)

DECISION_09_2011 = Instrument(
    number="09/2011/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi=_PM_VI,
    issuer_en=_PM_EN,
    title_vi="Về việc ban hành chuẩn hộ nghèo, hộ cận nghèo áp dụng cho giai đoạn 2011-2015",
    title_en="Promulgating the standards of poor and near-poor households applicable to 2011-2015",
    signed=dt.date(2011, 1, 30),
    # Điều 3: "có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2011" (OCR of the signed text, tailieuchung.com);
    # the provincial portal binhduong.gov.vn (2011/02, see References): "Quyết định có hiệu lực thi hành từ ngày 1/1/2011".
    effective=dt.date(2011, 1, 1),
    url="https://tailieuchung.com/vn/tlID22960_quyet-dinh-ve-ban-hanh-chuan-ho-ngheo-ho-can-ngheo-2011-2015.html",
    verification=Verification.QUOTED,
)

DECISION_59_2015 = Instrument(
    number="59/2015/QĐ-TTg",
    kind=InstrumentKind.DECISION,
    issuer_vi=_PM_VI,
    issuer_en=_PM_EN,
    title_vi="Về việc ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020",
    title_en="Promulgating the multidimensional poverty standards applicable to 2016-2020",
    signed=dt.date(2015, 11, 19),
    # "có hiệu lực thi hành kể từ ngày 05 tháng 01 năm 2016. Các nội dung quy định tại Điều 1 và Điều 2 …
    # được thực hiện từ ngày 01 tháng 01 năm 2016" (quoted by hoidapphapluat.co and baocaotaichinh.vn).
    effective=dt.date(2016, 1, 5),
    url="https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-59-2015-QD-TTg-chuan-ngheo-tiep-can-da-chieu-ap-dung-2016-2020-296044.aspx",
    verification=Verification.QUOTED,
)

DECREE_07_2021 = Instrument(
    number="07/2021/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi=_GOV_VI,
    issuer_en=_GOV_EN,
    title_vi="Quy định chuẩn nghèo đa chiều giai đoạn 2021-2025",
    title_en="Prescribing the multidimensional poverty standards for 2021-2025",
    signed=dt.date(2021, 1, 27),
    effective=dt.date(2021, 3, 15),  # vnexpress: "Nghị định có hiệu lực từ 15/3" (URL in References)
    url="https://english.luatvietnam.vn/decree-no-07-2021-nd-cp-dated-january-27-2021-of-the-government-on-multidimensional-poverty-standards-in-the-2021-2025-period-197848-doc1.html",
    verification=Verification.QUOTED,
)

DECREE_30_2025 = Instrument(
    number="30/2025/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi=_GOV_VI,
    issuer_en=_GOV_EN,
    title_vi="Sửa đổi, bổ sung một số điều của Nghị định số 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2021-2025",
    title_en="Amending Decree 07/2021/NĐ-CP on the multidimensional poverty standards for 2021-2025",
    signed=dt.date(2025, 2, 24),
    effective=None,  # UNCONFIRMED: only a luatvietnam headline says "từ 24/02/2025", the signing date
    url="https://vanban123.vn/Nghi-dinh/Decree-No-30-2025-ND-CP-dated-February-24-2025-on-amendments-to-Decree-No-07-2021-ND-CP-on-multidimensional-poverty-criteria-in-the-period-of-2021-2025-679855",
    verification=Verification.REPORTED,
)

DECREE_351_2025 = Instrument(
    number="351/2025/NĐ-CP",
    kind=InstrumentKind.DECREE,
    issuer_vi=_GOV_VI,
    issuer_en=_GOV_EN,
    title_vi="Quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026-2030",
    title_en="Prescribing the national multidimensional poverty standards for 2026-2030",
    signed=dt.date(2025, 12, 30),
    effective=None,  # UNCONFIRMED: no source gives it; only the 2026 carry-over's start, 2026-01-01, is quoted
    url="https://www.vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp",
    verification=Verification.QUOTED,
)

LABOUR_CODE_2019 = Instrument(
    number="45/2019/QH14",
    kind=InstrumentKind.CODE,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Bộ luật Lao động",
    title_en="Labour Code",
    signed=dt.date(2019, 11, 20),
    # Điều 220: "Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021"; the retirement schedule of
    # Điều 169 khoản 2 starts "Kể từ ngày 01 tháng 01 năm 2021" (quoted, see giamngheo.law.labour_code_2019).
    effective=dt.date(2021, 1, 1),
    url="https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Bo-Luat-lao-dong-2019-333670.aspx",
    verification=Verification.REPORTED,
)

LOCAL_GOVERNMENT_LAW_2015 = Instrument(
    number="77/2015/QH13",
    kind=InstrumentKind.LAW,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Luật Tổ chức chính quyền địa phương",
    title_en="Law on the Organisation of Local Government",
    # Passed 19/06/2015, in force 01/01/2016 (taisachmoi.com; luatdaiduonglong.com gives the same effective date).
    # It classes the local government of a xã as rural (nông thôn), of a phường or thị trấn as urban (đô thị):
    # giamngheo._units cites it for the area of a commune. Its replacement in 2025, if any, was not looked for.
    signed=dt.date(2015, 6, 19),
    effective=dt.date(2016, 1, 1),
    url="https://luatdaiduonglong.com/van-ban-luat/luat-to-chuc-chinh-quyen-dia-phuong-so-77-2015-qh13.html",
    verification=Verification.REPORTED,
)

#: The instruments defined in this module, oldest first: those of the national standards and of the laws the core
#: relies on. Every instrument the library cites, wherever it is defined, is in :func:`instruments`.
INSTRUMENTS: tuple[Instrument, ...] = (
    DECISION_170_2005,
    DECISION_09_2011,
    LOCAL_GOVERNMENT_LAW_2015,
    DECISION_59_2015,
    LABOUR_CODE_2019,
    DECREE_07_2021,
    DECREE_30_2025,
    DECREE_351_2025,
)

#: Modules outside the packages below that define instruments at module level.
_MODULES = ("giamngheo._instruments", "giamngheo._jurisdictions", "giamngheo._units")
#: A module whose instruments are built from data defines a function of this name returning them.
_HOOK = "_registered_instruments"
#: Packages whose every module is searched for instruments defined at module level.
_PACKAGES = (
    "giamngheo.standards",
    "giamngheo.law",
    "giamngheo.policies",
    "giamngheo.provinces",
    "giamngheo.review",
)


def _modules() -> list[types.ModuleType]:
    """The modules that may define instruments, imported."""
    import pkgutil  # noqa: PLC0415 - needed only when the registry is first collected

    found = [importlib.import_module(name) for name in _MODULES]
    for name in _PACKAGES:
        package = importlib.import_module(name)
        found.append(package)
        # every depth: a province is a package of its own (provinces/binh_duong/standards.py)
        found.extend(importlib.import_module(i.name) for i in pkgutil.walk_packages(package.__path__, prefix=f"{name}."))
    return found


def _oldest_first(candidate: Instrument) -> tuple[dt.date, str]:
    # An instrument whose signing date is unknown is placed by its effective date, and one with neither goes last.
    return (candidate.signed or candidate.effective or dt.date.max, candidate.number)


@functools.cache
def instruments() -> tuple[Instrument, ...]:
    """Every instrument giamngheo cites, oldest first.

    References:
        Each instrument's own module (its docstring's References); this registry adds no legal fact.

    Collected from the module-level :class:`~giamngheo.Instrument` constants of the modules that hold rules:
    this module, :mod:`giamngheo._jurisdictions`, :mod:`giamngheo._units`, and every module of
    :mod:`giamngheo.standards`, :mod:`giamngheo.law`, :mod:`giamngheo.policies`, :mod:`giamngheo.provinces` and
    :mod:`giamngheo.review` (imported on the first call); a module whose instruments are built from data (the
    arrangement resolutions of the administrative units) returns them from a function
    ``_registered_instruments()``. Ordered by signing date, by effective date where the signing date is unknown,
    and last those with neither; ties by number. An instrument imported by several modules is listed once.

    Returns:
        The instruments, each once.
    """
    found: dict[Instrument, None] = {}
    for module in _modules():
        values = list(vars(module).values())
        hook = getattr(module, _HOOK, None)
        if callable(hook):
            values.extend(hook())
        for value in values:
            if isinstance(value, Instrument):
                found.setdefault(value, None)
    return tuple(sorted(found, key=_oldest_first))


def _folded(number: str) -> str:
    """``number`` without case, diacritics or spaces, for suggestions (``"nd-cp"`` for ``"NĐ-CP"``)."""
    import unicodedata  # noqa: PLC0415 - needed only to explain a miss

    text = number.casefold().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(text.split())


def instrument(number: str) -> Instrument:
    """The instrument with this number, written as in the text (``"07/2021/NĐ-CP"``, ``"105/2014/NĐ-CP"``).

    References:
        The instrument's own module; see :func:`instruments` for the registry searched.

    Any instrument the library cites is found: a national standard's, a support policy's, a province's, the
    review procedure's. The number must be written exactly, with its diacritics (``"NĐ-CP"``, ``"QĐ-TTg"``,
    ``"NQ-HĐND"``); a near miss is answered with the numbers it resembles.

    Raises:
        InvalidInput: if giamngheo cites no instrument with that number (naming the closest numbers it cites).
    """
    every = instruments()
    for candidate in every:
        if candidate.number == number:
            return candidate
    import difflib  # noqa: PLC0415 - needed only to explain a miss

    folded = {_folded(i.number): i.number for i in every}
    wanted = _folded(number) if isinstance(number, str) else ""
    if wanted in folded:
        close = [folded[wanted]]  # the same number but for case, diacritics or spaces
    else:
        close = [folded[key] for key in difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.75)]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InvalidInput(
        "number",
        f"giamngheo cites no instrument {number!r}{hint} (giamngheo.instruments() lists the {len(every)} it cites)",
    )
