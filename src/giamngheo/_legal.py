"""The legal data model: instruments, citations, verification status, dated validity windows.

Every number the library decides with is a :class:`Cited` value: the value together with the
:class:`Citation` that produced it and how far that citation has been verified. Dated rules live in a
:class:`Timeline` of half-open :class:`Window` s, resolved by date, never by period label.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

import attrs

from giamngheo._checks import date_reason, instance, instances
from giamngheo._errors import InvalidInput, NoRuleInForce
from giamngheo._text import Text

__all__ = [
    "Citation",
    "Cited",
    "Instrument",
    "InstrumentKind",
    "Timeline",
    "Verification",
    "Window",
]

T = TypeVar("T")


class Verification(enum.Enum):
    """How far a legal fact has been checked.

    Ordered from strongest to weakest. In this release only Quyết định 170/2005/QĐ-TTg has been read in an
    official text (vbpl.vn); see ``docs/legal-data.md`` for what each status rests on.
    """

    #: Read in the official text (Công báo, vanban.chinhphu.vn or vbpl.vn).
    OFFICIAL = "official"
    #: The legal wording was seen quoted verbatim by a source quoting the instrument (news, legal Q&A),
    #: or the same figure was reported identically by two or more independent outlets; not yet read in the
    #: official text.
    QUOTED = "quoted"
    #: Reported by secondary sources only (a paraphrase, a summary, a single personal note).
    REPORTED = "reported"
    #: No source stating it has been seen: the library's reading of the provision (for example of an annex
    #: nobody could retrieve), shipped so that the rule can be computed at all. Check it and override it.
    UNCONFIRMED = "unconfirmed"
    #: Taken from a draft, or from an option that was never adopted: not law.
    DRAFT = "draft"
    #: Supplied by the user of the library (an override or a user-defined standard); not checked by giamngheo.
    USER = "user"

    @property
    def label_vi(self) -> str:
        """Vietnamese label."""
        return _VERIFICATION_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English label."""
        return _VERIFICATION_LABELS[self][1]

    def label(self, lang: str) -> str:
        """The label in ``lang`` (``"vi"`` or ``"en"``)."""
        return self.label_vi if lang == "vi" else self.label_en


_VERIFICATION_LABELS = {
    Verification.OFFICIAL: ("đã đối chiếu văn bản chính thức", "checked against the official text"),
    Verification.QUOTED: (
        "trích dẫn nguyên văn, chưa đối chiếu Công báo",
        "quoted verbatim, not yet checked in the gazette",
    ),
    Verification.REPORTED: ("theo nguồn thứ cấp, chưa xác nhận", "reported by secondary sources, unconfirmed"),
    Verification.UNCONFIRMED: ("chưa thấy nguồn, cần đối chiếu", "no source seen, to be checked"),
    Verification.DRAFT: ("dự thảo, không phải quy định", "draft, not law"),
    Verification.USER: ("do người dùng cung cấp", "supplied by the user"),
}


class InstrumentKind(enum.Enum):
    """The kind of a legal instrument, with the abbreviation used in its number."""

    CODE = "code"
    LAW = "law"
    DECREE = "decree"
    DECISION = "decision"
    CIRCULAR = "circular"
    RESOLUTION = "resolution"
    #: An instrument whose kind and number are not known (only what it decided has been reported).
    OTHER = "other"

    @property
    def label_vi(self) -> str:
        """Vietnamese name of the kind (``"Nghị định"`` …)."""
        return _KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English name of the kind (``"Decree"`` …)."""
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    InstrumentKind.CODE: ("Bộ luật", "Code"),
    InstrumentKind.LAW: ("Luật", "Law"),
    InstrumentKind.DECREE: ("Nghị định", "Decree"),
    InstrumentKind.DECISION: ("Quyết định", "Decision"),
    InstrumentKind.CIRCULAR: ("Thông tư", "Circular"),
    InstrumentKind.RESOLUTION: ("Nghị quyết", "Resolution"),
    InstrumentKind.OTHER: ("Văn bản", "Instrument"),
}


@attrs.frozen
class Instrument:
    """A legal instrument (văn bản quy phạm pháp luật).

    Attributes:
        number: The number exactly as the instrument writes it, e.g. ``"07/2021/NĐ-CP"``.
        kind: Decree, decision, circular, …
        issuer_vi: The issuing body in Vietnamese, e.g. ``"Chính phủ"``.
        issuer_en: The issuing body in English, e.g. ``"Government"``.
        title_vi: The Vietnamese title (trích yếu).
        title_en: An English rendering of the title.
        signed: The signing date, or ``None`` where it is not known (some provincial instruments).
        effective: The date it took effect, or ``None`` where that date is unconfirmed.
        url: Where its text can be read.
        verification: How far the metadata above (number, dates) has been checked.
    """

    number: str
    kind: InstrumentKind
    issuer_vi: str
    issuer_en: str
    title_vi: str
    title_en: str
    signed: dt.date | None
    effective: dt.date | None
    url: str
    verification: Verification

    def name(self, lang: str) -> str:
        """``"Nghị định 07/2021/NĐ-CP"`` in Vietnamese, ``"Decree 07/2021/NĐ-CP"`` in English."""
        kind = self.kind.label_vi if lang == "vi" else self.kind.label_en
        return f"{kind} {self.number}"

    def cite(
        self,
        *,
        article: int | None = None,
        clause: int | None = None,
        point: str | None = None,
        annex: str | None = None,
        verification: Verification,
        evidence: Sequence[str] = (),
        note: str = "",
    ) -> Citation:
        """A :class:`Citation` of a provision of this instrument."""
        return Citation(
            instrument=self,
            article=article,
            clause=clause,
            point=point,
            annex=annex,
            verification=verification,
            evidence=tuple(evidence),
            note=note,
        )


@attrs.frozen
class Citation:
    """A provision of an instrument, and how far the fact drawn from it has been verified.

    Attributes:
        instrument: The instrument.
        article: Điều (article) number.
        clause: Khoản (clause) number.
        point: Điểm (point) letter, e.g. ``"a"`` or ``"đ"``.
        annex: Phụ lục (annex) designation, where the fact is in an annex (``""`` for an instrument's only,
            unnumbered annex).
        verification: How far the fact has been checked.
        evidence: Where the fact was seen (URLs, or ``owner/repo@commit:path``), strongest first.
        note: An interpretation the library made, or what is still open.
    """

    instrument: Instrument
    article: int | None = None
    clause: int | None = None
    point: str | None = None
    annex: str | None = None
    verification: Verification = Verification.REPORTED
    evidence: tuple[str, ...] = ()
    note: str = ""

    def unconfirmed(self, note: str) -> Citation:
        """This citation lowered to :attr:`Verification.UNCONFIRMED`, with ``note`` added.

        For a value carried over beyond the window its instrument states.
        """
        return attrs.evolve(self, verification=Verification.UNCONFIRMED, note=f"{self.note} {note}".strip())

    def provision(self, lang: str) -> str:
        """The provision alone: ``"Điều 3 khoản 1 điểm a"`` or ``"Art. 3(1)(a)"``."""
        if lang == "vi":
            parts = []
            if self.annex is not None:
                parts.append(f"Phụ lục {self.annex}".strip())
            if self.article is not None:
                parts.append(f"Điều {self.article}")
            if self.clause is not None:
                parts.append(f"khoản {self.clause}")
            if self.point is not None:
                parts.append(f"điểm {self.point}")
            return " ".join(parts)
        text = ""
        if self.article is not None:
            text = f"Art. {self.article}"
            if self.clause is not None:
                text += f"({self.clause})"
            if self.point is not None:
                text += f"({self.point})"
        if self.annex is not None:
            text = f"Annex {self.annex}".strip() + (f", {text}" if text else "")
        return text

    def render(self, lang: str = "en") -> str:
        """A one-line citation, e.g. ``"Điều 3 khoản 1 điểm a Nghị định 07/2021/NĐ-CP"``."""
        provision = self.provision(lang)
        name = self.instrument.name(lang)
        if not provision:
            return name
        return f"{provision} {name}" if lang == "vi" else f"{name}, {provision}"

    def __str__(self) -> str:
        return self.render("en")


@attrs.frozen
class Cited(Generic[T]):
    """A legal value together with its citation.

    Attributes:
        value: The value: an integer amount of VND, a count, a date, …
        citation: Where it comes from and how far that has been verified.
    """

    value: T
    citation: Citation


@attrs.frozen(order=True)
class Window:
    """A half-open validity window ``[start, end)``: ``start`` is the first day, ``end`` the first day after.

    Attributes:
        start: First day the rule applies.
        end: First day it no longer applies.
    """

    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        for name in ("start", "end"):
            if type(getattr(self, name)) is not dt.date:  # a datetime does not compare with a date
                raise InvalidInput(f"window.{name}", date_reason(getattr(self, name)))
        if not self.start < self.end:
            raise InvalidInput("window", f"start {self.start} must be before end {self.end}")

    def __contains__(self, on: object) -> bool:
        return isinstance(on, dt.date) and self.start <= on < self.end

    @property
    def last_day(self) -> dt.date:
        """The last day on which the rule applies (``end`` minus one day)."""
        return self.end - dt.timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.last_day.isoformat()}"


@attrs.frozen
class Timeline(Generic[T]):
    """Values in force over consecutive half-open windows, resolved by date.

    The windows must tile: each starts the day the previous one ends, so that inside the covered range
    every date has exactly one value, and outside it :meth:`at` raises :class:`NoRuleInForce`.

    Attributes:
        what: What the values are, for error messages: a :class:`~giamngheo._text.Text` in Vietnamese and English
            (``Text("chuẩn nghèo quốc gia", "national poverty standard")``), or English text.
        entries: ``(window, value)`` pairs in date order.
    """

    what: str | Text
    entries: tuple[tuple[Window, T], ...]
    _starts: tuple[dt.date, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        instance("what", self.what, (str, Text), "text")
        instances("entries", self.entries, tuple, "a (window, value) pair")
        for i, entry in enumerate(self.entries):
            if len(entry) != 2:
                raise InvalidInput(f"entries[{i}]", f"must be a (window, value) pair, got {len(entry)} items")
            instance(f"entries[{i}][0]", entry[0], Window, "a giamngheo.Window")
        if not self.entries:
            raise InvalidInput("entries", f"a timeline of {self.described} needs at least one window")
        for (before, _), (after, _) in itertools.pairwise(self.entries):
            if before.end != after.start:
                raise InvalidInput("entries", f"windows of {self.described} must tile: {before} is followed by {after}")
        object.__setattr__(self, "_starts", tuple(w.start for w, _ in self.entries))

    @property
    def described(self) -> str:
        """What the values are, in English."""
        return self.what if isinstance(self.what, str) else self.what.en

    @property
    def covered(self) -> Window:
        """The whole range the timeline covers."""
        return Window(self.entries[0][0].start, self.entries[-1][0].end)

    def at(self, *, on: dt.date) -> T:
        """The value in force on ``on``.

        Raises:
            NoRuleInForce: if ``on`` is outside every window.
        """
        i = bisect.bisect_right(self._starts, on) - 1
        if i >= 0:
            window, value = self.entries[i]
            if on < window.end:
                return value
        covered = self.covered
        raise NoRuleInForce(self.what, on, (covered.start, covered.end))

    def __iter__(self) -> Iterator[tuple[Window, T]]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)
