"""Which words are correct: the system's English dictionary plus words the user owns.

The dictionary is enchant's (aspell or hunspell English on Debian). On top of it come the
bundled technical terms (tech_terms.txt), every word of the interview context (names,
companies, topics) and whatever extra words the caller passes (the user's contacts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import cache
from importlib import resources
from typing import Protocol

from pursuit.core.errors import PursuitError
from pursuit.core.proofread.tokens import (
    edit_distance,
    normalise_apostrophes,
    strip_accents,
    strip_possessive,
    words_of,
)

_LANGUAGES = ("en_US", "en_GB", "en")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
# Acronyms (AWS, HIPAA, FHIR, SOC) are not words a dictionary knows, and real typos are
# almost never typed in capitals; longer capitalised words are still checked.
_MAX_ACRONYM = 6
# The dictionary's suggestions cost about 2 ms a word: one proofreading looks up at most this
# many different words (a letter with more typos than that is not finished; a template that
# writes thousands of made-up words must not cost seconds on every keystroke of the editor).
MAX_SUGGESTED = 50
_ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,6}s")  # VMs, DAGs, SLOs
_CONTRACTION_RE = re.compile(r"'(?:ve|ll|d|re)$")
_ABBREVIATION_RE = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")
_CELTIC_RE = re.compile(r"[ODL]'[A-Z]")
# First parts of hyphenated words that are prefixes, not words (pre-merge, co-led, non-trivial).
PREFIXES = frozenset({
    "pre", "post", "non", "co", "re", "multi", "anti", "semi", "sub", "inter", "intra", "mid",
    "ex", "self", "de", "un", "bi", "tri", "quasi", "pseudo", "micro", "macro", "meta", "cyber",
    "e", "mis", "over", "under", "out", "counter", "hyper", "ultra", "auto", "cross",
})


class Speller(Protocol):
    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class DictionaryMissing(PursuitError):
    """No English dictionary is installed for enchant."""


class EnglishSpeller:
    """American spelling first, British accepted too (colour, programme): letters are written
    on both sides of the Atlantic. Suggestions come from the first dictionary."""

    def __init__(self, dictionaries: list[Speller]) -> None:
        self.primary = dictionaries[0]
        self.others = dictionaries[1:]

    def check(self, word: str) -> bool:
        return self.primary.check(word) or any(other.check(word) for other in self.others)

    def suggest(self, word: str) -> list[str]:
        return self.primary.suggest(word)


@cache
def english_dictionary() -> Speller:
    """The system's English dictionaries, loaded once per process (loading costs ~50 ms)."""
    try:
        import enchant
    except ImportError as exc:  # the C library libenchant-2 is missing
        raise DictionaryMissing(
            f"spell checking needs libenchant-2 and an English dictionary ({exc})"
        ) from None
    found = [enchant.Dict(language) for language in _LANGUAGES if enchant.dict_exists(language)]
    if not found:
        raise DictionaryMissing(
            "no English dictionary for enchant: install aspell-en or hunspell-en-us"
        )
    return EnglishSpeller(found[:2])


@cache
def technical_terms() -> frozenset[str]:
    """The bundled jargon list, folded to lower case (Kubernetes, PostgreSQL, FHIR...)."""
    text = resources.files(__package__).joinpath("tech_terms.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(_variants(line))
    return frozenset(words)


def _variants(phrase: str) -> set[str]:
    """Every word of a phrase, whole and cut at hyphens/dots, possessive removed, lower case."""
    found: set[str] = {normalise_apostrophes(phrase).casefold()}
    for word in words_of(phrase):
        word = strip_possessive(word).casefold()
        found.add(word)
        found.update(piece for piece in re.split(r"[.\-]", word) if piece)
    return found


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Lower-cased words of the given names and phrases, ready for `WordChecker`."""
    found: set[str] = set()
    for text in texts:
        found.update(_variants(text))
    return found


class WordChecker:
    """Answers "is this word correct here?" for one letter, remembering each answer.

    The memo lives for one proofreading only: a letter repeats its words, but the known
    words differ from letter to letter.
    """

    def __init__(self, speller: Speller, known: Set[str], own_words: Iterable[str] = ()) -> None:
        """`known`: folded correct words; `own_words`: the user's names as written (Larchmont,
        Oliveira), offered first as suggestions for a near miss (Larchmount, Olivera)."""
        self.speller = speller
        self.known = known
        self.own_words = {word for word in own_words if len(word) > 3 and word[:1].isupper()}
        self._memo: dict[str, bool] = {}
        self._suggested: dict[str, str | None] = {}

    def is_known_word(self, word: str) -> bool:
        """In the user's own words (context, contacts, jargon), not the dictionary."""
        word = normalise_apostrophes(word)
        return word.casefold() in self.known or strip_possessive(word).casefold() in self.known

    def is_correct(self, word: str) -> bool:
        answer = self._memo.get(word)
        if answer is None:
            answer = self._decide(normalise_apostrophes(word))
            self._memo[word] = answer
        return answer

    def _decide(self, word: str) -> bool:
        base = strip_possessive(word)
        if word.casefold() in self.known or base.casefold() in self.known:
            return True
        if base.isupper() and len(base) <= _MAX_ACRONYM or _ACRONYM_PLURAL_RE.fullmatch(base):
            return True
        if base.endswith("s") and base[:-1].casefold() in self.known:
            return True  # plural of a known term: APIs, lookups, Terraform's modules
        if _CAMEL_RE.search(base):  # iPhone, GraphQL, DevOps: product names, not typos
            return True
        check = self.speller.check
        if check(word) or (base != word and check(base)):
            return True
        contracted = _CONTRACTION_RE.sub("", base)  # shouldn't've, Kubernetes'll
        if contracted != base and self.is_correct(contracted):
            return True
        if _ABBREVIATION_RE.fullmatch(base):  # Ph.D, e.g, a.m, U.S
            return True
        if _CELTIC_RE.match(base) and self.is_correct(base[2:]):  # O'Reilly, D'Angelo
            return True
        if base.isupper() and (check(base.lower()) or check(base.capitalize())):
            return True
        # résumé, café, naïve, Zoë: English words the dictionary only has without accents.
        plain = strip_accents(base)
        return plain != base and check(plain)

    def suggestion(self, word: str) -> str | None:
        """The dictionary's best guess, in the case the writer used (Teh -> The, adn -> and);
        None once `MAX_SUGGESTED` different words were looked up."""
        word = normalise_apostrophes(word)
        if word in self._suggested:
            return self._suggested[word]
        if len(self._suggested) >= MAX_SUGGESTED:
            return None
        found = self._suggestion(word)
        self._suggested[word] = found
        return found

    def _suggestion(self, word: str) -> str | None:
        own = self._closest_own_word(word)
        if own is not None:
            return own
        candidates = [c for c in self.speller.suggest(word) if c]
        if not candidates:
            return None
        if word.islower():
            # A lower-case typo rarely means a proper noun (adn -> Adan); it can mean "I"
            # (im -> I'm, ive -> I've).
            plain = [c for c in candidates if c.islower() or re.fullmatch(r"I(?:'[a-z]+)?", c)]
            return plain[0] if plain else candidates[0]
        best = candidates[0]
        if word.isupper() and len(word) > 1:
            return best.upper()
        if word[:1].isupper() and best[:1].islower():
            return best[:1].upper() + best[1:]
        return best

    def _closest_own_word(self, word: str) -> str | None:
        """A name from the context one or two edits away (fewer for short words)."""
        if not word[:1].isupper():
            return None
        limit = 1 if len(word) <= 5 else 2
        best: tuple[int, str] | None = None
        for own in self.own_words:
            if abs(len(own) - len(word)) > limit:
                continue
            distance = edit_distance(own.casefold(), word.casefold())
            if distance <= limit and (best is None or distance < best[0]):
                best = (distance, own)
        return best[1] if best else None

