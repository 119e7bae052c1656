"""The network the user keeps: interactions, daily sessions, events and the daily goal."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pursuit.contacts.models import Contact


class NetworkingProfile(models.Model):
    """Networking settings of one user (kept here so the accounts app stays as it is)."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="networking_profile")
    class Period(models.TextChoices):
        DAY = "day", "A day"
        WEEK = "week", "A week"

    daily_goal_minutes = models.PositiveSmallIntegerField(default=15)
    # After an accepted offer the user may keep the habit weekly (career mode).
    goal_period = models.CharField(max_length=4, choices=Period.choices, default=Period.DAY)
    weekly_goal_minutes = models.PositiveSmallIntegerField(default=60)

    def __str__(self) -> str:
        if self.goal_period == self.Period.WEEK:
            return f"{self.weekly_goal_minutes} min a week"
        return f"{self.daily_goal_minutes} min a day"


class InteractionKind(models.TextChoices):
    CALL = "call", "Call"
    COFFEE = "coffee", "Coffee"
    EMAIL = "email", "E-mail"
    MESSAGE = "message", "Message"
    EVENT = "event", "Event"
    CARD_GATHERED = "card_gathered", "Card gathered"
    MEETING = "meeting", "Meeting"
    OTHER = "other", "Other"


class Interaction(models.Model):
    """Something the user did with (or toward) a person; the last one restarts the
    keep-in-touch interval. A quick log from the daily session may name nobody."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="interactions")
    kind = models.CharField(max_length=20, choices=InteractionKind.choices)
    at = models.DateTimeField()
    note = models.TextField(blank=True)
    minutes = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-at", "-id")
        # The due list asks for the latest interaction per contact; the suggestion for the
        # owner's recent ones.
        indexes = [models.Index(fields=["contact", "at"]), models.Index(fields=["owner", "at"])]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d}"


class NetworkingSession(models.Model):
    """The minutes spent networking on one local day, and the goal that day had."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    day = models.DateField()
    minutes = models.PositiveIntegerField(default=0)
    # The goal as it was that day: raising the goal later does not rewrite past streaks.
    goal_minutes = models.PositiveSmallIntegerField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-day",)
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="networking_session_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.minutes} min on {self.day}"


class NetworkingEvent(models.Model):
    """A party, a fair or an alumni evening: the people met there and the cards."""

    class Kind(models.TextChoices):
        PARTY = "party", "Party"
        FAIR = "fair", "Job fair"
        ALUMNI = "alumni", "Alumni evening"
        OTHER = "other", "Other"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.OTHER)
    date = models.DateField()
    location = models.CharField(max_length=300, blank=True)
    cards_given = models.PositiveSmallIntegerField(default=0)
    notes = models.TextField(blank=True)
    contacts = models.ManyToManyField(Contact, through="EventContact", related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-date", "-id")

    def __str__(self) -> str:
        return self.name


class EventContact(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    event = models.ForeignKey(NetworkingEvent, on_delete=models.CASCADE, related_name="met")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="events_met")
    card_gathered = models.BooleanField(default=False)

    class Meta:
        ordering = ("id",)
        constraints = [
            models.UniqueConstraint(fields=["event", "contact"], name="event_contact_once"),
        ]

    def __str__(self) -> str:
        return f"{self.contact_id} at {self.event_id}"
