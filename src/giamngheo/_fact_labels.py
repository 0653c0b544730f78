"""The names of the facts an officer records, in Vietnamese and English, for forms and messages.

The labels name the fields of :class:`~giamngheo.Household`, :class:`~giamngheo.Member` and
:class:`~giamngheo.Dwelling` as an officer reads them on a form; the choices of each field carry their own labels
(``gn.Education.PRIMARY.label("vi")``). They are the library's wording, not a legal text: the review forms'
own wording is in the instruments (Thông tư 07/2021/TT-BLĐTBXH, Phụ lục).

:func:`field_label` names a field *path*, as the checks, the rules and the errors give it
(``"members[0].disability"``), for a reader: ``"thành viên thứ 1: người khuyết tật"``.
"""

from __future__ import annotations

import functools
import re

from giamngheo._text import Text, check_lang

__all__ = ["FACT_LABELS", "field_label"]

#: Each fact by ``"household.<field>"``, ``"member.<field>"`` or ``"dwelling.<field>"``.
FACT_LABELS: dict[str, Text] = {
    "household.id": Text("Mã hộ", "Household id"),
    "household.area": Text("Khu vực", "Area"),
    "household.commune": Text("Mã xã, phường (mã GSO)", "Commune code (GSO)"),
    "household.income_per_capita_monthly_vnd": Text(
        "Thu nhập bình quân đầu người/tháng (đồng)", "Monthly income per person (VND)"
    ),
    "household.income_yearly_vnd": Text(
        "Tổng thu nhập của hộ trong năm (đồng)", "Household income over the year (VND)"
    ),
    "household.size": Text("Số nhân khẩu", "Number of members"),
    "household.deprived": Text("Chỉ số thiếu hụt (đã xác định)", "Deprivations (as found)"),
    "household.members": Text("Thành viên", "Members"),
    "household.dwelling": Text("Nhà ở", "Dwelling"),
    "member.id": Text("Mã thành viên", "Member id"),
    "member.birth_date": Text("Ngày sinh", "Date of birth"),
    "member.sex": Text("Giới tính", "Sex"),
    "member.has_health_insurance": Text("Có thẻ bảo hiểm y tế", "Has a health insurance card"),
    "member.attending_school": Text("Đang đi học", "Attending school"),
    "member.education": Text("Trình độ học vấn cao nhất", "Highest level of education"),
    "member.on_the_job_training": Text("Được đào tạo nghề tại doanh nghiệp", "On-the-job vocational training"),
    "member.employment": Text("Việc làm chính", "Main work"),
    "member.nutrition": Text("Tình trạng dinh dưỡng (trẻ em)", "Nutrition (children)"),
    "member.disability": Text("Người khuyết tật", "Person with a disability"),
    "member.social_allowance": Text("Hưởng trợ cấp xã hội hằng tháng", "Receives a monthly social allowance"),
    "member.sick_untreated": Text("Ốm đau không đi khám chữa bệnh", "Ill and did not seek medical care"),
    "member.uses_phone": Text("Sử dụng thuê bao điện thoại", "Uses a telephone subscription"),
    "member.uses_internet": Text("Sử dụng dịch vụ internet", "Uses internet services"),
    "dwelling.floor_area_m2": Text("Diện tích nhà ở (m²)", "Floor area (m²)"),
    "dwelling.wall": Text("Tường", "Walls"),
    "dwelling.column": Text("Cột, khung", "Columns, frame"),
    "dwelling.roof": Text("Mái", "Roof"),
    "dwelling.water_source": Text("Nguồn nước sinh hoạt chính", "Main source of domestic water"),
    "dwelling.latrine": Text("Loại hố xí/nhà tiêu", "Type of latrine"),
    "dwelling.devices": Text("Phương tiện tiếp cận thông tin", "Means of access to information"),
    "dwelling.hears_loudspeaker": Text("Nghe được hệ thống loa đài truyền thanh", "Hears the loudspeaker system"),
    "dwelling.waste_collected": Text("Rác thải sinh hoạt được thu gom", "Domestic waste is collected"),
}

#: A member by position in a path: ``members[0]`` (from 0, no leading zero); the reader counts from 1.
_MEMBER = re.compile(r"members\[(0|[1-9][0-9]{0,8})\]")
_A_MEMBER = Text("thành viên", "member")
_HOUSEHOLD = Text("hộ gia đình", "household")
#: The labels of ``household.<field>`` and ``member.<field>`` by field alone: errors name a field of the object
#: they check (``"disability"`` from ``gn.Member``); a household's field wins a name both have (``id``).
_BY_FIELD: dict[str, str] = {
    key.partition(".")[2]: key for key in reversed(FACT_LABELS) if not key.startswith("dwelling.")
}


def _lower(label: str) -> str:
    """The label with a small initial, for inside a sentence; an initial of an acronym stays (``GSO``)."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def _fact(key: str, lang: str) -> str | None:
    text = FACT_LABELS.get(key)
    return None if text is None else _lower(text(lang))


def _member(index: str, lang: str) -> str:
    n = int(index) + 1
    return f"thành viên thứ {n}" if lang == "vi" else f"member {n}"


def _path_label(path: str, lang: str) -> str | None:
    """The label of ``path``, or ``None`` if it names no fact the library labels."""
    if path == "household":
        return _HOUSEHOLD(lang)
    head, dot, field = path.removeprefix("household.").partition(".")
    member = _MEMBER.fullmatch(head)
    if not dot:  # a whole member, or a field of the household (or of a member) by its name alone
        if member is not None:
            return _member(member.group(1), lang)
        key = _BY_FIELD.get(head)
        return None if key is None else _fact(key, lang)
    if head == "dwelling":
        owner, name = _fact("household.dwelling", lang), _fact(f"dwelling.{field}", lang)
    elif member is not None:
        owner, name = _member(member.group(1), lang), _fact(f"member.{field}", lang)
    elif head in {"member", "members"}:  # any member: a form's field, or what a rule reads
        owner, name = _A_MEMBER(lang), _fact(f"member.{field}", lang)
    else:
        return None
    return None if name is None else f"{owner}: {name}"


@functools.lru_cache(maxsize=1024)
def _cached(path: str, lang: str) -> str:
    label = _path_label(path, lang)
    return path if label is None else label


def field_label(path: str, lang: str) -> str:
    """A field path as an officer reads it, with a small initial: for an error message or an explanation.

    ``"members[0].disability"`` is ``"thành viên thứ 1: người khuyết tật"`` / ``"member 1: person with a
    disability"`` (members count from 0 in paths, from 1 for a reader); ``"dwelling.roof"`` is ``"nhà ở: mái"`` /
    ``"dwelling: roof"``; a household's field, with or without ``"household."``, is its label
    (``"income_per_capita_monthly_vnd"``: ``"thu nhập bình quân đầu người/tháng (đồng)"``); ``"member.sex"`` and
    ``"members.sex"`` (any member) are ``"thành viên: giới tính"`` / ``"member: sex"``. A path the labels do not
    name (``"band[1].urban_vnd"``, ``"--on"``) is returned as it is.

    >>> field_label("members[1].birth_date", "vi")
    'thành viên thứ 2: ngày sinh'
    >>> field_label("dwelling.water_source", "en")
    'dwelling: main source of domestic water'

    Args:
        path: The path, as :attr:`giamngheo.InvalidInput.field`, :attr:`giamngheo.Assessment.needed` or a
            finding's ``missing`` give it.
        lang: ``"vi"`` or ``"en"``.

    Raises:
        InvalidInput: an unsupported language.
    """
    return _cached(path, check_lang(lang))
