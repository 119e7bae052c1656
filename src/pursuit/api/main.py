"""The REST API: one NinjaAPI with the routers, the two ways in, and every error as JSON.

Docs: /api/docs (Swagger UI from ninja's own static files: "ninja" is in INSTALLED_APPS, so no
CDN is used; the page runs no inline script, so the app's CSP holds unchanged), schema:
/api/openapi.json (OpenAPI 3.1).
"""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger

from pursuit.api import applications, contacts, events, letters, rounds, touches
from pursuit.api.auth import SessionAuth, TokenAuth
from pursuit.core.errors import BadInput, PursuitError

log = logging.getLogger(__name__)

DESCRIPTION = """\
Your job search as JSON: contacts, applications, rounds, touches, events and letters.

**Authentication**: `Authorization: Bearer <token>` with a personal access token (Settings →
API). A *read* token may only GET; a *read-write* token may also change data. A signed-in
browser works too (unsafe methods then need the `X-CSRFToken` header).

**Pagination**: lists take `limit` (1 to 200, default 50; above 200 is refused with 422, not
clamped) and `offset`, and answer `{"items": [...], "count": total, "limit", "offset"}`.

**Errors** are JSON: `{"detail": "..."}`; a refused value also names its `field` (400);
invalid input is 422 with `detail` listing each problem. Another user's object is a 404,
exactly like one that does not exist.

**Time zones** are the zones the pages offer (a place's IANA name, such as `America/Chicago`,
or `UTC`). An older alias is stored as the zone it stands for (`Asia/Calcutta` as
`Asia/Kolkata`, `US/Central` as `America/Chicago`); any other name is refused with a 400
naming the field.
"""



class _Docs(Swagger):
    """ninja's Swagger UI page with what it lacks: the page's language (for screen readers)
    and a viewport, so that it fits a phone (api/swagger.html, api/docs.css)."""

    template = "api/swagger.html"


api = NinjaAPI(
    title="Pursuit API", version="1", description=DESCRIPTION, urls_namespace="api",
    auth=[TokenAuth(), SessionAuth()], docs=_Docs(),
)
for module in (contacts, applications, rounds, touches, events, letters):
    api.add_router("", module.router)


@api.exception_handler(BadInput)
def _bad_input(request: HttpRequest, exc: BadInput) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message, "field": exc.where}, status=400)


@api.exception_handler(PursuitError)
def _pursuit_error(request: HttpRequest, exc: PursuitError) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc), "field": None}, status=400)


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    # A bug still answers JSON (clients parse every body); the traceback goes to the log.
    log.exception("API error on %s %s", request.method, request.path)
    return api.create_response(request, {"detail": "internal error: see the server log"},
                               status=500)
