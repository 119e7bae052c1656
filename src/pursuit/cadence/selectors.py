"""Reads about touches: the agenda."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.core.agenda import AgendaItem, AgendaTouch, build_agenda


def open_touches(owner: User) -> QuerySet[Touch]:
    return Touch.objects.filter(owner=owner, status=Touch.Status.PLANNED)


def agenda_for(owner: User, *, now: datetime) -> list[AgendaItem]:
    """Today's and overdue touches of one account, most urgent first (one query)."""
    tz = ZoneInfo(owner.timezone)
    today = now.astimezone(tz).date()
    rows = (
        open_touches(owner)
        .filter(due_on__lte=today)
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
