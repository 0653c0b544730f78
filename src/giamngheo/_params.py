"""Every legal value of a standard by a stable path, and a reform that sets any of them.

A standard's values are its band bounds, its deprivation cut-off and its indicators' thresholds; each has a path,
the key of the same value in :func:`giamngheo.legal_data` and ``giamngheo sources``::

    vn-2022-2025.bands[0].upper_rural_vnd                  the rural poverty line, VND a person a month
    vn-2022-2025.bands[1].upper_urban_vnd                  the urban bound of the second band
    vn-2022-2025.deprivation_cutoff                        the number of deprivations that makes a household poor
    vn-2022-2025.indicators.housing_area.min_m2_per_person one threshold of one indicator

:func:`parameters` lists them with their values, the standard's window and the citations they rest on;
:func:`set_parameters` returns a standard with some of them set, each new value cited as the user's (or a
draft's), never as the instrument's. A standard with one set of lines for both areas (``area_split=False``)
lists both bounds of a band, which are one value: setting either sets both.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import attrs

from giamngheo import _checks as checks
from giamngheo._checks import suggest
from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Cited, Verification, Window
from giamngheo._model import Area, Standard, Text
from giamngheo._national import standard_data
from giamngheo._numbers import exact_number
from giamngheo._policy import Grant, Policy
from giamngheo.law.labour_code_2019 import RetirementSchedule

__all__ = ["Parameter", "key_of", "parameters", "policy_parameters", "set_parameters", "set_policy_parameters"]

_BAND = re.compile(r"bands\[(\d+)\]\.upper_(rural|urban)_vnd")
_INDICATOR = re.compile(r"indicators\.([a-z0-9_]+)\.([a-z0-9_]+)")
#: A grant's values and an exception's, by their names, as a reform sets them.
_GRANT_VALUES = {
    "share": Text("tỷ lệ hỗ trợ", "share"),
    "amount_vnd": Text("mức hỗ trợ (đồng)", "amount (VND)"),
    "rate": Text("lãi suất một năm", "interest rate a year"),
    "term_months": Text("thời hạn tối đa (tháng)", "longest term (months)"),
    "months_after": Text("số tháng còn được hưởng kể từ khi thoát", "months it lasts after leaving the status"),
}
_EXCEPTION_VALUES = ("share", "amount_vnd", "rate")
_GRANT = re.compile(r"grants\.([A-Za-z0-9_-]+)\.([a-z_]+)")
_EXCEPTION = re.compile(r"grants\.([A-Za-z0-9_-]+)\.exceptions\[(\d+)\]\.([a-z_]+)")
#: The verifications a value set by a reform may carry: it is never the law's.
_REFORM_VERIFICATIONS = (Verification.USER, Verification.DRAFT)


@attrs.frozen
class Parameter:
    """One legal value of a standard, by its path.

    Attributes:
        path: Its stable name, ``"<standard id>.bands[0].upper_rural_vnd"`` and the like (see the module's docstring).
        label: What it is, in Vietnamese and English.
        value: The value and its citation.
        window: The dates on which the standard, and so the value, applies (half-open).
    """

    path: str
    label: Text
    value: Cited[Any]
    window: Window


def parameters(standard: Standard) -> dict[str, Parameter]:
    """Every legal value of ``standard`` by its path, in the order of the standard: bands, cut-off, indicators.

    The paths are the keys of :func:`giamngheo.legal_data` for the values a reform can set (not the window, an
    indicator's id or its definition).

    Raises:
        InvalidInput: if ``standard`` is not a :class:`giamngheo.Standard`.
    """
    if not isinstance(standard, Standard):
        raise InvalidInput("standard", f"a giamngheo.Standard, got {type(standard).__name__}")
    found: dict[str, Parameter] = {}
    for datum in standard_data(standard):
        key = datum.key.removeprefix(f"{standard.id}.")
        if band := _BAND.fullmatch(key):
            named = standard.bands[int(band[1])].name
            area = Area(band[2])
            label = Text(
                f"{named.vi}, {standard.area_label(area, 'vi')}", f"{named.en}, {standard.area_label(area, 'en')}"
            )
        elif key == "deprivation_cutoff":
            label = Text("ngưỡng số chỉ số thiếu hụt", "deprivation cut-off")
        elif indicator := _INDICATOR.fullmatch(key):
            if indicator[2] == "definition":
                continue
            found_in = standard.indicator(indicator[1])
            threshold = found_in.threshold(indicator[2])
            label = Text(f"{found_in.name.vi}: {threshold.label.vi}", f"{found_in.name.en}: {threshold.label.en}")
        else:
            continue  # the window and an indicator's id: not values a reform sets
        found[datum.key] = Parameter(datum.key, label, Cited(datum.value, datum.citation), standard.window)
    return found


def key_of(standard: Standard, path: object) -> str:
    """``path`` without the standard's id, which it may or may not start with."""
    if not isinstance(path, str):
        raise InvalidInput("changes", f"a parameter's path is text, got {path!r}"[:300])
    prefix = f"{standard.id}."
    if path.startswith(prefix):
        return path[len(prefix) :]
    head = path.split(".", 1)[0]
    if "." in path and not head.startswith(("bands[", "indicators", "deprivation_cutoff")):
        raise InvalidInput("changes", f"{path}: a path of {standard.id}, not of {head}"[:300])
    return path


def _number(path: str, value: object, old: int | Fraction) -> int | Fraction:
    """A whole number for a whole number (never a bool), an exact number for a Fraction."""
    if isinstance(old, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(path, f"{path}: give a whole number, got {value!r}"[:300])
        return value
    if isinstance(value, bool) or not isinstance(value, Fraction | int | str):
        raise InvalidInput(
            path, f"{path}: give an exact number (int, Fraction or text such as '0.5'), got {value!r}"[:300]
        )
    try:
        return exact_number(value, path)
    except (ValueError, ZeroDivisionError):
        raise InvalidInput(path, f"{path}: give an exact number, got {value!r}"[:300]) from None


def _choices(path: str, value: object, kind: type[enum.Enum]) -> frozenset[enum.Enum]:
    """A set of ``kind``'s members, given as members or by their names."""
    wrong = f"{path}: give a set of {kind.__name__} values ({', '.join(str(m.value) for m in kind)}), got {value!r}"
    if isinstance(value, str | bytes) or not isinstance(value, set | frozenset | list | tuple):
        raise InvalidInput(path, wrong[:300])
    try:
        return frozenset(v if isinstance(v, kind) else kind(v) for v in value)
    except ValueError:
        raise InvalidInput(path, wrong[:300]) from None


def _value_like(path: str, value: object, old: object) -> object:
    """``value`` as the type of the value it replaces (``"1.5"`` for a Fraction, names for a set of choices)."""
    if isinstance(old, bool):
        if not isinstance(value, bool):
            raise InvalidInput(path, f"{path}: give true or false, got {value!r}"[:300])
        return value
    if isinstance(old, int | Fraction):
        return _number(path, value, old)
    if isinstance(old, frozenset) and old and all(isinstance(v, enum.Enum) for v in old):
        return _choices(path, value, type(next(iter(old))))
    if isinstance(old, RetirementSchedule):
        if not isinstance(value, RetirementSchedule):
            raise InvalidInput(path, f"{path}: give a giamngheo RetirementSchedule, got {value!r}"[:300])
        return value
    raise InvalidInput(path, f"{path}: a {type(old).__name__} cannot be set by a reform")


def _citation(citation: Citation, path: str) -> Citation:
    if not isinstance(citation, Citation):
        raise InvalidInput("citation", f"a giamngheo.Citation, got {citation!r}"[:300])
    if citation.verification not in _REFORM_VERIFICATIONS:
        reason = (
            f"{path}: a value a reform sets is cited as the user's or a draft's (Verification.USER or DRAFT), "
            f"not as {citation.verification.value}"
        )
        raise InvalidInput("citation", reason)
    return citation


def set_parameters(standard: Standard, changes: Mapping[str, object], *, citation: Citation) -> Standard:
    """``standard`` with the values at ``changes``' paths replaced, each cited with ``citation``.

    Args:
        standard: The standard to start from.
        changes: Paths (with or without the standard's id) to new values, each of the type of the value it
            replaces: whole VND for a bound, a whole number for the cut-off, for a threshold what
            :func:`parameters` shows (an exact number as ``"0.5"`` or a ``Fraction``, a set of choices by their
            names).
        citation: The citation of every new value: ``Verification.USER`` or ``DRAFT``, never the law's.

    Returns:
        A new standard with the same id; the caller (:func:`giamngheo.reform`) gives it its own.

    Raises:
        InvalidInput: for an unknown path (naming the closest ones), a value of the wrong type, a citation of
            the law's, or a standard the new values make inconsistent (bounds that do not increase, …).
    """
    if not isinstance(changes, Mapping):
        raise InvalidInput("changes", f"a mapping of parameter paths to values, got {type(changes).__name__}")
    known = parameters(standard)
    bands = list(standard.bands)
    cutoff = standard.deprivation_cutoff
    indicators = {i.id: i for i in standard.indicators}
    for path, value in changes.items():
        key = key_of(standard, path)
        full = f"{standard.id}.{key}"
        if full not in known:
            hint = suggest(full, known) or f" (its parameters: giamngheo params --standard {standard.id})"
            raise InvalidInput("changes", f"{path}: not a parameter of {standard.id}{hint}"[:400])
        cite = _citation(citation, full)
        new: Cited[Any] = Cited(_value_like(full, value, known[full].value.value), cite)
        if band := _BAND.fullmatch(key):
            i, area = int(band[1]), band[2]
            both = not standard.area_split  # one bound for both areas
            rural = new if area == "rural" or both else bands[i].upper_rural_vnd
            urban = new if area == "urban" or both else bands[i].upper_urban_vnd
            bands[i] = attrs.evolve(bands[i], upper_rural_vnd=rural, upper_urban_vnd=urban)
        elif key == "deprivation_cutoff":
            cutoff = new
        elif indicator := _INDICATOR.fullmatch(key):
            indicators[indicator[1]] = indicators[indicator[1]].with_threshold(indicator[2], new)
    # The standard's own checks refuse what the new values make inconsistent (bounds that do not increase, …).
    return attrs.evolve(standard, bands=tuple(bands), deprivation_cutoff=cutoff, indicators=tuple(indicators.values()))


def _policy_value(path: str, name: str, value: Any) -> Any:  # noqa: ANN401 - the value of the path's type
    """A grant's new value within what the law can mean: the checks a policy file's values pass too."""
    if name == "share":
        return checks.share(path, value)
    if name == "rate":
        return checks.rate(path, value)
    return checks.whole(path, value, minimum=1 if name == "term_months" else 0)


def policy_parameters(policy: Policy) -> dict[str, Parameter]:
    """Every value of ``policy``'s grants by its path, in the order of its grants.

    The paths are ``"<policy id>.grants.<grant id>.<value>"`` for a grant's ``share``, ``amount_vnd``, ``rate``,
    ``term_months`` and ``months_after``, and ``"<policy id>.grants.<grant id>.exceptions[<i>].<value>"`` for an
    exception's ``share``, ``amount_vnd`` and ``rate``: only the values the policy sets (a grant of no amount has
    no ``amount_vnd`` to set).

    Raises:
        InvalidInput: if ``policy`` is not a :class:`giamngheo.Policy`.
    """
    if not isinstance(policy, Policy):
        raise InvalidInput("policy", f"a giamngheo.Policy, got {type(policy).__name__}")
    found: dict[str, Parameter] = {}
    for grant in policy.grants:
        for name, what in _GRANT_VALUES.items():
            value = getattr(grant, name)
            if value is not None:
                path = f"{policy.id}.grants.{grant.id}.{name}"
                label = Text(
                    f"{policy.name.vi}: {grant.label.vi}: {what.vi}", f"{policy.name.en}: {grant.label.en}: {what.en}"
                )
                found[path] = Parameter(path, label, value, policy.window)
        for i, exception in enumerate(grant.exceptions):
            for name in _EXCEPTION_VALUES:
                value = getattr(exception, name)
                if value is not None:
                    path = f"{policy.id}.grants.{grant.id}.exceptions[{i}].{name}"
                    what = _GRANT_VALUES[name]
                    label = Text(
                        f"{policy.name.vi}: {grant.label.vi}, {exception.label.vi}: {what.vi}",
                        f"{policy.name.en}: {grant.label.en}, {exception.label.en}: {what.en}",
                    )
                    found[path] = Parameter(path, label, value, policy.window)
    return found


def set_policy_parameters(policy: Policy, changes: Mapping[str, object], *, citation: Citation) -> Policy:
    """``policy`` with the values at ``changes``' paths replaced, each cited with ``citation``.

    Args:
        policy: The policy to start from.
        changes: Paths (with or without the policy's id, :func:`policy_parameters`) to new values: a share or a
            rate as an exact number (``"0.8"``, ``Fraction(4, 5)``), an amount in whole VND, months as a whole
            number.
        citation: The citation of every new value: ``Verification.USER`` or ``DRAFT``, never the law's.

    Returns:
        A new policy with the same id: given to :func:`giamngheo.entitlements` (``policies=``), it applies instead
        of the encoded policy of that id.

    Raises:
        InvalidInput: for an unknown path (naming the closest ones), a value of the wrong type, a citation of the
            law's, or a value the policy's own checks refuse (a share above 1, …).
    """
    if not isinstance(changes, Mapping):
        raise InvalidInput("changes", f"a mapping of parameter paths to values, got {type(changes).__name__}")
    known = policy_parameters(policy)
    grants: dict[str, Grant] = {g.id: g for g in policy.grants}
    for path, value in changes.items():
        if not isinstance(path, str):
            raise InvalidInput("changes", f"a parameter's path is text, got {path!r}"[:300])
        key = path.removeprefix(f"{policy.id}.")
        full = f"{policy.id}.{key}"
        if full not in known:
            hint = suggest(full, known) or f" (its parameters: giamngheo params --policy {policy.id})"
            raise InvalidInput("changes", f"{path}: not a parameter of {policy.id}{hint}"[:400])
        name = key.rsplit(".", 1)[1]
        checked = _policy_value(full, name, _value_like(full, value, known[full].value.value))
        new: Cited[Any] = Cited(checked, _citation(citation, full))
        if exception := _EXCEPTION.fullmatch(key):
            grant = grants[exception[1]]
            rules = list(grant.exceptions)
            value_of: dict[str, Any] = {exception[3]: new}
            rules[int(exception[2])] = attrs.evolve(rules[int(exception[2])], **value_of)
            grants[grant.id] = attrs.evolve(grant, exceptions=tuple(rules))
        elif found := _GRANT.fullmatch(key):
            value_of = {found[2]: new}
            grants[found[1]] = attrs.evolve(grants[found[1]], **value_of)
    # The policy's own checks refuse what the new values make inconsistent (a share above 1, …).
    return attrs.evolve(policy, grants=tuple(grants.values()))
