"""Business cards scanned but not yet saved: the photo and what OCR made of it.

A card scanned from a round's page becomes one of its interviewers, one scanned from an
event's page is filed under the event: so this app sits above both (docs/architecture.md).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver

from pursuit.contacts.models import Contact
from pursuit.networking.models import NetworkingEvent
from pursuit.pipeline.models import Round


def card_image_path(instance: CardScan, filename: str) -> str:
    # A random name, never the uploaded one: the browser's file name is the user's to choose
    # and has no place in a path on the server.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "img"
    return f"cards/{secrets.token_urlsafe(12)}.{extension}"


class CardScan(models.Model):
    """A business card read but not yet saved as a contact: the photo and what OCR made of
    it, kept so that leaving the review page half-way loses nothing."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        SAVED = "saved", "Saved as a contact"
        DISCARDED = "discarded", "Discarded"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # Served only through the login-required image view, never from a public media URL.
    image = models.FileField(upload_to=card_image_path)
    filename = models.CharField(max_length=200, blank=True)  # as uploaded, for messages only
    # CardFields.review_json(): the contract's shape, and the department, the country the
    # card shows and the fields read with little confidence.
    fields = models.JSONField(default=dict)
    # Where the card was scanned from: saving files the person under that round or event.
    round = models.ForeignKey(Round, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    event = models.ForeignKey(NetworkingEvent, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="card_scans")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        # Created by the contacts app before card scans had an app of their own.
        db_table = "contacts_cardscan"
        ordering = ("created_at", "id")
        indexes = [models.Index(fields=["owner", "status"],
                                name="contacts_ca_owner_i_279615_idx")]

    def __str__(self) -> str:
        return self.filename or f"card {self.pk}"

    @property
    def label(self) -> str:
        """What the lists call the card: the name read, else the company, else the file."""
        fields = self.fields or {}
        return str(fields.get("full_name") or fields.get("company") or self.filename
                   or "A card")


@receiver(post_delete, sender=CardScan)
def _card_image_delete(sender: type[CardScan], instance: CardScan, **kwargs: object) -> None:
    # Deleting the account (a cascade) must take the card photos with it, not leave them on
    # disk; Django never deletes a FileField's file by itself.
    if instance.image:
        instance.image.delete(save=False)
