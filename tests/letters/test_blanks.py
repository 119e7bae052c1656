"""Nothing blank: a draft never holds an empty slot. A sentence that would print an empty field
is left out, the draft says what is missing with a link to where it is entered, and a letter on
paper is not approved without a return address."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.accounts.models import User
from pursuit.core.letters import missing_of, render_draft
from pursuit.letters import services
from pursuit.letters.models import Letter
from pursuit.pipeline.models import Interviewer
from tests.letters.conftest import Panel, signed_in

# A gap where a value should be: "at  or", "is .", "Again, .", "Dear ,".
GAP_RE = re.compile(r"\w  +\w|\w [.,;:!?]|^Dear ?,", re.MULTILINE)


def test_a_sentence_with_an_empty_field_is_left_out() -> None:
    source = ("Dear {{ name }},\n\nThank you, Dr. Okonkwo. You can reach me at "
              "{{ candidate.phone }} or {{ candidate.email }}. I look forward to it.\n"
              "- Call me on {{ candidate.phone }}.\n- Or write.\nVoicemail: My number is "
              "{{ candidate.phone }}. Again, {{ candidate.phone }}. Thank you.")
    rendered = render_draft(source, {"name": "Adaeze", "candidate": {
        "phone": "", "email": "j@example.com"}})
    assert rendered.text == ("Dear Adaeze,\n\nThank you, Dr. Okonkwo. I look forward to it.\n"
                             "- Or write.\nVoicemail: Thank you.")
    assert rendered.left_out == ("candidate.phone",)
    assert [m.label for m in missing_of([rendered])] == ["your phone number"]


def test_an_empty_field_only_tested_is_missing_when_the_letter_wants_it() -> None:
    rendered = render_draft("{% if candidate.phone %}Call {{ candidate.phone }}.{% endif %}"
                            "{% if recipient.title %}, {{ recipient.title }}{% endif %}",
                            {"candidate": {"phone": ""}, "recipient": {"title": ""}})
    assert rendered.text == ""
    assert [(m.field, m.where) for m in missing_of([rendered])] == [
        ("candidate.phone", "profile")]  # an unknown title is no gap worth a word


@pytest.fixture
def bare(panel: Panel) -> Panel:
    """The candidate as sign-up leaves them: no phone, no postal address."""
    User.objects.filter(pk=panel.owner.pk).update(phone="", return_address="")
    panel.owner.refresh_from_db()
    return panel


def _drafts(panel: Panel) -> list[Letter]:
    touches = [panel.thank_you(p) for p in panel.people] + [
        panel.touch(kind) for kind in ("postal_letter", "reference_alert", "follow_up_call",
                                       "weekly_follow_up")]
    touches.append(panel.application.touches.filter(type="weekly_follow_up", channel="phone")
                   .first())
    return [services.letter_draft(owner=panel.owner, touch_id=t.pk) for t in touches]


def test_no_draft_of_any_kind_has_a_gap_without_phone_or_address(bare: Panel) -> None:
    for letter in _drafts(bare):
        text = services.compose(letter)
        assert not GAP_RE.search(text), (letter.kind, text)
        findings = services.letter_proofread(owner=bare.owner, letter_id=letter.pk).findings
        assert findings == [], (letter.kind, text, findings)
        if letter.kind in ("call_script", "postal_letter"):
            assert "your phone number" in [m["label"] for m in letter.missing], letter.kind
    postal = Letter.objects.get(kind="postal_letter")
    assert "reach me at jordan@example.com." in postal.body  # the e-mail alone
    assert "your return postal address" in [m["label"] for m in postal.missing]
    script = Letter.objects.filter(kind="call_script").first()
    assert script is not None and "My number is" not in script.body
    assert "I remain very interested, and I am happy to send anything else you need. Thank " \
           "you, and have a good day." in script.body


def test_the_editor_shows_what_is_missing_with_a_link_to_the_profile(bare: Panel) -> None:
    letter = services.application_postal_letter(owner=bare.owner,
                                                application_id=bare.application.pk)
    client = signed_in(bare.owner)
    page = client.get(reverse("letter", args=[letter.pk])).content.decode()
    assert "What this draft leaves out" in page
    assert "Your phone number" in page and "Your return postal address" in page
    assert f'href="{reverse("profile")}"' in page
    # Filled in since: the editor says so and points to a fresh draft.
    bare.owner.phone = "+1 312 555 0100"
    bare.owner.save(update_fields=["phone"])  # as the profile form does: the kept row goes
    page = client.get(reverse("letter", args=[letter.pk])).content.decode()
    assert "added since" in page and "Start again from the template" in page
    client.post(reverse("letter_redraft", args=[letter.pk]))
    letter.refresh_from_db()
    assert "+1 312 555 0100" in letter.body
    assert [m["label"] for m in letter.missing] == ["your return postal address"]


def test_a_debrief_without_topics_links_to_the_debrief(panel: Panel) -> None:
    Interviewer.objects.filter(round=panel.round, contact=panel.people[2]).update(topics=[])
    letter = services.letter_draft(owner=panel.owner,
                                   touch_id=panel.thank_you(panel.people[2]).pk)
    assert [m["where"] for m in letter.missing] == ["debrief"]
    page = signed_in(panel.owner).get(reverse("letter", args=[letter.pk])).content.decode()
    assert reverse("debrief", args=[panel.round.pk]) in page


def test_a_postal_letter_needs_a_return_address_to_be_approved(bare: Panel) -> None:
    letter = services.application_postal_letter(owner=bare.owner,
                                                application_id=bare.application.pk)
    client: Client = signed_in(bare.owner)
    client.post(reverse("letter_approve", args=[letter.pk]),
                {"body": letter.body, "send": "now"})
    letter.refresh_from_db()
    assert letter.status == "draft"
    User.objects.filter(pk=bare.owner.pk).update(
        return_address="1520 N Damen Ave\nChicago, IL 60622")
    client.post(reverse("letter_approve", args=[letter.pk]),
                {"body": letter.body, "send": "now"})
    letter.refresh_from_db()
    assert letter.status == "approved"


def test_the_sign_off_keeps_its_own_paragraph_without_a_phone(bare: Panel) -> None:
    letter = services.application_postal_letter(owner=bare.owner,
                                                application_id=bare.application.pk)
    assert letter.body.endswith("reach me at jordan@example.com.\n\nSincerely,\nJordan Rivera")
