"""The "test connection" button, run by the worker: SMTP and IMAP, each said in words."""

from __future__ import annotations

import contextlib
import ssl

from django.utils import timezone
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from pursuit.crypto import decrypt
from pursuit.outbox.models import MailAccount, MailCheck
from pursuit.outbox.transport import probe_smtp


def open_imap(account: MailAccount) -> IMAPClient:
    """Connect and log in to the account's IMAP server (TLS, STARTTLS, or plain on loopback)."""
    context = ssl.create_default_context()
    client = IMAPClient(account.imap_host, port=account.imap_port,
                        ssl=account.imap_security == "tls", ssl_context=context,
                        timeout=account.timeout_seconds)
    if account.imap_security == "starttls":
        client.starttls(context)
    client.login(account.imap_username or account.from_address,
                 decrypt(account.imap_password_encrypted))
    return client


def probe_imap(account: MailAccount) -> str:
    where = f"{account.imap_host}:{account.imap_port}"
    try:
        client = open_imap(account)
    except LoginError as exc:
        return f"IMAP failed: {where} refused the login: {exc}"
    except (OSError, IMAPClientError) as exc:
        return f"IMAP failed: cannot connect to {where}: {exc}"
    try:
        info = client.select_folder("INBOX", readonly=True)
        count = info.get(b"EXISTS", 0)
    except IMAPClientError as exc:
        return f"IMAP failed: {where} has no readable INBOX: {exc}"
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
    return f"IMAP OK: {where}, INBOX holds {count} messages"


def run_check(check: MailCheck) -> MailCheck:
    account = MailAccount.objects.filter(owner_id=check.owner_id).first()
    if account is None:
        check.smtp_result = "no mail account is set up"
        check.ok = False
    else:
        check.smtp_result = probe_smtp(
            host=account.smtp_host, port=account.smtp_port, security=account.smtp_security,
            username=account.smtp_username, password=decrypt(account.smtp_password_encrypted),
            timeout=account.timeout_seconds)
        check.imap_result = probe_imap(account) if account.imap_host else \
            "IMAP not set up: replies will not be noticed"
        check.ok = check.smtp_result.startswith("SMTP OK") and not \
            check.imap_result.startswith("IMAP failed")
    check.finished_at = timezone.now()
    check.save()
    return check
