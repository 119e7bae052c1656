"""Reads about the outbox."""

from __future__ import annotations

from datetime import timedelta
from email.message import Message as EmailMessage

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.outbox.models import (
    InboundReply,
    MailAccount,
    MailCheck,
    MailLookup,
    Message,
    OAuthRevocation,
    OAuthSignIn,
)

# What needs the user first: a decision (unknown, held), a failure, then what is on its way.
_ATTENTION = Case(
    When(state__in=[Message.State.UNKNOWN, Message.State.HELD], then=Value(0)),
    When(state=Message.State.FAILED, then=Value(1)),
    When(state=Message.State.RETRY, then=Value(2)),
    When(state__in=[Message.State.QUEUED, Message.State.CLAIMED, Message.State.SENDING],
         then=Value(3)),
    default=Value(4), output_field=IntegerField(),
)


def outbox_for(owner: User) -> QuerySet[Message]:
    """The user's messages, what needs them first (see `cadence.selectors.outbox_messages`
    for the same list with each message's application)."""
    return (Message.objects.filter(owner=owner).annotate(attention=_ATTENTION)
            .order_by("attention", "-created_at"))


def message_for(owner: User, message_id: int) -> Message:
    return Message.objects.prefetch_related("attempt_log").get(
        pk=message_id, owner=owner)


# The HTML part is shown in a sandboxed frame (no scripts, no forms, another origin) and,
# inside it, under a policy that loads nothing from anywhere: no tracking pixel, no remote
# font or stylesheet, only the message's own inline styles and data: images.
HTML_PART_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                    "font-src data:; form-action 'none'; base-uri 'none'")


def html_part(email: EmailMessage) -> str | None:
    """The message's HTML part as a document for an iframe's srcdoc, or None for plain text.

    The messages Pursuit writes are plain text, but a message is shown from its MIME tree
    (what the recipient's client gets), so an HTML part, if one is ever built, is shown as
    the client would render it, and never with its scripts or remote loads."""
    for part in email.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            charset = part.get_content_charset() or "utf-8"
            html = payload.decode(charset, "replace") if isinstance(payload, bytes) else ""
            return (f'<!doctype html><meta charset="utf-8"><meta http-equiv='
                    f'"Content-Security-Policy" content="{HTML_PART_POLICY}">{html}')
    return None


def mail_account_for(owner: User) -> MailAccount | None:
    return MailAccount.objects.filter(owner=owner).first()


def sign_in_refused_for(owner: User) -> MailAccount | None:
    """The user's mail account when its provider refused to renew the OAuth sign-in (nothing
    is sent from it until they sign in again), else None."""
    return (MailAccount.objects.filter(owner=owner, oauth_refused_at__isnull=False)
            .exclude(oauth_provider="").first())


def latest_check(owner: User) -> MailCheck | None:
    return MailCheck.objects.filter(owner=owner).first()


def check_for(owner: User, check_id: int) -> MailCheck:
    return MailCheck.objects.get(pk=check_id, owner=owner)


def sign_in_for(owner: User) -> OAuthSignIn | None:
    """The user's sign-in under way (or finished and not yet shown): one at most."""
    return OAuthSignIn.objects.filter(owner=owner).first()


def mail_lookup_for(owner: User, lookup_id: int) -> MailLookup | None:
    return MailLookup.objects.filter(pk=lookup_id, owner=owner).first()


def replies_for(owner: User, *, limit: int = 50) -> QuerySet[InboundReply]:
    return (InboundReply.objects.filter(owner=owner)
            .select_related("application__employer")[:limit])


# How long a revocation the provider never answered stays on the settings page.
REVOCATION_SHOWN = timedelta(days=30)


def revocations_to_tell(owner: User) -> list[OAuthRevocation]:
    """The user's removed sign-ins still being revoked at their provider, and those whose
    provider could not be reached (the user removes the access by hand)."""
    return list(OAuthRevocation.objects.filter(owner=owner).filter(
        Q(finished_at__isnull=True)
        | Q(outcome=OAuthRevocation.Outcome.FAILED,
            finished_at__gte=timezone.now() - REVOCATION_SHOWN)).defer("token_encrypted"))
