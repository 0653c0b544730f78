"""Hồ Chí Minh City (79): its standards and its support policies.

References:
    * Its standards: :mod:`giamngheo.provinces.ho_chi_minh_city.standards`; its policies:
      :mod:`giamngheo.provinces.ho_chi_minh_city.policies`, each with its own References.
"""

from __future__ import annotations

from giamngheo._lazy import lazy_names
from giamngheo._legal import Timeline
from giamngheo._model import Text
from giamngheo.provinces._jurisdiction import Jurisdiction, JurisdictionLevel
from giamngheo.provinces.ho_chi_minh_city import standards
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = ["JURISDICTION", "policies", "standards"]

# Its policies are for entitlements, not for assessing: imported when first asked for.
__getattr__, __dir__ = lazy_names(globals(), {"policies": "giamngheo.provinces.ho_chi_minh_city.policies"})

#: Hồ Chí Minh City's record: its window, standards and policies.
JURISDICTION = Jurisdiction(
    code="79",
    name=Text("Thành phố Hồ Chí Minh", "Hồ Chí Minh City"),
    level=JurisdictionLevel.CITY,
    window=NATIONAL_STANDARDS.covered,
    standards=Timeline(
        Text("chuẩn nghèo của Thành phố Hồ Chí Minh (79)", "poverty standard of Hồ Chí Minh City (79)"),
        tuple((s.window, s) for s in standards.STANDARDS),
    ),
    instruments=standards.INSTRUMENTS,
    policy_module="giamngheo.provinces.ho_chi_minh_city.policies",
    note=Text(
        "chưa thấy chuẩn nghèo riêng của thành phố trước 24/01/2014 hoặc từ năm 2026; chuẩn quốc gia vẫn áp dụng",
        "no city standard is known before 2014-01-24 or from 2026; the national standard still applies",
    ),
)
