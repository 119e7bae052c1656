"""Signing in with OAuth 2.0, against a local authorization server speaking the protocol
(tests/outbox/oauth_server.py), an SMTP server that logs in with XOAUTH2 by asking it about
the token, and dovecot with its OAuth 2.0 passdb asking the same server: the sign-in pages,
sending, reading a reply, renewing an expired token, a revoked one, the device grant."""

from __future__ import annotations

import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from imapclient import IMAPClient

from pursuit.archive.services import account_delete
from pursuit.core.oauth import RETRY_AFTER, REVOKE_TRIES
from pursuit.crypto import decrypt
from pursuit.digest.services import digest_for
from pursuit.outbox.models import MailAccount, Message, OAuthRevocation, OAuthSignIn
from pursuit.outbox.oauth import revocations_run, sign_ins_run, tokens_refresh
from pursuit.outbox.replies import poll_account
from pursuit.outbox.services import mail_account_save, message_enqueue
from pursuit.outbox.transport import SendFailed, SmtpTransport
from pursuit.worker.loop import Worker
from tests.outbox.imap_server import ImapServer, dovecot_available
from tests.outbox.oauth_server import (
    CLIENT_ID,
    AuthServer,
    XOAuth2Smtp,
    dovecot_oauth_config,
    pursuit_oauth,
)
from tests.outbox.smtp_sink import free_port

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
    # The callback keeps the code for the worker and sends to the page that waits for it.
    assert page.status_code == 302 and page["Location"] == reverse("mail_oauth_wait")
    assert "Finishing sign-in with" in client.get(reverse("mail_oauth_wait")).content.decode()
    finish_sign_ins()
    done = client.get(reverse("mail_oauth_wait"))
    assert done.status_code == 302 and done["Location"] == reverse("mail_settings")


def finish_sign_ins() -> None:
    """The worker's step that talks to the provider for the sign-ins under way."""
    Worker(lease_seconds=300, idle_sleep=0).run_mail_settings()


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
    asking = client.get(reverse("mail_oauth_device")).content.decode()
    assert "Asking Microsoft for a code" in asking
    assert auth.state.devices == {}  # the request asked the provider nothing
    finish_sign_ins()  # the worker asks for the code
    page = client.get(reverse("mail_oauth_device")).content.decode()
    code = page.split('aria-label="Your code"><strong>')[1].split("<")[0]
    assert f"{auth.base}/device" in page and "Waiting for you to enter the code" in page
    row = OAuthSignIn.objects.get(owner=owner)
    waiting = client.get(reverse("mail_oauth_status", args=[row.pk]) + "?shown=waiting",
                         HTTP_HX_REQUEST="true")
    assert b"Waiting for you" in waiting.content
    assert sign_ins_run(worker="w", now=row.next_attempt_at) == 1  # authorization_pending
    assert not MailAccount.objects.get(owner=owner).uses_oauth
    # The user types the code at the provider, on their phone.
    with urllib.request.urlopen(f"{auth.base}/device",  # noqa: S310 - loopback
                                urllib.parse.urlencode({"user_code": code}).encode(),
                                timeout=5) as answer:
        assert answer.status == 200
    row.refresh_from_db()
    assert sign_ins_run(worker="w", now=row.next_attempt_at) == 1
    done = client.get(reverse("mail_oauth_status", args=[row.pk]) + "?shown=waiting",
                      HTTP_HX_REQUEST="true")
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


def _refresh_refused(auth: AuthServer, refresh: str) -> bool:
    """Ask the provider's token endpoint to renew with this refresh token, as Pursuit would."""
    form = urllib.parse.urlencode({"grant_type": "refresh_token", "refresh_token": refresh,
                                   "client_id": CLIENT_ID}).encode()
    try:
        with urllib.request.urlopen(f"{auth.base}/token", form,  # noqa: S310 - loopback
                                    timeout=5) as answer:
            return answer.status != 200
    except urllib.error.HTTPError as refused:
        return refused.code == 400 and b"invalid_grant" in refused.read()


@pytest.mark.django_db(transaction=True)
def test_removing_the_account_revokes_its_google_sign_in_in_the_background(  # type: ignore[no-untyped-def]
        owner, client, auth, smtp, imap) -> None:
    servers(owner, smtp, imap)
    sign_in(client, "google")
    refresh = decrypt(MailAccount.objects.get(owner=owner).oauth_refresh_encrypted)
    assert not _refresh_refused(auth, refresh)
    page = client.post(reverse("mail_account_delete"), follow=True).content.decode()
    assert "Mail account removed." in page
    assert "asks Google to cancel it too" in page
    assert not MailAccount.objects.filter(owner=owner).exists()
    assert auth.state.revoked == []  # the request did not wait on the provider
    # The page says it is under way until the worker has done it.
    assert "Asking Google to cancel" in client.get(reverse("mail_settings")).content.decode()
    work()
    assert auth.state.revoked == [refresh]
    assert _refresh_refused(auth, refresh)  # the provider refuses it from now on
    row = OAuthRevocation.objects.get(owner=owner)
    assert row.outcome == OAuthRevocation.Outcome.REVOKED and row.token_encrypted == ""
    assert "Asking Google" not in client.get(reverse("mail_settings")).content.decode()
    work()
    assert auth.state.revoked == [refresh]  # once


@pytest.mark.django_db(transaction=True)
def test_a_provider_out_of_reach_does_not_keep_the_account_and_the_user_is_told(  # type: ignore[no-untyped-def]
        owner, client, auth, settings) -> None:
    sign_in(client, "google")
    settings.PURSUIT_OAUTH["google"]["revoke_url"] = f"http://127.0.0.1:{free_port()}/revoke"
    client.post(reverse("mail_account_delete"))
    assert not MailAccount.objects.filter(owner=owner).exists()
    now = timezone.now()
    for turn in range(1, REVOKE_TRIES + 1):
        assert revocations_run(worker="w", now=now) == 1
        row = OAuthRevocation.objects.get(owner=owner)
        assert row.attempts == turn and "could not be reached" in row.detail
        assert revocations_run(worker="w", now=now) == 0  # not before its next try
        now = row.next_attempt_at if not row.finished_at else now
    assert row.outcome == OAuthRevocation.Outcome.FAILED and row.token_encrypted == ""
    page = client.get(reverse("mail_settings")).content.decode()
    assert f"Pursuit could not cancel its access for {ADA} at Google" in page
    assert "https://myaccount.google.com/permissions" in page


@pytest.mark.django_db(transaction=True)
def test_signing_out_of_microsoft_says_where_to_remove_the_access(  # type: ignore[no-untyped-def]
        owner, client, auth, smtp, imap) -> None:
    servers(owner, smtp, imap)
    sign_in(client)
    page = client.post(reverse("mail_oauth_forget"), follow=True).content.decode()
    assert "offers applications no way to cancel their own sign-in" in page
    assert "https://account.live.com/consent/Manage" in page
    assert not MailAccount.objects.get(owner=owner).uses_oauth
    assert not OAuthRevocation.objects.exists()  # nothing to send to Microsoft


@pytest.mark.django_db(transaction=True)
def test_signing_in_as_another_address_revokes_the_sign_in_it_replaces(  # type: ignore[no-untyped-def]
        owner, client, auth) -> None:
    sign_in(client, "google")
    sign_in(client, "google")  # the same address again: Google would end the new grant too
    assert not OAuthRevocation.objects.exists()
    second = decrypt(MailAccount.objects.get(owner=owner).oauth_refresh_encrypted)
    auth.state.user = "ada.work@example.test"
    sign_in(client, "google")
    assert MailAccount.objects.get(owner=owner).from_address == "ada.work@example.test"
    # The worker's errand alone: the account now names Google's real servers.
    assert revocations_run(worker="w") == 1
    assert auth.state.revoked == [second]
    assert _refresh_refused(auth, second)


@pytest.mark.django_db(transaction=True)
def test_two_workers_renewing_at_once_ask_a_strictly_rotating_provider_once(  # type: ignore[no-untyped-def]
        owner, client, auth, smtp, imap) -> None:
    """Two workers, each on its own database connection, find the same token due at the
    same moment; the provider spends a refresh token at its first use and ends the grant
    when it sees it again. Only the worker that claimed the renewal asks it."""
    if connection.vendor == "sqlite":
        # The tests' SQLite database is Django's in-memory one in shared-cache mode, where two
        # threads writing at once get "database table is locked" at once instead of waiting
        # on the busy timeout as they do on the file Pursuit runs on (seen under load in
        # CI). Row locks between two workers are PostgreSQL's, where this test runs.
        pytest.skip("two writing threads need a real database file or PostgreSQL")
    servers(owner, smtp, imap)
    sign_in(client)
    auth.state.rotate = True
    auth.state.refresh_delay = 0.5  # both workers are past their look at the row meanwhile
    MailAccount.objects.filter(owner=owner).update(
        oauth_expires_at=timezone.now() - timedelta(minutes=1))
    auth.expire_access_tokens()
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(name: str) -> None:
        try:
            start.wait()
            tokens_refresh(worker=name)
        except BaseException as exc:  # reported by the test's thread
            errors.append(exc)
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=worker, args=(f"worker-{n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert auth.state.reused == []  # the old refresh token was never presented twice
    assert auth.state.log.count("refresh_token") == 1
    account = MailAccount.objects.get(owner=owner)
    assert not account.sign_in_refused, account.oauth_error
    assert account.oauth_renewing_by == "" and account.oauth_renewing_until is None

    message = message_enqueue(owner=owner, to_address="priya@larchmont.example",
                              subject="Thank you", body="Thanks.\n")
    work()
    message.refresh_from_db()
    assert message.state == Message.State.SENT, message.last_error
    # The next renewal presents the rotated token, which the provider takes.
    auth.state.refresh_delay = 0
    MailAccount.objects.filter(owner=owner).update(
        oauth_expires_at=timezone.now() - timedelta(minutes=1))
    work()
    assert auth.state.log.count("refresh_token") == 2 and auth.state.reused == []
    assert not MailAccount.objects.get(owner=owner).sign_in_refused


@pytest.mark.django_db(transaction=True)
def test_a_renewal_that_failed_for_a_passing_reason_waits_for_every_worker(  # type: ignore[no-untyped-def]
        owner, client, auth, settings) -> None:
    sign_in(client)
    settings.PURSUIT_OAUTH["microsoft"]["token_url"] = f"http://127.0.0.1:{free_port()}/token"
    MailAccount.objects.filter(owner=owner).update(
        oauth_expires_at=timezone.now() - timedelta(minutes=1))
    account = MailAccount.objects.get(owner=owner)
    assert tokens_refresh(worker="one") == [account.pk]
    assert tokens_refresh(worker="two") == []  # not another request at once
    account.refresh_from_db()
    assert not account.sign_in_refused and "tried again later" in account.oauth_error
    later = timezone.now() + RETRY_AFTER + timedelta(seconds=1)
    assert tokens_refresh(worker="two", now=later) == [account.pk]


@pytest.mark.django_db(transaction=True)
def test_deleting_the_whole_pursuit_account_still_revokes_its_sign_in(  # type: ignore[no-untyped-def]
        owner, client, auth) -> None:
    sign_in(client, "google")
    refresh = decrypt(MailAccount.objects.get(owner=owner).oauth_refresh_encrypted)
    account_delete(user=owner)
    work()
    assert auth.state.revoked == [refresh] and _refresh_refused(auth, refresh)
    row = OAuthRevocation.objects.get()
    assert row.owner_id is None and row.outcome == OAuthRevocation.Outcome.REVOKED


@pytest.mark.django_db(transaction=True)
def test_a_password_typed_in_signs_out_and_revokes_the_sign_in(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    sign_in(client, "google")
    refresh = decrypt(MailAccount.objects.get(owner=owner).oauth_refresh_encrypted)
    page = client.post(reverse("mail_settings"), {
        "from_address": ADA, "from_name": "Ada", "smtp_host": "smtp.example.test",
        "smtp_port": 587, "smtp_security": "starttls", "smtp_username": ADA,
        "smtp_password": "an app password", "imap_host": "", "imap_port": 993,
        "imap_security": "tls", "imap_username": "", "sent_copy": "auto",
        "rate_per_minute": 20}, follow=True).content.decode()
    assert "Mail account saved." in page and "asks Google to cancel it too" in page
    assert not MailAccount.objects.get(owner=owner).uses_oauth
    work()
    assert auth.state.revoked == [refresh] and _refresh_refused(auth, refresh)
