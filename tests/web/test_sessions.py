"""Signed-in requests read the user's row from a per-process copy, and Today from the page
cache; neither may outlive a write. Two browsers signed in as the same person: a password
changed or reset in one ends the other's session on its next request, also when the other's row
is kept (in this process, or in another one that never saw the write); the pages follow every
write; a page is never served to another user; CSRF stays on."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from pursuit.accounts import backends, stamp
from pursuit.cadence.services import touch_skip
from pursuit.common.pagecache import CSRF_PLACEHOLDER
from tests.web.conftest import signed_in

NEW_PASSWORD = "a brand new passphrase 7"
TODAY = "/"


def is_signed_in(client: Client) -> bool:
    response = client.get(TODAY)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("login")), response["Location"]
        return False
    assert response.status_code == 200
    return True


def queries_of_today(client: Client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(TODAY).status_code == 200
    return len(captured.captured_queries)


def test_a_cached_today_reads_nothing_from_the_database(owner, world) -> None:  # type: ignore[no-untyped-def]
    browser = signed_in(owner)
    assert queries_of_today(browser) > 0  # the first request reads the row and the agenda
    assert queries_of_today(browser) == 0  # then the row is kept and the page cached


def test_a_password_change_signs_the_other_sessions_out_at_once(owner, world) -> None:  # type: ignore[no-untyped-def]
    laptop, phone = signed_in(owner), signed_in(owner)
    assert is_signed_in(laptop) and is_signed_in(phone)
    assert queries_of_today(phone) == 0  # the phone's user row is kept, its page cached

    response = laptop.post(reverse("password_change"), {
        "old_password": "correct horse 42", "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD})
    assert response.status_code == 302, response.content

    assert not is_signed_in(phone)
    assert not is_signed_in(phone)  # and it stays signed out
    assert is_signed_in(laptop)  # the session that changed it goes on


def test_a_row_kept_by_a_process_that_never_saw_the_change_is_not_used(owner, world) -> None:  # type: ignore[no-untyped-def]
    """Another server process still holds the row read before the password changed: the
    stamp in the shared cache tells it that its copy is stale."""
    phone = signed_in(owner)
    assert is_signed_in(phone)
    kept_elsewhere = backends._kept[owner.pk]  # the copy as another process would keep it

    owner.set_password(NEW_PASSWORD)  # as `pursuit changepassword` would, in another process
    owner.save()
    backends._kept[owner.pk] = kept_elsewhere

    assert not is_signed_in(phone)


def test_a_password_reset_signs_every_session_out(owner, world) -> None:  # type: ignore[no-untyped-def]
    laptop, phone = signed_in(owner), signed_in(owner)
    assert is_signed_in(laptop) and is_signed_in(phone)
    uid = urlsafe_base64_encode(force_bytes(owner.pk))
    token = default_token_generator.make_token(owner)
    stranger = Client()
    form = stranger.get(reverse("password_reset_confirm", args=[uid, token]), follow=True)
    assert form.status_code == 200
    done = stranger.post(form.redirect_chain[-1][0], {
        "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done["Location"] == reverse("password_reset_complete")

    assert not is_signed_in(laptop)
    assert not is_signed_in(phone)


def test_a_deactivated_account_is_signed_out_everywhere(owner, world) -> None:  # type: ignore[no-untyped-def]
    phone = signed_in(owner)
    assert is_signed_in(phone)
    owner.is_active = False
    owner.save(update_fields=["is_active"])
    assert not is_signed_in(phone)


def test_a_deleted_account_is_signed_out_everywhere(owner, world) -> None:  # type: ignore[no-untyped-def]
    laptop, phone = signed_in(owner), signed_in(owner)
    assert is_signed_in(laptop) and is_signed_in(phone)
    response = laptop.post(reverse("delete_account"), {
        "password": "correct horse 42"})
    assert response.status_code == 302
    assert not is_signed_in(phone)


def test_settings_saved_in_one_session_show_in_the_other(owner, world) -> None:  # type: ignore[no-untyped-def]
    laptop, phone = signed_in(owner), signed_in(owner)
    assert phone.get(TODAY).wsgi_request.user.timezone == "America/Chicago"
    response = laptop.post(reverse("settings"), {
        "timezone": "Europe/Paris", "country": "FR", "subdivision": "",
        "workday_start": "08:30", "workday_end": "17:00", "pipeline_target": 5})
    assert response.status_code == 302, response.content
    assert phone.get(TODAY).wsgi_request.user.timezone == "Europe/Paris"


def test_the_stamp_is_renewed_again_when_the_write_commits(  # type: ignore[no-untyped-def]
        owner, django_capture_on_commit_callbacks) -> None:
    """A request that read the row while the write was in flight kept it under the stamp of
    the first renewal; the renewal after the commit makes that copy stale too."""
    with django_capture_on_commit_callbacks(execute=True):
        owner.set_password(NEW_PASSWORD)
        owner.save()
        during = stamp.current(owner.pk)
    assert stamp.current(owner.pk) != during


def test_every_write_renews_today_for_every_session(owner, world) -> None:  # type: ignore[no-untyped-def]
    laptop, phone = signed_in(owner), signed_in(owner)
    touch = world.touch("thank_you_email")
    assert f"/touches/{touch.pk}/" in phone.get(TODAY).content.decode()
    response = laptop.post(reverse("touch_skip", args=[touch.pk]),
                           {"reason": "said goodbye in person"})
    assert response.status_code == 302
    assert f"/touches/{touch.pk}/" not in phone.get(TODAY).content.decode()

    other = world.touch("thank_you_email")
    touch_skip(owner=owner, touch_id=other.pk, reason="a write made outside the web app")
    assert f"/touches/{other.pk}/" not in phone.get(TODAY).content.decode()


def test_a_cached_page_is_never_served_to_another_user(owner, world, outsider) -> None:  # type: ignore[no-untyped-def]
    mine = signed_in(owner).get(TODAY).content.decode()
    assert "Larchmont Analytics" in mine
    theirs = signed_in(outsider).get(TODAY).content.decode()
    assert "Larchmont Analytics" not in theirs and "Jordan Rivera" not in theirs


@pytest.mark.parametrize("visits", [1, 2])
def test_csrf_stays_on_and_each_browser_gets_its_own_token(owner, world, visits: int) -> None:  # type: ignore[no-untyped-def]
    laptop = Client(enforce_csrf_checks=True)
    laptop.force_login(owner)
    phone = Client(enforce_csrf_checks=True)
    phone.force_login(owner)
    for _ in range(visits):  # the second visit is served from the cache
        laptop_page = laptop.get(TODAY).content.decode()
        phone_page = phone.get(TODAY).content.decode()
    assert CSRF_PLACEHOLDER not in laptop_page
    laptop_tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', laptop_page))
    phone_tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', phone_page))
    assert len(laptop_tokens) == 1 and len(phone_tokens) == 1 and laptop_tokens != phone_tokens

    touch = world.touch("thank_you_email")
    url = reverse("touch_skip", args=[touch.pk])
    assert laptop.post(url, {"reason": "no token"}).status_code == 403
    assert phone.post(url, {"reason": "the laptop's token",
                            "csrfmiddlewaretoken": laptop_tokens.pop()}).status_code == 403
    response = laptop.post(url, {"reason": "with my token",
                                 "csrfmiddlewaretoken": re.findall(
                                     r'name="csrfmiddlewaretoken" value="([^"]+)"',
                                     laptop.get(TODAY).content.decode())[0]})
    assert response.status_code == 302
