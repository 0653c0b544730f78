"""A property a ministry can check on a draft: raising a poverty line never leaves a household better off.

For Nghị định 07/2021/NĐ-CP (2022-2025), Hypothesis draws reforms that raise one or more of its income lines
(``giamngheo.testing.raised_lines``) and households near every line (``giamngheo.testing.households``), and checks
that no household is classified better off under the draft than under the decree. Every raised value is cited
as the test's, never as the decree's.

Run: ``python examples/draft_reform_property.py`` (needs Hypothesis: ``pip install "giamngheo[testing]"``)
"""

import datetime as dt

from hypothesis import given, settings

import giamngheo as gn
from giamngheo.testing import generated_citation, households, raised_lines

ON = dt.date(2024, 10, 1)
ND07 = gn.standard_in_force(on=ON)
checked = []


@settings(max_examples=300, deadline=None)
@given(raised_lines(ND07), households(ON))
def test_a_higher_line_never_leaves_a_household_better_off(drawn, household):
    changes, draft = drawn
    before = gn.assess(household, on=ON, standard=ND07)
    after = gn.assess(household, on=ON, standard=draft)
    # Status.rank orders the classifications from poorest (poor) to best off (not poor).
    assert after.status.rank <= before.status.rank, (changes, before.explain("en"), after.explain("en"))  # noqa: S101
    cited = [value.citation for value in _raised(draft, changes)]
    assert cited == [generated_citation()] * len(changes)  # noqa: S101 - the test's values, never the decree's
    checked.append(after.status is not before.status)


def _raised(draft, changes):
    """The raised values as the draft holds them, with their citations."""
    values = gn.parameters(draft)
    return [values[path.replace(ND07.id, draft.id, 1)].value for path in changes]


if __name__ == "__main__":
    test_a_higher_line_never_leaves_a_household_better_off()
    moved = sum(checked)
    print(f"{ND07.id}: {len(checked)} households under drafts that raise its lines; none better off, {moved} worse off")
