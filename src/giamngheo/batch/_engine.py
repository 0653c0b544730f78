"""The vectorised rules: every indicator of a standard, and the status, for all households at once.

Each rule mirrors its scalar twin in :mod:`giamngheo.rules` outcome for outcome, three-valued logic
included; a differential test over random households proves them equal. Each is registered on its rule with
:func:`vectorises` (:attr:`giamngheo.rules.Rule.vectorised`) and takes the rule's parameters; a rule of the library
without a twin is an error, not a slow path. Codes of an outcome: 0 not deprived,
1 deprived, 2 undetermined. Codes of three-valued facts inside a rule: 0 false, 1 unknown, 2 true, so that
Kleene's "or" is ``max`` and "and" is ``min``.

A rule about members ("some member is a culprit", "no member uses the service") gives two booleans per member:
``hit`` (a culprit, or a member who uses it) and ``miss`` (a fact that could make one is missing). They become two
bits of one small unsigned word per member, for every such rule of the standard, and a single
``np.bitwise_or.reduceat`` over the members (sorted by household) gives every household's bits at once: most of
the time of a standard is that one pass, not one pass per indicator. Where a column holds no unknown value the
``miss`` arrays are not computed at all (the check costs one pass over a column, once per assessment).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from giamngheo._facts import Device, Education, Employment, Latrine, Material, Nutrition, Sex, WaterSource
from giamngheo._model import Indicator, Status
from giamngheo.batch._columns import code_of
from giamngheo.batch._context import Arr, Context
from giamngheo.rules import RULES, NoParams, Rule, education, employment, health, housing, information, water

if TYPE_CHECKING:
    from giamngheo.law.labour_code_2019 import RetirementSchedule
    from giamngheo.rules.education import Adult2016Params, Adult2022Params, SchoolParams
    from giamngheo.rules.employment import DependantsParams, EmploymentParams
    from giamngheo.rules.health import InsuranceParams, NutritionParams
    from giamngheo.rules.housing import AreaParams, QualityParams
    from giamngheo.rules.information import AssetsParams, DevicesParams
    from giamngheo.rules.water import LatrineParams, WaterParams

__all__ = ["DEP", "NOT", "TWINS", "UND", "Context", "evaluate", "vectorises"]

NOT, DEP, UND = 0, 1, 2
F, U, T = 0, 1, 2


class Members:
    """A member rule's per-member facts, reduced with the other member rules in one pass (see the module).

    Attributes:
        hit: A culprit (``nobody=False``) or a member who uses the service (``nobody=True``).
        miss: A fact that could decide it is missing; ``None`` when no member misses one.
        nobody: Deprived when no member is a hit (else: deprived when some member is).
    """

    __slots__ = ("hit", "miss", "nobody")

    def __init__(self, hit: Arr, miss: Arr | None, *, nobody: bool = False) -> None:
        self.hit, self.miss, self.nobody = hit, miss, nobody


_THREE = np.array([U, F, T], dtype=np.int8)  # indexed by code + 1: unknown, false, true
_NEGATED = np.array([U, T, F], dtype=np.int8)


def _three(values: Arr) -> Arr:
    """-1/0/1 codes as three-valued F/U/T."""
    return _THREE[values + np.int8(1)]


def _codes(kind: type[Any], members: Any) -> Arr:  # noqa: ANN401 - a set of enumeration members
    return np.array(sorted(code_of(kind, m) for m in members), dtype=np.int8)


def _is_in(values: Arr, kind: type[Any], members: Any) -> Arr:  # noqa: ANN401 - a set of enumeration members
    """``values in members`` by the fewest comparisons of ``int8`` codes; unknown (-1) is in no set."""
    inside = [code_of(kind, v) for v in kind if v in members]
    outside = [code_of(kind, v) for v in kind if v not in members]
    if len(inside) <= len(outside) + 1:
        out = np.zeros(len(values), dtype=bool)
        for c in inside:
            out |= values == c
        return out
    out = values >= 0
    for c in outside:
        out &= values != c
    return out


def _single(x: Context, low: int | None, high: int | None, field: str, kind: type[Any] | None, bad: Any) -> Members:  # noqa: ANN401, PLR0917
    """Deprived if some member aged ``low`` to under ``high`` has ``value`` in ``bad``.

    The column ``field`` holds codes of ``kind`` (or 0/1 for a boolean: ``kind`` ``None``, ``bad`` the code), -1 unknown.
    A member is a culprit if in the age range with a bad value; is missing a fact if the value could be bad
    (unknown or bad) and the age is unknown, or in the age range with the value unknown.
    """
    value = getattr(x.c, field)
    in_range = x.in_range(low, high)
    is_bad = value == bad if kind is None else _is_in(value, kind, bad)
    hit = in_range & is_bad
    if x.known(field) and x.ages_known:
        return Members(hit, None)
    unknown = value < 0
    miss = in_range & unknown
    if not x.ages_known:
        miss |= x.any_unknown_age(is_bad | unknown)
    return Members(hit, miss)


def _conjunction(x: Context, low: int | None, high: int | None, facts: list[Callable[[Arr], Arr]]) -> Members:
    """Deprived if some member aged ``low`` to under ``high`` has every fact true (three-valued F/U/T).

    Each fact is a function of the member rows it is asked about, so that only the members in the age range (or
    of unknown age) are looked at.
    """
    rows = np.flatnonzero(x.in_range(low, high) | ~x.age_known)
    refuted = np.zeros(len(rows), dtype=bool)
    all_true = x.age_known[rows].copy()
    for fact in facts:
        values = fact(rows)
        refuted |= values == F
        all_true &= values == T
    live = ~refuted
    m = len(x.hh)
    hit, miss = np.zeros(m, dtype=bool), np.zeros(m, dtype=bool)
    hit[rows] = live & all_true
    miss[rows] = live & ~all_true
    return Members(hit, miss)


Twin = TypeVar("Twin", bound=Callable[..., "Arr | Members"])
#: Every twin registered, by the name of its rule (the meta-tests check it against :data:`giamngheo.rules.RULES`).
TWINS: dict[str, Callable[..., Arr | Members]] = {}


def vectorises(rule: Rule) -> Callable[[Twin], Twin]:
    """Register the decorated function as ``rule``'s numpy twin: ``(context, params) -> outcomes or members' facts``.

    The twin takes the rule's parameters (:meth:`giamngheo.rules.Rule.parameters`) and is set as
    :attr:`giamngheo.rules.Rule.vectorised`.

    Raises:
        RuntimeError: if ``rule`` is not the rule of its name in :data:`giamngheo.rules.RULES`, or has a twin already.
    """
    if RULES.get(rule.name) is not rule:
        raise RuntimeError(f"internal error: {rule.name!r} is not a rule of giamngheo.rules.RULES")
    if rule.vectorised is not None:
        raise RuntimeError(f"internal error: the rule {rule.name!r} has a vectorised twin already")

    def register(twin: Twin) -> Twin:
        object.__setattr__(rule, "vectorised", twin)  # a frozen class: set once, here, when the engine is imported
        TWINS[rule.name] = twin
        return twin

    return register


@vectorises(health.MEMBER_WITHOUT_HEALTH_INSURANCE)
def _insurance(x: Context, p: InsuranceParams) -> Members:
    return _single(x, p.min_age, None, "has_health_insurance", None, 0)


@vectorises(health.MEMBER_ILL_WITHOUT_CARE)
def _care(x: Context, _p: NoParams) -> Members:
    return _single(x, None, None, "sick_untreated", None, 1)


@vectorises(health.CHILD_MALNOURISHED)
def _nutrition(x: Context, p: NutritionParams) -> Members:
    return _single(x, None, p.max_age, "nutrition", Nutrition, p.forms)


@vectorises(education.CHILD_OUT_OF_SCHOOL)
def _school(x: Context, p: SchoolParams) -> Members:
    return _single(x, p.min_age, p.max_age, "attending_school", None, 0)


def _lacks(education: Arr, accepted: Arr) -> Arr:
    """Three-valued: the education is not one of ``accepted``."""
    table = np.full(64, T, dtype=np.int8)
    table[0] = U
    table[accepted.astype(np.intp) + 1] = F
    return table[education + np.int8(1)]


def _negated(values: Arr) -> Arr:
    """Three-valued "not" of -1/0/1 codes."""
    return _NEGATED[values + np.int8(1)]


@vectorises(education.ADULT_WITHOUT_LOWER_SECONDARY)
def _adult_2016(x: Context, p: Adult2016Params) -> Members:
    c = x.c
    born_from, accepted = p.born_from_year, _codes(Education, p.accepted_levels)

    def born(rows: Arr) -> Arr:
        year = c.birth_year[rows]
        return np.where(year < 0, U, np.where(year >= born_from, T, F)).astype(np.int8)

    facts = [born, lambda rows: _lacks(c.education[rows], accepted), lambda rows: _negated(c.attending_school[rows])]
    return _conjunction(x, p.min_age, None, facts)


@vectorises(education.YOUNG_ADULT_WITHOUT_QUALIFICATION)
def _adult_2022(x: Context, p: Adult2022Params) -> Members:
    c = x.c
    low, split, high = p.min_age, p.split_age, p.max_age
    young_levels, older_levels = p.accepted_levels_young, p.accepted_levels_older
    if x.ages_known and all(x.known(f) for f in ("education", "attending_school", "on_the_job_training")):
        # Every fact known: two-valued, written out on whole columns (no compaction, no lookup table).
        young = x.in_range(low, split if high is None else min(split, high))
        older = x.in_range(max(low, split), high)
        lacks = (young & ~_is_in(c.education, Education, young_levels)) | (
            older & ~_is_in(c.education, Education, older_levels)
        )
        hit = lacks & (c.attending_school == 0)
        hit &= c.on_the_job_training == 0
        return Members(hit, None)
    accepted_young, accepted_older = _codes(Education, young_levels), _codes(Education, older_levels)

    def lacks_three(rows: Arr) -> Arr:
        education = c.education[rows]
        young, older = _lacks(education, accepted_young), _lacks(education, accepted_older)
        by_age = np.where(x.age[rows] < split, young, older)
        agree = np.where(young == older, young, U)  # without the age, decided only if both age groups agree
        return np.where(x.age_known[rows], by_age, agree).astype(np.int8)

    facts = [
        lacks_three,
        lambda rows: _negated(c.attending_school[rows]),
        lambda rows: _negated(c.on_the_job_training[rows]),
    ]
    return _conjunction(x, low, high, facts)


def _working_age(x: Context, p: EmploymentParams, rows: Arr) -> Arr:
    """Three-valued, for the members ``rows``: whether they have not reached the retirement age of their sex.

    The members are of known age, at least the minimum working age, and near a retirement age.
    """
    c = x.c
    schedule = p.retirement
    by, bm, bd = (a[rows].astype(np.int64) for a in (c.birth_year, c.birth_month, c.birth_day))
    sex = c.sex[rows]
    working = {s: _before_retirement(schedule, s, by, bm, bd, x.on) for s, _ in schedule.start_months}
    sexes = list(Sex)
    first, second = (working[s] for s in sexes)
    unknown_sex = np.where(first == second, np.where(first, T, F), U)
    known_sex = np.where(sex == sexes.index(Sex.MALE), working[Sex.MALE], working[Sex.FEMALE])
    return np.where(sex < 0, unknown_sex, np.where(known_sex, T, F)).astype(np.int8)


def _days_in_month(year: Arr, month: Arr) -> Arr:
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)[month]
    return np.where((month == 2) & leap, 29, days)


def _before_retirement(schedule: RetirementSchedule, sex: Sex, by: Arr, bm: Arr, bd: Arr, on: dt.date) -> Arr:  # noqa: PLR0917
    """Vectorised ``on < schedule.retirement_date(birth, sex)``.

    The retirement date is found in the first year Y from the schedule's first year in which the person reaches
    the age of year Y (birth plus that many months, the day clipped to the month's end, as relativedelta adds
    months). The year and month depend only on the month of birth: they are found once per distinct month.
    """
    month_of_birth = by * 12 + (bm - 1)
    low = int(month_of_birth.min())
    distinct = np.arange(low, int(month_of_birth.max()) + 1, dtype=np.int64)  # a table by month, no sorting
    inverse = month_of_birth - low
    ry, rm = np.zeros(len(distinct), np.int64), np.zeros(len(distinct), np.int64)
    undecided = np.ones(len(distinct), dtype=bool)
    year = schedule.from_year
    while undecided.any():
        months = distinct + schedule.age_months(sex, year)
        y, m = months // 12, months % 12 + 1
        reached = undecided & (y <= year)
        ry[reached], rm[reached] = y[reached], m[reached]
        undecided &= ~reached
        year += 1
    ry, rm = ry[inverse], rm[inverse]
    rd = np.minimum(bd, _days_in_month(ry, rm))
    on_key = on.year * 10000 + on.month * 100 + on.day
    before: Arr = on_key < ry * 10000 + rm * 100 + rd
    return before


@vectorises(employment.WORKING_AGE_MEMBER_WITHOUT_SECURE_JOB)
def _employment(x: Context, p: EmploymentParams) -> Members:
    """Deprived if some member of working age has an employment in ``deprived_employment``.

    Of working age: known age from the minimum working age; surely so a year below the lowest retirement age,
    surely not from the highest retirement age of the schedule on (a retirement date is at most that many months
    after birth); in between, by the retirement date of the member's sex (worked out for those few members only).
    """
    c = x.c
    schedule = p.retirement
    minimum = p.min_working_age
    surely_until = max(minimum, -((12 - schedule.earliest_months) // 12))  # age * 12 < earliest - 12
    latest = max(m for _, m in (*schedule.start_months, *schedule.cap_months))
    retired_from = max(surely_until, -(-latest // 12))  # age * 12 >= latest: past every retirement date
    employment = c.employment
    is_bad = _is_in(employment, Employment, p.deprived_employment)
    employment_known = x.known("employment")
    candidate = is_bad if employment_known else is_bad | (employment < 0)
    surely = x.in_range(minimum, surely_until)
    hit = is_bad & surely
    near = np.flatnonzero(candidate & x.in_range(surely_until, retired_from))
    scope = _working_age(x, p, near) if len(near) else np.zeros(0, dtype=np.int8)
    hit[near] = is_bad[near] & (scope == T)
    if employment_known and x.ages_known and not (scope == U).any():
        return Members(hit, None)
    unknown = employment < 0
    miss = unknown & surely
    if not x.ages_known:
        miss |= x.any_unknown_age(candidate)
    miss[near] = candidate[near] & ((scope == U) | ((scope == T) & unknown[near]))
    return Members(hit, miss)


@vectorises(employment.DEPENDANTS_SHARE)
def _dependants(x: Context, p: DependantsParams) -> Arr:
    c = x.c
    disability = c.disability
    if p.requires_social_allowance:
        age, known = x.age, x.age_known
        young = np.where(known, F, U)
        old = np.where(known, np.where(age >= p.elderly_from, T, F), U)
        dependant = np.maximum(young, np.minimum(np.maximum(old, _three(disability)), _three(c.social_allowance)))
        dependant = np.where(known & (age < p.child_under), T, dependant)
        sure, unsure = dependant == T, dependant == U
        if not unsure.any():
            unsure = None
    else:  # Kleene's logic written out: a child, an elderly member or one with a disability is a dependant
        sure = x.in_range(None, p.child_under) | x.in_range(p.elderly_from, None)
        sure |= disability == 1
        unsure = None
        if not (x.ages_known and x.known("disability")):
            unsure = ~sure & (~x.age_known | (disability < 0))
    share = p.max_share
    num, den = share.numerator, share.denominator
    n_sure, n_unsure = x.counts(sure, unsure)
    members = x.member_count
    limit = num * members
    deprived = n_sure * den > limit
    n_sure += n_unsure
    decided_not = n_sure * den <= limit
    # codes: deprived 1, not deprived 0, otherwise undetermined 2 (the first two never hold together)
    out = np.full(len(members), UND, dtype=np.int8)
    out -= deprived
    out -= decided_not.view(np.int8) * np.int8(2)
    if not x.every_household_has_members:
        out[~x.has_members] = UND
    return out


def _without_dwelling(x: Context, out: Arr) -> Arr:
    """``out``, undetermined where the household gives no dwelling."""
    if not x.has_dwelling_all:
        out[~x.c.has_dwelling] = UND
    return out


@vectorises(housing.NON_DURABLE_STRUCTURES)
def _quality(x: Context, p: QualityParams) -> Arr:
    c = x.c
    need = p.min_non_durable
    non_durable = code_of(Material, Material.NON_DURABLE)
    bad = (c.wall == non_durable).view(np.int8) + (c.column == non_durable) + (c.roof == non_durable)
    deprived = bad >= need
    unknown = (c.wall < 0).view(np.int8) + (c.column < 0) + (c.roof < 0)
    bad += unknown
    decided_not = bad < need
    # codes: deprived 1, not deprived 0, otherwise undetermined 2
    out = np.full(len(c), UND, dtype=np.int8)
    out -= deprived
    out -= decided_not.view(np.int8) * np.int8(2)
    return _without_dwelling(x, out)


@vectorises(housing.FLOOR_AREA_PER_PERSON)
def _area(x: Context, p: AreaParams) -> Arr:
    c = x.c
    minimum = Fraction(p.min_m2_per_person)
    num, den = minimum.numerator, minimum.denominator
    known = (c.floor_den > 0) & (x.size > 0) & c.has_dwelling
    smaller = c.floor_num * den < num * x.size * c.floor_den
    out = (~known).view(np.int8) * np.int8(2)
    out += smaller & known
    return out


def _in_list(x: Context, field: str, kind: type[Any], accepted: Any) -> Arr:  # noqa: ANN401 - a set of enumeration members
    """Deprived if the dwelling's ``field`` (codes of ``kind``) is not one of ``accepted``."""
    value = getattr(x.c, field)
    out = (~_is_in(value, kind, accepted)).view(np.int8)  # deprived 1, not 0; unknown: 1 + 1, undetermined
    out += value < 0
    return _without_dwelling(x, out)


@vectorises(water.WATER_SOURCE_NOT_CLEAN)
def _water(x: Context, p: WaterParams) -> Arr:
    return _in_list(x, "water_source", WaterSource, p.clean_sources)


@vectorises(water.LATRINE_NOT_HYGIENIC)
def _latrine(x: Context, p: LatrineParams) -> Arr:
    return _in_list(x, "latrine", Latrine, p.hygienic_latrines)


@vectorises(information.NO_MEMBER_USES_INTERNET)
def _internet(x: Context, _p: NoParams) -> Members:
    uses = x.c.uses_internet
    return Members(uses == 1, None if x.known("uses_internet") else uses < 0, nobody=True)


@vectorises(information.NO_MEMBER_USES_PHONE_OR_INTERNET)
def _telecom_2016(x: Context, _p: NoParams) -> Members:
    phone, internet = x.c.uses_phone, x.c.uses_internet
    hit = (phone == 1) | (internet == 1)
    miss = None if x.known("uses_phone") and x.known("uses_internet") else (phone < 0) | (internet < 0)
    return Members(hit, miss, nobody=True)


def _device_mask(devices: Any) -> int:  # noqa: ANN401 - a set of Device
    return sum(1 << code_of(Device, d) for d in devices)


@vectorises(information.OWNS_NO_LISTED_DEVICE)
def _devices(x: Context, p: DevicesParams) -> Arr:
    d = x.c.devices
    unknown = d < 0
    out = (((d & _device_mask(p.devices)) == 0) & ~unknown).view(np.int8)
    out += unknown.view(np.int8) * np.int8(2)
    return _without_dwelling(x, out)


@vectorises(information.NO_INFORMATION_ASSET_NOR_LOUDSPEAKER)
def _assets_2016(x: Context, p: AssetsParams) -> Arr:
    d = x.c.devices
    asset = np.where(d < 0, U, np.where((d & _device_mask(p.devices)) != 0, T, F))
    either = np.maximum(asset, _three(x.c.hears_loudspeaker))
    out = np.where(either == T, NOT, np.where(either == F, DEP, UND)).astype(np.int8)
    return _without_dwelling(x, out)


@vectorises(water.WASTE_NOT_COLLECTED)
def _waste(x: Context, _p: NoParams) -> Arr:
    w = x.c.waste_collected
    out = (w == 0).view(np.int8) + (w < 0).view(np.int8) * np.int8(2)
    return _without_dwelling(x, out)


_SLOTS = 32  # member rules per 64-bit word: two bits each


def _word_dtype(slots: int) -> type[np.unsignedinteger[Any]]:
    for dtype in (np.uint8, np.uint16, np.uint32, np.uint64):
        if 2 * slots <= np.dtype(dtype).itemsize * 8:
            return dtype
    raise AssertionError("unreachable: at most _SLOTS member rules a word")  # pragma: no cover


def _reduce(x: Context, facts: list[tuple[int, Members]], out: Arr) -> None:
    """The outcomes of member rules, into rows of ``out``: one OR-reduction per word of up to ``_SLOTS`` rules.

    Slot ``j`` of a word holds ``hit`` in bit ``2j + 1`` and ``miss`` in bit ``2j``. A household without members
    gets every ``miss`` bit, so that it comes out undetermined.
    """
    for first in range(0, len(facts), _SLOTS):
        chunk = facts[first : first + _SLOTS]
        dtype = _word_dtype(len(chunk))
        words = np.zeros(len(x.hh), dtype=dtype)
        for j, (_, fact) in enumerate(chunk):
            words |= fact.hit.view(np.uint8) * dtype(2 << 2 * j)
            if fact.miss is not None:
                words |= fact.miss.view(np.uint8) * dtype(1 << 2 * j)
        fill = sum(1 << 2 * j for j in range(len(chunk)))
        per_household = x.per_household(words, fill)
        for j, (k, fact) in enumerate(chunk):
            bits = (per_household >> dtype(2 * j)).astype(np.uint8) & np.uint8(3)  # 0 none, 1 miss, 2 or 3 hit
            missing = (bits == 1).view(np.int8) * np.int8(2)
            if fact.nobody:  # nobody uses it: deprived (1); someone: not (0); else undetermined (2)
                missing += bits == 0
                out[k] = missing
            else:  # some culprit: deprived (1); a fact missing: undetermined (2); else not (0)
                missing += bits >= 2
                out[k] = missing


def evaluate(indicators: tuple[Indicator, ...], x: Context) -> Arr:
    """The outcome code of every indicator (rows) for every household (columns)."""
    out = np.full((len(indicators), x.n), UND, dtype=np.int8)
    facts: list[tuple[int, Members]] = []
    for k, indicator in enumerate(indicators):
        rule = indicator.rule
        if rule is None:
            continue
        vectorised = rule.vectorised
        if vectorised is None:
            if RULES.get(rule.name) is rule:
                raise RuntimeError(
                    f"internal error: the rule {rule.name!r} of indicator {indicator.id!r} has no vectorised twin; "
                    "register one with @vectorises in giamngheo.batch._engine"
                )
            out[k] = -1  # a rule of one's own, without a twin: the scalar path decides (see _result)
            continue
        result = vectorised(x, indicator._params)  # noqa: SLF001
        if isinstance(result, Members):
            facts.append((k, result))
        else:
            out[k] = result
    if facts:
        _reduce(x, facts, out)
    return out


STATUS_CODES = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR, Status.UNDETERMINED)
STATUS_CODE = {s: i for i, s in enumerate(STATUS_CODES)}
