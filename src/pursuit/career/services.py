"""Writes of career mode. Every change to the plan goes through the cadence (the offer
recorded, a withdrawal), every letter through the letters services (drafted from the user's
templates, proofread, approved by the user: nothing is sent without that approval)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Min

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch, TouchType
from pursuit.cadence.services import application_move, event_record, touch_outside_plan
from pursuit.career.selectors import helpers, people_met, placement_open
from pursuit.coaching.models import CoachLink
from pursuit.common.pagecache import renew
from pursuit.contacts.models import Contact
from pursuit.contacts.services import ContactIn, contact_create
from pursuit.core.errors import BadInput
from pursuit.letters.services import letter_draft
from pursuit.networking.services import goal_period_set, profile_for
from pursuit.pipeline.models import Application, Event, Placement, Round, Stage
from pursuit.pipeline.selectors import owned_application


def _local_day(owner: User, at: datetime) -> date:
    return at.astimezone(ZoneInfo(owner.timezone)).date()


def offer_accept(*, owner: User, application_id: int, at: datetime) -> Placement:
    """The candidate accepted this offer: the application moves to Accepted (its follow-ups
    stop, cadence R7), and career mode starts with the search's figures kept as they are."""
    with transaction.atomic():
        current = placement_open(owner)
        if current is not None:
            if current.application_id == application_id:
                return current
            raise BadInput(f"you are placed already ({current.application}): start a new "
                           "search first", where="application")
        application = owned_application(owner, application_id)
        application = application_move(owner=owner, application_id=application.pk,
                                       stage=Stage.ACCEPTED, at=at)
        previous = Placement.objects.filter(owner=owner).exclude(ended_at=None) \
            .order_by("-ended_at").first()
        since = previous.ended_at if previous else None
        search = Application.objects.filter(owner=owner, created_at__lte=at)
        if since is not None:
            search = search.filter(created_at__gt=since)
        ids = list(search.values_list("pk", flat=True)) + [application.pk]
        first = search.aggregate(created=Min("created_at"), applied=Min("applied_on"))
        started = [d for d in (first["applied"], first["created"] and _local_day(
            owner, first["created"])) if d]
        offer = (Event.objects.filter(application=application,
                                      type=Event.Type.OFFER_RECEIVED).order_by("at").first())
        offers = Event.objects.filter(application_id__in=ids,
                                      type=Event.Type.OFFER_RECEIVED) \
            .values("application_id").distinct().count()
        profile = profile_for(owner)
        placement = Placement.objects.create(
            owner=owner, application=application, accepted_at=at,
            accepted_on=_local_day(owner, at), search_since=since,
            search_started_on=min(started) if started else None,
            offer_on=_local_day(owner, offer.at) if offer else _local_day(owner, at),
            interviews=Round.objects.filter(application_id__in=ids).exclude(
                status__in=[Round.Status.CANCELLED, Round.Status.NO_SHOW]).count(),
            offers=max(offers, 1),
            goal_before={"period": profile.goal_period,
                         "weekly_minutes": profile.weekly_goal_minutes})
        renew(owner)  # Today and the board change their tone
    return placement


def _placement(owner: User) -> Placement:
    placement = placement_open(owner)
    if placement is None:
        raise BadInput("you have not accepted an offer", where="placement")
    return placement


def withdraw_with_notes(*, owner: User, application_id: int, at: datetime) -> list[Touch]:
    """Leave another open process: a withdrawal note is drafted for each person met there
    (to proofread and approve like any letter), and `candidate_withdrew` is recorded at once
    so no follow-up goes out meanwhile. Returns the notes' touches."""
    placement = _placement(owner)
    if application_id == placement.application_id:
        raise BadInput("that is the offer you accepted", where="application")
    with transaction.atomic():
        application = owned_application(owner, application_id)
        touches = [touch_outside_plan(owner=owner, application_id=application.pk,
                                      type=TouchType.WITHDRAWAL_NOTE, contact_id=person.pk,
                                      due_on=_local_day(owner, at), variant=n)
                   for n, person in enumerate(people_met(application))]
        if application.is_open:
            event_record(owner=owner, application_id=application.pk,
                         type=Event.Type.CANDIDATE_WITHDREW, at=at,
                         summary=f"Accepted another offer ({placement.application})")
    for touch in touches:
        letter_draft(owner=owner, touch_id=touch.pk, now=at)
    return touches


def keep_open(*, owner: User, application_id: int) -> Placement:
    """"Keep it open": this process goes on, and career mode stops offering to close it."""
    placement = _placement(owner)
    application = owned_application(owner, application_id)
    if application.pk not in placement.kept_open:
        placement.kept_open = [*placement.kept_open, application.pk]
        placement.save(update_fields=["kept_open"])
    return placement


def _coach_contact(owner: User, link: CoachLink) -> Contact:
    """The coach as one of the candidate's contacts (found by e-mail, else added), so their
    thank-you is a letter like any other."""
    email = (link.coach.email if link.coach else link.coach_email).lower()
    found = Contact.objects.filter(owner=owner, emails__address__iexact=email).first()
    if found is not None:
        return found
    name = (link.coach.full_name if link.coach else "") or email.split("@")[0]
    return contact_create(owner=owner, data=ContactIn(full_name=name, emails=(email,),
                                                      title="Career coach"))


def thanks_draft(*, owner: User, at: datetime) -> list[Touch]:
    """A thank-you draft to each reference of the search, each person who referred the
    candidate, and each coach: the outcome, thanks, the new role."""
    placement = _placement(owner)
    touches: list[Touch] = []
    for helper in helpers(owner, placement):
        if helper.coach is not None:
            contact = helper.contact or _coach_contact(owner, helper.coach)
            key = f"thanks:coach{helper.coach.pk}"
        else:
            assert helper.contact is not None
            contact, key = helper.contact, ""
        touches.append(touch_outside_plan(
            owner=owner, application_id=placement.application_id,
            type=TouchType.THANKS_AFTER_OFFER, contact_id=contact.pk,
            due_on=_local_day(owner, at), key=key, variant=len(touches)))
    for touch in touches:
        letter_draft(owner=owner, touch_id=touch.pk, now=at)
    return touches


def announce(*, owner: User, contact_ids: list[int], at: datetime) -> list[Touch]:
    """The new role, told once to the keep-in-touch contacts the user picked (a draft each);
    someone told already is not told twice."""
    placement = _placement(owner)
    if not contact_ids:
        raise BadInput("pick the people to tell", where="contacts")
    people = list(Contact.objects.filter(owner=owner, pk__in=contact_ids))
    if len(people) != len(set(contact_ids)):
        raise BadInput("not one of your contacts", where="contacts")
    touches = [touch_outside_plan(owner=owner, application_id=placement.application_id,
                                  type=TouchType.ANNOUNCEMENT, contact_id=person.pk,
                                  due_on=_local_day(owner, at), variant=n)
               for n, person in enumerate(people)]
    for touch in touches:
        letter_draft(owner=owner, touch_id=touch.pk, now=at)
    if placement.announced_at is None:
        placement.announced_at = at
        placement.save(update_fields=["announced_at"])
    return touches


def rhythm_set(*, owner: User, weekly: bool, weekly_minutes: int | None = None) -> None:
    """The networking habit after the offer: weekly (the default choice offered) or daily."""
    _placement(owner)
    goal_period_set(owner=owner, period="week" if weekly else "day",
                    weekly_minutes=weekly_minutes)


def search_restart(*, owner: User, at: datetime) -> Placement:
    """"Start a new search": career mode ends, the board and Today are a search again (every
    application kept, as history), and the networking goal goes back to what it was."""
    placement = _placement(owner)
    with transaction.atomic():
        placement.ended_at = at
        placement.save(update_fields=["ended_at"])
        before = placement.goal_before or {}
        goal_period_set(owner=owner, period=before.get("period", "day"),
                        weekly_minutes=before.get("weekly_minutes"))
        renew(owner)
    return placement
