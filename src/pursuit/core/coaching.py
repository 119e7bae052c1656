"""What a coach sees of each candidate: how well the follow-ups were kept, and who needs
attention first.

Pure: frozen facts in, figures out; `now` and the candidate's `today` are arguments.

The rules (the lead may copy them into docs/ for users and operators):

- **Window.** Adherence looks at the touches *due* in the last `WINDOW_DAYS` days up to
  today, in the candidate's timezone: recent enough to act on, long enough to hold a few
  rounds. Cancelled touches (the job was filled) and touches not yet due are not counted:
  they were never the candidate's to miss.
- **Thank-yous** are inside their window when `done_at <= deadline`, to the minute (the
  deadline is 09:00 on the next business day, R1). A thank-you *letter* has no deadline, only
  a date, and follows the dated rule below.
- **Every dated touch** (the 5-7 day call, weekly follow-ups, the postal letter) uses the
  charts page's rule, `core.networking.adherence_verdict`: on time when done on or before its
  local due date, late when done after, missed when skipped or still open after its day.
  For the call that is "done by the planned day", which is the end of its 5-7 day window (R4:
  the first business day from day 5); a call done before day 5 counts as on time, since the
  app only shows it from its day on. Weekly follow-ups get no grace day: the charts page shows
  the candidate the same touch as late, and a coach must not read a different verdict.
- **Overdue now** is the Today page's rule (`core.agenda`): a thank-you past its deadline, any
  other touch past its day (or the day it was snoozed to); touches to a paused person and those
  of closed applications (thank-yous excepted) are not overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pursuit.core.networking import LATE, MISSED, ON_TIME, TouchRecord, adherence_verdict

WINDOW_DAYS = 28

THANK_YOU_TYPES = ("thank_you_email", "thank_you_letter")
CALL_TYPES = ("follow_up_call",)
WEEKLY_TYPES = ("weekly_follow_up", "follow_up_after_reply")
LETTER_TYPES = ("postal_letter",)
GROUPS: dict[str, tuple[str, ...]] = {
    "thank_you": THANK_YOU_TYPES, "call": CALL_TYPES, "weekly": WEEKLY_TYPES,
    "letter": LETTER_TYPES,
}


def window_start(today: date) -> date:
    """The first due date the adherence window holds (today is its last)."""
    return today - timedelta(days=WINDOW_DAYS - 1)


def week_start(today: date) -> date:
    """Monday of the candidate's current week (networking minutes count from it)."""
    return today - timedelta(days=today.weekday())


@dataclass(frozen=True, slots=True)
class TouchFact:
    """One stored touch as the coach's figures see it."""

    type: str
    status: str  # planned, done, skipped, cancelled
    due_on: date  # the candidate's local date
    deadline: datetime | None = None  # a thank-you e-mail's window end
    done_at: datetime | None = None
    done_on: date | None = None  # done_at's date in the candidate's timezone


def verdict(fact: TouchFact, *, now: datetime, today: date) -> str | None:
    """ON_TIME, LATE or MISSED, or None when the touch does not count (see the module)."""
    if fact.status == "cancelled":
        return None
    if fact.type in THANK_YOU_TYPES and fact.deadline is not None:
        if fact.status == "done" and fact.done_at is not None:
            return ON_TIME if fact.done_at <= fact.deadline else LATE
        if fact.status == "skipped" or (fact.status == "planned" and fact.deadline < now):
            return MISSED
        return None
    return adherence_verdict(TouchRecord(fact.status, fact.due_on, fact.done_on), today)


@dataclass(frozen=True, slots=True)
class Counts:
    on_time: int = 0
    late: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.missed

    @property
    def done(self) -> int:
        """Done at all, on time or late (a letter mailed a day late was still mailed)."""
        return self.on_time + self.late

    @property
    def percent(self) -> int | None:
        """On time as a whole percentage, or None when nothing was due."""
        return round(100 * self.on_time / self.total) if self.total else None


@dataclass(frozen=True, slots=True)
class Adherence:
    thank_you: Counts = Counts()
    call: Counts = Counts()
    weekly: Counts = Counts()
    letter: Counts = Counts()

    @property
    def overall(self) -> Counts:
        parts = (self.thank_you, self.call, self.weekly, self.letter)
        return Counts(sum(p.on_time for p in parts), sum(p.late for p in parts),
                      sum(p.missed for p in parts))


def group_of(touch_type: str) -> str | None:
    for name, types in GROUPS.items():
        if touch_type in types:
            return name
    return None


def tally(facts: Iterable[TouchFact], *, now: datetime, today: date) -> Adherence:
    """Adherence over the window from per-touch facts (facts outside the window are ignored)."""
    first = window_start(today)
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in GROUPS}
    slot = {ON_TIME: 0, LATE: 1, MISSED: 2}
    for fact in facts:
        group = group_of(fact.type)
        if group is None or not first <= fact.due_on <= today:
            continue
        v = verdict(fact, now=now, today=today)
        if v is not None:
            counts[group][slot[v]] += 1
    return Adherence(**{name: Counts(*c) for name, c in counts.items()})


@dataclass(frozen=True, slots=True)
class Figures:
    """Everything the coach's dashboard shows of one candidate."""

    adherence: Adherence = Adherence()
    references_alerted: int = 0
    references_total: int = 0  # references given for open applications that have a round
    open_applications: int = 0
    pipeline_target: int = 5
    networking_minutes_week: int = 0
    overdue: int = 0
    # Placed (an accepted offer, career mode): when, where, and the search's figures.
    placed_on: date | None = None
    placed_at: str = ""  # "Data Engineer at Larchmont Analytics"
    days_to_offer: int | None = None  # from the first application of the search to the offer
    interviews: int = 0
    offers: int = 0

    @property
    def placed(self) -> bool:
        return self.placed_on is not None

    @property
    def interviews_per_offer(self) -> float | None:
        return round(self.interviews / self.offers, 1) if self.placed and self.offers else None

    @property
    def references_waiting(self) -> int:
        return self.references_total - self.references_alerted

    @property
    def pipeline_short(self) -> int:
        return max(self.pipeline_target - self.open_applications, 0)


@dataclass(frozen=True, slots=True)
class Attention:
    score: int
    reasons: tuple[str, ...] = field(default=())


# Points, so the ordering can be explained: an overdue touch is the most urgent (a closing
# window cannot be reopened), then a thin pipeline (no interviews next month), then the
# habits.
OVERDUE_POINTS, OVERDUE_CAP = 10, 50
PIPELINE_POINTS = 20  # for an empty pipeline, pro rata for a partly full one
NO_NETWORKING_POINTS = 10
ADHERENCE_POINTS = 20  # for nothing done on time, pro rata otherwise
REFERENCE_POINTS, REFERENCE_CAP = 5, 15


def attention(f: Figures) -> Attention:
    """How much a candidate needs their coach now (higher first), and why, in words. A placed
    candidate's search is over: only overdue thank-yous count, and they are listed as placed."""
    if f.placed_on is not None:
        return Attention(min(f.overdue * OVERDUE_POINTS, OVERDUE_CAP),
                         (f"placed {f.placed_on.day} {f.placed_on:%b %Y}: {f.placed_at}",))
    score = 0
    reasons: list[str] = []
    if f.overdue:
        score += min(f.overdue * OVERDUE_POINTS, OVERDUE_CAP)
        reasons.append(f"{f.overdue} overdue")
    if f.pipeline_short:
        score += round(PIPELINE_POINTS * f.pipeline_short / max(f.pipeline_target, 1))
        reasons.append(f"pipeline {f.open_applications} of {f.pipeline_target}")
    if f.references_waiting > 0:
        score += min(f.references_waiting * REFERENCE_POINTS, REFERENCE_CAP)
        reasons.append(f"{f.references_waiting} reference{'s' * (f.references_waiting != 1)}"
                       " not alerted")
    overall = f.adherence.overall
    if overall.total and overall.on_time < overall.total:
        score += round(ADHERENCE_POINTS * (overall.total - overall.on_time) / overall.total)
        if overall.percent is not None and overall.percent < 80:
            reasons.append(f"{overall.percent}% on time")
    if f.networking_minutes_week == 0:
        score += NO_NETWORKING_POINTS
        reasons.append("no networking this week")
    return Attention(score, tuple(reasons))


@dataclass(frozen=True, slots=True)
class Placements:
    """The placements among a coach's candidates: how many, the median days from first
    application to offer, and interviews per offer over all of them."""

    count: int
    median_days_to_offer: float | None
    interviews_per_offer: float | None


def placements(figures: Iterable[Figures]) -> Placements:
    placed = [f for f in figures if f.placed]
    days = sorted(f.days_to_offer for f in placed if f.days_to_offer is not None)
    median: float | None = None
    if days:
        middle = len(days) // 2
        median = float(days[middle]) if len(days) % 2 else (days[middle - 1] + days[middle]) / 2
    offers = sum(f.offers for f in placed)
    per_offer = round(sum(f.interviews for f in placed) / offers, 1) if offers else None
    return Placements(len(placed), median, per_offer)
