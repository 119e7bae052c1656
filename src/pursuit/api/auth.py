"""Who is calling: a personal access token (Bearer) or the browser's session.

Both answer with the user. A read-only token is refused on any method that changes data, here
in one place rather than in each endpoint, so a new endpoint cannot forget it.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from pursuit.accounts.models import User
from pursuit.api.services import token_authenticate

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class TokenAuth(HttpBearer):
    """`Authorization: Bearer pst_...`."""

    def authenticate(self, request: HttpRequest, token: str) -> User:
        found = token_authenticate(token)
        if found is None:
            # A wrong or revoked token is a 401 at once: falling through to the session would
            # let a script with a dead token act as whoever is signed in in that browser.
            raise AuthenticationError()
        if request.method not in SAFE_METHODS and not found.can_write:
            raise HttpError(403, "this token is read-only: make a read-write token to change data")
        request.access_token = found  # type: ignore[attr-defined]
        return found.owner


class SessionAuth(APIKeyCookie):
    """The signed-in browser (the docs page's "Try it out"). Unsafe methods need the CSRF
    token, as on every form of the app: the session cookie is sent by the browser on its own."""

    param_name = "sessionid"
    csrf = True

    def __init__(self) -> None:
        from django.conf import settings

        self.param_name = settings.SESSION_COOKIE_NAME
        super().__init__(csrf=True)

    def _get_key(self, request: HttpRequest) -> str | None:
        # ninja's cookie auth checks CSRF before it knows whether anybody is signed in, which
        # would answer an anonymous POST with 403 instead of 401. The check only matters when
        # the session would authenticate, so it runs in `authenticate`.
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = request.user
        if not user.is_authenticated:
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise HttpError(403, "CSRF check failed: send the X-CSRFToken header")
        return user
