"""Signing in with OAuth 2.0, against a local authorization server speaking the protocol
(tests/outbox/oauth_server.py), an SMTP server that logs in with XOAUTH2 by asking it about
the token, and dovecot with its OAuth 2.0 passdb asking the same server: the sign-in pages,
sending, reading a reply, renewing an expired token, a revoked one, the device grant."""

from __future__ import annotations

import tempfile
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from imapclient import IMAPClient

from pursuit.digest.services import digest_for
from pursuit.outbox.models import MailAccount, Message
from pursuit.outbox.replies import poll_account
from pursuit.outbox.services import mail_account_save, message_enqueue
from pursuit.outbox.transport import SendFailed, SmtpTransport
from pursuit.worker.loop import Worker
from tests.outbox.imap_server import ImapServer, dovecot_available
from tests.outbox.oauth_server import (
    AuthServer,
    XOAuth2Smtp,
    dovecot_oauth_config,
    pursuit_oauth,
)

pytestmark = [
    pytest.mark.skipif(not dovecot_available(), reason="dovecot is not installed"),
    # The tests' SMTP server takes XOAUTH2 without TLS, on loopback.
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS"),
]

ADA = "ada@example.test"
IMAP_PASSWORD = "only for the tests' own deliveries"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def _no_redirects() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_NoRedirect)


@pytest.fixture
def auth(settings) -> Iterator[AuthServer]:  # type: ignore[no-untyped-def]
    with AuthServer(ADA) as server:
        settings.PURSUIT_OAUTH = pursuit_oauth(server)
        yield server


@pytest.fixture
def smtp(auth: AuthServer) -> Iterator[XOAuth2Smtp]:
    with XOAuth2Smtp(auth) as server:
        yield server


@pytest.fixture
def imap(auth: AuthServer) -> Iterator[ImapServer]:
    directory = Path(tempfile.mkdtemp(prefix="pursuit-oauth-"))
    directory.chmod(0o755)
    with ImapServer({ADA: IMAP_PASSWORD},
                    extra_config=dovecot_oauth_config(auth.base, str(directory))) as server:
        yield server


@pytest.fixture
def client(owner) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(owner)
    return client


def servers(owner, smtp: XOAuth2Smtp, imap: ImapServer) -> None:  # type: ignore[no-untyped-def]
    """The account as set up by hand before signing in: the local servers for Ada's address
    (signing in keeps the servers of an account set up for the same address)."""
    mail_account_save(owner=owner, from_address=ADA, smtp_host="127.0.0.1",
                      smtp_port=smtp.port, smtp_security="none", imap_host="127.0.0.1",
                      imap_port=imap.port, imap_security="none", sent_copy="on")


def sign_in(client: Client, provider: str = "microsoft") -> None:
    """The browser's round trip: our start page, the provider's page and its Allow button,
    back to our callback."""
    start = client.get(reverse("mail_oauth_start", args=[provider]))
    assert start.status_code == 302
    authorize = start["Location"]
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(authorize).query))
    assert query["code_challenge_method"] == "S256" and query["state"]
    with urllib.request.urlopen(authorize, timeout=5) as page:  # noqa: S310 - loopback
        assert b"Allow" in page.read()
    allow = urllib.parse.urlencode(query).encode()
    try:
        _no_redirects().open(authorize.split("?")[0], allow, timeout=5)
        raise AssertionError("the provider did not redirect back")
    except urllib.error.HTTPError as back:
        assert back.code == 302
        callback = back.headers["Location"]
    page = client.get(callback.removeprefix("http://testserver"))
    assert page.status_code == 302 and page["Location"] == reverse("mail_settings")


def work() -> Worker:
    worker = Worker(lease_seconds=300, idle_sleep=0)
    worker.run(once=True)
    return worker


def sent_folder(imap: ImapServer) -> list[int]:
    client = IMAPClient("127.0.0.1", port=imap.port, ssl=False, timeout=5)
    client.login(ADA, IMAP_PASSWORD)
    try:
        client.select_folder("Sent", readonly=True)
        return list(client.search("ALL"))
    finally:
        client.logout()


@pytest.mark.django_db(transaction=True)
def test_sign_in_then_send_with_xoauth2_and_read_a_reply(owner, client, auth, smtp, imap) -> None:  # type: ignore[no-untyped-def]
    servers(owner, smtp, imap)
    sign_in(client)
    account = MailAccount.objects.get(owner=owner)
    assert account.oauth_provider == "microsoft" and account.smtp_host == "127.0.0.1"
    assert account.from_address == ADA and not account.smtp_password_encrypted
    # Encrypted at rest: the stored values are not the tokens the provider gave.
    assert account.oauth_refresh_encrypted and "rt-" not in account.oauth_refresh_encrypted
    assert auth.state.log == ["authorization_code"]

    message = message_enqueue(owner=owner, to_address="priya@larchmont.example",
                              subject="Thank you", body="Dear Priya,\n\nThank you.\n")
    work()
    message.refresh_from_db()
    assert message.state == Message.State.SENT, message.last_error
    assert smtp.handler.logins == [ADA]  # logged in with XOAUTH2, the token checked
    assert len(smtp.handler.received) == 1
    assert len(sent_folder(imap)) == 1  # the Sent-folder copy went in over IMAP XOAUTH2

    imap.deliver(ADA, (f"From: priya@larchmont.example\r\nTo: {ADA}\r\n"
                       f"Subject: Re: Thank you\r\nMessage-ID: <r1@larchmont.example>\r\n"
                       f"In-Reply-To: {message.message_id}\r\n\r\nSee you Monday.\r\n")
                 .encode())
    seen: list[str] = []
    assert poll_account(MailAccount.objects.get(owner=owner),
                        lambda _owner, inbound: seen.append(inbound.message_id) or True) == 1
    assert seen == ["<r1@larchmont.example>"]


@pytest.mark.django_db(transaction=True)
def test_an_expired_access_token_is_renewed_before_sending(owner, client, auth, smtp, imap) -> None:  # type: ignore[no-untyped-def]
    servers(owner, smtp, imap)
    sign_in(client)
    before = MailAccount.objects.get(owner=owner).oauth_access_encrypted
    auth.expire_access_tokens()  # an hour later: the provider no longer accepts them
    MailAccount.objects.filter(owner=owner).update(
        oauth_expires_at=timezone.now() - timedelta(minutes=1))
    message = message_enqueue(owner=owner, to_address="priya@larchmont.example",
                              subject="Thank you", body="Thanks.\n")
    work()
    message.refresh_from_db()
    assert message.state == Message.State.SENT, message.last_error
    assert auth.state.log == ["authorization_code", "refresh_token"]
    account = MailAccount.objects.get(owner=owner)
    assert account.oauth_access_encrypted != before
    assert account.oauth_expires_at > timezone.now() + timedelta(minutes=30)
    assert smtp.handler.logins == [ADA]


@pytest.mark.django_db(transaction=True)
def test_a_revoked_sign_in_stops_sending_tells_the_user_and_is_not_retried(  # type: ignore[no-untyped-def]
        owner, client, auth, smtp, imap) -> None:
    servers(owner, smtp, imap)
    sign_in(client)
    auth.revoke(ADA)  # the user removed Pursuit's access at the provider
    MailAccount.objects.filter(owner=owner).update(
        oauth_expires_at=timezone.now() - timedelta(minutes=1))
    message = message_enqueue(owner=owner, to_address="priya@larchmont.example",
                              subject="Thank you", body="Thanks.\n")
    worker = work()
    account = MailAccount.objects.get(owner=owner)
    assert account.sign_in_refused and "invalid_grant" in account.oauth_error
    message.refresh_from_db()
    # Waiting, not failed, not even tried: no attempt was spent on it.
    assert message.state == Message.State.QUEUED and message.attempts == 0
    assert smtp.handler.received == []
    worker.run(once=True)
    work()
    assert auth.state.log.count("refresh_token") == 1  # never asked again

    today = client.get(reverse("today"))
    assert f"Pursuit can no longer send from {ADA}: sign in again".encode() in today.content
    digest = digest_for(owner, now=timezone.now())
    assert f"Pursuit can no longer send from {ADA}: sign in again" in digest.body

    sign_in(client)  # signing in again resumes
    assert not MailAccount.objects.get(owner=owner).sign_in_refused
    work()
    message.refresh_from_db()
    assert message.state == Message.State.SENT, message.last_error
    assert b"can no longer send" not in client.get(reverse("today")).content


@pytest.mark.django_db(transaction=True)
def test_a_token_refused_by_the_server_before_it_expires_is_renewed_not_retried_to_failure(  # type: ignore[no-untyped-def]
        owner, client, auth, smtp, imap) -> None:
    servers(owner, smtp, imap)
    sign_in(client)
    auth.revoke(ADA)  # our clock says the token has most of an hour left
    message = message_enqueue(owner=owner, to_address="priya@larchmont.example",
                              subject="Thank you", body="Thanks.\n")
    work()  # the SMTP login is refused: the renewal is brought forward, and refused
    work()
    account = MailAccount.objects.get(owner=owner)
    assert account.sign_in_refused
    message.refresh_from_db()
    assert message.state == Message.State.RETRY and message.attempts == 1
    Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    work()  # due again, but the account is stopped: it waits, no attempt spent
    message.refresh_from_db()
    assert message.state == Message.State.RETRY and message.attempts == 1
    assert auth.state.log.count("refresh_token") == 1


@pytest.mark.django_db(transaction=True)
def test_device_grant_signs_in_without_a_public_address(owner, client, auth, smtp, imap) -> None:  # type: ignore[no-untyped-def]
    servers(owner, smtp, imap)
    started = client.post(reverse("mail_oauth_device_start", args=["microsoft"]))
    assert started["Location"] == reverse("mail_oauth_device")
    page = client.get(reverse("mail_oauth_device")).content.decode()
    code = page.split('aria-label="Your code"><strong>')[1].split("<")[0]
    assert f"{auth.base}/device" in page
    waiting = client.post(reverse("mail_oauth_device_poll"), HTTP_HX_REQUEST="true")
    assert b"Waiting for you" in waiting.content
    assert not MailAccount.objects.get(owner=owner).uses_oauth
    # The user types the code at the provider, on their phone.
    with urllib.request.urlopen(f"{auth.base}/device",  # noqa: S310 - loopback
                                urllib.parse.urlencode({"user_code": code}).encode(),
                                timeout=5) as answer:
        assert answer.status == 200
    done = client.post(reverse("mail_oauth_device_poll"), HTTP_HX_REQUEST="true")
    assert done["HX-Redirect"] == reverse("mail_settings")
    account = MailAccount.objects.get(owner=owner)
    assert account.uses_oauth and account.from_address == ADA
    message = message_enqueue(owner=owner, to_address="priya@larchmont.example",
                              subject="Thank you", body="Thanks.\n")
    work()
    message.refresh_from_db()
    assert message.state == Message.State.SENT, message.last_error


@pytest.mark.django_db(transaction=True)
def test_google_without_an_id_token_names_the_address_through_userinfo(  # type: ignore[no-untyped-def]
        owner, client, auth) -> None:
    auth.state.id_tokens = False
    sign_in(client, "google")
    account = MailAccount.objects.get(owner=owner)
    assert account.oauth_provider == "google" and account.from_address == ADA
    # A new account gets the provider's servers (Google's, for an address of its own domain).
    assert (account.smtp_host, account.smtp_port, account.imap_host) == \
        ("smtp.gmail.com", 587, "imap.gmail.com")
    assert account.smtp_username == account.imap_username == ADA


@pytest.mark.django_db(transaction=True)
def test_a_forged_or_replayed_callback_is_refused(owner, client, auth, smtp, imap) -> None:  # type: ignore[no-untyped-def]
    servers(owner, smtp, imap)
    client.get(reverse("mail_oauth_start", args=["google"]))
    page = client.get(reverse("mail_oauth_callback") + "?code=stolen&state=guessed",
                      follow=True)
    assert b"not started from this page" in page.content
    assert not MailAccount.objects.get(owner=owner).uses_oauth
    assert auth.state.log == []  # nothing was sent to the provider


def test_buttons_only_for_configured_providers(owner, client, settings) -> None:  # type: ignore[no-untyped-def]
    settings.PURSUIT_OAUTH = {"microsoft": {"client_id": "abc"}, "google": {}}
    page = client.get(reverse("mail_settings")).content.decode()
    assert "Sign in with Microsoft</a>" in page
    assert "Sign in with Google</a>" not in page
    assert "PURSUIT_OAUTH_GOOGLE_CLIENT_ID" in page
    assert "using a code" in page  # Microsoft's device grant


def test_smtp_refuses_a_token_it_does_not_know(auth, smtp) -> None:  # type: ignore[no-untyped-def]
    """The server's JSON challenge is answered, and its 535 reported as a login failure."""
    transport = SmtpTransport(host="127.0.0.1", port=smtp.port, security="none", username=ADA,
                              password="", timeout=5, oauth_token="at-made-up")
    with pytest.raises(SendFailed) as refused:
        transport.open()
    assert refused.value.failure.phase == "auth" and refused.value.failure.code == 535
    good = auth.state.issue(ADA)["access_token"]
    transport = SmtpTransport(host="127.0.0.1", port=smtp.port, security="none", username=ADA,
                              password="", timeout=5, oauth_token=good)
    transport.open()
    transport.close()
    assert smtp.handler.logins == [ADA]
