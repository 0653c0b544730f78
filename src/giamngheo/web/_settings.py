"""The service's settings: its limits and who may call it from a browser."""

from __future__ import annotations

import attrs

__all__ = ["Settings"]


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        from giamngheo._errors import InvalidInput  # noqa: PLC0415

        raise InvalidInput(attribute.name, f"a whole number of at least 1, got {value!r}"[:200])


@attrs.frozen
class Settings:
    """What :func:`giamngheo.web.create_app` is built with.

    Attributes:
        max_body_bytes: The largest JSON body accepted (1 MiB by default); a longer one is refused with 413 before
            it is parsed.
        max_upload_bytes: The largest upload to ``/v1/batch`` (64 MiB by default).
        max_households: The most households in one JSON request (1,000 by default).
        cors_origins: The origins browsers may call the service from (none by default: same origin only);
            ``("*",)`` allows any.
    """

    max_body_bytes: int = attrs.field(default=1 << 20, validator=_positive)
    max_upload_bytes: int = attrs.field(default=64 << 20, validator=_positive)
    max_households: int = attrs.field(default=1000, validator=_positive)
    cors_origins: tuple[str, ...] = attrs.field(default=(), converter=tuple)
