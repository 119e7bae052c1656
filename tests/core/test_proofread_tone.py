"""Desperate tone, with a confident rewording; ordinary politeness is left alone."""

from __future__ import annotations

import pytest

from tests.core.proofread_corpus.builders import check, of_type


@pytest.mark.parametrize(("text", "phrase"), [
    ("Honestly, I really need this job.", "I really need this job"),
    ("I desperately need this position so badly.", "I desperately need this position so badly"),
    ("I need this.", "I need this"),
    ("Please, I beg you to reconsider.", "Please, I beg you"),
    ("I'm begging you to call.", "I'm begging you"),
    ("I am pleading with you.", "pleading with you"),
    ("Please, please reply soon.", "Please, please"),
    ("Please hire me.", "Please hire me"),
    ("Just give me a chance.", "Just give me a chance"),
    ("I am desperate to hear back.", "desperate"),
    ("I'll do anything for this role.", "I'll do anything"),
    ("I would take any job you have.", "take any job"),
    ("You are my last hope.", "You are my last hope"),
    ("I'd work for free.", "work for free"),
    ("I really need\nthis job.", "I really need\nthis job"),
])
def test_desperate_phrases_are_found_with_a_confident_rewording(text: str, phrase: str) -> None:
    [finding] = of_type(check(text), "desperate_tone")
    assert (finding.text, finding.start) == (phrase, text.index(phrase))
    assert finding.suggestion and finding.suggestion.casefold() != phrase.casefold()
    assert finding.severity == "error"


@pytest.mark.parametrize("text", [
    "Please let me know if you need anything else.",
    "Please don't hesitate to reach out; please find attached my references.",
    "I need to check my calendar, and what I need this quarter is focus.",
    "I would welcome the chance to talk again.",
    "I'm available any time, and any day works.",
    "I began the project in 2019.",
])
def test_ordinary_politeness_passes(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


def test_pleas_one_after_the_other_are_one_finding() -> None:
    text = "Please, I am begging you, give me a chance to prove it."
    [finding] = check(text)
    assert finding.type == "desperate_tone"
    assert finding.text == "Please, I am begging you, give me a chance"


@pytest.mark.parametrize("text", [
    "I can't afford to lose another opportunity like this one.",
    "I will work for any salary you offer.",
])
def test_more_ways_of_sounding_desperate(text: str) -> None:
    assert [f.type for f in check(text)] == ["desperate_tone"]
