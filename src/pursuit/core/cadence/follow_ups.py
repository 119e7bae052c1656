"""R4-R6 and the re-planning of R7's `interviewer_replied`: the follow-ups after a round.

Both the R4/R5 rhythm and the rhythm after a reply have one shape, a `Rhythm`: step i falls on
`on_or_after(anchor + 7 i)`. For R4/R5 the anchor is the call's date (`on_or_after(round date
+ 5)`), so step 0 is the call and step k is week k; after a reply the anchor is `N0`. Every
step is computed from the anchor, never from the step before it, which is what keeps the
nominal dates anchored when a holiday moves one week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pursuit.core.business_days import on_or_after
from pursuit.core.cadence.model import (
    EMAIL,
    FOLLOW_UP_AFTER_REPLY,
    FOLLOW_UP_CALL,
    PHONE,
    WEEKLY_FOLLOW_UP,
    Interviewer,
    PlannedTouch,
)
from pursuit.core.cadence.timeline import DatedEvent, RoundInPlay

_WEEK = dt.timedelta(days=7)
_CALL_DELAY = dt.timedelta(days=5)  # "within five to seven days after the interview"
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FollowUpSettings:
    """What every round's follow-ups share within one planning run."""

    holidays: frozenset[dt.date]
    horizon_end: dt.date
    done_keys: frozenset[str]
    email_only: bool  # the employer prefers e-mail


@dataclass(frozen=True, slots=True)
class Rhythm:
    """A weekly rhythm of follow-ups; `reply_ordinal` 0 is a round's own R4/R5 rhythm."""

    anchor: dt.date
    first_channel: str
    email_only: bool
    round_key: str
    reply_ordinal: int = 0
    reply_key: str = ""

    def date_of(self, step: int, holidays: frozenset[dt.date]) -> dt.date:
        """The date of step `step` (0 = the call, or the follow-up after the reply)."""
        return on_or_after(self.anchor + _WEEK * step, holidays)

    def channel_of(self, step: int) -> str:
        """Channels alternate from the first one; all e-mail when the employer prefers it."""
        if self.email_only:
            return EMAIL
        if step % 2 == 0:
            return self.first_channel
        return PHONE if self.first_channel == EMAIL else EMAIL

    def key_of(self, step: int) -> str:
        """The stable key of step `step`."""
        if self.reply_ordinal:
            return f"after_reply:{self.reply_key or self.reply_ordinal}:j{step}"
        if step == 0:
            return f"follow_up_call:{self.round_key}"
        return f"weekly:{self.round_key}:w{step}"

    def type_of(self, step: int) -> str:
        """The touch type of step `step`."""
        if step > 0:
            return WEEKLY_FOLLOW_UP
        return FOLLOW_UP_AFTER_REPLY if self.reply_ordinal else FOLLOW_UP_CALL

    def first_step_on_or_after(self, day: dt.date, holidays: frozenset[dt.date]) -> int:
        """The first step dated on or after `day`, horizon or not (the rhythm is endless)."""
        # Step i is never before anchor + 7i, so steps from `day`'s week on are a good first
        # guess; a run of holidays can push earlier steps past `day` too, hence the walk back.
        step = max(0, (day - self.anchor).days // 7)
        while step > 0 and self.date_of(step - 1, holidays) >= day:
            step -= 1
        while self.date_of(step, holidays) < day:
            step += 1
        return step


def round_follow_ups(
    rip: RoundInPlay,
    recipient: Interviewer,
    replies: Sequence[DatedEvent],
    settings: FollowUpSettings,
) -> list[PlannedTouch]:
    """The call, weekly follow-ups and follow-ups after replies of one round.

    Steps dated on or after the next round's date are not planned (R6); a reply removes the
    steps dated on or after its date `E` and starts a new rhythm at `N0` (R7). Weekly steps
    stop at the horizon. Done touches are kept even where they would be cut or removed, and
    so are the done follow-ups of a reply that came after the stop (`after_stop`).
    """
    holidays = settings.holidays
    rhythm = Rhythm(
        anchor=on_or_after(rip.date + _CALL_DELAY, holidays),
        first_channel=EMAIL if settings.email_only else PHONE,
        email_only=settings.email_only,
        round_key=rip.round.key,
    )
    touches: list[PlannedTouch] = []
    # In time order, the replies after the stop come after all the others.
    live = [reply for reply in replies if not reply.after_stop]
    late = [reply for reply in replies if reply.after_stop]
    for reply in live:
        cut = _earlier(reply.local_date, rip.next_round_date)
        touches.extend(_steps(rhythm, cut, rip, recipient, settings))
        rhythm = _replanned(rhythm, reply, settings)
    touches.extend(_steps(rhythm, rip.next_round_date, rip, recipient, settings))
    if late and settings.done_keys:
        # Replies after the stop re-plan nothing, and the stop cancels what follows it. But a
        # follow-up already carried out after such a reply (the stop was recorded later, with
        # an earlier date) is history: walk on through those replies exactly as if there were
        # no stop, so that it keeps its key, date and channel, and keep the done steps alone.
        done = settings.done_keys
        for reply in late:
            rhythm = _replanned(rhythm, reply, settings)
            touches.extend(
                t for t in _steps(rhythm, None, rip, recipient, settings) if t.key in done
            )
    return touches


def _replanned(rhythm: Rhythm, reply: DatedEvent, settings: FollowUpSettings) -> Rhythm:
    """R7: the rhythm that follows `reply`, which removed `rhythm`'s steps from its date on."""
    # "Channels carry on the removed sequence": the first removed step's channel.
    step = rhythm.first_step_on_or_after(reply.local_date, settings.holidays)
    return Rhythm(
        anchor=_after_reply_anchor(reply),
        first_channel=rhythm.channel_of(step),
        email_only=settings.email_only,
        round_key=rhythm.round_key,
        reply_ordinal=reply.reply_ordinal,
        reply_key=reply.event.key or "",
    )


def _after_reply_anchor(reply: DatedEvent) -> dt.date:
    """N0 = max(E + 7 days, decision_expected_by + 1 day)."""
    n0 = reply.local_date + _WEEK
    expected = reply.event.decision_expected_by
    if expected is not None and expected + _ONE_DAY > n0:
        n0 = expected + _ONE_DAY
    return n0


def _earlier(a: dt.date, b: dt.date | None) -> dt.date:
    return a if b is None or a < b else b


def _steps(
    rhythm: Rhythm,
    cut: dt.date | None,
    rip: RoundInPlay,
    recipient: Interviewer,
    settings: FollowUpSettings,
) -> Iterator[PlannedTouch]:
    """The rhythm's steps dated before `cut` (and weekly ones up to the horizon)."""
    holidays, horizon, done = settings.holidays, settings.horizon_end, settings.done_keys
    step = 0
    while True:
        day = rhythm.date_of(step, holidays)
        # The horizon bounds the weekly steps; step 0 (the call, the first follow-up after a
        # reply) is a one-off, planned wherever it falls.
        if step > 0 and day > horizon:
            return
        if cut is not None and day >= cut:
            if not done:
                return
            # Beyond the cut only done touches survive: history is never dropped.
            if rhythm.key_of(step) not in done:
                step += 1
                continue
        yield PlannedTouch(
            key=rhythm.key_of(step),
            type=rhythm.type_of(step),
            recipient_key=recipient.key,
            recipient_name=recipient.name,
            channel=rhythm.channel_of(step),
            round=rip.round.number,
            date=day,
            not_before=None,
            deadline=None,
            week=step or None,
        )
        step += 1
