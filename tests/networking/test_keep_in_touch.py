"""Keep in touch: the due day moves when any interaction is logged, never on a reminder."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.cadence.services import touch_complete
from pursuit.contacts.models import Contact
from pursuit.networking import selectors, services
from pursuit.networking.models import NetworkingEvent
from tests.conftest import at


def _added_days_ago(contact: Contact, days: int) -> None:
    # Noon of the owner's own day `days` days back: "now minus 40 times 24 hours" falls on
    # another local day for an hour each day when a clock change lies between (the test
    # failed in CI at 05:20 UTC, across the end of daylight saving time in Chicago).
    zone = ZoneInfo(contact.owner.timezone)
    day = timezone.now().astimezone(zone).date() - timedelta(days=days)
    Contact.objects.filter(pk=contact.pk).update(
        created_at=datetime.combine(day, time(12), tzinfo=zone))


def _today(owner) -> date:  # type: ignore[no-untyped-def]
    return timezone.now().astimezone(ZoneInfo(owner.timezone)).date()


@pytest.fixture
def tom(owner, make_contact):  # type: ignore[no-untyped-def]
    tom = make_contact(owner, "Tom Alvarez", title="Former manager")
    services.keep_in_touch_set(owner=owner, contact_id=tom.pk, days=30)
    _added_days_ago(tom, 40)
    return tom


def _due_names(owner) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.contact.full_name for i in selectors.keep_in_touch_due(owner, _today(owner))]


def test_someone_never_contacted_is_due_an_interval_after_being_added(owner, tom) -> None:  # type: ignore[no-untyped-def]
    (item,) = selectors.keep_in_touch_due(owner, _today(owner))
    assert item.contact == tom and item.last_interaction is None
    assert item.due_on == _today(owner) - timedelta(days=10)
    assert item.days_overdue == 10


@pytest.mark.parametrize("kind", ["call", "coffee", "email", "message", "event", "meeting"])
def test_any_kind_of_interaction_moves_the_due_day(owner, tom, kind) -> None:  # type: ignore[no-untyped-def]
    services.interaction_log(owner=owner, kind=kind, at=timezone.now(), contact_id=tom.pk)
    assert _due_names(owner) == []
    (item,) = selectors.keep_in_touch_schedule(owner, _today(owner))
    assert item.due_on == _today(owner) + timedelta(days=30)
    assert item.last_interaction == _today(owner)


def test_a_done_follow_up_touch_counts_as_an_interaction(owner, tom, make_application) -> None:  # type: ignore[no-untyped-def]
    application = make_application(owner)
    touch = Touch.objects.create(
        owner=owner, application=application, key="manual:1", type="weekly_follow_up",
        channel="email", contact=tom, recipient_name=tom.full_name,
        due_on=_today(owner) - timedelta(days=2))
    assert _due_names(owner) == ["Tom Alvarez"]
    touch_complete(owner=owner, touch_id=touch.pk, at=timezone.now() - timedelta(days=2))
    (item,) = selectors.keep_in_touch_schedule(owner, _today(owner))
    assert item.last_interaction == _today(owner) - timedelta(days=2)
    assert item.due_on == _today(owner) + timedelta(days=28)


def test_a_planned_touch_is_a_reminder_not_an_interaction(owner, tom, make_application) -> None:  # type: ignore[no-untyped-def]
    Touch.objects.create(owner=owner, application=make_application(owner), key="manual:1",
                         type="weekly_follow_up", channel="email", contact=tom,
                         recipient_name=tom.full_name, due_on=_today(owner))
    assert _due_names(owner) == ["Tom Alvarez"]


def test_meeting_someone_at_an_event_counts_and_gives_a_rhythm(owner, make_contact) -> None:  # type: ignore[no-untyped-def]
    dana = make_contact(owner, "Dana Wu")
    event = services.event_create(owner=owner, name="Alumni evening", date=_today(owner),
                                  kind=NetworkingEvent.Kind.ALUMNI)
    services.event_add_contact(event, dana)
    dana.refresh_from_db()
    assert dana.keep_in_touch_days == 45
    assert dana.sources.filter(kind="event", detail="Alumni evening").exists()
    (item,) = selectors.keep_in_touch_schedule(owner, _today(owner))
    assert item.last_interaction == _today(owner)


def test_paused_people_and_other_users_are_not_due(owner, tom, make_user, make_contact) -> None:  # type: ignore[no-untyped-def]
    other = make_user()
    theirs = make_contact(other, "Their Contact")
    services.keep_in_touch_set(owner=other, contact_id=theirs.pk, days=1)
    _added_days_ago(theirs, 10)
    assert _due_names(owner) == ["Tom Alvarez"]
    Contact.objects.filter(pk=tom.pk).update(paused_until=_today(owner) + timedelta(days=3))
    assert _due_names(owner) == []


def test_the_due_list_costs_one_query_however_many_people(owner, make_contact) -> None:  # type: ignore[no-untyped-def]
    for n in range(12):
        c = make_contact(owner, f"Person {n}")
        _added_days_ago(c, 400)
        services.keep_in_touch_set(owner=owner, contact_id=c.pk, days=7)
        services.interaction_log(owner=owner, kind="call", at=at("2025-01-01 10:00"),
                                 contact_id=c.pk)
    with CaptureQueriesContext(connection) as queries:
        due = selectors.keep_in_touch_due(owner, _today(owner))
    assert len(due) == 12 and len(queries) == 1


def test_the_suggestion_costs_three_queries_and_skips_what_was_used(owner) -> None:  # type: ignore[no-untyped-def]
    from pursuit.core import networking as rules

    today = _today(owner)
    first = rules.choose_suggestion(today, {})
    with CaptureQueriesContext(connection) as queries:
        assert selectors.suggestion_for(owner, today) == first.text
    assert len(queries) == 3
    # Use that very source (or action) today: the suggestion moves on to something else.
    if first.key in dict(rules.ACTIONS):
        services.interaction_log(owner=owner, kind=first.key, at=timezone.now())
    else:
        from pursuit.contacts.services import ContactIn, contact_create

        contact_create(owner=owner, data=ContactIn(full_name="New One",
                                                   sources=((first.key, ""),)))
    assert selectors.suggestion_for(owner, today) != first.text
