"""The registry of jurisdictions: the nation, and one package per province with its own standards and policies.

Each province is a package named after it (``provinces/binh_duong/``): ``standards.py`` and ``policies.py`` hold its
instruments and rules as data, ``__init__.py`` its :class:`Jurisdiction` record (window, successor, notes). A new
province is one such folder and one line in :data:`PROVINCES` below (see the how-to "Add a province").
"""

from __future__ import annotations

from giamngheo._errors import InvalidInput
from giamngheo._model import Text
from giamngheo.provinces import binh_duong, ho_chi_minh_city
from giamngheo.provinces._jurisdiction import Jurisdiction, JurisdictionLevel
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = ["JURISDICTIONS", "NATIONAL", "PROVINCES", "Jurisdiction", "JurisdictionLevel", "jurisdiction"]

#: The nation's record: its standards are the national timeline.
NATIONAL = Jurisdiction(
    code="VN",
    name=Text("Việt Nam", "Viet Nam"),
    level=JurisdictionLevel.NATIONAL,
    window=NATIONAL_STANDARDS.covered,
    standards=NATIONAL_STANDARDS,
)

#: The provinces, one line each: the package of each (its ``JURISDICTION`` record).
PROVINCES = (
    binh_duong,
    ho_chi_minh_city,
)

#: Every jurisdiction by code.
JURISDICTIONS: dict[str, Jurisdiction] = {j.code: j for j in (NATIONAL, *(p.JURISDICTION for p in PROVINCES))}


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
