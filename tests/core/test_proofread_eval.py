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

The twelfth batch (tests/proofread_eval/batch12, another author) was held out for one round
and is now a tuning group like batches 2 to 11, with the floors it reached after the twelfth
round.

The thirteenth batch (tests/proofread_eval/batch13, another author) was held out for one round
and is now a tuning group like batches 2 to 12, with the floors it reached after the
thirteenth round.

The fourteenth batch (tests/proofread_eval/batch14, another author) was held out for one round
and is now a tuning group like batches 2 to 13, with the floors it reached after the
fourteenth round.

The fifteenth batch (tests/proofread_eval/batch15, another author) was held out for one round
and is now a tuning group like batches 2 to 14, with the floors it reached after the fifteenth
round.

The sixteenth batch (tests/proofread_eval/batch16, another author) was held out for one round
and is now a tuning group like batches 2 to 15, with the floors it reached with the fifteenth
round's rules (the sixteenth round measured it and changed nothing).

The seventeenth batch (tests/proofread_eval/batch17, another author) was held out for one round
and is now a tuning group like batches 2 to 16, with the floors it reached after the
eighteenth round.

The eighteenth batch (tests/proofread_eval/batch18, another author) was held out for one round
and is now a tuning group like batches 2 to 17, with the floors it reached with the eighteenth
round's rules.

The nineteenth batch (tests/proofread_eval/batch19, another author) was held out for one round
and is now a tuning group like batches 2 to 18, with the floors it reached with the nineteenth
round's rules.

The twentieth batch (tests/proofread_eval/batch20, another author) was held out for one round
and is now a tuning group like batches 2 to 19, with the floors it reached with the twentieth
round's rules.

The twenty-first batch (tests/proofread_eval/batch21, another author) was held out for one
round and is now a tuning group like batches 2 to 20, with the floors it reached with the
twenty-first round's rules, raised to what the twenty-second round's rules reach.

The twenty-second batch (tests/proofread_eval/batch22, another author) was held out for one
round and is now a tuning group like batches 2 to 21, with the floors it reached with the
twenty-second round's rules.

The twenty-third batch (tests/proofread_eval/batch23, another author) was held out for one
round and is now a tuning group like batches 2 to 22, with the floors it reached with the
twenty-third round's rules.

The twenty-fourth batch (tests/proofread_eval/batch24, another author) was held out for one
round and is now a tuning group like batches 2 to 23, with the floors it reached with the
twenty-fourth round's rules.

The twenty-fifth batch (tests/proofread_eval/batch25, another author) was held out for one
round and is now a tuning group like batches 2 to 24, with the floors it reached with the
twenty-fifth round's rules.

The twenty-sixth batch (tests/proofread_eval/batch26, another author) was held out for one
round and is now a tuning group like batches 2 to 25, with the floors it reached with the
twenty-sixth round's rules.

The twenty-seventh batch (tests/proofread_eval/batch27, another author) was held out for one
round and is now a tuning group like batches 2 to 26, with the floors it reached with the
twenty-seventh round's rules.

The twenty-eighth batch (tests/proofread_eval/batch28, another author) was held out for one
round and is now a tuning group like batches 2 to 27, with the floors it reached with the
twenty-eighth round's rules.

The twenty-ninth batch (tests/proofread_eval/batch29, another author) was held out for one
round and is now a tuning group like batches 2 to 28, with the floors it reached with the
twenty-ninth round's rules.

The thirtieth batch (tests/proofread_eval/batch30, another author) was held out for one
round and is now a tuning group like batches 2 to 29, with the floors it reached with the
thirtieth round's rules.

The thirty-first batch (tests/proofread_eval/batch31, another author) was held out for one
round and is now a tuning group like batches 2 to 30, with the floors it reached with the
thirty-first round's rules.

The thirty-second batch (tests/proofread_eval/batch32, another author) was held out for one
round and is now a tuning group like batches 2 to 31, with the floors it reached with the
thirty-second round's rules.

The thirty-third batch (tests/proofread_eval/batch33, another author) was held out for one
round and is now a tuning group like batches 2 to 32, with the floors it reached with the
thirty-third round's rules.

The thirty-fourth batch (tests/proofread_eval/batch34, another author) was held out for one
round and is now a tuning group like batches 2 to 33, with the floors it reached with the
thirty-fourth round's rules.

The thirty-fifth batch (tests/proofread_eval/batch35, another author) was held out for one
round and is now a tuning group like batches 2 to 34, with the floors it reached with the
thirty-fifth round's rules.

The thirty-sixth batch (tests/proofread_eval/batch36, another author) was held out for one
round and is now a tuning group like batches 2 to 35, with the floors it reached with the
thirty-sixth round's rules.

The thirty-seventh batch (tests/proofread_eval/batch37, another author) was held out for one
round and is now a tuning group like batches 2 to 36, with the floors it reached with the
thirty-seventh round's rules.

The thirty-eighth batch (tests/proofread_eval/batch38, another author) was held out for one
round and is now a tuning group like batches 2 to 37, with the floors it reached with the
thirty-eighth round's rules.

The thirty-ninth batch (tests/proofread_eval/batch39, another author) was held out for one
round and is now a tuning group like batches 2 to 38, with the floors it reached with the
thirty-ninth round's rules.

The fortieth batch (tests/proofread_eval/batch40, another author) was held out for one
round and is now a tuning group like batches 2 to 39, with the floors it reached with the
fortieth round's rules.

The forty-first batch (tests/proofread_eval/batch41, another author) was held out for one
round and is now a tuning group like batches 2 to 40, with the floors it reached with the
forty-first round's rules.

The forty-second batch (tests/proofread_eval/batch42, another author) was held out for one
round and is now a tuning group like batches 2 to 41, with the floors it reached with the
forty-second round's rules.

The forty-third batch (tests/proofread_eval/batch43, another author) was held out for one
round and is now a tuning group like batches 2 to 42, with the floors it reached with the
forty-third round's rules.

The forty-fourth batch (tests/proofread_eval/batch44, another author) was held out for one
round and is now a tuning group like batches 2 to 43, with the floors it reached with the
forty-fourth round's rules.

The forty-fifth batch (tests/proofread_eval/batch45, another author) is the held-out group:
totals only, no floors on purpose (it measures, and a floor would invite tuning the rules until
it passes). Only its shape is asserted, once it exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from pursuit.core.proofread import FINDING_TYPES
from tests.proofread_eval import check_manifest
from tests.proofread_eval.harness import (
    BATCHES,
    HALVES,
    Batch,
    Half,
    HalfResult,
    evaluate,
    load_eval_cases,
)

TUNING = [batch for batch in BATCHES if batch.role == "tuning"]
HELD_OUT = [batch for batch in BATCHES if batch.role == "held_out"]

# (precision, recall) per type, as reached; a type absent here must stay at 1.0 / 1.0.
FLOORS: dict[Half, dict[str, tuple[float, float]]] = {
    "dev": {},
    "held_out": {
        "misspelling": (1.0, 0.83),
        "wrong_interviewer_title": (1.0, 0.60),
        "near_duplicate_sibling": (1.0, 0.85),
    },
}


@dataclass(frozen=True)
class TuningFloors:
    """What a tuning batch must keep: its shape (letters, clean letters, near-duplicate pairs
    labelled, pairs of different letters) and the figures it reached, raised as rounds improve
    them and never lowered: (precision, recall) per type, a type absent here at 1.0 / 1.0; at
    most `max_clean_flagged` clean letters with a finding; at least `min_pairs_flagged`
    near-duplicate pairs flagged; never a pair of different letters."""

    letters: int
    clean: int
    duplicate_pairs: int
    other_pairs: int
    floors: dict[str, tuple[float, float]] = field(default_factory=dict)
    max_clean_flagged: int = 0
    min_pairs_flagged: int = 0


# Each tuning batch (harness.BATCHES) by its number. A batch held out for a round joins this
# table when the next round makes it a tuning batch, with the figures it reaches then.
TUNING_FLOORS: dict[int, TuningFloors] = {
    # Batch 2 as a tuning group: the figures it reached (same rule: raise, never lower).
    2: TuningFloors(
        letters=50, clean=17, duplicate_pairs=5, other_pairs=43,
        floors={
            "misspelling": (1.0, 0.77),
        },
        max_clean_flagged=0, min_pairs_flagged=5),
    # Batch 3 as a tuning group (held out for one round): the figures it reached, same rule.
    3: TuningFloors(
        letters=54, clean=19, duplicate_pairs=4, other_pairs=38,
        floors={
            "near_duplicate_sibling": (1.0, 0.75),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 4 as a tuning group (held out for one round): the figures it reached, same rule.
    # After the fifth round every type reached 1.0; misspellings (27 labels) keep the room of one
    # finding either way, the smaller types none.
    4: TuningFloors(
        letters=50, clean=18, duplicate_pairs=3, other_pairs=32,
        floors={
            "misspelling": (0.96, 0.96),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 5 as a tuning group (held out for one round): the figures it reached, same rule.
    # After the sixth round every type reached 1.0; misspellings (17 labels) keep the room of one
    # finding either way, the smaller types none.
    5: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=35,
        floors={
            "misspelling": (0.94, 0.94),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 6 as a tuning group (held out for the sixth round): the figures it reached after the
    # eleventh, same rule. Its misspellings (15 labels) stay at 14 found of 15 with one false alarm
    # (a food word, karak; "epi", a clipping of a term the notes name, passes since the eleventh),
    # on one clean letter.
    # Twelfth round: karak (a food word whose only near word is the less common kayak, by keys
    # that do not touch) is no longer reported, so no clean letter is flagged.
    6: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=37,
        floors={
            "misspelling": (1.0, 1.0),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 7 as a tuning group (held out for the seventh round): the figures it reached after the
    # eleventh, same rule. Its misspellings (19 labels) stay at 17 found with two false alarms
    # (a geologist's word, phyllic twice; the clipping "perio" passes since the eleventh), on one
    # clean letter; the other types reached 1.0.
    # Twelfth round: phyllic (only rare words near it) is no longer reported, so no clean letter is
    # flagged.
    7: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=25,
        floors={
            "misspelling": (1.0, 0.94),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 8 as a tuning group (held out for the eighth round): the figures it reached after the
    # ninth, same rule. Its misspellings (16 labels) stay at 14 found with no false alarm (the two
    # missed are "complimentary" before words no general context holds, and "weary of", which is
    # English too); every other type reached 1.0, and no clean letter is flagged.
    8: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=24,
        floors={
            "misspelling": (1.0, 0.93),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 9 as a tuning group (held out for the ninth round): the figures it reached after the
    # eleventh, same rule. Its misspellings (13 labels) are all found, with four false alarms that
    # are each a letter or two from an English word (a Catalan district, a firm's name, a Catalan
    # closing, a French porcelain term; the Thai thanks and the Catalan street pass since the
    # eleventh), on one clean letter; one title ("a CEO" said of a managing director in passing) is
    # missed; every other type reached 1.0.
    # Twelfth round: the Catalan district (a long name alone with its capital, no key slip of a
    # word) and the Catalan closing (on the line above the signed name) pass; the firm's name and
    # the porcelain term remain.
    9: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=43,
        floors={
            "misspelling": (0.86, 1.0),
            "wrong_interviewer_title": (1.0, 0.75),
        },
        max_clean_flagged=1, min_pairs_flagged=3),
    # Batch 10 as a tuning group (held out for the tenth round): the figures it reached after the
    # eleventh, same rule. Its misspellings (10 labels) are at 9 found with one false alarm (a
    # French wine word one letter from "bland"), on one clean letter; the one missed is "discreet"
    # for "discrete" before a noun no general context holds; every other type reached 1.0.
    10: TuningFloors(
        letters=50, clean=19, duplicate_pairs=25, other_pairs=21,
        floors={
            "misspelling": (0.90, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=25),
    # Batch 11 as a tuning group (held out for the eleventh round, then re-scored once after its
    # labels were narrowed to the span convention): the figures it reached after the twelfth round,
    # same rule. One misspelling false alarm is left (a breed of alpaca one letter from "sure"),
    # and one tone finding in a letter whose author labelled another plea of the same paragraph;
    # the tone label missed is a second plea in a sentence the rule reports as one. No clean
    # letter is flagged (10 of 19 before the twelfth round).
    11: TuningFloors(
        letters=50, clean=19, duplicate_pairs=12, other_pairs=29,
        floors={
            "desperate_tone": (0.83, 0.83),
        },
        max_clean_flagged=0, min_pairs_flagged=12),
    # Batch 12 as a tuning group (held out for the twelfth round): the figures it reached after
    # the thirteenth round, same rule. Two misspelling false alarms are left (an organ stop's
    # name two slips from "trumpet", a canal word a key slip from "mesa"), one in a clean letter.
    12: TuningFloors(
        letters=50, clean=19, duplicate_pairs=5, other_pairs=36,
        floors={
            "misspelling": (0.86, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=5),
    # Batch 13 as a tuning group (held out for the thirteenth round): the figures it reached
    # after the fourteenth round, same rule. One slip was missed (a real word in the wrong
    # place) until the thirty-second round. No clean letter is flagged (4 of 19 before the round).
    13: TuningFloors(
        letters=50, clean=19, duplicate_pairs=5, other_pairs=35,
        floors={
            # misspelling raised to 1.0 / 1.0 by the thirty-second round (was 1.0 / 0.91)
        },
        max_clean_flagged=0, min_pairs_flagged=5),
    # Batch 14 as a tuning group (held out for the fourteenth round): the figures it reached
    # when the fifteenth round began, same rule (raised as the round improves it).
    14: TuningFloors(
        letters=50, clean=19, duplicate_pairs=5, other_pairs=38,
        floors={
            "misspelling": (0.85, 0.92),
            "wrong_interviewer_name": (1.0, 1.0),
            "wrong_interviewer_title": (1.0, 0.80),
            "wrong_company": (1.0, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=5),
    # Batch 15 as a tuning group (held out for the fifteenth round): the figures it reached
    # when the sixteenth round began, same rule (raised as the round improves it).
    15: TuningFloors(
        letters=50, clean=19, duplicate_pairs=5, other_pairs=35,
        floors={
            "misspelling": (0.87, 1.0),  # raised in the seventeenth round
            "placeholder": (1.0, 1.0),  # raised in the seventeenth round
            "desperate_tone": (0.83, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=5),
    # Batch 16 (held out for the sixteenth round): raised in the seventeenth round to what
    # its rules reach.
    16: TuningFloors(
        letters=50, clean=19, duplicate_pairs=5, other_pairs=35,
        floors={
            "misspelling": (0.82, 1.0),
            "wrong_interviewer_name": (1.0, 1.0),
            "desperate_tone": (0.83, 1.0),
        },
        max_clean_flagged=0, min_pairs_flagged=5),
    # Batch 17 (held out for the seventeenth round): raised in the eighteenth round to what
    # its rules reach, and its misspelling precision again in the nineteenth.
    17: TuningFloors(
        letters=50, clean=18, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-fifth round (was 0.7 / 0.58); desperate tone raised to
            # 1.0 / 1.0 and misspelling to 0.8 / 0.66 by the thirtieth round (was 1.0 / 0.87
            # and 0.77 / 0.58); misspelling raised by the thirty-second round (was 0.8 / 0.66)
            # and the thirty-third (was 0.84 / 0.91)
            "misspelling": (0.85, 1.0),
            "wrong_interviewer_name": (1.0, 1.0),
        },
        max_clean_flagged=0, min_pairs_flagged=5),
    # Batch 18 (held out for the eighteenth round): raised in the nineteenth round to what
    # its rules reach.
    18: TuningFloors(
        letters=50, clean=19, duplicate_pairs=5, other_pairs=33,
        floors={
            # misspelling raised by the thirty-second round (was 0.76 / 0.81) and the
            # thirty-third (was 0.78 / 0.93; and 2 clean letters flagged)
            "misspelling": (0.83, 0.93),
            # wrong_interviewer_name: 1.0 / 1.0 since the forty-fourth round (was 0.83 / 1.0)
            "desperate_tone": (1.0, 0.83),
            "near_duplicate_sibling": (1.0, 0.8),
        },
        max_clean_flagged=1, min_pairs_flagged=4),
    # Batch 19 (held out for the nineteenth round): raised in the twentieth round to what its
    # rules reach.
    19: TuningFloors(
        letters=50, clean=18, duplicate_pairs=5, other_pairs=33,
        floors={
            # raised by the twenty-fifth round (was 0.63 / 0.8, 3 clean letters flagged), by
            # the thirty-second (was 0.66 / 0.8) and by the thirty-fifth (was 0.7 / 0.93)
            "misspelling": (0.71, 1.0),
            # wrong company raised to the default 1.0 / 1.0 by the thirty-fifth round (was
            # 0.85 / 1.0)
            # desperate tone raised by the thirty-second round (was 0.83 / 0.83)
            "desperate_tone": (0.85, 1.0),
        },
        max_clean_flagged=2, min_pairs_flagged=5),
    20: TuningFloors(
        letters=50, clean=20, duplicate_pairs=6, other_pairs=31,
        floors={
            # raised by the twenty-fourth round (was 0.78 / 1.0, 3 clean letters flagged)
            "misspelling": (0.83, 1.0),
        },
        max_clean_flagged=2, min_pairs_flagged=6),
    21: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-second round (was 0.57 / 0.92, title 1.0 / 0.8, 4 clean)
            "misspelling": (0.81, 1.0),
        },
        max_clean_flagged=0, min_pairs_flagged=5),
    # Batch 22 (held out for the twenty-second round): what that round's rules reach.
    22: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-fourth round (wrong name was 0.8 / 1.0, misspelling
            # 0.6 / 0.75, 3 clean letters flagged) and the twenty-seventh (misspelling
            # 0.73 / 0.91, 2 clean letters flagged)
            "misspelling": (0.78, 0.91),
        },
        max_clean_flagged=1, min_pairs_flagged=5),
    # Batch 23 (held out for the twenty-third round): what that round's rules reach.
    23: TuningFloors(
        letters=50, clean=21, duplicate_pairs=5, other_pairs=36,
        floors={
            # raised by the twenty-fourth round (was 0.75 / 0.85, duplicated word 0.85 / 1.0,
            # 2 clean letters flagged)
            "misspelling": (0.86, 0.92),
            "wrong_company": (0.85, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=5),
    # Batch 24 (held out for the twenty-fourth round): what that round's rules reach.
    24: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-fifth round (was 0.66 / 0.8, title 1.0 / 0.8, company
            # 0.9 / 1.0, 5 clean letters flagged); misspelling raised by the thirty-second
            # round (was 0.82 / 0.93)
            "misspelling": (0.83, 1.0),
        },
        max_clean_flagged=3, min_pairs_flagged=5),
    # Batch 25 (held out for the twenty-fifth round): what that round's rules reach.
    25: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=39,
        floors={
            # raised by the twenty-sixth round (was misspelling 0.78 / 0.78, company 0.6 / 1.0,
            # 1 clean letter flagged)
            "misspelling": (0.93, 1.0),
        },
        max_clean_flagged=0, min_pairs_flagged=5),
    # Batch 26 (held out for the twenty-sixth round): what that round's rules reach.
    26: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-seventh round (misspelling was 0.56 / 0.81, wrong name
            # 0.83 / 1.0, wrong company 1.0 / 0.83, 4 clean letters flagged)
            "misspelling": (0.78, 1.0),
        },
        max_clean_flagged=2, min_pairs_flagged=5),
    # Batch 27 (held out for the twenty-seventh round): what that round's rules reach.
    27: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-eighth round (wrong name was 0.8 / 0.8, wrong company
            # 0.83 / 0.83, desperate tone 1.0 / 0.8, misspelling 0.63 / 0.58, 3 clean letters
            # flagged): missing types are held at 1.0 / 1.0; misspelling raised again by the
            # thirty-second round (was 0.7 / 0.58) and the thirty-third (was 0.78 / 0.91),
            # and by the forty-third (was 0.84 / 0.91)
            "misspelling": (0.85, 1.0),
            "near_duplicate_sibling": (1.0, 0.8),
        },
        max_clean_flagged=2, min_pairs_flagged=4),
    # Batch 28 (held out for the twenty-eighth round): what that round's rules reach.
    28: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the twenty-ninth round (misspelling was 0.45 / 0.71, wrong name
            # 0.71 / 1.0, desperate tone 1.0 / 0.4, 4 clean letters flagged): missing types
            # are held at 1.0 / 1.0
            # misspelling raised again by the thirtieth round (was 0.54 / 0.92); wrong name
            # raised to 1.0 / 1.0 by the thirty-third round (was 0.83 / 1.0); misspelling
            # raised by the thirty-sixth round (was 0.56 / 1.0, 3 clean letters flagged)
            "misspelling": (0.6, 1.0),
        },
        max_clean_flagged=2, min_pairs_flagged=5),
    # Batch 29 (held out for the twenty-ninth round): what that round's rules reach, raised by
    # the thirtieth round (misspelling was 0.64 / 0.78, wrong name 0.66 / 0.8, desperate tone
    # 0.83 / 0.83, 3 clean letters flagged): missing types are held at 1.0 / 1.0
    29: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=35,
        floors={
            # raised by the thirty-third round (was 0.68 / 0.92) and by the thirty-sixth
            # (was 0.72 / 0.92)
            "misspelling": (0.76, 0.92),
        },
        max_clean_flagged=2, min_pairs_flagged=5),
    # Batch 30 (held out for the thirtieth round): what that round's rules reach.
    30: TuningFloors(
        letters=50, clean=20, duplicate_pairs=5, other_pairs=39,
        floors={
            "misspelling": (0.66, 1.0),
            "wrong_interviewer_name": (0.83, 1.0),
            # wrong title raised by the thirty-second round (was 1.0 / 0.75)
            "wrong_company": (1.0, 1.0),
        },
        max_clean_flagged=3, min_pairs_flagged=5),
    # Batch 31 (held out for the thirty-first round): what that round's rules reach.
    31: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=34,
        floors={
            # raised by the thirty-second round (misspelling was 1.0 / 0.73, wrong name
            # 0.8 / 1.0, desperate tone 1.0 / 0.75): missing types are held at 1.0 / 1.0
            "near_duplicate_sibling": (1.0, 0.66),
        },
        max_clean_flagged=0, min_pairs_flagged=2),
    # Batch 32 (held out for the thirty-second round): what that round's rules reach.
    32: TuningFloors(
        letters=50, clean=19, duplicate_pairs=6, other_pairs=43,
        # raised by the thirty-third round (misspelling was 0.76 / 0.9, placeholder 0.8 / 1.0,
        # 1 clean letter flagged): every type is held at the default 1.0 / 1.0
        max_clean_flagged=0, min_pairs_flagged=6),
    # Batch 33 (held out for the thirty-third round): what that round's rules reach.
    33: TuningFloors(
        letters=50, clean=19, duplicate_pairs=4, other_pairs=39,
        floors={
            # raised by the thirty-fourth round (was 0.95 / 0.82)
            "misspelling": (0.95, 0.95),
        },
        max_clean_flagged=1, min_pairs_flagged=4),
    # Batch 34 (held out for the thirty-fourth round): what that round's rules reach.
    34: TuningFloors(
        letters=50, clean=18, duplicate_pairs=3, other_pairs=28,
        # raised by the thirty-fifth round (misspelling was 0.86 / 0.65, wrong company 0.71 /
        # 1.0, 1 clean letter flagged): every type is held at the default 1.0 / 1.0
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 35 (held out for the thirty-fifth round): what that round's rules reach.
    35: TuningFloors(
        letters=50, clean=19, duplicate_pairs=4, other_pairs=32,
        # raised by the thirty-sixth round (misspelling was 0.95 / 0.84, wrong name 0.83 /
        # 1.0, title 1.0 / 0.83, wrong company and tone 1.0 / 0.8, 1 clean letter flagged):
        # every type is held at the default 1.0 / 1.0
        max_clean_flagged=0, min_pairs_flagged=4),
    # Batch 36 (held out for the thirty-sixth round): what that round's rules reach.
    36: TuningFloors(
        letters=50, clean=19, duplicate_pairs=4, other_pairs=24,
        # raised by the thirty-seventh round (misspelling was 0.81 / 0.88, tone 1.0 / 0.66, 3
        # clean letters flagged) and the thirty-ninth (misspelling 0.89 -> 0.92, 2 -> 1 clean
        # letter flagged)
        floors={
            "misspelling": (0.92, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=4),
    # Batch 37 (held out for the thirty-seventh round): what that round's rules reach.
    37: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=23,
        # raised by the thirty-eighth round (misspelling was 0.75 / 0.83, wrong company 0.75 /
        # 1.0, tone 1.0 / 0.66, 6 clean letters flagged): every type is held at the default
        # 1.0 / 1.0
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 38 (held out for the thirty-eighth round): what that round's rules reach.
    38: TuningFloors(
        letters=50, clean=19, duplicate_pairs=4, other_pairs=24,
        # raised by the thirty-ninth round (misspelling was 0.75 / 0.89, title 1.0 / 0.85,
        # wrong company 0.66 / 1.0, 6 clean letters flagged): title and company at the default
        floors={
            "misspelling": (0.93, 1.0),
        },
        max_clean_flagged=2, min_pairs_flagged=4),
    # Batch 39 (held out for the thirty-ninth round): what that round's rules reach.
    39: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=27,
        # raised by the fortieth round (misspelling was 0.86 / 0.72)
        floors={
            "misspelling": (0.94, 1.0),
        },
        max_clean_flagged=1, min_pairs_flagged=3),
    # Batch 40 (held out for the fortieth round): what that round's rules reach.
    40: TuningFloors(
        letters=50, clean=20, duplicate_pairs=3, other_pairs=18,
        # raised by the forty-first round (misspelling was 0.90 / 0.71, title 0.80 / 1.0,
        # wrong company 0.66 / 1.0, 2 clean letters flagged): every type at the default
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 41 (held out for the forty-first round): what that round's rules reach.
    41: TuningFloors(
        letters=50, clean=20, duplicate_pairs=3, other_pairs=30,
        # raised by the forty-second round (misspelling was 1.0 / 0.75, interviewer name
        # 1.0 / 0.8): every type at the default
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 42 (held out for the forty-second round): what that round's rules reach.
    42: TuningFloors(
        letters=50, clean=20, duplicate_pairs=3, other_pairs=30,
        # raised by the forty-third round (misspelling was 1.0 / 0.77, desperate tone
        # 1.0 / 0.5): every type at the default
        max_clean_flagged=0, min_pairs_flagged=3),
    # Batch 43 (held out for the forty-third round): what that round's rules reach.
    43: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=27,
        floors={
            "misspelling": (0.9, 0.86),  # recall raised by the forty-fourth round (0.82)
            # wrong_interviewer_name and wrong_company: 1.0 / 1.0 since the forty-fourth
            # round (were 0.85 / 1.0 and 0.8 / 1.0), wrong_interviewer_title too (was
            # 1.0 / 0.66)
        },
        max_clean_flagged=2, min_pairs_flagged=3),
    # Batch 44 (held out for the forty-fourth round): what that round's rules reach.
    44: TuningFloors(
        letters=50, clean=19, duplicate_pairs=3, other_pairs=30,
        floors={
            "misspelling": (1.0, 0.83),
            "wrong_interviewer_title": (1.0, 0.83),
            "wrong_company": (1.0, 0.75),
            "desperate_tone": (1.0, 0.75),
        },
        max_clean_flagged=0, min_pairs_flagged=3),
}


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


@pytest.mark.parametrize("batch", [[], *([f"batch{b.number}"] for b in TUNING)],
                         ids=["batch1", *(f"batch{b.number}" for b in TUNING)])
def test_each_batch_is_well_formed(batch: list[str]) -> None:
    assert check_manifest.main(batch) == 0


@pytest.mark.parametrize("batch", TUNING, ids=[f"batch{b.number}" for b in TUNING])
def test_each_tuning_batch_keeps_the_figures_it_reached(batch: Batch) -> None:
    expected = TUNING_FLOORS[batch.number]
    cases = batch.load()
    assert cases is not None
    result = evaluate(cases)
    print(f"\n{batch.label}: {result.summary()}\n{result.score.table()}")
    assert (result.letters, result.clean) == (expected.letters, expected.clean)
    assert (result.duplicate_pairs, result.other_pairs) == (expected.duplicate_pairs,
                                                          expected.other_pairs)
    for type_ in FINDING_TYPES:
        precision, recall = expected.floors.get(type_, (1.0, 1.0))
        assert result.score.precision(type_) >= precision, (type_, result.score.table())
        assert result.score.recall(type_) >= recall, (type_, result.score.table())
    assert result.clean_with_findings <= expected.max_clean_flagged, result.summary()
    assert result.duplicate_pairs_flagged >= expected.min_pairs_flagged, result.summary()
    assert result.other_pairs_flagged == 0, result.summary()


def test_every_tuning_batch_has_floors_and_one_batch_is_held_out() -> None:
    assert sorted(TUNING_FLOORS) == [batch.number for batch in TUNING]
    assert len(HELD_OUT) <= 1


@pytest.mark.skipif(not HELD_OUT or not HELD_OUT[0].written(),
                    reason="no held-out batch written yet")
def test_the_held_out_batch_is_reported_whole_totals_only() -> None:
    [batch] = HELD_OUT
    assert check_manifest.main([str(batch.path)]) == 0
    cases = batch.load()
    assert cases
    result = evaluate(cases)
    # Totals only: never a letter's result (result.score.mistakes stays unprinted).
    print(f"\n{batch.label}: {result.summary()}\n{result.score.table()}")
    assert result.letters == len(cases)
