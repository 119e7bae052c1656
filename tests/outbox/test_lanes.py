"""No account holds up the others: a mail server that never answers costs its own account one
timeout (and only its own), and a round serves every account in turn. The real worker, real
SMTP servers on loopback."""

from __future__ import annotations

from email import message_from_bytes
from typing import Any

import pytest
from django.utils import timezone

from pursuit.outbox.models import Attempt, MailAccount, Message
from pursuit.outbox.services import mail_account_save, message_enqueue
from pursuit.worker.loop import BATCH, Worker
from tests.outbox.silent_server import SilentServer
from tests.outbox.smtp_sink import SinkHandler, SmtpSink, free_port

pytestmark = pytest.mark.django_db(transaction=True)

# Long enough that the other account's few messages go out well inside it on a busy machine;
# the test waits for it once.
TIMEOUT = 20
# How long an account's turn waits for its connection to open (a second by default): long
# here, so that the order of turns is the rule's and not a busy machine's.
GRACE = 30


class Watching(SinkHandler):
    """A sink that notes, for each message, how many connections the silent server had seen
    the client give up on when the message arrived."""

    def __init__(self, silent: SilentServer) -> None:
        super().__init__()
        self.silent = silent
        self.given_up_at_arrival: list[int] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.given_up_at_arrival.append(self.silent.given_up)
        return await super().handle_DATA(server, session, envelope)


def account(owner: Any, port: int, timeout: int = TIMEOUT) -> None:
    mail_account_save(owner=owner, from_address=owner.email, smtp_host="127.0.0.1",
                      smtp_port=port, smtp_security="none", rate_per_minute=600)
    MailAccount.objects.filter(owner=owner).update(timeout_seconds=timeout)


def queue(owner: Any, n: int) -> Message:
    return message_enqueue(owner=owner, to_address=f"person{n}@example.com",
                           to_name=f"Person {n}", subject=f"Thank you ({n})",
                           body=f"Dear Person {n},\n\nThank you.\n")


def received_from(handler: SinkHandler) -> list[str]:
    return [str(message_from_bytes(raw)["From"]) for raw in handler.received]


def test_a_server_that_never_answers_holds_up_only_its_own_account(make_user: Any) -> None:
    stuck, alive = make_user("stuck@example.com"), make_user("alive@example.com")
    with SilentServer() as silent, SmtpSink(Watching(silent)) as sink:
        account(stuck, silent.port)
        account(alive, sink.port)
        theirs = [queue(stuck, n) for n in range(6)]  # queued first: the most overdue
        mine = [queue(alive, n) for n in range(6)]
        Worker(idle_sleep=0).run(once=True)  # returns once the silent server timed out
        # The other account's mail all went out while the first connection was still
        # waiting for a greeting: within one timeout, not after one timeout per message.
        handler = sink.handler
        assert isinstance(handler, Watching)
        assert len(handler.received) == 6 and handler.given_up_at_arrival == [0] * 6
        assert silent.accepted == 1  # one try for the account, not one per message
    assert {Message.objects.get(pk=m.pk).state for m in mine} == {"sent"}
    # The silent account is set aside: every message back to `retry`, with the same back-off.
    stored = list(Message.objects.filter(pk__in=[m.pk for m in theirs]))
    assert {m.state for m in stored} == {"retry"}
    assert len({m.next_attempt_at for m in stored}) == 1
    assert stored[0].next_attempt_at > timezone.now()
    assert all(m.attempts == 1 and "timed out" in m.last_error for m in stored)
    assert Attempt.objects.filter(message__in=stored, outcome="retry").count() == 6


def test_a_server_that_stays_down_fails_the_accounts_messages_after_the_last_try(
        make_user: Any) -> None:
    down = make_user("down@example.com")
    account(down, free_port())  # nothing listens there: refused at once
    messages = [queue(down, n) for n in range(3)]
    for _ in range(10):
        Message.objects.filter(state="retry").update(next_attempt_at=timezone.now())
        Worker(idle_sleep=0).run(once=True)
    stored = list(Message.objects.filter(pk__in=[m.pk for m in messages]))
    assert {m.state for m in stored} == {"failed"}
    assert all(m.last_error.startswith("gave up after 6 tries: cannot connect") for m in stored)


def test_one_message_of_one_account_goes_out_among_the_first_two(make_user: Any) -> None:
    busy, quiet = make_user("busy@example.com"), make_user("quiet@example.com")
    with SmtpSink() as sink:
        account(busy, sink.port)
        account(quiet, sink.port)
        for n in range(3 * BATCH):  # more than a round holds
            queue(busy, n)
        queue(quiet, 0)  # queued last: the least overdue of all
        Worker(idle_sleep=0, open_grace=GRACE).run(once=True)
        senders = received_from(sink.handler)
    assert len(senders) == 3 * BATCH + 1
    assert "quiet@example.com" in senders[:2]


def test_a_round_serves_every_account_in_turn(make_user: Any) -> None:
    users = [make_user(f"user{n}@example.com") for n in range(3)]
    with SmtpSink() as sink:
        for user in users:
            account(user, sink.port)
        for n in range(4):
            for user in users:
                queue(user, n)
        Worker(idle_sleep=0, open_grace=GRACE).run(once=True)
        senders = received_from(sink.handler)
    # Every window of three messages holds one message of each account.
    assert all(len(set(senders[i:i + 3])) == 3 for i in range(0, 12, 3)), senders


def test_a_round_ends_for_another_accounts_new_message_only(make_user: Any) -> None:
    """A message queued during a round ends the round when its account has nothing left in it
    (it must not wait behind the others' round); a new message of the account being served
    does not: it would wait behind that account's own older ones anyway."""
    busy, quiet = make_user("busy@example.com"), make_user("quiet@example.com")
    account(busy, free_port())
    account(quiet, free_port())
    for n in range(3):
        queue(busy, n)
    worker = Worker(idle_sleep=0)
    began = timezone.now()
    lanes = worker.claim_round()
    assert [len(lane.messages) for lane in lanes] == [3]
    queue(busy, 3)
    assert not worker._newly_due(began, lanes)
    lanes[0].messages.clear()  # the busy account's round is over: now its new one counts
    assert worker._newly_due(began, lanes)
    lanes[0].messages.append(Message.objects.filter(owner=busy).first())  # type: ignore[arg-type]
    queue(quiet, 0)
    assert worker._newly_due(began, lanes)
    worker.release_claims()
