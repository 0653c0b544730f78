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

from giamngheo._instruments import INSTRUMENTS, instrument, instruments
from giamngheo._jurisdictions import legal_data
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Timeline, Verification, Window
from giamngheo._national import LegalDatum
from giamngheo._serialize import legal_data_version
from giamngheo._sources import Sources, sources
from giamngheo._text import Text

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
