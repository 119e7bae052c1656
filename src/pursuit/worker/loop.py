"""The worker: one loop that polls the database, delivers due messages (marking their touches
done through the cadence), recovers expired claims, queues morning digests, runs connection
checks and background jobs, and polls IMAP for replies. No broker: the database is the
queue, so several workers on PostgreSQL (or on one SQLite file) work unchanged.

A message goes queued -> claimed -> sending -> sent / retry / failed / unknown. A worker
claims a small batch of one account's due messages in one conditional UPDATE, then flips each
to `sending` (recording the attempt) just before its SMTP conversation. So at any time at most
one message per worker is in flight: if the worker dies, its `sending` message becomes
`unknown` (never resent), and its merely `claimed` ones go back to the queue untouched.
"""

from __future__ import annotations

import logging
import signal
import time
from datetime import datetime, timedelta
from email.message import Message as EmailMessage
from types import FrameType
from typing import Any, Protocol

from django.db import connection, transaction
from django.utils import timezone

from pursuit.archive.services import import_file
from pursuit.cadence.models import Touch
from pursuit.cadence.replies import reply_record
from pursuit.cadence.services import touch_sent
from pursuit.cards.services import scan_batch_run
from pursuit.core.errors import BadInput
from pursuit.core.mail import FAILED, RETRY, SENT, classify, next_delay
from pursuit.crypto import decrypt
from pursuit.digest.services import send_due_digests
from pursuit.jobs import liveness
from pursuit.jobs.models import Job
from pursuit.jobs.services import (
    job_claim,
    job_fail,
    job_finish,
    job_progress,
    jobs_recover,
    staged_clean,
    staged_path,
)
from pursuit.outbox.checks import run_check
from pursuit.outbox.models import MailAccount, MailCheck, Message
from pursuit.outbox.replies import poll_account
from pursuit.outbox.services import build_email
from pursuit.outbox.transport import (
    ConsoleTransport,
    InstanceTransport,
    SendFailed,
    SmtpTransport,
)
from pursuit.postings.services import posting_read_run

log = logging.getLogger(__name__)

DUE_STATES = (Message.State.QUEUED, Message.State.RETRY)
_UNWANTED = (Touch.Status.SKIPPED, Touch.Status.CANCELLED, Touch.Status.DONE)
BATCH = 50


class Transport(Protocol):
    name: str

    def open(self) -> None: ...
    def send(self, message: EmailMessage, sender: str, recipient: str) -> str: ...
    def close(self) -> None: ...


def _db_time(value: datetime | None) -> Any:
    """A datetime as the database backend wants it in a raw query (UTC, as the ORM stores)."""
    return connection.ops.adapt_datetimefield_value(value) if value is not None else None


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
        self.id = worker_id or liveness.worker_id()
        self.lease = timedelta(seconds=lease_seconds)
        self.idle_sleep = idle_sleep
        self.imap_every = imap_every
        self.stopping = False
        self._transports: dict[int, Transport] = {}
        self._instance = InstanceTransport()
        self._last_imap = 0.0
        self._last_clean = 0.0

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
                liveness.beat(self.id)
                self.recover_expired()
                self.run_checks()
                self.send_digests()  # queued before delivering, so they go out this turn
                did = 0
                while not self.stopping:
                    batch = self.claim_batch()
                    if not batch:
                        break
                    did += self.deliver_batch(batch)
                    self.release_claims()  # what a stopped batch left goes back at once
                handled += did
                did += self.run_jobs(once=once)
                if once or time.monotonic() - self._last_imap >= self.imap_every:
                    self.poll_replies()
                    self._last_imap = time.monotonic()
                if once:
                    break
                if not did:
                    self._close_transports()
                    self._sleep(self.idle_sleep)
        finally:
            self.release_claims()
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
        """Claims older than the lease belong to a worker that died.

        A `sending` message may or may not have reached the server: UNKNOWN, never resent.
        A `claimed` one was never tried: back to the queue.
        """
        cutoff = timezone.now() - self.lease
        unknown = Message.objects.filter(state=Message.State.SENDING,
                                         claimed_at__lt=cutoff).update(
            state=Message.State.UNKNOWN, claimed_by="",
            last_error="the worker stopped while sending: check your Sent folder")
        Message.objects.filter(state=Message.State.CLAIMED, claimed_at__lt=cutoff).update(
            state=Message.State.QUEUED, claimed_by="", claimed_at=None)
        return unknown

    def release_claims(self) -> None:
        Message.objects.filter(state=Message.State.CLAIMED, claimed_by=self.id).update(
            state=Message.State.QUEUED, claimed_by="", claimed_at=None)

    def _allowance(self, owner_id: int, now: object) -> int:
        """How many more messages this account may send in the current minute."""
        account = MailAccount.objects.filter(owner_id=owner_id).only("rate_per_minute").first()
        if account is None:
            return BATCH  # the console transport has no server to protect
        since = timezone.now() - timedelta(minutes=1)
        recent = Message.objects.filter(owner_id=owner_id, sent_at__gte=since).count()
        return max(0, min(BATCH, account.rate_per_minute - recent))

    def claim_batch(self) -> list[Message]:
        """Claim up to BATCH due messages of one account (the most overdue first)."""
        now = timezone.now()
        due = Message.objects.filter(state__in=DUE_STATES, next_attempt_at__lte=now)
        skipped: set[int] = set()
        while True:
            first = (due.exclude(owner_id__in=skipped).order_by("next_attempt_at", "id")
                     .values_list("owner_id", flat=True).first())
            if first is None:
                return []
            allowance = self._allowance(first, now)
            if allowance:
                break
            skipped.add(first)  # at its rate limit: others may still go
        mine = due.filter(owner_id=first).order_by("next_attempt_at", "id")
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # SKIP LOCKED: two workers never wait on, or take, the same rows.
                ids = list(mine.select_for_update(skip_locked=True)
                           .values_list("pk", flat=True)[:allowance])
            else:
                ids = list(mine.values_list("pk", flat=True)[:allowance])
            # The conditional UPDATE is the claim: a row another worker took meanwhile is
            # no longer due, so it is not counted here.
            # A message whose touch is no longer planned was withdrawn with it (the cadence
            # does both in one transaction); the exclusion says so again where it matters.
            Message.objects.filter(pk__in=ids, state__in=DUE_STATES).exclude(
                touch__status__in=_UNWANTED).update(
                state=Message.State.CLAIMED, claimed_by=self.id, claimed_at=now)
        return list(Message.objects.filter(pk__in=ids, state=Message.State.CLAIMED,
                                           claimed_by=self.id).order_by("next_attempt_at", "id"))

    # -- delivering -------------------------------------------------------------------------
    def deliver_batch(self, batch: list[Message]) -> int:
        """Send a claimed batch over one connection. Each message's outcome is written in the
        same transaction that starts the next one: one commit per message, and still at
        most one message `sending` at any moment."""
        handled = 0
        attempt = self._start_in_new_transaction(batch[0])
        for position, message in enumerate(batch):
            if attempt is None:  # our claim on it was lost: try the next one
                if position + 1 < len(batch) and not self.stopping:
                    attempt = self._start_in_new_transaction(batch[position + 1])
                continue
            outcome, detail, code, transport = self._send(message)
            # A server that is down or refuses the login fails every message alike: the rest
            # of the batch goes back to the queue instead of failing one by one.
            keep_going = not self.stopping and not (outcome == RETRY and code is None)
            following = batch[position + 1] if keep_going and position + 1 < len(batch) \
                else None
            attempt = self._record(message, attempt, transport, outcome, detail, code,
                                   start_next=following)
            handled += 1
            if following is None:
                break
        return handled

    def deliver_next(self) -> bool:
        """Deliver one due message, if any (the rest of its batch goes back to the queue)."""
        batch = self.claim_batch()
        if batch:
            self.deliver(batch[0])
            self.release_claims()
        return bool(batch)

    def deliver(self, message: Message) -> str | None:
        """Deliver one claimed message; returns its outcome, or None if the claim was lost."""
        attempt = self._start_in_new_transaction(message)
        if attempt is None:
            return None
        outcome, detail, code, transport = self._send(message)
        self._record(message, attempt, transport, outcome, detail, code)
        return Message.objects.values_list("state", flat=True).get(pk=message.pk)

    def _start_in_new_transaction(self, message: Message) -> int | None:
        with transaction.atomic(), connection.cursor() as cursor:
            return self._start(cursor, message)

    def _start(self, cursor: Any, message: Message) -> int | None:
        """Flip a claimed message to `sending` and log the attempt, before any byte is sent.

        Returns the attempt's id, or None when the claim was lost (recovered by another
        worker after our lease ran out). Plain SQL on this path and in `_record`: the ORM's
        per-query overhead was most of the time spent per message.
        """
        now = _db_time(timezone.now())
        # Conditional on the claim and on the touch still being wanted: a skip that withdrew
        # the message first leaves it `cancelled`, and this UPDATE then changes nothing.
        cursor.execute(
            "UPDATE outbox_message SET state = %s, claimed_at = %s, attempts = attempts + 1"
            " WHERE id = %s AND state = %s AND claimed_by = %s AND NOT EXISTS (SELECT 1 FROM"
            " cadence_touch t WHERE t.message_id = outbox_message.id AND t.status <> %s)",
            [Message.State.SENDING, now, message.pk, Message.State.CLAIMED, self.id,
             Touch.Status.PLANNED])
        if cursor.rowcount != 1:
            return None
        message.attempts += 1
        cursor.execute(
            "INSERT INTO outbox_attempt (message_id, worker, started_at, outcome, detail)"
            " VALUES (%s, %s, %s, '', '') RETURNING id",
            [message.pk, self.id, now])
        return int(cursor.fetchone()[0])

    def _send(self, message: Message) -> tuple[str, str, int | None, str]:
        """One SMTP conversation: (outcome, detail, SMTP code or None, transport name)."""
        transport = self._transport(message)
        try:
            reply = transport.send(build_email(message, date=timezone.now()),
                                   message.from_address, message.to_address)
            return SENT, reply, None, transport.name
        except SendFailed as exc:
            failure = exc.failure
            return classify(failure), failure.detail, failure.code, transport.name
        except Exception as exc:  # a bug or an unreadable secret: keep the worker alive
            log.exception("sending message %s failed", message.pk)
            return RETRY, f"{type(exc).__name__}: {exc}", None, transport.name

    def _record(self, message: Message, attempt: int, transport: str, outcome: str,
                detail: str, code: int | None, *, start_next: Message | None = None
                ) -> int | None:
        """Write the outcome (and start `start_next` in the same transaction); returns the
        next message's attempt id, if one was started."""
        now = timezone.now()
        next_attempt = message.next_attempt_at
        sent_at = None
        state, error = outcome, detail
        if outcome == SENT:
            sent_at, error = now, ""
        elif outcome == RETRY:
            delay = next_delay(message.attempts)
            if delay is None:
                state = outcome = FAILED
                error = f"gave up after {message.attempts} tries: {detail}"
            else:
                next_attempt = now + timedelta(seconds=delay)
        with transaction.atomic(), connection.cursor() as cursor:
            # Conditional on our claim: a message recovered to UNKNOWN meanwhile stays so.
            cursor.execute(
                "UPDATE outbox_message SET state = %s, sent_at = %s, last_error = %s,"
                " next_attempt_at = %s, transport = %s, claimed_by = '', claimed_at = NULL"
                " WHERE id = %s AND state = %s AND claimed_by = %s",
                [state, _db_time(sent_at), error, _db_time(next_attempt), transport, message.pk,
                 Message.State.SENDING, self.id])
            cursor.execute(
                "UPDATE outbox_attempt SET finished_at = %s, outcome = %s, smtp_code = %s,"
                " detail = %s WHERE id = %s",
                [_db_time(now), outcome, code, detail[:2000], attempt])
            if outcome == SENT:
                touch_sent(message_id=message.pk, at=now)
            return self._start(cursor, start_next) if start_next is not None else None

    def _transport(self, message: Message) -> Transport:
        if message.system:
            return self._instance
        transport = self._transports.get(message.owner_id)
        if transport is None:
            account = MailAccount.objects.filter(owner_id=message.owner_id).first()
            transport = transport_for(account)
            self._transports[message.owner_id] = transport
        return transport

    # -- morning digests (pursuit.digest) ---------------------------------------------------
    def send_digests(self) -> None:
        """Queue the morning digests that are due; one query when none is."""
        try:
            send_due_digests(timezone.now())
        except Exception:  # a digest bug must never stop the delivery of approved messages
            log.exception("queueing morning digests failed")

    # -- background jobs (pursuit.jobs) -------------------------------------------------------
    def run_jobs(self, *, once: bool = False) -> int:
        """Run the queued jobs (with once, all of them; else one, so that messages due
        meanwhile are not held behind a queue of imports). Returns how many ran."""
        jobs_recover(gone=liveness.is_gone)
        if time.monotonic() - self._last_clean >= 3600:
            staged_clean()
            self._last_clean = time.monotonic()
        ran = 0
        while not self.stopping:
            job = job_claim(worker=self.id)
            if job is None:
                break
            self.run_job(job)
            ran += 1
            if not once:
                break
        return ran

    def run_job(self, job: Job) -> None:
        try:
            if job.kind == Job.Kind.IMPORT:
                summary = import_file(
                    owner=job.owner, data=staged_path(job).read_bytes(),
                    filename=job.params.get("name", "contacts"),
                    format=job.params.get("format", "auto"),
                    progress=lambda stage, done, total: job_progress(job, stage, done, total))
                job_finish(job, summary.to_json())
            elif job.kind == Job.Kind.CARD_SCANS:
                job_finish(job, scan_batch_run(job))
            elif job.kind == Job.Kind.POSTING:
                job_finish(job, posting_read_run(job))
            else:
                job_fail(job, f"unknown job {job.kind!r}")
        except BadInput as exc:
            job_fail(job, str(exc))
        except FileNotFoundError:
            job_fail(job, "the uploaded file is no longer kept; upload it again")
        except Exception:  # a bug: the job fails visibly, the worker goes on
            log.exception("job %s failed", job.pk)
            job_fail(job, "it failed unexpectedly; nothing was stored. Try again, or import "
                          "with `pursuit import`, which says more.")

    # -- checks and replies -----------------------------------------------------------------
    def run_checks(self) -> None:
        for check in MailCheck.objects.filter(finished_at__isnull=True)[:5]:
            run_check(check)

    def poll_replies(self) -> None:
        # outbox reads INBOX; the cadence decides what a message means for an application.
        for account in MailAccount.objects.exclude(imap_host=""):
            poll_account(account, reply_record)
