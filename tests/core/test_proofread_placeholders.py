"""Leftover placeholders, with the context value each one most likely stands for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pursuit.core.proofread.context import context_from_dict
from tests.core.proofread_corpus.builders import check, make_context, of_type


@pytest.mark.parametrize(("placeholder", "suggestion"), [
    ("{{ interviewer.first_name }}", "Adaeze"),
    ("{{company}}", "Larchmont Analytics"),
    ("{company}", "Larchmont Analytics"),
    ("${COMPANY}", "Larchmont Analytics"),
    ("[Company]", "Larchmont Analytics"),
    ("[Company Name]", "Larchmont Analytics"),
    ("<NAME>", "Dr. Okonkwo"),
    ("[Interviewer Name]", "Dr. Okonkwo"),
    ("<INTERVIEWER_NAME>", "Dr. Okonkwo"),
    ("[Last Name]", "Okonkwo"),
    ("[Your Name]", "Siobhan O'Sullivan"),
    ("[Position]", "Senior Data Engineer"),
    ("[their title]", "VP, Research"),
    ("[insert topic]", "migrating the FHIR pipeline to Kubernetes"),
    ("%(name)s", "Dr. Okonkwo"),
    ("XXX", None),
    ("TBD", None),
    ("TODO", None),
    ("___", None),
    ("???", None),
    ("(insert topic here)", "migrating the FHIR pipeline to Kubernetes"),
    ("INSERT TOPIC", "migrating the FHIR pipeline to Kubernetes"),
    ("$topic", "migrating the FHIR pipeline to Kubernetes"),
    ("%TOPIC%", "migrating the FHIR pipeline to Kubernetes"),
    ("__TOPIC__", "migrating the FHIR pipeline to Kubernetes"),
    ("TK", None),
    ("NNN", None),
    ("[ ]", None),
    ("XX/XX/XXXX", None),
    ("(###) ###-####", None),
    ("(topic)", "migrating the FHIR pipeline to Kubernetes"),
    ("*topic*", "migrating the FHIR pipeline to Kubernetes"),
    ("INTERVIEWER", "Dr. Okonkwo"),
])
def test_placeholders_are_found_with_their_span_and_likely_value(
    placeholder: str, suggestion: str | None
) -> None:
    text = f"Thank you, as discussed with {placeholder} today."
    [finding] = of_type(check(text), "placeholder")
    assert (finding.text, finding.start) == (placeholder, text.index(placeholder))
    assert finding.suggestion == suggestion
    assert finding.severity == "error"


def test_the_interview_day_fills_a_date_placeholder() -> None:
    context = context_from_dict({
        "company": "Larchmont", "interviewer": {"name": "Adaeze Okonkwo"},
        "interview": {"start": "2025-03-11T10:00:00-04:00"},
    })
    [finding] = check("Thanks for [date].", context)
    assert finding.suggestion == "March 11"


@pytest.mark.parametrize("text", [
    "See [1] and the quote [sic] and my notes (attached).",
    "My address is <siobhan@example.com> and my site <https://example.com>.",
    "I read the [post](https://example.com/post) you wrote.",
    "We cut it by 10x; the XL size and the TBA-free plan.",
    "I worked at TK Maxx, spent $5 million, and fixed our __init__ file.",
    "Your notes (your feedback especially) helped, and the add-ons (add-ons sell) too.",
    "I led Project X, read the X-ray, and grew 50% one year and 20% the next.",
    "I was thinking about ... well, everything we discussed.",
])
def test_brackets_that_are_not_placeholders_pass(text: str) -> None:
    assert of_type(check(text, make_context()), "placeholder") == []


@pytest.mark.parametrize(("text", "slot", "fill"), [
    ("You can reach me at  or by e-mail.", "at  or", "at +1 617 555 0134 or"),
    ("My number is . Again, thanks.", "is .", "is +1 617 555 0134."),
    ("Dear ,\n\nThank you.", "Dear ,", "Dear Dr. Okonkwo,"),
    ("Dear,\n\nThank you.", "Dear,", "Dear Dr. Okonkwo,"),
    ("Write to me at  any time.", "at  any", None),
    ("I enjoyed our talk about  and the cranes.", "about  and", None),
    ("Thanks for the chat about the  role.", "the  role", None),
    ("I saved X% of the cost.", "X", None),
    ("I'm free for a follow-up call any time after .", "after .", None),
    ("I can start any time before , if that helps.", "before ,", None),
])
def test_an_empty_slot_is_a_placeholder(text: str, slot: str, fill: str | None) -> None:
    context = replace(make_context(), candidate_phone="+1 617 555 0134")
    [finding] = check(text, context)
    assert (finding.type, finding.text, finding.suggestion) == ("placeholder", slot, fill)


@pytest.mark.parametrize("text", [
    "Thank you.  I enjoyed it.  See you soon.",  # two spaces after a full stop: a habit
    "Hi,\n\nThanks for the call.",
    "We met at 10 a.m. on Tuesday, and it went well.",
])
def test_spacing_habits_are_not_empty_slots(text: str) -> None:
    assert check(text) == []


def test_a_field_in_a_company_position_is_a_placeholder_not_a_wrong_company() -> None:
    findings = check("I would love to join COMPANY next spring.", make_context())
    assert [(f.type, f.text, f.suggestion) for f in findings] == [
        ("placeholder", "COMPANY", "Larchmont Analytics")]


@pytest.mark.parametrize(("text", "slot"), [
    ("Best regards,\nSiobhan O'Sullivan\nPhone: \nEmail: siobhan@example.com", "Phone:"),
    ("Best,\nSiobhan\nMobile:", "Mobile:"),
    ("Looking forward to meeting  next week.", "meeting  next"),
])
def test_an_empty_contact_line_or_a_missing_name_is_an_empty_slot(text: str, slot: str) -> None:
    assert [(f.type, f.text) for f in check(text)] == [("placeholder", slot)]


@pytest.mark.parametrize("text", [
    "Best,\nSiobhan\nPhone: +1 617 555 0134\nEmail: siobhan@example.com",
    "My postal address:\n12 Main St\nSpringfield",
    "Address:\n12 Main St\nSpringfield",
])
def test_filled_contact_lines_and_headings_pass(text: str) -> None:
    assert [f for f in check(text) if f.type == "placeholder"] == []


@pytest.mark.parametrize(("text", "slot"), [
    ("Dear Ms. ,\n\nThank you for Tuesday.", "Ms. ,"),
    ("Dear Dr.,\n\nThank you for Tuesday.", "Dr.,"),
])
def test_a_form_of_address_with_the_name_left_out_is_an_empty_slot(text: str,
                                                                   slot: str) -> None:
    assert [f.text for f in check(text) if f.type == "placeholder"] == [slot]


def test_a_form_of_address_before_a_name_mid_line_is_not_a_slot() -> None:
    assert check("I met Dr. Okonkwo, Ms. Rao, and the team.") == []


@pytest.mark.parametrize(("sentence", "slot"), [
    ("I can start on ??/??/2027, once my notice is served.", "??/??/2027"),
    ("My notice period ends on DD/MM/YYYY.", "DD/MM/YYYY"),
])
def test_a_date_left_as_marks_is_a_placeholder(sentence: str, slot: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "placeholder"] == [slot]


def test_a_real_date_and_stray_question_marks_are_not_placeholders() -> None:
    text = "I start on 12/01/2027, as agreed. Was it the 1st or the 2nd?? I checked."
    assert [f for f in check(text) if f.type == "placeholder"] == []


def test_the_cues_of_a_script_read_aloud_are_not_placeholders() -> None:
    text = "Voicemail:\nHi, this is Jo Baker [pause] calling about Tuesday. [smile] Thanks!"
    assert [f for f in check(text) if f.type == "placeholder"] == []


@pytest.mark.parametrize(("text", "slot"), [
    ("You can reach me on xxx-xxx-xxxx any evening.", "xxx-xxx-xxxx"),
    ("My date of birth is XX/XX/XXXX, as on the form.", "XX/XX/XXXX"),
])
def test_a_run_of_xs_in_a_numbers_shape_is_one_placeholder(text: str, slot: str) -> None:
    assert [f.text for f in of_type(check(text), "placeholder")] == [slot]


@pytest.mark.parametrize(("sentence", "found"), [
    ("We sort the export and TK (green) grades by hand.", []),  # a grade's code, glossed
    ("Our yield grew by TK percent.", ["TK"]),
    ("The figure is TK (check with Sam) for now.", ["TK"]),  # a note, not a gloss
])
def test_a_code_glossed_in_parentheses_before_its_noun_is_no_placeholder(
        sentence: str, found: list[str]) -> None:
    assert [f.text for f in check(f"Dear Adaeze,\n\n{sentence}")
            if f.type == "placeholder"] == found


@pytest.mark.parametrize(("text", "found"), [
    # the heading of a voicemail's script says what the text is, and is no field
    ("[Voicemail script for Dr. Okonkwo]\n\nHi Dr. Okonkwo, it's Siobhan, thank you again.",
     []),
    ("[Phone call script, Friday]\n\nHi Dr. Okonkwo, it's Siobhan, thank you again.", []),
    # the same words anywhere but the first line, or a field on the first line, still are
    ("Hi Dr. Okonkwo,\n\n[Voicemail script] Thank you again.", ["[Voicemail script]"]),
    ("[Interviewer name]\n\nHi, it's Siobhan, thank you again.", ["[Interviewer name]"]),
])
def test_a_scripts_heading_on_the_first_line_is_no_placeholder(text: str,
                                                                found: list[str]) -> None:
    assert [f.text for f in of_type(check(text), "placeholder")] == found
