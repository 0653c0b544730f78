"""The jurisdictions whose poverty standards giamngheo encodes: the nation and provinces, by official code.

Provinces are keyed by their official two-digit code (``"74"`` Bình Dương, ``"79"`` Hồ Chí Minh City) and the
nation by ``"VN"``. Each has a validity window and, when it was merged into another, a successor: from 2025-07-01
Bình Dương is part of Hồ Chí Minh City (Nghị quyết 202/2025/QH15), and asking for ``"74"`` on a later date raises
:class:`giamngheo.NoRuleInForce` naming ``"79"``.

References:
    * Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025, passed 12/06/2025 and
      in force on passing ("Nghị quyết có hiệu lực ngay từ ngày được thông qua"); the merged provincial
      governments operate from 01/07/2025.
      https://baomoi.net.vn/quoc-hoi-thong-qua-nghi-quyet-lich-su-sap-nhap-tinh-thanh-c52485428.epi ;
      https://beta.daidoanket.vn/tag/phuong-an-bo-tri ; https://www.tuoitrephuyen.vn/tag/bi%E1%BB%83u-quy%E1%BA%BFt ;
      https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from giamngheo._checks import check_date, instance
from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._legal import Citation, Instrument, Timeline, Verification, Window
from giamngheo._model import Standard, Text
from giamngheo._national import NATIONAL_STANDARDS, LegalDatum, standard_data
from giamngheo._units import ARRANGEMENT_2025, RESOLUTION_202_2025, locate
from giamngheo.provinces import binh_duong, ho_chi_minh_city

__all__ = [
    "JURISDICTIONS",
    "NATIONAL",
    "RESOLUTION_202_2025",
    "Jurisdiction",
    "JurisdictionLevel",
    "Territory",
    "jurisdiction",
    "legal_data",
    "standard_in_force",
    "territory",
]

_BAOMOI = "https://baomoi.net.vn/quoc-hoi-thong-qua-nghi-quyet-lich-su-sap-nhap-tinh-thanh-c52485428.epi"
_DAIDOANKET = "https://beta.daidoanket.vn/tag/phuong-an-bo-tri"
_TUOITRE = "https://www.tuoitrephuyen.vn/tag/bi%E1%BB%83u-quy%E1%BA%BFt"
_SGGP = "https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html"

class JurisdictionLevel(enum.Enum):
    """The level of a jurisdiction."""

    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"

    def label(self, lang: str) -> str:
        """``"tỉnh"`` / ``"province"`` …."""
        return _LEVEL_LABELS[self](lang)


_LEVEL_LABELS = {
    JurisdictionLevel.NATIONAL: Text("toàn quốc", "national"),
    JurisdictionLevel.PROVINCE: Text("tỉnh", "province"),
    JurisdictionLevel.CITY: Text("thành phố trực thuộc trung ương", "centrally governed city"),
}


@attrs.frozen
class Jurisdiction:
    """A jurisdiction with poverty standards of its own.

    Attributes:
        code: ``"VN"``, or the province's official two-digit code.
        name: Its name in Vietnamese and English.
        level: National, province or centrally governed city.
        window: The dates the library covers it on (a province merged into another ends there).
        standards: Its own standards over time, or ``None`` if the library encodes none.
        successor: The code of the jurisdiction that took it over at the end of :attr:`window`.
        succession: The provision of that succession.
        instruments: Its instruments the library cites.
        note: What the library does not encode about it.
        former_territory: After a merger, the dates on which its own resolutions still apply in its former
            territory, within its successor, "until replaced" (``None`` if the library records no such dates).
    """

    code: str
    name: Text
    level: JurisdictionLevel
    window: Window
    standards: Timeline[Standard] | None
    successor: str | None = None
    succession: Citation | None = None
    instruments: tuple[Instrument, ...] = ()
    note: Text | None = None
    former_territory: Window | None = None

    def label(self, lang: str) -> str:
        """``"Bình Dương (74)"``."""
        return f"{self.name(lang)} ({self.code})"

    def check_exists(self, *, on: dt.date) -> None:
        """Raise :class:`NoRuleInForce` if the jurisdiction does not exist (or is not covered) on ``on``.

        A province merged into another still exists, for its own standards and policies, in its former territory on
        the dates of :attr:`former_territory`.
        """
        if on in self.window or (self.former_territory is not None and on in self.former_territory):
            return
        if self.successor is not None and on >= self.window.end:
            successor = JURISDICTIONS[self.successor]
            provision = f" ({self.succession.render('en')})" if self.succession is not None else ""
            raise NoRuleInForce(
                f"jurisdiction {self.label('en')}",
                on,
                (self.window.start, self.window.end),
                successor=self.successor,
                hint=(
                    f"it became part of {successor.label('en')} on {self.window.end.isoformat()}{provision}; "
                    f"use jurisdiction={self.successor!r}"
                ),
            )
        raise NoRuleInForce(f"jurisdiction {self.label('en')}", on, (self.window.start, self.window.end))

    def standard_in_force(self, *, on: dt.date) -> Standard:
        """The jurisdiction's own standard in force on ``on``.

        Raises:
            NoRuleInForce: if the jurisdiction does not exist then (naming its successor), or none of its
                standards is in force then.
        """
        if self.level is JurisdictionLevel.NATIONAL and self.standards is not None:
            return self.standards.at(on=on)  # its window is its standards' range: say "no national standard"
        self.check_exists(on=on)
        if self.standards is None:
            raise NoRuleInForce(f"poverty standard of {self.label('en')}", on, None)
        try:
            return self.standards.at(on=on)
        except NoRuleInForce as error:
            hint = "" if self.note is None else self.note("en")
            if on not in self.window and self.successor is not None:
                successor = JURISDICTIONS[self.successor].label("en")
                hint = (
                    f"{self.label('en')} has been part of {successor} since {self.window.end.isoformat()}; its own "
                    f"resolutions still apply in its former territory until replaced, and none of its own standards "
                    f"is in force there then, so the national standard applies; {hint}"
                ).rstrip("; ")
            raise NoRuleInForce(error.what, on, error.covered, hint=hint) from None


_NATIONAL_COVERAGE = NATIONAL_STANDARDS.covered

#: The rule that a merged province's own resolutions keep applying in its former territory until replaced.
FORMER_TERRITORIES_2025 = RESOLUTION_202_2025.cite(
    verification=Verification.REPORTED,
    evidence=(
        _SGGP,
        "https://vietnamnews.vn/society/1723202/hcm-city-proposes-free-health-insurance-cards-from-age-60.html",
    ),
    note=(
        "Reported for Hồ Chí Minh City: the support policies of the former Bà Rịa-Vũng Tàu and Bình Dương "
        '"will remain effective until a new resolution is issued to replace it" (SGGP, 11/07/2025), and "the '
        "expanded city is applying different support resolutions depending on the areas of former HCM City, Bình "
        'Dương or Bà Rịa-Vũng Tàu" (Vietnam News, 13/08/2025). The provision of law that keeps a merged '
        "province's resolutions in force in its former territory was not read; giamngheo applies the same reading "
        "to every province merged on 2025-07-01."
    ),
)

NATIONAL = Jurisdiction(
    code="VN",
    name=Text("Việt Nam", "Viet Nam"),
    level=JurisdictionLevel.NATIONAL,
    window=_NATIONAL_COVERAGE,
    standards=NATIONAL_STANDARDS,
)

_BINH_DUONG = Jurisdiction(
    code="74",
    name=Text("Bình Dương", "Bình Dương"),
    level=JurisdictionLevel.PROVINCE,
    # Covered from the start of the library's national coverage (the province was re-established in 1997).
    window=Window(_NATIONAL_COVERAGE.start, ARRANGEMENT_2025),
    standards=Timeline("poverty standard of Bình Dương (74)", tuple((s.window, s) for s in binh_duong.STANDARDS)),
    successor="79",
    succession=RESOLUTION_202_2025.cite(
        verification=Verification.QUOTED,
        evidence=(_BAOMOI, _DAIDOANKET, _TUOITRE, _SGGP),
        note="Passed and in force on 12/06/2025; the merged city's government operates from 01/07/2025.",
    ),
    instruments=binh_duong.INSTRUMENTS,
    former_territory=Window(ARRANGEMENT_2025, _NATIONAL_COVERAGE.end),
    note=Text(
        "chuẩn nghèo 2022-2025 của tỉnh chỉ có dự thảo (hai phương án), xem examples/standards/",
        "its 2022-2025 standard is known only as a draft with two options: see examples/standards/ and "
        "gn.load_standard",
    ),
)

_HO_CHI_MINH_CITY = Jurisdiction(
    code="79",
    name=Text("Thành phố Hồ Chí Minh", "Hồ Chí Minh City"),
    level=JurisdictionLevel.CITY,
    window=_NATIONAL_COVERAGE,
    standards=Timeline(
        "poverty standard of Hồ Chí Minh City (79)", tuple((s.window, s) for s in ho_chi_minh_city.STANDARDS)
    ),
    instruments=ho_chi_minh_city.INSTRUMENTS,
    note=Text(
        "chưa thấy chuẩn nghèo riêng của thành phố trước 24/01/2014 hoặc từ năm 2026; chuẩn quốc gia vẫn áp dụng",
        "no city standard is known before 2014-01-24 or from 2026; the national standard still applies",
    ),
)

#: Every jurisdiction by code.
JURISDICTIONS: dict[str, Jurisdiction] = {j.code: j for j in (NATIONAL, _BINH_DUONG, _HO_CHI_MINH_CITY)}


def jurisdiction(code: str) -> Jurisdiction:
    """The jurisdiction with this code (``"VN"``, ``"74"``, ``"79"``).

    Raises:
        InvalidInput: for a code giamngheo does not know.
    """
    try:
        return JURISDICTIONS[code]
    except (KeyError, TypeError):
        known = ", ".join(f"{j.code} ({j.name('en')})" for j in JURISDICTIONS.values())
        raise InvalidInput("jurisdiction", f"unknown jurisdiction {code!r}; known: {known}") from None


@attrs.frozen
class Territory:
    """Whose own standards and policies apply where a commune lies, on a date.

    Attributes:
        commune: The commune code given.
        on: The date.
        province: The province in force on ``on`` (after 2025-06-30, one of the 34).
        former: From 2025-07-01, the old province whose territory the commune lies in (``None`` before, or when the
            unit was formed from the territories of several old provinces).
        jurisdiction: The code whose own standards and policies apply there: before 2025-07-01 the province; from
            then on the former province (its resolutions apply in its former territory until replaced), or ``None``
            when the unit spans several former provinces (see :attr:`candidates`).
        candidates: The former provinces of a unit that spans several.
        citation: The rule of former territories, from 2025-07-01.
    """

    commune: str
    on: dt.date
    province: str
    former: str | None
    jurisdiction: str | None
    candidates: tuple[str, ...] = ()
    citation: Citation | None = None


def territory(commune: str, *, on: dt.date) -> Territory:
    """Whose own standards and policies apply to a household of ``commune`` on ``on``.

    Before 2025-07-01 that is the commune's province. From 2025-07-01 the 63 provinces are 34, and a merged
    province's own resolutions keep applying in its former territory until replaced (reported for Hồ Chí Minh City:
    :data:`FORMER_TERRITORIES_2025`): so a commune of the former Bình Dương is under ``"74"``, one of the former city
    under ``"79"``. An old commune code is followed to its successor (:func:`giamngheo.locate`).

    Raises:
        InvalidInput: for an unknown code, or an old unit divided between units of different provinces.
        NoRuleInForce: if the commune is not encoded on ``on``.
    """
    location = locate(commune, on=on)
    provinces = {unit.province for unit in location.units}
    if len(provinces) > 1:
        raise InvalidInput("commune", location.divided())
    province = provinces.pop()
    if on < ARRANGEMENT_2025:
        return Territory(commune, on, province, None, province)
    formers = location.former_provinces
    if len(formers) == 1:
        (former,) = formers
        return Territory(commune, on, province, former, former, citation=FORMER_TERRITORIES_2025)
    return Territory(commune, on, province, None, None, tuple(sorted(formers)), FORMER_TERRITORIES_2025)


_find = jurisdiction  # the parameter of standard_in_force below shadows the function's name


def standard_in_force(*, on: dt.date, jurisdiction: str = "VN") -> Standard:
    """The poverty standard that applies on ``on``: the national one, or a jurisdiction's own.

    Raises:
        NoRuleInForce: outside the encoded range (before 2006-01-01 or after 2030-12-31 for the nation), or when
            the jurisdiction has no standard in force or no longer exists (naming its successor).
        InvalidInput: for an unknown jurisdiction.
    """
    check_date(on)
    return _find(jurisdiction).standard_in_force(on=on)


def legal_data(
    *, on: dt.date | None = None, standard: Standard | None = None, jurisdiction: str = "VN"
) -> tuple[LegalDatum, ...]:
    """Every legal datum the standards of a jurisdiction use, with its citation and verification status.

    Args:
        on: Only the data of the standard in force on that date; every standard of the jurisdiction if ``None``.
        standard: Audit this standard instead (for example one with overridden values, or loaded from a file).
        jurisdiction: ``"VN"`` (the national standards, the default) or a province's code.

    Returns:
        The data, standard by standard in date order.

    Raises:
        NoRuleInForce: if ``on`` is given and the jurisdiction has no standard in force then.
    """
    if standard is not None:
        instance("standard", standard, Standard, "a giamngheo.Standard or None")
        chosen = [standard]
    elif on is not None:
        check_date(on)
        chosen = [_find(jurisdiction).standard_in_force(on=on)]
    else:
        timeline = _find(jurisdiction).standards
        chosen = [] if timeline is None else [s for _, s in timeline]
    return tuple(d for s in chosen for d in standard_data(s))
