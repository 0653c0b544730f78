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
import functools

import attrs

from giamngheo._checks import check_date, instance
from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Verification
from giamngheo._model import Standard
from giamngheo._national import LegalDatum, standard_data
from giamngheo._units import ARRANGEMENT_2025, RESOLUTION_202_2025, locate
from giamngheo.provinces import JURISDICTIONS, NATIONAL, Jurisdiction, JurisdictionLevel, jurisdiction

__all__ = [
    "JURISDICTIONS",
    "NATIONAL",
    "RESOLUTION_202_2025",
    "Jurisdiction",
    "JurisdictionLevel",
    "Territory",
    "builtin_standard",
    "builtin_standards",
    "jurisdiction",
    "legal_data",
    "standard_in_force",
    "territory",
]


_SGGP = "https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html"

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


@functools.cache
def builtin_standards() -> dict[str, Standard]:
    """Every built-in standard, national and provincial, by its id (``"vn-2022-2025"``), sorted by id."""
    found = {s.id: s for j in JURISDICTIONS.values() if j.standards is not None for _, s in j.standards}
    return dict(sorted(found.items()))


def builtin_standard(standard_id: str, *, field: str = "standard") -> Standard:
    """The built-in standard whose id is ``standard_id``, national or provincial.

    Raises:
        InvalidInput: naming ``field``, for an id no built-in standard has (the message lists the known ones).
    """
    instance("standard_id", standard_id, str, "a standard id (text)")
    found = builtin_standards().get(standard_id)
    if found is None:
        known = ", ".join(builtin_standards())
        raise InvalidInput(field, f"no built-in standard {standard_id!r}; known: {known}")
    return found


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
