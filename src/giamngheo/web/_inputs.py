"""What a request gives: its body read within the limits, its query parameters checked, each error a problem.

The limits are enforced before anything is parsed: the body's size (from ``Content-Length`` when it is sent, and
while it is read), then, in the one JSON reader of the library, the depth, digits and number of members
(:func:`giamngheo.input_limits`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from giamngheo._json import loads as load_json
from giamngheo._text import LANGS
from giamngheo.web._problems import Problem

if TYPE_CHECKING:
    from starlette.requests import Request

__all__ = ["VIETNAM", "json_body", "lang", "on", "read_body", "today"]

#: Việt Nam's time (UTC+7, no daylight saving): the date a request without ``on`` is assessed on.
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")


def today() -> dt.date:
    """Today's date in Việt Nam."""
    return dt.datetime.now(VIETNAM).date()


def on(request: Request) -> dt.date:
    """The query's ``on`` (an ISO date, ``2025-06-30``); today in Việt Nam if it is not given."""
    given = request.query_params.get("on")
    if given is None:
        return today()
    try:
        return dt.date.fromisoformat(given)
    except ValueError:
        shown = given[:40]
        raise Problem(
            400,
            "invalid-query",
            "A query parameter is wrong",
            f"on: an ISO date (2025-06-30), got {shown!r}",
            field="on",
        ) from None


def lang(request: Request) -> str:
    """The query's ``lang``: ``vi`` (the default) or ``en``."""
    given = request.query_params.get("lang", "vi")
    if given not in LANGS:
        detail = f"lang: 'vi' or 'en', got {given[:20]!r}"
        raise Problem(400, "invalid-query", "A query parameter is wrong", detail, field="lang")
    return given


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to be longer than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> Problem:
    detail = f"the body is longer than {limit:,} bytes (the service's limit)"
    return Problem(413, "body-too-large", "The request body is too large", detail, limit=limit)


async def json_body(request: Request, limit: int) -> dict[str, Any]:
    """The body as a JSON object, read within ``limit`` bytes and the library's input limits."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in {"application/json", ""} and not kind.endswith("+json"):
        detail = f"send JSON (Content-Type: application/json), got {kind[:60]!r}"
        raise Problem(415, "unsupported-media-type", "The body is not JSON", detail)
    body = await read_body(request, limit)
    try:
        data = load_json(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise Problem(400, "malformed-json", "The body is not valid JSON", f"not valid JSON: {error}"[:300]) from None
    if not isinstance(data, dict):
        detail = f"the body is a JSON object, got {type(data).__name__}"
        raise Problem(400, "malformed-json", "The body is not a JSON object", detail)
    return data
