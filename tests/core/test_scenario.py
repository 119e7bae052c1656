"""The `pursuit plan SCENARIO.json` contract: reading scenarios, refusing bad ones by field,
and printing the plan in cadence.md's shape."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from pursuit.core.cadence import (
    Scenario,
    parse_scenario,
    plan_scenario,
    plan_to_json,
)
from pursuit.core.errors import BadInput

Json = dict[str, Any]


def example() -> Json:
    """cadence.md's example: a Friday 15:00-16:00 Denver interview, one hiring manager."""
    return {
        "id": "example",
        "candidate": {"name": "Alex Kim", "timezone": "America/Denver"},
        "employer": {
            "name": "Acme",
            "preferred_channel": "no_preference",
            "mailing_address": "1 Main St, Denver, CO 80202",
        },
        "interviews": [
            {
                "round": 1,
                "start": "2025-10-17T15:00:00-06:00",
                "end": "2025-10-17T16:00:00-06:00",
                "timezone": "America/Denver",
                "format": "onsite",
                "interviewers": [
                    {
                        "name": "Priya Raman",
                        "title": "Engineering Manager",
                        "email": "priya@acme.test",
                        "hiring_manager": True,
                    }
                ],
            }
        ],
        "references": [
            {
                "name": "Tom Alvarez",
                "email": "tom@home.test",
                "relationship": "former manager",
                "alerted_on": None,
            }
        ],
        "holidays": [],
        "events": [],
        "horizon_end": "2025-11-04",
    }


def output(data: Json) -> Json:
    return plan_to_json(plan_scenario(parse_scenario(data)))


def without_keys(items: list[Json]) -> list[Json]:
    return [{k: v for k, v in item.items() if k != "key"} for item in items]


def test_the_example_of_cadence_md_prints_exactly_its_plan() -> None:
    out = output(example())
    assert without_keys(out["plan"]) == [
        {"type": "reference_alert", "to": "Tom Alvarez", "channel": "email", "date": "2025-10-17"},
        {
            "type": "thank_you_email",
            "round": 1,
            "to": "Priya Raman",
            "channel": "email",
            "not_before": "2025-10-17T16:00:00-06:00",
            "deadline": "2025-10-20T09:00:00-06:00",
        },
        {
            "type": "postal_letter",
            "to": "Priya Raman",
            "channel": "post",
            "date": "2025-10-20",
            "address": "1 Main St, Denver, CO 80202",
        },
        {
            "type": "follow_up_call",
            "round": 1,
            "to": "Priya Raman",
            "channel": "phone",
            "date": "2025-10-22",
        },
        {
            "type": "weekly_follow_up",
            "round": 1,
            "to": "Priya Raman",
            "channel": "email",
            "date": "2025-10-29",
            "week": 1,
        },
    ]
    assert out["cancelled"] == [] and out["warnings"] == []
    assert json.loads(json.dumps(out)) == out  # plain JSON all the way down


def test_every_touch_carries_a_stable_key() -> None:
    keys = [t["key"] for t in output(example())["plan"]]
    assert len(set(keys)) == len(keys)
    assert [t["key"] for t in output(example())["plan"]] == keys
    assert "follow_up_call:r1" in keys and "postal_letter" in keys


def test_a_london_interviewers_times_are_printed_in_london() -> None:
    data = example()
    data["interviews"][0]["interviewers"][0]["timezone"] = "Europe/London"
    [thanks] = [t for t in output(data)["plan"] if t["type"] == "thank_you_email"]
    assert (thanks["not_before"], thanks["deadline"]) == (
        "2025-10-17T23:00:00+01:00",
        "2025-10-20T09:00:00+01:00",
    )


def test_cancelled_touches_and_warnings_are_listed() -> None:
    data = example()
    data["employer"]["mailing_address"] = None
    data["events"] = [{"type": "job_filled", "at": "2025-10-28T10:00:00-06:00", "by": "Priya"}]
    out = output(data)
    assert [t["type"] for t in out["plan"]] == [
        "reference_alert",
        "thank_you_email",
        "follow_up_call",
    ]
    assert without_keys(out["cancelled"]) == [
        {
            "type": "weekly_follow_up",
            "round": 1,
            "to": "Priya Raman",
            "channel": "email",
            "date": "2025-10-29",
            "week": 1,
            "cancelled_by": "job_filled",
        }
    ]
    assert len(out["warnings"]) == 1 and out["warnings"][0].startswith("no_mailing_address:")


def test_the_plan_is_sorted_by_date_and_a_thank_you_by_its_not_before() -> None:
    data = example()
    data["interviews"].append(
        {
            "round": 2,
            "start": "2025-10-16T09:00:00-05:00",
            "end": "2025-10-16T10:00:00-05:00",
            "timezone": "America/Chicago",
            "interviewers": [{"name": "Sam Chen", "email": None}],
        }
    )
    out = output(data)
    days = [t.get("date") or t["not_before"][:10] for t in out["plan"]]
    assert days == sorted(days)


def test_holidays_and_a_reply_are_read() -> None:
    data = example()
    data["holidays"] = [{"date": "2025-10-20", "name": "A day off"}, "2025-10-22"]
    data["events"] = [
        {
            "type": "interviewer_replied",
            "at": "2025-10-24T11:00:00-06:00",
            "summary": "Decision next week",
            "decision_expected_by": "2025-11-03",
        }
    ]
    data["horizon_end"] = "2025-11-20"
    plan = {t["key"]: t for t in output(data)["plan"]}
    assert plan["postal_letter"]["date"] == "2025-10-21"
    assert plan["follow_up_call:r1"]["date"] == "2025-10-23"
    assert plan["after_reply:1:j0"]["date"] == "2025-11-04"  # the day after the decision
    assert plan["after_reply:1:j0"]["type"] == "follow_up_after_reply"


def test_optional_parts_may_be_left_out() -> None:
    data = example()
    for key in ("id", "candidate", "references", "holidays", "events"):
        del data[key]
    person = data["interviews"][0]["interviewers"][0]
    for key in ("title", "email", "hiring_manager"):
        del person[key]
    del data["interviews"][0]["format"]
    del data["employer"]["name"]
    out = output(data)
    assert [t["type"] for t in out["plan"]][:2] == ["thank_you_letter", "postal_letter"]


def test_a_utc_round_may_use_z_and_a_repeated_hour_takes_either_offset() -> None:
    data = example()
    data["interviews"][0].update(
        start="2025-10-17T15:00:00Z", end="2025-10-17T16:00:00Z", timezone="UTC"
    )
    assert output(data)["plan"]
    for offset in ("-05:00", "-06:00"):  # 01:30 happens twice in Chicago on 2 November
        data["interviews"][0].update(
            start=f"2025-11-02T01:30:00{offset}",
            end="2025-11-02T03:00:00-06:00",
            timezone="America/Chicago",
        )
        assert isinstance(parse_scenario(data), Scenario)


def test_the_scenario_carries_what_the_planner_needs() -> None:
    scenario = parse_scenario(example())
    assert scenario.id == "example"
    assert scenario.horizon_end.isoformat() == "2025-11-04"
    assert scenario.candidate_timezone == "America/Denver"
    [r] = scenario.application.rounds
    assert (r.key, r.number, r.start.isoformat()) == ("r1", 1, "2025-10-17T15:00:00-06:00")


def test_the_same_person_in_two_rounds_is_one_person() -> None:
    data = example()
    second = copy.deepcopy(data["interviews"][0])
    second.update(round=2, start="2025-10-31T15:00:00-06:00", end="2025-10-31T16:00:00-06:00")
    data["interviews"].append(second)
    rounds = parse_scenario(data).application.rounds
    assert rounds[0].interviewers[0].key == rounds[1].interviewers[0].key


# --- malformed scenarios: each refused with the exact field -------------------------------------


def _set(path: str, value: object) -> Callable[[Json], None]:
    """A mutation setting `path` (dots and [i]) to `value`; `...` deletes it."""

    def mutate(data: Json) -> None:
        node: Any = data
        parts = path.replace("[", ".").replace("]", "").split(".")
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        last = parts[-1]
        key: Any = int(last) if last.isdigit() else last
        if value is ...:
            del node[key]
        else:
            node[key] = value

    return mutate


def _two_rounds(data: Json) -> None:
    data["interviews"].append(copy.deepcopy(data["interviews"][0]))


def _same_person_twice(data: Json) -> None:
    people = data["interviews"][0]["interviewers"]
    people.append(dict(people[0]))


MALFORMED: list[tuple[str, Callable[[Json], None], str]] = [
    ("interviews missing", _set("interviews", ...), "interviews"),
    ("interviews not a list", _set("interviews", {"round": 1}), "interviews"),
    ("interview not an object", _set("interviews[0]", "round 1"), "interviews[0]"),
    ("round missing", _set("interviews[0].round", ...), "interviews[0].round"),
    ("round as text", _set("interviews[0].round", "1"), "interviews[0].round"),
    ("round as true", _set("interviews[0].round", True), "interviews[0].round"),
    ("round zero", _set("interviews[0].round", 0), "interviews[0].round"),
    ("round twice", _two_rounds, "interviews[1].round"),
    ("start missing", _set("interviews[0].start", ...), "interviews[0].start"),
    ("start a number", _set("interviews[0].start", 1760734800), "interviews[0].start"),
    ("start not a time", _set("interviews[0].start", "Friday 3pm"), "interviews[0].start"),
    ("start a bare date", _set("interviews[0].start", "2025-10-17"), "interviews[0].start"),
    (
        "start without offset",
        _set("interviews[0].start", "2025-10-17T15:00:00"),
        "interviews[0].start",
    ),
    (
        "start offset disagrees",
        _set("interviews[0].start", "2025-10-17T15:00:00-05:00"),
        "interviews[0].start",
    ),
    (
        "end offset disagrees",
        _set("interviews[0].end", "2025-10-17T16:00:00-07:00"),
        "interviews[0].end",
    ),
    (
        "end before start",
        _set("interviews[0].end", "2025-10-17T14:00:00-06:00"),
        "interviews[0].end",
    ),
    ("end impossible", _set("interviews[0].end", "2025-10-32T16:00:00-06:00"), "interviews[0].end"),
    ("timezone missing", _set("interviews[0].timezone", ...), "interviews[0].timezone"),
    ("timezone unknown", _set("interviews[0].timezone", "Mars/Olympus"), "interviews[0].timezone"),
    ("timezone of the host", _set("interviews[0].timezone", "localtime"), "interviews[0].timezone"),
    ("timezone a number", _set("interviews[0].timezone", -6), "interviews[0].timezone"),
    ("format a number", _set("interviews[0].format", 3), "interviews[0].format"),
    ("status unknown", _set("interviews[0].status", "postponed"), "interviews[0].status"),
    ("interviewers missing", _set("interviews[0].interviewers", ...), "interviews[0].interviewers"),
    (
        "interviewer not an object",
        _set("interviews[0].interviewers[0]", "Priya"),
        "interviews[0].interviewers[0]",
    ),
    (
        "interviewer name missing",
        _set("interviews[0].interviewers[0].name", ...),
        "interviews[0].interviewers[0].name",
    ),
    (
        "interviewer name blank",
        _set("interviews[0].interviewers[0].name", "  "),
        "interviews[0].interviewers[0].name",
    ),
    (
        "interviewer email a number",
        _set("interviews[0].interviewers[0].email", 42),
        "interviews[0].interviewers[0].email",
    ),
    (
        "interviewer email not an address",
        _set("interviews[0].interviewers[0].email", "priya at acme"),
        "interviews[0].interviewers[0].email",
    ),
    (
        "hiring_manager as text",
        _set("interviews[0].interviewers[0].hiring_manager", "yes"),
        "interviews[0].interviewers[0].hiring_manager",
    ),
    (
        "interviewer timezone unknown",
        _set("interviews[0].interviewers[0].timezone", "Europe/Londn"),
        "interviews[0].interviewers[0].timezone",
    ),
    (
        "interviewer role unknown",
        _set("interviews[0].interviewers[0].role", "ceo"),
        "interviews[0].interviewers[0].role",
    ),
    ("same interviewer twice", _same_person_twice, "interviews[0].interviewers[1]"),
    ("employer missing", _set("employer", ...), "employer"),
    ("employer a string", _set("employer", "Acme"), "employer"),
    (
        "preferred_channel missing",
        _set("employer.preferred_channel", ...),
        "employer.preferred_channel",
    ),
    (
        "preferred_channel unknown",
        _set("employer.preferred_channel", "fax"),
        "employer.preferred_channel",
    ),
    (
        "mailing_address a list",
        _set("employer.mailing_address", ["1 Main St"]),
        "employer.mailing_address",
    ),
    ("references not a list", _set("references", {"name": "Tom"}), "references"),
    ("reference name missing", _set("references[0].name", ...), "references[0].name"),
    (
        "alerted_on the wrong way round",
        _set("references[0].alerted_on", "30/04/2025"),
        "references[0].alerted_on",
    ),
    (
        "alerted_on not a day",
        _set("references[0].alerted_on", "2025-02-30"),
        "references[0].alerted_on",
    ),
    ("holidays not a list", _set("holidays", "2025-10-20"), "holidays"),
    ("holiday without date", _set("holidays", [{"name": "Day off"}]), "holidays[0].date"),
    ("holiday bad date", _set("holidays", [{"date": "2025-13-01"}]), "holidays[0].date"),
    ("holiday compact date", _set("holidays", [{"date": "20251020"}]), "holidays[0].date"),
    ("holiday a number", _set("holidays", [20251020]), "holidays[0]"),
    ("events not a list", _set("events", {}), "events"),
    (
        "event type unknown",
        _set("events", [{"type": "ghosted", "at": "2025-10-20T10:00:00-06:00"}]),
        "events[0].type",
    ),
    ("event type missing", _set("events", [{"at": "2025-10-20T10:00:00-06:00"}]), "events[0].type"),
    ("event at missing", _set("events", [{"type": "rejected"}]), "events[0].at"),
    (
        "event at without offset",
        _set("events", [{"type": "rejected", "at": "2025-10-20T10:00:00"}]),
        "events[0].at",
    ),
    (
        "event by a number",
        _set("events", [{"type": "rejected", "at": "2025-10-20T10:00:00Z", "by": 7}]),
        "events[0].by",
    ),
    (
        "decision_expected_by not a date",
        _set(
            "events",
            [
                {
                    "type": "interviewer_replied",
                    "at": "2025-10-20T10:00:00Z",
                    "decision_expected_by": "next week",
                }
            ],
        ),
        "events[0].decision_expected_by",
    ),
    ("horizon missing", _set("horizon_end", ...), "horizon_end"),
    ("horizon not a date", _set("horizon_end", "end of June"), "horizon_end"),
    ("horizon a number", _set("horizon_end", 2025), "horizon_end"),
    ("candidate a string", _set("candidate", "Alex"), "candidate"),
    ("candidate timezone unknown", _set("candidate.timezone", "Denver"), "candidate.timezone"),
]


@pytest.mark.parametrize(
    "mutate, where", [(m, w) for _, m, w in MALFORMED], ids=[name for name, _, _ in MALFORMED]
)
def test_a_malformed_scenario_is_refused_naming_the_field(
    mutate: Callable[[Json], None], where: str
) -> None:
    data = example()
    mutate(data)
    with pytest.raises(BadInput) as refused:
        parse_scenario(data)
    assert refused.value.where == where
    assert str(refused.value).startswith(f"{where}: ")
    assert len(str(refused.value)) > len(where) + 10  # says what is wrong, not only where


@pytest.mark.parametrize("data", [None, [], "scenario", 3])
def test_a_scenario_that_is_not_an_object_is_refused(data: object) -> None:
    with pytest.raises(BadInput) as refused:
        parse_scenario(data)
    assert refused.value.where == "scenario"


def test_the_offset_message_names_both_offsets() -> None:
    data = example()
    data["interviews"][0]["start"] = "2025-10-17T15:00:00-05:00"
    with pytest.raises(BadInput) as refused:
        parse_scenario(data)
    assert "-05:00" in str(refused.value) and "-06:00" in str(refused.value)
    assert "America/Denver" in str(refused.value)
