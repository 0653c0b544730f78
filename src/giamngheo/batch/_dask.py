"""Dask DataFrames in, a Dask DataFrame out: each partition of households assessed with the same partition of members.

Nothing is shuffled. The households and their members must be **partitioned alike**: both Dask DataFrames have the
same number of partitions, and partition *i* of the members holds exactly the members of the households of
partition *i* of the households. Two layouts give that for free:

- both tables read from files split the same way, one households file and one members file per commune (or
  district, or any group that keeps a household with its members), listed in the same order;
- both tables indexed by ``household_id`` with the same known divisions (for example both sorted by household id
  and written with ``to_parquet`` from frames given the same divisions).

When both frames have known divisions on a ``household_id`` index, they are compared before anything runs. Otherwise
the partitions are zipped as they are and each one is checked as it is assessed: a member whose household is not in
the same partition of the households comes out as an orphan row with its error (never dropped), and its household is
assessed without it. :func:`align_members` moves the members to their households' partitions when the files are not
laid out alike: it shuffles the members once (the slow path).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard
from giamngheo.batch._frames import OUTPUT_COLUMNS, assess_frame

__all__ = ["align_members", "assess_dask"]

#: The member row in the orphan message of :func:`assess_frame`, numbered within the table it was given.
_MEMBER_ROW = re.compile(r"^members row (\d+) \(from 1\)")
#: Helper columns of :func:`align_members`: the household's partition, the member's partition and position.
_PART, _SOURCE, _POSITION = "_giamngheo_partition", "_giamngheo_source", "_giamngheo_position"
#: And the household id compared: the member's, the household's.
_KEY, _OWNER = "_giamngheo_key", "_giamngheo_owner"


def assess_dask(
    households: Any,  # noqa: ANN401 - a dask DataFrame
    members: Any = None,  # noqa: ANN401 - a dask DataFrame partitioned like the households, or None
    *,
    on: dt.date,
    standard: Standard | None = None,
    jurisdiction: str | None = None,
) -> Any:  # noqa: ANN401 - a dask DataFrame
    """Assess a Dask DataFrame of households, partition by partition with the same partition of members.

    Each partition goes through :func:`giamngheo.batch.assess_frame` on a worker; the members are never shuffled,
    so the tables must be partitioned alike (see the module's documentation, or :func:`align_members`). The result
    has the columns :data:`OUTPUT_COLUMNS`: one row per household, in input order, ``row`` its position in the whole
    households table (counted from the partitions' lengths in the same pass, no second read); after the households of
    each partition, one row per member of that partition whose household is not in the same partition of the
    households (``row`` -1, the error naming the member's row in the whole members table).

    Args:
        households: A Dask DataFrame with the columns of ``giamngheo schema`` (``household_id`` may be the index).
        members: The members, a Dask DataFrame with as many partitions as ``households``, partition *i* holding
            the members of the households of partition *i*; or ``None``.
        on: The date of the assessment.
        standard: A standard to apply instead of the national one in force.
        jurisdiction: Or a jurisdiction's standard in force.

    Returns:
        A lazy Dask DataFrame with the columns :data:`OUTPUT_COLUMNS` (unknown divisions, each partition's index
        from 0); ``.compute()`` gives the rows in input order (``reset_index(drop=True)`` for a unique index), or
        write it with ``to_parquet``.

    Raises:
        InvalidInput: for a table that is not a Dask DataFrame (``households`` or ``members``), members with another
            number of partitions, or known divisions on ``household_id`` that differ from the households'.
    """
    import dask.dataframe as dd  # noqa: PLC0415 - optional

    _check_frame(households, "households")
    if members is not None:
        _check_frame(members, "members")
        _check_alike(households, members)
    meta = _meta()
    count = households.npartitions
    options = {"on": on, "standard": standard, "jurisdiction": jurisdiction, "count": count, "dtypes": meta.dtypes}
    if members is None:
        ends = households.map_partitions(_lengths, meta=_LENGTHS_META).cumsum()
        return dd.map_partitions(  # type: ignore[no-untyped-call,unused-ignore]
            _assess_partition, households, None, ends, meta=meta, align_dataframes=False, **options
        )
    # the running totals of both tables' lengths: every partition's first row, from the partitions already read
    ends = dd.map_partitions(  # type: ignore[no-untyped-call,unused-ignore]
        _lengths, households, members, meta=_LENGTHS_META, align_dataframes=False
    ).cumsum()
    return dd.map_partitions(  # type: ignore[no-untyped-call,unused-ignore]
        _assess_partition, households, members, ends, meta=meta, align_dataframes=False, **options
    )


def align_members(households: Any, members: Any) -> Any:  # noqa: ANN401 - dask DataFrames
    """The members, repartitioned so that partition *i* holds the members of partition *i* of the households.

    The slow path, for tables that are not laid out alike: the households' ids are read once and the members are
    shuffled once, to their households' partitions (the households themselves are not moved, so ``row`` stays their
    input position). Within a partition the members keep their input order. A member whose household is in no
    partition goes to the first one, where :func:`assess_dask` reports it as an orphan (its row then counted in the
    aligned members, partition after partition).

    Args:
        households: A Dask DataFrame of households (``household_id`` a column or the index).
        members: A Dask DataFrame of members, in any partitions.

    Returns:
        A lazy Dask DataFrame of the same members and columns (``household_id`` a column), with
        ``households.npartitions`` partitions and unknown divisions.

    Raises:
        InvalidInput: for a table that is not a Dask DataFrame, or that has no ``household_id``.
    """
    _check_frame(households, "households")
    _check_frame(members, "members")
    for frame, name in ((households, "households"), (members, "members")):
        if "household_id" not in frame.columns and frame.index.name != "household_id":
            raise InvalidInput(f"{name}.household_id", "is missing: it is what the members are aligned on")
    count = households.npartitions
    owners = households.map_partitions(_owners, meta=_owners(households._meta))  # noqa: SLF001 - the schema
    # an id given to two households: its members go to one of them, not copied to both
    owners = owners.drop_duplicates(subset=[_OWNER])
    numbered = members.map_partitions(_numbered, meta=_numbered(members._meta, {"number": 0}))  # noqa: SLF001 - the schema
    found = numbered.merge(owners, how="left", left_on=_KEY, right_on=_OWNER)
    # no household anywhere: to the first partition, to come out as an orphan there
    found = found.assign(**{_PART: found[_PART].fillna(0).astype("int64")})
    # one range shuffle: partition k holds the part numbers in [k, k + 1) (the last one [count - 1, count])
    moved = found.set_index(_PART, divisions=tuple(range(count + 1)), drop=True)
    dropped = [_KEY, _OWNER]
    # household_id comes out as a column even if it was the members' index
    return moved.map_partitions(_restored, dropped=dropped, meta=_with_ids(members._meta))  # noqa: SLF001 - the schema


# --- checks ------------------------------------------------------------------------------------------------------


def _check_frame(frame: object, name: str) -> None:
    import dask.dataframe as dd  # noqa: PLC0415 - optional

    if not isinstance(frame, dd.DataFrame):
        hint = ": for a pandas DataFrame, use giamngheo.batch.assess_frame" if hasattr(frame, "columns") else ""
        raise InvalidInput(name, f"must be a dask DataFrame, got {type(frame).__name__}{hint}")


def _check_alike(households: Any, members: Any) -> None:  # noqa: ANN401 - dask DataFrames
    """Refuse what is known to be partitioned differently, without reading anything."""
    if members.npartitions != households.npartitions:
        raise InvalidInput(
            "members",
            f"has {members.npartitions} partitions and the households {households.npartitions}: partition i of the "
            "members must hold the members of partition i of the households (or use giamngheo.batch.align_members)",
        )
    by_id = households.index.name == "household_id" and members.index.name == "household_id"
    known = by_id and households.known_divisions and members.known_divisions
    if known and tuple(households.divisions) != tuple(members.divisions):
        pairs = zip(households.divisions, members.divisions, strict=True)
        i = next(k for k, (ours, theirs) in enumerate(pairs) if ours != theirs)
        raise InvalidInput(
            "members.household_id",
            f"the divisions differ from the households': boundary {i} is {members.divisions[i]!r} for the members "
            f"and {households.divisions[i]!r} for the households (give both the same divisions, or use "
            "giamngheo.batch.align_members)",
        )


# --- partitions (run on the workers) ------------------------------------------------------------------------------

_LENGTHS_META = {"households": "int64", "members": "int64"}


def _meta() -> Any:  # noqa: ANN401 - an empty pandas DataFrame
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - optional

    # deprivation_count holds a whole number or "" (an error row), as assess_frame gives it
    kinds = {"row": "int64", "deprivation_count": "object"}
    return pd.DataFrame({name: pd.Series(dtype=kinds.get(name, "str")) for name in OUTPUT_COLUMNS})


def _lengths(households: Any, members: Any = None) -> Any:  # noqa: ANN401 - pandas DataFrames
    import pandas as pd  # noqa: PLC0415 - optional

    return pd.DataFrame({"households": [len(households)], "members": [0 if members is None else len(members)]})


def _with_ids(frame: Any) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """``household_id`` as a column, whether it was a column, the index, or both."""
    if frame is None or frame.index.name != "household_id":
        return frame
    return frame.reset_index(drop="household_id" in frame.columns)


def _assess_partition(
    households: Any,  # noqa: ANN401 - pandas DataFrames
    members: Any,  # noqa: ANN401
    ends: Any,  # noqa: ANN401
    *,
    on: dt.date,
    standard: Standard | None,
    jurisdiction: str | None,
    count: int,
    dtypes: Any,  # noqa: ANN401
    partition_info: dict[str, Any] | None = None,
) -> Any:  # noqa: ANN401
    if len(ends) == 0:  # dask's meta probe: an empty partition
        return _meta()
    first = int(ends["households"].iloc[0]) - len(households)
    first_member = int(ends["members"].iloc[0]) - (0 if members is None else len(members))
    out = assess_frame(
        _with_ids(households), _with_ids(members), on=on, standard=standard, jurisdiction=jurisdiction, first_row=first
    )
    orphans = out["row"].to_numpy() < 0
    if orphans.any():
        number = None if partition_info is None else partition_info.get("number")
        where = (
            f" (checked against the households of partition {number} (from 0) of {count}: the members must be "
            "partitioned like their households, see giamngheo.batch.align_members)"
            if count > 1 and number is not None
            else ""
        )
        errors = out["error"].to_numpy(dtype=object, copy=True)
        errors[orphans] = [_global_member_row(str(e), first_member) + where for e in errors[orphans]]
        out["error"] = errors
    # the dtypes of the meta, casting only the columns that differ (no copy of the others)
    differ = {name: kind for name, kind in dtypes.items() if out[name].dtype != kind}
    return out.astype(differ) if differ else out


def _global_member_row(message: str, first_member: int) -> str:
    """The orphan message with the member's row in the whole members table, not in its partition."""
    return _MEMBER_ROW.sub(lambda m: f"members row {int(m.group(1)) + first_member} (from 1)", message, count=1)


def _key(ids: Any) -> Any:  # noqa: ANN401 - a pandas Series
    """Household ids as trimmed text, as the encoder compares them (an empty cell is "")."""
    return ids.astype(object).where(ids.notna(), "").astype(str).str.strip()


def _owners(households: Any, partition_info: dict[str, Any] | None = None) -> Any:  # noqa: ANN401
    import pandas as pd  # noqa: PLC0415 - optional

    frame = _with_ids(households)
    number = 0 if partition_info is None else int(partition_info["number"])
    ids = _key(frame["household_id"]).to_numpy(dtype=object)
    return pd.DataFrame({_OWNER: ids, _PART: [number] * len(ids)})


def _numbered(members: Any, partition_info: dict[str, Any] | None = None) -> Any:  # noqa: ANN401
    frame = _with_ids(members)
    number = 0 if partition_info is None else int(partition_info["number"])
    return frame.assign(
        **{_KEY: _key(frame["household_id"]).to_numpy(dtype=object), _SOURCE: number, _POSITION: range(len(frame))},
    )


def _restored(part: Any, dropped: list[str]) -> Any:  # noqa: ANN401 - a pandas DataFrame
    # the input order of the members within their new partition (the shuffle does not keep it)
    ordered = part.sort_values([_SOURCE, _POSITION], kind="stable").reset_index(drop=True)
    return ordered.drop(columns=[_SOURCE, _POSITION, *dropped])
