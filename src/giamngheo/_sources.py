"""Every legal datum behind the answers on a date, with its citation: the list ``giamngheo sources`` and ``/v1/sources`` give.

The data of a jurisdiction's standard and policies (:func:`giamngheo.legal_data`), then, for the nation, those of
the annual review (keys prefixed ``review.``), and, when no date is given, the instruments the jurisdiction's data
cite.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum

import attrs

from giamngheo._entitlements import cited_instruments
from giamngheo._errors import NoRuleInForce
from giamngheo._jurisdictions import jurisdiction as find_jurisdiction
from giamngheo._jurisdictions import legal_data
from giamngheo._legal import Instrument
from giamngheo._national import LegalDatum
from giamngheo._text import Text

__all__ = ["Sources", "sources", "value_text"]


@attrs.frozen
class Sources:
    """The legal data and instruments of a jurisdiction.

    Attributes:
        data: Each datum with its citation; the review's keys start with ``review.``.
        instruments: The instruments its data cite (only when no date was given).
    """

    data: tuple[LegalDatum, ...]
    instruments: tuple[Instrument, ...]


def sources(*, on: dt.date | None = None, jurisdiction: str = "VN") -> Sources:
    """The legal data in force on ``on`` (every date if ``None``) for ``jurisdiction``, and the instruments cited.

    Raises:
        InvalidInput: for an unknown jurisdiction.
        NoRuleInForce: if the jurisdiction has no standard in force on ``on``.
    """
    place = find_jurisdiction(jurisdiction)
    data = list(legal_data(on=on, jurisdiction=place.code))
    if place.code == "VN":
        from giamngheo import review  # noqa: PLC0415 - the review package is imported only when asked for

        with contextlib.suppress(NoRuleInForce):  # no review procedure on that date
            data += [LegalDatum(f"review.{d.key}", d.value, d.citation) for d in review.legal_data(on=on)]
    return Sources(tuple(data), () if on is not None else cited_instruments(place.code))


def value_text(value: object, lang: str) -> str:
    """A datum's value as text: texts in the language, sets as sorted codes joined by ``;``."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, frozenset):
        return ";".join(sorted(v.value if isinstance(v, enum.Enum) else str(v) for v in value))
    return str(value)
