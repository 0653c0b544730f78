"""The converter of giamngheo's JSON documents (cattrs): exact fractions, tagged values, rules and policies by name."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from giamngheo import _facts
from giamngheo._errors import InvalidInput
from giamngheo._legal import Citation, Cited
from giamngheo._model import Rule, Text, Threshold
from giamngheo._numbers import exact_number
from giamngheo._policy import Policy
from giamngheo.rules import RULES

if TYPE_CHECKING:
    import cattrs

__all__ = ["make_converter"]

_T = TypeVar("_T")


#: Enumerations that thresholds hold sets of, by the name used in ``type`` tags.
_ENUMS: dict[str, type[enum.Enum]] = {
    e.__name__: e
    for e in (
        _facts.Device,
        _facts.Education,
        _facts.Employment,
        _facts.Latrine,
        _facts.Material,
        _facts.Nutrition,
        _facts.Sex,
        _facts.WaterSource,
    )
}

_CONVERTERS: list[cattrs.Converter] = []


def _check_indent(indent: object) -> None:
    """An indent of JSON output: ``None`` or a number of spaces."""
    if indent is not None and (type(indent) is not int or not 0 <= indent <= 100):
        raise InvalidInput("indent", f"None or a number of spaces from 0 to 100, got {indent!r}"[:300])


def _fraction_to_str(value: Fraction) -> str:
    return str(value)


def _str_to_fraction(value: object, _: object) -> Fraction:
    # A Decimal comes from JSON read with parse_float=Decimal (see household_from_json): exact, so accepted.
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise InvalidInput("fraction", f"an exact number is a string like '2050000/3' or '35.5', got {value!r}")
    try:
        return exact_number(value, "fraction")
    except InvalidInput:
        raise
    except (ValueError, ZeroDivisionError):
        raise InvalidInput(
            "fraction", f"an exact number is a string like '2050000/3' or '35.5', got {value!r}"
        ) from None


def _is_frozenset(type_: object) -> bool:
    return getattr(type_, "__origin__", type_) is frozenset


def _sorted_values(items: frozenset[Any]) -> list[Any]:
    """A set as a sorted list; enumeration members become their values first."""
    return sorted(i.value if isinstance(i, enum.Enum) else i for i in items)


def _rule_from_name(value: object, _: object) -> Rule:
    if not isinstance(value, str) or value not in RULES:
        raise InvalidInput("rule", f"unknown rule {value!r}; known: {', '.join(sorted(RULES))}")
    return RULES[value]


def _tag(value: object) -> tuple[str, Any]:
    """A threshold value as ``(type tag, JSON value)``."""
    from giamngheo.law.labour_code_2019 import RetirementSchedule  # noqa: PLC0415

    if isinstance(value, bool):
        return "bool", value
    if isinstance(value, int):
        return "int", value
    if isinstance(value, Fraction):
        return "fraction", str(value)
    if isinstance(value, RetirementSchedule):
        return "retirement_schedule", _converter().unstructure(value)
    if isinstance(value, frozenset):
        kinds = {type(v) for v in value}
        if len(kinds) == 1:
            (kind,) = kinds
            if kind.__name__ in _ENUMS:
                return f"set:{kind.__name__}", _sorted_values(value)
    raise InvalidInput("threshold", f"cannot serialise a threshold value {value!r}")


def _untag(tag: object, value: object) -> object:
    from giamngheo.law.labour_code_2019 import RetirementSchedule  # noqa: PLC0415

    if tag == "bool" and isinstance(value, bool):
        return value
    if tag == "int" and type(value) is int:
        return value
    if tag == "fraction":
        return _str_to_fraction(value, Fraction)
    if tag == "retirement_schedule":
        return _converter().structure(value, RetirementSchedule)
    if isinstance(tag, str) and tag.startswith("set:") and tag[4:] in _ENUMS and isinstance(value, list):
        kind = _ENUMS[tag[4:]]
        return frozenset(kind(v) for v in value)
    raise InvalidInput("threshold", f"cannot read a threshold value {value!r} of type {tag!r}")


def _threshold_to_dict(threshold: Threshold) -> dict[str, Any]:
    tag, value = _tag(threshold.value.value)
    c = _converter()
    return {
        "key": threshold.key,
        "label": c.unstructure(threshold.label),
        "type": tag,
        "value": value,
        "citation": c.unstructure(threshold.value.citation),
    }


def _threshold_from_dict(data: Any, _: object) -> Threshold:  # noqa: ANN401 - JSON
    c = _converter()
    return Threshold(
        key=data["key"],
        label=c.structure(data["label"], Text),
        value=Cited(_untag(data["type"], data["value"]), c.structure(data["citation"], Citation)),
    )


def make_converter() -> cattrs.Converter:
    """A :class:`cattrs.Converter` configured with giamngheo's JSON type rules (see the module docstring)."""
    import cattrs  # noqa: PLC0415 - imported on first use, to keep `import giamngheo` fast

    converter = cattrs.Converter(forbid_extra_keys=False)
    _configure(converter)
    return converter


def _configure(converter: cattrs.Converter) -> None:
    """Register giamngheo's JSON type rules on ``converter``."""
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    converter.register_unstructure_hook(Fraction, _fraction_to_str)
    converter.register_structure_hook(Fraction, _str_to_fraction)
    converter.register_unstructure_hook_func(_is_frozenset, _sorted_values)
    # By predicate: registering by class would make cattrs resolve Rule's annotations, which name private types.
    converter.register_unstructure_hook_func(lambda t: t is Rule, lambda rule: rule.name)
    converter.register_structure_hook_func(lambda t: t is Rule, _rule_from_name)
    for kind in _ENUMS.values():
        converter.register_structure_hook(kind, _enum_from_value)
    converter.register_structure_hook(bool, _strict_bool)
    converter.register_unstructure_hook(Threshold, _threshold_to_dict)
    converter.register_structure_hook(Threshold, _threshold_from_dict)
    converter.register_unstructure_hook_func(lambda t: t is Policy, _policy_to_ref)
    converter.register_structure_hook_func(lambda t: t is Policy, _policy_from_ref)


def _converter() -> cattrs.Converter:
    if not _CONVERTERS:
        _CONVERTERS.append(make_converter())
    return _CONVERTERS[0]


#: Types whose values JSON holds as they are.
_AS_IS = frozenset({bool, int, str})


@functools.cache
def _plain_defaults(cls: type) -> dict[str, Any]:
    return {f.name: f.default for f in _fields(cls) if not isinstance(f.default, attrs.Factory)}  # type: ignore[arg-type]


@functools.cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in _fields(cls))


def _policy_to_ref(policy: Policy) -> dict[str, str]:
    # A policy's conditions are functions: it is written as its id (and, for the reader, its legal basis).
    return {"id": policy.id, "basis": policy.basis.render("en")}


def _policy_id(value: object) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise InvalidInput("policy", f'a policy is written as {{"id": …}}, got {value!r}')
    return cast("str", value["id"])


def _policy_from_ref(value: object, _: object) -> Policy:
    from giamngheo._entitlements import policy  # noqa: PLC0415 - the registry imports every policy module

    return policy(_policy_id(value))


@functools.cache
def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    """The fields of an attrs class that ``__init__`` takes, with their types resolved."""
    attrs.resolve_types(cls)
    return tuple(f for f in attrs.fields(cls) if f.init)


@functools.cache
def _defaults(cls: type) -> dict[str, Any]:
    """The JSON form of each plain default of an attrs class (a factory that reads the instance is not one)."""
    c = _converter()
    return {
        f.name: c.unstructure(f.default, f.type)
        for f in _fields(cls)
        if f.default is not attrs.NOTHING and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
    }


def _pruned(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the keys whose value is the field's default: a reader gets the default back."""
    defaults = _defaults(cls)
    return {k: v for k, v in data.items() if k not in defaults or v != defaults[k]}


def _structure_fields(cls: type[_T], data: dict[str, Any], given: dict[str, Any]) -> _T:
    """An attrs instance from its JSON object, field by field; ``given`` fields are taken as they are."""
    c = _converter()
    kwargs = dict(given)
    for f in _fields(cast("type", cls)):
        if f.name not in given and f.name in data:
            kwargs[cast("str", f.alias)] = c.structure(data[f.name], cast("type", f.type))
    return cls(**kwargs)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_str_set(type_: object) -> bool:
    return getattr(type_, "__origin__", None) is frozenset and getattr(type_, "__args__", None) == (str,)


def _str_set(value: object, _: object) -> frozenset[str]:
    if isinstance(value, str):  # "water;telecom", as in CSV files
        return frozenset(part.strip() for part in value.split(";") if part.strip())
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"a list of indicator ids, got {value!r}")
    return frozenset(value)


def _reason(error: BaseException, _: object) -> str:
    import cattrs  # noqa: PLC0415

    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return "unknown field(s): " + ", ".join(sorted(error.extra_fields))
    if isinstance(error, InvalidInput):
        return error.reason
    if isinstance(error, KeyError):
        return "required"
    return str(error) or type(error).__name__


def _strict_bool(value: object, _: object) -> bool:
    # cattrs would call bool(), turning "no" into True: a yes/no fact must be a JSON true or false.
    if not isinstance(value, bool):
        raise ValueError(f"must be true, false or null (unknown), got {value!r}")  # noqa: TRY004 - cattrs reports it
    return value


def _enum_from_value(value: object, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        valid = ", ".join(repr(m.value) for m in kind)
        raise ValueError(f"unknown value {value!r}; use one of {valid} (or null: unknown)") from None
