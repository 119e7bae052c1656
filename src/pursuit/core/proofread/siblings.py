"""Near-duplicate siblings: letters to several interviewers of one interview that a reader
comparing them would see as the same letter ("try to vary each a bit in case recipients
compare notes").

People reuse a template and change a sentence or two for each interviewer; a copy with only
the name swapped is the rare case. So the measure counts sentences, as a reader does: a
sentence of one letter is "shared" when the other letter has a sentence with at least half of
its word pairs (bigrams), names left out, so that a typo fixed or a topic word swapped keeps a
sentence the same. The similarity is the share of the two letters' words that sit in shared
sentences (the Subject line and the salutation line are left out). Calibrated on pairs written
at every step (tests/core/proofread_corpus, nd-*): name swapped 1.0, one sentence changed
about 0.85, two changed about 0.75, a short letter with one of three sentences changed about
0.75; half rewritten about 0.45, different letters sharing a greeting and a sign-off under
0.15. The threshold sits between: 0.55. It was 0.6 until a short template with two of its
five sentences changed, the first keeping its frame ("Thank you for ... our discussion of X"),
scored 0.60 in the second outside batch; across our corpus, the first batch's DEV half and the
second batch, the labelled pairs score 0.60 and up and the others 0.48 at most, and giving a
changed sentence partial credit for its frame lifts both sides alike (tried again then).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import strip_possessive, words_of

THRESHOLD = 0.55
_SHARED = 0.5  # a sentence is the same when half its word pairs are in one sentence of the other
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
    """Share of the two letters' words in sentences they share, names left out (0.0-1.0)."""
    ignored = {name.casefold() for name in names}
    ignored |= _salutation_names(letter) | _salutation_names(sibling)
    ours, theirs = _sentences(letter, ignored), _sentences(sibling, ignored)
    total = sum(len(words) for words, _ in ours) + sum(len(words) for words, _ in theirs)
    if not total:
        return 1.0 if not ours and not theirs else 0.0
    shared = _shared_words(ours, theirs) + _shared_words(theirs, ours)
    return shared / total


def _shared_words(ours: list[_Sentence], theirs: list[_Sentence]) -> int:
    shared = 0
    for words, pairs in ours:
        if not pairs:
            continue
        for _, other in theirs:
            if other and len(pairs & other) >= _SHARED * max(len(pairs), len(other)):
                shared += len(words)
                break
    return shared


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


_Sentence = tuple[list[str], set[tuple[str, str]]]
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n")


def _sentences(text: str, ignored: set[str]) -> list[_Sentence]:
    """Each sentence of the body as its words and its word pairs, names left out."""
    found: list[_Sentence] = []
    for sentence in _SENTENCE_END_RE.split(_body(text)):
        words = [word for word in (strip_possessive(w).casefold() for w in words_of(sentence))
                 if word not in ignored]
        if words:
            pairs = set(zip(words, words[1:], strict=False)) or {(words[0], "")}
            found.append((words, pairs))
    return found
