"""Golden rows: the two kinds of poor household of 2016-2021 and their health-insurance share, at the boundaries.

Quyết định 59/2015/QĐ-TTg makes a household poor by its income ("từ đủ 700.000 đồng trở xuống", urban 900,000) or
multidimensionally ("trên 700.000-1.000.000 đồng và thiếu hụt từ ba chỉ số … trở lên", urban 900,000-1,300,000).
Nghị định 146/2018/NĐ-CP (in force 01/12/2018), Điều 8 khoản 1 điểm b as plo.vn post502287 quotes it: "Hỗ trợ tối
thiểu 70% mức đóng BHYT đối với người thuộc hộ gia đình cận nghèo …; người thuộc hộ gia đình nghèo đa chiều không
thuộc trường hợp người thuộc hộ gia đình nghèo theo tiêu chí về thu nhập, người thuộc hộ nghèo đa chiều có thiếu
hụt về BHYT", until Nghị định 75/2023/NĐ-CP (in force 03/12/2023). Every expected value is read off these
sentences, not produced by running the code.
"""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo._model import PoorBasis
from giamngheo.review import Record

POOR, NEAR, MIDDLE = gn.Status.POOR, gn.Status.NEAR_POOR, gn.Status.MIDDLE
INCOME, MULTI = PoorBasis.INCOME, PoorBasis.MULTIDIMENSIONAL
ALL, SEVENTY = Fraction(1), Fraction(7, 10)
HI_105, HI_146 = "health-insurance-105-2014", "health-insurance-146-2018"
NOT_POOR_DISTRICT = gn.Place(poor_district=False)
ON = dt.date(2019, 6, 1)

#: Three deprivations none of which is health insurance, and three of which it is one.
THREE = frozenset({"water", "sanitation", "housing_area"})
THREE_HI = frozenset({"water", "sanitation", "health_insurance"})
TWO = frozenset({"water", "sanitation"})

QD59_LINE = 'QĐ 59/2015 Điều 2 khoản 1: poor "từ đủ 700.000 đồng trở xuống" (urban 900.000)'
QD59_BAND = (
    'QĐ 59/2015 Điều 2 khoản 1: "trên 700.000-1.000.000 đồng và thiếu hụt từ ba chỉ số … trở lên" (urban 1.300.000)'
)
QD59_NEAR = "QĐ 59/2015 Điều 2 khoản 1: in the band with fewer than 3 deprivations, near-poor"
QD59_MIDDLE = "QĐ 59/2015 Điều 2: middle living standard above the near-poverty line (vietnamnet E146686)"
ND146_70 = (
    'NĐ 146/2018 Điều 8 khoản 1 điểm b (plo.vn post502287): "Hỗ trợ tối thiểu 70% … người thuộc hộ gia đình nghèo '
    "đa chiều không thuộc trường hợp người thuộc hộ gia đình nghèo theo tiêu chí về thu nhập, người thuộc hộ nghèo đa "
    'chiều có thiếu hụt về BHYT"'
)
ND146_ALL = (
    "NĐ 146/2018 Điều 3 khoản 9 điểm a: income-poor, and multidimensionally poor deprived in health insurance, "
    f"are state-paid; the exception of {ND146_70} excludes them"
)


def household(area, income, deprived):
    return gn.Household(area=area, income_per_capita_monthly_vnd=income, deprived=deprived)


#: Rows of (area, income, deprived, status, basis, source).
BASIS_ROWS = [
    ("rural", 700_000, THREE, POOR, INCOME, QD59_LINE),
    ("rural", 700_000, frozenset(), POOR, INCOME, QD59_LINE),
    ("rural", 700_001, THREE, POOR, MULTI, QD59_BAND),
    ("rural", 700_001, TWO, NEAR, None, QD59_NEAR),
    ("rural", 1_000_000, THREE, POOR, MULTI, QD59_BAND),
    ("rural", 1_000_001, THREE, MIDDLE, None, QD59_MIDDLE),
    ("urban", 900_000, THREE, POOR, INCOME, QD59_LINE),
    ("urban", 900_001, THREE, POOR, MULTI, QD59_BAND),
    ("urban", 1_300_000, THREE_HI, POOR, MULTI, QD59_BAND),
    ("urban", 1_300_001, THREE, MIDDLE, None, QD59_MIDDLE),
]


@pytest.mark.parametrize(("area", "income", "deprived", "status", "basis", "source"), BASIS_ROWS)
def test_basis_of_the_poor_status(area, income, deprived, status, basis, source):  # noqa: PLR0917
    a = gn.assess(household(area, income, deprived), on=ON)
    assert (status, basis) == (a.status, a.basis), source


@pytest.mark.parametrize(
    ("on", "income", "deprived", "source"),
    [
        (
            dt.date(2023, 6, 1),
            1_500_000,
            frozenset({"water", "sanitation", "housing_area"}),
            "NĐ 07/2021 Điều 3: one rule",
        ),
        (dt.date(2013, 6, 1), 400_000, frozenset(), "QĐ 09/2011 Điều 1: income only, one rule"),
    ],
)
def test_a_standard_with_one_rule_has_no_basis(on, income, deprived, source):
    a = gn.assess(household("rural", income, deprived), on=on)
    assert (POOR, None) == (a.status, a.basis), source


def _hi(subject, on, place=NOT_POOR_DISTRICT):
    """(policy, grant, share, at least, undetermined) of the health-insurance entitlements, children aside."""
    return [
        (e.policy.id, e.grant, e.share, e.at_least, e.undetermined)
        for e in gn.entitlements(subject, on=on, place=place)
        if e.policy.id.startswith("health-insurance") and e.grant != "children_under_6"
    ]


#: Rows of (area, income, deprived, on, expected, source).
SHARE_ROWS = [
    ("rural", 800_000, THREE, ON, [(HI_146, "poor", SEVENTY, True, None)], f"{QD59_BAND}; {ND146_70}"),
    ("rural", 700_000, THREE, ON, [(HI_146, "poor", ALL, False, None)], f"{QD59_LINE}; {ND146_ALL}"),
    ("rural", 700_001, THREE, ON, [(HI_146, "poor", SEVENTY, True, None)], f"{QD59_BAND}; {ND146_70}"),
    ("rural", 700_001, THREE_HI, ON, [(HI_146, "poor", ALL, False, None)], f"{QD59_BAND}; {ND146_ALL}"),
    ("rural", 1_000_000, THREE, ON, [(HI_146, "poor", SEVENTY, True, None)], f"{QD59_BAND}; {ND146_70}"),
    ("rural", 1_000_000, THREE_HI, ON, [(HI_146, "poor", ALL, False, None)], f"{QD59_BAND}; {ND146_ALL}"),
    ("rural", 1_000_001, THREE, ON, [], f"{QD59_MIDDLE}: no share for poor or near-poor households"),
    ("rural", 700_001, TWO, ON, [(HI_146, "near_poor", SEVENTY, True, None)], f"{QD59_NEAR}; {ND146_70}"),
    ("urban", 900_000, THREE, ON, [(HI_146, "poor", ALL, False, None)], f"{QD59_LINE}; {ND146_ALL}"),
    ("urban", 900_001, THREE, ON, [(HI_146, "poor", SEVENTY, True, None)], f"{QD59_BAND}; {ND146_70}"),
    ("urban", 900_001, THREE_HI, ON, [(HI_146, "poor", ALL, False, None)], f"{QD59_BAND}; {ND146_ALL}"),
    ("urban", 1_300_000, THREE, ON, [(HI_146, "poor", SEVENTY, True, None)], f"{QD59_BAND}; {ND146_70}"),
    ("urban", 1_300_001, THREE, ON, [], f"{QD59_MIDDLE}: no share for poor or near-poor households"),
    # The day before Nghị định 146/2018 took effect: Nghị định 105/2014 and the Law, every poor household state-paid.
    (
        "rural",
        800_000,
        THREE,
        dt.date(2018, 11, 30),
        [(HI_105, "poor", ALL, False, None)],
        "Luật BHYT Điều 12 khoản 3: 'Người thuộc hộ gia đình nghèo', until NĐ 146/2018 (in force 01/12/2018)",
    ),
    ("rural", 800_000, THREE, dt.date(2018, 12, 1), [(HI_146, "poor", SEVENTY, True, None)], f"in force; {ND146_70}"),
    ("rural", 700_000, THREE, dt.date(2018, 12, 1), [(HI_146, "poor", ALL, False, None)], ND146_ALL),
]


@pytest.mark.parametrize(("area", "income", "deprived", "on", "expected", "source"), SHARE_ROWS)
def test_share_by_basis(area, income, deprived, on, expected, source):  # noqa: PLR0917
    a = gn.assess(household(area, income, deprived), on=on)
    assert expected == _hi(a, on), source


# A household assessed poor multidimensionally on 2021-06-01 (vn-2021), its status not yet replaced.
ASSESSED_2021 = dt.date(2021, 6, 1)


@pytest.mark.parametrize(
    ("on", "deprived", "expected", "source"),
    [
        (
            dt.date(2023, 12, 2),
            THREE,
            [(HI_146, "poor", SEVENTY, True, None)],
            f"the day before NĐ 75/2023; {ND146_70}",
        ),
        (
            dt.date(2023, 12, 3),
            THREE,
            [(HI_146, "poor", ALL, False, None)],
            "NĐ 75/2023 in force 03/12/2023: the 70 % group of multidimensionally poor households ends",
        ),
        (dt.date(2023, 12, 2), THREE_HI, [(HI_146, "poor", ALL, False, None)], ND146_ALL),
    ],
)
def test_the_amendment_of_2023(on, deprived, expected, source):
    a = gn.assess(household("rural", 800_000, deprived), on=ASSESSED_2021)
    assert MULTI == a.basis
    assert expected == _hi(a, on), source


@pytest.mark.parametrize(
    ("on", "verification", "source"),
    [
        (
            dt.date(2023, 12, 2),
            gn.Verification.UNCONFIRMED,
            "NĐ 146/2018 Điều 3 khoản 9 điểm a names QĐ 59/2015's groups only: the library's reading, flagged",
        ),
        (dt.date(2023, 12, 3), gn.Verification.QUOTED, "NĐ 75/2023: the poor group of the 2022-2025 standard"),
    ],
)
def test_poor_under_the_2022_standard_before_the_amendment(on, verification, source):
    deprived = frozenset({"water", "sanitation", "housing_area"})
    a = gn.assess(household("rural", 1_500_000, deprived), on=dt.date(2022, 6, 1))
    (e,) = [
        x for x in gn.entitlements(a, on=on, place=NOT_POOR_DISTRICT) if x.policy.id == HI_146 and x.grant == "poor"
    ]
    assert (ALL, False, verification) == (e.share, e.at_least, e.citation.verification), source


def test_a_recognised_status_alone_leaves_the_basis_undetermined():
    """A poor status recognised in 2019 (QĐ 59/2015, two rules) without the household's facts: 100 % or 70 %."""
    recognised = gn.RecognisedStatus(POOR, since=dt.date(2019, 1, 1))
    assert [(HI_146, "poor", ALL, False, "household (the basis of the poor status)")] == _hi(recognised, ON)
    facts = household("rural", 800_000, THREE)
    given = gn.entitlements(recognised, on=ON, place=NOT_POOR_DISTRICT, household=facts)
    hi = [(e.grant, e.share, e.at_least) for e in given if e.policy.id == HI_146]
    assert [("poor", SEVENTY, True)] == hi, ND146_70


def test_the_exception_is_cited_and_explained():
    a = gn.assess(household("rural", 800_000, THREE), on=ON)
    (e,) = [x for x in gn.entitlements(a, on=ON, place=NOT_POOR_DISTRICT) if x.policy.id == HI_146]
    assert (8, 1, "b") == (e.citation.article, e.citation.clause, e.citation.point)
    assert "at least 70%" in e.describe("en")
    assert "tối thiểu 70%" in e.describe("vi")
    assert "hộ nghèo đa chiều" in e.reason.vi


def test_the_basis_is_explained_in_both_languages():
    a = gn.assess(household("rural", 800_000, THREE), on=ON)
    assert "Căn cứ xác định hộ nghèo: hộ nghèo đa chiều" in a.explain("vi")
    assert "Basis of the poor status: multidimensionally poor" in a.explain("en")
    b = gn.assess(household("rural", 700_000, THREE), on=ON)
    assert "hộ nghèo theo tiêu chí thu nhập" in b.explain("vi")
    assert "poor by the income criterion" in b.explain("en")
    c = gn.assess(household("rural", 700_001, TWO), on=ON)
    assert "Basis of the poor status" not in c.explain("en")


@pytest.mark.parametrize(("income", "basis"), [(700_000, "income"), (700_001, "multidimensional"), (1_000_001, None)])
def test_the_basis_is_in_the_json_document(income, basis):
    a = gn.assess(household("rural", income, THREE), on=ON)
    document = json.loads(gn.assessment_to_json(a))
    assert basis == document["summary"]["basis"]
    assert basis == json.loads(gn.assessment_to_line(a))["basis"]
    assert a == gn.assessment_from_json(json.dumps(document))
    del document["summary"]["basis"]  # a document written before the field reads the same
    assert a.basis == gn.assessment_from_json(json.dumps(document)).basis


def test_a_document_whose_basis_contradicts_it_is_refused():
    a = gn.assess(household("rural", 700_001, THREE), on=ON)
    document = json.loads(gn.assessment_to_json(a))
    document["summary"]["basis"] = "income"
    with pytest.raises(gn.InvalidInput, match="basis"):
        gn.assessment_from_json(json.dumps(document))


def test_the_review_record_carries_the_basis():
    a = gn.assess(
        gn.Household(id="H1", size=3, area="rural", income_per_capita_monthly_vnd=800_000, deprived=THREE), on=ON
    )
    record = Record.from_assessment(a)
    assert MULTI is record.basis
    assert "hộ nghèo đa chiều" in record.describe_basis("vi")
    assert MULTI is Record("H2", POOR, 2, basis="multidimensional").basis
    assert Record("H3", POOR, 2, basis="").basis is None
    with pytest.raises(gn.InvalidInput, match="basis"):
        Record("H4", NEAR, 2, basis="income")
    with pytest.raises(gn.InvalidInput, match="basis"):
        Record("H5", POOR, 2, basis="by luck")


def test_the_batch_basis_equals_the_scalar_one():
    from giamngheo import batch  # noqa: PLC0415 - needs numpy
    from giamngheo.batch._results import result_table  # noqa: PLC0415 - needs pyarrow

    rows = [(area, income, deprived) for area, income, deprived, *_ in BASIS_ROWS]
    households = [
        gn.Household(id=f"H{i}", area=a, income_per_capita_monthly_vnd=n, deprived=d)
        for i, (a, n, d) in enumerate(rows)
    ]
    columns = batch.Columns.from_households(households)
    result = batch.assess_columns(columns, on=ON)
    assert [gn.assess(h, on=ON).basis for h in households] == result.bases()
    table = result_table(columns, result)
    expected = ["" if b is None else b.value for b in result.bases()]
    assert expected == table.column("basis").to_pylist()
