"""Touches: the planned and done actions toward one person."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pursuit.contacts.models import Contact
from pursuit.core.cadence.model import STOP_WORDS
from pursuit.outbox.models import Message
from pursuit.pipeline.models import Application, Round


class TouchType(models.TextChoices):
    THANK_YOU_EMAIL = "thank_you_email", "Thank-you e-mail"
    THANK_YOU_LETTER = "thank_you_letter", "Thank-you letter"
    REFERENCE_ALERT = "reference_alert", "Reference alert"
    POSTAL_LETTER = "postal_letter", "Postal letter"
    FOLLOW_UP_CALL = "follow_up_call", "Follow-up call"
    WEEKLY_FOLLOW_UP = "weekly_follow_up", "Weekly follow-up"
    FOLLOW_UP_AFTER_REPLY = "follow_up_after_reply", "Follow-up after reply"
    INTERVIEW_PREPARATION = "interview_preparation", "Interview preparation"
    APPLY_BY = "apply_by", "Apply before the posting closes"
    # After an accepted offer (career mode): letters outside the follow-up plan, written by
    # the user and approved like any other; a re-plan leaves them alone (their keys start
    # with OUTSIDE_PLAN).
    WITHDRAWAL_NOTE = "withdrawal_note", "Withdrawal note"
    THANKS_AFTER_OFFER = "thanks_after_offer", "Thank-you for your help"
    ANNOUNCEMENT = "announcement", "New role announcement"


#: Keys of touches that no planner rule makes (career mode's letters): a re-plan never
#: removes or changes them.
OUTSIDE_PLAN = "career:"


class Touch(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        DONE = "done", "Done"
        SKIPPED = "skipped", "Skipped"
        CANCELLED = "cancelled", "Cancelled"

    class Outcome(models.TextChoices):
        REACHED = "reached", "Reached"
        VOICEMAIL = "voicemail", "Voicemail left"
        NO_ANSWER = "no_answer", "No answer"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="touches")
    # The planner's identity for this touch within its application. The unique constraint is
    # what makes a duplicate touch (and so a second thank-you) impossible.
    key = models.CharField(max_length=120)
    type = models.CharField(max_length=30, choices=TouchType.choices)
    channel = models.CharField(max_length=10)
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="touches")
    recipient_name = models.CharField(max_length=300)
    round = models.ForeignKey(Round, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="touches")
    week = models.PositiveSmallIntegerField(null=True, blank=True)
    # A dated touch has due_on; a thank-you has a window [not_before, deadline] and due_on is
    # the local date the window opens, so it shows on Today the day of the interview.
    due_on = models.DateField()
    not_before = models.DateTimeField(null=True, blank=True)
    deadline = models.DateTimeField(null=True, blank=True)
    address = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PLANNED)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    # The owner's local date of done_at, written with it. Stored because the coach's dashboard
    # compares it with due_on for hundreds of candidates in one query, each in their own
    # timezone; converting every done_at there cost most of the page's time.
    done_on = models.DateField(null=True, blank=True)
    snoozed_until = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True)
    cancelled_by = models.CharField(max_length=30, blank=True)
    # The message approved for this touch, if any. The touch points at its message (not the
    # other way round) because the cadence owns the touch's status: when the touch stops being
    # wanted, the cadence withdraws this message in the same transaction (outbox < cadence).
    message = models.OneToOneField(Message, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="touch")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("due_on", "id")
        constraints = [
            models.UniqueConstraint(fields=["application", "key"], name="touch_unique_key"),
        ]
        indexes = [
            models.Index(fields=["owner", "status", "due_on"]),
            # A coach's dashboard reads the last four weeks (and what is overdue) of hundreds
            # of candidates at once: PostgreSQL then reads that slice of dates for everyone
            # rather than the whole table (44 -> 23 ms and 35 -> 14 ms for 500 candidates).
            models.Index(fields=["status", "due_on"], name="touch_status_due"),
        ]

    def __str__(self) -> str:
        return f"{self.type} to {self.recipient_name} on {self.due_on}"

    @property
    def cancelled_by_words(self) -> str:
        """What cancelled this touch, for "(by ...)": the stored value is an event code."""
        return STOP_WORDS.get(self.cancelled_by, self.cancelled_by.replace("_", " "))

    @property
    def is_history(self) -> bool:
        """Done or skipped touches are history: re-planning never moves or repeats them."""
        return self.status in (self.Status.DONE, self.Status.SKIPPED)
