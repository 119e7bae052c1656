"""The "test connection" button, run by the worker: SMTP and IMAP step by step, the step
that failed named with what to do about it (`core.mail_check`)."""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl

from django.utils import timezone
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from pursuit.core.mail import sent_folder
from pursuit.core.mail_check import DNS, INBOX, LOGIN, SEND, TCP, TLS, TLS_CERT, StepFailure
from pursuit.crypto import decrypt
from pursuit.outbox.models import MailAccount, MailCheck
from pursuit.outbox.oauth import access_token
from pursuit.outbox.transport import login


def open_imap(account: MailAccount) -> IMAPClient:
    """Connect and log in to the account's IMAP server (TLS, STARTTLS, or plain on loopback)."""
    context = ssl.create_default_context()
    client = IMAPClient(account.imap_host, port=account.imap_port,
                        ssl=account.imap_security == "tls", ssl_context=context,
                        timeout=account.timeout_seconds)
    if account.imap_security == "starttls":
        client.starttls(context)
    user = account.imap_username or account.from_address
    if account.uses_oauth:
        client.oauth2_login(user, access_token(account))  # SASL XOAUTH2
    else:
        client.login(user, decrypt(account.imap_password_encrypted))
    return client


def _reach(host: str, port: int, timeout: float) -> StepFailure | None:
    """The DNS and TCP steps, apart, so that each failure is named as what it is."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        return StepFailure(DNS, f"{host} was not found ({exc})")
    last: OSError | None = None
    for family, kind, proto, _name, address in addresses:
        try:
            with socket.socket(family, kind, proto) as probe:
                probe.settimeout(timeout)
                probe.connect(address)
                return None
        except OSError as exc:
            last = exc
    return StepFailure(TCP, f"{host}:{port} did not accept a connection ({last})")


def _tls_failure(exc: BaseException, where: str) -> StepFailure | None:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return StepFailure(TLS_CERT, f"{where}: {exc.verify_message or exc}")
    if isinstance(exc, ssl.SSLError):
        return StepFailure(TLS, f"{where}: {exc}")
    return None


def check_smtp(*, host: str, port: int, security: str, username: str, password: str,
               timeout: float, sender: str, oauth_token: str = "") -> StepFailure | None:
    """Each step of sending, without sending: None when every step passed."""
    failed = _reach(host, port, timeout)
    if failed is not None:
        return failed
    where = f"{host}:{port}"
    context = ssl.create_default_context()
    try:
        if security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
    except (OSError, smtplib.SMTPException) as exc:
        return _tls_failure(exc, where) or StepFailure(
            TLS if security == "tls" else TCP,
            f"{where} did not greet as a mail server ({exc})")
    try:
        if security == "starttls":
            try:
                smtp.starttls(context=context)
            except smtplib.SMTPNotSupportedError:
                return StepFailure(TLS, f"{where} does not offer STARTTLS")
            except (OSError, smtplib.SMTPException) as exc:
                return _tls_failure(exc, where) or StepFailure(TLS, f"{where}: {exc}")
        smtp.ehlo_or_helo_if_needed()
        if username:
            try:
                login(smtp, username, password, oauth_token)
            except smtplib.SMTPNotSupportedError:
                return StepFailure(LOGIN, f"{where} offers no login on this connection")
            except smtplib.SMTPResponseException as exc:
                reply = exc.smtp_error.decode("utf-8", "replace") if isinstance(
                    exc.smtp_error, bytes) else str(exc.smtp_error)
                return StepFailure(LOGIN, f"{where} answered {exc.smtp_code} {reply}".strip())
        # Send permission: the envelope only, then RSET. Nothing is sent to anyone.
        for command, argument in (("MAIL FROM", sender), ("RCPT TO", sender)):
            code, answer = (smtp.mail(argument) if command == "MAIL FROM"
                            else smtp.rcpt(argument))
            if code not in (250, 251):
                text = answer.decode("utf-8", "replace")
                return StepFailure(SEND, f"{command} {sender} was refused: {code} {text}")
        smtp.rset()
    except (OSError, smtplib.SMTPException) as exc:
        return StepFailure(TCP, f"{where} stopped answering ({exc})")
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            smtp.quit()
    return None


def probe_smtp_account(account: MailAccount) -> str:
    failed = check_smtp(host=account.smtp_host, port=account.smtp_port,
                        security=account.smtp_security, username=account.smtp_username,
                        password=decrypt(account.smtp_password_encrypted),
                        timeout=min(account.timeout_seconds, 15),
                        sender=account.from_address,
                        oauth_token=access_token(account) if account.uses_oauth else "")
    if failed is not None:
        return failed.words("SMTP")
    logged = f", logged in as {account.smtp_username}" if account.smtp_username else ""
    if account.uses_oauth:
        logged += f" (signed in with {account.get_oauth_provider_display()})"
    return (f"SMTP OK: connected to {account.smtp_host}:{account.smtp_port}{logged}, and the "
            f"server accepts mail from {account.from_address} (nothing was sent)")


def probe_imap(account: MailAccount) -> str:
    where = f"{account.imap_host}:{account.imap_port}"
    failed = _reach(account.imap_host, account.imap_port, min(account.timeout_seconds, 15))
    if failed is not None:
        return failed.words("IMAP")
    try:
        client = open_imap(account)
    except LoginError as exc:
        return StepFailure(LOGIN, f"{where} refused the login ({exc})").words("IMAP")
    except (OSError, IMAPClientError) as exc:
        tls = _tls_failure(exc, where)
        return (tls or StepFailure(TCP, f"{where} did not answer as an IMAP server ({exc})")
                ).words("IMAP")
    try:
        info = client.select_folder("INBOX", readonly=True)
        count = info.get(b"EXISTS", 0)
        folder = sent_folder((flags, str(name)) for flags, _d, name in client.list_folders())
    except IMAPClientError as exc:
        return StepFailure(INBOX, f"{where}: {exc}").words("IMAP")
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
    sent = f"; Sent folder: {folder}" if folder else \
        "; no Sent folder found, so no copies will be kept there"
    return f"IMAP OK: {where}, INBOX holds {count} messages{sent}"


def run_check(check: MailCheck) -> MailCheck:
    account = MailAccount.objects.filter(owner_id=check.owner_id).first()
    if account is None:
        check.smtp_result = "no mail account is set up"
        check.ok = False
    else:
        check.smtp_result = probe_smtp_account(account)
        check.imap_result = probe_imap(account) if account.imap_host else \
            "IMAP not set up: replies will not be noticed"
        check.ok = check.smtp_result.startswith("SMTP OK") and not \
            check.imap_result.startswith("IMAP failed")
    check.finished_at = timezone.now()
    check.save()
    return check
