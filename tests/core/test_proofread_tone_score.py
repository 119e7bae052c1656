"""Desperate tone as a weighed measure (tone.desperation): weak cues that add up in one
sentence, for pleas that no listed phrase words the same way."""

from __future__ import annotations

import pytest

from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.tone import (
    THRESHOLD,
    desperation,
    find_desperate_sentences,
    find_desperate_tone,
)
from tests.core.proofread_corpus.builders import check

PLEAS = [
    "I'd accept whatever shifts you can give, I have been unemployed since June.",
    "Since the plant closed I have been without income and I can't afford to miss another one.",
    "I'd take any route and any schedule you assign, I just need to start earning again.",
    "I am willing to accept anything, I really need to get back into work.",
]


@pytest.mark.parametrize("sentence", PLEAS)
def test_cues_that_add_up_make_a_desperate_sentence(sentence: str) -> None:
    assert desperation(sentence) >= THRESHOLD
    findings = find_desperate_sentences(Letter(f"Hello Sam,\n\n{sentence} Thanks, Jo"), [])
    assert [f.type for f in findings] == ["desperate_tone"]
    assert findings[0].text and findings[0].text in sentence


CONFIDENT = [
    "I need to check the dates with my current manager before I confirm.",
    "I'm happy to take any questions you have about the audit.",
    "We could not afford to lose a single sample, so I rebuilt the cold chain.",
    "I would really like to get back to you on the budget question by Friday.",
    "Please let me know whatever you decide about the timeline.",
    "I was laid off in 2019, and that year taught me to keep clear notes.",
    "I'd welcome any feedback you can give on the case study.",
]


@pytest.mark.parametrize("sentence", CONFIDENT)
def test_one_cue_alone_is_not_desperate(sentence: str) -> None:
    assert desperation(sentence) < THRESHOLD
    assert find_desperate_tone(Letter(sentence)) == []


def test_a_sentence_a_phrase_already_claims_is_not_reported_twice() -> None:
    text = "I really need this job, I have been out of work and can't afford to lose it."
    findings = find_desperate_tone(Letter(text))
    assert len(findings) == 1


def test_each_desperate_sentence_is_its_own_finding() -> None:
    text = ("I have been out of work for a year and I can't afford to miss this one. "
            "The panel was kind. I'm prepared to accept whatever you offer.")
    findings = find_desperate_sentences(Letter(text), [])
    assert len(findings) == 2
    assert "panel" not in " ".join(f.text or "" for f in findings)


def test_being_made_redundant_and_any_terms_at_the_end_of_a_list_add_up() -> None:
    text = "Since I was made redundant I would accept nights, weekends, anything at all."
    assert [f.type for f in check(text)] == ["desperate_tone"]
    # each alone is not a plea
    assert check("I was made redundant in 2019 and retrained as a surveyor.") == []
    assert check("I would accept any feedback you have.") == []


def test_asking_not_to_let_the_chance_go_is_a_plea() -> None:
    assert [f.type for f in check("Please don't let this chance pass me by.")] == [
        "desperate_tone"]
    assert check("Please don't let the cold chain slip below four degrees.") == []


@pytest.mark.parametrize("sentence", [
    # settling for a lesser post or any terms, to get in at all
    "I would take a step down to assistant, or a placement on any terms you like, if that's "
    "what it takes to get a foot in the door.",
    "I turned down another offer last month to keep my spring free for you, and honestly I'd "
    "take a temporary post if that's all there is.",
    "I'd be grateful for even a quick answer, and I'd accept a junior post if that's all you "
    "have.",
])
def test_settling_for_less_to_get_in_adds_up_to_a_plea(sentence: str) -> None:
    assert desperation(sentence) >= THRESHOLD
    assert [f.type for f in check(sentence)] == ["desperate_tone"]


@pytest.mark.parametrize("sentence", [
    "In 2019 I took a step down to join a start-up, and it paid off.",
    "We never sign suppliers on any terms but our own.",
    "If that's what it takes to ship safely, the team will test for another week.",
    "Getting a foot in the door of a lab was hard in 2015.",
    "I declined the other offer because the commute was three hours.",
    "We keep two bays free for you on delivery days.",
])
def test_one_sign_of_settling_alone_is_not_a_plea(sentence: str) -> None:
    assert desperation(sentence) < THRESHOLD
    assert [f for f in check(sentence) if f.type == "desperate_tone"] == []


def test_accepting_less_than_agreed_is_a_plea() -> None:
    text = "The salary is flexible, and I can accept less than we discussed."
    [finding] = [f for f in check(text) if f.type == "desperate_tone"]
    assert finding.text == "I can accept less than we"
    assert [f for f in check("We accept less than 1% loss on the line.")
            if f.type == "desperate_tone"] == []


def test_promises_not_to_disappoint_add_up_to_a_plea() -> None:
    sentence = "You won't regret hiring me, I promise I won't let you down."
    assert desperation(sentence) >= THRESHOLD
    assert desperation("I have been looking for work for nine months and I really need this "
                       "job, so even a no would help.") >= THRESHOLD


@pytest.mark.parametrize("sentence", [
    "I promise I won't let you down on the migration.",
    "It would mean so much to me to see the pilot through.",
    "I have been looking for a role like this for months.",
    "We work any hours the harvest needs in September.",
])
def test_one_promise_or_one_hope_alone_is_not_a_plea(sentence: str) -> None:
    assert desperation(sentence) < THRESHOLD


@pytest.mark.parametrize("sentence", [
    "Since my husband lost his job our family has no money coming in.",
    "When my mother's stall shut down we were left with no income at all.",
])
def test_a_household_without_means_after_a_loss_is_a_plea(sentence: str) -> None:
    assert desperation(sentence) >= THRESHOLD


@pytest.mark.parametrize("sentence", [
    "After my father's workshop closed I kept its accounts for two summers.",
    "We had no income from the pilot for a year while the grant was renewed.",
    "Our family business closed in 2019, and I moved into logistics.",
])
def test_a_loss_or_a_lean_year_told_alone_is_a_fact(sentence: str) -> None:
    assert desperation(sentence) < THRESHOLD


@pytest.mark.parametrize("sentence", [
    "Since the bakery shut in May I have been at home with no income and three kids to feed.",
    "Since the flood I have not found any steady work and my kids need me to get this job.",
])
def test_ones_own_want_and_the_children_depending_on_it_add_up(sentence: str) -> None:
    assert desperation(sentence) >= THRESHOLD


@pytest.mark.parametrize("sentence", [
    "I have been at home with no income since June, studying for the licence.",
    "I have not found any work as satisfying as restoring clocks.",
    "The orchard had no income in winter, and the children we teach need a warm room.",
    "My team needs me to have the report ready by Friday.",
])
def test_a_lean_spell_or_another_persons_need_alone_is_no_plea(sentence: str) -> None:
    assert desperation(sentence) < THRESHOLD


def test_giving_me_this_one_chance_is_a_plea() -> None:
    text = "Dear Ms. Hale,\n\nI am 58, so please give me this one chance.\n\nBest,\nAl"
    assert any(f.type == "desperate_tone" for f in check(text))
