"""Misspellings: words neither the English dictionary nor the user's own words know.

Not words, so never checked: e-mail addresses, URLs and handles (masked by `Letter`), any
token with a digit (numbers, money, 99.9%, Q3, EC2, p95), acronyms of up to six capitals,
camelCase product names. A hyphenated or dotted word is checked whole first, then part by
part, and the finding covers only the misspelt part (well-recieved -> recieved).
"""

from __future__ import annotations

from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.lexicon import PREFIXES, WordChecker
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import overlaps


def find_misspellings(letter: Letter, checker: WordChecker,
                      claimed: list[tuple[int, int]]) -> list[Finding]:
    """`claimed`: spans other rules already explain (a wrong name is not also a typo)."""
    findings = []
    for token in letter.words:
        if token.has_digit or checker.is_correct(token.text):
            continue
        if claimed and overlaps(token.start, token.end, claimed):
            continue
        parts = token.parts()
        for index, part in enumerate(parts):
            if checker.is_correct(part.text):
                continue
            if index == 0 and len(parts) > 1 and part.text.casefold() in PREFIXES:
                continue
            findings.append(letter.finding(
                "misspelling", part.start, part.end,
                f"{part.text!r} is not in the dictionary.", checker.suggestion(part.text),
            ))
    return findings
