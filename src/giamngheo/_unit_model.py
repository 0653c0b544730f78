"""What an administrative unit is: its kinds, its versions over time, its successions, and the 2025 arrangement.

References:
    * See :mod:`giamngheo._units`, whose data these classes hold.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Text

#: The first day of the 2025 arrangement: the new provinces and commune-level units, and no district level.
ARRANGEMENT_2025 = dt.date(2025, 7, 1)
#: The first day after the library's coverage (its last standard ends on 2030-12-31): units in force "until changed".
_COVERAGE_END = dt.date(2031, 1, 1)

RESOLUTION_202_2025 = Instrument(
    number="202/2025/QH15",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025",
    title_en="On the rearrangement of provincial-level administrative units in 2025",
    signed=dt.date(2025, 6, 12),
    effective=dt.date(2025, 6, 12),
    url="https://beta.daidoanket.vn/tag/phuong-an-bo-tri",
    verification=Verification.QUOTED,
)


LOCAL_GOVERNMENT_LAW_2025 = Instrument(
    number="72/2025/QH15",
    kind=InstrumentKind.LAW,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Luật Tổ chức chính quyền địa phương",
    title_en="Law on the Organisation of Local Government",
    # Passed 16/06/2025 and in force on passing, as reported; the article of its entry into force was not read.
    signed=dt.date(2025, 6, 16),
    effective=dt.date(2025, 6, 16),
    url="https://th-giamien-langson.violet.vn/present/luat-to-chuc-chinh-quyen-dia-phuong-14799445.html",
    verification=Verification.REPORTED,
)


class UnitKind(enum.Enum):
    """The type of an administrative unit (loại đơn vị hành chính), at its level.

    Level 1 is the province, level 2 the district level (cấp huyện, until 2025-06-30), level 3 the commune level
    (cấp xã).
    """

    #: Tỉnh (level 1).
    PROVINCE = "province"
    #: Thành phố trực thuộc trung ương: a centrally governed city (level 1).
    MUNICIPALITY = "municipality"
    #: Thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương): a city (level 2).
    CITY = "city"
    #: Thị xã: a district-level town (level 2).
    TOWN = "town"
    #: Quận: an urban district (level 2).
    URBAN_DISTRICT = "urban_district"
    #: Huyện: a rural district (level 2).
    DISTRICT = "district"
    #: Phường: a ward (level 3, urban).
    WARD = "ward"
    #: Thị trấn: a township (level 3, urban; none after 2025-06-30).
    TOWNSHIP = "township"
    #: Xã: a commune (level 3, rural).
    COMMUNE = "commune"
    #: Đặc khu: a special zone (level 3, from 2025-07-01, on islands).
    SPECIAL_ZONE = "special_zone"

    @property
    def level(self) -> int:
        """1 for a province, 2 for a district-level unit, 3 for a commune-level unit."""
        return _KIND_LEVELS[self]

    @property
    def label_vi(self) -> str:
        """The Vietnamese name of the type: ``"phường"``."""
        return _KIND_LABELS[self].vi

    @property
    def label_en(self) -> str:
        """An English name of the type: ``"ward"``."""
        return _KIND_LABELS[self].en

    def label(self, lang: str) -> str:
        """The name of the type in ``lang`` (``"vi"`` or ``"en"``)."""
        return _KIND_LABELS[self](lang)


_KIND_LABELS = {
    UnitKind.PROVINCE: Text("tỉnh", "province"),
    UnitKind.MUNICIPALITY: Text("thành phố trực thuộc trung ương", "centrally governed city"),
    UnitKind.CITY: Text("thành phố", "city"),
    UnitKind.TOWN: Text("thị xã", "district-level town"),
    UnitKind.URBAN_DISTRICT: Text("quận", "urban district"),
    UnitKind.DISTRICT: Text("huyện", "rural district"),
    UnitKind.WARD: Text("phường", "ward"),
    UnitKind.TOWNSHIP: Text("thị trấn", "township"),
    UnitKind.COMMUNE: Text("xã", "commune"),
    UnitKind.SPECIAL_ZONE: Text("đặc khu", "special zone"),
}
_KIND_LEVELS = {
    UnitKind.PROVINCE: 1,
    UnitKind.MUNICIPALITY: 1,
    UnitKind.CITY: 2,
    UnitKind.TOWN: 2,
    UnitKind.URBAN_DISTRICT: 2,
    UnitKind.DISTRICT: 2,
    UnitKind.WARD: 3,
    UnitKind.TOWNSHIP: 3,
    UnitKind.COMMUNE: 3,
    UnitKind.SPECIAL_ZONE: 3,
}
#: The types as Bình Dương's dated file writes them (the GSO list's ``type``).
_GSO_TYPES = {
    "Tỉnh": UnitKind.PROVINCE,
    "Thành phố": UnitKind.CITY,
    "Thị xã": UnitKind.TOWN,
    "Huyện": UnitKind.DISTRICT,
    "Phường": UnitKind.WARD,
    "Thị trấn": UnitKind.TOWNSHIP,
    "Xã": UnitKind.COMMUNE,
}
#: The types by the prefix of the name, at each level, as the national table writes them.
_PREFIXES: dict[int, tuple[tuple[str, UnitKind], ...]] = {
    1: (("Tỉnh ", UnitKind.PROVINCE), ("Thành phố ", UnitKind.MUNICIPALITY)),
    2: (
        ("Quận ", UnitKind.URBAN_DISTRICT),
        ("Huyện ", UnitKind.DISTRICT),
        ("Thị xã ", UnitKind.TOWN),
        ("Thành phố ", UnitKind.CITY),
    ),
    3: (
        ("Phường ", UnitKind.WARD),
        ("Thị trấn ", UnitKind.TOWNSHIP),
        ("Xã ", UnitKind.COMMUNE),
        ("Đặc khu ", UnitKind.SPECIAL_ZONE),
    ),
}
_URBAN_KINDS = frozenset({UnitKind.WARD, UnitKind.TOWNSHIP})
_RURAL_KINDS = frozenset({UnitKind.COMMUNE})
_COMMUNE_LEVEL = 3


@attrs.frozen
class AdministrativeUnit:
    """One version of an administrative unit: what it was between two dates.

    Attributes:
        code: Its GSO code: two digits for a province, three for a district-level unit, five for a commune-level one.
        name: Its Vietnamese name with its type (``"Phường An Điền"``).
        kind: Its type: tỉnh, thành phố, quận, huyện, thị xã, phường, thị trấn, xã or đặc khu.
        parent: The code of the unit it belongs to (``None`` for a province).
        province: The code of its province.
        window: The dates on which this version is in force, ``[start, end)``; a unit of the 2025 map ends on
            2031-01-01, the end of the library's coverage, meaning "until changed".
        start_is_lower_bound: ``True`` if the unit existed before ``window.start`` too: that start is only the first
            day the library's data cover (the date of the earliest list read), not a change.
        verification: How far this version has been checked: the weakest of the lists it was read in and of the
            sources of the changes that start and end it.
        evidence: The lists it was read in, then the sources of its changes.
        note: The changes that started and ended this version, with their resolutions.
    """

    code: str
    name: str
    kind: UnitKind
    parent: str | None
    province: str
    window: Window
    start_is_lower_bound: bool
    verification: Verification
    evidence: tuple[str, ...]
    note: str = ""

    @property
    def level(self) -> int:
        """1 for a province, 2 for a district-level unit, 3 for a commune-level unit."""
        return self.kind.level

    def label(self) -> str:
        """``"Xã Định Hiệp (25798)"``."""
        return f"{self.name} ({self.code})"


@attrs.frozen
class Succession:
    """An old unit and a unit of the 2025 map that took over its territory, in whole or in part.

    Attributes:
        old: The old unit, as it was on 2025-06-30.
        new: The unit in force from 2025-07-01.
        whole: ``True`` if the whole old unit went into ``new``; ``False`` if the old unit was divided.
        default: For a divided old unit, whether ``new`` is the successor the data source names as its default for
            addresses (a convention of the source, not a legal designation); ``True`` for a whole unit.
        citation: The resolution that made the change, with its verification status.
    """

    old: AdministrativeUnit
    new: AdministrativeUnit
    whole: bool
    default: bool
    citation: Citation

    def describe(self, lang: str = "en") -> str:
        """``"Xã Định Hiệp (25798) has been part of Xã Dầu Tiếng (25777) since 2025-07-01 (Nghị quyết …)"``."""
        since = self.new.window.start
        provision = self.citation.render(lang)
        if lang == "vi":
            how = "thuộc" if self.whole else "một phần thuộc"
            return f"{self.old.label()} {how} {self.new.label()} từ {since.strftime('%d/%m/%Y')} ({provision})"
        how = "part of" if self.whole else "partly in"
        return f"{self.old.label()} has been {how} {self.new.label()} since {since.isoformat()} ({provision})"


@attrs.frozen
class Location:
    """Where a commune code places a household on a date: the unit in force there, following the 2025 lineage.

    Attributes:
        code: The code given.
        on: The date.
        units: The unit in force on ``on`` with that territory: the unit ``code`` itself, its successor, or, for an
            old unit divided between several new ones, every candidate.
        via: The successions followed from the old unit (empty when ``code`` itself is in force).
    """

    code: str
    on: dt.date
    units: tuple[AdministrativeUnit, ...]
    via: tuple[Succession, ...] = ()

    @property
    def unit(self) -> AdministrativeUnit:
        """The single unit in force there.

        Raises:
            InvalidInput: if the old unit was divided between several units (field ``commune``), naming them.
        """
        if len(self.units) == 1:
            return self.units[0]
        raise InvalidInput("commune", self.divided())

    @property
    def followed(self) -> bool:
        """Whether the code was followed from the old map (not a code of the new map, nor one it kept whole)."""
        return bool(self.via) and not (len(self.via) == 1 and self.via[0].new.code == self.code)

    @property
    def former_provinces(self) -> frozenset[str]:
        """The old provinces (as before 2025-07-01) whose territory this location lies in.

        Before 2025-07-01 the unit's province; for an old code followed, the old unit's; for a code of the 2025 map
        (or kept by it), the provinces of the old units that formed the unit, possibly several.
        """
        if self.on < ARRANGEMENT_2025:
            return frozenset({self.units[0].province})
        if self.followed:
            return frozenset({self.via[0].old.province})
        from giamngheo._units import predecessors  # noqa: PLC0415 - the lookups are built on these classes

        return frozenset(s.old.province for unit in self.units for s in predecessors(unit.code))

    def divided(self) -> str:
        """The message for an old unit divided between several units: which, when, by which resolution."""
        return f"{self.describe('en')}: give the new unit's code"

    def describe(self, lang: str = "en") -> str:
        """How the code was followed to the unit in force, or ``""`` when it is itself in force."""
        if len(self.via) < 2:  # one succession, or none
            return "; ".join(s.describe(lang) for s in self.via)
        old, names = self.via[0].old, ", ".join(s.new.label() for s in self.via)
        provision = self.via[0].citation.render(lang)
        if lang == "vi":
            return f"{old.label()} được chia cho {names} từ {ARRANGEMENT_2025.strftime('%d/%m/%Y')} ({provision})"
        return f"{old.label()} was divided on {ARRANGEMENT_2025.isoformat()} between {names} ({provision})"


_WHOLE, _PART_DEFAULT, _PART = 0, 1, 2


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """``items`` without repeats, in order."""
    return tuple(dict.fromkeys(items))
