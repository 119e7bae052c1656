"""What the proofreader reports: one `Finding` per problem, in the shape of contracts.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

FindingType = Literal[
    "misspelling",
    "duplicated_word",
    "wrong_interviewer_name",
    "wrong_interviewer_title",
    "wrong_company",
    "placeholder",
    "desperate_tone",
    "near_duplicate_sibling",
]
Severity = Literal["error", "minor"]
Verdict = Literal["ready_to_send", "needs_revision"]

FINDING_TYPES: tuple[FindingType, ...] = (
    "misspelling",
    "duplicated_word",
    "wrong_interviewer_name",
    "wrong_interviewer_title",
    "wrong_company",
    "placeholder",
    "desperate_tone",
    "near_duplicate_sibling",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a letter.

    Span findings have `text == letter[start:end]` and 1-based `line`/`col` of `start`.
    `suggestion` is the text to put in place of `text`; it is None when no rule knows it
    (a bare `XXX` placeholder, a word the dictionary has nothing close to). The set-level
    `near_duplicate_sibling` finding has no span: it names the `sibling` and its `similarity`,
    and its suggestion is advice rather than a replacement.
    """

    type: FindingType
    message: str
    severity: Severity = "error"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    line: int | None = None
    col: int | None = None
    suggestion: str | None = None
    sibling: str | None = None
    similarity: float | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON object of contracts.md (sibling keys only on the set-level finding)."""
        data: dict[str, object] = {"type": self.type}
        if self.type == "near_duplicate_sibling":
            data["sibling"] = self.sibling
            data["similarity"] = self.similarity
        data.update(
            text=self.text,
            start=self.start,
            end=self.end,
            line=self.line,
            col=self.col,
            message=self.message,
            suggestion=self.suggestion,
            severity=self.severity,
        )
        return data


def verdict(findings: Sequence[Finding]) -> Verdict:
    """Any finding at all, even a minor one, means the letter should be revised (contracts.md)."""
    return "needs_revision" if findings else "ready_to_send"
