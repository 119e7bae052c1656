"""The corpus of letters of our own making (tests/core/proofread_corpus), which the rules are
tuned on: every planted mistake found as written, no finding on a clean letter. The honest
figures are those of the outside set (test_proofread_eval.py)."""

from __future__ import annotations

import pytest

from pursuit.core.proofread import FINDING_TYPES
from tests.core.proofread_corpus.corpus import Case, key_of, load_cases, score_corpus

CASES = load_cases()


def test_the_corpus_is_big_enough_and_covers_every_type() -> None:
    assert len(CASES) >= 70
    assert sum(case.clean for case in CASES) >= 20
    assert len({frozenset((case.letter, *(s.name for s in case.siblings)))
                for case in CASES if case.siblings}) >= 10  # sibling sets
    planted = {item["type"] for case in CASES for item in case.expected}
    assert planted == set(FINDING_TYPES)


@pytest.mark.parametrize("case", [c for c in CASES if c.clean], ids=lambda c: c.id)
def test_clean_letters_get_no_finding(case: Case) -> None:
    assert case.run() == []


@pytest.mark.parametrize("case", [c for c in CASES if not c.clean], ids=lambda c: c.id)
def test_each_planted_defect_is_found_as_written(case: Case) -> None:
    findings = case.run()
    for finding in findings:
        if finding.start is not None:
            assert finding.text == case.text[finding.start:finding.end]
    by_key = {key_of(finding): finding for finding in findings}
    for item in case.expected:
        match = by_key.get(key_of(item))
        assert match is not None, f"missed {key_of(item)}; found {sorted(by_key, key=str)}"
        if "suggestion" in item:
            assert match.suggestion == item["suggestion"]
        if "severity" in item:
            assert match.severity == item["severity"]


def test_precision_and_recall_per_type_reach_the_target() -> None:
    score, _ = score_corpus(CASES)
    for type_ in FINDING_TYPES:
        assert score.precision(type_) >= 0.95, score.table()
        assert score.recall(type_) >= 0.95, score.table()
