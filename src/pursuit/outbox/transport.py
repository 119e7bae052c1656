"""Talking SMTP: one connection per mail account, reused across messages, every failure
reported with the phase it happened in so that `core.mail.classify` can decide what to do."""

from __future__ import annotations

import contextlib
import select
import smtplib
import socket
import ssl
import sys
from dataclasses import dataclass
from email.message import Message as EmailMessage
from typing import TextIO

from django.conf import settings
from django.core.mail import EmailMessage as DjangoEmail

from pursuit.core.mail import Failure
from pursuit.core.oauth import xoauth2
from pursuit.outbox.models import CONSOLE


class SendFailed(Exception):
    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.detail)
        self.failure = failure


class _Closed(SendFailed):
    """The server had closed the connection before this message's first command."""


def _reply_text(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return f"{code} {text}".strip()


@dataclass(slots=True)
class _Said:
    """An envelope said to the server (`SmtpTransport.envelope_begin`), its answers unread."""

    sender: str
    recipient: str
    reused: bool  # on a connection kept from an earlier message
    piped: bool = False  # RCPT TO said with MAIL FROM (the server allows PIPELINING)
    error: Exception | None = None  # what went wrong saying it, raised by envelope_end
    mail: tuple[int, bytes] | None = None  # MAIL FROM's answer, read by envelope_advance
    rcpt: tuple[int, bytes] | None = None  # RCPT TO's answer, read by envelope_advance
    data_said: bool = False  # DATA said by envelope_advance once RCPT TO was taken


class SmtpTransport:
    """An open SMTP session with the user's server (STARTTLS, TLS or plain on loopback)."""

    name = "smtp"

    def __init__(self, *, host: str, port: int, security: str, username: str, password: str,
                 timeout: float, oauth_token: str = "") -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self.password, self.timeout = username, password, timeout
        self.oauth_token = oauth_token  # set: log in with SASL XOAUTH2 instead of a password
        self._smtp: smtplib.SMTP | None = None
        self._said: _Said | None = None  # an envelope begun, its answers not yet read
        # DATA said ahead (envelope_advance): the server waits for the message itself, and
        # only closing the connection drops the transaction (RSET would be read as its text).
        self._data_said = False
        self.last_text = ""

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    def open(self) -> None:
        if self._smtp is not None:
            return
        context = ssl.create_default_context()
        try:
            if self.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                                      context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                if self.security == "starttls":
                    smtp.starttls(context=context)
            smtp.ehlo_or_helo_if_needed()
        except smtplib.SMTPResponseException as exc:
            reply = _reply_text(exc.smtp_code, exc.smtp_error)
            raise SendFailed(Failure("connect", exc.smtp_code,
                                     f"{self.where} refused: {reply}")) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailed(Failure("connect", None,
                                     f"cannot connect to {self.where}: {exc}")) from exc
        if self.username:
            try:
                login(smtp, self.username, self.password, self.oauth_token)
            except smtplib.SMTPResponseException as exc:
                self._quietly_close(smtp)
                raise SendFailed(Failure("auth", exc.smtp_code,
                                         f"{self.where} refused the login: "
                                         f"{_reply_text(exc.smtp_code, exc.smtp_error)}")) from exc
            except (OSError, smtplib.SMTPException) as exc:
                self._quietly_close(smtp)
                detail = f"login to {self.where} failed: {exc}"
                raise SendFailed(Failure("auth", None, detail)) from exc
        self._smtp = smtp

    def send(self, message: EmailMessage, sender: str, recipient: str) -> str:
        """Deliver one message; returns the server's final reply. Raises SendFailed.

        The two halves of `envelope` and `data`, one after the other (the worker runs the
        envelope of the next message beside its own bookkeeping: see worker.loop)."""
        self.envelope(sender, recipient)
        return self.data(message.as_string())

    def envelope(self, sender: str, recipient: str) -> None:
        """MAIL FROM and RCPT TO, waiting for each answer (`envelope_begin` then
        `envelope_end`)."""
        self.envelope_begin(sender, recipient)
        self.envelope_end()

    def envelope_begin(self, sender: str, recipient: str) -> None:
        """Say MAIL FROM without waiting for the answer, and RCPT TO with it when the server
        allows PIPELINING (RFC 2920): the worker writes its database meanwhile, and
        `envelope_end` reads the answers. The envelope tells the server nothing of the message
        itself: after it, either `data` sends the message or `reset` drops the transaction,
        and no mail goes out without the former. A failure here (a connection that cannot be
        opened, or one the server closed) is raised by `envelope_end`."""
        reused = self._smtp is not None
        self._said = _Said(sender, recipient, reused)
        try:
            self.open()
            smtp = self._smtp
            assert smtp is not None
            self._said.piped = smtp.has_extn("pipelining")
            lines = f"MAIL FROM:{smtplib.quoteaddr(sender)}\r\n"
            if self._said.piped:
                lines += f"RCPT TO:{smtplib.quoteaddr(recipient)}\r\n"
            smtp.send(lines)
        except Exception as exc:  # raised by envelope_end, in order
            self._said.error = exc

    def envelope_advance(self) -> None:
        """Move the envelope on by what the server has answered so far, without waiting: read
        MAIL FROM's answer and, if the server took it, say RCPT TO (without PIPELINING; with
        it, RCPT TO went with MAIL FROM); read RCPT TO's answer and, if taken, say DATA. The
        worker calls this between the statements of its bookkeeping, so that these round trips
        overlap the database rather than follow it. DATA tells the server nothing of the
        message: the message goes only with `data`, after the worker's commit, and a message
        that is not to go is dropped by closing the connection (`reset`). Never raises: what
        goes wrong is kept and raised by `envelope_end`, as in `envelope_begin`."""
        said, smtp = self._said, self._smtp
        if (said is None or smtp is None or said.error is not None or said.data_said
                or not _answered(smtp)):
            return
        try:
            if said.mail is None:
                said.mail = smtp.getreply()
                if said.mail[0] == 250 and not said.piped:
                    smtp.putcmd("rcpt", f"TO:{smtplib.quoteaddr(said.recipient)}")
            elif said.mail[0] == 250 and said.rcpt is None:
                said.rcpt = smtp.getreply()
                if said.rcpt[0] in (250, 251):
                    smtp.putcmd("data")
                    said.data_said = True
        except Exception as exc:  # raised by envelope_end, in order
            said.error = exc

    def envelope_end(self) -> None:
        """The answers to what `envelope_begin` said (RCPT TO said now, without PIPELINING).
        Raises SendFailed, the transaction reset.

        A connection kept open since an earlier message may have been closed by the server
        meanwhile (servers drop idle clients): then one new connection is made, which is safe
        since not a byte of this message had gone out.
        """
        said, self._said = self._said, None
        assert said is not None, "envelope_end without envelope_begin"
        try:
            self._envelope_end(said)
        except _Closed:
            if not said.reused:
                raise
            self.envelope_begin(said.sender, said.recipient)
            retry, self._said = self._said, None
            assert retry is not None
            retry.reused = False  # a new connection: a second close is a real failure
            self._envelope_end(retry)

    def _envelope_end(self, said: _Said) -> None:
        try:
            if said.error is not None:
                raise said.error
            smtp = self._smtp
            assert smtp is not None
            early = said.mail  # MAIL FROM's answer (RCPT TO said after it) read already
            code, reply = early if early is not None else smtp.getreply()
            if code != 250:
                if said.piped and said.rcpt is None:
                    smtp.getreply()  # RCPT TO's answer (refused, no sender) before RSET
                raise SendFailed(Failure("envelope", code,
                                         f"MAIL FROM: {_reply_text(code, reply)}"))
            if not said.piped and early is None:
                smtp.putcmd("rcpt", f"TO:{smtplib.quoteaddr(said.recipient)}")
            code, reply = said.rcpt if said.rcpt is not None else smtp.getreply()
            if code not in (250, 251):
                raise SendFailed(Failure("envelope", code,
                                         f"RCPT TO: {_reply_text(code, reply)}"))
            self._data_said = said.data_said
        except SendFailed:
            self._reset()
            raise
        except (smtplib.SMTPServerDisconnected, ConnectionResetError, BrokenPipeError) as exc:
            self.close()
            detail = f"{self.where} disconnected: {exc}"
            raise _Closed(Failure("envelope", None, detail)) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise SendFailed(Failure("envelope", None, f"{self.where}: {exc}")) from exc

    def data(self, text: str) -> str:
        """DATA and the message `text`, after a successful `envelope`: returns the server's
        final reply. Raises SendFailed: "after_data" without a reply when the connection broke
        once the message had been sent (the server may have it)."""
        smtp = self._smtp
        if smtp is None:  # closed since the envelope (it failed): nothing went out
            raise SendFailed(Failure("data_command", None, f"{self.where}: not connected"))
        try:
            # DATA is written out by hand: smtplib.data() would hide whether a broken connection
            # happened before the server had the message (safe to retry) or after (unknown).
            if not self._data_said:
                smtp.putcmd("data")
            self._data_said = False
            code, reply = smtp.getreply()
            if code != 354:
                raise SendFailed(Failure("data_command", code, f"DATA: {_reply_text(code, reply)}"))
        except SendFailed:
            self._reset()
            raise
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise SendFailed(Failure("data_command", None, f"{self.where}: {exc}")) from exc
        self.last_text = text  # the worker keeps it for the Sent-folder copy: the same bytes
        payload = smtplib.quotedata(text).encode("utf-8")
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        try:
            smtp.send(payload + b".\r\n")
            code, reply = smtp.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise SendFailed(Failure("after_data", None,
                                     f"the connection to {self.where} broke after the message "
                                     f"was sent, before the server confirmed it: {exc}")) from exc
        if code != 250:
            self._reset()
            raise SendFailed(Failure("after_data", code, _reply_text(code, reply)))
        return _reply_text(code, reply)

    def reset(self) -> None:
        """Drop the transaction an `envelope` began (RSET): the message does not go out."""
        self._reset()

    def _reset(self) -> None:
        if self._smtp is None:
            return
        if self._data_said:  # the server waits for the message: only closing drops it
            self.close()
            return
        try:
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self.close()

    @staticmethod
    def _quietly_close(smtp: smtplib.SMTP) -> None:
        with contextlib.suppress(OSError):
            smtp.close()

    def close(self) -> None:
        waiting = self._data_said or (self._said is not None and self._said.data_said)
        self._data_said = False
        if self._smtp is not None:
            if waiting:  # the server waits for a message: QUIT would be read as its text
                self._quietly_close(self._smtp)
            else:
                try:
                    self._smtp.quit()
                except (OSError, smtplib.SMTPException):
                    self._quietly_close(self._smtp)
            self._smtp = None


def _answered(smtp: smtplib.SMTP) -> bool:
    """Whether the server's next answer can be read without waiting (a look at the socket;
    an answer held in TLS's own buffer counts too)."""
    sock = smtp.sock
    if sock is None:
        return False
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


def login(smtp: smtplib.SMTP, username: str, password: str, oauth_token: str = "") -> None:
    """Log in with the password, or with SASL XOAUTH2 and the access token when the account
    is signed in with OAuth. On a refused token the server answers 334 with a JSON error
    first: the empty reply it wants is sent, and its final 535 raised."""
    if not oauth_token:
        smtp.login(username, password)
        return
    initial = xoauth2(username, oauth_token)
    smtp.auth("XOAUTH2", lambda challenge=None: initial if challenge is None else "")


class ConsoleTransport:
    """Until a mail account is set up nothing leaves the machine: messages are printed."""

    name = CONSOLE

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def open(self) -> None:
        return None

    def send(self, message: EmailMessage, sender: str, recipient: str) -> str:
        self.stream.write(message.as_string() + "\n" + "-" * 72 + "\n")
        self.stream.flush()
        return "printed to the console (no mail account set up)"

    def close(self) -> None:
        return None


def resolve(host: str) -> None:
    """Raise OSError early when a host name does not resolve (a clear message in checks)."""
    socket.getaddrinfo(host, None)


# Django's mail backends that deliver nothing anywhere.
_NOWHERE = frozenset({"django.core.mail.backends.console.EmailBackend",
                      "django.core.mail.backends.locmem.EmailBackend",
                      "django.core.mail.backends.dummy.EmailBackend",
                      "django.core.mail.backends.filebased.EmailBackend"})


def instance_mailer_set_up() -> bool:
    """Does this instance deliver mail (an operator set EMAIL_HOST, or a real backend)?

    Without one, it is a laptop's or a trial's: there the console stands in for a mailbox
    that is not set up yet. With one, mail was expected to really go out, so the console must
    never stand in for a user's missing mailbox (their messages are held instead).
    """
    mailers = getattr(settings, "MAILERS", None) or {}
    backend = (mailers.get("default") or {}).get("BACKEND") or \
        getattr(settings, "EMAIL_BACKEND", "")
    return backend not in _NOWHERE


class InstanceTransport:
    """The instance's own mailer (Django's, set by the operator with EMAIL_HOST; the console
    until then), for mail Pursuit sends on the user's behalf about the instance itself, such as
    invitations: those are not the user's correspondence, so they do not go through (or need)
    the user's mailbox."""

    name = "instance"

    def open(self) -> None:
        return None

    def send(self, message: EmailMessage, sender: str, recipient: str) -> str:
        mail = DjangoEmail(subject=str(message["Subject"] or ""),
                           body=message.get_payload(decode=True).decode(  # type: ignore[union-attr]
                               message.get_content_charset() or "utf-8"),
                           from_email=sender, to=[recipient],
                           headers={"Message-ID": str(message["Message-ID"])})
        try:
            mail.send(fail_silently=False)
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailed(Failure("connect", None, f"the instance's mailer: {exc}")) from exc
        return "handed to the instance's mailer"

    def close(self) -> None:
        return None
