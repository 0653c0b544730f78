"""The columns of a result table: what ``giamngheo assess`` and :mod:`giamngheo.batch` write for each household.

One list for every path that writes results (the batch engine, the register pipeline, the command line's JSON
input), so that a file of results has the same columns, in the same order, whichever path wrote it. This module
needs no numpy.
"""

from __future__ import annotations

__all__ = ["ASSESSMENT_COLUMNS", "RESULT_COLUMNS"]

#: The columns of one household's assessment: its id, the status (its code, then in Vietnamese), the number of
#: deprivations, the deprived and undetermined indicators, the facts still needed, the standard and the error.
ASSESSMENT_COLUMNS = (
    "household_id",
    "status",
    "status_vi",
    "deprivation_count",
    "deprived",
    "undetermined",
    "needed",
    "standard",
    "error",
)

#: The columns of a register's result table (then one ``deprived_<indicator>`` column per indicator of the
#: standard): :data:`ASSESSMENT_COLUMNS`, then where the household lives and how many persons it has.
#: ``basis``: the basis of a poor status (``Assessment.basis``); ``caveat``: the id of the standard's caveat
#: (``Assessment.caveat``), on every row assessed under a standard with a part the library does not encode.
RESULT_COLUMNS = (
    *ASSESSMENT_COLUMNS,
    "commune",
    "district",
    "province",
    "area",
    "persons",
    "basis",
    "caveat",
)
