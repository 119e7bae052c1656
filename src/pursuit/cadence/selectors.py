"""Reads about touches: the agenda."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch, TouchType
from pursuit.core.agenda import AgendaItem, AgendaTouch, build_agenda
from pursuit.pipeline.models import OPEN_STAGES

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
        )
        for t in rows
    ]
    return build_agenda(touches, now=now, tz=tz)
