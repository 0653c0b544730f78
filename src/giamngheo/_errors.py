"""The one exception hierarchy of giamngheo.

Every error the library raises on purpose derives from :class:`GiamngheoError`, so an application can catch
the library's complaints with one ``except`` clause and still let real bugs through.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

__all__ = ["GiamngheoError", "InvalidInput", "NoRuleInForce", "NumberTooLarge"]


class GiamngheoError(Exception):
    """Root of every error raised by giamngheo."""


class NoRuleInForce(GiamngheoError, LookupError):
    """No encoded rule is in force on the date asked for.

    The library never falls back to a default outside a rule's validity window: it raises this instead.

    Attributes:
        on: The date that was asked for.
        covered: The half-open range ``(start, end)`` that the rule set covers, if it covers any.
        what: What was looked up, for example ``"national poverty standard"``.
        successor: For a jurisdiction that no longer exists on that date, the code of the one that took it over.
        hint: Where to look instead, appended to the message.
    """

    def __init__(
        self,
        what: str,
        on: dt.date,
        covered: tuple[dt.date, dt.date] | None,
        *,
        successor: str | None = None,
        hint: str = "",
    ) -> None:
        self.what = what
        self.on = on
        self.covered = covered
        self.successor = successor
        self.hint = hint
        if covered is None:
            msg = f"no {what} is in force on {on.isoformat()}: none is encoded"
        else:
            last = covered[1] - dt.timedelta(days=1)
            msg = (
                f"no {what} is in force on {on.isoformat()}: the encoded rules cover "
                f"{covered[0].isoformat()} to {last.isoformat()} (inclusive)"
            )
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (for process pools): rebuilt from its fields, not from its message.
        return (_rebuild_no_rule, (type(self), self.what, self.on, self.covered, self.successor, self.hint))


class InvalidInput(GiamngheoError, ValueError):
    """Input that the law cannot be applied to: the message names the field and, if known, the household.

    Attributes:
        field: The name of the offending field, for example ``"income_per_capita_monthly_vnd"``.
        reason: What is wrong with it.
        household: The household's id, if it has one.
    """

    def __init__(self, field: str, reason: str, household: str | None = None) -> None:
        self.field = field
        self.reason = reason
        self.household = household
        where = f"household {household!r}: " if household is not None else ""
        super().__init__(f"{where}{field}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (for process pools): rebuilt from its fields, not from its message.
        return (type(self), (self.field, self.reason, self.household))


def _rebuild_no_rule(  # noqa: PLR0917 - the pickled fields, in order
    kind: type[NoRuleInForce],
    what: str,
    on: dt.date,
    covered: tuple[dt.date, dt.date] | None,
    successor: str | None,
    hint: str,
) -> NoRuleInForce:
    return kind(what, on, covered, successor=successor, hint=hint)


class NumberTooLarge(InvalidInput):
    """A number past the limits of :mod:`giamngheo._numbers` (digits, exponent): refused before it is computed."""


class InputFileError(InvalidInput):
    """A value of an input file that cannot be used: the message names the file, the line, the column and the household.

    Attributes:
        path: The file.
        line: The line of the file (1 is the header), if the problem is on one line.
        column: The column, if the problem is in one column.
    """

    def __init__(
        self, path: Path, line: int | None, column: str | None, reason: str, household: str | None = None
    ) -> None:
        super().__init__(column or "file", reason, household)
        self.path = path
        self.line = line
        self.column = column
        where = [str(path)]
        if line is not None:
            where.append(f"line {line}")
        if column is not None:
            where.append(f"column {column!r}")
        if household is not None:
            where.append(f"household {household!r}")
        self.args = (f"{', '.join(where)}: {reason}",)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.line, self.column, self.reason, self.household))
