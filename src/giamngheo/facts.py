"""The facts an officer records about a household: its members, its dwelling and the choices they are given in.

Every name here is also at the top of :mod:`giamngheo` (``gn.Household``, ``gn.Member``), where the most used
ones stay; this namespace gathers them by topic. Every field may be left unknown (``None``): an unknown field
never counts as "not deprived" (see :mod:`giamngheo.rules`). :func:`field_label` names a field's path (as an
error or an undetermined result gives it) the way an officer reads it on the form.

>>> import datetime as dt
>>> from giamngheo import facts
>>> facts.age_on(dt.date(2017, 2, 28), on=dt.date(2023, 2, 28))
6
>>> facts.field_label("members[0].disability", "vi")
'thành viên thứ 1: người khuyết tật'
"""

from __future__ import annotations

from giamngheo._fact_labels import field_label
from giamngheo._facts import (
    Device,
    Dwelling,
    Education,
    Employment,
    Latrine,
    Material,
    Member,
    Nutrition,
    Sex,
    WaterSource,
    age_on,
)
from giamngheo._household import Household

__all__ = [
    "Device",
    "Dwelling",
    "Education",
    "Employment",
    "Household",
    "Latrine",
    "Material",
    "Member",
    "Nutrition",
    "Sex",
    "WaterSource",
    "age_on",
    "field_label",
]
