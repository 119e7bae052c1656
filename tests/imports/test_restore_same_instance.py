"""A backup restored into a second account of the same instance: everything comes back, and no
restored message goes out by itself. The real worker, a real SMTP sink."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.utils import timezone

from pursuit.archive.backup import backup_export
from pursuit.archive.services import import_file
from pursuit.cadence.models import Touch
from pursuit.cadence.services import touch_queue_message
from pursuit.demo import demo_load
from pursuit.digest.services import digest_preference_set
from pursuit.outbox.models import Message
from pursuit.outbox.services import (
    RESTORED,
    mail_account_save,
    message_enqueue,
    message_send_held,
)
from pursuit.worker.loop import Worker
from tests.imports.test_backup_and_exports import canonical
from tests.outbox.smtp_sink import SmtpSink

pytestmark = pytest.mark.django_db(transaction=True)

# What a restore gives a message anew: its identity (unless it went out), its state (held,
# unknown) and why, and the claims of the old instance's workers.
_RENEWED = ("message_id", "state", "last_error", "attempts", "claimed_by", "claimed_at")


def work() -> None:
    Worker(idle_sleep=0).run(once=True)


def use(owner: Any, port: int) -> None:
    mail_account_save(owner=owner, from_address=owner.email, smtp_host="127.0.0.1",
                      smtp_port=port, smtp_security="none", rate_per_minute=600)


def plain(owner: Any, n: int) -> Message:
    return message_enqueue(owner=owner, to_address=f"person{n}@example.com",
                           subject=f"Hello ({n})", body="Hello.\n")


def test_the_demo_backup_restored_into_a_second_account_of_the_same_instance(
        owner: Any, make_user: Any) -> None:
    demo_load(owner=owner, now=timezone.now())
    digest_preference_set(owner=owner, enabled=False)  # only the messages made here
    with SmtpSink() as sink:
        use(owner, sink.port)
        sent = plain(owner, 1)
        work()
        sink.handler.faults = ["451"]
        retry = plain(owner, 2)
        work()
        touch = (Touch.objects.filter(owner=owner, status="planned", contact__isnull=False,
                                      type__in=["weekly_follow_up", "thank_you_email"])
                 .exclude(contact__emails=None).order_by("due_on").first())
        assert touch is not None
        queued = touch_queue_message(owner=owner, touch_id=touch.pk,
                                     to_address=touch.contact.primary_email,
                                     to_name=touch.recipient_name, subject="Following up",
                                     body="I remain very interested.\n")
        sending = plain(owner, 3)  # a backup made while a worker was sending this one
        Message.objects.filter(pk=sending.pk).update(state="sending", claimed_by="w:1",
                                                     claimed_at=timezone.now())
        assert {m.pk: m.state for m in Message.objects.filter(owner=owner)} == {
            sent.pk: "sent", retry.pk: "retry", queued.pk: "queued", sending.pk: "sending"}
        before = json.loads(backup_export(owner))

        second = make_user("second@example.com")
        summary = import_file(owner=second, data=json.dumps(before).encode(),
                              filename="backup.json")
        after = json.loads(backup_export(second))

        # Everything came back, touches still pointing at their messages...
        assert summary.created == len(before["contacts"]) and not summary.warnings
        a, b = canonical(before), canonical(after)
        assert a.pop("account")["full_name"] == b.pop("account")["full_name"]
        strip = [{k: v for k, v in row.items() if k not in _RENEWED}
                 for row in a.pop("outbox_messages")]
        assert [{k: v for k, v in row.items() if k not in _RENEWED}
                for row in b.pop("outbox_messages")] == strip
        assert a == b
        # ...and each message as honest as it can be on its new account.
        restored = {row["subject"]: row for row in after["outbox_messages"]}
        old = {row["subject"]: row for row in before["outbox_messages"]}
        assert restored["Hello (1)"]["state"] == "sent"
        assert restored["Hello (1)"]["message_id"] == old["Hello (1)"]["message_id"]
        assert restored["Hello (3)"]["state"] == "unknown"
        for subject in ("Hello (2)", "Following up"):
            assert restored[subject]["state"] == "held"
            assert restored[subject]["last_error"] == RESTORED
            assert restored[subject]["message_id"] != old[subject]["message_id"]

        # The worker sends the first account's queued message, and none of the restored
        # ones, even with a mail account set up for the second account.
        use(second, sink.port)
        delivered = len(sink.handler.received)
        work()
        assert list(sink.handler.ids)[delivered:] == [queued.message_id]
        held = Message.objects.filter(owner=second, state="held")
        assert held.count() == 2
        assert not set(held.values_list("message_id", flat=True)) & set(sink.handler.ids)

        # The user says "send" for the follow-up: it goes out once, and its touch is done.
        follow_up = held.get(subject="Following up")
        message_send_held(owner=second, message_id=follow_up.pk)
        work()
        follow_up.refresh_from_db()
        assert follow_up.state == "sent" and sink.handler.ids[follow_up.message_id] == 1
        assert Touch.objects.get(owner=second, message=follow_up).status == "done"
        assert Message.objects.get(owner=second, subject="Hello (2)").state == "held"
