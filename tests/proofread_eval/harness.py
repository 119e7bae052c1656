"""Running the proofreader over the outside evaluation set (README.md beside this file).

The set is split once, by panel, into two halves:
- DEV: letters whose failures may be read while working on the rules;
- HELD_OUT: letters whose individual results are never printed; only their totals per finding
  type are reported. The honest figure of the proofreader is the held-out one.

The split is deterministic and blind to the letters: the groups (a panel, or a single letter)
are taken in the order of the SHA-256 of their id, and each goes to the half that has fewer
letters so far (DEV on a tie). Nothing about the letters' contents or labels chooses a half.

A second batch (batch2/, its README) was written later by another author who never saw the
rules. It is not split. It was held out for one round (totals only); since then it is a tuning
group, "BATCH 2 (tuning)": its misses may be read and printed, like the DEV half's.

A third batch (batch3/, same layout), written by yet another author, was held out for one round
and is now a tuning group too, "BATCH 3 (tuning)".

A fourth batch (batch4/, same layout, another author) was held out for one round (totals only)
and is now a tuning group too, "BATCH 4 (tuning)". So is the fifth (batch5/, another author),
"BATCH 5 (tuning)", held out for one round, and the sixth (batch6/, another author), "BATCH 6
(tuning)", held out for the sixth round, and the seventh (batch7/, another author), "BATCH 7
(tuning)", held out for the seventh round, and the eighth (batch8/, another author), "BATCH 8
(tuning)", held out for the eighth round, and the ninth (batch9/, another author), "BATCH 9
(tuning)", held out for the ninth round, and the tenth (batch10/, another author), "BATCH 10
(tuning)", held out for the tenth round, and the eleventh (batch11/, another author), "BATCH
11 (tuning)", held out for the eleventh round, and the twelfth (batch12/, another author),
"BATCH 12 (tuning)", held out for the twelfth round, and the thirteenth (batch13/, another
author), "BATCH 13 (tuning)", held out for the thirteenth round, and the fourteenth
(batch14/, another author), "BATCH 14 (tuning)", held out for the fourteenth round, and the
fifteenth (batch15/, another author), "BATCH 15 (tuning)", held out for the fifteenth round,
and the sixteenth (batch16/, another author), "BATCH 16 (tuning)", held out for the sixteenth
round, and the seventeenth (batch17/, another author), "BATCH 17 (tuning)", held out for the
seventeenth round, and the eighteenth (batch18/, another author), "BATCH 18 (tuning)", held out
for the eighteenth round, and the nineteenth (batch19/, another author), "BATCH 19 (tuning)",
held out for the nineteenth round, and the twentieth (batch20/, another author), "BATCH 20
(tuning)", held out for the twentieth round, and the twenty-first (batch21/, another author),
"BATCH 21 (tuning)", held out for the twenty-first round, and the twenty-second (batch22/,
another author), "BATCH 22 (tuning)", held out for the twenty-second round, and the
twenty-third (batch23/, another author), "BATCH 23 (tuning)", held out for the twenty-third
round, the twenty-fourth (batch24/, another author), "BATCH 24 (tuning)", held out for the
twenty-fourth round, and the twenty-fifth (batch25/, another author), "BATCH 25 (tuning)", held
out for the twenty-fifth round, and the twenty-sixth (batch26/, another author), "BATCH 26
(tuning)", held out for the twenty-sixth round, and the twenty-seventh (batch27/, another
author), "BATCH 27 (tuning)", held out for the twenty-seventh round, and the twenty-eighth
(batch28/, another author), "BATCH 28 (tuning)", held out for the twenty-eighth round, and the
twenty-ninth (batch29/, another author), "BATCH 29 (tuning)", held out for the twenty-ninth
round. A thirtieth batch (batch30/), written by another author, is the new held-out group,
"BATCH 30 (held-out)": only its totals are ever reported, never a letter's result, and no
floors are asserted on it. It is optional: while batch30/ has no manifest, it is simply absent.
Batches written ahead of their round are in no list and nothing reads them.

The batches after the first are listed in BATCHES with their role; a new batch is one more line
there (and a tuning batch's floors in tests/core/test_proofread_eval.py). They are kept out of
the halves above so that their fixed split and floors stay as they were.

Scoring reuses the project corpus' `Case` and `Score` (same manifest format).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.core.proofread_corpus.corpus import Case, Score, load_cases

HERE = Path(__file__).resolve().parent
Half = Literal["dev", "held_out"]
HALVES: tuple[Half, ...] = ("dev", "held_out")
Role = Literal["tuning", "held_out"]


@dataclass(frozen=True)
class Batch:
    """A later batch of letters (its own directory, manifest and README) and its role: a tuning
    batch's misses may be read; a held-out batch is reported by its totals only."""

    number: int
    role: Role

    @property
    def path(self) -> Path:
        return HERE / f"batch{self.number}"

    @property
    def label(self) -> str:
        return f"BATCH {self.number} ({self.role.replace('_', '-')})"

    def written(self) -> bool:
        return (self.path / "manifest.json").is_file()

    def load(self) -> list[Case] | None:
        """Every letter of the batch, or None while it has not been written (no manifest)."""
        return load_cases(self.path) if self.written() else None


BATCHES: tuple[Batch, ...] = (
    Batch(2, "tuning"), Batch(3, "tuning"), Batch(4, "tuning"), Batch(5, "tuning"),
    Batch(6, "tuning"), Batch(7, "tuning"), Batch(8, "tuning"), Batch(9, "tuning"),
    Batch(10, "tuning"), Batch(11, "tuning"), Batch(12, "tuning"), Batch(13, "tuning"),
    Batch(14, "tuning"), Batch(15, "tuning"), Batch(16, "tuning"), Batch(17, "tuning"),
    Batch(18, "tuning"), Batch(19, "tuning"), Batch(20, "tuning"), Batch(21, "tuning"),
    Batch(22, "tuning"), Batch(23, "tuning"), Batch(24, "tuning"), Batch(25, "tuning"),
    Batch(26, "tuning"), Batch(27, "tuning"), Batch(28, "tuning"), Batch(29, "tuning"),
    Batch(30, "held_out"),
)
(BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7, BATCH8, BATCH9, BATCH10, BATCH11,
 BATCH12, BATCH13, BATCH14, BATCH15, BATCH16, BATCH17, BATCH18, BATCH19, BATCH20,
 BATCH21, BATCH22, BATCH23, BATCH24, BATCH25, BATCH26, BATCH27,
 BATCH28, BATCH29, BATCH30) = BATCHES


def group_of(case_id: str) -> str:
    """The panel ("panel07") or single letter ("single13") a case belongs to."""
    return case_id.split("-", 1)[0]


def split(cases: list[Case]) -> dict[str, Half]:
    """Each group's half (see the module's docstring)."""
    sizes = Counter(group_of(case.id) for case in cases)
    order = sorted(sizes, key=lambda group: hashlib.sha256(group.encode()).hexdigest())
    letters: dict[Half, int] = {"dev": 0, "held_out": 0}
    halves: dict[str, Half] = {}
    for group in order:
        half: Half = "held_out" if letters["held_out"] < letters["dev"] else "dev"
        halves[group] = half
        letters[half] += sizes[group]
    return halves


def load_eval_cases() -> dict[Half, list[Case]]:
    cases = load_cases(HERE)
    halves = split(cases)
    return {half: [c for c in cases if halves[group_of(c.id)] == half] for half in HALVES}


@dataclass
class HalfResult:
    """A half's score with the set-level figures of the issue, as totals only."""

    letters: int
    score: Score
    clean: int
    clean_with_findings: int
    duplicate_pairs: int  # labelled near-duplicate pairs
    duplicate_pairs_flagged: int  # ... flagged in at least one direction
    other_pairs: int  # sibling pairs not labelled near-duplicates (different stories)
    other_pairs_flagged: int

    def summary(self) -> str:
        return (
            f"{self.letters} letters; clean letters with a finding: "
            f"{self.clean_with_findings}/{self.clean}; near-duplicate pairs flagged: "
            f"{self.duplicate_pairs_flagged}/{self.duplicate_pairs}; pairs of different "
            f"letters flagged: {self.other_pairs_flagged}/{self.other_pairs}"
        )


def evaluate(cases: list[Case]) -> HalfResult:
    score = Score()
    clean_with_findings = 0
    flagged: set[frozenset[str]] = set()
    labelled: set[frozenset[str]] = set()
    pairs: set[frozenset[str]] = set()
    for case in cases:
        findings = case.run()
        score.add(case, findings)
        if case.clean and findings:
            clean_with_findings += 1
        letter = case.letter
        for sibling in case.siblings:
            pairs.add(frozenset((letter, sibling.name)))
        for item in case.expected:
            if item["type"] == "near_duplicate_sibling":
                labelled.add(frozenset((letter, item["sibling"])))
        for finding in findings:
            if finding.type == "near_duplicate_sibling" and finding.sibling:
                flagged.add(frozenset((letter, finding.sibling)))
    others = pairs - labelled
    return HalfResult(
        letters=len(cases),
        score=score,
        clean=sum(case.clean for case in cases),
        clean_with_findings=clean_with_findings,
        duplicate_pairs=len(labelled),
        duplicate_pairs_flagged=len(labelled & flagged),
        other_pairs=len(others),
        other_pairs_flagged=len(others & flagged),
    )
