"""The 2022-2025 standard as an OpenFisca model: the batch engine's comparison with a rules-as-code framework.

Needs ``openfisca-core`` (``pip install -r benchmarks/requirements.txt``); a benchmark-only dependency.

    from openfisca_model import build_system, build_simulation
    system = build_system(gn.standard_in_force(on=on))
    simulation = build_simulation(system, arrays)          # arrays as batch_data.generate makes them
    status = simulation.calculate("status", on.isoformat()) # EnumArray; numpy.asarray(status): the codes

The model uses openfisca-core's documented API: two entities (``person``; ``household``, a group entity with the
role ``member``), one ``Variable`` for each fact the rules read (``ETERNITY``) and one for each indicator, the
deprivation count and the status (``DAY``: the assessment date is ``period.start``). The simulation is built the
way OpenFisca documents for survey data: ``SimulationBuilder.create_entities``, ``declare_person_entity``,
``declare_entity``, ``join_with_persons``, ``build``, then ``Simulation.set_input`` with whole arrays.

Every threshold is read from the library's ``Standard`` when the system is built (``build_system``) and bound in
the formulas as constants; none is written here. Like ``numpy_reference``, the model is two-valued: the facts it
reads are all known. Its formulas are written independently of ``numpy_reference`` where the rule allows a second
way (working age: "retired" as "some year of the schedule, up to the assessment year, whose retirement age was
reached within that year and by the assessment date", equivalent to ``RetirementSchedule.retirement_date`` as the
schedule only rises).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_core.simulations import Simulation
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

import giamngheo as gn

Person = build_entity(key="person", plural="persons", label="A member of a household", is_person=True)
Household = build_entity(
    key="household",
    plural="households",
    label="A household (hộ gia đình)",
    roles=[{"key": "member", "plural": "members", "label": "Member"}],
)


def _of_enum(kind: type) -> type[Enum]:
    """An OpenFisca enumeration with the members of a giamngheo enumeration, in the same order (same codes)."""
    return Enum(kind.__name__, [(m.name, m.value) for m in kind])  # type: ignore[return-value]


Sex = _of_enum(gn.Sex)
Education = _of_enum(gn.Education)
Employment = _of_enum(gn.Employment)
Nutrition = _of_enum(gn.Nutrition)
Area = _of_enum(gn.Area)
Material = _of_enum(gn.Material)
WaterSource = _of_enum(gn.WaterSource)
Latrine = _of_enum(gn.Latrine)
Status = Enum("Status", [(s.name, s.value) for s in gn.Status if s is not gn.Status.UNDETERMINED])  # codes 0..3

#: The inputs: name -> (entity, value type, OpenFisca enumeration or None).
PERSON_INPUTS: dict[str, tuple[Any, type | None]] = {
    "birth_year": (int, None),
    "birth_month": (int, None),
    "birth_day": (int, None),
    "sex": (Enum, Sex),
    "education": (Enum, Education),
    "employment": (Enum, Employment),
    "nutrition": (Enum, Nutrition),
    "has_health_insurance": (bool, None),
    "attending_school": (bool, None),
    "on_the_job_training": (bool, None),
    "disability": (bool, None),
    "uses_internet": (bool, None),
}
HOUSEHOLD_INPUTS: dict[str, tuple[Any, type | None]] = {
    "area": (Enum, Area),
    "income_num": (int, None),
    "income_den": (int, None),
    "wall": (Enum, Material),
    "column": (Enum, Material),
    "roof": (Enum, Material),
    "water_source": (Enum, WaterSource),
    "latrine": (Enum, Latrine),
    "devices": (int, None),
    "floor_num": (int, None),
    "floor_den": (int, None),
}
_INT32 = np.iinfo(np.int32)


def _variable(name: str, entity: Any, value_type: Any, period: DateUnit, **more: Any) -> type[Variable]:
    """A ``Variable`` subclass, as a ``class`` statement would make it (its name is the variable's)."""
    attributes = {"entity": entity, "value_type": value_type, "definition_period": period, "label": name, **more}
    return type(name, (Variable,), attributes)


def _input(name: str, entity: Any, value_type: Any, kind: type | None) -> type[Variable]:
    more = {} if kind is None else {"possible_values": kind, "default_value": next(iter(kind))}
    return _variable(name, entity, value_type, DateUnit.ETERNITY, **more)


def _one_of(values: Any, kind: type[Enum], members: frozenset) -> np.ndarray:
    """Whether each value of an ``EnumArray`` is one of ``members`` (giamngheo enumeration members)."""
    result = np.zeros(len(values), dtype=bool)
    for member in members:
        result |= values == kind[member.name]
    return result


def _add_months(y: np.ndarray, m: np.ndarray, d: np.ndarray, months: np.ndarray) -> tuple[np.ndarray, ...]:
    """``relativedelta(months=...)``: the day clipped to the month reached."""
    total = y * 12 + m - 1 + months
    year, month = total // 12, total % 12 + 1
    last_day = np.array([calendar.monthrange(2001, k)[1] for k in range(1, 13)])[month - 1]
    leap = (month == 2) & (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    return year, month, np.minimum(d, last_day + leap)


# --- formulas, built with the thresholds of one standard ---------------------------------------------------------


def _person_formulas(standard: gn.Standard) -> dict[str, Callable]:
    employment = next(i.values for i in standard.indicators if i.rule and i.rule.name.startswith("working_age"))
    dependants = next(i.values for i in standard.indicators if i.rule and i.rule.name == "dependants_share")
    schedule = employment["retirement"]
    start, step, cap = (dict(t) for t in (schedule.start_months, schedule.step_months, schedule.cap_months))

    def age(person, period):
        on = period.start
        year = person("birth_year", period).astype(np.int64)
        birthday = person("birth_month", period) * 100 + person("birth_day", period)
        if not calendar.isleap(on.year):
            birthday = np.where(birthday == 229, 228, birthday)
        return on.year - year - (on.month * 100 + on.day < birthday)

    def of_working_age(person, period):
        on = period.start
        today = on.year * 10000 + on.month * 100 + on.day
        sex = person("sex", period)
        y = person("birth_year", period).astype(np.int64)
        m = person("birth_month", period).astype(np.int64)
        d = person("birth_day", period).astype(np.int64)
        retired = np.zeros(len(y), dtype=bool)
        for year in range(schedule.from_year, max(schedule.from_year, on.year) + 1):
            male = min(start[gn.Sex.MALE] + step[gn.Sex.MALE] * (year - schedule.from_year), cap[gn.Sex.MALE])
            female = min(start[gn.Sex.FEMALE] + step[gn.Sex.FEMALE] * (year - schedule.from_year), cap[gn.Sex.FEMALE])
            ry, rm, rd = _add_months(y, m, d, np.where(sex == Sex.MALE, male, female))
            retired |= (ry <= year) & (ry * 10000 + rm * 100 + rd <= today)
        return (person("age", period) >= employment["min_working_age"]) & ~retired

    def is_dependant(person, period):
        if dependants["requires_social_allowance"]:
            raise NotImplementedError("dependants defined with a social allowance")
        age = person("age", period)
        return (age < dependants["child_under"]) | (age >= dependants["elderly_from"]) | person("disability", period)

    return {"age": age, "of_working_age": of_working_age, "is_dependant": is_dependant}


def _indicator_formula(rule: str, v: dict[str, Any]) -> Callable:  # noqa: C901, PLR0911 - one branch per rule
    """The formula of an indicator variable: ``(household, period) -> bool array``."""

    def members(household, name, period):
        return household.members(name, period)

    if rule == "member_without_health_insurance":
        return lambda h, p: h.any((members(h, "age", p) >= v["min_age"]) & ~members(h, "has_health_insurance", p))
    if rule == "child_malnourished":
        return lambda h, p: h.any(
            (members(h, "age", p) < v["max_age"]) & _one_of(members(h, "nutrition", p), Nutrition, v["forms"])
        )
    if rule == "child_out_of_school":

        def school(h, p):
            age = members(h, "age", p)
            return h.any((age >= v["min_age"]) & (age < v["max_age"]) & ~members(h, "attending_school", p))

        return school
    if rule == "young_adult_without_qualification":

        def qualification(h, p):
            age, education = members(h, "age", p), members(h, "education", p)
            young = ~_one_of(education, Education, v["accepted_levels_young"])
            older = ~_one_of(education, Education, v["accepted_levels_older"])
            lacks = np.where(age < v["split_age"], young, older)
            studying = members(h, "attending_school", p) | members(h, "on_the_job_training", p)
            return h.any((age >= v["min_age"]) & (age < v["max_age"]) & lacks & ~studying)

        return qualification
    if rule == "working_age_member_without_secure_job":
        return lambda h, p: h.any(
            members(h, "of_working_age", p) & _one_of(members(h, "employment", p), Employment, v["deprived_employment"])
        )
    if rule == "dependants_share":
        share = Fraction(v["max_share"])
        return lambda h, p: h.sum(members(h, "is_dependant", p)) * share.denominator > share.numerator * h.nb_persons()
    if rule == "non_durable_structures":
        return lambda h, p: (
            sum((h(part, p) == Material.NON_DURABLE).astype(int) for part in ("wall", "column", "roof"))
            >= v["min_non_durable"]
        )
    if rule == "floor_area_per_person":
        minimum = Fraction(v["min_m2_per_person"])
        return lambda h, p: (
            h("floor_num", p).astype(np.int64) * minimum.denominator
            < (minimum.numerator * h.nb_persons() * h("floor_den", p).astype(np.int64))
        )
    if rule == "water_source_not_clean":
        return lambda h, p: ~_one_of(h("water_source", p), WaterSource, v["clean_sources"])
    if rule == "latrine_not_hygienic":
        return lambda h, p: ~_one_of(h("latrine", p), Latrine, v["hygienic_latrines"])
    if rule == "no_member_uses_internet":
        return lambda h, p: ~h.any(members(h, "uses_internet", p))
    if rule == "owns_no_listed_device":
        mask = sum(1 << i for i, d in enumerate(gn.Device) if d in v["devices"])
        return lambda h, p: (h("devices", p) & mask) == 0
    raise NotImplementedError(f"no OpenFisca formula for the rule {rule}")


def _status_formula(standard: gn.Standard) -> Callable:
    cutoff = None if standard.deprivation_cutoff is None else standard.deprivation_cutoff.value
    codes = {s.value: i for i, s in enumerate(Status)}
    months = standard.income_period.months

    def status(household, period):
        count = household("deprivation_count", period)
        deprived = np.zeros(household.count, dtype=bool) if cutoff is None else count >= cutoff
        urban = household("area", period) == Area.URBAN
        num = household("income_num", period).astype(np.int64) * months
        den = household("income_den", period).astype(np.int64)
        result = np.full(household.count, codes[gn.Status.NOT_POOR.value], dtype=np.int16)
        for band in reversed(standard.bands):
            upper = np.where(urban, band.upper_urban_vnd.value, band.upper_rural_vnd.value) * den
            inside = num <= upper if band.inclusive else num < upper
            in_band = np.where(deprived, codes[band.if_deprived.value], codes[band.otherwise.value])
            result = np.where(inside, in_band, result)
        return result

    return status


def indicator_variable(indicator_id: str) -> str:
    """The name of the variable of an indicator."""
    return f"deprived_{indicator_id}"


def build_system(standard: gn.Standard) -> TaxBenefitSystem:
    """The tax-benefit system of ``standard``: its inputs, indicators, deprivation count and status."""
    system = TaxBenefitSystem([Person, Household])
    for name, (value_type, kind) in PERSON_INPUTS.items():
        system.add_variable(_input(name, Person, value_type, kind))
    for name, (value_type, kind) in HOUSEHOLD_INPUTS.items():
        system.add_variable(_input(name, Household, value_type, kind))
    for name, formula in _person_formulas(standard).items():
        value_type = int if name == "age" else bool
        system.add_variable(_variable(name, Person, value_type, DateUnit.DAY, formula=formula))
    names = []
    for indicator in standard.indicators:
        if indicator.rule is None:
            raise NotImplementedError(f"indicator {indicator.id} has no rule")
        formula = _indicator_formula(indicator.rule.name, indicator.values)
        names.append(indicator_variable(indicator.id))
        system.add_variable(_variable(names[-1], Household, bool, DateUnit.DAY, formula=formula))

    def deprivation_count(household, period):
        return sum(household(name, period).astype(np.int16) for name in names)

    system.add_variable(_variable("deprivation_count", Household, int, DateUnit.DAY, formula=deprivation_count))
    status = _variable(
        "status",
        Household,
        Enum,
        DateUnit.DAY,
        formula=_status_formula(standard),
        possible_values=Status,
        default_value=Status.NOT_POOR,
    )
    system.add_variable(status)
    return system


def build_simulation(system: TaxBenefitSystem, arrays: dict[str, np.ndarray]) -> Simulation:
    """A simulation of every household of ``arrays`` (as ``batch_data.generate`` makes them), inputs set.

    OpenFisca's integers are 32-bit: an input out of that range is refused (``ValueError``) rather than cut.
    The code ``-1`` (unknown), which a two-valued model cannot hold, is allowed only where no rule reads it
    (``batch_data`` puts it in the nutrition of members aged 16 or over): it is given as the first value.
    """
    n, m = len(arrays["area"]), len(arrays["member_household"])
    builder = SimulationBuilder()
    builder.create_entities(system)
    builder.declare_person_entity("person", range(m))
    households = builder.declare_entity("household", range(n))
    builder.join_with_persons(households, arrays["member_household"], np.zeros(m, dtype=np.int64))  # role "member"
    simulation = builder.build(system)
    for inputs in (PERSON_INPUTS, HOUSEHOLD_INPUTS):
        for name, (value_type, _) in inputs.items():
            value = arrays[name]
            if value_type is int and (value.min() < _INT32.min or value.max() > _INT32.max):
                raise ValueError(f"{name}: values beyond OpenFisca's 32-bit integers")
            if value_type is Enum:
                value = np.maximum(value, 0)
            simulation.set_input(name, "eternity", value)
    return simulation


def assess(
    system: TaxBenefitSystem, standard: gn.Standard, arrays: dict[str, np.ndarray], on: dt.date
) -> tuple[np.ndarray, np.ndarray]:
    """Status codes and the deprived matrix (households × indicators, in the standard's order)."""
    simulation = build_simulation(system, arrays)
    period = on.isoformat()
    status = np.asarray(simulation.calculate("status", period)).astype(np.int8)
    names = [indicator_variable(i.id) for i in standard.indicators]
    deprived = np.column_stack([simulation.calculate(name, period) for name in names])
    return status, deprived
