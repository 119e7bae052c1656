""""Test connection" names the step that failed, against real servers on loopback: a name
that does not exist, a closed port, a TLS server with a self-signed certificate, TLS spoken to
a plain server, a wrong password, a sender the server refuses, and dovecot for IMAP."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pursuit.core.mail_check import ADVICE, DNS, LOGIN, SEND, TCP, TLS, TLS_CERT
from pursuit.outbox.checks import check_smtp, run_check
from pursuit.outbox.models import MailCheck
from pursuit.outbox.services import mail_account_save
from tests.outbox.imap_server import ImapServer, dovecot_available
from tests.outbox.smtp_sink import SinkHandler, SmtpSink, free_port

SENDER = "jordan@example.com"


class Strict(SinkHandler):
    """Accepts mail only from SENDER, as a provider does for the mailbox logged in to."""

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if address != SENDER:
            return "553 5.7.1 Sender address rejected: not owned by user"
        envelope.mail_from = address
        return "250 OK"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                  auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"app password 1"
    # handled=False: aiosmtpd then answers 535 itself (with the default, it answers nothing).
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def auth_sink() -> Iterator[tuple[int, Strict]]:
    handler = Strict()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            authenticator=authenticator, auth_require_tls=False)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


@pytest.fixture
def self_signed_tls(tmp_path: Path) -> Iterator[int]:
    """An SMTP server speaking implicit TLS with a certificate nobody signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    port = free_port()
    controller = Controller(SinkHandler(), hostname="127.0.0.1", port=port,
                            ssl_context=context)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def smtp(port: int, *, host: str = "127.0.0.1", security: str = "none",
         username: str = "", password: str = "", sender: str = SENDER):  # type: ignore[no-untyped-def]
    return check_smtp(host=host, port=port, security=security, username=username,
                      password=password, timeout=5, sender=sender)


def test_a_name_that_does_not_exist_is_the_dns_step() -> None:
    assert smtp(587, host="no-such-server.invalid").step == DNS  # type: ignore[union-attr]


def test_a_closed_port_is_the_tcp_step() -> None:
    failed = smtp(free_port())  # nothing listens there
    assert failed is not None and failed.step == TCP
    assert "port" in failed.words("SMTP")


def test_a_self_signed_certificate_is_the_certificate_step(self_signed_tls: int) -> None:
    failed = smtp(self_signed_tls, security="tls")
    assert failed is not None and failed.step == TLS_CERT
    assert "self-signed" in failed.detail or "self signed" in failed.detail


def test_tls_spoken_to_a_plain_server_is_the_handshake_step() -> None:
    with SmtpSink() as sink:
        failed = smtp(sink.port, security="tls")
    assert failed is not None and failed.step == TLS


def test_starttls_not_offered_is_the_tls_step() -> None:
    with SmtpSink() as sink:
        failed = smtp(sink.port, security="starttls")
    assert failed is not None and failed.step == TLS and "STARTTLS" in failed.detail


def test_a_wrong_password_is_the_login_step(auth_sink) -> None:  # type: ignore[no-untyped-def]
    port, _ = auth_sink
    failed = smtp(port, username=SENDER, password="my usual password")
    assert failed is not None and failed.step == LOGIN
    assert "535" in failed.detail and "app password" in failed.words("SMTP")


def test_a_refused_sender_is_the_send_permission_step(auth_sink) -> None:  # type: ignore[no-untyped-def]
    port, handler = auth_sink
    failed = smtp(port, username=SENDER, password="app password 1",
                  sender="someone.else@example.org")
    assert failed is not None and failed.step == SEND and "553" in failed.detail
    assert handler.received == []


def test_every_step_passes_and_nothing_is_sent(auth_sink) -> None:  # type: ignore[no-untyped-def]
    port, handler = auth_sink
    assert smtp(port, username=SENDER, password="app password 1") is None
    assert handler.received == []


def test_every_step_has_words_for_a_job_seeker() -> None:
    for step, words in ADVICE.items():
        assert len(words) > 40, step


@pytest.mark.skipif(not dovecot_available(), reason="dovecot is not installed")
@pytest.mark.django_db
def test_the_check_page_text_for_imap(owner, auth_sink) -> None:  # type: ignore[no-untyped-def]
    port, _ = auth_sink
    with ImapServer({"jordan": "imap password 1"}) as imap:
        mail_account_save(owner=owner, from_address=SENDER, smtp_host="127.0.0.1",
                          smtp_port=port, smtp_security="none", smtp_username=SENDER,
                          smtp_password="app password 1", imap_host="127.0.0.1",
                          imap_port=imap.port, imap_security="none", imap_username="jordan",
                          imap_password="imap password 1")
        check = run_check(MailCheck.objects.create(owner=owner))
        assert check.ok, (check.smtp_result, check.imap_result)
        assert "nothing was sent" in check.smtp_result
        assert "Sent folder: Sent" in check.imap_result
        mail_account_save(owner=owner, from_address=SENDER, smtp_host="127.0.0.1",
                          smtp_port=port, smtp_security="none", smtp_username=SENDER,
                          imap_host="127.0.0.1", imap_port=imap.port, imap_security="none",
                          imap_username="jordan", imap_password="wrong")
        check = run_check(MailCheck.objects.create(owner=owner))
    assert not check.ok
    assert check.imap_result.startswith("IMAP failed at logging in")
    assert "What to do:" in check.imap_result
