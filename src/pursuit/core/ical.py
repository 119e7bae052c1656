"""The iCalendar text of one account: interviews as events, touches as to-dos.

Pure: frozen dataclasses in, bytes out; the caller passes the stamp time, nothing reads the
clock. Every timed value keeps the IANA zone it was reasoned in (an interview in its round's
zone, a thank-you deadline in the interviewer's), and the calendar carries one VTIMEZONE per
zone used, so a client converts it to its own display zone across daylight-saving changes.

Two parsers must read the result: the `icalendar` package and ical.js (Thunderbird's).
ical.js reads a TRIGGER as a duration unless it says `VALUE=DATE-TIME`, and then rejects an
absolute time, so absolute alarm triggers always carry that parameter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Todo

PRODID = "-//Pursuit//Pursuit calendar//EN"

# What each kind of touch is, as the title of a to-do ("Thank-you e-mail to Priya Raman").
_TITLES = {
    "thank_you_email": "Thank-you e-mail to {to}",
    "thank_you_letter": "Thank-you letter to {to}",
    "reference_alert": "Reference alert to {to}",
    "postal_letter": "Postal letter to {to}",
    "follow_up_call": "Follow-up call to {to}",
    "weekly_follow_up": "Weekly follow-up {medium} to {to}",
    "follow_up_after_reply": "Follow-up {medium} to {to} after their reply",
    "interview_preparation": "Prepare for the interview at {employer}",
}

_FORMATS = {"phone": "phone interview", "video": "video interview", "panel": "panel interview",
            "onsite": "on-site interview"}

# A thank-you window opens when the interview ends; the reminder comes a little later, once
# the user is out of the room, but never after the last hour before the deadline.
_THANK_YOU_NUDGE = timedelta(hours=1)
_INTERVIEW_WARNING = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Interview:
    """One interview round, as the calendar shows it."""

    id: int
    title: str  # "Data Engineer at Larchmont Analytics"
    round_number: int
    start: datetime  # aware
    end: datetime  # aware
    timezone: str  # the round's IANA zone: the event is written in it
    format: str = "onsite"
    location: str = ""
    people: tuple[str, ...] = ()  # "Priya Raman (VP, Research)"
    cancelled: bool = False
    url: str = ""


@dataclass(frozen=True, slots=True)
class TouchTodo:
    """One touch, as a to-do. A thank-you has a window (not_before, deadline); any other touch
    a day (`due_on`, or the later day it was snoozed to)."""

    id: int
    type: str
    to: str
    channel: str
    application: str  # "Data Engineer at Larchmont Analytics"
    employer: str
    due_on: date
    not_before: datetime | None = None
    deadline: datetime | None = None
    deadline_timezone: str = ""  # the zone the deadline was computed in (interviewer's/round's)
    snoozed_until: date | None = None
    round_number: int | None = None
    round_start: datetime | None = None
    round_timezone: str = ""
    week: int | None = None
    done_at: datetime | None = None
    held_until: date | None = None  # the person asked not to be contacted until then
    updated_at: datetime | None = None
    url: str = ""


@dataclass(frozen=True, slots=True)
class CalendarOwner:
    name: str
    timezone: str  # where alarms of dated to-dos ring: the start of the user's working day
    workday_start: time = time(9, 0)
    calendar_name: str = "Pursuit"


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b} {d.year}"


def _clock(moment: datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def _zone(name: str, fallback: str) -> ZoneInfo:
    return ZoneInfo(name or fallback)


def is_windowed(todo: TouchTodo) -> bool:
    """A thank-you keeps its (not_before, deadline) window unless it was snoozed to a day."""
    return todo.deadline is not None and not _snoozed(todo)


def _snoozed(todo: TouchTodo) -> bool:
    return todo.snoozed_until is not None and todo.snoozed_until > todo.due_on


def due_day(todo: TouchTodo) -> date:
    return todo.snoozed_until if _snoozed(todo) and todo.snoozed_until else todo.due_on


def todo_title(todo: TouchTodo) -> str:
    template = _TITLES.get(todo.type, "{kind} to {to}")
    medium = "call" if todo.channel == "phone" else "e-mail"
    return template.format(to=todo.to, employer=todo.employer, medium=medium,
                           kind=todo.type.replace("_", " ").capitalize())


def todo_why(todo: TouchTodo, owner_tz: ZoneInfo) -> str:
    """Why this touch is planned, in absolute dates (a feed is read on any later day)."""
    interview = "the interview"
    if todo.round_start is not None:
        local = todo.round_start.astimezone(_zone(todo.round_timezone, str(owner_tz)))
        interview = f"the interview on {_day(local.date())}"
        if todo.round_number and todo.round_number > 1:
            interview += f" (round {todo.round_number})"
    if todo.type in ("thank_you_email", "thank_you_letter"):
        text = f"Thank-you for {interview}"
        if todo.deadline is not None:
            zone = _zone(todo.deadline_timezone, str(owner_tz))
            local = todo.deadline.astimezone(zone)
            text += f", due by {_clock(local)} {_day(local.date())} ({zone.key} time"
            mine = todo.deadline.astimezone(owner_tz)
            if mine.utcoffset() != local.utcoffset():
                text += f"; {_clock(mine)} {_day(mine.date())} your time"
            text += ")"
        why = text
    elif todo.type == "follow_up_call":
        why = f"Follow-up call 5-7 days after {interview}"
    elif todo.type == "weekly_follow_up":
        why = f"Weekly follow-up, week {todo.week}" if todo.week else "Weekly follow-up"
    elif todo.type == "follow_up_after_reply":
        why = "They replied; time to follow up"
    elif todo.type == "reference_alert":
        why = f"They may get a call from {todo.employer}"
    elif todo.type == "postal_letter":
        why = "One postal letter helps you be remembered"
    elif todo.type == "interview_preparation":
        why = (f"Before {interview}: research each interviewer, prepare questions, "
               "and ask every interviewer for a business card")
    else:
        why = todo.type.replace("_", " ").capitalize()
    lines = [why + ".", todo.application]
    if todo.held_until is not None:
        lines.append(f"On hold: {todo.to} asked not to be contacted until "
                     f"{_day(todo.held_until)}.")
    return "\n".join(lines)


def alarm_time(todo: TouchTodo, owner: CalendarOwner) -> datetime:
    """When a to-do's reminder rings (UTC).

    A thank-you: an hour after the interview ends, but at least an hour before its deadline.
    Any other touch: at the start of the user's working day on its day, in the user's zone
    (so 9:00 stays 9:00 on both sides of a daylight-saving change).
    """
    if is_windowed(todo) and todo.deadline is not None:
        ring = todo.deadline - _INTERVIEW_WARNING
        if todo.not_before is not None:
            ring = min(todo.not_before + _THANK_YOU_NUDGE, ring)
            ring = max(ring, todo.not_before)
        return ring.astimezone(UTC)
    local = datetime.combine(due_day(todo), owner.workday_start, tzinfo=ZoneInfo(owner.timezone))
    return local.astimezone(UTC)


def _alarm(description: str, trigger: datetime | timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    if isinstance(trigger, datetime):
        # VALUE=DATE-TIME: without it ical.js reads the value as a duration and fails.
        alarm.add("trigger", trigger.astimezone(UTC), parameters={"VALUE": "DATE-TIME"})
    else:
        alarm.add("trigger", trigger)  # relative to the event's start
    return alarm


def _event(interview: Interview, stamp: datetime) -> Event:
    zone = ZoneInfo(interview.timezone)
    event = Event()
    event.add("uid", f"round-{interview.id}@pursuit")
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", interview.start.astimezone(zone))
    event.add("dtend", interview.end.astimezone(zone))
    kind = _FORMATS.get(interview.format, "interview")
    summary = f"Interview: {interview.title}"
    if interview.round_number > 1:
        summary += f" (round {interview.round_number})"
    event.add("summary", summary)
    lines = [f"Round {interview.round_number}, {kind}."]
    if interview.people:
        lines.append("With " + "; ".join(interview.people) + ".")
    lines.append("Ask every interviewer for a business card; thank each one by 9:00 the "
                 "next business morning.")
    event.add("description", "\n".join(lines))
    if interview.location:
        event.add("location", interview.location)
    if interview.url:
        event.add("url", interview.url)
    event.add("status", "CANCELLED" if interview.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if not interview.cancelled:
        event.add_component(_alarm(f"In an hour: {summary}", -_INTERVIEW_WARNING))
    return event


def _todo(todo: TouchTodo, owner: CalendarOwner, stamp: datetime) -> Todo:
    owner_tz = ZoneInfo(owner.timezone)
    item = Todo()
    item.add("uid", f"touch-{todo.id}@pursuit")
    item.add("dtstamp", stamp.astimezone(UTC))
    if todo.updated_at is not None:
        item.add("last-modified", todo.updated_at.astimezone(UTC))
    title = todo_title(todo)
    item.add("summary", title)
    item.add("description", todo_why(todo, owner_tz))
    if is_windowed(todo) and todo.deadline is not None:
        # Written in the zone the deadline was computed in: 9:00 in London stays 9:00 there.
        zone = _zone(todo.deadline_timezone, owner.timezone)
        if todo.not_before is not None and todo.not_before < todo.deadline:
            item.add("dtstart", todo.not_before.astimezone(zone))
        item.add("due", todo.deadline.astimezone(zone))
    else:
        item.add("due", due_day(todo))
    item.add("categories", ["Pursuit", todo.type.replace("_", " ")])
    if todo.url:
        item.add("url", todo.url)
    if todo.done_at is not None:
        item.add("status", "COMPLETED")
        item.add("completed", todo.done_at.astimezone(UTC))
        item.add("percent-complete", 100)
    else:
        item.add("status", "NEEDS-ACTION")
        item.add_component(_alarm(title, alarm_time(todo, owner)))
    return item


def _span(interviews: Sequence[Interview], todos: Sequence[TouchTodo],
          stamp: datetime) -> tuple[date, date]:
    """The dates the VTIMEZONEs must cover: everything in the calendar, with a year's margin
    (a VTIMEZONE from 1970 to 2038 would be most of the feed's size)."""
    days: list[date] = [stamp.date()]
    days += [i.start.date() for i in interviews] + [i.end.date() for i in interviews]
    days += [t.due_on for t in todos] + [t.deadline.date() for t in todos if t.deadline]
    days += [t.not_before.date() for t in todos if t.not_before]
    return min(days) - timedelta(days=366), max(days) + timedelta(days=366)


def build_calendar(interviews: Iterable[Interview], todos: Iterable[TouchTodo], *,
                   owner: CalendarOwner, stamp: datetime) -> bytes:
    """The whole calendar as iCalendar bytes (UTF-8, CRLF line ends, folded lines)."""
    interviews, todos = list(interviews), list(todos)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", owner.calendar_name)
    calendar.add("x-wr-calname", owner.calendar_name)
    calendar.add("x-wr-timezone", owner.timezone)
    # Subscribed clients poll: once an hour is plenty for a job search.
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    for interview in sorted(interviews, key=lambda i: (i.start, i.id)):
        calendar.add_component(_event(interview, stamp))
    for todo in sorted(todos, key=lambda t: (due_day(t), t.deadline or stamp, t.id)):
        calendar.add_component(_todo(todo, owner, stamp))
    first, last = _span(interviews, todos, stamp)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())
