"""Words with their offsets, and the small text helpers every rule shares."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A word: letters or digits, joined by an apostrophe (O'Sullivan, don't), a hyphen
# (follow-up) or a dot (Node.js, e.g). Leading/trailing quotes and dots stay outside.
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_PART_SPLIT_RE = re.compile(r"[.\-]")

# Things that are not words to spell-check: addresses, links, handles.
_EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_URL_RE = re.compile(
    r"(?:\bhttps?://|\bwww\.)\S+"
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|io|dev|ai|co|edu|gov|app|me|uk|de|fr|ca|info|tech)"
    r"\b(?:/\S*)?"
)
_HANDLE_RE = re.compile(r"(?<![\w@])@[\w\-]+")
_TRAILING_PUNCT = ".,;:!?)]}'\"’”"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def has_digit(self) -> bool:
        return any(ch.isdigit() for ch in self.text)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    def parts(self) -> list[Token]:
        """The pieces between hyphens and dots, each with its own offsets."""
        pieces: list[Token] = []
        offset = 0
        for piece in _PART_SPLIT_RE.split(self.text):
            if piece:
                pieces.append(Token(piece, self.start + offset, self.start + offset + len(piece)))
            offset += len(piece) + 1
        return pieces


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def words_of(text: str) -> list[str]:
    return [m.group() for m in _WORD_RE.finditer(text)]


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, URLs, domains and @handles: not words, never findings."""
    spans: list[tuple[int, int]] = []
    for pattern in (_EMAIL_RE, _URL_RE, _HANDLE_RE):
        for match in pattern.finditer(text):
            start, end = match.span()
            # "see larchmont.com." — the sentence's full stop is not part of the link.
            while end > start and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
            spans.append((start, end))
    return spans


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def normalise_apostrophes(word: str) -> str:
    return word.replace("’", "'").replace("‘", "'")


def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(word: str) -> str:
    """Compare names loosely: no accents, no case, one kind of apostrophe."""
    return strip_accents(normalise_apostrophes(word)).casefold()


def strip_possessive(word: str) -> str:
    """O'Sullivan's -> O'Sullivan; a plural possessive (teams') never reaches here: the
    trailing apostrophe is not part of a token."""
    word = normalise_apostrophes(word)
    if len(word) > 2 and word[-2:] in ("'s", "'S"):
        return word[:-2]
    return word


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance; names are short, so the plain dynamic programme is fast enough."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
