"""The raw facts an officer records: household members and the dwelling.

Every field may be left unknown (``None``). An unknown field never counts as "not deprived": the indicators
that need it come out *undetermined*, and :func:`giamngheo.assess` reports the field as still needed (see
:attr:`giamngheo.Assessment.needed`).

Members are identified by their position in :attr:`giamngheo.Household.members` (1-based in explanations) or
by an optional ``id``; the library never asks for, and never prints, a person's name.

Ages are whole years on the assessment date: a person is "đủ 6 tuổi" (aged 6) from their sixth birthday on,
exactly as :func:`dateutil.relativedelta.relativedelta` counts years (see :func:`age_on`). A person born on
29 February turns a year older on 28 February in common years, as ``relativedelta`` counts (the library's
choice: the law seen says nothing about it).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from giamngheo._checks import area, boolean, check_date, choice_reason, date, device_reason, shown
from giamngheo._errors import InvalidInput
from giamngheo._text import Text

__all__ = [
    "Device",
    "Dwelling",
    "Education",
    "Employment",
    "Latrine",
    "Material",
    "Member",
    "Nutrition",
    "Sex",
    "WaterSource",
    "age_in_months_on",
    "age_on",
]

E = TypeVar("E", bound=enum.Enum)


class _Labelled(enum.Enum):
    """An enumeration whose members carry a Vietnamese and an English label.

    Members hash by identity (they are singletons and compare by identity), in C: the rules test membership
    of these values in sets for every member of every assessment, and ``Enum.__hash__`` is Python code.
    """

    __hash__ = object.__hash__

    def label(self, lang: str) -> str:
        """The label in ``lang`` (``"vi"`` or ``"en"``)."""
        return _LABELS[self](lang)


_LABELS: dict[enum.Enum, Text] = {}


def _labels(table: dict[Any, tuple[str, str]]) -> None:
    for member, (vi, en) in table.items():
        _LABELS[member] = Text(vi, en)


class Sex(_Labelled):
    """Sex as recorded in the household register; needed only where the law's ages differ by sex."""

    MALE = "male"
    FEMALE = "female"


class Education(_Labelled):
    """The highest level of general education or vocational training a person has completed.

    General education: tiểu học (primary), trung học cơ sở (lower secondary, THCS), trung học phổ thông (upper
    secondary, THPT). Vocational training (giáo dục nghề nghiệp): sơ cấp, trung cấp, cao đẳng. Higher education:
    đại học and above. Which levels satisfy an indicator is a cited value of that indicator, not an order
    built into this enumeration.
    """

    NONE = "none"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    UPPER_SECONDARY = "upper_secondary"
    VOCATIONAL_ELEMENTARY = "vocational_elementary"
    VOCATIONAL_INTERMEDIATE = "vocational_intermediate"
    COLLEGE = "college"
    UNIVERSITY = "university"
    POSTGRADUATE = "postgraduate"


class Employment(_Labelled):
    """A person's main, regular work ("việc làm thường xuyên, đều đặn, tương đối ổn định").

    The categories follow the employment indicator: unemployed (able and willing to work but unable to find a
    job), working for wages with or without a labour contract, working on one's own account (own farm or
    business, family work), and not in the labour force (studying, retired, unable to work, home duties).
    """

    WAGE_WITH_CONTRACT = "wage_with_contract"
    WAGE_WITHOUT_CONTRACT = "wage_without_contract"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    NOT_IN_LABOUR_FORCE = "not_in_labour_force"


class Nutrition(_Labelled):
    """A child's nutrition status as measured: normal, stunted (height for age), underweight (weight for age)."""

    NORMAL = "normal"
    STUNTED = "stunted"
    UNDERWEIGHT = "underweight"
    STUNTED_AND_UNDERWEIGHT = "stunted_and_underweight"


class Material(_Labelled):
    """Whether a main structure of the house (wall, column or frame, roof) is made of durable materials."""

    DURABLE = "durable"
    NON_DURABLE = "non_durable"


class WaterSource(_Labelled):
    """The household's main source of domestic water."""

    PIPED = "piped"
    BOREHOLE = "borehole"
    PROTECTED_DUG_WELL = "protected_dug_well"
    UNPROTECTED_DUG_WELL = "unprotected_dug_well"
    PROTECTED_SPRING = "protected_spring"
    UNPROTECTED_SPRING = "unprotected_spring"
    RAINWATER = "rainwater"
    BOTTLED = "bottled"
    SURFACE_WATER = "surface_water"
    OTHER = "other"


class Latrine(_Labelled):
    """The type of latrine (hố xí / nhà tiêu) the household uses."""

    SEPTIC = "septic"
    SEMI_SEPTIC = "semi_septic"
    POUR_FLUSH = "pour_flush"
    DOUBLE_VAULT = "double_vault"
    VENTILATED_PIT = "ventilated_pit"
    OTHER = "other"
    NONE = "none"


class Device(_Labelled):
    """A means of access to information the household owns."""

    PHONE = "phone"
    TELEVISION = "television"
    RADIO = "radio"
    DESKTOP_COMPUTER = "desktop_computer"
    LAPTOP = "laptop"
    TABLET = "tablet"


_labels(
    {
        Sex.MALE: ("nam", "male"),
        Sex.FEMALE: ("nữ", "female"),
        Education.NONE: ("chưa tốt nghiệp tiểu học", "no completed level"),
        Education.PRIMARY: ("tốt nghiệp tiểu học", "primary school"),
        Education.LOWER_SECONDARY: ("tốt nghiệp trung học cơ sở", "lower secondary school"),
        Education.UPPER_SECONDARY: ("tốt nghiệp trung học phổ thông", "upper secondary school"),
        Education.VOCATIONAL_ELEMENTARY: ("sơ cấp", "elementary vocational certificate"),
        Education.VOCATIONAL_INTERMEDIATE: ("trung cấp", "intermediate vocational diploma"),
        Education.COLLEGE: ("cao đẳng", "college"),
        Education.UNIVERSITY: ("đại học", "university"),
        Education.POSTGRADUATE: ("sau đại học", "postgraduate"),
        Employment.WAGE_WITH_CONTRACT: ("làm công ăn lương có hợp đồng lao động", "wage work with a labour contract"),
        Employment.WAGE_WITHOUT_CONTRACT: (
            "làm công ăn lương không có hợp đồng lao động",
            "wage work without a labour contract",
        ),
        Employment.SELF_EMPLOYED: ("tự làm, sản xuất kinh doanh của hộ", "own-account or family work"),
        Employment.UNEMPLOYED: ("thất nghiệp", "unemployed"),
        Employment.NOT_IN_LABOUR_FORCE: ("không tham gia lực lượng lao động", "not in the labour force"),
        Nutrition.NORMAL: ("bình thường", "normal"),
        Nutrition.STUNTED: ("suy dinh dưỡng chiều cao theo tuổi", "stunted (height for age)"),
        Nutrition.UNDERWEIGHT: ("suy dinh dưỡng cân nặng theo tuổi", "underweight (weight for age)"),
        Nutrition.STUNTED_AND_UNDERWEIGHT: (
            "suy dinh dưỡng chiều cao và cân nặng theo tuổi",
            "stunted and underweight",
        ),
        Material.DURABLE: ("bền chắc", "durable"),
        Material.NON_DURABLE: ("không bền chắc", "non-durable"),
        WaterSource.PIPED: ("nước máy", "piped water"),
        WaterSource.BOREHOLE: ("giếng khoan", "borehole"),
        WaterSource.PROTECTED_DUG_WELL: ("giếng đào được bảo vệ", "protected dug well"),
        WaterSource.UNPROTECTED_DUG_WELL: ("giếng đào không được bảo vệ", "unprotected dug well"),
        WaterSource.PROTECTED_SPRING: ("nước khe/mó được bảo vệ", "protected spring"),
        WaterSource.UNPROTECTED_SPRING: ("nước khe/mó không được bảo vệ", "unprotected spring"),
        WaterSource.RAINWATER: ("nước mưa", "rainwater"),
        WaterSource.BOTTLED: ("nước đóng chai, bình", "bottled water"),
        WaterSource.SURFACE_WATER: ("nước sông, suối, ao, hồ", "surface water"),
        WaterSource.OTHER: ("nguồn khác", "other source"),
        Latrine.SEPTIC: ("tự hoại", "septic tank"),
        Latrine.SEMI_SEPTIC: ("bán tự hoại", "semi-septic tank"),
        Latrine.POUR_FLUSH: ("thấm dội nước", "pour-flush"),
        Latrine.DOUBLE_VAULT: ("hai ngăn", "double-vault"),
        Latrine.VENTILATED_PIT: ("chìm có ống thông hơi", "ventilated improved pit"),
        Latrine.OTHER: ("loại khác", "other type"),
        Latrine.NONE: ("không có nhà tiêu", "no latrine"),
        Device.PHONE: ("điện thoại", "telephone"),
        Device.TELEVISION: ("ti vi", "television"),
        Device.RADIO: ("radio", "radio"),
        Device.DESKTOP_COMPUTER: ("máy tính để bàn", "desktop computer"),
        Device.LAPTOP: ("máy tính xách tay", "laptop"),
        Device.TABLET: ("máy tính bảng", "tablet"),
    }
)


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Age in whole years on ``on``: the number of birthdays passed, the birthday itself included.

    For a birth date on or before ``on`` (an assessment refuses a later one), equal to ``dateutil.relativedelta.relativedelta(on, birth_date).years`` (a property test checks it), computed
    without building a ``relativedelta`` because assessments compute it for every member. As there, someone
    born on 29 February has their birthday on 28 February in common years.
    """
    check_date(birth_date, field="birth_date")
    check_date(on)
    if birth_date > on:
        raise InvalidInput("birth_date", f"{birth_date} is after {on}: no age yet")
    return on.year - birth_date.year - (_month_day(on) < _anniversary(birth_date, on.year))


def _month_day(on: dt.date) -> tuple[int, int]:
    return (on.month, on.day)


def _anniversary(birth_date: dt.date, year: int) -> tuple[int, int]:
    """The (month, day) of the birthday in ``year``: 29 February becomes 28 February in common years."""
    import calendar  # noqa: PLC0415 - imported on first use, not with giamngheo

    if birth_date.month == _FEBRUARY and birth_date.day == _LEAP_DAY and not calendar.isleap(year):
        return (_FEBRUARY, _LEAP_DAY - 1)
    return (birth_date.month, birth_date.day)


_FEBRUARY, _LEAP_DAY = 2, 29


def age_in_months_on(birth_date: dt.date, on: dt.date) -> int:
    """Age in whole months on ``on``, as ``relativedelta(on, birth_date)`` counts them (years × 12 + months)."""
    months = (on.year - birth_date.year) * 12 + on.month - birth_date.month
    if on.day < birth_date.day and not _is_month_end(on, birth_date.day):
        months -= 1
    return months


def _is_month_end(on: dt.date, day: int) -> bool:
    """``relativedelta`` treats the last day of a shorter month as the monthly anniversary of a later day."""
    return day > on.day and (on + dt.timedelta(days=1)).month != on.month


# --- validation -------------------------------------------------------------------------------------------


def _convert(kind: type[E], value: object) -> Any:  # noqa: ANN401 - an attrs converter
    """``value`` as a member of ``kind`` (from the member or its value); a bad value is kept for reporting."""
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        return _Bad(value, kind)


# eq=False: hashed by identity, so that an unhashable bad value ([1]) can still sit in a frozenset until reported.
@attrs.frozen(eq=False)
class _Bad:
    """A value that could not be converted; reported by the owner's ``__attrs_post_init__`` with its field."""

    value: object
    kind: type[enum.Enum]

    def message(self) -> Text:
        codes = [m.value for m in self.kind]
        return device_reason(codes, self.value) if self.kind is Device else choice_reason(codes, self.value)


def check_bool(field: str, value: object, household: str | None = None, *, unknown: bool = True) -> None:
    """Refuse a fact that is not a real ``bool`` (``"false"``, ``0``, ``1``), or ``None`` when ``unknown`` is allowed.

    Args:
        field: The field's name, for the message.
        value: The value given.
        household: The household's id, if known.
        unknown: Whether ``None`` (unknown) is allowed.

    Raises:
        InvalidInput: naming ``field``.
    """
    boolean(field, value, household, unknown=unknown)


def bool_validator(where: str, *, unknown: bool = True) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs ``validator=`` applying :func:`check_bool` to a field, named ``f"{where}{name}"``."""

    def validate(_owner: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_bool(f"{where}{attribute.name}", value, unknown=unknown)

    return validate


def _check_fields(owner: attrs.AttrsInstance, bool_fields: Iterable[str], where: str) -> None:
    for field in attrs.fields(type(owner)):
        value = getattr(owner, field.name)
        if isinstance(value, _Bad):
            raise InvalidInput(f"{where}{field.name}", value.message())
        if field.name in bool_fields:
            check_bool(f"{where}{field.name}", value)


def _sex(value: object) -> Sex | None:
    return _convert(Sex, value)  # type: ignore[no-any-return]


def _education(value: object) -> Education | None:
    return _convert(Education, value)  # type: ignore[no-any-return]


def _employment(value: object) -> Employment | None:
    return _convert(Employment, value)  # type: ignore[no-any-return]


def _nutrition(value: object) -> Nutrition | None:
    return _convert(Nutrition, value)  # type: ignore[no-any-return]


def _material(value: object) -> Material | None:
    return _convert(Material, value)  # type: ignore[no-any-return]


def _water_source(value: object) -> WaterSource | None:
    return _convert(WaterSource, value)  # type: ignore[no-any-return]


def _latrine(value: object) -> Latrine | None:
    return _convert(Latrine, value)  # type: ignore[no-any-return]


def _to_floor_area(value: object) -> Fraction | None:
    """Floor areas are exact: int, Fraction, Decimal or a decimal string; a float is refused."""
    return area("dwelling.floor_area_m2", value)


def _to_devices(value: object) -> object:
    if value is None or (isinstance(value, frozenset) and all(isinstance(v, Device) for v in value)):
        return value
    if isinstance(value, str):
        value = [part.strip() for part in value.split(";") if part.strip()]
    # bytes and mappings iterate as numbers and keys: not a list of devices, refused by __attrs_post_init__.
    if isinstance(value, Iterable) and not isinstance(value, bytes | bytearray | Mapping):
        return frozenset(_convert(Device, v) for v in value)
    return value


_MEMBER_BOOLS = frozenset(
    {
        "has_health_insurance",
        "attending_school",
        "on_the_job_training",
        "disability",
        "social_allowance",
        "sick_untreated",
        "uses_phone",
        "uses_internet",
    }
)


@attrs.frozen(kw_only=True)
class Member:
    """A member of the household (nhân khẩu), as the review form records them.

    Every field is optional: ``None`` means unknown, and makes the indicators that need it undetermined.
    Enumeration fields also accept their string values (``employment="unemployed"``).

    Attributes:
        id: An identifier (never a name): a register number, a code. Explanations name members by position,
            or by this id if given.
        birth_date: Date of birth; ages are counted on the assessment date.
        sex: Needed only to tell whether a person past 55 is still of working age.
        has_health_insurance: Holds a valid health insurance card (thẻ bảo hiểm y tế).
        attending_school: Currently attending school or training at the level appropriate to their age
            (preschool included for young children).
        education: Highest level completed.
        on_the_job_training: Hired by an enterprise and certified as receiving on-the-job vocational training.
        employment: Main, regular work.
        nutrition: Nutrition status (children).
        disability: Is a person with a disability (người khuyết tật).
        social_allowance: Receives a monthly social allowance (trợ cấp xã hội hằng tháng).
        sick_untreated: Was ill (bedridden or unable to work or study) and did not seek medical care.
        uses_phone: Uses a telephone subscription (thuê bao điện thoại).
        uses_internet: Uses internet services.

    Raises:
        InvalidInput: for a value of the wrong type or an unknown enumeration value, naming the field.
    """

    id: str | None = None
    birth_date: dt.date | None = None
    sex: Sex | None = attrs.field(default=None, converter=_sex)
    has_health_insurance: bool | None = None
    attending_school: bool | None = None
    education: Education | None = attrs.field(default=None, converter=_education)
    on_the_job_training: bool | None = None
    employment: Employment | None = attrs.field(default=None, converter=_employment)
    nutrition: Nutrition | None = attrs.field(default=None, converter=_nutrition)
    disability: bool | None = None
    social_allowance: bool | None = None
    sick_untreated: bool | None = None
    uses_phone: bool | None = None
    uses_internet: bool | None = None

    def __attrs_post_init__(self) -> None:
        _check_fields(self, _MEMBER_BOOLS, "")
        date("birth_date", self.birth_date)
        if self.id is not None and not isinstance(self.id, str):
            raise InvalidInput("id", f"must be a string, got {shown(self.id)}")


_DWELLING_BOOLS = frozenset({"hears_loudspeaker", "waste_collected"})


@attrs.frozen(kw_only=True)
class Dwelling:
    """The house the household lives in, and what it has.

    Every field is optional: ``None`` means unknown. ``devices=frozenset()`` means "owns none of them",
    which is not the same as ``devices=None`` (not asked).

    Attributes:
        floor_area_m2: Floor area in square metres, exact: an ``int``, a :class:`~fractions.Fraction`, a
            :class:`~decimal.Decimal` or a decimal string such as ``"35.5"``; a ``float`` is refused.
        wall: Whether the walls are of durable materials.
        column: Whether the columns or frame (cột, khung) are of durable materials.
        roof: Whether the roof is of durable materials.
        water_source: Main source of domestic water.
        latrine: Type of latrine used.
        devices: Means of access to information owned (a string is split on ``";"``).
        hears_loudspeaker: Can hear the commune or village loudspeaker system (loa đài truyền thanh).
        waste_collected: Its domestic waste is collected or treated hygienically.

    Raises:
        InvalidInput: for a negative or inexact area, an unknown enumeration value, or a value of the wrong type.
    """

    floor_area_m2: Fraction | None = attrs.field(default=None, converter=_to_floor_area)
    wall: Material | None = attrs.field(default=None, converter=_material)
    column: Material | None = attrs.field(default=None, converter=_material)
    roof: Material | None = attrs.field(default=None, converter=_material)
    water_source: WaterSource | None = attrs.field(default=None, converter=_water_source)
    latrine: Latrine | None = attrs.field(default=None, converter=_latrine)
    devices: frozenset[Device] | None = attrs.field(default=None, converter=_to_devices)
    hears_loudspeaker: bool | None = None
    waste_collected: bool | None = None

    def __attrs_post_init__(self) -> None:
        devices = self.devices
        if devices is not None:
            if not isinstance(devices, frozenset):
                raise InvalidInput("dwelling.devices", f"must be a set of devices, got {devices!r}")
            for device in devices:
                if isinstance(device, _Bad):
                    raise InvalidInput("dwelling.devices", device.message())
        _check_fields(self, _DWELLING_BOOLS, "dwelling.")
