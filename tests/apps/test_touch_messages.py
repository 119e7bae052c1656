"""One owner for a touch's status: whatever makes a touch unwanted (a skip, a stopping event, a
reply's re-plan, a cancelled round, a deleted application) takes its queued message out of the
outbox in the same transaction, and the real worker then delivers nothing to the real SMTP sink.
A message the worker does deliver marks its touch done with the bookkeeping a user's own
"done" gets (a reference marked alerted)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from email import message_from_bytes
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.cadence.services import (
    Approved,
    application_delete,
    event_record,
    message_too_late,
    reference_add,
    round_set_status,
    touch_queue_message,
    touch_queue_messages,
    touch_skip,
)
from pursuit.core.errors import BadInput
from pursuit.letters.services import letter_approve, letter_draft
from pursuit.outbox.models import Message
from pursuit.outbox.services import mail_account_save
from pursuit.pipeline.models import ApplicationReference
from pursuit.worker.loop import Worker
from tests.outbox.smtp_sink import SmtpSink

pytestmark = pytest.mark.django_db(transaction=True)

STOPPING = ["offer_received", "rejected", "job_filled", "job_closed", "candidate_withdrew"]


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    with SmtpSink() as server:
        yield server


@pytest.fixture
def world(owner: Any, make_contact: Any, make_application: Any, log_round: Any,
          sink: SmtpSink) -> dict[str, Any]:
    """An interview held two weeks ago with Priya (hiring manager) and Sam; Jordan's own
    mailbox is the SMTP sink."""
    mail_account_save(owner=owner, from_address="jordan@example.com", from_name="Jordan",
                      smtp_host="127.0.0.1", smtp_port=sink.port, smtp_security="none")
    application = make_application(owner, mailing_address="500 Market St\nChicago, IL 60606")
    priya = make_contact(owner, "Priya Raman")
    sam = make_contact(owner, "Sam Okafor")
    round_ = log_round(application, timezone.now() - timedelta(days=14), [priya, sam])
    return {"owner": owner, "application": application, "round": round_, "priya": priya,
            "sam": sam, "sink": sink}


def queue(world: dict[str, Any], touch: Touch, *, when: datetime | None = None) -> Message:
    return touch_queue_message(owner=world["owner"], touch_id=touch.pk,
                               to_address=touch.contact.primary_email,
                               to_name=touch.recipient_name, subject=f"About {touch.type}",
                               body="Dear Priya,\n\nI remain very interested.\n", send_at=when)


def planned(world: dict[str, Any], type_: str) -> Touch:
    return Touch.objects.filter(application=world["application"], type=type_,
                                status="planned").order_by("due_on", "id").first()  # type: ignore[return-value]


def work() -> None:
    Worker(idle_sleep=0).run(once=True)


def delivered(world: dict[str, Any]) -> int:
    """Messages that reached anyone but Jordan (the worker may send Jordan's morning digest)."""
    return sum(1 for raw in world["sink"].handler.received
               if b"owner@example.com" not in message_from_bytes(raw).get("To", "").encode())


def test_a_skipped_thank_you_is_never_delivered(world: dict[str, Any]) -> None:
    # Approved through the letter editor, to go out in the morning: hours in the queue.
    touch = Touch.objects.get(application=world["application"], contact=world["priya"],
                              type="thank_you_email")
    letter = letter_draft(owner=world["owner"], touch_id=touch.pk)
    letter = letter_approve(owner=world["owner"], letter_id=letter.pk, send="now")
    message = letter.message
    assert message is not None and message.state == "queued"
    skipped = touch_skip(owner=world["owner"], touch_id=touch.pk, reason="met them again")
    message.refresh_from_db()
    assert message.state == "cancelled"
    assert message_too_late(skipped) is None  # the page says nothing went out
    work()
    assert delivered(world) == 0
    message.refresh_from_db()
    assert message.state == "cancelled"


@pytest.mark.parametrize("event_type", STOPPING)
def test_a_stopping_event_withdraws_a_queued_follow_up(world: dict[str, Any],
                                                      event_type: str) -> None:
    follow_up = planned(world, "weekly_follow_up")
    message = queue(world, follow_up)
    event_record(owner=world["owner"], application_id=world["application"].pk, type=event_type,
                 at=timezone.now())
    message.refresh_from_db()
    follow_up.refresh_from_db()
    assert follow_up.status == "cancelled" and message.state == "cancelled"
    work()
    assert delivered(world) == 0


def test_a_reply_that_re_plans_the_follow_ups_withdraws_their_messages(
        world: dict[str, Any]) -> None:
    replied = timezone.now() - timedelta(days=1)
    # A follow-up dated on or after the reply: the reply re-plans those (R7).
    follow_up = Touch.objects.filter(application=world["application"], status="planned",
                                     type="weekly_follow_up",
                                     due_on__gte=timezone.localdate(replied)).order_by(
        "due_on").first()
    assert follow_up is not None
    message = queue(world, follow_up)
    event_record(owner=world["owner"], application_id=world["application"].pk,
                 type="interviewer_replied", at=replied,
                 by_contact_id=world["priya"].pk, decision_expected_by=None)
    message.refresh_from_db()
    assert message.state == "cancelled"
    assert not Touch.objects.filter(pk=follow_up.pk, status="planned").exists()
    work()
    assert delivered(world) == 0


def test_a_cancelled_round_withdraws_the_messages_of_its_touches(
        world: dict[str, Any]) -> None:
    thanks = Touch.objects.get(application=world["application"], contact=world["sam"],
                               type="thank_you_email")
    message = queue(world, thanks)
    round_set_status(owner=world["owner"], round_id=world["round"].pk, status="cancelled")
    message.refresh_from_db()
    assert message.state == "cancelled"
    work()
    assert delivered(world) == 0


def test_a_deleted_application_sends_nothing(world: dict[str, Any]) -> None:
    message = queue(world, planned(world, "weekly_follow_up"))
    application_delete(owner=world["owner"], application_id=world["application"].pk)
    message.refresh_from_db()
    assert message.state == "cancelled"
    work()
    assert delivered(world) == 0


def test_a_message_still_wanted_goes_out_once_and_its_touch_is_done(
        world: dict[str, Any]) -> None:
    """The control: the same path delivers when nothing withdrew the message."""
    follow_up = planned(world, "weekly_follow_up")
    message = queue(world, follow_up)
    work()
    work()
    assert delivered(world) == 1
    message.refresh_from_db()
    follow_up.refresh_from_db()
    assert message.state == "sent" and follow_up.status == "done"
    assert follow_up.done_on is not None


def test_a_reference_alert_delivered_by_the_worker_marks_the_reference_alerted(
        owner: Any, make_contact: Any, make_application: Any, log_round: Any,
        sink: SmtpSink) -> None:
    mail_account_save(owner=owner, from_address="jordan@example.com", smtp_host="127.0.0.1",
                      smtp_port=sink.port, smtp_security="none")
    application = make_application(owner)
    tom = make_contact(owner, "Tom Alvarez")
    reference_add(owner=owner, application_id=application.pk, contact_id=tom.pk)
    log_round(application, timezone.now() + timedelta(days=3), [make_contact(owner, "Priya")],
              status="scheduled")
    alert = Touch.objects.get(application=application, type="reference_alert")
    touch_queue_message(owner=owner, touch_id=alert.pk, to_address=tom.primary_email,
                        to_name="Tom Alvarez", subject="A call may come",
                        body="Tom, Larchmont may call you about me.")
    link = ApplicationReference.objects.get(application=application)
    assert link.alerted_on is None
    work()
    assert sum(b"tom.alvarez@" in raw for raw in sink.handler.received) == 1
    link.refresh_from_db()
    alert.refresh_from_db()
    assert alert.status == "done" and link.alerted_on == alert.done_on


def test_a_message_already_on_its_way_finishes_and_the_skip_says_so(
        world: dict[str, Any]) -> None:
    touch = planned(world, "weekly_follow_up")
    message = queue(world, touch)
    # The worker took it and flipped it to `sending` (its SMTP conversation has begun).
    Message.objects.filter(pk=message.pk).update(state="sending", claimed_by="elsewhere:1",
                                                 claimed_at=timezone.now())
    skipped = touch_skip(owner=world["owner"], touch_id=touch.pk, reason="changed my mind")
    assert skipped.status == "skipped"
    message.refresh_from_db()
    assert message.state == "sending"  # never cancelled mid-conversation
    late = message_too_late(skipped)
    assert late is not None and late.pk == message.pk


def approved(world: dict[str, Any], touch: Touch) -> Approved:
    return Approved(touch_id=touch.pk, to_address=touch.contact.primary_email,
                    to_name=touch.recipient_name, subject=f"About {touch.type}",
                    body=f"Dear {touch.recipient_name},\n\nThank you.\n")


def test_a_batch_of_approvals_is_queued_at_once_threaded_and_each_goes_out_once(
        world: dict[str, Any]) -> None:
    """Several approved messages queued in one transaction: the same statements as one alone
    (so a batch holds SQLite's write lock briefly), each linked to its touch and threaded with
    what already went out to its address for its application, each delivered once."""
    priya_thanks = Touch.objects.get(application=world["application"], contact=world["priya"],
                                     type="thank_you_email")
    sam_thanks = Touch.objects.get(application=world["application"], contact=world["sam"],
                                   type="thank_you_email")
    follow_up = planned(world, "weekly_follow_up")
    assert follow_up.contact_id == world["priya"].pk  # the hiring manager's follow-up
    alone = [approved(world, priya_thanks)]
    with CaptureQueriesContext(connection) as one:
        first = touch_queue_messages(owner=world["owner"], approved=alone)[0]
    work()
    first.refresh_from_db()
    assert first.state == "sent"
    both = [approved(world, sam_thanks), approved(world, follow_up)]
    with CaptureQueriesContext(connection) as two:
        later = touch_queue_messages(owner=world["owner"], approved=both)
    assert len(two.captured_queries) == len(one.captured_queries)
    for touch, message in zip((sam_thanks, follow_up), later, strict=True):
        touch.refresh_from_db()
        assert touch.message_id == message.pk and message.state == "queued"
    assert later[0].in_reply_to == ""  # Sam had nothing from this application yet
    assert later[1].in_reply_to == first.message_id  # Priya's thread goes on
    work()
    work()
    assert delivered(world) == 3
    for touch in (sam_thanks, follow_up):
        touch.refresh_from_db()
        assert touch.status == "done" and touch.message.state == "sent"


def test_a_batch_with_one_touch_no_longer_wanted_queues_nothing(
        world: dict[str, Any]) -> None:
    priya_thanks = Touch.objects.get(application=world["application"], contact=world["priya"],
                                     type="thank_you_email")
    sam_thanks = Touch.objects.get(application=world["application"], contact=world["sam"],
                                   type="thank_you_email")
    touch_skip(owner=world["owner"], touch_id=sam_thanks.pk, reason="met them again")
    with pytest.raises(BadInput, match=f"touch {sam_thanks.pk}: this touch was skipped"):
        touch_queue_messages(owner=world["owner"], approved=[
            approved(world, priya_thanks), approved(world, sam_thanks)])
    with pytest.raises(BadInput, match="the same touch twice"):
        touch_queue_messages(owner=world["owner"], approved=[
            approved(world, priya_thanks), approved(world, priya_thanks)])
    assert not Message.objects.filter(owner=world["owner"]).exists()
    priya_thanks.refresh_from_db()
    assert priya_thanks.message_id is None
    # Another user's touch is no touch of theirs: refused the same way, nothing queued.
    stranger = User.objects.create_user("stranger@example.com", "a long password 42")
    with pytest.raises(BadInput, match="no such touch"):
        touch_queue_messages(owner=stranger, approved=[approved(world, priya_thanks)])
    assert not Message.objects.exists()
