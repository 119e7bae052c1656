"""Duplicated words, also across a line break; both words are the span."""

from __future__ import annotations

import pytest

from tests.core.proofread_corpus.builders import check, make_context, of_type


def test_a_doubled_word_spans_both_and_suggests_one() -> None:
    text = "Thanks for the the chat."
    [finding] = of_type(check(text), "duplicated_word")
    assert (finding.text, finding.start, finding.end) == ("the the", 11, 18)
    assert (finding.suggestion, finding.severity) == ("the", "error")


def test_across_a_line_break_and_regardless_of_case() -> None:
    text = "We discussed how The\nthe pipeline scales."
    [finding] = of_type(check(text), "duplicated_word")
    assert (finding.text, finding.line, finding.col) == ("The\nthe", 1, 18)


@pytest.mark.parametrize("text", [
    "We had had a similar issue.",  # correct English
    "I knew that that was right.",
    "What it is is a matter of scale.",  # a clause as the subject of "is"
    "It was great.\n\nGreat teams ship.",  # punctuation between
    "Thank you\n\nyou all.",  # a paragraph break is structure
    "We grew 10 10-fold.",
])
def test_legitimate_repeats_pass(text: str) -> None:
    assert of_type(check(text), "duplicated_word") == []


def test_a_name_that_repeats_on_purpose_passes() -> None:
    context = make_context(others=(), topics=("our office in Walla Walla",))
    assert check("I loved hearing about Walla Walla.", context) == []


def test_is_is_after_a_plain_subject_is_a_slip() -> None:
    [finding] = check("Our plan is is simple.")
    assert (finding.type, finding.text) == ("duplicated_word", "is is")


@pytest.mark.parametrize(("text", "found"), [
    ("We spent our honeymoon in Bora Bora and loved it.", []),
    ("The The team was great.", ["The The"]),  # a common word twice is a slip
    ("I think Larchmont Larchmont is the right fit.", ["Larchmont Larchmont"]),  # our name
])
def test_a_capitalised_name_twice_is_a_name_unless_common_or_ours(text: str,
                                                                 found: list[str]) -> None:
    assert [f.text for f in check(text) if f.type == "duplicated_word"] == found


def test_emphatic_doubles_and_digits_read_aloud_are_not_slips() -> None:
    text = ("I am very very grateful, many many thanks. My number is oh seven seven double "
            "oh, five five five. Bye bye.")
    assert [f for f in check(text) if f.type == "duplicated_word"] == []
    assert [f.text for f in check("We hired seven seven people.")
            if f.type == "duplicated_word"] == ["seven seven"]


@pytest.mark.parametrize(("text", "found"), [
    ("We went jalan jalan round the old port after the tour.", []),  # reduplication
    ("Khawp jai lai lai for the visit to the workshop.", []),
    ("Thanks for the the visit to the workshop.", ["the the"]),  # an English word twice
    ("I will send the report report on Monday.", ["report report"]),
])
def test_a_lower_case_word_no_list_knows_twice_is_another_languages_doubling(
        text: str, found: list[str]) -> None:
    assert [f.text for f in check(text) if f.type == "duplicated_word"] == found
