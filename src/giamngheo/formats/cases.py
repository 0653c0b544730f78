"""Test cases that officers and analysts write and read: the ``giamngheo.cases`` format, version 1 (TOML or JSON).

One file holds cases; each gives a date, the standard (a jurisdiction's, a built-in one by id, or a standard file
beside the cases file), an optional reform of some of its values by path, a household as its JSON document gives
it, and what is expected: the status and, optionally, the deprivations, the undetermined indicators and the
supports. ``giamngheo test FILE`` runs them and so does pytest, which collects every ``*.cases.toml`` file
(the plugin shipped with the package). The format is described in ``docs/test-cases.md``; its JSON Schema is
``giamngheo schema --json-schema cases``. Example::

    format = "giamngheo.cases"
    version = 1

    [[case]]
    name = "Nông thôn, thu nhập đúng bằng chuẩn nghèo, thiếu hụt 3 chỉ số: hộ nghèo"
    on = 2024-06-01
    source = "Nghị định 07/2021/NĐ-CP Điều 3 khoản 2 điểm a"
    household = { area = "rural", income_per_capita_monthly_vnd = 1_500_000, deprived = ["water", "health_insurance", "housing_area"] }
    expect = { status = "poor" }
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import attrs

from giamngheo._errors import CaseFileError, GiamngheoError
from giamngheo._household import Household
from giamngheo._household_json import household_from_data
from giamngheo._model import Standard, Status
from giamngheo.formats._positions import KeyPath
from giamngheo.formats._reader import CASES_FORMAT, CASES_FORMAT_VERSION, Reader, open_file

__all__ = ["CASES_FORMAT", "CASES_FORMAT_VERSION", "CASE_KEYS", "EXPECT_KEYS", "Case", "Expected", "load_cases"]

#: The keys of a case: required, then optional.
CASE_KEYS = (("name", "on", "household", "expect"), ("source", "jurisdiction", "standard", "standard_file", "reform"))
#: The keys of a case's ``expect`` table (at least ``status``).
EXPECT_KEYS = (("status",), ("deprivations", "undetermined", "entitlements"))


@attrs.frozen
class Expected:
    """What a case expects; ``None`` where it expects nothing.

    Attributes:
        status: The household's status.
        deprivations: The indicators it is deprived in, all of them.
        undetermined: The indicators that cannot be decided from the facts given, all of them.
        entitlements: The supports, each ``"<policy id>:<grant id>"``, all of them.
    """

    status: Status
    deprivations: frozenset[str] | None = None
    undetermined: frozenset[str] | None = None
    entitlements: frozenset[str] | None = None


@attrs.frozen
class Case:
    """One test case of a file.

    Attributes:
        name: What it checks, as its author wrote it.
        on: The date the rules are applied on.
        household: The household.
        expected: What is expected.
        source: The provision or table row it rests on.
        jurisdiction: The jurisdiction whose standard in force applies (``"VN"`` unless a standard is given).
        standard: A standard given by id or by file, if any; else the jurisdiction's in force on ``on``.
        reform: Values of the standard to set first, by path (:func:`giamngheo.parameters`).
        file: The file it was read from (``"<text>"`` for text).
        line: The line of its ``[[case]]`` table in the file.
    """

    name: str
    on: dt.date
    household: Household
    expected: Expected
    source: str = ""
    jurisdiction: str = "VN"
    standard: Standard | None = None
    reform: tuple[tuple[str, object], ...] = ()
    file: str = "<text>"
    line: int = 0


def load_cases(
    path: str | os.PathLike[str] | None = None, *, text: str | bytes | None = None, syntax: str | None = None
) -> tuple[Case, ...]:
    """Read the cases of a ``giamngheo.cases`` file (TOML, or JSON for a ``.json`` path).

    A ``standard_file`` is read relative to the cases file (to the working directory for text).

    Raises:
        CaseFileError: naming the key path and its line, for any error in the file (a household the library
            refuses included: the message names its field).
        InvalidInput: if neither or both of ``path`` and ``text`` are given, or the file cannot be read.
    """
    top, reader = open_file(path, text, syntax, CASES_FORMAT, CASES_FORMAT_VERSION, CaseFileError)
    reader.table((), top, "a file of test cases", ("format", "version", "case"), ("name",))
    folder = Path(path).parent if path is not None else Path()
    cases = reader.tables(("case",), top["case"], "test cases")
    if not cases:
        raise reader.fail(("case",), "give at least one [[case]]")
    return tuple(_case(reader, ("case", i), entry, folder) for i, entry in enumerate(cases))


def _iso(value: object) -> object:
    """TOML's dates as the ISO strings of the household's JSON document, inside lists and tables too."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value


def _case(r: Reader, path: KeyPath, entry: object, folder: Path) -> Case:
    t = r.table(path, entry, "a case", *CASE_KEYS)
    given = [key for key in ("jurisdiction", "standard", "standard_file") if key in t]
    if len(given) > 1:
        raise r.fail(
            (*path, given[1]), f"give one of jurisdiction, standard and standard_file, not {' and '.join(given)}"
        )
    standard = None
    if "standard" in t:
        from giamngheo._jurisdictions import builtin_standard  # noqa: PLC0415 - the registry, when a case names one

        try:
            standard = builtin_standard(r.string((*path, "standard"), t["standard"]))
        except GiamngheoError as error:
            raise r.fail((*path, "standard"), getattr(error, "reason", str(error))) from None
    if "standard_file" in t:
        from giamngheo.formats.standard import load_standard  # noqa: PLC0415

        file = folder / r.string((*path, "standard_file"), t["standard_file"])
        try:
            standard = load_standard(file)
        except GiamngheoError as error:
            raise r.fail((*path, "standard_file"), str(error)[:600]) from None
    reform: tuple[tuple[str, object], ...] = ()
    if "reform" in t:
        reform = tuple(r.table((*path, "reform"), t["reform"], "a reform", (), _any(t["reform"])).items())
    facts = r.table((*path, "household"), t["household"], "a household", (), _any(t["household"]))
    try:
        household = household_from_data(_iso(facts))
    except GiamngheoError as error:
        field = getattr(error, "field", "")
        raise r.fail((*path, "household", *([field] if field else [])), getattr(error, "reason", str(error))) from None
    return Case(
        name=r.string((*path, "name"), t["name"]),
        on=r.date((*path, "on"), t["on"]),
        household=household,
        expected=_expected(r, (*path, "expect"), t["expect"]),
        source=r.string((*path, "source"), t["source"]) if "source" in t else "",
        jurisdiction=r.string((*path, "jurisdiction"), t["jurisdiction"]) if "jurisdiction" in t else "VN",
        standard=standard,
        reform=reform,
        file=r.source,
        line=r.line(path),
    )


def _any(value: object) -> tuple[str, ...]:
    """Every key of a table, all optional: the household's reader checks them itself."""
    return tuple(value) if isinstance(value, dict) else ()


def _expected(r: Reader, path: KeyPath, value: object) -> Expected:
    t = r.table(path, value, "what a case expects", *EXPECT_KEYS)

    def ids(key: str) -> frozenset[str] | None:
        return frozenset(r.strings((*path, key), t[key])) if key in t else None

    return Expected(
        status=r.choice((*path, "status"), t["status"], Status, "status"),
        deprivations=ids("deprivations"),
        undetermined=ids("undetermined"),
        entitlements=ids("entitlements"),
    )
