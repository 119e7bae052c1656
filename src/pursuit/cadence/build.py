"""Turn stored rows into the pure planner's dataclasses (the only place that knows both)."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db.models import Prefetch, QuerySet

from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.core import cadence as core
from pursuit.pipeline.models import Application, ApplicationReference, Interviewer, Round


def contact_key(contact_id: int) -> str:
    return f"c{contact_id}"


def key_contact_id(key: str) -> int | None:
    """The contact id behind a recipient key, or None for the candidate's own items."""
    return int(key[1:]) if key.startswith("c") and key[1:].isdigit() else None


def with_plan_inputs(applications: QuerySet[Application]) -> QuerySet[Application]:
    """Prefetch everything the planner reads, so a batch costs a fixed number of queries."""
    details = ("contact__emails", "contact__addresses")
    return applications.select_related("employer", "owner").prefetch_related(
        Prefetch("rounds", queryset=Round.objects.order_by("start", "number")),
        # select_related fills the contact, so its e-mails and addresses are prefetched from
        # inside the interviewer queryset; a separate "…__contact" Prefetch would be skipped.
        Prefetch("rounds__interviewers", queryset=Interviewer.objects.order_by("position", "id")
                 .select_related("contact").prefetch_related(*details)),
        Prefetch("references", queryset=ApplicationReference.objects
                 .select_related("reference__contact")
                 .prefetch_related(*(f"reference__{d}" for d in details))),
        "events",
        Prefetch("touches", queryset=Touch.objects.order_by("id")),
    )


def _first_email(contact: Contact) -> str | None:
    emails = list(contact.emails.all())
    return emails[0].address if emails else None


def _mailing_address(application: Application) -> str | None:
    """The employer's mailing address, else the hiring manager's address as on their card."""
    if application.mailing_address.strip():
        return application.mailing_address.strip()
    interviewers = [i for r in application.rounds.all() for i in r.interviewers.all()]
    interviewers.sort(key=lambda i: not i.hiring_manager)
    for interviewer in interviewers:
        addresses = list(interviewer.contact.addresses.all())
        if addresses and addresses[0].street:
            return addresses[0].as_text()
    return None


def to_core(application: Application) -> core.Application:
    rounds = tuple(
        core.Round(
            key=f"r{r.pk}", number=r.number, start=r.start, end=r.end, timezone=r.timezone,
            status=r.status,
            interviewers=tuple(
                core.Interviewer(
                    key=contact_key(i.contact_id), name=i.contact.full_name,
                    email=_first_email(i.contact), timezone=i.contact.timezone or None,
                    hiring_manager=i.hiring_manager, role=i.role,
                )
                for i in r.interviewers.all()
            ),
        )
        for r in application.rounds.all()
    )
    references = tuple(
        core.Reference(
            key=contact_key(ar.reference.contact_id), name=ar.reference.contact.full_name,
            email=_first_email(ar.reference.contact), alerted_on=ar.alerted_on,
        )
        for ar in application.references.all()
    )
    events = tuple(
        core.Event(type=e.type, at=e.at, summary=e.summary or None,
                   decision_expected_by=e.decision_expected_by, key=f"e{e.pk}")
        for e in sorted(application.events.all(), key=lambda e: (e.at, e.pk))
    )
    return core.Application(
        key=str(application.pk), preferred_channel=application.preferred_channel,
        mailing_address=_mailing_address(application), rounds=rounds, references=references,
        events=events, closing_on=application.closing_on, applied=application.applied,
    )


def horizon_for(application: Application) -> date:
    """How far ahead weekly follow-ups are planned: a fixed span after the latest round.

    It depends on the rounds alone, not on today's date, so the plan never depends on the
    clock (cadence.md); a new round or reply moves it on.
    """
    days = settings.PURSUIT_PLAN_HORIZON_DAYS
    latest = max((r.end for r in application.rounds.all()), default=None)
    if latest is None:
        return application.created_at.date() + timedelta(days=days)
    return latest.date() + timedelta(days=days)
