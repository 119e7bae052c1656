"""The `pursuit plan SCENARIO.json` contract (cadence.md): reading a scenario, writing a plan.

`parse_scenario` turns decoded JSON into core values and raises `BadInput` naming the exact
field (`interviews[0].end`, `employer.preferred_channel`, ...) for anything malformed;
`plan_to_json` gives the output object. Fields the rules do not read (titles, formats,
relationships, names of holidays) may be absent; when present they must still be strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from pursuit.core.cadence.json_fields import (
    as_list,
    as_object,
    aware_time,
    calendar_date,
    flag,
    local_time,
    optional_email,
    optional_list,
    optional_object,
    optional_text,
    optional_zone,
    required,
    text,
    whole_number,
    zone_name,
)
from pursuit.core.cadence.model import (
    EVENT_TYPES,
    INTERVIEWER,
    NO_SHOW,
    PREFERRED_CHANNELS,
    ROLES,
    ROUND_STATUSES,
    Application,
    Event,
    Interviewer,
    Plan,
    PlannedTouch,
    Reference,
    Round,
)
from pursuit.core.cadence.planner import plan_application
from pursuit.core.errors import BadInput


@dataclass(frozen=True, slots=True)
class Scenario:
    """A parsed scenario: the application and the arguments the planner needs."""

    id: object
    application: Application
    holidays: frozenset[dt.date]
    horizon_end: dt.date
    candidate_name: str | None
    candidate_timezone: str | None
    employer_name: str | None


def plan_scenario(scenario: Scenario, *, include_preparation: bool = False) -> Plan:
    """Plan the scenario's application with its own holidays and horizon."""
    return plan_application(
        scenario.application,
        holidays=scenario.holidays,
        horizon_end=scenario.horizon_end,
        include_preparation=include_preparation,
    )


# --- reading ---------------------------------------------------------------------------------


def parse_scenario(data: object) -> Scenario:
    """Read decoded scenario JSON; BadInput(where=<field path>) for anything malformed."""
    top = as_object(data, "scenario")
    candidate = optional_object(top, "candidate", "")
    employer = as_object(required(top, "employer", ""), "employer")
    channel = text(
        required(employer, "preferred_channel", "employer"), "employer.preferred_channel"
    )
    if channel not in PREFERRED_CHANNELS:
        raise BadInput(
            f"unknown preferred channel {channel!r}; use one of {', '.join(PREFERRED_CHANNELS)}",
            where="employer.preferred_channel",
        )
    rounds = _rounds(top)
    application = Application(
        key=str(top.get("id") or "scenario"),
        preferred_channel=channel,
        mailing_address=optional_text(employer, "mailing_address", "employer"),
        rounds=rounds,
        references=_references(top),
        events=_events(top),
    )
    candidate_zone = None
    if candidate is not None:
        candidate_zone = optional_zone(candidate, "timezone", "candidate")
    return Scenario(
        id=top.get("id"),
        application=application,
        holidays=_holidays(top),
        horizon_end=calendar_date(required(top, "horizon_end", ""), "horizon_end"),
        candidate_name=(
            optional_text(candidate, "name", "candidate") if candidate is not None else None
        ),
        candidate_timezone=candidate_zone,
        employer_name=optional_text(employer, "name", "employer"),
    )


def person_key(name: str, email: str | None) -> str:
    """A scenario person's key: the e-mail address, else the name (case and spaces folded).

    The same person met in two rounds then has one key, so "two touches to one person on one
    day" sees them as one person.
    """
    if email is not None:
        return "email:" + email.strip().casefold()
    return "name:" + " ".join(name.casefold().split())


def _rounds(top: Mapping[str, object]) -> tuple[Round, ...]:
    rounds: list[Round] = []
    numbers: dict[int, int] = {}
    for i, raw in enumerate(as_list(required(top, "interviews", ""), "interviews")):
        where = f"interviews[{i}]"
        obj = as_object(raw, where)
        number = whole_number(required(obj, "round", where), f"{where}.round")
        if number in numbers:
            raise BadInput(
                f"round {number} is already interviews[{numbers[number]}]", where=f"{where}.round"
            )
        numbers[number] = i
        tz_name = zone_name(required(obj, "timezone", where), f"{where}.timezone")
        start = local_time(required(obj, "start", where), tz_name, f"{where}.start")
        end = local_time(required(obj, "end", where), tz_name, f"{where}.end")
        if end < start:
            raise BadInput(
                f"the round ends ({end.isoformat()}) before it starts ({start.isoformat()})",
                where=f"{where}.end",
            )
        optional_text(obj, "format", where)
        rounds.append(
            Round(
                key=f"r{number}",
                number=number,
                start=start,
                end=end,
                timezone=tz_name,
                interviewers=_interviewers(obj, where),
                status=_status(obj, where),
            )
        )
    return tuple(rounds)


def _status(obj: Mapping[str, object], where: str) -> str:
    raw = optional_text(obj, "status", where)
    if raw is None:
        return "held"
    status = NO_SHOW if raw == "no-show" else raw
    if status not in ROUND_STATUSES:
        raise BadInput(
            f"unknown status {raw!r}; use one of {', '.join(ROUND_STATUSES)}",
            where=f"{where}.status",
        )
    return status


def _interviewers(round_obj: Mapping[str, object], round_where: str) -> tuple[Interviewer, ...]:
    people: list[Interviewer] = []
    seen: dict[str, int] = {}
    where_list = f"{round_where}.interviewers"
    for j, raw in enumerate(as_list(required(round_obj, "interviewers", round_where), where_list)):
        where = f"{where_list}[{j}]"
        obj = as_object(raw, where)
        name = text(required(obj, "name", where), f"{where}.name")
        email = optional_email(obj, where)
        key = person_key(name, email)
        if key in seen:
            raise BadInput(
                f"{name} is already {where_list}[{seen[key]}] in this round", where=where
            )
        seen[key] = j
        optional_text(obj, "title", where)
        role = optional_text(obj, "role", where) or INTERVIEWER
        if role not in ROLES:
            raise BadInput(
                f"unknown role {role!r}; use one of {', '.join(ROLES)}", where=f"{where}.role"
            )
        people.append(
            Interviewer(
                key=key,
                name=name,
                email=email,
                timezone=optional_zone(obj, "timezone", where),
                hiring_manager=flag(obj, "hiring_manager", where),
                role=role,
            )
        )
    return tuple(people)


def _references(top: Mapping[str, object]) -> tuple[Reference, ...]:
    refs: list[Reference] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(optional_list(top, "references")):
        where = f"references[{i}]"
        obj = as_object(raw, where)
        name = text(required(obj, "name", where), f"{where}.name")
        email = optional_email(obj, where)
        key = person_key(name, email)
        if key in seen:
            raise BadInput(f"{name} is already references[{seen[key]}]", where=where)
        seen[key] = i
        optional_text(obj, "relationship", where)
        alerted = obj.get("alerted_on")
        refs.append(
            Reference(
                key=key,
                name=name,
                email=email,
                alerted_on=None
                if alerted is None
                else calendar_date(alerted, f"{where}.alerted_on"),
            )
        )
    return tuple(refs)


def _events(top: Mapping[str, object]) -> tuple[Event, ...]:
    events: list[Event] = []
    for i, raw in enumerate(optional_list(top, "events")):
        where = f"events[{i}]"
        obj = as_object(raw, where)
        kind = text(required(obj, "type", where), f"{where}.type")
        if kind not in EVENT_TYPES:
            raise BadInput(
                f"unknown event type {kind!r}; use one of {', '.join(EVENT_TYPES)}",
                where=f"{where}.type",
            )
        expected = obj.get("decision_expected_by")
        events.append(
            Event(
                type=kind,
                at=aware_time(required(obj, "at", where), f"{where}.at"),
                by=optional_text(obj, "by", where),
                summary=optional_text(obj, "summary", where),
                decision_expected_by=(
                    None
                    if expected is None
                    else calendar_date(expected, f"{where}.decision_expected_by")
                ),
            )
        )
    return tuple(events)


def _holidays(top: Mapping[str, object]) -> frozenset[dt.date]:
    days: set[dt.date] = set()
    for i, raw in enumerate(optional_list(top, "holidays")):
        where = f"holidays[{i}]"
        if isinstance(raw, str):  # a bare "2025-05-26" is accepted too
            days.add(calendar_date(raw, where))
            continue
        obj = as_object(raw, where)
        days.add(calendar_date(required(obj, "date", where), f"{where}.date"))
        optional_text(obj, "name", where)
    return frozenset(days)


# --- writing ---------------------------------------------------------------------------------


def plan_to_json(plan: Plan) -> dict[str, object]:
    """The output object of `pursuit plan`: {"plan": [...], "cancelled": [...], "warnings": [...]}.

    Dates are "YYYY-MM-DD"; times carry the UTC offset of the zone they were computed in.
    Each touch also carries its stable "key".
    """
    return {
        "plan": [touch_to_json(t) for t in plan.touches],
        "cancelled": [touch_to_json(t) for t in plan.cancelled],
        "warnings": list(plan.warnings),
    }


def touch_to_json(t: PlannedTouch) -> dict[str, object]:
    """One touch as cadence.md prints it; fields that do not apply are left out."""
    out: dict[str, object] = {"type": t.type}
    if t.round is not None:
        out["round"] = t.round
    out["to"] = t.recipient_name
    out["channel"] = t.channel
    if t.date is not None:
        out["date"] = t.date.isoformat()
    if t.not_before is not None:
        out["not_before"] = t.not_before.isoformat(timespec="seconds")
    if t.deadline is not None:
        out["deadline"] = t.deadline.isoformat(timespec="seconds")
    if t.week is not None:
        out["week"] = t.week
    if t.address is not None:
        out["address"] = t.address
    if t.cancelled_by is not None:
        out["cancelled_by"] = t.cancelled_by
    out["key"] = t.key
    return out
