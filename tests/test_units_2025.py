"""The national map: the units in force on 2025-06-30, the 2025 map, and the lineage between them.

Sources of the golden rows (each row names its own):
    * BNV-2025: Bộ Nội vụ via Dân trí: "as of July 1, 2025, the whole country has 3,321 commune-level administrative
      units, including: 2,621 communes, 687 wards and 13 special zones"
      (https://thongtin.vietnam.vn/en/6-diem-moi-quan-trong-o-cap-xa-tu-ngay-1-7).
    * NQ-1685: Nghị quyết 1685/NQ-UBTVQH15 (Hồ Chí Minh City), clauses as reproduced by cafef.vn
      (https://cafef.vn/danh-sach-168-xa-phuong-dac-khu-cua-thanh-pho-ho-chi-minh-188250804163059363.chn).
    * NQ-1656: Nghị quyết 1656/NQ-UBTVQH15 (Hà Nội), as reproduced by nld.com.vn
      (https://nld.com.vn/chi-tiet-126-phuong-xa-o-ha-noi-sau-sap-nhap-196250616193322249.htm).
    * NQ-1654: Nghị quyết 1654/NQ-UBTVQH15 (An Giang), English translation
      (https://lawfirm.vn/van-ban/resolution-no-1654-nq-ubtvqh15-on-arrangement-of-commune-level-administrative-divisions-of-an-giang-province-in-2025).
    * NQ-1683: Nghị quyết 1683/NQ-UBTVQH15 (Thái Nguyên), English translation
      (https://www.vietnam.vn/en/toan-van-nghi-quyet-so-1683-nq-ubtvqh15-sap-xep-cac-dvhc-cap-xa-cua-tinh-thai-nguyen-nam-2025).
    * TN-2025: Thanh Niên, 22/08/2025, on Phường Bình Dương and Phường Phú Lợi (former Bình Dương)
      (https://thanhnien.vn/tphcm-nguyen-bi-thu-thanh-uy-thu-dau-mot-lam-bi-thu-phuong-binh-duong-185250822164327401.htm).
    * LAW-72: Luật 72/2025/QH15, Điều 1 khoản 1 điểm b, from a copy of the gazette: "Xã là đơn vị hành chính ở nông
      thôn; phường là đơn vị hành chính ở đô thị; đặc khu là đơn vị hành chính ở một số hải đảo …".
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
from importlib import resources

import pytest

import giamngheo as gn
from giamngheo import _units

D = dt.date
BEFORE, AFTER = D(2025, 6, 30), D(2025, 7, 1)


def _new_communes() -> list[gn.AdministrativeUnit]:
    return [
        unit
        for versions in _units._registry().units.values()
        for unit in versions
        if unit.level == 3 and unit.window.start == AFTER
    ]


# --- counts ------------------------------------------------------------------------------------------------------


def test_the_2025_map_has_the_ministrys_counts():
    """BNV-2025: 3,321 commune-level units: 2,621 xã, 687 phường, 13 đặc khu; 34 provinces."""
    kinds = collections.Counter(unit.kind for unit in _new_communes())
    assert kinds == {gn.UnitKind.COMMUNE: 2621, gn.UnitKind.WARD: 687, gn.UnitKind.SPECIAL_ZONE: 13}
    provinces = {unit.province for unit in _new_communes()}
    assert len(provinces) == 34


def test_the_old_map_has_10035_commune_level_units():
    """The last list before the arrangement: 10,035 commune-level units (with Bình Dương's 91 from its own file)."""
    old = [
        unit
        for versions in _units._registry().units.values()
        for unit in versions
        if unit.level == 3 and BEFORE in unit.window
    ]
    assert len(old) == 10035
    assert sum(1 for unit in old if unit.province == "74") == 91


@pytest.mark.parametrize(
    ("province", "counts", "source"),
    [
        ("79", (113, 54, 1), "laodong: 168 units, 113 wards, 54 communes and 1 special zone"),
        ("01", (51, 75, 0), "NQ-1656: 126 units, 51 phường and 75 xã"),
        ("91", (14, 85, 3), "An Giang 102 = 14 + 85 + 3"),
        ("31", (45, 67, 2), "Hải Phòng 114 = 45 phường, 67 xã, 2 đặc khu"),
    ],
)
def test_communes_of_a_new_province(province, counts, source):
    found = collections.Counter(unit.kind for unit in gn.communes(province, on=D(2025, 10, 1)))
    assert (found[gn.UnitKind.WARD], found[gn.UnitKind.COMMUNE], found[gn.UnitKind.SPECIAL_ZONE]) == counts, source


# --- lineage, checked by hand against the resolutions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("new", "whole", "parts", "source"),
    [
        ("25760", {"Phường Hòa Phú", "Phường Phú Mỹ", "Phường Phú Tân", "Phường Phú Chánh"}, set(), "TN-2025"),
        ("25750", {"Phường Phú Lợi", "Phường Phú Hòa"}, {"Phường Hiệp Thành"}, "TN-2025"),
        ("26740", {"Phường Bến Nghé"}, {"Phường Đa Kao", "Phường Nguyễn Thái Bình"}, "NQ-1685 khoản 1"),
        ("26737", {"Phường Tân Định"}, {"Phường Đa Kao"}, "NQ-1685 khoản 2"),
        (
            "26743",
            {"Phường Bến Thành", "Phường Phạm Ngũ Lão"},
            {"Phường Cầu Ông Lãnh", "Phường Nguyễn Thái Bình"},
            "NQ-1685 khoản 3",
        ),
        ("30367", {"Thị trấn Đa Phước", "Xã Vĩnh Trường", "Xã Vĩnh Hậu"}, set(), "NQ-1654 khoản 2"),
        ("30346", {"Xã Quốc Thái", "Xã Nhơn Hội"}, {"Xã Phước Hưng", "Xã Phú Hội"}, "NQ-1654 khoản 3"),
        ("05503", {"Xã Thịnh Đức", "Xã Tân Cương", "Xã Bình Sơn"}, set(), "NQ-1683 khoản 1"),
    ],
)
def test_predecessors_match_the_resolution(new, whole, parts, source):
    found = gn.predecessors(new)
    assert {_folded(s.old.name) for s in found if s.whole} == {_folded(n) for n in whole}, source
    assert {_folded(s.old.name) for s in found if not s.whole} == {_folded(n) for n in parts}, source
    assert all(s.new.code == new and s.new.window.start == AFTER for s in found)


def _folded(name: str) -> str:
    return name.replace("Hoà", "Hòa")


def test_a_divided_old_unit_names_every_successor():
    """NQ-1685: Đa Kao went partly to phường Sài Gòn (khoản 1), the rest to phường Tân Định (khoản 2)."""
    da_kao = next(s.old for s in gn.predecessors("26737") if not s.whole)
    heirs = gn.successors(da_kao.code)
    assert {s.new.name for s in heirs} == {"Phường Sài Gòn", "Phường Tân Định"}
    assert sum(s.default for s in heirs) == 1
    assert heirs[0].default  # the default first
    location = gn.locate(da_kao.code, on=D(2025, 10, 1))
    assert {u.code for u in location.units} == {"26740", "26737"}
    with pytest.raises(gn.InvalidInput, match="was divided on 2025-07-01 between"):
        _ = location.unit
    assert gn.area_of_commune(da_kao.code, on=D(2025, 10, 1)).value is gn.Area.URBAN  # both phường


def test_every_old_commune_has_a_successor_and_every_new_one_predecessors():
    registry = _units._registry()
    for code, versions in registry.units.items():
        if versions[-1].level == 3 and versions[-1].window.end == AFTER:
            assert gn.successors(code), code
    for unit in _new_communes():
        assert gn.predecessors(unit.code), unit.code


def test_every_code_tiles_and_no_version_overlaps():
    for code, versions in _units._registry().units.items():
        for before, after in itertools.pairwise(versions):
            assert before.window.end == after.window.start, code


def test_the_citation_of_the_arrangement_is_the_provinces_resolution():
    succession = gn.successors("25798")[0]  # Xã Định Hiệp, Dầu Tiếng (former Bình Dương)
    assert succession.citation.instrument.number == "1685/NQ-UBTVQH15"
    assert succession.citation.verification is gn.Verification.QUOTED
    assert "1685/NQ-UBTVQH15" in succession.describe("en")
    assert "từ 01/07/2025" in succession.describe("vi")


def test_every_new_province_has_its_resolution():
    doc = json.loads((resources.files("giamngheo") / "data" / "units" / "resolutions-2025.json").read_text("utf-8"))
    assert len(doc["communes"]) == 34
    numbers = sorted(int(row["number"].split("/")[0]) for row in doc["communes"].values())
    assert numbers == list(range(1654, 1688))  # 1654 to 1687/NQ-UBTVQH15, all adopted 16/06/2025
    for row in doc["communes"].values():
        assert row["adopted"] == "2025-06-16"
        assert row["url"].startswith("https://")
        assert row["verification"] in {"quoted", "reported"}


# --- following an old code on a later date -----------------------------------------------------------------------


def test_an_old_code_is_followed_to_its_successor():
    location = gn.locate("25777", on=D(2025, 10, 1))  # Thị trấn Dầu Tiếng, now part of Xã Dầu Tiếng
    assert location.unit.name == "Xã Dầu Tiếng"
    assert location.unit.province == "79"
    assert location.via[0].old.name == "Thị trấn Dầu Tiếng"
    cited = gn.area_of_commune("25777", on=D(2025, 10, 1))
    assert cited.value is gn.Area.RURAL  # LAW-72: "Xã là đơn vị hành chính ở nông thôn"
    assert cited.citation.instrument.number == "72/2025/QH15"
    assert "Thị trấn Dầu Tiếng (25777) has been part of Xã Dầu Tiếng (25777)" in cited.citation.note
    assert gn.area_of_commune("25777", on=BEFORE).value is gn.Area.URBAN  # a thị trấn until 2025-06-30


def test_administrative_unit_does_not_follow_but_names_the_successor():
    with pytest.raises(gn.NoRuleInForce, match="its territory went to") as caught:
        gn.administrative_unit("25801", on=D(2025, 10, 1))  # Xã An Lập, divided
    assert caught.value.successor is not None


def test_a_special_zone_has_no_area_the_library_can_cite():
    """LAW-72: a đặc khu is neither a xã (rural) nor a phường (urban)."""
    with pytest.raises(gn.InvalidInput, match="đặc khu"):
        gn.area_of_commune("26732", on=D(2025, 10, 1))  # Đặc khu Côn Đảo
    assert _units.check_area("26732", gn.Area.RURAL, on=D(2025, 10, 1)) is None  # a stated area is enough


@pytest.mark.parametrize(
    ("code", "area", "on", "outcome"),
    [
        ("25777", gn.Area.URBAN, D(2024, 10, 1), gn.Area.URBAN),  # a thị trấn: agrees
        ("25777", gn.Area.URBAN, D(2025, 10, 1), "contradicts"),  # part of a xã from 2025-07-01
        ("25777", gn.Area.RURAL, D(2025, 10, 1), gn.Area.RURAL),
        ("25918", gn.Area.RURAL, D(2025, 10, 1), None),  # Xã Tân Mỹ, divided between a phường and a xã: picks
        ("25918", gn.Area.URBAN, D(2025, 10, 1), None),
        ("25777", gn.Area.URBAN, D(2018, 6, 1), None),  # before the units encoded: the stated area is enough
        ("00070", gn.Area.URBAN, D(2025, 10, 1), gn.Area.URBAN),  # Phường Hoàn Kiếm
    ],
)
def test_a_stated_area_is_always_enough_unless_the_commune_contradicts_it(code, area, on, outcome):
    if outcome == "contradicts":
        with pytest.raises(gn.InvalidInput, match="contradicts commune 25777") as caught:
            _units.check_area(code, area, on=on)
        assert caught.value.field == "area"
        return
    found = _units.check_area(code, area, on=on)
    assert (found if found is None else found.value) is outcome


def test_without_a_stated_area_a_divided_commune_names_the_candidates():
    with pytest.raises(gn.InvalidInput, match=r"Phường Tân Uyên \(25888\), Xã Thường Tân \(25909\)"):
        _units.check_area("25918", None, on=D(2025, 10, 1))


def test_units_before_the_arrangement_start_on_the_last_list():
    unit = gn.administrative_unit("00001", on=BEFORE)  # Phường Phúc Xá, Hà Nội
    assert unit.name == "Phường Phúc Xá"
    assert unit.start_is_lower_bound
    with pytest.raises(gn.NoRuleInForce, match="give the household's area"):
        gn.administrative_unit("00001", on=D(2025, 1, 1))


# --- territories -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("commune", "on", "province", "jurisdiction"),
    [
        ("25798", D(2024, 10, 1), "74", "74"),  # Xã Định Hiệp, Bình Dương
        ("25798", D(2025, 10, 1), "79", "74"),  # its territory, within Hồ Chí Minh City
        ("25760", D(2025, 10, 1), "79", "74"),  # Phường Bình Dương: formed from Thủ Dầu Một and Tân Uyên wards
        ("26740", D(2025, 10, 1), "79", "79"),  # Phường Sài Gòn: the former city
        ("26732", D(2025, 10, 1), "79", "77"),  # Đặc khu Côn Đảo: former Bà Rịa-Vũng Tàu
        ("00070", D(2025, 10, 1), "01", "01"),  # Hà Nội, not merged
    ],
)
def test_territory(commune, on, province, jurisdiction):
    found = gn.territory(commune, on=on)
    assert (found.province, found.jurisdiction) == (province, jurisdiction)
    assert (found.citation is None) == (on < AFTER)


def test_a_unit_formed_from_two_former_provinces_names_both():
    found = gn.territory("31473", on=D(2025, 10, 1))  # Cần Thơ: parts of former Hậu Giang and Sóc Trăng
    assert found.jurisdiction is None
    assert found.candidates == ("93", "94")


def test_binh_duong_exists_in_its_former_territory():
    binh_duong = gn.jurisdiction("74")
    binh_duong.check_exists(on=D(2025, 10, 1))
    with pytest.raises(gn.NoRuleInForce, match="the national standard applies"):
        binh_duong.standard_in_force(on=D(2025, 10, 1))


def test_loading_the_units_is_quick_enough_to_do_on_first_use():
    """Not a timing test: the data are read once, on first use, and cached."""
    assert _units._registry() is _units._registry()


# --- the batch path follows the same rule ------------------------------------------------------------------------

CASES = [  # (commune, stated area, date)
    ("25777", "urban", D(2024, 10, 1)),  # a thị trấn: agrees
    ("25777", "urban", D(2025, 10, 1)),  # contradicts the xã it became part of
    ("25777", "", D(2025, 10, 1)),
    ("25918", "", D(2025, 10, 1)),  # divided between a phường and a xã: candidates named
    ("25918", "rural", D(2025, 10, 1)),  # the stated area picks
    ("25918", "urban", D(2025, 10, 1)),
    ("26732", "", D(2025, 10, 1)),  # a đặc khu: its area must be stated
    ("26732", "rural", D(2025, 10, 1)),
    ("25777", "urban", D(2018, 6, 1)),  # before the units encoded: the stated area is enough
    ("25777", "", D(2018, 6, 1)),
    ("99999", "rural", D(2024, 10, 1)),  # unknown code
    ("725", "", D(2024, 10, 1)),  # a district
]


@pytest.mark.parametrize(("commune", "area", "on"), CASES)
def test_the_batch_path_locates_like_the_scalar_path(commune, area, on):
    pytest.importorskip("numpy")
    from giamngheo import batch  # noqa: PLC0415 - needs the batch extra

    row = {"household_id": "X", "commune": commune, "area": area, "income_per_capita_monthly_vnd": "1400000"}
    result = batch.assess_columns(batch.Columns.from_rows([row]), on=on)
    household = gn.Household(commune=commune, area=area or None, income_per_capita_monthly_vnd=1_400_000, id="X")
    outcome: object
    try:
        outcome = gn.assess(household, on=on).status
    except gn.GiamngheoError as error:
        outcome = error
    if isinstance(outcome, gn.InvalidInput):
        assert result.errors[0] is not None
        assert (outcome.field, outcome.reason) == (result.errors[0].field, result.errors[0].reason)
    elif isinstance(outcome, gn.NoRuleInForce):
        assert result.errors[0] is not None
        assert str(outcome) in str(result.errors[0])
    else:
        assert result.errors[0] is None
        assert [outcome] == result.statuses()


def test_entitlements_find_the_former_territory_from_the_commune():
    """A member aged 70 and over in the former Bình Dương keeps the province's health-insurance support from
    2025-07-01 (Vietnam News 1723202, kept "until a new resolution is issued", SGGP 2025-07-11); not in the former
    city (Phường Sài Gòn)."""
    aged = [gn.Member(birth_date=D(1950, 1, 1))]
    in_binh_duong = gn.Household(commune="25798", income_per_capita_monthly_vnd=5_000_000, members=aged, id="O")
    in_the_city = gn.Household(commune="26740", income_per_capita_monthly_vnd=5_000_000, members=aged, id="C")
    on = D(2025, 10, 1)
    found = [(e.policy.id, e.grant) for e in gn.entitlements(in_binh_duong, on=on, jurisdiction="79")]
    assert ("74-health-insurance-former-territory-2025", "aged_70") in found
    assert [] == [e for e in gn.entitlements(in_the_city, on=on, jurisdiction="79") if e.policy.jurisdiction == "74"]
    before = [e for e in gn.entitlements(in_binh_duong, on=D(2025, 6, 30), jurisdiction="74") if e.policy.id.startswith("74-")]
    assert [] == before  # nothing of the province's own is encoded before the merger
