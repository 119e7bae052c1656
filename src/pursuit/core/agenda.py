"""Today's agenda: which touches are due or overdue now, in what order, and why.

Pure: the caller passes `now` and the user's timezone; nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pursuit.core.due import due_day, due_state

# What the user does for each kind of touch, in words.
ACTIONS = {
    "thank_you_email": "Send a thank-you e-mail",
    "thank_you_letter": "Mail a thank-you letter",
    "reference_alert": "Alert your reference",
    "postal_letter": "Mail a letter",
    "follow_up_call": "Call",
    "weekly_follow_up": "Follow up",
    "follow_up_after_reply": "Follow up after their reply",
    "interview_preparation": "Prepare for the interview",
    "apply_by": "Apply before the posting closes",
    "withdrawal_note": "Send your withdrawal note to",
    "thanks_after_offer": "Thank",
    "announcement": "Tell your news to",
}

#: The one reason the planner makes a follow-up call an e-mail (cadence: e-mail only).
INSTEAD_OF_A_CALL = "instead of a call: the employer prefers e-mail"

# How a touch reaches its person, after their name on the command line.
_CHANNEL_WORDS = {"email": "by e-mail", "post": "by post"}

# The word that joins an action to the person's name on the command line, where the action
# alone does not end with one ("Send a thank-you e-mail" + "to" + "Dana Reyes").
_BEFORE_NAME = {"thank_you_email": "to", "thank_you_letter": "to", "postal_letter": "to",
                "weekly_follow_up": "with"}

# Actions whose words already say the channel.
_ACTION_CHANNEL = {"thank_you_email": "email", "thank_you_letter": "post", "postal_letter": "post"}

# Touches for the user themself: no person to name.
_OWN_TASKS = frozenset({"interview_preparation", "apply_by"})

# Lower sorts first: a window that closes soon beats a dated touch of the same day.
_URGENCY = {
    "thank_you_email": 0, "thank_you_letter": 1, "interview_preparation": 2,
    "follow_up_call": 3, "reference_alert": 4, "follow_up_after_reply": 5,
    "weekly_follow_up": 6, "postal_letter": 7, "apply_by": 1,
}


@dataclass(frozen=True, slots=True)
class AgendaTouch:
    """What the agenda needs to know of one stored touch."""

    id: int
    type: str
    channel: str
    to: str
    application: str
    due_on: date
    deadline: datetime | None = None
    round_number: int | None = None
    round_start: datetime | None = None
    round_format: str | None = None
    week: int | None = None
    snoozed_until: date | None = None
    paused_until: date | None = None
    closes_on: date | None = None  # the posting's closing date (an "apply by" reminder)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    touch: AgendaTouch
    due: date
    overdue: bool
    held: bool
    why: str

    def to_json(self, tz: ZoneInfo) -> dict[str, object]:
        t = self.touch
        return {
            "id": t.id, "type": t.type, "to": t.to, "channel": t.channel,
            "due": self.due.isoformat(), "overdue": self.overdue,
            "deadline": t.deadline.astimezone(tz).isoformat() if t.deadline else None,
            "application": t.application, "why": self.why, "action": ACTIONS.get(t.type, ""),
        }


def action_words(type_: str, channel: str) -> str:
    """What to do, in words that match the channel: a follow-up call to an employer who
    prefers e-mail is an e-mail, a weekly follow-up by phone is a call."""
    if channel == "phone":
        return "Call"
    if type_ == "follow_up_call":
        return "Follow up by e-mail with"
    return ACTIONS.get(type_, "Do it")


def channel_note(touch: AgendaTouch) -> str:
    """Why the channel is not the one the kind of touch suggests, or ""."""
    if touch.type == "follow_up_call" and touch.channel != "phone":
        return INSTEAD_OF_A_CALL
    return ""


def headline(touch: AgendaTouch) -> str:
    """One line of what to do and with whom, for the command line: "Follow up by e-mail with
    Dana Reyes (instead of a call: the employer prefers e-mail)", "Prepare for the interview"."""
    action = action_words(touch.type, touch.channel)
    if touch.type in _OWN_TASKS:
        return action
    how = channel_note(touch) or _CHANNEL_WORDS.get(touch.channel, "")
    if _ACTION_CHANNEL.get(touch.type) == touch.channel:
        how = ""  # "Mail a letter to Dana Reyes", not "... (by post)" as well
    if touch.type == "follow_up_after_reply" and touch.channel != "phone":
        line = f"Follow up with {touch.to} after their reply"
    else:
        joiner = _BEFORE_NAME.get(touch.type, "") if touch.channel != "phone" else ""
        line = " ".join(part for part in (action, joiner, touch.to) if part)
    return line + (f" ({how})" if how else "")


def effective_due(touch: AgendaTouch) -> date:
    """The day a touch is to be done: its date, or the day it was snoozed to."""
    return due_day(touch.due_on, touch.snoozed_until)


def day_words(day: date, today: date) -> str:
    """A date as a person says it: today, tomorrow, yesterday, Wednesday, or Mon 3 Nov."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if -6 <= delta < 0:
        return f"last {day:%A}"
    if 0 < delta <= 6:
        return day.strftime("%A")
    return f"{day:%a} {day.day} {day:%b}" + ("" if day.year == today.year else f" {day.year}")


def time_words(moment: datetime) -> str:
    """9:00, 14:30: a 24-hour clock reads the same everywhere."""
    return f"{moment.hour}:{moment.minute:02d}"


def _round_words(touch: AgendaTouch, tz: ZoneInfo, today: date) -> str:
    if touch.round_start is None:
        return "your interview"
    day = touch.round_start.astimezone(tz).date()
    when = day_words(day, today)
    kind = {"phone": "phone interview", "video": "video interview", "panel": "panel",
            "onsite": "interview"}.get(touch.round_format or "", "interview")
    if when in ("today", "yesterday", "tomorrow"):
        return f"{when}'s {kind}"
    if when.startswith("last "):
        return f"{when[5:]}'s {kind}"
    return f"the {kind} on {when}"


def why(touch: AgendaTouch, now: datetime, tz: ZoneInfo) -> str:
    """One line on why this touch is due, in the user's words and timezone."""
    today = now.astimezone(tz).date()
    if touch.type in ("thank_you_email", "thank_you_letter"):
        text = f"thank-you for {_round_words(touch, tz, today)}"
        if touch.deadline is not None:
            local = touch.deadline.astimezone(tz)
            text += f", due by {time_words(local)} {day_words(local.date(), today)}"
        return text
    if touch.type == "follow_up_call":
        kind = "follow-up call" if touch.channel == "phone" else "follow-up"
        return f"{kind} 5-7 days after {_round_words(touch, tz, today)}"
    if touch.type == "weekly_follow_up":
        return f"weekly follow-up, week {touch.week}" if touch.week else "weekly follow-up"
    if touch.type == "follow_up_after_reply":
        return "they replied; time to follow up"
    if touch.type == "reference_alert":
        return f"{touch.application}: they may get a call from the employer"
    if touch.type == "postal_letter":
        return "one postal letter helps you be remembered"
    if touch.type == "apply_by":
        closes = f", which closes {day_words(touch.closes_on, today)}" if touch.closes_on else ""
        return f"{touch.application}: apply before the posting{closes}"
    if touch.type == "interview_preparation":
        return f"{_round_words(touch, tz, today)}: research each interviewer, prepare questions"
    return touch.type.replace("_", " ")


def build_agenda(touches: list[AgendaTouch], *, now: datetime, tz: ZoneInfo) -> list[AgendaItem]:
    """Touches due today or overdue as of `now`, most urgent first.

    Due and overdue follow `core.due` (the rule every page shares). Touches to a paused person
    are kept but flagged `held`, and sort last.
    """
    today = now.astimezone(tz).date()
    items = []
    for touch in touches:
        state = due_state(due_on=touch.due_on, deadline=touch.deadline,
                          snoozed_until=touch.snoozed_until, now=now, tz=tz)
        if not state.due:
            continue
        held = touch.paused_until is not None and touch.paused_until >= today
        items.append(AgendaItem(touch, state.day, state.overdue, held, why(touch, now, tz)))
    items.sort(key=lambda i: (i.held, not i.overdue, i.due,
                              i.touch.deadline or datetime.max.replace(tzinfo=tz),
                              _URGENCY.get(i.touch.type, 9), i.touch.id))
    return items


def is_due_soon(deadline: datetime, now: datetime) -> bool:
    """A window that closes within a day is worth a warning colour."""
    return now <= deadline <= now + timedelta(days=1)
