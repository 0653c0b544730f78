"""Assess one household on one date and print the reasons in Vietnamese and English.

Run: ``python examples/assess_one_household.py``
"""

import datetime as dt

import giamngheo as gn

household = gn.Household(
    id="HH-001",
    area=gn.Area.RURAL,
    income_yearly_vnd=70_000_000,  # the household's income over the year
    size=4,  # 70,000,000 / 12 / 4 = 1,458,333.33… VND per person per month
    deprived={"health_insurance", "water", "housing_area"},
)
assessment = gn.assess(household, on=dt.date(2024, 10, 1))
print(assessment.explain("vi"))
print()
print(assessment.explain("en"))
print()
print(gn.assessment_to_json(assessment)[:200], "…")
