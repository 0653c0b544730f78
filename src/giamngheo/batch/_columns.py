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

import datetime as dt
import enum
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from decimal import InvalidOperation
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
from giamngheo._numbers import exact_number
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

        Raises:
            InvalidInput: for an unknown column name, columns of different lengths, or a member's household index
                out of range.
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
        for name, dtype, default in _HOUSEHOLD_ARRAYS:
            given = arrays.get(name)
            value = default(n) if given is None else np.asarray(given, dtype=dtype)
            if len(value) != n:
                raise InvalidInput(name, f"has {len(value)} values for {n} households")
            values[name] = value
            if name in DWELLING_COLUMNS and given is not None:
                dwelling_known |= value >= 0
        dwelling_known |= values["floor_den"] > 0
        values["has_dwelling"] = (
            dwelling_known if arrays.get("has_dwelling") is None else np.asarray(arrays["has_dwelling"], dtype=bool)
        )
        hh = np.asarray(arrays.get("member_household", np.zeros(0, dtype=np.int64)), dtype=np.int64)
        m = len(hh)
        if m and (hh.min() < 0 or hh.max() >= n):
            raise InvalidInput("member_household", f"indices must be from 0 to {n - 1}")
        order = None if m == 0 or bool(np.all(hh[1:] >= hh[:-1])) else np.argsort(hh, kind="stable")
        values["member_household"] = hh if order is None else hh[order]
        for name, dtype in _MEMBER_ARRAYS:
            given = arrays.get(name)
            value = _unknown(m, dtype) if given is None else np.asarray(given, dtype=dtype)
            if len(value) != m:
                raise InvalidInput(name, f"has {len(value)} values for {m} members")
            values[name] = value if order is None else value[order]
        values["member_id"] = None
        given_ids = arrays.get("member_id")
        if given_ids is not None and any(v is not None for v in given_ids):
            member_id = np.empty(m, dtype=object)
            member_id[:] = list(given_ids)
            values["member_id"] = member_id if order is None else member_id[order]
        values["errors"] = np.full(n, None, dtype=object)
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
        members: dict[str, list[int]] = {name: [] for name, _ in _MEMBER_ARRAYS}
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
        own = (self.has_dwelling[i], *(getattr(self, name)[i] for name, _, _ in _HOUSEHOLD_ARRAYS))
        return own + tuple(tuple(getattr(self, name)[first:last].tolist()) for name, _ in _MEMBER_ARRAYS)

    def household(self, i: int) -> Household:
        """Household ``i`` as a :class:`giamngheo.Household` (the scalar path's input for the same row).

        Raises:
            InvalidInput: for a row with an error, or one the scalar classes refuse.
        """
        from giamngheo.batch._scalar import to_household  # noqa: PLC0415

        return to_household(self, i)


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


_HOUSEHOLD_ARRAYS: tuple[tuple[str, type[np.generic], Any], ...] = (
    ("area", np.int8, lambda n: _unknown(n, np.int8)),
    ("commune", np.object_, _object_none),
    ("district", np.object_, _object_none),
    ("income_num", np.int64, lambda n: _unknown(n, np.int64)),
    ("income_den", np.int64, _ones64),
    ("size", np.int64, lambda n: _unknown(n, np.int64)),
    ("stated", np.object_, _object_none),
    ("wall", np.int8, lambda n: _unknown(n, np.int8)),
    ("column", np.int8, lambda n: _unknown(n, np.int8)),
    ("roof", np.int8, lambda n: _unknown(n, np.int8)),
    ("water_source", np.int8, lambda n: _unknown(n, np.int8)),
    ("latrine", np.int8, lambda n: _unknown(n, np.int8)),
    ("devices", np.int16, lambda n: _unknown(n, np.int16)),
    ("hears_loudspeaker", np.int8, lambda n: _unknown(n, np.int8)),
    ("waste_collected", np.int8, lambda n: _unknown(n, np.int8)),
    ("floor_num", np.int64, _zeros64),
    ("floor_den", np.int64, _zeros64),
)
_MEMBER_ARRAYS: tuple[tuple[str, type[np.generic]], ...] = (
    ("birth_year", np.int16),
    ("birth_month", np.int16),
    ("birth_day", np.int16),
    ("sex", np.int8),
    ("education", np.int8),
    ("employment", np.int8),
    ("nutrition", np.int8),
    *((name, np.int8) for name in MEMBER_BOOLEANS),
)

# The parser (giamngheo.batch._parse) uses these too.
HOUSEHOLD_ARRAYS = _HOUSEHOLD_ARRAYS
MEMBER_ARRAYS = _MEMBER_ARRAYS
CELL_CODES = _CELLS
LABEL_CODES = _LABEL_CELLS
DEVICE_BITS = {str(d.value): bit for d, bit in _DEVICE_BITS.items()}
DEVICE_LABEL_BITS = {unicodedata.normalize("NFC", d.label("vi")).casefold(): bit for d, bit in _DEVICE_BITS.items()}
TRUE_CELLS = _TRUE
FALSE_CELLS = _FALSE


def exact_decimal(text: str) -> Fraction | None:
    """``"35.5"`` or ``"71/2"`` as an exact fraction; ``None`` if it is not one."""
    try:
        return exact_number(text)  # the scalar path's parser: the same numbers read, the same sizes refused
    except (ValueError, ZeroDivisionError, InvalidOperation, OverflowError):
        return None


def parse_date(text: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or ``None``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
