"""Signing in: Django's ModelBackend, with the signed-in user's row kept between requests.

Without this, every signed-in request reads the user's row, and on SQLite opens a connection
to do so (the schema is parsed again each time): most of the time of a cached page. Each server
process keeps a copy of the rows it read, tagged with the user's stamp (`accounts.stamp`), and
uses a copy only while the stamp in the shared cache is still the same. Any write to the row
(a password changed or reset, the account deactivated or deleted, the settings saved) renews
the stamp, so the next request in every process reads the row again.

The session is still verified by Django against the row (`get_session_auth_hash`: the password
hash changes with the password), and that row is never older than the last write: a password
changed in one process signs the user's other sessions out at once in every process. The hash
check alone would not do it: a stale copy still holds the old password, which the other
sessions' hash matches.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend

from pursuit.accounts import stamp
from pursuit.accounts.models import User

BACKEND = "pursuit.accounts.backends.KeptUserBackend"
_LIMIT = 10_000  # rows kept per process; beyond that, start over

_FIELDS = [field.attname for field in User._meta.concrete_fields]

# user id -> (stamp when read, database alias, the row's values). Each request gets its own
# User made from them, which its views may change freely.
_kept: dict[Any, tuple[int, str | None, tuple[Any, ...]]] = {}


class KeptUserBackend(ModelBackend):
    """Signs in like ModelBackend; finds the session's user without a query while it is fresh."""

    def get_user(self, user_id: Any) -> User | None:
        fresh = stamp.current(user_id)
        kept = _kept.get(user_id)
        if kept is not None and kept[0] == fresh:
            user = User.from_db(kept[1], _FIELDS, kept[2])
        else:
            # Read after the stamp: a write that commits in between renews the stamp again.
            read = super().get_user(user_id)
            if not isinstance(read, User):  # no such user, or not active
                _kept.pop(user_id, None)
                return None
            if len(_kept) >= _LIMIT:
                _kept.clear()
            _kept[user_id] = (fresh, read._state.db,
                              tuple(getattr(read, name) for name in _FIELDS))
            user = read
        stamp.attach(user, fresh)
        return user
