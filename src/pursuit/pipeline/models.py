"""Applications and what happens in them: rounds, interviewers, references, events."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pursuit.contacts.models import Contact, Organization


class Stage(models.TextChoices):
    INTERESTED = "interested", "Interested"
    APPLIED = "applied", "Applied"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    FILLED = "filled", "Filled by someone else"
    CLOSED = "closed", "Closed by the employer"


OPEN_STAGES = (Stage.INTERESTED, Stage.APPLIED, Stage.INTERVIEWING, Stage.OFFER)


class Channel(models.TextChoices):
    NO_PREFERENCE = "no_preference", "No preference"
    EMAIL = "email", "E-mail"
    PHONE = "phone", "Phone"
    MAIL = "mail", "Postal mail"


class Remote(models.TextChoices):
    ONSITE = "onsite", "On site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class Application(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    employer = models.ForeignKey(Organization, on_delete=models.PROTECT,
                                 related_name="applications")
    role = models.CharField(max_length=200)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.APPLIED)
    preferred_channel = models.CharField(
        max_length=20, choices=Channel.choices, default=Channel.NO_PREFERENCE
    )
    mailing_address = models.TextField(blank=True)
    expected_decision_on = models.DateField(null=True, blank=True)
    posting_url = models.URLField(max_length=500, blank=True)
    posting_text = models.TextField(blank=True)
    applied_on = models.DateField(null=True, blank=True)
    found_via = models.CharField(max_length=200, blank=True)
    referred_by = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    recruiter = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    salary_range = models.CharField(max_length=100, blank=True)
    # What the posting says (filled by "Save a job", editable like the rest): where, whether
    # remote, the kind of contract, and its dates. A closing date of a job not applied for
    # yet plans an "apply by" reminder (docs/cadence.md).
    location = models.CharField(max_length=300, blank=True)
    remote = models.CharField(max_length=10, choices=Remote.choices, blank=True)
    employment_type = models.CharField(max_length=100, blank=True)
    posted_on = models.DateField(null=True, blank=True)
    closing_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-updated_at",)
        indexes = [models.Index(fields=["owner", "stage"])]

    def __str__(self) -> str:
        return f"{self.role} at {self.employer.name}"

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES

    @property
    def applied(self) -> bool:
        """Applied for (or further): an "Interested" job without an application date is not."""
        return self.stage != Stage.INTERESTED or self.applied_on is not None


class Round(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        HELD = "held", "Held"
        CANCELLED = "cancelled", "Cancelled"
        RESCHEDULED = "rescheduled", "Rescheduled"
        NO_SHOW = "no_show", "No-show"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField()
    start = models.DateTimeField()
    end = models.DateTimeField()
    timezone = models.CharField(max_length=64)
    format = models.CharField(max_length=30, default="onsite")
    location = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.HELD)

    class Meta:
        ordering = ("application", "start")
        constraints = [
            models.UniqueConstraint(fields=["application", "number"], name="round_unique_number"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")),
                                   name="round_ends_after_start"),
        ]

    def __str__(self) -> str:
        return f"Round {self.number} of {self.application_id}"


class Interviewer(models.Model):
    """One person met in one round, and what was discussed with them."""

    class Role(models.TextChoices):
        INTERVIEWER = "interviewer", "Interviewer"
        RECRUITER = "recruiter", "Recruiter"
        COORDINATOR = "coordinator", "Coordinator"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="interviewers")
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="interviews")
    position = models.PositiveSmallIntegerField(default=0)
    hiring_manager = models.BooleanField(default=False)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.INTERVIEWER)
    topics = models.JSONField(default=list, blank=True)
    cares_about = models.TextField(blank=True)
    next_steps = models.TextField(blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ("round", "position", "id")
        constraints = [
            models.UniqueConstraint(fields=["round", "contact"], name="interviewer_once_per_round"),
        ]

    def __str__(self) -> str:
        return f"{self.contact_id} in round {self.round_id}"


class Reference(models.Model):
    """Someone who will vouch for the user, from the user's reference list."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="reference_for")
    relationship = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "contact"], name="reference_once_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.contact_id} ({self.relationship})"


class ApplicationReference(models.Model):
    """A reference given for one application, and when they were alerted for it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="references"
    )
    reference = models.ForeignKey(Reference, on_delete=models.CASCADE, related_name="uses")
    alerted_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ("id",)
        constraints = [
            models.UniqueConstraint(fields=["application", "reference"],
                                    name="reference_once_per_application"),
        ]

    def __str__(self) -> str:
        return f"{self.reference_id} for {self.application_id}"


class Event(models.Model):
    class Type(models.TextChoices):
        INTERVIEWER_REPLIED = "interviewer_replied", "Interviewer replied"
        JOB_FILLED = "job_filled", "Job filled"
        JOB_CLOSED = "job_closed", "Job closed"
        OFFER_RECEIVED = "offer_received", "Offer received"
        CANDIDATE_WITHDREW = "candidate_withdrew", "Candidate withdrew"
        REJECTED = "rejected", "Rejected"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    type = models.CharField(max_length=30, choices=Type.choices)
    at = models.DateTimeField()
    by = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL,
                           related_name="+")
    summary = models.TextField(blank=True)
    decision_expected_by = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("at", "id")

    def __str__(self) -> str:
        return f"{self.type} at {self.at:%Y-%m-%d}"


STOPPING_EVENTS = frozenset({
    Event.Type.JOB_FILLED, Event.Type.JOB_CLOSED, Event.Type.OFFER_RECEIVED,
    Event.Type.CANDIDATE_WITHDREW, Event.Type.REJECTED,
})


class Placement(models.Model):
    """The end of a search: the offer the candidate accepted. While it is open (`ended_at`
    empty) Pursuit is in career mode; "Start a new search" ends it, and the next search
    starts from there. The figures a coach reads are kept as they were on the day."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(Application, on_delete=models.CASCADE,
                                    related_name="placements")
    accepted_at = models.DateTimeField()
    accepted_on = models.DateField()  # the owner's local day of accepted_at
    # The search it ends: the applications made after `search_since` (the end of the previous
    # search; None: since the account began), the first of them on `search_started_on`.
    search_since = models.DateTimeField(null=True, blank=True)
    search_started_on = models.DateField(null=True, blank=True)
    offer_on = models.DateField(null=True, blank=True)
    interviews = models.PositiveSmallIntegerField(default=0)
    offers = models.PositiveSmallIntegerField(default=1)
    # The networking goal before career mode, given back when a new search starts.
    goal_before = models.JSONField(default=dict, blank=True)
    announced_at = models.DateTimeField(null=True, blank=True)
    # Other applications the user chose to keep open ("keep it open"): not offered again.
    kept_open = models.JSONField(default=list, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-accepted_at", "-id")
        constraints = [
            models.UniqueConstraint(fields=["owner"], condition=models.Q(ended_at__isnull=True),
                                    name="placement_one_open_per_owner"),
        ]

    def __str__(self) -> str:
        return f"placed by application {self.application_id} on {self.accepted_on}"

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    @property
    def days_to_offer(self) -> int | None:
        """From the first application of the search to the offer."""
        if self.search_started_on is None or self.offer_on is None:
            return None
        return max((self.offer_on - self.search_started_on).days, 0)
