"""Meta-test: every fact an officer records has a label in both languages, and every label names a fact.

Then the labels of field paths (``field_label``): members by position from 1, the owner before the field, and an
unknown path shown as it is.
"""

from __future__ import annotations

import attrs
import pytest

import giamngheo as gn
from giamngheo._fact_labels import FACT_LABELS, field_label


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


# --- field_label: a field path as an officer reads it ------------------------------------------------------


@pytest.mark.parametrize("key", sorted(FACT_LABELS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_fact_s_path_has_its_label(key: str, lang: str) -> None:
    """Each key of FACT_LABELS is named by its own label (a member's and the dwelling's with their owner)."""
    owner, _, field = key.partition(".")
    label = FACT_LABELS[key](lang)
    small = label if label[1:2].isupper() else label[:1].lower() + label[1:]
    want = {"household": small, "member": f"{'thành viên' if lang == 'vi' else 'member'}: {small}"}.get(
        owner, f"{'nhà ở' if lang == 'vi' else 'dwelling'}: {small}"
    )
    assert want == field_label(key, lang)
    assert key not in field_label(key, lang)
    if owner == "household":  # a household's field is named the same with or without "household."
        assert want == field_label(field, lang)


@pytest.mark.parametrize(
    ("path", "vi", "en"),
    [
        ("members[0].disability", "thành viên thứ 1: người khuyết tật", "member 1: person with a disability"),
        ("members[11].birth_date", "thành viên thứ 12: ngày sinh", "member 12: date of birth"),
        ("household.members[2].sex", "thành viên thứ 3: giới tính", "member 3: sex"),
        ("members[0]", "thành viên thứ 1", "member 1"),
        ("members.has_health_insurance", "thành viên: có thẻ bảo hiểm y tế", "member: has a health insurance card"),
        ("dwelling.roof", "nhà ở: mái", "dwelling: roof"),
        ("household.dwelling.column", "nhà ở: cột, khung", "dwelling: columns, frame"),
        ("dwelling", "nhà ở", "dwelling"),
        ("members", "thành viên", "members"),
        ("household", "hộ gia đình", "household"),
        (
            "income_per_capita_monthly_vnd",
            "thu nhập bình quân đầu người/tháng (đồng)",
            "monthly income per person (VND)",
        ),
        ("commune", "mã xã, phường (mã GSO)", "commune code (GSO)"),
        ("id", "mã hộ", "household id"),  # a household's field before a member's of the same name
        ("disability", "người khuyết tật", "person with a disability"),  # a member's field, as gn.Member names it
    ],
)
def test_a_path_is_named_for_a_reader(path: str, vi: str, en: str) -> None:
    """Members count from 1 for a reader (from 0 in paths); the owner comes first, then the field."""
    assert (vi, en) == (field_label(path, "vi"), field_label(path, "en"))


@pytest.mark.parametrize(
    "path",
    [
        "band[1].urban_vnd",
        "--on",
        "",
        "household.",
        "members[0].",
        "members[01].sex",
        "members[-1].sex",
        "members[x].sex",
        "members[0].nickname",
        "members[0].disability.kind",
        "dwelling.garden",
        "dwelling.roof[0]",
        "place.poor_commune",
        "deprived:water",
        "member",
        "household.household.id",
    ],
)
def test_an_unknown_path_is_shown_as_it_is(path: str) -> None:
    """A path the labels do not name is returned unchanged, in both languages: never a wrong label."""
    assert path == field_label(path, "vi") == field_label(path, "en")


def test_field_label_refuses_an_unknown_language() -> None:
    with pytest.raises(gn.InvalidInput, match="unsupported language"):
        field_label("dwelling.roof", "fr")


def test_field_label_is_public_in_facts() -> None:
    assert gn.facts.field_label is field_label
    assert "field_label" in gn.facts.__all__
