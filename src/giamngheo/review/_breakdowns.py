"""The report's breakdowns: deprivations by indicator, households by group, and the list of households.

The column lists are the library's reading of the templates (see ``docs/unconfirmed.md``); each table says so.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable, Mapping

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard, Status, Text, check_lang
from giamngheo.review._records import Group, Record
from giamngheo.review._table import (
    _LEVELS,
    _LIST_NAMES,
    _RATE_NOTE,
    _STATUS_KEYS,
    LAYOUT_NOTE,
    Cell,
    Column,
    ColumnKind,
    Table,
    _by_unit,
    _check_level,
    _check_list,
    _check_on,
    _check_records,
    _count,
    _percent,
    _summed,
    _table,
)

# --- deprivations --------------------------------------------------------------------------------------------


__all__ = ["deprivation_table", "group_table", "household_list"]

def _check_deprivations(records: Iterable[Record], standard: Standard) -> None:
    known = {i.id for i in standard.indicators}
    for record in records:
        unknown = sorted(record.deprived - known)
        if unknown:
            raise InvalidInput(
                "deprived",
                f"{', '.join(unknown)}: not an indicator of {standard.id} (its indicators: {', '.join(sorted(known))})",
                record.household_id,
            )


def deprivation_table(
    records: Iterable[Record],
    status: Status,
    standard: Standard,
    *,
    rates: bool = False,
    level: str = "commune",
    on: dt.date | None = None,
) -> Table:
    """The deprivations of poor (or near-poor) households by indicator and unit, as counts or as rates.

    Templates: *Phân tích các chỉ số thiếu hụt dịch vụ xã hội cơ bản của hộ nghèo* (… *của hộ cận nghèo*), and
    *Phân tích tỷ lệ các chỉ số thiếu hụt* … for the rates. Every unit of the records has a row, even one without a
    household of ``status``.

    Args:
        records: This year's review records.
        status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        standard: The standard whose indicators make the columns, in its order.
        rates: If true, each indicator's cell is the percentage of the unit's households of ``status`` deprived in
            it (empty for a unit without such households); the numbers of households and of deprivations stay
            counts.
        level: ``"commune"``, ``"district"`` or ``"province"``.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"poor_deprivations"``, ``"near_poor_deprivation_rates"``, ….

    Raises:
        InvalidInput: for a status that is neither poor nor near-poor, or a record that is deprived in an indicator
            the standard does not define or has no code at ``level`` (both naming the household).
    """
    prefix, list_name = _check_list(status, "status")
    if not isinstance(standard, Standard):
        raise InvalidInput("standard", f"a giamngheo.Standard, got {standard!r}")
    level, on = _check_level(level), _check_on(on)
    checked = _check_records(records)
    _check_deprivations(checked, standard)
    units = _by_unit(checked, level)
    ids = [i.id for i in standard.indicators]
    counters: dict[str, collections.Counter[str]] = {}
    for code, unit_records in units.items():
        counter: collections.Counter[str] = collections.Counter()
        for record in unit_records:
            if record.status is status:
                counter["households"] += 1
                counter.update(f"indicator:{i}" for i in record.deprived)
                counter["deprivations"] += len(record.deprived)
        counters[code] = counter

    def cells(counter: collections.Counter[str]) -> tuple[Cell, ...]:
        households = counter["households"]
        deprived = [counter[f"indicator:{i}"] for i in ids]
        per_indicator: list[Cell] = [_percent(n, households) for n in deprived] if rates else list(deprived)
        return (households, *per_indicator, counter["deprivations"])

    kind = ColumnKind.RATE if rates else ColumnKind.COUNT
    columns = (
        _count("households", f"số {list_name.vi}", f"number of {list_name.en}"),
        *(Column(i.id, i.name, kind) for i in standard.indicators),
        _count("deprivations", "tổng số lượt thiếu hụt", "total deprivations"),
    )
    analysis = Text(
        "Phân tích tỷ lệ các chỉ số" if rates else "Phân tích các chỉ số",
        "Analysis of the rates of the indicators" if rates else "Analysis of the indicators",
    )
    what = Text(
        f"thiếu hụt dịch vụ xã hội cơ bản của {list_name.vi}",
        f"of deprivation in basic social services of {list_name.en}",
    )
    notes = [
        _LEVELS[level][0],
        Text(
            f"Các chỉ số theo {standard.name.vi} ({standard.id}), theo thứ tự của văn bản.",
            f"The indicators of {standard.name.en} ({standard.id}), in the order of the legal text.",
        ),
    ]
    if rates:
        notes += [
            _RATE_NOTE,
            Text(
                f"Tỷ lệ tính trên số {list_name.vi} của đơn vị; để trống khi đơn vị không có {list_name.vi}.",
                f"Rates are per {list_name.en} of the unit; empty when the unit has none.",
            ),
        ]
    return _table(
        f"{prefix}_deprivation_rates" if rates else f"{prefix}_deprivations",
        Text(f"{analysis.vi} {what.vi}", f"{analysis.en} {what.en}"),
        Text(f"{analysis.vi} {what.vi}", f"{analysis.en} {what.en}"),
        columns,
        {code: cells(c) for code, c in counters.items()},
        cells(_summed(counters.values())),
        notes,
        on,
    )


# --- groups --------------------------------------------------------------------------------------------------


def group_table(records: Iterable[Record], *, level: str = "commune", on: dt.date | None = None) -> Table:
    """Poor and near-poor households by unit and :class:`Group`.

    Template: *Phân tích hộ nghèo, hộ cận nghèo theo các nhóm đối tượng*. For the poor, then the near-poor: the
    number of households, then one column per group in the order of :class:`Group`. A household may belong to
    several groups, so the groups do not add up to the households.

    Args:
        records: This year's review records.
        level: ``"commune"``, ``"district"`` or ``"province"``.
        on: The date whose administrative units name the units; without it the names are empty.

    Returns:
        The table ``"groups"``.

    Raises:
        InvalidInput: for a record without a code at ``level`` or a duplicate household (naming the household).
    """
    level, on = _check_level(level), _check_on(on)
    units = _by_unit(_check_records(records), level)
    keys: list[str] = []
    columns: list[Column] = []
    for status, (prefix, list_name) in _LIST_NAMES.items():
        keys.append(f"{prefix}_households")
        columns.append(_count(keys[-1], f"tổng số {list_name.vi}", f"total {list_name.en}"))
        for group in Group:
            keys.append(f"{prefix}_{group.value}")
            label = Text(f"{status.label('vi')}: {group.label('vi')}", f"{list_name.en}: {group.label('en')}")
            columns.append(Column(keys[-1], label, ColumnKind.COUNT))
    counters: dict[str, collections.Counter[str]] = {}
    for code, unit_records in units.items():
        counter: collections.Counter[str] = collections.Counter()
        for record in unit_records:
            if record.listed:
                prefix = _STATUS_KEYS[record.status]
                counter[f"{prefix}_households"] += 1
                counter.update(f"{prefix}_{g.value}" for g in record.groups)
        counters[code] = counter
    return _table(
        "groups",
        Text(
            "Hộ nghèo, hộ cận nghèo theo các nhóm đối tượng",
            "Poor and near-poor households by group",
        ),
        Text(
            "Phân tích hộ nghèo, hộ cận nghèo theo các nhóm đối tượng",
            "Analysis of poor and near-poor households by group",
        ),
        columns,
        {code: tuple(c[k] for k in keys) for code, c in counters.items()},
        tuple(_summed(counters.values())[k] for k in keys),
        [
            _LEVELS[level][0],
            Text(
                "Một hộ có thể thuộc nhiều nhóm: tổng các nhóm có thể khác tổng số hộ.",
                "A household may belong to several groups: the groups need not add up to the households.",
            ),
        ],
        on,
    )


# --- household list ------------------------------------------------------------------------------------------


def household_list(
    records: Iterable[Record],
    status: Status,
    *,
    names: Mapping[str, str] | None = None,
    standard: Standard | None = None,
    lang: str = "vi",
) -> Table:
    """The detailed list of poor (or near-poor) households: one row per household, no total row.

    Templates: *Danh sách chi tiết hộ nghèo* and *Danh sách chi tiết hộ cận nghèo*. A record carries no personal
    name, so the list has a column for the head of household only when ``names`` is given.

    Args:
        records: This year's review records; those of ``status`` are listed, in their order.
        status: :attr:`Status.POOR` or :attr:`Status.NEAR_POOR`.
        names: The name of the head of household (họ tên chủ hộ) by household id; a household without one has an
            empty cell.
        standard: If given, the deprivations are written as the indicators' names, in the standard's order;
            otherwise as their ids, sorted.
        lang: The language of the groups' labels and of the indicators' names (the headers follow the language
            the table is written in).

    Returns:
        The table ``"poor_list"`` or ``"near_poor_list"``.

    Raises:
        InvalidInput: for a status that is neither poor nor near-poor, a duplicate household, or (with a
            standard) a record deprived in an indicator the standard does not define (naming the household).
    """
    prefix, list_name = _check_list(status, "status")
    check_lang(lang)
    checked = _check_records(records)
    if standard is not None:
        if not isinstance(standard, Standard):
            raise InvalidInput("standard", f"a giamngheo.Standard or None, got {standard!r}")
        _check_deprivations(checked, standard)
    if names is not None and not isinstance(names, Mapping):
        raise InvalidInput("names", f"a mapping of household id to name, got {names!r}"[:300])
    given = dict(names) if names is not None else None
    for hid, name in (given or {}).items():
        if not isinstance(name, str):
            raise InvalidInput("names", f"a name as a string, got {name!r}", hid)
    columns = [Column("household_id", Text("mã hộ", "household id"), ColumnKind.TEXT)]
    if given is not None:
        columns.append(Column("head_of_household", Text("họ tên chủ hộ", "head of household"), ColumnKind.TEXT))
    columns += [
        Column("commune", Text("mã đơn vị cấp xã", "commune code"), ColumnKind.TEXT),
        _count("persons", "số nhân khẩu", "persons"),
        _count("deprivations", "số chỉ số thiếu hụt", "number of deprivations"),
        Column("deprived", Text("các chỉ số thiếu hụt", "deprivations"), ColumnKind.TEXT),
        Column("groups", Text("nhóm đối tượng", "groups"), ColumnKind.TEXT),
    ]
    rows: list[tuple[Cell, ...]] = []
    for record in checked:
        if record.status is not status:
            continue
        if standard is None:
            deprived = sorted(record.deprived)
        else:
            deprived = [i.name(lang) for i in standard.indicators if i.id in record.deprived]
        groups = [g.label(lang) for g in Group if g in record.groups]
        head: tuple[Cell, ...] = () if given is None else (given.get(record.household_id),)
        rows.append(
            (
                record.household_id,
                *head,
                record.commune,
                record.persons,
                len(record.deprived),
                "; ".join(deprived),
                "; ".join(groups),
            )
        )
    return Table(
        id=f"{prefix}_list",
        title=Text(f"Danh sách {list_name.vi}", f"List of {list_name.en}"),
        template=Text(f"Danh sách chi tiết {list_name.vi}", f"Detailed list of {list_name.en}"),
        columns=tuple(columns),
        rows=tuple(rows),
        notes=(LAYOUT_NOTE,),
        has_total=False,
    )
