"""The morning digest: when it is queued, what it says, and that it is queued once a day."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pursuit.contacts.models import Contact
from pursuit.digest.models import DigestSent
from pursuit.digest.services import (
    _queue,
    digest_for,
    digest_preference_set,
    send_due_digests,
)
from pursuit.outbox.models import Message
from tests.digest.conftest import MONDAY_0905, chicago

pytestmark = pytest.mark.django_db


def digests_of(user) -> list[Message]:  # type: ignore[no-untyped-def]
    return list(Message.objects.filter(owner=user, to_address=user.email, touch__isnull=True))


def test_nothing_due_says_so_briefly(jordan) -> None:  # type: ignore[no-untyped-def]
    digest = digest_for(jordan, now=MONDAY_0905)
    assert digest.subject == "Pursuit: Nothing due today, Monday 3 November"
    assert digest.body.startswith("Good morning, Jordan.\n\nNothing is due today.\n\n")
    # Something new to try each day, even with nothing due; then the sign-off.
    assert "Today's networking idea" in digest.body and digest.body.endswith("\nPursuit\n")


def test_it_ends_with_a_link_to_the_app_when_its_address_is_known(  # type: ignore[no-untyped-def]
        jordan, monkeypatch, settings) -> None:
    settings.PURSUIT_BASE_URL = "https://pursuit.example.org/"
    body = digest_for(jordan, now=MONDAY_0905).body
    assert body.endswith("\n\nPursuit\nhttps://pursuit.example.org/\n")


def test_it_is_queued_once_per_day_however_often_the_worker_asks(jordan) -> None:  # type: ignore[no-untyped-def]
    assert send_due_digests(MONDAY_0905) == 1
    assert send_due_digests(MONDAY_0905) == 0
    assert send_due_digests(chicago("2025-11-03 16:30")) == 0
    (message,) = digests_of(jordan)
    assert message.subject.startswith("Pursuit: ") and message.to_address == "owner@example.com"
    assert message.to_name == "Jordan Rivera"
    assert DigestSent.objects.get(owner=jordan).message == message
    assert send_due_digests(chicago("2025-11-04 09:00")) == 1  # the next business day
    assert len(digests_of(jordan)) == 2


def test_a_second_worker_racing_for_the_same_day_queues_nothing(jordan) -> None:  # type: ignore[no-untyped-def]
    day = MONDAY_0905.date()
    assert _queue(jordan, day, MONDAY_0905) is True
    assert _queue(jordan, day, MONDAY_0905) is False  # the unique (owner, day) row stops it
    assert len(digests_of(jordan)) == 1


@pytest.mark.parametrize("moment", [
    "2025-11-03 08:59",  # before the working day
    "2025-11-03 17:00",  # after it: no "morning" digest in the evening
    "2025-11-08 10:00",  # Saturday
    "2025-11-09 10:00",  # Sunday
    "2025-11-27 10:00",  # Thanksgiving, a US public holiday
])
def test_not_outside_the_working_day_nor_on_weekends_or_holidays(jordan, moment) -> None:  # type: ignore[no-untyped-def]
    assert send_due_digests(chicago(moment)) == 0
    assert digests_of(jordan) == []


def test_it_starts_when_the_users_own_day_starts(jordan, make_user, make_application) -> None:  # type: ignore[no-untyped-def]
    jordan.workday_start = "07:30"
    jordan.save()
    assert send_due_digests(chicago("2025-11-03 07:29")) == 0
    assert send_due_digests(chicago("2025-11-03 07:30")) == 1
    # The same instant is 13:30 in London: a Londoner's digest goes out then, not before.
    ada = make_user("ada@example.com", full_name="Ada Byron", timezone="Europe/London",
                    country="GB")
    make_application(ada, employer="Analytical Engines")
    assert send_due_digests(chicago("2025-11-03 02:59")) == 0  # 08:59 in London
    assert send_due_digests(chicago("2025-11-04 03:00")) == 1  # 09:00 in London
    assert len(digests_of(ada)) == 1


def test_who_gets_none(jordan, make_user, make_application) -> None:  # type: ignore[no-untyped-def]
    digest_preference_set(owner=jordan, enabled=False)
    coach = make_user("coach@example.com", is_coach=True)
    make_application(coach, employer="Someone Else")
    make_user("new@example.com")  # nothing in play yet: no daily "nothing due"
    assert send_due_digests(MONDAY_0905) == 0
    assert Message.objects.count() == 0
    digest_preference_set(owner=coach, enabled=True)  # a coach may still ask for it
    assert send_due_digests(MONDAY_0905) == 1


def test_it_lists_todays_touches_with_why(jordan, make_contact, make_application,  # type: ignore[no-untyped-def]
                                          log_round) -> None:
    application = make_application(jordan, employer="Ferncliff Labs", role="Analyst")
    priya = make_contact(jordan, "Priya Raman", tz="Europe/London")
    log_round(application, chicago("2025-10-31 14:00"), [priya])  # Friday
    digest = digest_for(jordan, now=MONDAY_0905)
    # The thank-you was due by 9:00 London time today (3:00 in Chicago): overdue now.
    assert digest.subject.startswith("Pursuit: 1 touch today (1 overdue), Monday 3 November")
    assert "Overdue\n- Send a thank-you e-mail: Priya Raman (e-mail)\n" in digest.body
    assert "Analyst at Ferncliff Labs" in digest.body


def test_keep_in_touch_people_come_from_the_networking_app(jordan, make_contact) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("pursuit.networking.selectors")
    renata = make_contact(jordan, "Renata Solberg")
    Contact.objects.filter(pk=renata.pk).update(
        keep_in_touch_days=30, created_at=MONDAY_0905 - timedelta(days=90))
    digest = digest_for(jordan, now=MONDAY_0905)
    assert "Keep in touch\n- Renata Solberg" in digest.body
    assert "Today's networking idea\n" in digest.body


def test_without_the_networking_app_the_digest_still_goes(jordan, make_contact,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    renata = make_contact(jordan, "Renata Solberg")
    Contact.objects.filter(pk=renata.pk).update(keep_in_touch_days=30)
    assert send_due_digests(MONDAY_0905) == 1
    assert "Keep in touch" not in digests_of(jordan)[0].body


def test_a_failure_is_recorded_and_not_retried_all_day(jordan, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(owner, today):  # type: ignore[no-untyped-def]
        raise RuntimeError("networking is down")

    monkeypatch.setattr("pursuit.digest.services._suggestion", broken)
    assert send_due_digests(MONDAY_0905) == 0
    assert "RuntimeError: networking is down" in DigestSent.objects.get(owner=jordan).error
    assert send_due_digests(MONDAY_0905 + timedelta(minutes=1)) == 0
    assert DigestSent.objects.filter(owner=jordan).count() == 1


def test_the_settings_page_previews_and_switches_it_off(jordan, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(jordan)
    page = client.get("/settings/digest/").content.decode()
    assert "Good morning, Jordan." in page and 'checked' in page
    client.post("/settings/digest/", {})
    assert send_due_digests(MONDAY_0905) == 0
    client.post("/settings/digest/", {"enabled": "on"})
    assert send_due_digests(MONDAY_0905) == 1


def test_one_query_when_nothing_is_due(jordan, django_assert_num_queries) -> None:  # type: ignore[no-untyped-def]
    send_due_digests(MONDAY_0905)
    with django_assert_num_queries(1):
        assert send_due_digests(MONDAY_0905 + timedelta(minutes=5)) == 0
