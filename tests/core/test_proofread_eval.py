"""The outside evaluation set (tests/proofread_eval): letters written by someone who never saw
the rules. The rules were tuned on our own corpus and on the DEV half only; the HELD-OUT half
is the honest figure. These floors are the figures reached when this test was written, so any
regression fails; raise them when the proofreader gets better, never lower them to pass.

The table of each half is printed (run with -s to see it); only totals of the held-out half
are ever printed, never a letter's result.

The second batch (tests/proofread_eval/batch2, another author, later) was held out for one
round and is now a tuning group, reported whole as its own group (its misses may be read); the
floors it reached are asserted like the DEV half's.

The third batch (tests/proofread_eval/batch3, another author again) was held out for one round
and is now a tuning group like batch 2, with the floors it reached.

The fourth batch (tests/proofread_eval/batch4, another author) was held out for one round and
is now a tuning group like batches 2 and 3, with the floors it reached.

The fifth batch (tests/proofread_eval/batch5, another author) was held out for one round and
is now a tuning group like batches 2 to 4, with the floors it reached.

The sixth batch (tests/proofread_eval/batch6, another author) was held out for one round and
is now a tuning group like batches 2 to 5, with the floors it reached after the seventh round.

The seventh batch (tests/proofread_eval/batch7, another author) was held out for one round and
is now a tuning group like batches 2 to 6, with the floors it reached after the eighth round.

The eighth batch (tests/proofread_eval/batch8, another author) was held out for one round and
is now a tuning group like batches 2 to 7, with the floors it reached after the ninth round.

The ninth batch (tests/proofread_eval/batch9, another author) was held out for one round and
is now a tuning group like batches 2 to 8, with the floors it reached after the tenth round.

The tenth batch (tests/proofread_eval/batch10, another author) was held out for one round and
is now a tuning group like batches 2 to 9, with the floors it reached after the eleventh round.

The eleventh batch (tests/proofread_eval/batch11, another author) was held out for one round
and is now a tuning group like batches 2 to 10, with the floors it reached after the twelfth
round (its labels narrowed to the span convention first).

The twelfth batch (tests/proofread_eval/batch12, another author) is the held-out group: totals
only, no floors on purpose (it measures, and a floor would invite tuning the rules until it
passes). Only its shape is asserted, once it exists.
"""

from __future__ import annotations

import pytest

from pursuit.core.proofread import FINDING_TYPES
from tests.proofread_eval import check_manifest
from tests.proofread_eval.harness import (
    BATCH2,
    BATCH3,
    BATCH4,
    BATCH5,
    BATCH6,
    BATCH7,
    BATCH8,
    BATCH9,
    BATCH10,
    BATCH11,
    BATCH12,
    HALVES,
    Half,
    HalfResult,
    evaluate,
    load_eval_cases,
)

# (precision, recall) per type, as reached; a type absent here must stay at 1.0 / 1.0.
FLOORS: dict[Half, dict[str, tuple[float, float]]] = {
    "dev": {},
    "held_out": {
        "misspelling": (1.0, 0.79),
        "wrong_interviewer_title": (1.0, 0.60),
        "near_duplicate_sibling": (1.0, 0.85),
    },
}


# Batch 2 as a tuning group: the figures it reached (same rule: raise, never lower).
BATCH2_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (1.0, 0.77),
}
BATCH2_MAX_CLEAN_FLAGGED = 0
BATCH2_MIN_PAIRS_FLAGGED = 5

# Batch 3 as a tuning group (held out for one round): the figures it reached, same rule.
BATCH3_FLOORS: dict[str, tuple[float, float]] = {
    "near_duplicate_sibling": (1.0, 0.75),
}
BATCH3_MAX_CLEAN_FLAGGED = 0
BATCH3_MIN_PAIRS_FLAGGED = 3

# Batch 4 as a tuning group (held out for one round): the figures it reached, same rule.
# After the fifth round every type reached 1.0; misspellings (27 labels) keep the room of one
# finding either way, the smaller types none.
BATCH4_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (0.96, 0.96),
}
BATCH4_MAX_CLEAN_FLAGGED = 0
BATCH4_MIN_PAIRS_FLAGGED = 3

# Batch 5 as a tuning group (held out for one round): the figures it reached, same rule.
# After the sixth round every type reached 1.0; misspellings (17 labels) keep the room of one
# finding either way, the smaller types none.
BATCH5_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (0.94, 0.94),
}
BATCH5_MAX_CLEAN_FLAGGED = 0
BATCH5_MIN_PAIRS_FLAGGED = 3


@pytest.fixture(scope="module")
def results() -> dict[Half, HalfResult]:
    halves = load_eval_cases()
    return {half: evaluate(halves[half]) for half in HALVES}


@pytest.mark.parametrize("half", HALVES)
def test_each_half_keeps_the_figures_it_reached(results: dict[Half, HalfResult],
                                                 half: Half) -> None:
    result = results[half]
    print(f"\n{half}: {result.summary()}\n{result.score.table()}")
    for type_ in FINDING_TYPES:
        precision, recall = FLOORS[half].get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())


@pytest.mark.parametrize("half", HALVES)
def test_no_clean_letter_and_no_pair_of_different_letters_is_flagged(
        results: dict[Half, HalfResult], half: Half) -> None:
    result = results[half]
    assert result.clean_with_findings == 0, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


def test_the_split_is_fixed_and_about_half_and_half() -> None:
    halves = load_eval_cases()
    assert (len(halves["dev"]), len(halves["held_out"])) == (47, 46)
    assert {case.id.split("-")[0] for case in halves["held_out"]} >= {"panel03", "single01"}


@pytest.mark.parametrize("batch", [[], ["batch2"], ["batch3"], ["batch4"], ["batch5"],
                                   ["batch6"], ["batch7"], ["batch8"], ["batch9"],
                                   ["batch10"], ["batch11"]],
                         ids=["batch1", "batch2", "batch3", "batch4", "batch5", "batch6",
                              "batch7", "batch8", "batch9", "batch10", "batch11"])
def test_each_batch_is_well_formed(batch: list[str]) -> None:
    assert check_manifest.main(batch) == 0


def test_batch_two_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH2.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH2.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 17)
    assert (result.duplicate_pairs, result.other_pairs) == (5, 43)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH2_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH2_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH2_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


def test_batch_three_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH3.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH3.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (54, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (4, 38)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH3_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH3_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH3_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


def test_batch_four_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH4.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH4.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 18)
    assert (result.duplicate_pairs, result.other_pairs) == (3, 32)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH4_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH4_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH4_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


def test_batch_five_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH5.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH5.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (3, 35)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH5_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH5_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH5_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


# Batch 6 as a tuning group (held out for the sixth round): the figures it reached after the
# eleventh, same rule. Its misspellings (15 labels) stay at 14 found of 15 with one false alarm
# (a food word, karak; "epi", a clipping of a term the notes name, passes since the eleventh),
# on one clean letter.
# Twelfth round: karak (a food word whose only near word is the less common kayak, by keys
# that do not touch) is no longer reported, so no clean letter is flagged.
BATCH6_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (1.0, 0.93),
}
BATCH6_MAX_CLEAN_FLAGGED = 0
BATCH6_MIN_PAIRS_FLAGGED = 3


def test_batch_six_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH6.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH6.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (3, 37)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH6_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH6_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH6_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


# Batch 7 as a tuning group (held out for the seventh round): the figures it reached after the
# eleventh, same rule. Its misspellings (19 labels) stay at 17 found with two false alarms
# (a geologist's word, phyllic twice; the clipping "perio" passes since the eleventh), on one
# clean letter; the other types reached 1.0.
# Twelfth round: phyllic (only rare words near it) is no longer reported, so no clean letter is
# flagged.
BATCH7_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (1.0, 0.89),
}
BATCH7_MAX_CLEAN_FLAGGED = 0
BATCH7_MIN_PAIRS_FLAGGED = 3


def test_batch_seven_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH7.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH7.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (3, 25)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH7_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH7_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH7_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


# Batch 8 as a tuning group (held out for the eighth round): the figures it reached after the
# ninth, same rule. Its misspellings (16 labels) stay at 14 found with no false alarm (the two
# missed are "complimentary" before words no general context holds, and "weary of", which is
# English too); every other type reached 1.0, and no clean letter is flagged.
BATCH8_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (1.0, 0.87),
}
BATCH8_MAX_CLEAN_FLAGGED = 0
BATCH8_MIN_PAIRS_FLAGGED = 3


def test_batch_eight_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH8.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH8.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (3, 24)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH8_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH8_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH8_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


# Batch 9 as a tuning group (held out for the ninth round): the figures it reached after the
# eleventh, same rule. Its misspellings (13 labels) are all found, with four false alarms that
# are each a letter or two from an English word (a Catalan district, a firm's name, a Catalan
# closing, a French porcelain term; the Thai thanks and the Catalan street pass since the
# eleventh), on one clean letter; one title ("a CEO" said of a managing director in passing) is
# missed; every other type reached 1.0.
# Twelfth round: the Catalan district (a long name alone with its capital, no key slip of a
# word) and the Catalan closing (on the line above the signed name) pass; the firm's name and
# the porcelain term remain.
BATCH9_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (0.86, 1.0),
    "wrong_interviewer_title": (1.0, 0.75),
}
BATCH9_MAX_CLEAN_FLAGGED = 1
BATCH9_MIN_PAIRS_FLAGGED = 3


def test_batch_nine_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH9.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH9.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (3, 43)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH9_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH9_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH9_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


# Batch 10 as a tuning group (held out for the tenth round): the figures it reached after the
# eleventh, same rule. Its misspellings (10 labels) are at 9 found with one false alarm (a
# French wine word one letter from "bland"), on one clean letter; the one missed is "discreet"
# for "discrete" before a noun no general context holds; every other type reached 1.0.
BATCH10_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (0.90, 0.90),
}
BATCH10_MAX_CLEAN_FLAGGED = 1
BATCH10_MIN_PAIRS_FLAGGED = 25


def test_batch_ten_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH10.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH10.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (25, 21)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH10_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH10_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH10_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


# Batch 11 as a tuning group (held out for the eleventh round, then re-scored once after its
# labels were narrowed to the span convention): the figures it reached after the twelfth round,
# same rule. One misspelling false alarm is left (a breed of alpaca one letter from "sure"),
# and one tone finding in a letter whose author labelled another plea of the same paragraph;
# the tone label missed is a second plea in a sentence the rule reports as one. No clean
# letter is flagged (10 of 19 before the twelfth round).
BATCH11_FLOORS: dict[str, tuple[float, float]] = {
    "misspelling": (0.91, 1.0),
    "desperate_tone": (0.83, 0.83),
}
BATCH11_MAX_CLEAN_FLAGGED = 0
BATCH11_MIN_PAIRS_FLAGGED = 12


def test_batch_eleven_is_reported_whole_as_its_own_group() -> None:
    cases = BATCH11.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{BATCH11.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (50, 19)
    assert (result.duplicate_pairs, result.other_pairs) == (12, 29)
    for type_ in FINDING_TYPES:
        precision, recall = BATCH11_FLOORS.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= BATCH11_MAX_CLEAN_FLAGGED, result.summary()
    assert result.duplicate_pairs_flagged >= BATCH11_MIN_PAIRS_FLAGGED, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


@pytest.mark.skipif(not BATCH12.written(), reason="batch 12 not written yet")
def test_batch_twelve_is_held_out_whole_totals_only() -> None:
    assert check_manifest.main([str(BATCH12.path)]) == 0
    cases = BATCH12.load()
    assert cases
    result = evaluate(cases)
    # Totals only: never a letter's result (result.score.mistakes stays unprinted).
    print(f"\n{BATCH12.label}: {result.summary()}\n{result.score.table()}")
    assert result.letters == len(cases)
