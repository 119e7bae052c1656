"""People the user knows: interviewers, references, their network."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models


class Organization(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    website = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="organization_unique_name"),
        ]
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Source(models.TextChoices):
    """How the user knows a person: the sources the networking advice names."""

    ALUMNI = "alumni", "College alumni association"
    SCHOOL_FUNCTION = "school_function", "School function"
    SOCIAL_GATHERING = "social_gathering", "Social gathering"
    CHURCH = "church", "Church"
    FORMER_COWORKER = "former_coworker", "Former co-worker"
    FORMER_MANAGER = "former_manager", "Former manager"
    PROFESSOR = "professor", "Professor"
    CAREER_COUNSELOR = "career_counselor", "Career counselor"
    FACULTY = "faculty", "Faculty"
    LINKEDIN = "linkedin", "LinkedIn"
    TWITTER = "twitter", "Twitter"
    OTHER_SOCIAL = "other_social", "Other social network"
    FAMILY = "family", "Family"
    EVENT = "event", "Event"
    INTERVIEW = "interview", "Interview"
    BUSINESS_CARD = "business_card", "Business card"
    IMPORT = "import", "Imported"
    OTHER = "other", "Other"


class Contact(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    full_name = models.CharField(max_length=300)
    prefix = models.CharField(max_length=40, blank=True)
    first = models.CharField(max_length=100, blank=True)
    middle = models.CharField(max_length=100, blank=True)
    last = models.CharField(max_length=100, blank=True)
    suffix = models.CharField(max_length=40, blank=True)
    credentials = models.CharField(max_length=100, blank=True)
    title = models.CharField(max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    company = models.CharField(max_length=200, blank=True)
    department = models.CharField(max_length=200, blank=True)
    website = models.CharField(max_length=300, blank=True)
    linkedin = models.CharField(max_length=300, blank=True, db_index=True)
    twitter = models.CharField(max_length=100, blank=True)
    timezone = models.CharField(max_length=64, blank=True)
    notes = models.TextField(blank=True)
    photo = models.FileField(upload_to="photos/", blank=True)
    connected_on = models.DateField(null=True, blank=True)
    # "Do not contact until ...": touches to this person in that time are held.
    paused_until = models.DateField(null=True, blank=True)
    keep_in_touch_days = models.PositiveSmallIntegerField(null=True, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("last", "first", "full_name")
        indexes = [models.Index(fields=["owner", "full_name"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def primary_email(self) -> str | None:
        emails = list(self.emails.all())
        return emails[0].address if emails else None


class ContactEmail(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="emails")
    address = models.CharField(max_length=254)
    type = models.CharField(max_length=20, default="work")

    class Meta:
        ordering = ("id",)
        indexes = [models.Index(fields=["owner", "address"])]

    def __str__(self) -> str:
        return self.address


class ContactPhone(models.Model):
    class Type(models.TextChoices):
        WORK = "work"
        MOBILE = "mobile"
        FAX = "fax"
        HOME = "home"
        OTHER = "other"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="phones")
    type = models.CharField(max_length=10, choices=Type.choices, default=Type.WORK)
    # E.164 when the number validates; null keeps a number we could not read as printed.
    e164 = models.CharField(max_length=20, null=True, blank=True)  # noqa: DJ001 - null: unread
    ext = models.CharField(max_length=10, blank=True)
    as_printed = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return self.e164 or self.as_printed


class ContactAddress(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="addresses")
    type = models.CharField(max_length=20, default="work")
    street = models.CharField(max_length=300, blank=True)
    city = models.CharField(max_length=100, blank=True)
    region = models.CharField(max_length=100, blank=True)
    postal_code = models.CharField(max_length=20, blank=True)
    country = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return self.as_text()

    def as_text(self) -> str:
        """The address as lines for an envelope."""
        city_line = " ".join(p for p in (f"{self.city}," if self.city else "", self.region,
                                         self.postal_code) if p).strip(" ,")
        return "\n".join(p for p in (self.street, city_line, self.country) if p)


class ContactSource(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(max_length=30, choices=Source.choices)
    detail = models.CharField(max_length=300, blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("id",)
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "kind", "detail"], name="contact_source_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.detail}".strip()


def _card_image_path(instance: object, filename: str) -> str:
    """Kept for the migration that created the card scans here (contacts 0002); the model is
    the cards app's now, with its own copy of this rule."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "img"
    return f"cards/{secrets.token_urlsafe(12)}.{extension}"
