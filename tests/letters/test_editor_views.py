"""The letter editor as a signed-in user meets it: proofread while typing, fix or dismiss,
approve (refused while findings are open), and the outbox gets exactly one message."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.letters import services
from pursuit.letters.models import Letter
from pursuit.outbox.models import Message
from tests.letters.conftest import Panel, person, signed_in

HTMX = {"HTTP_HX_REQUEST": "true"}
TYPO = "Dear Siobhan,\n\nThank you for the oportunity to meet.\n\nBest regards,\nJordan Rivera"


@pytest.fixture
def letter(panel: Panel) -> Letter:
    """Siobhan's thank-you e-mail, drafted."""
    return services.letter_draft(owner=panel.owner, touch_id=panel.thank_you(panel.people[1]).pk)


@pytest.fixture
def client(panel: Panel) -> Client:
    return signed_in(panel.owner)


def url(name: str, letter: Letter) -> str:
    return reverse(name, args=[letter.pk])


def test_opening_a_touch_drafts_its_letter_and_shows_the_editor(panel: Panel,
                                                                client: Client) -> None:
    touch = panel.thank_you(panel.people[0])
    response = client.get(reverse("letter_for_touch", args=[touch.pk]))
    letter = Letter.objects.get(touch=touch)
    assert response.status_code == 302 and response["Location"] == url("letter", letter)
    page = client.get(url("letter", letter)).content.decode()
    assert 'hx-trigger="input changed delay:500ms"' in page
    assert "Dear Dr. Okonkwo," in page and "ready" in page
    assert "disabled" not in page.split('class="approve"')[1].split("</div>")[0]


def test_the_proofread_partial_marks_findings_in_place_and_escapes_the_text(
        letter: Letter, client: Client) -> None:
    body = "Dear Siobhan,\n\n<script>alert(1)</script> Thank you for the oportunity."
    response = client.post(url("letter_proofread", letter), {"subject": "Thanks", "body": body},
                           **HTMX)
    html = response.content.decode()
    assert "<script>" not in html and "</script>" not in html
    assert "&lt;script&gt;" in html and "alert(1)&lt;/script&gt;" in html  # a placeholder, too
    assert '<mark class="finding" id="finding-2" title="' in html
    assert ">oportunity<sup>2</sup></mark>" in html
    assert 'value="opportunity"' not in html and "Use “opportunity”" in html
    assert "disabled" in html.split('class="approve"')[1]
    letter.refresh_from_db()
    assert letter.body == body  # saved as the user types
    assert [f["type"] for f in letter.findings] == ["placeholder", "misspelling"]


def test_a_contact_named_like_markup_stays_text(panel: Panel, client: Client) -> None:
    evil = person(panel.owner, "<script>alert(1)</script> Smith", email=True)
    touch = Touch.objects.create(owner=panel.owner, application=panel.application, key="x",
                                 type="follow_up_call", channel="email", contact=evil,
                                 recipient_name=evil.full_name, due_on=panel.round.start.date())
    response = client.get(reverse("letter_for_touch", args=[touch.pk]), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_use_suggestion_puts_it_in_the_text(letter: Letter, client: Client) -> None:
    client.post(url("letter_proofread", letter), {"subject": "Thanks", "body": TYPO}, **HTMX)
    finding = Letter.objects.get(pk=letter.pk).findings[0]
    response = client.post(url("letter_apply", letter), {
        "subject": "Thanks", "body": TYPO,
        "finding": f"{finding['start']}:misspelling:oportunity"}, **HTMX)
    assert response.status_code == 200
    letter.refresh_from_db()
    assert "Thank you for the opportunity to meet." in letter.body
    assert letter.findings == []
    assert "Thank you for the opportunity to meet." in response.content.decode()  # the textarea


def test_a_suggestion_in_the_subject_line_fixes_the_subject(letter: Letter,
                                                            client: Client) -> None:
    client.post(url("letter_proofread", letter), {"subject": "Thank you for the oportunity",
                                                  "body": letter.body})
    finding = Letter.objects.get(pk=letter.pk).findings[0]
    client.post(url("letter_apply", letter), {
        "finding": f"{finding['start']}:misspelling:oportunity"})
    letter.refresh_from_db()
    assert letter.subject == "Thank you for the opportunity" and letter.findings == []


def test_approval_is_refused_with_open_findings_and_accepted_after_dismissal(
        panel: Panel, letter: Letter, client: Client) -> None:
    body = "Dear Siobhan,\n\nThank you for meeting me about Kubernetez.\n\nBest,\nJordan Rivera"
    client.post(url("letter_approve", letter), {"subject": "Thanks", "body": body})
    letter.refresh_from_db()
    assert letter.status == "draft" and letter.body == body  # the edit is kept
    assert not Message.objects.exists()

    client.post(url("letter_dismiss", letter), {"finding": "misspelling:Kubernetez"}, **HTMX)
    assert Letter.objects.get(pk=letter.pk).dismissed == ["misspelling:Kubernetez"]
    client.post(url("letter_approve", letter), {"subject": "Thanks", "body": body,
                                                "send": "now"})
    letter.refresh_from_db()
    assert letter.status == "approved" and letter.approved_at is not None
    message = Message.objects.get()
    assert letter.message == message and message.touch.pk == letter.touch_id
    assert message.to_address == "siobhan.osullivan@larchmont.example"
    assert message.subject == "Thanks" and message.body == body

    # A second click, or a second approval, never queues a second message.
    client.post(url("letter_approve", letter), {"subject": "Thanks", "body": body})
    assert Message.objects.filter(touch=letter.touch).count() == 1
    assert Message.objects.count() == 1


def test_the_service_refuses_too(panel: Panel, letter: Letter) -> None:
    from pursuit.core.errors import BadInput

    with pytest.raises(BadInput, match="1 finding still open"):
        services.letter_approve(owner=panel.owner, letter_id=letter.pk, body=TYPO)


def test_send_next_business_morning_in_the_recipients_time(panel: Panel, letter: Letter,
                                                           client: Client) -> None:
    client.post(url("letter_approve", letter), {"subject": letter.subject, "body": letter.body,
                                                "send": "morning"})
    message = Message.objects.get()
    local = message.send_at.astimezone(ZoneInfo("America/Chicago"))
    assert local.time() == time(8, 0) and local.weekday() < 5
    assert message.send_at > datetime.now(ZoneInfo("UTC"))


def test_taking_an_approval_back_cancels_the_queued_message(letter: Letter,
                                                            client: Client) -> None:
    client.post(url("letter_approve", letter), {"subject": letter.subject, "body": letter.body})
    client.post(url("letter_reopen", letter))
    letter.refresh_from_db()
    assert letter.status == "draft" and letter.message is None
    assert Message.objects.get().state == "cancelled"


def test_a_postal_letter_is_approved_printed_and_marked_mailed(panel: Panel,
                                                               client: Client) -> None:
    touch = panel.touch("postal_letter")
    letter = services.letter_draft(owner=panel.owner, touch_id=touch.pk)
    draft_pdf = client.get(url("letter_pdf", letter))
    assert draft_pdf.status_code == 302  # approve first
    client.post(url("letter_approve", letter), {"body": letter.body})
    pdf = client.get(url("letter_pdf", letter))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert not Message.objects.exists()
    client.post(url("letter_mailed", letter))
    letter.refresh_from_db()
    touch.refresh_from_db()
    assert letter.status == "mailed" and touch.status == "done"


def test_the_application_page_download(panel: Panel, client: Client) -> None:
    link = reverse("application_letter_pdf", args=[panel.application.pk])
    assert client.get(link).status_code == 302  # drafted, to be approved first
    letter = Letter.objects.get(touch__type="postal_letter")
    services.letter_approve(owner=panel.owner, letter_id=letter.pk)
    assert client.get(link)["Content-Type"] == "application/pdf"


def test_template_preview_names_a_missing_field_and_saving_keeps_a_copy(
        client: Client) -> None:
    preview = client.post(reverse("letter_template_preview", args=["follow_up_email"]),
                          {"subject": "Hi", "body": "Dear {{ recipient.nickname }},"}, **HTMX)
    assert "template:recipient.nickname" in preview.content.decode()
    good = {"subject": "Hi {{ recipient.first_name }}", "body": "Dear {{ recipient.name }},"}
    client.post(reverse("letter_template", args=["follow_up_email"]), good)
    page = client.get(reverse("letter_template", args=["follow_up_email"])).content.decode()
    assert "Your copy." in page and "Dear Adaeze Okonkwo," in page
    client.post(reverse("letter_template_reset", args=["follow_up_email"]), {"confirm": "on"})
    assert "The shipped template" in client.get(reverse("letter_templates")).content.decode()


def test_another_users_letters_are_404_on_every_letters_url(
        panel: Panel, letter: Letter, outsider: User) -> None:
    stranger = signed_in(outsider)
    touch = panel.thank_you(panel.people[0])
    for name in ("letter", "letter_pdf"):
        assert stranger.get(url(name, letter)).status_code == 404
    for name in ("letter_proofread", "letter_apply", "letter_dismiss", "letter_approve",
                 "letter_reopen", "letter_redraft", "letter_mailed"):
        response = stranger.post(url(name, letter), {"body": "hijacked", "finding": "x"})
        assert response.status_code == 404, name
    assert stranger.get(reverse("letter_for_touch", args=[touch.pk])).status_code == 404
    assert stranger.get(reverse("application_letter_pdf",
                                args=[panel.application.pk])).status_code == 404
    assert "Siobhan" not in stranger.get(reverse("letters")).content.decode()
    letter.refresh_from_db()
    assert letter.body != "hijacked" and letter.status == "draft"
    assert not Letter.objects.filter(touch=touch).exists()
    assert not Message.objects.exists()
