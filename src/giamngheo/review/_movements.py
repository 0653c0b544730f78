"""Movements between last year's recognised list and this year's review: escaped, newly poor, re-poor, ….

The official movement tables (biểu tổng hợp diễn biến hộ nghèo, hộ cận nghèo) count, for households and for
persons, the list at the start of the period, what left it and why, what joined it and why, and the list at
the end. :func:`movements` classifies every household once for each list; :meth:`Movements.balance` counts
them, and :meth:`Balance.check` proves ``end == start - decreases + increases``.

The categories and their precedence are the library's reading of the report forms (the forms' own column
instructions have not been read, see ``docs/unconfirmed.md``):

* a household on list *L* at the start leaves it as *other decrease* if it departed (:class:`Departure`),
  otherwise as *moved to the other list* (poor → near-poor, near-poor → poor), otherwise as *escaped*;
* a household on *L* at the end joins it as *other increase* if it arrived (:class:`Arrival`), otherwise as
  *from the other list* if it was on the other list at the start, otherwise as *returned* (tái nghèo, tái cận
  nghèo) if it was on *L* at some time before the start, otherwise as *new* (phát sinh mới); so that a transfer
  between the lists is counted alike in both tables (the poor table's *from the other list* equals the
  near-poor table's *moved to the other list*, in households);
* persons follow their households; a household that stays on *L* with more (fewer) persons adds the difference
  to the persons of *other increase* (*other decrease*), so that the persons' table balances too.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

import attrs

from giamngheo._errors import BalanceError, InvalidInput
from giamngheo._model import Status, Text
from giamngheo.review._records import Arrival, Departure, Record

__all__ = [
    "DECREASES",
    "INCREASES",
    "Balance",
    "BalanceError",
    "Movement",
    "Movements",
    "Transition",
    "movements",
]

LISTS = (Status.POOR, Status.NEAR_POOR)


class Movement(enum.Enum):
    """How a household moved with respect to one list (poor, or near-poor) over the period."""

    #: Neither on the list at the start nor at the end.
    NOT_LISTED = "not_listed"
    #: On the list at the start and at the end.
    STAYED = "stayed"
    #: Decrease: moved to the other list (poor → near-poor for the poor list, near-poor → poor for the other).
    TO_OTHER_LIST = "to_other_list"
    #: Decrease: left both lists (thoát nghèo / thoát cận nghèo): middle living standard or none.
    ESCAPED = "escaped"
    #: Decrease: departed from the unit's lists (:class:`Departure`).
    OTHER_DECREASE = "other_decrease"
    #: Increase: came from the other list.
    FROM_OTHER_LIST = "from_other_list"
    #: Increase: on neither list at the start and never on this one before (phát sinh mới).
    NEW = "new"
    #: Increase: had been on this list before the start, left it, and is back (tái nghèo / tái cận nghèo).
    RETURNED = "returned"
    #: Increase: arrived in the unit (:class:`Arrival`).
    OTHER_INCREASE = "other_increase"

    def label(self, lang: str, list_status: Status = Status.POOR) -> str:
        """The label in ``lang``, worded for the poor or the near-poor list."""
        labels = _LABELS[self]
        return labels[0 if list_status is Status.POOR else 1](lang)

    @property
    def is_decrease(self) -> bool:
        """Whether the household left the list."""
        return self in DECREASES

    @property
    def is_increase(self) -> bool:
        """Whether the household joined the list."""
        return self in INCREASES


#: The decreases, in the order of the report columns.
DECREASES = (Movement.TO_OTHER_LIST, Movement.ESCAPED, Movement.OTHER_DECREASE)
#: The increases, in the order of the report columns.
INCREASES = (Movement.NEW, Movement.RETURNED, Movement.FROM_OTHER_LIST, Movement.OTHER_INCREASE)

_LABELS = {
    Movement.NOT_LISTED: (Text("không thuộc danh sách", "not listed"),) * 2,
    Movement.STAYED: (
        Text("tiếp tục là hộ nghèo", "remained poor"),
        Text("tiếp tục là hộ cận nghèo", "remained near-poor"),
    ),
    Movement.TO_OTHER_LIST: (
        Text("thoát nghèo, chuyển thành hộ cận nghèo", "escaped poverty, now near-poor"),
        Text("chuyển thành hộ nghèo", "became poor"),
    ),
    Movement.ESCAPED: (
        Text("thoát nghèo, vượt chuẩn cận nghèo", "escaped poverty and near-poverty"),
        Text("thoát cận nghèo", "escaped near-poverty"),
    ),
    Movement.OTHER_DECREASE: (Text("giảm khác", "other decrease"),) * 2,
    Movement.FROM_OTHER_LIST: (
        Text("từ hộ cận nghèo chuyển thành hộ nghèo", "from near-poor to poor"),
        Text("từ hộ nghèo chuyển thành hộ cận nghèo", "from poor to near-poor"),
    ),
    Movement.NEW: (
        Text("hộ nghèo phát sinh mới", "newly poor"),
        Text("hộ cận nghèo phát sinh mới", "newly near-poor"),
    ),
    Movement.RETURNED: (Text("hộ tái nghèo", "fell back into poverty"), Text("hộ tái cận nghèo", "fell back into near-poverty")),
    Movement.OTHER_INCREASE: (Text("tăng khác", "other increase"),) * 2,
}


@attrs.frozen
class Transition:
    """One household's movement over the period.

    Attributes:
        household_id: The household.
        before: Its record on the list at the start of the period, if it was on it.
        after: Its record in this year's review, if it was reviewed (``None`` if it departed).
        departure: Why it left the unit, if it did.
        arrival: Why it joined the unit, if it did.
        poor: Its movement with respect to the poor list.
        near_poor: Its movement with respect to the near-poor list.
    """

    household_id: str
    before: Record | None
    after: Record | None
    departure: Departure | None
    arrival: Arrival | None
    poor: Movement
    near_poor: Movement

    def movement(self, list_status: Status) -> Movement:
        """The movement with respect to the poor or the near-poor list."""
        return self.poor if list_status is Status.POOR else self.near_poor

    @property
    def record(self) -> Record:
        """The record that places the household: this year's if reviewed, else last year's."""
        record = self.after or self.before
        assert record is not None  # noqa: S101 - every transition has at least one record
        return record

    def describe(self, lang: str = "en") -> str:
        """One line: the household, what it was, what it is, and its movements."""
        was = self.before.status.label(lang) if self.before else ("không có trong danh sách" if lang == "vi" else "not listed")
        if self.after is not None:
            now = self.after.status.label(lang)
        else:
            now = self.departure.label(lang) if self.departure else "?"
        moves = "; ".join(
            m.label(lang, s) for s, m in ((Status.POOR, self.poor), (Status.NEAR_POOR, self.near_poor))
            if m is not Movement.NOT_LISTED
        )
        return f"{self.household_id}: {was} → {now}" + (f" ({moves})" if moves else "")


def _decrease(status: Status, after: Record | None, departure: Departure | None) -> Movement:
    if after is None or departure is not None:
        return Movement.OTHER_DECREASE
    if after.status is _other(status):
        return Movement.TO_OTHER_LIST
    return Movement.ESCAPED


def _increase(status: Status, before: Record | None, arrival: Arrival | None, *, formerly: bool) -> Movement:
    if arrival is not None:
        return Movement.OTHER_INCREASE
    if before is not None and before.status is _other(status):
        return Movement.FROM_OTHER_LIST
    if formerly:
        return Movement.RETURNED
    return Movement.NEW


def _other(status: Status) -> Status:
    return Status.NEAR_POOR if status is Status.POOR else Status.POOR


def _classify(
    status: Status,
    before: Record | None,
    after: Record | None,
    *,
    departure: Departure | None,
    arrival: Arrival | None,
    formerly: bool,
) -> Movement:
    was = before is not None and before.status is status
    now = after is not None and after.status is status
    if was and now:
        return Movement.STAYED
    if was:
        assert before is not None  # noqa: S101
        return _decrease(status, after, departure)
    if now:
        return _increase(status, before, arrival, formerly=formerly)
    return Movement.NOT_LISTED


def _index(records: Iterable[Record], name: str) -> dict[str, Record]:
    if not isinstance(records, Iterable) or isinstance(records, str | bytes | Mapping):
        raise InvalidInput(name, f"a list of giamngheo.review.Record, got {records!r}"[:300])
    index: dict[str, Record] = {}
    for i, record in enumerate(records):
        if not isinstance(record, Record):
            raise InvalidInput(f"{name}[{i}]", f"must be a giamngheo.review.Record, got {record!r}")
        if record.household_id in index:
            raise InvalidInput(f"{name}[{i}].household_id", "appears twice in the list", record.household_id)
        index[record.household_id] = record
    return index


def _check_previous(previous: Mapping[str, Record]) -> None:
    for hid, record in previous.items():
        if not record.listed:
            raise InvalidInput(
                "previous.status",
                f"the list at the start of the period holds poor and near-poor households, got {record.status.value}",
                hid,
            )


def _check_reasons(
    previous: Mapping[str, Record],
    current: Mapping[str, Record],
    departures: Mapping[str, Departure],
    arrivals: Mapping[str, Arrival],
) -> None:
    for hid, reason in departures.items():
        if not isinstance(reason, Departure):
            raise InvalidInput("departures", f"a giamngheo.review.Departure, got {reason!r}", hid)
        if hid not in previous:
            raise InvalidInput("departures", "departed but was not on the list at the start of the period", hid)
        if hid in current:
            raise InvalidInput("departures", "departed but is in this year's review too", hid)
    for hid, arrival in arrivals.items():
        if not isinstance(arrival, Arrival):
            raise InvalidInput("arrivals", f"a giamngheo.review.Arrival, got {arrival!r}", hid)
        if hid not in current:
            raise InvalidInput("arrivals", "arrived but is not in this year's review", hid)
        if hid in previous:
            raise InvalidInput("arrivals", "arrived but was already on the list at the start of the period", hid)
    missing = [hid for hid in previous if hid not in current and hid not in departures]
    if missing:
        shown = ", ".join(repr(h) for h in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise InvalidInput(
            "current",
            f"{len(missing)} household(s) of the start-of-period list have no review result and no departure: {shown}",
            missing[0],
        )


def movements(
    previous: Iterable[Record],
    current: Iterable[Record],
    *,
    departures: Mapping[str, Departure] | None = None,
    arrivals: Mapping[str, Arrival] | None = None,
    formerly_poor: Collection[str] = (),
    formerly_near_poor: Collection[str] = (),
) -> Movements:
    """Classify every household's movement between the recognised list and this year's review.

    Args:
        previous: The recognised poor and near-poor households at the start of the period (last year's list).
        current: This year's review results: every household reviewed, whatever its status.
        departures: Households of ``previous`` that are not reviewed this year, with the reason.
        arrivals: Households of ``current`` that joined the unit during the period, with the reason.
        formerly_poor: Ids of households that were on the poor list at some time before the start of the period
            (a poor household among them that is not poor at the start and poor at the end has *returned*).
        formerly_near_poor: The same for the near-poor list.

    Returns:
        The transitions: first the households of ``previous`` in their order, then the other households of
        ``current`` in theirs; every household of both lists comes out exactly once.

    Raises:
        InvalidInput: for a duplicate id in a list, a start-of-period household that is neither poor nor near-poor,
            a household of ``previous`` with neither a result nor a departure, or a departure (arrival) that does
            not match the lists; the message names the household.
    """
    before = _index(previous, "previous")
    after = _index(current, "current")
    _check_previous(before)
    gone = _reasons("departures", departures)
    came = _reasons("arrivals", arrivals)
    _check_reasons(before, after, gone, came)
    was_poor, was_near = _ids("formerly_poor", formerly_poor), _ids("formerly_near_poor", formerly_near_poor)
    order = list(before) + [hid for hid in after if hid not in before]
    transitions = []
    for hid in order:
        b, a, d, r = before.get(hid), after.get(hid), gone.get(hid), came.get(hid)
        transitions.append(
            Transition(
                household_id=hid,
                before=b,
                after=a,
                departure=d,
                arrival=r,
                poor=_classify(Status.POOR, b, a, departure=d, arrival=r, formerly=hid in was_poor),
                near_poor=_classify(Status.NEAR_POOR, b, a, departure=d, arrival=r, formerly=hid in was_near),
            )
        )
    return Movements(tuple(transitions))


def _reasons(name: str, reasons: object) -> dict[str, Any]:
    """Departures or arrivals: a mapping of household id to reason (checked by :func:`_check_reasons`)."""
    if reasons is None:
        return {}
    if not isinstance(reasons, Mapping):
        raise InvalidInput(name, f"a mapping of household id to reason, got {reasons!r}"[:300])
    return dict(reasons)


def _ids(name: str, ids: object) -> frozenset[str]:
    """Household ids: a collection of strings (a string alone is not one)."""
    if not isinstance(ids, Iterable) or isinstance(ids, str | bytes | Mapping):
        raise InvalidInput(name, f"a collection of household ids, got {ids!r}"[:300])
    listed = list(ids)
    for hid in listed:
        if not isinstance(hid, str):
            raise InvalidInput(name, f"household ids are strings, got {hid!r}"[:300])
    return frozenset(listed)


#: How transitions are grouped into the rows of a table: a function from a transition to a unit code.
UnitKey = Callable[[Transition], str | None]


def _check_transition(t: object) -> Transition:
    if not isinstance(t, Transition):
        raise InvalidInput("transition", f"a giamngheo.review.Transition, got {t!r}"[:300])
    return t


def by_commune(t: Transition) -> str | None:
    """The commune of the household (this year's record first)."""
    return _check_transition(t).record.commune


def by_district(t: Transition) -> str | None:
    """The district of the household (this year's record first)."""
    return _check_transition(t).record.district


def by_province(t: Transition) -> str | None:
    """The province of the household (this year's record first)."""
    return _check_transition(t).record.province


@attrs.frozen
class Counts:
    """Households and persons of one cell of a movement table.

    Attributes:
        households: The number of households.
        persons: The number of persons.
    """

    households: int = 0
    persons: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.households + other.households, self.persons + other.persons)

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.households - other.households, self.persons - other.persons)


@attrs.frozen
class Balance:
    """The movement table of one list (poor or near-poor) for one unit, or for all.

    Attributes:
        list_status: The list: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        unit: The unit code (``None`` for the total of every unit).
        start: The list at the start of the period.
        decreases: Counts per decrease (:data:`DECREASES` order).
        increases: Counts per increase (:data:`INCREASES` order).
        end: The list at the end, counted from this year's records (not computed from the movements).
    """

    list_status: Status
    unit: str | None
    start: Counts
    decreases: tuple[tuple[Movement, Counts], ...]
    increases: tuple[tuple[Movement, Counts], ...]
    end: Counts

    @property
    def decreased(self) -> Counts:
        """The sum of the decreases."""
        return sum((c for _, c in self.decreases), Counts())

    @property
    def increased(self) -> Counts:
        """The sum of the increases."""
        return sum((c for _, c in self.increases), Counts())

    def count(self, movement: Movement) -> Counts:
        """The counts of one decrease or increase."""
        for m, c in self.decreases + self.increases:
            if m is movement:
                return c
        raise InvalidInput("movement", f"{movement.value} is neither a decrease nor an increase")

    def check(self, *, start: Counts | None = None) -> Balance:
        """Prove that the end equals the start minus the decreases plus the increases.

        Args:
            start: The start-of-period figures of last year's official report, to check the list against.

        Returns:
            The balance itself, so that calls chain.

        Raises:
            BalanceError: naming the unit, the list and households or persons.
        """
        unit = "all units" if self.unit is None else f"unit {self.unit}"
        name = self.list_status.label("en")
        for what in ("households", "persons"):
            begin, down, up, end = (getattr(c, what) for c in (self.start, self.decreased, self.increased, self.end))
            if begin - down + up != end:
                msg = f"{unit}, {name}s, {what}: start {begin} - decreases {down} + increases {up} != end {end}"
                raise BalanceError(msg, unit=self.unit, list_status=self.list_status, what=what)
            if start is not None and getattr(start, what) != begin:
                msg = (
                    f"{unit}, {name}s, {what}: the list gives {begin} at the start of the period, "
                    f"the report gives {getattr(start, what)}"
                )
                raise BalanceError(msg, unit=self.unit, list_status=self.list_status, what=what)
        return self


@attrs.frozen
class Movements:
    """Every household's transition, in a stable order (see :func:`movements`).

    Attributes:
        transitions: One per household of either list.
    """

    transitions: tuple[Transition, ...]

    def __iter__(self) -> Iterator[Transition]:
        return iter(self.transitions)

    def __len__(self) -> int:
        return len(self.transitions)

    def transition(self, household_id: str) -> Transition:
        """The transition of one household.

        Raises:
            InvalidInput: if the household is on neither list.
        """
        for t in self.transitions:
            if t.household_id == household_id:
                return t
        raise InvalidInput("household_id", "is on neither list", household_id)

    def of(self, list_status: Status, movement: Movement) -> tuple[Transition, ...]:
        """The transitions with one movement with respect to one list, e.g. every household that returned."""
        _check_list(list_status)
        return tuple(t for t in self.transitions if t.movement(list_status) is movement)

    def balance(self, list_status: Status, *, unit: str | None = None, by: UnitKey = by_commune) -> Balance:
        """The movement table of one list, for one unit or (``unit=None``) for all.

        Args:
            list_status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
            unit: The unit code, as ``by`` gives it; ``None`` for every household.
            by: How a household is placed in a unit; by default its commune (this year's record first, so that
                a household counts where it is reviewed now, start of period included).

        Returns:
            The balance; :meth:`Balance.check` holds for it by construction.
        """
        _check_list(list_status)
        chosen = self.transitions if unit is None else [t for t in self.transitions if by(t) == unit]
        return _balance(list_status, unit, chosen)

    def balances(self, list_status: Status, *, by: UnitKey = by_commune) -> tuple[Balance, ...]:
        """One balance per unit, in the order units first appear, each checked."""
        units: dict[str | None, list[Transition]] = {}
        for t in self.transitions:
            units.setdefault(by(t), []).append(t)
        _check_list(list_status)
        return tuple(_balance(list_status, u, ts).check() for u, ts in units.items())


def _check_list(list_status: Status) -> None:
    if list_status not in LISTS:
        raise InvalidInput("list_status", f"movements are counted for the poor and near-poor lists, got {list_status!r}")


def _balance(list_status: Status, unit: str | None, transitions: Iterable[Transition]) -> Balance:
    # Plain integers in the loop: a province's list has hundreds of thousands of households.
    start_h = start_p = end_h = end_p = 0
    households = dict.fromkeys(DECREASES + INCREASES, 0)
    persons = dict.fromkeys(DECREASES + INCREASES, 0)
    not_listed, stayed = Movement.NOT_LISTED, Movement.STAYED
    for t in transitions:
        move = t.poor if list_status is Status.POOR else t.near_poor
        if move is not_listed:
            continue
        # A transition built by hand may be inconsistent; it is then counted as it is, and check() reports it.
        b, a = t.before, t.after
        was = 1 if b is not None and b.status is list_status else 0
        now = 1 if a is not None and a.status is list_status else 0
        was_p = b.persons if was and b is not None else 0
        now_p = a.persons if now and a is not None else 0
        start_h += was
        start_p += was_p
        end_h += now
        end_p += now_p
        if move is stayed:
            change = now_p - was_p
            if change > 0:
                persons[Movement.OTHER_INCREASE] += change
            elif change < 0:
                persons[Movement.OTHER_DECREASE] -= change
        elif move.is_decrease:
            households[move] += was
            persons[move] += was_p
        else:
            households[move] += now
            persons[move] += now_p
    return Balance(
        list_status=list_status,
        unit=unit,
        start=Counts(start_h, start_p),
        decreases=tuple((m, Counts(households[m], persons[m])) for m in DECREASES),
        increases=tuple((m, Counts(households[m], persons[m])) for m in INCREASES),
        end=Counts(end_h, end_p),
    )
