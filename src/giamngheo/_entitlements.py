"""Which supports apply to a household on a date, how much, under which provision, until when.

:func:`entitlements` takes what a user has: a :class:`~giamngheo.StatusHistory` of statuses recognised by the
commune, one :class:`~giamngheo.RecognisedStatus`, an :class:`~giamngheo.Assessment` (taken as a status
recognised on its date), or a :class:`~giamngheo.Household` (assessed on the date under the national standard, and
under the province's own for the province's policies). :func:`entitled` answers the reverse question: which of a
list are entitled to a given policy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from giamngheo._assessment import Assessment, assess
from giamngheo._checks import check_date
from giamngheo._errors import GiamngheoError, InvalidInput, NoRuleInForce
from giamngheo._household import Household
from giamngheo._instruments import instruments
from giamngheo._jurisdictions import JURISDICTIONS, territory
from giamngheo._jurisdictions import jurisdiction as find_jurisdiction
from giamngheo._legal import Instrument
from giamngheo._model import Status
from giamngheo._policy import Entitlement, Place, Policy, RecognisedStatus, Situation, StatusHistory
from giamngheo._text import Text
from giamngheo._units import ARRANGEMENT_2025
from giamngheo.policies import NATIONAL_POLICIES

__all__ = ["POLICIES", "cited_instruments", "entitled", "entitlements", "policy"]

#: Every policy, by jurisdiction code: the nation's, then each province's from its record.
POLICIES: dict[str, tuple[Policy, ...]] = {
    "VN": NATIONAL_POLICIES,
    **{code: j.policies for code, j in JURISDICTIONS.items() if code != "VN"},
}

Subject = StatusHistory | RecognisedStatus | Assessment | Household


def policy(policy_id: str) -> Policy:
    """The policy with this id.

    Raises:
        InvalidInput: if no policy has it.
    """
    for policies in POLICIES.values():
        for candidate in policies:
            if candidate.id == policy_id:
                return candidate
    known = ", ".join(p.id for ps in POLICIES.values() for p in ps)
    raise InvalidInput("policy", f"no policy {policy_id!r}; known: {known}")


def _check_place(place: object) -> Place:
    """The facts of the place: a :class:`Place`, or an empty one for ``None`` (every fact unknown)."""
    if place is None:
        return Place()
    if not isinstance(place, Place):
        raise InvalidInput("place", f"must be a giamngheo.Place (or None), got {place!r}")
    return place


def _check_policies(policies: object) -> tuple[Policy, ...]:
    """More policies to apply: a list of :class:`Policy` (a string or a mapping is not one)."""
    if not isinstance(policies, Iterable) or isinstance(policies, str | bytes | dict):
        raise InvalidInput("policies", f"must be a list of giamngheo.Policy, got {policies!r}")
    found = tuple(policies)
    for i, candidate in enumerate(found):
        if not isinstance(candidate, Policy):
            raise InvalidInput(f"policies[{i}]", f"must be a giamngheo.Policy, got {candidate!r}")
    return found


def _household(subject: Subject, on: dt.date) -> Household | None:
    """The household behind a subject, with its area as assessed on ``on`` (``None`` for a status)."""
    if isinstance(subject, Assessment):
        return subject.household
    if isinstance(subject, Household):
        return assess(subject, on=on).household if subject.area is None else subject
    return None


def _history(subject: Subject, on: dt.date, code: str) -> StatusHistory:
    """The recognised statuses a policy of jurisdiction ``code`` looks at."""
    if isinstance(subject, StatusHistory):
        return subject
    if isinstance(subject, RecognisedStatus):
        return StatusHistory((subject,))
    if isinstance(subject, Assessment):
        return _from_assessment(subject)
    if isinstance(subject, Household):
        if code == "VN":
            return _from_assessment(assess(subject, on=on))
        return _from_assessment(assess(subject, on=on, jurisdiction=code))
    raise InvalidInput(
        "subject", f"give a StatusHistory, RecognisedStatus, Assessment or Household, got {type(subject).__name__}"
    )


def _from_assessment(a: Assessment) -> StatusHistory:
    if a.status is Status.UNDETERMINED:
        raise InvalidInput(
            "status",
            "the assessment is undetermined; fill in " + ", ".join(a.needed) + " (or give a recognised status)",
            a.household.id,
        )
    recognised = RecognisedStatus(a.status, since=a.on, jurisdiction=a.standard.jurisdiction, basis=a.basis)
    return StatusHistory((recognised,), household_id=a.household.id)


def entitlements(
    subject: Subject,
    *,
    on: dt.date,
    jurisdiction: str = "VN",
    place: Place | None = None,
    policies: Sequence[Policy] = (),
    household: Household | None = None,
) -> tuple[Entitlement, ...]:
    """The supports that apply on ``on``: national ones, and those of ``jurisdiction`` if it is a province.

    Args:
        subject: The recognised statuses (a history or one), or an assessment or a household to assess.
        on: The date.
        jurisdiction: ``"VN"`` for national policies only, or a province's code for its policies as well.
        place: Facts of the place (poor commune, poor district); unknown facts leave the exceptions that need them
            undetermined (the entitlement says which fact).
        policies: More policies to apply, after the encoded ones (for example a province's own, loaded from a
            file); each applies if its jurisdiction is ``"VN"`` or ``jurisdiction``. A policy with the id of an
            encoded one (a reform of it, :func:`giamngheo.reform_policy`) applies instead of it.
        household: The household's facts, for grants that read them (children under 6, the income of a
            low-income household), when the subject is a recognised status; a household subject gives its own.

    Returns:
        The entitlements, national first, each with its amount or share, period, citation and reason.

    Raises:
        NoRuleInForce: for a Household whose provincial standard is not in force (give a recognised status
            instead), or a province that no longer exists on ``on`` (naming its successor).
        PolicyConflict: if two exceptions of one grant both apply and disagree.
        InvalidInput: for bad input, or an undetermined assessment (naming the fields still needed).
    """
    check_date(on)
    place = _check_place(place)
    policies = _check_policies(policies)
    replaced = {p.id for p in policies}  # a reform of an encoded policy applies instead of it
    if household is not None and not isinstance(household, Household):
        raise InvalidInput("household", f"must be a giamngheo.Household (or None), got {household!r}")
    codes = ["VN"] if jurisdiction == "VN" else ["VN", jurisdiction]
    if jurisdiction != "VN":
        find_jurisdiction(jurisdiction).check_exists(on=on)
    former = place.former_jurisdiction
    if former is None and jurisdiction != "VN":
        former = _former_territory(subject, household, on, jurisdiction)
    if former is not None:
        predecessor = find_jurisdiction(former)
        if predecessor.successor != jurisdiction or on < predecessor.window.end:
            raise InvalidInput(
                "place.former_jurisdiction",
                f"{former!r} is not a province merged into {jurisdiction!r} before {on.isoformat()}",
            )
        codes.append(former)
    found: list[Entitlement] = []
    for code in codes:
        encoded = [p for p in POLICIES.get(code, ()) if p.id not in replaced]
        in_force = [p for p in (*encoded, *policies) if p.jurisdiction == code and on in p.window]
        if not in_force:
            continue
        history = _history(subject, on, code if code != former else jurisdiction)
        facts = household if household is not None else _household(subject, on)
        situation = Situation(on, history, place, history.household_id, facts)
        for p in in_force:
            found.extend(p.entitlements(situation))
    return tuple(found)


def _former_territory(subject: Subject, household: Household | None, on: dt.date, jurisdiction: str) -> str | None:
    """The former province whose territory the household's commune lies in, within ``jurisdiction``, if any."""
    facts = household if household is not None else subject.household if isinstance(subject, Assessment) else subject
    commune = facts.commune if isinstance(facts, Household) else None
    if commune is None or on < ARRANGEMENT_2025:
        return None
    where = territory(commune, on=on)
    if where.province != jurisdiction or where.former in (None, jurisdiction):
        return None
    return where.former if where.former in POLICIES else None


@attrs.frozen
class Entitled:
    """One subject of a list that is entitled to a policy.

    Attributes:
        index: Its position in the list (from 0).
        entitlement: What it is entitled to.
    """

    index: int
    entitlement: Entitlement


def entitled(
    subjects: Sequence[Subject] | Iterable[Subject],
    policy_id: str,
    *,
    on: dt.date,
    place: Place | None = None,
) -> tuple[tuple[Entitled, ...], tuple[tuple[int, str], ...]]:
    """Which of ``subjects`` are entitled to the policy ``policy_id`` on ``on``.

    Returns:
        ``(entitled, errors)``: the entitled subjects in input order, and ``(index, message)`` for every subject
        that could not be judged; none is dropped silently.

    Raises:
        InvalidInput: for an unknown policy, or ``subjects``, ``on`` or ``place`` of the wrong type.
        NoRuleInForce: if the policy does not apply on ``on``.
    """
    chosen = policy(policy_id)
    check_date(on)
    place = _check_place(place)
    if not isinstance(subjects, Iterable) or isinstance(subjects, str | bytes | dict):
        raise InvalidInput(
            "subjects", f"must be a list of subjects (statuses, assessments, households), got {subjects!r}"
        )
    if on not in chosen.window:
        raise NoRuleInForce(
            Text(f"chính sách {policy_id}", f"policy {policy_id}"), on, (chosen.window.start, chosen.window.end)
        )
    out: list[Entitled] = []
    errors: list[tuple[int, str]] = []
    for index, subject in enumerate(subjects):
        try:
            history = _history(subject, on, chosen.jurisdiction)
            situation = Situation(on, history, place, history.household_id, _household(subject, on))
            out.extend(Entitled(index, e) for e in chosen.entitlements(situation))
        except GiamngheoError as error:
            errors.append((index, str(error)))
    return tuple(out), tuple(errors)


def cited_instruments(code: str) -> tuple[Instrument, ...]:
    """The instruments a jurisdiction's data cite: a province's own and its policies'; for ``VN`` every other one.

    Args:
        code: A jurisdiction's code, as in :data:`giamngheo.JURISDICTIONS` (``VN``, ``74``, ``79``).

    Returns:
        A province's instruments and those of its policies, each once, in that order; for ``VN``, every instrument
        of :func:`giamngheo.instruments` that no province cites, oldest first.
    """

    def own(province: str) -> tuple[Instrument, ...]:
        cited = (*JURISDICTIONS[province].instruments, *(p.basis.instrument for p in POLICIES.get(province, ())))
        return tuple(dict.fromkeys(cited))

    if code != "VN":
        return own(code)
    provincial = {i for province in JURISDICTIONS if province != "VN" for i in own(province)}
    return tuple(i for i in instruments() if i not in provincial)
