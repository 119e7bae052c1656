"""Signing in with OAuth 2.0 without a request waiting on the provider: the pages write the
user's sign-in row, the worker talks to the local authorization server
(tests/outbox/oauth_server.py, the real protocol over HTTP on loopback), and the pages poll
the row. The code grant's callback, the device grant's polls at the provider's interval
(`authorization_pending`, `slow_down`), expiry, cancelling, and another user."""

from __future__ import annotations

import html
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.crypto import decrypt
from pursuit.outbox.models import MailAccount, OAuthSignIn
from pursuit.outbox.oauth import DEVICE_GRANT, EXPIRED, SLOW_DOWN_BY, sign_in_shown, sign_ins_run
from pursuit.worker.loop import Worker
from tests.outbox.oauth_server import AuthServer, pursuit_oauth

ADA = "ada@example.test"

pytestmark = pytest.mark.django_db


@pytest.fixture
def auth(settings) -> Iterator[AuthServer]:  # type: ignore[no-untyped-def]
    with AuthServer(ADA) as server:
        settings.PURSUIT_OAUTH = pursuit_oauth(server)
        yield server


def _client(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client(owner) -> Client:  # type: ignore[no-untyped-def]
    return _client(owner)


@pytest.fixture
def outsider(make_user) -> Client:  # type: ignore[no-untyped-def]
    return _client(make_user("mallory@example.com"))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def allowed(client: Client, provider: str = "microsoft") -> str:
    """Start on our page, press Allow on the provider's: the callback address it sends the
    browser back to (not yet visited)."""
    start = client.get(reverse("mail_oauth_start", args=[provider]))
    authorize = start["Location"]
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(authorize).query))
    try:
        urllib.request.build_opener(_NoRedirect).open(
            authorize.split("?")[0], urllib.parse.urlencode(query).encode(), timeout=5)
        raise AssertionError("the provider did not redirect back")
    except urllib.error.HTTPError as back:
        return str(back.headers["Location"]).removeprefix("http://testserver")


def worker_step() -> None:
    Worker(lease_seconds=300, idle_sleep=0).run_mail_settings()


def status(client: Client, row: OAuthSignIn, shown: str):  # type: ignore[no-untyped-def]
    return client.get(reverse("mail_oauth_status", args=[row.pk]) + f"?shown={shown}",
                      HTTP_HX_REQUEST="true")


def test_the_callback_keeps_the_code_for_the_worker_and_asks_the_provider_nothing(  # type: ignore[no-untyped-def]
        owner, client, auth) -> None:
    callback = allowed(client)
    code = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(callback).query))["code"]
    back = client.get(callback)
    assert back.status_code == 302 and back["Location"] == reverse("mail_oauth_wait")
    assert auth.state.log == []  # the token endpoint was not asked in the request
    row = OAuthSignIn.objects.get(owner=owner)
    assert row.state == OAuthSignIn.State.EXCHANGING
    # Encrypted at rest, like the passwords.
    assert code not in row.code_encrypted and decrypt(row.code_encrypted) == code
    assert decrypt(row.verifier_encrypted) not in row.verifier_encrypted

    page = client.get(reverse("mail_oauth_wait")).content.decode()
    assert "Finishing sign-in with Microsoft…" in page
    assert reverse("mail_oauth_status", args=[row.pk]) in page  # htmx polls it
    assert '<noscript><meta http-equiv="refresh"' in page and "Check again" in page
    assert b"Finishing sign-in" in status(client, row, "exchanging").content

    worker_step()
    assert auth.state.log == ["authorization_code"]
    row.refresh_from_db()
    assert row.state == OAuthSignIn.State.DONE
    assert row.code_encrypted == row.verifier_encrypted == row.state_hash == ""  # used: gone
    account = MailAccount.objects.get(owner=owner)
    assert account.oauth_provider == "microsoft" and account.from_address == ADA

    done = status(client, row, "exchanging")
    assert done["HX-Redirect"] == reverse("mail_settings")
    page = client.get(reverse("mail_settings")).content.decode()
    assert f"Signed in with Microsoft as {ADA}: Pursuit sends" in page
    assert not OAuthSignIn.objects.exists()  # said once, then removed


def test_a_code_the_provider_refuses_shows_its_error(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    client.get(allowed(client, "google"))
    auth.state.codes.clear()  # the code expired at the provider meanwhile
    worker_step()
    row = OAuthSignIn.objects.get(owner=owner)
    assert row.state == OAuthSignIn.State.FAILED and row.code_encrypted == ""
    page = html.unescape(client.get(reverse("mail_oauth_wait"), follow=True).content.decode())
    assert ("Google's sign-in was refused (invalid_grant: unknown code or redirect URI)"
            in page)
    assert not MailAccount.objects.filter(owner=owner).exists()
    assert not OAuthSignIn.objects.exists()


def test_a_sign_in_declined_at_the_provider_says_so_at_once(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    client.get(reverse("mail_oauth_start", args=["google"]))
    page = html.unescape(client.get(
        reverse("mail_oauth_callback") + "?error=access_denied&error_description="
        "The+user+declined", follow=True).content.decode())
    assert "The sign-in did not go through: The user declined" in page
    assert not OAuthSignIn.objects.exists()
    assert auth.state.log == []


def test_a_callback_works_once_and_within_fifteen_minutes(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    callback = allowed(client)
    client.get(callback)
    again = client.get(callback, follow=True).content.decode()
    assert "not started from this page, or took too long" in again
    assert OAuthSignIn.objects.get(owner=owner).state == OAuthSignIn.State.EXCHANGING

    late = allowed(client)  # a new sign-in replaces the one under way
    assert OAuthSignIn.objects.filter(owner=owner).count() == 1
    OAuthSignIn.objects.filter(owner=owner).update(expires_at=timezone.now())
    page = client.get(late, follow=True).content.decode()
    assert "not started from this page, or took too long" in page
    assert not OAuthSignIn.objects.exists()
    worker_step()
    assert auth.state.log == []


def test_a_new_sign_in_replaces_the_one_under_way(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    first = allowed(client)
    allowed(client, "google")
    assert OAuthSignIn.objects.get(owner=owner).provider == "google"  # one row: the new one
    assert b"not started from this page" in client.get(first, follow=True).content
    worker_step()
    assert auth.state.log == []  # the replaced sign-in's code was never exchanged


def test_another_user_can_neither_see_nor_finish_nor_cancel_a_sign_in(  # type: ignore[no-untyped-def]
        owner, client, outsider, auth) -> None:
    callback = allowed(client)
    # The owner's callback address, opened by someone else (sent a link): refused, and the
    # owner's sign-in is untouched.
    refused = outsider.get(callback, follow=True).content.decode()
    assert "not started from this page" in refused
    row = OAuthSignIn.objects.get(owner=owner)
    assert row.state == OAuthSignIn.State.STARTED

    client.post(reverse("mail_oauth_device_start", args=["microsoft"]))
    worker_step()
    row = OAuthSignIn.objects.get(owner=owner)
    assert row.user_code
    page = outsider.get(reverse("mail_oauth_device"))
    assert page.status_code == 302 and row.user_code.encode() not in page.content
    assert status(outsider, row, "waiting").status_code == 404
    outsider.post(reverse("mail_oauth_cancel"))
    assert OAuthSignIn.objects.filter(pk=row.pk).exists()
    mallory = User.objects.get(email="mallory@example.com")
    assert sign_in_shown(owner=mallory, sign_in_id=row.pk) == []
    assert OAuthSignIn.objects.filter(pk=row.pk).exists()
    # The owner sees their code.
    assert row.user_code in client.get(reverse("mail_oauth_device")).content.decode()


def _device_started(client: Client, owner) -> OAuthSignIn:  # type: ignore[no-untyped-def]
    started = client.post(reverse("mail_oauth_device_start", args=["microsoft"]))
    assert started["Location"] == reverse("mail_oauth_device")
    assert "Asking Microsoft for a code…" in client.get(reverse("mail_oauth_device")) \
        .content.decode()
    worker_step()
    row = OAuthSignIn.objects.get(owner=owner)
    assert row.state == OAuthSignIn.State.WAITING and row.interval == 1
    assert row.user_code and decrypt(row.device_code_encrypted)
    return row


def _enter(auth: AuthServer, user_code: str) -> None:
    """The user types the code at the provider, on their phone."""
    with urllib.request.urlopen(f"{auth.base}/device",  # noqa: S310 - loopback
                                urllib.parse.urlencode({"user_code": user_code}).encode(),
                                timeout=5) as answer:
        assert answer.status == 200


def test_the_worker_polls_the_device_grant_at_the_providers_interval(  # type: ignore[no-untyped-def]
        owner, client, auth) -> None:
    row = _device_started(client, owner)
    # The page asked for the code while it was being asked: it shows the page with it now.
    assert status(client, row, "started")["HX-Refresh"] == "true"
    assert b"Waiting for you to enter the code" in status(client, row, "waiting").content
    assert auth.state.log == []  # no token request yet: not due before the interval
    assert sign_ins_run(worker="w", now=timezone.now()) == 0

    assert sign_ins_run(worker="w", now=row.next_attempt_at) == 1
    assert auth.state.log == [DEVICE_GRANT]  # authorization_pending
    row.refresh_from_db()
    assert row.state == OAuthSignIn.State.WAITING and row.interval == 1

    auth.state.slow_down = 1
    polled = row.next_attempt_at
    assert sign_ins_run(worker="w", now=polled) == 1
    row.refresh_from_db()
    assert row.interval == 1 + SLOW_DOWN_BY  # slower from now on (RFC 8628 3.5)
    assert row.next_attempt_at == polled + timedelta(seconds=1 + SLOW_DOWN_BY)
    assert sign_ins_run(worker="w", now=polled + timedelta(seconds=SLOW_DOWN_BY)) == 0

    _enter(auth, row.user_code)
    assert sign_ins_run(worker="w", now=row.next_attempt_at) == 1
    assert auth.state.log == [DEVICE_GRANT] * 3
    row.refresh_from_db()
    assert row.state == OAuthSignIn.State.DONE and row.device_code_encrypted == ""
    assert MailAccount.objects.get(owner=owner).oauth_provider == "microsoft"
    assert status(client, row, "waiting")["HX-Redirect"] == reverse("mail_settings")
    assert f"Signed in with Microsoft as {ADA}" in \
        client.get(reverse("mail_settings")).content.decode()


def test_a_device_code_not_entered_in_time_expires(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    row = _device_started(client, owner)
    assert row.expires_at <= row.started_at + timedelta(minutes=15)
    assert sign_ins_run(worker="w", now=row.expires_at + timedelta(seconds=1)) == 1
    assert auth.state.log == []  # expired: the provider is not asked again
    row.refresh_from_db()
    assert row.state == OAuthSignIn.State.FAILED and row.device_code_encrypted == ""
    page = client.get(reverse("mail_oauth_device"), follow=True).content.decode()
    assert EXPIRED in page
    assert not MailAccount.objects.filter(owner=owner).exists()


def test_cancelling_stops_the_polling(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    row = _device_started(client, owner)
    page = client.post(reverse("mail_oauth_cancel"), follow=True).content.decode()
    assert "Sign-in cancelled." in page
    assert not OAuthSignIn.objects.exists()
    assert sign_ins_run(worker="w", now=row.expires_at) == 0
    assert auth.state.log == []


def test_the_page_works_without_javascript(owner, client, auth) -> None:  # type: ignore[no-untyped-def]
    """No htmx: the page reloads itself (meta refresh in <noscript>) and says the same."""
    client.post(reverse("mail_oauth_device_start", args=["microsoft"]))
    worker_step()
    row = OAuthSignIn.objects.get(owner=owner)
    page = client.get(reverse("mail_oauth_device")).content.decode()
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in page
    assert "Waiting for you to enter the code…" in page
    _enter(auth, row.user_code)
    sign_ins_run(worker="w", now=row.next_attempt_at)
    done = client.get(reverse("mail_oauth_device"))
    assert done.status_code == 302 and done["Location"] == reverse("mail_settings")
