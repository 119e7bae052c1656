"""Sign-in attempts are limited: guessing a password takes forever instead of minutes.

Failures are counted per e-mail and per client address in the shared cache (every web process
sees the same counts), in a fixed window. When either count is over its limit, the password is
not even checked until the window ends.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_SECONDS = 15 * 60
PER_ACCOUNT = 5
PER_ADDRESS = 30


def client_address(request: HttpRequest | None) -> str:
    if request is None:
        return "unknown"
    if settings.SECURE_PROXY_SSL_HEADER:
        # Behind our reverse proxy (docs/deploy.md) the peer is the proxy; the last address it
        # appended is the client it saw. Earlier entries are whatever the client claimed.
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def _keys(email: str, address: str) -> tuple[str, str]:
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    return f"signin-fail:account:{digest}", f"signin-fail:address:{address}"


def is_throttled(email: str, request: HttpRequest | None) -> bool:
    account_key, address_key = _keys(email, client_address(request))
    return (cache.get(account_key, 0) >= PER_ACCOUNT
            or cache.get(address_key, 0) >= PER_ADDRESS)


def record_failure(email: str, request: HttpRequest | None) -> None:
    for key in _keys(email, client_address(request)):
        # add() starts the window only if it is not running; incr() counts within it.
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # the window ended between add() and incr()
            cache.set(key, 1, WINDOW_SECONDS)


def record_success(email: str, request: HttpRequest | None) -> None:
    cache.delete(_keys(email, client_address(request))[0])
