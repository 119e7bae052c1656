"""How the evaluation scores region findings (tests/core/proofread_corpus/corpus.py): a
finding anywhere on a labelled placeholder or plea counts as that label, and a labelled
region the proofreader reports in parts counts once, its further parts as no false alarm."""

from __future__ import annotations

from pursuit.core.proofread import Finding, context_from_dict
from tests.core.proofread_corpus.corpus import Case, Score

LETTER = ("Dear Ana,\n\nThank you for your time. I really need this job. I will do anything "
          "you ask. My portfolio is at [link].\n\nBest,\nSam\n")
PLEA = "I really need this job. I will do anything you ask."


def case(*expected: dict[str, str]) -> Case:
    return Case(id="c1", text=LETTER,
                context=context_from_dict({"company": "Acme", "interviewer": {"name": "Ana Ruiz"}}),
                siblings=(), known_words=(), expected=tuple(expected))


def tone(sentence: str) -> Finding:
    start = LETTER.index(sentence)
    return Finding(type="desperate_tone", message="pleading", text=sentence, start=start,
                   end=start + len(sentence))


def scored(letter: Case, findings: list[Finding]) -> Score:
    score = Score()
    score.add(letter, findings)
    return score


def test_a_region_reported_in_parts_counts_once_and_no_part_is_a_false_alarm() -> None:
    score = scored(case({"type": "desperate_tone", "text": PLEA}),
                   [tone("I really need this job."), tone("I will do anything you ask.")])
    assert (score.true_positives["desperate_tone"], score.false_positives["desperate_tone"],
            score.false_negatives["desperate_tone"]) == (1, 0, 0)


def test_two_labelled_pleas_need_two_findings() -> None:
    two = case({"type": "desperate_tone", "text": "I really need this job."},
               {"type": "desperate_tone", "text": "I will do anything you ask."})
    score = scored(two, [tone("I really need this job.")])
    assert (score.true_positives["desperate_tone"],
            score.false_negatives["desperate_tone"]) == (1, 1)
    both = scored(two, [tone("I really need this job."), tone("I will do anything you ask.")])
    assert (both.true_positives["desperate_tone"], both.false_positives["desperate_tone"],
            both.false_negatives["desperate_tone"]) == (2, 0, 0)


def test_a_finding_outside_every_labelled_region_is_a_false_alarm() -> None:
    score = scored(case({"type": "desperate_tone", "text": "I really need this job."}),
                   [tone("I really need this job."), tone("Thank you for your time.")])
    assert (score.true_positives["desperate_tone"],
            score.false_positives["desperate_tone"]) == (1, 1)
    # Nor does a region of another type excuse it: a plea's label is no placeholder's.
    placeholder = scored(case({"type": "placeholder", "text": "[link]"}),
                         [tone("I really need this job.")])
    assert placeholder.false_positives["desperate_tone"] == 1
