"""The nation's support policies: one module per instrument (or programme), each exporting ``POLICIES``.

:data:`NATIONAL_POLICIES` is the registry of the national policies, in the order of the modules; a province's own
policies are in its package (``giamngheo.provinces.<name>.policies``) and on its record. :mod:`giamngheo._entitlements`
answers "which supports apply to this household on this date, how much, under which provision, until when".

The model a policy is written in (:class:`Policy`, its :class:`Grant` s and :class:`ExceptionRule` s, the
:class:`Entitlement` s it gives, the :class:`Situation` and :class:`Place` of a household it reads) is here too;
every name is also at the top of :mod:`giamngheo`. :func:`policy_parameters` lists a policy's values by their
paths, the paths :func:`reform_policy` sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from giamngheo._lazy import lazy_names
from giamngheo._policy import (
    Entitlement,
    EntitlementKind,
    ExceptionRule,
    Grant,
    Place,
    Policy,
    RecognisedStatus,
    Situation,
    StatusHistory,
)
from giamngheo.policies import (
    credit,
    education,
    electricity,
    health_insurance,
    housing,
    legal_aid,
    vocational_training,
)

if TYPE_CHECKING:
    from giamngheo._params import policy_parameters
    from giamngheo._reform import reform_policy

# Reforms of a policy are for drafts and tests, not for applying the law: imported when first asked for.
__getattr__, __dir__ = lazy_names(
    globals(), {"policy_parameters": "giamngheo._params", "reform_policy": "giamngheo._reform"}
)

__all__ = [
    "NATIONAL_POLICIES",
    "Entitlement",
    "EntitlementKind",
    "ExceptionRule",
    "Grant",
    "Place",
    "Policy",
    "RecognisedStatus",
    "Situation",
    "StatusHistory",
    "policy_parameters",
    "reform_policy",
]

#: Every national policy, one line per module, in this order.
NATIONAL_POLICIES: tuple[Policy, ...] = (
    *health_insurance.POLICIES,
    *education.POLICIES,
    *electricity.POLICIES,
    *credit.POLICIES,
    *housing.POLICIES,
    *legal_aid.POLICIES,
    *vocational_training.POLICIES,
)
