"""Writes about the outbox: mail accounts, queueing approved messages, resolving outcomes.

A request never talks to a mail server: it writes a row, and the worker delivers.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.charset import QP, Charset
from email.header import Header
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.common.rows import insert_rows
from pursuit.core.errors import BadInput
from pursuit.core.mail import check_address, check_header
from pursuit.crypto import encrypt
from pursuit.outbox.models import MailAccount, MailCheck, MailLookup, Message
from pursuit.outbox.oauth import mail_account_oauth_forget, mail_account_oauth_removed
from pursuit.outbox.transport import instance_mailer_set_up

log = logging.getLogger(__name__)


_FORM_FIELDS = ("from_address", "from_name", "smtp_host", "smtp_port", "smtp_security",
                "smtp_username", "smtp_password_encrypted", "imap_host", "imap_port",
                "imap_security", "imap_username", "imap_password_encrypted",
                "rate_per_minute", "sent_copy")


def mail_account_save(*, owner: User, from_address: str, smtp_host: str, smtp_port: int,
                      smtp_security: str, smtp_username: str = "",
                      smtp_password: str | None = None, from_name: str = "",
                      imap_host: str = "", imap_port: int = 993, imap_security: str = "tls",
                      imap_username: str = "", imap_password: str | None = None,
                      rate_per_minute: int = 20, sent_copy: str = "auto") -> MailAccount:
    """Create or update the user's mail account. A password of None keeps the stored one.
    A password typed into an account signed in with OAuth signs it out (the sign-in is
    revoked at the provider by the worker)."""
    check_address(from_address, field="from_address")
    check_header(from_name, field="from_name")
    for field, value in (("smtp_host", smtp_host), ("imap_host", imap_host),
                         ("smtp_username", smtp_username), ("imap_username", imap_username)):
        check_header(value, field=field)
    if smtp_security not in MailAccount.Security.values:
        raise BadInput(f"unknown security {smtp_security!r}", where="smtp_security")
    if imap_security not in MailAccount.Security.values:
        raise BadInput(f"unknown security {imap_security!r}", where="imap_security")
    if sent_copy not in MailAccount.SentCopy.values:
        raise BadInput(f"unknown choice {sent_copy!r}", where="sent_copy")
    if not 1 <= rate_per_minute <= 600:
        raise BadInput("between 1 and 600 messages a minute", where="rate_per_minute")
    account, _ = MailAccount.objects.get_or_create(owner=owner, defaults={
        "from_address": from_address, "smtp_host": smtp_host})
    account.from_address, account.from_name = from_address, from_name
    account.smtp_host, account.smtp_port, account.smtp_security = smtp_host, smtp_port, \
        smtp_security
    account.smtp_username = smtp_username
    account.imap_host, account.imap_port, account.imap_security = imap_host, imap_port, \
        imap_security
    account.imap_username = imap_username
    account.rate_per_minute = rate_per_minute
    account.sent_copy = sent_copy
    if smtp_password is not None:
        account.smtp_password_encrypted = encrypt(smtp_password)
    if imap_password is not None:
        account.imap_password_encrypted = encrypt(imap_password)
    with transaction.atomic():
        # Only the fields of this form: the rest belongs to others that write it meanwhile
        # (the worker's token renewal, which may have just rotated the refresh token; the
        # reply polling's last UID), and an older copy must not be written back over it.
        account.save(update_fields=_FORM_FIELDS)
        if smtp_password is not None and account.uses_oauth:
            # A password typed in: the account logs in with it, no longer with OAuth.
            mail_account_oauth_forget(owner=owner)
            account.refresh_from_db()
        # A server that failed (a wrong password, a typo in the host) was probably just fixed:
        # the messages waiting for a retry try again now instead of at their back-off.
        Message.objects.retry_now(owner.pk)
    return account


# Why a message is held, as the Outbox says it.
ACCOUNT_REMOVED = "held: the mail account it was to go out through was removed"
NO_ACCOUNT = "held: no mail account is set up (Settings → Mail account)"
RESTORED = "restored from a backup while it was waiting to go out"


@dataclass(frozen=True, slots=True)
class Removed:
    held: int  # messages that were waiting to go out through it, now held
    said: str  # about its OAuth sign-in, if it had one ("" otherwise)


def mail_account_delete(*, owner: User) -> Removed:
    """Remove the user's mail account. Messages waiting to go out through it are held (never
    printed on the console as if sent): the user sends them again once a new account is set
    up, or cancels them. An OAuth sign-in is revoked at the provider by the worker, after
    this transaction: the account is removed at once, whether the provider answers or not."""
    with transaction.atomic():
        account = MailAccount.objects.select_for_update().filter(owner=owner).first()
        if account is None:
            return Removed(0, "")
        said = mail_account_oauth_removed(account)
        account.delete()
        return Removed(messages_hold(owner_id=owner.pk, reason=ACCOUNT_REMOVED), said)


def messages_hold(*, owner_id: int, reason: str) -> int:
    """Hold every message of the account waiting to go out through its own mailbox (not the
    instance's mail, such as invitations): each waits for the user's "send" or "cancel".

    One conditional UPDATE: a message a worker claimed but has not started stays unsent (the
    worker's flip to `sending` requires it to be still claimed). Returns how many were held.
    """
    return Message.objects.filter(owner_id=owner_id, system=False, state__in=WAITING).update(
        state=Message.State.HELD, claimed_by="", claimed_at=None, last_error=reason)


def message_send_held(*, owner: User, message_id: int) -> Message:
    """The user says "send" for a held message: it goes back to the queue now. Refused while
    the instance delivers mail and the user has no mail account (it would only be held
    again)."""
    if (instance_mailer_set_up() and not MailAccount.objects.filter(owner=owner).exists()
            and Message.objects.filter(pk=message_id, owner=owner, system=False).exists()):
        raise BadInput("set up your mail account first (Settings → Mail account), then send "
                       "it", where="mail_account")
    changed = Message.objects.filter(pk=message_id, owner=owner,
                                     state=Message.State.HELD).update(
        state=Message.State.QUEUED, next_attempt_at=timezone.now(), last_error="")
    if not changed:
        raise BadInput("only a held message can be sent from here", where="message")
    return _owned(owner, message_id)


def mail_check_request(*, owner: User) -> MailCheck:
    """Ask the worker to test the connection; the page polls the row for the answer."""
    if not MailAccount.objects.filter(owner=owner).exists():
        raise BadInput("set up a mail account first", where="mail_account")
    return MailCheck.objects.create(owner=owner)


# "Look up settings" for an address no preset knows: the request writes the row, the worker
# asks DNS and the domain's autoconfig file (worker.mail_lookup), the page polls.
LOOKUP_LEASE = timedelta(minutes=1)  # a worker's claim: its look-ups take seconds each


def mail_lookup_request(*, owner: User, address: str, form: Mapping[str, str]) -> MailLookup:
    """Queue a look-up, replacing the user's earlier one (one per user: nobody queues an
    unbounded number). `form` is what the page shows again meanwhile (never a password)."""
    check_header(address, field="from_address")
    kept = {k: str(v)[:300] for k, v in form.items() if "password" not in k}
    with transaction.atomic():
        MailLookup.objects.filter(owner=owner).delete()
        return MailLookup.objects.create(owner=owner, address=address.strip()[:254],
                                         form=kept, created_at=timezone.now())


def _lookup_due(now: datetime) -> Q:
    return (Q(finished_at__isnull=True)
            & (Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)))


def mail_lookup_claim(*, worker: str, now: datetime | None = None) -> MailLookup | None:
    """The oldest look-up waiting, claimed by this worker (a conditional UPDATE: two workers
    never do one twice); None when none is waiting."""
    now = now or timezone.now()
    for pk in MailLookup.objects.filter(_lookup_due(now)).order_by("created_at").values_list(
            "pk", flat=True)[:5]:
        if MailLookup.objects.filter(_lookup_due(now), pk=pk).update(
                claimed_by=worker, claimed_until=now + LOOKUP_LEASE):
            row = MailLookup.objects.filter(pk=pk, claimed_by=worker).first()
            if row is not None:
                return row
    return None


def mail_lookup_finish(row: MailLookup, *, worker: str, found: dict[str, Any] | None) -> None:
    """Store what was found (a Preset's fields, or None), unless the user replaced the
    look-up meanwhile."""
    MailLookup.objects.filter(pk=row.pk, claimed_by=worker).update(
        found=found, finished_at=timezone.now(), claimed_by="", claimed_until=None)


def _sender(owner: User) -> tuple[str, str]:
    account = MailAccount.objects.filter(owner=owner).first()
    if account:
        return account.from_name or owner.full_name, account.from_address
    return owner.full_name, owner.email


@dataclass(frozen=True, slots=True)
class Draft:
    """One message approved to go out. `earlier`: the Message-IDs of the earlier messages of
    the same conversation, oldest first; the new one answers the last (In-Reply-To) and names
    them all (References), so every mail client threads them."""

    to_address: str
    subject: str
    body: str
    to_name: str = ""
    send_at: datetime | None = None
    earlier: Sequence[str] = ()


def message_enqueue(*, owner: User, to_address: str, subject: str, body: str,
                    to_name: str = "", send_at: datetime | None = None,
                    system: bool = False, earlier: Sequence[str] = ()) -> Message:
    """Queue one message the user approved (a touch's message is queued through the cadence,
    `touch_queue_messages`, which links it to its touch)."""
    return messages_enqueue(owner=owner, system=system, drafts=[Draft(
        to_address=to_address, subject=subject, body=body, to_name=to_name, send_at=send_at,
        earlier=earlier)])[0]


def messages_enqueue(*, owner: User, drafts: Sequence[Draft],
                     system: bool = False) -> list[Message]:
    """Queue messages the user approved, each checked as one alone, all in one INSERT: the
    sender is read once, and a batch of approvals holds SQLite's write lock for one short
    statement instead of one per message (the worker delivers meanwhile). All or none: a
    draft refused refuses the batch, naming its place in it when there are several."""
    for number, draft in enumerate(drafts, 1):
        try:
            _check_draft(draft)
        except BadInput as exc:
            if len(drafts) == 1:
                raise
            raise BadInput(f"message {number} of {len(drafts)}: {exc.message}",
                           where=exc.where) from None
    from_name, from_address = _sender(owner)
    if system:
        # From the instance (its own address, so the mail is not spoofed as the user's), in
        # the user's name.
        from_name = f"{owner.full_name or owner.email} via Pursuit"
        from_address = str(settings.DEFAULT_FROM_EMAIL)
    check_header(from_name, field="from_name")
    now = timezone.now()
    rows = []
    for draft in drafts:
        when = draft.send_at or now
        rows.append(Message(
            owner=owner, message_id=_new_message_id(from_address),
            from_name=from_name, from_address=from_address, to_name=draft.to_name,
            to_address=draft.to_address.strip(), subject=draft.subject.strip(),
            body=draft.body, send_at=when, next_attempt_at=when, system=system,
            in_reply_to=draft.earlier[-1] if draft.earlier else "",
            references=thread_references(draft.earlier)))
    return insert_rows(Message, rows)


def _check_draft(draft: Draft) -> None:
    check_address(draft.to_address, field="to")
    check_header(draft.to_name, field="to_name")
    check_header(draft.subject, field="subject")
    if not draft.subject.strip():
        raise BadInput("the subject is empty", where="subject")
    if not draft.body.strip():
        raise BadInput("the message is empty", where="body")


def thread_references(earlier: Sequence[str]) -> str:
    """The References header for these Message-IDs, oldest first. RFC 5322 lets a long chain
    be cut: the first message and the latest ones are kept within about 900 characters."""
    ids = [i for i in earlier if i]
    while len(" ".join(ids)) > 900 and len(ids) > 2:
        del ids[1]
    return " ".join(ids)


def _new_message_id(from_address: str) -> str:
    domain = from_address.rsplit("@", 1)[-1].strip(" <>") or "pursuit.invalid"
    return f"<{secrets.token_hex(16)}@{domain}>"


# What a message from a backup becomes when it is stored again. A restored message never goes
# out by itself: one that was waiting to go out is held for the user; one that was being sent
# may have reached the server, so it is unknown, like one whose worker died.
_RESTORED_STATE: dict[str, str] = {
    Message.State.QUEUED: Message.State.HELD, Message.State.RETRY: Message.State.HELD,
    Message.State.CLAIMED: Message.State.HELD, Message.State.SENDING: Message.State.UNKNOWN,
}
_WENT_OUT = (Message.State.SENT, Message.State.UNKNOWN, Message.State.SENDING)


def message_restored(row: Mapping[str, Any], *, taken: Collection[str]) -> dict[str, Any]:
    """A message row of a backup as it is stored again (`archive.backup`): its new state, and
    its identity. A message that went out (or may have) keeps its Message-ID, so that replies
    to it are still recognised, unless the account already holds that ID (`taken`); any other
    message gets a new one, being a new message when it is sent. Claims of the old instance's
    workers are dropped."""
    restored = dict(row)
    state = str(row.get("state") or Message.State.QUEUED)
    restored["state"] = _RESTORED_STATE.get(state, state)
    if state in _RESTORED_STATE:
        restored["last_error"] = (RESTORED if restored["state"] == Message.State.HELD else
                                  "restored from a backup while it was being sent: check your "
                                  "Sent folder")
    message_id = str(row.get("message_id") or "")
    if state not in _WENT_OUT or not message_id or message_id in taken:
        restored["message_id"] = _new_message_id(str(row.get("from_address") or ""))
    if restored["state"] == Message.State.HELD:
        restored["attempts"] = 0  # sent again, it is a new message with a back-off of its own
    restored["claimed_by"], restored["claimed_at"] = "", None
    if restored.get("sent_copy") in (Message.Copy.PENDING, Message.Copy.APPENDING):
        # The old instance may have put it in the Sent folder already: never a second copy.
        restored["sent_copy"] = ""
    return restored


def build_email(message: Message, *, date: datetime | None = None) -> MIMEText:
    """The RFC 5322 message for a row (also what the .eml export gives).

    Built with the compat32 classes: the modern header registry costs milliseconds per
    message, a third of a whole SMTP exchange on loopback. Non-ASCII names and subjects are
    still encoded (RFC 2047), and the body goes out as quoted-printable UTF-8.
    """
    charset = Charset("utf-8")
    charset.header_encoding = charset.body_encoding = QP
    body_charset: Any = charset if not message.body.isascii() else "us-ascii"
    email = MIMEText(message.body, "plain", body_charset)
    for name, value in _headers(message, date):
        email[name] = (Header(value, "utf-8").encode()
                       if name == "Subject" and not value.isascii() else value)
    return email


def _headers(message: Message, date: datetime | None) -> list[tuple[str, str]]:
    """A message's headers after its MIME ones, in order, the subject as written: one list
    for `build_email` and for `email_text`'s direct writing."""
    headers = [("From", formataddr((message.from_name, message.from_address), charset="utf-8")),
               ("To", formataddr((message.to_name, message.to_address), charset="utf-8")),
               ("Subject", message.subject), ("Message-ID", message.message_id)]
    if message.in_reply_to:
        headers.append(("In-Reply-To", message.in_reply_to))
    if message.references:
        headers.append(("References", message.references))
    headers.append(("Date", format_datetime(date or message.sent_at or message.send_at)))
    return headers


# What `build_email` writes before the From header of a message all in ASCII.
_ASCII_HEAD = ('Content-Type: text/plain; charset="us-ascii"\nMIME-Version: 1.0\n'
               "Content-Transfer-Encoding: 7bit\n")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_FOLD_WIDTH = 78  # compat32's header line length: a longer header is folded


def email_text(message: Message, *, date: datetime | None = None) -> str:
    """`build_email(message, date=date).as_string()`, the text the worker sends: for the
    common message (every header and the body in ASCII, each header on one line of at most
    78 characters, single spaces) written directly, which is what the email package writes
    for it (tests/outbox/test_email_text.py compares the two over generated messages) at a
    sixteenth of its cost (15 against 248 microseconds for a thank-you letter). Any other
    message is built by the email package."""
    headers = _headers(message, date)
    if not message.body.isascii() or not all(_plain_header(name, value)
                                             for name, value in headers):
        return build_email(message, date=date).as_string()
    lines = [_ASCII_HEAD, *(f"{name}: {value}\n" for name, value in headers), "\n",
             _LINE_BREAKS.sub("\n", message.body)]
    return "".join(lines)


def _plain_header(name: str, value: str) -> bool:
    """A header the email package writes as it is: ASCII, printable, one line, no run of
    spaces or space at its ends (which its folding would rewrite)."""
    return (value.isascii() and value.isprintable() and len(name) + 2 + len(value) <= _FOLD_WIDTH
            and "  " not in value and value == value.strip())


# States from which a message can still be stopped before any byte goes out. A `claimed`
# message sits in a worker's batch, but the worker flips it to `sending` with a conditional
# UPDATE ("still claimed by me"), so withdrawing it here wins or loses cleanly on the row.
WAITING = (Message.State.QUEUED, Message.State.RETRY, Message.State.CLAIMED)
WITHDRAWABLE = (*WAITING, Message.State.HELD)
IN_FLIGHT = (Message.State.SENDING, Message.State.SENT, Message.State.UNKNOWN)


@dataclass(frozen=True, slots=True)
class Withdrawal:
    withdrawn: int
    # Messages that could no longer be stopped: being sent, sent, or unknown. They finish
    # honestly and the user is told.
    too_late: tuple[int, ...]


def messages_withdraw(*, message_ids: Collection[int]) -> Withdrawal:
    """Cancel messages that are no longer wanted (their touch was skipped or cancelled).

    One conditional UPDATE: whatever a worker claimed but has not started stays unsent.
    """
    ids = [i for i in message_ids if i is not None]
    if not ids:
        return Withdrawal(0, ())
    withdrawn = Message.objects.filter(pk__in=ids, state__in=WITHDRAWABLE).update(
        state=Message.State.CANCELLED, claimed_by="", claimed_at=None,
        last_error="withdrawn: its follow-up is no longer planned")
    too_late = tuple(Message.objects.filter(pk__in=ids, state__in=IN_FLIGHT)
                     .values_list("pk", flat=True))
    return Withdrawal(withdrawn, too_late)


def _owned(owner: User, message_id: int) -> Message:
    try:
        return Message.objects.get(pk=message_id, owner=owner)
    except Message.DoesNotExist:
        raise BadInput("no such message", where="message") from None


def message_cancel(*, owner: User, message_id: int) -> Message:
    """Take a message that has not gone out back out of the outbox."""
    changed = Message.objects.filter(
        pk=message_id, owner=owner, state__in=[*WITHDRAWABLE, Message.State.FAILED],
    ).update(state=Message.State.CANCELLED, claimed_by="", claimed_at=None)
    if not changed:
        raise BadInput("only a message that has not been sent can be cancelled", where="message")
    return _owned(owner, message_id)


def message_resolve_unknown(*, owner: User, message_id: int, sent: bool) -> Message:
    """The user checked their Sent folder: it went out (mark sent) or it did not (send again)."""
    with transaction.atomic():
        message = _owned(owner, message_id)
        if message.state != Message.State.UNKNOWN:
            raise BadInput("this message is not waiting for a decision", where="message")
        now = timezone.now()
        if sent:
            message.state, message.sent_at = Message.State.SENT, now
            message.save(update_fields=["state", "sent_at"])
        else:
            message.state, message.next_attempt_at = Message.State.QUEUED, now
            message.save(update_fields=["state", "next_attempt_at"])
    return message


def mail_account_imap_error(account: MailAccount, error: str) -> None:
    """Record why the mailbox could not be read or written (replies, the Sent folder): the
    Outbox shows it under "Replies could not be read", and the next poll waits its turn."""
    log.warning("%s: %s", account.imap_host, error)
    MailAccount.objects.filter(pk=account.pk).update(imap_last_error=error[:2000],
                                                     imap_polled_at=timezone.now())
