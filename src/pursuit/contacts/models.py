"""People the user knows: interviewers, references, their network."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver


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


def _card_image_path(instance: CardScan, filename: str) -> str:
    # A random name, never the uploaded one: the browser's file name is the user's to choose
    # and has no place in a path on the server.
    import secrets

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
    image = models.FileField(upload_to=_card_image_path)
    filename = models.CharField(max_length=200, blank=True)  # as uploaded, for messages only
    fields = models.JSONField(default=dict)  # CardFields.to_json(), the contract's shape
    # Where the card was scanned from: saving files the person under that round or event.
    round = models.ForeignKey("pipeline.Round", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    event = models.ForeignKey("networking.NetworkingEvent", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="card_scans")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created_at", "id")
        indexes = [models.Index(fields=["owner", "status"])]

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
