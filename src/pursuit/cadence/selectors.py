"""Reads about touches: the agenda, the board and an application with its timeline, a contact
with its history."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch, TouchType
from pursuit.contacts.models import Contact
from pursuit.core.agenda import AgendaItem, AgendaTouch, build_agenda
from pursuit.outbox.models import Message
from pursuit.outbox.selectors import outbox_for
from pursuit.pipeline.models import (
    OPEN_STAGES,
    Application,
    ApplicationReference,
    Event,
    Interviewer,
    Round,
)
from pursuit.pipeline.selectors import COLUMNS, Column, applications_matching

THANK_YOU_TYPES = (TouchType.THANK_YOU_EMAIL, TouchType.THANK_YOU_LETTER)


def open_touches(owner: User) -> QuerySet[Touch]:
    return Touch.objects.filter(owner=owner, status=Touch.Status.PLANNED)


def agenda_for(owner: User, *, now: datetime) -> list[AgendaItem]:
    """Today's and overdue touches of one account, most urgent first (one query)."""
    tz = ZoneInfo(owner.timezone)
    today = now.astimezone(tz).date()
    rows = (
        open_touches(owner)
        .filter(due_on__lte=today)
        # Once an application has ended, calling or writing about the job makes no sense any
        # more; a thank-you for an interview that was held is still owed ("don't ever fail to
        # send a thank you"), so it stays.
        .filter(Q(application__stage__in=OPEN_STAGES) | Q(type__in=THANK_YOU_TYPES))
        .select_related("application__employer", "round", "contact")
        .order_by("due_on", "id")
    )
    touches = [
        AgendaTouch(
            id=t.pk, type=t.type, channel=t.channel, to=t.recipient_name,
            application=f"{t.application.role} at {t.application.employer.name}",
            due_on=t.due_on, deadline=t.deadline,
            round_number=t.round.number if t.round else None,
            round_start=t.round.start if t.round else None,
            round_format=t.round.format if t.round else None, week=t.week,
            snoozed_until=t.snoozed_until,
            paused_until=t.contact.paused_until if t.contact else None,
            closes_on=t.application.closing_on,
        )
        for t in rows
    ]
    return build_agenda(touches, now=now, tz=tz)


# --- A contact with its history (the contact page) ------------------------------------------

def contact_detail(owner: User, contact_id: int) -> Contact:
    """One contact with details, sources, touches, rounds met in, references and referrals."""
    queryset = Contact.objects.filter(owner=owner).select_related("organization").prefetch_related(
        "emails", "phones", "addresses", "sources",
        Prefetch("touches", queryset=Touch.objects.select_related("application__employer")
                 .order_by("-due_on", "-id")),
        Prefetch("interviews", queryset=Interviewer.objects.select_related(
            "round__application__employer").order_by("-round__start")),
        Prefetch("reference_for__uses", queryset=ApplicationReference.objects.select_related(
            "application__employer")),
        Prefetch("referrals", queryset=Application.objects.select_related("employer")),
    )
    return get_object_or_404(queryset, pk=contact_id)


def contacts_of_touches(owner: User, touch_ids: list[int]) -> dict[int, Contact]:
    """The contact behind each touch (with phones and e-mails), keyed by touch id: 3 queries."""
    pairs = dict(Touch.objects.filter(owner=owner, pk__in=touch_ids, contact__isnull=False)
                 .values_list("pk", "contact_id"))
    contacts = Contact.objects.filter(owner=owner, pk__in=set(pairs.values())).prefetch_related(
        "phones", "emails")
    by_id = {c.pk: c for c in contacts}
    return {touch_id: by_id[contact_id] for touch_id, contact_id in pairs.items()
            if contact_id in by_id}


# --- The board and one application with its timeline ----------------------------------------

def _with_card_facts(applications: QuerySet[Application]) -> QuerySet[Application]:
    """Annotate what a card shows: the next planned touch (its day, deadline and snooze, for
    `core.due`'s one rule of due and overdue) and the number of rounds."""
    next_touch = (Touch.objects.filter(application=OuterRef("pk"), status=Touch.Status.PLANNED)
                  .order_by(Coalesce("snoozed_until", "due_on"), "deadline", "id"))
    rounds = (Round.objects.filter(application=OuterRef("pk")).order_by()
              .values("application").annotate(n=Count("pk")).values("n"))
    return applications.select_related("employer").annotate(
        next_due=Subquery(next_touch.values("due_on")[:1]),
        next_deadline=Subquery(next_touch.values("deadline")[:1]),
        next_snoozed=Subquery(next_touch.values("snoozed_until")[:1]),
        round_count=Coalesce(Subquery(rounds, output_field=IntegerField()), 0),
    )


def board_columns(owner: User, *, per_column: int = 30) -> list[Column]:
    """The board: each column's most recently changed cards (up to `per_column`, half as many
    for the closed ones, which the list page shows in full) and its total.

    One query per column and one for the totals: fixed, so a heavy account costs the same
    number of queries as a small one.
    """
    totals = dict(Application.objects.filter(owner=owner).order_by().values_list("stage")
                  .annotate(n=Count("pk")).values_list("stage", "n"))
    columns = []
    for spec in COLUMNS:
        cards = list(_with_card_facts(
            Application.objects.filter(owner=owner, stage__in=spec.stages)
        ).order_by("-updated_at", "-pk")[:per_column if spec.key != "closed" else per_column // 2])
        columns.append(Column(spec, cards, sum(totals.get(s, 0) for s in spec.stages)))
    return columns


def application_list(owner: User, *, stage: str = "", query: str = "",
                     limit: int = 200) -> list[Application]:
    rows = applications_matching(owner, stage=stage, query=query)
    return list(_with_card_facts(rows).order_by("-updated_at", "-pk")[:limit])


def application_detail(owner: User, application_id: int) -> Application:
    """One application with its rounds, interviewers, references, events and touches."""
    interviewers = Interviewer.objects.select_related("contact").order_by("position", "id")
    queryset = Application.objects.filter(owner=owner).select_related(
        "employer", "referred_by", "recruiter",
    ).prefetch_related(
        Prefetch("rounds", queryset=Round.objects.order_by("start", "number")),
        Prefetch("rounds__interviewers", queryset=interviewers),
        Prefetch("references", queryset=ApplicationReference.objects.select_related(
            "reference__contact")),
        Prefetch("events", queryset=Event.objects.select_related("by").order_by("at", "id")),
        # On one day, a touch with a time comes before one without: said outright, since
        # SQLite sorts NULL first and PostgreSQL last (the timeline differed between them).
        Prefetch("touches", queryset=Touch.objects.select_related("round")
                 .order_by("due_on", F("not_before").asc(nulls_last=True), "id")),
    )
    return get_object_or_404(queryset, pk=application_id)


# --- The outbox with each message's application ---------------------------------------------

def outbox_messages(owner: User, *, limit: int = 200) -> QuerySet[Message]:
    """The outbox page's list: each message with the application of its touch, if any."""
    return outbox_for(owner).select_related("touch__application__employer")[:limit]
