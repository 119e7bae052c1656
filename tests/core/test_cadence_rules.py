"""R2-R6 of cadence.md, with dates worked out by hand (2025-10-17 is a Friday)."""

from __future__ import annotations

import pytest

from pursuit.core.cadence import PlannedTouch
from pursuit.core.errors import BadInput

from .test_cadence_builders import (
    PRIYA,
    SAM,
    TOKYO,
    application,
    dates,
    day,
    interview,
    of_type,
    only,
    person,
    plan_of,
    reference,
)

FRIDAY = "2025-10-17 15:00"  # a Friday 15:00-16:00 interview in America/Denver
TOM = reference("Tom Alvarez")


def summary(t: PlannedTouch) -> tuple[object, ...]:
    window = (
        (t.not_before.isoformat(), t.deadline.isoformat()) if t.not_before and t.deadline else None
    )
    return (t.type, t.recipient_name, t.channel, str(t.date) if t.date else window, t.week)


def test_the_example_of_cadence_md() -> None:
    plan = plan_of(application(interview(1, FRIDAY), references=[TOM]), horizon="2025-11-04")
    assert [summary(t) for t in plan.touches] == [
        ("reference_alert", "Tom Alvarez", "email", "2025-10-17", None),
        (
            "thank_you_email",
            "Priya Raman",
            "email",
            ("2025-10-17T16:00:00-06:00", "2025-10-20T09:00:00-06:00"),
            None,
        ),
        ("postal_letter", "Priya Raman", "post", "2025-10-20", None),
        ("follow_up_call", "Priya Raman", "phone", "2025-10-22", None),
        ("weekly_follow_up", "Priya Raman", "email", "2025-10-29", 1),
    ]
    assert plan.cancelled == () and plan.warnings == ()
    assert only(plan.touches, "postal_letter").address == "1 Main St, Denver, CO"


# --- R2 reference alert ------------------------------------------------------------------------


def test_a_reference_is_alerted_on_the_first_rounds_date_once() -> None:
    app = application(interview(1, FRIDAY), interview(2, "2025-10-31 15:00"), references=[TOM])
    assert dates(plan_of(app).touches, "reference_alert") == ["2025-10-17"]


def test_each_reference_gets_its_own_alert_by_their_channel() -> None:
    ann = reference("Ann Bell", email=None)
    alerts = of_type(
        plan_of(application(interview(1, FRIDAY), references=[TOM, ann])).touches, "reference_alert"
    )
    assert sorted((t.recipient_name, t.channel) for t in alerts) == [
        ("Ann Bell", "phone"),
        ("Tom Alvarez", "email"),
    ]


def test_a_reference_already_alerted_for_this_application_gets_none() -> None:
    app = application(
        interview(1, FRIDAY), references=[reference("Tom Alvarez", alerted_on="2025-10-10")]
    )
    assert of_type(plan_of(app).touches, "reference_alert") == []


def test_a_saturday_round_alerts_on_the_business_day_before() -> None:
    app = application(interview(1, "2025-10-18 10:00"), references=[TOM])
    assert dates(plan_of(app).touches, "reference_alert") == ["2025-10-17"]


def test_a_round_on_a_holiday_alerts_on_the_business_day_before() -> None:
    app = application(interview(1, FRIDAY), references=[TOM])
    assert dates(plan_of(app, holidays=["2025-10-17"]).touches, "reference_alert") == ["2025-10-16"]


def test_a_reference_who_also_interviews_is_not_visited_twice_in_a_day() -> None:
    # Ken, a former colleague and a reference, interviews from Los Angeles without an e-mail
    # address: the Monday-morning Tokyo round ends on Sunday his time, so his thank-you
    # letter is dated Monday, the round's date. The alert takes the business day before.
    ken = person("Ken Sato", email=None, tz="America/Los_Angeles")
    app = application(
        interview(1, "2025-10-20 09:00", tz=TOKYO, people=[ken]),
        references=[reference("Ken Sato")],
    )
    plan = plan_of(app)
    assert dates(plan.touches, "thank_you_letter") == ["2025-10-20"]
    assert dates(plan.touches, "reference_alert") == ["2025-10-17"]


# --- R3 postal letter --------------------------------------------------------------------------


def test_one_postal_letter_per_application_to_the_hiring_manager() -> None:
    app = application(interview(1, FRIDAY, people=[SAM, PRIYA]), interview(2, "2025-10-31 15:00"))
    [letter] = of_type(plan_of(app).touches, "postal_letter")
    assert (letter.recipient_name, str(letter.date), letter.key) == (
        "Priya Raman",
        "2025-10-20",
        "postal_letter",
    )


def test_without_a_hiring_manager_the_letter_goes_to_the_first_rounds_lead_interviewer() -> None:
    rita = person("Rita Gomez", role="recruiter")
    ann = person("Ann Lee")
    app = application(
        interview(1, FRIDAY, people=[rita, SAM]), interview(2, "2025-10-31 15:00", people=[ann])
    )
    assert only(plan_of(app).touches, "postal_letter").recipient_name == "Sam Chen"


def test_a_round_of_recruiters_only_falls_back_to_its_first_person() -> None:
    rita = person("Rita Gomez", role="recruiter")
    cory = person("Cory Pike", role="coordinator")
    app = application(interview(1, FRIDAY, people=[rita, cory]))
    plan = plan_of(app)
    assert only(plan.touches, "postal_letter").recipient_name == "Rita Gomez"
    assert only(plan.touches, "follow_up_call").recipient_name == "Rita Gomez"


def test_the_hiring_manager_of_a_later_round_gets_the_letter() -> None:
    app = application(
        interview(1, FRIDAY, people=[SAM]), interview(2, "2025-10-31 15:00", people=[PRIYA])
    )
    plan = plan_of(app)
    assert only(plan.touches, "postal_letter").recipient_name == "Priya Raman"
    assert {t.recipient_name for t in of_type(plan.touches, "follow_up_call")} == {"Priya Raman"}


def test_no_mailing_address_means_no_letter_and_a_warning() -> None:
    plan = plan_of(application(interview(1, FRIDAY), address=None))
    assert of_type(plan.touches, "postal_letter") == []
    assert len(plan.warnings) == 1 and plan.warnings[0].startswith("no_mailing_address: ")


def test_a_holiday_monday_moves_the_letter_to_tuesday() -> None:
    plan = plan_of(application(interview(1, FRIDAY)), holidays=["2025-10-20"])
    assert dates(plan.touches, "postal_letter") == ["2025-10-21"]


def test_the_letter_makes_way_for_a_thank_you_letter_to_the_same_person() -> None:
    priya_by_post = person("Priya Raman", email=None, hiring_manager=True)
    plan = plan_of(application(interview(1, FRIDAY, people=[priya_by_post])))
    assert dates(plan.touches, "thank_you_letter") == ["2025-10-20"]
    assert dates(plan.touches, "postal_letter") == ["2025-10-21"]  # "the business day after"


def test_when_the_employer_prefers_mail_the_letter_follows_the_thank_you_letter() -> None:
    plan = plan_of(application(interview(1, FRIDAY, people=[PRIYA, SAM]), channel="mail"))
    assert dates(plan.touches, "postal_letter") == ["2025-10-21"]


def test_when_both_letter_dates_are_taken_the_letter_keeps_the_first_and_both_stay() -> None:
    priya_by_post = person("Priya Raman", email=None, hiring_manager=True)
    app = application(
        interview(1, FRIDAY, people=[priya_by_post]),
        interview(2, "2025-10-20 10:00", people=[priya_by_post]),
    )
    plan = plan_of(app)
    assert dates(plan.touches, "thank_you_letter") == ["2025-10-20", "2025-10-21"]
    assert dates(plan.touches, "postal_letter") == ["2025-10-20"]


# --- R4 follow-up call -------------------------------------------------------------------------


def test_the_call_is_five_days_after_the_round() -> None:
    call = only(plan_of(application(interview(1, FRIDAY))).touches, "follow_up_call")
    assert (str(call.date), call.channel, call.key) == ("2025-10-22", "phone", "follow_up_call:r1")


def test_a_call_due_on_a_sunday_is_made_on_monday() -> None:
    plan = plan_of(application(interview(1, "2025-10-21 10:00")))  # Tuesday + 5 = Sunday
    assert dates(plan.touches, "follow_up_call") == ["2025-10-27"]


def test_when_days_five_to_seven_are_holidays_the_call_is_the_next_business_day() -> None:
    plan = plan_of(
        application(interview(1, FRIDAY)), holidays=["2025-10-22", "2025-10-23", "2025-10-24"]
    )
    assert dates(plan.touches, "follow_up_call") == ["2025-10-27"]


def test_an_employer_who_prefers_email_gets_emails_only() -> None:
    plan = plan_of(application(interview(1, FRIDAY), channel="email"), horizon="2025-11-12")
    follow_ups = of_type(plan.touches, "follow_up_call") + of_type(plan.touches, "weekly_follow_up")
    assert [t.channel for t in follow_ups] == ["email"] * 4


@pytest.mark.parametrize("channel", ["phone", "mail"])
def test_phone_and_mail_preferences_plan_like_no_preference(channel: str) -> None:
    def rhythm(preferred: str) -> list[tuple[str, str | None]]:
        plan = plan_of(application(interview(1, FRIDAY), channel=preferred))
        return [
            (t.key, t.channel)
            for t in plan.touches
            if t.type in ("follow_up_call", "weekly_follow_up")
        ]

    assert rhythm(channel) == rhythm("no_preference")


# --- R5 weekly follow-ups ----------------------------------------------------------------------


def test_weekly_follow_ups_alternate_email_and_phone_up_to_the_horizon_inclusive() -> None:
    plan = plan_of(application(interview(1, FRIDAY)), horizon="2025-11-12")
    weekly = of_type(plan.touches, "weekly_follow_up")
    assert [(str(t.date), t.channel, t.week, t.key) for t in weekly] == [
        ("2025-10-29", "email", 1, "weekly:r1:w1"),
        ("2025-11-05", "phone", 2, "weekly:r1:w2"),
        ("2025-11-12", "email", 3, "weekly:r1:w3"),
    ]
    assert (
        len(
            of_type(
                plan_of(application(interview(1, FRIDAY)), horizon="2025-11-11").touches,
                "weekly_follow_up",
            )
        )
        == 2
    )


def test_a_week_moved_by_a_holiday_does_not_move_the_weeks_after_it() -> None:
    plan = plan_of(application(interview(1, FRIDAY)), holidays=["2025-11-05"], horizon="2025-11-19")
    assert dates(plan.touches, "weekly_follow_up") == [
        "2025-10-29",
        "2025-11-06",  # Wednesday 5 is a holiday
        "2025-11-12",
        "2025-11-19",
    ]


def test_weeks_are_anchored_on_the_calls_actual_date() -> None:
    # The call slips from Wednesday 22 to Thursday 23; the weeks follow on Thursdays.
    plan = plan_of(application(interview(1, FRIDAY)), holidays=["2025-10-22"], horizon="2025-11-06")
    assert dates(plan.touches, "follow_up_call") == ["2025-10-23"]
    assert dates(plan.touches, "weekly_follow_up") == ["2025-10-30", "2025-11-06"]


# --- R6 rounds ---------------------------------------------------------------------------------


def test_the_next_round_cuts_the_previous_rounds_follow_ups_and_starts_its_own() -> None:
    app = application(interview(1, FRIDAY), interview(2, "2025-10-31 15:00"))
    plan = plan_of(app, horizon="2025-11-19")
    follow_ups = [
        (t.round, t.type, str(t.date), t.week)
        for t in plan.touches
        if t.type in ("follow_up_call", "weekly_follow_up")
    ]
    assert follow_ups == [
        (1, "follow_up_call", "2025-10-22", None),
        (1, "weekly_follow_up", "2025-10-29", 1),
        (2, "follow_up_call", "2025-11-05", None),
        (2, "weekly_follow_up", "2025-11-12", 1),
        (2, "weekly_follow_up", "2025-11-19", 2),
    ]


def test_a_round_on_the_day_of_the_call_replaces_the_call() -> None:
    app = application(interview(1, FRIDAY), interview(2, "2025-10-22 10:00"))
    calls = of_type(plan_of(app).touches, "follow_up_call")
    assert [(t.round, str(t.date)) for t in calls] == [(2, "2025-10-27")]


def test_the_second_rounds_thank_you_crosses_the_clock_change() -> None:
    app = application(interview(1, FRIDAY), interview(2, "2025-10-31 15:00"))
    [second] = [t for t in of_type(plan_of(app).touches, "thank_you_email") if t.round == 2]
    assert second.not_before is not None and second.deadline is not None
    assert second.not_before.isoformat() == "2025-10-31T16:00:00-06:00"
    assert second.deadline.isoformat() == "2025-11-03T09:00:00-07:00"  # MST from 2 November


def test_without_a_hiring_manager_each_round_follows_up_with_its_own_lead() -> None:
    ann = person("Ann Lee")
    app = application(
        interview(1, FRIDAY, people=[SAM]), interview(2, "2025-10-31 15:00", people=[ann])
    )
    calls = of_type(plan_of(app).touches, "follow_up_call")
    assert [(t.round, t.recipient_name) for t in calls] == [(1, "Sam Chen"), (2, "Ann Lee")]


def test_a_round_listing_nobody_plans_no_follow_ups_and_says_so() -> None:
    plan = plan_of(application(interview(1, FRIDAY, people=[])))
    assert plan.touches == ()
    assert [w.split(":")[0] for w in plan.warnings] == ["no_interviewer"]


def test_scheduled_and_rescheduled_rounds_plan_like_held_ones() -> None:
    def keyed(status: str) -> list[tuple[str, object]]:
        plan = plan_of(application(interview(1, FRIDAY, status=status)))
        return [(t.key, t.date) for t in plan.touches]

    assert keyed("scheduled") == keyed("held") == keyed("rescheduled")


@pytest.mark.parametrize("status", ["cancelled", "no_show"])
def test_a_cancelled_or_missed_round_counts_for_nothing(status: str) -> None:
    app = application(
        interview(1, FRIDAY, status=status),
        interview(2, "2025-10-21 10:00"),
        references=[TOM],
    )
    plan = plan_of(app, horizon="2025-11-03")
    assert {t.round for t in plan.touches} == {None, 2}
    assert dates(plan.touches, "reference_alert") == ["2025-10-21"]  # round 2 is now the first
    assert dates(plan.touches, "postal_letter") == ["2025-10-22"]
    assert dates(plan.touches, "follow_up_call") == ["2025-10-27"]


def test_a_cancelled_round_does_not_cut_the_rounds_before_it() -> None:
    app = application(interview(1, FRIDAY), interview(2, "2025-10-24 10:00", status="cancelled"))
    plan = plan_of(app, horizon="2025-11-05")
    assert dates(plan.touches, "weekly_follow_up") == ["2025-10-29", "2025-11-05"]


def test_a_scheduled_round_gets_a_preparation_item_the_business_day_before() -> None:
    app = application(
        interview(1, "2025-10-20 10:00", status="scheduled"), interview(2, "2025-11-04 10:00")
    )
    plan = plan_of(app, preparation=True)
    prep = only(plan.touches, "interview_preparation")
    assert (str(prep.date), prep.recipient_key, prep.round) == ("2025-10-17", "self", 1)
    assert of_type(plan_of(app).touches, "interview_preparation") == []  # off by default


def test_unknown_values_are_refused_naming_the_field() -> None:
    with pytest.raises(BadInput) as bad_channel:
        plan_of(application(interview(1, FRIDAY), channel="fax"))
    assert bad_channel.value.where == "application.preferred_channel"
    with pytest.raises(BadInput) as bad_status:
        plan_of(application(interview(1, FRIDAY, status="postponed")))
    assert bad_status.value.where == "round r1.status"


def test_the_plan_is_sorted_by_day_then_in_the_order_of_work() -> None:
    app = application(interview(1, FRIDAY, people=[PRIYA, SAM]), references=[TOM])
    plan = plan_of(app)
    days = [t.sort_date for t in plan.touches]
    assert days == sorted(days)
    assert [t.type for t in plan.touches[:3]] == [
        "reference_alert",
        "thank_you_email",
        "thank_you_email",
    ]
    assert day("2025-10-17") == plan.touches[0].sort_date
