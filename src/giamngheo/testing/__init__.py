"""Hypothesis strategies for testing code that uses giamngheo, and builders of the cases a test pins by hand.

This module needs the optional dependency Hypothesis (``pip install "giamngheo[testing]"``); importing
:mod:`giamngheo` itself never imports it.

The strategies draw what the law makes interesting: dates on the first and last day of every validity window,
incomes one VND either side of every band bound, deprivation counts either side of the cut-off, and incomes
given as a yearly total with a household size as well as per person per month.

For deprivations computed from raw facts, :func:`households_with_members` draws members and a dwelling: birth
dates on, one day either side of, every legal age boundary of the standard in force (read from its indicators'
thresholds), floor areas exactly on the minimum area per person and a hundredth of a m² either side, and every
fact left unknown (``None``) now and then. :func:`completions` fills in the unknown facts of a household, and
:func:`build_member` and :func:`build_household` build the cases a test pins by hand.

:func:`boundary_households` (with :func:`boundary_members` and :func:`boundary_birth_dates`) draws households
whose every member sits on a boundary: born on, or a day either side of, each age threshold, each retirement
date of Bộ luật Lao động 2019, Điều 169 khoản 2 for each sex, the 28th to 31st of the months of birth that
retire then (clipped to a shorter month), 29 February, and the assessment day itself: the cases where a
vectorised twin of a rule is most likely to part from the rule.

For reforms, :func:`parameter_values` draws new values of one parameter of a standard (by its path in
:func:`giamngheo.parameters`) within documented bounds, :func:`reforms` whole reforms of one to a few parameters,
and :func:`raised_lines` reforms that raise one or more income lines: what a ministry checks a draft with ("a
higher line never leaves a household better off", ``examples/draft_reform_property.py``). Every value they set is
cited as a generated one (:func:`generated_citation`, ``Verification.USER``), never as the law's.

>>> import datetime as dt
>>> import giamngheo as gn
>>> from hypothesis import given
>>> from giamngheo.testing import build_household, build_member, household_and_date, member_household_and_date
>>> @given(household_and_date())
... def test_my_report(case):
...     household, on = case
...     assert gn.assess(household, on=on).status in gn.Status
>>> @given(member_household_and_date())
... def test_my_survey(case):
...     household, on = case
...     a = gn.assess(household, on=on)
...     assert a.deprived | a.undetermined <= a.standard.indicator_ids
>>> on = dt.date(2023, 6, 1)
>>> child = build_member(6, on, has_health_insurance=False)  # six years old that very day
>>> gn.assess(build_household([child]), on=on).finding("health_insurance").outcome
<Outcome.DEPRIVED: 'deprived'>
"""

from __future__ import annotations

from giamngheo.testing._boundaries import (
    boundary_birth_dates,
    boundary_household_and_date,
    boundary_households,
    boundary_members,
)
from giamngheo.testing._builders import build_household, build_member
from giamngheo.testing._facts import (
    birth_dates,
    completions,
    dwellings,
    floor_areas,
    households_with_members,
    member_household_and_date,
    members,
)
from giamngheo.testing._households import (
    areas,
    dates_in_force,
    deprived_ids,
    household_and_date,
    households,
    incomes_vnd,
    jurisdiction_codes,
    provincial_household_and_date,
    standards,
)
from giamngheo.testing._measure import af_samples, af_specs
from giamngheo.testing._reforms import generated_citation, parameter_values, raised_lines, reforms
from giamngheo.testing._registers import register_rows
from giamngheo.testing._review import ReviewCase, review_cases, review_records, score_cases

__all__ = [
    "ReviewCase",
    "af_samples",
    "af_specs",
    "areas",
    "birth_dates",
    "boundary_birth_dates",
    "boundary_household_and_date",
    "boundary_households",
    "boundary_members",
    "build_household",
    "build_member",
    "completions",
    "dates_in_force",
    "deprived_ids",
    "dwellings",
    "floor_areas",
    "generated_citation",
    "household_and_date",
    "households",
    "households_with_members",
    "incomes_vnd",
    "jurisdiction_codes",
    "member_household_and_date",
    "members",
    "parameter_values",
    "provincial_household_and_date",
    "raised_lines",
    "reforms",
    "register_rows",
    "review_cases",
    "review_records",
    "score_cases",
    "standards",
]
