"""A per-user stamp in the shared cache, renewed whenever the user's row or their data changes.

Two caches check it, with one read per signed-in request: the copy of the user's row that each
server process keeps between requests (`accounts.backends`), and the rendered pages
(`common.pagecache`). Whatever was kept under an older stamp is never used again, in any
process that shares the cache: a password changed in one process ends the user's other
sessions on their next request in every other, and a page never shows data older than the
user's last write.

Who renews it: every save or delete of a user row (`accounts.models`: Django's own password
change and reset views and `changepassword` save the row too), and every write of the user's
data that a cached page shows (`common.pagecache.renew`). A write that bypasses `save()` (a
`QuerySet.update()` of users) must call `renew` itself.

Inside a transaction the stamp is renewed at once and again after the commit: a request that
read the old row (or rendered a page from the old data) while the write was in flight kept it
under the first new stamp, which the second one makes stale. A stamp is random rather than a
counter, so two processes renewing at once cannot lose an update, and a new stamp never equals
an old one. A missing stamp (a cleared or culled cache) is simply started anew: whatever was
kept under the lost one is dropped.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.core.cache import cache
from django.db import transaction

_ATTRIBUTE = "_pursuit_stamp"


def key(user_id: object) -> str:
    return f"pursuit:user:{user_id}"


def _new(user_id: object) -> int:
    value = secrets.randbits(63)
    cache.set(key(user_id), value, None)
    return value


def current(user_id: object) -> int:
    """The user's stamp now (one read of the shared cache)."""
    value = cache.get(key(user_id))
    return _new(user_id) if value is None else int(value)


def renew(user_id: object) -> None:
    """Make everything kept for this user stale, in every process."""
    _new(user_id)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _new(user_id))


def attach(user: Any, value: int | None) -> None:
    """Remember on this request's user object the stamp its row was checked against (None:
    forget it, the stamp was renewed since)."""
    setattr(user, _ATTRIBUTE, value)


def of(user: Any) -> int:
    """The stamp this request already read for its user (`attach`), else the current one."""
    value = getattr(user, _ATTRIBUTE, None)
    return current(user.pk) if value is None else int(value)
