"""The registry of instruments: every citation the library ships names a registered instrument, each once.

The walk starts from everything the library publishes (the national and provincial standards and their legal
data, every support policy with its cited shares and amounts, the review procedure's rules and data, the
jurisdictions' successions, the area citation of the administrative units) and from the module-level values of the
modules that hold rules, and collects every :class:`giamngheo.Citation` reachable from them.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import giamngheo as gn
from giamngheo import _instruments, review

SRC = Path(__file__).resolve().parents[1] / "src" / "giamngheo"


def _reachable(*roots: object) -> Iterator[object]:
    """Every value reachable from ``roots`` through attrs fields, containers and dict values, each once."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        value = stack.pop()
        if id(value) in seen or isinstance(value, str | bytes | int | float | dt.date):
            continue
        seen.add(id(value))
        yield value
        if attrs.has(type(value)):
            stack.extend(getattr(value, field.name) for field in attrs.fields(type(value)))
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, tuple | list | set | frozenset):
            stack.extend(value)


def _shipped() -> list[object]:
    """The roots: every published registry, and the module-level values of the modules holding rules."""
    roots: list[object] = [gn.NATIONAL_STANDARDS, gn.legal_data(), gn.POLICIES, gn.JURISDICTIONS]
    roots += [gn.legal_data(jurisdiction=code) for code in gn.JURISDICTIONS]
    roots += [review.legal_data(), review.PROCEDURES, review.SCORING_RULES, review.REVIEW_BASES]
    # The area citation is built by one function for every unit: one phường of Bình Dương stands for all.
    roots.append(gn.area_of_commune("25840", on=dt.date(2024, 5, 1)).citation)
    for module in _instruments._modules():
        roots.append(dict(vars(module)))
    return roots


CITATIONS = [value for value in _reachable(*_shipped()) if isinstance(value, gn.Citation)]
REGISTERED = gn.instruments()


def test_the_walk_reaches_the_citations_of_every_kind_of_rule():
    """The walk is not vacuous: it reaches national, provincial, policy, review and unit citations."""
    numbers = {c.instrument.number for c in CITATIONS}
    for number in (
        "09/2011/QĐ-TTg",  # a national standard
        "47/2015/NQ-HĐND8",  # a provincial standard
        "105/2014/NĐ-CP",  # a support policy's cited share
        "75/2025/NQ-HĐND",  # a city's policy
        "24/2021/QĐ-TTg",  # the review procedure
        "77/2015/QH13",  # the area of an administrative unit
        "202/2025/QH15",  # the merger of Bình Dương into Hồ Chí Minh City
    ):
        assert number in numbers, number


def test_every_citation_names_a_registered_instrument():
    """Each citation's instrument is in `gn.instruments()`, and `gn.instrument` finds it by its number."""
    missing = sorted({c.instrument.number for c in CITATIONS if c.instrument not in REGISTERED})
    assert [] == missing
    for citation in CITATIONS:
        assert gn.instrument(citation.instrument.number) == citation.instrument


def test_every_policy_figure_is_cited_by_a_registered_instrument():
    """Every cited share, amount, rate, term and time limit of every policy names a registered instrument."""
    for policies in gn.POLICIES.values():
        for policy in policies:
            assert policy.basis.instrument in REGISTERED, policy.id
            for grant in policy.grants:
                values = (grant.share, grant.amount_vnd, grant.rate, grant.term_months, grant.months_after)
                cited = [v for v in values if v is not None]
                cited += [v for e in grant.exceptions for v in (e.share, e.amount_vnd, e.rate) if v is not None]
                assert grant.citation.instrument in REGISTERED, (policy.id, grant.id)
                for value in cited:
                    assert value.citation.instrument in REGISTERED, (policy.id, grant.id)


def test_numbers_are_unique_and_each_instrument_is_found_by_its_own():
    """No two registered instruments share a number; `gn.instrument(number)` returns that very instrument."""
    numbers = [i.number for i in REGISTERED]
    assert len(numbers) == len(set(numbers))
    for registered in REGISTERED:
        assert gn.instrument(registered.number) is registered


@pytest.mark.parametrize("registered", REGISTERED, ids=lambda i: i.number)
def test_every_instrument_has_issuer_title_url_and_verification(registered):
    """Each instrument says who issued it, what it is called in both languages, where to read it, how checked."""
    assert registered.number
    assert registered.number.strip() == registered.number
    for text in (registered.issuer_vi, registered.issuer_en, registered.title_vi, registered.title_en):
        assert text.strip(), text
    assert registered.url.startswith(("https://", "http://"))
    assert isinstance(registered.verification, gn.Verification)
    assert registered.verification is not gn.Verification.USER
    assert isinstance(registered.kind, gn.InstrumentKind)


def test_the_core_bibliography_is_registered():
    """`gn.INSTRUMENTS`, the instruments of the national standards and core laws, are all in the registry."""
    assert set(gn.INSTRUMENTS) <= set(REGISTERED)


def test_instruments_are_ordered_oldest_first():
    """By signing date, by effective date where it is unknown, undated last."""
    keys = [(i.signed or i.effective or dt.date.max, i.number) for i in REGISTERED]
    assert sorted(keys) == keys


def _module_level_instruments() -> Iterator[tuple[str, str]]:
    """``(module, name)`` for every ``NAME = Instrument(...)`` at the top level of a module of the package."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = ".".join(("giamngheo", *path.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")
        for node in tree.body:
            target, value = None, None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            called = value.func if isinstance(value, ast.Call) else None
            if isinstance(target, ast.Name) and isinstance(called, ast.Name) and called.id == "Instrument":
                yield module, target.id


DEFINED = list(_module_level_instruments())


def test_the_source_defines_instruments_in_many_modules():
    """The source scan finds the instruments where they live (so the next test checks something)."""
    modules = {module for module, _ in DEFINED}
    assert {
        "giamngheo._instruments",
        "giamngheo.provinces.binh_duong.standards",
        "giamngheo.policies.health_insurance",
    } <= modules
    assert len(DEFINED) >= len(gn.INSTRUMENTS) + 10


@pytest.mark.parametrize(("module", "name"), DEFINED, ids=[f"{m}.{n}" for m, n in DEFINED])
def test_every_instrument_defined_in_the_source_is_registered(module, name):
    """An instrument defined at module level anywhere in the package is registered without editing a list.

    If this fails for a new module outside the searched packages, add the module to ``_MODULES`` in
    ``giamngheo/_instruments.py``.
    """
    assert getattr(importlib.import_module(module), name) in REGISTERED


def test_the_arrangement_resolutions_built_from_data_are_registered():
    """The instruments cited by the 2025 successions of the communes (read from data) are registered too."""
    from giamngheo import _units  # noqa: PLC0415 - the successions are not public API

    on = dt.date(2025, 7, 1)
    cited = {s.citation.instrument for u in gn.communes("79", on=on) for s in _units.predecessors(u.code)}
    assert cited
    assert [] == sorted(i.number for i in cited if i not in REGISTERED)


def test_an_unknown_number_is_refused_naming_the_close_one():
    """A number written without its diacritics is refused, and the error names the instrument meant."""
    with pytest.raises(gn.InvalidInput, match=r"did you mean '105/2014/NĐ-CP'\?"):
        gn.instrument("105/2014/ND-CP")
    with pytest.raises(gn.InvalidInput, match=r"cites no instrument '1/1900/XX'"):
        gn.instrument("1/1900/XX")


def test_the_registry_is_not_collected_on_import():
    """`import giamngheo` does not collect the registry (it imports the review package)."""
    code = (
        "import sys, giamngheo; from giamngheo import _instruments; "
        "print(_instruments.instruments.cache_info().currsize, 'giamngheo.review' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "0 False" == result.stdout.strip()
