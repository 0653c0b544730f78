"""Golden rows: health insurance (bảo hiểm y tế) at its boundaries, each row with its source.

Written against the text, not the code (issue 16: mutants of ``policies/health_insurance.py`` that no test
killed). Three kinds of row:

* Children under 6. Nghị định 146/2018/NĐ-CP, Điều 3 khoản 7 (Pháp điển copy, ``diepxuan/diepxuan.github.io``
  @ fbaa690e, ``van-ban/bao-hiem/bao-hiem-y-te.md``): "Trẻ em dưới 6 tuổi", whose premium the state budget pays whatever the
  household's status. "Under 6" is counted as :func:`giamngheo.age_on` counts ages (whole years; the sixth
  birthday ends it; someone born on 29 February has the birthday on 28 February in common years, the library's
  reading, see :mod:`giamngheo._facts`). A child born on the assessment day is aged 0, so under 6. The library
  lists the grant only while Nghị định 146/2018 is the policy in force (2018-12-01 to 2025-08-14): the other two
  policies say it is not encoded there.
* The days each decree's policy starts and ends: the day before, the day, the day after.
* The instruments' numbers, dates and addresses, compared with what a public copy of the text or a press report
  states (each row names it). A date no such source at hand states is compared with the module's own References
  only, and the test says so.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

import pytest

import giamngheo as gn
from giamngheo.policies import health_insurance as hi

D = dt.date
ALL, SEVENTY = Fraction(1), Fraction(7, 10)
HI_105, HI_146, HI_188 = "health-insurance-105-2014", "health-insurance-146-2018", "health-insurance-188-2025"

#: The sources, as the rows cite them: (instrument, provision, where it was read).
PHAP_DIEN_146 = "https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e/van-ban/bao-hiem/bao-hiem-y-te.md"
VIETNAM_VN_188 = "https://www.vietnam.vn/en/ho-tro-100-muc-dong-bao-hiem-y-te-voi-ho-can-ngheo-o-cac-xa-ngheo"
LAODONG_188 = "https://news.laodong.vn/cong-doan/chinh-sach-ho-tro-dong-bao-hiem-y-te-doi-voi-nguoi-thuoc-dien-ho-can-ngheo-1539365.ldo"
LAODONG_FR_188 = "fr.laodong.vn 1543723"
PLO_146 = "https://plo.vn/quy-dinh-moi-ve-muc-dong-bao-hiem-y-te-tu-1-12-post502287.html"
PHAP_DIEN_LAW = "Pháp điển copy, diepxuan/diepxuan.github.io, van-ban/bao-hiem/bao-hiem-y-te.md"
CHILDREN = f'NĐ 146/2018/NĐ-CP Điều 3 khoản 7, "Trẻ em dưới 6 tuổi" ({PHAP_DIEN_146})'
AGE = "ages as giamngheo.age_on counts them: the sixth birthday ends 'dưới 6 tuổi'"
LEAP = "born 29 February: the birthday is 28 February in common years (giamngheo._facts, the library's reading)"
IN_FORCE_146 = f"NĐ 146/2018/NĐ-CP in force 01/12/2018 ({PHAP_DIEN_146})"
UNTIL_188 = f'NĐ 146/2018 "Until 14/08/2025"; NĐ 188/2025 "From 15/08/2025" ({VIETNAM_VN_188}; {LAODONG_188})'
START_105 = "NĐ 105/2014/NĐ-CP in force 01/01/2015 (Điều 12; the module's References only)"
COVERAGE = "the 2025 policy ends with the library's coverage, 2030 (its note), not with the decree"

ADULT = D(1990, 1, 1)
#: A near-poor status recognised before every window below.
SINCE = D(2014, 1, 1)
NOT_POOR_DISTRICT = gn.Place(poor_district=False)


def _hi(on, births, *, status=gn.Status.NEAR_POOR, since=SINCE):
    """(policy, grant, share, at_least, undetermined) of the health-insurance entitlements of a recognised
    household whose members were born on ``births`` (``None``: not known)."""
    household = gn.Household(
        area="rural",
        income_per_capita_monthly_vnd=1_400_000,
        members=[gn.Member(birth_date=b, has_health_insurance=True) for b in births],
    )
    recognised = gn.RecognisedStatus(status, since=since)
    return [
        (e.policy.id, e.grant, e.share, e.at_least, e.undetermined)
        for e in gn.entitlements(recognised, on=on, place=NOT_POOR_DISTRICT, household=household)
        if e.policy.id.startswith("health-insurance")
    ]


def _child_card(on, births):
    """The children-under-6 entitlement as (share, at_least, undetermined), or ``None`` when it is not listed."""
    found = [(share, at_least, undetermined) for _, grant, share, at_least, undetermined in _hi(on, births)
             if grant == "children_under_6"]  # fmt: skip
    assert len(found) <= 1
    return found[0] if found else None


CARD = (ALL, False, None)
ON = D(2024, 6, 1)

# --- children under 6 ---------------------------------------------------------------------------------------------

#: Rows of (assessment day, the child's birth date, the card, source).
CHILD_ROWS = [
    # The day of birth: aged 0, under 6.
    (ON, D(2024, 6, 1), CARD, f"{CHILDREN}; born on the assessment day: aged 0"),
    (ON, D(2024, 5, 31), CARD, f"{CHILDREN}; born the day before: aged 0"),
    (ON, D(2024, 6, 2), None, f"{CHILDREN}; born the day after the assessment day: no child yet, no card"),
    # The sixth birthday: 6 years minus one day, exactly 6 years, 6 years and a day.
    (ON, D(2018, 6, 2), CARD, f"{CHILDREN}; {AGE}: 6 years minus one day, aged 5"),
    (ON, D(2018, 6, 1), None, f"{CHILDREN}; {AGE}: exactly 6 years, aged 6, no longer under 6"),
    (ON, D(2018, 5, 31), None, f"{CHILDREN}; {AGE}: 6 years and one day, aged 6"),
    # The same from the child's side: the day before the sixth birthday, the birthday, the day after.
    (D(2024, 5, 31), D(2018, 6, 1), CARD, f"{CHILDREN}; {AGE}: the day before the sixth birthday"),
    (D(2024, 6, 1), D(2018, 6, 1), None, f"{CHILDREN}; {AGE}: the sixth birthday"),
    (D(2024, 6, 2), D(2018, 6, 1), None, f"{CHILDREN}; {AGE}: the day after the sixth birthday"),
    # Born on 29 February 2016: the sixth birthday falls on 28 February 2022 (a common year).
    (D(2022, 2, 27), D(2016, 2, 29), CARD, f"{CHILDREN}; {LEAP}: the day before"),
    (D(2022, 2, 28), D(2016, 2, 29), None, f"{CHILDREN}; {LEAP}: the birthday"),
    (D(2022, 3, 1), D(2016, 2, 29), None, f"{CHILDREN}; {LEAP}: the day after"),
]


@pytest.mark.parametrize(("on", "birth", "card", "source"), CHILD_ROWS)
def test_children_under_6(on, birth, card, source):
    assert card == _child_card(on, [ADULT, birth]), source


#: Rows of (the members' birth dates, the card, source): unknown birth dates.
UNKNOWN_ROWS = [
    ([ADULT, None], (ALL, False, "members[1].birth_date"), f"{CHILDREN}; a member of unknown age may be under 6"),
    ([None, ADULT, None], (ALL, False, "members[0].birth_date"), f"{CHILDREN}; the first unknown member is named"),
    ([None, ON], CARD, f"{CHILDREN}; a child born on the day decides it, whatever the unknown member"),
    ([None, D(2018, 6, 1)], (ALL, False, "members[0].birth_date"), f"{CHILDREN}; a 6-year-old does not decide it"),
    ([ADULT, D(2018, 6, 1)], None, f"{CHILDREN}; {AGE}: no member under 6, none unknown"),
    ([D(2018, 6, 2), None], CARD, f"{CHILDREN}; a child aged 5 decides it before the unknown member is reached"),
]


@pytest.mark.parametrize(("births", "card", "source"), UNKNOWN_ROWS)
def test_children_under_6_with_unknown_birth_dates(births, card, source):
    assert card == _child_card(ON, births), source


def test_children_under_6_without_members():
    """A household whose members are not given has no child to list: the card does not depend on its status."""
    household = gn.Household(area="rural", income_per_capita_monthly_vnd=1_400_000)
    recognised = gn.RecognisedStatus(gn.Status.NEAR_POOR, since=D(2023, 1, 1))
    found = gn.entitlements(recognised, on=ON, place=NOT_POOR_DISTRICT, household=household)
    assert "children_under_6" not in [e.grant for e in found], CHILDREN


def test_the_childrens_card_is_cited():
    """The grant names its provision: NĐ 146/2018 Điều 3 khoản 7, quoted from the Pháp điển copy."""
    (e,) = [
        x
        for x in gn.entitlements(
            gn.RecognisedStatus(gn.Status.NEAR_POOR, since=D(2023, 1, 1)),
            on=ON,
            place=NOT_POOR_DISTRICT,
            household=gn.Household(
                area="rural", income_per_capita_monthly_vnd=1_400_000, members=[gn.Member(birth_date=ON)]
            ),
        )
        if x.grant == "children_under_6"
    ]
    c = e.citation
    assert ("146/2018/NĐ-CP", 3, 7, None) == (c.instrument.number, c.article, c.clause, c.point), CHILDREN
    assert (gn.Verification.QUOTED, PHAP_DIEN_146) == (c.verification, c.instrument.url), CHILDREN
    assert (ALL, False, gn.EntitlementKind.SHARE) == (e.share, e.at_least, e.kind), CHILDREN
    assert "Decree 146/2018/NĐ-CP, Art. 3(7)" == c.render("en"), CHILDREN


# --- the policies' windows: the day before, the day, the day after --------------------------------------------------

#: Rows of (day, the members' birth dates, the health-insurance entitlements of a near-poor household, source).
WINDOW_ROWS = [
    (D(2014, 12, 31), [ADULT], [], f"before {START_105}: no health-insurance policy encoded"),
    (D(2015, 1, 1), [ADULT], [(HI_105, "near_poor", SEVENTY, True, None)], f"{START_105}; Điều 3 khoản 1 điểm c"),
    (D(2015, 1, 2), [ADULT], [(HI_105, "near_poor", SEVENTY, True, None)], START_105),
    # A child aged 1: no card before Nghị định 146/2018 (not encoded in the 2015 policy), a card from its first day.
    (
        D(2018, 11, 30),
        [ADULT, D(2017, 6, 1)],
        [(HI_105, "near_poor", SEVENTY, True, None)],
        f"the day before {IN_FORCE_146}",
    ),
    (
        D(2018, 12, 1),
        [ADULT, D(2017, 6, 1)],
        [(HI_146, "near_poor", SEVENTY, True, None), (HI_146, "children_under_6", ALL, False, None)],
        f"{IN_FORCE_146}; {CHILDREN}",
    ),
    (
        D(2018, 12, 2),
        [ADULT, D(2017, 6, 1)],
        [(HI_146, "near_poor", SEVENTY, True, None), (HI_146, "children_under_6", ALL, False, None)],
        IN_FORCE_146,
    ),
    (
        D(2025, 8, 14),
        [ADULT, D(2020, 1, 1)],
        [(HI_146, "near_poor", SEVENTY, True, None), (HI_146, "children_under_6", ALL, False, None)],
        f"the last day of NĐ 146/2018: {UNTIL_188}",
    ),
    (
        D(2025, 8, 15),
        [ADULT, D(2020, 1, 1)],
        [(HI_188, "near_poor", SEVENTY, True, "place.poor_commune")],
        f"{UNTIL_188}; Điều 6 khoản 6 (the poor-commune fact is not given)",
    ),
    (D(2025, 8, 16), [ADULT], [(HI_188, "near_poor", SEVENTY, True, "place.poor_commune")], UNTIL_188),
    (D(2030, 12, 31), [ADULT], [(HI_188, "near_poor", SEVENTY, True, "place.poor_commune")], COVERAGE),
    (D(2031, 1, 1), [ADULT], [], COVERAGE),
]


@pytest.mark.parametrize(("on", "births", "expected", "source"), WINDOW_ROWS)
def test_the_policy_in_force(on, births, expected, source):
    assert expected == _hi(on, births), source


#: Rows of (policy, window start, window end (exclusive), source).
POLICY_WINDOWS = [
    (hi.HEALTH_INSURANCE_2015, D(2015, 1, 1), D(2018, 12, 1), f"{START_105}; until {IN_FORCE_146}"),
    (hi.HEALTH_INSURANCE_2018, D(2018, 12, 1), D(2025, 8, 15), f"{IN_FORCE_146}; {UNTIL_188}"),
    (hi.HEALTH_INSURANCE_2025, D(2025, 8, 15), D(2031, 1, 1), f"{UNTIL_188}; {COVERAGE}"),
]


@pytest.mark.parametrize(("policy", "start", "end", "source"), POLICY_WINDOWS)
def test_policy_windows(policy, start, end, source):
    assert (start, end) == (policy.window.start, policy.window.end), source
    assert policy.window.start == policy.basis.instrument.effective, source


def test_the_policies_tile():
    """One health-insurance policy on every day from 2015-01-01 to the end of the library's coverage."""
    for before, after in zip(hi.POLICIES, hi.POLICIES[1:], strict=False):
        assert before.window.end == after.window.start


# --- the instruments ------------------------------------------------------------------------------------------------

#: Rows of (instrument, field, value a public source states, that source).
NOTED = [
    (hi.DECREE_146_2018, "number", "146/2018/NĐ-CP", PHAP_DIEN_146),
    (hi.DECREE_146_2018, "effective", D(2018, 12, 1), f"{PHAP_DIEN_146}; {PLO_146}"),
    (hi.DECREE_146_2018, "url", PHAP_DIEN_146, "the Pháp điển copy itself"),
    (hi.DECREE_188_2025, "number", "188/2025/NĐ-CP", LAODONG_188),
    (hi.DECREE_188_2025, "signed", D(2025, 7, 1), f"{LAODONG_188}; {VIETNAM_VN_188}"),
    (hi.DECREE_188_2025, "effective", D(2025, 8, 15), f'"This Decree takes effect from August 15, 2025" ({LAODONG_188})'),
    (hi.DECREE_188_2025, "url", VIETNAM_VN_188, "the report itself"),
    (hi.HEALTH_INSURANCE_LAW_2008, "number", "25/2008/QH12", PHAP_DIEN_LAW),
    (hi.DECREE_105_2014, "number", "105/2014/NĐ-CP", "the module's References"),
]  # fmt: skip


@pytest.mark.parametrize(("instrument", "field", "value", "source"), NOTED)
def test_instrument_as_its_public_source_states(instrument, field, value, source):
    assert value == getattr(instrument, field), source


#: Dates no public source at hand states: the module's References are their only source here. The rows compare
#: the encoded dates with those References, so that a date changed in one place and not the other fails; they do
#: not verify them. (instrument, its entry in the References, signed, effective.)
REFERENCED = [
    (hi.HEALTH_INSURANCE_LAW_2008, "Luật Bảo hiểm y tế 25/2008/QH12", D(2008, 11, 14), D(2009, 7, 1)),
    (hi.DECREE_105_2014, "Nghị định 105/2014/NĐ-CP", D(2014, 11, 15), D(2015, 1, 1)),
    (hi.DECREE_146_2018, "Nghị định 146/2018/NĐ-CP", D(2018, 10, 17), D(2018, 12, 1)),
    (hi.DECREE_188_2025, "Nghị định 188/2025/NĐ-CP", D(2025, 7, 1), D(2025, 8, 15)),
]

_REFERENCE = re.compile(r"\((\d\d)/(\d\d)/(\d{4}), in force (\d\d)/(\d\d)/(\d{4})")


@pytest.mark.parametrize(("instrument", "entry", "signed", "effective"), REFERENCED)
def test_instrument_dates_agree_with_the_references(instrument, entry, signed, effective):
    doc = hi.__doc__ or ""
    start = doc.index(f"* {entry}")
    found = _REFERENCE.search(doc, start, start + 200)
    assert found is not None, entry
    day, month, year, eday, emonth, eyear = map(int, found.groups())
    assert (signed, effective) == (D(year, month, day), D(eyear, emonth, eday)), f"the References: {entry}"
    assert (signed, effective) == (instrument.signed, instrument.effective), f"the References: {entry}"


#: (instrument, kind, issuer, verification of its metadata, source of the row)
KINDS = [
    (hi.HEALTH_INSURANCE_LAW_2008, gn.InstrumentKind.LAW, "Quốc hội", gn.Verification.QUOTED, "a law of the National Assembly (QH12)"),
    (hi.DECREE_105_2014, gn.InstrumentKind.DECREE, "Chính phủ", gn.Verification.QUOTED, "a government decree (NĐ-CP), read in a copy of its text"),
    (hi.DECREE_146_2018, gn.InstrumentKind.DECREE, "Chính phủ", gn.Verification.REPORTED, "a government decree (NĐ-CP), dates reported"),
    (hi.DECREE_188_2025, gn.InstrumentKind.DECREE, "Chính phủ", gn.Verification.REPORTED, "a government decree (NĐ-CP), reported by the press"),
]  # fmt: skip


@pytest.mark.parametrize(("instrument", "kind", "issuer", "verification", "source"), KINDS)
def test_instrument_kind_and_issuer(instrument, kind, issuer, verification, source):
    assert (kind, issuer, verification) == (instrument.kind, instrument.issuer_vi, instrument.verification), source


def test_the_amendment_date():
    """Nghị định 75/2023/NĐ-CP in force 03/12/2023 (Pháp điển copy of NĐ 146/2018 as amended): the day the 70 % group of
    multidimensionally poor households ends and the 2022-2025 poor are referred to."""
    assert D(2023, 12, 3) == hi._AMENDED_75_2023


# --- the provisions every grant and exception cites ----------------------------------------------------------------

LAW_12_3 = (
    "Luật BHYT 25/2008/QH12 Điều 12 khoản 3, the state-budget group 'Người thuộc hộ gia đình nghèo' (Pháp điển copy, "
    "diepxuan @ 0c832670)"
)
ND105 = "NĐ 105/2014/NĐ-CP Điều 3 khoản 1 (read in the copy of its text the module's References name)"
ND146 = f"NĐ 146/2018/NĐ-CP as amended by NĐ 75/2023 ({PHAP_DIEN_146})"
ND188 = f"NĐ 188/2025/NĐ-CP ('paragraphe 6 de l'article 6 du décret 188/2025', {LAODONG_FR_188})"
Q, R, U = gn.Verification.QUOTED, gn.Verification.REPORTED, gn.Verification.UNCONFIRMED

#: Rows of (policy, grant, exception index or None, instrument, article, clause, point, verification, share, at least,
#: source).
CITED = [
    (HI_105, "poor", None, "25/2008/QH12", 12, 3, None, Q, ALL, False, LAW_12_3),
    (HI_105, "near_poor_newly_escaped", None, "105/2014/NĐ-CP", 3, 1, "a", Q, ALL, False, f"{ND105} điểm a: 100 % for 5 years after leaving poverty"),
    (HI_105, "near_poor", None, "105/2014/NĐ-CP", 3, 1, "c", Q, SEVENTY, True, f"{ND105} điểm c: at least 70 %"),
    (HI_105, "near_poor", 0, "105/2014/NĐ-CP", 3, 1, "b", Q, ALL, False, f"{ND105} điểm b: 100 % in the poor districts of NQ 30a/2008"),
    (HI_146, "poor", None, "146/2018/NĐ-CP", 3, 9, "a", Q, ALL, False, f"{ND146}: poor households 'paid 100 % by the state budget (Art. 3 cl. 9.a)'"),
    (HI_146, "poor", 0, "146/2018/NĐ-CP", 8, 1, "b", Q, SEVENTY, True, f"{ND146}: at least 70 % for the multidimensionally poor not in 3.9.a (Art. 8); point b of clause 1 (vietnam.vn, on Lào Cai NQ 09/2019/NQ-HĐND)"),
    (HI_146, "poor", 1, "146/2018/NĐ-CP", 3, 9, "a", U, ALL, False, f"{ND146}: the 2022-2025 poor before NĐ 75/2023, the library's reading"),
    (HI_146, "near_poor", None, "146/2018/NĐ-CP", 8, 1, "b", Q, SEVENTY, True, f"{ND146}: at least 70 % for near-poor households, Art. 8; 'Point b, Clause 1, Article 8' (vietnam.vn, on Lào Cai NQ 09/2019/NQ-HĐND)"),
    (HI_146, "near_poor", 0, "146/2018/NĐ-CP", 8, None, None, Q, ALL, False, f"{ND146}: 100 % for near-poor households in poor districts (Art. 8; clause not read)"),
    (HI_146, "children_under_6", None, "146/2018/NĐ-CP", 3, 7, None, Q, ALL, False, CHILDREN),
    (HI_188, "poor", None, "188/2025/NĐ-CP", None, None, None, U, ALL, False, "poor households are the Law's state-paid group (Điều 12 khoản 3); the NĐ 188 text not read: unconfirmed"),
    (HI_188, "near_poor", None, "188/2025/NĐ-CP", 6, 6, None, R, SEVENTY, True, f"{ND188}: at least 70 % for near-poor households"),
    (HI_188, "near_poor", 0, "188/2025/NĐ-CP", 6, 6, None, R, ALL, False, f"{ND188}: 100 % for near-poor households in poor communes"),
]  # fmt: skip

_BY_ID = {p.id: p for p in hi.POLICIES}


@pytest.mark.parametrize(
    (
        "policy",
        "grant",
        "exception",
        "number",
        "article",
        "clause",
        "point",
        "verification",
        "share",
        "at_least",
        "source",
    ),
    CITED,
)
def test_every_grant_cites_its_provision(  # noqa: PLR0917
    policy, grant, exception, number, article, clause, point, verification, share, at_least, source
):
    (g,) = [x for x in _BY_ID[policy].grants if x.id == grant]
    rule = g if exception is None else g.exceptions[exception]
    c = rule.citation
    found = (c.instrument.number, c.article, c.clause, c.point, c.verification)
    assert (number, article, clause, point, verification) == found, source
    assert (share, at_least) == (rule.share.value, rule.at_least), source
    assert rule.share.citation == c, source


def test_every_grant_and_exception_is_in_the_table():
    listed = {(p, g, e) for p, g, e, *_ in CITED}
    encoded = {(p.id, g.id, e) for p in hi.POLICIES for g in p.grants for e in (None, *range(len(g.exceptions)))}
    assert encoded == listed


#: Rows of (policy, article, clause, verification of its basis, source).
BASES = [
    (HI_105, 3, None, Q, f"{ND105}: Điều 3, the state's support of the premium"),
    (HI_146, None, None, R, ND146),
    (HI_188, None, None, R, ND188),
]


@pytest.mark.parametrize(("policy", "article", "clause", "verification", "source"), BASES)
def test_policy_bases(policy, article, clause, verification, source):
    b = _BY_ID[policy].basis
    assert (article, clause, verification) == (b.article, b.clause, b.verification), source


def test_five_years_after_leaving_poverty():
    """NĐ 105/2014 Điều 3 khoản 1 điểm a: 100 % for 5 years after leaving poverty, read as 60 months."""
    (g,) = [x for x in hi.HEALTH_INSURANCE_2015.grants if x.id == "near_poor_newly_escaped"]
    assert (60, (gn.Status.POOR,), "VN") == (g.months_after.value, g.left, g.left_jurisdiction), ND105


# --- the poor under Nghị định 146/2018: the basis of the status, and the two dates that move it -------------------

THREE = frozenset({"water", "sanitation", "housing_area"})
ONE = frozenset({"water"})
INCOME, MULTI = gn.PoorBasis.INCOME, gn.PoorBasis.MULTIDIMENSIONAL
UNKNOWN_BASIS = "household (the basis of the poor status)"
QD59 = "QĐ 59/2015/QĐ-TTg Điều 2 khoản 1 (two rules for poor households, 2016-2021)"
ND146_70 = (
    'NĐ 146/2018 Điều 8 khoản 1 điểm b (plo.vn post502287): "Hỗ trợ tối thiểu 70% … người thuộc hộ gia đình nghèo '
    'đa chiều không thuộc trường hợp người thuộc hộ gia đình nghèo theo tiêu chí về thu nhập …"'
)
ND75 = f"NĐ 75/2023/NĐ-CP in force 03/12/2023 ({PHAP_DIEN_146}): the 2022-2025 poor are the state-paid group"
STANDARD_2022_NOTE = (
    "the 2022-2025 standard (NĐ 07/2021) from 01/01/2022; before NĐ 75/2023 the library's reading, unconfirmed"
)
STATE_PAID = f"{ND146} Điều 3 khoản 9 điểm a"
POOR_ALL = ("poor", ALL, False, None, Q)
POOR_ALL_UNCONFIRMED = ("poor", ALL, False, None, U)
POOR_70 = ("poor", SEVENTY, True, None, Q)
POOR_ALL_UNKNOWN = ("poor", ALL, False, UNKNOWN_BASIS, Q)


def _poor(subject, on, household=None):
    """(grant, share, at_least, undetermined, verification) of the poor household's health insurance."""
    return [
        (e.grant, e.share, e.at_least, e.undetermined, e.citation.verification)
        for e in gn.entitlements(subject, on=on, place=NOT_POOR_DISTRICT, household=household)
        if e.policy.id == HI_146 and e.grant == "poor"
    ]


def _household(income, deprived):
    return gn.Household(area="rural", income_per_capita_monthly_vnd=income, deprived=deprived)


#: Rows of (recognised since, the day, the entitlement, source): a poor status recognised, no household given.
RECOGNISED_ROWS = [
    (D(2022, 1, 1), D(2022, 1, 1), POOR_ALL_UNCONFIRMED, f"{STANDARD_2022_NOTE}: its first day"),
    (D(2022, 1, 2), D(2022, 1, 2), POOR_ALL_UNCONFIRMED, STANDARD_2022_NOTE),
    (D(2021, 12, 31), D(2022, 1, 1), POOR_ALL_UNKNOWN, f"recognised the day before, under {QD59}: the basis decides"),
    (D(2022, 1, 1), D(2023, 12, 2), POOR_ALL_UNCONFIRMED, f"{STANDARD_2022_NOTE}: the day before {ND75}"),
    (D(2022, 1, 1), D(2023, 12, 3), POOR_ALL, f"{ND75}; {STATE_PAID}"),
    (D(2022, 1, 1), D(2023, 12, 4), POOR_ALL, f"{ND75}, the day after: {STATE_PAID}, not the library's reading"),
    (D(2005, 6, 1), D(2019, 6, 1), POOR_ALL, f"recognised before 2006, the first national standard held: {STATE_PAID}"),
    (D(2006, 1, 1), D(2019, 6, 1), POOR_ALL, f"QĐ 170/2005 (2006-2010) has one rule: {STATE_PAID}"),
]


@pytest.mark.parametrize(("since", "on", "expected", "source"), RECOGNISED_ROWS)
def test_a_recognised_poor_status(since, on, expected, source):
    assert [expected] == _poor(gn.RecognisedStatus(gn.Status.POOR, since=since), on), source


#: Rows of (the basis the status records, the household's income and deprivations, the entitlement, source): a poor
#: status recognised on 2019-01-01, on 2019-06-01 (QĐ 59/2015, two rules).
BASIS_ROWS = [
    (None, (800_000, ONE), POOR_ALL_UNKNOWN, f"{QD59}: the facts give a near-poor household, not the status"),
    (None, (800_000, THREE), POOR_70, f"{QD59}: multidimensionally poor; {ND146_70}"),
    (None, (600_000, THREE), POOR_ALL, f"{QD59}: poor by income; {STATE_PAID}"),
    (MULTI, (600_000, THREE), POOR_ALL_UNKNOWN, f"{QD59}: the recorded basis and the facts disagree"),
    (INCOME, (600_000, THREE), POOR_ALL, f"{QD59}: poor by income, as recorded; {STATE_PAID}"),
    (MULTI, (800_000, THREE), POOR_70, f"{QD59}: multidimensionally poor, as recorded; {ND146_70}"),
    (MULTI, None, POOR_ALL_UNKNOWN, f"{ND146_70}: the deprivation in health insurance is not known"),
    (INCOME, None, POOR_ALL, f"poor by income, as recorded: {STATE_PAID}"),
]


def test_facts_that_cannot_be_assessed_on_the_day_of_recognition_leave_the_basis_unknown():
    """A member born after the day the status was recognised: the facts cannot tell which rule of QĐ 59/2015
    recognised it, so the 70 % group of NĐ 146/2018 is undetermined, not assumed away."""
    recognised = gn.RecognisedStatus(gn.Status.POOR, since=D(2019, 1, 1))
    household = gn.Household(
        area="rural", income_per_capita_monthly_vnd=800_000, members=[gn.Member(birth_date=D(2019, 3, 1))]
    )
    assert [POOR_ALL_UNKNOWN] == _poor(recognised, D(2019, 6, 1), household)


@pytest.mark.parametrize(("basis", "facts", "expected", "source"), BASIS_ROWS)
def test_the_basis_of_a_recognised_poor_status(basis, facts, expected, source):
    recognised = gn.RecognisedStatus(gn.Status.POOR, since=D(2019, 1, 1), basis=basis)
    household = None if facts is None else _household(*facts)
    assert [expected] == _poor(recognised, D(2019, 6, 1), household), source


#: Rows of (the day, the entitlement, source) of a household assessed multidimensionally poor on 2021-06-01.
AMENDED_ROWS = [
    (D(2023, 12, 2), POOR_70, f"the day before {ND75}: {ND146_70}"),
    (D(2023, 12, 3), POOR_ALL, f"{ND75}: the 70 % group ends"),
    (D(2023, 12, 4), POOR_ALL, ND75),
    (D(2024, 6, 1), POOR_ALL, ND75),
    (D(2025, 8, 14), POOR_ALL, f"{ND75}; the last day of NĐ 146/2018"),
]


@pytest.mark.parametrize(("on", "expected", "source"), AMENDED_ROWS)
def test_after_the_amendment_of_2023(on, expected, source):
    assessed = gn.assess(_household(800_000, THREE), on=D(2021, 6, 1))
    assert MULTI == assessed.basis
    assert [expected] == _poor(assessed, on), source
