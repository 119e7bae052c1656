"""The user's own Sent folder: each delivered message appended once to dovecot's Sent folder,
also when a worker dies between the delivery and the append; follow-ups threaded."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import pytest
from django.utils import timezone
from imapclient import IMAPClient

from pursuit.core.mail import imap_quote
from pursuit.outbox.models import MailAccount, Message
from pursuit.outbox.sentfolder import BATCH, ImapSessions, append_copies
from pursuit.outbox.services import build_email, mail_account_save, message_enqueue
from pursuit.worker.loop import Worker, _Appender
from tests.conftest import ROOT
from tests.outbox.imap_server import ImapServer, dovecot_available
from tests.outbox.silent_server import SilentServer
from tests.outbox.smtp_sink import SmtpSink
from tests.outbox.test_worker_processes import env_for, python, wait_for, worker

pytestmark = pytest.mark.skipif(not dovecot_available(), reason="dovecot is not installed")

USER, PASSWORD = "jordan", "imap password 1"


@pytest.fixture
def imap() -> Iterator[ImapServer]:
    with ImapServer({USER: PASSWORD, "seed@example.com": PASSWORD}) as server:
        yield server


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    with SmtpSink() as server:
        yield server


def sent_ids(imap: ImapServer, user: str = USER, header: str = "Message-ID") -> list[str]:
    """The Message-IDs (or another header) in the user's Sent folder, one per copy."""
    client = IMAPClient("127.0.0.1", port=imap.port, ssl=False, timeout=5)
    client.login(user, PASSWORD)
    try:
        client.select_folder("Sent", readonly=True)
        found = client.fetch(client.search("ALL"), [b"BODY.PEEK[HEADER]"])
        return [str(message_from_bytes(d[b"BODY[HEADER]"])[header])
                for d in found.values()]
    finally:
        client.logout()


def account(owner, sink: SmtpSink, imap: ImapServer, sent_copy: str = "auto") -> MailAccount:  # type: ignore[no-untyped-def]
    return mail_account_save(owner=owner, from_address="jordan@example.com",
                             smtp_host="127.0.0.1", smtp_port=sink.port, smtp_security="none",
                             imap_host="127.0.0.1", imap_port=imap.port, imap_security="none",
                             imap_username=USER, imap_password=PASSWORD, sent_copy=sent_copy)


def queue(owner) -> Message:  # type: ignore[no-untyped-def]
    return message_enqueue(owner=owner, to_address="priya@larchmont.example",
                           subject="Thank you", body="Dear Priya,\n\nThank you.\n")


def work() -> None:
    Worker(lease_seconds=300, idle_sleep=0).run(once=True)


@pytest.mark.django_db(transaction=True)
def test_a_delivered_message_lands_in_sent_once(owner, sink, imap) -> None:  # type: ignore[no-untyped-def]
    account(owner, sink, imap)
    message = queue(owner)
    work()
    work()
    message.refresh_from_db()
    assert (message.state, message.sent_copy) == ("sent", "done")
    assert sent_ids(imap) == [message.message_id]
    assert sink.handler.ids[message.message_id] == 1
    # The copy is the message that went out, its Date included.
    assert sent_ids(imap, header="Date") == \
        [str(message_from_bytes(sink.handler.received[0])["Date"])]


@pytest.mark.django_db(transaction=True)
def test_a_burst_lands_once_each_in_a_server_that_keeps_mdbox(owner, sink) -> None:  # type: ignore[no-untyped-def]
    """dovecot's mdbox (many messages to a file, the format bench_send's server uses) takes
    the appender's MULTIAPPEND batches like maildir does: more copies than one batch holds,
    each stored once, in the order they went out."""
    with ImapServer({USER: PASSWORD}, storage="mdbox") as imap:
        account(owner, sink, imap)
        # Not held to a person's sending pace (the field's highest value): the burst is what
        # is tested.
        MailAccount.objects.filter(owner=owner).update(rate_per_minute=30000)
        messages = [message_enqueue(owner=owner, to_address=f"person{i}@larchmont.example",
                                    subject=f"Thank you {i}", body="Thank you.\n")
                    for i in range(BATCH + 30)]
        # Turns until every copy is made: in one CI run under load, one turn left 30 of the
        # 230 copies for later (why is not known yet; see docs/mail-account.md). What this
        # test holds is that each copy lands once, in order, however many turns it takes.
        for _ in range(20):
            work()
            if not Message.objects.filter(owner=owner).exclude(sent_copy="done").exists():
                break
        assert Message.objects.filter(owner=owner, sent_copy="done").count() == len(messages)
        assert sent_ids(imap) == [m.message_id for m in
                                  Message.objects.filter(owner=owner).order_by("sent_at", "id")]
        assert list((imap.dir / "mail" / USER).rglob("m.*")), "stored in mdbox's m.N files"


@pytest.mark.django_db(transaction=True)
def test_off_means_no_copy(owner, sink, imap) -> None:  # type: ignore[no-untyped-def]
    account(owner, sink, imap, sent_copy="off")
    message = queue(owner)
    work()
    message.refresh_from_db()
    assert (message.state, message.sent_copy) == ("sent", "")
    assert sent_ids(imap) == []


def left_appending(message: Message) -> None:
    """As a worker killed during its APPEND leaves it: marked before, never marked done. Its
    id names a process that no longer exists on this machine (pid 2**22+1 is above Linux's
    highest)."""
    Message.objects.filter(pk=message.pk).update(
        state="sent", sent_copy="appending", claimed_by=f"{socket.gethostname()}:{2**22 + 1}")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("appended_before_the_kill", [True, False])
def test_a_copy_left_half_done_is_neither_doubled_nor_lost(
        owner, sink, imap, appended_before_the_kill) -> None:  # type: ignore[no-untyped-def]
    account(owner, sink, imap)
    message = queue(owner)
    left_appending(message)
    if appended_before_the_kill:
        client = IMAPClient("127.0.0.1", port=imap.port, ssl=False, timeout=5)
        client.login(USER, PASSWORD)
        client.append("Sent", build_email(message).as_bytes())
        client.logout()
    work()
    message.refresh_from_db()
    assert message.sent_copy == "done"
    assert sent_ids(imap) == [message.message_id]


def delivered(owner) -> Message:  # type: ignore[no-untyped-def]
    """A message as the worker leaves it once delivered with a copy to make."""
    message = queue(owner)
    Message.objects.filter(pk=message.pk).update(state="sent", sent_copy="pending",
                                                 sent_at=timezone.now())
    message.refresh_from_db()
    return message


def logins(imap: ImapServer, user: str = USER) -> int:
    """How many times the user logged in to dovecot (its log says each login)."""
    return (imap.dir / "dovecot.log").read_text().count(f"Login: user=<{user}>")


def logged_out(imap: ImapServer) -> None:
    """Wait until dovecot has logged a LOGOUT (it writes its log after answering one)."""
    wait_for(lambda: "Disconnected: Logged out" in (imap.dir / "dovecot.log").read_text(),
             seconds=10)


def kick(imap: ImapServer, user: str = USER) -> None:
    """Close the user's connections from the server's side, as an idle timeout does."""
    subprocess.run([shutil.which("doveadm") or "/usr/bin/doveadm", "-c", str(imap.config),
                    "kick", user], check=True, capture_output=True, timeout=30)


@pytest.mark.django_db(transaction=True)
def test_the_passes_of_one_burst_log_in_once(owner, sink, imap) -> None:  # type: ignore[no-untyped-def]
    mailbox = account(owner, sink, imap)
    sessions = ImapSessions()
    try:
        first = delivered(owner)
        assert append_copies(worker="w", gone=lambda _: True, sessions=sessions) == 1
        second = delivered(owner)
        assert append_copies(worker="w", gone=lambda _: True, sessions=sessions) == 1
        assert logins(imap) == 1
        # The server drops the kept connection (an idle timeout): the next pass opens a new
        # one without telling the user of an error, and no copy is doubled or lost.
        kick(imap)
        third = delivered(owner)
        assert append_copies(worker="w", gone=lambda _: True, sessions=sessions) == 1
    finally:
        sessions.close()
    assert logins(imap) == 2
    mailbox.refresh_from_db()
    assert mailbox.imap_last_error == ""
    assert sorted(sent_ids(imap)) == sorted(m.message_id for m in (first, second, third))
    assert set(Message.objects.values_list("sent_copy", flat=True)) == {"done"}


@pytest.mark.django_db(transaction=True)
def test_a_copy_is_the_text_handed_over_else_built_from_its_row(owner, sink, imap) -> None:  # type: ignore[no-untyped-def]
    """The worker hands over each message as it went out (taken once); one it no longer
    holds (a worker restarted) is built again from its row."""
    account(owner, sink, imap)
    kept, built = delivered(owner), delivered(owner)
    text = build_email(kept).as_string().replace("Subject: Thank you",
                                                 "Subject: Thank you (as sent)")
    handed = {kept.pk: text}
    asked: list[int] = []

    def take(pk: int) -> str | None:
        asked.append(pk)
        return handed.pop(pk, None)

    assert append_copies(worker="w", gone=lambda _: True, sent_text=take) == 2
    assert sorted(asked) == sorted([kept.pk, built.pk])
    subjects = dict(zip(sent_ids(imap), sent_ids(imap, header="Subject"), strict=True))
    assert subjects == {kept.message_id: "Thank you (as sent)", built.message_id: "Thank you"}


@pytest.mark.django_db(transaction=True)
def test_without_kept_sessions_each_pass_logs_in_and_out(owner, sink, imap) -> None:  # type: ignore[no-untyped-def]
    account(owner, sink, imap)
    for _ in range(2):
        delivered(owner)
        assert append_copies(worker="w", gone=lambda _: True) == 1
    assert logins(imap) == 2
    logged_out(imap)


@pytest.mark.django_db(transaction=True)
def test_the_appender_keeps_its_login_while_deliveries_go_on(owner, sink, imap) -> None:  # type: ignore[no-untyped-def]
    """The worker's appender thread lingers between nudges (a burst logs in once) and ends
    at once when drained (the worker stopping does not wait for the linger)."""
    account(owner, sink, imap)
    appender = _Appender("w", {}, threading.Lock())
    delivered(owner)
    appender.nudge()
    wait_for(lambda: appender.appended == 1)
    delivered(owner)
    appender.nudge()
    wait_for(lambda: appender.appended == 2)
    assert logins(imap) == 1
    started = time.monotonic()
    appender.drain()
    assert time.monotonic() - started < _Appender.LINGER
    assert not any(t.name == "pursuit-sent-copies" for t in threading.enumerate())
    logged_out(imap)


def copies(home: Path) -> dict[str, str]:
    return json.loads(python(["-m", "tests.outbox.seed", "copies"], home).stdout)


def test_a_worker_killed_between_delivery_and_append(tmp_path: Path, imap) -> None:  # type: ignore[no-untyped-def]
    """A real worker delivers, then hangs reaching an IMAP server that never answers; it is
    killed there (SIGKILL). The next worker, with the real dovecot, appends each copy once."""
    home = tmp_path / "home"
    home.mkdir()
    with SmtpSink() as sink, SilentServer() as silent:
        python(["-m", "tests.outbox.seed", str(sink.port), "3"], home)
        python(["-m", "tests.outbox.seed", "imap", "127.0.0.1", str(silent.port),
                "seed@example.com", PASSWORD], home)
        first = worker(home)
        wait_for(lambda: silent.accepted >= 1)  # delivered, now reaching IMAP for the copies
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        left = copies(home)
        assert len(sink.handler.ids) == 3 and set(left.values()) == {"pending"}, left
        python(["-m", "tests.outbox.seed", "imap", "127.0.0.1", str(imap.port),
                "seed@example.com", PASSWORD], home)
        second = subprocess.run(
            [sys.executable, "-m", "pursuit.cli.main", "worker", "--once"],
            cwd=ROOT, env=env_for(home), capture_output=True, text=True, timeout=300)
        assert second.returncode == 0, second.stderr
    assert set(copies(home).values()) == {"done"}
    assert sorted(sent_ids(imap, "seed@example.com")) == sorted(left)
    assert max(sink.handler.ids.values()) == 1


def test_imap_quote_is_what_the_search_uses() -> None:
    assert imap_quote('<a"b@x>') == '"<a\\"b@x>"'


@pytest.mark.django_db(transaction=True)
def test_follow_ups_to_one_person_for_one_application_are_one_thread(
        owner, make_contact, make_application, log_round, sink) -> None:  # type: ignore[no-untyped-def]
    """The thank-you, then two follow-ups to Priya: the second follow-up answers the first
    (In-Reply-To) and names both earlier messages (References), as the recipient's client
    and the user's own thread them. A message to someone else starts its own thread."""
    from pursuit.cadence.models import Touch
    from pursuit.cadence.services import touch_queue_message
    from tests.outbox.test_replies import at

    mail_account_save(owner=owner, from_address="jordan@example.com", smtp_host="127.0.0.1",
                      smtp_port=sink.port, smtp_security="none")
    application = make_application(owner)
    priya = make_contact(owner, "Priya Raman", "priya@larchmont.example")
    sam = make_contact(owner, "Sam Okafor", "sam@larchmont.example")
    log_round(application, at("2025-10-17 15:00"), [priya, sam])
    def next_email_to(contact):  # type: ignore[no-untyped-def]
        # The thank-you to this person, then the application's weekly follow-ups (written to
        # the interviewer): threading goes by the application and the address written to.
        return (Touch.objects.filter(application=application, type="thank_you_email",
                                     status="planned", contact=contact).first()
                or Touch.objects.filter(application=application, type="weekly_follow_up",
                                        status="planned", message=None)
                .order_by("due_on", "id").first())

    sent: list[Message] = []
    for _ in range(3):
        touch = next_email_to(priya)
        assert touch is not None, list(Touch.objects.values_list("type", "status"))
        sent.append(touch_queue_message(owner=owner, touch_id=touch.pk,
                                        to_address="Priya@larchmont.example",
                                        to_name="Priya Raman", subject="Following up",
                                        body="Dear Priya,\n\nFollowing up.\n"))
        work()
    to_sam = next_email_to(sam)
    other = touch_queue_message(owner=owner, touch_id=to_sam.pk,
                                to_address="sam@larchmont.example", to_name="Sam Okafor",
                                subject="Thank you", body="Dear Sam,\n\nThank you.\n")
    work()
    received = {str(m["Message-ID"]): m for m in map(message_from_bytes, sink.handler.received)}
    first, second, third = (received[m.message_id] for m in sent)
    assert first["In-Reply-To"] is None and first["References"] is None
    assert second["In-Reply-To"] == sent[0].message_id
    assert third["In-Reply-To"] == sent[1].message_id
    assert third["References"].split() == [sent[0].message_id, sent[1].message_id]
    assert received[other.message_id]["In-Reply-To"] is None
