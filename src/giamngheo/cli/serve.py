"""The command ``serve``: the web service and the officer's page (needs ``giamngheo[web]``)."""

from __future__ import annotations

import argparse

from giamngheo._errors import MissingExtra
from giamngheo.cli._common import EXIT_OK, positive

__all__ = ["add_parsers"]


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn  # noqa: PLC0415 - the web extra

        import giamngheo.web  # noqa: F401, PLC0415 - checks that the application can be imported
    except ImportError:
        msg = 'the web service needs its extra: pip install "giamngheo[web]"'
        raise MissingExtra(msg) from None
    uvicorn.run(
        "giamngheo.web:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        # Python's own event loop: with uvloop, a few of 64 connections to one worker waited about a second.
        loop="asyncio",
        log_level="warning" if args.quiet else "info",
        access_log=not args.quiet,
        server_header=False,
    )
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The command ``serve``."""
    p = sub.add_parser(
        "serve",
        help="run the web service and the officer's page (giamngheo[web])",
        description="Serve the JSON API under /v1, its OpenAPI document at /openapi.json and the officer's page at "
        "/. Nothing is stored and no request body is logged. Listens on loopback by default: to serve others, put "
        "it behind a reverse proxy that terminates TLS (see docs/how-to/use-from-another-language.md).",
    )
    p.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1, loopback only)")
    p.add_argument("--port", type=int, default=8000, help="the port (default 8000)")
    p.add_argument("--workers", type=positive, default=1, help="worker processes (default 1)")
    p.add_argument("--quiet", action="store_true", help="no access log (method, path and status of each request)")
    p.set_defaults(func=_cmd_serve)
