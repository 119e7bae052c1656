"""Reads behind the API's lists: one queryset per resource, always filtered by the owner.

Each list is a count and one page (plus a fixed number of prefetches), whatever the size of
the account: `page()` slices in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Prefetch, QuerySet

from pursuit.accounts.models import User
from pursuit.api.models import PersonalAccessToken
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.contacts.selectors import contacts_matching
from pursuit.letters.models import Letter
from pursuit.pipeline.models import Application, Event, Interviewer, Round
from pursuit.pipeline.selectors import applications_matching


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any]
    count: int
    limit: int
    offset: int


def page(rows: QuerySet[Any], *, limit: int, offset: int) -> Page:
    return Page(list(rows[offset:offset + limit]), rows.count(), limit, offset)


def contacts(owner: User, *, query: str = "") -> QuerySet[Contact]:
    """The contacts page's matching (`contacts_matching`), with what the API shows of each."""
    return (contacts_matching(owner, query).prefetch_related("emails", "phones")
            .order_by("full_name", "pk"))


def applications(owner: User, *, stage: str = "", query: str = "") -> QuerySet[Application]:
    """The applications page's matching (`applications_matching`)."""
    return (applications_matching(owner, stage=stage, query=query)
            .select_related("employer", "referred_by", "recruiter").order_by("-updated_at", "-pk"))



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
    rows = Letter.objects.filter(owner=owner).select_related("touch__message")
    if status:
        rows = rows.filter(status=status)
    return rows.order_by("-updated_at", "-pk")


def tokens_of(owner: User) -> list[PersonalAccessToken]:
    return list(PersonalAccessToken.objects.filter(owner=owner))
