"""Laws of the deprivation indicators computed from members and dwelling, checked with Hypothesis.

Each law is stated as the law has it (NĐ 07/2021/NĐ-CP, QĐ 59/2015/QĐ-TTg, NĐ 351/2025/NĐ-CP and the Bộ luật Lao
động 2019 they refer to), not as the implementation computes it, and pinned with ``@example`` cases at the
boundaries where it would first break: the day a member turns an age of a threshold, 29 February, 8 m² per
person exactly, the poverty line with one deprivation short of the cut-off.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import example, given, settings
from hypothesis import strategies as st

import giamngheo as gn
from giamngheo._facts import age_in_months_on
from giamngheo.testing import (
    completions,
    households_with_members,
    member_household_and_date,
    members,
)

RURAL = gn.Area.RURAL
ON_2023 = dt.date(2023, 6, 1)
ON_2018 = dt.date(2018, 6, 1)
ON_2028 = dt.date(2028, 6, 1)
MEMBER_FACTS = tuple(f.name for f in attrs.fields(gn.Member) if f.name != "id")
DWELLING_FACTS = tuple(f.name for f in attrs.fields(gn.Dwelling))
PATH = re.compile(r"members\[(\d+)\]")

# The rules, by how adding a member can change them. "Some member …" rules only gain culprits; rules of the
# dwelling do not look at the members; "no member …" rules only lose; the floor area per person only shrinks;
# the share of dependants goes either way (adding an adult of working age can bring it to half or under).
SOME_MEMBER = frozenset(
    {
        "member_without_health_insurance",
        "member_ill_without_care",
        "child_malnourished",
        "child_out_of_school",
        "adult_without_lower_secondary",
        "young_adult_without_qualification",
        "working_age_member_without_secure_job",
    }
)
DWELLING_ONLY = frozenset(
    {
        "non_durable_structures",
        "water_source_not_clean",
        "latrine_not_hygienic",
        "owns_no_listed_device",
        "no_information_asset_nor_loudspeaker",
        "waste_not_collected",
    }
)
NO_MEMBER = frozenset({"no_member_uses_internet", "no_member_uses_phone_or_internet"})
AREA_PER_PERSON = frozenset({"floor_area_per_person"})
SHARE = frozenset({"dependants_share"})

MULTIDIMENSIONAL = [s for _, s in gn.NATIONAL_STANDARDS if s.indicators]


def _born(age, on, **fields):
    """A member who turns ``age`` on ``on`` (written out, so that the laws do not rest on the builders)."""
    return gn.Member(birth_date=on - relativedelta(years=age), **fields)


def _fine(age=30, on=ON_2023, **fields):
    """A member who turns ``age`` on ``on``, deprived of nothing under every standard but what ``fields`` say."""
    facts = {
        "sex": gn.Sex.MALE,
        "has_health_insurance": True,
        "attending_school": True,
        "education": gn.Education.UPPER_SECONDARY,
        "on_the_job_training": False,
        "employment": gn.Employment.SELF_EMPLOYED,
        "nutrition": gn.Nutrition.NORMAL,
        "disability": False,
        "social_allowance": False,
        "sick_untreated": False,
        "uses_phone": True,
        "uses_internet": True,
    }
    return _born(age, on, **(facts | fields))


#: A dwelling that lacks nothing, 8 m² per person for 3 persons exactly.
GOOD_HOME = gn.Dwelling(
    floor_area_m2=24,
    wall="durable",
    column="durable",
    roof="durable",
    water_source="piped",
    latrine="septic",
    devices={gn.Device.PHONE},
    hears_loudspeaker=True,
    waste_collected=True,
)


def _household(members_, dwelling=GOOD_HOME, income=1_500_000):
    return gn.Household(area=RURAL, income_per_capita_monthly_vnd=income, members=members_, dwelling=dwelling)


def _not_deprived(a):
    return a.standard.indicator_ids - a.deprived - a.undetermined


def _multidimensional_dates():
    """Dates under a standard with deprivation indicators: every first and last day, and any day between."""
    return st.sampled_from(MULTIDIMENSIONAL).flatmap(
        lambda s: st.one_of(
            st.sampled_from((s.window.start, s.window.last_day)),
            st.dates(min_value=s.window.start, max_value=s.window.last_day),
        )
    )


@st.composite
def _household_on_a_date(draw, unknown_rate=0.2):
    on = draw(_multidimensional_dates())
    return draw(households_with_members(on, unknown_rate=unknown_rate)), on


# --- ages ------------------------------------------------------------------------------------------------------


@given(st.dates(), st.dates())
@example(dt.date(2017, 6, 1), ON_2023)  # the sixth birthday: 6
@example(dt.date(2017, 6, 2), ON_2023)  # one day short of 6: 5
@example(dt.date(2020, 2, 29), dt.date(2021, 2, 28))  # born on 29 February, a common year: 1 on 28 February
@example(dt.date(2020, 2, 29), dt.date(2021, 3, 1))
@example(dt.date(2020, 2, 29), dt.date(2024, 2, 28))  # a leap year: still 3 on 28 February
@example(dt.date(2020, 2, 29), dt.date(2024, 2, 29))
@example(dt.date(2019, 1, 31), dt.date(2019, 2, 28))  # months: 31 January to the end of February is one month
@example(dt.date(2020, 1, 30), dt.date(2020, 2, 28))  # … but 30 January to 28 February 2020 is not
@example(dt.date(2020, 3, 31), dt.date(2020, 4, 30))
def test_ages_are_counted_as_relativedelta_counts_them(first, second):
    """`age_on` counts whole years and `age_in_months_on` whole months exactly as `relativedelta` does.

    So the two always agree with each other: the age in months, divided by 12, is the age in years.
    """
    birth, on = min(first, second), max(first, second)
    delta = relativedelta(on, birth)
    assert delta.years == gn.age_on(birth, on)
    assert delta.years * 12 + delta.months == age_in_months_on(birth, on)
    assert gn.age_on(birth, on) == age_in_months_on(birth, on) // 12


@st.composite
def _birth_and_date(draw):
    on = draw(_multidimensional_dates())
    near = on - relativedelta(years=6) + dt.timedelta(days=draw(st.integers(-3, 3)))
    birth = draw(st.one_of(st.just(near), st.dates(min_value=dt.date(1920, 1, 1), max_value=on)))
    return birth, on


@given(_birth_and_date())
@example((dt.date(2017, 6, 1), ON_2023))  # the sixth birthday
@example((dt.date(2017, 6, 2), ON_2023))  # one day short of it
@example((dt.date(2016, 2, 29), dt.date(2022, 2, 28)))  # born on 29 February: 6 on 28 February of a common year
@example((dt.date(2016, 2, 29), dt.date(2022, 2, 27)))
@example((dt.date(2012, 2, 29), dt.date(2018, 2, 28)))  # the same under QĐ 59/2015
@example((dt.date(2020, 2, 29), dt.date(2026, 2, 28)))  # and in 2026, NĐ 07/2021 extended by NĐ 351/2025
def test_an_indicator_sees_the_age_that_age_on_gives(case):
    """NĐ 07/2021, QĐ 59/2015 (health insurance): "từ đủ 6 tuổi": an uninsured member counts from the day
    `age_on` says they are 6, the birthday included, and not a day before."""
    birth, on = case
    minimum = gn.standard_in_force(on=on).indicator("health_insurance").values["min_age"]
    member = gn.Member(birth_date=birth, has_health_insurance=False)
    a = gn.assess(_household([member], dwelling=None), on=on)
    assert ("health_insurance" in a.deprived) == (gn.age_on(birth, on) >= minimum)


# --- adding a member --------------------------------------------------------------------------------------------


@st.composite
def _household_and_newcomer(draw):
    """A household, a date, a member aged at least the health-insurance age without insurance, and a place."""
    household, on = draw(_household_on_a_date())
    minimum = gn.standard_in_force(on=on).indicator("health_insurance").values["min_age"]
    age = draw(st.integers(min_value=minimum, max_value=100))
    birth = on - relativedelta(years=age) - dt.timedelta(days=draw(st.sampled_from((0, 1, 364))))
    newcomer = attrs.evolve(draw(members(on)), birth_date=birth, has_health_insurance=False)
    position = draw(st.integers(min_value=0, max_value=len(household.members)))
    return household, on, newcomer, position


def _with(household, newcomer, position):
    listed = list(household.members)
    listed.insert(position, newcomer)
    return attrs.evolve(household, members=tuple(listed), size=None)


def _outcomes(a):
    return {f.indicator.id: (f.indicator.rule.name, f.outcome) for f in a.findings}


#: Three members deprived of nothing but the share of dependants (a child and a person of 60: two of three).
THREE_AT_HOME = (_fine(30), _fine(8), _fine(60))
#: Two dependants (3 and 70 years old) and nothing else lacking, under QĐ 59/2015, in 24 m².
TWO_IN_2018 = (_fine(3, ON_2018), _fine(70, ON_2018))


@given(_household_and_newcomer())
# Exactly 6 on the day: the youngest member the indicator counts (NĐ 07/2021: "từ đủ 6 tuổi").
@example((_household(THREE_AT_HOME), ON_2023, _born(6, ON_2023, has_health_insurance=False), 3))
# An adult joins a household two thirds dependants: the share falls to one half, no longer "more than half".
@example((_household((_fine(3), _fine(70), _fine(35))), ON_2023, _fine(30, has_health_insurance=False), 0))
# Under QĐ 59/2015, 8 m² per person for 3 persons; a fourth brings it under (deprived in housing area too).
@example((_household((*TWO_IN_2018, _fine(40, ON_2018))), ON_2018, _born(6, ON_2018, has_health_insurance=False), 1))
def test_adding_an_uninsured_member_only_adds_what_the_law_says(case):
    """Adding a member aged 6 or more without health insurance (NĐ 07/2021, QĐ 59/2015: "từ đủ 6 tuổi trở lên
    không có bảo hiểm y tế") makes the household deprived in health insurance; every "some member …" indicator
    deprived before stays deprived; the indicators of the dwelling do not change; the floor area per person
    only shrinks, so a deprivation there stays; a "no member uses …" indicator met before stays met."""
    household, on, newcomer, position = case
    before = gn.assess(household, on=on)
    after = gn.assess(_with(household, newcomer, position), on=on)
    assert "health_insurance" in after.deprived
    old, new = _outcomes(before), _outcomes(after)
    rules = {rule for rule, _ in old.values()}
    assert rules <= SOME_MEMBER | DWELLING_ONLY | NO_MEMBER | AREA_PER_PERSON | SHARE, "classify every rule"
    for indicator, (rule, outcome) in old.items():
        if rule in SOME_MEMBER | AREA_PER_PERSON and outcome is gn.Outcome.DEPRIVED:
            assert gn.Outcome.DEPRIVED is new[indicator][1], indicator
        if rule in DWELLING_ONLY:
            assert outcome is new[indicator][1], indicator
        if rule in NO_MEMBER and outcome is gn.Outcome.NOT_DEPRIVED:
            assert gn.Outcome.NOT_DEPRIVED is new[indicator][1], indicator


@given(_multidimensional_dates())
@settings(max_examples=50)
@example(ON_2023)
@example(
    dt.date(2018, 2, 28)
)  # the child born on 29 February 2012 is 6 that day: the one a day short was born on 1 March
@example(dt.date(2024, 2, 28))  # no one turns 6 on 29 February 2024: the one a day short turns 6 on 1 March
def test_a_member_one_day_short_of_the_age_does_not_count(on):
    """The latest-born child who is not yet 6 does not make the household deprived, uninsured as they are."""
    birth = on - relativedelta(years=6) + dt.timedelta(days=1)
    if relativedelta(on, birth).years == 6:  # born on 29 February, a birthday kept on 28 February
        birth += dt.timedelta(days=1)
    child = gn.Member(birth_date=birth, has_health_insurance=False)
    a = gn.assess(_household([_fine(30, on), child], dwelling=None), on=on)
    assert 5 == relativedelta(on, birth).years
    assert 6 == relativedelta(on, birth - dt.timedelta(days=1)).years
    assert gn.Outcome.NOT_DEPRIVED is a.finding("health_insurance").outcome


# --- order of the members ------------------------------------------------------------------------------------


@st.composite
def _household_and_permutation(draw):
    household, on = draw(_household_on_a_date())
    order = draw(st.permutations(range(len(household.members))))
    return household, on, tuple(order)


def _renumber(paths, order):
    """Paths of the permuted household as paths of the original: member ``i`` was ``order[i]``."""
    return {PATH.sub(lambda m: f"members[{order[int(m.group(1))]}]", path) for path in paths}


@given(_household_and_permutation())
# The first member's insurance unknown, the second uninsured: deprived, whatever the order.
@example(
    (
        _household((gn.Member(birth_date=dt.date(1990, 1, 1)), _born(6, ON_2023, has_health_insurance=False))),
        ON_2023,
        (1, 0),
    )
)
# A woman of 57 whose employment is unknown: working age in 2023 depends on her sex alone.
@example((_household((_fine(30), gn.Member(birth_date=dt.date(1966, 1, 1), employment="unemployed"))), ON_2023, (1, 0)))
def test_the_order_of_the_members_does_not_matter(case):
    """The law speaks of "a member", "the members", "no member": permuting them changes nothing but the numbers."""
    household, on, order = case
    permuted = attrs.evolve(household, members=tuple(household.members[i] for i in order))
    a, b = gn.assess(household, on=on), gn.assess(permuted, on=on)
    assert (a.status, a.deprived, a.undetermined, a.possible) == (b.status, b.deprived, b.undetermined, b.possible)
    assert set(a.missing) == _renumber(b.missing, order)
    assert set(a.needed) == _renumber(b.needed, order)
    for f, g in zip(a.findings, b.findings, strict=True):
        assert f.outcome is g.outcome
        assert set(f.members) == {order[i] for i in g.members}
        assert set(f.missing) == _renumber(g.missing, order)


# --- computed and stated ---------------------------------------------------------------------------------------


def _stated(household, deprived):
    if household.income_yearly_vnd is not None:
        return gn.Household(
            area=household.area, income_yearly_vnd=household.income_yearly_vnd, size=household.size, deprived=deprived
        )
    return gn.Household(
        area=household.area, income_per_capita_monthly_vnd=household.income_per_capita_monthly_vnd, deprived=deprived
    )


@given(_household_on_a_date(unknown_rate=0))
# On the line with 2 deprivations (health insurance, dependants), 8 m² per person: near-poor …
@example((_household((_fine(30), _fine(8, has_health_insurance=False), _fine(60))), ON_2023))
# … and a fourth member in the same 24 m²: 3 deprivations, poor (NĐ 07/2021 Art. 3(2)(a)).
@example((_household((_fine(30), _fine(8, has_health_insurance=False), _fine(60), _fine(61))), ON_2023))
def test_computed_and_stated_deprivations_agree(case):
    """With every fact known nothing is undetermined, and stating the deprivations found gives the same result."""
    household, on = case
    a = gn.assess(household, on=on)
    assert frozenset() == a.undetermined
    assert gn.Status.UNDETERMINED is not a.status
    assert () == a.needed
    b = gn.assess(_stated(household, a.deprived), on=on)
    assert (a.status, a.deprived, a.band) == (b.status, b.deprived, b.band)


# --- filling in the unknowns ------------------------------------------------------------------------------------


@st.composite
def _partial_between_and_complete(draw):
    """A household with unknowns, the same with some of them filled in, and with all of them filled in."""
    rate = draw(st.sampled_from((0.05, 0.2, 0.5)))
    partial, on = draw(_household_on_a_date(unknown_rate=rate))
    complete = draw(completions(partial, on))
    listed = []
    for before, after in zip(partial.members, complete.members, strict=True):
        fill = {n: getattr(after, n) for n in MEMBER_FACTS if getattr(before, n) is None and draw(st.booleans())}
        listed.append(attrs.evolve(before, **fill))
    dwelling = partial.dwelling
    if dwelling is not None or draw(st.booleans()):
        known = dwelling or gn.Dwelling()
        fill = {
            n: getattr(complete.dwelling, n)
            for n in DWELLING_FACTS
            if getattr(known, n) is None and draw(st.booleans())
        }
        dwelling = attrs.evolve(known, **fill)
    between = attrs.evolve(partial, members=tuple(listed), dwelling=dwelling)
    return partial, between, complete, on


def _refines(coarse, fine):
    """`fine` keeps every deprived and every not-deprived indicator of `coarse`, and its status is possible."""
    assert coarse.deprived <= fine.deprived
    assert _not_deprived(coarse) <= _not_deprived(fine)
    assert fine.undetermined <= coarse.undetermined
    assert fine.possible <= coarse.possible
    if coarse.status is gn.Status.UNDETERMINED:
        assert fine.status in coarse.possible | {gn.Status.UNDETERMINED}
    else:
        assert coarse.status is fine.status


#: A member of 33 of whom nothing else is known.
UNKNOWN_INSURANCE = gn.Member(birth_date=dt.date(1990, 1, 1))
#: The same, known to be of 33, uninsured, and otherwise deprived of nothing.
UNINSURED = attrs.evolve(_fine(33), birth_date=dt.date(1990, 1, 1), has_health_insurance=False)
#: No hygienic latrine, and 6 m² per person for four.
CRAMPED = attrs.evolve(GOOD_HOME, latrine="none", waste_collected=None)
#: Deprived in housing area and sanitation (2 of 12); health insurance, employment and dependants unknown.
ON_THE_EDGE = _household((_fine(30), UNKNOWN_INSURANCE, _fine(8), _fine(9)), dwelling=CRAMPED)
ALONE = _household((_fine(30),), dwelling=None)


@given(_partial_between_and_complete())
# On the line with 2 deprivations and 3 undetermined: near-poor or poor; uninsured, it is poor.
@example(
    (
        ON_THE_EDGE,
        ON_THE_EDGE,
        _household((_fine(30), UNINSURED, _fine(8), _fine(9)), dwelling=attrs.evolve(CRAMPED, waste_collected=False)),
        ON_2023,
    )
)
# The dwelling unknown, then partly known, then known.
@example(
    (
        ALONE,
        attrs.evolve(ALONE, dwelling=gn.Dwelling(water_source="surface_water")),
        attrs.evolve(ALONE, dwelling=attrs.evolve(GOOD_HOME, water_source="surface_water")),
        ON_2023,
    )
)
def test_filling_in_unknowns_only_decides_what_was_undetermined(case):
    """Three-valued logic is monotone: a fact filled in never turns a deprivation, or its absence, around, and
    never moves a status already determined; an undetermined status becomes one of the two it left open."""
    partial, between, complete, on = case
    a, b, c = (gn.assess(h, on=on) for h in (partial, between, complete))
    _refines(a, b)
    _refines(b, c)
    _refines(a, c)
    assert frozenset() == c.undetermined
    assert c.status in a.possible


# --- what is still needed ----------------------------------------------------------------------------------------


def _value_at(household, path):
    """The value at a path such as ``members[2].sex`` or ``dwelling.latrine``; ``None`` past an unknown."""
    value = household
    for part in re.findall(r"\w+|\[\d+\]", path):
        if value is None:
            return None
        value = value[int(part[1:-1])] if part.startswith("[") else getattr(value, part)
    return value


@given(_household_on_a_date(unknown_rate=0.3))
@example(
    (
        _household(
            (_fine(30), UNKNOWN_INSURANCE), dwelling=attrs.evolve(GOOD_HOME, latrine="none", water_source="other")
        ),
        ON_2023,
    )
)
@example((_household((gn.Member(),), dwelling=None), ON_2023))
@example((_household((gn.Member(),), dwelling=None), ON_2018))
@example((_household((gn.Member(birth_date=dt.date(1966, 1, 1), employment="unemployed"),), dwelling=None), ON_2023))
def test_an_undetermined_status_names_unknown_fields_that_would_decide_it(case):
    """UNDETERMINED comes with the fields still needed, each of them unknown in the household; a determined status
    needs nothing. Each undetermined indicator names unknown fields; a decided one names none."""
    household, on = case
    a = gn.assess(household, on=on)
    if a.status is gn.Status.UNDETERMINED:
        assert a.needed
        assert 2 == len(a.possible)
        assert a.undetermined
    else:
        assert () == a.needed
        assert frozenset({a.status}) == a.possible
    assert set(a.needed) <= set(a.missing)
    assert a.missing == tuple(dict.fromkeys(path for f in a.findings for path in f.missing))  # the fast path agrees
    for f in a.findings:
        for path in f.missing:
            assert _value_at(household, path) is None, path
        assert len(set(f.missing)) == len(f.missing), f.missing
    for f in a.findings:
        assert bool(f.missing) == (f.outcome is gn.Outcome.UNDETERMINED), f.indicator.id
        assert (f.indicator.id in a.undetermined) == (f.outcome is gn.Outcome.UNDETERMINED)
        assert (f.indicator.id in a.deprived) == (f.outcome is gn.Outcome.DEPRIVED)


#: Under NĐ 07/2021, lower secondary school is enough from 16 to under 18 but not from 18 to 30: without a birth
#: date the finding is undetermined, and only the birth date would decide it.
AGE_UNKNOWN_LOWER_SECONDARY = _household(
    (gn.Member(education="lower_secondary", attending_school=False, on_the_job_training=False),), dwelling=None
)


def test_a_known_education_is_not_asked_for_again():
    """The fields still needed are unknown ones: here the birth date, not the education already recorded."""
    finding = gn.assess(AGE_UNKNOWN_LOWER_SECONDARY, on=ON_2023).finding("adult_education")
    assert gn.Outcome.UNDETERMINED is finding.outcome
    assert ("members[0].birth_date",) == finding.missing


def test_a_finding_names_each_missing_field_once():
    """QĐ 59/2015 (adult education: aged 15 or over and born from 1986): an unknown member's birth date is needed
    once, not twice."""
    finding = gn.assess(_household((gn.Member(),), dwelling=None), on=ON_2018).finding("adult_education")
    assert len(set(finding.missing)) == len(finding.missing), finding.missing


# --- explanations --------------------------------------------------------------------------------------------------


@given(member_household_and_date())
@settings(max_examples=100)
@example((_household((gn.Member(),), dwelling=None), ON_2028))
@example((ON_THE_EDGE, ON_2023))
def test_explanations_name_every_indicator(case):
    """The explanation of a computed household, in Vietnamese and in English, names every indicator of the
    standard with its finding."""
    household, on = case
    a = gn.assess(household, on=on)
    for lang in ("vi", "en"):
        text = a.explain(lang)
        for indicator in a.standard.indicators:
            assert indicator.name(lang) in text, (lang, indicator.id)
