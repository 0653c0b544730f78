"""Households and members as columns of codes: the batch engine's input.

Codes: an enumeration's value is its position in the enumeration's definition order (``Material.DURABLE`` is 0,
``Material.NON_DURABLE`` 1); a boolean is 0 or 1; ``-1`` is *unknown* everywhere. Money is integer VND; the monthly
income per person is the exact fraction ``income_num / income_den``; a floor area the exact fraction
``floor_num / floor_den`` (``floor_den == 0``: unknown). Members are in one table, sorted by the index of their
household (``member_household``), in their order within it.

Rows that cannot be read keep their place: :attr:`Columns.errors` holds, for each household, ``None`` or the
:class:`~giamngheo.InvalidInput` that names the field and the household; members whose household is missing are in
:attr:`Columns.orphans`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from giamngheo._errors import InvalidInput
from giamngheo._facts import _MEMBER_BOOLS as MEMBER_BOOL_FIELDS
from giamngheo._facts import Device, Education, Employment, Latrine, Material, Member, Nutrition, Sex, WaterSource
from giamngheo._household import Household
from giamngheo._model import Area
from giamngheo._numbers import MAX_WHOLE
from giamngheo.batch._schema import DWELLING_COLUMNS

__all__ = ["ENUM_COLUMNS", "MEMBER_BOOLEANS", "Columns", "Orphan", "code_of"]

I8 = npt.NDArray[np.int8]
I16 = npt.NDArray[np.int16]
I64 = npt.NDArray[np.int64]
Obj = npt.NDArray[np.object_]
Bool = npt.NDArray[np.bool_]

#: Member columns that hold a boolean, in the order of :class:`giamngheo.Member`'s fields.
MEMBER_BOOLEANS = tuple(f.name for f in attrs.fields(Member) if f.name in MEMBER_BOOL_FIELDS)
#: Columns that hold one value of an enumeration.
ENUM_COLUMNS: dict[str, type[enum.Enum]] = {
    "area": Area,
    "wall": Material,
    "column": Material,
    "roof": Material,
    "water_source": WaterSource,
    "latrine": Latrine,
    "sex": Sex,
    "education": Education,
    "employment": Employment,
    "nutrition": Nutrition,
}
_HOUSEHOLD_BOOLEANS = ("hears_loudspeaker", "waste_collected")
_TRUE = frozenset({"true", "1", "yes", "có", "co", "t", "y"})
_FALSE = frozenset({"false", "0", "no", "không", "khong", "f", "n"})
_DEVICE_BITS = {d: 1 << i for i, d in enumerate(Device)}


def code_of(kind: type[enum.Enum], member: enum.Enum) -> int:
    """The code of an enumeration member: its position in the definition order."""
    return list(kind).index(member)


_CODES: dict[type[enum.Enum], dict[enum.Enum, int]] = {
    kind: {m: i for i, m in enumerate(kind)} for kind in set(ENUM_COLUMNS.values())
}
_CELLS: dict[type[enum.Enum], dict[str, int]] = {
    kind: {str(m.value): i for i, m in enumerate(kind)} for kind in set(ENUM_COLUMNS.values())
}
#: The Vietnamese labels ("nông thôn", "bền chắc"), composed (NFC) and case-folded, read like the codes.
_LABEL_CELLS: dict[type[enum.Enum], dict[str, int]] = {
    kind: {unicodedata.normalize("NFC", m.label("vi")).casefold(): i for i, m in enumerate(kind)}  # type: ignore[attr-defined]
    for kind in set(ENUM_COLUMNS.values())
}


@attrs.frozen
class Orphan:
    """A member row whose household is not in the household table.

    Attributes:
        row: The member's row, from 0.
        household_id: The household id it names.
    """

    row: int
    household_id: str


def _unknown(n: int, dtype: type[np.generic]) -> npt.NDArray[Any]:
    return np.full(n, -1, dtype=dtype)


@attrs.define(eq=False)
class Columns:
    """Households and their members as arrays of codes (see the module's description).

    Build one with :meth:`from_arrays` (arrays you already hold), :meth:`from_households`
    (:class:`giamngheo.Household` objects), :meth:`from_rows` (text cells, as read from CSV files or data frames).
    """

    household_id: Obj
    area: I8
    commune: Obj
    district: Obj
    income_num: I64
    income_den: I64
    size: I64
    stated: Obj
    has_dwelling: Bool
    wall: I8
    column: I8
    roof: I8
    water_source: I8
    latrine: I8
    devices: I16
    hears_loudspeaker: I8
    waste_collected: I8
    floor_num: I64
    floor_den: I64
    member_household: I64
    member_id: Obj | None  # None when no member has an id (no array allocated)
    birth_year: I16
    birth_month: I16
    birth_day: I16
    sex: I8
    education: I8
    employment: I8
    nutrition: I8
    has_health_insurance: I8
    attending_school: I8
    on_the_job_training: I8
    disability: I8
    social_allowance: I8
    sick_untreated: I8
    uses_phone: I8
    uses_internet: I8
    errors: Obj
    orphans: tuple[Orphan, ...] = ()

    def __len__(self) -> int:
        return len(self.household_id)

    @property
    def members(self) -> int:
        """The number of member rows."""
        return len(self.member_household)

    # --- building --------------------------------------------------------------------------------------------

    @classmethod
    def from_arrays(cls, **arrays: Any) -> Columns:  # noqa: ANN401 - numpy arrays or sequences
        """Columns from arrays of codes you already hold (the fastest way in).

        Give at least ``household_id`` and either ``area`` or ``commune``; every other column defaults to unknown
        (``-1``), ``income_den`` to 1, ``has_dwelling`` to "some dwelling column is known", and the member columns
        to no member. Members need not be sorted: they are sorted by household, keeping their order within it.

        Every value is checked against its column's limits (an enumeration's codes, 0 or 1, a month of 1 to 12, a
        day the month has, money of at most 10**15 VND): an array that is not of integers, or a value out of
        limits, is refused, naming the column and the household of the first bad row. A household id given more
        than once is not refused: every copy gets an error in :attr:`Columns.errors` (as :meth:`from_rows` does).

        Raises:
            InvalidInput: for an unknown column name, columns of different lengths, an array that is not of
                integers (a float is never truncated: money is exact VND), a value out of its column's limits, an
                impossible or partly unknown birth date, or a member's household index out of range.
        """
        known = {f.name for f in attrs.fields(cls)} - {"errors", "orphans"}
        for name in arrays:
            if name not in known:
                raise InvalidInput(
                    name, f"not a column of giamngheo.batch.Columns; columns: {', '.join(sorted(known))}"
                )
        ids = np.asarray(arrays["household_id"], dtype=object)
        n = len(ids)
        values: dict[str, Any] = {"household_id": ids}
        dwelling_known = np.zeros(n, dtype=bool)
        for name, dtype, default, limits in _HOUSEHOLD_ARRAYS:
            given = arrays.get(name)
            if given is None:
                value = default(n)
            elif limits is None:
                value = np.asarray(given, dtype=dtype)
                if len(value) != n:
                    raise InvalidInput(name, f"has {len(value)} values for {n} households")
            else:
                value = _checked(name, given, dtype, limits, ids)
            values[name] = value
            if name in DWELLING_COLUMNS and given is not None:
                dwelling_known |= value >= 0
        dwelling_known |= values["floor_den"] > 0
        given = arrays.get("has_dwelling")
        values["has_dwelling"] = (
            dwelling_known if given is None else _checked("has_dwelling", given, bool, _YES_NO, ids)
        )
        values.update(_member_columns(arrays, ids))
        values["errors"] = _repeated_ids(ids)
        return cls(**values)

    @classmethod
    def from_households(cls, households: Iterable[Household]) -> Columns:
        """Columns of :class:`giamngheo.Household` objects (already validated), in their order."""
        rows: list[Household] = list(households)
        for i, h in enumerate(rows):
            if not isinstance(h, Household):
                raise InvalidInput(f"households[{i}]", f"must be a giamngheo.Household, got {h!r}")
        n = len(rows)
        cols: dict[str, Any] = {
            "household_id": [h.id if h.id is not None else f"#{i}" for i, h in enumerate(rows)],
            "area": [-1 if h.area is None else _CODES[Area][h.area] for h in rows],
            "commune": [h.commune for h in rows],
        }
        nums, dens = [], []
        for h in rows:
            income = Fraction(h.income_per_capita)
            nums.append(income.numerator)
            dens.append(income.denominator)
        cols["income_num"], cols["income_den"] = nums, dens
        cols["size"] = [-1 if h.size is None else h.size for h in rows]
        cols["stated"] = [None if h.computed else h.deprived for h in rows]
        dwellings = [h.dwelling for h in rows]
        cols["has_dwelling"] = [d is not None for d in dwellings]
        for name in ("wall", "column", "roof", "water_source", "latrine"):
            kind = ENUM_COLUMNS[name]
            cols[name] = [
                -1 if d is None or getattr(d, name) is None else _CODES[kind][getattr(d, name)] for d in dwellings
            ]
        cols["devices"] = [
            -1 if d is None or d.devices is None else sum(_DEVICE_BITS[x] for x in d.devices) for d in dwellings
        ]
        for name in _HOUSEHOLD_BOOLEANS:
            cols[name] = [_bool_code(None if d is None else getattr(d, name)) for d in dwellings]
        areas = [None if d is None else d.floor_area_m2 for d in dwellings]
        cols["floor_num"] = [0 if a is None else a.numerator for a in areas]
        cols["floor_den"] = [0 if a is None else a.denominator for a in areas]
        members: dict[str, list[int]] = {name: [] for name, _, _ in _MEMBER_ARRAYS}
        member_household: list[int] = []
        member_id: list[str | None] = []
        for i, h in enumerate(rows):
            for m in h.members or ():
                member_household.append(i)
                member_id.append(m.id)
                b = m.birth_date
                members["birth_year"].append(-1 if b is None else b.year)
                members["birth_month"].append(-1 if b is None else b.month)
                members["birth_day"].append(-1 if b is None else b.day)
                for name in ("sex", "education", "employment", "nutrition"):
                    value = getattr(m, name)
                    members[name].append(-1 if value is None else _CODES[ENUM_COLUMNS[name]][value])
                for name in MEMBER_BOOLEANS:
                    members[name].append(_bool_code(getattr(m, name)))
        return cls.from_arrays(member_household=member_household, member_id=member_id, **members, **_typed(cols, n))

    @classmethod
    def from_rows(
        cls,
        households: Sequence[Mapping[str, object]] | Mapping[str, Sequence[object]],
        members: Sequence[Mapping[str, object]] | Mapping[str, Sequence[object]] | None = None,
    ) -> Columns:
        """Columns of text cells, as read from CSV files (or any values: numbers, booleans, ``None``).

        Args:
            households: One mapping per household (a row), or one sequence per column.
            members: The members table, the same way, or ``None``.

        Every bad cell becomes the error of its household (or of the member's household), naming the field: no
        row is dropped. A member whose household is not in the table is an :class:`Orphan`.
        """
        from giamngheo.batch._parse import parse_rows  # noqa: PLC0415 - the text parser is only needed here

        return parse_rows(cls, households, members)

    # --- access ------------------------------------------------------------------------------------------------

    def facts(self, i: int) -> tuple[object, ...]:
        """The facts of household ``i`` without its id and its members' ids: equal for households the rules treat alike."""
        first, last = (int(k) for k in np.searchsorted(self.member_household, [i, i + 1]))
        own = (self.has_dwelling[i], *(getattr(self, name)[i] for name, _, _, _ in _HOUSEHOLD_ARRAYS))
        return own + tuple(tuple(getattr(self, name)[first:last].tolist()) for name, _, _ in _MEMBER_ARRAYS)

    def household(self, i: int) -> Household:
        """Household ``i`` as a :class:`giamngheo.Household` (the scalar path's input for the same row).

        Raises:
            InvalidInput: for a row with an error, or one the scalar classes refuse.
        """
        from giamngheo.batch._scalar import to_household  # noqa: PLC0415

        return to_household(self, i)


def _member_columns(arrays: Mapping[str, Any], ids: Obj) -> dict[str, Any]:
    """The member columns of :meth:`Columns.from_arrays`, checked, then sorted by household."""
    n = len(ids)
    values: dict[str, Any] = {}
    hh = _integers("member_household", arrays.get("member_household", np.zeros(0, dtype=np.int64)), None, "", None)
    m = len(hh)
    if m and (hh.min() < 0 or hh.max() >= n):
        raise InvalidInput("member_household", f"indices must be from 0 to {n - 1}")
    hh = hh.astype(np.int64, copy=False)
    order = None if m == 0 or bool(np.all(hh[1:] >= hh[:-1])) else np.argsort(hh, kind="stable")
    values["member_household"] = hh if order is None else hh[order]
    for name, dtype, limits in _MEMBER_ARRAYS:
        given = arrays.get(name)
        values[name] = _unknown(m, dtype) if given is None else _checked(name, given, dtype, limits, ids, hh)
    _check_dates(values["birth_year"], values["birth_month"], values["birth_day"], ids, hh)
    if order is not None:
        for name, _, _ in _MEMBER_ARRAYS:
            values[name] = values[name][order]
    values["member_id"] = None
    given_ids = arrays.get("member_id")
    if given_ids is not None and any(v is not None for v in given_ids):
        member_id = np.empty(m, dtype=object)
        member_id[:] = list(given_ids)
        values["member_id"] = member_id if order is None else member_id[order]
    return values


def _bool_code(value: bool | None) -> int:  # noqa: FBT001 - a fact, not a flag
    return -1 if value is None else int(value)


def _typed(cols: dict[str, Any], n: int) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for name, value in cols.items():
        if name in ("household_id", "commune", "stated", "district"):
            array = np.empty(n, dtype=object)
            array[:] = value  # element by element: a frozenset stays one element
            typed[name] = array
        else:
            typed[name] = value
    return typed


def _object_none(n: int) -> Obj:
    return np.full(n, None, dtype=object)


def _zeros64(n: int) -> I64:
    return np.zeros(n, dtype=np.int64)


def _ones64(n: int) -> I64:
    return np.ones(n, dtype=np.int64)


LARGEST = MAX_WHOLE  # the largest whole number a column may hold, as for a cell and in a file


@attrs.frozen
class _Limits:
    """The values a column of integers may hold: ``low`` to ``high`` (``None``: no limit), and -1 if ``unknown``."""

    low: int = attrs.field(validator=attrs.validators.in_((0, 1)))  # so the one gap after -1 is 0
    high: int | None
    unknown: bool = True
    kind: str = ""  # what the numbers are, for the message ("a WaterSource code ")

    def expected(self) -> str:
        """The values allowed, for a message: ``"a WaterSource code 0 to 7 or -1 (unknown)"``."""
        span = f"at least {self.low:,}" if self.high is None else f"{self.low:,} to {self.high:,}"
        return f"{self.kind}{span}{' or -1 (unknown)' if self.unknown else ''}"


def _codes(name: str) -> _Limits:
    kind = ENUM_COLUMNS[name]
    return _Limits(0, len(kind) - 1, kind=f"a {kind.__name__} code ")


_BOOLEAN = _Limits(0, 1, kind="a boolean ")
_YES_NO = _Limits(0, 1, unknown=False)
#: Days in each month (index 1 to 12), February with its leap day.
_MONTH_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int16)


def _integers(name: str, given: object, length: int | None, table: str, limits: _Limits | None) -> npt.NDArray[Any]:
    """``given`` as a one-dimensional array of integers (not yet narrowed), of ``length`` rows if one is given.

    Booleans are integers only for a column of 0 and 1 (``limits``).

    Raises:
        InvalidInput: for floats (never truncated: money is exact VND), text, objects, or the wrong length.
    """
    value = np.asarray(given)
    if value.ndim != 1:
        raise InvalidInput(name, f"must be one-dimensional, got {value.ndim} dimensions")
    if length is not None and len(value) != length:
        raise InvalidInput(name, f"has {len(value)} values for {length} {table}")
    if value.dtype.kind not in ("iub" if limits is not None and (limits.low, limits.high) == (0, 1) else "iu"):
        if len(value) == 0:  # an empty list is a float array: no value to misread
            return np.zeros(0, dtype=np.int64)
        raise InvalidInput(name, f"must be an array of integers (exact, at most 64 bits), got {value.dtype}")
    return value


def _checked(  # noqa: PLR0917 - a column and what names its rows
    name: str, given: object, dtype: type[Any], limits: _Limits, ids: Obj, owner: I64 | None = None
) -> npt.NDArray[Any]:
    """Column ``name`` of households (or of members, whose households are ``owner``) checked, then narrowed."""
    length, table = (len(ids), "households") if owner is None else (len(owner), "members")
    value = _integers(name, given, length, table, limits)
    _check_range(name, value, limits, ids, owner)
    return value.astype(dtype, copy=False)  # safe: every value is within the limits, which fit the dtype


def _check_range(name: str, values: npt.NDArray[Any], limits: _Limits, ids: Obj, owner: I64 | None = None) -> None:
    """Refuse the first value out of ``limits``, naming its household (``ids[owner[row]]``, or ``ids[row]``)."""
    if not len(values):
        return
    lowest = -1 if limits.unknown else limits.low
    # min and max first: no array is allocated for a valid column (every chunk of a register pays this)
    within = values.min() >= lowest and (limits.high is None or values.max() <= limits.high)
    if within and (lowest + 1 >= limits.low or not (values == 0).any()):  # -1 unknown, 0 a gap when low is 1
        return
    bad = values < limits.low
    if limits.high is not None:
        bad |= values > limits.high
    if limits.unknown:
        bad &= values != -1
    j = int(np.flatnonzero(bad)[0])
    raise InvalidInput(name, f"must be {limits.expected()}, got {values[j]}", _household(ids, owner, j))


def _household(ids: Obj, owner: I64 | None, row: int) -> str | None:
    """The id of the household of ``row`` (a household row, or a member row when ``owner`` is given)."""
    hid = ids[row] if owner is None else ids[owner[row]]
    return None if hid is None else str(hid)


def _check_dates(year: I16, month: I16, day: I16, ids: Obj, owner: I64) -> None:
    """Refuse a birth date known in part only, or one the calendar lacks (30 February, 29 February 2023).

    Each of year, month and day is already within its column's limits.
    """
    if not len(year):
        return
    if year.min() < 0 or month.min() < 0 or day.min() < 0:  # some date unknown, at least in part
        unknown = year == -1
        partial = (month == -1) != unknown
        partial |= (day == -1) != unknown
        if partial.any():
            j = int(np.flatnonzero(partial)[0])
            got = {"birth_year": int(year[j]), "birth_month": int(month[j]), "birth_day": int(day[j])}
            name = next(k for k, v in got.items() if v == -1)
            reason = (
                "must be -1 (unknown) in all of birth_year, birth_month, birth_day or in none, "
                f"got {', '.join(map(str, got.values()))}"
            )
            raise InvalidInput(name, reason, _household(ids, owner, j))
    if day.max() <= 28:  # every month has 28 days: the usual register stops here
        return
    rows = np.flatnonzero(day > 28)  # their dates are known whole (checked above)
    years, months = year[rows], month[rows]
    common = (years % 4 != 0) | ((years % 100 == 0) & (years % 400 != 0))
    late = day[rows] > _MONTH_DAYS[months] - ((months == 2) & common)
    if late.any():
        j = int(rows[np.flatnonzero(late)[0]])
        y, m, d = int(year[j]), int(month[j]), int(day[j])
        reason = f"must be 1 to {calendar.monthrange(y, m)[1]} in {y:04d}-{m:02d}, got {d}"
        raise InvalidInput("birth_day", reason, _household(ids, owner, j))


def _repeated_ids(ids: Obj) -> Obj:
    """The errors of the households: every copy of an id given more than once gets one, as in :meth:`Columns.from_rows`."""
    errors = np.full(len(ids), None, dtype=object)
    if _all_distinct(ids):
        return errors
    from giamngheo.batch._encode import repeated_reason  # noqa: PLC0415 - its one message; only needed here

    rows: dict[object, list[int]] = {}
    for i, hid in enumerate(ids.tolist()):  # only for a table that has a repeated id
        rows.setdefault(hid, []).append(i)
    for hid, where in rows.items():
        if len(where) > 1:
            reason = repeated_reason(len(where), where)
            for i in where:
                errors[i] = InvalidInput("household_id", reason, None if hid is None else str(hid))
    return errors


def _all_distinct(ids: Obj) -> bool:
    head = ids[:65]
    try:
        # sorted ids (the usual register) are distinct if strictly increasing: one pass, no hashing
        if bool(np.all(head[1:] > head[:-1])) and bool(np.all(ids[1:] > ids[:-1])):
            return True
    except TypeError:  # ids of mixed types (None, numbers) do not compare
        pass
    return len(set(ids.tolist())) == len(ids)


_HOUSEHOLD_ARRAYS: tuple[tuple[str, type[np.generic], Any, _Limits | None], ...] = (
    # name, dtype, default (for n households), limits (None: not a number)
    ("area", np.int8, lambda n: _unknown(n, np.int8), _codes("area")),
    ("commune", np.object_, _object_none, None),
    ("district", np.object_, _object_none, None),
    ("income_num", np.int64, lambda n: _unknown(n, np.int64), _Limits(0, LARGEST)),
    ("income_den", np.int64, _ones64, _Limits(1, None, unknown=False)),
    ("size", np.int64, lambda n: _unknown(n, np.int64), _Limits(1, LARGEST)),
    ("stated", np.object_, _object_none, None),
    ("wall", np.int8, lambda n: _unknown(n, np.int8), _codes("wall")),
    ("column", np.int8, lambda n: _unknown(n, np.int8), _codes("column")),
    ("roof", np.int8, lambda n: _unknown(n, np.int8), _codes("roof")),
    ("water_source", np.int8, lambda n: _unknown(n, np.int8), _codes("water_source")),
    ("latrine", np.int8, lambda n: _unknown(n, np.int8), _codes("latrine")),
    ("devices", np.int16, lambda n: _unknown(n, np.int16), _Limits(0, sum(_DEVICE_BITS.values()), kind="device bits ")),
    ("hears_loudspeaker", np.int8, lambda n: _unknown(n, np.int8), _BOOLEAN),
    ("waste_collected", np.int8, lambda n: _unknown(n, np.int8), _BOOLEAN),
    ("floor_num", np.int64, _zeros64, _Limits(0, LARGEST, unknown=False)),
    ("floor_den", np.int64, _zeros64, _Limits(0, LARGEST, unknown=False)),
)
_MEMBER_ARRAYS: tuple[tuple[str, type[np.generic], _Limits], ...] = (
    ("birth_year", np.int16, _Limits(dt.MINYEAR, dt.MAXYEAR)),
    ("birth_month", np.int16, _Limits(1, 12)),
    ("birth_day", np.int16, _Limits(1, 31)),
    ("sex", np.int8, _codes("sex")),
    ("education", np.int8, _codes("education")),
    ("employment", np.int8, _codes("employment")),
    ("nutrition", np.int8, _codes("nutrition")),
    *((name, np.int8, _BOOLEAN) for name in MEMBER_BOOLEANS),
)

# The parser (giamngheo.batch._parse) uses these too.
HOUSEHOLD_ARRAYS = tuple((name, dtype, default) for name, dtype, default, _ in _HOUSEHOLD_ARRAYS)
MEMBER_ARRAYS = tuple((name, dtype) for name, dtype, _ in _MEMBER_ARRAYS)
CELL_CODES = _CELLS
LABEL_CODES = _LABEL_CELLS
DEVICE_BITS = {str(d.value): bit for d, bit in _DEVICE_BITS.items()}
DEVICE_LABEL_BITS = {unicodedata.normalize("NFC", d.label("vi")).casefold(): bit for d, bit in _DEVICE_BITS.items()}
TRUE_CELLS = _TRUE
FALSE_CELLS = _FALSE


def parse_date(text: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or ``None``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
