"""R7 events, worked out by hand. The base case: a Friday 2025-10-17 interview in Denver, so
the call is on Wednesday 22 and weekly follow-ups on Wednesdays from 29 October."""

from __future__ import annotations

import pytest

from pursuit.core.cadence import STOPPING_EVENTS, Plan, PlannedTouch

from .test_cadence_builders import (
    TOKYO,
    application,
    dates,
    event,
    interview,
    of_type,
    plan_of,
    reference,
)

FRIDAY = "2025-10-17 15:00"
HORIZON = "2025-11-30"
FOLLOW_UPS = ("follow_up_call", "weekly_follow_up", "follow_up_after_reply")


def follow_ups(touches: tuple[PlannedTouch, ...]) -> list[tuple[str, str, str, int | None]]:
    return [(t.key, str(t.date), t.channel, t.week) for t in touches if t.type in FOLLOW_UPS]


def planned_with(*events: object, channel: str = "no_preference", **kw: object) -> Plan:
    app = application(
        interview(1, FRIDAY),
        references=[reference("Tom Alvarez")],
        events=events,  # type: ignore[arg-type]
        channel=channel,
    )
    return plan_of(app, horizon=HORIZON, **kw)  # type: ignore[arg-type]


# --- stopping events ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(STOPPING_EVENTS))
def test_a_stopping_event_cancels_the_follow_ups_from_its_day(kind: str) -> None:
    plan = planned_with(event(kind, "2025-10-30 11:00"))
    assert follow_ups(plan.touches) == [
        ("follow_up_call:r1", "2025-10-22", "phone", None),
        ("weekly:r1:w1", "2025-10-29", "email", 1),
    ]
    assert [(t.key, str(t.date), t.cancelled_by) for t in plan.cancelled] == [
        ("weekly:r1:w2", "2025-11-05", kind),
        ("weekly:r1:w3", "2025-11-12", kind),
        ("weekly:r1:w4", "2025-11-19", kind),
        ("weekly:r1:w5", "2025-11-26", kind),  # up to the horizon
    ]
    # What came before the event stays.
    assert [t.type for t in plan.touches] == [
        "reference_alert",
        "thank_you_email",
        "postal_letter",
        "follow_up_call",
        "weekly_follow_up",
    ]


def test_a_stop_on_the_day_of_a_touch_cancels_it() -> None:
    plan = planned_with(event("job_filled", "2025-10-22 17:00"))
    assert of_type(plan.touches, "follow_up_call") == []
    assert plan.cancelled[0].key == "follow_up_call:r1"


def test_an_early_stop_cancels_the_postal_letter_but_not_the_thank_you_or_the_alert() -> None:
    plan = planned_with(event("rejected", "2025-10-20 08:00"))
    assert [t.type for t in plan.touches] == ["reference_alert", "thank_you_email"]
    assert [t.type for t in plan.cancelled][:2] == ["postal_letter", "follow_up_call"]
    assert {t.cancelled_by for t in plan.cancelled} == {"rejected"}


def test_no_round_follows_a_stopping_event() -> None:
    app = application(
        interview(1, FRIDAY),
        interview(2, "2025-10-31 15:00"),
        events=[event("offer_received", "2025-10-30 11:00")],
    )
    plan = plan_of(app, horizon=HORIZON)
    assert {t.round for t in plan.touches} == {None, 1}
    assert {t.round for t in plan.cancelled} == {1}
    # Round 1's weeks are no longer cut by round 2: they are cancelled up to the horizon.
    assert dates(plan.cancelled, "weekly_follow_up")[-1] == "2025-11-26"
    assert [w.split(":")[0] for w in plan.warnings] == ["round_after_stop"]


def test_the_event_date_is_read_in_the_zone_of_the_latest_round_before_it() -> None:
    # Thursday 08:00 in Tokyo is still Wednesday 17:00 in Denver: the Tokyo date counts, so
    # the Wednesday 29 October follow-up was due before the event and stays.
    app = application(
        interview(1, "2025-10-17 10:00", tz=TOKYO),
        events=[event("job_closed", "2025-10-30 08:00", tz=TOKYO)],
    )
    plan = plan_of(app, horizon="2025-11-12")
    assert dates(plan.touches, "weekly_follow_up") == ["2025-10-29"]
    assert dates(plan.cancelled, "weekly_follow_up") == ["2025-11-05", "2025-11-12"]


def test_events_after_a_stop_change_nothing() -> None:
    stopped = planned_with(event("job_filled", "2025-10-30 11:00"))
    replied_later = planned_with(
        event("job_filled", "2025-10-30 11:00"), event("interviewer_replied", "2025-11-03 09:00")
    )
    assert replied_later == stopped


def test_a_stop_before_any_round_leaves_nothing_to_plan() -> None:
    plan = planned_with(event("candidate_withdrew", "2025-10-16 09:00"))
    assert plan.touches == () and plan.cancelled == ()


def test_events_the_cadence_does_not_know_change_nothing() -> None:
    assert planned_with(event("note", "2025-10-23 11:00")) == planned_with()


# --- interviewer_replied -----------------------------------------------------------------------


def test_a_reply_replans_from_a_week_later() -> None:
    plan = planned_with(event("interviewer_replied", "2025-10-23 11:00"))
    # E = Thu 23; N0 = Thu 30. The first removed touch was week 1 (e-mail).
    assert follow_ups(plan.touches) == [
        ("follow_up_call:r1", "2025-10-22", "phone", None),
        ("after_reply:1:j0", "2025-10-30", "email", None),
        ("after_reply:1:j1", "2025-11-06", "phone", 1),
        ("after_reply:1:j2", "2025-11-13", "email", 2),
        ("after_reply:1:j3", "2025-11-20", "phone", 3),
        ("after_reply:1:j4", "2025-11-27", "email", 4),
    ]
    assert [t.type for t in of_type(plan.touches, "follow_up_after_reply")] == [
        "follow_up_after_reply"
    ]
    assert plan.cancelled == ()  # removed, not cancelled


def test_a_reply_with_a_decision_date_waits_for_the_day_after_it() -> None:
    plan = planned_with(
        event("interviewer_replied", "2025-10-23 11:00", decision_expected_by="2025-11-10")
    )
    assert follow_ups(plan.touches)[1:] == [
        ("after_reply:1:j0", "2025-11-11", "email", None),
        ("after_reply:1:j1", "2025-11-18", "phone", 1),
        ("after_reply:1:j2", "2025-11-25", "email", 2),
    ]


def test_a_decision_date_sooner_than_a_week_changes_nothing() -> None:
    soon = planned_with(
        event("interviewer_replied", "2025-10-23 11:00", decision_expected_by="2025-10-25")
    )
    assert soon == planned_with(event("interviewer_replied", "2025-10-23 11:00"))


def test_a_reply_before_the_call_carries_on_with_the_calls_channel() -> None:
    plan = planned_with(event("interviewer_replied", "2025-10-20 10:00"))
    assert follow_ups(plan.touches)[:2] == [
        ("after_reply:1:j0", "2025-10-27", "phone", None),
        ("after_reply:1:j1", "2025-11-03", "email", 1),
    ]


def test_after_a_reply_an_employer_who_prefers_email_still_gets_email() -> None:
    plan = planned_with(event("interviewer_replied", "2025-10-20 10:00"), channel="email")
    assert {t.channel for t in plan.touches if t.type in FOLLOW_UPS} == {"email"}


def test_after_a_reply_a_holiday_moves_one_touch_and_not_the_rhythm() -> None:
    plan = planned_with(event("interviewer_replied", "2025-10-23 11:00"), holidays=["2025-10-30"])
    assert [d for _, d, _, _ in follow_ups(plan.touches)][1:3] == ["2025-10-31", "2025-11-06"]


def test_a_second_reply_replans_the_first_replys_touches() -> None:
    plan = planned_with(
        event("interviewer_replied", "2025-10-23 11:00"),
        event("interviewer_replied", "2025-11-05 09:00"),
    )
    assert follow_ups(plan.touches) == [
        ("follow_up_call:r1", "2025-10-22", "phone", None),
        ("after_reply:1:j0", "2025-10-30", "email", None),
        # Removed: 1:j1 on Thursday 6 November, a phone call; the new rhythm carries it on.
        ("after_reply:2:j0", "2025-11-12", "phone", None),
        ("after_reply:2:j1", "2025-11-19", "email", 1),
        ("after_reply:2:j2", "2025-11-26", "phone", 2),
    ]


def test_a_stop_after_a_reply_cancels_the_replanned_touches() -> None:
    plan = planned_with(
        event("interviewer_replied", "2025-10-23 11:00"), event("job_filled", "2025-11-10 09:00")
    )
    assert [k for k, *_ in follow_ups(plan.touches)] == [
        "follow_up_call:r1",
        "after_reply:1:j0",
        "after_reply:1:j1",
    ]
    assert [(t.key, str(t.date), t.cancelled_by) for t in plan.cancelled] == [
        ("after_reply:1:j2", "2025-11-13", "job_filled"),
        ("after_reply:1:j3", "2025-11-20", "job_filled"),
        ("after_reply:1:j4", "2025-11-27", "job_filled"),
    ]


def test_a_reply_between_rounds_replans_the_earlier_round_up_to_the_next() -> None:
    app = application(
        interview(1, FRIDAY),
        interview(2, "2025-11-10 10:00"),
        events=[event("interviewer_replied", "2025-10-23 11:00")],
    )
    plan = plan_of(app, horizon="2025-11-24")
    assert [(k, d) for k, d, _, _ in follow_ups(plan.touches)] == [
        ("follow_up_call:r1", "2025-10-22"),
        ("after_reply:1:j0", "2025-10-30"),
        ("after_reply:1:j1", "2025-11-06"),
        ("follow_up_call:r2", "2025-11-17"),  # Monday 10 + 5 = Saturday -> Monday 17
        ("weekly:r2:w1", "2025-11-24"),
    ]


def test_a_reply_before_any_round_has_nothing_to_replan() -> None:
    assert planned_with(event("interviewer_replied", "2025-10-10 10:00")) == planned_with()


def test_a_reply_leaves_thank_yous_alerts_and_the_letter_alone() -> None:
    def others(plan: Plan) -> list[PlannedTouch]:
        return [t for t in plan.touches if t.type not in FOLLOW_UPS]

    replied = planned_with(event("interviewer_replied", "2025-10-17 17:00"))
    assert others(replied) == others(planned_with())


def test_the_carried_channel_is_the_first_removed_touchs_even_after_weeks_of_holidays() -> None:
    # Holidays from 29 October to 13 November pile weeks 1-3 onto Friday 14 November. A reply
    # on 12 November removes them all; the first removed is week 1, an e-mail.
    shutdown = [f"2025-{d}" for d in ("10-29", "10-30", "10-31")] + [
        f"2025-11-{d:02d}" for d in range(3, 14)
    ]
    plan = planned_with(event("interviewer_replied", "2025-11-12 10:00"), holidays=shutdown)
    assert follow_ups(plan.touches)[:2] == [
        ("follow_up_call:r1", "2025-10-22", "phone", None),
        ("after_reply:1:j0", "2025-11-19", "email", None),
    ]
