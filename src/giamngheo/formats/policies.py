"""Support policies in a file: the ``giamngheo.policies`` format, version 1 (TOML or JSON).

A province or an analyst can describe a support policy the library does not encode (its window, its grants, who
is entitled, how much, and the provision each value rests on) and give it to ``gn.entitlements(...,
policies=...)``. :func:`load_policies` reads such a file, validating every key; the format is described in
``docs/policy-files.md``. It shares the reader, the header check and the ``[instruments]``/``[citations]``
tables with the standard format (:mod:`giamngheo.formats._reader`).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Collection, Mapping
from fractions import Fraction
from typing import Any

import attrs

from giamngheo import _checks as checks
from giamngheo._errors import InvalidInput, PolicyFileError
from giamngheo._legal import Citation, Cited
from giamngheo._model import Status, Text
from giamngheo._policy import (
    _PER,
    Condition,
    EntitlementKind,
    ExceptionRule,
    Grant,
    Place,
    Policy,
    Situation,
    all_of,
    always,
    place_is,
    status_is,
)
from giamngheo.formats._positions import KeyPath, render
from giamngheo.formats._reader import POLICY_FORMAT, POLICY_FORMAT_VERSION, STATUSES, Citations, Reader, open_file
from giamngheo.formats._source import suggest

__all__ = ["POLICY_FORMAT", "POLICY_FORMAT_VERSION", "load_policies"]

TOP_REQUIRED = ("format", "version", "policy")
TOP_OPTIONAL = ("citation", "instruments", "citations")
POLICY_REQUIRED = ("id", "name", "jurisdiction", "window", "grant")
POLICY_OPTIONAL = ("basis", "note")
_GRANT_REQUIRED = ("id", "label", "kind")
_GRANT_OPTIONAL = (
    "statuses",
    "status_jurisdiction",
    "place",
    "share",
    "at_least",
    "amount_vnd",
    "per",
    "up_to",
    "rate",
    "term_months",
    "months_after",
    "left",
    "left_jurisdiction",
    "beneficiaries",
    "citation",
    "exception",
)
_EXCEPTION_REQUIRED = ("label", "place")
_EXCEPTION_OPTIONAL = ("share", "at_least", "amount_vnd", "rate", "citation")
#: The keys of each kind's values; the first is required.
_KIND_KEYS: dict[EntitlementKind, tuple[str, ...]] = {
    EntitlementKind.SHARE: ("share", "at_least"),
    EntitlementKind.EXEMPTION: (),
    EntitlementKind.AMOUNT: ("amount_vnd", "per", "up_to"),
    EntitlementKind.LOAN: ("rate", "amount_vnd", "term_months"),
    EntitlementKind.SERVICE: (),
}
#: The values an exception can replace, by the kind of its grant.
_EXCEPTION_KEYS: dict[EntitlementKind, tuple[str, ...]] = {
    EntitlementKind.SHARE: ("share", "at_least"),
    EntitlementKind.EXEMPTION: (),
    EntitlementKind.AMOUNT: ("amount_vnd",),
    EntitlementKind.LOAN: ("rate", "amount_vnd"),
    EntitlementKind.SERVICE: (),
}
_VALUE_KEYS = ("share", "at_least", "amount_vnd", "per", "up_to", "rate", "term_months")
_JURISDICTION_CODE = re.compile(r"VN|\d{2}")
_PLACE_FACTS = tuple(field.name for field in attrs.fields(Place))
_HOUSEHOLD = Text("hộ gia đình", "household")


def load_policies(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | bytes | None = None,
    syntax: str | None = None,
) -> tuple[Policy, ...]:
    """Read support policies from a ``giamngheo.policies`` file (see ``docs/policy-files.md``).

    Give the result to ``gn.entitlements(..., policies=...)``: each policy applies where its jurisdiction is
    ``"VN"`` or the ``jurisdiction`` asked for.

    Args:
        path: The file to read (UTF-8). A ``.json`` file is read as JSON, any other as TOML.
        text: The file's content instead of a path.
        syntax: ``"toml"`` or ``"json"``, to override the choice made from the file name (text is TOML by default).

    Returns:
        The policies, in the order of the file, validated in full: nothing is returned for a file with any error.

    Raises:
        PolicyFileError: (an :class:`~giamngheo.InvalidInput`) naming the key path and its line, for a syntax
            error, a missing, unknown or misspelt key, a value of the wrong type, a decimal number for money, an
            unknown status, kind, fact of the place or jurisdiction, a window that does not end after it starts,
            a grant without the value its kind needs, a repeated policy or grant id, an unsupported format or
            version, or a reference to an undefined instrument or citation.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, for an unknown ``syntax``, or if the
            file cannot be read.
    """
    top, reader = open_file(path, text, syntax, POLICY_FORMAT, POLICY_FORMAT_VERSION, PolicyFileError)
    from giamngheo import POLICIES  # noqa: PLC0415 - the built-in policies, whose ids a file may not take

    reserved = {p.id for ps in POLICIES.values() for p in ps}
    return _PolicyLoader(reader, Citations(reader)).policies(top, reserved=reserved)


def _a(kind: EntitlementKind) -> str:
    """``"a share"``, ``"an amount"``: the kind with its article."""
    return ("an " if kind.value[0] in "aeiou" else "a ") + kind.value


def _negation(condition: Condition) -> Condition:
    """The condition that holds when ``condition`` does not (an unknown stays unknown)."""

    def negated(s: Situation) -> bool | str:
        verdict = condition(s)
        return verdict if isinstance(verdict, str) else not verdict

    return negated


@functools.cache
def _condition(statuses: tuple[Status, ...], jurisdiction: str, facts: tuple[tuple[str, bool], ...]) -> Condition:
    """The condition of a grant or an exception, the same object for the same terms (so loaded policies compare)."""
    parts = [status_is(*statuses, jurisdiction=jurisdiction)] if statuses else []
    parts += [place_is(fact) if wanted else _negation(place_is(fact)) for fact, wanted in facts]
    if not parts:
        return always
    return parts[0] if len(parts) == 1 else all_of(*parts)


@attrs.define
class _PolicyLoader:
    """Builds :class:`Policy` values from a parsed policy file, checking every key on the way."""

    r: Reader
    c: Citations

    def policies(self, top: dict[str, Any], *, reserved: Collection[str]) -> tuple[Policy, ...]:
        """The policies of the file; an id in ``reserved`` (a built-in policy's) is refused."""
        r = self.r
        r.table((), top, "a policy file", TOP_REQUIRED, TOP_OPTIONAL)
        self.c.read(top)
        entries = r.tables(("policy",), top["policy"], "policies")
        if not entries:
            raise r.fail(("policy",), "a policy file needs at least one [[policy]]")
        policies: list[Policy] = []
        for i, entry in enumerate(entries):
            policy = self._policy(("policy", i), entry)
            if policy.id in reserved:
                raise r.fail(("policy", i, "id"), f"{policy.id!r} is the id of a policy the library encodes")
            for j, earlier in enumerate(policies):
                if earlier.id == policy.id:
                    raise r.fail(("policy", i, "id"), f"policy id {policy.id!r} is already used by policy[{j}]")
            policies.append(policy)
        return tuple(policies)

    def _own_or_default(self, t: Mapping[str, Any], path: KeyPath, key: str, what: str) -> Citation:
        """The citation at ``key`` of the table at ``path``, or the file's ``citation``."""
        if key in t:
            return self.c.cite((*path, key), t[key])
        if self.c.default is None:
            raise self.r.fail((*path, key), f"{what} has no {key}: give {key} = ..., or a file-wide citation = ...")
        return self.c.default

    def _jurisdiction(self, path: KeyPath, value: object) -> str:
        code = self.r.string(path, value)
        if not _JURISDICTION_CODE.fullmatch(code):
            raise self.r.fail(path, f'must be "VN" or a province\'s two-digit code such as "79", got "{code}"')
        return code

    def _policy(self, path: KeyPath, value: object) -> Policy:
        r = self.r
        t = r.table(path, value, "a policy", POLICY_REQUIRED, POLICY_OPTIONAL)
        policy_id = r.string((*path, "id"), t["id"])
        name = r.text((*path, "name"), t["name"])
        jurisdiction = self._jurisdiction((*path, "jurisdiction"), t["jurisdiction"])
        window, _ = r.window((*path, "window"), t["window"])
        basis = self._own_or_default(t, path, "basis", "the policy")
        notes = r.tables((*path, "note"), t.get("note", []), "notes")
        entries = r.tables((*path, "grant"), t["grant"], "grants")
        if not entries:
            raise r.fail((*path, "grant"), "a policy needs at least one [[policy.grant]]")
        grants: list[Grant] = []
        for j, entry in enumerate(entries):
            grant = self._grant((*path, "grant", j), entry)
            for k, earlier in enumerate(grants):
                if earlier.id == grant.id:
                    raise r.fail((*path, "grant", j, "id"), f"grant id {grant.id!r} is already used by grant[{k}]")
            grants.append(grant)
        try:
            return Policy(
                id=policy_id,
                name=name,
                jurisdiction=jurisdiction,
                window=window,
                basis=basis,
                grants=tuple(grants),
                notes=tuple(r.text((*path, "note", k), v) for k, v in enumerate(notes)),
            )
        except InvalidInput as error:  # the checks above should leave nothing to the model; report it anyway
            raise r.fail(path, error.reason) from None

    def _status_list(self, path: KeyPath, value: object) -> tuple[Status, ...]:
        r = self.r
        if not isinstance(value, list):
            raise r.wrong(path, "an array of statuses", value)
        if not value:
            raise r.fail(path, f"give at least one status ({', '.join(s.value for s in STATUSES)})")
        statuses = [r.choice((*path, k), v, Status, "status", STATUSES) for k, v in enumerate(value)]
        for k, status in enumerate(statuses):
            if status in statuses[:k]:
                raise r.fail((*path, k), f"{status.value!r} is listed twice")
        return tuple(statuses)

    def _place(self, path: KeyPath, value: object) -> tuple[tuple[str, bool], ...]:
        r = self.r
        if not isinstance(value, dict):
            raise r.wrong(path, "a table of facts of the place, such as { poor_commune = true }", value)
        if not value:
            raise r.fail(path, f"give at least one fact of the place ({', '.join(_PLACE_FACTS)})")
        facts = []
        for fact, wanted in value.items():
            if fact not in _PLACE_FACTS:
                raise r.fail(
                    (*path, fact),
                    f"unknown fact of the place {fact!r}{suggest(fact, _PLACE_FACTS)} "
                    f"(the facts: {', '.join(_PLACE_FACTS)})",
                )
            facts.append((fact, r.boolean((*path, fact), wanted)))
        return tuple(facts)

    def _share(self, path: KeyPath, value: object) -> Fraction:
        number = self.r.fraction(path, value)
        try:
            return checks.share(render(path), number, value)
        except InvalidInput as error:
            raise self.r.fail(path, error.why) from None

    def _rate(self, path: KeyPath, value: object) -> Fraction:
        number = self.r.fraction(path, value)
        try:
            return checks.rate(render(path), number, value)
        except InvalidInput as error:
            raise self.r.fail(path, error.why) from None

    def _grant(self, path: KeyPath, value: object) -> Grant:  # noqa: C901, PLR0912 - one check per key
        r = self.r
        t = r.table(path, value, "a grant", _GRANT_REQUIRED, _GRANT_OPTIONAL)
        grant_id = r.string((*path, "id"), t["id"])
        label = r.text((*path, "label"), t["label"])
        kind = r.choice((*path, "kind"), t["kind"], EntitlementKind, "kind")
        allowed = _KIND_KEYS[kind]
        for key in _VALUE_KEYS:
            if key in t and key not in allowed:
                fits = ", ".join(k.value for k, keys in _KIND_KEYS.items() if key in keys)
                raise r.fail((*path, key), f"{_a(kind)} grant has no {key} ({key} is for a grant of kind {fits})")
        if allowed and allowed[0] not in t:
            raise r.fail((*path, allowed[0]), f"{_a(kind)} grant needs {allowed[0]}")
        citation = self._own_or_default(t, path, "citation", "the grant")
        statuses: tuple[Status, ...] = ()
        if "statuses" in t:
            statuses = self._status_list((*path, "statuses"), t["statuses"])
        elif "status_jurisdiction" in t:
            raise r.fail((*path, "status_jurisdiction"), "status_jurisdiction needs statuses")
        status_jurisdiction = self._jurisdiction((*path, "status_jurisdiction"), t.get("status_jurisdiction", "VN"))
        facts = self._place((*path, "place"), t["place"]) if "place" in t else ()
        months_after: Cited[int] | None = None
        left: tuple[Status, ...] = ()
        left_jurisdiction: str | None = None
        if "months_after" in t:
            months_after = Cited(r.integer((*path, "months_after"), t["months_after"], minimum=1), citation)
            if "left" not in t:
                raise r.fail((*path, "left"), "months_after needs left: the statuses whose leaving starts the months")
            left = self._status_list((*path, "left"), t["left"])
            if "left_jurisdiction" in t:
                left_jurisdiction = self._jurisdiction((*path, "left_jurisdiction"), t["left_jurisdiction"])
        else:
            for key in ("left", "left_jurisdiction"):
                if key in t:
                    raise r.fail((*path, key), f"{key} needs months_after: for how many months after leaving")
            if not statuses:
                raise r.fail(
                    (*path, "statuses"),
                    "a grant needs statuses (who is entitled), or months_after and left (who left a status)",
                )
        share = Cited(self._share((*path, "share"), t["share"]), citation) if "share" in t else None
        rate = Cited(self._rate((*path, "rate"), t["rate"]), citation) if "rate" in t else None
        amount = Cited(r.money((*path, "amount_vnd"), t["amount_vnd"]), citation) if "amount_vnd" in t else None
        term = None
        if "term_months" in t:
            term = Cited(r.integer((*path, "term_months"), t["term_months"], minimum=1), citation)
        per = None
        if "per" in t:
            per = r.string((*path, "per"), t["per"])
            if per not in _PER:
                raise r.fail((*path, "per"), f"unknown per {per!r}{suggest(per, _PER)} (use one of {', '.join(_PER)})")
        elif kind is EntitlementKind.LOAN and amount is not None:
            per = "loan"
        entries = r.tables((*path, "exception"), t.get("exception", []), "exceptions")
        return Grant(
            id=grant_id,
            label=label,
            applies=_condition(statuses, status_jurisdiction, facts),
            kind=kind,
            citation=citation,
            share=share,
            at_least=r.boolean((*path, "at_least"), t.get("at_least", False)),
            amount_vnd=amount,
            per=per,
            up_to=r.boolean((*path, "up_to"), t.get("up_to", False)),
            rate=rate,
            term_months=term,
            months_after=months_after,
            left=left,
            left_jurisdiction=left_jurisdiction,
            beneficiaries=r.text((*path, "beneficiaries"), t["beneficiaries"]) if "beneficiaries" in t else _HOUSEHOLD,
            exceptions=tuple(
                self._exception((*path, "exception", k), v, kind, citation) for k, v in enumerate(entries)
            ),
        )

    def _exception(self, path: KeyPath, value: object, kind: EntitlementKind, citation: Citation) -> ExceptionRule:
        r = self.r
        t = r.table(path, value, "an exception", _EXCEPTION_REQUIRED, _EXCEPTION_OPTIONAL)
        allowed = _EXCEPTION_KEYS[kind]
        if not allowed:
            raise r.fail(path, f"{_a(kind)} grant has no value for an exception to replace")
        for key in _EXCEPTION_OPTIONAL[:-1]:
            if key in t and key not in allowed:
                raise r.fail(
                    (*path, key), f"an exception of {_a(kind)} grant replaces {' or '.join(allowed)}, not {key}"
                )
        replacing = [key for key in allowed if key != "at_least" and key in t]
        if not replacing:
            raise r.fail(path, f"an exception must give the value it replaces: {' or '.join(allowed)}")
        label = r.text((*path, "label"), t["label"])
        facts = self._place((*path, "place"), t["place"])
        own = self.c.cite((*path, "citation"), t["citation"]) if "citation" in t else citation
        return ExceptionRule(
            label=label,
            applies=_condition((), "VN", facts),
            citation=own,
            share=Cited(self._share((*path, "share"), t["share"]), own) if "share" in t else None,
            at_least=r.boolean((*path, "at_least"), t.get("at_least", False)),
            amount_vnd=Cited(r.money((*path, "amount_vnd"), t["amount_vnd"]), own) if "amount_vnd" in t else None,
            rate=Cited(self._rate((*path, "rate"), t["rate"]), own) if "rate" in t else None,
        )
