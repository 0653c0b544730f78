"""No comment, docstring, page or user-visible text points to a file outside the repository (issue 16).

The project's private research notes are not shipped: a reference to them (``shared/research/…``,
``national-law.md`` §4.2, "the research notes", a source id such as S59) tells a reader nothing they can check.
Every claim must name its public source (instrument, provision, URL) or a file of the repository itself
(``docs/unconfirmed.md`` and the like).

Two checks:

* the text of every ``.py`` file under ``src/giamngheo``, every ``.md`` file under ``docs/`` and ``README.md``,
  naming file and line;
* every text the library shows at run time: the citations (note, evidence) of every legal datum of every
  jurisdiction and of the review, every instrument, and every string reachable from the policies, the
  jurisdictions and the module-level data of the legal packages (``Text`` values, notes, caveats).

Both scanners are checked against planted references first, so that a silent scanner cannot pass.
"""

from __future__ import annotations

import enum
import functools
import importlib
import pkgutil
import re
import types
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import pytest

import giamngheo as gn
from giamngheo import _units, review
from giamngheo._entitlements import POLICIES
from giamngheo._jurisdictions import JURISDICTIONS
from giamngheo._legal import Citation
from giamngheo.standards import NATIONAL_STANDARDS

ROOT = Path(__file__).resolve().parents[1]

#: The research notes and review files kept outside the repository, and the ways they are referred to.
OUTSIDE = re.compile(
    r"shared/research|national-law\.md|provincial\.md|verification\.md|legal-audit|architecture-review"
    r"|anchors\.md|aesthetics\.md|research notes|project's research",
    re.IGNORECASE,
)
#: A source id of the notes' source lists ("S59", "S64/S66"); ruff's rule codes (``noqa: S101``) are not.
SOURCE_ID = re.compile(r"(?<![\w-])S\d{1,3}\b")
_NOQA = re.compile(r"#\s*noqa\b.*$")

#: The legal packages whose module-level data are shown to users.
_PACKAGES = ("giamngheo.standards", "giamngheo.policies", "giamngheo.provinces", "giamngheo.law", "giamngheo.review")


#: Values that hold no text shown to users (a ``Text`` is callable, so callables are not skipped as such).
_OPAQUE = (
    int,
    float,
    enum.Enum,
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    functools.partial,
)


def outside_references(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of every line of ``text`` that refers outside the repository."""
    for number, line in enumerate(text.splitlines(), start=1):
        if OUTSIDE.search(line) or SOURCE_ID.search(_NOQA.sub("", line)):
            yield number, line.strip()


def scanned_files(root: Path) -> list[Path]:
    """The files whose text is checked: the package's sources, the tests, scripts, benchmarks and examples, the
    documentation pages and the top-level pages (this module, which must name what it looks for, excepted)."""
    files = [
        *sorted((root / "src" / "giamngheo").rglob("*.py")),
        *(
            path
            for folder in ("tests", "scripts", "benchmarks", "examples")
            for path in sorted((root / folder).rglob("*.py"))
        ),
        *(path for folder in ("docs", "examples") for path in sorted((root / folder).rglob("*.md"))),
        *(root / name for name in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md")),
    ]
    return [path for path in files if path.exists() and path.name != Path(__file__).name]


def file_findings(root: Path) -> list[str]:
    """``path:line: text`` of every outside reference in the scanned files under ``root``."""
    return [
        f"{path.relative_to(root)}:{number}: {line}"
        for path in scanned_files(root)
        for number, line in outside_references(path.read_text(encoding="utf-8"))
    ]


def strings_in(value: object, where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    """``(where, text)`` of every string reachable from ``value`` through attrs classes, containers and mappings."""
    if isinstance(value, str):
        yield where, value
        return
    if isinstance(value, _OPAQUE):
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from strings_in(getattr(value, field.name), f"{where}.{field.name}", seen)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from strings_in(key, f"{where}[key]", seen)
            yield from strings_in(item, f"{where}[{key!r}]", seen)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for i, item in enumerate(value):
            yield from strings_in(item, f"{where}[{i}]", seen)


def _legal_modules() -> Iterator[types.ModuleType]:
    for info in pkgutil.iter_modules(gn.__path__, "giamngheo."):
        if not info.ispkg and not info.name.endswith("__main__"):  # __main__ would run the command line
            yield importlib.import_module(info.name)
    for name in _PACKAGES:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.iter_modules(package.__path__, f"{name}."):
            yield importlib.import_module(info.name)


def runtime_texts() -> Iterator[tuple[str, str]]:
    """``(where, text)`` of every text the library shows at run time about its law."""
    seen: set[int] = set()
    for code in JURISDICTIONS:
        for datum in gn.legal_data(jurisdiction=code):
            yield from strings_in(datum.citation, f"legal_data({code!r}) {datum.key}", seen)
            yield from strings_in(datum.value, f"legal_data({code!r}) {datum.key}.value", seen)
    for datum in review.legal_data():
        yield from strings_in(datum.citation, f"review.legal_data() {datum.key}", seen)
    for instrument in gn.instruments():
        yield from strings_in(instrument, f"instrument {instrument.number}", seen)
    yield from strings_in(NATIONAL_STANDARDS, "NATIONAL_STANDARDS", seen)
    yield from strings_in(JURISDICTIONS, "JURISDICTIONS", seen)
    yield from strings_in(POLICIES, "POLICIES", seen)
    registry = _units._registry()  # a plain class: its unit versions and resolutions are walked one by one
    yield from strings_in(registry.units, "units", seen)
    yield from strings_in(registry.resolutions, "units.resolutions", seen)
    for module in _legal_modules():
        for name, value in vars(module).items():
            if not name.startswith("__"):
                yield from strings_in(value, f"{module.__name__}.{name}", seen)


def runtime_findings(texts: Iterator[tuple[str, str]]) -> list[str]:
    """``where: line`` of every runtime text that refers outside the repository."""
    return [f"{where}: {line}" for where, text in texts for _, line in outside_references(text)]


# --- the scanners find what they must find -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "    * ``../shared/research/national-law.md`` §1.3 (signing and effective dates).",
        "    effective=None,  # UNCONFIRMED (verification.md §4.3)",
        "      (research notes ``national-law.md`` §4.2, sources S59-S62).",
        "    * Research notes: ``shared/research/provincial.md`` §2, ``legal-audit-2026-12.md`` §2d row 38.",
        "forms as recalled in the project's research notes, not seen in any source",
        "Provinces adjust the amount when the tier-1 price changes (S63).",
        "see architecture-review-2026-12.md and anchors.md",
    ],
)
def test_a_reference_outside_the_repository_is_found(line):
    assert [(2, line.strip())] == list(outside_references(f"ok\n{line}\n"))


@pytest.mark.parametrize(
    "line",
    [
        "    assert area is not None  # noqa: S101 - checked above",
        "(docs/unconfirmed.md §7)",
        "see docs/provinces.md and docs/standards.md",
        "Its replacement in 2025, if any, was not looked for.",
        "https://vbpl.vn/sonla/Pages/vbpq-toanvan.aspx?ItemID=18049",
    ],
)
def test_a_reference_inside_the_repository_is_not_found(line):
    assert [] == list(outside_references(line))


def test_the_file_scan_names_file_and_line(tmp_path):
    package = tmp_path / "src" / "giamngheo"
    package.mkdir(parents=True)
    (package / "clean.py").write_text('"""References:\n    * https://example.org/law\n"""\n', encoding="utf-8")
    (package / "dirty.py").write_text('"""Docs.\n\nReferences:\n    * ``verification.md`` §2.\n"""\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("# Page\n\nAs the research notes say.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Readme\n", encoding="utf-8")
    assert [
        "src/giamngheo/dirty.py:4: * ``verification.md`` §2.",
        "docs/page.md:3: As the research notes say.",
    ] == sorted(file_findings(tmp_path), reverse=True)


def test_the_runtime_scan_reaches_a_citation_note_inside_a_policy():
    planted = gn.instruments()[0].cite(verification=gn.Verification.REPORTED, note="as the research notes give it")
    policy = next(iter(POLICIES["VN"]))
    grant = attrs.evolve(policy.grants[0], citation=planted)
    texts = strings_in({"VN": (attrs.evolve(policy, grants=(grant,)),)}, "planted", set())
    assert ["planted['VN'][0].grants[0].citation.note: as the research notes give it"] == runtime_findings(texts)


def test_the_runtime_scan_covers_every_legal_datum_and_policy():
    texts = [text for _, text in runtime_texts()]
    notes = {d.citation.note for code in JURISDICTIONS for d in gn.legal_data(jurisdiction=code)} - {""}
    assert notes <= set(texts)
    policy_notes = {n.en for policies in POLICIES.values() for p in policies for n in p.notes}
    assert policy_notes <= set(texts)
    assert all(isinstance(c, Citation) for c in (d.citation for d in review.legal_data()))


# --- the repository ---------------------------------------------------------------------------------------------


def test_no_file_refers_outside_the_repository():
    findings = file_findings(ROOT)
    assert [] == findings, "references to files outside the repository:\n" + "\n".join(findings)


def test_no_runtime_text_refers_outside_the_repository():
    findings = runtime_findings(runtime_texts())
    assert [] == findings, "user-visible texts referring outside the repository:\n" + "\n".join(findings)
