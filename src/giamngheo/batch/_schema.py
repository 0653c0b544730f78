"""The columns of the household and member tables that the batch engine and the command line read.

One table of households (one row each) and, optionally, one table of members (long format: one row per member,
linked by ``household_id``). Every fact column may be left empty: an empty cell means *unknown*, never "no".
``giamngheo schema`` prints these tables.
"""

from __future__ import annotations

import enum

import attrs

from giamngheo._facts import Device, Education, Employment, Latrine, Material, Nutrition, Sex, WaterSource
from giamngheo._model import Area

__all__ = ["HOUSEHOLD_COLUMNS", "MEMBER_COLUMNS", "ColumnType", "InputColumn", "render_schema"]


class ColumnType(enum.Enum):
    """The type of a column's values, as written in a CSV cell."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"  # exact: "35.5", "71/2"
    DATE = "date"  # YYYY-MM-DD
    BOOLEAN = "boolean"  # true/false (also 1/0, yes/no, có/không)
    CHOICE = "choice"  # one of the allowed values
    CHOICES = "choices"  # allowed values separated by ";" ("none" for an empty set)
    IDS = "ids"  # indicator ids separated by ";"


@attrs.frozen
class InputColumn:
    """One column of an input table.

    Attributes:
        name: The column's header.
        type: The type of its values.
        required: Whether every row must give it.
        allowed: The allowed values of a choice column.
        description: What it holds.
    """

    name: str
    type: ColumnType
    required: bool
    description: str
    allowed: tuple[str, ...] = ()


def _values(kind: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in kind)


HOUSEHOLD_COLUMNS: tuple[InputColumn, ...] = (
    InputColumn("household_id", ColumnType.TEXT, required=True, description="unique id of the household (never a name)"),
    InputColumn(
        "area",
        ColumnType.CHOICE,
        required=False,
        description="rural or urban; may be left empty when commune is given (the area of the commune on the date)",
        allowed=_values(Area),
    ),
    InputColumn("commune", ColumnType.TEXT, required=False, description="GSO code of the commune-level unit, e.g. 25741"),
    InputColumn("district", ColumnType.TEXT, required=False, description="code of the district-level unit (for summaries)"),
    InputColumn(
        "income_per_capita_monthly_vnd",
        ColumnType.INTEGER,
        required=False,
        description="monthly income per person, whole VND (or give income_yearly_vnd and size)",
    ),
    InputColumn("income_yearly_vnd", ColumnType.INTEGER, required=False, description="the household's yearly income, VND"),
    InputColumn(
        "size",
        ColumnType.INTEGER,
        required=False,
        description="number of members; with a members table it must equal the members listed",
    ),
    InputColumn(
        "deprived",
        ColumnType.IDS,
        required=False,
        description="stated deprivations: indicator ids of the standard; not with members or dwelling facts",
    ),
    InputColumn("floor_area_m2", ColumnType.DECIMAL, required=False, description="dwelling floor area, m², exact"),
    InputColumn("wall", ColumnType.CHOICE, required=False, description="main wall material", allowed=_values(Material)),
    InputColumn("column", ColumnType.CHOICE, required=False, description="main column material", allowed=_values(Material)),
    InputColumn("roof", ColumnType.CHOICE, required=False, description="main roof material", allowed=_values(Material)),
    InputColumn(
        "water_source",
        ColumnType.CHOICE,
        required=False,
        description="main domestic water",
        allowed=_values(WaterSource),
    ),
    InputColumn("latrine", ColumnType.CHOICE, required=False, description="latrine type", allowed=_values(Latrine)),
    InputColumn(
        "devices",
        ColumnType.CHOICES,
        required=False,
        description="information devices owned, separated by ';'; 'none' if it owns none",
        allowed=_values(Device),
    ),
    InputColumn("hears_loudspeaker", ColumnType.BOOLEAN, required=False, description="hears the commune loudspeakers"),
    InputColumn("waste_collected", ColumnType.BOOLEAN, required=False, description="domestic waste collected or treated"),
)

MEMBER_COLUMNS: tuple[InputColumn, ...] = (
    InputColumn("household_id", ColumnType.TEXT, required=True, description="the household the member belongs to"),
    InputColumn("member_id", ColumnType.TEXT, required=False, description="an id of the member (never a name)"),
    InputColumn("birth_date", ColumnType.DATE, required=False, description="date of birth, YYYY-MM-DD"),
    InputColumn("sex", ColumnType.CHOICE, required=False, description="male or female", allowed=_values(Sex)),
    InputColumn(
        "has_health_insurance", ColumnType.BOOLEAN, required=False, description="holds a valid health-insurance card"
    ),
    InputColumn("attending_school", ColumnType.BOOLEAN, required=False, description="attends school or a course now"),
    InputColumn(
        "education",
        ColumnType.CHOICE,
        required=False,
        description="highest completed level",
        allowed=_values(Education),
    ),
    InputColumn("on_the_job_training", ColumnType.BOOLEAN, required=False, description="certified on-the-job training"),
    InputColumn("employment", ColumnType.CHOICE, required=False, description="main work", allowed=_values(Employment)),
    InputColumn(
        "nutrition",
        ColumnType.CHOICE,
        required=False,
        description="nutrition status of a child",
        allowed=_values(Nutrition),
    ),
    InputColumn("disability", ColumnType.BOOLEAN, required=False, description="has a disability"),
    InputColumn("social_allowance", ColumnType.BOOLEAN, required=False, description="receives a monthly social allowance"),
    InputColumn("sick_untreated", ColumnType.BOOLEAN, required=False, description="was ill and did not seek care"),
    InputColumn("uses_phone", ColumnType.BOOLEAN, required=False, description="uses a telephone subscription"),
    InputColumn("uses_internet", ColumnType.BOOLEAN, required=False, description="uses the internet"),
)

#: Dwelling columns: a household with any of them given has its deprivations computed, like one with members.
DWELLING_COLUMNS = (
    "floor_area_m2",
    "wall",
    "column",
    "roof",
    "water_source",
    "latrine",
    "devices",
    "hears_loudspeaker",
    "waste_collected",
)


def render_schema() -> str:
    """Both tables as text: column, type, required, allowed values, description."""
    lines = []
    for title, columns in (("households.csv", HOUSEHOLD_COLUMNS), ("members.csv (optional)", MEMBER_COLUMNS)):
        lines.append(title)
        for c in columns:
            need = "required" if c.required else "optional"
            lines.append(f"  {c.name:<30} {c.type.value:<8} {need:<9} {c.description}")
            if c.allowed:
                lines.append(f"  {'':<30} {'':<8} {'':<9} allowed: {', '.join(c.allowed)}")
        lines.append("")
    lines.append("An empty cell means unknown. Booleans: true/false (also 1/0, yes/no, có/không).")
    return "\n".join(lines)
