"""Rendered pages cached per user, so Today and the board answer fast under load.

A page is cached for at most a minute, keyed by the user, the local minute (so "due by 9:00
today" and overdue flags are never more than a minute old) and the user's stamp
(`accounts.stamp`), which every write of the user's data renews: signed-in POSTs of the web app
(`common.http.member`), the API's writes, re-plans and the worker's sent messages. What the
user does shows at once; the same stamp also tells every server process that its copy of the
user's row is stale, and the session backend has already read it for this request.

The cache must be shared by the server's processes (settings: a file cache in PURSUIT_HOME):
a stamp renewed by one worker is seen by the others.

Each process also keeps the last page it served of each user and page name, under its full
key: the key names the stamp and the minute, so that copy is exactly what the shared cache
holds under the same key, and it saves reading and unpacking the page on every request.

A cached page holds forms: it is rendered with a placeholder instead of the CSRF token, and the
token of the current request is put in on the way out. A request with messages to show (after
a redirect) is rendered afresh and not cached.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from pursuit.accounts import stamp
from pursuit.accounts.models import User

CSRF_PLACEHOLDER = "pursuit-csrf-placeholder"
TTL_SECONDS = 60
_KEPT_LIMIT = 1000  # pages kept per process; beyond that, start over

# (page name, user id) -> (full key, the page's bytes cut at each CSRF placeholder)
_kept: dict[tuple[str, Any], tuple[str, list[bytes]]] = {}


def _version_key(user: User) -> str:
    return stamp.key(user.pk)


def renew(user: User) -> None:
    """Invalidate every cached body of this user (and every process's copy of their row)."""
    stamp.renew(user.pk)
    stamp.attach(user, None)


def cached_page(request: HttpRequest, user: User, name: str, template: str,
                context: Callable[[], dict[str, Any]]) -> HttpResponse:
    """`template` rendered with `context()`, from the cache when it is fresh."""
    if len(messages.get_messages(request)):
        return render(request, template, context())
    version = stamp.of(user)
    minute = timezone.now().astimezone(ZoneInfo(user.timezone)).strftime("%Y%m%d%H%M")
    # date_joined tells apart two accounts that got the same id (a database made anew).
    joined = int(user.date_joined.timestamp())
    key = f"pursuit:{name}:{user.pk}:{joined}:{version}:{user.timezone}:{minute}"
    kept = _kept.get((name, user.pk))
    if kept is not None and kept[0] == key:
        parts = kept[1]
    else:
        page = cache.get(key)
        if page is None:
            # No context processors here: what the page needs of the request is passed in.
            page = render_to_string(template, {
                **context(), "request": request, "user": user, "csrf_token": CSRF_PLACEHOLDER})
            cache.set(key, page, TTL_SECONDS)
        parts = page.encode().split(CSRF_PLACEHOLDER.encode())
        if len(_kept) >= _KEPT_LIMIT:
            _kept.clear()
        _kept[(name, user.pk)] = (key, parts)
    # The page is our own template's output (every value in it was escaped when it was
    # rendered); only the token, a URL-safe string, is put in.
    return HttpResponse(get_token(request).encode().join(parts))
