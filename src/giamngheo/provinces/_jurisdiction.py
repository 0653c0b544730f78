"""What a jurisdiction is: the nation or a province, with its window, its standards, its policies and its successor.

The records themselves are data: one package per province (``provinces/<name>/__init__.py``) and the registry in
:mod:`giamngheo.provinces`.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from typing import TYPE_CHECKING

import attrs

from giamngheo._errors import NoRuleInForce
from giamngheo._formatting import date
from giamngheo._legal import Citation, Instrument, Timeline, Window
from giamngheo._model import Standard, Text

if TYPE_CHECKING:
    from giamngheo._policy import Policy

__all__ = ["Jurisdiction", "JurisdictionLevel"]


class JurisdictionLevel(enum.Enum):
    """The level of a jurisdiction."""

    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"

    def label(self, lang: str) -> str:
        """``"tỉnh"`` / ``"province"`` …."""
        return _LEVEL_LABELS[self](lang)


_LEVEL_LABELS = {
    JurisdictionLevel.NATIONAL: Text("toàn quốc", "national"),
    JurisdictionLevel.PROVINCE: Text("tỉnh", "province"),
    JurisdictionLevel.CITY: Text("thành phố trực thuộc trung ương", "centrally governed city"),
}


@attrs.frozen
class Jurisdiction:
    """A jurisdiction with poverty standards of its own.

    Attributes:
        code: ``"VN"``, or the province's official two-digit code.
        name: Its name in Vietnamese and English.
        level: National, province or centrally governed city.
        window: The dates the library covers it on (a province merged into another ends there).
        standards: Its own standards over time, or ``None`` if the library encodes none.
        successor: The code of the jurisdiction that took it over at the end of :attr:`window`.
        succession: The provision of that succession.
        instruments: Its instruments the library cites.
        note: What the library does not encode about it.
        former_territory: After a merger, the dates on which its own resolutions still apply in its former
            territory, within its successor, "until replaced" (``None`` if the library records no such dates).
        policy_module: The module that holds its own support policies as ``POLICIES``
            (``"giamngheo.provinces.binh_duong.policies"``), imported when they are first asked for: assessing a
            household does not need them.
    """

    code: str
    name: Text
    level: JurisdictionLevel
    window: Window
    standards: Timeline[Standard] | None
    successor: str | None = None
    succession: Citation | None = None
    instruments: tuple[Instrument, ...] = ()
    note: Text | None = None
    former_territory: Window | None = None
    policy_module: str | None = None

    @property
    def policies(self) -> tuple[Policy, ...]:
        """Its own support policies (the nation's are :data:`giamngheo.policies.NATIONAL_POLICIES`)."""
        if self.policy_module is None:
            return ()
        policies: tuple[Policy, ...] = importlib.import_module(self.policy_module).POLICIES
        return policies

    def label(self, lang: str) -> str:
        """``"Bình Dương (74)"``."""
        return f"{self.name(lang)} ({self.code})"

    def check_exists(self, *, on: dt.date) -> None:
        """Raise :class:`NoRuleInForce` if the jurisdiction does not exist (or is not covered) on ``on``.

        A province merged into another still exists, for its own standards and policies, in its former territory on
        the dates of :attr:`former_territory`.
        """
        if on in self.window or (self.former_territory is not None and on in self.former_territory):
            return
        if self.successor is not None and on >= self.window.end:
            successor = _registered(self.successor)
            cite = self.succession
            vi = f" ({cite.render('vi')})" if cite is not None else ""
            en = f" ({cite.render('en')})" if cite is not None else ""
            raise NoRuleInForce(
                self._what,
                on,
                (self.window.start, self.window.end),
                successor=self.successor,
                hint=Text(
                    f"từ ngày {date(self.window.end, 'vi')} đã hợp nhất vào {successor.label('vi')}{vi}; "
                    f"dùng jurisdiction={self.successor!r}",
                    f"it became part of {successor.label('en')} on {self.window.end.isoformat()}{en}; "
                    f"use jurisdiction={self.successor!r}",
                ),
            )
        raise NoRuleInForce(self._what, on, (self.window.start, self.window.end))

    @property
    def _what(self) -> Text:
        return Text(f"địa bàn {self.label('vi')}", f"jurisdiction {self.label('en')}")

    def standard_in_force(self, *, on: dt.date) -> Standard:
        """The jurisdiction's own standard in force on ``on``.

        Raises:
            NoRuleInForce: if the jurisdiction does not exist then (naming its successor), or none of its
                standards is in force then.
        """
        if self.level is JurisdictionLevel.NATIONAL and self.standards is not None:
            return self.standards.at(on=on)  # its window is its standards' range: say "no national standard"
        self.check_exists(on=on)
        if self.standards is None:
            what = Text(f"chuẩn nghèo của {self.label('vi')}", f"poverty standard of {self.label('en')}")
            raise NoRuleInForce(what, on, None)
        try:
            return self.standards.at(on=on)
        except NoRuleInForce as error:
            vi, en = ("", "") if self.note is None else (self.note("vi"), self.note("en"))
            if on not in self.window and self.successor is not None:
                successor = _registered(self.successor)
                vi = (
                    f"từ ngày {date(self.window.end, 'vi')} {self.label('vi')} là một phần của "
                    f"{successor.label('vi')}; các nghị quyết của {self.label('vi')} vẫn áp dụng trên địa bàn cũ cho "
                    f"đến khi được thay thế, và khi đó không có chuẩn nghèo nào của {self.label('vi')} có hiệu lực "
                    f"ở đó, nên áp dụng chuẩn nghèo quốc gia; {vi}"
                ).rstrip("; ")
                en = (
                    f"{self.label('en')} has been part of {successor.label('en')} since "
                    f"{self.window.end.isoformat()}; its own resolutions still apply in its former territory until "
                    f"replaced, and none of its own standards is in force there then, so the national standard "
                    f"applies; {en}"
                ).rstrip("; ")
            raise NoRuleInForce(error.text[0], on, error.covered, hint=Text(vi, en)) from None


def _registered(code: str) -> Jurisdiction:
    from giamngheo.provinces import JURISDICTIONS  # noqa: PLC0415 - the registry imports the records, not the reverse

    return JURISDICTIONS[code]
