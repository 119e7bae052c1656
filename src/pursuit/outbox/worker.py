"""The worker: one loop that polls the database, delivers due messages, recovers expired
claims, runs connection checks and polls IMAP for replies. No broker: the database is the
queue, so several workers on PostgreSQL (or on one SQLite file) work unchanged."""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from datetime import timedelta
from email.message import EmailMessage
from types import FrameType
from typing import Protocol

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from pursuit.core.mail import FAILED, RETRY, SENT, classify, next_delay
from pursuit.crypto import decrypt
from pursuit.outbox.models import Attempt, MailAccount, MailCheck, Message
from pursuit.outbox.services import build_email, mark_touch_sent
from pursuit.outbox.transport import ConsoleTransport, SendFailed, SmtpTransport

log = logging.getLogger(__name__)

DUE_STATES = (Message.State.QUEUED, Message.State.RETRY)


class Transport(Protocol):
    name: str

    def open(self) -> None: ...
    def send(self, message: EmailMessage, sender: str, recipient: str) -> str: ...
    def close(self) -> None: ...


def transport_for(account: MailAccount | None) -> Transport:
    if account is None:
        return ConsoleTransport()
    return SmtpTransport(host=account.smtp_host, port=account.smtp_port,
                         security=account.smtp_security, username=account.smtp_username,
                         password=decrypt(account.smtp_password_encrypted),
                         timeout=account.timeout_seconds)


class Worker:
    def __init__(self, *, lease_seconds: int = 300, idle_sleep: float = 2.0,
                 imap_every: float = 120.0, worker_id: str | None = None) -> None:
        self.id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self.lease = timedelta(seconds=lease_seconds)
        self.idle_sleep = idle_sleep
        self.imap_every = imap_every
        self.stopping = False
        self._transports: dict[int, Transport] = {}
        self._last_imap = 0.0

    # -- the loop ---------------------------------------------------------------------------
    def install_signal_handlers(self) -> None:
        def stop(signum: int, frame: FrameType | None) -> None:
            # Finish the message in hand, then leave: never abandon one mid-conversation.
            self.stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def run(self, *, once: bool = False) -> int:
        """Work until stopped (or, with once, until nothing is due). Returns messages handled."""
        handled = 0
        try:
            while not self.stopping:
                self.recover_expired()
                self.run_checks()
                did = 0
                while not self.stopping and self.deliver_next():
                    did += 1
                handled += did
                if once or time.monotonic() - self._last_imap >= self.imap_every:
                    self.poll_replies()
                    self._last_imap = time.monotonic()
                if once:
                    break
                if not did:
                    self._close_transports()
                    self._sleep(self.idle_sleep)
        finally:
            self._close_transports()
        return handled

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < end:
            time.sleep(min(0.2, end - time.monotonic()))

    def _close_transports(self) -> None:
        for transport in self._transports.values():
            transport.close()
        self._transports.clear()

    # -- claiming ---------------------------------------------------------------------------
    def recover_expired(self) -> int:
        """A claim older than the lease belongs to a worker that died mid-send: whether the
        server got the message is unknown, so it goes to UNKNOWN and is never resent."""
        cutoff = timezone.now() - self.lease
        return Message.objects.filter(state=Message.State.SENDING, claimed_at__lt=cutoff).update(
            state=Message.State.UNKNOWN,
            last_error="the worker stopped while sending: check your Sent folder",
        )

    def _at_rate_limit(self) -> set[int]:
        """Owners who sent their per-minute allowance in the last minute."""
        since = timezone.now() - timedelta(minutes=1)
        limited = set()
        for account in MailAccount.objects.only("owner_id", "rate_per_minute"):
            recent = Message.objects.filter(owner_id=account.owner_id).filter(
                Q(sent_at__gte=since) | Q(state=Message.State.SENDING)).count()
            if recent >= account.rate_per_minute:
                limited.add(account.owner_id)
        return limited

    def claim(self) -> Message | None:
        now = timezone.now()
        due = Message.objects.filter(state__in=DUE_STATES, next_attempt_at__lte=now)
        limited = self._at_rate_limit()
        if limited:
            due = due.exclude(owner_id__in=limited)
        due = due.order_by("next_attempt_at", "id")
        if connection.vendor == "postgresql":
            # SKIP LOCKED: two workers never wait on, or take, the same row.
            with transaction.atomic():
                row = due.select_for_update(skip_locked=True).first()
                if row is None:
                    return None
                Message.objects.filter(pk=row.pk).update(
                    state=Message.State.SENDING, claimed_by=self.id, claimed_at=now,
                    attempts=F("attempts") + 1)
                return Message.objects.get(pk=row.pk)
        for pk in due.values_list("pk", flat=True)[:10]:
            # The conditional UPDATE is the claim: only one worker sees one row changed.
            won = Message.objects.filter(pk=pk, state__in=DUE_STATES).update(
                state=Message.State.SENDING, claimed_by=self.id, claimed_at=now,
                attempts=F("attempts") + 1)
            if won:
                return Message.objects.get(pk=pk)
        return None

    # -- delivering -------------------------------------------------------------------------
    def deliver_next(self) -> bool:
        message = self.claim()
        if message is None:
            return False
        self.deliver(message)
        return True

    def deliver(self, message: Message) -> str:
        # The attempt is on disk before the first byte goes to the server.
        attempt = Attempt.objects.create(message=message, worker=self.id,
                                         started_at=timezone.now())
        transport = self._transport(message.owner_id)
        code: int | None = None
        try:
            reply = transport.send(build_email(message, date=timezone.now()),
                                   message.from_address, message.to_address)
            outcome, detail = SENT, reply
        except SendFailed as exc:
            outcome, detail, code = classify(exc.failure), exc.failure.detail, exc.failure.code
        except Exception as exc:  # a bug or an unreadable secret: keep the worker alive
            log.exception("sending message %s failed", message.pk)
            outcome, detail = RETRY, f"{type(exc).__name__}: {exc}"
        self._record(message, attempt, transport.name, outcome, detail, code)
        return outcome

    def _record(self, message: Message, attempt: Attempt, transport: str, outcome: str,
                detail: str, code: int | None) -> None:
        now = timezone.now()
        fields: dict[str, object] = {"transport": transport, "claimed_by": "",
                                     "claimed_at": None}
        if outcome == SENT:
            fields.update(state=Message.State.SENT, sent_at=now, last_error="")
        elif outcome == RETRY:
            delay = next_delay(message.attempts)
            if delay is None:
                fields.update(state=Message.State.FAILED,
                              last_error=f"gave up after {message.attempts} tries: {detail}")
                outcome = FAILED
            else:
                fields.update(state=Message.State.RETRY, last_error=detail,
                              next_attempt_at=now + timedelta(seconds=delay))
        elif outcome == FAILED:
            fields.update(state=Message.State.FAILED, last_error=detail)
        else:
            fields.update(state=Message.State.UNKNOWN, last_error=detail)
        with transaction.atomic():
            # Conditional on our claim: a message recovered to UNKNOWN meanwhile stays so.
            Message.objects.filter(pk=message.pk, state=Message.State.SENDING,
                                   claimed_by=self.id).update(**fields)
            Attempt.objects.filter(pk=attempt.pk).update(finished_at=now, outcome=outcome,
                                                         smtp_code=code, detail=detail[:2000])
            if outcome == SENT and message.touch_id:
                mark_touch_sent(message.touch_id, now)

    def _transport(self, owner_id: int) -> Transport:
        transport = self._transports.get(owner_id)
        if transport is None:
            account = MailAccount.objects.filter(owner_id=owner_id).first()
            transport = transport_for(account)
            self._transports[owner_id] = transport
        return transport

    # -- checks and replies -----------------------------------------------------------------
    def run_checks(self) -> None:
        from pursuit.outbox.checks import run_check

        for check in MailCheck.objects.filter(finished_at__isnull=True)[:5]:
            run_check(check)

    def poll_replies(self) -> None:
        from pursuit.outbox.replies import poll_account

        for account in MailAccount.objects.exclude(imap_host=""):
            poll_account(account)
