"""Reads about the outbox."""

from __future__ import annotations

from django.db.models import Case, IntegerField, QuerySet, Value, When

from pursuit.accounts.models import User
from pursuit.outbox.models import InboundReply, MailAccount, MailCheck, Message

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


def replies_for(owner: User, *, limit: int = 50) -> QuerySet[InboundReply]:
    return (InboundReply.objects.filter(owner=owner)
            .select_related("application__employer")[:limit])
