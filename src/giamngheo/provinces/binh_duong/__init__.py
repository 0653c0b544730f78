"""Bình Dương (74): its standards, its support policies and its merger into Hồ Chí Minh City on 2025-07-01.

References:
    * Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025, passed 12/06/2025 and
      in force on passing ("Nghị quyết có hiệu lực ngay từ ngày được thông qua"); the merged provincial
      governments operate from 01/07/2025.
      https://baomoi.net.vn/quoc-hoi-thong-qua-nghi-quyet-lich-su-sap-nhap-tinh-thanh-c52485428.epi ;
      https://beta.daidoanket.vn/tag/phuong-an-bo-tri ; https://www.tuoitrephuyen.vn/tag/bi%E1%BB%83u-quy%E1%BA%BFt ;
      https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html
    * Its standards: :mod:`giamngheo.provinces.binh_duong.standards`; its policies:
      :mod:`giamngheo.provinces.binh_duong.policies`, each with its own References.
"""

from __future__ import annotations

from giamngheo._lazy import lazy_names
from giamngheo._legal import Timeline, Verification, Window
from giamngheo._model import Text
from giamngheo._units import ARRANGEMENT_2025, RESOLUTION_202_2025
from giamngheo.provinces._jurisdiction import Jurisdiction, JurisdictionLevel
from giamngheo.provinces.binh_duong import standards
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = ["JURISDICTION", "policies", "standards"]

# Its policies are for entitlements, not for assessing: imported when first asked for.
__getattr__, __dir__ = lazy_names(globals(), {"policies": "giamngheo.provinces.binh_duong.policies"})

_BAOMOI = "https://baomoi.net.vn/quoc-hoi-thong-qua-nghi-quyet-lich-su-sap-nhap-tinh-thanh-c52485428.epi"
_DAIDOANKET = "https://beta.daidoanket.vn/tag/phuong-an-bo-tri"
_TUOITRE = "https://www.tuoitrephuyen.vn/tag/bi%E1%BB%83u-quy%E1%BA%BFt"
_SGGP = "https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html"

#: Bình Dương's record: its window, standards, policies and successor.
JURISDICTION = Jurisdiction(
    code="74",
    name=Text("Bình Dương", "Bình Dương"),
    level=JurisdictionLevel.PROVINCE,
    # Covered from the start of the library's national coverage (the province was re-established in 1997).
    window=Window(NATIONAL_STANDARDS.covered.start, ARRANGEMENT_2025),
    standards=Timeline(
        Text("chuẩn nghèo của tỉnh Bình Dương (74)", "poverty standard of Bình Dương (74)"),
        tuple((s.window, s) for s in standards.STANDARDS),
    ),
    successor="79",
    succession=RESOLUTION_202_2025.cite(
        verification=Verification.QUOTED,
        evidence=(_BAOMOI, _DAIDOANKET, _TUOITRE, _SGGP),
        note="Passed and in force on 12/06/2025; the merged city's government operates from 01/07/2025.",
    ),
    instruments=standards.INSTRUMENTS,
    policy_module="giamngheo.provinces.binh_duong.policies",
    former_territory=Window(ARRANGEMENT_2025, NATIONAL_STANDARDS.covered.end),
    note=Text(
        "chuẩn nghèo 2022-2025 của tỉnh chỉ có dự thảo (hai phương án), xem examples/standards/",
        "its 2022-2025 standard is known only as a draft with two options: see examples/standards/ and "
        "gn.load_standard",
    ),
)
