"""Every scalar rule has a vectorised twin, and the twins agree on the boundaries of the law (issue 16).

The scalar rules of :mod:`giamngheo.rules` (table ``RULES``) each have a numpy twin in
:mod:`giamngheo.batch._engine`, registered on the rule (``Rule.vectorised``, by ``@vectorises``). The meta-tests
check that every rule has a twin and every twin names a rule, that a rule of the library without a twin is refused,
and that every rule a standard uses is one of them. The differential test assesses households whose
every member is born on a boundary (``giamngheo.testing.boundary_households``: each age threshold, each retirement
date of Bộ luật Lao động 2019, Điều 169 khoản 2 for each sex, the 28th to 31st, 29 February, the assessment day),
for every standard with computed indicators (national and provincial), one by one with :func:`giamngheo.assess`
and all at once with :func:`giamngheo.batch.assess_columns`, and compares the outcome of every indicator and the
status. Pinned examples: the retirement day itself, the day before and after, for a man and a woman; a birth on
the 31st retiring in a 30-day month; born 29 February; born on the assessment day.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo import rules
from giamngheo._jurisdictions import JURISDICTIONS
from giamngheo.law.labour_code_2019 import RETIREMENT
from giamngheo.testing import boundary_household_and_date, boundary_households, build_household

pytest.importorskip("numpy")

from giamngheo import batch
from giamngheo.batch import _engine

TWINS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same households on every run: a failure here is a regression, not luck
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Every standard of the library: the national ones and those of the jurisdictions with standards of their own.
ALL_STANDARDS = {s.id: s for _, s in gn.NATIONAL_STANDARDS} | {
    s.id: s for j in JURISDICTIONS.values() if j.standards is not None for _, s in j.standards
}
#: The standards with an indicator computed from members and dwelling.
COMPUTED = [s for s in ALL_STANDARDS.values() if any(i.rule is not None for i in s.indicators)]
SCHEDULE = RETIREMENT.value
MALE, FEMALE = gn.Sex.MALE, gn.Sex.FEMALE
BAD_JOB = gn.Employment.UNEMPLOYED  # an employment the 2022+ indicator counts as insecure


# --- the tables of rules ----------------------------------------------------------------------------------------


def test_every_scalar_rule_has_a_twin_and_every_twin_a_rule():
    """Every rule of RULES has its twin registered on it, and every twin registered names a rule of RULES."""
    without = sorted(name for name, rule in rules.RULES.items() if rule.vectorised is None)
    assert without == [], "scalar rules without a vectorised twin"
    assert set(_engine.TWINS) - set(rules.RULES) == set(), "vectorised twins without a scalar rule"
    for name, twin in _engine.TWINS.items():
        assert rules.RULES[name].vectorised is twin, name
    assert len(rules.RULES) == 17


def test_a_rule_is_registered_once_and_only_if_it_is_in_the_table():
    """A second twin for a rule, or a twin for a rule outside RULES, is refused when the engine is imported."""
    rule = rules.RULES["waste_not_collected"]
    with pytest.raises(RuntimeError, match="has a vectorised twin already"):
        _engine.vectorises(rule)
    stranger = attrs.evolve(rule)  # the same name, another object: not the rule of the table
    with pytest.raises(RuntimeError, match=r"is not a rule of giamngheo\.rules\.RULES"):
        _engine.vectorises(stranger)


def test_a_rule_of_the_library_without_a_twin_is_an_error_not_a_slow_path():
    """The engine refuses an indicator whose rule is in RULES but has no twin; a rule of one's own falls back."""
    standard = gn.standard_in_force(on=ON)
    household = build_household([_member(dt.date(1990, 1, 1), MALE)])
    columns = batch.Columns.from_households([household])
    rule = standard.indicator("health_insurance").rule
    twin = rule.vectorised
    object.__setattr__(rule, "vectorised", None)
    try:
        with pytest.raises(RuntimeError, match=r"'member_without_health_insurance' .* has no vectorised twin"):
            batch.assess_columns(columns, on=ON, standard=standard)
    finally:
        object.__setattr__(rule, "vectorised", twin)
    own = attrs.evolve(rule)  # a user's rule: equal in every field but not the library's, and without a twin
    assert own.vectorised is None
    indicators = tuple(attrs.evolve(i, rule=own) if i.id == "health_insurance" else i for i in standard.indicators)
    mine = attrs.evolve(standard, indicators=indicators)
    got = batch.assess_columns(columns, on=ON, standard=mine)
    assert gn.assess(household, on=ON, standard=mine).status == got.statuses()[0]


@pytest.mark.parametrize("standard", ALL_STANDARDS.values(), ids=ALL_STANDARDS.keys())
def test_every_rule_of_every_standard_is_registered_with_a_twin(standard):
    """Each indicator's rule is the registered scalar rule of its name, and that name has a vectorised twin."""
    for indicator in standard.indicators:
        rule = indicator.rule
        if rule is None:
            continue
        assert rules.RULES[rule.name] is rule, (standard.id, indicator.id)
        assert rule.vectorised is _engine.TWINS[rule.name], (standard.id, indicator.id)
        assert set(rule.keys) == set(indicator.values), (standard.id, indicator.id)
        assert isinstance(indicator._params, rule.params), (standard.id, indicator.id)


def test_every_twin_is_used_by_some_standard():
    """No twin is dead code: every rule of the tables is used by a standard of the library."""
    used = {i.rule.name for s in ALL_STANDARDS.values() for i in s.indicators if i.rule is not None}
    assert used == set(_engine.TWINS)


# --- the differential test ----------------------------------------------------------------------------------------


def _outcomes(indicator_ids, deprived, undetermined):
    return {
        i: "deprived" if i in deprived else "undetermined" if i in undetermined else "not_deprived"
        for i in indicator_ids
    }


def _scalar(households, on, standard):
    out = []
    for h in households:
        try:
            a = gn.assess(h, on=on, standard=standard)
        except gn.InvalidInput as error:
            out.append(("error", error.field))
            continue
        fast = _outcomes(standard.indicator_ids, a.deprived, a.undetermined)
        slow = {f.indicator.id: f.outcome.value for f in a.findings}  # the rule's evaluate, not its bound twin
        assert fast == slow, h
        out.append((a.status, fast))
    return out


def _batch(households, on, standard):
    result = batch.assess_columns(batch.Columns.from_households(households), on=on, standard=standard)
    ids = result.indicator_ids
    out = []
    for i, status in enumerate(result.statuses()):
        if status is None:
            out.append(("error", result.errors[i].field))
            continue
        deprived = {ids[k] for k in range(len(ids)) if result.deprived[i, k]}
        undetermined = {ids[k] for k in range(len(ids)) if result.undetermined[i, k]}
        out.append((status, _outcomes(standard.indicator_ids, deprived, undetermined)))
    return out


def _cases(standard):
    """(households, on): 1 to 5 boundary households of ``standard``, all assessed on one day of its window."""
    rates = st.sampled_from([0.0, 0.5, None])  # facts at random half of the time: the boundary decides more often
    first = rates.flatmap(lambda rate: boundary_household_and_date(standard, usual_rate=rate))
    return first.flatmap(
        lambda pair: st.lists(boundary_households(pair[1], standard=standard), max_size=4).map(
            lambda rest: ([pair[0], *rest], pair[1])
        )
    )


def _member(birth, sex, **facts):
    """A member of working age but for the retirement date: in insecure work, every other fact usual."""
    usual = {
        "employment": BAD_JOB,
        "has_health_insurance": True,
        "education": gn.Education.UPPER_SECONDARY,
        "attending_school": False,
        "on_the_job_training": False,
        "nutrition": gn.Nutrition.NORMAL,
        "disability": False,
        "social_allowance": False,
        "sick_untreated": False,
        "uses_phone": True,
        "uses_internet": True,
    }
    return gn.Member(birth_date=birth, sex=sex, **(usual | facts))


def _alone(birth, sex, **facts):
    return build_household([_member(birth, sex, **facts)])


def _around_retirement(birth, sex):
    """The member, on their retirement day, the day before and the day after (``on`` varies, the birth not)."""
    retires = SCHEDULE.retirement_date(birth, sex)
    one = dt.timedelta(days=1)
    return [([_alone(birth, sex)], on) for on in (retires - one, retires, retires + one)]


ON = dt.date(2024, 10, 1)
# BLLĐ 2019 Art. 169(2): men reaching it in 2024 retire at 61, women at 56 years 4 months.
PINNED = [
    *_around_retirement(dt.date(1963, 10, 1), MALE),  # 61 on 2024-10-01
    *_around_retirement(dt.date(1968, 6, 1), FEMALE),  # 56y4m on 2024-10-01
    *_around_retirement(dt.date(1967, 1, 31), FEMALE),  # 55y8m in 2022: "31 September", clipped to 2022-09-30
    *_around_retirement(dt.date(1964, 1, 31), MALE),  # 61y3m in 2025: "31 April", clipped to 2025-04-30
    *_around_retirement(dt.date(1964, 2, 29), MALE),  # 61y3m in 2025: 2025-05-29
    *_around_retirement(dt.date(1968, 2, 29), MALE),  # 62 in 2030, a common year: clipped to 2030-02-28
    ([_alone(ON, MALE, employment=None), _alone(ON, None)], ON),  # born on the assessment day
    # the retirement day with the sex unknown: undetermined unless both sexes agree
    ([_alone(dt.date(1963, 10, 1), None), _alone(dt.date(1968, 6, 1), None)], ON),
]


def _pinned(test):
    for households, on in PINNED:
        test = example(case=(households, on, gn.standard_in_force(on=on).id))(test)
    return test


def _agree(households, on, standard):
    households = [attrs.evolve(h, id=f"H{i}") for i, h in enumerate(households)]
    expected = _scalar(households, on, standard)
    got = _batch(households, on, standard)
    for h, e, g in zip(households, expected, got, strict=True):
        if e != g and isinstance(e[1], dict) and isinstance(g[1], dict):
            parted = {i: (e[1][i], g[1][i]) for i in e[1] if e[1][i] != g[1][i]}  # indicator: (scalar, batch)
            pytest.fail(f"{standard.id} on {on}: status {e[0]} / {g[0]}, indicators {parted}, household {h}")
        assert e == g, (standard.id, on, h)


@pytest.mark.parametrize("standard_id", [s.id for s in COMPUTED])  # ids, not standards: short failure reports
@TWINS
@given(data=st.data())
def test_twins_agree_on_boundary_households(standard_id, data):
    """Batch and scalar agree, indicator by indicator and in the status, for boundary households of each standard."""
    standard = ALL_STANDARDS[standard_id]
    households, on = data.draw(_cases(standard), label="households, on")
    _agree(households, on, standard)


@TWINS
@given(case=st.sampled_from(COMPUTED).flatmap(lambda s: _cases(s).map(lambda c: (*c, s.id))))
@_pinned
def test_twins_agree_on_the_pinned_retirement_days(case):
    """The same, with the retirement days, the 31st in a 30-day month, 29 February and birth on the day pinned."""
    households, on, standard_id = case
    _agree(households, on, ALL_STANDARDS[standard_id])


def test_pinned_cases_sit_on_the_retirement_boundary():
    """The pinned members are of working age the day before they retire and not from that day (scalar rule)."""
    for households, on in PINNED[:18]:
        member = households[0].members[0]
        expected = "deprived" if on < SCHEDULE.retirement_date(member.birth_date, member.sex) else "not_deprived"
        outcome = gn.assess(households[0], on=on).finding("employment").outcome
        assert outcome.value == expected, (member.birth_date, member.sex, on)
