"""`plan_application`: cadence.md R1-R7 applied to one application.

Pure: the holiday calendar and the horizon are arguments, the clock is never read, and the
same inputs always give the same plan (same touches, same keys, same order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import replace

from pursuit.core.business_days import prev_bd
from pursuit.core.cadence.follow_ups import FollowUpSettings, round_follow_ups
from pursuit.core.cadence.model import (
    APPLY_BY,
    EMAIL,
    FOLLOW_UP_AFTER_REPLY,
    FOLLOW_UP_CALL,
    INTERVIEW_PREPARATION,
    PHONE,
    POST,
    POSTAL_LETTER,
    PREFERRED_CHANNELS,
    PREFERS_EMAIL,
    PREFERS_MAIL,
    REFERENCE_ALERT,
    ROUND_STATUSES,
    SCHEDULED,
    SELF,
    STOPPING_EVENTS,
    TASK,
    THANK_YOU_EMAIL,
    THANK_YOU_LETTER,
    WEEKLY_FOLLOW_UP,
    Application,
    Plan,
    PlannedTouch,
    Reference,
)
from pursuit.core.cadence.people import follow_up_recipient, hiring_manager, letter_recipient
from pursuit.core.cadence.placement import Diary, postal_letter_choices, reference_alert_choices
from pursuit.core.cadence.thank_you import preparation, thank_you
from pursuit.core.cadence.timeline import Timeline, build_timeline
from pursuit.core.errors import BadInput

POSTAL_LETTER_KEY = "postal_letter"
APPLY_BY_KEY = "apply_by"
#: How many business days before a posting's closing date the reminder to apply falls.
APPLY_BY_BUSINESS_DAYS = 2

# Same-day touches are listed in the order one would do them (cadence.md's example order).
_SAME_DAY_ORDER = {
    INTERVIEW_PREPARATION: 0,
    REFERENCE_ALERT: 1,
    THANK_YOU_EMAIL: 2,
    THANK_YOU_LETTER: 2,
    POSTAL_LETTER: 3,
    FOLLOW_UP_CALL: 4,
    FOLLOW_UP_AFTER_REPLY: 5,
    WEEKLY_FOLLOW_UP: 6,
}
_CANCELLABLE = frozenset({FOLLOW_UP_CALL, WEEKLY_FOLLOW_UP, FOLLOW_UP_AFTER_REPLY, POSTAL_LETTER})


def plan_application(
    app: Application,
    *,
    holidays: Collection[dt.date],
    horizon_end: dt.date,
    done_keys: Collection[str] = frozenset(),
    include_preparation: bool = False,
    stop_ends_every_follow_up: bool = False,
) -> Plan:
    """Plan every touch of `app` (cadence.md R1-R7).

    `done_keys` are keys of touches already carried out: they are history, so the plan keeps
    each of them that the rules still produce (never cut, removed or cancelled; the caller
    puts its stored date back), and never plans them a second time. A done key whose round
    is gone (cancelled, no-show, after a stop) is left to the caller's own records.
    `include_preparation` adds a preparation item before each scheduled round.
    `stop_ends_every_follow_up` is the app's reading of a stopping event: every call, weekly
    follow-up, follow-up after a reply and postal letter not yet carried out is cancelled,
    whatever its date (cadence.md's R7 cancels only those dated on or after the event; in the
    app a call left overdue before an offer must not stay on Today).
    """
    _check(app)
    days = holidays if isinstance(holidays, frozenset) else frozenset(holidays)
    done = done_keys if isinstance(done_keys, frozenset) else frozenset(done_keys)
    timeline = build_timeline(app)
    warnings = list(timeline.warnings)
    if not timeline.rounds:
        reminder = _apply_by(app, days, done)
        return Plan(touches=(reminder,) if reminder else (), cancelled=(),
                    warnings=tuple(warnings))

    # Touches whose date the spec fixes: thank-yous (R1), preparation items, follow-ups.
    pinned = _thank_yous(app, timeline, days, warnings)
    if include_preparation:
        pinned.extend(
            preparation(rip, holidays=days)
            for rip in timeline.rounds
            if rip.round.status == SCHEDULED
        )
    settings = FollowUpSettings(
        holidays=days,
        horizon_end=horizon_end,
        done_keys=done,
        email_only=app.preferred_channel == PREFERS_EMAIL,
    )
    follow_ups = _follow_ups(timeline, settings, warnings)

    # R3 and R2 have a second acceptable date: each takes the first one its person has free.
    # A day is free when R1 and R4-R6 put nothing on it, events aside: R7 leaves the letter
    # and the alerts alone, and they may already be done, so a reply that frees or takes one
    # of their days must not move them, nor may a stop, nor a done touch kept past its cut.
    first_date = timeline.rounds[0].date
    diary = Diary([*pinned, *_follow_ups_before_events(timeline, settings, first_date)])
    letter = _postal_letter(app, timeline, diary, days, done, warnings)
    alerts = [
        _reference_alert(ref, first_date, diary, days)
        for ref in app.references
        if ref.alerted_on is None or _reference_alert_key(ref) in done
    ]
    planned, cancelled = _apply_stop(
        timeline, [*follow_ups, *([letter] if letter else [])], horizon_end, done,
        every_date=stop_ends_every_follow_up,
    )
    planned.extend(pinned)
    planned.extend(alerts)
    return Plan(
        touches=tuple(sorted(planned, key=_plan_order)),
        cancelled=tuple(sorted(cancelled, key=_plan_order)),
        warnings=tuple(warnings),
    )


def _apply_by(app: Application, days: frozenset[dt.date],
              done: frozenset[str]) -> PlannedTouch | None:
    """The candidate's reminder to apply, APPLY_BY_BUSINESS_DAYS business days before the
    posting closes: only for a job not applied for yet, with no round and no stopping event
    (a reminder already carried out stays, as history)."""
    if app.closing_on is None:
        return None
    stopped = any(e.type in STOPPING_EVENTS for e in app.events)
    if APPLY_BY_KEY not in done and (app.applied or app.rounds or stopped):
        return None
    day = app.closing_on
    for _ in range(APPLY_BY_BUSINESS_DAYS):
        day = prev_bd(day, days)
    return PlannedTouch(key=APPLY_BY_KEY, type=APPLY_BY, recipient_key=SELF,
                        recipient_name=SELF, channel=TASK, round=None, date=day,
                        not_before=None, deadline=None)


def _check(app: Application) -> None:
    if app.preferred_channel not in PREFERRED_CHANNELS:
        raise BadInput(
            f"unknown preferred channel {app.preferred_channel!r} "
            f"(one of {', '.join(PREFERRED_CHANNELS)})",
            where="application.preferred_channel",
        )
    refs = [ref.key for ref in app.references]
    if len(set(refs)) != len(refs):
        raise BadInput("a reference is listed twice", where="application.references")
    for r in app.rounds:
        if r.status not in ROUND_STATUSES:
            raise BadInput(
                f"unknown round status {r.status!r} (one of {', '.join(ROUND_STATUSES)})",
                where=f"round {r.key}.status",
            )


def _thank_yous(
    app: Application, timeline: Timeline, days: frozenset[dt.date], warnings: list[str]
) -> list[PlannedTouch]:
    """R1: one per interviewer per round; by post without an e-mail or when mail is preferred."""
    touches: list[PlannedTouch] = []
    no_email: dict[str, str] = {}
    for rip in timeline.rounds:
        seen: set[str] = set()
        for person in rip.round.interviewers:
            if person.key in seen:
                raise BadInput(
                    f"{person.name} is listed twice", where=f"round {rip.round.key}.interviewers"
                )
            seen.add(person.key)
            if person.email is None:
                no_email.setdefault(person.key, person.name)
            touches.append(
                thank_you(
                    rip,
                    person,
                    holidays=days,
                    by_post=person.email is None or app.preferred_channel == PREFERS_MAIL,
                    address=app.mailing_address,
                )
            )
    warnings.extend(
        f"no_email: {name} has no e-mail address; their thank-you goes by post "
        "(ask for their business card)"
        for name in no_email.values()
    )
    return touches


def _follow_ups(
    timeline: Timeline, settings: FollowUpSettings, warnings: list[str]
) -> list[PlannedTouch]:
    """R4-R6 for every round, with R7's replies re-planning the round they follow."""
    manager = hiring_manager(rip.round for rip in timeline.rounds)
    touches: list[PlannedTouch] = []
    for index, rip in enumerate(timeline.rounds):
        recipient = follow_up_recipient(manager, rip.round)
        if recipient is None:
            warnings.append(
                f"no_interviewer: round {rip.round.number} lists nobody; "
                "no follow-up is planned for it"
            )
            continue
        replies = [e for e in timeline.replies if e.round_index == index]
        touches.extend(round_follow_ups(rip, recipient, replies, settings))
    return touches


def _follow_ups_before_events(
    timeline: Timeline, settings: FollowUpSettings, first_date: dt.date
) -> list[PlannedTouch]:
    """R4-R6 alone (no reply, no history), as far as the R2 and R3 dates reach."""
    last_choice = postal_letter_choices(first_date, settings.holidays)[-1]  # alerts come before
    rules_only = replace(
        settings, horizon_end=min(settings.horizon_end, last_choice), done_keys=frozenset()
    )
    return _follow_ups(replace(timeline, replies=()), rules_only, warnings=[])


def _apply_stop(
    timeline: Timeline,
    touches: Iterable[PlannedTouch],
    horizon_end: dt.date,
    done: frozenset[str],
    *,
    every_date: bool = False,
) -> tuple[list[PlannedTouch], list[PlannedTouch]]:
    """R7 stopping event: split `touches` into (still planned, cancelled up to the horizon).

    With `every_date`, touches dated before the event are cancelled too (never a done one)."""
    stop = timeline.stop
    if stop is None:
        return list(touches), []
    planned: list[PlannedTouch] = []
    cancelled: list[PlannedTouch] = []
    for t in touches:
        if (
            t.type in _CANCELLABLE
            and t.date is not None
            and (every_date or t.date >= stop.local_date)
            and t.key not in done
        ):
            if t.date <= horizon_end:
                cancelled.append(replace(t, cancelled_by=stop.event.type))
        else:
            planned.append(t)
    return planned, cancelled


def _postal_letter(
    app: Application,
    timeline: Timeline,
    diary: Diary,
    days: frozenset[dt.date],
    done: frozenset[str],
    warnings: list[str],
) -> PlannedTouch | None:
    """R3: one letter to the hiring manager (else the first round's lead), or a warning."""
    if app.mailing_address is None and POSTAL_LETTER_KEY not in done:
        warnings.append(
            "no_mailing_address: the employer's mailing address is unknown, so no postal "
            "letter is planned; add it (a business card has it)"
        )
        return None
    rounds = [rip.round for rip in timeline.rounds]
    recipient = letter_recipient(hiring_manager(rounds), rounds)
    if recipient is None:
        return None
    return PlannedTouch(
        key=POSTAL_LETTER_KEY,
        type=POSTAL_LETTER,
        recipient_key=recipient.key,
        recipient_name=recipient.name,
        channel=POST,
        round=None,
        date=diary.book(recipient.key, postal_letter_choices(timeline.rounds[0].date, days)),
        not_before=None,
        deadline=None,
        address=app.mailing_address,
    )


def _reference_alert_key(ref: Reference) -> str:
    return f"reference_alert:{ref.key}"


def _reference_alert(
    ref: Reference, first_date: dt.date, diary: Diary, days: frozenset[dt.date]
) -> PlannedTouch:
    """R2: one alert per reference, on the first round's date (or the business day before)."""
    return PlannedTouch(
        key=_reference_alert_key(ref),
        type=REFERENCE_ALERT,
        recipient_key=ref.key,
        recipient_name=ref.name,
        channel=EMAIL if ref.email is not None else PHONE,
        round=None,
        date=diary.book(ref.key, reference_alert_choices(first_date, days)),
        not_before=None,
        deadline=None,
    )


def _plan_order(t: PlannedTouch) -> tuple[dt.date, int, float, int, str]:
    """By day; within a day in the order of work, thank-yous by the end of their interview."""
    instant = t.not_before.timestamp() if t.not_before is not None else 0.0
    return (t.sort_date, _SAME_DAY_ORDER.get(t.type, 9), instant, t.round or 0, t.key)
