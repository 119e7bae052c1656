"""Noticing replies: a message in INBOX that answers one of ours (by In-Reply-To/References),
or comes from an interviewer of an open application, becomes an `interviewer_replied` event
and the cadence re-plans (R7)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from imapclient.exceptions import IMAPClientError

from pursuit.contacts.models import ContactEmail
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
from pursuit.pipeline.models import OPEN_STAGES, Application, Interviewer
from pursuit.pipeline.services import event_record

log = logging.getLogger(__name__)

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


def _application_for(owner_id: int, parsed: EmailMessage, sender: str) -> tuple[
        Application | None, Message | None]:
    ids = referenced_ids(str(parsed.get("In-Reply-To", "")), str(parsed.get("References", "")))
    if ids:
        ours = {m.message_id.lower(): m for m in Message.objects.filter(
            owner_id=owner_id, message_id__in=ids + [i.upper() for i in ids])
            .select_related("touch__application")}
        for mid in ids:
            message = ours.get(mid)
            if message and message.touch and message.touch.application:
                return message.touch.application, message
    if not sender:
        return None, None
    contact_ids = ContactEmail.objects.filter(owner_id=owner_id, address__iexact=sender) \
        .values_list("contact_id", flat=True)
    interviewer = (Interviewer.objects
                   .filter(owner_id=owner_id, contact_id__in=list(contact_ids),
                           round__application__stage__in=OPEN_STAGES)
                   .select_related("round__application").order_by("-round__start").first())
    return (interviewer.round.application, None) if interviewer else (None, None)


def process_inbound(owner_id: int, raw: bytes) -> InboundReply | None:
    """Record one INBOX message if it answers the user; returns the reply, or None."""
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    message_id = str(parsed.get("Message-ID", "")).strip() or \
        "<sha256-" + hashlib.sha256(raw).hexdigest()[:32] + "@pursuit.invalid>"
    sender = sender_address(str(parsed.get("From", "")))
    application, ours = _application_for(owner_id, parsed, sender)
    if application is None:
        return None
    try:
        received = parsedate_to_datetime(str(parsed.get("Date", "")))
        if received.tzinfo is None:
            raise ValueError
    except (TypeError, ValueError):
        received = timezone.now()
    headers = {k: str(v) for k, v in parsed.items()}
    automatic = is_auto_reply(headers)
    text = _text_of(parsed)
    try:
        with transaction.atomic():
            reply = InboundReply.objects.create(
                owner_id=owner_id, message_id=message_id[:255], in_reply_to=ours,
                application=application, from_address=sender,
                subject=str(parsed.get("Subject", ""))[:300], received_at=received,
                snippet=snippet(text), automatic=automatic,
                suggests_rejection=suggests_rejection(text),
            )
            if not automatic:
                by = (Interviewer.objects.filter(
                    owner_id=owner_id, round__application=application,
                    contact__emails__address__iexact=sender).select_related("contact").first())
                reply.event = event_record(
                    application=application, type="interviewer_replied", at=received,
                    summary=reply.snippet, by=by.contact if by else None)
                reply.save(update_fields=["event"])
    except IntegrityError:
        return None  # seen before: a reply is recorded once however often INBOX is read
    return reply


def poll_account(account: MailAccount) -> int:
    """Read new INBOX messages of one account; returns how many replies were recorded."""
    recorded = 0
    try:
        client = open_imap(account)
    except Exception as exc:  # noqa: BLE001 - shown to the user, the worker goes on
        _record_error(account, f"IMAP: {exc}")
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
                if process_inbound(account.owner_id, raw):
                    recorded += 1
                account.imap_last_uid = max(account.imap_last_uid, uid)
        account.imap_uidvalidity = validity
        account.imap_polled_at = timezone.now()
        account.imap_last_error = ""
        account.save(update_fields=["imap_last_uid", "imap_uidvalidity", "imap_polled_at",
                                    "imap_last_error"])
    except (OSError, IMAPClientError) as exc:
        _record_error(account, f"IMAP: {exc}")
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


def _record_error(account: MailAccount, error: str) -> None:
    log.warning("polling %s failed: %s", account.imap_host, error)
    MailAccount.objects.filter(pk=account.pk).update(imap_last_error=error[:2000],
                                                     imap_polled_at=timezone.now())
