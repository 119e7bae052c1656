"""A candidate's coaches: the invitation by e-mail, and the link a coach reads through."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class CoachLink(models.Model):
    """One candidate and one coach: invited by e-mail, accepted (or declined) by the coach,
    revoked by the candidate at any time. A coach reads through an *active* link only."""

    class Status(models.TextChoices):
        INVITED = "invited", "Invited"
        ACTIVE = "active", "Active"
        REVOKED = "revoked", "Revoked"
        DECLINED = "declined", "Declined"

    LIVE = (Status.INVITED, Status.ACTIVE)

    candidate = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                  related_name="coach_links")
    # The address the invitation went to, lower-cased; the coach signs in with it to accept.
    coach_email = models.EmailField()
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.CASCADE, related_name="coached_links")
    # sha256 of the invitation token: the plain token is only in the e-mail, so a copy of the
    # database cannot accept an invitation.
    token_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    share_letters = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        constraints = [
            # One live link per candidate and coach: inviting the same coach twice (a double
            # click) cannot make two. Keyed by the address, which is known before the coach
            # accepts; a revoked or declined link no longer blocks a new invitation.
            models.UniqueConstraint(fields=["candidate", "coach_email"],
                                    condition=Q(status__in=["invited", "active"]),
                                    name="coach_link_one_live"),
            models.CheckConstraint(condition=~Q(coach=F("candidate")),
                                   name="coach_link_not_self"),
        ]
        # The dashboard asks for a coach's active links.
        indexes = [models.Index(fields=["coach", "status"])]

    def __str__(self) -> str:
        return f"{self.coach_email} coaching {self.candidate_id} ({self.status})"

    @property
    def is_live(self) -> bool:
        return self.status in self.LIVE
