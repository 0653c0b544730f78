"""Item tables of the review form in a file: the ``giamngheo.score-table`` format, version 1 (TOML or JSON).

No item table is shipped (see :mod:`giamngheo.review`); a province or an app that has one loads it with
:func:`load_score_table` into a :class:`~giamngheo.review.ScoreTable`, whose score feeds
:func:`giamngheo.review.score`. The format is described in ``docs/review.md``.
"""

from __future__ import annotations

import os
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from giamngheo._errors import ScoreTableError
from giamngheo._legal import Verification
from giamngheo._numbers import exact_number
from giamngheo.formats._positions import KeyPath
from giamngheo.formats._reader import SCORE_TABLE_FORMAT, SCORE_TABLE_FORMAT_VERSION, Reader, open_file

if TYPE_CHECKING:
    from giamngheo.review._tables import ScoreItem, ScoreOption, ScoreTable

__all__ = ["SCORE_TABLE_FORMAT", "SCORE_TABLE_FORMAT_VERSION", "load_score_table"]

_TOP_REQUIRED = ("format", "version", "id", "name", "score", "regions", "source", "item")
_TOP_OPTIONAL = ("verification", "fictional", "base")


def load_score_table(
    path: str | os.PathLike[str] | None = None, *, text: str | bytes | None = None, syntax: str | None = None
) -> ScoreTable:
    """Read an item table from a ``giamngheo.score-table`` file (TOML, or JSON for a ``.json`` path).

    Args:
        path: The file to read (UTF-8). A ``.json`` file is read as JSON, any other as TOML.
        text: The file's content instead of a path.
        syntax: ``"toml"`` or ``"json"``, to override the choice made from the file name (text is TOML by default).

    Raises:
        ScoreTableError: naming the key path and its line, for any error in the file.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, or the file cannot be read.
    """
    top, reader = open_file(path, text, syntax, SCORE_TABLE_FORMAT, SCORE_TABLE_FORMAT_VERSION, ScoreTableError)
    return _ScoreTableLoader(reader).table(top)


@attrs.define
class _ScoreTableLoader:
    """Builds a :class:`~giamngheo.review.ScoreTable` from a parsed file, checking every key on the way."""

    r: Reader

    def table(self, top: dict[str, Any]) -> ScoreTable:
        # The review package imports this module: its classes are imported when a table is built.
        from giamngheo.review._tables import ScoreTable  # noqa: PLC0415

        r = self.r
        r.table((), top, "a score table", _TOP_REQUIRED, _TOP_OPTIONAL)
        regions = tuple(r.strings(("regions",), top["regions"]))
        if not regions or len(set(regions)) != len(regions):
            raise r.fail(("regions",), "list at least one region, each once")
        verification = Verification.USER
        if "verification" in top:
            verification = r.choice(("verification",), top["verification"], Verification, "verification")
        base: tuple[tuple[str, int | Fraction], ...] = ()
        if "base" in top:
            base = self.points(("base",), top["base"], regions)
        items = [self.item(("item", i), t, regions) for i, t in enumerate(r.tables(("item",), top["item"], "items"))]
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                raise r.fail(("item", i, "id"), f"item id {item.id!r} is used twice")
            seen.add(item.id)
        return ScoreTable(
            id=r.string(("id",), top["id"]),
            name=r.text(("name",), top["name"]),
            score_name=r.string(("score",), top["score"]),
            regions=regions,
            base=base,
            items=tuple(items),
            source=r.string(("source",), top["source"]),
            verification=verification,
            fictional=r.boolean(("fictional",), top["fictional"]) if "fictional" in top else False,
        )

    def item(self, path: KeyPath, value: object, regions: tuple[str, ...]) -> ScoreItem:
        from giamngheo.review._tables import ScoreItem  # noqa: PLC0415 - as in table()

        r = self.r
        t = r.table(path, value, "an item", ("id", "label", "option"), ("multiple", "required"))
        options = [
            self.option((*path, "option", i), o, regions)
            for i, o in enumerate(r.tables((*path, "option"), t["option"], "options"))
        ]
        if not options:
            raise r.fail((*path, "option"), "an item needs at least one option")
        ids = [o.id for o in options]
        if len(set(ids)) != len(ids):
            raise r.fail((*path, "option"), f"option ids must be unique, got {ids}")
        return ScoreItem(
            id=r.string((*path, "id"), t["id"]),
            label=r.text((*path, "label"), t["label"]),
            options=tuple(options),
            multiple=r.boolean((*path, "multiple"), t["multiple"]) if "multiple" in t else False,
            required=r.boolean((*path, "required"), t["required"]) if "required" in t else True,
        )

    def option(self, path: KeyPath, value: object, regions: tuple[str, ...]) -> ScoreOption:
        from giamngheo.review._tables import ScoreOption  # noqa: PLC0415 - as in table()

        r = self.r
        t = r.table(path, value, "an option", ("id", "label", "points"))
        return ScoreOption(
            id=r.string((*path, "id"), t["id"]),
            label=r.text((*path, "label"), t["label"]),
            points=self.points((*path, "points"), t["points"], regions),
        )

    def points(self, path: KeyPath, value: object, regions: tuple[str, ...]) -> tuple[tuple[str, int | Fraction], ...]:
        """One number for every region, or a table with a number per region."""
        if isinstance(value, dict):
            t: dict[str, Any] = self.r.table(path, value, "points by region", regions)
            return tuple((region, self.number((*path, region), t[region])) for region in regions)
        number = self.number(path, value)
        return tuple((region, number) for region in regions)

    def number(self, path: KeyPath, value: object) -> int | Fraction:
        """Points: an exact number, which may be negative (an integer when it is whole)."""
        if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
            raise self.r.wrong(path, 'points: an integer, a decimal like 2.5, or a string like "5/2"', value)
        try:
            number = exact_number(value)
        except (ValueError, ZeroDivisionError, OverflowError):
            raise self.r.fail(path, f'points must be an exact number, got "{value}"') from None
        return int(number) if number.denominator == 1 else number
