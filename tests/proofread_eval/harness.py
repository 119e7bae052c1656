"""Running the proofreader over the outside evaluation set (README.md beside this file).

The set is split once, by panel, into two halves:
- DEV: letters whose failures may be read while working on the rules;
- HELD_OUT: letters whose individual results are never printed; only their totals per finding
  type are reported. The honest figure of the proofreader is the held-out one.

The split is deterministic and blind to the letters: the groups (a panel, or a single letter)
are taken in the order of the SHA-256 of their id, and each goes to the half that has fewer
letters so far (DEV on a tie). Nothing about the letters' contents or labels chooses a half.

Each later batch (batchN/, its own README) was written by another author who never saw the
rules, and is not split. The last one registered (`HELD_OUT_BATCH`) is the held-out group of
issue 19's current round, "BATCH N (held-out)": only its totals are ever reported, never a
letter's result, and no floors are asserted on it; it is optional (while its directory has no
manifest, it is simply absent). Every earlier one was that group for one round and has been a
tuning group since, "BATCH N (tuning)": its misses may be read and printed, like the DEV half's,
and the figures it reached are floors in tests/core/test_proofread_eval.py. Registering a round
is one change here (`HELD_OUT_BATCH` moves on by one) and the new tuning batch's floors there.
Batches written ahead of their round are in no list and nothing reads them. The batches are
kept out of the halves above so that their fixed split and floors stay as they were.

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


# The held-out batch of the current round; batches 2 to the one before it are tuning batches.
HELD_OUT_BATCH = 45
BATCHES: tuple[Batch, ...] = (
    *(Batch(number, "tuning") for number in range(2, HELD_OUT_BATCH)),
    Batch(HELD_OUT_BATCH, "held_out"),
)


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
