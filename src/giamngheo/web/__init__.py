"""giamngheo as a web service: the rules for portals not written in Python, and a page for the officers.

Needs the extra ``giamngheo[web]``. Run it with ``giamngheo serve`` or any ASGI server::

    giamngheo serve --port 8000                 # loopback only, one worker
    uvicorn giamngheo.web:app --workers 2       # the same application

Every endpoint is under ``/v1``, takes and answers JSON (``on=`` and ``lang=`` as query parameters where they
apply) and answers an error as a problem document (RFC 9457). ``GET /openapi.json`` describes them all;
``GET /`` is the officer's page. Nothing is stored and no request body reaches the logs. See
``docs/how-to/use-from-another-language.md``.
"""

from __future__ import annotations

from giamngheo.web._app import create_app
from giamngheo.web._settings import Settings

__all__ = ["Settings", "app", "create_app"]

#: The application with the default settings: what ``uvicorn giamngheo.web:app`` serves.
app = create_app()
