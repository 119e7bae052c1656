"""The feed URL: its token is the only key, stored hashed, and rotating it ends the old URL."""

from __future__ import annotations

import hashlib
import re
import secrets

import pytest
from django.urls import reverse

from pursuit.calendar_feed.models import FeedToken
from pursuit.calendar_feed.services import feed_token_delete, feed_token_rotate
from tests.calendar_feed.conftest import signed_in

pytestmark = pytest.mark.django_db


def feed_url(token: str) -> str:
    return reverse("calendar_feed", args=[token])


def test_the_feed_is_served_to_a_calendar_client_without_a_login(world, anonymous) -> None:  # type: ignore[no-untyped-def]
    token = feed_token_rotate(owner=world.owner)
    response = anonymous.get(feed_url(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, max-age=300"
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"SUMMARY:Thank-you e-mail to Priya Raman" in response.content


@pytest.mark.parametrize("path", ["/calendar/.ics", "/calendar/", "/calendar/%20.ics"])
def test_without_a_token_there_is_no_feed(world, anonymous, path) -> None:  # type: ignore[no-untyped-def]
    feed_token_rotate(owner=world.owner)
    assert anonymous.get(path).status_code == 404


def test_a_wrong_token_is_404(world, anonymous) -> None:  # type: ignore[no-untyped-def]
    token = feed_token_rotate(owner=world.owner)
    assert anonymous.get(feed_url(secrets.token_urlsafe(32))).status_code == 404
    assert anonymous.get(feed_url(token[:-1] + ("A" if token[-1] != "A" else "B"))
                         ).status_code == 404
    # The stored hash is no key either.
    stored = FeedToken.objects.get(owner=world.owner).token_hash
    assert anonymous.get(feed_url(stored)).status_code == 404


def test_a_rotated_token_is_404_and_the_new_one_works(world, anonymous) -> None:  # type: ignore[no-untyped-def]
    old = feed_token_rotate(owner=world.owner)
    new = feed_token_rotate(owner=world.owner)
    assert old != new
    assert anonymous.get(feed_url(old)).status_code == 404
    assert anonymous.get(feed_url(new)).status_code == 200
    assert FeedToken.objects.get(owner=world.owner).rotated_at is not None


def test_a_feed_turned_off_is_404(world, anonymous) -> None:  # type: ignore[no-untyped-def]
    token = feed_token_rotate(owner=world.owner)
    assert feed_token_delete(owner=world.owner)
    assert anonymous.get(feed_url(token)).status_code == 404


def test_a_deactivated_account_has_no_feed(world, anonymous) -> None:  # type: ignore[no-untyped-def]
    token = feed_token_rotate(owner=world.owner)
    world.owner.is_active = False
    world.owner.save(update_fields=["is_active"])
    assert anonymous.get(feed_url(token)).status_code == 404


def test_only_the_hash_of_the_token_is_stored(world) -> None:  # type: ignore[no-untyped-def]
    token = feed_token_rotate(owner=world.owner)
    row = FeedToken.objects.get(owner=world.owner)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert len(token) >= 43 and token not in row.token_hash


def test_each_feed_holds_only_its_owners_data(world, make_user, make_contact,  # type: ignore[no-untyped-def]
                                              make_application, log_round, anonymous) -> None:
    outsider = make_user("outsider@example.com", full_name="Olive Outsider")
    secret = make_application(outsider, employer="Quiet Harbor Bank", role="Analyst")
    log_round(secret, world.first.start, [make_contact(outsider, "Dana Whitlock")])
    mine = anonymous.get(feed_url(feed_token_rotate(owner=world.owner))).content
    theirs = anonymous.get(feed_url(feed_token_rotate(owner=outsider))).content
    assert b"Quiet Harbor" not in mine and b"Whitlock" not in mine
    assert b"Larchmont" not in theirs and b"Priya" not in theirs
    assert b"Quiet Harbor" in theirs


def test_the_feed_costs_the_same_queries_for_a_bigger_account(world, make_contact, log_round,  # type: ignore[no-untyped-def]
                                                              make_application, anonymous,
                                                              django_assert_num_queries) -> None:
    token = feed_token_rotate(owner=world.owner)
    with django_assert_num_queries(4):  # token + owner, rounds, interviewers, touches
        anonymous.get(feed_url(token))
    for n in range(3):
        application = make_application(world.owner, employer=f"Employer {n}")
        people = [make_contact(world.owner, f"Person {n}{k}") for k in range(3)]
        log_round(application, world.first.start, people)
    with django_assert_num_queries(4):
        anonymous.get(feed_url(token))


def test_the_download_needs_a_login_and_is_an_attachment(world, anonymous) -> None:  # type: ignore[no-untyped-def]
    url = reverse("calendar_download")
    assert anonymous.get(url).status_code == 302
    response = signed_in(world.owner).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="pursuit.ics"'
    assert b"UID:round-%d@pursuit" % world.second.pk in response.content


FEED_URL = re.compile(r"https?://[^\s\"<]+/calendar/[A-Za-z0-9_-]{40,}\.ics")


def test_the_settings_page_shows_the_url_once(world) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(world.owner)
    page = client.get(reverse("calendar_settings")).content.decode()
    assert "Make my calendar URL" in page and not FEED_URL.search(page)
    response = client.post(reverse("calendar_rotate"))
    assert response["Cache-Control"] == "private, no-store"
    found = FEED_URL.search(response.content.decode())
    assert found, "the new URL is on the page"
    url = found.group(0)
    assert url.startswith("http://testserver/calendar/")
    assert client.get(url.removeprefix("http://testserver")).status_code == 200
    later = client.get(reverse("calendar_settings")).content.decode()
    assert not FEED_URL.search(later) and "Rotate to see a new URL" in later
    # The page's CSP runs no inline handler: confirmations go through data-confirm.
    assert 'data-confirm="Make a new calendar URL?' in later
    assert not re.search(r"\son[a-z]+=", later)


def test_rotating_and_turning_off_need_a_post(world) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(world.owner)
    assert client.get(reverse("calendar_rotate")).status_code == 405
    assert client.get(reverse("calendar_off")).status_code == 405
    assert not FeedToken.objects.filter(owner=world.owner).exists()
    client.post(reverse("calendar_rotate"))
    client.post(reverse("calendar_off"))
    assert not FeedToken.objects.filter(owner=world.owner).exists()
