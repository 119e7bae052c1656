"""The account: a job seeker (or a coach) and the settings the rules read."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from pursuit.accounts import stamp


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("an account needs an e-mail address")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    """One person using Pursuit. Signs in with an e-mail address; no separate user name."""

    username = None  # type: ignore[assignment]
    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    is_coach = models.BooleanField(default=False)

    # Where and when the user lives: every date the app shows is in this timezone, and business
    # days skip this country's (and subdivision's) public holidays.
    timezone = models.CharField(max_length=64, default="America/Chicago")
    # Whether the person said this zone is theirs (Today asks until they do: the default above,
    # or the browser's guess, is only a guess).
    timezone_confirmed = models.BooleanField(default=False)
    country = models.CharField(max_length=2, default="US")
    subdivision = models.CharField(max_length=10, blank=True)
    workday_start = models.TimeField(default="09:00")
    workday_end = models.TimeField(default="17:00")
    pipeline_target = models.PositiveSmallIntegerField(default=5)

    # The candidate's profile, drawn on by letters, envelopes and call scripts.
    phone = models.CharField(max_length=40, blank=True)
    return_address = models.TextField(blank=True)
    linkedin = models.CharField(max_length=200, blank=True)
    signature = models.TextField(blank=True)
    target_roles = models.TextField(blank=True)

    # A demo account belongs to the account that opened it (Settings, "Open the demo"): it has
    # no password, is reached only by switching from that account, and goes when it goes.
    demo_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE,
                                related_name="demo_accounts")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    def __str__(self) -> str:
        return self.full_name or self.email


@receiver(post_save, sender=User)
@receiver(post_delete, sender=User)
def _user_row_changed(sender: type[User], instance: User, **kwargs: object) -> None:
    # Each server process keeps the signed-in user's row between requests (accounts.backends).
    # Every write to it must reach them all, and Django's own password change and reset views
    # and `changepassword` write it with save(): a signal is the one place that sees them all.
    stamp.renew(instance.pk)


class Strength(models.Model):
    """A short phrase the candidate can prove ("cut cloud costs 30% at Acme")."""

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="strengths")
    phrase = models.CharField(max_length=200)
    evidence = models.TextField(blank=True)
    keywords = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return self.phrase


class AccountInvitation(models.Model):
    """The instance owner's invitation to open an account (contracts.md: further accounts come
    from the owner's invitations). Only a hash of the token is kept: the link is in the e-mail."""

    email = models.EmailField()
    as_coach = models.BooleanField(default=False)
    invited_by = models.ForeignKey(User, on_delete=models.CASCADE,
                                   related_name="account_invitations")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        constraints = [
            # One open invitation per address: inviting again replaces the earlier one.
            models.UniqueConstraint(fields=["email"],
                                    condition=models.Q(accepted_at__isnull=True,
                                                       revoked_at__isnull=True),
                                    name="account_invitation_one_open"),
        ]

    def __str__(self) -> str:
        return f"invitation for {self.email}"


class Throttle(models.Model):
    """A count in a fixed window for one key ("signin:account:<hash>", "reset:address:<ip>"):
    sign-in attempts and password-reset e-mails (accounts/throttle.py). A row past
    `expires_at` counts nothing and is deleted by the next new one."""

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
