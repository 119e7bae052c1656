"""Personal access tokens: stored hashed, shown once, revocable, scoped; the settings page."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from pursuit.api.models import PersonalAccessToken
from pursuit.api.services import token_authenticate, token_create, token_revoke
from tests.api.conftest import Api

pytestmark = pytest.mark.django_db


def test_the_database_never_holds_the_plain_token(owner) -> None:  # type: ignore[no-untyped-def]
    token, plain = token_create(owner=owner, name="backup", scope="read")
    assert plain.startswith("pst_") and len(plain) > 40
    assert token.token_hash == hashlib.sha256(plain.encode()).hexdigest()
    assert token.prefix == plain[:8]
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM api_personalaccesstoken")
        stored = " ".join(str(v) for row in cursor.fetchall() for v in row)
    assert plain not in stored and plain[8:] not in stored


def test_a_token_opens_the_api_until_it_is_revoked(world) -> None:  # type: ignore[no-untyped-def]
    assert Api(world.token).get("/api/contacts").status_code == 200
    row = PersonalAccessToken.objects.get(owner=world.owner, scope="read_write")
    token_revoke(owner=world.owner, token_id=row.pk)
    response = Api(world.token).get("/api/contacts")
    assert response.status_code == 401 and response.json() == {"detail": "Unauthorized"}


@pytest.mark.parametrize("header", ["Bearer pst_wrong", "Bearer ", "Bearer x" * 100,
                                    "Basic dXNlcjpwYXNz", "pst_no_scheme"])
def test_wrong_credentials_are_a_401(world, header) -> None:  # type: ignore[no-untyped-def]
    response = Client().get("/api/contacts", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


def test_a_bad_token_is_refused_even_in_a_signed_in_browser(world) -> None:  # type: ignore[no-untyped-def]
    """A dead token must not quietly act as whoever is signed in on that machine."""
    client = Client()
    client.force_login(world.owner)
    response = client.get("/api/contacts", headers={"Authorization": "Bearer pst_revoked"})
    assert response.status_code == 401


def test_an_inactive_users_token_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    world.owner.is_active = False
    world.owner.save()
    assert Api(world.token).get("/api/contacts").status_code == 401


def test_last_use_is_recorded_at_most_once_a_minute(owner) -> None:  # type: ignore[no-untyped-def]
    token, plain = token_create(owner=owner, name="poller", scope="read")
    now = timezone.now()
    assert token_authenticate(plain, now=now) is not None
    token.refresh_from_db()
    assert token.last_used_at == now
    token_authenticate(plain, now=now + timedelta(seconds=30))
    token.refresh_from_db()
    assert token.last_used_at == now
    token_authenticate(plain, now=now + timedelta(minutes=2))
    token.refresh_from_db()
    assert token.last_used_at == now + timedelta(minutes=2)


def test_a_read_token_reads_but_never_writes(world) -> None:  # type: ignore[no-untyped-def]
    reader = Api(world.read_token)
    assert reader.get("/api/applications").status_code == 200
    response = reader.post("/api/contacts", {"full_name": "Mallory"})
    assert response.status_code == 403
    assert response.json()["detail"].startswith("this token is read-only")


# --- The browser's session --------------------------------------------------------------------

def test_a_signed_in_browser_reads_and_writes_with_the_csrf_token(world) -> None:  # type: ignore[no-untyped-def]
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.owner)
    assert client.get("/api/contacts").status_code == 200
    refused = client.post("/api/contacts", {"full_name": "Ana"}, content_type="application/json")
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    client.get("/settings/api/")  # any page sets the CSRF cookie
    csrf = client.cookies["csrftoken"].value
    made = client.post("/api/contacts", {"full_name": "Ana"}, content_type="application/json",
                       headers={"X-CSRFToken": csrf})
    assert made.status_code == 201


def test_an_anonymous_post_is_a_401_not_a_csrf_error(world) -> None:  # type: ignore[no-untyped-def]
    client = Client(enforce_csrf_checks=True)
    response = client.post("/api/contacts", {"full_name": "Ana"}, content_type="application/json")
    assert response.status_code == 401


# --- Settings → API ---------------------------------------------------------------------------

def test_the_page_makes_a_token_and_shows_it_once(owner) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(owner)
    response = client.post("/settings/api/", {"name": "backup script", "scope": "read_write"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    plain = re.search(r'<code id="new-token">(pst_[\w-]+)</code>', html).group(1)  # type: ignore[union-attr]
    assert Api(plain).post("/api/contacts", {"full_name": "Ana"}).status_code == 201
    again = client.get("/settings/api/").content.decode()
    assert plain not in again and plain[:8] in again and "backup script" in again


def test_the_page_lists_tokens_with_scope_and_last_use(world) -> None:  # type: ignore[no-untyped-def]
    Api(world.read_token).get("/api/contacts")
    client = Client()
    client.force_login(world.owner)
    html = client.get("/settings/api/").content.decode()
    assert "dashboard" in html and "Read only" in html and "Read and write" in html
    assert "never" in html  # the read-write token of this world was not used yet
    assert "<time datetime=" in html


def test_revoking_asks_first_without_inline_script(world) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(world.owner)
    html = client.get("/settings/api/").content.decode()
    assert 'data-confirm="Revoke' in html
    assert "onsubmit" not in html and "onclick" not in html and "<script>" not in html


def test_a_token_is_revoked_from_the_page(world) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(world.owner)
    row = PersonalAccessToken.objects.get(owner=world.owner, name="script")
    response = client.post(f"/settings/api/{row.pk}/revoke/")
    assert response.status_code == 302
    assert Api(world.token).get("/api/contacts").status_code == 401
    assert "revoked" in client.get("/settings/api/").content.decode()


def test_another_users_token_cannot_be_revoked(world) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(world.outsider)
    row = PersonalAccessToken.objects.get(owner=world.owner, name="script")
    assert client.post(f"/settings/api/{row.pk}/revoke/").status_code == 404
    assert client.get("/settings/api/").content.decode().count("<tr") == 2  # head + her token
    assert Api(world.token).get("/api/contacts").status_code == 200


def test_the_page_needs_a_signed_in_user(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/settings/api/").status_code == 302
    assert client.post("/settings/api/1/revoke/").status_code == 302


def test_a_token_needs_a_name(owner) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(owner)
    response = client.post("/settings/api/", {"name": "   ", "scope": "read"})
    assert response.status_code == 200 and "pst_" not in response.content.decode()
    assert not PersonalAccessToken.objects.exists()
