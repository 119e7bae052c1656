"""The rounds and events the rules apply to, put in time order with their local dates.

Cancelled and no-show rounds count for nothing; rounds that start at or after the first
stopping event are not planned ("no round follows a stopping event"); events after that stop
change nothing any more. Each event gets its local date `E` (R7).

A reply after the stop is still listed, marked `after_stop`: the rules ignore it, but the
follow-ups it started may already have been carried out (the stop was recorded later, with an
earlier date), and done touches are history. Replies are numbered in time order whether or not
a stop precedes them, so a stop never renumbers them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from pursuit.core.cadence.model import (
    ABSENT_STATUSES,
    INTERVIEWER_REPLIED,
    STOPPING_EVENTS,
    Application,
    Event,
    Round,
)
from pursuit.core.errors import BadInput
from pursuit.core.timezones import zone


def _require_aware(value: dt.datetime, *, where: str) -> None:
    # A naive time would be read in the machine's zone: the plan would depend on the host.
    if value.tzinfo is None or value.utcoffset() is None:
        raise BadInput("needs a UTC offset (an aware datetime)", where=where)


@dataclass(frozen=True, slots=True)
class RoundInPlay:
    """A round the rules apply to.

    `date` is the local date of its start in the round's zone ("the round's date");
    `next_round_date` is the next round's date, where this round's follow-ups end (R6), or
    None for the last round.
    """

    round: Round
    zone: ZoneInfo
    date: dt.date
    next_round_date: dt.date | None


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event with its local date `E` (R7).

    `round_index` is the index (in `Timeline.rounds`) of the latest round that started before
    the event, None when it came before every round. `reply_ordinal` numbers the
    `interviewer_replied` events of the application 1, 2, ... in time order (0 for others);
    it names the follow-ups planned after that reply. `after_stop` marks a reply that came
    after the stop: it re-plans nothing, and only its follow-ups already done are kept.
    """

    event: Event
    local_date: dt.date
    round_index: int | None
    reply_ordinal: int
    after_stop: bool = False


@dataclass(frozen=True, slots=True)
class Timeline:
    """Rounds in play (in start order), replies (those after the stop marked), and the stop."""

    rounds: tuple[RoundInPlay, ...]
    replies: tuple[DatedEvent, ...]
    stop: DatedEvent | None
    warnings: tuple[str, ...]


def build_timeline(app: Application) -> Timeline:
    """Order `app`'s rounds and events and date the events; see the module docstring."""
    rounds = _rounds_that_count(app)
    events = _events_in_order(app.events)
    stop_at = next((i for i, e in enumerate(events) if e.type in STOPPING_EVENTS), len(events))
    warnings: list[str] = []
    if stop_at < len(events):
        stop = events[stop_at]
        warnings.extend(
            f"round_after_stop: round {r.number} starts after the {stop.type} event; "
            "it is not planned"
            for r in rounds
            if r.start >= stop.at
        )
        rounds = [r for r in rounds if r.start < stop.at]

    in_play = _in_play(rounds)
    starts = [r.start for r in rounds]
    replies: list[DatedEvent] = []
    dated_stop: DatedEvent | None = None
    ordinal = 0
    for i, event in enumerate(events):
        if event.type == INTERVIEWER_REPLIED:
            ordinal += 1
        elif i != stop_at:
            continue  # a later stop changes nothing
        if not in_play:
            continue
        # Latest round that started strictly before the event.
        index = bisect_left(starts, event.at) - 1
        tz = in_play[max(index, 0)].zone
        dated = DatedEvent(
            event=event,
            local_date=event.at.astimezone(tz).date(),
            round_index=index if index >= 0 else None,
            reply_ordinal=ordinal if event.type == INTERVIEWER_REPLIED else 0,
            after_stop=i > stop_at,
        )
        if i == stop_at:
            dated_stop = dated
        elif dated.round_index is not None:
            # A reply before any round has no follow-ups to re-plan.
            replies.append(dated)
    return Timeline(
        rounds=tuple(in_play), replies=tuple(replies), stop=dated_stop, warnings=tuple(warnings)
    )


def _rounds_that_count(app: Application) -> list[Round]:
    rounds: list[Round] = []
    keys: set[str] = set()
    for r in app.rounds:
        _require_aware(r.start, where=f"round {r.key}.start")
        _require_aware(r.end, where=f"round {r.key}.end")
        if r.key in keys:
            # Touch keys are built from round keys; two rounds with one key would clash.
            raise BadInput("two rounds share this key", where=f"round {r.key}")
        keys.add(r.key)
        if r.status not in ABSENT_STATUSES:
            rounds.append(r)
    # By instant: `==` between two zones is False for a time in a DST fold (PEP 495), which
    # would spoil a tuple key that compares starts first.
    rounds.sort(key=lambda r: (r.start.timestamp(), r.number))
    return rounds


def _events_in_order(events: tuple[Event, ...]) -> list[Event]:
    for e in events:
        _require_aware(e.at, where=f"event {e.type}.at")
    # Stable sort: events at the same instant keep the order they were given in. Types the
    # cadence does not know (notes and the like) change nothing.
    known = STOPPING_EVENTS | {INTERVIEWER_REPLIED}
    return sorted((e for e in events if e.type in known), key=lambda e: e.at)


def _in_play(rounds: list[Round]) -> list[RoundInPlay]:
    zones = [zone(r.timezone, where=f"round {r.key}.timezone") for r in rounds]
    dates = [r.start.astimezone(z).date() for r, z in zip(rounds, zones, strict=True)]
    return [
        RoundInPlay(
            round=r,
            zone=z,
            date=d,
            next_round_date=dates[i + 1] if i + 1 < len(rounds) else None,
        )
        for i, (r, z, d) in enumerate(zip(rounds, zones, dates, strict=True))
    ]
