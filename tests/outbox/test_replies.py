"""Replies read from a real IMAP server (dovecot on loopback) re-plan the cadence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from pursuit.cadence.models import Touch
from pursuit.cadence.services import touch_queue_message
from pursuit.core.mail import imap_quote
from pursuit.outbox.models import InboundReply, MailAccount
from pursuit.outbox.services import mail_account_save
from pursuit.pipeline.models import Event
from pursuit.worker.loop import Worker
from tests.conftest import at
from tests.outbox.imap_server import ImapServer, dovecot_available

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not dovecot_available(), reason="dovecot is installed by scripts/test"),
]


@pytest.fixture
def imap() -> Iterator[ImapServer]:
    with ImapServer({"jordan": "imap password 1"}) as server:
        yield server


@pytest.fixture
def interview(owner, make_contact, make_application, log_round, imap):  # type: ignore[no-untyped-def]
    """A Friday interview with Priya, her thank-you sent through the outbox (console)."""
    application = make_application(owner)
    priya = make_contact(owner, "Priya Raman", "priya@larchmont.example")
    log_round(application, at("2025-10-17 15:00"), [priya])
    thanks = Touch.objects.get(application=application, type="thank_you_email")
    message = touch_queue_message(owner=owner, touch_id=thanks.pk,
                                  to_address="priya@larchmont.example", to_name="Priya Raman",
                                  subject="Thank you", body="Dear Priya, thank you.")
    Worker(idle_sleep=0).deliver_next()
    mail_account_save(owner=owner, from_address="jordan@example.com", smtp_host="127.0.0.1",
                      smtp_port=1, smtp_security="none", imap_host="127.0.0.1",
                      imap_port=imap.port, imap_security="none", imap_username="jordan",
                      imap_password="imap password 1")
    return application, priya, message


def reply(*, sender: str, in_reply_to: str | None, body: str, when: str,
          headers: dict[str, str] | None = None, message_id: str = "<r1@larchmont.example>"
          ) -> bytes:
    email = EmailMessage()
    email["From"] = f"Someone <{sender}>"
    email["To"] = "jordan@example.com"
    email["Subject"] = "Re: Thank you"
    email["Message-ID"] = message_id
    email["Date"] = format_datetime(at(when))
    if in_reply_to:
        email["In-Reply-To"] = in_reply_to
        email["References"] = in_reply_to
    for name, value in (headers or {}).items():
        email[name] = value
    email.set_content(body)
    return bytes(email)


def poll() -> None:
    Worker(idle_sleep=0).poll_replies()


def test_a_reply_to_our_message_replans_the_cadence(imap, interview) -> None:  # type: ignore[no-untyped-def]
    application, priya, message = interview
    imap.deliver("jordan", reply(sender="priya@larchmont.example",
                                 in_reply_to=message.message_id, when="2025-10-21 11:00",
                                 body="Thanks Jordan! We decide by Nov 3.\n\n> Dear Priya"))
    poll()
    [event] = Event.objects.filter(application=application, type="interviewer_replied")
    assert event.by == priya and event.summary == "Thanks Jordan! We decide by Nov 3."
    # R7: the call of 2025-10-22 is removed; follow-ups restart a week after the reply.
    assert not Touch.objects.filter(application=application, type="follow_up_call",
                                    status="planned").exists()
    [first] = Touch.objects.filter(application=application, type="follow_up_after_reply")
    assert first.due_on == date(2025, 10, 28)
    poll()  # read again: recorded once
    assert InboundReply.objects.count() == 1
    assert MailAccount.objects.get().imap_last_error == ""


def test_a_mail_from_an_interviewer_counts_without_in_reply_to(imap, interview) -> None:  # type: ignore[no-untyped-def]
    application, _, _ = interview
    imap.deliver("jordan", reply(sender="PRIYA@larchmont.example", in_reply_to=None,
                                 when="2025-10-20 09:00", body="Quick question for you."))
    poll()
    assert Event.objects.filter(application=application, type="interviewer_replied").exists()


def test_an_out_of_office_is_not_a_reply(imap, interview) -> None:  # type: ignore[no-untyped-def]
    application, _, message = interview
    imap.deliver("jordan", reply(sender="priya@larchmont.example",
                                 in_reply_to=message.message_id, when="2025-10-20 09:00",
                                 body="I am out of the office until Monday.",
                                 headers={"Auto-Submitted": "auto-replied"}))
    poll()
    assert InboundReply.objects.get().automatic
    assert not Event.objects.filter(application=application).exists()


def test_a_stranger_is_ignored(imap, interview) -> None:  # type: ignore[no-untyped-def]
    imap.deliver("jordan", reply(sender="newsletter@shop.example", in_reply_to=None,
                                 when="2025-10-20 09:00", body="Sale!"))
    poll()
    assert not InboundReply.objects.exists()


def test_a_rejection_is_flagged_for_the_user_to_confirm(imap, interview) -> None:  # type: ignore[no-untyped-def]
    _, _, message = interview
    imap.deliver("jordan", reply(
        sender="priya@larchmont.example", in_reply_to=message.message_id,
        when="2025-10-24 09:00",
        body="Unfortunately, we have decided to move forward with another candidate."))
    poll()
    assert InboundReply.objects.get().suggests_rejection


def test_a_wrong_imap_password_is_shown_not_raised(imap, interview) -> None:  # type: ignore[no-untyped-def]
    account = MailAccount.objects.get()
    mail_account_save(owner=account.owner, from_address="jordan@example.com",
                      smtp_host="127.0.0.1", smtp_port=1, smtp_security="none",
                      imap_host="127.0.0.1", imap_port=imap.port, imap_security="none",
                      imap_username="jordan", imap_password="wrong")
    poll()
    assert "IMAP" in MailAccount.objects.get().imap_last_error


def test_header_values_are_quoted_for_imap_search() -> None:
    assert imap_quote('<a"b\\c@x>') == '"<a\\"b\\\\c@x>"'
    assert "\r" not in imap_quote("<x@y>\r\nA001 LOGOUT") and \
        "\n" not in imap_quote("<x@y>\r\nA001 LOGOUT")
