"""Reading replies: new INBOX messages of the user's mailbox, parsed into what Pursuit cares
about, and stored once. What a reply means for an application (an `interviewer_replied` event,
the follow-ups re-planned) is the cadence's to decide: `pursuit.cadence.replies`."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from imapclient.exceptions import IMAPClientError

from pursuit.core.mail import (
    imap_quote,
    is_auto_reply,
    referenced_ids,
    sender_address,
    snippet,
    suggests_rejection,
)
from pursuit.outbox.checks import open_imap
from pursuit.outbox.models import InboundReply, MailAccount, Message
from pursuit.outbox.services import mail_account_imap_error

# Read at most this much of a message: headers and the start of the text are enough.
_FETCH = [b"BODY.PEEK[HEADER]", b"BODY.PEEK[TEXT]<0.8192>"]
_FIRST_POLL_DAYS = 30


def _text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",)) if message.is_multipart() else message
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


@dataclass(frozen=True, slots=True)
class Inbound:
    """One INBOX message as far as Pursuit cares: who, when, what it answers, how it reads."""

    message_id: str
    sender: str
    referenced: tuple[str, ...]  # Message-IDs it answers (In-Reply-To, References), lower case
    subject: str
    received: datetime
    automatic: bool
    snippet: str
    suggests_rejection: bool


def read_inbound(raw: bytes) -> Inbound:
    """Parse one INBOX message (headers and the start of its text)."""
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    message_id = str(parsed.get("Message-ID", "")).strip() or \
        "<sha256-" + hashlib.sha256(raw).hexdigest()[:32] + "@pursuit.invalid>"
    try:
        received = parsedate_to_datetime(str(parsed.get("Date", "")))
        if received.tzinfo is None:
            raise ValueError
    except (TypeError, ValueError):
        received = timezone.now()
    text = _text_of(parsed)
    return Inbound(
        message_id=message_id[:255], sender=sender_address(str(parsed.get("From", ""))),
        referenced=tuple(referenced_ids(str(parsed.get("In-Reply-To", "")),
                                        str(parsed.get("References", "")))),
        subject=str(parsed.get("Subject", ""))[:300], received=received,
        automatic=is_auto_reply({k: str(v) for k, v in parsed.items()}),
        snippet=snippet(text), suggests_rejection=suggests_rejection(text))


def ours_among(owner_id: int, ids: Sequence[str]) -> list[Message]:
    """The user's own messages among these Message-IDs, in the order given."""
    if not ids:
        return []
    found = {m.message_id.lower(): m for m in Message.objects.filter(
        owner_id=owner_id, message_id__in=list(ids) + [i.upper() for i in ids])}
    return [found[i] for i in ids if i in found]


def reply_store(*, owner_id: int, inbound: Inbound, application_id: int,
                in_reply_to: Message | None) -> InboundReply | None:
    """Keep a reply; None when it was recorded before (INBOX is read again and again)."""
    try:
        with transaction.atomic():
            return InboundReply.objects.create(
                owner_id=owner_id, message_id=inbound.message_id, in_reply_to=in_reply_to,
                application_id=application_id, from_address=inbound.sender,
                subject=inbound.subject, received_at=inbound.received,
                snippet=inbound.snippet, automatic=inbound.automatic,
                suggests_rejection=inbound.suggests_rejection)
    except IntegrityError:
        return None


Record = Callable[[int, Inbound], object]


def poll_account(account: MailAccount, record: Record) -> int:
    """Read new INBOX messages of one account and hand each to `record` (the cadence decides
    what it means: `cadence.replies.reply_record`); returns how many it recorded."""
    recorded = 0
    try:
        client = open_imap(account)
    except Exception as exc:  # noqa: BLE001 - shown to the user, the worker goes on
        mail_account_imap_error(account, f"IMAP: {exc}")
        return 0
    try:
        info = client.select_folder("INBOX", readonly=True)
        validity = int(info.get(b"UIDVALIDITY", 0))
        if validity != account.imap_uidvalidity or account.imap_last_uid == 0:
            since = (timezone.now() - timedelta(days=_FIRST_POLL_DAYS)).date()
            uids = client.search(["SINCE", since])
        else:
            uids = client.search(["UID", f"{account.imap_last_uid + 1}:*"])
        uids = sorted(u for u in uids if validity != account.imap_uidvalidity
                      or u > account.imap_last_uid)
        for start in range(0, len(uids), 50):
            chunk = uids[start:start + 50]
            for uid, data in client.fetch(chunk, _FETCH).items():
                raw = data.get(b"BODY[HEADER]", b"") + data.get(b"BODY[TEXT]<0>", b"")
                if record(account.owner_id, read_inbound(raw)):
                    recorded += 1
                account.imap_last_uid = max(account.imap_last_uid, uid)
        account.imap_uidvalidity = validity
        account.imap_polled_at = timezone.now()
        account.imap_last_error = ""
        account.save(update_fields=["imap_last_uid", "imap_uidvalidity", "imap_polled_at",
                                    "imap_last_error"])
    except (OSError, IMAPClientError) as exc:
        mail_account_imap_error(account, f"IMAP: {exc}")
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
    return recorded


def sent_folder_has(account: MailAccount, message_id: str) -> bool:
    """Is a message with this Message-ID in a Sent folder? Helps the user decide about an
    UNKNOWN message. The header value is quoted for IMAP: it could hold anything."""
    client = open_imap(account)
    try:
        for _flags, _delim, name in client.list_folders():
            if "sent" not in str(name).lower():
                continue
            client.select_folder(name, readonly=True)
            criteria = f"HEADER Message-ID {imap_quote(message_id)}"
            if client.search(criteria):
                return True
        return False
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()


def reply_link_event(reply: InboundReply, event_id: int) -> None:
    """The event a reply was recorded as (set by the cadence)."""
    reply.event_id = event_id
    reply.save(update_fields=["event"])
