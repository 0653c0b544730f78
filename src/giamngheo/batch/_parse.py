"""Text cells (CSV files, data frames, lists) to :class:`Columns`, every bad cell reported on its household."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from giamngheo._errors import InvalidInput
from giamngheo.batch._columns import (
    CELL_CODES,
    DEVICE_BITS,
    ENUM_COLUMNS,
    FALSE_CELLS,
    MEMBER_BOOLEANS,
    TRUE_CELLS,
    Orphan,
    exact_decimal,
    parse_date,
)
from giamngheo.batch._schema import DWELLING_COLUMNS, HOUSEHOLD_COLUMNS, MEMBER_COLUMNS

if TYPE_CHECKING:
    from giamngheo.batch._columns import Columns

__all__ = ["parse_rows"]

Table = Sequence[Mapping[str, object]] | Mapping[str, Sequence[object]]


class _Bad(Exception):
    """A cell that cannot be read; the message is the reason."""


def _columns_of(table: Table, known: set[str], what: str) -> tuple[int, dict[str, list[object]]]:
    """The table as columns of cells; unknown columns are refused (a misspelt header would be ignored silently)."""
    if hasattr(table, "to_dict") and hasattr(table, "columns"):  # a pandas DataFrame
        table = {str(k): list(v) for k, v in table.to_dict(orient="list").items()}
    if isinstance(table, Mapping):
        cols = {str(k): list(v) for k, v in table.items()}
        lengths = {len(v) for v in cols.values()}
        if len(lengths) > 1:
            raise InvalidInput(what, f"columns of different lengths: {sorted(lengths)}")
        n = lengths.pop() if lengths else 0
    else:
        rows = list(table)
        n = len(rows)
        names: dict[str, None] = {}
        first: tuple[object, ...] = tuple(rows[0]) if rows else ()
        for i, row in enumerate(rows):
            if len(row) == len(first) and tuple(row) == first and i:
                continue  # the same columns as the first row (every row of a csv.DictReader)
            if None in row:  # csv.DictReader puts the cells beyond the header under the key None
                raise InvalidInput(what, f"row {i + 1} (from 1) has more cells than the header")
            names.update(dict.fromkeys(str(k) for k in row))
        cols = {name: [row.get(name) for row in rows] for name in names}
    for name in cols:
        if name not in known:
            raise InvalidInput(what, f"unknown column {name!r}; the columns are {', '.join(sorted(known))}")
    return n, cols


def _text(value: object) -> str | None:
    """A cell as stripped text, ``None`` when empty (``None``, ``""``, NaN)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    return text or None


#: The largest whole number a cell may hold (a quadrillion VND): beyond it the exact comparisons would overflow.
_LARGEST = 10**15


def _in_range(number: int) -> int:
    if abs(number) > _LARGEST:
        raise _Bad(f"is out of range (more than {_LARGEST:,}), got {number}")
    return number


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        raise _Bad(f"must be a whole number, got {value!r}")
    if isinstance(value, int):
        return _in_range(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return _in_range(int(value))
        raise _Bad(f"must be a whole number, got {value!r}")
    text = _text(value)
    if text is None:
        return None
    try:
        number = int(text.replace("_", ""))
    except ValueError:
        raise _Bad(f"must be a whole number, got {text!r}") from None
    return _in_range(number)


def _choice(kind: type[Any]) -> Callable[[object], int]:
    codes = CELL_CODES[kind]

    def parse(value: object) -> int:
        text = _text(value)
        if text is None:
            return -1
        code = codes.get(text)
        if code is None:
            raise _Bad(f"unknown value {text!r}; use one of {', '.join(codes)} (or leave it empty)")
        return code

    return parse


def _boolean(value: object) -> int:
    if isinstance(value, bool):
        return int(value)
    text = _text(value)
    if text is None:
        return -1
    lowered = text.lower()
    if lowered in TRUE_CELLS:
        return 1
    if lowered in FALSE_CELLS:
        return 0
    raise _Bad(f"must be true or false (or empty if unknown), got {text!r}")


def _devices(value: object) -> int:
    text = _text(value)
    if text is None:
        return -1
    if text.lower() == "none":
        return 0
    mask = 0
    for part in text.split(";"):
        name = part.strip()
        if not name:
            continue
        bit = DEVICE_BITS.get(name)
        if bit is None:
            raise _Bad(f"unknown device {name!r}; use {', '.join(DEVICE_BITS)} separated by ';', or 'none'")
        mask |= bit
    return mask


def _ids(value: object) -> frozenset[str] | None:
    text = _text(value)
    if text is None:
        return None
    return frozenset(part.strip() for part in text.split(";") if part.strip())


class _Errors:
    """The first error of each household."""

    def __init__(self, ids: list[str], n: int) -> None:
        self.ids = ids
        self.errors: list[InvalidInput | None] = [None] * n

    def add(self, i: int, field: str, reason: str) -> None:
        if self.errors[i] is None:
            self.errors[i] = InvalidInput(field, reason, self.ids[i])


_MISS = object()


def _parse_column(
    cells: list[object],
    parse: Callable[[object], Any],
    field: Callable[[int], tuple[int, str]],
    errors: _Errors,
    fast: Mapping[object, Any] | Callable[[object], Any] | None = None,
    *,
    failed: object = -1,
) -> list[Any]:
    """``parse`` every cell, reading the common ones first with ``fast``.

    ``fast`` is a lookup table, or a function giving ``_MISS`` when it cannot tell; only the other cells are parsed.
    """
    out: list[Any]
    if isinstance(fast, Mapping):
        try:
            out = [fast.get(cell, _MISS) for cell in cells]
        except TypeError:  # an unhashable cell: parse them all
            out = [_MISS] * len(cells)
    elif fast is not None:
        out = [fast(cell) for cell in cells]
    else:
        out = [_MISS] * len(cells)
    for j, value in enumerate(out):
        if value is not _MISS:
            continue
        try:
            out[j] = parse(cells[j])
        except _Bad as bad:
            i, name = field(j)
            errors.add(i, name, str(bad))
            out[j] = failed
    return out


def _choice_cells(kind: type[Any]) -> dict[object, int]:
    cells: dict[object, int] = {"": -1, None: -1}
    cells.update(CELL_CODES[kind])
    return cells


_BOOLEAN_CELLS: dict[object, int] = {
    "": -1, None: -1, "true": 1, "false": 0, "True": 1, "False": 0, "TRUE": 1, "FALSE": 0, "1": 1, "0": 0,
    True: 1, False: 0,
}


def _digits(cell: object) -> Any:  # noqa: ANN401 - an int, or _MISS
    return int(cell) if type(cell) is str and cell.isdigit() and len(cell) < 16 else _MISS


def _integers(cells: list[object], field: Callable[[int], tuple[int, str]], errors: _Errors) -> list[Any]:
    """Whole numbers: plain digit strings converted directly, the rest through :func:`_integer`."""
    # A cell that cannot be read is None: its household has the error already, and -1 stays a (negative) value.
    return _parse_column(cells, _integer, field, errors, _digits, failed=None)


def parse_rows(cls: type[Columns], households: Table, members: Table | None) -> Columns:  # noqa: C901, PLR0912, PLR0915 - one pass per column
    """See :meth:`Columns.from_rows`."""
    n, h = _columns_of(households, {c.name for c in HOUSEHOLD_COLUMNS}, "households")
    if "household_id" not in h:
        raise InvalidInput("households", "the column household_id is required")
    ids = [_text(v) or "" for v in h["household_id"]]
    errors = _Errors(ids, n)
    seen: dict[str, list[int]] = {}
    for i, hid in enumerate(ids):
        if not hid:
            errors.add(i, "household_id", "is empty; every household needs an id")
        else:
            seen.setdefault(hid, []).append(i)
    index: dict[str, int] = {}
    for hid, rows in seen.items():
        index[hid] = rows[0]
        if len(rows) > 1:
            for i in rows:
                errors.add(
                    i, "household_id", f"appears {len(rows)} times (rows {', '.join(str(r + 1) for r in rows)}, from 1)"
                )

    def row(name: str) -> Callable[[int], tuple[int, str]]:
        return lambda j: (j, name)

    def col(name: str) -> list[object]:
        return h.get(name, [None] * n)

    arrays: dict[str, Any] = {"household_id": np.array(ids, dtype=object)}
    for name in ("area", "wall", "column", "roof", "water_source", "latrine"):
        arrays[name] = _parse_column(
            col(name), _choice(ENUM_COLUMNS[name]), row(name), errors, _choice_cells(ENUM_COLUMNS[name])
        )
    for name in ("commune", "district"):
        values = np.empty(n, dtype=object)
        cells = col(name)
        values[:] = [_text(v) for v in cells]
        for i, v in enumerate(cells):
            if v is not None and not isinstance(v, str) and _text(v) is not None:
                # a number has lost the code's leading zeros ("00004" read as 4): the code is text
                errors.add(i, name, f"a code is text (read the file with dtype=str), got the number {v!r}")
        arrays[name] = values
    monthly = _integers(col("income_per_capita_monthly_vnd"), row("income_per_capita_monthly_vnd"), errors)
    yearly = _integers(col("income_yearly_vnd"), row("income_yearly_vnd"), errors)
    sizes = _integers(col("size"), row("size"), errors)
    for i in range(n):
        for name, value in (("income_per_capita_monthly_vnd", monthly[i]), ("income_yearly_vnd", yearly[i])):
            if value is not None and value < 0:
                errors.add(i, name, f"must not be negative, got {value}")
        if sizes[i] is not None and sizes[i] < 1:
            errors.add(i, "size", f"a household has at least one member, got {sizes[i]}")
    stated = [_ids(v) for v in col("deprived")]
    arrays["devices"] = _parse_column(col("devices"), _devices, row("devices"), errors)
    for name in ("hears_loudspeaker", "waste_collected"):
        arrays[name] = _parse_column(col(name), _boolean, row(name), errors, _BOOLEAN_CELLS)
    floor_num, floor_den = [0] * n, [0] * n
    for i, given in enumerate(col("floor_area_m2")):
        cell = given
        if isinstance(given, float) and not math.isnan(given):
            if not given.is_integer():  # a whole number is exact as a float too (pandas reads 45 as 45.0)
                errors.add(
                    i, "dwelling.floor_area_m2", f"must be exact (read the file as text: '35.5'), got the float {given!r}"
                )
                continue
            cell = str(int(given))
        text = _text(cell)
        if text is None:
            continue
        area = exact_decimal(text.replace(",", "."))
        if area is None or area < 0 or area.numerator > _LARGEST or area.denominator > _LARGEST:
            errors.add(i, "dwelling.floor_area_m2", f"must be an exact number of m², not negative, of at most 15 digits, got {text!r}")
            continue
        floor_num[i], floor_den[i] = area.numerator, area.denominator
    arrays["floor_num"], arrays["floor_den"] = floor_num, floor_den
    has_dwelling = np.zeros(n, dtype=bool)
    for name in DWELLING_COLUMNS:
        if name in h:
            has_dwelling |= np.array([_text(v) is not None for v in h[name]], dtype=bool)

    member_household: list[int] = []
    member_values: dict[str, list[Any]] = {}
    orphans: list[Orphan] = []
    member_count = [0] * n
    if members is not None:
        m, mc = _columns_of(members, {c.name for c in MEMBER_COLUMNS}, "members")
        if m and "household_id" not in mc:
            raise InvalidInput("members", "the column household_id is required")
        owners: list[int] = []
        positions: list[int] = []
        for j, value in enumerate(mc.get("household_id", [])):
            hid = _text(value) or ""
            i = index.get(hid, -1)
            if i < 0:
                orphans.append(Orphan(j, hid))
            else:
                positions.append(member_count[i])
                member_count[i] += 1
            owners.append(i)

        def member_field(name: str) -> Callable[[int], tuple[int, str]]:
            return lambda j: (owners[j], f"members[{positions_by_row[j]}].{name}")

        positions_by_row: dict[int, int] = {}
        k = 0
        for j, i in enumerate(owners):
            if i >= 0:
                positions_by_row[j] = positions[k]
                k += 1
        kept = [j for j, i in enumerate(owners) if i >= 0]

        def mcol(name: str) -> list[object]:
            cells = mc.get(name, [None] * m)
            return [cells[j] for j in kept]

        member_household = [owners[j] for j in kept]

        def kept_field(name: str) -> Callable[[int], tuple[int, str]]:
            base = member_field(name)
            return lambda idx: base(kept[idx])

        for name in ("sex", "education", "employment", "nutrition"):
            member_values[name] = _parse_column(
                mcol(name), _choice(ENUM_COLUMNS[name]), kept_field(name), errors, _choice_cells(ENUM_COLUMNS[name])
            )
        for name in MEMBER_BOOLEANS:
            member_values[name] = _parse_column(mcol(name), _boolean, kept_field(name), errors, _BOOLEAN_CELLS)
        years, months, days = [], [], []
        field = kept_field("birth_date")
        for idx, cell in enumerate(mcol("birth_date")):
            text = _text(cell)
            date = None if text is None else parse_date(text[:10] if len(text) > 10 and text[10] in " T" else text)
            if text is not None and date is None:
                i, name = field(idx)
                errors.add(i, name, f"must be a date written YYYY-MM-DD, got {text!r}")
            years.append(-1 if date is None else date.year)
            months.append(-1 if date is None else date.month)
            days.append(-1 if date is None else date.day)
        member_values["birth_year"], member_values["birth_month"], member_values["birth_day"] = years, months, days
        member_values["member_id"] = [_text(v) for v in mcol("member_id")]

    nums, dens = [-1] * n, [1] * n
    for i in range(n):
        mon, yea = monthly[i], yearly[i]
        size = sizes[i] if sizes[i] is not None and sizes[i] >= 1 else None
        if member_count[i]:
            if size is not None and size != member_count[i]:
                errors.add(i, "size", f"is {size} but {member_count[i]} members are listed")
            size = member_count[i]
        if mon is not None and yea is not None:
            errors.add(i, "income_yearly_vnd", "give either income_per_capita_monthly_vnd or income_yearly_vnd, not both")
        elif mon is not None and mon >= 0:
            nums[i] = mon
        elif yea is not None and yea >= 0:
            if size is None:
                errors.add(i, "size", "is required with income_yearly_vnd")
            else:
                income = Fraction(yea, 12 * size)
                nums[i], dens[i] = income.numerator, income.denominator
        elif mon is None and yea is None:
            errors.add(i, "income_per_capita_monthly_vnd", "no income given (or give income_yearly_vnd and size)")
        if stated[i] and (member_count[i] or has_dwelling[i]):
            errors.add(i, "deprived", "state deprivations or give members/dwelling to compute them, not both")
    arrays["income_num"], arrays["income_den"] = nums, dens
    arrays["size"] = [s if s is not None and s >= 1 else -1 for s in sizes]
    stated_array = np.empty(n, dtype=object)
    stated_array[:] = stated
    arrays["stated"] = stated_array
    arrays["has_dwelling"] = has_dwelling
    columns = cls.from_arrays(member_household=member_household, **member_values, **arrays)
    failures = np.empty(n, dtype=object)
    failures[:] = errors.errors
    columns.errors = failures
    columns.orphans = tuple(orphans)
    return columns
