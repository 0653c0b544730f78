"""Fill a review form step by step: after each answer, ask giamngheo what is still needed.

An officer knows the household's income and who lives there, and asks the remaining questions one at a time.
After each answer the household is assessed again; the loop stops as soon as the status is decided, which is
usually long before every question has been asked. The answers come from a dictionary standing in for the
household's replies (synthetic data, no real household).

Run: ``python examples/review_form_step_by_step.py``
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

import giamngheo as gn

ON = dt.date(2025, 10, 15)  # a periodic review day (1 September to 14 December)

#: What the household would answer, by field path (members counted from 0).
ANSWERS: dict[str, object] = {
    "members[0].employment": gn.Employment.WAGE_WITHOUT_CONTRACT,
    "members[1].employment": gn.Employment.SELF_EMPLOYED,
    "members[0].disability": False,
    "members[1].disability": False,
    "members[2].disability": False,
    "members[0].has_health_insurance": True,
    "members[1].has_health_insurance": False,
    "members[2].has_health_insurance": True,
    "members[2].nutrition": gn.Nutrition.NORMAL,
    "members[2].attending_school": True,
    "members[0].education": gn.Education.UPPER_SECONDARY,
    "members[1].education": gn.Education.LOWER_SECONDARY,
    "members[0].uses_internet": False,
    "members[1].uses_internet": False,
    "members[2].uses_internet": False,
    "dwelling.floor_area_m2": 20,
    "dwelling.wall": gn.Material.DURABLE,
    "dwelling.column": gn.Material.DURABLE,
    "dwelling.roof": gn.Material.NON_DURABLE,
    "dwelling.water_source": gn.WaterSource.PIPED,
    "dwelling.latrine": gn.Latrine.SEPTIC,
    "dwelling.devices": frozenset({gn.Device.PHONE}),
}

_PATH = re.compile(r"members\[(\d+)\]\.(\w+)|dwelling\.(\w+)")


def answer(household: gn.Household, path: str) -> gn.Household:
    """The household with the answer to ``path`` filled in."""
    match = _PATH.fullmatch(path)
    if match is None:
        msg = f"cannot fill {path}"
        raise ValueError(msg)
    value = ANSWERS[path]
    if match.group(1) is not None:
        i, field = int(match.group(1)), match.group(2)
        members = list(household.members or ())
        members[i] = attrs.evolve(members[i], **{field: value})
        return attrs.evolve(household, members=tuple(members))
    dwelling = household.dwelling or gn.Dwelling()
    return attrs.evolve(household, dwelling=attrs.evolve(dwelling, **{match.group(3): value}))


def main() -> None:
    household = gn.Household(
        id="HH-DEMO-7",
        area=gn.Area.RURAL,
        income_per_capita_monthly_vnd=1_450_000,
        members=(
            gn.Member(id="M-1", birth_date=dt.date(1986, 5, 3), sex=gn.Sex.MALE),
            gn.Member(id="M-2", birth_date=dt.date(1989, 8, 21), sex=gn.Sex.FEMALE),
            gn.Member(id="M-3", birth_date=dt.date(2015, 1, 9)),
        ),
        dwelling=gn.Dwelling(),
    )
    asked = 0
    while True:
        a = gn.assess(household, on=ON)
        print(f"after {asked:>2} answers: {a.status.value:<12} deprived {sorted(a.deprived)}")
        if a.status is not gn.Status.UNDETERMINED:
            break
        question = a.needed[0]
        print(f"   still needed: {len(a.needed)} fields; asking {question}")
        household = answer(household, question)
        asked += 1
    unasked = len(ANSWERS) - asked
    print(f"\nDecided after {asked} of {len(ANSWERS)} questions ({unasked} never needed).\n")
    print(a.explain("en"))


if __name__ == "__main__":
    main()
