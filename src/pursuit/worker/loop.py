"""The worker: one loop that polls the database, delivers due messages (marking their touches
done through the cadence), recovers the claims of workers that are gone, queues morning
digests, runs connection checks and background jobs, and polls IMAP for replies. No broker: the
database is the queue, so several workers on PostgreSQL (or on one SQLite file) work unchanged.

A message goes queued -> claimed -> sending -> sent / retry / failed / unknown. Delivery goes in
rounds: a round claims the due messages of every account at once (one conditional UPDATE; a
share of BATCH each), then sends them round-robin, one message per account in turn, each
account over its own connection. Each message is flipped to `sending` (recording the attempt)
just before its SMTP conversation, so at any time at most one message per worker is in
flight: if the worker dies, its `sending` message becomes `unknown` (never resent), and its
merely `claimed` ones go back to the queue untouched.

No account can hold up the others:
- fair: a round serves every account with due messages in turn, those served least recently
  first, and a round ends as soon as a message becomes due meanwhile for an account that has
  nothing left in the round, so no account's thousand messages delay another's one by more
  than the message in hand (a new message of an account still being served would wait
  behind that account's own older ones anyway: it does not end the round, which would only
  cost a claim per message while the user approves letters);
- a mail server that never answers costs its own account one timeout, not every account's:
  connections are opened (connect, TLS, login) on background threads while the others' mail
  goes on, and after a connection failure the account is set aside, all its due messages back
  to `retry` with the same back-off in one statement.
"""

from __future__ import annotations

import logging
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import Message as EmailMessage
from types import FrameType
from typing import Any, Protocol

from django.db import OperationalError, connection, transaction
from django.db.models import Count, Exists, Min, OuterRef, Q, QuerySet
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.archive.services import import_file
from pursuit.cadence.models import Touch
from pursuit.cadence.replies import reply_record
from pursuit.cadence.services import touch_sent
from pursuit.cards.services import scan_batch_run
from pursuit.common.pagecache import renew
from pursuit.core.errors import BadInput
from pursuit.core.mail import FAILED, RETRY, SENT, Failure, classify, next_delay, wants_sent_copy
from pursuit.core.mail_presets import files_sent_itself
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
from pursuit.outbox.models import Attempt, MailAccount, MailCheck, Message
from pursuit.outbox.oauth import access_token, login_refused, revocations_run, tokens_refresh
from pursuit.outbox.replies import poll_account
from pursuit.outbox.sentfolder import BATCH as COPY_BATCH
from pursuit.outbox.sentfolder import ImapSessions, append_copies
from pursuit.outbox.services import NO_ACCOUNT, build_email, email_text, messages_hold
from pursuit.outbox.transport import (
    ConsoleTransport,
    InstanceTransport,
    SendFailed,
    SmtpTransport,
    instance_mailer_set_up,
)
from pursuit.postings.services import posting_read_run
from pursuit.worker.mail_settings import mail_settings_run

log = logging.getLogger(__name__)

DUE_STATES = (Message.State.QUEUED, Message.State.RETRY)
_UNWANTED = (Touch.Status.SKIPPED, Touch.Status.CANCELLED, Touch.Status.DONE)
# Messages claimed in one round: all of them for an account alone, a share for each of many.
BATCH = 50
OPENING_THREADS = 8
# How long an account's turn waits for its connection being opened before the others go on.
OPEN_GRACE = 1.0
KEEP_SENT_TEXT = 5000  # messages kept as sent for their Sent-folder copy (a few MB at most)
BEAT_EVERY = 10.0  # seconds: a long round still says the worker is alive
# Seconds an idle worker keeps its SMTP connections: letters approved one after the other
# each find them open (a server that dropped one meanwhile costs one new connection, made by
# SmtpTransport.send before a byte of the message goes out).
KEEP_IDLE = 30.0
RENEW_EVERY = 0.5  # seconds: how late the pages of a user may learn of a delivered touch
INSTANCE = None  # the lane of mail sent through the instance's own mailer (invitations)


def _busy(exc: OperationalError) -> bool:
    """SQLite's "database is locked" (its busy timeout ran out), not a broken database."""
    return "locked" in str(exc) or "busy" in str(exc)


class Transport(Protocol):
    name: str

    def open(self) -> None: ...
    def send(self, message: EmailMessage, sender: str, recipient: str) -> str: ...
    def close(self) -> None: ...


def _nothing() -> None:
    pass


def _db_time(value: datetime | None) -> Any:
    """A datetime as the database backend wants it in a raw query (UTC, as the ORM stores)."""
    return connection.ops.adapt_datetimefield_value(value) if value is not None else None


def transport_for(account: MailAccount | None) -> Transport:
    if account is None:
        return ConsoleTransport()
    return SmtpTransport(host=account.smtp_host, port=account.smtp_port,
                         security=account.smtp_security, username=account.smtp_username,
                         password=decrypt(account.smtp_password_encrypted),
                         timeout=account.timeout_seconds,
                         oauth_token=access_token(account) if account.uses_oauth else "")


def _signature(account: MailAccount) -> tuple[Any, ...]:
    """What a connection depends on: a change made in Settings makes a new one."""
    return (account.pk, account.smtp_host, account.smtp_port, account.smtp_security,
            account.smtp_username, account.smtp_password_encrypted, account.timeout_seconds,
            account.oauth_access_encrypted)


# -- opening connections in the background ---------------------------------------------------
class _Opening:
    """One connection being opened on a background thread."""

    def __init__(self, transport: SmtpTransport) -> None:
        self.transport = transport
        self.since = time.monotonic()
        self.done = threading.Event()
        self.failure: Failure | None = None
        self.abandoned = False
        self.lock = threading.Lock()

    def abandon(self) -> None:
        """The worker no longer wants it: closed now if open, else as soon as it is."""
        with self.lock:
            if self.done.is_set():
                self.transport.close()
            else:
                self.abandoned = True


class _Opener:
    """Opens SMTP connections (connect, greeting, TLS, login) on a few daemon threads, so that
    a server that accepts a connection and never answers holds up its own account for one
    timeout while the worker goes on with everyone else's mail. Only the opening is done
    there: every database write and every message stays on the worker's own thread."""

    def __init__(self, threads: int = OPENING_THREADS) -> None:
        self._queue: queue.SimpleQueue[_Opening] = queue.SimpleQueue()
        self._threads = threads
        self._started = 0

    def open(self, transport: SmtpTransport) -> _Opening:
        opening = _Opening(transport)
        self._queue.put(opening)
        if self._started < self._threads:
            # Daemon threads: a worker told to stop does not wait for a silent server.
            threading.Thread(target=self._run, name="pursuit-smtp-open", daemon=True).start()
            self._started += 1
        return opening

    def _run(self) -> None:
        while True:
            opening = self._queue.get()
            try:
                opening.transport.open()
            except SendFailed as exc:
                opening.failure = exc.failure
            except Exception as exc:  # a bug or an unreadable secret: say so, keep going
                log.exception("opening a connection to %s failed", opening.transport.where)
                opening.failure = Failure("connect", None, f"{type(exc).__name__}: {exc}")
            with opening.lock:
                opening.done.set()
                if opening.abandoned:
                    opening.transport.close()


class _Appender:
    """Appends delivered messages to their Sent folders (outbox.sentfolder) on a thread of its
    own, so that the next deliveries do not wait for the IMAP server: dovecot syncing its disk
    after each message stored takes about 190 a second here, about the pace of delivery
    itself. The bookkeeping is the outbox's, unchanged: each copy is marked `appending`
    (committed, with the worker's id) before its APPEND and `done` after, so a worker killed
    at any moment leaves neither a second copy nor a lost one. The thread has its own
    database connection and its own IMAP connections (one per account, logged in once: see
    ImapSessions), closed when it ends; it ends once nothing has been asked of it for LINGER
    seconds, so that a burst of deliveries, nudging it every COPY_BATCH copies, logs in once."""

    LINGER = 2.0

    def __init__(self, worker: str, sent_text: dict[int, str], lock: threading.Lock) -> None:
        self._worker = worker
        self._sent_text, self._text_lock = sent_text, lock
        self._asked = threading.Condition()
        self._wanted = False
        self._draining = False
        self._thread: threading.Thread | None = None
        self.appended = 0

    def nudge(self) -> None:
        """Look for copies to append now (delivered since, or left by a worker gone)."""
        with self._asked:
            self._wanted = True
            self._asked.notify()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="pursuit-sent-copies",
                                                daemon=True)
                self._thread.start()

    def drain(self) -> None:
        """Wait until every copy asked for so far has been tried (the thread then ends at once,
        without lingering)."""
        with self._asked:
            thread = self._thread
            self._draining = True
            self._asked.notify()
        try:
            if thread is not None:
                thread.join()
        finally:
            with self._asked:
                self._draining = False

    def _run(self) -> None:
        sessions = ImapSessions()
        try:
            while True:
                with self._asked:
                    if not self._wanted and not self._draining:
                        self._asked.wait(self.LINGER)
                    if not self._wanted:
                        self._thread = None
                        return
                    self._wanted = False
                self.appended += self._pass(sessions)
        finally:
            sessions.close()
            connection.close()  # this thread's own connection

    def _take_text(self, pk: int) -> str | None:
        with self._text_lock:
            return self._sent_text.pop(pk, None)

    def _pass(self, sessions: ImapSessions) -> int:
        with self._text_lock:
            # Each of these was recorded (committed) as delivered before it was kept here, so
            # this pass sees it; what it does not use is built again from the row later.
            before = list(self._sent_text)
        try:
            # Each text is taken as its batch is appended, not copied at the start: a pass
            # goes on while deliveries go on (a batch at a time until none is left), and a
            # copy whose text was kept meanwhile is not built a second time from its row
            # (building one costs more CPU than its APPEND; 4 in 5 were built again before).
            return append_copies(
                worker=self._worker, gone=lambda w: liveness.is_gone(w, unseen_is_gone=False),
                sent_text=self._take_text, sessions=sessions)
        except Exception:  # a bug here must never stop the delivery of approved messages
            log.exception("appending to Sent folders failed")
            return 0
        finally:
            with self._text_lock:
                # Kept before the pass and not taken: its account failed (built from the row
                # when tried again); kept during the pass and not taken: for the next one.
                for pk in before:
                    self._sent_text.pop(pk, None)


class _Envelope:
    """The envelope of the next message (MAIL FROM, and RCPT TO where the server allows
    PIPELINING), said before the worker writes the database (the previous message's outcome
    and this one's flip to `sending`, one transaction) and answered after it: the server's
    answer and the commit overlap instead of adding up. The envelope tells the server nothing
    of the message, and the transaction it began is dropped (RSET) unless the flip committed:
    the message itself (DATA) goes only after the commit. So still at most one message per
    worker is `sending`, and a worker killed in between leaves the message `claimed` (back in
    the queue) with the server having received nothing."""

    def __init__(self, transport: SmtpTransport, message: Message) -> None:
        self.transport = transport
        transport.envelope_begin(message.from_address, message.to_address)

    def advance(self) -> None:
        """Read what the server has answered so far and say what follows (RCPT TO), without
        waiting: called between the statements of the bookkeeping."""
        self.transport.envelope_advance()

    def result(self) -> None:
        """The server's answers; raises SendFailed as `SmtpTransport.envelope` does."""
        self.transport.envelope_end()

    def drop(self) -> None:
        """The message is not to go (its claim was lost, its touch is no longer wanted, or
        the round ended): the answers are read and the transaction reset."""
        try:
            self.transport.envelope_end()
        except SendFailed:
            return  # failed: reset (or closed) already
        except Exception:  # a bug: the connection is not trusted any more
            log.exception("an envelope failed unexpectedly on %s", self.transport.where)
            self.transport.close()
            return
        self.transport.reset()


@dataclass
class _Lane:
    """One account's claimed messages in a round, and the connection they go through."""

    key: int | None  # the owner's id, or INSTANCE
    transport: Transport
    messages: deque[Message] = field(default_factory=deque)


class Worker:
    def __init__(self, *, lease_seconds: int = 300, idle_sleep: float = 2.0,
                 imap_every: float = 120.0, worker_id: str | None = None,
                 open_grace: float = OPEN_GRACE) -> None:
        self.id = worker_id or liveness.worker_id()
        self.open_grace = open_grace
        self.lease = timedelta(seconds=lease_seconds)
        self.idle_sleep = idle_sleep
        self.imap_every = imap_every
        self.stopping = False
        self._transports: dict[int, tuple[tuple[Any, ...], Transport]] = {}
        self._opening: dict[int, _Opening] = {}
        self._opener = _Opener()
        self._console = ConsoleTransport()
        self._instance = InstanceTransport()
        self._served: dict[int | None, int] = {}  # account -> when it was last served
        # account -> whether its delivered messages get a copy in its IMAP Sent folder
        self._copy: dict[int | None, bool] = {}
        self._last_copy = float("-inf")
        self._sent_text: dict[int, str] = {}  # message id -> as sent, until its copy is made
        self._sent_text_lock = threading.Lock()
        self._appender = _Appender(self.id, self._sent_text, self._sent_text_lock)
        self._ticks = 0
        self._last_beat = 0.0
        self._last_imap = 0.0
        self._last_clean = float("-inf")
        # Owners whose touches were marked done since their cached pages were last renewed,
        # and when that was (see _renew_pages).
        self._stale: dict[int, User] = {}
        self._last_renew = 0.0

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
        idle_since: float | None = None
        try:
            while not self.stopping:
                try:
                    delivered, did = self._turn(once=once)
                except OperationalError as exc:
                    if not _busy(exc):
                        raise
                    # SQLite's wait for its write lock is not fair: another process writing
                    # back to back (a script approving letters through the API) can keep it
                    # for the whole timeout. A turn cut short changes nothing unsafe (a
                    # message whose outcome could not be written stays `sending` and becomes
                    # `unknown`, never sent twice): the worker tries again instead of dying.
                    log.warning("the database stayed locked (%s): trying again", exc)
                    self._sleep(max(self.idle_sleep, 0.05))
                    continue
                handled += delivered
                if once:
                    break
                if did:
                    idle_since = None
                else:
                    idle_since = time.monotonic() if idle_since is None else idle_since
                    if time.monotonic() - idle_since >= KEEP_IDLE:
                        self._close_transports()
                    self._sleep(self.idle_sleep)
        finally:
            self.release_claims()
            self._close_transports()
            self._appender.drain()  # the copies in hand are finished, as the message in hand
        return handled

    def _turn(self, *, once: bool) -> tuple[int, int]:
        """One pass over everything the worker does: (messages delivered, things done)."""
        self._beat()
        self.recover_claims()
        self.refresh_tokens()  # before the checks and the deliveries that log in
        self.revoke_sign_ins()
        self.run_checks()
        self.run_mail_settings()
        self.send_digests()  # queued before delivering, so they go out this turn
        did = 0
        while not self.stopping:
            sent = self.deliver_round()
            if sent is None:
                break
            did += sent
            if len(self._sent_text) >= COPY_BATCH:
                # A batch of copies to make: appended while the next rounds go. Not after
                # every round: each pass is an IMAP login, a folder listing and a disk sync
                # of the server's, so a pass of a round's 50 copies cost the deliveries
                # beside it more than one of 200. The rest go when the deliveries pause.
                self._appender.nudge()
        delivered = did
        self.append_sent_copies(force=bool(did), wait=once)
        did += self.run_jobs(once=once)
        if once or time.monotonic() - self._last_imap >= self.imap_every:
            self.poll_replies()
            self._last_imap = time.monotonic()
        return delivered, did

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < end:
            time.sleep(min(0.2, end - time.monotonic()))

    def _beat(self, *, every: float = 0.0) -> None:
        if time.monotonic() - self._last_beat >= every:
            liveness.beat(self.id)
            self._last_beat = time.monotonic()

    def _close_transports(self) -> None:
        for _, transport in self._transports.values():
            transport.close()
        self._transports.clear()
        for opening in self._opening.values():
            opening.abandon()
        self._opening.clear()

    def _drop_transport(self, key: int) -> None:
        _, transport = self._transports.pop(key, (None, None))
        if transport is not None:
            transport.close()
        opening = self._opening.pop(key, None)
        if opening is not None:
            opening.abandon()

    # -- claims -----------------------------------------------------------------------------
    def recover_claims(self) -> int:
        """Take back the claims of workers that are gone: at once when the worker is surely
        gone (on this machine its process no longer exists; on another, its heartbeat
        stopped), else when the claim is older than the lease.

        A `sending` message may or may not have reached the server: UNKNOWN, never resent.
        A `claimed` one was never tried: back to the queue. (Should a worker thought gone
        still be alive, it sends nothing twice: its next step on each message requires its
        own claim, which is gone.) Returns how many became unknown.
        """
        cutoff = timezone.now() - self.lease
        holders = (Message.objects.filter(state__in=[Message.State.CLAIMED,
                                                     Message.State.SENDING])
                   .exclude(claimed_by=self.id).order_by()
                   .values_list("claimed_by", flat=True).distinct())
        gone = [w for w in holders if liveness.is_gone(w, unseen_is_gone=False)]
        stale = Q(claimed_at__lt=cutoff) | Q(claimed_by__in=gone)
        unknown = Message.objects.filter(stale, state=Message.State.SENDING).update(
            state=Message.State.UNKNOWN, claimed_by="",
            last_error="the worker stopped while sending: check your Sent folder")
        Message.objects.filter(stale, state=Message.State.CLAIMED).update(
            state=Message.State.QUEUED, claimed_by="", claimed_at=None)
        jobs_recover(gone=liveness.is_gone)
        return unknown

    def release_claims(self) -> None:
        Message.objects.filter(state=Message.State.CLAIMED, claimed_by=self.id).update(
            state=Message.State.QUEUED, claimed_by="", claimed_at=None)

    def _due(self, now: datetime) -> QuerySet[Message]:
        return Message.objects.filter(state__in=DUE_STATES, next_attempt_at__lte=now)

    def _allowances(self, owners: Iterable[int], accounts: dict[int, MailAccount],
                    share: int) -> dict[int, int]:
        """How many messages each account may send in this round: its share, within what
        is left of its rate per minute (the console has no server to protect)."""
        since = timezone.now() - timedelta(minutes=1)
        limited = [o for o in owners if o in accounts]
        recent = dict(Message.objects.filter(owner_id__in=limited, state=Message.State.SENT,
                                             sent_at__gte=since)
                      .order_by().values_list("owner_id").annotate(n=Count("id")))
        return {o: max(0, min(share, accounts[o].rate_per_minute - recent.get(o, 0)))
                if o in accounts else share for o in owners}

    def claim_round(self, *, limit: int | None = None) -> list[_Lane]:
        """Claim the due messages of every account (the most overdue first within each), in
        the order the accounts are served: the least recently served first."""
        now = timezone.now()
        due = self._due(now)
        found = (due.order_by().values_list("owner_id", "system")
                 .annotate(oldest=Min("next_attempt_at")))
        oldest: dict[int | None, datetime] = {}
        for owner_id, system, first in found:
            key = INSTANCE if system else owner_id
            oldest[key] = min(first, oldest.get(key, first))
        if not oldest:
            return []
        owners = [k for k in oldest if k is not INSTANCE]
        accounts = {a.owner_id: a for a in MailAccount.objects.filter(owner_id__in=owners)}
        for owner_id in [o for o in owners if o in accounts and accounts[o].sign_in_refused]:
            # The provider refused the sign-in: the messages wait (not claimed, not failed)
            # until the user signs in again (Today and the digest say so).
            del oldest[owner_id], accounts[owner_id]
            owners.remove(owner_id)
        if not oldest:
            return []
        if instance_mailer_set_up():
            # Mail was expected to go out from here: a user without a mailbox gets their
            # messages held, never printed on the console as if they had been sent.
            for owner_id in [o for o in owners if o not in accounts]:
                messages_hold(owner_id=owner_id, reason=NO_ACCOUNT)
                del oldest[owner_id]
                owners.remove(owner_id)
        share = limit or max(1, BATCH // max(1, len(oldest)))
        allowance = self._allowances(owners, accounts, share)
        for owner_id, account in accounts.items():
            self._copy[owner_id] = wants_sent_copy(
                account.sent_copy, has_imap=bool(account.imap_host),
                provider_files_it=files_sent_itself(account.smtp_host))
        order = sorted(oldest, key=lambda k: (self._served.get(k, -1), oldest[k]))
        if limit is not None:
            order = order[:1]
        ids: list[int] = []
        with transaction.atomic():
            for key in order:
                mine = due.filter(system=True) if key is INSTANCE else \
                    due.filter(owner_id=key, system=False)
                count = share if key is INSTANCE else allowance[key]
                if not count:
                    continue  # at its rate limit: the others still go
                mine = mine.order_by("next_attempt_at", "id")
                if connection.vendor == "postgresql":
                    # SKIP LOCKED: two workers never wait on, or take, the same rows.
                    mine = mine.select_for_update(skip_locked=True)
                ids += mine.values_list("pk", flat=True)[:count]
            # The conditional UPDATE is the claim: a row another worker took meanwhile is no
            # longer due, so it is not counted here. A message whose touch is no longer
            # planned was withdrawn with it (the cadence does both in one transaction); the
            # exclusion says so again where it matters.
            Message.objects.filter(pk__in=ids, state__in=DUE_STATES).exclude(
                touch__status__in=_UNWANTED).update(
                state=Message.State.CLAIMED, claimed_by=self.id, claimed_at=now)
        lanes = {key: _Lane(key, self._transport(key, accounts)) for key in order}
        # Whether each has a touch: the cadence's bookkeeping of a sent touch is skipped for
        # the messages that have none. Their owner comes with them (the touch's local day).
        claimed = (Message.objects.filter(pk__in=ids, state=Message.State.CLAIMED,
                                          claimed_by=self.id).select_related("owner")
                   .annotate(has_touch=Exists(Touch.objects.filter(message=OuterRef("pk"))))
                   .order_by("next_attempt_at", "id"))
        for message in claimed:
            lanes[INSTANCE if message.system else message.owner_id].messages.append(message)
        return [lane for lane in lanes.values() if lane.messages]

    def _transport(self, key: int | None, accounts: dict[int, MailAccount]) -> Transport:
        if key is INSTANCE:
            return self._instance
        account = accounts.get(key)
        if account is None:
            self._drop_transport(key)
            return self._console
        signature = _signature(account)
        kept = self._transports.get(key)
        if kept is not None and kept[0] == signature:
            return kept[1]
        self._drop_transport(key)  # the account changed in Settings: a new connection
        transport = transport_for(account)
        self._transports[key] = (signature, transport)
        return transport

    # -- delivering -------------------------------------------------------------------------
    def deliver_round(self, *, limit: int | None = None) -> int | None:
        """Claim a round and deliver it; returns how many messages were handled, or None when
        nothing was due. What the round did not get to goes back to the queue at once."""
        began = timezone.now()
        lanes = self.claim_round(limit=limit)
        if not lanes:
            return None
        self._open_early(lanes)
        try:
            return self._deliver(deque(lanes), began)
        finally:
            self.release_claims()
            self._renew_pages(every=0)

    def deliver_next(self) -> bool:
        """Deliver one due message, if any (tests and tools)."""
        return bool(self.deliver_round(limit=1))

    def _deliver(self, ring: deque[_Lane], began: datetime) -> int:
        """Send the round's messages, one account after the other. Each message's outcome is
        written in the same transaction that starts the next one: one commit per message, and
        still at most one message `sending` at any moment. The next message's envelope is
        said before that transaction and answered after it (_Envelope): its DATA waits for
        the commit."""
        handled = 0
        started: tuple[_Lane, Message, int, _Envelope | None] | None = None
        pending: _Envelope | None = None  # an envelope said, its message not yet sent
        try:
            while True:
                if started is None:
                    picked = self._next(ring, wait=True)
                    if picked is None:
                        return handled
                    pending = self._envelope(*picked)
                    attempt = self._start_in_new_transaction(picked[1])
                    if attempt is None:  # our claim on it was lost: try the next one
                        if pending is not None:
                            pending.drop()
                            pending = None
                        continue
                    started = (*picked, attempt, pending)
                lane, message, attempt, envelope = started
                pending = None  # from here on, _send finishes it whatever happens
                outcome, detail, code = self._send(lane.transport, message, envelope)
                handled += 1
                self._ticks += 1
                self._served[lane.key] = self._ticks
                self._beat(every=BEAT_EVERY)
                # No reply at all (a timeout, a dropped connection): the server is down or
                # stuck, and would be so for each of this account's messages in turn.
                broken = outcome == RETRY and code is None
                if broken:
                    lane.messages.clear()
                # Someone's message became due meanwhile: this round ends after the message in
                # hand, and the next one serves that account first.
                over = self.stopping or self._newly_due(began, ring)
                following = None if over else self._next(ring, wait=False)
                if following is not None:
                    pending = self._envelope(*following)
                copy = lane.transport.name == SmtpTransport.name and self._copy.get(lane.key,
                                                                                    False)
                while True:
                    try:
                        attempt_next = self._record(
                            message, attempt, lane.transport.name, outcome, detail, code,
                            start_next=following[1] if following else None, copy=copy,
                            progress=pending.advance if pending is not None else None)
                        break
                    except OperationalError as exc:
                        if not _busy(exc):
                            raise
                        # The outcome is known: it is written as soon as the lock is had,
                        # rather than left `sending` to become `unknown` (the transaction
                        # rolled back whole, so trying again writes it once).
                        log.warning("the database stayed locked (%s): writing the outcome of "
                                    "message %s again", exc, message.pk)
                        self._beat()
                if (copy and outcome == SENT and isinstance(lane.transport, SmtpTransport)
                        and len(self._sent_text) < KEEP_SENT_TEXT):
                    # The copy is what went out, byte for byte (its Date too), and is not
                    # built a second time; a worker restarted meanwhile builds it from the row.
                    # Kept once recorded: the appender's thread then finds its row pending.
                    with self._sent_text_lock:
                        self._sent_text[message.pk] = lane.transport.last_text
                if broken:
                    self._set_aside(lane.key, Failure("envelope", None, detail))
                if over:
                    return handled  # the rest of the round goes back to the queue
                started = None
                if following is not None and attempt_next is not None:
                    started = (*following, attempt_next, pending)
                elif pending is not None:
                    # The next message's claim was lost, or its touch is no longer wanted:
                    # the server drops its envelope (RSET), and the message is not sent.
                    pending.drop()
                pending = None
        finally:
            if pending is not None:  # an error left an envelope said: drop it
                pending.drop()

    def _envelope(self, lane: _Lane, message: Message) -> _Envelope | None:
        """Begin the envelope of `message` (SMTP lanes only; the console and the instance's
        mailer send in one step)."""
        if not isinstance(lane.transport, SmtpTransport):
            return None
        return _Envelope(lane.transport, message)

    def _newly_due(self, began: datetime, ring: Iterable[_Lane] = ()) -> bool:
        """Did a message become due since the round began (queued, sent again, or its retry
        time come) for an account with nothing left in this round? Then the round ends after
        the message in hand, so that it is not kept waiting behind the rest of another
        account's round. (An account still in the round is served again in turn.)"""
        serving = [lane.key for lane in ring if lane.messages]
        owners = [key for key in serving if key is not INSTANCE]
        skip = ""  # only placeholders are added: the values go as parameters
        if owners:
            skip += " AND NOT (system = %s AND owner_id IN (" + ", ".join(["%s"] * len(owners))
            skip += "))"
        if INSTANCE in serving:
            skip += " AND system = %s"
        params = [*DUE_STATES, _db_time(began), _db_time(timezone.now()),
                  *((False, *owners) if owners else ()),
                  *((False,) if INSTANCE in serving else ())]
        with connection.cursor() as cursor:
            sql = ("SELECT 1 FROM outbox_message WHERE state IN (%s, %s)"  # noqa: S608
                   " AND next_attempt_at > %s AND next_attempt_at <= %s" + skip + " LIMIT 1")
            cursor.execute(sql, params)
            return cursor.fetchone() is not None

    def _next(self, ring: deque[_Lane], *, wait: bool) -> tuple[_Lane, Message] | None:
        """The next message to send: the next account's in turn. Its connection, if it is being
        opened, is waited for a moment (OPEN_GRACE: turns are kept when servers answer
        normally); after that, the account is passed over until its connection is ready, so
        a server that never answers holds up no one else. Accounts whose connection failed
        are set aside on the way. Without wait, returns None rather than wait at all."""
        passed = 0  # accounts passed over in a row because their connection is slow
        while ring and not self.stopping:
            lane = ring[0]
            ready = self._ready(lane) if lane.messages else None
            if ready is None or isinstance(ready, Failure):
                ring.popleft()
                passed = 0
                if isinstance(ready, Failure):
                    lane.messages.clear()
                    self._set_aside(lane.key, ready)
                continue
            if ready is True:
                ring.rotate(-1)
                return lane, lane.messages.popleft()
            opening = self._opening[lane.key]  # type: ignore[index]
            left = self.open_grace - (time.monotonic() - opening.since)
            if left > 0:
                if not wait:
                    return None
                opening.done.wait(left)
                continue
            ring.rotate(-1)
            passed += 1
            if passed >= len(ring):  # every account left waits for a slow connection
                if not wait:
                    return None
                self._wait_any([self._opening[other.key] for other in ring
                                if other.key is not None and other.key in self._opening])
                passed = 0
        return None

    def _wait_any(self, openings: list[_Opening]) -> None:
        while openings and not self.stopping and not any(o.done.is_set() for o in openings):
            openings[0].done.wait(0.05)
            self._beat(every=BEAT_EVERY)

    def _open_early(self, lanes: Iterable[_Lane]) -> None:
        """Start opening every connection the round needs at once, side by side."""
        for lane in lanes:
            if (isinstance(lane.transport, SmtpTransport) and lane.key is not None
                    and not lane.transport.connected and lane.key not in self._opening):
                self._opening[lane.key] = self._opener.open(lane.transport)

    def _ready(self, lane: _Lane) -> bool | Failure:
        """True when the lane's connection is open (or needs none); False while it is being
        opened; the failure when it could not be opened."""
        transport = lane.transport
        if not isinstance(transport, SmtpTransport) or lane.key is None:
            return True
        opening = self._opening.get(lane.key)
        if opening is None:
            if transport.connected:
                return True
            self._open_early([lane])
            return False
        if not opening.done.is_set():
            return False
        del self._opening[lane.key]
        return opening.failure or True

    def _set_aside(self, key: int | None, failure: Failure) -> int:
        """After a connection failure, the account's due messages (and those claimed for this
        round) all go back to `retry` with the same back-off, in one statement, instead of
        each costing a timeout of its own; each counts it as a try, so that a server that stays
        down fails them all after the last one. Returns how many were set aside."""
        if key is not INSTANCE:
            self._drop_transport(key)
            if failure.phase == "auth":
                login_refused(owner_id=key)  # an OAuth token: renewed before the next try
        now = timezone.now()
        schedule: list[datetime] = []
        while (delay := next_delay(len(schedule) + 1)) is not None:
            schedule.append(now + timedelta(seconds=delay))
        last = len(schedule)  # a message tried this many times fails at its next failure
        waiting = f"not sent: {failure.detail} (the account's messages wait for the next try)"
        gave_up = f"gave up after {last + 1} tries: {failure.detail}"
        lane = "system = %s" if key is INSTANCE else "system = %s AND owner_id = %s"
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "UPDATE outbox_message SET"
                " state = CASE WHEN attempts >= %s THEN %s ELSE %s END,"
                " next_attempt_at = CASE attempts "
                + " ".join("WHEN %s THEN %s" for _ in schedule) +
                " ELSE next_attempt_at END,"
                " last_error = CASE WHEN attempts >= %s THEN %s ELSE %s END,"
                " attempts = attempts + 1, claimed_by = '', claimed_at = NULL"
                f" WHERE {lane} AND ((state IN (%s, %s) AND next_attempt_at <= %s)"
                " OR (state = %s AND claimed_by = %s)) RETURNING id, state",
                [last, FAILED, RETRY,
                 *[v for n, when in enumerate(schedule) for v in (n, _db_time(when))],
                 last, gave_up, waiting,
                 *((True,) if key is INSTANCE else (False, key)),
                 *DUE_STATES, _db_time(now), Message.State.CLAIMED, self.id])
            rows = cursor.fetchall()
            Attempt.objects.bulk_create(
                Attempt(message_id=pk, worker=self.id, started_at=now, finished_at=now,
                        outcome=state, detail=f"not tried: {failure.detail}"[:2000])
                for pk, state in rows)
        return len(rows)

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

    def _send(self, transport: Transport, message: Message,
              envelope: _Envelope | None = None) -> tuple[str, str, int | None]:
        """One SMTP conversation: (outcome, detail, SMTP code or None). With `envelope`, it
        was begun before the message's flip to `sending`: the message text is built while
        the server answers it, then DATA."""
        try:
            if envelope is None:
                reply = transport.send(build_email(message, date=timezone.now()),
                                       message.from_address, message.to_address)
            else:
                envelope.advance()  # DATA goes out, if it can, while the text is built
                text = email_text(message, date=timezone.now())
                envelope.result()
                reply = envelope.transport.data(text)
            return SENT, reply, None
        except SendFailed as exc:
            failure = exc.failure
            return classify(failure), failure.detail, failure.code
        except Exception as exc:  # a bug or an unreadable secret: keep the worker alive
            log.exception("sending message %s failed", message.pk)
            if envelope is not None:  # where the conversation stands is not known: start over
                envelope.transport.close()
            return RETRY, f"{type(exc).__name__}: {exc}", None

    def _record(self, message: Message, attempt: int, transport: str, outcome: str,
                detail: str, code: int | None, *, start_next: Message | None = None,
                copy: bool = False, progress: Callable[[], None] | None = None) -> int | None:
        """Write the outcome (and start `start_next` in the same transaction); returns the
        next message's attempt id, if one was started. With `copy`, a delivered message is
        marked for the Sent folder in the same statement (`outbox.sentfolder` appends it).
        `progress` moves the next message's envelope on between the statements (the server
        answers while the database is written)."""
        step = progress or _nothing
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
                " next_attempt_at = %s, transport = %s, claimed_by = '', claimed_at = NULL,"
                " sent_copy = %s WHERE id = %s AND state = %s AND claimed_by = %s",
                [state, _db_time(sent_at), error, _db_time(next_attempt), transport,
                 Message.Copy.PENDING if copy and outcome == SENT else "", message.pk,
                 Message.State.SENDING, self.id])
            cursor.execute(
                "UPDATE outbox_attempt SET finished_at = %s, outcome = %s, smtp_code = %s,"
                " detail = %s WHERE id = %s",
                [_db_time(now), outcome, code, detail[:2000], attempt])
            step()
            if (outcome == SENT and getattr(message, "has_touch", True)
                    and touch_sent(message_id=message.pk, at=now, owner=message.owner,
                                   renew_pages=False)):
                self._stale[message.owner_id] = message.owner
            step()
            started = self._start(cursor, start_next) if start_next is not None else None
            step()
        self._renew_pages(every=RENEW_EVERY)
        return started

    def _renew_pages(self, *, every: float) -> None:
        """Renew the cached pages of the owners whose touches were marked done: at most every
        `every` seconds while a round goes on, and when it ends. A page renewed per message
        was two writes of the shared file cache each (with a listing of its directory): a
        third of the cost of delivering a touch's message. A page may so show a delivered
        touch as planned for RENEW_EVERY seconds, never longer than its round."""
        if self._stale and time.monotonic() - self._last_renew >= every:
            for owner in self._stale.values():
                renew(owner)
            self._stale.clear()
            self._last_renew = time.monotonic()

    # -- the user's own Sent folder (outbox.sentfolder) -------------------------------------
    def append_sent_copies(self, *, force: bool = False, wait: bool = False) -> int:
        """Append delivered messages to their Sent folders, on the appender's thread: after
        deliveries, and once a minute otherwise (copies left by a worker that died, or kept
        while an IMAP server was down). With `wait`, returns once they are all tried, with
        how many copies this worker has appended so far."""
        if force or wait or time.monotonic() - self._last_copy >= 60:
            self._last_copy = time.monotonic()
            # A thread only when there is a copy to make (one query here otherwise).
            if Message.objects.filter(sent_copy__in=[Message.Copy.PENDING,
                                                     Message.Copy.APPENDING]).exists():
                self._appender.nudge()
        if wait:
            self._appender.drain()
        return self._appender.appended

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

    # -- OAuth sign-ins (outbox.oauth) ----------------------------------------------------
    def refresh_tokens(self) -> None:
        """Renew the access tokens about to expire: one query when none is. Each renewal is
        claimed first (several workers: one asks the provider). A refusal stops that
        account's sending for good (until the user signs in again); a passing failure is
        tried again after RETRY_AFTER by any worker, never in a loop."""
        try:
            tokens_refresh(worker=self.id)
        except Exception:  # a bug here must never stop the delivery of approved messages
            log.exception("renewing OAuth sign-ins failed")

    def revoke_sign_ins(self) -> None:
        """Revoke at the provider the sign-ins the users removed (one query when none is):
        here rather than in their request, which never waits on the provider."""
        try:
            revocations_run(worker=self.id)
        except Exception:  # a bug here must never stop the delivery of approved messages
            log.exception("revoking removed OAuth sign-ins failed")

    # -- checks and replies -----------------------------------------------------------------
    def run_checks(self) -> None:
        for check in MailCheck.objects.filter(finished_at__isnull=True)[:5]:
            run_check(check)

    def run_mail_settings(self) -> None:
        """Settings → Mail account's sign-ins and look-ups (worker.mail_settings)."""
        mail_settings_run(worker=self.id)

    def poll_replies(self) -> None:
        # outbox reads INBOX; the cadence decides what a message means for an application.
        for account in MailAccount.objects.exclude(imap_host=""):
            if not account.sign_in_refused:
                poll_account(account, reply_record)
