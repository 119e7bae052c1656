"""Writes to an application that move its plan: rounds and the people met, references, events,
the details the planner reads, and deleting it. Each one re-plans in its own transaction, so no
caller can forget to (and a touch the plan drops withdraws its queued message there too).

Every function is keyword-only, takes the owner and ids, and checks that the objects are the
owner's: another user's application is "no such application", like one that does not exist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Max
from django.utils import timezone as dj_timezone

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.cadence.services.plan import application_replan
from pursuit.contacts.models import Contact, Source
from pursuit.contacts.services import (
    ContactIn,
    contact_create,
    contact_find_or_create,
    organization_get_or_create,
)
from pursuit.core.errors import BadInput
from pursuit.core.timezones import zone_name
from pursuit.outbox.services import messages_withdraw
from pursuit.pipeline.models import (
    STOPPING_EVENTS,
    Application,
    ApplicationReference,
    Event,
    Interviewer,
    Reference,
    Round,
    Stage,
)
from pursuit.pipeline.selectors import APPLICATION_FIELDS, owned_application

# The stage an application moves to when the employer or the candidate ends it.
_STAGE_AFTER_EVENT = {
    Event.Type.JOB_FILLED: Stage.FILLED,
    Event.Type.JOB_CLOSED: Stage.CLOSED,
    Event.Type.OFFER_RECEIVED: Stage.OFFER,
    Event.Type.CANDIDATE_WITHDREW: Stage.WITHDRAWN,
    Event.Type.REJECTED: Stage.REJECTED,
}

# Moving a card to one of these stages is the employer or the candidate ending the process:
# it is recorded as the matching stopping event, so calls and follow-ups stop (cadence R7).
_EVENT_FOR_STAGE = {
    Stage.OFFER: Event.Type.OFFER_RECEIVED,
    Stage.ACCEPTED: Event.Type.OFFER_RECEIVED,
    Stage.REJECTED: Event.Type.REJECTED,
    Stage.WITHDRAWN: Event.Type.CANDIDATE_WITHDREW,
    Stage.FILLED: Event.Type.JOB_FILLED,
    Stage.CLOSED: Event.Type.JOB_CLOSED,
}

# Details of an application that the planner reads: changing one re-plans it.
_PLAN_FIELDS = ("preferred_channel", "mailing_address", "closing_on", "applied_on")


# --- Applications ---------------------------------------------------------------------------

def application_update(*, owner: User, application_id: int, employer: str | None = None,
                       referred_by: str | None = None, recruiter: str | None = None,
                       **details: object) -> Application:
    """Change an application's details; the plan is redone when the channel or address changed.

    `employer`, `referred_by` and `recruiter` are names; None leaves them as they are, "" clears
    the referral or the recruiter (an application always has an employer).
    """
    unknown = set(details) - set(APPLICATION_FIELDS)
    if unknown:
        raise BadInput(f"unknown fields {sorted(unknown)}", where="application")
    with transaction.atomic():
        application = owned_application(owner, application_id)
        replan = any(details.get(f, getattr(application, f)) != getattr(application, f)
                     for f in _PLAN_FIELDS)
        if employer is not None and employer.strip() \
                and employer.strip() != application.employer.name:
            application.employer = organization_get_or_create(owner=owner, name=employer)
        for name, value in details.items():
            setattr(application, name, value)
        if referred_by is not None:
            application.referred_by = contact_find_or_create(owner=owner, name=referred_by)
        if recruiter is not None:
            application.recruiter = contact_find_or_create(
                owner=owner, name=recruiter, company=application.employer.name)
        application.save()
        if replan:
            application_replan(application)
    return application


def application_move(*, owner: User, application_id: int, stage: str,
                     at: datetime) -> Application:
    """Move an application to a stage (a card on the board). An ending stage records its
    stopping event, so every follow-up not yet carried out stops."""
    if stage not in Stage.values:
        raise BadInput(f"unknown stage {stage!r}", where="stage")
    with transaction.atomic():
        application = owned_application(owner, application_id)
        if application.stage == stage:
            return application
        event_type = _EVENT_FOR_STAGE.get(Stage(stage))
        already = application.events.filter(type=event_type).exists() if event_type else True
        if event_type and application.is_open and not already:
            _record_event(application, type=event_type, at=at, summary="Moved on the board")
        was_applied = application.applied
        application.stage = stage
        application.save(update_fields=["stage", "updated_at"])
        if application.closing_on is not None and application.applied != was_applied:
            application_replan(application)  # applied now (or not any more): the reminder
    return application


def application_delete(*, owner: User, application_id: int) -> str:
    """Delete an application with its rounds, events and touches; returns its name. Messages
    still waiting for its touches are withdrawn first: nothing goes out for a deleted job."""
    with transaction.atomic():
        application = owned_application(owner, application_id)
        name = str(application)
        messages_withdraw(message_ids=list(
            Touch.objects.filter(application=application, status=Touch.Status.PLANNED,
                                 message__isnull=False).values_list("message_id", flat=True)))
        application.delete()
    return name


# --- Rounds and the people met ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PersonIn:
    """One person met in a round: an existing contact, or a new one by name."""

    contact_id: int | None = None
    name: str = ""
    email: str = ""
    title: str = ""
    hiring_manager: bool = False
    role: str = Interviewer.Role.INTERVIEWER
    topics: Sequence[str] = field(default=())
    notes: str = ""


def _people(owner: User, application: Application,
            people: Sequence[PersonIn]) -> list[tuple[Contact, PersonIn]]:
    """The contact behind each person (new ones created), checked to be the owner's."""
    ids = [p.contact_id for p in people if p.contact_id]
    known = {c.pk: c for c in Contact.objects.filter(owner=owner, pk__in=ids)}
    found = []
    for person in people:
        if person.role not in Interviewer.Role.values:
            raise BadInput(f"unknown role {person.role!r}", where="role")
        if person.contact_id:
            contact = known.get(person.contact_id)
            if contact is None:
                raise BadInput("an interviewer is not one of your contacts",
                               where="interviewers")
        else:
            if not " ".join(person.name.split()):
                raise BadInput("name each person you met", where="interviewers")
            contact = contact_create(owner=owner, data=ContactIn(
                full_name=person.name, title=person.title, company=application.employer.name,
                emails=(person.email,) if person.email else (),
                sources=((Source.INTERVIEW, str(application)),),
            ))
        found.append((contact, person))
    if len({c.pk for c, _ in found}) != len(found):
        raise BadInput("the same person is listed twice", where="interviewers")
    return found


def _check_held_has_started(status: str, start: datetime, zone: str) -> None:
    """A held round gets its thank-yous at once: a round marked held before it starts would
    thank the interviewers before they had met the candidate. Checked here, where a round's
    status is changed, so the web form, the JSON API and the command line all keep it. The
    message says when the round starts, in its own timezone: a wrong date is the usual cause."""
    if status == Round.Status.HELD and start > dj_timezone.now():
        local = start.astimezone(ZoneInfo(zone))
        raise BadInput(f"this round has not started yet (it starts {local:%A %B} {local.day} at "
                       f"{local:%H:%M}, {zone}): log it as scheduled, or mark it held once it "
                       "has taken place", where="status")


def round_log(*, owner: User, application_id: int, start: datetime, end: datetime,
              timezone: str, people: Sequence[PersonIn], format: str = "onsite",
              location: str = "", status: str = Round.Status.HELD) -> Round:
    """Record an interview round with the people met (new ones become contacts), and re-plan:
    their thank-yous, the call and the weekly follow-ups follow from it."""
    zone_name(timezone, where="timezone")
    if start.tzinfo is None or end.tzinfo is None:
        raise BadInput("start and end need a timezone", where="start")
    if end <= start:
        raise BadInput("the round ends before it starts", where="end")
    if status not in Round.Status.values:
        raise BadInput(f"unknown status {status!r}", where="status")
    _check_held_has_started(status, start, timezone)
    if not people:
        raise BadInput("name at least one person you met", where="interviewers")
    with transaction.atomic():
        application = owned_application(owner, application_id)
        met = _people(owner, application, people)
        last = application.rounds.aggregate(n=Max("number"))["n"] or 0
        round_ = Round.objects.create(
            owner=owner, application=application, number=last + 1, start=start, end=end,
            timezone=timezone, format=format, location=location, status=status)
        Interviewer.objects.bulk_create(
            Interviewer(owner=owner, round=round_, contact=contact, position=n,
                        hiring_manager=person.hiring_manager, role=person.role,
                        topics=[t.strip() for t in person.topics if t.strip()],
                        notes=person.notes)
            for n, (contact, person) in enumerate(met))
        if application.stage in (Stage.INTERESTED, Stage.APPLIED):
            application.stage = Stage.INTERVIEWING
            application.save(update_fields=["stage", "updated_at"])
        application_replan(application)
    return round_


def round_set_status(*, owner: User, round_id: int, status: str,
                     start: datetime | None = None, end: datetime | None = None) -> Round:
    """Cancel, mark held or no-show, or reschedule (with new times) a round; re-plans (a
    cancelled round's touches go, and their waiting messages with them)."""
    if status not in Round.Status.values:
        raise BadInput(f"unknown status {status!r}", where="status")
    with transaction.atomic():
        try:
            round_ = Round.objects.select_related("application").get(pk=round_id, owner=owner)
        except Round.DoesNotExist:
            raise BadInput("no such round", where="round") from None
        if start and end:
            if end <= start:
                raise BadInput("the round ends before it starts", where="end")
            round_.start, round_.end = start, end
        _check_held_has_started(status, round_.start, round_.timezone)
        round_.status = status
        round_.save()
        application_replan(round_.application)
    return round_


def interviewer_add(*, owner: User, round_id: int, contact_id: int,
                    hiring_manager: bool = False,
                    role: str = Interviewer.Role.INTERVIEWER) -> Interviewer:
    """Add one person to a round already logged (a card scanned after the interview) and
    re-plan, so they get their thank-you like the others. Adding someone already in the round
    changes nothing: a card scanned twice must not fail the save."""
    if role not in Interviewer.Role.values:
        raise BadInput(f"unknown role {role!r}", where="role")
    with transaction.atomic():
        try:
            round_ = Round.objects.select_related("application").get(pk=round_id, owner=owner)
            contact = Contact.objects.get(pk=contact_id, owner=owner)
        except (Round.DoesNotExist, Contact.DoesNotExist):
            raise BadInput("no such round or contact", where="interviewers") from None
        existing = Interviewer.objects.filter(round=round_, contact=contact).first()
        if existing is not None:
            return existing
        last = round_.interviewers.aggregate(n=Max("position"))["n"]
        interviewer = Interviewer.objects.create(
            owner=owner, round=round_, contact=contact,
            position=0 if last is None else last + 1, hiring_manager=hiring_manager, role=role)
        application_replan(round_.application)
    return interviewer


# --- References and events --------------------------------------------------------------------

def reference_add(*, owner: User, application_id: int, contact_id: int | None = None,
                  name: str = "", relationship: str = "",
                  alerted_on: date | None = None) -> ApplicationReference:
    """Give a reference for an application: a contact, or a person named (found among the
    contacts or created). They join the user's reference list if new; the plan alerts them."""
    with transaction.atomic():
        application = owned_application(owner, application_id)
        if contact_id is not None:
            contact = Contact.objects.filter(owner=owner, pk=contact_id).first()
            if contact is None:
                raise BadInput("the reference is not one of your contacts", where="reference")
        else:
            contact = contact_find_or_create(owner=owner, name=name)
            if contact is None:
                raise BadInput("name the reference", where="name")
        reference, _ = Reference.objects.get_or_create(
            owner=owner, contact=contact, defaults={"relationship": relationship})
        link, _ = ApplicationReference.objects.get_or_create(
            owner=owner, application=application, reference=reference,
            defaults={"alerted_on": alerted_on})
        application_replan(application)
    return link


def _record_event(application: Application, *, type: str, at: datetime, summary: str = "",
                  by: Contact | None = None, decision_expected_by: date | None = None) -> Event:
    if type not in Event.Type.values:
        raise BadInput(f"unknown event type {type!r}", where="type")
    if at.tzinfo is None:
        raise BadInput("the event's time needs a timezone", where="at")
    event = Event.objects.create(
        owner_id=application.owner_id, application=application, type=type, at=at,
        summary=summary, by=by, decision_expected_by=decision_expected_by)
    if type in STOPPING_EVENTS:
        application.stage = _STAGE_AFTER_EVENT[Event.Type(type)]
        application.save(update_fields=["stage", "updated_at"])
    application_replan(application)
    return event


def event_record(*, owner: User, application_id: int, type: str, at: datetime,
                 summary: str = "", by_contact_id: int | None = None,
                 decision_expected_by: date | None = None) -> Event:
    """Record what the employer or the candidate did. A stopping event (an offer, a rejection,
    the job filled or closed, a withdrawal) closes the application and ends every follow-up
    not yet carried out; a reply re-plans the follow-ups from its date (cadence R7)."""
    with transaction.atomic():
        application = owned_application(owner, application_id)
        by = None
        if by_contact_id is not None:
            by = Contact.objects.filter(owner=owner, pk=by_contact_id).first()
            if by is None:
                raise BadInput("not one of your contacts", where="by_contact_id")
        return _record_event(application, type=type, at=at, summary=summary, by=by,
                             decision_expected_by=decision_expected_by)
