"""What the strategies share: sizes, rates of unknown facts, and the boundaries of the standards read from data."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

_MONTHS_PER_YEAR = 12
#: The largest household size drawn; sizes of 1 and of a few members are the common ones.
_MAX_SIZE = 12
#: How far above the highest band bound the "wide range" of incomes reaches, as a multiple of that bound.
_WIDE_FACTOR = 4
#: The largest income drawn at all: a trillion VND a month, to reach far beyond every band.
_HUGE_VND = 10**12
#: Threshold keys whose values are ages in whole years ("từ đủ A tuổi", "dưới A tuổi").
_AGE_KEYS = frozenset({"child_under", "elderly_from", "max_age", "min_age", "min_working_age", "split_age"})
#: Threshold keys whose values are calendar years of birth ("sinh từ năm Y").
_BIRTH_YEAR_KEYS = frozenset({"born_from_year"})
#: The threshold key of the least floor area per person, in m².
_AREA_KEY = "min_m2_per_person"
#: The oldest age drawn, in whole years.
_MAX_AGE = 100
#: The largest number of members drawn for a household with members.
_MAX_MEMBERS = 8
#: The largest floor area of the "wide range" of areas, in m².
_MAX_AREA_M2 = 400
#: Offsets from an area boundary, in m²: a hundredth, a tenth and a whole m² either side.
_AREA_OFFSETS = tuple(Fraction(sign * n, 100) for n in (1, 10, 100) for sign in (-1, 1))
#: The first day of the month from which a birth date may be clipped to the end of a shorter month (relativedelta).
_MONTH_END = 28
#: The resolution of the coins that leave a fact unknown or usual, in draws of 0 to 99: Hypothesis draws
#: small ranges of integers about evenly (larger ranges lean towards small values).
_COIN = 100
#: The rates of usual facts a household is drawn with when none is given: from a household deprived of nothing
#: (first, where shrinking goes) to one whose every fact is drawn at random.
_USUAL_RATES = (1.0, 0.9, 0.5, 0.0)
_COIN_DRAWS = st.integers(min_value=0, max_value=_COIN - 1)
