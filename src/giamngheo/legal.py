"""The legal model: instruments, citations and their verification, dated windows, and the audit of every datum.

Every number the library decides with is a :class:`Cited` value: the value with the :class:`Citation` that
produced it and how far that citation has been verified. :func:`legal_data` lists every such datum a standard
and the policies in force use on a date; :func:`instruments` the instruments behind them; :func:`sources` both, with the review's data, as
``giamngheo sources`` lists them. Every name here is
also at the top of :mod:`giamngheo`; this namespace gathers them by topic.

>>> from giamngheo import legal
>>> legal.instrument("07/2021/NĐ-CP").kind
<InstrumentKind.DECREE: 'decree'>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from giamngheo._instruments import INSTRUMENTS, instrument, instruments
from giamngheo._jurisdictions import legal_data
from giamngheo._lazy import lazy_names
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Timeline, Verification, Window
from giamngheo._national import LegalDatum
from giamngheo._text import Text

if TYPE_CHECKING:
    from giamngheo._serialize import legal_data_version
    from giamngheo._sources import Sources, sources

# The sources reach into the support policies and the serialiser: imported when first asked for.
__getattr__, __dir__ = lazy_names(
    globals(),
    {"Sources": "giamngheo._sources", "legal_data_version": "giamngheo._serialize", "sources": "giamngheo._sources"},
)

__all__ = [
    "INSTRUMENTS",
    "Citation",
    "Cited",
    "Instrument",
    "InstrumentKind",
    "LegalDatum",
    "Sources",
    "Text",
    "Timeline",
    "Verification",
    "Window",
    "instrument",
    "instruments",
    "legal_data",
    "legal_data_version",
    "sources",
]
