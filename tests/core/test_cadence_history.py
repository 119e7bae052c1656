"""Done touches are history: re-planning never moves, repeats or cancels them."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from pursuit.core.cadence import Event, Plan

from .test_cadence_builders import (
    application,
    by_key,
    event,
    interview,
    of_type,
    person,
    plan_of,
    reference,
)

FRIDAY = "2025-10-17 15:00"


def test_done_touches_of_an_unchanged_application_change_nothing() -> None:
    app = application(interview(1, FRIDAY), references=[reference("Tom Alvarez")])
    plan = plan_of(app)
    done = [t.key for t in plan.touches[:4]]
    assert plan_of(app, done=done) == plan


def test_a_call_made_on_the_day_of_a_reply_stays_and_is_not_repeated() -> None:
    # The call was made on Wednesday 22; the reply came that afternoon. R7 removes follow-ups
    # dated on or after the reply's day, but the call is history.
    app = application(
        interview(1, FRIDAY), events=[event("interviewer_replied", "2025-10-22 16:00")]
    )
    plan = plan_of(app, done=["follow_up_call:r1"])
    [call] = of_type(plan.touches, "follow_up_call")
    assert (call.key, str(call.date)) == ("follow_up_call:r1", "2025-10-22")
    [first] = of_type(plan.touches, "follow_up_after_reply")
    assert (str(first.date), first.channel) == ("2025-10-29", "phone")


def test_a_done_follow_up_is_never_cancelled_by_a_stop() -> None:
    app = application(interview(1, FRIDAY), events=[event("job_filled", "2025-10-30 11:00")])
    plan = plan_of(app, done=["weekly:r1:w2"])
    assert "weekly:r1:w2" in by_key(plan)
    assert "weekly:r1:w2" not in {t.key for t in plan.cancelled}
    assert "weekly:r1:w3" in {t.key for t in plan.cancelled}


def test_a_done_follow_up_survives_a_round_added_before_it() -> None:
    app = application(interview(1, FRIDAY), interview(2, "2025-10-31 15:00"))
    plan = plan_of(app, done=["weekly:r1:w2"])  # done on 5 November, after round 2's date
    assert str(by_key(plan)["weekly:r1:w2"].date) == "2025-11-05"
    assert "weekly:r1:w3" not in by_key(plan)


def test_a_done_alert_stays_once_the_reference_is_marked_alerted() -> None:
    alerted = reference("Tom Alvarez", alerted_on="2025-10-16")
    app = application(interview(1, FRIDAY), references=[alerted])
    assert of_type(plan_of(app).touches, "reference_alert") == []
    [alert] = of_type(plan_of(app, done=["reference_alert:tom-alvarez"]).touches, "reference_alert")
    assert alert.key == "reference_alert:tom-alvarez"


def test_a_sent_postal_letter_stays_when_the_address_is_later_unknown() -> None:
    plan = plan_of(application(interview(1, FRIDAY), address=None), done=["postal_letter"])
    assert [t.key for t in of_type(plan.touches, "postal_letter")] == ["postal_letter"]
    assert plan.warnings == ()


def test_a_done_removed_touch_keeps_its_key_and_nothing_takes_it_twice() -> None:
    app = application(
        interview(1, FRIDAY),
        events=[
            event("interviewer_replied", "2025-10-23 11:00"),
            event("rejected", "2025-11-20 09:00"),
        ],
    )
    plan = plan_of(app, done=["weekly:r1:w1", "after_reply:1:j3"])
    keys = [t.key for t in (*plan.touches, *plan.cancelled)]
    assert len(keys) == len(set(keys))
    assert {"weekly:r1:w1", "after_reply:1:j3"} <= set(by_key(plan))


def test_follow_ups_done_after_a_reply_survive_a_stop_dated_before_the_reply() -> None:
    # The reply of Thursday 23 October started after-reply follow-ups; two were carried out.
    # Then the user records that the job was filled on Monday 20 (before the reply). R7 ignores
    # events after the stop, but what was done after the reply is history.
    reply = event("interviewer_replied", "2025-10-23 11:00")
    before = plan_of(application(interview(1, FRIDAY), events=[reply]), horizon="2025-11-30")
    done = ["after_reply:1:j0", "after_reply:1:j1"]
    app = application(interview(1, FRIDAY), events=[reply, event("job_filled", "2025-10-20 09:00")])
    plan = plan_of(app, horizon="2025-11-30", done=done)
    for key in done:  # same date (30 October, 6 November) and channel, not cancelled
        assert by_key(plan)[key] == by_key(before)[key]
    assert [t.key for t in of_type(plan.touches, "follow_up_after_reply")] == ["after_reply:1:j0"]
    assert [t.key for t in of_type(plan.touches, "weekly_follow_up")] == ["after_reply:1:j1"]
    # The ignored reply re-plans nothing: the stop cancels the call and the weeks from the 20th.
    assert [(t.key, str(t.date)) for t in plan.cancelled] == [
        ("postal_letter", "2025-10-20"),
        ("follow_up_call:r1", "2025-10-22"),
        ("weekly:r1:w1", "2025-10-29"),
        ("weekly:r1:w2", "2025-11-05"),
        ("weekly:r1:w3", "2025-11-12"),
        ("weekly:r1:w4", "2025-11-19"),
        ("weekly:r1:w5", "2025-11-26"),
    ]
    assert plan_of(app, horizon="2025-11-30") == plan_of(
        application(interview(1, FRIDAY), events=[event("job_filled", "2025-10-20 09:00")]),
        horizon="2025-11-30",
    )


def test_a_sent_letter_stays_when_a_reply_frees_the_day_the_call_had_taken() -> None:
    # Holidays from Monday 20 to Thursday 23 put both next_bd(17 October) and the call
    # (on_or_after(22)) on Friday 24, so the letter takes Monday 27. A reply on Saturday 18
    # removes the call; R7 leaves the letter alone, and it was sent: it stays on the 27th.
    days_off = ["2025-10-20", "2025-10-21", "2025-10-22", "2025-10-23"]
    first = plan_of(application(interview(1, FRIDAY)), holidays=days_off)
    letter = by_key(first)["postal_letter"]
    assert str(letter.date) == "2025-10-27"
    replied = application(
        interview(1, FRIDAY), events=[event("interviewer_replied", "2025-10-18 10:00")]
    )
    for done in ([], ["postal_letter"]):  # the same plan whether or not it was sent
        plan = plan_of(replied, holidays=days_off, done=done)
        assert by_key(plan)["postal_letter"] == letter
        assert "follow_up_call:r1" not in by_key(plan)
        # The first follow-up after the reply (N0 = Saturday 25) falls on the letter's day.
        assert str(by_key(plan)["after_reply:1:j0"].date) == "2025-10-27"


# Hypothesis' counterexample, written out: round 2 starts a minute before round 1 (the order
# of numbers does not matter: rounds go by instant), a reply at round 2's start (no round had
# started: it re-plans nothing but is reply 1), and reply 2 on 7 January re-plans round 1.
NOBODY_HAS_MAIL = person("Person 0", email=None)
OUT_OF_ORDER = (
    interview(1, "2024-12-31 17:01", minutes=15, people=[NOBODY_HAS_MAIL], status="scheduled"),
    interview(2, "2024-12-31 17:00", minutes=15, people=[], status="scheduled"),
)
REPLIES = (
    event("interviewer_replied", "2025-01-07 00:00"),
    event("interviewer_replied", "2024-12-31 17:00"),
)


def _out_of_order_plan(*more: Event, done: Iterable[str] = ()) -> Plan:
    return plan_of(
        application(*OUT_OF_ORDER, events=[*REPLIES, *more]), horizon="2025-01-01", done=done
    )


def test_a_done_follow_up_after_a_reply_survives_a_later_reply_with_rounds_out_of_order() -> None:
    first = _out_of_order_plan()
    done = by_key(first)["after_reply:2:j0"]
    assert (done.round, str(done.date), done.channel) == (1, "2025-01-14", "email")
    again = _out_of_order_plan(event("interviewer_replied", "2025-01-08 10:00"), done=[done.key])
    assert by_key(again)[done.key] == done
    assert "after_reply:3:j0" in by_key(again)  # the new reply's own follow-up


@pytest.mark.xfail(
    strict=True,
    reason="after_reply:<n> numbers replies in time order (cadence.md), so a reply recorded "
    "with a date before a recorded reply renumbers it: the done key then names the new "
    "reply's follow-up and the one carried out is planned again under the next number. "
    "The app passes each stored reply's key (the test below); `pursuit plan` scenarios have "
    "no ids and are planned whole each time, so they keep the time-order numbering.",
)
def test_a_reply_dated_before_a_recorded_one_neither_moves_nor_repeats_its_done_follow_up() -> None:
    first = _out_of_order_plan()
    done = by_key(first)["after_reply:2:j0"]  # e-mailed on Tuesday 14 January
    # A reply of 31 December 17:02 turns up (an older e-mail read late).
    again = _out_of_order_plan(event("interviewer_replied", "2024-12-31 17:02"), done=[done.key])
    assert by_key(again)[done.key].date == done.date  # not moved
    repeats = [
        t
        for t in again.touches
        if t.key != done.key
        and (t.type, t.recipient_key, t.date) == (done.type, done.recipient_key, done.date)
    ]
    assert repeats == []  # not planned a second time under another key


def test_with_keyed_replies_a_reply_read_late_repeats_no_done_follow_up() -> None:
    """The app keys replies by their stored event, so a late-read older reply renames nothing."""
    keyed = tuple(Event(type=e.type, at=e.at, key=f"e{n}") for n, e in enumerate(REPLIES, 1))

    def plan(*more: Event, done: Iterable[str] = ()) -> Plan:
        return plan_of(application(*OUT_OF_ORDER, events=[*keyed, *more]),
                       horizon="2025-01-01", done=done)

    first = plan()
    done = next(t for t in first.touches if t.type == "follow_up_after_reply"
                and str(t.date) == "2025-01-14")
    late = Event(type="interviewer_replied", at=event("x", "2024-12-31 17:02").at, key="e9")
    again = plan(late, done=[done.key])
    assert done.key in by_key(again)  # kept under its own name
    repeats = [t for t in again.touches if t.key != done.key
               and (t.type, t.recipient_key, t.date) == (done.type, done.recipient_key,
                                                         done.date)]
    assert repeats == []
