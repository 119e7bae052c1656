"""The digest through the real worker loop into a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes

import pytest

from pursuit.outbox.services import mail_account_save
from pursuit.worker.loop import Worker
from tests.digest.conftest import MONDAY_0905
from tests.outbox.smtp_sink import SmtpSink

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    with SmtpSink() as server:
        yield server


def test_the_worker_sends_the_digest_once_through_the_users_mailbox(jordan, sink,  # type: ignore[no-untyped-def]
                                                                    monkeypatch) -> None:
    mail_account_save(owner=jordan, from_address="jordan@example.com", from_name="Jordan Rivera",
                      smtp_host="127.0.0.1", smtp_port=sink.port, smtp_security="none")
    # The worker reads the clock; here it is Monday morning in Chicago, twice.
    monkeypatch.setattr("django.utils.timezone.now", lambda: MONDAY_0905)
    Worker(idle_sleep=0).run(once=True)
    Worker(idle_sleep=0).run(once=True)
    assert len(sink.handler.received) == 1
    email = message_from_bytes(sink.handler.received[0])
    assert email["To"] == "Jordan Rivera <owner@example.com>"
    assert email["From"] == "Jordan Rivera <jordan@example.com>"
    assert email["Subject"] == "Pursuit: Nothing due today, Monday 3 November"
    assert "Nothing is due today." in email.get_payload(decode=True).decode()
