"""Meta-tests: every field of the legal model refuses a value of the wrong type, naming the field.

A standard, an indicator, a band or a threshold can be built by a user (``attrs.evolve`` of a bundled one, a
standard file, a reform). Each checks the type of every field it is given when it is built, so that a wrong
value is refused there with :class:`giamngheo.InvalidInput` naming the field, rather than failing later inside
an assessment. The law says nothing here: this is the library's rule for its own model (issue 16: mutants
that skipped the checks of some fields survived).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import giamngheo as gn
from giamngheo._model import IncomeBand, Indicator, Standard, Threshold

STANDARD = gn.standard_in_force(on=dt.date(2023, 6, 1))
INDICATOR = next(i for i in STANDARD.indicators if i.thresholds)
BAND = STANDARD.bands[0]
THRESHOLD = INDICATOR.thresholds[0]
EXAMPLES = {Standard: STANDARD, Indicator: INDICATOR, IncomeBand: BAND, Threshold: THRESHOLD}


class _Wrong:
    """A value of no type the model accepts."""

    def __repr__(self) -> str:
        return "<wrong>"


def _fields(cls: type) -> list[tuple[type, str, bool]]:
    """(class, field name, whether the field holds a tuple of items) for every public field of ``cls``."""
    return [
        (cls, f.name, isinstance(getattr(EXAMPLES[cls], f.name), tuple))
        for f in attrs.fields(cls)
        if f.init and not f.name.startswith("_")
    ]


FIELDS = [row for cls in EXAMPLES for row in _fields(cls)]


def test_every_class_has_its_fields_listed() -> None:
    """The table below covers each class's fields: a field added later is checked too."""
    assert {cls for cls, _, _ in FIELDS} == set(EXAMPLES)
    assert ("bands", "indicators", "notes") == tuple(n for c, n, many in FIELDS if c is Standard and many)
    assert ("upper_rural_vnd", "upper_urban_vnd", "if_deprived", "otherwise", "name", "inclusive") == tuple(
        n for c, n, _ in FIELDS if c is IncomeBand
    )[: 6]


@pytest.mark.parametrize(("cls", "name"), [(c, n) for c, n, _ in FIELDS], ids=[f"{c.__name__}.{n}" for c, n, _ in FIELDS])
def test_a_wrong_value_is_refused_naming_its_field(cls: type, name: str) -> None:
    """A value of the wrong type, in any field, is refused where the object is built."""
    example = EXAMPLES[cls]
    with pytest.raises(gn.InvalidInput) as refused:
        attrs.evolve(example, **{name: _Wrong()})
    assert refused.value.field.endswith(name), refused.value.field
    assert "<wrong>" in refused.value.reason


@pytest.mark.parametrize(
    ("cls", "name"), [(c, n) for c, n, many in FIELDS if many], ids=[f"{c.__name__}.{n}" for c, n, m in FIELDS if m]
)
def test_a_wrong_item_is_refused_naming_its_place(cls: type, name: str) -> None:
    """In a field holding several items, a wrong item is refused with its index, also after good ones."""
    example = EXAMPLES[cls]
    items = getattr(example, name)
    with pytest.raises(gn.InvalidInput) as refused:
        attrs.evolve(example, **{name: (*items, _Wrong())})
    assert refused.value.field.endswith(f"{name}[{len(items)}]"), refused.value.field
