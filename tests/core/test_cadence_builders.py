"""Tiny builders for the cadence tests (no tests here): a story in a few words.

    plan_of(application(interview(1, "2025-10-17 15:00", people=[PRIYA])))

Times are local wall-clock times in the round's zone; people get an e-mail unless told not to.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pursuit.core.cadence import (
    Application,
    Event,
    Interviewer,
    Plan,
    PlannedTouch,
    Reference,
    Round,
    plan_application,
)

DENVER = "America/Denver"
CHICAGO = "America/Chicago"
LONDON = "Europe/London"
TOKYO = "Asia/Tokyo"
_HAS_EMAIL = "(default e-mail)"


def at(text: str, tz: str = DENVER) -> datetime:
    """'2025-10-17 15:00' as an aware time in `tz` (zoneinfo picks the offset)."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


def day(text: str) -> date:
    return date.fromisoformat(text)


def person(
    name: str,
    *,
    email: str | None = _HAS_EMAIL,
    tz: str | None = None,
    hiring_manager: bool = False,
    role: str = "interviewer",
) -> Interviewer:
    key = name.lower().replace(" ", "-")
    if email == _HAS_EMAIL:
        email = f"{key}@acme.test"
    return Interviewer(
        key=key, name=name, email=email, timezone=tz, hiring_manager=hiring_manager, role=role
    )


PRIYA = person("Priya Raman", hiring_manager=True)
SAM = person("Sam Chen")


def interview(
    number: int,
    start: str,
    *,
    minutes: int = 60,
    tz: str = DENVER,
    people: Iterable[Interviewer] = (PRIYA,),
    status: str = "held",
) -> Round:
    begins = at(start, tz)
    return Round(
        key=f"r{number}",
        number=number,
        start=begins,
        end=begins + timedelta(minutes=minutes),
        timezone=tz,
        interviewers=tuple(people),
        status=status,
    )


def reference(
    name: str, *, alerted_on: str | None = None, email: str | None = _HAS_EMAIL
) -> Reference:
    key = name.lower().replace(" ", "-")
    return Reference(
        key=key,
        name=name,
        email=f"{key}@home.test" if email == _HAS_EMAIL else email,
        alerted_on=day(alerted_on) if alerted_on else None,
    )


def event(
    kind: str, when: str, *, tz: str = DENVER, decision_expected_by: str | None = None,
    key: str | None = None,
) -> Event:
    return Event(
        type=kind,
        at=at(when, tz),
        decision_expected_by=day(decision_expected_by) if decision_expected_by else None,
        key=key,
    )


def application(
    *rounds: Round,
    references: Iterable[Reference] = (),
    events: Iterable[Event] = (),
    channel: str = "no_preference",
    address: str | None = "1 Main St, Denver, CO",
) -> Application:
    return Application(
        key="app",
        preferred_channel=channel,
        mailing_address=address,
        rounds=tuple(rounds),
        references=tuple(references),
        events=tuple(events),
    )


def plan_of(
    app: Application,
    *,
    holidays: Iterable[str] = (),
    horizon: str = "2025-12-31",
    done: Iterable[str] = (),
    preparation: bool = False,
) -> Plan:
    return plan_application(
        app,
        holidays=frozenset(day(h) for h in holidays),
        horizon_end=day(horizon),
        done_keys=frozenset(done),
        include_preparation=preparation,
    )


def of_type(touches: Iterable[PlannedTouch], kind: str) -> list[PlannedTouch]:
    return [t for t in touches if t.type == kind]


def only(touches: Iterable[PlannedTouch], kind: str) -> PlannedTouch:
    [touch] = of_type(touches, kind)
    return touch


def dates(touches: Iterable[PlannedTouch], kind: str) -> list[str]:
    return [str(t.date) for t in of_type(touches, kind)]


def by_key(plan: Plan) -> dict[str, PlannedTouch]:
    return {t.key: t for t in plan.touches}
