"""Personal access tokens: how scripts and other programs use the REST API as one user."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.dispatch import receiver
from django.utils import timezone

from pursuit.accounts.services import credentials_revoked


class PersonalAccessToken(models.Model):
    """One token of one user. Only the SHA-256 of the token is stored: a copy of the database
    gives nobody a working token. `prefix` (its first characters) tells tokens apart on the
    settings page."""

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        READ_WRITE = "read_write", "Read and write"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="access_tokens")
    name = models.CharField(max_length=100)
    # Unique: a token is found by its hash alone, so a request costs one indexed lookup and the
    # comparison happens on the digest, never character by character on the secret.
    token_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    scope = models.CharField(max_length=10, choices=Scope.choices, default=Scope.READ)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.READ_WRITE


@receiver(credentials_revoked)
def _revoke_tokens(sender: Any, user: Any, **kwargs: Any) -> None:
    """A password reset (or a change, when the user asks) signs out every API token."""
    PersonalAccessToken.objects.filter(owner=user, revoked_at=None).update(
        revoked_at=timezone.now())
