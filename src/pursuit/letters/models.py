"""Letters: the user's own copies of the templates, and one letter per touch."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pursuit.cadence.models import Touch
from pursuit.core.letters import KINDS, WITH_SUBJECT
from pursuit.outbox.models import Message


class Kind(models.TextChoices):
    THANK_YOU_EMAIL = "thank_you_email", KINDS["thank_you_email"]
    FOLLOW_UP_EMAIL = "follow_up_email", KINDS["follow_up_email"]
    POSTAL_LETTER = "postal_letter", KINDS["postal_letter"]
    CALL_SCRIPT = "call_script", KINDS["call_script"]
    REFERENCE_ALERT = "reference_alert", KINDS["reference_alert"]
    WITHDRAWAL_NOTE = "withdrawal_note", KINDS["withdrawal_note"]
    THANKS_AFTER_OFFER = "thanks_after_offer", KINDS["thanks_after_offer"]
    ANNOUNCEMENT = "announcement", KINDS["announcement"]


class LetterTemplate(models.Model):
    """A user's edited copy of one shipped template; without a row the default is used."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="letter_templates")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "kind"], name="letter_template_per_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} of {self.owner_id}"


class Letter(models.Model):
    """What the user says in one touch: drafted from a template, proofread, approved."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"
        MAILED = "mailed", "Mailed"
        SENT = "sent", "Sent"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    touch = models.OneToOneField(Touch, on_delete=models.CASCADE, related_name="letter")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # The last proofreading, as the JSON of contracts.md, and the keys of the findings the user
    # dismissed on purpose (a key survives edits elsewhere in the text: see services.key_of).
    findings = models.JSONField(default=list, blank=True)
    dismissed = models.JSONField(default=list, blank=True)
    # What the draft could not say when it was drafted (core.letters.Missing as dicts: an
    # empty phone, no topics in the debrief...), shown with a link to where it is entered.
    missing = models.JSONField(default=list, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-updated_at",)
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self) -> str:
        return f"{self.kind} for touch {self.touch_id} ({self.status})"

    @property
    def message(self) -> Message | None:
        """The outbox message approved for this letter's touch (the touch holds the link); none
        for a draft, whose earlier message, if any, was withdrawn with the approval."""
        return None if self.status == self.Status.DRAFT else self.touch.message

    @property
    def channel(self) -> str:
        return self.touch.channel

    @property
    def uses_subject(self) -> bool:
        """Only an e-mail has a subject line; the same thank-you on paper has none."""
        return self.kind in WITH_SUBJECT and self.touch.channel == "email"

    @property
    def is_editable(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def shown_status(self) -> str:
        """What the user needs to know: an approved e-mail is "sent" once the worker sent it."""
        if self.status == self.Status.APPROVED and self.message is not None:
            if self.message.printed_only:
                return self.message.state_words
            if self.message.state == Message.State.SENT:
                return "Sent"
            return f"Approved: {self.message.get_state_display().lower()}"
        return self.get_status_display()
