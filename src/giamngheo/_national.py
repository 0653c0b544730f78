"""The national timeline of poverty standards, and the audit listing of every legal datum.

References:
    * See the modules of :mod:`giamngheo.standards`, one per instrument.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from giamngheo._legal import Citation, Cited, Timeline, Verification
from giamngheo._model import IncomeBand, Standard
from giamngheo.standards import decision_09_2011, decision_59_2015, decision_170_2005, decree_07_2021, decree_351_2025

__all__ = ["NATIONAL_STANDARDS", "LegalDatum", "legal_data", "standard_in_force"]

#: Every national standard, by the dates on which it applies: 2006-01-01 up to and including 2030-12-31.
NATIONAL_STANDARDS: Timeline[Standard] = Timeline(
    "national poverty standard",
    tuple(
        (s.window, s)
        for s in (
            decision_170_2005.STANDARD,
            decision_09_2011.STANDARD,
            decision_59_2015.STANDARD,
            decision_59_2015.STANDARD_2021,
            decree_07_2021.STANDARD,
            decree_07_2021.STANDARD_2026,
            decree_351_2025.STANDARD,
        )
    ),
)


def standard_in_force(*, on: dt.date) -> Standard:
    """The national poverty standard that applies on ``on``.

    Raises:
        NoRuleInForce: before 2006-01-01 or after 2030-12-31, naming the date and the covered range.
    """
    return NATIONAL_STANDARDS.at(on=on)


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


def legal_data(*, on: dt.date | None = None, standard: Standard | None = None) -> tuple[LegalDatum, ...]:
    """Every legal datum the national standards use, with its citation and verification status.

    Args:
        on: Only the data of the national standard in force on that date; every standard if ``None``.
        standard: Audit this standard instead (for example one with overridden values).

    Returns:
        The data, standard by standard in date order.
    """
    if standard is not None:
        standards = [standard]
    elif on is not None:
        standards = [standard_in_force(on=on)]
    else:
        standards = [s for _, s in NATIONAL_STANDARDS]
    return tuple(d for s in standards for d in standard_data(s))
