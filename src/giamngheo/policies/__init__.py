"""The nation's support policies: one module per instrument (or programme), each exporting ``POLICIES``.

:data:`POLICIES` is the registry of the national policies, in the order of the modules; a province's own policies
are in its package (``giamngheo.provinces.<name>.policies``) and on its record. :mod:`giamngheo._entitlements`
answers "which supports apply to this household on this date, how much, under which provision, until when".
"""

from __future__ import annotations

from giamngheo._policy import Policy
from giamngheo.policies import (
    credit,
    education,
    electricity,
    health_insurance,
    housing,
    legal_aid,
    vocational_training,
)

__all__ = ["POLICIES"]

#: Every national policy, one line per module, in this order.
POLICIES: tuple[Policy, ...] = (
    *health_insurance.POLICIES,
    *education.POLICIES,
    *electricity.POLICIES,
    *credit.POLICIES,
    *housing.POLICIES,
    *legal_aid.POLICIES,
    *vocational_training.POLICIES,
)
