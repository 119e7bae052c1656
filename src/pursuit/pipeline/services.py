"""Writes about applications, rounds, interviewers, references and events.

Every write that changes what the planner reads re-plans the application before it returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import transaction
from django.db.models import Max

from pursuit.accounts.models import User
from pursuit.cadence.services import application_replan
from pursuit.contacts.models import Contact
from pursuit.contacts.services import organization_get_or_create
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import (
    STOPPING_EVENTS,
    Application,
    ApplicationReference,
    Channel,
    Event,
    Interviewer,
    Reference,
    Round,
    Stage,
)

# The stage an application moves to when the employer or the candidate ends it.
_STAGE_AFTER_EVENT = {
    Event.Type.JOB_FILLED: Stage.FILLED,
    Event.Type.JOB_CLOSED: Stage.CLOSED,
    Event.Type.OFFER_RECEIVED: Stage.OFFER,
    Event.Type.CANDIDATE_WITHDREW: Stage.WITHDRAWN,
    Event.Type.REJECTED: Stage.REJECTED,
}


def check_timezone(name: str, *, where: str) -> str:
    try:
        ZoneInfo(name)
    # "America" is a directory of the zone database and a very long name is an OS error:
    # both are simply not timezones.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadInput(f"{name!r} is not a known timezone", where=where) from None
    return name


def application_create(*, owner: User, employer: str, role: str, stage: str = Stage.APPLIED,
                       preferred_channel: str = Channel.NO_PREFERENCE,
                       mailing_address: str = "", applied_on: date | None = None,
                       expected_decision_on: date | None = None, posting_url: str = "",
                       notes: str = "", found_via: str = "", salary_range: str = "",
                       is_demo: bool = False) -> Application:
    if not employer.strip():
        raise BadInput("the employer's name is empty", where="employer")
    if not role.strip():
        raise BadInput("the role is empty", where="role")
    if stage not in Stage.values:
        raise BadInput(f"unknown stage {stage!r}", where="stage")
    if preferred_channel not in Channel.values:
        raise BadInput(f"unknown channel {preferred_channel!r}", where="preferred_channel")
    with transaction.atomic():
        return Application.objects.create(
            owner=owner, employer=organization_get_or_create(owner=owner, name=employer),
            role=role.strip(), stage=stage, preferred_channel=preferred_channel,
            mailing_address=mailing_address, applied_on=applied_on,
            expected_decision_on=expected_decision_on, posting_url=posting_url, notes=notes,
            found_via=found_via, salary_range=salary_range, is_demo=is_demo,
        )


def application_set_stage(*, owner: User, application_id: int, stage: str) -> Application:
    if stage not in Stage.values:
        raise BadInput(f"unknown stage {stage!r}", where="stage")
    application = Application.objects.get(pk=application_id, owner=owner)
    application.stage = stage
    application.save(update_fields=["stage", "updated_at"])
    return application


@dataclass(frozen=True, slots=True)
class InterviewerIn:
    contact: Contact
    hiring_manager: bool = False
    role: str = Interviewer.Role.INTERVIEWER
    topics: Sequence[str] = field(default=())
    notes: str = ""


def round_log(*, application: Application, start: datetime, end: datetime, timezone: str,
              interviewers: Sequence[InterviewerIn], format: str = "onsite",
              location: str = "", status: str = Round.Status.HELD) -> Round:
    """Record an interview round with its interviewers and re-plan the application."""
    check_timezone(timezone, where="timezone")
    if start.tzinfo is None or end.tzinfo is None:
        raise BadInput("start and end need a timezone", where="start")
    if end <= start:
        raise BadInput("the round ends before it starts", where="end")
    if status not in Round.Status.values:
        raise BadInput(f"unknown status {status!r}", where="status")
    contacts = [i.contact for i in interviewers]
    if any(c.owner_id != application.owner_id for c in contacts):
        raise BadInput("an interviewer is not one of your contacts", where="interviewers")
    if len({c.pk for c in contacts}) != len(contacts):
        raise BadInput("the same person is listed twice", where="interviewers")
    with transaction.atomic():
        last = application.rounds.aggregate(n=Max("number"))["n"] or 0
        round_ = Round.objects.create(
            owner_id=application.owner_id, application=application, number=last + 1,
            start=start, end=end, timezone=timezone, format=format, location=location,
            status=status,
        )
        Interviewer.objects.bulk_create(
            Interviewer(owner_id=application.owner_id, round=round_, contact=i.contact,
                        position=n, hiring_manager=i.hiring_manager, role=i.role,
                        topics=[t.strip() for t in i.topics if t.strip()], notes=i.notes)
            for n, i in enumerate(interviewers)
        )
        if application.stage in (Stage.INTERESTED, Stage.APPLIED):
            application.stage = Stage.INTERVIEWING
            application.save(update_fields=["stage", "updated_at"])
        application_replan(application)
    return round_


def round_set_status(*, owner: User, round_id: int, status: str,
                     start: datetime | None = None, end: datetime | None = None) -> Round:
    """Cancel, mark held or no-show, or reschedule (with new times) a round; re-plans."""
    if status not in Round.Status.values:
        raise BadInput(f"unknown status {status!r}", where="status")
    with transaction.atomic():
        round_ = Round.objects.select_related("application").get(pk=round_id, owner=owner)
        round_.status = status
        if start and end:
            if end <= start:
                raise BadInput("the round ends before it starts", where="end")
            round_.start, round_.end = start, end
        round_.save()
        application_replan(round_.application)
    return round_


def reference_attach(*, application: Application, contact: Contact, relationship: str = "",
                     alerted_on: date | None = None) -> ApplicationReference:
    """Give a reference for an application (added to the user's reference list if new)."""
    if contact.owner_id != application.owner_id:
        raise BadInput("the reference is not one of your contacts", where="reference")
    with transaction.atomic():
        reference, _ = Reference.objects.get_or_create(
            owner_id=application.owner_id, contact=contact,
            defaults={"relationship": relationship},
        )
        link, _ = ApplicationReference.objects.get_or_create(
            owner_id=application.owner_id, application=application, reference=reference,
            defaults={"alerted_on": alerted_on},
        )
        application_replan(application)
    return link


def event_record(*, application: Application, type: str, at: datetime, summary: str = "",
                 by: Contact | None = None, decision_expected_by: date | None = None) -> Event:
    """Record what the employer or the candidate did; stopping events close the application."""
    if type not in Event.Type.values:
        raise BadInput(f"unknown event type {type!r}", where="type")
    if at.tzinfo is None:
        raise BadInput("the event's time needs a timezone", where="at")
    with transaction.atomic():
        event = Event.objects.create(
            owner_id=application.owner_id, application=application, type=type, at=at,
            summary=summary, by=by, decision_expected_by=decision_expected_by,
        )
        if type in STOPPING_EVENTS:
            application.stage = _STAGE_AFTER_EVENT[Event.Type(type)]
            application.save(update_fields=["stage", "updated_at"])
        application_replan(application)
    return event


# --- Writes behind the web pages (issue 3) -------------------------------------------------

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

# Fields of an application the details form may change; the first group changes the plan.
_PLAN_FIELDS = ("preferred_channel", "mailing_address")
APPLICATION_FIELDS = ("role", "preferred_channel", "mailing_address", "expected_decision_on",
                      "posting_url", "posting_text", "applied_on", "found_via", "salary_range",
                      "notes")


def _owned_application(owner: User, application_id: int) -> Application:
    try:
        return Application.objects.select_related("employer").get(pk=application_id, owner=owner)
    except Application.DoesNotExist:
        raise BadInput("no such application", where="application") from None


def _contact_by_name(owner: User, name: str, *, company: str = "") -> Contact | None:
    """The user's contact of that name, created when there is none; None for a blank name."""
    from pursuit.contacts.services import ContactIn, contact_create

    name = " ".join(name.split())
    if not name:
        return None
    existing = Contact.objects.filter(owner=owner, full_name__iexact=name).order_by("pk").first()
    return existing or contact_create(owner=owner, data=ContactIn(full_name=name, company=company))


def application_move(*, owner: User, application_id: int, stage: str, at: datetime) -> Application:
    """Move a card on the board. Ending stages record their stopping event (and re-plan)."""
    if stage not in Stage.values:
        raise BadInput(f"unknown stage {stage!r}", where="stage")
    with transaction.atomic():
        application = _owned_application(owner, application_id)
        if application.stage == stage:
            return application
        event_type = _EVENT_FOR_STAGE.get(Stage(stage))
        already = application.events.filter(type=event_type).exists() if event_type else True
        if event_type and application.is_open and not already:
            event_record(application=application, type=event_type, at=at,
                         summary="Moved on the board")
        application.stage = stage
        application.save(update_fields=["stage", "updated_at"])
    return application


def application_update(*, owner: User, application_id: int, employer: str,
                       referred_by: str | None = None, recruiter: str | None = None,
                       **fields: object) -> Application:
    """Change an application's details; the plan is redone when the channel or address changed.

    `referred_by` and `recruiter` are names; None leaves them as they are, "" clears them.
    """
    unknown = set(fields) - set(APPLICATION_FIELDS)
    if unknown:
        raise BadInput(f"unknown fields {sorted(unknown)}", where="application")
    with transaction.atomic():
        application = _owned_application(owner, application_id)
        replan = any(fields.get(f, getattr(application, f)) != getattr(application, f)
                     for f in _PLAN_FIELDS)
        if employer.strip() and employer.strip() != application.employer.name:
            application.employer = organization_get_or_create(owner=owner, name=employer)
        for name, value in fields.items():
            setattr(application, name, value)
        if referred_by is not None:
            application.referred_by = _contact_by_name(owner, referred_by)
        if recruiter is not None:
            application.recruiter = _contact_by_name(owner, recruiter,
                                                     company=application.employer.name)
        application.save()
        if replan:
            application_replan(application)
    return application


def application_add(*, owner: User, employer: str, role: str, referred_by: str = "",
                    recruiter: str = "", **fields: object) -> Application:
    """Create an application from the web form, naming the referral and recruiter by name."""
    unknown = set(fields) - set(APPLICATION_FIELDS) - {"stage"}
    if unknown:
        raise BadInput(f"unknown fields {sorted(unknown)}", where="application")
    if fields.get("stage", Stage.APPLIED) not in Stage.values:
        raise BadInput(f"unknown stage {fields['stage']!r}", where="stage")
    with transaction.atomic():
        application = application_create(owner=owner, employer=employer, role=role)
        for name, value in fields.items():
            setattr(application, name, value)
        application.referred_by = _contact_by_name(owner, referred_by)
        application.recruiter = _contact_by_name(owner, recruiter, company=employer)
        application.save()
    return application


def application_delete(*, owner: User, application_id: int) -> str:
    """Delete an application with its rounds, events and touches; returns its name."""
    with transaction.atomic():
        application = _owned_application(owner, application_id)
        name = str(application)
        application.delete()
    return name


@dataclass(frozen=True, slots=True)
class PersonIn:
    """One interviewer row of the round form: an existing contact, or a new one by name."""

    contact_id: int | None = None
    name: str = ""
    email: str = ""
    title: str = ""
    hiring_manager: bool = False
    role: str = Interviewer.Role.INTERVIEWER
    topics: Sequence[str] = field(default=())


def round_add(*, owner: User, application_id: int, start: datetime, end: datetime,
              timezone: str, people: Sequence[PersonIn], format: str = "onsite",
              location: str = "", status: str = Round.Status.HELD) -> Round:
    """Log a round, creating the interviewers who are not contacts yet, in one transaction."""
    from pursuit.contacts.models import Source
    from pursuit.contacts.services import ContactIn, contact_create

    if not people:
        raise BadInput("name at least one person you met", where="interviewers")
    with transaction.atomic():
        application = _owned_application(owner, application_id)
        ids = [p.contact_id for p in people if p.contact_id]
        known = {c.pk: c for c in Contact.objects.filter(owner=owner, pk__in=ids)}
        interviewers = []
        for person in people:
            if person.contact_id:
                contact = known.get(person.contact_id)
                if contact is None:
                    raise BadInput("an interviewer is not one of your contacts",
                                   where="interviewers")
            else:
                contact = contact_create(owner=owner, data=ContactIn(
                    full_name=person.name, title=person.title,
                    company=application.employer.name,
                    emails=(person.email,) if person.email else (),
                    sources=((Source.INTERVIEW, str(application)),),
                ))
            interviewers.append(InterviewerIn(contact=contact, hiring_manager=person.hiring_manager,
                                              role=person.role, topics=person.topics))
        return round_log(application=application, start=start, end=end, timezone=timezone,
                         interviewers=interviewers, format=format, location=location,
                         status=status)


def interviewer_debrief(*, owner: User, interviewer_id: int, topics: Sequence[str],
                        cares_about: str, next_steps: str, notes: str = "",
                        decision_on: date | None = None) -> Interviewer:
    """Save what was discussed with one interviewer; a decision date they gave goes on the
    application (the latest one given wins)."""
    with transaction.atomic():
        try:
            interviewer = Interviewer.objects.select_related("round__application").get(
                pk=interviewer_id, owner=owner)
        except Interviewer.DoesNotExist:
            raise BadInput("no such interviewer", where="interviewer") from None
        interviewer.topics = [t.strip() for t in topics if t.strip()]
        interviewer.cares_about = cares_about
        interviewer.next_steps = next_steps
        interviewer.notes = notes
        interviewer.save(update_fields=["topics", "cares_about", "next_steps", "notes"])
        application = interviewer.round.application
        if decision_on and decision_on != application.expected_decision_on:
            application.expected_decision_on = decision_on
            application.save(update_fields=["expected_decision_on", "updated_at"])
    return interviewer


def reference_add(*, owner: User, application_id: int, name: str,
                  relationship: str = "") -> ApplicationReference:
    """Give a reference (a contact named, created if new) for one application."""
    with transaction.atomic():
        application = _owned_application(owner, application_id)
        contact = _contact_by_name(owner, name)
        if contact is None:
            raise BadInput("name the reference", where="name")
        return reference_attach(application=application, contact=contact,
                                relationship=relationship)


def application_event(*, owner: User, application_id: int, type: str, at: datetime,
                      summary: str = "", decision_expected_by: date | None = None) -> Event:
    application = _owned_application(owner, application_id)
    return event_record(application=application, type=type, at=at, summary=summary,
                        decision_expected_by=decision_expected_by)


def interviewer_add(*, round_: Round, contact: Contact, hiring_manager: bool = False,
                    role: str = Interviewer.Role.INTERVIEWER) -> Interviewer:
    """Add one person to a round already logged (a card scanned after the interview) and
    re-plan, so they get their thank-you like the others. Adding someone already in the round
    changes nothing: a card scanned twice must not fail the save."""
    if contact.owner_id != round_.owner_id:
        raise BadInput("the interviewer is not one of your contacts", where="interviewers")
    if role not in Interviewer.Role.values:
        raise BadInput(f"unknown role {role!r}", where="role")
    with transaction.atomic():
        existing = Interviewer.objects.filter(round=round_, contact=contact).first()
        if existing is not None:
            return existing
        last = round_.interviewers.aggregate(n=Max("position"))["n"]
        interviewer = Interviewer.objects.create(
            owner_id=round_.owner_id, round=round_, contact=contact,
            position=0 if last is None else last + 1, hiring_manager=hiring_manager, role=role)
        application_replan(round_.application)
    return interviewer
