"""The outbox pages, as a signed-in user meets them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.core.agenda import day_words, time_words
from pursuit.outbox.models import MailAccount, MailCheck, Message
from pursuit.outbox.services import message_enqueue
from pursuit.worker.loop import Worker
from tests.outbox.smtp_sink import SmtpSink


@pytest.fixture
def client_of(db):  # type: ignore[no-untyped-def]
    def make(user) -> Client:  # type: ignore[no-untyped-def]
        client = Client()
        client.force_login(user)
        return client

    return make


def test_outbox_says_messages_are_printed_until_a_mailbox_is_set_up(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    message_enqueue(owner=owner, to_address="priya@example.com", subject="Thank you <b>",
                    body="Hello")
    page = client_of(owner).get(reverse("outbox"))
    assert page.status_code == 200
    assert b"printed on the console" in page.content
    assert b"Thank you &lt;b&gt;" in page.content  # escaped, never raw HTML


def test_message_page_and_eml_download(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    message = message_enqueue(owner=owner, to_address="priya@example.com", to_name="Priya",
                              subject="Thank you", body="Dear Priya,\nThanks.")
    client = client_of(owner)
    assert client.get(reverse("outbox_message", args=[message.pk])).status_code == 200
    eml = client.get(reverse("outbox_message_eml", args=[message.pk]))
    assert eml["Content-Type"] == "message/rfc822"
    assert f"Message-ID: {message.message_id}".encode() in eml.content
    assert b"Dear Priya" in eml.content


def test_another_users_message_is_404(owner, make_user, client_of) -> None:  # type: ignore[no-untyped-def]
    message = message_enqueue(owner=owner, to_address="priya@example.com", subject="Hi",
                              body="Hello")
    outsider = client_of(make_user())
    for name in ("outbox_message", "outbox_message_eml"):
        assert outsider.get(reverse(name, args=[message.pk])).status_code == 404
    for name in ("outbox_message_cancel", "outbox_message_resolve"):
        assert outsider.post(reverse(name, args=[message.pk]), {"sent": "yes"}).status_code == 404
    assert Message.objects.get().state == "queued"


def test_cancel_from_the_page(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    message = message_enqueue(owner=owner, to_address="priya@example.com", subject="Hi",
                              body="Hello")
    client_of(owner).post(reverse("outbox_message_cancel", args=[message.pk]))
    assert Message.objects.get().state == "cancelled"


def test_resolve_an_unknown_message_from_the_page(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    message = message_enqueue(owner=owner, to_address="priya@example.com", subject="Hi",
                              body="Hello")
    Message.objects.filter(pk=message.pk).update(state="unknown")
    page = client_of(owner).get(reverse("outbox_message", args=[message.pk]))
    assert b"Sent" in page.content and b"send it again" in page.content
    client_of(owner).post(reverse("outbox_message_resolve", args=[message.pk]), {"sent": "yes"})
    assert Message.objects.get().state == "sent"


def test_mail_settings_save_keeps_the_password_and_refuses_injection(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    form = {"from_name": "Jordan", "from_address": "jordan@example.com",
            "smtp_host": "smtp.example.com", "smtp_port": 587, "smtp_security": "starttls",
            "smtp_username": "jordan", "smtp_password": "app password 1", "imap_host": "",
            "imap_port": 993, "imap_security": "tls", "imap_username": "", "imap_password": "",
            "rate_per_minute": 20}
    assert client.post(reverse("mail_settings"), form).status_code == 302
    stored = MailAccount.objects.get().smtp_password_encrypted
    client.post(reverse("mail_settings"), form | {"smtp_password": ""})
    assert MailAccount.objects.get().smtp_password_encrypted == stored
    bad = client.post(reverse("mail_settings"), form | {"from_name": "Jordan\r\nBcc: x@y.z"})
    assert bad.status_code == 200 and b"line break" in bad.content
    assert MailAccount.objects.get().from_name == "Jordan"


@pytest.mark.django_db(transaction=True)
def test_test_connection_reports_what_the_worker_found(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    with SmtpSink() as sink:
        client.post(reverse("mail_settings"), {
            "from_name": "", "from_address": "jordan@example.com", "smtp_host": "127.0.0.1",
            "smtp_port": sink.port, "smtp_security": "none", "smtp_username": "",
            "smtp_password": "", "imap_host": "", "imap_port": 993, "imap_security": "tls",
            "imap_username": "", "imap_password": "", "rate_per_minute": 20})
        pending = client.post(reverse("mail_check"), HTTP_HX_REQUEST="true")
        assert b"Testing the connection" in pending.content
        Worker(idle_sleep=0).run_checks()
    check = MailCheck.objects.get()
    answer = client.get(reverse("mail_check_status", args=[check.pk]))
    assert f"SMTP OK: connected to 127.0.0.1:{sink.port}".encode() in answer.content
    assert b"IMAP not set up" in answer.content


def test_the_outbox_says_what_the_console_printed_and_offers_to_send_what_is_held(  # type: ignore[no-untyped-def]
        owner, client_of) -> None:
    from pursuit.outbox.services import messages_hold

    printed = message_enqueue(owner=owner, to_address="priya@example.com", subject="Printed",
                              body="Hello")
    Worker(idle_sleep=0).run(once=True)
    held = message_enqueue(owner=owner, to_address="minh@example.com", subject="Held",
                           body="Hello")
    messages_hold(owner_id=owner.pk, reason="held: the mail account it was to go out through "
                                            "was removed")
    client = client_of(owner)
    page = client.get(reverse("outbox")).content.decode()
    assert "Printed on the console: no mail account yet" in page
    assert reverse("outbox_message_send", args=[held.pk]) in page
    assert reverse("outbox_message_cancel", args=[held.pk]) in page
    detail = client.get(reverse("outbox_message", args=[held.pk])).content.decode()
    assert "Send it?" in detail and "Held: the mail account it was to go out through" in detail
    client.post(reverse("outbox_message_send", args=[held.pk]))
    assert Message.objects.get(pk=held.pk).state == "queued"
    assert Message.objects.get(pk=printed.pk).transport == "console"


def test_a_printed_message_is_never_called_sent_and_times_are_the_users(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    owner.timezone = "Pacific/Kiritimati"  # UTC+14: its clock differs from UTC and the server's
    owner.save(update_fields=["timezone"])
    printed = message_enqueue(owner=owner, to_address="priya@example.com", subject="Printed",
                              body="Hello")
    Worker(idle_sleep=0).run(once=True)
    printed.refresh_from_db()
    assert printed.state == "sent" and printed.transport == "console"
    local = printed.sent_at.astimezone(ZoneInfo("Pacific/Kiritimati"))
    client = client_of(owner)
    listing = client.get(reverse("outbox")).content.decode()
    assert f"{time_words(local)} {day_words(local.date(), local.date())}" in listing
    detail = " ".join(client.get(reverse("outbox_message", args=[printed.pk])).content.decode()
                      .split())
    assert "Printed on the console: no mail account yet" in detail
    assert "· printed on the console: no mail account yet" in detail  # the attempt, too
    assert "· sent" not in detail
    started = printed.attempt_log.get().started_at.astimezone(ZoneInfo("Pacific/Kiritimati"))
    assert f"{time_words(started)} {day_words(started.date(), local.date())}" in detail
