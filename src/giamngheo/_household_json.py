"""A household as JSON: written with only the facts known, read back with every field checked and named by its path."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from giamngheo._converter import _ISO_DATE, _check_indent, _configure, _converter, _is_str_set, _reason, _str_set
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._facts import Dwelling, Member
from giamngheo._household import Household
from giamngheo._json import loads as load_json
from giamngheo._numbers import current_limits

if TYPE_CHECKING:
    from pathlib import Path

    import cattrs


__all__ = ["household_documents", "household_from_data", "household_from_json", "household_to_json", "households_from_data"]

def household_to_json(household: Household, *, indent: int | None = None) -> str:
    """A household as JSON: the object :func:`household_from_json` reads.

    The schema is that of the ``household`` of an assessment document; unknown facts are ``null``.
    """
    if not isinstance(household, Household):
        raise InvalidInput("household", f"a giamngheo.Household, got {type(household).__name__}")
    _check_indent(indent)
    return json.dumps(_converter().unstructure(household), ensure_ascii=False, indent=indent)


def household_from_json(text: str | bytes) -> Household:
    """Read a household from a JSON object (as written by :func:`household_to_json`).

    Decimal numbers (``"floor_area_m2": 35.5``) are read exactly, never as binary floats; absent fields are
    unknown.

    Raises:
        InvalidInput: naming the field as a path (``members[1].employment``) and the household's id.
    """
    try:
        data = load_json(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"not valid JSON: {error}") from None
    return household_from_data(data)


def household_from_data(data: object) -> Household:
    """A household from already-parsed JSON data (a dict); see :func:`household_from_json`."""
    import cattrs  # noqa: PLC0415

    if not isinstance(data, dict):
        raise InvalidInput("household", f"a household is a JSON object, got {type(data).__name__}")
    hid = data.get("id") if isinstance(data.get("id"), str) else None
    members = data.get("members")
    most = current_limits().members
    if isinstance(members, list) and len(members) > most:  # before a million members are built
        reason = f"at most {most:,} members in one household (see gn.input_limits), got {len(members):,}"
        raise InvalidInput("members", reason, hid)
    if data.get("id") is not None and hid is None:  # 12 and "12" are not one id: a register's ids are text
        raise InvalidInput("id", f"a household's id is text (a JSON string), got {data['id']!r}"[:200])
    try:
        return _household_converter().structure(data, Household)
    except cattrs.BaseValidationError as error:
        own = [e for e in error.exceptions if isinstance(e, InvalidInput)]
        if own:  # raised by Household itself: it names its own field
            raise InvalidInput(own[0].field, own[0].why, hid) from None
        path, _, reason = cattrs.transform_error(error, path="", format_exception=_reason)[0].rpartition(" @ ")[::-1]
        raise InvalidInput(path.lstrip(".") or "household", reason, hid) from None
    except (KeyError, ValueError, TypeError) as error:
        raise InvalidInput("household", f"cannot read the household: {error}", hid) from None


def household_documents(path: Path) -> list[Any]:
    """The household objects of a JSON file: a list, or ``{"households": [...]}``, each for :func:`household_from_data`.

    An item that is not an object is returned as it is, so that it fails on its own row.

    Raises:
        InvalidInput: (field ``json``) naming the file, when it cannot be read, is not JSON or holds no list.
    """
    try:
        data = load_json(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("json", f"{path}: not valid JSON: {error}") from None
    except OSError as error:
        raise InvalidInput("json", f"{path}: {error.strerror}") from None
    if isinstance(data, dict) and isinstance(data.get("households"), list):
        data = data["households"]
    if not isinstance(data, list):
        raise InvalidInput("json", f"{path}: expected a list of households, or {{'households': [...]}}")
    return data


def households_from_data(documents: Iterable[object]) -> list[Household | GiamngheoError]:
    """Each document read by :func:`household_from_data`, in order: its household, or the error that stopped it."""
    out: list[Household | GiamngheoError] = []
    for document in documents:
        try:
            out.append(household_from_data(document))
        except GiamngheoError as error:
            out.append(error)
    return out


_HOUSEHOLD_CONVERTERS: list[cattrs.Converter] = []


def _household_converter() -> cattrs.Converter:
    """The converter for households given as input: unknown keys, inexact numbers and wrong shapes are refused."""
    if _HOUSEHOLD_CONVERTERS:
        return _HOUSEHOLD_CONVERTERS[0]
    import cattrs  # noqa: PLC0415

    # structure_attrs_fromdict (below) reads the fields' types, which are strings until resolved.
    attrs.resolve_types(Dwelling)
    strict = cattrs.Converter(forbid_extra_keys=True)
    _configure(strict)
    # Whole numbers, members and the dwelling are given to the constructors as read: their checks are the scalar
    # path's, so that a value is refused in JSON with the words it is refused with in Python and in a register.
    strict.register_structure_hook(int, lambda value, _: value)
    strict.register_structure_hook_func(_is_str_set, _str_set)

    def members(value: object, _: object) -> tuple[Member, ...]:
        if not isinstance(value, list):
            raise ValueError(f"members are a list of member objects, got {type(value).__name__}")  # noqa: TRY004
        listed = []
        for i, member in enumerate(value):
            try:
                listed.append(_member_from_data(member))
            except InvalidInput as error:
                raise InvalidInput(f"members[{i}].{error.field}".rstrip("."), error.why) from None
        return tuple(listed)

    def dwelling(value: object, _: object) -> Dwelling:
        return Dwelling(**_fields_of(value, Dwelling, "dwelling"))

    strict.register_structure_hook_func(lambda t: t == tuple[Member, ...], members)
    strict.register_structure_hook_func(lambda t: t is Dwelling, dwelling)
    _HOUSEHOLD_CONVERTERS.append(strict)
    return strict


def _fields_of(value: object, cls: type[Member | Dwelling], where: str) -> dict[str, Any]:
    """A JSON object's fields for ``cls``: an object, with no key ``cls`` does not have."""
    if not isinstance(value, dict):
        raise InvalidInput(where, f"is a JSON object, got {type(value).__name__}")
    unknown = sorted(set(value) - {field.name for field in attrs.fields(cls)})
    if unknown:
        raise InvalidInput(where, "unknown field(s): " + ", ".join(unknown)[:200])
    return value


def _member_from_data(value: object) -> Member:
    fields = _fields_of(value, Member, "")
    birth = fields.get("birth_date")
    if isinstance(birth, str) and _ISO_DATE.fullmatch(birth):
        with contextlib.suppress(ValueError):  # an impossible day is refused by Member, in its words
            fields = {**fields, "birth_date": dt.date.fromisoformat(birth)}
    return Member(**fields)
