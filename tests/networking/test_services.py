"""Writes of the networking app: sessions, events, references, after a rejection."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from pursuit.cadence.services import event_record, reference_add
from pursuit.core.errors import BadInput
from pursuit.networking import selectors, services
from pursuit.networking.models import EventContact, NetworkingSession
from pursuit.pipeline.models import ApplicationReference, Reference

DAY = date(2025, 10, 14)


def test_session_minutes_add_up_and_keep_the_goal_of_the_day(owner) -> None:  # type: ignore[no-untyped-def]
    services.goal_set(owner=owner, minutes=20)
    services.session_log(owner=owner, day=DAY, minutes=12)
    session = services.session_log(owner=owner, day=DAY, minutes=10)
    assert (session.minutes, session.goal_minutes) == (22, 20)
    services.goal_set(owner=owner, minutes=45)  # a later goal does not rewrite that day
    assert NetworkingSession.objects.get(day=DAY).goal_minutes == 20
    with pytest.raises(BadInput):
        services.session_log(owner=owner, day=DAY, minutes=0)


def test_event_add_contact_is_idempotent_and_refuses_a_stranger(owner, make_user,
                                                                make_contact) -> None:  # type: ignore[no-untyped-def]
    event = services.event_create(owner=owner, name="Career fair", date=DAY, kind="fair",
                                  cards_given=5)
    dana = make_contact(owner, "Dana Wu")
    services.event_add_contact(event, dana, card_gathered=False)
    services.event_add_contact(event, dana)  # scanned her card later: now gathered
    link = EventContact.objects.get()
    assert link.card_gathered and dana.interactions.count() == 1
    with pytest.raises(BadInput):
        services.event_add_contact(event, make_contact(make_user(), "Stranger"))
    (listed,) = selectors.events_for(owner)
    assert (listed.people, listed.cards_gathered, listed.cards_given) == (1, 1, 5)


def test_a_new_name_at_an_event_becomes_a_contact_from_that_event(owner) -> None:  # type: ignore[no-untyped-def]
    event = services.event_create(owner=owner, name="Alumni evening", date=DAY)
    link = services.event_add_person(owner=owner, event_id=event.pk, name="  Lee   Park ",
                                     company="Northwind")
    assert link.contact.full_name == "Lee Park" and link.contact.company == "Northwind"
    assert list(link.contact.sources.values_list("kind", flat=True)) == ["event"]


def test_references_are_added_once_and_removed_with_their_uses(owner, make_contact,
                                                               make_application) -> None:  # type: ignore[no-untyped-def]
    reference = services.reference_create(owner=owner, name="Helen Park",
                                          relationship="Professor", email="hp@example.com")
    with pytest.raises(BadInput):
        services.reference_create(owner=owner, name="helen park")
    application = make_application(owner)
    link = reference_add(owner=application.owner, application_id=application.pk,
                         contact_id=reference.contact.pk)
    services.reference_mark_alerted(owner=owner, link_id=link.pk, on=DAY)
    assert ApplicationReference.objects.get().alerted_on == DAY
    assert services.reference_remove(owner=owner, reference_id=reference.pk) == "Helen Park"
    assert not Reference.objects.exists() and not ApplicationReference.objects.exists()
    assert reference.contact.__class__.objects.filter(pk=reference.contact.pk).exists()


def test_after_a_rejection_the_interviewers_join_the_network(owner, make_contact,
                                                             make_application,
                                                             log_round) -> None:  # type: ignore[no-untyped-def]
    application = make_application(owner, employer="Larchmont", role="Data Engineer")
    priya, sam = make_contact(owner, "Priya Raman"), make_contact(owner, "Sam Chen")
    log_round(application, timezone.now() - timedelta(days=10), [priya, sam])
    with pytest.raises(BadInput, match="still open"):
        services.after_rejection_keep_in_touch(owner=owner, application_id=application.pk)
    event_record(owner=application.owner, application_id=application.pk, type="rejected",
                 at=timezone.now())
    application.refresh_from_db()  # the service changed its stage in its own copy
    offer = selectors.keep_in_touch_offer(owner, application)
    assert offer is not None and offer.people == [priya, sam] and not offer.already
    count = services.after_rejection_keep_in_touch(owner=owner, application_id=application.pk,
                                                   contact_ids=[priya.pk])
    assert count == 1
    priya.refresh_from_db()
    sam.refresh_from_db()
    assert (priya.keep_in_touch_days, sam.keep_in_touch_days) == (30, None)
    assert priya.sources.filter(kind="interview", detail="Data Engineer at Larchmont").exists()


def test_an_interval_out_of_range_is_refused(owner, make_contact) -> None:  # type: ignore[no-untyped-def]
    tom = make_contact(owner, "Tom")
    with pytest.raises(BadInput):
        services.keep_in_touch_set(owner=owner, contact_id=tom.pk, days=0)
    assert services.keep_in_touch_default(owner=owner, contact_id=tom.pk).keep_in_touch_days \
        == 90
