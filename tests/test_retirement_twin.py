"""The batch engine's retirement date, month lengths and waste rule equal the scalar ones exactly (issue 16).

``giamngheo.batch._engine._before_retirement`` is the vectorised ``on < schedule.retirement_date(birth, sex)``
of Bộ luật Lao động 2019, Điều 169 khoản 2 (``giamngheo.law.labour_code_2019.RETIREMENT``). It is compared for
every birth date from 1955-01-01 to 1980-12-31, both sexes, on about a hundred retirement dates and the day before
and after each; a golden table of retirement dates worked out by hand pins the scalar schedule itself. The month
lengths it clips a birthday to are compared with :func:`calendar.monthrange` for every month of 1899-2101, and the
waste indicator of the 2027-2030 standard is checked to be deprived, not undetermined, for uncollected waste.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools

import pytest

import giamngheo as gn
from giamngheo._jurisdictions import JURISDICTIONS
from giamngheo.law.labour_code_2019 import RETIREMENT
from giamngheo.testing import build_household, build_member

np = pytest.importorskip("numpy")

from giamngheo import batch  # noqa: E402 - after the optional import
from giamngheo.batch._engine import _before_retirement, _days_in_month  # noqa: E402

SCHEDULE = RETIREMENT.value
MALE, FEMALE = gn.Sex.MALE, gn.Sex.FEMALE
FIRST, LAST = dt.date(1955, 1, 1), dt.date(1980, 12, 31)
ONE = dt.timedelta(days=1)
#: The number of retirement dates the exhaustive test is run on (the day before and after each as well).
SAMPLED = 100


@functools.cache
def _births():
    """Every birth date from FIRST to LAST, and the columns ``_before_retirement`` takes."""
    days = [FIRST + dt.timedelta(days=k) for k in range((LAST - FIRST).days + 1)]
    by, bm, bd = (np.array([getattr(d, f) for d in days], dtype=np.int64) for f in ("year", "month", "day"))
    return days, by, bm, bd


@functools.cache
def _retirements(sex):
    """The scalar retirement date of every birth, as ordinals (one call of the schedule per birth)."""
    days, *_ = _births()
    return np.array([SCHEDULE.retirement_date(d, sex).toordinal() for d in days], dtype=np.int64)


def _sampled_dates():
    """About a hundred retirement dates, deterministically: spread over all, and over those clipped to a month end."""
    days, *_ = _births()
    every, clipped = set(), set()
    for sex in (MALE, FEMALE):
        for birth, ordinal in zip(days, _retirements(sex).tolist(), strict=True):
            retires = dt.date.fromordinal(ordinal)
            every.add(retires)
            if retires.day != birth.day:  # born on the 29th to 31st, retiring in a shorter month
                clipped.add(retires)
    spread = sorted(every)[:: max(1, len(every) // (SAMPLED * 4 // 5))]
    month_ends = sorted(clipped)[:: max(1, len(clipped) // (SAMPLED // 5))]
    return sorted(set(spread) | set(month_ends))


ON_DATES = sorted({on + k * ONE for on in _sampled_dates() for k in (-1, 0, 1)})


def test_the_sample_reaches_clipped_and_leap_day_retirements():
    """The sample holds about 100 retirement dates, month ends among them and 29 February 2020 (a clipped one)."""
    assert SAMPLED * 3 * 3 // 4 <= len(ON_DATES) <= SAMPLED * 3 * 5 // 4
    assert any(on.month == 2 and on.day == 29 for on in ON_DATES)
    assert any(on.day == 30 and on.month in (4, 6, 9, 11) for on in ON_DATES)


@pytest.mark.parametrize("sex", [MALE, FEMALE], ids=["male", "female"])
def test_before_retirement_equals_the_scalar_schedule_for_every_birth(sex):
    """``_before_retirement`` is ``on < retirement_date(birth, sex)`` for every birth 1955-1980, on ~300 dates."""
    days, by, bm, bd = _births()
    retires = _retirements(sex)
    for on in ON_DATES:
        got = _before_retirement(SCHEDULE, sex, by, bm, bd, on)
        expected = on.toordinal() < retires
        wrong = np.flatnonzero(got != expected)
        assert not len(wrong), [
            (days[i].isoformat(), dt.date.fromordinal(int(retires[i])).isoformat(), bool(got[i])) for i in wrong[:5]
        ] + [f"on {on}: {len(wrong)} births differ"]


@pytest.mark.parametrize("sex", [MALE, FEMALE], ids=["male", "female"])
def test_before_retirement_on_a_single_birth_month(sex):
    """The table by month of birth also works for one birth (a single distinct month) and for births out of order."""
    days, by, bm, bd = _births()
    retires = _retirements(sex)
    picks = np.array([len(days) - 1, 0, 4000, 17, 4000, 9000])
    for on in ON_DATES[::25]:
        got = _before_retirement(SCHEDULE, sex, by[picks], bm[picks], bd[picks], on)
        assert got.tolist() == (on.toordinal() < retires[picks]).tolist(), on
        one = _before_retirement(SCHEDULE, sex, by[picks[:1]], bm[picks[:1]], bd[picks[:1]], on)
        assert one.tolist() == [on.toordinal() < int(retires[picks[0]])], on


# --- golden retirement dates, worked out by hand ----------------------------------------------------------------

#: The law the golden rows apply: Điều 169 khoản 2 as giamngheo cites it (``RETIREMENT.citation``).
SOURCE = "Bộ luật Lao động 2019, Điều 169 khoản 2"

# Men: 60 years 3 months for those reaching it in 2021, 3 months more each year up to 62 (2028 on). Women: 55
# years 4 months in 2021, 4 months more each year up to 60 (2035 on). The age that applies is that of the first
# year Y in which the person reaches the age of year Y; adding months clips the day to the month's end.
GOLDEN = [
    # (birth, sex, retirement date, how)
    (dt.date(1961, 3, 15), MALE, dt.date(2021, 6, 15), "60y3m reached in 2021"),
    (dt.date(1961, 9, 30), MALE, dt.date(2021, 12, 30), "60y3m: the last man to retire in 2021"),
    (dt.date(1961, 10, 1), MALE, dt.date(2022, 4, 1), "60y3m would be 2022-01-01, not in 2021; 60y6m in 2022"),
    (dt.date(1961, 12, 31), MALE, dt.date(2022, 6, 30), "60y6m in 2022: '31 June' clipped to the 30th"),
    (dt.date(1963, 10, 1), MALE, dt.date(2024, 10, 1), "61y in 2024 (60y9m would be 2024-07, after 2023)"),
    (dt.date(1964, 1, 31), MALE, dt.date(2025, 4, 30), "61y3m in 2025: '31 April' clipped"),
    (dt.date(1964, 2, 29), MALE, dt.date(2025, 5, 29), "61y would be 2025-02-28, after 2024; 61y3m in 2025"),
    (dt.date(1966, 3, 15), MALE, dt.date(2027, 12, 15), "61y9m reached in 2027"),
    (dt.date(1966, 4, 15), MALE, dt.date(2028, 4, 15), "61y9m would be 2028-01, after 2027; 62y in 2028"),
    (dt.date(1968, 2, 29), MALE, dt.date(2030, 2, 28), "62y in 2030, a common year: clipped to 28 February"),
    (dt.date(1959, 11, 30), MALE, dt.date(2020, 2, 29), "60y3m of 2021 already reached in 2020 (leap): before the law"),
    (dt.date(1955, 6, 10), MALE, dt.date(2015, 9, 10), "retired under the earlier law: 60y3m after birth"),
    (dt.date(1966, 1, 15), FEMALE, dt.date(2021, 5, 15), "55y4m reached in 2021"),
    (dt.date(1966, 8, 31), FEMALE, dt.date(2021, 12, 31), "55y4m: the last woman to retire in 2021"),
    (dt.date(1966, 9, 1), FEMALE, dt.date(2022, 5, 1), "55y4m would be 2022-01-01, not in 2021; 55y8m in 2022"),
    (dt.date(1967, 1, 31), FEMALE, dt.date(2022, 9, 30), "55y8m in 2022: '31 September' clipped"),
    (dt.date(1968, 6, 1), FEMALE, dt.date(2024, 10, 1), "56y4m in 2024 (56y would be 2024-06, after 2023)"),
    (dt.date(1975, 1, 10), FEMALE, dt.date(2034, 9, 10), "59y4m would be 2034-05, after 2033; 59y8m in 2034"),
    (dt.date(1980, 6, 30), FEMALE, dt.date(2040, 6, 30), "60y from 2035 on"),
]


def test_the_golden_rows_cite_the_article_giamngheo_cites():
    """The golden table's source is the provision of ``RETIREMENT``: Bộ luật Lao động 45/2019/QH14, Art. 169(2)."""
    citation = RETIREMENT.citation
    assert (citation.instrument.number, citation.article, citation.clause) == ("45/2019/QH14", 169, 2)
    assert "Điều 169 khoản 2" in SOURCE


@pytest.mark.parametrize(("birth", "sex", "retires", "how"), GOLDEN, ids=[f"{b}-{s.value}" for b, s, *_ in GOLDEN])
def test_golden_retirement_dates(birth, sex, retires, how):
    """The scalar schedule and the batch twin give the retirement date worked out by hand (source: SOURCE)."""
    assert SCHEDULE.retirement_date(birth, sex) == retires, how
    columns = (np.array([getattr(birth, f)], dtype=np.int64) for f in ("year", "month", "day"))
    by, bm, bd = columns
    for on, before in ((retires - ONE, True), (retires, False), (retires + ONE, False)):
        assert _before_retirement(SCHEDULE, sex, by, bm, bd, on).tolist() == [before], (how, on)
        assert SCHEDULE.of_working_age(birth, sex, on) is before, (how, on)


# --- month lengths and the waste rule ---------------------------------------------------------------------------


def test_days_in_month_equals_calendar_for_every_month_of_1899_to_2101():
    """``_days_in_month`` is ``calendar.monthrange`` for every month of 1899-2101 (1900 and 2100 common, 2000 leap)."""
    years, months = np.meshgrid(np.arange(1899, 2102, dtype=np.int64), np.arange(1, 13, dtype=np.int64))
    years, months = years.ravel(), months.ravel()
    expected = [calendar.monthrange(y, m)[1] for y, m in zip(years.tolist(), months.tolist(), strict=True)]
    assert _days_in_month(years, months).tolist() == expected


#: Every standard of the library (the national ones are also those of jurisdiction "VN": each once, by id).
ALL_STANDARDS = {s.id: s for _, s in gn.NATIONAL_STANDARDS} | {
    s.id: s for j in JURISDICTIONS.values() if j.standards is not None for _, s in j.standards
}
WASTE_STANDARDS = [
    s
    for s in ALL_STANDARDS.values()
    if any(i.rule is not None and i.rule.name == "waste_not_collected" for i in s.indicators)
]


def test_a_standard_has_the_waste_indicator():
    """NĐ 351/2025 (2027-2030) measures waste collection; the test below is not vacuous."""
    assert "vn-2027-2030" in {s.id for s in WASTE_STANDARDS}


@pytest.mark.parametrize("standard", WASTE_STANDARDS, ids=[s.id for s in WASTE_STANDARDS])
@pytest.mark.parametrize(
    ("collected", "outcome"), [(False, "deprived"), (True, "not_deprived"), (None, "undetermined")]
)
def test_waste_not_collected_is_deprived_not_undetermined(standard, collected, outcome):
    """Uncollected waste is deprived (not undetermined) in scalar and batch alike; unknown is undetermined."""
    on = standard.window.start
    (waste,) = (i.id for i in standard.indicators if i.rule is not None and i.rule.name == "waste_not_collected")
    households = [
        build_household([build_member(40, on)], dwelling=gn.Dwelling(waste_collected=collected), id=f"H{k}")
        for k in range(3)  # several rows, so that the twin's columns are not of length one
    ]
    scalar = gn.assess(households[0], on=on, standard=standard).finding(waste).outcome.value
    assert scalar == outcome
    result = batch.assess_columns(batch.Columns.from_households(households), on=on, standard=standard)
    k = result.indicator_ids.index(waste)
    got = [
        "deprived" if result.deprived[i, k] else "undetermined" if result.undetermined[i, k] else "not_deprived"
        for i in range(len(households))
    ]
    assert got == [outcome] * len(households)
