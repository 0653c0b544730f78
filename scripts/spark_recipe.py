"""Assess a register on Spark: households and members co-grouped by a hash of the household id (a recipe, not a dependency).

    pip install pyspark            # not a dependency of giamngheo: Spark is yours
    python scripts/spark_recipe.py HOUSEHOLDS.csv MEMBERS.csv OUT_DIR [--on 2024-10-01] [--buckets 64]

Each table is read with every column as text and numbered in input order (``zipWithIndex``: one pass). A bucket
number, a hash of the trimmed household id, puts every household and all its members in the same group, whatever
the files' order; each bucket (a few thousand households, not one household: one Python call per household would
be slow) goes through :func:`giamngheo.batch.assess_frame` in a pandas UDF (``cogroup().applyInPandas``). The
result keeps every household once, ``row`` its position in the input, and a member whose household is in no row
comes out after them (``row`` -1) with its row in the whole members file; it is written as Parquet, sorted by row.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # nothing written into the source tree

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")  # the Python workers too
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this interpreter, with giamngheo

#: The result's columns (``giamngheo.batch.OUTPUT_COLUMNS``), as Spark types; deprivation_count is text ("" on an error).
SCHEMA = (
    "row long, household_id string, status string, deprivation_count string, deprived string, "
    "undetermined string, standard string, error string"
)
#: And the member's row in the members file for an orphan, to put the orphans in order (dropped at the end).
_ORDER = "_member_row long"
_MEMBER_ROW = re.compile(r"^members row (\d+) \(from 1\)")


def numbered(spark, path: str, name: str):  # noqa: ANN001, ANN201 - Spark objects
    """The CSV file as text columns, with its row number (from 0, in file order) and its bucket's key."""
    from pyspark.sql import functions as F  # noqa: N812, PLC0415
    from pyspark.sql.types import LongType, StructField, StructType  # noqa: PLC0415

    frame = spark.read.csv(path, header=True, inferSchema=False)
    schema = StructType([*frame.schema.fields, StructField(f"_{name}_row", LongType(), nullable=False)])
    rows = frame.rdd.zipWithIndex().map(lambda pair: (*pair[0], pair[1]))
    return spark.createDataFrame(rows, schema).withColumn("_id", F.trim("household_id"))


def assess_buckets(on: dt.date):  # noqa: ANN201 - the function applyInPandas calls
    """One bucket of households and their members through ``assess_frame``, rows numbered as in the input."""

    def assess(households, members):  # noqa: ANN001, ANN202 - pandas DataFrames
        import pandas as pd  # noqa: PLC0415

        from giamngheo.batch import OUTPUT_COLUMNS, assess_frame  # noqa: PLC0415

        if households.empty and members.empty:
            return pd.DataFrame(columns=[*OUTPUT_COLUMNS, "_member_row"])
        households = households.sort_values("_households_row")
        members = members.sort_values("_members_row")
        rows = households["_households_row"].to_numpy()
        member_rows = members["_members_row"].to_numpy()
        helpers = ["_households_row", "_members_row", "_id", "_bucket"]
        result = assess_frame(
            households.drop(columns=helpers, errors="ignore").reset_index(drop=True),
            members.drop(columns=helpers, errors="ignore").reset_index(drop=True) if len(members) else None,
            on=on,
        )
        orphan = result["row"].to_numpy() < 0
        result.loc[~orphan, "row"] = rows
        # the member's row in its bucket, as assess_frame names it, is its row in the whole members file
        result.loc[orphan, "error"] = [
            _MEMBER_ROW.sub(lambda m: f"members row {member_rows[int(m.group(1)) - 1] + 1} (from 1)", e, count=1)
            for e in result.loc[orphan, "error"]
        ]
        order = [-1] * len(result)
        for k, e in zip(result.index[orphan], result.loc[orphan, "error"], strict=True):
            found = re.match(r"^members row (\d+) ", e)
            order[k] = int(found.group(1)) if found else -1
        # plain Python objects: this pyspark does not take pandas' Arrow-backed text columns
        text = dict.fromkeys(OUTPUT_COLUMNS[1:], object)
        result["deprivation_count"] = result["deprivation_count"].map(str)
        return result.astype({"row": "int64", **text}).assign(_member_row=order)

    return assess


def main(argv: list[str] | None = None) -> None:
    """Read both files, assess them bucket by bucket and write the result as Parquet, in input order."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("households")
    parser.add_argument("members")
    parser.add_argument("out")
    parser.add_argument("--on", type=dt.date.fromisoformat, default=dt.date(2024, 10, 1))
    parser.add_argument("--buckets", type=int, default=64, help="groups of households, each one pandas call")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession  # noqa: PLC0415 - not a dependency of giamngheo
    from pyspark.sql import functions as F  # noqa: N812, PLC0415

    spark = SparkSession.builder.appName("giamngheo").getOrCreate()
    bucket = F.pmod(F.xxhash64("_id"), F.lit(args.buckets))
    households = numbered(spark, args.households, "households").withColumn("_bucket", bucket)
    members = numbered(spark, args.members, "members").withColumn("_bucket", bucket)
    result = (
        households.groupBy("_bucket")
        .cogroup(members.groupBy("_bucket"))
        .applyInPandas(assess_buckets(args.on), schema=f"{SCHEMA}, {_ORDER}")
        # orphans (row -1) after the households, each in its order in the members file
        .withColumn("_orphan", F.col("row") < 0)
        .orderBy("_orphan", "row", "_member_row")
        .drop("_orphan", "_member_row")
    )
    result.write.mode("overwrite").parquet(args.out)
    written = spark.read.parquet(args.out)
    counts = {r["status"]: r["count"] for r in written.groupBy("status").count().collect()}
    print(f"{written.count()} rows written to {args.out}: {counts}")
    spark.stop()


if __name__ == "__main__":
    main()
