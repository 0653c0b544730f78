"""The one exception hierarchy of giamngheo.

Every error the library raises on purpose derives from :class:`GiamngheoError`, so an application can catch
the library's complaints with one ``except`` clause and still let real bugs through.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from giamngheo._model import Status

__all__ = [
    "BalanceError",
    "FileFormatError",
    "GiamngheoError",
    "InputFileError",
    "InvalidInput",
    "MissingExtra",
    "NoRuleInForce",
    "NumberTooLarge",
    "OutOfOrder",
    "PolicyConflict",
    "PolicyFileError",
    "Problem",
    "ScoreTableError",
    "StandardFileError",
]


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


class FileFormatError(InvalidInput):
    """An input file that cannot be read: the parent of every file's error, each naming the file and the line.

    Catch it to handle any bad file (a standard, policies, a score table, a register) in one clause; it is an
    :class:`InvalidInput`, so ``except gn.InvalidInput`` catches it too.

    Attributes:
        line: The line of the file the problem is on (from 1), if it is on one line.
    """

    line: int | None


class _KeyedFileError(FileFormatError):
    """A file of keys and tables (TOML or JSON) that cannot be loaded: names the file, the line and the key path.

    Attributes:
        field: The key path, e.g. ``"band[1].urban_vnd"`` (``band[1]`` is the second ``[[band]]``).
        reason: What is wrong with it.
        line: The line of the file where the key is written (or of the nearest enclosing table), from 1.
        source: The file's path, or ``"<text>"`` for text given directly.
    """

    line: int

    def __init__(self, field: str, reason: str, *, line: int, source: str) -> None:
        super().__init__(field, reason)
        self.line = line
        self.source = source
        self.args = (f"{source}, line {line}: {field}: {reason}",)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_keyed, (type(self), self.field, self.reason, self.line, self.source))


def _rebuild_keyed(kind: type[_KeyedFileError], field: str, reason: str, line: int, source: str) -> _KeyedFileError:
    return kind(field, reason, line=line, source=source)


class StandardFileError(_KeyedFileError):
    """A standard file that cannot be loaded: ``field`` (key path), ``reason``, ``line`` and ``source``."""


class PolicyFileError(_KeyedFileError):
    """A policy file that cannot be loaded: ``field`` (``"policy[0].grant[1].share"``), ``reason``, ``line``, ``source``."""


class ScoreTableError(_KeyedFileError):
    """A score-table file that cannot be loaded: ``field`` (key path), ``reason``, ``line`` and ``source``."""


class CaseFileError(_KeyedFileError):
    """A file of test cases that cannot be loaded: ``field`` (``"case[2].expect.status"``), ``reason``, ``line``, ``source``."""


class InputFileError(FileFormatError):
    """A value of an input file that cannot be used: the message names the file, the line, the column and the household.

    Attributes:
        path: The file.
        line: The line of the file (1 is the header), if the problem is on one line.
        column: The column, if the problem is in one column.
    """

    def __init__(
        self, path: Path, line: int | None, column: str | None, reason: str, household: str | None = None
    ) -> None:
        InvalidInput.__init__(self, column or "file", reason, household)
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


class PolicyConflict(GiamngheoError):
    """Two exceptions of one grant both apply to a household and disagree; the law must be read to choose."""


class MissingExtra(GiamngheoError, ImportError):
    """An optional dependency is not installed: the message says which extra to install."""


class OutOfOrder(GiamngheoError):
    """The members file is not grouped in the order of the households: the register must be read whole."""


class BalanceError(GiamngheoError):
    """A movement table does not balance, or its start disagrees with the start-of-period figure given.

    It does not balance when ``end != start - decreases + increases``.

    Attributes:
        unit: The unit whose table fails (``None`` for the total).
        list_status: The list: poor or near-poor.
        what: ``"households"`` or ``"persons"``.
    """

    def __init__(self, message: str, *, unit: str | None, list_status: Status, what: str) -> None:
        self.unit = unit
        self.list_status = list_status
        self.what = what
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_balance_error, (str(self), self.unit, self.list_status, self.what))


def _rebuild_balance_error(message: str, unit: str | None, list_status: Status, what: str) -> BalanceError:
    return BalanceError(message, unit=unit, list_status=list_status, what=what)


class BadCell(Exception):
    """A register's cell that cannot be read; the message is the reason.

    Caught by the readers, who turn it into the :class:`InvalidInput` of the cell's row (it is not a
    :class:`GiamngheoError`: it never leaves them).
    """


class Problem(Exception):
    """An error the web service answers as a problem document (RFC 9457; see :mod:`giamngheo.web`).

    Attributes:
        status: The HTTP status code.
        kind: The last part of ``type`` (``"invalid-input"``).
        title: A short summary of the kind of problem, the same for every occurrence.
        detail: What is wrong in this request.
        extra: Extension members (``field``, ``household``, ``index``, ``limit``).
    """

    def __init__(self, status: int, kind: str, title: str, detail: str, **extra: Any) -> None:  # noqa: ANN401
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.extra = {k: v for k, v in extra.items() if v is not None}

    def document(self) -> dict[str, Any]:
        """The problem as a JSON-ready object."""
        return {
            "type": "urn:giamngheo:problem:" + self.kind,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
        }
