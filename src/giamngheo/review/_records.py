"""One household's line in a review: its status, persons, unit, deprivations and groups."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._household import check_ids, to_ids
from giamngheo._model import PoorBasis, Status, Text, check_lang

if TYPE_CHECKING:
    from giamngheo._assessment import Assessment

__all__ = ["Arrival", "Departure", "Group", "Record"]


class Group(enum.Enum):
    """The groups the review reports break poor and near-poor households down by.

    The groups are facts the review records about a household; the law that defines them is outside the poverty
    standards, so the library does not compute them: give them on each :class:`Record`.
    """

    #: Hộ dân tộc thiểu số: the head of household (or the household) belongs to an ethnic minority.
    ETHNIC_MINORITY = "ethnic_minority"
    #: Hộ không có khả năng lao động: no member able to work. The legal definition was not found (see
    #: ``docs/unconfirmed.md``); record it as the commune's report form asks.
    NO_LABOUR_CAPACITY = "no_labour_capacity"
    #: Hộ có thành viên là người có công với cách mạng: a member has meritorious service to the revolution.
    MERITORIOUS_SERVICE = "meritorious_service"
    #: Hộ có thành viên hưởng trợ cấp bảo trợ xã hội hằng tháng: a member receives a monthly social allowance.
    SOCIAL_PROTECTION = "social_protection"

    def label(self, lang: str) -> str:
        """The label in ``lang``."""
        return _GROUP_LABELS[self](lang)


_GROUP_LABELS = {
    Group.ETHNIC_MINORITY: Text("hộ dân tộc thiểu số", "ethnic-minority household"),
    Group.NO_LABOUR_CAPACITY: Text("hộ không có khả năng lao động", "household without labour capacity"),
    Group.MERITORIOUS_SERVICE: Text("hộ có người có công với cách mạng", "household of meritorious service"),
    Group.SOCIAL_PROTECTION: Text("hộ có người hưởng trợ cấp bảo trợ xã hội", "social-protection beneficiary"),
}


class Departure(enum.Enum):
    """Why a household on the list at the start of the period is no longer reviewed in the unit (giảm khác)."""

    #: Chuyển đi: moved out of the commune.
    MOVED_AWAY = "moved_away"
    #: Hộ không còn thành viên: every member died or the household broke up.
    DISSOLVED = "dissolved"
    #: Nhập hộ: joined another household.
    MERGED = "merged"
    #: Any other reason the commune records.
    OTHER = "other"

    def label(self, lang: str) -> str:
        """The label in ``lang``."""
        return _DEPARTURE_LABELS[self](lang)


_DEPARTURE_LABELS = {
    Departure.MOVED_AWAY: Text("chuyển đi", "moved away"),
    Departure.DISSOLVED: Text("hộ không còn thành viên", "no member left"),
    Departure.MERGED: Text("nhập hộ", "joined another household"),
    Departure.OTHER: Text("lý do khác", "other reason"),
}


class Arrival(enum.Enum):
    """Why a household joins the unit's lists other than by its review result (tăng khác)."""

    #: Chuyển đến: moved in from another commune.
    MOVED_IN = "moved_in"
    #: Tách hộ: split from another household.
    SPLIT = "split"
    #: Any other reason the commune records.
    OTHER = "other"

    def label(self, lang: str) -> str:
        """The label in ``lang``."""
        return _ARRIVAL_LABELS[self](lang)


_ARRIVAL_LABELS = {
    Arrival.MOVED_IN: Text("chuyển đến", "moved in"),
    Arrival.SPLIT: Text("tách hộ", "split from a household"),
    Arrival.OTHER: Text("lý do khác", "other reason"),
}


def _to_status(value: Status | str) -> Status:
    if isinstance(value, Status):
        return value
    try:
        return Status(value)
    except ValueError:
        return value  # type: ignore[return-value]  # reported by the validator, which names the household


def _to_groups(value: Iterable[Group | str] | str | None) -> frozenset[Group]:
    items = to_ids(value) if not isinstance(value, Iterable) or isinstance(value, str) else value
    if not isinstance(items, Iterable) or isinstance(items, bytes | bytearray | Mapping):
        return items  # type: ignore[return-value]  # reported by the check, which names the household
    groups: set[Any] = set()
    for item in items:
        try:
            groups.add(item if isinstance(item, Group) else Group(item.strip() if isinstance(item, str) else item))
        except (ValueError, TypeError):
            groups.add(_Unhashable(item))  # reported by the check
    return frozenset(groups)


@attrs.frozen(eq=False)
class _Unhashable:
    """A value that is no group, kept (hashed by identity) for the check to refuse."""

    value: object

    def __repr__(self) -> str:
        return repr(self.value)


def _to_basis(value: PoorBasis | str | None) -> PoorBasis | None:
    if value is None or isinstance(value, PoorBasis):
        return value
    if isinstance(value, str) and not value.strip():  # an empty CSV cell
        return None
    try:
        return PoorBasis(value.strip() if isinstance(value, str) else value)
    except ValueError:
        return value  # type: ignore[return-value]  # reported by the validator, which names the household


def _check_basis(basis: PoorBasis | None, status: Status, hid: str) -> None:
    """A basis is one of :class:`PoorBasis`, and only a poor household has one."""
    if basis is None:
        return
    if not isinstance(basis, PoorBasis):
        allowed = ", ".join(b.value for b in PoorBasis)
        raise InvalidInput("basis", f"one of {allowed} (or empty), got {basis!r}", hid)
    if status is not Status.POOR:
        raise InvalidInput("basis", f"a basis is given for a poor household only, not {status.value}", hid)


_LISTED = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR)


@attrs.frozen
class Record:
    """One household's line in a review list: what the review found, or what the list said at the start.

    A record carries no personal name: the household is known by its id.

    Attributes:
        household_id: The household's id (mã hộ), unique in a list.
        status: Its status: poor, near-poor, middle living standard or none of these (never undetermined: answer
            :attr:`giamngheo.Assessment.needed` first).
        persons: The number of persons (nhân khẩu) in the household, at least 1.
        commune: The GSO code (or any code the user chooses) of its commune-level unit.
        district: The code of its district-level unit (before 2025-07-01), if reports are wanted by district.
        province: The code of its province.
        deprived: Ids of the indicators it is deprived in (see :attr:`giamngheo.Standard.indicator_ids`).
        groups: The :class:`Group` s it belongs to.
        basis: For a poor household under a standard with two rules for it (Quyết định 59/2015/QĐ-TTg): poor by
            income alone or multidimensionally (:class:`giamngheo.PoorBasis`, or its value ``"income"`` /
            ``"multidimensional"``); ``None`` when not poor, not known, or the standard has one rule.

    Raises:
        InvalidInput: for a missing id, an unknown or undetermined status, a count of persons below 1, an
            unknown group, or a basis that is unknown or given for a household that is not poor; the message
            names the field and the household.
    """

    household_id: str
    status: Status = attrs.field(converter=_to_status)
    persons: int
    commune: str | None = None
    district: str | None = None
    province: str | None = None
    deprived: frozenset[str] = attrs.field(default=frozenset(), converter=to_ids)
    groups: frozenset[Group] = attrs.field(default=frozenset(), converter=_to_groups)
    basis: PoorBasis | None = attrs.field(default=None, converter=_to_basis)

    def __attrs_post_init__(self) -> None:
        hid = self.household_id
        if not isinstance(hid, str) or not hid.strip():
            raise InvalidInput("household_id", f"a non-empty string, got {hid!r}")
        if self.status not in _LISTED:
            allowed = ", ".join(s.value for s in _LISTED)
            raise InvalidInput("status", f"one of {allowed}, got {self.status!r}", hid)
        if type(self.persons) is not int or self.persons < 1:
            raise InvalidInput("persons", f"a whole number of persons, at least 1, got {self.persons!r}", hid)
        for name in ("commune", "district", "province"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InvalidInput(name, f"a code as a non-empty string, got {value!r}", hid)
        check_ids("deprived", self.deprived, hid)
        if not isinstance(self.groups, frozenset):
            raise InvalidInput("groups", f"a collection of groups, got {self.groups!r}", hid)
        for group in self.groups:
            if not isinstance(group, Group):
                allowed = ", ".join(g.value for g in Group)
                raise InvalidInput("groups", f"one of {allowed}, got {group!r}", hid)
        _check_basis(self.basis, self.status, hid)

    @classmethod
    def from_assessment(
        cls,
        assessment: Assessment,
        *,
        persons: int | None = None,
        district: str | None = None,
        province: str | None = None,
        groups: Iterable[Group | str] = (),
    ) -> Record:
        """The record of an assessed household.

        The id, commune and deprivations are the household's, and the basis of a poor status the assessment's; the
        persons are its members (or its ``size``) unless given.

        Raises:
            InvalidInput: if the household has no id, its status is undetermined, or the persons are not known.
        """
        household = assessment.household
        hid = household.id
        if hid is None:
            raise InvalidInput("household_id", "a household in a review needs an id (Household(id=...))")
        if assessment.status is Status.UNDETERMINED:
            needed = ", ".join(assessment.needed)
            raise InvalidInput("status", f"undetermined: the review needs an answer to {needed}", hid)
        size = persons if persons is not None else household.size
        if size is None:
            raise InvalidInput("persons", "unknown: give the members, the household size or persons=", hid)
        return cls(
            household_id=hid,
            status=assessment.status,
            persons=size,
            commune=household.commune,
            district=district,
            province=province,
            deprived=assessment.deprived,
            groups=frozenset(groups),
            basis=assessment.basis,
        )

    def describe_basis(self, lang: str = "vi") -> str:
        """The basis of the poor status in words (empty when there is none), in ``"vi"`` or ``"en"``."""
        check_lang(lang)
        return "" if self.basis is None else self.basis.label(lang)

    @property
    def listed(self) -> bool:
        """Whether the household is on the poor or near-poor list."""
        return self.status in (Status.POOR, Status.NEAR_POOR)
