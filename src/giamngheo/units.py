"""Việt Nam's administrative units, before and after the 2025 arrangement, and where a household lives.

The provinces, communes and wards of the arrangement in force since 1 July 2025 (:data:`ARRANGEMENT_2025`), what
each was formed from (:func:`predecessors`, :func:`successors`), and the former province whose rules a household
of a merged province keeps (:func:`former_province`). Every name here is also at the top of :mod:`giamngheo`;
this namespace gathers them by topic.
"""

from __future__ import annotations

from giamngheo._units import (
    ARRANGEMENT_2025,
    AdministrativeUnit,
    Location,
    Succession,
    UnitKind,
    administrative_unit,
    area_of_commune,
    communes,
    former_province,
    locate,
    predecessors,
    successors,
)

__all__ = [
    "ARRANGEMENT_2025",
    "AdministrativeUnit",
    "Location",
    "Succession",
    "UnitKind",
    "administrative_unit",
    "area_of_commune",
    "communes",
    "former_province",
    "locate",
    "predecessors",
    "successors",
]
