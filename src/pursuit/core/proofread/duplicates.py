"""Duplicated words: "the the", also when the second one starts the next line.

The span covers both words and the space between them, so the reader sees the slip in place;
the suggestion is the single word. "had had" and "that that" are correct English and are
left alone, as is a word repeated across a paragraph break (a blank line is structure, not
a slip). Severity is "error": a reader notices it as surely as a misspelling.
"""

from __future__ import annotations

import re

from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import Token
from pursuit.core.proofread.wordlists import scowl_lexicon

_LEGITIMATE_DOUBLES = frozenset({"had", "that"})
# Doubled for emphasis in speech and in many Englishes ("very very grateful", "many many
# thanks", "bye bye"): a style, not a slip of the keys.
_EMPHATIC_DOUBLES = frozenset({"very", "really", "many", "much", "bye", "far", "ha", "yes"})
# Digits read aloud ("five five five, oh one four two"): a number word twice among others.
_NUMBER_WORDS = frozenset({"zero", "oh", "one", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine", "double", "triple"})
# "What it is is", "What the problem is is": a clause that is the
# subject of "is". Only after a wh-word (or "all") a few words before.
_SUBJECT_CLAUSE_RE = re.compile(r"\b(?:what|where|how|who|why|all)(?:\s+[\w'’-]+){1,4}\s*$",
                                re.IGNORECASE)
# Only blanks between the two words, with at most one line break.
_GAP_RE = re.compile(r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*")


def find_duplicated_words(letter: Letter, known_doubles: frozenset[str] = frozenset(),
                          own_names: frozenset[str] = frozenset()) -> list[Finding]:
    """`known_doubles`: folded words of names that repeat on purpose (Duran Duran, Bora Bora);
    `own_names`: words of the letter's own names (the employer, the interviewer), which written
    twice are a slip ("Larchmont Larchmont")."""
    findings = []
    words = letter.words
    folded_words = letter.folded
    for index, folded in enumerate(folded_words[:-1]):
        if folded != folded_words[index + 1]:
            continue
        first, second = words[index], words[index + 1]
        if first.has_digit:
            continue
        if folded in _LEGITIMATE_DOUBLES or folded in known_doubles or \
                folded in _EMPHATIC_DOUBLES:
            continue
        if folded in _NUMBER_WORDS and _among_number_words(words, index):
            continue  # a phone number read aloud in a voicemail script
        if folded == "is" and _SUBJECT_CLAUSE_RE.search(
                letter.text, max(0, first.start - 40), first.start):
            continue
        if first.text == second.text and first.text not in own_names and \
                _doubled_name(first.text):
            continue  # Bora Bora, Walla Walla, Baden Baden: a name no context told us
        if first.text == second.text and first.text.islower() and _reduplication(first.text):
            continue  # "lai lai", "pelan pelan": another language's doubling, no English slip
        gap = letter.text[first.end:second.start]
        if not gap or not _GAP_RE.fullmatch(gap):
            continue
        findings.append(letter.finding(
            "duplicated_word", first.start, second.end,
            f"The word {first.text!r} is written twice.", first.text,
        ))
    return findings


def _among_number_words(words: list[Token], at: int) -> bool:
    """Another number word or a number right before the pair at `at` or right after it."""
    neighbours = [words[at - 1]] if at > 0 else []
    if at + 2 < len(words):
        neighbours.append(words[at + 2])
    return any(token.has_digit or token.text.casefold() in _NUMBER_WORDS
               for token in neighbours)


def _doubled_name(word: str) -> bool:
    """A capitalised word that is no common English word, twice: a name ("Bora Bora"), where
    "The The" or "We We" is a slip."""
    if len(word) < 3 or not word[:1].isupper() or word.isupper():
        return False
    lexicon = scowl_lexicon()
    if not lexicon:
        return False  # without the word list, no way to tell a name: a double is a slip
    size = lexicon.sizes.get(word.lower())
    return size is None or size > 50


def _reduplication(word: str) -> bool:
    """A lower-case word no English list knows, twice: reduplication, a grammar of Lao, Thai,
    Malay, Indonesian, Tagalog or Hawaiian ("khop chai lai lai", "jalan jalan"), which a writer
    quotes in an English letter. A slip of the keys doubles a word the reader knows."""
    if len(word) < 2 or not word.isalpha():
        return False
    lexicon = scowl_lexicon()
    if not lexicon:
        return False
    size = lexicon.sizes.get(word)
    return size is None or size > 50
