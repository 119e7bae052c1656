"""When a planned touch is due and when it is overdue: the one rule every page, the API, the
digest, the calendar and the coach's figures use.

- A touch is due on its day, or on the day it was snoozed to.
- A thank-you has a window: it is overdue once its deadline has passed (09:00 the next business
  morning in the interviewer's timezone), not merely because its first day is over; a snoozed
  one is judged by the day it was snoozed to, like any other touch.
- Any other touch is overdue once its day has passed, in the user's timezone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class DueState:
    day: date  # the day it is to be done (snoozes included)
    due: bool  # due now: its day has come
    overdue: bool


def due_day(due_on: date, snoozed_until: date | None) -> date:
    """The day a touch is to be done: its date, or the later day it was snoozed to."""
    if snoozed_until is not None and snoozed_until > due_on:
        return snoozed_until
    return due_on


def due_state(*, due_on: date, deadline: datetime | None, snoozed_until: date | None,
              now: datetime, tz: ZoneInfo) -> DueState:
    today = now.astimezone(tz).date()
    day = due_day(due_on, snoozed_until)
    # A window's deadline decides, unless the user snoozed it to a day of their choosing.
    by_deadline = deadline is not None and snoozed_until is None
    overdue = deadline < now if by_deadline and deadline is not None else day < today
    return DueState(day=day, due=day <= today, overdue=overdue)
