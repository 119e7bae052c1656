"""The secret that lets a calendar client read one account's feed without signing in."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class FeedToken(models.Model):
    """One feed URL per account. Only the SHA-256 of the token is stored: a copy of the
    database does not give anyone the URL, and the URL is shown once, when it is made."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="feed_token")
    # Unique, so the feed finds its owner by the hash with one indexed lookup.
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    rotated_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"calendar feed of {self.owner_id}"
