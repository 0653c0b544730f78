"""Golden rows for the batch engine's twins, where mutation testing found no test: each equals the scalar path.

Every row is a household the law decides one way, assessed by :func:`giamngheo.assess` and by the batch engine,
which must agree with each other and with the row. The sources are the instruments the rules cite:

* Nghị định 07/2021/NĐ-CP, Điều 3 khoản 1 điểm a (adult education, 2022-2025): a household is deprived if a
  member aged 16 to under 30 (the library: to under 31, see ``max_age``) has not the schooling of their age
  (lower secondary under 18; upper secondary or vocational from 18) and neither attends school nor receives
  on-the-job vocational training. The levels and ages are read from the standard, not written here.
* A household whose members are not listed: every member indicator is undetermined (the library's rule: an
  unknown fact never counts as "not deprived").
"""

from __future__ import annotations

import datetime as dt

import pytest

import giamngheo as gn
from giamngheo.testing import build_household, build_member

np = pytest.importorskip("numpy")

from giamngheo import batch  # noqa: E402
from giamngheo.batch._engine import DEP, NOT, UND, Context, evaluate  # noqa: E402

ON = dt.date(2024, 10, 1)
STANDARD = gn.standard_in_force(on=ON)
ADULT = STANDARD.indicator("adult_education")
SPLIT = ADULT._params.split_age
E = gn.Education


def _both(households: list[gn.Household], indicator: str) -> list[gn.Outcome | str]:
    """The indicator's outcome for each household, by the scalar path, checked equal to the batch engine's."""
    scalar = [gn.assess(h, on=ON).finding(indicator).outcome for h in households]
    result = batch.assess_columns(batch.Columns.from_households(households), on=ON)
    k = result.indicator_ids.index(indicator)
    engine = [
        gn.Outcome.DEPRIVED if result.deprived[i, k] else gn.Outcome.UNDETERMINED if result.undetermined[i, k] else gn.Outcome.NOT_DEPRIVED
        for i in range(len(households))
    ]
    assert scalar == engine
    return scalar


def _member(age: int, education: E, **facts: object) -> gn.Member:
    known = {"attending_school": False, "on_the_job_training": False} | facts
    return build_member(age, ON, education=education, **known)


#: A member past the ages of the indicator, every fact it reads known: the batch stays on the two-valued path.
ELDER = _member(45, E.PRIMARY)


#: (member, outcome, why): every fact known, so the engine's two-valued path decides.
KNOWN = [
    (_member(SPLIT - 1, E.PRIMARY), gn.Outcome.DEPRIVED, "under 18 without lower secondary"),
    (_member(SPLIT - 1, E.LOWER_SECONDARY), gn.Outcome.NOT_DEPRIVED, "under 18 with lower secondary"),
    (_member(SPLIT, E.LOWER_SECONDARY), gn.Outcome.DEPRIVED, "18 with lower secondary only"),
    (_member(SPLIT, E.UPPER_SECONDARY), gn.Outcome.NOT_DEPRIVED, "18 with upper secondary"),
    (_member(SPLIT + 5, E.VOCATIONAL_ELEMENTARY), gn.Outcome.NOT_DEPRIVED, "23 with an elementary vocational level"),
    (_member(SPLIT + 5, E.PRIMARY, on_the_job_training=True), gn.Outcome.NOT_DEPRIVED, "in on-the-job training"),
    (_member(SPLIT + 5, E.PRIMARY, attending_school=True), gn.Outcome.NOT_DEPRIVED, "attending school"),
]


@pytest.mark.parametrize(("member", "outcome"), [(m, o) for m, o, _ in KNOWN], ids=[w for _, _, w in KNOWN])
def test_adult_education_with_every_fact_known(member: gn.Member, outcome: gn.Outcome) -> None:
    household = build_household([member, ELDER])
    assert [outcome] == _both([household], "adult_education")


def test_the_whole_table_at_once_in_one_batch() -> None:
    households = [build_household([m, ELDER]) for m, _, _ in KNOWN]
    assert [o for _, o, _ in KNOWN] == _both(households, "adult_education")


def test_turning_18_on_the_assessment_day_counts_as_18_when_a_fact_is_unknown() -> None:
    """Aged 18 from the 18th birthday on (``gn.age_on``): lower secondary is not enough then."""
    member = build_member(SPLIT, ON, education=E.LOWER_SECONDARY, attending_school=None, on_the_job_training=False)
    assert gn.age_on(member.birth_date, ON) == SPLIT
    assert [gn.Outcome.UNDETERMINED] == _both([build_household([member])], "adult_education")
    younger = build_member(SPLIT - 1, ON, education=E.LOWER_SECONDARY, attending_school=None, on_the_job_training=False)
    assert [gn.Outcome.NOT_DEPRIVED] == _both([build_household([younger])], "adult_education")


def test_a_household_without_its_members_is_undetermined_in_every_member_indicator() -> None:
    dwelling = gn.Dwelling(floor_area_m2=40, water_source=gn.WaterSource.PIPED)
    without = gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1_000_000, dwelling=dwelling)
    listed = build_household([build_member(40, ON, has_health_insurance=True)], dwelling=dwelling)
    for indicator in ("health_insurance", "adult_education", "employment"):
        assert gn.Outcome.UNDETERMINED == _both([without, listed], indicator)[0], indicator


@pytest.mark.parametrize("standard", [s for _, s in gn.NATIONAL_STANDARDS if s.indicators], ids=lambda s: s.id)
def test_every_twin_decides_itself_and_never_hands_back_to_the_scalar_path(standard: gn.Standard) -> None:
    """The engine's codes are deprived, not deprived or undetermined; -1 (the scalar path decides) is for rules
    of one's own without a twin, never for the library's."""
    on = standard.window.start
    every_fact = {"disability": False, "social_allowance": False, "has_health_insurance": True}
    households = [
        build_household([build_member(a, on, has_health_insurance=a % 2 == 0) for a in (3, 17, 18, 40, 70)]),
        build_household([build_member(a, on, **every_fact) for a in (30, 35, 40)]),
        build_household([build_member(a, on, **every_fact) for a in (3, 5, 70)]),
        build_household([build_member(None, on)], dwelling=gn.Dwelling()),
        gn.Household(area=gn.Area.URBAN, income_per_capita_monthly_vnd=1, dwelling=gn.Dwelling(devices=frozenset())),
        gn.Household(area=gn.Area.RURAL, income_per_capita_monthly_vnd=1, deprived=frozenset()),
    ]
    codes = evaluate(standard.indicators, Context(batch.Columns.from_households(households), on))
    computed = [i for i, ind in enumerate(standard.indicators) if ind.rule is not None]
    assert set(np.unique(codes[computed])) <= {NOT, DEP, UND}
