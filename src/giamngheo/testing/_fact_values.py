"""The facts of members and dwellings as the strategies draw them: each fact's values, how often it is unknown."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from giamngheo._facts import (
    Device,
    Education,
    Employment,
    Latrine,
    Material,
    Nutrition,
    Sex,
    WaterSource,
)
from giamngheo._model import Standard
from giamngheo.law.labour_code_2019 import RetirementSchedule
from giamngheo.testing._common import (
    _AGE_KEYS,
    _BIRTH_YEAR_KEYS,
    _COIN,
    _COIN_DRAWS,
    _MONTH_END,
    _MONTHS_PER_YEAR,
    _USUAL_RATES,
)

# --- members and dwelling --------------------------------------------------------------------------------------

#: ``None`` or a short code such as ``"M-01"``: never a name.
_MEMBER_IDS = st.none() | st.integers(min_value=1, max_value=99).map(lambda n: f"M-{n:02d}")

#: How each fact of a member other than its birth date is drawn (the birth date depends on the date).
_MEMBER_FACTS: dict[str, st.SearchStrategy[Any]] = {
    "sex": st.sampled_from(Sex),
    "has_health_insurance": st.booleans(),
    "attending_school": st.booleans(),
    "education": st.sampled_from(Education),
    "on_the_job_training": st.booleans(),
    "employment": st.sampled_from(Employment),
    "nutrition": st.sampled_from(Nutrition),
    "disability": st.booleans(),
    "social_allowance": st.booleans(),
    "sick_untreated": st.booleans(),
    "uses_phone": st.booleans(),
    "uses_internet": st.booleans(),
}

#: How each fact of a dwelling other than its floor area is drawn (the area depends on the household size).
_DWELLING_FACTS: dict[str, st.SearchStrategy[Any]] = {
    "wall": st.sampled_from(Material),
    "column": st.sampled_from(Material),
    "roof": st.sampled_from(Material),
    "water_source": st.sampled_from(WaterSource),
    "latrine": st.sampled_from(Latrine),
    # "Owns none of them" (the empty set) is a fact of its own, drawn often.
    "devices": st.one_of(st.just(frozenset()), st.frozensets(st.sampled_from(Device))),
    "hears_loudspeaker": st.booleans(),
    "waste_collected": st.booleans(),
}


#: The usual facts of a member deprived of nothing: insured, in school, qualified, in secure work, well fed,
#: cared for, connected. Sex and birth date have no usual value.
_USUAL_MEMBER: dict[str, object] = {
    "has_health_insurance": True,
    "attending_school": True,
    "education": Education.UPPER_SECONDARY,
    "on_the_job_training": False,
    "employment": Employment.SELF_EMPLOYED,
    "nutrition": Nutrition.NORMAL,
    "disability": False,
    "social_allowance": False,
    "sick_untreated": False,
    "uses_phone": True,
    "uses_internet": True,
}

#: The usual facts of a dwelling that lacks nothing; the floor area has no usual value.
_USUAL_DWELLING: dict[str, object] = {
    "wall": Material.DURABLE,
    "column": Material.DURABLE,
    "roof": Material.DURABLE,
    "water_source": WaterSource.PIPED,
    "latrine": Latrine.SEPTIC,
    "devices": frozenset({Device.PHONE, Device.TELEVISION}),
    "hears_loudspeaker": True,
    "waste_collected": True,
}


def _check_rate(name: str, rate: float | None) -> None:
    if rate is not None and not 0 <= rate <= 1:
        raise InvalidArgument(f"{name} must be between 0 and 1, got {rate!r}")


def _coin(draw: st.DrawFn, rate: float) -> bool:
    """``True`` with a probability of about ``rate`` (to the percent); shrinks to ``False``."""
    if rate <= 0:
        return False
    if rate >= 1:
        return True
    return draw(_COIN_DRAWS) >= round((1 - rate) * _COIN)


def _usual_rate(draw: st.DrawFn, usual_rate: float | None) -> float:
    return draw(st.sampled_from(_USUAL_RATES)) if usual_rate is None else usual_rate


@attrs.frozen
class _Rates:
    """How often a fact is unknown and, when known, how often it takes its usual value."""

    unknown: float
    usual: float | None


def _draw_facts(
    draw: st.DrawFn,
    strategies: dict[str, st.SearchStrategy[Any]],
    usual: dict[str, object],
    unknown_rate: float,
    usual_rate: float,
) -> dict[str, Any]:
    """A value for each field of ``strategies``: ``None`` (unknown), its usual value, or drawn."""
    facts: dict[str, Any] = {}
    for name, strategy in strategies.items():
        if _coin(draw, unknown_rate):
            facts[name] = None
        elif name in usual and not _coin(draw, 1 - usual_rate):
            facts[name] = usual[name]
        else:
            facts[name] = draw(strategy)
    return facts


def _years_before(on: dt.date, years: int) -> dt.date:
    """The day exactly ``years`` years before ``on`` (28 February for a 29 February in a common year)."""
    return on - relativedelta(years=years)


def _around(day: dt.date) -> tuple[dt.date, ...]:
    one = dt.timedelta(days=1)
    return day - one, day, day + one


@functools.lru_cache(maxsize=1 << 14)
def _retirement_month(schedule: RetirementSchedule, sex: Sex, year: int, month: int) -> tuple[int, int]:
    """The year and month of the retirement date of a person of ``sex`` born in ``month`` of ``year``.

    They do not depend on the day of birth: the schedule adds whole months, and relativedelta clips only the day.
    """
    reached = schedule.retirement_date(dt.date(year, month, 1), sex)
    return reached.year, reached.month


def _retirement_births(on: dt.date, schedule: RetirementSchedule) -> set[tuple[dt.date, Sex]]:
    """Births, with their sex, whose retirement date under ``schedule`` is ``on`` or a day either side of it.

    For every month of birth whose retirement falls in the month of one of those three days: the births that
    retire on one of the three days (born on that day of the month or, when it is the last day of a retirement
    month shorter than the month of birth, on any later day, clipped to it), and the 28th to the last day of
    the month of birth, whose retirement dates are clipped in a shorter month (born 31 January and retiring in
    February, born 29 February and retiring in a common year).
    """
    days = _around(on)
    wanted = {(day.year, day.month) for day in days}
    latest = _latest_months(schedule)
    here = on.year * _MONTHS_PER_YEAR + on.month - 1
    births: set[tuple[dt.date, Sex]] = set()
    for sex, _ in schedule.start_months:
        # a retirement age is from the lowest to the highest of the schedule: the months of birth in between
        for index in range(here - latest - 1, here - schedule.earliest_months + 2):
            year, month = divmod(index, _MONTHS_PER_YEAR)
            month += 1
            if year < dt.MINYEAR:
                continue
            retires = _retirement_month(schedule, sex, year, month)
            if retires not in wanted:
                continue
            length = calendar.monthrange(year, month)[1]
            retirement_length = calendar.monthrange(*retires)[1]
            birth_days = set(range(_MONTH_END, length + 1))
            for day in days:
                if (day.year, day.month) == retires:
                    birth_days.update(range(day.day, length + 1) if day.day == retirement_length else (day.day,))
            births.update((dt.date(year, month, d), sex) for d in birth_days if d <= length)
    return births


def _latest_months(schedule: RetirementSchedule) -> int:
    """The highest retirement age of ``schedule``, in months."""
    return max(months for _, months in (*schedule.start_months, *schedule.cap_months))


def _retirement_years(schedule: RetirementSchedule) -> range:
    """Whole-year ages from a year below the lowest retirement age of ``schedule`` to a year above the highest.

    Between them a rule must work out the retirement date; below and above, the age alone decides.
    """
    return range(schedule.earliest_months // _MONTHS_PER_YEAR - 1, -(-_latest_months(schedule) // _MONTHS_PER_YEAR) + 2)


def _sex_key(pair: tuple[dt.date, Sex | None]) -> tuple[dt.date, str]:
    return pair[0], "" if pair[1] is None else pair[1].value


@functools.lru_cache(maxsize=1 << 10)
def _boundaries(on: dt.date, standard: Standard) -> tuple[tuple[dt.date, Sex | None], ...]:
    """Every boundary birth date of ``standard`` on ``on``, with the sex it is a boundary for (``None``: either).

    Sorted by date, so that a draw shrinks towards the oldest; none is after ``on``.
    """
    found: set[tuple[dt.date, Sex | None]] = {(on, None)}

    def add(*births: dt.date) -> None:
        found.update((birth, None) for birth in births)

    for indicator in standard.indicators:
        for threshold in indicator.thresholds:
            key, value = threshold.key, threshold.value.value
            if key in _AGE_KEYS and type(value) is int and 0 <= value < on.year:
                add(*_around(_years_before(on, value)))
                if calendar.isleap(on.year - value):  # born on 29 February, near the boundary in early spring
                    add(dt.date(on.year - value, 2, 29))
            elif key in _BIRTH_YEAR_KEYS and type(value) is int and 1 < value <= on.year:
                add(dt.date(value - 1, 12, 31), dt.date(value, 1, 1))
            elif isinstance(value, RetirementSchedule):
                found.update(_retirement_births(on, value))
                for age in _retirement_years(value):
                    if 0 <= age < on.year:
                        add(*_around(_years_before(on, age)))
    return tuple(sorted((pair for pair in found if pair[0] <= on), key=_sex_key))


def _age_boundaries(on: dt.date, standard: Standard) -> list[dt.date]:
    """The birth dates at which an age threshold of ``standard`` is crossed on ``on``, and a day either side."""
    return sorted({birth for birth, _ in _boundaries(on, standard)})
