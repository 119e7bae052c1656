"""The proofreading corpus: loading the cases and scoring the proofreader against them.

Shared by tests/core/test_proofread_corpus.py, tests/proofread_eval/harness.py (the outside
evaluation set has the same manifest format) and bench/bench_proofread.py.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pursuit.core.proofread import (
    FINDING_TYPES,
    Finding,
    ProofreadContext,
    Sibling,
    context_from_dict,
    proofread,
)

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    context: ProofreadContext
    siblings: tuple[Sibling, ...]
    known_words: tuple[str, ...]
    expected: tuple[dict[str, str], ...]
    letter: str = ""  # its path in the manifest, as its siblings name it

    @property
    def clean(self) -> bool:
        return not self.expected

    def run(self) -> list[Finding]:
        return proofread(self.text, self.context, self.siblings, self.known_words)


def key_of(item: Finding | dict[str, str]) -> tuple[str, str | None]:
    """What identifies a finding in the corpus: its type and its text (or sibling path)."""
    if isinstance(item, Finding):
        return item.type, item.sibling if item.type == "near_duplicate_sibling" else item.text
    return item["type"], item.get("sibling", item.get("text"))


def load_cases(root: Path = HERE) -> list[Case]:
    """The cases of `root`/manifest.json (this corpus by default); paths are relative to it."""
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    cases = []
    for raw in manifest["cases"]:
        context_path = root / raw["context"]
        cases.append(
            Case(
                id=raw["id"],
                text=(root / raw["letter"]).read_bytes().decode("utf-8"),
                context=context_from_dict(
                    json.loads(context_path.read_text(encoding="utf-8")), source=raw["context"]
                ),
                siblings=tuple(
                    Sibling(path, (root / path).read_bytes().decode("utf-8"))
                    for path in raw["siblings"]
                ),
                known_words=tuple(raw["known_words"]),
                expected=tuple(raw["expected"]),
                letter=raw["letter"],
            )
        )
    return cases


@dataclass
class Score:
    true_positives: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    false_negatives: Counter[str] = field(default_factory=Counter)
    mistakes: list[str] = field(default_factory=list)

    def add(self, case: Case, findings: list[Finding]) -> None:
        predicted = Counter(key_of(finding) for finding in findings)
        expected = Counter(key_of(item) for item in case.expected)
        _match_regions(case, findings, predicted, expected)
        for key in predicted | expected:
            hits = min(predicted[key], expected[key])
            self.true_positives[key[0]] += hits
            if predicted[key] > hits:
                self.false_positives[key[0]] += predicted[key] - hits
                self.mistakes.append(f"{case.id}: unexpected {key}")
            if expected[key] > hits:
                self.false_negatives[key[0]] += expected[key] - hits
                self.mistakes.append(f"{case.id}: missed {key}")

    def precision(self, type_: str) -> float:
        found = self.true_positives[type_] + self.false_positives[type_]
        return self.true_positives[type_] / found if found else 1.0

    def recall(self, type_: str) -> float:
        wanted = self.true_positives[type_] + self.false_negatives[type_]
        return self.true_positives[type_] / wanted if wanted else 1.0

    def overall(self) -> tuple[float, float]:
        tp = sum(self.true_positives.values())
        fp = sum(self.false_positives.values())
        fn = sum(self.false_negatives.values())
        return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0

    def table(self) -> str:
        lines = [f"{'type':<26}{'expected':>9}{'found':>7}{'precision':>11}{'recall':>8}"]
        for type_ in FINDING_TYPES:
            wanted = self.true_positives[type_] + self.false_negatives[type_]
            found = self.true_positives[type_] + self.false_positives[type_]
            lines.append(
                f"{type_:<26}{wanted:>9}{found:>7}{self.precision(type_):>11.1%}"
                f"{self.recall(type_):>8.1%}"
            )
        precision, recall = self.overall()
        lines.append(f"{'all':<26}{'':>9}{'':>7}{precision:>11.1%}{recall:>8.1%}")
        return "\n".join(lines)


Key = tuple[str, str | None]


# Types whose span marks a region of prose rather than a word to replace: how far it reaches is
# a matter of taste ("desperate" or "I'm desperate for any update"; an empty slot "at  or" or
# the words around it), so a finding anywhere on the labelled text counts as that label. The
# other types keep exact matching: their suggestion replaces the span, so the span must be right.
REGION_TYPES = frozenset({"placeholder", "desperate_tone"})


def _match_regions(case: Case, findings: list[Finding], predicted: Counter[Key],
                   expected: Counter[Key]) -> None:
    """Rewrite the key of a region finding that overlaps a still unmatched label of its type."""
    for item in case.expected:
        label = key_of(item)
        if item["type"] not in REGION_TYPES or predicted[label] >= expected[label]:
            continue
        regions = _occurrences(case.text, item["text"])
        for finding in findings:
            key = key_of(finding)
            if key[0] != item["type"] or key == label or finding.start is None:
                continue
            end = finding.end if finding.end is not None else finding.start
            if predicted[key] > expected[key] and any(
                finding.start < stop and start < end for start, stop in regions
            ):
                predicted[key] -= 1
                predicted[label] += 1
                break
    # A labelled region reported in parts (two pleading sentences one author marks as one
    # region, the proofreader as two findings): each further part shows the user text the
    # label itself marks, so it is no false alarm. It counts once, as the label, not again.
    for finding in findings:
        key = key_of(finding)
        if key[0] not in REGION_TYPES or finding.start is None or predicted[key] <= expected[key]:
            continue
        end = finding.end if finding.end is not None else finding.start
        if any(finding.start < stop and start < end
               for item in case.expected if item["type"] == key[0]
               for start, stop in _occurrences(case.text, item["text"])):
            predicted[key] -= 1


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    found, start = [], text.find(needle)
    while start >= 0:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def score_corpus(cases: list[Case] | None = None) -> tuple[Score, dict[str, list[Finding]]]:
    """Proofread every case; the score and each case's findings."""
    score = Score()
    results = {}
    for case in cases if cases is not None else load_cases():
        findings = case.run()
        results[case.id] = findings
        score.add(case, findings)
    return score, results
