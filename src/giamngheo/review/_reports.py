"""The summary tables of the annual review report (báo cáo kết quả rà soát hộ nghèo, hộ cận nghèo).

Each table follows one of the official report templates (biểu mẫu) by name and aggregates review records by
administrative unit: commune, district or province. Every aggregated table has one row per unit, in the order the
units first appear in the input, and a final total row (*Tổng cộng*) whose unit code is ``""``. In the total row
every count is the sum of the units' counts and every rate is computed again from those sums, never summed.

The column lists are the library's reading of the templates: the templates' official column lists have not been
read (see ``docs/unconfirmed.md``), and every table says so in its :attr:`Table.notes`.

Rates are percentages computed exactly (:class:`fractions.Fraction`) and rounded half up to two decimal places
(:class:`decimal.Decimal`); a rate without a denominator is ``None``.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard, Status, Text
from giamngheo.review._breakdowns import deprivation_table, group_table
from giamngheo.review._movements import (
    DECREASES,
    INCREASES,
    Counts,
    Movement,
    Movements,
)
from giamngheo.review._records import Record
from giamngheo.review._table import (
    _LEVELS,
    _LIST_NAMES,
    _RATE_NOTE,
    _STATUS_KEYS,
    _WHAT,
    Cell,
    Column,
    ColumnKind,
    Report,
    Table,
    _by_unit,
    _check_level,
    _check_list,
    _check_on,
    _check_records,
    _count,
    _percent,
    _rate,
    _summed,
    _table,
    _unit_of,
)

# --- results -------------------------------------------------------------------------------------------------

__all__ = ["movement_table", "results_table", "review_report"]

_RESULTS_COLUMNS = (
    _count("households", "tổng số hộ dân cư", "total households"),
    _count("poor_households", "số hộ nghèo", "poor households"),
    _count("poor_persons", "số nhân khẩu hộ nghèo", "persons in poor households"),
    _rate("poor_rate", "tỷ lệ hộ nghèo (%)", "poor household rate (%)"),
    _count("near_poor_households", "số hộ cận nghèo", "near-poor households"),
    _count("near_poor_persons", "số nhân khẩu hộ cận nghèo", "persons in near-poor households"),
    _rate("near_poor_rate", "tỷ lệ hộ cận nghèo (%)", "near-poor household rate (%)"),
    _count("middle_households", "số hộ có mức sống trung bình", "households of middle living standard"),
)


def _check_households_total(
    households_total: Mapping[str, int] | None, units: Mapping[str, Sequence[Record]]
) -> dict[str, int] | None:
    if households_total is None:
        return None
    if not isinstance(households_total, Mapping):
        raise InvalidInput("households_total", f"a mapping of unit code to households, got {households_total!r}"[:300])
    given = dict(households_total)
    for code, count in given.items():
        if type(count) is not int or count < 0:
            raise InvalidInput("households_total", f"unit {code!r}: a whole number of households, got {count!r}")
    for code, records in units.items():
        if code not in given:
            raise InvalidInput("households_total", f"no total number of households for unit {code!r}")
        if given[code] < len(records):
            raise InvalidInput(
                "households_total",
                f"unit {code!r} has {given[code]} households in total but {len(records)} in the review records",
            )
    return given


def results_table(
    records: Iterable[Record],
    *,
    level: str = "commune",
    households_total: Mapping[str, int] | None = None,
    on: dt.date | None = None,
) -> Table:
    """The review results by unit: poor, near-poor and middle-living-standard households, persons and rates.

    Template: *Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo*.

    Args:
        records: This year's review records, one per household.
        level: ``"commune"``, ``"district"`` or ``"province"``: the code of each record that places it.
        households_total: The total number of households (hộ dân cư) of each unit, the denominator of the rates.
            If given, it must give every unit of the records; units it gives that have no record get a row of
            zeros after the others. Without it the total households and the rates are empty.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"results"``.

    Raises:
        InvalidInput: for a record without a code at ``level`` or a duplicate household (naming the household),
            or a unit whose total number of households is missing, not a whole number, or below its number of
            records.
    """
    level, on = _check_level(level), _check_on(on)
    units = _by_unit(_check_records(records), level)
    totals = _check_households_total(households_total, units)
    if totals is not None:
        for code in totals:
            units.setdefault(code, [])
    counters: dict[str, collections.Counter[str]] = {}
    for code, unit_records in units.items():
        counter: collections.Counter[str] = collections.Counter()
        for record in unit_records:
            status = _STATUS_KEYS[record.status]
            counter[f"{status}_households"] += 1
            counter[f"{status}_persons"] += record.persons
        counters[code] = counter

    def cells(counter: collections.Counter[str], households: int | None) -> tuple[Cell, ...]:
        poor, near = counter["poor_households"], counter["near_poor_households"]
        return (
            households,
            poor,
            counter["poor_persons"],
            _percent(poor, households),
            near,
            counter["near_poor_persons"],
            _percent(near, households),
            counter["middle_households"],
        )

    rows = {code: cells(c, None if totals is None else totals[code]) for code, c in counters.items()}
    all_households = None if totals is None else sum(totals[code] for code in units)
    notes = [
        _LEVELS[level][0],
        _RATE_NOTE,
        Text(
            "Tỷ lệ hộ nghèo, hộ cận nghèo tính trên tổng số hộ dân cư của đơn vị; để trống khi không có số này.",
            "The rates are per total households of the unit; empty when that figure is not given.",
        ),
    ]
    return _table(
        "results",
        Text("Kết quả rà soát hộ nghèo, hộ cận nghèo", "Results of the review of poor and near-poor households"),
        Text(
            "Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo",
            "Summary of the results of the review of poor and near-poor households",
        ),
        _RESULTS_COLUMNS,
        rows,
        cells(_summed(counters.values()), all_households),
        notes,
        on,
    )


# --- movements -----------------------------------------------------------------------------------------------


def _movement_column(movement: Movement, list_status: Status) -> Column:
    label = Text(movement.label("vi", list_status), movement.label("en", list_status))
    return Column(movement.value, label, ColumnKind.COUNT)


def movement_table(
    movements: Movements,
    list_status: Status,
    *,
    what: str = "households",
    level: str = "commune",
    on: dt.date | None = None,
) -> Table:
    """The movements of the poor or the near-poor list by unit: start, decreases, increases, end.

    Templates: *Tổng hợp diễn biến hộ nghèo* and *Tổng hợp diễn biến hộ cận nghèo*. A household is placed by
    this year's record if it was reviewed, else by last year's (:attr:`Transition.record`). Every unit's row and
    the total row are checked (:meth:`Balance.check`): ``end == start - decreases + increases``.

    Args:
        movements: The transitions (:func:`movements`).
        list_status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        what: ``"households"`` or ``"persons"``.
        level: ``"commune"``, ``"district"`` or ``"province"``.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"poor_movements_households"``, ``"near_poor_movements_persons"``, ….

    Raises:
        InvalidInput: for a list that is neither poor nor near-poor, an unknown ``what``, or a household without a
            code at ``level`` (naming the household).
        BalanceError: if a row does not balance (which the construction of :class:`Movements` rules out).
    """
    prefix, list_name = _check_list(list_status, "list_status")
    if not isinstance(what, str) or what not in _WHAT:
        raise InvalidInput("what", f"'households' or 'persons', got {what!r}")
    level, on = _check_level(level), _check_on(on)
    if not isinstance(movements, Movements):
        raise InvalidInput("movements", f"a giamngheo.review.Movements, got {movements!r}")
    for t in movements:
        _unit_of(t.record, level)
    by = _LEVELS[level][1]
    balances = movements.balances(list_status, by=by)  # each checked already
    total = movements.balance(list_status, by=by).check()

    def cells(start: Counts, decreases: Sequence[Counts], increases: Sequence[Counts], end: Counts) -> tuple[Cell, ...]:
        def n(c: Counts) -> int:
            return int(getattr(c, what))

        down = [n(c) for c in decreases]
        up = [n(c) for c in increases]
        return (n(start), *down, sum(down), *up, sum(up), n(end))

    rows = {
        str(b.unit): cells(b.start, [c for _, c in b.decreases], [c for _, c in b.increases], b.end) for b in balances
    }
    total_cells = cells(total.start, [c for _, c in total.decreases], [c for _, c in total.increases], total.end)
    columns = (
        _count("start", "đầu kỳ", "at the start of the period"),
        *(_movement_column(m, list_status) for m in DECREASES),
        _count("decreases", "tổng số giảm", "total decrease"),
        *(_movement_column(m, list_status) for m in INCREASES),
        _count("increases", "tổng số tăng", "total increase"),
        _count("end", "cuối kỳ", "at the end of the period"),
    )
    name = Text(f"Diễn biến {list_name.vi}", f"Movements of {list_name.en}")
    counted = _WHAT[what]
    return _table(
        f"{prefix}_movements_{what}",
        Text(f"{name.vi}: {counted.vi}", f"{name.en}: {counted.en}"),
        Text(f"Tổng hợp diễn biến {list_name.vi}", f"Summary of the movements of {list_name.en}"),
        columns,
        rows,
        total_cells,
        [
            _LEVELS[level][0],
            Text(
                "Cuối kỳ = đầu kỳ - tổng số giảm + tổng số tăng, đã kiểm tra cho từng dòng.",
                "End = start - total decrease + total increase, checked for every row.",
            ),
            Text(
                "Hộ được xếp vào đơn vị theo kết quả rà soát năm nay, nếu không có thì theo danh sách đầu kỳ.",
                "A household is placed by this year's review record, else by the start-of-period list.",
            ),
        ],
        on,
    )


# --- the report ----------------------------------------------------------------------------------------------


def _check_movements(movements: Movements, records: Sequence[Record]) -> None:
    if not isinstance(movements, Movements):
        raise InvalidInput("movements", f"a giamngheo.review.Movements or None, got {movements!r}")
    reviewed = {t.household_id: t.after for t in movements if t.after is not None}
    for record in records:
        if reviewed.pop(record.household_id, None) != record:
            raise InvalidInput(
                "movements", "were not computed from these records: the household differs", record.household_id
            )
    if reviewed:
        raise InvalidInput(
            "movements", "were not computed from these records: an extra household", next(iter(reviewed))
        )


def review_report(
    records: Iterable[Record],
    *,
    standard: Standard,
    movements: Movements | None = None,
    level: str = "commune",
    households_total: Mapping[str, int] | None = None,
    on: dt.date | None = None,
) -> Report:
    """The summary tables of a review report.

    The tables, in order: ``"results"``; if ``movements`` are given, ``"poor_movements_households"``,
    ``"poor_movements_persons"``, ``"near_poor_movements_households"``, ``"near_poor_movements_persons"``; then
    ``"poor_deprivations"``, ``"poor_deprivation_rates"``, ``"near_poor_deprivations"``,
    ``"near_poor_deprivation_rates"`` and ``"groups"``. The detailed lists are not included: add them with
    :func:`household_list` if they are wanted.

    Args:
        records: This year's review records, one per household.
        standard: The standard the review applied; its indicators make the deprivation columns.
        movements: The movements computed from last year's list and these records (:func:`movements`).
        level: ``"commune"``, ``"district"`` or ``"province"``.
        households_total: The total number of households of each unit (see :func:`results_table`).
        on: The date whose administrative units name the units; without it the names are empty.

    Raises:
        InvalidInput: as the tables raise it, or if ``movements`` were not computed from ``records``.
    """
    checked = _check_records(records)
    tables = [results_table(checked, level=level, households_total=households_total, on=on)]
    if movements is not None:
        _check_movements(movements, checked)
        tables += [
            movement_table(movements, status, what=what, level=level, on=on) for status in _LIST_NAMES for what in _WHAT
        ]
    tables += [
        deprivation_table(checked, status, standard, rates=rates, level=level, on=on)
        for status in _LIST_NAMES
        for rates in (False, True)
    ]
    tables.append(group_table(checked, level=level, on=on))
    return Report(tuple(tables))
