"""Writes about the calendar feed: issuing, rotating and turning off its secret URL."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.calendar_feed.models import FeedToken
from pursuit.crypto import hash_token

TOKEN_BYTES = 32  # 43 URL-safe characters: far beyond guessing


def feed_token_rotate(*, owner: User) -> str:
    """Give the account a new feed token (creating the first one); returns the plain token.

    This is the only time the token exists in plain form: show it now. Any URL made from an
    earlier token stops working at once.
    """
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with transaction.atomic():
        # select_for_update: two rotations at once must not both believe theirs is current.
        row = FeedToken.objects.select_for_update().filter(owner=owner).first()
        if row is None:
            FeedToken.objects.create(owner=owner, token_hash=hash_token(token))
        else:
            row.token_hash, row.rotated_at = hash_token(token), timezone.now()
            row.save(update_fields=["token_hash", "rotated_at"])
    return token


def feed_token_delete(*, owner: User) -> bool:
    """Turn the feed off: every URL stops working. Returns whether there was one."""
    deleted, _ = FeedToken.objects.filter(owner=owner).delete()
    return bool(deleted)
