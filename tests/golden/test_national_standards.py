"""Golden tables of the national poverty standards, 2006-2030, at every band bound.

Every expected value is read off the rule that the module docstrings of ``giamngheo.standards`` state with
their sources (each row names the instrument and provision), never produced by running the code. Incomes are
VND per person per month unless a row gives a yearly total and a household size.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import NamedTuple

import pytest

import giamngheo as gn

RURAL, URBAN = gn.Area.RURAL, gn.Area.URBAN
POOR, NEAR_POOR, MIDDLE, NOT_POOR = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE, gn.Status.NOT_POOR

NONE: frozenset[str] = frozenset()
#: Indicators listed by QĐ 59/2015 Art. 1(2)(b), NĐ 07/2021 Art. 3(1)(b) and NĐ 351/2025 alike.
TWO = frozenset({"health_insurance", "water"})
THREE = TWO | {"housing_area"}


class Row(NamedTuple):
    """A household at a band bound and what the rule makes of it."""

    area: gn.Area
    income: int
    deprived: frozenset[str]
    status: gn.Status
    line: int | None


class Yearly(NamedTuple):
    """A household giving its yearly total income and its size."""

    on: dt.date
    area: gn.Area
    yearly: int
    size: int
    deprived: frozenset[str]
    status: gn.Status
    line: int | None


class Shape(NamedTuple):
    """The shape of a standard."""

    standard_id: str
    first: dt.date
    last: dt.date
    cutoff: int | None
    indicators: int
    urban: str


class Changeover(NamedTuple):
    """One household on the last day of a standard and on the first day of the next."""

    before: dt.date
    after: dt.date
    area: gn.Area
    income: int
    deprived: frozenset[str]
    status_before: gn.Status
    status_after: gn.Status


# --- the rules, row by row: (area, monthly income per person, deprived, status, line) ------------------------

# Quyết định 170/2005/QĐ-TTg, standards/decision_170_2005.py: poor at most 200,000 (rural) / 260,000 (urban).
# fmt: off
DECISION_170_2005 = [
    Row(RURAL, 0, NONE, POOR, 200_000),  # QĐ 170/2005 Art. 1(1): "từ 200.000 đồng … trở xuống"
    Row(RURAL, 199_999, NONE, POOR, 200_000),  # QĐ 170/2005 Art. 1(1)
    Row(RURAL, 200_000, NONE, POOR, 200_000),  # QĐ 170/2005 Art. 1(1): the line itself is poor
    Row(RURAL, 200_001, NONE, NOT_POOR, None),  # QĐ 170/2005 Art. 1(1); no near-poor band (module docstring)
    Row(URBAN, 259_999, NONE, POOR, 260_000),  # QĐ 170/2005 Art. 1(2): "từ 260.000 đồng … trở xuống"
    Row(URBAN, 260_000, NONE, POOR, 260_000),  # QĐ 170/2005 Art. 1(2) (thanhniennews' 270,000 is not the text)
    Row(URBAN, 260_001, NONE, NOT_POOR, None),  # QĐ 170/2005 Art. 1(2); no near-poor band
]
# fmt: on

# Quyết định 09/2011/QĐ-TTg, standards/decision_09_2011.py: poor ≤ 400,000 / 500,000; near-poor ≤ 520,000 / 650,000.
# fmt: off
DECISION_09_2011 = [
    Row(RURAL, 0, NONE, POOR, 400_000),  # QĐ 09/2011 Art. 1(1)
    Row(RURAL, 399_999, NONE, POOR, 400_000),  # QĐ 09/2011 Art. 1(1)
    Row(RURAL, 400_000, NONE, POOR, 400_000),  # QĐ 09/2011 Art. 1(1): "từ 400.000 đồng … trở xuống"
    Row(RURAL, 400_001, NONE, NEAR_POOR, 520_000),  # QĐ 09/2011 Art. 1(3), band read as "above the line" (docstring)
    Row(RURAL, 519_999, NONE, NEAR_POOR, 520_000),  # QĐ 09/2011 Art. 1(3)
    Row(RURAL, 520_000, NONE, NEAR_POOR, 520_000),  # QĐ 09/2011 Art. 1(3): "đến 520.000 đồng"
    Row(RURAL, 520_001, NONE, NOT_POOR, None),  # QĐ 09/2011 Art. 1(3); the 2014 middle standard is not encoded
    Row(URBAN, 499_999, NONE, POOR, 500_000),  # QĐ 09/2011 Art. 1(2)
    Row(URBAN, 500_000, NONE, POOR, 500_000),  # QĐ 09/2011 Art. 1(2): "từ 500.000 đồng … trở xuống"
    Row(URBAN, 500_001, NONE, NEAR_POOR, 650_000),  # QĐ 09/2011 Art. 1(4), band read as "above the line"
    Row(URBAN, 649_999, NONE, NEAR_POOR, 650_000),  # QĐ 09/2011 Art. 1(4)
    Row(URBAN, 650_000, NONE, NEAR_POOR, 650_000),  # QĐ 09/2011 Art. 1(4): "đến 650.000 đồng"
    Row(URBAN, 650_001, NONE, NOT_POOR, None),  # QĐ 09/2011 Art. 1(4)
]
# fmt: on

# Quyết định 59/2015/QĐ-TTg Điều 2, standards/decision_59_2015.py (2016-2020, and 2021 under NĐ 07/2021 Art. 2):
# poor ≤ 700,000 / 900,000 whatever the deprivations; above it and ≤ 1,000,000 / 1,300,000: poor with ≥ 3
# deprivations, near-poor with fewer; above it and ≤ 1,500,000 / 1,950,000: middle living standard.
# fmt: off
DECISION_59_2015 = [
    Row(RURAL, 0, TWO, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a): "từ đủ 700.000 đồng trở xuống"
    Row(RURAL, 699_999, TWO, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a)
    Row(RURAL, 699_999, THREE, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a)
    Row(RURAL, 700_000, NONE, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a): poor whatever the deprivations
    Row(RURAL, 700_000, TWO, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a)
    Row(RURAL, 700_000, THREE, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a)
    Row(RURAL, 700_001, NONE, NEAR_POOR, 1_000_000),  # QĐ 59/2015 Art. 2(2)(a): "trên 700.000 đồng đến 1.000.000 đồng"
    Row(RURAL, 700_001, TWO, NEAR_POOR, 1_000_000),  # QĐ 59/2015 Art. 2(2)(a): fewer than 3 deprivations
    Row(RURAL, 700_001, THREE, POOR, 1_000_000),  # QĐ 59/2015 Art. 2(1)(a): "thiếu hụt từ 03 chỉ số … trở lên"
    Row(RURAL, 999_999, TWO, NEAR_POOR, 1_000_000),  # QĐ 59/2015 Art. 2(2)(a)
    Row(RURAL, 999_999, THREE, POOR, 1_000_000),  # QĐ 59/2015 Art. 2(1)(a)
    Row(RURAL, 1_000_000, TWO, NEAR_POOR, 1_000_000),  # QĐ 59/2015 Art. 2(2)(a): the bound is included
    Row(RURAL, 1_000_000, THREE, POOR, 1_000_000),  # QĐ 59/2015 Art. 2(1)(a): the bound is included
    Row(RURAL, 1_000_001, TWO, MIDDLE, 1_500_000),  # QĐ 59/2015 Art. 2(3)(a), vietnamnet E146686
    Row(RURAL, 1_000_001, THREE, MIDDLE, 1_500_000),  # QĐ 59/2015 Art. 2(3)(a): deprivations no longer count
    Row(RURAL, 1_499_999, TWO, MIDDLE, 1_500_000),  # QĐ 59/2015 Art. 2(3)(a)
    Row(RURAL, 1_499_999, THREE, MIDDLE, 1_500_000),  # QĐ 59/2015 Art. 2(3)(a)
    Row(RURAL, 1_500_000, TWO, MIDDLE, 1_500_000),  # QĐ 59/2015 Art. 2(3)(a), read as "up to and including"
    Row(RURAL, 1_500_000, THREE, MIDDLE, 1_500_000),  # QĐ 59/2015 Art. 2(3)(a)
    Row(RURAL, 1_500_001, TWO, NOT_POOR, None),  # QĐ 59/2015 Art. 2: above every band
    Row(RURAL, 1_500_001, THREE, NOT_POOR, None),  # QĐ 59/2015 Art. 2: above every band
    Row(URBAN, 899_999, TWO, POOR, 900_000),  # QĐ 59/2015 Art. 2(1)(b): "từ đủ 900.000 đồng trở xuống"
    Row(URBAN, 899_999, THREE, POOR, 900_000),  # QĐ 59/2015 Art. 2(1)(b)
    Row(URBAN, 900_000, TWO, POOR, 900_000),  # QĐ 59/2015 Art. 2(1)(b)
    Row(URBAN, 900_000, THREE, POOR, 900_000),  # QĐ 59/2015 Art. 2(1)(b)
    Row(URBAN, 900_001, TWO, NEAR_POOR, 1_300_000),  # QĐ 59/2015 Art. 2(2)(b): "trên 900.000 đồng đến 1.300.000 đồng"
    Row(URBAN, 900_001, THREE, POOR, 1_300_000),  # QĐ 59/2015 Art. 2(1)(b)
    Row(URBAN, 1_299_999, TWO, NEAR_POOR, 1_300_000),  # QĐ 59/2015 Art. 2(2)(b)
    Row(URBAN, 1_299_999, THREE, POOR, 1_300_000),  # QĐ 59/2015 Art. 2(1)(b)
    Row(URBAN, 1_300_000, TWO, NEAR_POOR, 1_300_000),  # QĐ 59/2015 Art. 2(2)(b)
    Row(URBAN, 1_300_000, THREE, POOR, 1_300_000),  # QĐ 59/2015 Art. 2(1)(b)
    Row(URBAN, 1_300_001, TWO, MIDDLE, 1_950_000),  # QĐ 59/2015 Art. 2(3)(b), vietnamnet E146686
    Row(URBAN, 1_300_001, THREE, MIDDLE, 1_950_000),  # QĐ 59/2015 Art. 2(3)(b)
    Row(URBAN, 1_949_999, TWO, MIDDLE, 1_950_000),  # QĐ 59/2015 Art. 2(3)(b)
    Row(URBAN, 1_949_999, THREE, MIDDLE, 1_950_000),  # QĐ 59/2015 Art. 2(3)(b)
    Row(URBAN, 1_950_000, TWO, MIDDLE, 1_950_000),  # QĐ 59/2015 Art. 2(3)(b)
    Row(URBAN, 1_950_000, THREE, MIDDLE, 1_950_000),  # QĐ 59/2015 Art. 2(3)(b)
    Row(URBAN, 1_950_001, TWO, NOT_POOR, None),  # QĐ 59/2015 Art. 2: above every band
    Row(URBAN, 1_950_001, THREE, NOT_POOR, None),  # QĐ 59/2015 Art. 2: above every band
]
# fmt: on

# Nghị định 07/2021/NĐ-CP Điều 3 khoản 2, standards/decree_07_2021.py (2022-2025, and 2026 under NĐ 351/2025):
# ≤ 1,500,000 / 2,000,000: poor with ≥ 3 deprivations, near-poor with fewer; above it and ≤ 2,250,000 /
# 3,000,000: middle living standard whatever the deprivations.
# fmt: off
DECREE_07_2021 = [
    Row(RURAL, 0, TWO, NEAR_POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(b): no income, fewer than 3 deprivations
    Row(RURAL, 0, THREE, POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(a)
    Row(RURAL, 1_499_999, TWO, NEAR_POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(b)
    Row(RURAL, 1_499_999, THREE, POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(a)
    Row(RURAL, 1_500_000, TWO, NEAR_POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(b): "từ 1.500.000 đồng trở xuống"
    Row(RURAL, 1_500_000, THREE, POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(a): "… và thiếu hụt từ 03 chỉ số … trở lên"
    Row(RURAL, 1_500_001, TWO, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c), vnexpress 4228672
    Row(RURAL, 1_500_001, THREE, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c): deprivations no longer count
    Row(RURAL, 2_249_999, TWO, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(RURAL, 2_249_999, THREE, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(RURAL, 2_250_000, TWO, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c), read as "up to and including"
    Row(RURAL, 2_250_000, THREE, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(RURAL, 2_250_001, TWO, NOT_POOR, None),  # NĐ 07/2021 Art. 3(2): above every band
    Row(RURAL, 2_250_001, THREE, NOT_POOR, None),  # NĐ 07/2021 Art. 3(2): above every band
    Row(URBAN, 1_999_999, TWO, NEAR_POOR, 2_000_000),  # NĐ 07/2021 Art. 3(2)(b)
    Row(URBAN, 1_999_999, THREE, POOR, 2_000_000),  # NĐ 07/2021 Art. 3(2)(a)
    Row(URBAN, 2_000_000, TWO, NEAR_POOR, 2_000_000),  # NĐ 07/2021 Art. 3(2)(b): "từ 2.000.000 đồng trở xuống"
    Row(URBAN, 2_000_000, THREE, POOR, 2_000_000),  # NĐ 07/2021 Art. 3(2)(a)
    Row(URBAN, 2_000_001, TWO, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(URBAN, 2_000_001, THREE, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(URBAN, 2_999_999, TWO, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(URBAN, 2_999_999, THREE, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(URBAN, 3_000_000, TWO, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(URBAN, 3_000_000, THREE, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Row(URBAN, 3_000_001, TWO, NOT_POOR, None),  # NĐ 07/2021 Art. 3(2): above every band
    Row(URBAN, 3_000_001, THREE, NOT_POOR, None),  # NĐ 07/2021 Art. 3(2): above every band
]
# fmt: on

# Nghị định 351/2025/NĐ-CP, standards/decree_351_2025.py (2027-2030): ≤ 2,200,000 / 2,800,000 ("đô thị"):
# poor with ≥ 3 deprivations, near-poor with fewer; no middle band is encoded (unconfirmed).
# fmt: off
DECREE_351_2025 = [
    Row(RURAL, 0, TWO, NEAR_POOR, 2_200_000),  # NĐ 351/2025, huengaynay 161540: near-poor rule
    Row(RURAL, 0, THREE, POOR, 2_200_000),  # NĐ 351/2025, sggp post831518
    Row(RURAL, 2_199_999, TWO, NEAR_POOR, 2_200_000),  # NĐ 351/2025, huengaynay 161540
    Row(RURAL, 2_199_999, THREE, POOR, 2_200_000),  # NĐ 351/2025, sggp post831518
    Row(RURAL, 2_200_000, TWO, NEAR_POOR, 2_200_000),  # NĐ 351/2025: "từ 2,2 triệu đồng/người/tháng trở xuống"
    Row(RURAL, 2_200_000, THREE, POOR, 2_200_000),  # NĐ 351/2025: "… và thiếu hụt từ 3 chỉ số … trở lên"
    Row(RURAL, 2_200_001, TWO, NOT_POOR, None),  # NĐ 351/2025: no middle band encoded (module docstring)
    Row(RURAL, 2_200_001, THREE, NOT_POOR, None),  # NĐ 351/2025: no middle band encoded
    Row(URBAN, 2_799_999, TWO, NEAR_POOR, 2_800_000),  # NĐ 351/2025, vietnamplus post1086100
    Row(URBAN, 2_799_999, THREE, POOR, 2_800_000),  # NĐ 351/2025, vietnamplus post1086100
    Row(URBAN, 2_800_000, TWO, NEAR_POOR, 2_800_000),  # NĐ 351/2025: 2,800,000 in "đô thị"
    Row(URBAN, 2_800_000, THREE, POOR, 2_800_000),  # NĐ 351/2025: 2,800,000 in "đô thị"
    Row(URBAN, 2_800_001, TWO, NOT_POOR, None),  # NĐ 351/2025: no middle band encoded
    Row(URBAN, 2_800_001, THREE, NOT_POOR, None),  # NĐ 351/2025: no middle band encoded
]
# fmt: on

# --- the windows: which rule applies on which dates -----------------------------------------------------------

# (standard id, first day, a day inside, last day, rule)
# fmt: off
WINDOWS = [
    ("vn-2006-2010", dt.date(2006, 1, 1), dt.date(2008, 2, 29), dt.date(2010, 12, 31), DECISION_170_2005),  # QĐ 170/2005 Art. 1: "áp dụng cho giai đoạn 2006 - 2010"
    ("vn-2011-2015", dt.date(2011, 1, 1), dt.date(2012, 2, 29), dt.date(2015, 12, 31), DECISION_09_2011),  # QĐ 09/2011 Art. 3: in force from 01/01/2011
    ("vn-2016-2020", dt.date(2016, 1, 1), dt.date(2018, 1, 1), dt.date(2020, 12, 31), DECISION_59_2015),  # QĐ 59/2015: Art. 1-2 "được thực hiện từ ngày 01 tháng 01 năm 2016"
    ("vn-2021", dt.date(2021, 1, 1), dt.date(2021, 7, 1), dt.date(2021, 12, 31), DECISION_59_2015),  # NĐ 07/2021 Art. 2: QĐ 59/2015 continues in 2021
    ("vn-2022-2025", dt.date(2022, 1, 1), dt.date(2024, 2, 29), dt.date(2025, 12, 31), DECREE_07_2021),  # NĐ 07/2021 Art. 3: 2022-2025
    ("vn-2026", dt.date(2026, 1, 1), dt.date(2026, 7, 1), dt.date(2026, 12, 31), DECREE_07_2021),  # NĐ 351/2025: "từ ngày 01/01/2026 đến hết ngày 31/12/2026"
    ("vn-2027-2030", dt.date(2027, 1, 1), dt.date(2028, 2, 29), dt.date(2030, 12, 31), DECREE_351_2025),  # NĐ 351/2025: "From 2027, a new poverty standard"
]
# fmt: on

BAND_CASES = [
    pytest.param(
        on, standard_id, row, id=f"{standard_id}-{on.isoformat()}-{row.area.value}-{row.income}-{len(row.deprived)}"
    )
    for standard_id, first, inside, last, rule in WINDOWS
    for on in (first, inside, last)
    for row in rule
]


@pytest.mark.parametrize(("on", "standard_id", "row"), BAND_CASES)
def test_status_at_every_band_bound(on, standard_id, row):
    """On every date of its window, a standard gives a household at, just under or just over a bound its status."""
    household = gn.Household(area=row.area, income_per_capita_monthly_vnd=row.income, deprived=row.deprived)
    a = gn.assess(household, on=on)
    assert standard_id == a.standard.id
    assert row.status == a.status
    assert row.line == (None if a.line is None else a.line.value)
    assert len(row.deprived) == a.deprivation_count
    assert Fraction(row.income) == a.income_per_capita_monthly_vnd


# --- income given as a yearly total and a household size ------------------------------------------------------

# (date, area, yearly income, size, deprived, status, line)
# fmt: off
YEARLY_CASES = [
    Yearly(dt.date(2008, 6, 1), RURAL, 2_400_000, 1, NONE, POOR, 200_000),  # QĐ 170/2005 Art. 1(1): 2,400,000 / 12 = 200,000
    Yearly(dt.date(2008, 6, 1), RURAL, 2_400_001, 1, NONE, NOT_POOR, None),  # QĐ 170/2005 Art. 1(1): 1/12 VND over the line
    Yearly(dt.date(2008, 6, 1), URBAN, 3_120_000, 1, NONE, POOR, 260_000),  # QĐ 170/2005 Art. 1(2): monthly "at most" applied, not the yearly "dưới 3.120.000"
    Yearly(dt.date(2008, 6, 1), URBAN, 3_120_001, 1, NONE, NOT_POOR, None),  # QĐ 170/2005 Art. 1(2)
    Yearly(dt.date(2013, 6, 1), RURAL, 4_800_000, 1, NONE, POOR, 400_000),  # QĐ 09/2011 Art. 1(1): 4,800,000 / 12 = 400,000
    Yearly(dt.date(2013, 6, 1), RURAL, 4_800_001, 1, NONE, NEAR_POOR, 520_000),  # QĐ 09/2011 Art. 1(3): 400,000 1/12 is near-poor, no gap
    Yearly(dt.date(2013, 6, 1), URBAN, 23_400_000, 3, NONE, NEAR_POOR, 650_000),  # QĐ 09/2011 Art. 1(4): 23,400,000 / 12 / 3 = 650,000
    Yearly(dt.date(2013, 6, 1), URBAN, 23_400_001, 3, NONE, NOT_POOR, None),  # QĐ 09/2011 Art. 1(4)
    Yearly(dt.date(2018, 6, 1), RURAL, 8_400_000, 1, TWO, POOR, 700_000),  # QĐ 59/2015 Art. 2(1)(a): 8,400,000 / 12 = 700,000
    Yearly(dt.date(2018, 6, 1), RURAL, 8_400_001, 1, TWO, NEAR_POOR, 1_000_000),  # QĐ 59/2015 Art. 2(2)(a)
    Yearly(dt.date(2018, 6, 1), RURAL, 8_400_001, 1, THREE, POOR, 1_000_000),  # QĐ 59/2015 Art. 2(1)(a)
    Yearly(dt.date(2018, 6, 1), URBAN, 32_400_000, 3, TWO, POOR, 900_000),  # QĐ 59/2015 Art. 2(1)(b): 32,400,000 / 12 / 3 = 900,000
    Yearly(dt.date(2018, 6, 1), URBAN, 32_400_001, 3, TWO, NEAR_POOR, 1_300_000),  # QĐ 59/2015 Art. 2(2)(b)
    Yearly(dt.date(2021, 12, 31), RURAL, 12_000_001, 1, TWO, MIDDLE, 1_500_000),  # NĐ 07/2021 Art. 2 → QĐ 59/2015 Art. 2(3)(a)
    Yearly(dt.date(2023, 6, 1), RURAL, 17_999_999, 1, TWO, NEAR_POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(b): just under the line
    Yearly(dt.date(2023, 6, 1), RURAL, 18_000_000, 1, TWO, NEAR_POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(b): 18,000,000 / 12 = 1,500,000
    Yearly(dt.date(2023, 6, 1), RURAL, 18_000_000, 1, THREE, POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(a): on the line
    Yearly(dt.date(2023, 6, 1), RURAL, 18_000_001, 1, THREE, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c): 1/12 VND over the line
    Yearly(dt.date(2023, 6, 1), RURAL, 72_000_000, 4, THREE, POOR, 1_500_000),  # NĐ 07/2021 Art. 3(2)(a): 72,000,000 / 12 / 4
    Yearly(dt.date(2023, 6, 1), RURAL, 72_000_001, 4, THREE, MIDDLE, 2_250_000),  # NĐ 07/2021 Art. 3(2)(c): 1/48 VND over
    Yearly(dt.date(2023, 6, 1), URBAN, 24_000_000, 1, THREE, POOR, 2_000_000),  # NĐ 07/2021 Art. 3(2)(a): 24,000,000 / 12
    Yearly(dt.date(2023, 6, 1), URBAN, 24_000_001, 1, THREE, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c)
    Yearly(dt.date(2023, 6, 1), URBAN, 36_000_000, 1, TWO, MIDDLE, 3_000_000),  # NĐ 07/2021 Art. 3(2)(c): 36,000,000 / 12
    Yearly(dt.date(2023, 6, 1), URBAN, 36_000_001, 1, TWO, NOT_POOR, None),  # NĐ 07/2021 Art. 3(2): above every band
    Yearly(dt.date(2026, 12, 31), RURAL, 26_400_000, 1, THREE, MIDDLE, 2_250_000),  # NĐ 351/2025 → NĐ 07/2021 Art. 3(2)(c)
    Yearly(dt.date(2027, 1, 1), RURAL, 26_400_000, 1, THREE, POOR, 2_200_000),  # NĐ 351/2025: 26,400,000 / 12 = 2,200,000
    Yearly(dt.date(2027, 1, 1), RURAL, 26_400_001, 1, THREE, NOT_POOR, None),  # NĐ 351/2025: no middle band encoded
    Yearly(dt.date(2029, 6, 1), URBAN, 67_200_000, 2, TWO, NEAR_POOR, 2_800_000),  # NĐ 351/2025: 67,200,000 / 12 / 2 = 2,800,000
    Yearly(dt.date(2029, 6, 1), URBAN, 67_200_001, 2, THREE, NOT_POOR, None),  # NĐ 351/2025: 1/24 VND over the line
]
# fmt: on


@pytest.mark.parametrize("case", YEARLY_CASES)
def test_yearly_income_is_divided_exactly(case):
    """A yearly total is divided by 12 months and the household size exactly, so 1/12 VND over a line is over it."""
    household = gn.Household(area=case.area, income_yearly_vnd=case.yearly, size=case.size, deprived=case.deprived)
    a = gn.assess(household, on=case.on)
    assert Fraction(case.yearly, 12 * case.size) == a.income_per_capita_monthly_vnd
    assert case.status == a.status
    assert case.line == (None if a.line is None else a.line.value)


# --- the timeline: which standard is in force on which day ----------------------------------------------------

# (date, standard id, the provision that makes it apply)
# fmt: off
IN_FORCE = [
    (dt.date(2006, 1, 1), "vn-2006-2010", "Decision 170/2005/QĐ-TTg, Art. 1"),  # QĐ 170/2005 Art. 1: 2006-2010
    (dt.date(2010, 12, 31), "vn-2006-2010", "Decision 170/2005/QĐ-TTg, Art. 1"),  # QĐ 170/2005 Art. 1: last day
    (dt.date(2011, 1, 1), "vn-2011-2015", "Decision 09/2011/QĐ-TTg, Art. 1"),  # QĐ 09/2011 Art. 3: from 01/01/2011
    (dt.date(2011, 1, 30), "vn-2011-2015", "Decision 09/2011/QĐ-TTg, Art. 1"),  # QĐ 09/2011: signed 30/01/2011, applies from 01/01
    (dt.date(2015, 12, 31), "vn-2011-2015", "Decision 09/2011/QĐ-TTg, Art. 1"),  # QĐ 09/2011 Art. 1: 2011-2015
    (dt.date(2016, 1, 1), "vn-2016-2020", "Decision 59/2015/QĐ-TTg, Art. 2"),  # QĐ 59/2015: Art. 1-2 from 01/01/2016
    (dt.date(2016, 1, 4), "vn-2016-2020", "Decision 59/2015/QĐ-TTg, Art. 2"),  # QĐ 59/2015: in force 05/01/2016, applied from 01/01
    (dt.date(2020, 12, 31), "vn-2016-2020", "Decision 59/2015/QĐ-TTg, Art. 2"),  # QĐ 59/2015: 2016-2020
    (dt.date(2021, 1, 1), "vn-2021", "Decree 07/2021/NĐ-CP, Art. 2"),  # NĐ 07/2021 Art. 2: QĐ 59/2015 applies in 2021
    (dt.date(2021, 3, 15), "vn-2021", "Decree 07/2021/NĐ-CP, Art. 2"),  # NĐ 07/2021 in force 15/03/2021, still Art. 2
    (dt.date(2021, 12, 31), "vn-2021", "Decree 07/2021/NĐ-CP, Art. 2"),  # NĐ 07/2021 Art. 2: through 2021
    (dt.date(2022, 1, 1), "vn-2022-2025", "Decree 07/2021/NĐ-CP, Art. 3"),  # NĐ 07/2021 Art. 3: 2022-2025
    (dt.date(2025, 2, 24), "vn-2022-2025", "Decree 07/2021/NĐ-CP, Art. 3"),  # NĐ 30/2025 leaves the household standard unchanged
    (dt.date(2025, 12, 31), "vn-2022-2025", "Decree 07/2021/NĐ-CP, Art. 3"),  # NĐ 07/2021 Art. 3: last day
    (dt.date(2026, 1, 1), "vn-2026", "Decree 351/2025/NĐ-CP"),  # NĐ 351/2025: "từ ngày 01/01/2026"
    (dt.date(2026, 12, 31), "vn-2026", "Decree 351/2025/NĐ-CP"),  # NĐ 351/2025: "đến hết ngày 31/12/2026"
    (dt.date(2027, 1, 1), "vn-2027-2030", "Decree 351/2025/NĐ-CP"),  # NĐ 351/2025: the new standard from 2027
    (dt.date(2030, 12, 31), "vn-2027-2030", "Decree 351/2025/NĐ-CP"),  # NĐ 351/2025: 2026-2030 period
]
# fmt: on


@pytest.mark.parametrize(("on", "standard_id", "basis"), IN_FORCE)
def test_standard_in_force_on_each_boundary_day(on, standard_id, basis):
    """The standard in force on a day is the one whose window holds it, resting on the provision that says so."""
    standard = gn.standard_in_force(on=on)
    assert standard_id == standard.id
    assert basis == standard.basis.render("en")
    assert on in standard.window


# (standard id, first day, last day, deprivation cut-off, number of indicators, urban label in Vietnamese)
# fmt: off
SHAPES = [
    Shape("vn-2006-2010", dt.date(2006, 1, 1), dt.date(2010, 12, 31), None, 0, "thành thị"),  # QĐ 170/2005: income only
    Shape("vn-2011-2015", dt.date(2011, 1, 1), dt.date(2015, 12, 31), None, 0, "thành thị"),  # QĐ 09/2011: income only
    Shape("vn-2016-2020", dt.date(2016, 1, 1), dt.date(2020, 12, 31), 3, 10, "thành thị"),  # QĐ 59/2015 Art. 1(2)(b): 10 indicators; Art. 2: "từ 03 chỉ số"
    Shape("vn-2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31), 3, 10, "thành thị"),  # NĐ 07/2021 Art. 2 → QĐ 59/2015
    Shape("vn-2022-2025", dt.date(2022, 1, 1), dt.date(2025, 12, 31), 3, 12, "thành thị"),  # NĐ 07/2021 Art. 3(1)(b): 12 indicators; 3(2)(a): "từ 03 chỉ số"
    Shape("vn-2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), 3, 12, "thành thị"),  # NĐ 351/2025 → NĐ 07/2021 Art. 3
    Shape("vn-2027-2030", dt.date(2027, 1, 1), dt.date(2030, 12, 31), 3, 12, "đô thị"),  # NĐ 351/2025: "từ 3 chỉ số"; "đô thị"
]
# fmt: on


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_of_each_standard(shape):
    """Each standard has its window, its deprivation cut-off (none for income-only ones) and its indicators."""
    standard = gn.standard_in_force(on=shape.first)
    assert shape.standard_id == standard.id
    assert shape.first == standard.window.start
    assert shape.last == standard.window.last_day
    assert shape.cutoff == (None if standard.deprivation_cutoff is None else standard.deprivation_cutoff.value)
    assert shape.indicators == len(standard.indicators)
    assert shape.urban == standard.area_label(URBAN, "vi")
    assert "VN" == standard.jurisdiction


# (day before, day after, area, income, deprived, status before, status after)
# fmt: off
CHANGEOVERS = [
    Changeover(dt.date(2010, 12, 31), dt.date(2011, 1, 1), RURAL, 300_000, NONE, NOT_POOR, POOR),  # QĐ 170/2005 Art. 1(1) 200,000 → QĐ 09/2011 Art. 1(1) 400,000
    Changeover(dt.date(2015, 12, 31), dt.date(2016, 1, 1), RURAL, 600_000, NONE, NOT_POOR, POOR),  # QĐ 09/2011 Art. 1(3) 520,000 → QĐ 59/2015 Art. 2(1)(a) 700,000
    Changeover(dt.date(2020, 12, 31), dt.date(2021, 1, 1), RURAL, 1_200_000, TWO, MIDDLE, MIDDLE),  # QĐ 59/2015 → the same rule under NĐ 07/2021 Art. 2
    Changeover(dt.date(2021, 12, 31), dt.date(2022, 1, 1), RURAL, 1_200_000, TWO, MIDDLE, NEAR_POOR),  # QĐ 59/2015 Art. 2(3)(a) → NĐ 07/2021 Art. 3(2)(b)
    Changeover(dt.date(2021, 12, 31), dt.date(2022, 1, 1), URBAN, 1_000_000, THREE, POOR, POOR),  # QĐ 59/2015 Art. 2(1)(b) → NĐ 07/2021 Art. 3(2)(a)
    Changeover(dt.date(2025, 12, 31), dt.date(2026, 1, 1), URBAN, 2_500_000, THREE, MIDDLE, MIDDLE),  # NĐ 07/2021 Art. 3(2)(c), carried into 2026 by NĐ 351/2025
    Changeover(dt.date(2026, 12, 31), dt.date(2027, 1, 1), RURAL, 2_000_000, THREE, MIDDLE, POOR),  # NĐ 07/2021 Art. 3(2)(c) → NĐ 351/2025 2,200,000
    Changeover(dt.date(2026, 12, 31), dt.date(2027, 1, 1), URBAN, 2_900_000, THREE, MIDDLE, NOT_POOR),  # NĐ 07/2021 Art. 3(2)(c) → NĐ 351/2025, no middle band
]
# fmt: on


@pytest.mark.parametrize("case", CHANGEOVERS)
def test_status_across_a_changeover(case):
    """The same household is judged by the old standard on its last day and by the new one on the next day."""
    household = gn.Household(area=case.area, income_per_capita_monthly_vnd=case.income, deprived=case.deprived)
    assert case.status_before == gn.assess(household, on=case.before).status
    assert case.status_after == gn.assess(household, on=case.after).status
    assert gn.standard_in_force(on=case.before).id != gn.standard_in_force(on=case.after).id
