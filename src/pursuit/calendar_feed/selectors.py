"""Reads for the calendar: who a feed token belongs to, and one account's calendar.

The calendar costs three queries whatever the size of the account: rounds (with their
application and employer), their interviewers (with the contact), and touches (with
application, employer, round and contact).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Prefetch, Q

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.calendar_feed.models import FeedToken
from pursuit.calendar_feed.services import hash_token
from pursuit.core.ical import CalendarOwner, Interview, TouchTodo, build_calendar
from pursuit.core.timezones import zone_or
from pursuit.pipeline.models import Interviewer, Round

# How far back the calendar reaches; everything ahead is always in it. Old history only
# makes a subscribed client slower to refresh.
HISTORY = timedelta(days=60)

Linker = Callable[[str, int], str]
"""Makes an absolute URL for ("touch", id) or ("application", id); "" when there is none."""


def owner_for_token(token: str) -> User | None:
    """The active account whose current feed token this is, or None."""
    digest = hash_token(token)
    row = FeedToken.objects.select_related("owner").filter(token_hash=digest).first()
    # The lookup already matched; compare_digest keeps the final check constant-time anyway.
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row.owner if row.owner.is_active else None


def feed_token_for(owner: User) -> FeedToken | None:
    return FeedToken.objects.filter(owner=owner).first()


def _no_link(kind: str, pk: int) -> str:
    return ""


def interviews_for(owner: User, *, now: datetime, link: Linker = _no_link) -> list[Interview]:
    """Rounds that ended in the last 60 days or lie ahead (two queries)."""
    people = Interviewer.objects.select_related("contact").order_by("position", "id")
    rounds = (Round.objects.filter(owner=owner, end__gte=now - HISTORY)
              .select_related("application__employer")
              .prefetch_related(Prefetch("interviewers", queryset=people))
              .order_by("start", "id"))
    result = []
    for r in rounds:
        application = r.application
        result.append(Interview(
            id=r.pk, title=f"{application.role} at {application.employer.name}",
            round_number=r.number, start=r.start, end=r.end, timezone=r.timezone,
            format=r.format, location=r.location,
            people=tuple(
                f"{i.contact.full_name} ({i.contact.title})" if i.contact.title
                else i.contact.full_name
                for i in r.interviewers.all()
            ),
            cancelled=r.status == Round.Status.CANCELLED,
            url=link("application", application.pk),
        ))
    return result


def touches_for(owner: User, *, now: datetime, link: Linker = _no_link) -> list[TouchTodo]:
    """Planned and done touches of the last 60 days and ahead (one query). Skipped and
    cancelled ones are left out: a subscribed client then drops them."""
    user_tz = owner.timezone
    since = now.astimezone(ZoneInfo(user_tz)).date() - HISTORY
    rows = (Touch.objects.filter(owner=owner,
                                 status__in=[Touch.Status.PLANNED, Touch.Status.DONE])
            .filter(Q(due_on__gte=since) | Q(snoozed_until__gte=since))
            .select_related("application__employer", "round", "contact")
            .order_by("due_on", "id"))
    result = []
    for t in rows:
        application, round_, contact = t.application, t.round, t.contact
        round_tz = zone_or(round_.timezone if round_ else "", user_tz)
        paused = contact.paused_until if contact else None
        result.append(TouchTodo(
            id=t.pk, type=t.type, to=t.recipient_name, channel=t.channel,
            application=f"{application.role} at {application.employer.name}",
            employer=application.employer.name, due_on=t.due_on,
            not_before=t.not_before, deadline=t.deadline,
            # The planner computes a thank-you deadline in the interviewer's own zone when
            # they have one (cadence.md, R1), else in the round's: write it back in that zone.
            deadline_timezone=zone_or(contact.timezone if contact else "", round_tz),
            snoozed_until=t.snoozed_until,
            round_number=round_.number if round_ else None,
            round_start=round_.start if round_ else None, round_timezone=round_tz,
            week=t.week,
            done_at=(t.done_at or t.updated_at) if t.status == Touch.Status.DONE else None,
            held_until=paused if paused and paused >= t.due_on else None,
            updated_at=t.updated_at, url=link("touch", t.pk),
        ))
    return result


def workday_start(owner: User) -> time:
    """The user's start of day as a time (an unsaved default is still the string "09:00")."""
    value: object = owner.workday_start
    return value if isinstance(value, time) else time.fromisoformat(str(value))


def calendar_owner(owner: User) -> CalendarOwner:
    name = owner.full_name or owner.email
    return CalendarOwner(name=name, timezone=owner.timezone, workday_start=workday_start(owner),
                         calendar_name=f"Pursuit: {name}")


def calendar_for(owner: User, *, now: datetime, link: Linker = _no_link) -> bytes:
    """The account's whole calendar as iCalendar bytes."""
    return build_calendar(interviews_for(owner, now=now, link=link),
                          touches_for(owner, now=now, link=link),
                          owner=calendar_owner(owner), stamp=now)
