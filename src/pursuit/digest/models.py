"""Who wants the morning digest, and which days it has been queued."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class DigestPreference(models.Model):
    """The user's choice. No row means the default: on (off for coaches, who have no touches
    of their own). Kept here rather than on accounts.User so the digest stays one app."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="digest_preference")
    enabled = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"digest {'on' if self.enabled else 'off'} for {self.owner_id}"


class DigestSent(models.Model):
    """One row per account and local day, written in the same transaction that queues the
    message. The unique constraint is what keeps two workers (or two loop turns) from
    queueing a second digest for the same day."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="digests")
    day = models.DateField()  # the user's local date
    message = models.ForeignKey("outbox.Message", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    # Why nothing was queued that day (an unusable address, a bug), so it is not retried
    # every few seconds until midnight.
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-day",)
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="one_digest_per_day"),
        ]

    def __str__(self) -> str:
        return f"digest of {self.owner_id} on {self.day}"
