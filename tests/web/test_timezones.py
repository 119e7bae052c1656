"""Time zones on the pages: the picker (canonical zones by region), Today's banner until the
zone is confirmed, the guess endpoint the banner's script asks, and stored aliases."""

from __future__ import annotations

import re

from django.urls import reverse

from pursuit.accounts.models import User
from tests.web.conftest import signed_in

BANNER = "data-timezone-banner"


def test_the_settings_picker_offers_canonical_zones_grouped_by_region(owner_client) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(reverse("settings")).content.decode()
    select = page[page.index('<select name="timezone"'):]
    select = select[:select.index("</select>")]
    assert 'data-timezone-search' in select
    assert '<optgroup label="Europe">' in select and '<optgroup label="America">' in select
    assert '<option value="Europe/Paris">Paris</option>' in select
    assert "Africa/Timbuktu" not in select and "America/Atka" not in select
    assert 350 < select.count("<option") < 480
    assert '<option value="America/Chicago" selected>Chicago</option>' in select


def test_a_stored_alias_still_works_and_shows_as_its_canonical_zone(owner) -> None:  # type: ignore[no-untyped-def]
    User.objects.filter(pk=owner.pk).update(timezone="America/Atka", timezone_confirmed=True)
    client = signed_in(owner)
    assert client.get(reverse("today")).status_code == 200  # the alias is still a zone
    page = client.get(reverse("settings")).content.decode()
    assert '<option value="America/Adak" selected>Adak</option>' in page
    # A form that still sends the alias saves the canonical zone.
    client.post(reverse("settings"), {
        "timezone": "America/Atka", "country": "US", "subdivision": "",
        "workday_start": "09:00", "workday_end": "17:00", "pipeline_target": "5"})
    owner.refresh_from_db()
    assert owner.timezone == "America/Adak"


def test_a_stored_zone_outside_the_list_is_kept_as_a_choice(owner) -> None:  # type: ignore[no-untyped-def]
    User.objects.filter(pk=owner.pk).update(timezone="Etc/GMT+5")
    page = signed_in(owner).get(reverse("settings")).content.decode()
    assert re.search(r'<optgroup label="Other">\s*<option value="Etc/GMT\+5" selected>', page)


def test_today_asks_until_the_zone_is_confirmed(owner) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(owner)
    page = client.get(reverse("today")).content.decode()
    assert BANNER in page
    assert "Is your time zone <strong data-tz-zone>America/Chicago</strong>?" in page
    assert re.search(r'<script src="/static/pursuit/timezone\.[0-9a-f]{12}\.js" defer>', page)
    assert "<script>" not in page  # no inline script: the CSP forbids it
    answer = client.post(reverse("timezone_confirm"), {"timezone": "Europe/Paris"}, follow=True)
    owner.refresh_from_db()
    assert (owner.timezone, owner.timezone_confirmed) == ("Europe/Paris", True)
    body = answer.content.decode()
    assert "Time zone: Europe/Paris." in body and BANNER not in body
    assert BANNER not in client.get(reverse("today")).content.decode()


def test_confirming_an_alias_saves_its_canonical_zone_and_junk_is_refused(owner) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(owner)
    client.post(reverse("timezone_confirm"), {"timezone": "Asia/Calcutta"})
    owner.refresh_from_db()
    assert owner.timezone == "Asia/Kolkata"
    User.objects.filter(pk=owner.pk).update(timezone_confirmed=False)
    answer = client.post(reverse("timezone_confirm"), {"timezone": "Mars/Olympus"})
    assert answer.url == reverse("settings")
    owner.refresh_from_db()
    assert (owner.timezone, owner.timezone_confirmed) == ("Asia/Kolkata", False)


def test_saving_settings_confirms_the_zone(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("settings"), {
        "timezone": "Europe/Berlin", "country": "DE", "subdivision": "",
        "workday_start": "08:30", "workday_end": "17:00", "pipeline_target": "8"})
    owner.refresh_from_db()
    assert owner.timezone_confirmed
    assert BANNER not in owner_client.get(reverse("today")).content.decode()


def test_the_guess_answers_the_zone_offered_for_the_browsers(client, db) -> None:  # type: ignore[no-untyped-def]
    def guess(zone: str) -> str:
        return str(client.get(reverse("timezone_guess"), {"zone": zone}).json()["zone"])

    assert guess("Europe/Paris") == "Europe/Paris"
    assert guess("Asia/Calcutta") == "Asia/Kolkata" and guess("Europe/Kiev") == "Europe/Kyiv"
    assert guess("Etc/UTC") == "UTC"
    assert guess("") == "" and guess("Mars/Olympus") == "" and guess("../../etc/passwd") == ""
    assert guess("x" * 5000) == ""


def test_first_run_confirms_the_zone_only_when_the_browsers_was_on_show(client, db) -> None:  # type: ignore[no-untyped-def]
    base = {"full_name": "Jordan Rivera", "password": "a long enough passphrase"}
    page = client.get(reverse("first_run")).content.decode()
    assert 'name="browser_timezone"' in page
    assert 'data-guess-url="/settings/timezone/guess/"' in page
    client.post(reverse("first_run"), {**base, "email": "jordan@example.com",
                                       "timezone": "Europe/Lisbon",
                                       "browser_timezone": "Europe/Lisbon"})
    jordan = User.objects.get(email="jordan@example.com")
    assert (jordan.timezone, jordan.timezone_confirmed) == ("Europe/Lisbon", True)


def test_first_run_without_script_leaves_the_zone_to_be_asked(client, db) -> None:  # type: ignore[no-untyped-def]
    client.post(reverse("first_run"), {"full_name": "Sam", "email": "sam@example.com",
                                       "password": "a long enough passphrase",
                                       "timezone": "America/Chicago"})
    sam = User.objects.get(email="sam@example.com")
    assert (sam.timezone, sam.timezone_confirmed) == ("America/Chicago", False)
    assert BANNER in client.get(reverse("today")).content.decode()
