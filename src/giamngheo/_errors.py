"""The one exception hierarchy of giamngheo.

Every error the library raises on purpose derives from :class:`GiamngheoError`, so an application can catch
the library's complaints with one ``except`` clause and still let real bugs through.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from giamngheo._model import Status
    from giamngheo._text import Text

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
    """Root of every error raised by giamngheo.

    ``str(error)`` is the message in English, for logs and programmers; :meth:`message` gives it in Vietnamese
    or English, for the officers who read it (the command line prints it in the language of ``--lang``).
    """

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` (``"vi"`` or ``"en"``); English where the library words it only in English."""
        _check_lang(lang)
        return str(self)


def _check_lang(lang: str) -> None:
    from giamngheo._text import check_lang  # noqa: PLC0415 - the text module imports this one

    check_lang(lang)


def _vi_date(on: dt.date) -> str:
    from giamngheo._formatting import date  # noqa: PLC0415 - Babel, on an error's path only

    return date(on, "vi")


class NoRuleInForce(GiamngheoError, LookupError):
    """No encoded rule is in force on the date asked for.

    The library never falls back to a default outside a rule's validity window: it raises this instead.

    Attributes:
        on: The date that was asked for.
        covered: The half-open range ``(start, end)`` that the rule set covers, if it covers any.
        what: What was looked up, in English, for example ``"national poverty standard"``.
        successor: For a jurisdiction that no longer exists on that date, the code of the one that took it over.
        hint: Where to look instead, in English, appended to the message.
    """

    def __init__(
        self,
        what: str | Text,
        on: dt.date,
        covered: tuple[dt.date, dt.date] | None,
        *,
        successor: str | None = None,
        hint: str | Text = "",
    ) -> None:
        # Kept as given: message("vi") words what and the hint in Vietnamese where they come in both languages.
        self._what, self._hint = what, hint
        self.what = _in(what, "en")
        self.on = on
        self.covered = covered
        self.successor = successor
        self.hint = _in(hint, "en")
        if covered is None:
            msg = f"no {self.what} is in force on {on.isoformat()}: none is encoded"
        else:
            last = covered[1] - dt.timedelta(days=1)
            msg = (
                f"no {self.what} is in force on {on.isoformat()}: the encoded rules cover "
                f"{covered[0].isoformat()} to {last.isoformat()} (inclusive)"
            )
        if self.hint:
            msg += f"; {self.hint}"
        super().__init__(msg)

    @property
    def text(self) -> tuple[Text | str, Text | str]:
        """What was looked up and the hint, each a :class:`~giamngheo._text.Text` where it is worded in both."""
        return self._what, self._hint

    def message(self, lang: str = "en") -> str:
        """The message in ``lang``; what was looked up and the hint in English only where given only in English."""
        _check_lang(lang)
        if lang == "en":
            return str(self)
        day = _vi_date(self.on)
        if isinstance(self._what, str):  # what was looked up is worded only in English: name it apart
            msg = f"không có quy định nào được mã hoá có hiệu lực vào ngày {day} ({self._what})"
        else:
            msg = f"không có {self._what.vi} nào được mã hoá có hiệu lực vào ngày {day}"
        if self.covered is None:
            msg += ": chưa mã hoá quy định nào"
        else:
            last = self.covered[1] - dt.timedelta(days=1)
            msg += f": các quy định đã mã hoá áp dụng từ {_vi_date(self.covered[0])} đến hết {_vi_date(last)}"
        if self.successor is not None:
            msg += f"; từ đó địa bàn thuộc đơn vị mã {self.successor}"
        hint = _in(self._hint, "vi")
        return f"{msg}; {hint}" if hint else msg

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (for process pools): rebuilt from its fields, not from its message.
        return (_rebuild_no_rule, (type(self), self._what, self.on, self.covered, self.successor, self._hint))


def _in(text: str | Text, lang: str) -> str:
    """``text`` in ``lang``: a plain string is the library's English, the same in every language."""
    return text if isinstance(text, str) else text(lang)


class InvalidInput(GiamngheoError, ValueError):
    """Input that the law cannot be applied to: the message names the field and, if known, the household.

    Attributes:
        field: The name of the offending field, for example ``"income_per_capita_monthly_vnd"`` or
            ``"members[0].disability"``.
        reason: What is wrong with it, in English.
        text: The reason in Vietnamese and English, where the library words it in both: the checks of a
            household's facts and of a register's cells (``None`` for a programmer's mistake, such as an argument
            of the wrong Python type, which is worded in English only).
        household: The household's id, if it has one.
    """

    def __init__(self, field: str, reason: str | Text, household: str | None = None) -> None:
        self.field = field
        self.text = None if isinstance(reason, str) else reason
        self.reason = reason if isinstance(reason, str) else reason.en
        self.household = household
        where = f"household {household!r}: " if household is not None else ""
        super().__init__(f"{where}{field}: {self.reason}")

    @property
    def why(self) -> str | Text:
        """The reason in both languages if it has them, else in English: to re-raise it for another field."""
        return self.reason if self.text is None else self.text

    def message(self, lang: str = "en") -> str:
        """The message in ``lang``; in Vietnamese the field is named as an officer reads it on the form.

        ``"hộ 'H1': thành viên thứ 1: người khuyết tật: phải là đúng hoặc sai ..."``.
        """
        _check_lang(lang)
        if lang == "en":
            return str(self)
        from giamngheo._fact_labels import field_label  # noqa: PLC0415 - the labels import the facts

        where = f"hộ {self.household!r}: " if self.household is not None else ""
        return f"{where}{field_label(self.field, 'vi')}: {self.reason if self.text is None else self.text.vi}"

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (for process pools): rebuilt from its fields, not from its message.
        return (type(self), (self.field, self.why, self.household))


def _rebuild_no_rule(  # noqa: PLR0917 - the pickled fields, in order
    kind: type[NoRuleInForce],
    what: str | Text,
    on: dt.date,
    covered: tuple[dt.date, dt.date] | None,
    successor: str | None,
    hint: str | Text,
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

    def __init__(self, field: str, reason: str | Text, *, line: int, source: str) -> None:
        super().__init__(field, reason)
        self.line = line
        self.source = source
        self.args = (f"{source}, line {line}: {field}: {self.reason}",)

    def message(self, lang: str = "en") -> str:
        """The message in ``lang``: the file, the line and the key, then the reason."""
        _check_lang(lang)
        if lang == "en":
            return str(self)
        return f"tệp {self.source}, dòng {self.line}: {self.field}: {self.reason if self.text is None else self.text.vi}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_keyed, (type(self), self.field, self.why, self.line, self.source))


def _rebuild_keyed(
    kind: type[_KeyedFileError], field: str, reason: str | Text, line: int, source: str
) -> _KeyedFileError:
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
        self, path: Path, line: int | None, column: str | None, reason: str | Text, household: str | None = None
    ) -> None:
        InvalidInput.__init__(self, column or "file", reason, household)
        self.path = path
        self.line = line
        self.column = column
        self.args = (f"{self._where('en')}: {self.reason}",)

    def _where(self, lang: str) -> str:
        vi = lang == "vi"
        where = [f"tệp {self.path}" if vi else str(self.path)]
        if self.line is not None:
            where.append(f"{'dòng' if vi else 'line'} {self.line}")
        if self.column is not None:
            where.append(f"{'cột' if vi else 'column'} {self.column!r}")
        if self.household is not None:
            where.append(f"{'hộ' if vi else 'household'} {self.household!r}")
        return ", ".join(where)

    def message(self, lang: str = "en") -> str:
        """The message in ``lang``: the file, the line, the column and the household, then the reason."""
        _check_lang(lang)
        if lang == "en":
            return str(self)
        return f"{self._where('vi')}: {self.reason if self.text is None else self.text.vi}"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.line, self.column, self.why, self.household))


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

    Attributes:
        reason: Why, in both languages where the check words it so.
    """

    def __init__(self, reason: str | Text) -> None:
        super().__init__(reason)
        self.reason = reason


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
