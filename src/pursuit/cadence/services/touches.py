"""A touch's life: carried out (by the user or by the worker's delivery), skipped, snoozed, and
the message approved for it. Every change of a touch's status is made here (or by a re-plan),
with the same bookkeeping whoever asks: the local day it was done, the reference marked
alerted, the pages renewed, and the message withdrawn when the touch is not wanted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.utils import timezone as dj_timezone

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.common.pagecache import renew
from pursuit.core.errors import BadInput
from pursuit.outbox.models import CONSOLE, Message
from pursuit.outbox.services import (
    Draft,
    message_cancel,
    message_resolve_unknown,
    messages_enqueue,
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
    """The one place a touch leaves `planned` for history (done or skipped); `touch_sent`
    makes the same change in one statement (`_sent`), with the same bookkeeping after it."""
    touch.status = status
    touch.outcome = outcome
    touch.note = note
    touch.done_at = at
    touch.done_on = done_on(owner, at)
    touch.save(update_fields=["status", "outcome", "note", "done_at", "done_on", "updated_at"])
    _left_planned(owner, touch.type if status == Touch.Status.DONE else "",
                  touch.application_id, touch.contact_id, touch.done_on)


def _left_planned(owner: User, done_type: str, application_id: int, contact_id: int | None,
                  day: date, *, renew_pages: bool = True) -> None:
    """What follows a touch leaving `planned` (`done_type`: its type when it was carried out)."""
    if done_type == "reference_alert" and contact_id:
        ApplicationReference.objects.filter(
            application_id=application_id, reference__contact_id=contact_id,
            alerted_on__isnull=True,
        ).update(alerted_on=day)
    # No re-plan: by the rules, carrying a touch out or skipping it moves nothing else (done and
    # skipped touches are history and keep their dates; tests/core/test_cadence_history.py),
    # and the worker's send path must not pay for a re-plan per message.
    if renew_pages:
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


def touch_sent(*, message_id: int, at: datetime, owner: User | None = None,
               renew_pages: bool = True) -> bool:
    """The worker delivered a touch's message (or the user confirmed an unknown one went out):
    the touch is done, with the same bookkeeping as one the user carried out. A touch that was
    skipped or cancelled meanwhile keeps that status (its message lost the race and the user
    is told on the touch's pages). `owner`: the message's, when the caller has it (the
    worker does). Without `renew_pages`, the caller renews the owner's cached pages itself
    when it returns True (the worker, once for many messages). Returns whether a touch
    became done."""
    if owner is None:
        owner = User.objects.filter(message__pk=message_id).first()
        if owner is None:
            return False
    day = done_on(owner, at)
    # One conditional UPDATE, in plain SQL as on the rest of the worker's send path (the ORM's
    # per-query overhead was most of the cost of the bookkeeping): the same change as
    # `_leave_planned`, and RETURNING gives what its bookkeeping needs.
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Touch._meta.db_table} SET status = %s, outcome = '', note = '',"  # noqa: S608
            " done_at = %s, done_on = %s, updated_at = %s"
            " WHERE message_id = %s AND owner_id = %s AND status = %s"
            " RETURNING type, application_id, contact_id",
            [Touch.Status.DONE, connection.ops.adapt_datetimefield_value(at),
             connection.ops.adapt_datefield_value(day),
             connection.ops.adapt_datetimefield_value(dj_timezone.now()), message_id,
             owner.pk, Touch.Status.PLANNED])
        row = cursor.fetchone()
    if row is None:
        return False
    _left_planned(owner, row[0], row[1], row[2], day, renew_pages=renew_pages)
    return True


@dataclass(frozen=True, slots=True)
class Approved:
    """A message the user approved for one of their touches."""

    touch_id: int
    to_address: str
    to_name: str
    subject: str
    body: str
    send_at: datetime | None = None


def touch_queue_message(*, owner: User, touch_id: int, to_address: str, to_name: str,
                        subject: str, body: str, send_at: datetime | None = None) -> Message:
    """Queue the message the user approved for a touch (`touch_queue_messages` with one)."""
    return touch_queue_messages(owner=owner, approved=[Approved(
        touch_id=touch_id, to_address=to_address, to_name=to_name, subject=subject, body=body,
        send_at=send_at)])[0]


def touch_queue_messages(*, owner: User, approved: Sequence[Approved]) -> list[Message]:
    """Queue the messages the user approved for their touches, in one transaction: each touch
    must be theirs, still planned, and without a message waiting or sent (one message per
    touch: a second approval is refused). All or none.

    The statements are the same for one touch or a thousand (the touches, their threads' earlier
    messages, the sender, one INSERT, one UPDATE of the touches), so a batch holds SQLite's
    write lock for a few short statements and the worker delivers between two batches."""
    if not approved:
        return []
    ids = [item.touch_id for item in approved]
    if len(set(ids)) != len(ids):
        raise BadInput("the same touch twice: one message per touch", where="touch")
    several = len(approved) > 1
    with transaction.atomic():
        rows = Touch.objects.select_related("message").filter(owner=owner, pk__in=ids)
        # Row locks (PostgreSQL; SQLite's transaction holds the write lock) order two writers
        # of one touch, a double click or a skip: the second sees what the first wrote. Taken
        # in id order, so two batches never wait on each other crosswise.
        found = {t.pk: t for t in rows.select_for_update(of=("self",)).order_by("pk")}
        touches = []
        for item in approved:
            touch = found.get(item.touch_id)
            where = f"touch {item.touch_id}: " if several else ""
            if touch is None:
                raise BadInput(f"{where}no such touch", where="touch")
            if touch.status != Touch.Status.PLANNED:
                raise BadInput(f"{where}this touch was {touch.get_status_display().lower()}: "
                               "nothing goes out for it any more", where="touch")
            if touch.message is not None and touch.message.state != Message.State.CANCELLED:
                raise BadInput(f"{where}a message for this touch is already in the outbox",
                               where="touch")
            touches.append(touch)
        earlier = _earlier(owner, touches, approved)
        messages = messages_enqueue(owner=owner, drafts=[Draft(
            to_address=item.to_address, to_name=item.to_name, subject=item.subject,
            body=item.body, send_at=item.send_at, earlier=earlier[n])
            for n, item in enumerate(approved)])
        now = dj_timezone.now()
        for touch, message in zip(touches, messages, strict=True):
            touch.message, touch.updated_at = message, now
        # One prepared UPDATE run for each touch (bulk_update's CASE expressions cost more
        # than the rest of the batch together).
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {Touch._meta.db_table} SET message_id = %s, updated_at = %s"  # noqa: S608
                " WHERE id = %s",
                [(touch.message_id, connection.ops.adapt_datetimefield_value(now), touch.pk)
                 for touch in touches])
    return messages


def _earlier(owner: User, touches: Sequence[Touch], approved: Sequence[Approved]
             ) -> list[list[str]]:
    """For each approved message, the Message-IDs it follows up (oldest first): one
    conversation per person and application, so the earlier messages that went out to the
    same address for the same application. One query for the whole batch."""
    applications = {touch.application_id for touch in touches}
    thread: dict[tuple[int, str], list[str]] = {}
    for application_id, address, message_id in Message.objects.filter(
        owner=owner, touch__application_id__in=applications,
        state__in=[Message.State.SENT, Message.State.UNKNOWN],
    ).exclude(transport=CONSOLE).order_by("sent_at", "id").values_list(
            "touch__application_id", "to_address", "message_id"):
        # Addresses compared without case, as the address's own domain does.
        thread.setdefault((application_id, address.strip().lower()), []).append(message_id)
    return [thread.get((touch.application_id, item.to_address.strip().lower()), [])
            for touch, item in zip(touches, approved, strict=True)]


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
            touch_sent(message_id=message.pk, at=message.sent_at or dj_timezone.now(),
                       owner=owner)
    return message
