"""The ASGI application: the routes, the problem documents of every error, CORS, the officer's page.

Household data is personal data (Nghị định 13/2023/NĐ-CP on the protection of personal data): the service stores
nothing, and its own log lines carry the method, the path and the status, never a body, a query string or a
household id. An upload to ``/v1/batch`` is written to a temporary directory that is removed when the answer has
been sent.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from giamngheo._errors import GiamngheoError
from giamngheo.web._endpoints import Endpoints
from giamngheo.web._inputs import on
from giamngheo.web._openapi import openapi
from giamngheo.web._problems import MEDIA_TYPE, Problem, from_error
from giamngheo.web._settings import Settings

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["create_app"]

LOG = logging.getLogger("giamngheo.web")
_STATIC = resources.files("giamngheo.web") / "static"


def _problem(problem: Problem) -> Response:
    return JSONResponse(problem.document(), status_code=problem.status, media_type=MEDIA_TYPE)


async def _on_problem(_: Request, error: Exception) -> Response:
    assert isinstance(error, Problem)  # noqa: S101 - registered for Problem only
    return _problem(error)


async def _on_library_error(_: Request, error: Exception) -> Response:
    assert isinstance(error, GiamngheoError)  # noqa: S101
    return _problem(from_error(error))


async def _on_http(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)  # noqa: S101
    kinds = {404: ("not-found", "Not found"), 405: ("method-not-allowed", "Method not allowed")}
    kind, title = kinds.get(error.status_code, ("http-error", "HTTP error"))
    detail = f"{request.method} {request.url.path[:100]}: {title.lower()}"
    response = _problem(Problem(error.status_code, kind, title, detail))
    if error.headers:
        response.headers.update(error.headers)
    return response


class _Contain:
    """Answer any unexpected error with a problem document, and let no traceback reach the server's log.

    Starlette's outermost layer re-raises what it answered, for the server to log with its traceback, whose
    message may quote a household: this layer, inside it, answers and stops the error there. Its own log line
    names the kind of error and the route, never the message.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as error:  # noqa: BLE001 - every error is answered, none escapes
            # No traceback, on purpose: its message and frames may hold a household's facts.
            where = f"{scope.get('method')} {scope.get('path', '')[:100]}"
            LOG.error("internal error %s on %s", type(error).__name__, where)  # noqa: TRY400
            if not started:
                problem = Problem(
                    500, "internal-error", "Internal error", "the service failed to answer; nothing was stored"
                )
                await _problem(problem)(scope, receive, send)


def create_app(settings: Settings | None = None, **options: Any) -> Starlette:  # noqa: ANN401
    """The ASGI application of the service.

    Args:
        settings: The limits and CORS origins (see :class:`Settings`); or give its fields as keywords.
        **options: The fields of :class:`Settings`, if ``settings`` is not given.

    Returns:
        A Starlette application: run it with any ASGI server (``uvicorn giamngheo.web:app``).
    """
    chosen = settings if settings is not None else Settings(**options)
    endpoints = Endpoints(chosen)

    async def openapi_document(_: Request) -> Response:
        return JSONResponse(openapi())

    async def page(_: Request) -> Response:
        return HTMLResponse((_STATIC / "index.html").read_text("utf-8"))

    async def batch(request: Request) -> Response:
        return await _batch(request, chosen)

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/openapi.json", openapi_document, methods=["GET"]),
        Route("/v1/assess", endpoints.assess, methods=["POST"]),
        Route("/v1/entitlements", endpoints.entitlements, methods=["POST"]),
        Route("/v1/compare", endpoints.compare, methods=["POST"]),
        Route("/v1/review/score", endpoints.review_score, methods=["POST"]),
        Route("/v1/standards", endpoints.standards, methods=["GET"]),
        Route("/v1/sources", endpoints.sources, methods=["GET"]),
        Route("/v1/jurisdictions", endpoints.jurisdictions, methods=["GET"]),
        Route("/v1/units/{code}", endpoints.unit, methods=["GET"]),
        Route("/v1/calendar/{year}", endpoints.calendar, methods=["GET"]),
        Route("/v1/schemas/{name}", endpoints.schema, methods=["GET"]),
        Route("/v1/form", endpoints.form, methods=["GET"]),
        Route("/v1/health", endpoints.health, methods=["GET"]),
        Route("/v1/batch", batch, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(_STATIC)), name="static"),
    ]
    middleware = [Middleware(_Contain)]
    if chosen.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(chosen.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type"],
            )
        )
    handlers: dict[Any, Any] = {
        Problem: _on_problem,
        GiamngheoError: _on_library_error,
        HTTPException: _on_http,
    }
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)


async def _batch(request: Request, settings: Settings) -> Response:
    """``POST /v1/batch``: a register's files (CSV, XLSX, Parquet or JSON Lines) in, its results out."""
    from starlette.concurrency import run_in_threadpool  # noqa: PLC0415

    date = on(request)
    output_format = request.query_params.get("format") or "csv"
    if output_format not in {"csv", "jsonl"}:
        detail = f"format: 'csv' or 'jsonl', got {output_format[:20]!r}"
        raise Problem(400, "invalid-query", "A query parameter is wrong", detail, field="format")
    kind = request.headers.get("content-type", "")
    if not kind.startswith("multipart/form-data"):
        raise Problem(415, "unsupported-media-type", "Send the files as multipart/form-data",
                      "give the households file (and the members file) as multipart/form-data fields")  # fmt: skip
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > settings.max_upload_bytes:
        raise Problem(413, "body-too-large", "The upload is too large",
                      f"the upload is longer than {settings.max_upload_bytes:,} bytes", limit=settings.max_upload_bytes)  # fmt: skip
    directory = Path(tempfile.mkdtemp(prefix="giamngheo-web-"))
    try:
        paths = await _save_uploads(request, directory, settings.max_upload_bytes)
        place = request.query_params.get("jurisdiction") or "VN"
        output = directory / f"results.{output_format}"
        await run_in_threadpool(_assess_files, paths, output, date, place)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    media = "text/csv; charset=utf-8" if output_format == "csv" else "application/x-ndjson"
    return FileResponse(output, media_type=media, filename=f"results.{output_format}",
                        background=BackgroundTask(shutil.rmtree, directory, ignore_errors=True))  # fmt: skip


async def _save_uploads(request: Request, directory: Path, limit: int) -> dict[str, Path]:
    from giamngheo.batch._readers import FORMATS  # noqa: PLC0415 - the batch extra, imported when used

    try:
        form = await request.form(max_files=2, max_fields=4, max_part_size=limit)
    except Exception as error:  # noqa: BLE001 - any malformed multipart body is the client's problem
        raise Problem(
            400,
            "malformed-upload",
            "The upload cannot be read",
            f"{type(error).__name__}: the multipart body is malformed",
        ) from None
    paths: dict[str, Path] = {}
    total = 0
    for field in ("households", "members"):
        upload = form.get(field)
        if upload is None or isinstance(upload, str):
            if field == "households":
                raise Problem(422, "invalid-input", "Input the law cannot be applied to",
                              "households: give the households file", field="households")  # fmt: skip
            continue
        suffix = Path(upload.filename or "").suffix.lower()
        if suffix not in FORMATS:
            detail = f"{field}: a file ending in {', '.join(FORMATS)}, got {suffix[:20] or 'no suffix'!r}"
            raise Problem(422, "invalid-input", "Input the law cannot be applied to", detail, field=field)
        path = directory / f"{field}{suffix}"
        with path.open("wb") as out:
            while chunk := await upload.read(1 << 20):
                total += len(chunk)
                if total > limit:
                    raise Problem(413, "body-too-large", "The upload is too large",
                                  f"the upload is longer than {limit:,} bytes", limit=limit)  # fmt: skip
                out.write(chunk)
        paths[field] = path
    await form.close()
    return paths


def _assess_files(paths: dict[str, Path], output: Path, date: Any, place: str) -> None:  # noqa: ANN401
    from giamngheo._jurisdictions import standard_in_force  # noqa: PLC0415
    from giamngheo.batch._pipeline import assess_files  # noqa: PLC0415
    from giamngheo.batch._readers import open_table  # noqa: PLC0415

    households = open_table(paths["households"], "households")
    members = open_table(paths["members"], "members") if "members" in paths else None
    assess_files(
        households, members, output, on=date, standard=standard_in_force(on=date, jurisdiction=place), bom=False
    )
