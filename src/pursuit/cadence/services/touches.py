"""A touch's life: carried out (by the user or by the worker's delivery), skipped, snoozed, and
the message approved for it. Every change of a touch's status is made here (or by a re-plan),
with the same bookkeeping whoever asks: the local day it was done, the reference marked
alerted, the pages renewed, and the message withdrawn when the touch is not wanted.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone as dj_timezone

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.common.pagecache import renew
from pursuit.core.errors import BadInput
from pursuit.outbox.models import CONSOLE, Message
from pursuit.outbox.services import (
    message_cancel,
    message_enqueue,
    message_resolve_unknown,
    messages_withdraw,
)
from pursuit.pipeline.models import ApplicationReference


def _owned_touch(owner: User, touch_id: int, *, lock: bool = False) -> Touch:
    rows = Touch.objects.select_related("application", "message")
    if lock:
        # The row lock orders two writers of one touch (a double click, the web and the
        # worker): the second sees what the first wrote.
        rows = rows.select_for_update(of=("self",))
    try:
        return rows.get(pk=touch_id, owner=owner)
    except Touch.DoesNotExist:
        raise BadInput("no such touch", where="touch") from None


def done_on(owner: User, at: datetime) -> date:
    """The day a touch was carried out, as the owner counts days (stored as Touch.done_on)."""
    return at.astimezone(ZoneInfo(owner.timezone)).date()


def touches_fill_done_on(owner: User) -> int:
    """Give carried-out touches that lack it their local day (rows restored from a backup made
    before Touch.done_on existed); how many were filled."""
    missing = list(Touch.objects.filter(owner=owner, done_at__isnull=False, done_on__isnull=True)
                   .only("pk", "done_at"))
    for touch in missing:
        touch.done_on = done_on(owner, touch.done_at)  # type: ignore[arg-type]
    Touch.objects.bulk_update(missing, ["done_on"], batch_size=1000)
    return len(missing)


def _leave_planned(owner: User, touch: Touch, *, status: str, at: datetime, note: str = "",
                   outcome: str = "") -> None:
    """The one place a touch leaves `planned` for history (done or skipped)."""
    touch.status = status
    touch.outcome = outcome
    touch.note = note
    touch.done_at = at
    touch.done_on = done_on(owner, at)
    touch.save(update_fields=["status", "outcome", "note", "done_at", "done_on", "updated_at"])
    if status == Touch.Status.DONE and touch.type == "reference_alert" and touch.contact_id:
        ApplicationReference.objects.filter(
            application_id=touch.application_id, reference__contact_id=touch.contact_id,
            alerted_on__isnull=True,
        ).update(alerted_on=touch.done_on)
    # No re-plan: by the rules, carrying a touch out or skipping it moves nothing else (done and
    # skipped touches are history and keep their dates; tests/core/test_cadence_history.py),
    # and the worker's send path must not pay for a re-plan per message.
    renew(owner)


def touch_complete(*, owner: User, touch_id: int, outcome: str = "", note: str = "",
                   at: datetime | None = None) -> Touch:
    """Mark a touch done by the user (a call with its outcome, a letter mailed, an e-mail the
    user sent themselves). Done twice is done once: a double click must not log twice."""
    if outcome and outcome not in Touch.Outcome.values:
        raise BadInput(f"unknown outcome {outcome!r}", where="outcome")
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id, lock=True)
        if touch.status == Touch.Status.DONE:
            return touch
        if touch.status != Touch.Status.PLANNED:
            raise BadInput(f"this touch was {touch.get_status_display().lower()}",
                           where="touch")
        _leave_planned(owner, touch, status=Touch.Status.DONE, at=at or dj_timezone.now(),
                       outcome=outcome, note=note)
    return touch


def touch_skip(*, owner: User, touch_id: int, reason: str) -> Touch:
    """Skip a touch; its message, if one is still waiting in the outbox, is withdrawn in the
    same transaction. One already being sent finishes (sent or unknown): see
    `message_too_late`."""
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id, lock=True)
        if touch.status != Touch.Status.PLANNED:
            return touch
        if touch.message_id:
            messages_withdraw(message_ids=[touch.message_id])
        _leave_planned(owner, touch, status=Touch.Status.SKIPPED, at=dj_timezone.now(),
                       note=reason)
    return touch


def message_too_late(touch: Touch) -> Message | None:
    """The touch's message when it went (or may have gone) out although the touch was skipped
    or cancelled: the user must be told, since the recipient has it."""
    if touch.message_id is None:
        return None
    message = Message.objects.filter(pk=touch.message_id).first()
    if message is None or message.state not in (Message.State.SENDING, Message.State.SENT,
                                                Message.State.UNKNOWN):
        return None
    return message


def touch_snooze(*, owner: User, touch_id: int, until: date) -> Touch:
    """Move one touch to a later day; the weekly rhythm keeps its nominal dates."""
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id, lock=True)
        if touch.status != Touch.Status.PLANNED:
            raise BadInput("only a planned touch can be snoozed", where="touch")
        if until <= touch.due_on:
            raise BadInput("snooze to a day after the touch is due", where="until")
        touch.snoozed_until = until
        touch.save(update_fields=["snoozed_until", "updated_at"])
        renew(owner)
    return touch


def touch_sent(*, message_id: int, at: datetime) -> Touch | None:
    """The worker delivered a touch's message (or the user confirmed an unknown one went out):
    the touch is done, with the same bookkeeping as one the user carried out. A touch that was
    skipped or cancelled meanwhile keeps that status (its message lost the race and the user
    is told on the touch's pages). Returns the touch, or None for a message with none."""
    touch = (Touch.objects.select_related("application", "owner", "message")
             .filter(message_id=message_id).first())
    if touch is None or touch.status != Touch.Status.PLANNED:
        return touch
    _leave_planned(touch.owner, touch, status=Touch.Status.DONE, at=at)
    return touch


def touch_queue_message(*, owner: User, touch_id: int, to_address: str, to_name: str,
                        subject: str, body: str, send_at: datetime | None = None) -> Message:
    """Queue the message the user approved for a touch. One message per touch: a second
    approval while one is waiting or sent is refused."""
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id, lock=True)
        if touch.status != Touch.Status.PLANNED:
            raise BadInput(f"this touch was {touch.get_status_display().lower()}: nothing "
                           "goes out for it any more", where="touch")
        if touch.message is not None and touch.message.state != Message.State.CANCELLED:
            raise BadInput("a message for this touch is already in the outbox", where="touch")
        # One conversation per person and application: the earlier messages that went out
        # to this address for this application (oldest first) are what this one follows up.
        earlier = list(Message.objects.filter(
            owner=owner, touch__application_id=touch.application_id,
            to_address__iexact=to_address.strip(),
            state__in=[Message.State.SENT, Message.State.UNKNOWN],
        ).exclude(transport=CONSOLE).order_by("sent_at", "id").values_list("message_id",
                                                                           flat=True))
        message = message_enqueue(owner=owner, to_address=to_address, to_name=to_name,
                                  subject=subject, body=body, send_at=send_at,
                                  earlier=earlier)
        touch.message = message
        touch.save(update_fields=["message", "updated_at"])
    return message


def touch_withdraw_message(*, owner: User, touch_id: int) -> None:
    """Take a touch's waiting message back out of the outbox (its letter goes back to draft).
    Refused once the message is on its way."""
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id, lock=True)
        if touch.message is None or touch.message.state == Message.State.CANCELLED:
            return
        message_cancel(owner=owner, message_id=touch.message.pk)


def message_decide(*, owner: User, message_id: int, sent: bool) -> Message:
    """The user checked their Sent folder about a message whose delivery is unknown: it went
    out (its touch is done) or it did not (it goes back to the queue, unless its touch is no
    longer wanted, in which case it is withdrawn)."""
    with transaction.atomic():
        touch = Touch.objects.filter(owner=owner, message_id=message_id).first()
        if not sent and touch is not None and touch.status != Touch.Status.PLANNED:
            message = message_resolve_unknown(owner=owner, message_id=message_id, sent=False)
            messages_withdraw(message_ids=[message.pk])
            message.refresh_from_db()
            return message
        message = message_resolve_unknown(owner=owner, message_id=message_id, sent=sent)
        if sent:
            touch_sent(message_id=message.pk, at=message.sent_at or dj_timezone.now())
    return message
