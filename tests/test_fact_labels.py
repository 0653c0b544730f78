"""Meta-test: every fact an officer records has a label in both languages, and every label names a fact."""

from __future__ import annotations

import attrs

import giamngheo as gn
from giamngheo._fact_labels import FACT_LABELS


def _fields() -> set[str]:
    out = set()
    for prefix, cls in (("household", gn.Household), ("member", gn.Member), ("dwelling", gn.Dwelling)):
        out |= {f"{prefix}.{f.name}" for f in attrs.fields(cls) if f.init}
    return out


def test_every_fact_has_a_label_and_every_label_a_fact() -> None:
    assert _fields() == set(FACT_LABELS)


def test_labels_are_in_both_languages_and_differ_by_fact() -> None:
    assert all(t.vi.strip() and t.en.strip() for t in FACT_LABELS.values())
    assert len({t.vi for t in FACT_LABELS.values()}) == len(FACT_LABELS)
    assert len({t.en for t in FACT_LABELS.values()}) == len(FACT_LABELS)
