"""Delivery against a real SMTP server on loopback, with the faults a mailbox really has."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes

import pytest
from django.db import OperationalError
from django.utils import timezone

from pursuit.core.errors import BadInput
from pursuit.outbox.models import Message
from pursuit.outbox.services import (
    mail_account_save,
    message_cancel,
    message_enqueue,
    message_resolve_unknown,
)
from pursuit.worker.loop import Worker
from tests.outbox.smtp_sink import SinkHandler, SmtpSink, free_port

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    with SmtpSink() as server:
        yield server


def use_server(owner, port: int, timeout: int = 5) -> None:  # type: ignore[no-untyped-def]
    account = mail_account_save(owner=owner, from_address="jordan@example.com",
                                from_name="Jordan Rivera", smtp_host="127.0.0.1",
                                smtp_port=port, smtp_security="none")
    account.timeout_seconds = timeout
    account.save()


def queue(owner, n: int = 1, **fields) -> Message:  # type: ignore[no-untyped-def]
    return message_enqueue(owner=owner, to_address=f"priya{n}@larchmont.example",
                           to_name="Priya Raman", subject="Thank you for today",
                           body=f"Dear Priya,\n\nThank you ({n}).\n", **fields)


def work() -> None:
    Worker(lease_seconds=300, idle_sleep=0).run(once=True)


def refreshed(message: Message) -> Message:
    message.refresh_from_db()
    return message


def test_a_message_is_delivered_once_with_its_fixed_message_id(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    message = queue(owner)
    work()
    work()
    message = refreshed(message)
    assert message.state == "sent" and message.sent_at is not None
    assert sink.handler.ids == {message.message_id: 1}
    received = message_from_bytes(sink.handler.received[0])
    assert received["To"] == "Priya Raman <priya1@larchmont.example>"
    assert received["From"] == "Jordan Rivera <jordan@example.com>"
    assert [a.outcome for a in message.attempt_log.all()] == ["sent"]


def test_4xx_is_retried_and_then_delivered_once(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    sink.handler.faults = ["451"]
    message = queue(owner)
    work()
    message = refreshed(message)
    assert message.state == "retry" and "451" in message.last_error
    assert message.next_attempt_at > timezone.now()
    work()  # not due yet: nothing happens
    assert refreshed(message).state == "retry"
    Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    work()
    message = refreshed(message)
    assert message.state == "sent" and message.attempts == 2
    assert sink.handler.ids[message.message_id] == 1
    assert [a.outcome for a in message.attempt_log.all()] == ["retry", "sent"]


def test_5xx_fails_is_shown_and_not_retried(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    sink.handler.faults = ["550"]
    message = queue(owner)
    work()
    Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    work()
    message = refreshed(message)
    assert message.state == "failed" and "550 5.1.1 No such user here" in message.last_error
    assert message.attempts == 1 and not sink.handler.ids


def test_a_disconnect_after_data_is_unknown_and_never_resent(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    sink.handler.faults = ["drop"]
    message = queue(owner)
    work()
    message = refreshed(message)
    assert message.state == "unknown" and "after the message was sent" in message.last_error
    Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    work()
    assert refreshed(message).state == "unknown"
    assert sink.handler.ids[message.message_id] == 1
    # The user looked in their Sent folder: it did go out.
    message_resolve_unknown(owner=owner, message_id=message.pk, sent=True)
    assert refreshed(message).state == "sent"


def test_the_user_may_send_an_unknown_message_again(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    sink.handler.faults = ["drop"]
    message = queue(owner)
    work()
    message_resolve_unknown(owner=owner, message_id=message.pk, sent=False)
    work()
    assert refreshed(message).state == "sent"
    assert sink.handler.ids[message.message_id] == 2  # the user chose this, knowingly


def test_a_server_that_is_down_means_retry_later(owner) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, free_port())  # nothing listens there
    message = queue(owner)
    work()
    message = refreshed(message)
    assert message.state == "retry" and "cannot connect to 127.0.0.1" in message.last_error


def test_a_slow_server_times_out_into_unknown(owner) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink(SinkHandler(faults=["slow"], slow_seconds=3)) as slow:
        use_server(owner, slow.port, timeout=1)
        message = queue(owner)
        work()
        message = refreshed(message)
    # The data was out when the answer failed to come: whether it was queued is unknown.
    assert message.state == "unknown" and "timed out" in message.last_error


def test_retries_are_bounded(owner) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, free_port())
    message = queue(owner)
    for _ in range(10):
        Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
        work()
    message = refreshed(message)
    assert message.state == "failed" and message.last_error.startswith("gave up after 6 tries")


@pytest.mark.parametrize("field, value", [
    ("to_name", "Priya\r\nBcc: victim@example.com"),
    ("subject", "Thanks\nBcc: victim@example.com"),
    ("to_address", "priya@example.com\r\nBcc: victim@example.com"),
    ("subject", "Thanks\u2028Bcc: x@example.com"),
])
def test_header_injection_is_refused(owner, field, value) -> None:  # type: ignore[no-untyped-def]
    fields = {"to_address": "priya@example.com", "to_name": "Priya", "subject": "Thanks",
              "body": "Hello"} | {field: value}
    with pytest.raises(BadInput) as error:
        message_enqueue(owner=owner, **fields)
    assert error.value.where == {"to_address": "to"}.get(field, field)
    assert not Message.objects.exists()


def test_a_from_name_with_a_line_break_is_refused(owner) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput):
        mail_account_save(owner=owner, from_address="j@example.com", from_name="J\nBcc: x@y.z",
                          smtp_host="127.0.0.1", smtp_port=25, smtp_security="none")


def test_without_a_mail_account_nothing_leaves_the_machine(owner, capsys) -> None:  # type: ignore[no-untyped-def]
    message = queue(owner)
    work()
    message = refreshed(message)
    assert message.state == "sent" and message.transport == "console"
    assert "Subject: Thank you for today" in capsys.readouterr().out


def test_a_cancelled_message_is_not_sent(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    message = queue(owner)
    message_cancel(owner=owner, message_id=message.pk)
    work()
    assert refreshed(message).state == "cancelled" and not sink.handler.ids


def test_the_rate_limit_holds_messages_back(owner, sink) -> None:  # type: ignore[no-untyped-def]
    use_server(owner, sink.port)
    from pursuit.outbox.models import MailAccount

    MailAccount.objects.filter(owner=owner).update(rate_per_minute=3)
    messages = [queue(owner, n) for n in range(5)]
    work()
    states = [refreshed(m).state for m in messages]
    assert states.count("sent") == 3 and states.count("queued") == 2


def test_the_password_is_encrypted_at_rest(owner) -> None:  # type: ignore[no-untyped-def]
    from django.db import connection

    mail_account_save(owner=owner, from_address="j@example.com", smtp_host="127.0.0.1",
                      smtp_port=25, smtp_security="none", smtp_username="j",
                      smtp_password="hunter2 is my password")
    with connection.cursor() as cursor:
        cursor.execute("SELECT smtp_password_encrypted FROM outbox_mailaccount")
        [(stored,)] = cursor.fetchall()
    assert "hunter2" not in stored and stored
    from pursuit.crypto import decrypt

    assert decrypt(stored) == "hunter2 is my password"


def test_removing_the_mail_account_holds_what_was_waiting(owner, sink, capsys) -> None:  # type: ignore[no-untyped-def]
    from pursuit.outbox.services import ACCOUNT_REMOVED, mail_account_delete, message_send_held

    use_server(owner, sink.port)
    waiting = [queue(owner, n) for n in range(2)]
    assert mail_account_delete(owner=owner).held == 2
    work()
    # Held, never printed on the console as if it had been sent.
    assert [(refreshed(m).state, m.last_error) for m in waiting] == [("held", ACCOUNT_REMOVED)] * 2
    assert "Thank you for today" not in capsys.readouterr().out and not sink.handler.ids
    use_server(owner, sink.port)  # a new account: the user sends one, cancels the other
    message_send_held(owner=owner, message_id=waiting[0].pk)
    message_cancel(owner=owner, message_id=waiting[1].pk)
    work()
    assert [refreshed(m).state for m in waiting] == ["sent", "cancelled"]
    assert list(sink.handler.ids) == [waiting[0].message_id]


def test_where_the_instance_delivers_mail_the_console_never_stands_in(owner, settings,  # type: ignore[no-untyped-def]
                                                                       capsys) -> None:
    from pursuit.outbox.services import NO_ACCOUNT, message_send_held

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                                    "OPTIONS": {"host": "127.0.0.1", "port": free_port()}}}
    message = queue(owner)
    work()
    message = refreshed(message)
    assert (message.state, message.last_error, message.transport) == ("held", NO_ACCOUNT, "")
    assert "Thank you for today" not in capsys.readouterr().out
    with pytest.raises(BadInput, match="set up your mail account first"):
        message_send_held(owner=owner, message_id=message.pk)


def test_a_database_locked_too_long_costs_the_worker_a_turn_not_its_life(  # type: ignore[no-untyped-def]
        owner, sink, monkeypatch, caplog) -> None:
    """SQLite's wait for its write lock is not fair: another process writing back to back (a
    script approving letters one by one) can keep it for the whole busy timeout, and the
    worker's statement then fails with "database is locked". The worker used to exit on it; it
    now logs it and tries again. (The lock is simulated: the suite's SQLite database is in
    memory, shared by one process; the benchmark meets the real one.)"""
    use_server(owner, sink.port)
    message = queue(owner)
    real = Worker.recover_claims
    turns: list[int] = []

    def locked_once(self: Worker) -> int:
        turns.append(1)
        if len(turns) == 1:
            raise OperationalError("database is locked")
        return real(self)

    monkeypatch.setattr(Worker, "recover_claims", locked_once)
    work()
    assert refreshed(message).state == "sent" and len(turns) == 2
    assert "stayed locked" in caplog.text
    assert len(sink.handler.received) == 1


def test_an_outcome_the_locked_database_refused_is_written_when_it_frees(  # type: ignore[no-untyped-def]
        owner, sink, monkeypatch) -> None:
    """The message went out but the database stayed locked when its outcome was to be
    written: the worker writes it once the lock is had, so the message is `sent` (not left
    `sending`, to become `unknown` and ask the user) and went out once."""
    use_server(owner, sink.port)
    message = queue(owner)
    real = Worker._record
    tries: list[int] = []

    def locked_once(self: Worker, *args: object, **kwargs: object) -> int | None:
        tries.append(1)
        if len(tries) == 1:
            raise OperationalError("database is locked")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Worker, "_record", locked_once)
    work()
    message = refreshed(message)
    assert message.state == "sent" and message.attempts == 1 and len(tries) == 2
    assert len(sink.handler.received) == 1


class Pipelining(SinkHandler):
    """A server that allows PIPELINING (RFC 2920), as the big providers' do, and refuses one
    recipient: the worker then says MAIL FROM and RCPT TO together, before it records the
    previous message."""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # type: ignore[no-untyped-def]
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        if address.startswith("priya3@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_with_pipelining_each_message_goes_once_and_a_refused_one_fails_alone(owner) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink(Pipelining()) as server:
        use_server(owner, server.port)
        messages = [queue(owner, n) for n in range(1, 6)]
        work()
        states = [refreshed(m).state for m in messages]
        received = dict(server.handler.ids)
    assert states == ["sent", "sent", "failed", "sent", "sent"]
    assert received == {m.message_id: 1 for n, m in enumerate(messages, 1) if n != 3}
    assert "RCPT TO: 550" in refreshed(messages[2]).last_error


class Recording(SinkHandler):
    """A server without PIPELINING that notes each envelope command as it gets it, and refuses
    the sender of its third transaction for a while (451)."""

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        self.mails = 0

    async def handle_MAIL(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        self.said.append("MAIL")
        self.mails += 1
        if self.mails == 3:
            return "451 4.7.1 Slow down"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        self.said.append("RCPT")
        envelope.rcpt_tos.append(address)
        return "250 OK"


def _transport(port: int):  # type: ignore[no-untyped-def]
    from pursuit.outbox.transport import SmtpTransport

    return SmtpTransport(host="127.0.0.1", port=port, security="none", username="",
                         password="", timeout=5)


def _until(condition, seconds: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server never answered"
        time.sleep(0.005)


def test_without_pipelining_rcpt_is_said_as_soon_as_mail_from_is_answered() -> None:
    from pursuit.outbox.transport import SendFailed, _answered

    with SmtpSink(Recording()) as server:
        transport = _transport(server.port)
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        transport.envelope_advance()  # maybe too early: nothing is lost by asking
        assert transport._smtp is not None
        _until(lambda: _answered(transport._smtp) or server.handler.said == ["MAIL", "RCPT"])
        transport.envelope_advance()
        # RCPT TO went out before the worker asked for the answers (envelope_end).
        _until(lambda: server.handler.said == ["MAIL", "RCPT"])
        transport.envelope_end()
        transport.data("Subject: one\r\nMessage-ID: <one@example.com>\r\n\r\nHello\r\n")
        # A sender refused and read early: the same failure as read late, and RSET leaves
        # the connection ready for the next message.
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        transport.envelope_end()
        transport.data("Subject: two\r\nMessage-ID: <two@example.com>\r\n\r\nHello\r\n")
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        _until(lambda: _answered(transport._smtp))
        transport.envelope_advance()
        with pytest.raises(SendFailed, match="MAIL FROM: 451"):
            transport.envelope_end()
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        transport.envelope_advance()
        transport.envelope_end()
        transport.data("Subject: four\r\nMessage-ID: <four@example.com>\r\n\r\nHello\r\n")
        transport.close()
        assert dict(server.handler.ids) == {"<one@example.com>": 1, "<two@example.com>": 1,
                                            "<four@example.com>": 1}
        assert server.handler.said.count("RCPT") == 3  # never for the refused sender


def test_without_pipelining_a_refused_sender_is_retried_alone(owner) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink(Recording()) as server:
        use_server(owner, server.port)
        messages = [queue(owner, n) for n in range(1, 6)]
        work()
        states = [refreshed(m).state for m in messages]
        received = dict(server.handler.ids)
    assert states == ["sent", "sent", "retry", "sent", "sent"]
    assert received == {m.message_id: 1 for n, m in enumerate(messages, 1) if n != 3}
    assert "MAIL FROM: 451" in refreshed(messages[2]).last_error


def test_data_said_ahead_goes_with_its_message_or_the_connection_is_dropped() -> None:
    """DATA said before the worker's commit tells the server nothing: the message goes only
    with `data`, and a message that is not to go is dropped by closing the connection (RSET
    or QUIT would be read as the message's text); the next one goes on a new connection."""
    from pursuit.outbox.transport import SmtpTransport

    def ahead(transport: SmtpTransport) -> None:
        def advanced() -> bool:
            transport.envelope_advance()
            said = transport._said
            return said is not None and said.data_said

        _until(advanced)

    handler = SinkHandler()
    with SmtpSink(handler) as server:
        transport = _transport(server.port)
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        ahead(transport)
        transport.envelope_end()
        transport.data("Subject: one\r\nMessage-ID: <one@example.com>\r\n\r\nHello\r\n")
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        ahead(transport)
        transport.envelope_end()
        transport.reset()  # its touch was skipped meanwhile: it must not go
        assert not transport.connected
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        ahead(transport)
        transport.envelope_end()
        transport.data("Subject: three\r\nMessage-ID: <three@example.com>\r\n\r\nHello\r\n")
        transport.envelope_begin("jordan@example.com", "priya@larchmont.example")
        ahead(transport)
        transport.close()  # the worker stopping with DATA said
        assert dict(server.handler.ids) == {"<one@example.com>": 1, "<three@example.com>": 1}
        assert len(server.handler.received) == 2
