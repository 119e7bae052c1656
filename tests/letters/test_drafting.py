"""Drafts for each person of a round: their own topics, strengths that fit them, and letters
that differ in opening, body and closing, so interviewers comparing notes see three letters."""

from __future__ import annotations

from itertools import combinations

import pytest

from pursuit.core.errors import BadInput
from pursuit.core.proofread import THRESHOLD, similarity
from pursuit.letters import services
from pursuit.letters.models import Letter, LetterTemplate
from pursuit.pipeline.models import Interviewer
from tests.letters.conftest import PANEL, Panel


def drafts(panel: Panel) -> list[Letter]:
    return [services.letter_draft(owner=panel.owner, touch_id=panel.thank_you(person).pk)
            for person in panel.people]


def parts(letter: Letter) -> tuple[str, str, str]:
    """Opening, body and closing: the paragraphs after the salutation, before the sign-off."""
    paragraphs = letter.body.split("\n\n")
    assert paragraphs[0].split()[0] in ("Dear", "Hello", "Hi")
    return paragraphs[1], paragraphs[2], paragraphs[3]


def test_the_greeting_and_the_sign_off_differ_across_a_panel(panel: Panel) -> None:
    letters = drafts(panel)
    assert len(letters) == 3
    greetings = [letter.body.split("\n", 1)[0] for letter in letters]
    assert [g.split()[0] for g in greetings] == ["Dear", "Hello", "Hi"]
    assert greetings[0] == "Dear Dr. Okonkwo,"  # the salutation itself is unchanged
    sign_offs = [letter.body.split("\n\n")[-1].split("\n", 1)[0] for letter in letters]
    assert len(set(sign_offs)) == 3 and all(s.endswith(",") for s in sign_offs), sign_offs


def test_each_draft_uses_that_persons_topics_and_a_strength_that_fits(panel: Panel) -> None:
    letters = drafts(panel)
    greetings = ("Dear", "Hello", "Hi")  # one each, in turn (see the test above)
    for n, (letter, (name, prefix, _, topics, _)) in enumerate(zip(letters, PANEL, strict=True)):
        assert letter.kind == "thank_you_email" and letter.status == "draft"
        salutation = f"{prefix} {name.split()[-1]}," if prefix else f"{name.split()[0]},"
        assert letter.body.startswith(f"{greetings[n]} {salutation}")
        assert topics[0] in letter.body
        others = [t for other in PANEL if other[0] != name for t in other[3]]
        assert not any(t in letter.body for t in others)
        assert letter.subject and "Senior Data Engineer" in letter.subject + letter.body
    # Siobhan spoke about the Kafka pipeline, Minh about mentoring.
    assert "built a real-time data platform" in letters[1].body
    assert "led a team of five engineers" in letters[2].body


def test_drafts_of_one_round_differ_in_opening_body_and_closing(panel: Panel) -> None:
    letters = drafts(panel)
    names = [word for name, *_ in PANEL for word in name.split()] + ["Dr."]
    for a, b in combinations(letters, 2):
        for part_a, part_b in zip(parts(a), parts(b), strict=True):
            assert part_a != part_b
        assert a.subject != b.subject
        text_a, text_b = services.compose(a), services.compose(b)
        assert similarity(text_a, text_b, names) < THRESHOLD


def test_the_shipped_drafts_are_clean_english(panel: Panel) -> None:
    """Every kind of draft for the demo-like panel passes the proofreader with no finding."""
    touches = [panel.thank_you(person) for person in panel.people] + [
        panel.touch(kind) for kind in ("postal_letter", "reference_alert", "follow_up_call",
                                       "weekly_follow_up")]
    touches.append(panel.application.touches.filter(type="weekly_follow_up", channel="phone")
                   .first())
    kinds = set()
    for touch in touches:
        letter = services.letter_draft(owner=panel.owner, touch_id=touch.pk)
        kinds.add(letter.kind)
        proofing = services.letter_proofread(owner=panel.owner, letter_id=letter.pk)
        assert proofing.findings == [], (letter.kind, services.compose(letter))
    assert kinds == {"thank_you_email", "postal_letter", "reference_alert", "call_script",
                     "follow_up_email"}


def test_a_reference_alert_says_which_role_employer_and_who_may_call(panel: Panel) -> None:
    letter = services.letter_draft(owner=panel.owner,
                                   touch_id=panel.touch("reference_alert").pk)
    assert letter.touch.recipient_name == "Tom Alvarez"
    assert "Senior Data Engineer" in letter.body and "Larchmont Analytics" in letter.subject
    for name, prefix, title, *_ in PANEL:
        assert f"{prefix} {name}, {title}".strip() in letter.body


def test_siblings_that_read_alike_are_flagged(panel: Panel) -> None:
    first, second, _ = drafts(panel)
    services.letter_proofread(owner=panel.owner, letter_id=second.pk,
                              body=first.body.replace("Dr. Okonkwo", "Siobhan"))
    findings = services.letter_proofread(owner=panel.owner, letter_id=second.pk).findings
    assert [f.type for f in findings] == ["near_duplicate_sibling"]
    assert findings[0].sibling == "your letter to Adaeze Okonkwo"


def test_a_debrief_without_topics_leaves_a_placeholder_to_fill(panel: Panel) -> None:
    Interviewer.objects.filter(round=panel.round, contact=panel.people[2]).update(topics=[])
    letter = drafts(panel)[2]
    findings = services.letter_proofread(owner=panel.owner, letter_id=letter.pk).findings
    assert [f.type for f in findings] == ["placeholder", "placeholder"]
    assert findings[0].text == "[a topic you discussed with Minh]"


def test_drafts_use_the_users_own_copy_of_a_template(panel: Panel) -> None:
    services.template_save(owner=panel.owner, kind="thank_you_email",
                           subject="Thanks, {{ recipient.first_name }}",
                           body="Dear {{ recipient.salutation }},\n\nThanks for {{ topic_list }}."
                                "\n\n{{ candidate.signature }}")
    letter = drafts(panel)[1]
    assert letter.subject == "Thanks, Siobhan"
    assert "Thanks for the Kafka to PostgreSQL pipeline and data quality checks." in letter.body


def test_a_template_with_a_missing_field_is_not_saved(panel: Panel) -> None:
    with pytest.raises(BadInput) as caught:
        services.template_save(owner=panel.owner, kind="follow_up_email", subject="Hi",
                               body="Dear {{ recipient.nickname }},")
    assert caught.value.where == "template:recipient.nickname"
    assert not LetterTemplate.objects.exists()


def test_a_draft_is_made_once_per_touch(panel: Panel) -> None:
    touch = panel.thank_you(panel.people[0])
    first = services.letter_draft(owner=panel.owner, touch_id=touch.pk)
    again = services.letter_draft(owner=panel.owner, touch_id=touch.pk)
    assert first.pk == again.pk and Letter.objects.count() == 1


def test_the_postal_letter_draws_on_the_round_held_not_the_one_to_come(panel: Panel) -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from pursuit.cadence.services import PersonIn, round_log

    later = panel.round.start + timedelta(days=7)
    round_log(owner=panel.owner, application_id=panel.application.pk, start=later,
              end=later + timedelta(hours=1), timezone="America/Chicago", status="scheduled",
              people=[PersonIn(contact_id=panel.people[0].pk, hiring_manager=True)])
    letter = services.letter_draft(owner=panel.owner, touch_id=panel.touch("postal_letter").pk)
    held = panel.round.start.astimezone(ZoneInfo("America/Chicago"))
    assert f"meeting with me on {held:%B} {held.day} to discuss" in letter.body
    assert "real-time analytics roadmap and team growth" in letter.body
