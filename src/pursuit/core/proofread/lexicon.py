"""Which words are correct: large English word lists plus words the user owns.

A word is correct when it is
- one of the user's own: the bundled technical terms (tech_terms.txt), every word of the
  interview context (names, companies, topics) and the extra words the caller passes (the
  user's contacts), or any form of one of those (plural, -ing, -ed: the context says
  "epidemiologists", the letter "epidemiologist");
- in SCOWL up to size 80 (wordlists.py), unless it is a rare word (size 80) one edit away from
  a common one; or in enchant's dictionary (aspell or hunspell English on Debian);
- the plural of a dictionary word, a courtesy word of another language (Danke, Gracias),
  an acronym, a camelCase product name, an abbreviation;
- a closed compound of two words (autoscaler, playtesting, geofencing), unless it is one edit
  away from a common word (firends) or one of its halves is a small function word (withthe),
  or it is a known run-on (alot, thankyou).
A capitalised word in the middle of a sentence that none of this knows is a name (Cranleigh,
Chippenham), unless it is one edit away from a common word (Engeneering): see
`is_plausible_name`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Set
from functools import cache
from importlib import resources
from typing import Protocol

from pursuit.core.errors import PursuitError
from pursuit.core.proofread.languages import known_in_another_language
from pursuit.core.proofread.tokens import (
    edit_distance,
    normalise_apostrophes,
    strip_accents,
    strip_possessive,
    words_of,
)
from pursuit.core.proofread.wordlists import (
    COMBINING_FORMS,
    COURTESY,
    FUNCTION_WORDS,
    RUN_ONS,
    SHORT_FORMS,
    Lexicon,
    edits,
    rare_words,
)

_LANGUAGES = ("en_US", "en_GB", "en")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
# A product name that opens with an acronym: CANalyzer, SQLite, PDFtk. Three capitals at least:
# two are a slip of the shift key ("THe", "ENgineering").
_ACRONYM_LED_RE = re.compile(r"[A-Z]{3,}[a-z]{2,}")
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


# Prefixes that make a new word of a whole common word (pre + print, sub + task): a rare
# listed word made so is that word, not a slip (`WordChecker._prefixed`).
_WORD_PREFIXES = ("pre", "post", "re", "un", "non", "sub", "co", "inter", "multi", "over",
                  "under", "out", "mis", "semi", "micro", "anti", "counter")


# Endings of drug names (WHO INN stems): -zolid, -quinolone, -mab, -floxacin, -cillin...
_DRUG_STEMS = (
    "zolid", "quinolone", "floxacin", "oxacin", "cillin", "mycin", "micin", "cycline", "azole",
    "conazole", "prazole", "sartan", "pril", "olol", "statin", "dipine", "parin", "mab", "nib",
    "vir", "tidine", "setron", "lukast", "afil", "azepam", "profen", "caine", "penem", "cef",
    "glitazone", "gliptin", "gliflozin", "triptan", "tinib", "zumab", "ximab", "umab",
)
# Endings of the Greek and Latin compounds of medicine and science (capnography, spirometry,
# laparoscopy, cholecystectomy, tendinopathy): made at will, so no list holds them all.
_SCIENCE_ENDINGS = (
    "graphy", "graphic", "ometry", "ometric", "oscopy", "oscopic", "ectomy", "otomy", "ostomy",
    "plasty", "opathy", "ology", "ologist", "ological", "itis", "aemia", "emia", "algia",
    "genesis", "lysis", "penia", "trophy", "uria", "oma", "osis",
)
# SCOWL sizes: below _RARE a word is simply correct; a rare word, a compound or a name one
# edit away from a word of size _COMMON or less (_EVERYDAY for names) is taken for a slip.
_RARE = 80
_COMMON = 50
_STRICT_NEIGHBOUR = 70
_EVERYDAY = 35
_UNLISTED = 1000  # a size beyond the graded list's largest
# The words a slip in lower case is taken to mean: the size of a common spell checker's list.
_COMMON_SLIP = 35
# ... and a rarer word, when a key slipped on it (left out, doubled, swapped, beside).
_LISTED_SLIP = 60
# ... and a short word, when it is one letter from one of the commonest (size 20 or less).
_EVERYDAY_SLIP = 20
_PLAIN = 70  # halves of compounds and singulars of plurals
_BASIC = 10
CAPITAL_WORD = 40  # words listed with a capital up to this size: Monday, English, Europe
_COMMON_TERM = 35  # a known term this common is an everyday word too: region, model
_TIME_OR_LANGUAGE_WORD = 35  # days, months, languages: Monday, June, English


def _affixed(word: str, other: str) -> bool:
    """One word is the other with a letter added at the end (profile/profiler)."""
    word, other = word.lower(), other.lower()
    return word.startswith(other) or other.startswith(word)


def _same_case(written: str, word: str) -> str:
    """`word` with the capital the writer used (Thankyou -> Thank you)."""
    if written[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _base_forms(word: str) -> list[str]:
    """The word and what it may be an inflection of: plural, possessive, -ing, -ed, -er."""
    forms = [word]
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms += [stem + end for end in replacements]
            if suffix in ("ing", "ed", "er", "ers") and len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # planning -> plan
    return forms


_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ing", ("", "e")), ("ed", ("", "e")),
    ("ers", ("", "e")), ("er", ("", "e")),
)


# -is(e|ed|es|ing|er|ers|ation|ations) at the end of a word, and -ys(e|ed|es|ing) (analyse).
_BRITISH_RE = re.compile(r"([iy])s(e|ed|es|ing|er|ers|ation|ations|able)$")
_IZE_RE = re.compile(r"i[sz](?:e|ed|es|ing|ation|ations)$")
# Endings `WordChecker._derived` accepts on a common word.
# -ery: the place or trade of a common word (roastery, cidery, creamery); -ee: the person a
# verb is done to (designee, assignee, mentee), which SCOWL lists only at its rarest sizes.
# -less: without a common thing (paintless, tubeless, wireless), made at will in trades.
# -ese: the jargon of a common thing (legalese, journalese, and "crosswordese" or
# "spreadsheetese" made at will the same way); no slip of a common word ends so.
_DERIVING = ("ing", "ery", "ee", "y", "less", "ese")
# -ist(s) on a noun in -ion: the one who practises it (abolitionist, preventionist).
_AGENT_RE = re.compile(r"(?<=\w{4})ionists?$")
_VOWELS = frozenset("aeiou")


def _ends_in_one_consonant(stem: str) -> bool:
    """One vowel then one consonant: the consonant may have to double (run -> running, occur
    -> occurring), which only a dictionary knows (visiting does not double), so the word is
    left to the other tests."""
    return stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS


# A word of one syllable ending in one vowel and one consonant, and an ending that doubles it:
# "gap" + "ped", "slot" + "ting".
_DOUBLED_INFLECTION_RE = re.compile(
    r"(?P<stem>[^aeiouy\W\d_]*[aeiou](?P<c>[bdfgklmnprtvz]))(?P=c)(?:ed|ing)")


def _doubled_inflection(word: str, lexicon: Lexicon) -> bool:
    """A listed word that is the regular past or -ing of one of the commonest words of one
    syllable, its last consonant doubled as English doubles it ("gapped walls", "gapping"):
    the list holds both, as `WordChecker._listed_form` asks of longer stems (whose three-letter
    stems it leaves out, "gap" being too near too many words). Only a listed word:
    "writting", no word at all, stays a slip, and so does a doubled slip of the word with the
    letter single (the caller asks this only where the likelier word is no such slip)."""
    match = _DOUBLED_INFLECTION_RE.fullmatch(word)
    if match is None:
        return False
    size = lexicon.sizes.get(match["stem"])
    return size is not None and size <= _BASIC


def _doubling_slip(word: str, other: str) -> bool:
    """One is the other with a doubled letter made single or a single one doubled (stoping
    for stopping, comming for coming): the commonest slip at the join of an ending, even
    where the list happens to hold the result as a rare word of its own."""
    if abs(len(word) - len(other)) != 1:
        return False
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    return any(longer[at] == longer[at + 1] and longer[:at] + longer[at + 1:] == shorter
               for at in range(len(longer) - 1))


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, column) for row, keys in enumerate(_KEY_ROWS)
           for column, key in enumerate(keys)}


def _keys_apart(a: str, b: str) -> bool:
    """Two letters whose keys do not touch on a QWERTY keyboard (z and b, not g and h)."""
    if a not in _KEY_AT or b not in _KEY_AT:
        return False
    (row_a, col_a), (row_b, col_b) = _KEY_AT[a], _KEY_AT[b]
    # the rows are staggered: a key touches the two keys below it (its column and the one
    # before) and the two above it (its column and the one after)
    if row_a == row_b:
        return abs(col_a - col_b) > 1
    if abs(row_a - row_b) > 1:
        return True
    upper, lower = ((col_a, col_b) if row_a < row_b else (col_b, col_a))
    return lower not in (upper, upper - 1)


def keys_touch(a: str, b: str) -> bool:
    """Two letters whose keys touch on a QWERTY keyboard (g and h)."""
    return a != b and a in _KEY_AT and b in _KEY_AT and not _keys_apart(a, b)


# Each letter's neighbouring keys.
_NEIGHBOURS = {a: "".join(b for b in _KEY_AT if keys_touch(a, b)) for a in _KEY_AT}


def key_slip(word: str, target: str) -> bool:
    """`word` (folded) is `target` as a key slips on it: a letter left out, doubled or
    undoubled, two letters swapped, or a key hit beside the right one ("dera", "helo", "hii",
    "regrads", "bedt"). Not a letter added or replaced that no key near it explains."""
    if _typing_slip(word, target):
        return True
    if len(word) == len(target) - 1:
        return any(target[:i] + target[i + 1:] == word for i in range(len(target)))
    if len(word) == len(target) + 1:  # a key beside a neighbouring letter's, pressed too
        return any(word[:i] + word[i + 1:] == target and any(
            keys_touch(word[i], word[j]) for j in (i - 1, i + 1) if 0 <= j < len(word))
            for i in range(len(word)))
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(diff) == 1 and keys_touch(word[diff[0]], target[diff[0]])
    return False


_VOWELS = frozenset("aeiouy")


def _added_letter(longer: str, shorter: str) -> str:
    """The letter `longer` has that `shorter` (one letter shorter) lacks."""
    for i, letter in enumerate(longer):
        if longer[:i] + longer[i + 1:] == shorter:
            return letter
    return ""


def _subsequence(short: str, long: str) -> bool:
    """`short` is `long` with letters left out."""
    letters = iter(long)
    return all(letter in letters for letter in short)


def _moved_letters(word: str) -> set[str]:
    """`word` with one letter moved elsewhere ("tounge" -> "tongue", "tonuge", ...)."""
    moved = set()
    for i in range(len(word)):
        rest = word[:i] + word[i + 1:]
        for j in range(len(word)):
            if j != i:
                moved.add(rest[:j] + word[i] + rest[j:])
    moved.discard(word)
    return moved


def _doubling_moved(word: str) -> set[str]:
    """`word` with its doubled consonant written single and another consonant doubled
    instead ("dessicant" -> "desiccant", "ocurrance" has no doubling to move)."""
    moved = set()
    for i in range(len(word) - 1):
        if word[i] == word[i + 1] and word[i] not in "aeiou":
            single = word[:i] + word[i + 1:]
            for j, letter in enumerate(single):
                if letter not in "aeiouy" and j != i and \
                        (j == 0 or single[j - 1] != letter) and \
                        (j + 1 == len(single) or single[j + 1] != letter):
                    moved.add(single[:j + 1] + letter + single[j + 1:])
    moved.discard(word)
    return moved


def _doubling_moved_of_listed(lower: str, sizes: Mapping[str, int]) -> bool:
    """`lower` is a listed English word (of any size up to _RARE: a trade's word too) with
    the doubling on the wrong consonant: the slip writers make in "desiccant", "harass"; no
    other language writes the same letters doubled elsewhere for its own word."""
    return len(lower) >= 6 and any(
        sizes.get(moved, _RARE + 1) <= _RARE for moved in _doubling_moved(lower))


def key_slips(word: str, *, left_out: bool = False) -> dict[str, None]:
    """Every word of which `word` is a key slip (see key_slip), generated directly. With
    `left_out`, the words with a letter put back; otherwise the others: one of two doubled
    letters dropped or one doubled, two letters swapped back, a key beside replaced by the
    right one, a key pressed with its neighbour taken out."""
    found: dict[str, None] = {}
    if left_out:
        for i in range(len(word) + 1):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                found[word[:i] + letter + word[i:]] = None
        return found
    for i in range(len(word)):
        found[word[:i] + word[i] + word[i:]] = None
        if i + 1 < len(word):
            found[word[:i] + word[i + 1] + word[i] + word[i + 2:]] = None
        if i > 0 and word[i] == word[i - 1] or any(
                keys_touch(word[i], word[j]) for j in (i - 1, i + 1) if 0 <= j < len(word)):
            found[word[:i] + word[i + 1:]] = None
        for letter in _NEIGHBOURS.get(word[i], ""):
            found[word[:i] + letter + word[i + 1:]] = None
    found.pop(word, None)
    return found


def _distant_first_letter(word: str, common: str) -> bool:
    """`word` is `common` with its first letter replaced by one far from it on the keyboard
    (zillow for billow): slips of a key hit a neighbouring key, and seldom the first letter,
    which a writer types with most care; names of brands and places rhyme on words so."""
    return len(word) == len(common) >= 4 and word[0] != common[0] and \
        word[1:] == common[1:] and _keys_apart(word[0], common[0])


def _first_letter_more_or_less(word: str, common: str) -> bool:
    """`word` is `common` with a letter put before it or its first letter left out (Lorange for
    orange, Lesa for Elsa), not doubled: a writer types the first letter with most care, and
    names of places, feasts and people are made so from words. Inside a sentence only."""
    return len(word) >= 4 and (word[1:] == common and word[0] != word[1] or
                               common[1:] == word and common[0] != common[1])


def _word_and_an_ending(word: str, common: str) -> bool:
    """`word` is `common` and two letters more at its end (Rattlesey: rattles + ey): a name
    built on a word, as places' names are; a writer who spells by sound slips inside a word's
    vowels or doubled letters, not by adding a syllable after it."""
    word = word.casefold()
    return len(word) == len(common) + 2 and word.startswith(common)


# Letters brands swap for a sound-alike (Stryker, Lyft, Fabrik): typing slips do not make them,
# since the keys are far apart.
_RESPELLINGS = frozenset({("i", "y"), ("c", "k"), ("s", "z")})


def _brand_respelling(word: str, common: str) -> bool:
    """`word` is `common` with one letter swapped for its sound-alike (striker -> stryker)."""
    if len(word) != len(common):
        return False
    swaps = [(a, b) for a, b in zip(common, word, strict=True) if a != b]
    return len(swaps) == 1 and swaps[0] in _RESPELLINGS


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


# The function words that go on a phrase after a preposition ("in the", "at our"): a
# capitalised slip of one of them right after "in" is still a slip.
_AFTER_PLACE = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "my",
                          "your", "their", "his", "her", "its", "which", "what", "whose",
                          "each", "every", "some", "any", "all", "both", "one", "two", "them",
                          "him", "me", "us", "it", "you", "there", "here"})


class WordChecker:
    """Answers "is this word correct here?" for one letter, remembering each answer.

    The memo lives for one proofreading only: a letter repeats its words, but the known
    words differ from letter to letter.
    """

    def __init__(self, speller: Speller, known: Set[str], own_words: Iterable[str] = (),
                 lexicon: Lexicon | None = None) -> None:
        """`known`: folded correct words; `own_words`: the user's names as written (Larchmont,
        Oliveira), offered first as suggestions for a near miss (Larchmount, Olivera);
        `lexicon`: the graded word list (SCOWL), None to rely on `speller` alone."""
        self.speller = speller
        self.known = known
        own_words = list(own_words)
        self.own_words = {word for word in own_words if len(word) > 3 and word[:1].isupper()}
        # the user's names folded, for a word in lower case: see is_near_own_word
        self._own_names = frozenset(word.casefold() for word in self.own_words)
        # every word of the user's, folded: the long terms a writer clips (periodontal)
        self.own_terms = frozenset(word.casefold() for word in own_words if len(word) >= 6)
        self.lexicon = lexicon if lexicon else None
        self._memo: dict[str, bool] = {}
        self._suggested: dict[str, str | None] = {}
        self._guessed: dict[str, list[str]] = {}
        self._likelier: dict[str, str] = {}  # word -> the common word it is one slip from

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
        lexicon = self.lexicon
        if lexicon is not None:
            # Most words of a letter are common words written as listed: one look-up
            size = lexicon.sizes.get(word)
            if size is not None and size < _RARE and word.casefold() not in RUN_ONS:
                return True
        base = strip_possessive(word)
        folded = base.casefold()
        if word.casefold() in self.known or folded in self.known:
            return True
        if folded in RUN_ONS:
            self._likelier[base] = _same_case(base, RUN_ONS[folded])
            return False
        lexicon = self.lexicon
        size = lexicon.size(base) if lexicon is not None else None
        if size is not None and size < _RARE:
            return True  # most words of a letter end here, after one look-up
        if base.isupper() and len(base) <= _MAX_ACRONYM or _ACRONYM_PLURAL_RE.fullmatch(base):
            return True
        if self._known_form(folded):
            return True  # plural or other form of a known term: APIs, lookups, benchmarking
        if _CAMEL_RE.search(base) or _ACRONYM_LED_RE.fullmatch(base):
            return True  # iPhone, GraphQL, DevOps, CANalyzer: product names, not typos
        if folded in COURTESY:  # before the slip test: "san" of "Tanaka-san" is not "an"
            return True
        if lexicon is not None and size is not None:
            likelier = lexicon.common_neighbour(base, _COMMON)
            if likelier is None or _affixed(base, likelier) or self._sulphur_form(folded) or \
                    self._derived(folded) or \
                    self._plural_of_word(folded) or self._clipped(folded) or \
                    not _doubling_slip(folded, likelier.lower()) and (
                        self._listed_form(folded) or self._prefixed(folded) or
                        self._latin_adjective(folded) or _doubled_inflection(folded, lexicon)):
                # profiler beside profile: a derived word, not a slip; contactors, the plural
                # of a plain word (contactor), is as right as its singular
                return True
            self._likelier[base] = _same_case(base, likelier)
            return False
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
        if plain != base:
            # pōhutukawa, Gréine, crème: a slip never adds an accent English does not use, so
            # an accented word no dictionary knows is a word of another language, not a typo.
            return True
        if folded in COURTESY:
            return True
        if base[:1].isupper() and self._closest_own_word(base) is not None:
            return False  # Larchmount: one of the user's names misspelt, not a compound
        return self._plural_of_word(base) or self._derived(folded) or self._clipped(folded) or \
            self._british_form(base) or self._sulphur_form(folded) or self._compound(base) or \
            self._jargon_shape(folded) or \
            self._rare_word(base) or self._e_compound(folded) or self._latin_adjective(folded)

    def _rare_word(self, base: str) -> bool:
        """A word of SCOWL's size 95 (extubation, hypovolemia) that is not a slip of a
        listed word: none of size 80 or less one edit away ("untill") and no common word two
        edits away ("maintainance")."""
        lexicon = self.lexicon
        if lexicon is None or len(base) < 6 or not base.isalpha():
            return False
        rare = rare_words()
        lower = base.lower()
        if lower not in rare and base not in rare:
            return False
        return lexicon.common_neighbour(lower, _RARE) is None and \
            lexicon.close_common_word(lower, _COMMON) is None

    def _jargon_shape(self, folded: str) -> bool:
        """Words whose ending says what they are, made faster than any list can follow:
        drug names built on the international nonproprietary stems (linezolid,
        fluoroquinolone, adalimumab) and sector words on -tech (agtech, proptech, insurtech).
        Not when a common word is one slip away: that is likelier a slip."""
        if not folded.isalpha():
            return False
        shaped = folded.endswith(_DRUG_STEMS) and len(folded) >= 8 or \
            folded.endswith("tech") and 6 <= len(folded) <= 12
        lexicon = self.lexicon
        if not shaped:
            # capnography, extubation's kin: only when no listed word at all is one slip
            # away (psycology, techology are slips of common words)
            return len(folded) >= 9 and folded.endswith(_SCIENCE_ENDINGS) and \
                lexicon is not None and lexicon.common_neighbour(folded, _RARE) is None
        return lexicon is None or lexicon.common_neighbour(folded, _COMMON) is None

    def _sulphur_form(self, folded: str) -> bool:
        """sulphur, sulphate, sulphite, sulphide: the British "ph" of the sulphur family for a
        word the lists know (at a common size) with the American "f". Asked before the slip
        test too: "sulphite" is listed rare, one letter from "sulphate"."""
        return "sulph" in folded and self.is_correct(folded.replace("sulph", "sulf"))

    def _british_form(self, base: str) -> bool:
        """-ise, -isation, -yse for a word known with -ize, -ization, -yze: "virtualised",
        "pseudonymised", "templatised" where only the American form is listed or is jargon
        of ours. British writers use these forms of any word, listed or not."""
        folded = base.casefold()
        american = _BRITISH_RE.sub(lambda match: match.group(1) + "z" + match.group(2), folded)
        if american != folded and self.is_correct(american):
            return True
        # haemorrhage, oedema, hypovolaemia, paediatric: the British "ae"/"oe" of medicine,
        # where American English writes "e" (the lists hold some of these words only so)
        if len(folded) >= 7 and folded.isalpha():
            for pair in ("ae", "oe"):
                at = folded.find(pair)
                while at >= 0:
                    if self.is_correct(folded[:at] + "e" + folded[at + 2:]):
                        return True
                    at = folded.find(pair, at + 1)
        return False

    def _derived(self, folded: str) -> bool:
        """A common word with a regular ending the list does not spell out or holds only as a
        rare word one letter from another: "geeking" (geek, beside seeking), "bready" (bread,
        beside ready). Not where the ending is wrongly joined: "writeing" (write), "runing"
        (run doubles its n), "occuring", "finaly" (final + -ly). -ed is left out: "occured",
        "refered" and "teached" are common slips."""
        lexicon = self.lexicon
        if lexicon is None or not folded.isalpha():
            return False
        verb = _IZE_RE.search(folded)
        if verb is not None and verb.start() >= 4:
            # virtualised, pseudonymized, templatised: a verb made of a word with -ize/-ise
            stem = folded[: verb.start()]
            return any(lexicon.is_word(form, _PLAIN) for form in (stem, stem + "e"))
        if folded.endswith("oed") and len(folded) > 5:
            stem = folded[:-2]  # siloed, vetoed: a vowel ending takes -ed with nothing to drop
            size = lexicon.sizes.get(stem)
            return size is not None and size <= _COMMON
        agent = _AGENT_RE.search(folded)
        if agent is not None:
            # preventionist, conservationists: the person who practises a common -ion noun
            size = lexicon.sizes.get(folded[: agent.start() + 3])
            return size is not None and size <= _COMMON
        for suffix in _DERIVING:
            stem = folded[: -len(suffix)]
            if not folded.endswith(suffix) or len(stem) < 3 or stem.endswith("e"):
                continue
            if _ends_in_one_consonant(stem) or suffix == "y" and stem[-1] in "ly":
                continue  # occuring, begining (doubled); finaly, realy (-ly)
            if stem[-1] == stem[-2] and stem[:-1] + suffix in lexicon.sizes:
                continue  # comming: "coming" with a letter doubled, not "comm" + -ing
            size = lexicon.sizes.get(stem)
            if size is not None and size <= _COMMON:
                return True
        return False

    def _listed_form(self, folded: str) -> bool:
        """A listed rare word that is a regular form of another listed word: transduced
        (transduce), dewars (dewar), seamer (seam). The list holds both forms, so the word is
        the inflection the writer meant; a slip of a common word that happens to land on a
        rare word lands on one form alone (a word list's stray entry), seldom on a word whose
        stem is listed too."""
        lexicon = self.lexicon
        if lexicon is None or not folded.isalpha() or len(folded) < 5:
            return False
        sizes = lexicon.sizes
        return any(form != folded and len(form) >= 4 and form in sizes and
                   sizes[form] <= _RARE for form in _base_forms(folded)[1:])

    def _prefixed(self, folded: str) -> bool:
        """A listed rare word made of a prefix and a common word: preprint, rewire, subtask.
        A slip adds a letter inside a word far more often than a whole prefix before it."""
        lexicon = self.lexicon
        if lexicon is None or not folded.isalpha():
            return False
        for prefix in _WORD_PREFIXES:
            rest = folded[len(prefix):]
            if folded.startswith(prefix) and len(rest) >= 4:
                size = lexicon.sizes.get(rest)
                if size is not None and size <= _COMMON:
                    return True
        return False

    def _latin_adjective(self, folded: str) -> bool:
        """-al on a Latin noun in -um, -us or -a that the list holds (sternal of sternum,
        tibial of tibia, cranial of cranium): the adjectives of anatomy and science, which
        the lists leave out more often than their nouns. A slip rarely lands on such a
        stem."""
        lexicon = self.lexicon
        if lexicon is None or len(folded) < 6 or not folded.isalpha() or \
                not folded.endswith("al"):
            return False
        stem = folded[:-2]
        return any(lexicon.sizes.get(stem + ending, _RARE + 1) <= _RARE
                   for ending in ("um", "us", "a"))

    def _e_compound(self, folded: str) -> bool:
        """An e- word written closed (esports, ecommerce, elearning): "e" and a common word
        of five letters or more. A slip rarely adds one letter before a whole word, and the
        commonest word it could be is that word, which the finding would then suggest."""
        lexicon = self.lexicon
        if lexicon is None or not folded.isalpha() or not folded.startswith("e"):
            return False
        rest = folded[1:]
        size = lexicon.sizes.get(rest)
        # not "enought": one slip from a common word (enough) is a slip, whatever it holds
        return len(rest) >= 5 and size is not None and size <= _COMMON and \
            lexicon.sizes.get(folded) is None and \
            lexicon.common_neighbour(folded, _COMMON) in (None, rest)

    def _clipped(self, folded: str) -> bool:
        """A listed rare word, or the plural of one, that is a clipped form of a common word
        (decon, tacho, devs): the list knows it, and the long word it is cut from says why
        a writer at work uses it. Not for a word of three letters or fewer (a slip of a
        short word is likelier)."""
        lexicon = self.lexicon
        if lexicon is None or not folded.isalpha():
            return False
        if len(folded) < 4:
            return False
        stems = (folded, folded[:-1]) if folded.endswith("s") else (folded,)
        sizes = lexicon.sizes
        return any(stem in sizes and sizes[stem] <= _RARE and lexicon.is_clipping(stem)
                   for stem in stems)

    def _known_form(self, folded: str) -> bool:
        """`folded` is another form of a known word (the context's own words, jargon)."""
        known = self.known
        return any(form in known or form + "s" in known for form in _base_forms(folded))

    def _plural_of_word(self, base: str) -> bool:
        """extrinsics, formers: plurals SCOWL does not spell out."""
        lexicon = self.lexicon
        if lexicon is None or len(base) < 5 or not base.endswith("s") or base.endswith("ss"):
            return False
        stems = [base[:-1]]
        if base.endswith("ies"):
            stems.append(base[:-3] + "y")
        elif base.endswith("es"):
            stems.append(base[:-2])
        return any(lexicon.is_word(stem, _PLAIN) for stem in stems)

    def _compound(self, base: str) -> bool:
        """Two words written as one (playtesting, autoscaler), unless a common word is one
        slip away (firends -> friends) or a half is a function word (withthe)."""
        lexicon = self.lexicon
        lower = base.lower()
        if lexicon is None or len(lower) < 6 or not lower.isalpha():
            return False
        likelier = lexicon.common_neighbour(lower, _COMMON)
        if likelier is not None:
            self._likelier[base] = _same_case(base, likelier)
            return False
        for cut in range(2, len(lower) - 2):
            head, tail = lower[:cut], lower[cut:]
            if head in FUNCTION_WORDS or tail in FUNCTION_WORDS:
                continue
            if head in SHORT_FORMS and len(tail) < 5:
                continue
            if (head in COMBINING_FORMS or len(head) >= 3 and self._part(head)) and \
                    self._part(tail):
                return True
        return False

    def _part(self, part: str) -> bool:
        """Half of a compound: a plain dictionary word or one of the user's words."""
        if part in self.known or self._known_form(part):
            return True
        lexicon = self.lexicon
        return lexicon is not None and part in lexicon.sizes and lexicon.sizes[part] <= _PLAIN

    def is_plausible_name(self, word: str, *, strict: bool = False, named: bool = False) -> bool:
        """A capitalised word no list knows, met in the middle of a sentence: a name of a
        place, a company or a person (Cranleigh, Chippenham) unless it is one slip away from
        a common word (Engeneering, Thrusday). `strict` (at the start of a sentence, where a
        capital says nothing): unless it is one slip away from any listed word up to size 70,
        proper names included (Goolge), or, for a word of five letters or fewer, from one of
        the commonest words (Teh, Thsi: a short name such as Kofi or Ravi sits one letter
        from many rarer words, where sentence-opening slips of short words are all of the
        commonest ones). `named` (before the last word of a place's or an
        organisation's name: Wapping Wharf, Trados Studio): unless one slip away from one of
        the commonest words (Mian Street)."""
        word = normalise_apostrophes(word)
        base = strip_possessive(word)
        if not base[:1].isupper() or base.isupper() or not base.isalpha():
            return False
        if base.casefold() in RUN_ONS or self._closest_own_word(base) is not None:
            return False  # a run-on, or a slip in one of the user's names (Olivera)
        if len(base) >= 5:
            for candidate in edits(base.casefold()):
                if candidate in self.known:  # Kubernetez: a slip in a known term
                    self._likelier[base] = _same_case(base, candidate)
                    return False
        lexicon = self.lexicon
        if lexicon is None:
            return False
        if strict and lexicon.common_neighbour(
                base, _STRICT_NEIGHBOUR if len(base) > 5 else _BASIC) is not None:
            return False
        if len(base) >= 8 and not named:
            # (before "Road" or "Hall" a name is expected: two slips make a name likelier there)
            # Tommorow, Proffesional, Schedual: two slips of the vowels or the doubled letters
            # of an everyday word, as writers who spell by sound make them
            likelier = lexicon.close_common_word(base, _EVERYDAY)
            if likelier is not None and (strict or not _word_and_an_ending(base, likelier)):
                self._likelier[base] = _same_case(base, likelier)
                return False
        # Short names sit near many words (Dana, Dance): only the commonest words count there.
        limit = _EVERYDAY if len(base) >= 6 and not named else _BASIC
        likelier = self._likelier.get(base) or lexicon.common_neighbour(base, limit)
        if likelier is not None and not strict and (
                _brand_respelling(base.casefold(), likelier.casefold()) or
                _distant_first_letter(base.casefold(), likelier.casefold()) or
                _first_letter_more_or_less(base.casefold(), likelier.casefold())):
            # Stryker, Fabrik: a brand's respelling, not a slip of a key; Zoodle, Kindle: a
            # name made to rhyme with a word, its first letter far from the word's on the keys
            return True
        if likelier is not None:
            size = lexicon.size(likelier)
            if size is not None and size <= limit:
                self._likelier[base] = _same_case(base, likelier)
                return False
        return True

    def is_short_name_beside_a_word(self, word: str, *, any_length: bool = False,
                                    place: bool = False) -> bool:
        """A short capitalised word no list knows whose nearest common words are all written
        in lower case (Tunde beside tune, Tema beside team, Bao beside bag): standing alone
        with a capital inside a sentence it is a name, since a slip of a lower-case word does
        not bring a capital with it. Not a slip of one of the user's names or terms, nor of a
        word written with a capital (Mondy, Englsh), nor a run-on. `any_length`: for a word
        of any length, which the caller has found beside a proper name. `place`: the word
        follows a preposition of place ("in", "near"): a capitalised word there is no slip of
        a function word that cannot follow it ("in Onot with": "not", "onto"), which no writer
        capitalises; slips of the words that do follow it ("in Teh office"), of the user's
        words and of words written with a capital stay slips."""
        base = strip_possessive(normalise_apostrophes(word))
        lexicon = self.lexicon
        # Longer words only beside a name (`any_length`): alone, "the Enginering team" is a
        # slip written with a team's capital.
        if lexicon is None or not 3 <= len(base) <= (14 if any_length else 6) or \
                not base.isalpha() or \
                not base[:1].isupper() or base.isupper() or base[1:] != base[1:].lower():
            return False
        if base.casefold() in RUN_ONS or self._near_own_uncommon_word(base):
            return False
        near = edits(base.casefold())
        if any(candidate in FUNCTION_WORDS and (not place or candidate in _AFTER_PLACE)
               for candidate in near):
            # "Teh", "Wiht": a slip of the words every sentence holds; after "in" only of
            # those that go on such a phrase ("in Teh office")
            return False
        if any_length and any(candidate in self.known or lexicon.sizes.get(candidate, _RARE + 1)
                              <= _RARE and _typing_slip(base.casefold(), candidate)
                              for candidate in near):
            # "Microsoft Excell", "Sales and Marketting": a doubled, undoubled or swapped
            # letter is how words are mistyped; a name beside a word differs otherwise
            # (Gamesa beside games)
            return False
        # Days, months, languages and countries are listed in capitals at sizes up to 40;
        # given names (Leo, Mel, Ming) from 40 up: a name beside a name is still a name.
        # After a preposition of place only the words that name a time or a language
        # (sizes up to 35: "in Jume", "in Englsh") count: no one is "in" a given name, so
        # "a depot in Leh" beside Leo is a place, not a slip of a person's name.
        bound = _TIME_OR_LANGUAGE_WORD if place else CAPITAL_WORD
        return not any(lexicon.sizes.get(c[:1].upper() + c[1:], _RARE + 1) <= bound
                       for c in near)

    def _near_own_uncommon_word(self, base: str) -> bool:
        """`is_near_own_word`, leaving out the known terms that are also common English words
        in lower case ("region" of the technical list): beside those the argument of
        `is_short_name_beside_a_word` holds as beside any lower-case word ("the Regio grant":
        a slip of "region" would not bring a capital with it)."""
        if self._closest_own_word(base) is not None:
            return True
        if len(base) < 5 or self.lexicon is None:
            return False
        sizes = self.lexicon.sizes
        return any(candidate in self.known and sizes.get(candidate, _RARE + 1) > _COMMON_TERM
                   and not _place_and_its_adjective(candidate, base.casefold())
                   for candidate in edits(base.casefold()))

    def is_long_name_alone(self, word: str) -> bool:
        """A capitalised word of seven to fourteen letters, alone with its capital inside a
        sentence, that no key slip makes of a listed word ("the Eixample stations", beside
        example by a letter no neighbouring key explains): the name of a place or a thing of
        the writer's world. "the Enginering team" (a letter left out) and "Marketting" (one
        doubled) stay slips, as do slips of the user's names and of the words every sentence
        holds."""
        base = strip_possessive(normalise_apostrophes(word))
        lexicon = self.lexicon
        if lexicon is None or not 7 <= len(base) <= 14 or not base.isalpha() or \
                not base[:1].isupper() or base[1:] != base[1:].lower():
            return False
        if base.casefold() in RUN_ONS or self.is_near_own_word(base):
            return False
        folded = base.casefold()
        by_sound = lexicon.close_common_word(folded, _COMMON)
        if by_sound is not None and edit_distance(folded, by_sound) >= 2:
            return False  # "our Proffesional standards": two slips of spelling by sound
        for candidate in edits(folded):
            if candidate in FUNCTION_WORDS:
                return False
            capital = candidate[:1].upper() + candidate[1:]
            if lexicon.sizes.get(capital, _RARE + 1) <= CAPITAL_WORD:
                return False  # Wednesdey, Australai: a word written with a capital
            if (candidate in self.known or lexicon.sizes.get(candidate, _RARE + 1) <= _RARE) \
                    and key_slip(folded, candidate):
                return False
        return True

    def is_clipping_of(self, word: str, terms: Iterable[str]) -> bool:
        """A word in lower case of three to six letters that opens one of `terms` three
        letters or more longer, none of them an everyday word: the writer's clipped form of a
        term of their trade ("perio" for periodontal, "epi" for epidemiology, "ortho" for
        orthodontics). A slip does not stop short at the head of a term the letter names."""
        if not 3 <= len(word) <= 6 or not word.isalpha() or not word.islower():
            return False
        sizes = self.lexicon.sizes if self.lexicon is not None else {}
        return any(len(term) >= len(word) + 3 and term.startswith(word) and
                   sizes.get(term, _RARE + 1) > _EVERYDAY for term in terms)

    def is_slip_among_names(self, word: str) -> bool:
        """Among names (see spelling's lists of names), still a slip: of one of the user's
        words; of a listed word (up to size 80, in either case) with a letter doubled,
        undoubled or two letters swapped (Tuesdday, Lodnon); or one edit from an everyday word
        written with a capital (Frence, Mondey: days, months, countries, languages)."""
        base = strip_possessive(normalise_apostrophes(word))
        lexicon = self.lexicon
        if lexicon is not None and any(
                lexicon.sizes.get(candidate[:1].upper() + candidate[1:], _RARE + 1) <= _EVERYDAY
                for candidate in edits(base.casefold())):
            return True
        return self.is_typing_slip(base)

    def is_typing_slip(self, word: str, *, common: bool = False) -> bool:
        """One of the user's words misspelt, or a listed word (up to size 80, in either case)
        or a function word with a letter doubled, undoubled or two letters swapped (Tuesdday,
        Lodnon, Thnak, yuo): how a key slips on any word, names and all. `common`: of a
        common word in lower case only (size 50: Thnak, not a surname such as Kuhn)."""
        base = strip_possessive(normalise_apostrophes(word))
        if self.is_near_own_word(base):
            return True
        lexicon = self.lexicon
        folded = base.casefold()
        for candidate in edits(folded):
            if not _typing_slip(folded, candidate):
                continue
            if candidate in self.known or candidate in FUNCTION_WORDS:
                return True
            if lexicon is None:
                continue
            if common:
                if lexicon.sizes.get(candidate, _RARE + 1) <= _COMMON:
                    return True
                continue
            capital = candidate[:1].upper() + candidate[1:]
            if min(lexicon.sizes.get(candidate, _RARE + 1),
                   lexicon.sizes.get(capital, _RARE + 1)) <= _RARE:
                return True
        return False

    def is_slip_in_a_name(self, word: str) -> bool:
        """A capitalised word before another name, still a slip: of a name or word of the
        user's (the context's, not the jargon list: "Finca" is not a slip of FINRA, an acronym
        no one writes as a mixed-case word); or a slip among names (see is_slip_among_names)
        of a listed word."""
        base = strip_possessive(normalise_apostrophes(word))
        if self._closest_own_word(base) is not None:
            return True
        folded = base.casefold()
        own = {name.casefold() for name in self.own_words} | self.own_terms
        candidates = edits(folded)
        if len(base) >= 5 and any(candidate in own for candidate in candidates):
            return True
        lexicon = self.lexicon
        if lexicon is None:
            return True  # nothing to weigh the word by: leave the finding
        for candidate in candidates:
            capital = candidate[:1].upper() + candidate[1:]
            if lexicon.sizes.get(capital, _RARE + 1) <= _EVERYDAY:
                return True  # Frence, Mondey
            if _typing_slip(folded, candidate) and (
                    candidate in FUNCTION_WORDS or
                    min(lexicon.sizes.get(candidate, _RARE + 1),
                        lexicon.sizes.get(capital, _RARE + 1)) <= _RARE):
                return True  # Lodnon, Managment is caught by the commonest-word test
        return False

    def is_commonest_word(self, word: str) -> bool:
        """In lower case, one of the commonest words (size 20 or less: village, studio,
        management), the words a slip in a name of a team or a place would be of. Without the
        graded list, any word the dictionary knows (nothing says it is rare)."""
        lexicon = self.lexicon
        if lexicon is None:
            return self.speller.check(word.lower())
        size = lexicon.sizes.get(word.lower())
        return size is not None and size <= _EVERYDAY_SLIP

    def is_everyday_word(self, word: str) -> bool:
        """In lower case, a word of everyday English (Thanks, The, Senior): not a given name."""
        lexicon = self.lexicon
        if lexicon is None:
            return self.speller.check(word.lower())
        size = lexicon.sizes.get(word.lower())
        return size is not None and size <= _COMMON

    def is_common_word_give_or_take_a_letter(self, word: str) -> bool:
        """A common word (size 35 or less) with a letter left out or one added ("grat" for
        great, "thhe"): the slips by sound or by a key that no spelling of another language
        explains better."""
        lexicon = self.lexicon
        if lexicon is None:
            return True
        lower = word.lower()
        return any(len(candidate) != len(lower) and
                   lexicon.sizes.get(candidate, _RARE + 1) <= _COMMON
                   for candidate in edits(lower))

    def is_near_everyday_word(self, word: str) -> bool:
        """One slip from a word of everyday English (teh -> the, recieve -> receive)."""
        lexicon = self.lexicon
        return lexicon is not None and \
            lexicon.common_neighbour(strip_possessive(word), _EVERYDAY) is not None

    def is_near_commonest_word(self, word: str) -> bool:
        """One slip from one of the commonest words (size 20 or less: kare -> are, care), the
        words a short sentence of English is made of. Without the graded list, always."""
        lexicon = self.lexicon
        return lexicon is None or \
            lexicon.common_neighbour(strip_possessive(word), _EVERYDAY_SLIP) is not None

    def is_word_of_another_language(self, word: str) -> bool:
        """`word` (flagged by the English checks) is a word some other installed language's
        dictionary knows, and nothing points at an English word meant instead: four letters
        or more (short words of every language sit a slip from ours), no common English word
        (size 50 or less) with two letters swapped, one left out, one added or doubled, or
        one vowel changed (consistant, morter: the slips by sound, also words elsewhere), and
        no slip of the user's own words. Then it is an instrument, a dish or a greeting of the
        writer's language (Trompete, famille), and a spell checker of one language cannot
        judge it."""
        lexicon = self.lexicon
        if lexicon is None or len(word) < 4 or not word.isalpha():
            return False
        lower = word.lower()
        for candidate in _slips_of(lower):
            # "Mondy": the words English writes with a capital count too
            if min(lexicon.sizes.get(candidate, _RARE + 1),
                   lexicon.sizes.get(candidate[:1].upper() + candidate[1:], _RARE + 1)) \
                    <= _COMMON:
                return False
        sizes = lexicon.sizes
        # "tounge": the letters of a common word, one moved. (A cognate changes letters:
        # Trompete is no slip of trumpet, famille none of family.)
        if any(sizes.get(moved, _RARE + 1) <= _COMMON for moved in _moved_letters(lower)):
            return False
        # "dessicant": the doubling on the wrong consonant of an English word, however rare
        # the word (a trade's own word is no common one); another language doubles where its
        # own word does, and writes other letters too (Italian "accessorio" for "accessory")
        if _doubling_moved_of_listed(lower, sizes):
            return False
        if any(sizes.get(lower[:i], _RARE + 1) <= _COMMON and
               sizes.get(lower[i:], _RARE + 1) <= _COMMON for i in range(2, len(lower) - 1)):
            return False  # "coverletter": two English words run together (Dutch has it whole)
        if self.is_near_own_word(word):
            return False
        return known_in_another_language(word)

    def is_far_from_english(self, word: str) -> bool:
        """No listed word one edit away, nor a common one two slips of sound away: not a slip
        of English a spell checker could mend (comunidades), when the lists are there."""
        lexicon = self.lexicon
        if lexicon is None or len(word) < 5 or not word.isalpha():
            return False
        lower = word.lower()
        return lexicon.common_neighbour(lower, _RARE) is None and \
            lexicon.close_common_word(lower, _COMMON) is None

    def has_likely_intended_word(self, word: str, suggestion: str | None) -> bool:
        """A word in lower case that no list knows is reported only with positive evidence of
        a slip: a word of common English (size 35 or less) it is one edit from, or two edits
        when they are the slips writers make (two letters swapped, doubled or undoubled
        letters, vowels spelt by sound: recieve, tommorow, maintainance). A word whose only
        neighbours are rare words ("phyllic" beside phallic, "toji" beside topi) or that is
        three edits or more from any ("caproto", "realuminization") is more likely a word of a
        trade or of another language than a slip, and nothing says what was meant."""
        lexicon = self.lexicon
        if lexicon is None or suggestion is None or " " in suggestion or \
                self.is_near_own_word(word):
            return True
        lower = word.lower()
        if _typing_slip(lower, suggestion.lower()):
            return True  # "hypovolaemai": two letters of a word of the dictionary swapped
        if _doubling_moved_of_listed(lower, lexicon.sizes):
            return True  # "dessicant": a rarer word's doubling moved
        if _romance_ending(lower, lexicon):
            return False  # "caravana", "documento": the writer's language's word for ours
        sizes = lexicon.sizes
        size = sizes.get(suggestion.lower())
        if size is not None and size <= _COMMON_SLIP and \
                _typing_slip(lower, suggestion.lower()):
            return True  # "reccomend": doubled letters moved
        by_sound = lexicon.close_common_word(lower, _COMMON_SLIP)
        if by_sound is not None and (len(lower) >= 7 or sorted(lower) == sorted(by_sound) or
                                     re.sub(r"(.)\1", r"\1", lower) ==
                                     re.sub(r"(.)\1", r"\1", by_sound)):
            # two vowels changed in a word of four to six letters is another word ("ballan"
            # is no "balloon"); a letter moved ("tounge") or doubled letters moved ("tarrif")
            # are slips at any length
            return True
        wanted = suggestion.lower()
        size = sizes.get(wanted)
        if any(sizes.get(moved, _RARE) <= _COMMON_SLIP for moved in _moved_letters(lower)):
            return True  # "tounge": a letter of a common word moved
        if size is not None and size <= _LISTED_SLIP and len(lower) >= 8 and \
                0 < len(wanted) - len(lower) <= 2 and \
                _subsequence(lower, wanted):
            return True  # "knowlegable": letters left out of a listed word
        # One edit from a listed word: from one of the commonest (size 20 or less) at any
        # length, from a common one (35) from seven letters on, from any listed word from
        # eight ("pharmacovigilence": so long a word of a trade or of another language seldom
        # lies one letter from a listed word); otherwise only when a key slipped ("priortise";
        # "ballan" is two keys from ballad). A short word lies one key from many rare words
        # ("fika" beside fila): up to size 60 only.
        limit = _LISTED_SLIP if len(lower) <= 5 else _RARE - 1
        long_word = len(lower) >= 8
        for candidate in edits(lower):
            size = sizes.get(candidate)
            if size is None or size > limit:
                continue
            if key_slip(lower, candidate):
                return True
            # (a consonant added that no key beside explains makes words of a trade, not
            # slips: "colcon" is no "colon"; an added vowel is a slip by sound, "truely")
            if len(candidate) < len(lower) and not long_word and \
                    _added_letter(lower, candidate) not in _VOWELS:
                continue
            if size <= _EVERYDAY_SLIP or size <= _COMMON_SLIP and len(lower) >= 7 or long_word:
                return True
        # "hypovolaemai", "preventionsts": a key slip of a word of the dictionary the lists
        # lack (derived, British), tried last: each costs a call to the dictionary, so a
        # letter left out is looked for among derived words only
        return any(self._derived(candidate) for candidate in key_slips(lower, left_out=True)) \
            or any(self._unlisted_form(candidate) for candidate in key_slips(lower))

    def _unlisted_form(self, folded: str) -> bool:
        """The dictionary's word, a regular derivation of a listed one, or its British "ae"/"oe"
        inside the word (not the looser shapes of jargon, which a slip's neighbours fit by
        chance)."""
        return self.speller.check(folded) or self._derived(folded) or len(folded) >= 7 and any(
            pair in folded[:-2] and self.is_correct(folded.replace(pair, "e"))
            for pair in ("ae", "oe"))  # inside the word, as haem-, oed-, -aemia

    def is_near_own_name(self, word: str) -> bool:
        """One of the user's names misspelt ("Adeaze" for "Adaeze"), not a term of theirs."""
        return self._closest_own_word(strip_possessive(normalise_apostrophes(word))) is not None

    def is_short_form_of_own_name(self, word: str) -> bool:
        """A capitalised word that is the opening of one of the user's names, two letters or
        more shorter (Viv for Vivienne, Thandi for Thandiwe, Max for Maximilian): the short
        form a person goes by, which no list holds. A slip drops one letter (Beverle) or
        changes one inside the name, and stays a slip."""
        base = strip_possessive(normalise_apostrophes(word))
        if len(base) < 3 or not base[:1].isupper() or not base.isalpha() or base.isupper():
            return False
        folded = base.casefold()
        return any(len(own) - len(base) >= 2 and own.casefold().startswith(folded)
                   for own in self.own_words)

    def is_near_own_word(self, word: str) -> bool:
        """One of the user's names (or known terms) misspelt: "Harow" for "Harrow"."""
        word = strip_possessive(normalise_apostrophes(word))
        if self._closest_own_word(word) is not None:
            return True
        if len(word) < 5:
            return False
        folded = word.casefold()
        lower = word.islower()
        # a word in lower case whose first letter differs from a name's of the user is no
        # slip of that name ("hangwena" beside "Ohangwena"): a writer misspelling a name
        # keeps its capital and its opening; a term of theirs in lower case still counts
        return any(candidate in self.known and not (
            lower and candidate[:1] != folded[:1] and candidate in self._own_names) and
            not _place_and_its_adjective(candidate, folded)
            for candidate in edits(folded))

    def is_near_its_suggestion(self, word: str, suggestion: str | None) -> bool:
        """Positive evidence that `word` is a slip: the word it would mend to is near and
        common. A planted or typed slip sits one edit from a common word (size _COMMON:
        "lanyarde"), two from a word every writer uses (size _EVERYDAY: "maintainance"), or
        one from a name or term of the user's ("Kowalsky"); a word of another field or
        language ("bouzouka", "sfumatura") sits near no such word, however many letters it
        shares with a rarer one. The dictionary's first five guesses are asked too (its
        first may be a rarer word: "pallet" before "palette"); a swapped or doubled letter
        of a common word or of a term the checker knows is evidence by itself. Without the
        graded list (a test's own speller) nothing is known of commonness, and every word
        keeps its finding."""
        lexicon = self.lexicon
        if lexicon is None or suggestion is None or " " in suggestion or "-" in suggestion:
            return True  # "alot" -> "a lot": two common words run together is a slip
        folded = normalise_apostrophes(word).casefold()
        sizes = lexicon.sizes
        if folded.isalpha() and _doubling_moved_of_listed(folded, sizes):
            return True  # "dessicant": see _doubling_moved_of_listed

        def common(candidate: str) -> bool | None:
            size = min(sizes.get(candidate, _UNLISTED), sizes.get(candidate.lower(), _UNLISTED))
            if size == _UNLISTED:
                return None
            if _first_letter_edit(folded, candidate.casefold()):
                return False  # "adras" for "madras", "apera" for "opera": see the function
            if _short_word_changed(folded, candidate.casefold()):
                return False  # "potch" for "patch", "bidos" for "bids": see the function
            distance = _edit_distance(folded, candidate.casefold())
            return distance <= 1 and size <= _COMMON or distance <= 2 and size <= _EVERYDAY

        if len(folded) >= 8 and folded.isalpha() and \
                _edit_distance(folded, suggestion.casefold()) == 1 and \
                _derived_from_common(suggestion.casefold(), sizes):
            return True  # "traceabilty": see _derived_from_common
        # a name of the user's ("Larchmont" of the card, though a place of the list too)
        own_name = suggestion[:1].isupper() and suggestion.casefold() in self.known
        verdict = None if own_name else common(suggestion)
        if verdict is None:
            # a name or a term no list holds: the user's, or the dictionary's name; only a
            # letter from it is a slip of it
            verdict = _edit_distance(folded, suggestion.casefold()) <= 1
        if verdict or any(common(candidate) for candidate in self._guesses(word)[:5]):
            return True
        # "fintehc", "hypovolaemai": a swapped or doubled letter of a term the checker knows
        # though no list grades it, or of a common word (a rare listed one was asked above
        # like any other). Asked last, and only of a word of six letters or more (a shorter
        # slip of a common word was answered above; terms no list grades are long): the
        # checker's rules on each candidate cost, on long prose of abbreviations most.
        return len(folded) >= 6 and any(
            _typing_slip(folded, candidate) and sizes.get(candidate, 0) <= _COMMON and
            self.is_correct(candidate) for candidate in edits(folded))

    def _guesses(self, word: str) -> list[str]:
        """The dictionary's guesses for `word`, asked once (an enchant look-up costs a
        millisecond or so; the suggestion and the evidence test ask for the same word)."""
        found = self._guessed.get(word)
        if found is None:
            found = self._guessed[word] = list(self.speller.suggest(word))
        return found

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
        likelier = self._likelier.get(word) or self._likelier.get(strip_possessive(word))
        own = self._closest_own_word(word)
        if own is not None:
            return own
        candidates = [c for c in self._guesses(word) if c]
        if word.islower():
            # A lower-case typo rarely means a proper noun (adn -> Adan); it can mean "I"
            # (im -> I'm, ive -> I've).
            candidates = [c for c in candidates
                          if c.islower() or re.fullmatch(r"I(?:'[a-z]+)?", c)] or candidates
        if likelier is not None:
            if strip_possessive(word).casefold() in RUN_ONS:
                return likelier  # alot -> a lot: no dictionary guesses a run-on
            return self._likeliest(word, [likelier, *candidates[:3]]) or likelier
        if not candidates:
            return None
        best = self._likeliest(word, candidates[:3]) or candidates[0]
        if word.islower():
            return best
        if word.isupper() and len(word) > 1:
            return best.upper()
        if word[:1].isupper() and best[:1].islower():
            return best[:1].upper() + best[1:]
        return best

    def _likeliest(self, word: str, candidates: list[str]) -> str | None:
        """Of the guesses one slip from `word`, the one a writer most likely meant: a double
        undone or made first (realy: really, not relay; comitted: committed, not omitted;
        usefull: useful, not usefully), then a letter left out (collegues: colleagues, not
        colleges; happend: happened, not happen), then any other slip; between equals the
        order given (the common word one slip away first, then the dictionary's guesses).
        Only everyday words are preferred so (sence: sense, not seance). None without a graded
        list or without such a guess."""
        if self.lexicon is None:
            return None
        folded = word.casefold()
        ranked = []
        for rank, candidate in enumerate(dict.fromkeys(candidates)):
            other = candidate.casefold()
            if " " in other or self.lexicon.sizes.get(other, _RARE) > _COMMON_SLIP:
                continue
            if len(other) == len(folded) + 1 and _subsequence(folded, other):
                kind = 0 if _added_letter(other, folded) * 2 in other else 1
            elif len(folded) == len(other) + 1 and _subsequence(other, folded) and \
                    _added_letter(folded, other) * 2 in folded:
                kind = 0  # a letter doubled by mistake (usefull: useful, not usefully)
            elif _edit_distance(folded, other) <= 1:
                kind = 2
            else:
                continue
            ranked.append((kind, rank, candidate))
        return min(ranked)[2] if ranked else None

    def _closest_own_word(self, word: str) -> str | None:
        """A name from the context one or two edits away (fewer for short words)."""
        if not word[:1].isupper():
            return None
        limit = 1 if len(word) <= 5 else 2
        best: tuple[int, str] | None = None
        folded = word.casefold()
        for own in self.own_words:
            if abs(len(own) - len(word)) > limit:
                continue
            if len(word) >= 3 and len(own) - len(word) >= 2 and \
                    own.casefold().startswith(folded):
                # Thandi for Thandiwe, Chris for Christopher: the short form a person goes by
                # keeps the name's opening and drops two letters or more; a slip drops one
                # (Larchmon) or changes a letter inside (Olivera)
                continue
            if _place_and_its_adjective(own.casefold(), folded):
                continue  # "in Cantabria" where the card says "Cantabrian caves"
            distance = edit_distance(own.casefold(), word.casefold())
            if distance > 1 and own[:1].casefold() != word[:1].casefold():
                continue  # two slips and the first letter too: another name (Zillow, Follow)
            if distance <= limit and (best is None or distance < best[0]):
                best = (distance, own)
        return best[1] if best else None


# Endings that make a regular word of another (traceable -> traceability), with what the
# other word ends in instead.
_DERIVATIONS = (("ability", ("able",)), ("ibility", ("ible",)), ("iness", ("y",)),
                ("ness", ("",)), ("ment", ("", "e")), ("ation", ("e", "")),
                ("ically", ("ic", "ical")), ("ity", ("", "e")))


def _derived_from_common(word: str, sizes: dict[str, int]) -> bool:
    """`word` is a common word with a regular ending ("traceability" of "traceable",
    "readiness" of "ready"): as well known to a writer as its root, however rarely the graded
    list counts it, so a letter dropped, added or changed in a long word that mends to it is a
    slip like one of the root."""
    for ending, roots in _DERIVATIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            return any(sizes.get(stem + root, _UNLISTED) <= _COMMON for root in roots)
    return False


def _place_and_its_adjective(one: str, other: str) -> bool:
    """One word is the other's adjective of a land, "-ia" made "-ian" ("Cantabria" and
    "Cantabrian", "Tanzania" and "Tanzanian"): the card may name the place one way and the
    letter the other, each spelt right; a slip drops or adds a letter anywhere, not this."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= 5 and shorter.endswith("ia") and longer == shorter + "n"


def _romance_ending(word: str, lexicon: Lexicon) -> bool:
    """`word` is a listed word of English with an "a" or an "o" put after its last letter,
    which no key beside that letter explains ("caravana", "documento", "programa"): the way
    Spanish, Portuguese and Italian make their nouns of ours, so the writer's own language's
    word, not a slip (a slip adds a key beside the last one, "asko", or doubles it)."""
    if len(word) < 6 or word[-1] not in "ao" or keys_touch(word[-2], word[-1]):
        return False
    size = lexicon.sizes.get(word[:-1])
    return size is not None and size < _RARE


def _slips_of(word: str) -> set[str]:
    """The words `word` would be a slip of by a swap, a letter left out, added or doubled, or
    a vowel changed (not any letter replaced: other languages' words sit one consonant from
    ours by the thousand)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + b[1:] for a, b in splits if b}
    found |= {a + c + b for a, b in splits for c in "abcdefghijklmnopqrstuvwxyz"}
    found |= {a + c + b[1:] for a, b in splits if b and b[0] in "aeiouy" for c in "aeiouy"}
    found.discard(word)
    return found


def _typing_slip(word: str, other: str) -> bool:
    """`word` is `other` with a letter doubled or undoubled (excell, marketting, comited) or
    two neighbouring letters swapped (recieve)."""
    if len(word) == len(other) + 1:
        longer, shorter = word, other
    elif len(other) == len(word) + 1:
        longer, shorter = other, word
    elif len(word) == len(other):
        diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and \
            word[diff[0]] == other[diff[1]] and word[diff[1]] == other[diff[0]]
    else:
        return False
    for i in range(1, len(longer)):
        if longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter:
            return True
    return False


def _first_letter_edit(word: str, candidate: str) -> bool:
    """`candidate` is `word` with its first letter added, dropped or changed, and nothing
    else ("adras" / "madras", "aale" / "ale", "apera" / "opera"). Writers and typists keep the
    first letter of the word they mean: slips fall inside a word (studies of misspellings
    find the first letter wrong in a few per cent of them, and a dropped first letter is
    rarer still), while a word of another language or trade often sits one first letter
    from an English one. Such a candidate is no evidence of a slip; another candidate, or a
    swapped or doubled letter, still is. Short words only: a long one that matches an English
    word but for its first letter ("nterview") is too unlikely to be another language's."""
    if not word or not candidate or len(word) > 6:
        return False  # a long word one first letter from a word ("nterview") is a slip
    return candidate[1:] == word or word[1:] == candidate or \
        (len(word) == len(candidate) and word[0] != candidate[0] and word[1:] == candidate[1:])


def _short_word_changed(word: str, candidate: str) -> bool:
    """`word`, of five letters or fewer, is `candidate` with one letter changed or one letter
    added that doubles none ("potch" / "patch", "waka" / "wake", "bidos" / "bids"), and the
    candidate is no function word. Short words of other languages and trades sit one such
    edit from some English word; short slips of writers are a swap ("teh", "thier"), a letter
    left out ("wich") or a doubling undone ("realy"), all still evidence. A changed key in a
    function word ("amd", "fot") or a key that touches the right one ("wirk") stays a
    slip."""
    if len(word) > 5 or candidate in FUNCTION_WORDS:
        return False
    if len(word) == len(candidate):
        changed = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
        # a key that touches the right one is a typing slip ("wirk" for "work")
        return len(changed) == 1 and not keys_touch(*changed[0])
    if len(word) != len(candidate) + 1:
        return False
    for at in range(len(word)):
        if word[:at] + word[at + 1:] == candidate:
            doubled = word[at] in word[max(0, at - 1):at] + word[at + 1:at + 2]
            return not doubled
    return False


def _edit_distance(left: str, right: str) -> int:
    """Damerau-Levenshtein distance (a swap of two letters side by side counts one)."""
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, b in enumerate(right, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == right[j - 2] and left[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(right)]
