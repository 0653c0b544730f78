"""Administrative units of Bình Dương (74) by date, and the area of a commune.

Sources of the golden rows:
    * LIST-2019: GSO list of 01/12/2019, daohoangson/dvhcvn@8d7268a44fa469dc3f513fa6bf4bf1c612cb8998:data/dvhcvn.json
      (read in full for province 74).
    * LIST-2024-02: list of 01/02/2024, daohoangson/dvhcvn@82b4cb86a134e0247a2df9de165145fe573c5339 (read).
    * LIST-2024-05: list of 01/05/2024, daohoangson/dvhcvn@e503f1375e06e9ad375fd3696d01df07ce7e4f69 (read; PR 82).
    * NOTES: the reported table of the list of 01/11/2020 (dvhcvn@82a1fa4b98d92d0a38645725074b9937f50a1936, not
      readable here) and the reported counts of 01/02/2021 (dvhcvn@ca30e0ceb2b929fa714f286a3e13e3e3984bb8c6) and
      01/05/2024, as the units data file (``data/units/74-binh-duong.json``) records them.
    * BD-2020: eng.binhduong.gov.vn, ID=2330: Dĩ An and Thuận An cities from 01/02/2020, four new wards of Tân Uyên,
      "91 communal units, including: 42 communes, 45 wards and 04 burghs".
    * NQ-1110: Nghị quyết 1110/NQ-UBTVQH14 (thuviennhadat.vn): thị trấn Tân Bình, in force 01/02/2021.
    * NQ-725: Nghị quyết 725/NQ-UBTVQH15: thành phố Tân Uyên, in force 10/04/2023 (moitruong.net.vn, dvhcvn PR 28).
    * NQ-1012: Nghị quyết 1012/NQ-UBTVQH15: phường An Điền, An Tây, thành phố Bến Cát, in force 01/05/2024
      (vneconomy.vn, tienphong.vn, dvhcvn PR 82).
    * NQ-202: Nghị quyết 202/2025/QH15: Bình Dương part of Hồ Chí Minh City (79) from 01/07/2025.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import subprocess
import sys

import pytest

import giamngheo as gn
from giamngheo import _units
from giamngheo._units import AdministrativeUnit, UnitKind, administrative_unit, area_of_commune, communes

D = dt.date
START, END = D(2019, 12, 1), D(2025, 7, 1)
READ_COMMITS = {
    "8d7268a44fa469dc3f513fa6bf4bf1c612cb8998",
    "06b2321580e5d8c24d79eeed82b4aa254a29464e",
    "82b4cb86a134e0247a2df9de165145fe573c5339",
    "e503f1375e06e9ad375fd3696d01df07ce7e4f69",
}


def all_versions() -> list[AdministrativeUnit]:
    """Every version of Bình Dương's dated file (the national map is tested in test_units_2025.py)."""
    return [
        unit
        for versions in _units._registry().units.values()
        for unit in versions
        if unit.province == "74" and unit.window.end <= END
    ]


def kinds(on: dt.date, parent: str | None = None) -> tuple[int, int, int]:
    """(phường, thị trấn, xã) in force on ``on``, in the whole province or in one district."""
    counts = collections.Counter(u.kind for u in communes("74", on=on) if parent is None or u.parent == parent)
    return counts[UnitKind.WARD], counts[UnitKind.TOWNSHIP], counts[UnitKind.COMMUNE]


# --- counts ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("district", "name", "expected"),
    [
        ("718", "Thành phố Thủ Dầu Một", (14, 0, 0)),  # NOTES table row 718: 14 phường
        ("719", "Huyện Bàu Bàng", (0, 1, 6)),  # NOTES 719: thị trấn Lai Uyên + 6 xã
        ("720", "Huyện Dầu Tiếng", (0, 1, 11)),  # NOTES 720: thị trấn Dầu Tiếng + 11 xã
        ("721", "Thị xã Bến Cát", (5, 0, 3)),  # NOTES 721: 5 phường, 3 xã
        ("722", "Huyện Phú Giáo", (0, 1, 10)),  # NOTES 722: thị trấn Phước Vĩnh + 10 xã
        ("723", "Thị xã Tân Uyên", (10, 0, 2)),  # NOTES 723: 10 phường, 2 xã
        ("724", "Thành phố Dĩ An", (7, 0, 0)),  # NOTES 724: 7 phường
        ("725", "Thành phố Thuận An", (9, 0, 1)),  # NOTES 725: 9 phường, xã An Sơn
        ("726", "Huyện Bắc Tân Uyên", (0, 1, 9)),  # NOTES 726: thị trấn Tân Thành + 9 xã
    ],
)
def test_counts_per_district_on_2020_11_01(district, name, expected):
    on = D(2020, 11, 1)
    assert name == administrative_unit(district, on=on).name
    assert expected == kinds(on, district)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (D(2019, 12, 1), (41, 4, 46)),  # LIST-2019 (Tân Uyên: 6 phường, 6 xã; Tân Bình a xã)
        (D(2020, 1, 31), (41, 4, 46)),  # LIST-2019, the day before BD-2020
        (D(2020, 2, 1), (45, 4, 42)),  # BD-2020: 42 communes, 45 wards, 4 burghs
        (D(2020, 11, 1), (45, 4, 42)),  # NOTES: 45 / 4 / 42 (lists of 01/03/2020 and 01/11/2020)
        (D(2021, 2, 1), (45, 5, 41)),  # NOTES and NQ-1110: Tân Bình a thị trấn
        (D(2022, 6, 1), (45, 5, 41)),  # no change between NQ-1110 and NQ-1012 at commune level
        (D(2024, 2, 1), (45, 5, 41)),  # LIST-2024-02
        (D(2024, 5, 1), (47, 5, 39)),  # LIST-2024-05, NOTES: 47 / 5 / 39
        (D(2025, 6, 30), (47, 5, 39)),  # the last day of Bình Dương (NQ-202)
    ],
)
def test_totals_by_type(on, expected):
    assert expected == kinds(on)
    assert 91 == len(communes(on=on))  # BD-2020, vneconomy (NQ-1012): 91 commune-level units throughout


@pytest.mark.parametrize("on", [D(2019, 12, 1), D(2020, 11, 1), D(2024, 5, 1), D(2025, 6, 30)])
def test_nine_district_level_units(on):
    # NOTES, BD-2020, NQ-1012: 9 district-level units throughout
    districts = {u.parent for u in communes(on=on)}
    assert {"718", "719", "720", "721", "722", "723", "724", "725", "726"} == districts
    assert all(administrative_unit(code, on=on).parent == "74" for code in districts)


def test_rural_communes_on_2020_11_01_are_those_of_the_research_table():
    # NOTES, last column of the table: every xã with its GSO code, by district
    expected = {
        *("25816", "25819", "25825", "25828", "25831", "25834"),  # Bàu Bàng
        # Dầu Tiếng
        *("25780", "25783", "25786", "25789", "25792", "25795", "25798", "25801", "25804", "25807", "25810"),
        *("25840", "25843", "25855"),  # Bến Cát: An Điền, An Tây, Phú An
        *("25861", "25864", "25865", "25867", "25870", "25873", "25876", "25879", "25882", "25885"),  # Phú Giáo
        *("25930", "25937"),  # Tân Uyên: Bạch Đằng, Thạnh Hội
        "25981",  # Thuận An: An Sơn
        *("25894", "25897", "25900", "25903", "25907", "25908", "25909", "25918", "25927"),  # Bắc Tân Uyên
    }
    on = D(2020, 11, 1)
    assert 42 == len(expected)
    assert expected == {u.code for u in communes(on=on) if area_of_commune(u.code, on=on).value is gn.Area.RURAL}


# --- single units ------------------------------------------------------------------------------------------------


def test_an_son_is_rural_in_2022():
    # NOTES: "The city of Thuận An still had a rural commune (An Sơn)"; LIST-2019, LIST-2024-02, LIST-2024-05: Xã An Sơn
    on = D(2022, 6, 1)
    unit = administrative_unit("25981", on=on)
    assert ("Xã An Sơn", UnitKind.COMMUNE, "725") == (unit.name, unit.kind, unit.parent)
    area = area_of_commune("25981", on=on)
    assert gn.Area.RURAL is area.value
    assert "Điều 4 khoản 2 Luật 77/2015/QH13" == area.citation.render("vi")


@pytest.mark.parametrize(
    ("code", "name"),
    [("25840", "An Điền"), ("25843", "An Tây")],  # NQ-1012; LIST-2024-02 (xã) and LIST-2024-05 (phường)
)
def test_an_dien_and_an_tay_become_urban_on_2024_05_01(code, name):
    before, after = D(2024, 4, 30), D(2024, 5, 1)
    assert f"Xã {name}" == administrative_unit(code, on=before).name
    assert f"Phường {name}" == administrative_unit(code, on=after).name
    assert gn.Area.RURAL is area_of_commune(code, on=before).value
    assert gn.Area.URBAN is area_of_commune(code, on=after).value
    assert "Điều 4 khoản 3 Luật 77/2015/QH13" == area_of_commune(code, on=after).citation.render("vi")
    assert "1012/NQ-UBTVQH15" in administrative_unit(code, on=after).note


def test_tan_binh_becomes_a_township_on_2021_02_01():
    # NQ-1110 (in force 01/02/2021); LIST-2019: Xã Tân Bình; LIST-2024-02: Thị trấn Tân Bình
    before, after = D(2021, 1, 31), D(2021, 2, 1)
    commune = administrative_unit("25900", on=before)
    assert ("Xã Tân Bình", UnitKind.COMMUNE) == (commune.name, commune.kind)
    township = administrative_unit("25900", on=after)
    assert ("Thị trấn Tân Bình", UnitKind.TOWNSHIP, "726") == (township.name, township.kind, township.parent)
    assert gn.Area.RURAL is area_of_commune("25900", on=before).value
    assert gn.Area.URBAN is area_of_commune("25900", on=after).value
    assert "1110/NQ-UBTVQH14" in township.note


@pytest.mark.parametrize(
    ("code", "on", "name", "kind"),
    [
        ("724", D(2020, 1, 31), "Thị xã Dĩ An", UnitKind.TOWN),  # LIST-2019
        ("724", D(2020, 2, 1), "Thành phố Dĩ An", UnitKind.CITY),  # BD-2020; LIST-2024-02
        ("725", D(2020, 1, 31), "Thị xã Thuận An", UnitKind.TOWN),  # LIST-2019
        ("725", D(2020, 2, 1), "Thành phố Thuận An", UnitKind.CITY),  # BD-2020; LIST-2024-02
        ("723", D(2023, 4, 9), "Thị xã Tân Uyên", UnitKind.TOWN),  # LIST-2019, NQ-725
        ("723", D(2023, 4, 10), "Thành phố Tân Uyên", UnitKind.CITY),  # NQ-725; LIST-2024-02
        ("721", D(2024, 4, 30), "Thị xã Bến Cát", UnitKind.TOWN),  # LIST-2024-02
        ("721", D(2024, 5, 1), "Thành phố Bến Cát", UnitKind.CITY),  # NQ-1012; LIST-2024-05
        ("718", D(2019, 12, 1), "Thành phố Thủ Dầu Một", UnitKind.CITY),  # LIST-2019
        ("726", D(2025, 6, 30), "Huyện Bắc Tân Uyên", UnitKind.DISTRICT),  # LIST-2024-05
        ("74", D(2025, 6, 30), "Tỉnh Bình Dương", UnitKind.PROVINCE),  # every list read
    ],
)
def test_types_of_units_by_date(code, on, name, kind):
    unit = administrative_unit(code, on=on)
    assert (name, kind) == (unit.name, unit.kind)


@pytest.mark.parametrize(
    "code",
    ["25912", "25915", "25924", "25933"],  # BD-2020: Vĩnh Tân, Hội Nghĩa, Phú Chánh, Tân Vĩnh Hiệp became wards
)
def test_four_tan_uyen_communes_become_wards_on_2020_02_01(code):
    assert UnitKind.COMMUNE is administrative_unit(code, on=D(2020, 1, 31)).kind
    assert UnitKind.WARD is administrative_unit(code, on=D(2020, 2, 1)).kind
    assert "723" == administrative_unit(code, on=D(2020, 2, 1)).parent


# --- out of range and bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["721", "25798", "25801"])
def test_from_2025_07_01_the_old_units_end_and_the_error_names_the_successor(code):
    # NQ-202: part of Hồ Chí Minh City (79) from 01/07/2025; the district level ended; Xã An Lập (25801) divided
    assert administrative_unit(code, on=D(2025, 6, 30))
    with pytest.raises(gn.NoRuleInForce) as caught:
        administrative_unit(code, on=END)
    assert (START, END) == caught.value.covered
    if len(code) == 3:
        assert caught.value.successor is None
        assert "the district level ended" in str(caught.value)
    else:
        assert caught.value.successor is not None
        assert "its territory went to" in str(caught.value)


def test_from_2025_07_01_binh_duong_is_part_of_ho_chi_minh_city():
    # NQ-202; the old codes of Bình Dương are followed to the units of the city that took them over
    assert len(communes("74", on=D(2025, 6, 30))) == 91
    with pytest.raises(gn.NoRuleInForce) as caught:
        communes("74", on=END)
    assert "Tỉnh Bình Dương (74)" in str(caught.value)
    assert gn.locate("25981", on=END).unit.province == "79"
    assert area_of_commune("25981", on=END).citation.instrument.number == "72/2025/QH15"


def test_before_the_earliest_list_read_nothing_is_encoded():
    # LIST-2019 is the earliest list read: the data start on 2019-12-01
    with pytest.raises(gn.NoRuleInForce) as caught:
        area_of_commune("25981", on=D(2019, 11, 30))
    assert caught.value.successor is None
    assert "2019-12-01" in str(caught.value)


def test_the_end_agrees_with_the_jurisdiction_of_binh_duong():
    from giamngheo._jurisdictions import JURISDICTIONS  # noqa: PLC0415 - the jurisdictions are another module's

    binh_duong = JURISDICTIONS["74"]
    assert (END, "79") == (binh_duong.window.end, binh_duong.successor)
    assert binh_duong.former_territory is not None
    assert END == binh_duong.former_territory.start


@pytest.mark.parametrize("code", ["99999", "00002"])
def test_an_unknown_code_is_invalid_input_naming_the_field(code):
    with pytest.raises(gn.InvalidInput) as caught:
        administrative_unit(code, on=D(2022, 1, 1))
    assert "code" == caught.value.field
    assert repr(code) in str(caught.value)


@pytest.mark.parametrize("code", [25840, "2584O", "", " 25840", "２５８４０", None])
def test_a_code_must_be_a_string_of_digits(code):
    with pytest.raises(gn.InvalidInput) as caught:
        area_of_commune(code, on=D(2022, 1, 1))
    assert "code" == caught.value.field


def test_an_unknown_province_is_invalid_input():
    with pytest.raises(gn.InvalidInput) as caught:
        communes("99", on=D(2022, 1, 1))
    assert "province" == caught.value.field


@pytest.mark.parametrize("code", ["74", "721", "726"])
def test_the_area_is_asked_of_a_commune_level_unit(code):
    with pytest.raises(gn.InvalidInput) as caught:
        area_of_commune(code, on=D(2022, 1, 1))
    assert "code" == caught.value.field


@pytest.mark.parametrize("on", [dt.datetime(2022, 1, 1, tzinfo=dt.UTC), "2022-01-01"])
def test_on_must_be_a_date(on):
    with pytest.raises(gn.InvalidInput) as caught:
        administrative_unit("25981", on=on)
    assert "on" == caught.value.field


# --- the data as a whole -----------------------------------------------------------------------------------------


def test_every_codes_windows_tile_from_the_start_of_the_data_to_the_merger():
    by_code = collections.defaultdict(list)
    for unit in all_versions():
        by_code[unit.code].append(unit)
    for code, versions in by_code.items():
        assert START == versions[0].window.start, code
        assert END == versions[-1].window.end, code
        for before, after in itertools.pairwise(versions):
            assert before.window.end == after.window.start, code
            assert (before.name, before.kind) != (after.name, after.kind), code
        assert [True] + [False] * (len(versions) - 1) == [v.start_is_lower_bound for v in versions], code


def test_112_versions_of_101_units():
    # 1 province + 9 district-level + 91 commune-level units (LIST-2019); 11 of them changed type once (BD-2020: 6,
    # NQ-1110: 1, NQ-725: 1, NQ-1012: 3)
    versions = all_versions()
    assert 101 == len({u.code for u in versions})
    assert 112 == len(versions)
    counts = collections.Counter(u.code for u in versions)
    assert {"721", "723", "724", "725", "25840", "25843", "25900", "25912", "25915", "25924", "25933"} == {
        code for code, n in counts.items() if n == 2
    }


def test_every_version_was_read_in_a_list_and_names_its_type():
    prefixes = {
        UnitKind.PROVINCE: "Tỉnh ",
        UnitKind.CITY: "Thành phố ",
        UnitKind.TOWN: "Thị xã ",
        UnitKind.DISTRICT: "Huyện ",
        UnitKind.WARD: "Phường ",
        UnitKind.TOWNSHIP: "Thị trấn ",
        UnitKind.COMMUNE: "Xã ",
    }
    for unit in all_versions():
        # the evidence starts with the lists the version was read in (those of its changes follow)
        assert unit.evidence[0].startswith("daohoangson/dvhcvn@"), unit
        assert unit.evidence[0].split("@")[1].removesuffix(":data/dvhcvn.json") in READ_COMMITS, unit
        assert unit.name.startswith(prefixes[unit.kind]), unit
        assert {1: 2, 2: 3, 3: 5}[unit.level] == len(unit.code), unit
        assert unit.verification is gn.Verification.QUOTED, unit


def test_every_parent_is_in_force_for_its_childs_whole_window():
    for unit in all_versions():
        if unit.parent is None:
            assert "74" == unit.code
            continue
        for on in (unit.window.start, unit.window.last_day):
            parent = administrative_unit(unit.parent, on=on)
            assert unit.level - 1 == parent.level, unit
            assert "74" == unit.province


def test_communes_are_commune_level_units_in_force_by_code():
    on = D(2023, 1, 1)
    units = communes(on=on)
    assert [u.code for u in units] == sorted(u.code for u in units)
    assert all(u.level == 3 and on in u.window and u.province == "74" for u in units)
    assert units == communes("74", on=on)


def test_the_area_citation_is_cited_law_with_the_units_evidence():
    unit = administrative_unit("25840", on=D(2024, 5, 1))
    citation = area_of_commune("25840", on=D(2024, 5, 1)).citation
    assert citation.instrument in gn.INSTRUMENTS
    assert "77/2015/QH13" == citation.instrument.number
    assert gn.Verification.REPORTED is citation.verification
    assert citation.evidence[0].startswith("https://")
    assert set(unit.evidence) <= set(citation.evidence)
    assert "not confirmed from a legal text" in citation.note
    assert "Phường An Điền (25840) is a phường from 2024-05-01 to 2025-06-30" in citation.note


def test_unit_kind_labels():
    assert ("phường", "ward", 3) == (UnitKind.WARD.label("vi"), UnitKind.WARD.label("en"), UnitKind.WARD.level)
    assert ("thị xã", 2) == (UnitKind.TOWN.label_vi, UnitKind.TOWN.level)
    assert 1 == UnitKind.PROVINCE.level


def test_the_data_are_read_on_first_use_only():
    code = (
        "import datetime as dt, giamngheo, giamngheo._units as u;"
        "print(u._registry.cache_info().currsize);"
        "u.area_of_commune('25981', on=dt.date(2022, 1, 1));"
        "print(u._registry.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ["0", "1"] == result.stdout.split()
