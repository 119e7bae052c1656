"""R1 thank-yous: from the round's end to 09:00 on the next business day, on the reader's clock.

Expected values are worked out by hand from the calendar (2025-10-17 is a Friday; US clocks go
back on 2025-11-02 and forward on 2025-03-09; EU clocks go back on 2025-10-26 and forward on
2025-03-30).
"""

from __future__ import annotations

from datetime import UTC, datetime

from pursuit.core.cadence import Application, Round, plan_application

from .test_cadence_builders import (
    CHICAGO,
    LONDON,
    PRIYA,
    SAM,
    application,
    day,
    interview,
    of_type,
    only,
    person,
    plan_of,
)


def window(app: Application, who: str, **kw: object) -> tuple[str, str]:
    """(not_before, deadline) of `who`'s thank-you e-mail, as printed."""
    [touch] = [
        t
        for t in of_type(plan_of(app, **kw).touches, "thank_you_email")  # type: ignore[arg-type]
        if t.recipient_name == who
    ]
    assert touch.not_before is not None and touch.deadline is not None
    return touch.not_before.isoformat(), touch.deadline.isoformat()


def test_a_tuesday_interview_is_thanked_by_nine_on_wednesday() -> None:
    app = application(interview(1, "2025-10-21 10:00"))
    assert window(app, "Priya Raman") == ("2025-10-21T11:00:00-06:00", "2025-10-22T09:00:00-06:00")


def test_a_friday_afternoon_interview_is_thanked_by_nine_on_monday() -> None:
    app = application(interview(1, "2025-10-17 15:00"))
    assert window(app, "Priya Raman") == ("2025-10-17T16:00:00-06:00", "2025-10-20T09:00:00-06:00")


def test_a_holiday_monday_moves_the_deadline_to_tuesday() -> None:
    app = application(interview(1, "2025-10-17 15:00"))
    assert window(app, "Priya Raman", holidays=["2025-10-20"])[1] == "2025-10-21T09:00:00-06:00"


def test_every_interviewer_of_every_round_gets_one() -> None:
    app = application(
        interview(1, "2025-10-17 15:00", people=[PRIYA, SAM]),
        interview(2, "2025-10-31 15:00", people=[PRIYA, SAM]),
    )
    thanks = of_type(plan_of(app).touches, "thank_you_email")
    assert sorted((t.round, t.recipient_name) for t in thanks) == [
        (1, "Priya Raman"),
        (1, "Sam Chen"),
        (2, "Priya Raman"),
        (2, "Sam Chen"),
    ]
    assert len({t.key for t in thanks}) == 4


def test_a_recruiter_met_in_the_round_is_thanked_like_everyone() -> None:
    rita = person("Rita Gomez", role="recruiter")
    app = application(interview(1, "2025-10-17 15:00", people=[rita, SAM]))
    assert {t.recipient_name for t in of_type(plan_of(app).touches, "thank_you_email")} == {
        "Rita Gomez",
        "Sam Chen",
    }


def test_a_london_interviewer_on_a_chicago_interview_reads_london_time() -> None:
    lucy = person("Lucy Hart", tz=LONDON)
    app = application(interview(1, "2025-10-17 15:00", tz=CHICAGO, people=[lucy, SAM]))
    # 16:00 in Chicago (CDT, -05:00) is 22:00 in London (BST, +01:00).
    assert window(app, "Lucy Hart") == ("2025-10-17T22:00:00+01:00", "2025-10-20T09:00:00+01:00")
    assert window(app, "Sam Chen") == ("2025-10-17T16:00:00-05:00", "2025-10-20T09:00:00-05:00")


def test_a_london_deadline_after_the_eu_clock_change_is_printed_in_gmt() -> None:
    lucy = person("Lucy Hart", tz=LONDON)
    app = application(interview(1, "2025-10-24 15:00", tz=CHICAGO, people=[lucy]))
    # London leaves BST on Sunday 26 October; Chicago is still on CDT.
    assert window(app, "Lucy Hart") == ("2025-10-24T22:00:00+01:00", "2025-10-27T09:00:00+00:00")


def test_the_date_the_interview_ended_is_the_interviewers_own() -> None:
    lucy = person("Lucy Hart", tz=LONDON)
    app = application(interview(1, "2025-10-16 19:00", tz=CHICAGO, people=[lucy, SAM]))
    # Thursday 20:00 in Chicago is already Friday 02:00 in London.
    assert window(app, "Lucy Hart") == ("2025-10-17T02:00:00+01:00", "2025-10-20T09:00:00+01:00")
    assert window(app, "Sam Chen") == ("2025-10-16T20:00:00-05:00", "2025-10-17T09:00:00-05:00")


def test_us_clocks_going_forward_over_the_weekend() -> None:
    app = application(interview(1, "2025-03-07 15:00", tz=CHICAGO))
    assert window(app, "Priya Raman") == ("2025-03-07T16:00:00-06:00", "2025-03-10T09:00:00-05:00")


def test_us_clocks_going_back_over_the_weekend() -> None:
    app = application(interview(1, "2025-10-31 15:00", tz=CHICAGO))
    assert window(app, "Priya Raman") == ("2025-10-31T16:00:00-05:00", "2025-11-03T09:00:00-06:00")


def test_an_interview_ending_in_the_repeated_hour_keeps_its_offset() -> None:
    # 06:00Z is 01:00 CDT; 07:30Z is 01:30 CST, the second 01:30 of Sunday 2 November.
    start = datetime(2025, 11, 2, 6, 0, tzinfo=UTC)
    end = datetime(2025, 11, 2, 7, 30, tzinfo=UTC)
    r = Round("r1", 1, start, end, CHICAGO, (PRIYA,))
    touch = only(plan_of(application(r)).touches, "thank_you_email")
    assert touch.not_before is not None and touch.deadline is not None
    # (Compared in UTC: Python's == between zones is always False for a time in a fold.)
    assert touch.not_before.astimezone(UTC) == end
    assert touch.not_before.isoformat() == "2025-11-02T01:30:00-06:00"
    assert touch.deadline.isoformat() == "2025-11-03T09:00:00-06:00"


def test_eu_clocks_going_forward_over_the_weekend() -> None:
    app = application(interview(1, "2025-03-28 16:00", tz="Europe/Berlin"))
    assert window(app, "Priya Raman") == ("2025-03-28T17:00:00+01:00", "2025-03-31T09:00:00+02:00")


def test_an_interviewer_without_email_gets_a_letter_on_the_next_business_day() -> None:
    noemi = person("Noemi Ruiz", email=None)
    plan = plan_of(application(interview(1, "2025-10-17 15:00", people=[PRIYA, noemi])))
    letter = only(plan.touches, "thank_you_letter")
    assert (letter.recipient_name, letter.channel, letter.date) == (
        "Noemi Ruiz",
        "post",
        day("2025-10-20"),
    )
    assert letter.address == "1 Main St, Denver, CO"
    assert letter.not_before is None and letter.deadline is None
    assert [w.split(":")[0] for w in plan.warnings] == ["no_email"]
    assert "Noemi Ruiz" in plan.warnings[0]


def test_an_employer_who_prefers_mail_gets_letters_from_everyone() -> None:
    app = application(interview(1, "2025-10-17 15:00", people=[PRIYA, SAM]), channel="mail")
    plan = plan_of(app)
    assert of_type(plan.touches, "thank_you_email") == []
    letters = of_type(plan.touches, "thank_you_letter")
    assert {(t.recipient_name, str(t.date)) for t in letters} == {
        ("Priya Raman", "2025-10-20"),
        ("Sam Chen", "2025-10-20"),
    }
    assert plan.warnings == ()


def test_a_letter_is_dated_after_the_day_the_interview_ended_where_the_reader_is() -> None:
    # A Tokyo round on Monday morning ended on Sunday evening in Los Angeles.
    ken = person("Ken Sato", email=None, tz="America/Los_Angeles")
    app = application(interview(1, "2025-10-20 09:00", tz="Asia/Tokyo", people=[ken]))
    assert only(plan_of(app).touches, "thank_you_letter").date == day("2025-10-20")


def test_the_email_and_the_letter_share_one_key() -> None:
    """Learning the e-mail address switches the medium; it is not a second thank-you."""
    noemi = person("Noemi Ruiz", email=None)
    by_post = plan_of(application(interview(1, "2025-10-17 15:00", people=[noemi])))
    by_email = plan_of(application(interview(1, "2025-10-17 15:00", people=[person("Noemi Ruiz")])))
    assert (
        only(by_post.touches, "thank_you_letter").key
        == only(by_email.touches, "thank_you_email").key
    )


def test_the_window_is_independent_of_the_horizon() -> None:
    app = application(interview(1, "2025-10-17 15:00"))
    plan = plan_application(app, holidays=[], horizon_end=day("2025-10-01"))
    assert only(plan.touches, "thank_you_email").deadline is not None
