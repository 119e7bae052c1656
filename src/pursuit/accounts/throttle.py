"""Sign-in attempts and password-reset e-mails are limited: guessing a password takes forever
instead of minutes, and nobody can fill a mailbox with reset links.

Each attempt is counted in the database BEFORE the password is checked (or the e-mail sent),
in a fixed window per key: per account (a hash of the e-mail address) and per client address.
The count is one conditional UPDATE (or the INSERT that starts a window), so any number of
web processes and threads, on SQLite or PostgreSQL, let exactly the limit through: the first
`PER_ACCOUNT` of fifty simultaneous guesses reach the password hasher, the others never do.

A successful sign-in ends the account's window and takes itself back from the address's
count, so the address counts failures (an office behind one address signs in all day).
Windows that ended are deleted whenever a new one starts.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from pursuit.accounts.models import Throttle, User

WINDOW = timedelta(minutes=15)
PER_ACCOUNT = 5  # password checks per account per window
PER_ADDRESS = 30  # failed sign-ins per client address per window
RESET_WINDOW = timedelta(hours=1)
RESETS_PER_ACCOUNT = 3  # reset e-mails to one account per hour
RESETS_PER_ADDRESS = 10  # reset requests from one client address per hour


def client_address(request: HttpRequest | None) -> str:
    if request is None:
        return "unknown"
    if settings.SECURE_PROXY_SSL_HEADER:
        # Behind our reverse proxy (docs/deploy.md) the peer is the proxy; the last address it
        # appended is the client it saw. Earlier entries are whatever the client claimed.
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()[:64]
    return str(request.META.get("REMOTE_ADDR", "unknown"))[:64]


def _account_key(email: str) -> str:
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    return f"signin:account:{digest}"


def take(key: str, limit: int, window: timedelta, *, now: datetime | None = None) -> bool:
    """Count one more use of `key` if its window has room: True when this use is allowed.

    Every branch is one atomic write on the key's row (PostgreSQL re-reads a row another
    transaction just updated before applying the condition; SQLite runs one writer at a
    time), so a window never lets more than `limit` through, however many ask at once.
    """
    rows = Throttle.objects.filter(key=key)
    fixed, seen = now, False
    for _ in range(5):
        now = fixed or timezone.now()
        if rows.filter(expires_at__gt=now, count__lt=limit).update(count=F("count") + 1):
            return True  # counted within the window
        if rows.filter(expires_at__lte=now).update(count=1, expires_at=now + window):
            return True  # the window had ended: a new one starts with this use
        if rows.exists():
            if seen:
                return False  # a running window, full
            seen = True  # or one another request started just after our UPDATE: once more
            continue
        try:
            with transaction.atomic():
                Throttle.objects.create(key=key, count=1, expires_at=now + window)
        except IntegrityError:
            continue  # another request started the window meanwhile: count in it
        Throttle.objects.filter(expires_at__lte=now).delete()  # the windows that ended
        return True
    return False


def _give_back(key: str) -> None:
    Throttle.objects.filter(key=key, count__gt=0).update(count=F("count") - 1)


# --- Sign-in ------------------------------------------------------------------------------------

def sign_in_allowed(email: str, request: HttpRequest | None) -> bool:
    """Count this attempt; False (check no password) when the account's or the address's
    window is full."""
    if not take(_account_key(email), PER_ACCOUNT, WINDOW):
        return False
    return take(f"signin:address:{client_address(request)}", PER_ADDRESS, WINDOW)


def record_success(email: str, request: HttpRequest | None) -> None:
    """The password was right: the account starts afresh, and the address counts failures."""
    Throttle.objects.filter(key=_account_key(email)).delete()
    _give_back(f"signin:address:{client_address(request)}")


# --- Password reset -----------------------------------------------------------------------------

def reset_request_allowed(request: HttpRequest | None) -> bool:
    """Count one reset request from this client address (whatever the e-mail it names)."""
    return take(f"reset:address:{client_address(request)}", RESETS_PER_ADDRESS, RESET_WINDOW)


def reset_mail_allowed(user: User) -> bool:
    """Count one reset e-mail to this account."""
    return take(f"reset:account:{user.pk}", RESETS_PER_ACCOUNT, RESET_WINDOW)
