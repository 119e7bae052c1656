"""/api/... (the REST API) and /settings/api/ (the page that makes and revokes tokens)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, URLResolver, path, re_path

from pursuit.api.auth import SAFE_METHODS
from pursuit.api.main import api
from pursuit.api.views import token_revoke_view, tokens
from pursuit.common.pagecache import renew


def _api_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Finish what ninja leaves undone around each API view:

    - its 405 is plain text: answered as JSON like every other error;
    - a successful write renews the user's cached pages (`common.pagecache`), as every signed-in
      POST of the web app does, so Today shows at once what a script changed.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code == 405:
            allowed = response.get("Allow", "")
            response = JsonResponse({"detail": f"method not allowed here; use {allowed}"},
                                    status=405)
            response["Allow"] = allowed
        elif request.method not in SAFE_METHODS and response.status_code < 400:
            user = getattr(request, "auth", None)
            if user is not None:
                renew(user)
        return response

    return wrapper


def _wrapped(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    out: list[URLPattern | URLResolver] = []
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = _api_view(pattern.callback)
        out.append(pattern)
    return out


def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any other address under /api/: a JSON 404, not the HTML page of the web app."""
    return JsonResponse({"detail": "no such API endpoint: see /api/docs"}, status=404)


_patterns, _app_name, _namespace = api.urls

urlpatterns = [
    path("api/", (_wrapped(_patterns), _app_name, _namespace)),
    re_path(r"^api/(?P<rest>.*)$", not_found, name="api_not_found"),
    path("settings/api/", tokens, name="api_tokens"),
    path("settings/api/<int:token_id>/revoke/", token_revoke_view, name="api_token_revoke"),
]
