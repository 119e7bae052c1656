"""The outbox: mail accounts, messages the user approved, and every delivery attempt."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from pursuit.core import oauth as oauth_rules


class MailAccount(models.Model):
    """The user's own mailbox. Passwords are stored encrypted (see pursuit.crypto)."""

    class Security(models.TextChoices):
        STARTTLS = "starttls", "STARTTLS"
        TLS = "tls", "TLS (implicit)"
        NONE = "none", "None (local test servers only)"

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="mail_account")
    from_name = models.CharField(max_length=200, blank=True)
    from_address = models.EmailField()
    smtp_host = models.CharField(max_length=255)
    smtp_port = models.PositiveIntegerField(default=587)
    smtp_security = models.CharField(max_length=10, choices=Security.choices,
                                     default=Security.STARTTLS)
    smtp_username = models.CharField(max_length=255, blank=True)
    smtp_password_encrypted = models.TextField(blank=True)
    imap_host = models.CharField(max_length=255, blank=True)
    imap_port = models.PositiveIntegerField(default=993)
    imap_security = models.CharField(max_length=10, choices=Security.choices,
                                     default=Security.TLS)
    imap_username = models.CharField(max_length=255, blank=True)
    imap_password_encrypted = models.TextField(blank=True)
    # The last UID seen in INBOX, and the mailbox's UIDVALIDITY it belongs to.
    imap_last_uid = models.PositiveBigIntegerField(default=0)
    imap_uidvalidity = models.PositiveBigIntegerField(default=0)
    imap_polled_at = models.DateTimeField(null=True, blank=True)
    imap_last_error = models.TextField(blank=True)
    rate_per_minute = models.PositiveSmallIntegerField(default=20)

    class SentCopy(models.TextChoices):
        AUTO = "auto", "Automatic: unless the provider files them itself (Gmail, Microsoft)"
        ON = "on", "Always put a copy in my Sent folder"
        OFF = "off", "Never"

    # Whether the worker appends each delivered message to the IMAP Sent folder.
    sent_copy = models.CharField(max_length=4, choices=SentCopy.choices, default=SentCopy.AUTO)
    timeout_seconds = models.PositiveSmallIntegerField(default=30)

    class Provider(models.TextChoices):
        MICROSOFT = "microsoft", "Microsoft"
        GOOGLE = "google", "Google"

    # Signed in with OAuth 2.0 (SMTP and IMAP log in with SASL XOAUTH2) when a provider is set;
    # else the passwords above. Owned by `outbox.oauth`: the tokens are encrypted like the
    # passwords, and a refresh the provider refused stops the account's sending until the
    # user signs in again (its messages wait, they are not failed).
    oauth_provider = models.CharField(max_length=10, choices=Provider.choices, blank=True)
    oauth_refresh_encrypted = models.TextField(blank=True)
    oauth_access_encrypted = models.TextField(blank=True)
    oauth_expires_at = models.DateTimeField(null=True, blank=True)
    oauth_refused_at = models.DateTimeField(null=True, blank=True)
    oauth_error = models.TextField(blank=True)
    # The renewal claim: a worker renewing the access token sets both with a conditional
    # UPDATE first, so that one worker at a time asks the provider (one that rotates refresh
    # tokens must never see the old one twice). After a failure that may pass, `until` is the
    # time of the next try, for every worker.
    oauth_renewing_by = models.CharField(max_length=100, blank=True)
    oauth_renewing_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.from_address

    @property
    def uses_oauth(self) -> bool:
        return bool(self.oauth_provider)

    @property
    def sign_in_refused(self) -> bool:
        """The provider refused to renew the sign-in: nothing is sent until the user signs
        in again."""
        return self.uses_oauth and self.oauth_refused_at is not None


#: `Message.transport` of a message printed because no mail account is set up
#: (transport.ConsoleTransport.name, which imports this module).
CONSOLE = "console"
PRINTED_ONLY = "Printed on the console: no mail account yet"


class OAuthRevocation(models.Model):
    """A sign-in Pursuit forgot (the account removed, signed out, or signed in as another
    address), to be revoked at the provider (RFC 7009) by the worker: the request that removed
    it never waits on the provider. Owned by `outbox.oauth`; the token is kept, encrypted,
    only until the provider answered or the tries ran out."""

    class Outcome(models.TextChoices):
        PENDING = "", "Being cancelled"
        REVOKED = "revoked", "Cancelled at the provider"
        FAILED = "failed", "The provider could not be reached"

    # Kept (without its owner) when the user deletes their whole Pursuit account: the
    # sign-in is still revoked.
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    provider = models.CharField(max_length=10, choices=MailAccount.Provider.choices)
    address = models.CharField(max_length=254)
    token_encrypted = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    next_attempt_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    # A worker's claim (a conditional UPDATE), so that two workers never both send it.
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["next_attempt_at"], name="outbox_revocation_due",
                                condition=models.Q(finished_at__isnull=True))]

    def __str__(self) -> str:
        return f"revocation of {self.address} at {self.provider} ({self.outcome or 'pending'})"

    @property
    def permissions_url(self) -> str:
        """Where the user removes Pursuit's access by hand."""
        found = oauth_rules.DEFAULTS.get(self.provider)
        return found.permissions_url if found else ""


class MessageQuerySet(models.QuerySet["Message"]):
    def retry_now(self, owner_id: int) -> int:
        """The user's messages waiting for a retry try again now, not at their back-off: the
        mail account was just fixed (a password, a host, a new sign-in). The one place this
        rule lives, for `outbox.services` and `outbox.oauth` alike."""
        return self.filter(owner_id=owner_id, system=False,
                           state=Message.State.RETRY).update(next_attempt_at=timezone.now())


class Message(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        CLAIMED = "claimed", "Queued (taken by a worker)"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        RETRY = "retry", "Waiting to retry"
        UNKNOWN = "unknown", "Unknown: check your Sent folder"
        CANCELLED = "cancelled", "Cancelled"
        # Waiting for the user to say "send" (or cancel): never sent by itself. A restored
        # message that was waiting to go out, or one whose mail account was removed.
        HELD = "held", "Held: send it?"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # Fixed when the message is queued, so a retry is the same message to the server and to
    # the recipient's client, and replies can be matched to it. Unique per account: a backup
    # restored into a second account of the same instance holds the same sent messages, under
    # the Message-IDs that went out (so replies to them are still recognised).
    message_id = models.CharField(max_length=255)
    from_name = models.CharField(max_length=200, blank=True)
    from_address = models.CharField(max_length=254)
    to_name = models.CharField(max_length=200, blank=True)
    to_address = models.CharField(max_length=254)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    send_at = models.DateTimeField()
    next_attempt_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    transport = models.CharField(max_length=10, blank=True)
    # Sent through the instance's own mailer rather than the user's mailbox (an invitation to
    # this Pursuit is not the user's correspondence): see transport.InstanceTransport.
    system = models.BooleanField(default=False)
    # Threading: the earlier messages to the same person about the same application.
    in_reply_to = models.CharField(max_length=255, blank=True)
    references = models.TextField(blank=True)

    class Copy(models.TextChoices):
        NONE = "", "No copy wanted"
        PENDING = "pending", "A copy is to go into the Sent folder"
        # Set (and committed) before the IMAP APPEND: a worker killed meanwhile leaves it so,
        # and the next one first looks for the Message-ID in the Sent folder.
        APPENDING = "appending", "Being put into the Sent folder"
        DONE = "done", "In the Sent folder"
        FAILED = "failed", "Could not be put into the Sent folder"

    sent_copy = models.CharField(max_length=10, choices=Copy.choices, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["state", "next_attempt_at"]),
            models.Index(fields=["owner", "state"]),
            models.Index(fields=["sent_copy"], name="outbox_message_copy_due",
                         condition=models.Q(sent_copy__in=["pending", "appending"])),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "message_id"],
                                    name="message_id_once_per_account"),
        ]

    def __str__(self) -> str:
        return f"{self.subject} to {self.to_address} ({self.state})"

    @property
    def printed_only(self) -> bool:
        """"Sent" by the console transport: printed where Pursuit runs, it reached nobody."""
        return self.state == self.State.SENT and self.transport == CONSOLE

    @property
    def state_words(self) -> str:
        """The state as the user should read it: never "Sent" for a message nobody got."""
        return PRINTED_ONLY if self.printed_only else self.get_state_display()


class Attempt(models.Model):
    """One try at delivering a message: written before the SMTP conversation, closed after."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attempt_log")
    worker = models.CharField(max_length=100)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, blank=True)
    smtp_code = models.PositiveSmallIntegerField(null=True, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ("started_at", "id")

    def __str__(self) -> str:
        return f"attempt on {self.message_id}: {self.outcome or 'in progress'}"


class MailCheck(models.Model):
    """A "test connection" request: the worker runs it, the page shows the result."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    smtp_result = models.TextField(blank=True)
    imap_result = models.TextField(blank=True)
    ok = models.BooleanField(null=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"check {self.pk} ({self.ok})"


class OAuthSignIn(models.Model):
    """A sign-in with Microsoft or Google under way, one per user (a new one replaces it).

    The request writes it, the worker talks to the provider (`outbox.oauth.sign_ins_run`), and
    the page polls it: a request never waits on the provider. Code grant: `started` while the
    browser is at the provider's page, `exchanging` once it came back with a code. Device
    grant: `started` until the worker has a code from the provider, `waiting` while it polls
    the token endpoint at the provider's interval. Then `done` or `failed`, with what the user
    is told in `said`. Owned by `outbox.oauth`; its secrets are encrypted like the passwords
    (`pursuit.crypto`) and blanked as soon as they are used."""

    class Grant(models.TextChoices):
        CODE = "code", "Authorization code"
        DEVICE = "device", "Device code"

    class State(models.TextChoices):
        STARTED = "started", "Started"
        EXCHANGING = "exchanging", "Finishing the sign-in"
        WAITING = "waiting", "Waiting for the code to be entered"
        DONE = "done", "Signed in"
        FAILED = "failed", "Failed"

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="+")
    provider = models.CharField(max_length=10, choices=MailAccount.Provider.choices)
    grant = models.CharField(max_length=10, choices=Grant.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.STARTED)
    # The code grant: the SHA-256 of its `state` (compared when the browser comes back), the
    # PKCE verifier, the redirect URI the provider checks again, and the code it gave.
    state_hash = models.CharField(max_length=64, blank=True)
    verifier_encrypted = models.TextField(blank=True)
    redirect_uri = models.CharField(max_length=500, blank=True)
    code_encrypted = models.TextField(blank=True)
    # The device grant (RFC 8628): what the user types where, and how often to ask.
    device_code_encrypted = models.TextField(blank=True)
    user_code = models.CharField(max_length=40, blank=True)
    verification_uri = models.CharField(max_length=500, blank=True)
    interval = models.PositiveSmallIntegerField(default=5)
    started_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    # When the worker next has something to ask the provider (None: nothing to do).
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # [[level, text], ...]: shown once on the settings page ("success", "info", "warning",
    # "error"), then the row is removed.
    said = models.JSONField(default=list, blank=True)

    class Meta:
        indexes = [models.Index(fields=["next_attempt_at"], name="outbox_signin_due",
                                condition=models.Q(next_attempt_at__isnull=False))]

    def __str__(self) -> str:
        return f"{self.grant} sign-in with {self.provider} ({self.state})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)


class MailLookup(models.Model):
    """"Look up settings" for an address no preset knows: the worker asks DNS and the domain's
    autoconfig file (`worker.mail_lookup`), the page polls. One per user (a new one replaces
    it). `form` is what the user had typed (never a password), to show it again."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="+")
    address = models.CharField(max_length=254)
    form = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The settings found (core.mail_presets.Preset's fields), or None when nothing was.
    found = models.JSONField(null=True, blank=True)

    def __str__(self) -> str:
        return f"look-up of {self.address} ({'done' if self.finished_at else 'pending'})"


class InboundReply(models.Model):
    """A message found in the user's INBOX that answers one of theirs."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    message_id = models.CharField(max_length=255)
    in_reply_to = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="replies")
    application = models.ForeignKey("pipeline.Application", null=True, blank=True,
                                    on_delete=models.CASCADE, related_name="replies")
    from_address = models.CharField(max_length=254)
    subject = models.CharField(max_length=300, blank=True)
    received_at = models.DateTimeField()
    snippet = models.TextField(blank=True)
    automatic = models.BooleanField(default=False)
    suggests_rejection = models.BooleanField(default=False)
    confirmed_rejection = models.BooleanField(default=False)
    event = models.ForeignKey("pipeline.Event", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")

    class Meta:
        ordering = ("-received_at",)
        constraints = [
            models.UniqueConstraint(fields=["owner", "message_id"], name="reply_seen_once"),
        ]

    def __str__(self) -> str:
        return f"reply from {self.from_address}"
