"""Item tables of the review form (Phiếu B1, Phụ lục III): household characteristics and their points.

No item table is shipped: the official annexes (Thông tư 07/2021/TT-BLĐTBXH Phụ lục III with the guide of Thông
tư 02/2022/TT-BLĐTBXH Phụ lục IV; the regional Phiếu B of Thông tư 17/2016/TT-BLĐTBXH and 14/2018/TT-BLĐTBXH)
were not found in any source. A province or an app that has them loads them from a ``giamngheo.score-table``
file (``docs/review.md`` describes the format) with :func:`giamngheo.formats.load_score_table`; the score it
computes feeds :func:`giamngheo.review.score`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._legal import Verification
from giamngheo._model import Text

__all__ = ["ScoreItem", "ScoreOption", "ScoreTable", "TableScore"]


@attrs.frozen
class ScoreOption:
    """One answer to an item, and its points in each region.

    Attributes:
        id: The option's id, as answers give it.
        label: Its wording.
        points: ``(region, points)`` pairs, one per region of the table.
    """

    id: str
    label: Text
    points: tuple[tuple[str, int | Fraction], ...]

    def points_in(self, region: str) -> int | Fraction:
        """The points of the option in ``region``."""
        return dict(self.points)[region]


@attrs.frozen
class ScoreItem:
    """One household characteristic of the form.

    Attributes:
        id: The item's id, as answers give it.
        label: Its wording.
        options: The possible answers.
        multiple: Whether several options may be chosen (their points add up), e.g. assets owned.
        required: Whether every household must answer it.
    """

    id: str
    label: Text
    options: tuple[ScoreOption, ...]
    multiple: bool = False
    required: bool = True

    def option(self, option_id: str) -> ScoreOption | None:
        """The option with this id, if any."""
        for option in self.options:
            if option.id == option_id:
                return option
        return None


@attrs.frozen
class TableScore:
    """The score of one household from an item table, with the points of each answer.

    Attributes:
        table: The table.
        region: The region whose points were used.
        total: The score.
        lines: ``(item id, option id, points)`` for the base points (item ``"base"``) and every answer.
        household: The household's id, if given.
    """

    table: ScoreTable
    region: str
    total: int | Fraction
    lines: tuple[tuple[str, str, int | Fraction], ...]
    household: str | None = None

    def explain(self, lang: str = "en") -> str:
        """The points, one answer a line, and the total."""
        labels = {i.id: i for i in self.table.items}
        out = [f"{self.table.name(lang)} ({self.region}; {self.table.verification.label(lang)})"]
        for item_id, option_id, points in self.lines:
            item = labels.get(item_id)
            if item is None:
                out.append(f"  {'điểm cơ sở' if lang == 'vi' else 'base points'}: {points}")
                continue
            option = item.option(option_id)
            answer = option.label(lang) if option is not None else option_id
            out.append(f"  {item.label(lang)}: {answer} → {points}")
        out.append(f"  {'tổng' if lang == 'vi' else 'total'}: {self.total}")
        return "\n".join(out)


@attrs.frozen
class ScoreTable:
    """An item table: each characteristic's options and their points, by region.

    Attributes:
        id: The table's id.
        name: Its name.
        score_name: The score it yields ("A", "B1").
        regions: The regions whose points it gives (e.g. ``"urban"``, ``"rural-north"``).
        base: Constant points added for every household, by region.
        items: The characteristics, in the order of the form.
        source: Where the points come from (a citation, a URL).
        verification: How far they are verified (``user`` unless the file says otherwise).
        fictional: Whether the table is an example with invented points.
    """

    id: str
    name: Text
    score_name: str
    regions: tuple[str, ...]
    base: tuple[tuple[str, int | Fraction], ...]
    items: tuple[ScoreItem, ...]
    source: str
    verification: Verification = Verification.USER
    fictional: bool = False

    def score(
        self, answers: Mapping[str, str | Iterable[str]], *, region: str, household: str | None = None
    ) -> TableScore:
        """The score of a household from its answers.

        Args:
            answers: For each item id, the chosen option id (or ids, for an item with ``multiple``).
            region: One of :attr:`regions`.
            household: The household's id, for error messages.

        Raises:
            InvalidInput: for an unknown region, item or option, several options for a single-choice item, or a
                required item left unanswered; the field is ``answers.<item>``.
        """
        if household is not None and not isinstance(household, str):
            raise InvalidInput("household", f"a household id is a string, got {household!r}")
        if not isinstance(region, str) or region not in self.regions:
            raise InvalidInput("region", f"{self.id} gives points for {', '.join(self.regions)}, not {region!r}", household)
        if not isinstance(answers, Mapping):
            raise InvalidInput("answers", f"a mapping of item id to option id(s), got {type(answers).__name__}", household)
        known = {item.id for item in self.items}
        for item_id in answers:
            if item_id not in known:
                raise InvalidInput(f"answers.{item_id}", f"{self.id} has no such item", household)
        lines: list[tuple[str, str, int | Fraction]] = []
        base = dict(self.base).get(region, 0)
        if base:
            lines.append(("base", "", base))
        for item in self.items:
            lines += self._answer(item, answers.get(item.id), region, household)
        total = sum((points for _, _, points in lines), start=0)
        return TableScore(table=self, region=region, total=total, lines=tuple(lines), household=household)

    def _answer(
        self, item: ScoreItem, answer: str | Iterable[str] | None, region: str, household: str | None
    ) -> list[tuple[str, str, int | Fraction]]:
        field = f"answers.{item.id}"
        if answer is None:
            if item.required:
                raise InvalidInput(field, "required item left unanswered", household)
            return []
        if not isinstance(answer, str) and (not isinstance(answer, Iterable) or isinstance(answer, bytes | Mapping)):
            raise InvalidInput(field, f"an option id, or a list of them, got {answer!r}"[:300], household)
        chosen = [answer] if isinstance(answer, str) else list(answer)
        if not all(isinstance(option_id, str) for option_id in chosen):
            raise InvalidInput(field, f"option ids are strings, got {chosen!r}"[:300], household)
        if not chosen and item.required:
            raise InvalidInput(field, "required item left unanswered", household)
        if not item.multiple and len(chosen) != 1:
            raise InvalidInput(field, f"choose one option, got {len(chosen)}", household)
        if len(set(chosen)) != len(chosen):
            raise InvalidInput(field, f"an option is given twice: {chosen}", household)
        lines = []
        for option_id in chosen:
            option = item.option(option_id)
            if option is None:
                valid = ", ".join(o.id for o in item.options)
                raise InvalidInput(field, f"unknown option {option_id!r}; options: {valid}", household)
            lines.append((item.id, option.id, option.points_in(region)))
        return lines
