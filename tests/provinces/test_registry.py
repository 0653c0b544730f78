"""The registries are the folders: every province package, standard module and policy module is registered once.

As in ``holidays`` (one module per country and a meta-test over the registry), a province is one folder under
``giamngheo/provinces/`` (``__init__.py`` with its ``JURISDICTION`` record, ``standards.py``, ``policies.py``) and one
line in ``giamngheo.provinces.PROVINCES``; these tests fail when the folder and the registry disagree, and when a
record cites an instrument the bibliography does not list.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import giamngheo as gn
from giamngheo import policies, provinces, standards
from giamngheo._instruments import instruments
from giamngheo._legal import Citation, Instrument

PROVINCES_DIR = Path(provinces.__file__).parent
FOLDERS = sorted(p.name for p in PROVINCES_DIR.iterdir() if p.is_dir() and (p / "__init__.py").exists())


def test_every_province_folder_is_registered_once() -> None:
    registered = [module.__name__.rsplit(".", 1)[1] for module in provinces.PROVINCES]
    assert FOLDERS == sorted(registered)
    assert len(set(registered)) == len(registered)
    assert {"binh_duong", "ho_chi_minh_city"} <= set(FOLDERS)


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_province_package_holds_its_record_standards_and_policies(folder: str) -> None:
    package = importlib.import_module(f"giamngheo.provinces.{folder}")
    record = package.JURISDICTION
    assert {"standards", "policies"} <= {info.name for info in pkgutil.iter_modules(package.__path__)}
    assert gn.JURISDICTIONS[record.code] is record
    assert record.level is not gn.JurisdictionLevel.NATIONAL
    assert record.instruments == package.standards.INSTRUMENTS
    assert record.policy_module == f"{package.__name__}.policies"  # imported on first use, from its own folder
    assert record.policies == package.policies.POLICIES
    assert gn.POLICIES[record.code] == record.policies
    for _, standard in record.standards or ():
        assert standard.jurisdiction == record.code, standard.id
    for policy in record.policies:
        assert policy.jurisdiction == record.code, policy.id


def test_the_codes_are_unique_and_the_nation_is_first() -> None:
    codes = [j.code for j in gn.JURISDICTIONS.values()]
    assert codes[0] == "VN"
    assert len(codes) == len(set(codes)) == 1 + len(provinces.PROVINCES)
    for record in gn.JURISDICTIONS.values():
        if record.successor is not None:
            assert record.successor in gn.JURISDICTIONS, record.code


def test_every_standard_of_every_jurisdiction_is_found_by_its_id() -> None:
    every = [s for j in gn.JURISDICTIONS.values() for _, s in j.standards or ()]
    assert len({s.id for s in every}) == len(every)
    for standard in every:
        assert gn.builtin_standard(standard.id) is standard
    assert "vn-2022-2025" in {s.id for s in every}


def test_an_unknown_standard_id_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(gn.InvalidInput, match=r"no built-in standard 'vn-2099'; known: 74-2016-2020, .*vn-2022-2025"):
        gn.builtin_standard("vn-2099")
    with pytest.raises(gn.InvalidInput, match="standard_id"):
        gn.builtin_standard(2022)  # type: ignore[arg-type]


def test_every_national_standard_module_is_on_the_timeline() -> None:
    on_timeline = {id(s) for _, s in standards.NATIONAL_STANDARDS}
    for info in pkgutil.iter_modules(standards.__path__):
        module = importlib.import_module(f"giamngheo.standards.{info.name}")
        defined = [v for k, v in vars(module).items() if k.startswith("STANDARD") and isinstance(v, gn.Standard)]
        assert defined, info.name
        assert all(id(s) in on_timeline for s in defined), info.name


def test_every_national_policy_module_is_registered() -> None:
    registered = {p.id for p in policies.NATIONAL_POLICIES}
    for info in pkgutil.iter_modules(policies.__path__):
        module = importlib.import_module(f"giamngheo.policies.{info.name}")
        assert module.POLICIES, info.name
        assert {p.id for p in module.POLICIES} <= registered, info.name
        assert all(p.jurisdiction == "VN" for p in module.POLICIES), info.name


def _citations(value: object, seen: set[int]) -> Iterator[Citation]:
    if id(value) in seen or isinstance(value, str | int | bool | type(None)):
        return
    seen.add(id(value))
    if isinstance(value, Citation):
        yield value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _citations(getattr(value, field.name), seen)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _citations(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _citations(item, seen)


def test_every_cited_instrument_is_in_the_bibliography() -> None:
    """Every instrument a record, a standard, a policy or a datum cites is found by ``gn.instrument``."""
    listed = set(instruments())
    cited: set[Instrument] = set()
    seen: set[int] = set()
    for record in gn.JURISDICTIONS.values():
        cited.update(c.instrument for c in _citations(record, seen))
        cited.update(record.instruments)
    for code in gn.JURISDICTIONS:
        cited.update(c.instrument for c in _citations(gn.POLICIES.get(code, ()), seen))
        cited.update(d.citation.instrument for d in gn.legal_data(jurisdiction=code))
    assert len(cited) > 20
    missing = sorted(i.number for i in cited - listed)
    assert missing == []
    for instrument in cited:
        assert gn.instrument(instrument.number) == instrument
