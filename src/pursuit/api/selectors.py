"""Reads behind the API's lists: one queryset per resource, always filtered by the owner.

Each list is a count and one page (plus a fixed number of prefetches), whatever the size of
the account: `page()` slices in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from pursuit.accounts.models import User
from pursuit.api.models import PersonalAccessToken
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact, ContactEmail
from pursuit.letters.models import Letter
from pursuit.pipeline.models import OPEN_STAGES, Application, Event, Interviewer, Round
from pursuit.pipeline.selectors import CLOSED_STAGES


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any]
    count: int
    limit: int
    offset: int


def page(rows: QuerySet[Any], *, limit: int, offset: int) -> Page:
    return Page(list(rows[offset:offset + limit]), rows.count(), limit, offset)


def contacts(owner: User, *, query: str = "") -> QuerySet[Contact]:
    """The same matching as the contacts page (`contacts.selectors.contact_search`): every
    word in the name, company, title or an e-mail; the e-mail test is an EXISTS subquery so a
    person with three addresses is listed once."""
    rows = Contact.objects.filter(owner=owner)
    for word in query.split()[:5]:
        email_hit = ContactEmail.objects.filter(contact=OuterRef("pk"), address__icontains=word)
        rows = rows.filter(Q(full_name__icontains=word) | Q(company__icontains=word)
                           | Q(title__icontains=word) | Q(Exists(email_hit)))
    return rows.prefetch_related("emails", "phones").order_by("full_name", "pk")


def applications(owner: User, *, stage: str = "", query: str = "") -> QuerySet[Application]:
    """`stage` is one stage, or "open" / "closed" for the groups the board uses."""
    rows = Application.objects.filter(owner=owner)
    if stage == "open":
        rows = rows.filter(stage__in=OPEN_STAGES)
    elif stage == "closed":
        rows = rows.filter(stage__in=CLOSED_STAGES)
    elif stage:
        rows = rows.filter(stage=stage)
    for word in query.split()[:5]:
        rows = rows.filter(Q(role__icontains=word) | Q(employer__name__icontains=word))
    return rows.select_related("employer", "referred_by", "recruiter").order_by("-updated_at",
                                                                                "-pk")


def rounds(owner: User, *, application_id: int) -> QuerySet[Round]:
    interviewers = Interviewer.objects.select_related("contact").order_by("position", "id")
    return (Round.objects.filter(owner=owner, application_id=application_id)
            .prefetch_related(Prefetch("interviewers", queryset=interviewers))
            .order_by("start", "number"))


def round_one(owner: User, round_id: int) -> QuerySet[Round]:
    interviewers = Interviewer.objects.select_related("contact").order_by("position", "id")
    return Round.objects.filter(owner=owner, pk=round_id).prefetch_related(
        Prefetch("interviewers", queryset=interviewers))


def touches(owner: User, *, status: str = "", due_from: date | None = None,
            due_to: date | None = None, application_id: int | None = None) -> QuerySet[Touch]:
    rows = Touch.objects.filter(owner=owner)
    if status:
        rows = rows.filter(status=status)
    if due_from is not None:
        rows = rows.filter(due_on__gte=due_from)
    if due_to is not None:
        rows = rows.filter(due_on__lte=due_to)
    if application_id is not None:
        rows = rows.filter(application_id=application_id)
    return rows.order_by("due_on", "id")


def events(owner: User, *, application_id: int) -> QuerySet[Event]:
    return Event.objects.filter(owner=owner, application_id=application_id).order_by("at", "id")


def letters(owner: User, *, status: str = "") -> QuerySet[Letter]:
    rows = Letter.objects.filter(owner=owner).select_related("touch", "message")
    if status:
        rows = rows.filter(status=status)
    return rows.order_by("-updated_at", "-pk")


def tokens_of(owner: User) -> list[PersonalAccessToken]:
    return list(PersonalAccessToken.objects.filter(owner=owner))
