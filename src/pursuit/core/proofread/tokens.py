"""Words with their offsets, and the small text helpers every rule shares."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# A word: letters or digits, joined by an apostrophe (O'Sullivan, don't), a hyphen
# (follow-up) or a dot (Node.js, e.g). Leading/trailing quotes and dots stay outside.
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_PART_SPLIT_RE = re.compile(r"[.\-]")

# Things that are not words to spell-check: addresses, links, handles.
_EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_URL_RE = re.compile(r"(?:\bhttps?://|\bwww\.)\S+")
# A bare domain (larchmont.com/blog) is told from Node.js or e.g by its top-level domain;
# English words (in, it, me, us...) are left out: "team.It" is a missing space, not a link.
_TOP_LEVEL_DOMAIN_RE = re.compile(
    r"\.(?:com|org|net|io|dev|ai|co|edu|gov|app|uk|de|fr|ca|info|tech|eu|example|nl|fi|dk|pl|"
    r"ch|ie|au|nz|jp|br|xyz|cloud)\b(?:/\S*)?",
    re.IGNORECASE,
)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
_DIGIT_RE = re.compile(r"\d")
# "@" first, so that the search jumps from "@" to "@" (a look-behind first would be tried at
# every character of the letter); the look-behind then says what stood before it.
_HANDLE_RE = re.compile(r"@(?<![\w@]@)[\w\-]+")
_TRAILING_PUNCT = ".,;:!?)]}'\"’”"


class Token(NamedTuple):
    """A word and its offsets (a tuple: a letter has hundreds, and tuples are cheap to make)."""

    text: str
    start: int
    end: int
    has_digit: bool = False

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
    digit = _DIGIT_RE.search
    new = tuple.__new__  # Token(...) costs a Python call per word; a letter has hundreds
    return [new(Token, (word := match.group(), match.start(), match.end(),
                        not word.isalpha() and bool(digit(word))))
            for match in _WORD_RE.finditer(text)]


# Python's re runs a case-blind pattern at about half the speed of one that matches case, and
# the rules scan the whole letter for many phrases in any case: those run on the letter in
# lower case instead (`lowered`), with the pattern's letters in lower case (`caseless`).
# Lower case is what a case-blind match compares, except for these: "İ" lowers to two
# characters (which would shift every offset after it), and "ı", "ſ" and the Kelvin sign match
# i, s and k though they do not lower to them.
_CASE_BLIND = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
# (an escape, a named group's "(?P<" or inline flags are syntax, kept as written)
_ESCAPE_OR_LETTER_RE = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P[<=]|\(\?[aiLmsux-]+[:)]|[^\W\d_]")


def lowered(text: str) -> str:
    """`text` for `caseless` patterns: in lower case, character for character, so that a
    match's offsets are offsets of `text`."""
    if not text.isascii():
        text = text.translate(_CASE_BLIND)
    return text.lower()


def caseless(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` as a case-blind pattern for text made by `lowered` (its letters lowered the
    same way; escapes such as \\S or \\B kept). A pattern that turns case-blindness off in a
    part of it, `(?-i:...)`, cannot run on lowered text and is refused: compile that one with
    re.IGNORECASE and run it on the text itself."""
    if "(?-i" in pattern or flags & re.IGNORECASE:
        raise ValueError(f"not a caseless pattern: {pattern[:60]!r}")
    return re.compile(word_first(_ESCAPE_OR_LETTER_RE.sub(
        lambda match: lowered(match.group()) if len(match.group()) == 1 else match.group(),
        pattern)), flags)


# A leading \b and the letters after it (up to a letter that a quantifier applies to), or a
# leading \b and a group of plain words, \b(?:take|accept|do).
_LEADING_WORDS_RE = re.compile(
    r"\\b(?:([^\W\d_]+)|\(\?:((?:[^\W\d_]+\|)+[^\W\d_]+)\))(?![?*+{])")


def word_first(pattern: str) -> str:
    """`pattern` with a leading `\\bword` written `word(?<!\\wword)`: the same matches (the
    word's first letter is a word character, so the boundary before it is "no word character
    before it"), found faster. Python's re skips ahead to a pattern's literal first letters
    at C speed, where a leading \\b makes it try the whole pattern at every position: the
    rules scan whole letters for phrases such as "your ... as" (1 us against 25 us on a
    300-word letter). A leading `\\b(?:take|accept)` becomes `(?:take|accept)(?<!\\wtake)
    (?<!\\waccept)`, where re skips to the words' first letters (about 3 times faster); each
    look-behind can only fail for the word just read, unless one word ends another ("go",
    "ago"), and such a group is left as written."""
    match = _LEADING_WORDS_RE.match(pattern)
    if match is None:
        return pattern
    word, group = match.group(1, 2)
    rest = pattern[match.end():]
    if word is not None:
        return f"{word}(?<!\\w{word}){rest}"
    words = group.split("|")
    if any(one != other and one.endswith(other) for one in words for other in words):
        return pattern
    behind = "".join(f"(?<!\\w{one})" for one in dict.fromkeys(words))
    return f"(?:{group}){behind}{rest}"


def words_of(text: str) -> list[str]:
    return [m.group() for m in _WORD_RE.finditer(text)]


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, URLs, domains and @handles: not words, never findings."""
    found: list[tuple[int, int]] = []
    if "@" in text:
        found += _emails(text)
        found += [m.span() for m in _HANDLE_RE.finditer(text)]
    if "://" in text or "www." in text:
        found += [m.span() for m in _URL_RE.finditer(text)]
    for match in _TOP_LEVEL_DOMAIN_RE.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] in _HOST_CHARS:
            start -= 1
        if start < match.start():
            found.append((start, match.end()))
    spans: list[tuple[int, int]] = []
    for start, end in found:
        # "see larchmont.com." — the sentence's full stop is not part of the link.
        while end > start and text[end - 1] in _TRAILING_PUNCT:
            end -= 1
        spans.append((start, end))
    return spans


def _emails(text: str) -> list[tuple[int, int]]:
    """What `_EMAIL_RE.finditer` finds, looked for only from each "@" back to the start of its
    run of address characters: the regular expression alone tries every word of the letter
    as the start of an address (a third of a millisecond on a 300-word letter)."""
    spans: list[tuple[int, int]] = []
    done = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > done and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        match = _EMAIL_RE.match(text, start) if start < at else None
        if match is not None:
            spans.append(match.span())
            done = match.end()
            at = text.find("@", done)
        else:
            at = text.find("@", at + 1)
    return spans


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def normalise_apostrophes(word: str) -> str:
    if "’" not in word and "‘" not in word:
        return word  # most words: two membership tests cost less than two replace calls
    return word.replace("’", "'").replace("‘", "'")


# The checks fold the same few hundred words of a letter many times over (each name, title
# and company check compares its own candidates): remembering the answers costs a dictionary
# look-up, where the work is a Unicode decomposition and a join. Bounded, so that a server
# proofreading letters all day keeps a fixed size.
@lru_cache(maxsize=32768)
def strip_accents(word: str) -> str:
    if word.isascii():
        return word  # nothing to decompose: most words of an English letter
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=32768)
def fold(word: str) -> str:
    """Compare names loosely: no accents, no case, one kind of apostrophe."""
    return strip_accents(normalise_apostrophes(word)).casefold()


def strip_possessive(word: str) -> str:
    """O'Sullivan's -> O'Sullivan; a plural possessive (teams') never reaches here: the
    trailing apostrophe is not part of a token."""
    if "'" not in word and "’" not in word and "‘" not in word:
        return word
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
