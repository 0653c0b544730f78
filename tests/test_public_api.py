"""The public API: the namespaces by topic hold the same objects as the top of the package, and renamed names warn.

``giamngheo`` keeps the names of 0.1.0 at its top; the namespaces (``giamngheo.facts``, ``.legal``, ``.units``,
``.standards``, ``.policies``, ``.formats``) gather them by topic. Each name has one definition: a namespace
re-exports the object, never a copy.
"""

from __future__ import annotations

import importlib
import warnings

import pytest

import giamngheo as gn

NAMESPACES = (
    "giamngheo.facts",
    "giamngheo.formats",
    "giamngheo.legal",
    "giamngheo.policies",
    "giamngheo.standards",
    "giamngheo.units",
)


@pytest.mark.parametrize("name", NAMESPACES)
def test_a_namespace_re_exports_the_objects_of_the_top(name: str) -> None:
    module = importlib.import_module(name)
    shared = [n for n in module.__all__ if n in gn.__all__]
    assert shared, name
    assert [] == [n for n in shared if getattr(module, n) is not getattr(gn, n)]


@pytest.mark.parametrize("name", NAMESPACES)
def test_a_namespace_is_an_attribute_of_the_package(name: str) -> None:
    assert getattr(gn, name.rsplit(".", 1)[1]) is importlib.import_module(name)


def test_every_top_name_has_a_topic_or_is_among_the_most_used() -> None:
    """A name at the top is in a namespace by topic, or is one of the names used in nearly every program."""
    most_used = {
        "Area", "Assessment", "Assessments", "Comparison", "Entitled", "FileFormatError", "Finding", "GiamngheoError",
        "InputLimits", "InvalidInput", "JURISDICTIONS", "Jurisdiction", "JurisdictionLevel", "Move", "NoRuleInForce",
        "NumberTooLarge", "Outcome", "POLICIES", "PolicyConflict", "PolicyFileError", "RULES", "StandardFileError", "Status",
        "Step", "Territory", "__version__", "assess", "assess_all", "builtin_standard", "compare", "entitled", "entitlements",
        "input_limits", "jurisdiction", "policy", "reform", "standard_in_force", "territory",
    }  # fmt: skip
    topics = {n for name in NAMESPACES for n in importlib.import_module(name).__all__}
    assert [] == sorted(set(gn.__all__) - topics - most_used)
    assert [] == sorted(most_used - set(gn.__all__))


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        ("giamngheo.measure", "Spec", "AFSpec"),
        ("giamngheo.measure", "Sample", "AFSample"),
        ("giamngheo.measure", "national", "national_spec"),
        ("giamngheo.batch", "Column", "InputColumn"),
    ],
)
def test_a_renamed_name_still_works_with_a_warning(module: str, old: str, new: str) -> None:
    """0.1.0's names that meant two things (``Column``) or were too generic to import bare (``Spec``)."""
    namespace = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=rf"{module}\.{old} is now {module}\.{new}"):
        value = getattr(namespace, old)
    assert value is getattr(namespace, new)
    assert old not in namespace.__all__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
            namespace.Nothing  # noqa: B018
