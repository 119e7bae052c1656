"""The template form (issue 16): parts to source and back, the same renderer, the code view
when the form cannot show a template, the page's errors, and previews for real people."""

from __future__ import annotations

import pytest
from django.urls import reverse

from pursuit.core.errors import BadInput
from pursuit.core.letters import TemplateText, default_template
from pursuit.core.letters.parts import Paragraph, Parts, Unreadable, from_source, to_source
from pursuit.letters import services
from pursuit.letters.models import LetterTemplate
from tests.letters.conftest import Panel, signed_in

FORM_MADE = Parts(
    subject=("Thank you, {{ recipient.first_name }}", "Our talk about the {{ role }} role"),
    greeting="Hi {{ recipient.first_name }},",
    paragraphs=(Paragraph(("Thanks for the chat about {{ topic_list }}.",
                           "I enjoyed hearing about {{ topic_list }}.",
                           "Talking about {{ topic_list }} was the best part of my day.")),
                Paragraph(("I would love to join {{ employer }}.",))),
    sign_off="Cheers,\n{{ candidate.signature }}")


def test_form_parts_make_a_source_that_reads_back_the_same() -> None:
    source = to_source(FORM_MADE)
    assert source.subject.startswith("{% if variant % 2 == 0 %}Thank you")
    assert "{% elif variant % 3 == 1 %}\nI enjoyed" in source.body
    assert from_source(source, "thank_you_email") == FORM_MADE


@pytest.mark.parametrize("kind", ["thank_you_email", "follow_up_email", "postal_letter",
                                  "reference_alert", "withdrawal_note", "thanks_after_offer",
                                  "announcement"])
def test_the_shipped_templates_open_in_the_form_unchanged(kind: str) -> None:
    shipped = default_template(kind)  # type: ignore[arg-type]
    parts = from_source(shipped, kind)
    assert to_source(parts).body.rstrip() == shipped.body.rstrip()
    assert parts.greeting.startswith(("Dear ", "{{ lines.greeting }} "))


def test_the_follow_up_keeps_its_three_wordings_in_turn() -> None:
    parts = from_source(default_template("follow_up_email"), "follow_up_email")
    assert len(parts.subject) == 3 and parts.subject[0] == "Following up: {{ role }}"
    assert any(len(p.wordings) == 3 for p in parts.paragraphs if not p.code)


@pytest.mark.parametrize("body", [
    # a tag that runs across a blank line
    "Dear {{ recipient.first_name }},\n\n{% if topics %}\nOne.\n\nTwo.\n{% endif %}\n",
    # a blank line doubled is layout the form would change
    "Dear {{ recipient.first_name }},\n\n\nThanks.\n",
])
def test_code_the_form_cannot_show_is_unreadable(body: str) -> None:
    with pytest.raises(Unreadable):
        from_source(TemplateText("Hi", body), "follow_up_email")


def test_the_career_thanks_keeps_its_subject_and_paragraphs_in_code() -> None:
    shipped = default_template("thanks_after_offer")
    parts = from_source(shipped, "thanks_after_offer")
    # Its subject names the new employer only to those who may know it: code, kept whole.
    assert parts.subject == () and parts.subject_code == shipped.subject
    assert to_source(parts) == TemplateText(shipped.subject, to_source(parts).body)
    assert [bool(p.code) for p in parts.paragraphs] == [True, True, False]
    assert parts.sign_off == "With thanks,\n{{ candidate.signature }}"
    # Moving a paragraph keeps the subject's code and each paragraph's.
    moved = to_source(Parts((), parts.greeting, parts.paragraphs[::-1], parts.sign_off,
                            parts.preamble, parts.subject_code))
    assert moved.subject == shipped.subject
    assert moved.body.index("favor") < moved.body.index('career.relation == "coach"')


def test_a_subject_whose_code_is_not_complete_is_unreadable() -> None:
    with pytest.raises(Unreadable, match="subject"):
        from_source(TemplateText("Hi{% if role %} there", "Dear {{ role }},\n"), "announcement")


def test_the_career_thanks_opens_in_the_form_and_saves_unchanged(panel: Panel) -> None:
    client = signed_in(panel.owner)
    url = reverse("letter_template", args=["thanks_after_offer"])
    html = client.get(url).content.decode()
    assert 'name="greeting"' in html and 'name="subject-code"' in html
    assert "Subject <span class=\"pill muted-pill\">written in code</span>" in html
    assert 'value="subject"' not in html  # no wording to add to a subject in code
    shipped = default_template("thanks_after_offer")
    parts = from_source(shipped, "thanks_after_offer")
    post = {"subjects": "0", "subject-code": shipped.subject, "greeting": parts.greeting,
            "preamble": parts.preamble, "paragraphs": "3",
            "p-0-code": parts.paragraphs[0].code, "p-1-code": parts.paragraphs[1].code,
            "p-2-n": "1", "p-2-0": "If I can ever help, just ask.",
            "sign_off": parts.sign_off, "action": "save"}
    assert client.post(url, post).status_code == 302
    own = LetterTemplate.objects.get(owner=panel.owner, kind="thanks_after_offer")
    assert own.subject == shipped.subject
    assert own.body == shipped.body.replace(
        "If I can ever return the favor, please let me know.", "If I can ever help, just ask.")


def test_a_form_made_template_renders_for_each_person_of_the_panel(panel: Panel) -> None:
    services.template_save_parts(owner=panel.owner, kind="thank_you_email", parts=FORM_MADE)
    own = LetterTemplate.objects.get(owner=panel.owner, kind="thank_you_email")
    assert from_source(TemplateText(own.subject, own.body), "thank_you_email") == FORM_MADE
    touches = [panel.thank_you(p) for p in panel.people]
    letters = [services.template_preview_for(owner=panel.owner, kind="thank_you_email",
                                             subject=own.subject, body=own.body, touch=t)
               for t in touches]
    bodies = [body for _, body in letters]
    assert bodies[0].startswith("Hi Adaeze,") and bodies[1].startswith("Hi Siobhan,")
    assert "Thanks for the chat about the real-time analytics roadmap" in bodies[0]
    assert "I enjoyed hearing about" in bodies[1]
    assert "Talking about" in bodies[2]
    assert all("\nCheers,\n" in body for body in bodies)
    subjects = [subject for subject, _ in letters]
    assert subjects[0] == "Thank you, Adaeze" and subjects[1].startswith("Our talk about")


def test_unknown_placeholder_is_refused_naming_the_field(panel: Panel) -> None:
    bad = Parts(("Hi",), "Dear {{ first_nme }},", (Paragraph(("Thanks.",)),), "Best,")
    with pytest.raises(BadInput) as caught:
        services.template_save_parts(owner=panel.owner, kind="follow_up_email", parts=bad)
    assert caught.value.where == "greeting" and "first_nme" in str(caught.value)
    code = Parts(("Hi",), "Dear you,", (Paragraph(("a", "{% if x %}b{% endif %}")),), "Best,")
    with pytest.raises(BadInput) as caught:
        services.template_save_parts(owner=panel.owner, kind="follow_up_email", parts=code)
    assert caught.value.where == "p-0-1" and "Paragraph 1, wording 2" in str(caught.value)
    assert not LetterTemplate.objects.filter(owner=panel.owner).exists()


# --- The page --------------------------------------------------------------------------------

def _post(parts: dict[str, str]) -> dict[str, str]:
    return {"subjects": "1", "subject-0": "Following up", "greeting": "Dear {{ recipient.name }},",
            "paragraphs": "2", "p-0-n": "1", "p-0-0": "I am still keen on {{ role }}.",
            "p-1-n": "1", "p-1-0": "Thanks again.", "sign_off": "Best,\n{{ candidate.name }}",
            "action": "save", **parts}


def test_the_page_opens_the_shipped_follow_up_as_a_form(panel: Panel) -> None:
    page = signed_in(panel.owner).get(reverse("letter_template", args=["follow_up_email"]))
    html = page.content.decode()
    assert 'name="greeting"' in html and 'data-insert="{{ recipient.first_name }}"' in html
    assert "written in code" in html and "3 wordings, in turn" in html
    # The preview is for the user's real people when they have some.
    assert "your real letters" in html


def test_an_error_keeps_what_was_typed_and_names_the_field(panel: Panel) -> None:
    client = signed_in(panel.owner)
    response = client.post(reverse("letter_template", args=["follow_up_email"]),
                           _post({"p-1-0": "See you on {{ nickname }}, typed with care."}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Paragraph 2: {{ nickname }} is not a placeholder" in html
    assert "See you on {{ nickname }}, typed with care." in html
    assert 'id="err_p-1-0"' in html and "I am still keen on {{ role }}." in html
    assert not LetterTemplate.objects.filter(owner=panel.owner).exists()


def test_saving_the_form_then_moving_and_adding_paragraphs(panel: Panel) -> None:
    client = signed_in(panel.owner)
    url = reverse("letter_template", args=["follow_up_email"])
    moved = client.post(url, _post({"action": "down-0"})).content.decode()
    assert moved.index("Thanks again.") < moved.index("I am still keen")
    added = client.post(url, _post({"action": "add"})).content.decode()
    assert 'name="p-2-0"' in added
    assert not LetterTemplate.objects.filter(owner=panel.owner).exists()  # nothing saved yet
    assert client.post(url, _post({})).status_code == 302
    own = LetterTemplate.objects.get(owner=panel.owner, kind="follow_up_email")
    assert own.subject == "Following up"
    assert own.body == ("Dear {{ recipient.name }},\n\nI am still keen on {{ role }}.\n\n"
                        "Thanks again.\n\nBest,\n{{ candidate.name }}\n")


def test_hand_edited_code_the_form_cannot_show_opens_in_the_code_view(panel: Panel) -> None:
    body = "{% for t in topics %}\nAbout {{ t }}.\n\n{% endfor %}\nBest,\n{{ candidate.name }}\n"
    services.template_save(owner=panel.owner, kind="follow_up_email", subject="Hi", body=body)
    html = signed_in(panel.owner).get(
        reverse("letter_template", args=["follow_up_email"])).content.decode()
    assert "Shown as code:" in html and "runs across paragraphs" in html
    assert "{% for t in topics %}" in html.replace("&#x27;", "'")
    assert 'name="greeting"' not in html


def test_the_live_preview_of_the_form_names_the_field_at_fault(panel: Panel) -> None:
    client = signed_in(panel.owner)
    url = reverse("letter_template_preview", args=["follow_up_email"])
    bad = client.post(url, _post({"sign_off": "Best,\n{{ candidate.nick }}"}),
                      HTTP_HX_REQUEST="true").content.decode()
    assert "<strong>Template:</strong> Sign-off: {{ candidate.nick }} is not a placeholder" in bad
    good = client.post(url, _post({}), HTTP_HX_REQUEST="true").content.decode()
    assert "I am still keen on" in good and "your real letters" in good
