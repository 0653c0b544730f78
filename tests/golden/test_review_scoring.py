"""Golden cases of the Phiếu B scores, at every cut-off and one point either side.

Sources (see the modules' References):
    TT 14/2018 = Thông tư 14/2018/TT-BLĐTBXH Điều 1 khoản 5, replacing Thông tư 17/2016/TT-BLĐTBXH Điều 6 khoản 2
    (quoted by luatannam.vn); TT 07 = Thông tư 07/2021/TT-BLĐTBXH Điều 1 khoản 1 (laodong.vn, thukyluat.vn,
    tuachua.dienbien.gov.vn).
"""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo import review

POOR, NEAR, NOT = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.NOT_POOR
D2020 = dt.date(2020, 10, 1)
D2024 = dt.date(2024, 10, 1)

SCORES = [
    # (area, income score, deprivation score, date, expected)
    # TT 14/2018, urban: "tổng điểm B1 từ 140 điểm trở xuống" is poor whatever B2
    ("urban", 139, 0, D2020, POOR),
    ("urban", 140, 0, D2020, POOR),
    # TT 14/2018, urban: "trên 140 điểm đến 175 điểm" with "B2 từ 30 điểm trở lên" is poor, "dưới 30" near-poor
    ("urban", 141, 29, D2020, NEAR),
    ("urban", 141, 30, D2020, POOR),
    ("urban", 175, 30, D2020, POOR),
    ("urban", 175, 29, D2020, NEAR),
    # TT 14/2018: above 175 points the form classifies neither poor nor near-poor
    ("urban", 176, 30, D2020, NOT),
    ("urban", 176, 0, D2020, NOT),
    # TT 14/2018, rural: "B1 từ 120 điểm trở xuống" poor; "trên 120 điểm đến 150 điểm" with B2 ≥ 30 poor
    ("rural", 120, 0, D2020, POOR),
    ("rural", 121, 30, D2020, POOR),
    ("rural", 121, 29, D2020, NEAR),  # rural near-poor clause cut in the source, read by symmetry
    ("rural", 150, 29, D2020, NEAR),
    ("rural", 150, 31, D2020, POOR),
    ("rural", 151, 31, D2020, NOT),
    # TT 07: "điểm A ≤ 140 điểm và điểm B ≥ 30 điểm ở khu vực nông thôn ... là hộ nghèo"
    ("rural", 140, 30, D2024, POOR),
    ("rural", 0, 30, D2024, POOR),
    # TT 07: "điểm A ≤ 140 điểm và điểm B < 30 điểm ở khu vực nông thôn ... là hộ cận nghèo"
    ("rural", 140, 29, D2024, NEAR),
    ("rural", 139, 0, D2024, NEAR),
    # TT 07: above 140 (rural) the household is neither
    ("rural", 141, 30, D2024, NOT),
    ("rural", 141, 100, D2024, NOT),
    # TT 07: "điểm A ≤ 175 điểm và điểm B ≥ 30 điểm ở khu vực thành thị" poor; "< 30" near-poor
    ("urban", 175, 30, D2024, POOR),
    ("urban", 175, 29, D2024, NEAR),
    ("urban", 176, 30, D2024, NOT),
    ("urban", 141, 29, D2024, NEAR),
    # exact fractional points decide exactly: 140 + 1/100 is above the rural line
    ("rural", Fraction(14001, 100), 30, D2024, NOT),
    ("rural", Fraction(13999, 100), 30, D2024, POOR),
]


@pytest.mark.parametrize(("area", "income", "deprivation", "on", "expected"), SCORES)
def test_scores(area, income, deprivation, on, expected):
    assert expected == review.score(area, income, deprivation_score=deprivation, on=on).status


DEPRIVED = [
    # TT 07: "10 điểm tương đương với 01 chỉ số": 3 indicators are 30 points, 2 are 20
    ({"health_insurance", "water", "housing_area"}, 30, POOR),
    ({"health_insurance", "water"}, 20, NEAR),
    (set(), 0, NEAR),
]


@pytest.mark.parametrize(("deprived", "points", "expected"), DEPRIVED)
def test_deprivations_count_ten_points_each(deprived, points, expected):
    s = review.score("rural", 100, deprived=deprived, on=D2024)
    assert (points, expected) == (s.deprivation_score, s.status)


RULES_BY_DATE = [
    # TT 14/2018 in force 10/11/2018 (lawnet); the first-issued cut-offs were not found
    (dt.date(2018, 11, 10), "tt-17-2016-tt-14-2018"),
    # the 2021 review still classified under the 2016-2020 standard (QĐ 125/QĐ-LĐTBXH)
    (dt.date(2021, 12, 31), "tt-17-2016-tt-14-2018"),
    # TT 07/2021 with the 2022-2025 standard
    (dt.date(2022, 1, 1), "tt-07-2021"),
    (dt.date(2025, 12, 31), "tt-07-2021"),
    # 2026: carried over with the standard (NĐ 351/2025), flagged unconfirmed
    (dt.date(2026, 1, 1), "tt-07-2021-2026"),
    (dt.date(2026, 12, 31), "tt-07-2021-2026"),
]


@pytest.mark.parametrize(("on", "rule_id"), RULES_BY_DATE)
def test_rule_in_force(on, rule_id):
    assert rule_id == review.scoring_rule(on=on).id


@pytest.mark.parametrize("on", [dt.date(2018, 11, 9), dt.date(2027, 1, 1)])
def test_no_rule_outside_the_encoded_windows(on):
    with pytest.raises(gn.NoRuleInForce) as error:
        review.score("rural", 100, deprivation_score=0, on=on)
    assert on == error.value.on


def test_rules_tile():
    windows = [w for w, _ in review.SCORING_RULES]
    assert all(a.end == b.start for a, b in itertools.pairwise(windows))


def test_2026_is_flagged_unconfirmed():
    assert gn.Verification.UNCONFIRMED == review.score("rural", 100, deprivation_score=0, on=dt.date(2026, 6, 1)).verification
    assert gn.Verification.REPORTED == review.score("rural", 100, deprivation_score=0, on=D2024).verification


def test_explanation_names_the_provisions():
    s = review.score("urban", 141, deprivation_score=30, on=D2020)
    text = s.explain("vi")
    assert "điểm B2 30 ≥ 30" in text
    assert "140 < điểm B1 141 ≤ 175" in text
    assert "Thông tư 17/2016/TT-BLĐTBXH" in text
    assert text.endswith("hộ nghèo [trích dẫn nguyên văn, chưa đối chiếu Công báo]")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"deprivation_score": 30.0}, "deprivation_score"),
        ({"deprivation_score": -10}, "deprivation_score"),
        ({}, "deprived"),
        ({"deprivation_score": 30, "deprived": {"water"}}, "deprived"),
        ({"deprived": {"no_such_indicator"}}, "deprived"),
    ],
)
def test_bad_input_names_the_field_and_household(kwargs, field):
    with pytest.raises(gn.InvalidInput) as error:
        review.score("rural", 100, on=D2024, household="H7", **kwargs)
    assert (field, "H7") == (error.value.field, error.value.household)


def test_float_points_are_refused():
    with pytest.raises(gn.InvalidInput, match="never a float"):
        review.score("rural", 140.0, deprivation_score=30, on=D2024)


PHIEU_A = [
    # QĐ 967/QĐ-BNNMT quoting TT 07/2021 Phụ lục II: "có dưới 04 chỉ tiêu từ cột 01 đến cột 09" → review
    (0, True),
    (3, True),
    (4, False),
    (9, False),
]


@pytest.mark.parametrize(("count", "expected"), PHIEU_A)
def test_phieu_a_screening(count, expected):
    assert expected == review.needs_review(count, on=D2024)


@pytest.mark.parametrize("count", [-1, 10, 3.0])
def test_phieu_a_counts_are_checked(count):
    with pytest.raises(gn.InvalidInput):
        review.needs_review(count, on=D2024)


def test_deprived_as_a_csv_string_is_split_like_records():
    s = review.score("rural", 100, deprived="water; telecom;health_insurance", on=D2024)
    assert frozenset({"water", "telecom", "health_insurance"}) == s.deprived


def test_deprived_may_be_any_iterable():
    s = review.score("rural", 100, deprived=(i for i in ("water", "telecom", "nutrition")), on=D2024)
    assert (30, POOR) == (s.deprivation_score, s.status)


def test_the_rural_near_poor_band_of_2018_is_read_by_symmetry_and_says_so():
    s = review.score("rural", 130, deprivation_score=0, on=D2020)
    assert (NEAR, gn.Verification.REPORTED) == (s.status, s.verification)
