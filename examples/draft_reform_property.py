"""A property a ministry can check on a draft: raising a poverty line never leaves a household better off.

For Nghị định 07/2021/NĐ-CP (2022-2025), Hypothesis draws drafts that raise one or more of its income lines
(``giamngheo.testing.raised_lines``) and households near every line (``giamngheo.testing.households``), and checks
that no household is classified better off under the draft than under the decree, in the order of
``Status.rank`` (0 poor, 1 near-poor, 2 middle, 3 none of these). Every raised value is cited as the test's
(``generated_citation()``, ``Verification.USER``), never as the decree's.

Run: ``python examples/draft_reform_property.py`` (needs Hypothesis: ``pip install "giamngheo[testing]"``)
"""

import datetime as dt

from hypothesis import given, settings

import giamngheo as gn
from giamngheo.testing import generated_citation, households, raised_lines

ON = dt.date(2024, 10, 1)
ND07 = gn.builtin_standard("vn-2022-2025")
moved = []


@settings(max_examples=300, deadline=None)
@given(drawn=raised_lines(ND07), household=households(ON))
def test_a_higher_line_never_leaves_a_household_better_off(drawn, household):
    changes, draft = drawn
    before = gn.assess(household, on=ON, standard=ND07)
    after = gn.assess(household, on=ON, standard=draft)
    assert after.status.rank <= before.status.rank, (changes, before.explain("en"), after.explain("en"))  # noqa: S101
    # The raised lines are the test's figures, not the decree's.
    raised = gn.parameters(draft)
    for path in changes:
        assert raised[path.replace(ND07.id, draft.id, 1)].value.citation == generated_citation()  # noqa: S101
    moved.append(after.status is not before.status)


if __name__ == "__main__":
    test_a_higher_line_never_leaves_a_household_better_off()
    worse = sum(moved)
    print(f"{ND07.id}: {len(moved)} households under drafts that raise its lines: none better off, {worse} worse off")
