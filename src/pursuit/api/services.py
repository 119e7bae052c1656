"""Writes about personal access tokens: create (the plain token is returned once), revoke,
and authenticate a request's token."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.api.models import PersonalAccessToken
from pursuit.core.errors import BadInput
from pursuit.crypto import hash_token

# "pst_" tells a leaked Pursuit token apart in logs and secret scanners; 32 random bytes.
TOKEN_PREFIX = "pst_"  # noqa: S105 - a public marker, not a secret
SHOWN_CHARS = 8
# A used token's last_used_at is written at most this often: a script polling the API should
# not turn every read into a write.
LAST_USED_GRANULARITY = timedelta(minutes=1)


def token_create(*, owner: User, name: str, scope: str) -> tuple[PersonalAccessToken, str]:
    """A new token and its plain text: the only time the plain text exists outside the
    user's hands, so the caller shows it once and forgets it."""
    name = " ".join(name.split())
    if not name:
        raise BadInput("name the token (what will use it)", where="name")
    if len(name) > 100:
        raise BadInput("the name is longer than 100 characters", where="name")
    if scope not in PersonalAccessToken.Scope.values:
        raise BadInput(f"unknown scope {scope!r}", where="scope")
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = PersonalAccessToken.objects.create(
        owner=owner, name=name, scope=scope, token_hash=hash_token(plain),
        prefix=plain[:SHOWN_CHARS])
    return token, plain


def token_revoke(*, owner: User, token_id: int, now: datetime | None = None) -> PersonalAccessToken:
    """Revoke one of the user's tokens; revoking twice keeps the first time."""
    try:
        token = PersonalAccessToken.objects.get(pk=token_id, owner=owner)
    except PersonalAccessToken.DoesNotExist:
        raise BadInput("no such token", where="token") from None
    if token.revoked_at is None:
        token.revoked_at = now or timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_authenticate(plain: str, *, now: datetime | None = None) -> PersonalAccessToken | None:
    """The active token with this plain text (its owner loaded), or None.

    The lookup is by the digest: equal digests mean equal tokens, and the time the database
    takes depends on the digest, which tells an attacker nothing about the secret.
    """
    if not plain.startswith(TOKEN_PREFIX) or len(plain) > 200:
        return None
    token = (PersonalAccessToken.objects.select_related("owner")
             .filter(token_hash=hash_token(plain), revoked_at__isnull=True,
                     owner__is_active=True).first())
    if token is None:
        return None
    now = now or timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_GRANULARITY:
        PersonalAccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
