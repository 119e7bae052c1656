"""Near-duplicate siblings: letters to several interviewers of one interview that differ only
in the names ("try to vary each a bit in case recipients compare notes").

Similarity is the Jaccard index of word 3-shingles, on lower-cased words, after leaving out
the Subject line, the salutation line and every interviewer name. Shingles make one changed
sentence count: two letters that share a template but each tell a different story score well
under the threshold, while a copy with the name swapped scores 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import strip_possessive, words_of

THRESHOLD = 0.85
_SHINGLE = 3
_SUBJECT_RE = re.compile(r"^\ufeff?[ \t]*Subject:[^\n]*\n?", re.IGNORECASE)
_SALUTATION_RE = re.compile(
    r"^[ \t]*(?:Dear|Hi|Hello|Hey|Greetings|Good (?:morning|afternoon|evening))\b[^\n]*\n?",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Sibling:
    """Another letter of the same interview; `name` is how the user named it (its path)."""

    name: str
    text: str


def similarity(letter: str, sibling: str, names: Iterable[str] = ()) -> float:
    """Jaccard similarity of the two letters' word 3-shingles, names left out (0.0-1.0)."""
    ignored = {name.casefold() for name in names}
    ignored |= _salutation_names(letter) | _salutation_names(sibling)
    ours, theirs = _shingles(letter, ignored), _shingles(sibling, ignored)
    if not ours or not theirs:
        return 1.0 if ours == theirs else 0.0
    return len(ours & theirs) / len(ours | theirs)


def find_near_duplicates(letter: str, siblings: Iterable[Sibling],
                         names: Iterable[str] = ()) -> list[Finding]:
    names = tuple(names)
    findings = []
    for sibling in siblings:
        score = similarity(letter, sibling.text, names)
        if score >= THRESHOLD:
            findings.append(Finding(
                type="near_duplicate_sibling",
                sibling=sibling.name,
                similarity=round(score, 2),
                message=f"Nearly the same letter as {sibling.name}: interviewers compare notes.",
                suggestion="Mention something you discussed with this interviewer in particular.",
            ))
    return findings


def _body(text: str) -> str:
    text = _SUBJECT_RE.sub("", text, count=1)
    return _SALUTATION_RE.sub("", text, count=1)


def _salutation_names(text: str) -> set[str]:
    match = _SALUTATION_RE.search(text)
    return {word.casefold() for word in words_of(match.group())} if match else set()


def _shingles(text: str, ignored: set[str]) -> set[tuple[str, ...]]:
    words = [word for word in (strip_possessive(w).casefold() for w in words_of(_body(text)))
             if word not in ignored]
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
