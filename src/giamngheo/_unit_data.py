"""The administrative units shipped with the package (``data/units/``), read once, on first use."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Mapping
from typing import Any

from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Instrument, InstrumentKind, Verification, Window
from giamngheo._unit_model import (
    _COMMUNE_LEVEL,
    _COVERAGE_END,
    _GSO_TYPES,
    _PREFIXES,
    ARRANGEMENT_2025,
    RESOLUTION_202_2025,
    AdministrativeUnit,
    UnitKind,
    _unique,
)

# --- the package data -------------------------------------------------------------------------------------------

_NATIONAL_FILE = "vn-2025.json"
_RESOLUTIONS_FILE = "resolutions-2025.json"


class _Registry:
    """Every unit version by code (in date order), commune-level units by province, and the 2025 lineage.

    A plain class: classes built at import time cost import time, and this one is private.
    """

    __slots__ = ("communes", "predecessors", "resolutions", "successors", "units")

    def __init__(
        self,
        units: Mapping[str, tuple[AdministrativeUnit, ...]],
        communes: Mapping[str, tuple[AdministrativeUnit, ...]],
        successors: Mapping[str, tuple[tuple[str, int], ...]],
        predecessors: Mapping[str, tuple[tuple[str, int], ...]],
        resolutions: Mapping[str, Citation],
    ) -> None:
        self.units = units
        self.communes = communes
        self.successors = successors
        self.predecessors = predecessors
        self.resolutions = resolutions

    def arrangement_citation(self, province: str) -> Citation:
        """The resolution that arranged the commune-level units of the new province ``province``."""
        return self.resolutions[province]


@functools.cache
def _registry() -> _Registry:
    """Read the package data on first use and check that each code's windows tile."""
    import json  # noqa: PLC0415 - read on first use, so that importing giamngheo stays fast
    from importlib import resources  # noqa: PLC0415 - same

    units: dict[str, list[AdministrativeUnit]] = {}
    folder = resources.files("giamngheo") / "data" / "units"
    national = json.loads((folder / _NATIONAL_FILE).read_text(encoding="utf-8"))
    resolutions = _resolutions(json.loads((folder / _RESOLUTIONS_FILE).read_text(encoding="utf-8")), national)
    for entry in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if entry.name.endswith(".json") and entry.name[:2].isdigit():
            _read_dated(entry.name, json.loads(entry.read_text(encoding="utf-8")), units)
    successors, predecessors = _read_national(national, resolutions, units)
    for code, versions in units.items():
        versions.sort(key=lambda unit: unit.window.start)
        for before, after in itertools.pairwise(versions):
            if before.window.end != after.window.start:
                raise InvalidInput("units", f"the versions of unit {code} must tile: {before.window}, {after.window}")
    by_code = {code: tuple(versions) for code, versions in sorted(units.items())}
    by_province: dict[str, list[AdministrativeUnit]] = {}
    for dated in by_code.values():
        for unit in dated:
            if unit.level == _COMMUNE_LEVEL:
                by_province.setdefault(unit.province, []).append(unit)
    return _Registry(
        units=by_code,
        communes={province: tuple(found) for province, found in sorted(by_province.items())},
        successors=successors,
        predecessors=predecessors,
        resolutions=resolutions,
    )


def _resolutions(doc: Mapping[str, Any], national: Mapping[str, Any]) -> dict[str, Citation]:
    """The citation of the arrangement of each new province's commune-level units (an unconfirmed one if unknown)."""
    known: Mapping[str, Mapping[str, Any]] = doc["communes"]
    found: dict[str, Citation] = {}
    for code, name, _ in national["new"]["provinces"]:
        row = known.get(code)
        if row is None:
            found[code] = RESOLUTION_202_2025.cite(
                verification=Verification.UNCONFIRMED,
                evidence=tuple(doc["provinces"]["evidence"]),
                note=(
                    f"The province-level arrangement; the Standing Committee's resolution arranging the commune-level "
                    f"units of {name} ({code}) in 2025 is not recorded in giamngheo's data."
                ),
            )
            continue
        instrument = Instrument(
            number=row["number"],
            kind=InstrumentKind.RESOLUTION,
            issuer_vi="Ủy ban Thường vụ Quốc hội",
            issuer_en="Standing Committee of the National Assembly",
            title_vi=f"Về việc sắp xếp các đơn vị hành chính cấp xã của {name} năm 2025",
            title_en=f"On the arrangement of the commune-level administrative units of {name} in 2025",
            signed=_date(row.get("adopted")),
            effective=_date(row.get("effective")),
            url=row["url"],
            verification=Verification(row["verification"]),
        )
        found[code] = instrument.cite(
            verification=Verification(row["verification"]),
            evidence=tuple(row.get("evidence", ())),
            note=row.get("note", ""),
        )
    return found


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _kind(name: str, level: int) -> UnitKind:
    folded = name.casefold()  # the source writes "Thành Phố" and "Thị Xã" for a few units
    for prefix, kind in _PREFIXES[level]:
        if folded.startswith(prefix.casefold()):
            return kind
    raise InvalidInput("units", f"the type of {name!r} (level {level}) is not known")


def _read_national(
    doc: Mapping[str, Any], resolutions: Mapping[str, Citation], units: dict[str, list[AdministrativeUnit]]
) -> tuple[dict[str, tuple[tuple[str, int], ...]], dict[str, tuple[tuple[str, int], ...]]]:
    """Add the units of the national table to ``units``; return the successors and predecessors by code."""
    source = doc["source"]
    ref = f"{source['package']} {source['version']} ({source['url']}), via scripts/gen_units.py"
    old, new = doc["old"], doc["new"]
    last_day = dt.date.fromisoformat(old["in_force_on"])
    before = Window(last_day, ARRANGEMENT_2025)
    after = Window(dt.date.fromisoformat(new["from"]), _COVERAGE_END)
    old_note = (
        f"In force on {last_day.isoformat()}, in the last list before the 2025 arrangement; earlier dates are not "
        f"covered. Until {ARRANGEMENT_2025.isoformat()}: the 2025 arrangement (Nghị quyết 202/2025/QH15 and the "
        "Standing Committee's resolutions on each province's commune-level units)."
    )

    def add(code: str, name: str, *, level: int, parent: str | None, province: str, window: Window, note: str) -> None:
        units.setdefault(code, []).append(
            AdministrativeUnit(
                code=code,
                name=name,
                kind=_kind(name, level),
                parent=parent,
                province=province,
                window=window,
                start_is_lower_bound=window is before,
                verification=Verification.REPORTED,
                evidence=(ref,),
                note=note,
            )
        )

    for code, name in old["provinces"]:
        if code not in units:  # a province with a dated file of its own
            add(code, name, level=1, parent=None, province=code, window=before, note=old_note)
    district_province = {}
    for code, name, province in old["districts"]:
        district_province[code] = province
        add(code, name, level=2, parent=province, province=province, window=before, note=old_note)
    for code, name, district in old["communes"]:
        add(code, name, level=3, parent=district, province=district_province[district], window=before, note=old_note)
    for code, name, merged in new["provinces"]:
        formed = ", ".join(merged)
        note = f"From {after.start.isoformat()} ({RESOLUTION_202_2025.number}): formed from the provinces {formed}."
        add(code, name, level=1, parent=None, province=code, window=after, note=note)
    successors: dict[str, list[tuple[str, int]]] = {}
    predecessors: dict[str, tuple[tuple[str, int], ...]] = {}
    for code, name, province, formed_from in new["communes"]:
        rows = tuple((old_code, part) for old_code, part in formed_from)
        predecessors[code] = rows
        for old_code, part in rows:
            successors.setdefault(old_code, []).append((code, part))
        number = resolutions[province].instrument.number
        note = f"From {after.start.isoformat()} ({number}): formed from {len(rows)} old unit(s)."
        add(code, name, level=3, parent=province, province=province, window=after, note=note)
    return {code: tuple(rows) for code, rows in successors.items()}, predecessors


def _read_dated(name: str, doc: Mapping[str, Any], units: dict[str, list[AdministrativeUnit]]) -> None:
    """Add the unit versions of one province's dated file to ``units``."""
    code = doc["province"]["code"]
    if code in units:
        raise InvalidInput("units", f"{name}: province {code} is already encoded")
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
