"""Proofreading a follow-up letter before it goes out (contracts.md, `pursuit proofread`).

Pure: text and context in, findings out. The only outside things read are the system's
English dictionary (through enchant) and the bundled list of technical terms.

    findings = proofread(text, context_from_dict(data), siblings=[Sibling("b.txt", other)],
                         known_words=["Siobhan O'Sullivan"])
    verdict(findings)  # "ready_to_send" or "needs_revision"
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pursuit.core.proofread.collocations import find_unlikely_words
from pursuit.core.proofread.companies import find_wrong_companies
from pursuit.core.proofread.context import Interviewer, ProofreadContext, context_from_dict
from pursuit.core.proofread.duplicates import find_duplicated_words
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.lexicon import (
    DictionaryMissing,
    Speller,
    WordChecker,
    english_dictionary,
    technical_terms,
    vocabulary,
)
from pursuit.core.proofread.model import FINDING_TYPES, Finding, FindingType, Severity, verdict
from pursuit.core.proofread.names import find_wrong_names, other_names
from pursuit.core.proofread.placeholders import find_placeholders
from pursuit.core.proofread.realwords import find_missing_apostrophes, find_real_word_errors
from pursuit.core.proofread.siblings import THRESHOLD, Sibling, find_near_duplicates, similarity
from pursuit.core.proofread.spelling import find_misspellings
from pursuit.core.proofread.titles import find_wrong_titles
from pursuit.core.proofread.tokens import words_of
from pursuit.core.proofread.tone import find_desperate_tone
from pursuit.core.proofread.wordlists import scowl_lexicon

__all__ = [
    "FINDING_TYPES",
    "THRESHOLD",
    "DictionaryMissing",
    "Finding",
    "FindingType",
    "Interviewer",
    "ProofreadContext",
    "Severity",
    "Sibling",
    "Speller",
    "context_from_dict",
    "proofread",
    "report",
    "similarity",
    "verdict",
]


def proofread(
    text: str,
    context: ProofreadContext,
    siblings: Sequence[Sibling] = (),
    known_words: Iterable[str] = (),
    *,
    speller: Speller | None = None,
) -> list[Finding]:
    """Every problem of the letter `text`, in reading order; set-level findings last.

    `known_words`: extra names and phrases that are correct (the user's contacts), cut into
    words like the context is. `speller`: the dictionary; the system's English by default.
    """
    known = _known(tuple(known_words))
    drawn = _drawn(context)
    # The graded word list goes with the real dictionary; a test's own speller stands alone.
    lexicon = scowl_lexicon() if speller is None else None
    speller = speller if speller is not None else english_dictionary()
    letter = Letter(text)
    own_words = drawn.words | known.words
    checker = WordChecker(speller, known.vocabulary | drawn.vocabulary, own_words, lexicon)

    # Rules that explain a word better than "misspelt" go first and claim their spans.
    findings = find_placeholders(letter, context)
    people = frozenset(drawn.interviewer_words) | known.words
    placeholders = _spans(findings)
    findings += [finding for finding in find_wrong_companies(letter, context, speller.check,
                                                             people)
                 if not any(start < (finding.end or 0) and (finding.start or 0) < end
                            for start, end in placeholders)]  # "join COMPANY": a field
    claimed = _spans(findings)
    findings += find_wrong_names(letter, context, checker, claimed,
                                 drawn.other_names | known.names)
    findings += find_wrong_titles(letter, context)
    claimed = _spans(findings)
    findings += find_misspellings(letter, checker, claimed)
    findings += find_real_word_errors(letter, _spans(findings))
    # The word-pair counts weigh what the patterns above have no context for.
    findings += find_unlikely_words(letter, _spans(findings))
    findings += find_missing_apostrophes(letter, list(drawn.own_names),
                                         _spans(findings))
    findings += find_duplicated_words(letter, drawn.doubled | known.doubled, own_words)
    findings += find_desperate_tone(letter)
    findings.sort(key=lambda finding: (finding.start or 0, finding.end or 0, finding.type))

    findings += find_near_duplicates(text, siblings, drawn.interviewer_words)
    return findings


def report(findings: Sequence[Finding]) -> dict[str, object]:
    """The JSON document of contracts.md."""
    return {"verdict": verdict(findings), "findings": [finding.to_dict() for finding in findings]}


@dataclass(frozen=True, slots=True)
class _Known:
    """What the rules draw from the user's known words, each derived once."""

    words: frozenset[str]  # their words as written
    vocabulary: frozenset[str]  # folded, with the bundled jargon: ready for WordChecker
    names: frozenset[str]  # exact spellings of names that are not the interviewer's
    doubled: frozenset[str]  # words a name repeats on purpose


_NO_CONTEXT = ProofreadContext(company="", interviewer=Interviewer(name=""))


@lru_cache(maxsize=16)
def _known(extra: tuple[str, ...]) -> _Known:
    """The user's contacts and companies are the same list for each of their letters (a
    thousand names make this most of a letter's proofreading): derived once per distinct
    list. Keyed on the list itself, so a contact added or renamed is a new key at once."""
    return _Known(
        words=frozenset(word for phrase in extra for word in words_of(phrase)),
        vocabulary=technical_terms() | vocabulary(extra),
        names=other_names(_NO_CONTEXT, extra),
        doubled=_doubled_words(extra),
    )


@dataclass(frozen=True, slots=True)
class _Drawn:
    """What the rules draw from a letter's context, each derived once."""

    words: frozenset[str]  # its words as written
    vocabulary: frozenset[str]  # folded, ready for WordChecker
    interviewer_words: tuple[str, ...]  # the interviewer's name, word by word
    other_names: frozenset[str]  # exact spellings of names that are not the interviewer's
    own_names: tuple[str, ...]  # see _own_names
    doubled: frozenset[str]  # words a name repeats on purpose


@lru_cache(maxsize=64)
def _drawn(context: ProofreadContext) -> _Drawn:
    """A letter is proofread again at each change of its draft, and a panel's letters share
    most of their context: what the rules draw from it (about a twentieth of a letter's
    proofreading) is derived once per distinct context. Keyed on the context itself
    (immutable), so a changed card or topic is a new key at once."""
    texts = context.all_text()
    return _Drawn(
        words=frozenset(word for phrase in texts for word in words_of(phrase)),
        vocabulary=frozenset(vocabulary(texts)),
        interviewer_words=tuple(words_of(context.interviewer.name)),
        other_names=other_names(context, ()),
        own_names=tuple(_own_names(context)),
        doubled=_doubled_words(texts),
    )


def _spans(findings: list[Finding]) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in findings if f.start is not None and f.end is not None]


def _own_names(context: ProofreadContext) -> list[str]:
    """The one-word names of the employer and the interviewer's surname: 'Larchmont'."""
    names = [name for name in (context.company, *context.company_aliases)
             if len(name.split()) == 1]
    parts = context.interviewer.name.split()
    return names + parts[-1:]


def _doubled_words(*groups: Iterable[str]) -> frozenset[str]:
    """Words that a name repeats on purpose (Duran Duran, Walla Walla)."""
    doubled: set[str] = set()
    for group in groups:
        for text in group:
            words = [word.casefold() for word in words_of(text)]
            doubled.update(a for a, b in zip(words, words[1:], strict=False) if a == b)
    return frozenset(doubled)
