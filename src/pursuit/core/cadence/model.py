"""What the cadence planner reads and what it returns: frozen values and their vocabulary.

The Django side builds these from its rows (`to_core()`); `pursuit plan` builds them from a
scenario file (`pursuit.core.scenario`). Times are aware datetimes; dates are local dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

# --- touch types (cadence.md, "Words") -------------------------------------------------------
THANK_YOU_EMAIL: Final = "thank_you_email"
THANK_YOU_LETTER: Final = "thank_you_letter"
REFERENCE_ALERT: Final = "reference_alert"
POSTAL_LETTER: Final = "postal_letter"
FOLLOW_UP_CALL: Final = "follow_up_call"
WEEKLY_FOLLOW_UP: Final = "weekly_follow_up"
FOLLOW_UP_AFTER_REPLY: Final = "follow_up_after_reply"
INTERVIEW_PREPARATION: Final = "interview_preparation"
#: The candidate's own reminder to apply before a posting closes (Pursuit's addition: cadence.md
#: plans from the first round on; docs/cadence.md says why and when).
APPLY_BY: Final = "apply_by"

#: Touches that R7 cancels after a stopping event and that the follow-up sequences produce.
FOLLOW_UP_TYPES: Final = frozenset({FOLLOW_UP_CALL, WEEKLY_FOLLOW_UP, FOLLOW_UP_AFTER_REPLY})

# --- channels --------------------------------------------------------------------------------
EMAIL: Final = "email"
PHONE: Final = "phone"
POST: Final = "post"
#: The candidate's own to-do item (interview preparation) goes through no channel to anyone.
TASK: Final = "task"

# --- the employer's preferred channel ------------------------------------------------------------
NO_PREFERENCE: Final = "no_preference"
PREFERS_EMAIL: Final = "email"
PREFERS_PHONE: Final = "phone"
PREFERS_MAIL: Final = "mail"
PREFERRED_CHANNELS: Final = (NO_PREFERENCE, PREFERS_EMAIL, PREFERS_PHONE, PREFERS_MAIL)

# --- rounds ----------------------------------------------------------------------------------
SCHEDULED: Final = "scheduled"
HELD: Final = "held"
CANCELLED: Final = "cancelled"
RESCHEDULED: Final = "rescheduled"
NO_SHOW: Final = "no_show"
ROUND_STATUSES: Final = (SCHEDULED, HELD, CANCELLED, RESCHEDULED, NO_SHOW)
#: Rounds with these statuses plan nothing and count for nothing, as if absent.
ABSENT_STATUSES: Final = frozenset({CANCELLED, NO_SHOW})

INTERVIEWER: Final = "interviewer"
RECRUITER: Final = "recruiter"
COORDINATOR: Final = "coordinator"
ROLES: Final = (INTERVIEWER, RECRUITER, COORDINATOR)

# --- events (R7) -----------------------------------------------------------------------------
INTERVIEWER_REPLIED: Final = "interviewer_replied"
STOPPING_EVENTS: Final = frozenset(
    {"job_filled", "job_closed", "offer_received", "candidate_withdrew", "rejected"}
)
#: What cancelled a touch, as the user reads it after "by": the event, not its code.
STOP_WORDS: Final = {
    "job_filled": "the job being filled",
    "job_closed": "the job closing",
    "offer_received": "the offer you received",
    "candidate_withdrew": "your withdrawal",
    "rejected": "the employer's rejection",
}
EVENT_TYPES: Final = (
    INTERVIEWER_REPLIED,
    "job_filled",
    "job_closed",
    "offer_received",
    "candidate_withdrew",
    "rejected",
)

#: `recipient_key` of touches meant for the candidate themself.
SELF: Final = "self"


@dataclass(frozen=True, slots=True)
class Interviewer:
    """One person met in a round. `key` identifies the person across rounds."""

    key: str
    name: str
    email: str | None
    timezone: str | None
    hiring_manager: bool = False
    role: str = INTERVIEWER


@dataclass(frozen=True, slots=True)
class Round:
    """One interview. `start`/`end` are aware; `timezone` is the round's IANA zone."""

    key: str
    number: int
    start: dt.datetime
    end: dt.datetime
    timezone: str
    interviewers: tuple[Interviewer, ...]
    status: str = HELD


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference; `alerted_on` is set when they were already alerted for this application."""

    key: str
    name: str
    email: str | None
    alerted_on: dt.date | None


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened to the application (R7); `at` is aware.

    `key` names a stored event (the app passes its id). The follow-ups planned after a reply
    are keyed by it, so a reply dated before one already recorded (an old e-mail read late)
    cannot renumber the later reply's follow-ups. Without a key (a `pursuit plan` scenario,
    planned whole each time) replies are numbered in time order.
    """

    type: str
    at: dt.datetime
    by: str | None = None
    summary: str | None = None
    decision_expected_by: dt.date | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Application:
    """One job at one employer, with everything the planner reads."""

    key: str
    preferred_channel: str
    mailing_address: str | None
    rounds: tuple[Round, ...]
    references: tuple[Reference, ...]
    events: tuple[Event, ...]
    #: The posting's closing date (schema.org `validThrough`), and whether the candidate has
    #: applied yet: a closing date of a job not yet applied for plans an "apply by" reminder.
    closing_on: dt.date | None = None
    applied: bool = True


@dataclass(frozen=True, slots=True)
class PlannedTouch:
    """One planned action toward one person.

    `key` is stable: the same inputs give the same keys, and a touch keeps its key when only
    its date moves, so the database can diff one plan against the next. A thank-you e-mail has
    a window (`not_before`, `deadline`, aware, in the zone they were computed in) and no
    `date`; every other touch has a `date` (a local date).
    """

    key: str
    type: str
    recipient_key: str
    recipient_name: str
    channel: str
    round: int | None
    date: dt.date | None
    not_before: dt.datetime | None
    deadline: dt.datetime | None
    week: int | None = None
    address: str | None = None
    cancelled_by: str | None = None

    @property
    def sort_date(self) -> dt.date:
        """The day the touch belongs to: its `date`, else `not_before`'s date in its own zone."""
        if self.date is not None:
            return self.date
        if self.not_before is not None:
            return self.not_before.date()
        raise ValueError(f"touch {self.key} has neither a date nor a window")


@dataclass(frozen=True, slots=True)
class Plan:
    """The planner's answer.

    `touches` are what to do, sorted by day; `cancelled` are the follow-ups a stopping event
    cancelled (up to the horizon), each with `cancelled_by`; `warnings` are
    "code: explanation" strings for the user.
    """

    touches: tuple[PlannedTouch, ...]
    cancelled: tuple[PlannedTouch, ...]
    warnings: tuple[str, ...]
