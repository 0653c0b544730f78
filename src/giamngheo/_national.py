"""The audit listing of every legal datum of a standard (the timeline itself is in :mod:`giamngheo.standards`).

References:
    * See the modules of :mod:`giamngheo.standards`, one per instrument.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from giamngheo._legal import Citation, Cited, Verification
from giamngheo._model import IncomeBand, Standard

__all__ = ["LegalDatum", "standard_data"]


@attrs.frozen
class LegalDatum:
    """One legal fact the library relies on, for audit.

    Attributes:
        key: Where the fact sits, e.g. ``"vn-2022-2025.bands[0].upper_rural_vnd"``.
        value: The value (an amount of VND, a count, an indicator id, a validity window).
        citation: Its citation, with its verification status.
    """

    key: str
    value: object
    citation: Citation

    @property
    def verification(self) -> Verification:
        """Shortcut for ``citation.verification``."""
        return self.citation.verification


def standard_data(standard: Standard) -> Iterator[LegalDatum]:
    """Every legal datum of one standard, with its citation."""
    sid = standard.id
    yield LegalDatum(f"{sid}.window", standard.window, standard.basis)
    for i, band in enumerate(standard.bands):
        for field in attrs.fields(IncomeBand):
            value = getattr(band, field.name)
            if isinstance(value, Cited):
                yield LegalDatum(f"{sid}.bands[{i}].{field.name}", value.value, value.citation)
    if standard.deprivation_cutoff is not None:
        yield LegalDatum(
            f"{sid}.deprivation_cutoff", standard.deprivation_cutoff.value, standard.deprivation_cutoff.citation
        )
    for indicator in standard.indicators:
        key = f"{sid}.indicators.{indicator.id}"
        yield LegalDatum(key, indicator.id, indicator.citation)
        if indicator.definition is not None:
            yield LegalDatum(f"{key}.definition", indicator.definition.value, indicator.definition.citation)
        for threshold in indicator.thresholds:
            yield LegalDatum(f"{key}.{threshold.key}", threshold.value.value, threshold.value.citation)
