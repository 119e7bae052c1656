"""A letter under proofreading: its text, its words and how to turn a span into a finding."""

from __future__ import annotations

import re
from bisect import bisect_right

from pursuit.core.proofread.model import Finding, FindingType, Severity
from pursuit.core.proofread.tokens import Token, lowered, masked_spans, tokenize


class Letter:
    """The decoded text, tokenised once and shared by every rule."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = lowered(text)  # what the caseless patterns of the rules run on
        self.masks = masked_spans(text)
        # Words inside e-mail addresses and URLs are not prose: no rule looks at them.
        self.words: list[Token] = _outside(tokenize(text), sorted(self.masks))
        # Each word in lower case with one kind of apostrophe, made once: several rules
        # compare every word of the letter with their lists, and each folded every word again.
        self.folded: list[str] = [token.text.casefold().replace("’", "'")
                                  for token in self.words]
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def line_col(self, position: int) -> tuple[int, int]:
        """1-based line and column of a string index (the Subject: line is line 1)."""
        line = bisect_right(self._line_starts, position)
        return line, position - self._line_starts[line - 1] + 1

    def finding(
        self,
        type_: FindingType,
        start: int,
        end: int,
        message: str,
        suggestion: str | None,
        severity: Severity = "error",
    ) -> Finding:
        line, col = self.line_col(start)
        return Finding(
            type=type_,
            text=self.text[start:end],
            start=start,
            end=end,
            line=line,
            col=col,
            message=message,
            suggestion=suggestion,
            severity=severity,
        )


def _outside(tokens: list[Token], masks: list[tuple[int, int]]) -> list[Token]:
    """The tokens that overlap no mask; both lists are in text order, so one pass does."""
    if not masks:
        return tokens
    kept = []
    index = 0
    for token in tokens:
        while index < len(masks) and masks[index][1] <= token.start:
            index += 1
        if index < len(masks) and masks[index][0] < token.end:
            continue
        kept.append(token)
    return kept
