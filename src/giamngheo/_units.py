"""Administrative units by date, and the area (urban or rural) of a commune.

A household located by its commune-level unit (the five-digit GSO code of its phường, thị trấn or xã) gets its
area from that unit's type on the date asked: a phường (ward) or thị trấn (township) is urban (thành thị), a xã
(commune) rural (nông thôn). Units change type (xã An Điền became phường An Điền on 2024-05-01), so each unit has
versions with half-open validity windows, and every lookup takes ``on``.

The library encodes the units of Bình Dương province (GSO code ``"74"``) from 2019-12-01, the date of the earliest
GSO list read, until 2025-07-01, when the province became part of Hồ Chí Minh City (``"79"``) and the district
level ended; the merged city's units are not encoded, so a later date raises :class:`NoRuleInForce` naming
``"79"``.

The units are package data (``giamngheo/data/units/*.json``), read on first use: importing giamngheo does not
read them. Each unit version names the GSO lists it was read in (``daohoangson/dvhcvn@commit:data/dvhcvn.json``)
and the sources of the changes that started and ended it.

References:
    * ``../shared/research/provincial.md`` §5, and the sources listed in ``data/units/74-binh-duong.json``.
    * Luật Tổ chức chính quyền địa phương 77/2015/QH13, Điều 4 (local government in rural and urban units), as
      summarised by luatdaiduonglong.com and luatminhkhue.vn.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._instruments import LOCAL_GOVERNMENT_LAW_2015
from giamngheo._legal import Citation, Cited, Verification, Window
from giamngheo._model import Area, Text

__all__ = ["AdministrativeUnit", "UnitKind", "administrative_unit", "area_of_commune", "communes"]


class UnitKind(enum.Enum):
    """The type of an administrative unit (loại đơn vị hành chính), at its level.

    Level 1 is the province, level 2 the district level (cấp huyện), level 3 the commune level (cấp xã).
    """

    #: Tỉnh (level 1).
    PROVINCE = "province"
    #: Thành phố thuộc tỉnh: a city under a province (level 2).
    CITY = "city"
    #: Thị xã: a district-level town (level 2).
    TOWN = "town"
    #: Huyện: a rural district (level 2).
    DISTRICT = "district"
    #: Phường: a ward (level 3, urban).
    WARD = "ward"
    #: Thị trấn: a township (level 3, urban).
    TOWNSHIP = "township"
    #: Xã: a commune (level 3, rural).
    COMMUNE = "commune"

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
    UnitKind.CITY: Text("thành phố", "provincial city"),
    UnitKind.TOWN: Text("thị xã", "district-level town"),
    UnitKind.DISTRICT: Text("huyện", "rural district"),
    UnitKind.WARD: Text("phường", "ward"),
    UnitKind.TOWNSHIP: Text("thị trấn", "township"),
    UnitKind.COMMUNE: Text("xã", "commune"),
}
_KIND_LEVELS = {
    UnitKind.PROVINCE: 1,
    UnitKind.CITY: 2,
    UnitKind.TOWN: 2,
    UnitKind.DISTRICT: 2,
    UnitKind.WARD: 3,
    UnitKind.TOWNSHIP: 3,
    UnitKind.COMMUNE: 3,
}
#: The types as the GSO list writes them (the ``type`` of the data files).
_GSO_TYPES = {
    "Tỉnh": UnitKind.PROVINCE,
    "Thành phố": UnitKind.CITY,
    "Thị xã": UnitKind.TOWN,
    "Huyện": UnitKind.DISTRICT,
    "Phường": UnitKind.WARD,
    "Thị trấn": UnitKind.TOWNSHIP,
    "Xã": UnitKind.COMMUNE,
}
_URBAN_KINDS = frozenset({UnitKind.WARD, UnitKind.TOWNSHIP})


@attrs.frozen
class AdministrativeUnit:
    """One version of an administrative unit: what it was between two dates.

    Attributes:
        code: Its GSO code: two digits for a province, three for a district-level unit, five for a commune-level one.
        name: Its Vietnamese name with its type, as the GSO list writes it (``"Phường An Điền"``).
        kind: Its type: tỉnh, thành phố, thị xã, huyện, phường, thị trấn or xã.
        parent: The code of the unit it belongs to (``None`` for a province).
        province: The code of its province.
        window: The dates on which this version is in force, ``[start, end)``.
        start_is_lower_bound: ``True`` if the unit existed before ``window.start`` too: that start is only the first
            day the library's data cover (the date of the earliest list read), not a change.
        verification: How far this version has been checked: the weakest of the lists it was read in and of the
            sources of the changes that start and end it.
        evidence: The lists it was read in (``owner/repo@commit:path``), then the sources of its changes.
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


def administrative_unit(code: str, *, on: dt.date) -> AdministrativeUnit:
    """The administrative unit with GSO code ``code`` as it is on ``on``.

    Args:
        code: The GSO code as a string of digits: ``"74"``, ``"721"``, ``"25840"``.
        on: The date.

    Raises:
        InvalidInput: if ``code`` is not a string of digits or no unit has that code (field ``code``), or ``on`` is
            not a date (field ``on``).
        NoRuleInForce: if the unit is encoded but not on ``on``; the error says when it was encoded, and after
            2025-07-01 names the successor of Bình Dương, ``"79"``, in ``successor``.
    """
    code = _check_code(code, "code")
    on = _check_on(on)
    registry = _registry()
    versions = registry.units.get(code)
    if versions is None:
        raise InvalidInput("code", f"no administrative unit has the code {code!r}; encoded: {_encoded(registry)}")
    for unit in versions:
        if on in unit.window:
            return unit
    encoded = Window(versions[0].window.start, versions[-1].window.end)
    what = f"administrative unit {code} ({versions[-1].name})"
    raise _not_in_force(what, on, encoded, registry.provinces[versions[0].province])


def communes(province: str = "74", *, on: dt.date) -> tuple[AdministrativeUnit, ...]:
    """Every commune-level unit (phường, thị trấn, xã) of ``province`` in force on ``on``, by code.

    Args:
        province: The province's GSO code; only ``"74"`` (Bình Dương) is encoded.
        on: The date.

    Raises:
        InvalidInput: if no units of ``province`` are encoded (field ``province``), or ``on`` is not a date.
        NoRuleInForce: outside the dates the province's units are encoded on; from 2025-07-01 naming the successor.
    """
    province = _check_code(province, "province")
    on = _check_on(on)
    registry = _registry()
    info = registry.provinces.get(province)
    if info is None:
        raise InvalidInput("province", f"no units of province {province!r} are encoded; encoded: {_encoded(registry)}")
    if on not in info.covered:
        raise _not_in_force(f"list of the administrative units of {info.name} ({province})", on, info.covered, info)
    return tuple(unit for unit in registry.communes[province] if on in unit.window)


def area_of_commune(code: str, *, on: dt.date) -> Cited[Area]:
    """The area of a commune-level unit on ``on``: urban for a phường or thị trấn, rural for a xã.

    The citation is Điều 4 of Luật 77/2015/QH13 (khoản 3 for urban, khoản 2 for rural), ``reported``: the law
    classes the local government of a xã as rural and of a phường or thị trấn as urban, but it was seen only in
    secondary summaries, and no poverty standard read defines its areas; that they follow the commune's type is
    standard practice and the library's reading. The evidence ends with the unit's own.

    Args:
        code: The five-digit GSO code of the commune-level unit, e.g. ``"25840"``.
        on: The date.

    Raises:
        InvalidInput: if ``code`` is unknown or is not a commune-level unit (field ``code``), or ``on`` is not a date.
        NoRuleInForce: if the unit is not in force on ``on`` (from 2025-07-01 naming the successor, ``"79"``).
    """
    unit = administrative_unit(code, on=on)
    if unit.level != _COMMUNE_LEVEL:
        raise InvalidInput(
            "code",
            f"{code} is {unit.name}, a {unit.kind.label_en} ({unit.kind.label_vi}); the area is decided by the "
            "commune-level unit (phường, thị trấn or xã): give its five-digit code",
        )
    area = Area.URBAN if unit.kind in _URBAN_KINDS else Area.RURAL
    return Cited(area, _area_citation(unit, area))


_COMMUNE_LEVEL = 3
_AREA_EVIDENCE = (
    "https://luatdaiduonglong.com/van-ban-luat/luat-to-chuc-chinh-quyen-dia-phuong-so-77-2015-qh13.html",
    "https://luatminhkhue.vn/chinh-quyen-dia-phuong-o-nong-thon-la-gi-chinh-quyen-dia-phuong-o-do-thi-la-gi.aspx",
)
_AREA_NOTE = (
    "Luật 77/2015/QH13 classes the local government of a xã as rural (nông thôn) and of a phường or thị trấn as "
    "urban (đô thị); its wording was seen only in secondary summaries, and the article and clause numbers are the "
    "library's reading of their order. No poverty standard read (QĐ 59/2015/QĐ-TTg, NĐ 07/2021/NĐ-CP) defines its "
    "rural and urban areas: that they follow the commune's type is standard practice and the library's reading, "
    "not confirmed from a legal text."
)


def _area_citation(unit: AdministrativeUnit, area: Area) -> Citation:
    """The citation of the area of ``unit``."""
    since = unit.window.start.isoformat()
    if unit.start_is_lower_bound:
        since += " (at least: the earliest list read)"
    return LOCAL_GOVERNMENT_LAW_2015.cite(
        article=4,
        clause=3 if area is Area.URBAN else 2,
        verification=Verification.REPORTED,
        evidence=_unique((*_AREA_EVIDENCE, *unit.evidence)),
        note=f"{unit.name} ({unit.code}) is a {unit.kind.label_vi} from {since} to {unit.window.last_day}. {_AREA_NOTE}",
    )


def _check_code(code: object, field: str) -> str:
    """``code`` if it is a string of ASCII digits, else :class:`InvalidInput` naming ``field``."""
    if not isinstance(code, str) or not (code.isascii() and code.isdigit()):
        raise InvalidInput(field, f"must be a GSO code written as a string of digits, e.g. '25840', got {code!r}")
    return code


def _check_on(on: object) -> dt.date:
    """``on`` if it is a date (not a datetime), else :class:`InvalidInput`."""
    if type(on) is not dt.date:
        raise InvalidInput("on", f"must be a datetime.date (not a datetime or a string), got {on!r}")
    return on


def _not_in_force(what: str, on: dt.date, encoded: Window, province: _Province) -> NoRuleInForce:
    """The error for ``what``, encoded on ``encoded`` only, asked for on ``on``."""
    covered = (encoded.start, encoded.end)
    if province.successor is not None and on >= province.covered.end:
        hint = (
            f"from {province.covered.end.isoformat()} {province.name} ({province.code}) is part of "
            f"{province.successor_name} ({province.successor}), whose units giamngheo does not encode"
        )
        return NoRuleInForce(what, on, covered, successor=province.successor, hint=hint)
    if on < province.covered.start:
        hint = (
            f"giamngheo's units of {province.name} start on {province.covered.start.isoformat()}, "
            "the date of the earliest GSO list read"
        )
        return NoRuleInForce(what, on, covered, hint=hint)
    return NoRuleInForce(what, on, covered)


def _encoded(registry: _Registry) -> str:
    """The provinces whose units are encoded, for messages."""
    return ", ".join(f"the units of {p.name} ({p.code})" for p in registry.provinces.values())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """``items`` without repeats, in order."""
    return tuple(dict.fromkeys(items))


# --- the package data -------------------------------------------------------------------------------------------


class _Province:
    """A province whose units are encoded: the dates they cover and who took the province over.

    A plain class (as is :class:`_Registry`): classes built at import time cost import time, and these two are
    private.
    """

    __slots__ = ("code", "covered", "name", "successor", "successor_name")

    def __init__(
        self, code: str, name: str, covered: Window, successor: str | None, successor_name: str | None
    ) -> None:
        self.code = code
        self.name = name
        self.covered = covered
        self.successor = successor
        self.successor_name = successor_name


class _Registry:
    """Every unit version by code (in date order), and the encoded provinces with their commune-level units."""

    __slots__ = ("communes", "provinces", "units")

    def __init__(
        self,
        units: Mapping[str, tuple[AdministrativeUnit, ...]],
        provinces: Mapping[str, _Province],
        communes: Mapping[str, tuple[AdministrativeUnit, ...]],
    ) -> None:
        self.units = units
        self.provinces = provinces
        self.communes = communes


@functools.cache
def _registry() -> _Registry:
    """Read the package data on first use and check that each code's windows tile inside its province's range."""
    import json  # noqa: PLC0415 - read on first use, so that importing giamngheo stays fast
    from importlib import resources  # noqa: PLC0415 - same

    units: dict[str, list[AdministrativeUnit]] = {}
    provinces: dict[str, _Province] = {}
    folder = resources.files("giamngheo") / "data" / "units"
    for entry in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if entry.name.endswith(".json"):
            _read(entry.name, json.loads(entry.read_text(encoding="utf-8")), units, provinces)
    for code, versions in units.items():
        versions.sort(key=lambda unit: unit.window.start)
        for before, after in itertools.pairwise(versions):
            if before.window.end != after.window.start:
                raise InvalidInput("units", f"the versions of unit {code} must tile: {before.window}, {after.window}")
        covered = provinces[versions[0].province].covered
        if not (covered.start <= versions[0].window.start and versions[-1].window.end <= covered.end):
            raise InvalidInput("units", f"unit {code} is dated outside its province's range {covered}")
    by_code = {code: tuple(versions) for code, versions in sorted(units.items())}
    communes = {
        province: tuple(
            unit
            for versions in by_code.values()
            for unit in versions
            if unit.province == province and unit.level == _COMMUNE_LEVEL
        )
        for province in provinces
    }
    return _Registry(units=by_code, provinces=provinces, communes=communes)


def _read(
    name: str,
    doc: Mapping[str, Any],
    units: dict[str, list[AdministrativeUnit]],
    provinces: dict[str, _Province],
) -> None:
    """Add the province and unit versions of one data file to ``units`` and ``provinces``."""
    province, coverage, successor = doc["province"], doc["coverage"], doc.get("successor")
    code = province["code"]
    if code in provinces:
        raise InvalidInput("units", f"{name}: province {code} is already encoded")
    provinces[code] = _Province(
        code=code,
        name=province["name"],
        covered=Window(dt.date.fromisoformat(coverage["start"]), dt.date.fromisoformat(coverage["end"])),
        successor=None if successor is None else successor["code"],
        successor_name=None if successor is None else successor["name"],
    )
    sources: Mapping[str, Mapping[str, Any]] = doc["sources"]
    changes: dict[str | None, Mapping[str, Any] | None] = {change["id"]: change for change in doc["changes"]}
    changes[None] = None
    for row in doc["units"]:
        seen = [sources[key] for key in row["seen_in"]]
        if not any(source["read"] for source in seen):
            raise InvalidInput("units", f"{name}: unit {row['code']} was read in no list")
        started, ended = changes[row["start_change"]], changes[row["end_change"]]
        dated = [change for change in (started, ended) if change is not None]
        statuses = [Verification(item["verification"]) for item in (*seen, *dated)]
        unit = AdministrativeUnit(
            code=row["code"],
            name=row["name"],
            kind=_GSO_TYPES[row["type"]],
            parent=row["parent"],
            province=code,
            window=Window(dt.date.fromisoformat(row["start"]), dt.date.fromisoformat(row["end"])),
            start_is_lower_bound=row["start_is_lower_bound"],
            verification=max(statuses, key=list(Verification).index),
            evidence=_unique(
                [source["ref"] for source in seen if source["read"]]
                + [url for change in dated for url in change["evidence"]]
            ),
            note=_version_note(row, started, ended),
        )
        units.setdefault(unit.code, []).append(unit)


def _version_note(row: Mapping[str, Any], started: Mapping[str, Any] | None, ended: Mapping[str, Any] | None) -> str:
    """What started and ended a unit version, in English."""
    parts = []
    if started is None:
        parts.append(f"In force from at least {row['start']} (the earliest list read).")
    else:
        parts.append(f"From {started['effective']}{_resolution(started)}: {started['summary_en']}")
    if ended is not None:
        parts.append(f"Until {ended['effective']}{_resolution(ended)}: {ended['summary_en']}")
    return " ".join(parts)


def _resolution(change: Mapping[str, Any]) -> str:
    """`` (Nghị quyết 1012/NQ-UBTVQH15)``, or nothing where the resolution is not known."""
    number = change["resolution"]
    return "" if number is None else f" (Nghị quyết {number})"
