"""Done touches are history: re-planning never moves, repeats or cancels them."""

from __future__ import annotations

from .test_cadence_builders import (
    application,
    by_key,
    event,
    interview,
    of_type,
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
