"""The information dimension (thông tin): telecommunication services, and devices for reaching information.

Each rule is one block: its parameters class (the thresholds it reads, typed), its functions, and the rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from giamngheo._facts import Device, Member
from giamngheo._text import Text
from giamngheo.rules._logic import _NO_MEMBERS, _NOT, _no_member
from giamngheo.rules._phrases import _labels, _vi_en
from giamngheo.rules._rule import DEPRIVED, UNDETERMINED, NoParams, Raw, Rule, rule

if TYPE_CHECKING:
    from giamngheo.rules import Context

__all__ = [
    "NO_INFORMATION_ASSET_NOR_LOUDSPEAKER",
    "NO_MEMBER_USES_INTERNET",
    "NO_MEMBER_USES_PHONE_OR_INTERNET",
    "OWNS_NO_LISTED_DEVICE",
    "RULES",
    "AssetsParams",
    "DevicesParams",
]


def _no_member_describe(what: Text) -> Callable[[NoParams, Context, Raw, str], str]:
    def describe(_p: NoParams, _c: Context, raw: Raw, lang: str) -> str:
        if raw[0] == DEPRIVED:
            return _vi_en(lang, f"Không thành viên nào {what.vi}.", f"No member {what.en}.")
        return _vi_en(lang, f"Có thành viên {what.vi}.", f"A member {what.en}.")

    return describe


# --- no_member_uses_internet -----------------------------------------------------------------------------------


def _internet_evaluate(_p: NoParams, c: Context) -> Raw:
    members = c.members
    if members is None:
        return _NO_MEMBERS
    for m in members:  # the common case, written out: someone uses the internet
        if m.uses_internet is True:
            return _NOT
    return _no_member(c, lambda m: m.uses_internet, ("uses_internet",))


#: Deprived if no member uses internet services; no threshold.
NO_MEMBER_USES_INTERNET = rule(
    "no_member_uses_internet",
    NoParams,
    ("members.uses_internet",),
    _internet_evaluate,
    _no_member_describe(Text("sử dụng dịch vụ internet", "uses internet services")),
)


# --- no_member_uses_phone_or_internet --------------------------------------------------------------------------


def _phone_or_internet(m: Member) -> bool | None:
    if m.uses_phone is True or m.uses_internet is True:
        return True
    if m.uses_phone is False and m.uses_internet is False:
        return False
    return None


def _telecom_2016_evaluate(_p: NoParams, c: Context) -> Raw:
    return _no_member(c, _phone_or_internet, ("uses_phone", "uses_internet"))


#: Deprived if no member uses a telephone subscription or the internet; no threshold.
NO_MEMBER_USES_PHONE_OR_INTERNET = rule(
    "no_member_uses_phone_or_internet",
    NoParams,
    ("members.uses_phone", "members.uses_internet"),
    _telecom_2016_evaluate,
    _no_member_describe(
        Text("sử dụng thuê bao điện thoại hoặc internet", "uses a telephone subscription or the internet")
    ),
)


# --- owns_no_listed_device -------------------------------------------------------------------------------------


@attrs.frozen
class DevicesParams:
    """Deprived if the household owns none of the :attr:`devices`.

    Attributes:
        devices: The devices for reaching information that count.
    """

    devices: frozenset[Device]


def _devices_evaluate(p: DevicesParams, c: Context) -> Raw:
    d = c.dwelling
    if d is None or d.devices is None:
        return (UNDETERMINED, (), ("dwelling.devices",))
    return _NOT if d.devices & p.devices else (DEPRIVED, (), ())


def _devices_describe(p: DevicesParams, c: Context, raw: Raw, lang: str) -> str:
    assert c.dwelling is not None  # noqa: S101
    assert c.dwelling.devices is not None  # noqa: S101
    listed = _labels(p.devices, lang)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang, f"Hộ không có phương tiện nào trong số: {listed}.", f"The household owns none of: {listed}."
        )
    owned = _labels(c.dwelling.devices & p.devices, lang)
    return _vi_en(lang, f"Hộ có: {owned}.", f"The household owns: {owned}.")


OWNS_NO_LISTED_DEVICE = rule(
    "owns_no_listed_device", DevicesParams, ("dwelling.devices",), _devices_evaluate, _devices_describe
)


# --- no_information_asset_nor_loudspeaker ----------------------------------------------------------------------


@attrs.frozen
class AssetsParams:
    """Deprived if the household owns none of the :attr:`devices` and cannot hear the loudspeakers.

    Attributes:
        devices: The information assets that count.
    """

    devices: frozenset[Device]


def _assets_2016_evaluate(p: AssetsParams, c: Context) -> Raw:
    d = c.dwelling
    if d is None:
        return (UNDETERMINED, (), ("dwelling.devices", "dwelling.hears_loudspeaker"))
    has_asset = None if d.devices is None else bool(d.devices & p.devices)
    hears = d.hears_loudspeaker
    if has_asset is True or hears is True:
        return _NOT
    if has_asset is False and hears is False:
        return (DEPRIVED, (), ())
    missing = tuple(f for f, x in (("dwelling.devices", has_asset), ("dwelling.hears_loudspeaker", hears)) if x is None)
    return (UNDETERMINED, (), missing)


def _assets_2016_describe(p: AssetsParams, _c: Context, raw: Raw, lang: str) -> str:
    listed = _labels(p.devices, lang)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"Hộ không có tài sản nào trong số ({listed}) và không nghe được loa đài truyền thanh xã/thôn.",
            f"The household owns none of ({listed}) and cannot hear the commune/village loudspeakers.",
        )
    return _vi_en(
        lang,
        f"Hộ có tài sản trong số ({listed}) hoặc nghe được loa đài truyền thanh.",
        f"The household owns one of ({listed}) or hears the loudspeakers.",
    )


NO_INFORMATION_ASSET_NOR_LOUDSPEAKER = rule(
    "no_information_asset_nor_loudspeaker",
    AssetsParams,
    ("dwelling.devices", "dwelling.hears_loudspeaker"),
    _assets_2016_evaluate,
    _assets_2016_describe,
)

#: The rules of the dimension, in the order of the legal text.
RULES: tuple[Rule, ...] = (
    NO_MEMBER_USES_INTERNET,
    NO_MEMBER_USES_PHONE_OR_INTERNET,
    OWNS_NO_LISTED_DEVICE,
    NO_INFORMATION_ASSET_NOR_LOUDSPEAKER,
)
