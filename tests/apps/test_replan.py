"""The re-planning service: stored touches follow the rules, history never moves."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from pursuit.cadence.models import Touch
from pursuit.cadence.services import (
    applications_replan,
    event_record,
    reference_add,
    round_set_status,
    touch_complete,
    touch_skip,
)
from pursuit.pipeline.models import Application, Stage
from tests.conftest import at


def planned(application, type_=None):  # type: ignore[no-untyped-def]
    rows = Touch.objects.filter(application=application, status=Touch.Status.PLANNED)
    return list(rows.filter(type=type_) if type_ else rows)


@pytest.fixture
def friday_interview(owner, make_contact, make_application, log_round):  # type: ignore[no-untyped-def]
    """A Friday 15:00-16:00 Chicago interview with a hiring manager and a second interviewer."""
    application = make_application(owner, mailing_address="200 W Madison St\nChicago, IL 60606")
    priya = make_contact(owner, "Priya Raman", title="Data Platform Manager")
    sam = make_contact(owner, "Sam Chen")
    round_ = log_round(application, at("2025-10-17 15:00"), [priya, sam])
    return application, round_, priya, sam


def test_a_logged_round_plans_the_cadence(friday_interview) -> None:  # type: ignore[no-untyped-def]
    application, _, priya, sam = friday_interview
    thanks = planned(application, "thank_you_email")
    assert {t.contact_id for t in thanks} == {priya.pk, sam.pk}
    for t in thanks:
        assert t.due_on == date(2025, 10, 17)
        assert t.deadline.astimezone(at("2025-01-01 00:00").tzinfo).isoformat() == \
            "2025-10-20T09:00:00-05:00"
    [letter] = planned(application, "postal_letter")
    assert (letter.contact_id, letter.due_on) == (priya.pk, date(2025, 10, 20))
    assert "200 W Madison St" in letter.address
    [call] = planned(application, "follow_up_call")
    assert (call.contact_id, call.due_on, call.channel) == (priya.pk, date(2025, 10, 22), "phone")
    weekly = planned(application, "weekly_follow_up")
    assert weekly and weekly[0].due_on == date(2025, 10, 29) and weekly[0].channel == "email"
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING


def test_replanning_an_unchanged_application_changes_nothing(friday_interview) -> None:  # type: ignore[no-untyped-def]
    application = friday_interview[0]
    before = {(t.key, t.due_on, t.status) for t in Touch.objects.filter(application=application)}
    assert applications_replan(Application.objects.filter(pk=application.pk)) == 0
    after = {(t.key, t.due_on, t.status) for t in Touch.objects.filter(application=application)}
    assert before == after


def test_a_duplicate_touch_is_impossible(friday_interview) -> None:  # type: ignore[no-untyped-def]
    application = friday_interview[0]
    touch = planned(application, "follow_up_call")[0]
    touch.pk = None
    with pytest.raises(IntegrityError), transaction.atomic():
        touch.save()


def test_done_touches_are_history(owner, friday_interview) -> None:  # type: ignore[no-untyped-def]
    application, _, priya, _ = friday_interview
    call = planned(application, "follow_up_call")[0]
    touch_complete(owner=owner, touch_id=call.pk, outcome="voicemail",
                   at=at("2025-10-22 10:00"))
    # The interviewer replies on the day of the call: R7 re-plans calls and follow-ups from
    # that day on, but the call that was made stays exactly as it was.
    event_record(owner=application.owner, application_id=application.pk, type="interviewer_replied",
                 at=at("2025-10-22 16:00"), by_contact_id=priya.pk)
    call.refresh_from_db()
    assert (call.status, call.due_on, call.outcome) == ("done", date(2025, 10, 22), "voicemail")
    assert Touch.objects.filter(application=application, type="follow_up_call").count() == 1
    after_reply = planned(application, "follow_up_after_reply")
    assert after_reply and after_reply[0].due_on == date(2025, 10, 29)


def test_completing_twice_logs_once(owner, friday_interview) -> None:  # type: ignore[no-untyped-def]
    application = friday_interview[0]
    thanks = planned(application, "thank_you_email")[0]
    first = touch_complete(owner=owner, touch_id=thanks.pk, at=at("2025-10-17 18:00"))
    second = touch_complete(owner=owner, touch_id=thanks.pk, at=at("2025-10-17 18:05"))
    assert first.done_at == second.done_at


def test_a_skipped_touch_stays_skipped(owner, friday_interview) -> None:  # type: ignore[no-untyped-def]
    application = friday_interview[0]
    letter = planned(application, "postal_letter")[0]
    touch_skip(owner=owner, touch_id=letter.pk, reason="They asked for e-mail only")
    applications_replan(Application.objects.filter(pk=application.pk))
    letter.refresh_from_db()
    assert letter.status == "skipped" and letter.note == "They asked for e-mail only"


def test_a_touch_of_another_user_cannot_be_completed(make_user, friday_interview) -> None:  # type: ignore[no-untyped-def]
    from pursuit.core.errors import BadInput

    outsider = make_user()
    touch = planned(friday_interview[0], "follow_up_call")[0]
    with pytest.raises(BadInput):
        touch_complete(owner=outsider, touch_id=touch.pk)
    touch.refresh_from_db()
    assert touch.status == "planned"


@pytest.mark.parametrize("event_type, stage", [
    ("job_filled", Stage.FILLED), ("job_closed", Stage.CLOSED), ("rejected", Stage.REJECTED),
    ("offer_received", Stage.OFFER), ("candidate_withdrew", Stage.WITHDRAWN),
])
def test_a_stopping_event_cancels_what_follows_and_closes_the_stage(
        friday_interview, event_type, stage) -> None:  # type: ignore[no-untyped-def]
    application = friday_interview[0]
    event_record(owner=application.owner, application_id=application.pk, type=event_type,
                 at=at("2025-10-21 11:00"))
    application.refresh_from_db()
    assert application.stage == stage
    remaining = Touch.objects.filter(application=application, status="planned")
    assert not remaining.filter(due_on__gte=date(2025, 10, 21)).exists()
    cancelled = Touch.objects.filter(application=application, status="cancelled")
    assert cancelled.filter(type="follow_up_call", cancelled_by=event_type).exists()
    # The thank-yous of the round held before the event stay.
    assert remaining.filter(type="thank_you_email").count() == 2


def test_a_cancelled_round_removes_its_touches(owner, friday_interview) -> None:  # type: ignore[no-untyped-def]
    application, round_, _, _ = friday_interview
    round_set_status(owner=owner, round_id=round_.pk, status="cancelled")
    assert not Touch.objects.filter(application=application, status="planned").exists()


def test_a_rescheduled_round_moves_its_touches(owner, friday_interview) -> None:  # type: ignore[no-untyped-def]
    application, round_, _, _ = friday_interview
    round_set_status(owner=owner, round_id=round_.pk, status="rescheduled",
                     start=at("2025-10-21 10:00"), end=at("2025-10-21 11:00"))
    [call] = planned(application, "follow_up_call")
    assert call.due_on == date(2025, 10, 27)  # Tue 21 + 5 = Sun 26 -> Mon 27


def test_a_scheduled_round_gets_a_preparation_item(owner, make_contact, make_application,
                                                   log_round) -> None:  # type: ignore[no-untyped-def]
    application = make_application(owner)
    log_round(application, at("2025-10-20 10:00"), [make_contact(owner, "Ann Lee")],
              status="scheduled")
    [prep] = planned(application, "interview_preparation")
    assert prep.due_on == date(2025, 10, 17)  # the working day before a Monday


def test_references_are_alerted_once(owner, make_contact, friday_interview) -> None:  # type: ignore[no-untyped-def]
    application = friday_interview[0]
    tom = make_contact(owner, "Tom Alvarez")
    link = reference_add(owner=application.owner, application_id=application.pk, contact_id=tom.pk,
                         relationship="Former manager")
    [alert] = planned(application, "reference_alert")
    assert alert.due_on == date(2025, 10, 17)
    touch_complete(owner=owner, touch_id=alert.pk, at=at("2025-10-16 12:00"))
    link.refresh_from_db()
    assert link.alerted_on == date(2025, 10, 16)
    assert Touch.objects.filter(application=application, type="reference_alert").count() == 1


def test_the_hiring_managers_card_address_is_used_when_the_employer_has_none(
        owner, make_contact, make_application, log_round) -> None:  # type: ignore[no-untyped-def]
    application = make_application(owner)
    priya = make_contact(owner, "Priya Raman", street="1 Main St")
    log_round(application, at("2025-10-17 15:00"), [priya])
    [letter] = planned(application, "postal_letter")
    assert letter.address.startswith("1 Main St")


def test_replanning_costs_a_fixed_number_of_queries(owner, make_contact, make_application,
                                                    log_round, settings) -> None:  # type: ignore[no-untyped-def]
    """Reading and diffing costs the same whether the touches number 20 or 2,000."""
    def make_apps(count: int, horizon_days: int) -> list[int]:
        settings.PURSUIT_PLAN_HORIZON_DAYS = horizon_days
        ids = []
        for n in range(count):
            application = make_application(owner, employer=f"Employer {horizon_days}-{n}")
            people = [make_contact(owner, f"Person {horizon_days}-{n}-{i}") for i in range(3)]
            log_round(application, at("2025-10-17 15:00"), people)
            event_record(owner=application.owner, application_id=application.pk,
                         type="interviewer_replied",
                         at=at("2025-10-30 12:00"))
            ids.append(application.pk)
        return ids

    def queries_to_replan(ids: list[int], horizon_days: int) -> int:
        settings.PURSUIT_PLAN_HORIZON_DAYS = horizon_days
        with CaptureQueriesContext(connection) as ctx:
            changed = applications_replan(Application.objects.filter(pk__in=ids))
        assert changed == 0
        return len(ctx.captured_queries)

    small_ids, large_ids = make_apps(2, 30), make_apps(12, 400)
    small, large = queries_to_replan(small_ids, 30), queries_to_replan(large_ids, 400)
    touches = Touch.objects.filter(status="planned")
    # The large batch holds many times more touches, yet costs the same queries.
    assert touches.filter(application_id__in=large_ids).count() > \
        10 * touches.filter(application_id__in=small_ids).count()
    assert small == large


def test_today_drops_the_job_follow_ups_of_an_ended_application_but_keeps_thank_yous(
        owner, friday_interview) -> None:  # type: ignore[no-untyped-def]
    from pursuit.cadence.selectors import agenda_for

    application = friday_interview[0]
    # Rejected after the call was due and never made: the call no longer belongs on Today.
    event_record(owner=application.owner, application_id=application.pk, type="rejected",
                 at=at("2025-10-24 11:00"))
    types = {i.touch.type for i in agenda_for(owner, now=at("2025-10-27 08:00"))}
    assert "follow_up_call" not in types and "postal_letter" not in types
    assert "thank_you_email" in types


@pytest.mark.parametrize("name", ["Mars/Olympus", "America", "A" * 300, "../etc"])
def test_a_bad_timezone_is_bad_input(name) -> None:  # type: ignore[no-untyped-def]
    from pursuit.core.errors import BadInput
    from pursuit.core.timezones import zone

    with pytest.raises(BadInput):
        zone(name, where="timezone")
