"""The feed as two real parsers read it: the icalendar package, and ical.js under node (the
parser of Thunderbird). Both must agree on every instant, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from icalendar import Calendar

from pursuit.cadence.services import touch_complete
from pursuit.calendar_feed.services import feed_token_rotate
from tests.calendar_feed.conftest import World
from tests.calendar_feed.icaljs import parse_with_icaljs

pytestmark = pytest.mark.django_db


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def js_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@pytest.fixture
def feed(world: World, anonymous) -> bytes:  # type: ignore[no-untyped-def]
    # The preparation for round 2 is done: it comes out as a completed to-do.
    prep = world.touch("interview_preparation", world.second)
    touch_complete(owner=world.owner, touch_id=prep.pk)
    response = anonymous.get(f"/calendar/{feed_token_rotate(owner=world.owner)}.ics")
    assert response.status_code == 200
    return bytes(response.content)


def by_uid(components: list[Any]) -> dict[str, Any]:
    return {str(c["UID"]): c for c in components}


def own_zone_instant(calendar: Calendar, prop: Any) -> datetime:
    """An instant computed from the calendar's own VTIMEZONE, not the system's zone data."""
    zones = {tz.tz_name: tz.to_tz(lookup_tzid=False) for tz in calendar.timezones}
    naive = prop.dt.replace(tzinfo=None)
    return naive.replace(tzinfo=zones[prop.params["TZID"]]).astimezone(UTC)


def test_interviews_are_events_at_the_right_instants(world: World, feed: bytes) -> None:
    calendar = Calendar.from_ical(feed)
    events = by_uid(calendar.events)
    second = events[f"round-{world.second.pk}@pursuit"]
    first = events[f"round-{world.first.pk}@pursuit"]
    # 10:00 in Chicago on the Monday after summer time ended is 16:00 UTC (CST, -6)...
    assert second["DTSTART"].params["TZID"] == "America/Chicago"
    assert second.start.astimezone(UTC) == utc("2025-11-03T16:00")
    assert own_zone_instant(calendar, second["DTSTART"]) == utc("2025-11-03T16:00")
    # ...and 14:00 the Friday before is 19:00 UTC (CDT, -5).
    assert first.start.astimezone(UTC) == utc("2025-10-24T19:00")
    assert own_zone_instant(calendar, first["DTEND"]) == utc("2025-10-24T20:00")
    assert str(second["SUMMARY"]) == "Interview: Data Engineer at Larchmont Analytics (round 2)"
    assert "Priya Raman (VP, Research)" in str(second["DESCRIPTION"])
    assert {tz.tz_name for tz in calendar.timezones} == {"America/Chicago", "Europe/London"}

    js = {e["uid"]: e for e in parse_with_icaljs(feed)["events"]}
    assert js_time(js[f"round-{world.second.pk}@pursuit"]["start"]) == utc("2025-11-03T16:00")
    assert js_time(js[f"round-{world.second.pk}@pursuit"]["end"]) == utc("2025-11-03T17:00")
    assert js[f"round-{world.second.pk}@pursuit"]["startZone"] == "America/Chicago"
    assert js_time(js[f"round-{world.first.pk}@pursuit"]["start"]) == utc("2025-10-24T19:00")
    assert js[f"round-{world.second.pk}@pursuit"]["alarms"] == [{
        "action": "DISPLAY", "absolute": False, "trigger": "-PT1H",
        "description": "In an hour: Interview: Data Engineer at Larchmont Analytics (round 2)"}]


def test_a_london_interviewers_thank_you_deadline_is_9_in_london(world: World,
                                                                 feed: bytes) -> None:
    touch = world.touch("thank_you_email", world.first)
    uid = f"touch-{touch.pk}@pursuit"
    calendar = Calendar.from_ical(feed)
    todo = by_uid(calendar.todos)[uid]
    # London left summer time on 26 Oct: 9:00 on Monday 27 Oct is 9:00 UTC (4:00 in Chicago,
    # which is still on summer time).
    assert str(todo["SUMMARY"]) == "Thank-you e-mail to Priya Raman"
    assert todo["DUE"].params["TZID"] == "Europe/London"
    assert todo["DUE"].dt.astimezone(UTC) == utc("2025-10-27T09:00")
    assert own_zone_instant(calendar, todo["DUE"]) == utc("2025-10-27T09:00")
    assert own_zone_instant(calendar, todo["DTSTART"]) == utc("2025-10-24T20:00")
    assert "due by 9:00 Mon 27 Oct 2025 (Europe/London time; 4:00 Mon 27 Oct 2025 your time)" \
        in str(todo["DESCRIPTION"])
    (alarm,) = todo.walk("VALARM")
    assert alarm["TRIGGER"].params["VALUE"] == "DATE-TIME"
    assert alarm["TRIGGER"].dt == utc("2025-10-24T21:00")  # an hour after the interview

    js = {t["uid"]: t for t in parse_with_icaljs(feed)["todos"]}[uid]
    assert js["due"]["tzid"] == "Europe/London"
    assert js_time(js["due"]["utc"]) == utc("2025-10-27T09:00")
    assert js_time(js["start"]["utc"]) == utc("2025-10-24T20:00")
    assert js["alarms"][0]["absolute"] is True
    assert js_time(js["alarms"][0]["trigger"]) == utc("2025-10-24T21:00")


def test_dated_touches_ring_at_the_start_of_the_users_day_on_both_sides_of_dst(
        world: World, feed: bytes) -> None:
    before = world.touch("follow_up_call", world.first)  # Wednesday 29 Oct, CDT
    after = world.touch("follow_up_call", world.second)  # Monday 10 Nov, CST
    assert (before.due_on, after.due_on) == (date(2025, 10, 29), date(2025, 11, 10))
    todos = by_uid(Calendar.from_ical(feed).todos)
    js = {t["uid"]: t for t in parse_with_icaljs(feed)["todos"]}
    for touch, ring in ((before, "2025-10-29T14:00"), (after, "2025-11-10T15:00")):
        uid = f"touch-{touch.pk}@pursuit"
        todo = todos[uid]
        assert todo["DUE"].params["VALUE"] == "DATE"
        assert todo["DUE"].dt == touch.due_on
        (alarm,) = todo.walk("VALARM")
        assert alarm["TRIGGER"].dt == utc(ring)  # 9:00 in Chicago either way
        assert js[uid]["due"] == {"date": touch.due_on.isoformat(), "tzid": None}
        assert js_time(js[uid]["alarms"][0]["trigger"]) == utc(ring)
        assert str(todo["SUMMARY"]) == "Follow-up call to Priya Raman"
        assert js[uid]["description"].startswith("Follow-up call 5-7 days after the interview")


def test_every_item_parses_in_both_and_done_touches_are_completed(world: World,
                                                                  feed: bytes) -> None:
    # Absolute triggers say so, or ical.js reads them as durations and fails.
    assert b"TRIGGER;VALUE=DATE-TIME:2025" in feed and b"\r\nTRIGGER:2025" not in feed
    calendar = Calendar.from_ical(feed)
    js = parse_with_icaljs(feed)
    assert sorted(e["uid"] for e in js["events"]) == sorted(str(e["UID"]) for e in calendar.events)
    assert sorted(t["uid"] for t in js["todos"]) == sorted(str(t["UID"]) for t in calendar.todos)
    assert len(js["todos"]) >= 6
    prep = world.touch("interview_preparation", world.second)
    done = {t["uid"]: t for t in js["todos"]}[f"touch-{prep.pk}@pursuit"]
    assert done["status"] == "COMPLETED" and done["alarms"] == []
    assert done["summary"] == "Prepare for the interview at Larchmont Analytics"
    assert done["completed"]["utc"].startswith("2025-10-29T17:00")
    for todo in js["todos"]:
        if todo["status"] == "NEEDS-ACTION":
            assert [a["absolute"] for a in todo["alarms"]] == [True], todo["uid"]
    # Times in both parsers agree everywhere, not only where the tests looked.
    for component in calendar.todos:
        theirs = {t["uid"]: t for t in js["todos"]}[str(component["UID"])]
        due = component["DUE"].dt
        if isinstance(due, datetime):
            assert js_time(theirs["due"]["utc"]) == due.astimezone(UTC)
        else:
            assert theirs["due"]["date"] == due.isoformat()
