"""The "apply by" reminder: Pursuit's own rule where cadence.md is silent (docs/cadence.md):
two business days before a posting closes, for a job not applied for yet."""

from __future__ import annotations

from dataclasses import replace

from .test_cadence_builders import PRIYA, application, day, event, interview, plan_of

FRIDAY = "2025-10-17 15:00"


def saved(closing: str | None, *, applied: bool = False):  # type: ignore[no-untyped-def]
    return replace(application(), closing_on=day(closing) if closing else None, applied=applied)


def test_a_closing_date_plans_a_reminder_two_business_days_before() -> None:
    plan = plan_of(saved("2025-11-14"))  # a Friday: the reminder is on Wednesday
    (touch,) = plan.touches
    assert (touch.key, touch.type, touch.channel, touch.recipient_key, touch.date) == \
        ("apply_by", "apply_by", "task", "self", day("2025-11-12"))


def test_weekends_and_holidays_are_skipped_counting_back() -> None:
    # Closing on a Tuesday after a Monday holiday: Monday is not a business day, Friday is one.
    plan = plan_of(saved("2025-05-27"), holidays=["2025-05-26"])
    assert plan.touches[0].date == day("2025-05-22")


def test_no_reminder_once_applied_or_without_a_closing_date() -> None:
    assert plan_of(saved("2025-11-14", applied=True)).touches == ()
    assert plan_of(saved(None)).touches == ()


def test_no_reminder_after_a_stopping_event() -> None:
    stopped = replace(saved("2025-11-14"),
                      events=(event("job_closed", "2025-11-01 10:00"),))
    assert plan_of(stopped).touches == ()


def test_a_round_ends_the_reminder_and_plans_as_before() -> None:
    with_round = replace(application(interview(1, FRIDAY, people=[PRIYA])),
                         closing_on=day("2025-11-14"), applied=False)
    plain = application(interview(1, FRIDAY, people=[PRIYA]))
    assert plan_of(with_round) == plan_of(plain)


def test_a_reminder_carried_out_stays_as_history() -> None:
    plan = plan_of(saved("2025-11-14", applied=True), done=["apply_by"])
    assert [t.key for t in plan.touches] == ["apply_by"]


def test_an_application_without_posting_dates_plans_as_cadence_md_says() -> None:
    assert application().closing_on is None and application().applied
