"""Writes about the network: interactions, the daily session, events, keep-in-touch rhythms,
the reference list, and moving a closed application's interviewers into the network."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.db.models import F

from pursuit.accounts.models import User
from pursuit.cadence.services import application_replan
from pursuit.contacts.models import Contact, ContactSource, Source
from pursuit.contacts.services import ContactIn, contact_create, contact_find_or_create
from pursuit.core import networking as rules
from pursuit.core.errors import BadInput
from pursuit.networking.models import (
    EventContact,
    Interaction,
    InteractionKind,
    NetworkingEvent,
    NetworkingProfile,
    NetworkingSession,
)
from pursuit.networking.selectors import interviewers_of
from pursuit.pipeline.models import Application, ApplicationReference, Reference

MAX_MINUTES_A_DAY = 24 * 60
MAX_INTERVAL_DAYS = 730


def _contact(owner: User, contact_id: int) -> Contact:
    try:
        return Contact.objects.get(pk=contact_id, owner=owner)
    except Contact.DoesNotExist:
        raise BadInput("no such contact", where="contact") from None


def _local_noon(owner: User, day: date) -> datetime:
    # Noon, not midnight: the day stays the same whichever timezone later reads it back.
    return datetime.combine(day, time(12), tzinfo=ZoneInfo(owner.timezone))


# --- Settings and the daily session ----------------------------------------------------------

def profile_for(owner: User) -> NetworkingProfile:
    profile, _ = NetworkingProfile.objects.get_or_create(owner=owner)
    return profile


def goal_set(*, owner: User, minutes: int) -> NetworkingProfile:
    if not 1 <= minutes <= 480:
        raise BadInput("a daily goal is between 1 and 480 minutes", where="minutes")
    profile = profile_for(owner)
    profile.daily_goal_minutes = minutes
    profile.save(update_fields=["daily_goal_minutes"])
    # Today's snapshot follows the new goal; past days keep theirs.
    NetworkingSession.objects.filter(owner=owner, day=_today(owner)).update(goal_minutes=minutes)
    return profile


def goal_period_set(*, owner: User, period: str, weekly_minutes: int | None = None
                    ) -> NetworkingProfile:
    """Keep the networking habit daily or weekly (career mode offers weekly); the daily goal
    is kept for when the user goes back to it."""
    if period not in NetworkingProfile.Period.values:
        raise BadInput(f"unknown goal period {period!r}", where="period")
    if weekly_minutes is not None and not 1 <= weekly_minutes <= 2400:
        raise BadInput("a weekly goal is between 1 and 2400 minutes", where="minutes")
    profile = profile_for(owner)
    profile.goal_period = period
    if weekly_minutes is not None:
        profile.weekly_goal_minutes = weekly_minutes
    profile.save(update_fields=["goal_period", "weekly_goal_minutes"])
    return profile


def _today(owner: User) -> date:
    from django.utils import timezone

    return timezone.now().astimezone(ZoneInfo(owner.timezone)).date()


def session_log(*, owner: User, day: date, minutes: int) -> NetworkingSession:
    """Add minutes to the day's session (the timer's stop, or minutes typed in)."""
    if not 1 <= minutes <= MAX_MINUTES_A_DAY:
        raise BadInput("minutes are between 1 and 1440", where="minutes")
    goal = profile_for(owner).daily_goal_minutes
    with transaction.atomic():
        session, created = NetworkingSession.objects.get_or_create(
            owner=owner, day=day, defaults={"minutes": minutes, "goal_minutes": goal})
        if not created:
            # F(): two stops sent at once (two tabs) both count.
            NetworkingSession.objects.filter(pk=session.pk).update(
                minutes=F("minutes") + minutes)
            session.refresh_from_db()
    if session.minutes > MAX_MINUTES_A_DAY:
        NetworkingSession.objects.filter(pk=session.pk).update(minutes=MAX_MINUTES_A_DAY)
        session.minutes = MAX_MINUTES_A_DAY
    return session


# --- Interactions and the keep-in-touch rhythm -----------------------------------------------

def interaction_log(*, owner: User, kind: str, at: datetime, contact_id: int | None = None,
                    note: str = "", minutes: int = 0) -> Interaction:
    """Record a call, a coffee, an e-mail...; with a contact it restarts their interval."""
    if kind not in InteractionKind.values:
        raise BadInput(f"unknown kind {kind!r}", where="kind")
    if at.tzinfo is None:
        raise BadInput("the time needs a timezone", where="at")
    if not 0 <= minutes <= MAX_MINUTES_A_DAY:
        raise BadInput("minutes are between 0 and 1440", where="minutes")
    contact = _contact(owner, contact_id) if contact_id is not None else None
    with transaction.atomic():
        done = Interaction.objects.create(owner=owner, contact=contact, kind=kind, at=at,
                                          note=note.strip(), minutes=minutes)
        if minutes:
            # The day's session is the one count of minutes (the heatmap, the week's total):
            # minutes spent with someone are added to it here, whoever logs them (the page,
            # the demo, the API), so "Lately" never lists minutes the charts do not count.
            session_log(owner=owner, day=at.astimezone(ZoneInfo(owner.timezone)).date(),
                        minutes=minutes)
    return done


def keep_in_touch_set(*, owner: User, contact_id: int, days: int | None) -> Contact:
    """Set how often to get back to a person; None takes them off the rhythm."""
    if days is not None and not 1 <= days <= MAX_INTERVAL_DAYS:
        raise BadInput("an interval is between 1 and 730 days", where="days")
    contact = _contact(owner, contact_id)
    contact.keep_in_touch_days = days
    contact.save(update_fields=["keep_in_touch_days", "updated_at"])
    return contact


def keep_in_touch_default(*, owner: User, contact_id: int) -> Contact:
    """Start the rhythm the person's sources suggest (family 30 days, LinkedIn 90...)."""
    contact = _contact(owner, contact_id)
    kinds = ContactSource.objects.filter(contact=contact).values_list("kind", flat=True)
    return keep_in_touch_set(owner=owner, contact_id=contact.pk,
                             days=rules.default_interval(kinds))


def _add_source(contact: Contact, kind: str, detail: str) -> None:
    ContactSource.objects.get_or_create(owner_id=contact.owner_id, contact=contact, kind=kind,
                                        detail=detail[:300])


# --- Events ----------------------------------------------------------------------------------

def event_create(*, owner: User, name: str, date: date, kind: str = NetworkingEvent.Kind.OTHER,
                 location: str = "", cards_given: int = 0, notes: str = "") -> NetworkingEvent:
    if not name.strip():
        raise BadInput("the event needs a name", where="name")
    if kind not in NetworkingEvent.Kind.values:
        raise BadInput(f"unknown kind {kind!r}", where="kind")
    return NetworkingEvent.objects.create(owner=owner, name=name.strip(), kind=kind, date=date,
                                          location=location.strip(), cards_given=cards_given,
                                          notes=notes)


def event_update(*, owner: User, event_id: int, **fields: object) -> NetworkingEvent:
    event = event_owned(owner, event_id)
    allowed = {"name", "kind", "date", "location", "cards_given", "notes"}
    for key, value in fields.items():
        if key not in allowed:
            raise BadInput(f"unknown field {key!r}", where=key)
        setattr(event, key, value)
    event.save()
    return event


def event_owned(owner: User, event_id: int) -> NetworkingEvent:
    try:
        return NetworkingEvent.objects.get(pk=event_id, owner=owner)
    except NetworkingEvent.DoesNotExist:
        raise BadInput("no such event", where="event") from None


def event_add_contact(event: NetworkingEvent, contact: Contact, *,
                      card_gathered: bool = True) -> EventContact:
    """File a person under an event: the hook the card scanner calls for a card scanned from
    an event's page (`?event=<id>`), and what "add someone you met" does.

    The meeting counts as an interaction on the event's day, the event becomes one of the
    person's sources, and someone with no rhythm yet gets the event's default one.
    """
    if contact.owner_id != event.owner_id:
        raise BadInput("the person is not one of your contacts", where="contact")
    owner = event.owner
    with transaction.atomic():
        link, created = EventContact.objects.get_or_create(
            owner_id=event.owner_id, event=event, contact=contact,
            defaults={"card_gathered": card_gathered})
        if not created and card_gathered and not link.card_gathered:
            link.card_gathered = True
            link.save(update_fields=["card_gathered"])
        if created:
            Interaction.objects.create(
                owner_id=event.owner_id, contact=contact,
                kind=InteractionKind.CARD_GATHERED if card_gathered else InteractionKind.EVENT,
                at=_local_noon(owner, event.date), note=f"Met at {event.name}")
            _add_source(contact, Source.EVENT, event.name)
            if contact.keep_in_touch_days is None:
                Contact.objects.filter(pk=contact.pk).update(
                    keep_in_touch_days=rules.DEFAULT_INTERVAL_DAYS[Source.EVENT])
    return link


def event_add_person(*, owner: User, event_id: int, contact_id: int | None = None,
                     name: str = "", company: str = "", card_gathered: bool = True
                     ) -> EventContact:
    """Add an existing contact, or a new one by name, to an event."""
    event = event_owned(owner, event_id)
    if contact_id is not None:
        contact = _contact(owner, contact_id)
    elif name.strip():
        contact = contact_create(owner=owner, data=ContactIn(
            full_name=" ".join(name.split()), company=company.strip(),
            sources=((Source.EVENT, event.name),)))
    else:
        raise BadInput("pick a contact or type a name", where="name")
    return event_add_contact(event, contact, card_gathered=card_gathered)


def event_remove_contact(*, owner: User, event_id: int, contact_id: int) -> None:
    event = event_owned(owner, event_id)
    EventContact.objects.filter(event=event, contact_id=contact_id).delete()


def event_delete(*, owner: User, event_id: int) -> str:
    """Delete an event; the people met stay in the contacts."""
    event = event_owned(owner, event_id)
    name = event.name
    event.delete()
    return name


# --- References ------------------------------------------------------------------------------

def reference_create(*, owner: User, relationship: str = "", contact_id: int | None = None,
                     name: str = "", email: str = "") -> Reference:
    """Put someone on the reference list: an existing contact, or a new one by name."""
    if contact_id is not None:
        contact = _contact(owner, contact_id)
    else:
        found = contact_find_or_create(owner=owner, name=name, email=email)
        if found is None:
            raise BadInput("name the reference", where="name")
        contact = found
    try:
        with transaction.atomic():
            return Reference.objects.create(owner=owner, contact=contact,
                                            relationship=relationship.strip())
    except IntegrityError:
        raise BadInput(f"{contact.full_name} is already on your reference list",
                       where="name") from None


def reference_update(*, owner: User, reference_id: int, relationship: str) -> Reference:
    reference = _reference(owner, reference_id)
    reference.relationship = relationship.strip()
    reference.save(update_fields=["relationship"])
    return reference


def _reference(owner: User, reference_id: int) -> Reference:
    try:
        return Reference.objects.select_related("contact").get(pk=reference_id, owner=owner)
    except Reference.DoesNotExist:
        raise BadInput("no such reference", where="reference") from None


def reference_remove(*, owner: User, reference_id: int) -> str:
    """Take someone off the list (the contact stays); their planned alerts are dropped."""
    reference = _reference(owner, reference_id)
    name = reference.contact.full_name
    with transaction.atomic():
        applications = list(Application.objects.filter(references__reference=reference))
        reference.delete()
        for application in applications:
            application_replan(application)
    return name


def reference_mark_alerted(*, owner: User, link_id: int, on: date | None) -> ApplicationReference:
    """Record when a reference was alerted for an application (None: not alerted yet)."""
    try:
        link = ApplicationReference.objects.select_related("application").get(
            pk=link_id, owner=owner)
    except ApplicationReference.DoesNotExist:
        raise BadInput("no such reference", where="reference") from None
    with transaction.atomic():
        link.alerted_on = on
        link.save(update_fields=["alerted_on"])
        application_replan(link.application)  # an alerted reference needs no alert touch
    return link


# --- After a rejection -----------------------------------------------------------------------

def after_rejection_keep_in_touch(*, owner: User, application_id: int,
                                  contact_ids: Iterable[int] | None = None,
                                  days: int | None = None) -> int:
    """Move a closed application's interviewers into the network ("there will be other
    opportunities"): each chosen one gets an interview source and a rhythm (`days`, or the
    interview default for someone without one). Returns how many people it touched."""
    try:
        application = Application.objects.select_related("employer").get(
            pk=application_id, owner=owner)
    except Application.DoesNotExist:
        raise BadInput("no such application", where="application") from None
    if application.is_open:
        raise BadInput("the application is still open: its follow-ups come first",
                       where="application")
    if days is not None and not 1 <= days <= MAX_INTERVAL_DAYS:
        raise BadInput("an interval is between 1 and 730 days", where="days")
    people = interviewers_of(application)
    if contact_ids is not None:
        wanted = set(contact_ids)
        people = [c for c in people if c.pk in wanted]
    detail = f"{application.role} at {application.employer.name}"
    with transaction.atomic():
        for contact in people:
            _add_source(contact, Source.INTERVIEW, detail)
            interval = days or contact.keep_in_touch_days or rules.INTERVIEW_INTERVAL_DAYS
            if contact.keep_in_touch_days != interval:
                Contact.objects.filter(pk=contact.pk).update(keep_in_touch_days=interval)
    return len(people)
