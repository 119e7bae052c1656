"""Real-word errors weighed by word-pair counts (collocations.py): a word of a confusion set is
a slip when its neighbours go with another member of the set far more often than with it."""

from __future__ import annotations

import math

import pytest

from pursuit.core.proofread.collocations import Collocations, collocations, find_unlikely_words
from pursuit.core.proofread.letter import Letter

SLIPS = [
    ("The parents and there children waited in the lobby.", "there", "their"),
    ("It has been nearly a weak since the panel met.", "weak", "week"),
    ("We sold the stock at its peek last spring.", "peek", "peak"),
    ("We hope to here back before Friday.", "here", "hear"),
    ("It was a longer trip then expected.", "then", "than"),
    ("The mentors gave me good advise early on.", "advise", "advice"),
    ("Our team reviewed there budgets each quarter.", "there", "their"),
    ("We agreed to meet again next weak.", "weak", "week"),
    # a contraction is weighed as its two words: "it's" as "it is" or "it has"
    ("The board and it's members met twice.", "it's", "its"),
    ("If your still hiring, I'd love to help.", "your", "you're"),
]


@pytest.mark.parametrize(("sentence", "wrong", "right"), SLIPS)
def test_a_word_its_neighbours_rarely_go_with_is_reported(sentence: str, wrong: str,
                                                           right: str) -> None:
    findings = find_unlikely_words(Letter(sentence), [])
    assert [(f.type, f.text, f.suggestion) for f in findings] == [("misspelling", wrong, right)]


FITTING = [
    "The nurses and their patients were calm.",
    "I spent a week on it, and the weak link was the cache.",
    "We kept the site quiet during the audit.",
    "We asked whether the weather would hold.",
    "There were three of us, and their manager joined later.",
    "It's quite a change from what we had then.",
    "We filled in the intake form the county sent us.",  # "form the" is common too
    "I was there. Their answer came a week later.",  # no neighbour across a full stop
    "Our Site Lead and the Principal Engineer joined.",  # capitalised: a title
    "It's been a long week, and it's clear the plan works.",  # it has, it is
    "The team hit its targets early, and you're right that your plan is sound.",
]


@pytest.mark.parametrize("sentence", FITTING)
def test_a_word_that_fits_its_neighbours_is_left_alone(sentence: str) -> None:
    assert find_unlikely_words(Letter(sentence), []) == []


def test_a_hard_wrapped_line_break_still_joins_neighbours() -> None:
    findings = find_unlikely_words(Letter("We met the families and there\nchildren today."), [])
    assert [f.suggestion for f in findings] == ["their"]


def test_a_span_another_rule_claimed_is_not_reported_again() -> None:
    text = "It has been a weak since we met."
    start = text.index("weak")
    assert find_unlikely_words(Letter(text), [(start, start + 4)]) == []


def test_the_capital_of_the_written_word_is_kept() -> None:
    findings = find_unlikely_words(Letter("We met on Monday. There children came too."), [])
    assert [(f.text, f.suggestion) for f in findings] == [("There", "Their")]


def _table() -> Collocations:
    # A made-up corpus: "tide" goes with "high", "tied" with "game"; neither with "the".
    counts = {"<total>": 1_000_000, "tide": 1_000, "tied": 1_000, "high": 500, "game": 500,
              "high tide": 40_000, "tied game": 40_000, "the tide": 8_000, "the tied": 8_000}
    return Collocations(counts, [("tide", "tied")])


def test_the_better_member_needs_a_pair_the_written_word_lacks() -> None:
    table = _table()
    assert table.better("tied", "high", None) == "tide"
    assert table.better("tide", "high", None) is None
    # Both are seen after "the": no evidence either way, however the counts compare.
    assert table.better("tied", "the", None) is None
    assert table.better("tide", None, None) is None


def test_a_missing_pair_is_rarer_than_the_rarest_listed_pair() -> None:
    table = _table()
    assert table.unseen == 4_000  # half the smallest pair listed
    # ... and no commoner than the neighbour itself: "game" is 1 word in 2,000.
    assert table.follows("tide", "game", 0) == 500 / 1_000_000
    assert table.score("nothing", "high", None) == -math.inf


def test_the_shipped_table_has_counts_for_every_confusable_word() -> None:
    table = collocations()
    assert table.total > 0
    missing = [word for word in table.sets if not table.counts.get(word)]
    # A word the corpus never counted can be written but never suggested.
    assert len(missing) <= 3, missing
    assert {"their", "there"} <= set(table.sets["their"])


@pytest.mark.parametrize("sentence", [
    "I accept in principle the changes you proposed.",  # "I accept": estimated from "we", "they"
    "I advise in writing before each audit.",
    "From the ridge, the sight was unforgettable.",  # "site was": "was" follows any noun
    "The sight is one I will remember.",
])
def test_gaps_of_the_table_are_no_evidence(sentence: str) -> None:
    assert find_unlikely_words(Letter(sentence), []) == []


def test_the_table_estimates_the_pairs_of_the_pronoun_i() -> None:
    # The source list lost nearly every pair opening with "I" (it was cut case-sensitively);
    # scripts/build_collocations.py estimates them from the plural subject pronouns.
    assert collocations().pair("i", "accept") > 0


def test_a_neighbour_that_goes_with_any_noun_does_not_decide_between_nouns() -> None:
    table = collocations()
    assert table.after("site", "was") < table.chance("site", "was", 1)
    assert table.after("week", "since") > table.chance("week", "since", 1)


# Thirty-ninth round: "than" closing a comparison opened far before it, and a word that may
# end a clause right before a stop.
def test_than_closing_a_comparison_opened_earlier_in_the_sentence_is_left_alone() -> None:
    sentence = "I would rather phone the farmer and shift the job to the evening than let it slip."
    assert find_unlikely_words(Letter(sentence), []) == []
    # without the comparison the same pair of neighbours still calls for "then"
    slip = "We shifted the job to the evening than let the crew rest."
    assert [f.suggestion for f in find_unlikely_words(Letter(slip), [])] == ["then"]


def test_a_word_right_before_a_stop_is_not_read_as_one_that_never_ends_a_clause() -> None:
    assert find_unlikely_words(Letter("The office has been quiet. We wait."), []) == []
    # with a word after it the pair still decides: "been quite some time"
    findings = find_unlikely_words(Letter("It has been quiet some time."), [])
    assert [f.suggestion for f in findings] == ["quite"]
