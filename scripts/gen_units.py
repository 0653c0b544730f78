"""Generate ``src/giamngheo/data/units/vn-2025.json``: Việt Nam's administrative units, old map and new.

The codes, names and the old-to-new lineage come from the MIT-licensed package ``vietnamadminunits`` 1.0.4
(github.com/tranngocminhhieu/vietnamadminunits), read straight from its wheel: the package itself is never
imported, so its heavy runtime dependencies (shapely, geopy) are not needed::

    pip download vietnamadminunits==1.0.4 --no-deps -d /tmp/vau
    python scripts/gen_units.py --wheel /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl

The same wheel gives a byte-identical file (the wheel's SHA-256 is recorded in it). Bình Dương (74) is left out of
the old map: ``74-binh-duong.json`` holds its units with their dated changes since 2019-12-01, and this script
checks that the package's list of 74 agrees with that file on 2025-06-30 (names compared without the placement of
the tone mark, "Hoà" / "Hòa"). The legal instruments of the 2025 arrangement are cited in the hand-checked
``resolutions-2025.json``, not here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "giamngheo" / "data" / "units" / "vn-2025.json"
BINH_DUONG = ROOT / "src" / "giamngheo" / "data" / "units" / "74-binh-duong.json"
PACKAGE, VERSION = "vietnamadminunits", "1.0.4"
#: Whole old unit, part of a divided old unit (the package's default successor), any other part.
WHOLE, PART_DEFAULT, PART = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Read the wheel, check it, write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, required=True, help=f"the {PACKAGE}-{VERSION} wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    digest = hashlib.sha256(args.wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(args.wheel) as wheel, tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "dataset.db"
        database.write_bytes(wheel.read(f"{PACKAGE}/data/dataset.db"))
        converter = json.loads(wheel.read(f"{PACKAGE}/data/converter_2025.json"))
        doc = build(sqlite3.connect(database), converter, digest)
    args.out.write_text(_dump(doc), encoding="utf-8")
    old, new = doc["old"], doc["new"]
    print(
        f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
        f"{len(old['provinces'])} old provinces, {len(old['districts'])} districts, {len(old['communes'])} communes "
        f"(without 74); {len(new['provinces'])} new provinces, {len(new['communes'])} communes",
        file=sys.stderr,
    )
    return 0


def build(db: sqlite3.Connection, converter: dict[str, Any], digest: str) -> dict[str, object]:
    """The table, checked: every old unit has a successor, every new one predecessors, codes are unique."""
    legacy = db.execute(
        "select provinceCode, province, provinceKey, districtCode, district, districtKey, wardCode, ward, wardKey "
        "from admin_units_legacy order by provinceCode, districtCode, wardCode"
    ).fetchall()
    current = db.execute(
        "select provinceCode, province, provinceKey, wardCode, ward, wardKey from admin_units order by wardCode"
    ).fetchall()
    provinces = {row[0]: _nfc(row[1]) for row in legacy}
    districts = {row[3]: (_nfc(row[4]), row[0]) for row in legacy}
    communes = {row[6]: (_nfc(row[7]), row[3]) for row in legacy if row[6] is not None}
    old_key = {(row[2], row[5], row[8] or ""): row[6] or row[3] for row in legacy}
    _check_binh_duong(communes, districts)
    new_provinces = {row[0]: _nfc(row[1]) for row in current}
    new_communes = {row[3]: (_nfc(row[4]), row[0]) for row in current}
    new_key = {(row[2], row[5]): row[3] for row in current}
    province_key = {row[2]: row[0] for row in legacy}
    new_province_key = {row[2]: row[0] for row in current}
    if len(new_communes) != len(current) or len(communes) + 5 != len(legacy):
        raise SystemExit("duplicate codes in the package's lists")
    formed = _lineage(converter, old_key, new_key)
    _check_lineage(formed, set(communes), set(new_communes))
    merged_from: dict[str, set[str]] = defaultdict(set)
    for new, olds in cast("dict[str, list[str]]", converter["DICT_PROVINCE"]).items():
        for old in olds:
            merged_from[new_province_key[new]].add(province_key[old])
    return {
        "format": 1,
        "about": (
            "Administrative units of Việt Nam: the 63 provinces and their district- and commune-level units in force "
            "on 2025-06-30 (without Bình Dương, 74, whose dated units are in 74-binh-duong.json), and the 34 provinces "
            "and 3,321 commune-level units in force from 2025-07-01, each with the old units that formed it. "
            "Generated by scripts/gen_units.py; do not edit by hand."
        ),
        "source": {
            "package": PACKAGE,
            "version": VERSION,
            "license": "MIT",
            "url": "https://github.com/tranngocminhhieu/vietnamadminunits",
            "wheel_sha256": digest,
            "read": ["data/dataset.db (admin_units_legacy, admin_units)", "data/converter_2025.json"],
        },
        "parts": {"0": "the whole old unit", "1": "part of a divided old unit (its default successor)", "2": "part"},
        "old": {
            "in_force_on": "2025-06-30",
            "provinces": [[code, name] for code, name in sorted(provinces.items())],
            "districts": [
                [code, name, province] for code, (name, province) in sorted(districts.items()) if province != "74"
            ],
            "communes": [
                [code, name, district]
                for code, (name, district) in sorted(communes.items())
                if districts[district][1] != "74"
            ],
        },
        "new": {
            "from": "2025-07-01",
            "provinces": [[code, name, sorted(merged_from[code])] for code, name in sorted(new_provinces.items())],
            "communes": [
                [code, name, province, [[old, part] for old, part in sorted(formed[code].items())]]
                for code, (name, province) in sorted(new_communes.items())
            ],
        },
    }


def _lineage(
    converter: dict[str, Any], old_key: dict[tuple[str, ...], str], new_key: dict[tuple[str, str], str]
) -> dict[str, dict[str, int]]:
    """For each new unit, the old units that formed it and how (whole, or a part of a divided unit)."""
    formed: dict[str, dict[str, int]] = defaultdict(dict)
    for province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, olds in wards.items():
            for key in olds:
                formed[new_key[province, ward]][old_key[tuple(key.split("_"))]] = WHOLE
    for province, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for key, parts in olds.items():
            code = old_key[tuple(key.split("_"))]
            for part in parts:
                formed[new_key[province, part["newWardKey"]]][code] = PART_DEFAULT if part["isDefaultNewWard"] else PART
    return formed


def _check_lineage(formed: dict[str, dict[str, int]], old_codes: set[str], new_codes: set[str]) -> None:
    """Every old unit has a successor, every new one predecessors, and a divided unit one default successor."""
    successors: dict[str, list[str]] = defaultdict(list)
    for new, olds in formed.items():
        for old in olds:
            successors[old].append(new)
    orphans = old_codes - set(successors)
    if orphans or set(formed) != new_codes:
        raise SystemExit(f"lineage incomplete: old units without successor {sorted(orphans)[:5]}")
    for old, news in successors.items():
        defaults = [n for n in news if formed[n][old] == PART_DEFAULT]
        if len(news) > 1 and len(defaults) != 1:
            raise SystemExit(f"old unit {old} is divided between {news} with {len(defaults)} defaults")


def _check_binh_duong(communes: dict[str, tuple[str, str]], districts: dict[str, tuple[str, str]]) -> None:
    """The package's commune-level units of 74 are those of ``74-binh-duong.json`` on 2025-06-30."""
    doc = json.loads(BINH_DUONG.read_text(encoding="utf-8"))
    ours = {
        unit["code"]: (_fold(unit["name"]), unit["parent"])
        for unit in doc["units"]
        if len(unit["code"]) == 5 and unit["start"] <= "2025-06-30" < unit["end"]
    }
    theirs = {code: (_fold(name), district) for code, (name, district) in communes.items() if districts[district][1] == "74"}
    if ours != theirs:
        raise SystemExit(f"74 differs from 74-binh-duong.json: {sorted(set(ours.items()) ^ set(theirs.items()))[:5]}")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold(name: str) -> str:
    """``name`` with the old and new placement of the tone mark in oa/oe/uy read alike (Hoà = Hòa)."""
    for old, new in (("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("uỳ", "ùy"), ("uý", "úy")):
        name = name.replace(old, new)
    return _nfc(name)


def _dump(doc: dict[str, object]) -> str:
    """One row a line: a reviewable diff, a compact file."""
    head = {k: v for k, v in doc.items() if k not in ("old", "new")}
    lines = ["{"]
    lines += [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    for part in ("old", "new"):
        section = cast("dict[str, object]", doc[part])
        lines.append(f' "{part}": {{')
        items = list(section.items())
        for i, (key, value) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            if isinstance(value, list):
                rows = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in value]
                lines.append(f"  {json.dumps(key)}: [\n   " + ",\n   ".join(rows) + f"\n  ]{comma}")
            else:
                lines.append(f"  {json.dumps(key)}: {json.dumps(value)}{comma}")
        lines.append(" }," if part == "old" else " }")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
