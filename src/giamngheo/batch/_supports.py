"""The supports of every household of a register, a row each: the batch twin of :func:`giamngheo.entitlements`.

References:
    The policies and their provisions: :data:`giamngheo.POLICIES` (each policy's own module); the statuses:
    :func:`~giamngheo.batch.assess_columns` under the standard given.
"""

from __future__ import annotations

import datetime as dt

import attrs

from giamngheo._entitlements import entitlements
from giamngheo._errors import GiamngheoError
from giamngheo._model import Standard, Status
from giamngheo._policy import RecognisedStatus, StatusHistory
from giamngheo.batch._assess import assess_columns
from giamngheo.batch._columns import Columns

__all__ = ["ENTITLEMENT_COLUMNS", "SupportRows", "support_rows"]

#: The columns of a row of :func:`support_rows`, in order (``amount_vnd`` a whole number, the others text).
ENTITLEMENT_COLUMNS = (
    "household_id",
    "status",
    "policy",
    "grant",
    "kind",
    "share",
    "at_least",
    "amount_vnd",
    "per",
    "up_to",
    "period_start",
    "period_end",
    "beneficiaries",
    "citation",
    "verification",
    "reason",
    "undetermined",
    "error",
)


@attrs.frozen
class SupportRows:
    """The supports of a register's households.

    Attributes:
        rows: One row per support, keyed by :data:`ENTITLEMENT_COLUMNS` (``None`` where a field does not apply);
            one row with only the status and its reason for a household whose status is undetermined, one with
            its error for a household that cannot be assessed or given its supports, none for a household with
            no support.
        households: The households assessed.
        failed: The households that could not be assessed or given their supports.
    """

    rows: list[dict[str, object]]
    households: int
    failed: int


def support_rows(
    columns: Columns, *, on: dt.date, standard: Standard, jurisdiction: str = "VN", lang: str = "vi"
) -> SupportRows:
    """Each household of a register assessed under ``standard``, then the supports its status gives on ``on``.

    Each status is taken as recognised on ``on``, in the standard's jurisdiction.

    Args:
        columns: The register (:class:`~giamngheo.batch.Columns`).
        on: The date of the assessment and of the supports.
        standard: The standard the statuses are assessed under.
        jurisdiction: ``VN`` (the national policies), or a province's code (its policies too).
        lang: The language of the beneficiaries, citations and reasons: ``vi`` or ``en``.
    """
    result = assess_columns(columns, on=on, standard=standard)
    rows: list[dict[str, object]] = []
    failed = 0
    for i, (hid, code) in enumerate(zip(result.household_id.tolist(), result.status.tolist(), strict=True)):
        empty = dict.fromkeys(ENTITLEMENT_COLUMNS)
        if code < 0:
            rows.append(empty | {"household_id": hid, "error": str(result.errors[i])})
            failed += 1
            continue
        status = result.STATUSES[code]
        if status is Status.UNDETERMINED:  # a result, not an error: no support can be decided before the status is
            reason = "the status is undetermined: give the facts still needed (the column 'needed' of 'assess')"
            rows.append(empty | {"household_id": hid, "status": status.value, "reason": reason, "undetermined": "status"})
            continue
        try:
            history = StatusHistory(
                (RecognisedStatus(status, since=on, jurisdiction=standard.jurisdiction),), household_id=hid
            )
            found = entitlements(history, on=on, jurisdiction=jurisdiction, household=columns.household(i))
        except GiamngheoError as error:
            rows.append(empty | {"household_id": hid, "status": status.value, "error": str(error)})
            failed += 1
            continue
        for e in found:
            rows.append(  # noqa: PERF401 - one row per support, built field by field
                {
                    "household_id": hid,
                    "status": status.value,
                    "policy": e.policy.id,
                    "grant": e.grant,
                    "kind": e.kind.value,
                    "share": None if e.share is None else str(e.share),
                    "at_least": "true" if e.at_least else "false",
                    "amount_vnd": e.amount_vnd,
                    "per": e.per,
                    "up_to": "true" if e.up_to else "false",
                    "period_start": e.period.start.isoformat(),
                    "period_end": e.period.end.isoformat(),
                    "beneficiaries": e.beneficiaries(lang),
                    "citation": e.citation.render(lang),
                    "verification": e.citation.verification.value,
                    "reason": e.reason(lang),
                    "undetermined": e.undetermined or "",
                    "error": "",
                }
            )
    return SupportRows(rows, len(result), failed)
