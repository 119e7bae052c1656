"""Wrong interviewer name: the letter calls the interviewer something other than their name.

Three places are read, from strictest to loosest:
- the salutation ("Dear Dr. Okonkwo,"): it addresses the interviewer, so any name there that
  is not one of theirs is an error, however different (a wrong first name included); a
  courtesy prefix that contradicts the context's (Mr. for Dr.) is an error too;
- a prefix anywhere ("Dr. Okonko said"): flagged when the name is close to one of theirs (it
  may be another person: "Dr. Patel" is left alone);
- any other capitalised word that no dictionary knows but that is close to one of their names
  (Okonko's), or that stands next to one of their names (Adaora Okonkwo).
Letters equal but accents missing or added (Chloe for Chloé) is a "minor" finding; a wrong
letter or a wrong capital is an "error".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pursuit.core.proofread.context import ProofreadContext
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.lexicon import WordChecker
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.titles import TITLE_HEADS
from pursuit.core.proofread.tokens import (
    Token,
    edit_distance,
    fold,
    normalise_apostrophes,
    overlaps,
    strip_accents,
    strip_possessive,
    words_of,
)

_PREFIX_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor)\b\.?")
_PREFIX_CANON = {"doctor": "dr", "professor": "prof"}
# Other forms of address a greeting may use before the last name (religious, civic, military,
# academic): "Dear Father Afolabi" for a card whose prefix is "Rev.", "Dear Councillor Okafor".
# Only read in the greeting and beside a name part, where they cannot be an ordinary word.
_ADDRESS_FAMILIES = {
    "rev": ("rev", "revd", "reverend", "father", "fr", "pastor", "mother", "sister", "brother",
            "bishop", "deacon", "canon", "vicar", "rector", "monsignor", "msgr", "rabbi", "imam",
            "elder", "cantor", "chaplain"),
    "judge": ("judge", "justice"),
    "capt": ("capt", "captain"),
    "sgt": ("sgt", "sergeant"),
    "lt": ("lt", "lieutenant"),
    "maj": ("maj", "major"),
    "col": ("col", "colonel"),
    "gen": ("gen", "general"),
    "adm": ("adm", "admiral"),
    "cllr": ("cllr", "councillor", "councilor", "councilmember", "alderman", "alderwoman"),
    "hon": ("hon", "honourable", "honorable", "senator", "sen", "representative", "rep",
            "governor", "gov", "mayor", "commissioner", "ambassador"),
    "dean": ("dean",), "chief": ("chief",), "coach": ("coach",), "officer": ("officer",),
    "detective": ("detective", "det"), "nurse": ("nurse",), "chef": ("chef",),
    "principal": ("principal",), "superintendent": ("superintendent", "supt"),
    "sir": ("sir", "dame", "lord", "lady"),
    # Courtesy forms of other languages, as writers of those languages address an English
    # letter ("Dear Herr Müller", "Dear Sra. García", "Dear M. Martin"): the same as Mr. or as
    # Ms./Mrs./Miss (which of the three, the form does not tell)...
    "mr": ("herr", "señor", "senor", "sr", "monsieur", "m", "signor", "sig", "dhr", "pan"),
    "ms/mrs": ("frau", "señora", "senora", "sra", "srta", "señorita", "senorita", "mme",
               "madame", "mlle", "mademoiselle", "signora", "mevr", "pani"),
    # ... and professional forms used as courtesy titles (engineer, architect, licentiate,
    # doctor in Italian, advocate, attorney, magister), which a card's prefix seldom records
    "professional": ("ing", "engr", "eng", "arch", "lic", "dott", "av", "adv", "atty", "mag",
                     "dipl"),
}
# Words of respect written after the name in South Asian and West African English, among
# them the Bengali, Hindi, Urdu, Telugu and Tamil ones whose words the name lists also hold as
# given names ("Respected Sudipto Babu,", "Dear Ravi Garu,", "Dear Imran Bhai,").
_RESPECT_AFTER_NAME = frozenset({"sir", "madam", "ma'am", "ma’am", "maam", "ji", "sahib",
                                 "saheb", "babu", "bhai", "bhaiya", "bhaiyya", "dada", "didi",
                                 "garu", "gaaru", "avargal", "sahab", "saab"})
# Articles: a capitalised word after one names a thing, a place or a product, not a person.
_ARTICLES = frozenset({"the", "a", "an"})
# Prefixes that the "ms/mrs" family above answers for.
_FEMALE_PREFIXES = frozenset({"ms", "mrs", "miss", "ms/mrs"})
# English courtesy forms that say nothing of a profession.
_PLAIN_COURTESY = frozenset({"mr", "ms", "mrs", "miss", "mx"})
_ADDRESS_CANON = {word: family for family, words in _ADDRESS_FAMILIES.items() for word in words}
_ADDRESS_RE = re.compile(
    r"\b(?:" + "|".join(sorted((word.capitalize() for word in _ADDRESS_CANON), key=len,
                               reverse=True)) + r")\b\.?")
# A form of address with nothing after it on its line but punctuation: "Dear Chef,".
_ALONE_RE = re.compile(r"[ \t]*[,:;!.\u2014-]*[ \t]*$", re.MULTILINE)
# Honorific suffixes: "Tanaka-san". Any lower-case part after a hyphen counts: the parts of a
# double family name are both capitalised ("Smith-Jones"), so a lower-case one is a word of
# respect or rank that the writer's language puts after the name, whichever it is.
_SUFFIX_RE = re.compile(r"-(?:san|sama|sensei)$")
# (Korean given names are written so too, "So-yeon": only after the interviewer's own name,
# and only when the whole word is not one of their names, is the lower-case part respect.)
_LOWER_SUFFIX_RE = re.compile(r"-[^\W\d_A-Z\u00c0-\u00de]+$")
# A preposition of place right before a word (one space): "in", "near" ("at" and "from" also
# go before people: "a note from Khouri").
_PLACE_BEFORE_RE = re.compile(r"(?<![\w'’])(?:in|near|around|outside|across|via) $")
# South Asian English opens a letter with a word of respect where others write "Dear":
# "Respected Dr. Rao Madam,", "Esteemed Prof. Iyer,". Only a line that then holds a
# capitalised word and ends with a comma is a salutation; a line of prose that begins
# "Respected by ..." (hard-wrapped) is not.
_GREETING_RE = re.compile(
    r"^[ \t\ufeff]*(?:Dear|Hi|Hello|Hey|Greetings|Good (?:morning|afternoon|evening)"
    r"|(?:Respected|Esteemed|Honou?red)(?=[ \t]+[A-Z][^\n]{0,60},[ \t]*$))\b[ \t,]*",
    re.MULTILINE,
)
# A greeting in a language the list above does not know, on the letter's first line: a
# capitalised word, perhaps a lower-case one ("Hola", "Kia ora"), then a name and a comma with
# nothing after it. The comma alone ending the opening line is what makes it a salutation.
_OTHER_GREETING_RE = re.compile(
    r"\A[ \t\ufeff\n]*[A-Z][^\W\d_]+(?:[ \t]+[^\W\d_A-Z]+)?[ \t]+(?=[A-Z][^\n,]{0,40},[ \t]*$)",
    re.MULTILINE)
_RESPECT_GREETING_RE = re.compile(r"[ \t\ufeff]*(?:Respected|Esteemed|Honou?red)\b")
# Salutations to a group or a role name no person: nothing to compare.
_GENERIC_ADDRESSEES = frozenset({
    "hiring", "manager", "team", "sir", "madam", "all", "everyone", "colleagues", "committee",
    "recruiter", "recruiting", "recruitment", "search", "selection", "panel", "interviewer",
    "interviewers", "friends", "members", "there", "again", "folks", "talent", "people",
})
# A greeting made only of these names no one: generic addressees, words of respect, and the
# words that join or honour them ("Dear Sir or Madam", "Respected Ma'am", "Dear Mam"). "Ma"
# standing for the whole salutation ("Good afternoon Ma,") is Nigerian and Indian English for
# ma'am; beside a name ("Dear Ma Lin") it is read as a name still.
_NO_ONE = _GENERIC_ADDRESSEES | _RESPECT_AFTER_NAME | frozenset({
    "or", "and", "respected", "esteemed", "honoured", "honored", "mam", "ma", "madame", "sirs"})
# A particle and its space just before a position, in either case: the Gulf's "Al" and the
# Maghreb's "El" are written with a capital ("Mr. Al Suwaidi"), as Dutch "Van" may be.
_PARTICLE_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:van|von|der|den|de|del|della|da|di|du|dos|das|ter|ten|bin|ibn|al|el"
    r"|ní|nic|ó|uí|mhic|mac) $",
    re.IGNORECASE)
# The graded list's rarest size (see wordlists).
_RAREST_SIZE = 80
# Lower-case parts of family names (van der Berg, da Silva): not compared on their own.
_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "dos", "das",
    "bin", "ibn", "al", "el", "ter", "ten", "af", "y",
    # Irish: daughter of (Ní, Nic), grandson of (Ó), wife of (Uí, Mhic); "Mac" standing alone
    # ("Mac Giolla"): the name after them takes a lenited or eclipsed first letter
    "ní", "nic", "ó", "uí", "mhic", "mac",
})


@dataclass(frozen=True)
class _Name:
    """The interviewer's name, cut into the parts a letter may use."""

    parts: tuple[str, ...]  # capitalised words, particles left out
    pieces: frozenset[str]  # parts and the halves of hyphenated parts, exact spelling
    by_fold: dict[str, str]  # folded part -> part, to spot a missing accent at once

    @property
    def first(self) -> str:
        return self.parts[0]

    @property
    def last(self) -> str:
        return self.parts[-1]

    @classmethod
    def of(cls, full_name: str) -> _Name:
        parts = tuple(
            normalise_apostrophes(word) for word in words_of(full_name)
            if word.casefold() not in _PARTICLES and not _PREFIX_RE.fullmatch(word)
        ) or (normalise_apostrophes(full_name),)
        pieces = set(parts)
        for part in parts:
            pieces.update(piece for piece in re.split(r"-", part) if piece)
        by_fold = {fold(piece): piece for piece in pieces}
        # The particles as the name writes them ("El" of Nadia El Amrani, "Al" of Omar Al
        # Suwaidi): never compared on their own, but written so in a letter they are the
        # name, not a stranger's word. Kept out of `by_fold`, so "el" is no case slip.
        pieces.update(normalise_apostrophes(word) for word in words_of(full_name)
                      if word.casefold() in _PARTICLES)
        return cls(parts=parts, pieces=frozenset(pieces), by_fold=by_fold)

    def closest(self, word: str) -> tuple[str, int]:
        """The name part nearest to `word`, compared without case or accents."""
        folded = fold(word)
        best = min(self.parts, key=lambda part: edit_distance(folded, fold(part)))
        return best, edit_distance(folded, fold(best))


def _family_name_first(name: _Name, email: str | None) -> str | None:
    """The card's first word when the interviewer's e-mail shows it to be the family name:
    the address puts the other words first and it last ("weiling.lim" for Lim Wei Ling,
    "minji.kim" for Kim Min-ji). The card then writes the name family first, as Chinese,
    Korean, Vietnamese or Hungarian names are written; an address that keeps the card's order
    ("lim.weiling") or uses one word says nothing of which name is which."""
    if email is None or "@" not in email or len(name.parts) < 2:
        return None
    pieces = [piece for piece in re.split(r"[._]+", fold(email.split("@", 1)[0])) if piece]
    given = name.parts[1:]
    # "bktan" (or "bk.tan") for Tan Boon Keat: the initials of the given names, then the
    # card's first word; a Western card keeps its order there ("jsmith" for John Smith puts
    # the initial of the card's first word first), so only two given names or more count
    initials = "".join(fold(part)[:1] for part in given)
    if len(given) >= 2 and pieces in ([initials + fold(name.first)], [initials, fold(name.first)]):
        return name.first
    # The given name of two syllables the card writes apart ("Wei Ling", "Min-ji") and the
    # address joins: "smith.john" for John Smith (a surname-first address of a Western firm)
    # is one word each side and says nothing.
    if len(pieces) != 2 or len(given) < 2 and "-" not in given[0]:
        return None
    joined = "".join(fold(part) for part in given).replace("-", "")
    if pieces[1] == fold(name.first) and pieces[0].replace("-", "") == joined:
        return name.first
    return None


# The commonest family names of languages that write the family name first and put a title
# before it (Chinese in pinyin, Korean): a card that opens with one, before given names that
# are none of them, writes the family name first. (Not Vietnamese: "Ms. Lan" to Phạm Thị Lan
# is how Vietnamese addresses a person, by the given name.)
_FAMILY_FIRST_NAMES = frozenset({
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
    "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan",
    "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao",
    "jin", "fu", "zhong", "qian", "dai", "fan", "fang", "shi", "xiong", "tan", "liao", "zou",
    "qiu", "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang",
    "lim", "shin", "oh", "seo", "kwon", "hwang", "ahn",  # (han, song: both languages)
})


# A syllable of pinyin or of the romanisation of Korean: a given name of those languages is one
# or two of them (Wenjie, Minji, Ji-woo); "Oduya" or "Anderson" is not.
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcswy])?"
             r"(?:iang|iong|uang|yeo|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|"
             r"ia|ie|iu|ua|uo|ue|ui|eo|eu|ae|oe|oo|wo|er|a|e|i|o|u)"
             r"(?:ng|n|m|k|l|p)?")
_GIVEN_NAME_RE = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def _family_name_by_form(name: _Name, checker: WordChecker) -> str | None:
    """The card's first word when it is one of the commonest family names of a language that
    writes the family name first and every other word is neither one of them nor a word or a
    name the dictionary knows, and is written as one or two syllables of those languages
    ("Zhou Wenjie", "Park Jiwoo"; not "Lee Anderson" or "Kim Oduya", a Western given name
    before a surname; not "Li Wei", where either word may be the family name)."""
    if len(name.parts) < 2 or fold(name.first) not in _FAMILY_FIRST_NAMES:
        return None
    for part in name.parts[1:]:
        for piece in part.split("-"):
            # (the dictionary itself: the checker knows the card's own words)
            if fold(piece) in _FAMILY_FIRST_NAMES or checker.speller.check(piece) or \
                    checker.speller.check(piece.lower()) or \
                    not _GIVEN_NAME_RE.fullmatch(fold(piece)):
                return None
    return name.first


def _close(distance: int, part: str) -> bool:
    """A typo, not another name: at most 2 edits, and fewer for short names (Lee/Lea: 1)."""
    return distance <= min(2, max(1, len(part) // 3))


def _clipped(word: str, first: str) -> bool:
    """Whether `word` is a first name cut short, the commonest way English makes a familiar
    name (Dan, Sam, Chris, Jess): at least three letters kept and at least two dropped, so a
    dropped last letter (Hanna for Hannah) is still a misspelt name."""
    return len(word) >= 3 and len(first) - len(word) >= 2 and word[:1].isupper() and \
        fold(first).startswith(fold(word))


def _tail_form(word: str, first: str) -> bool:
    """Whether `word` is the end of a long first name, the other way Italian, Spanish and
    English make a familiar name (Pina of Giuseppina, Tina of Cristina, Beth of Elizabeth):
    four letters kept at least, three dropped at least, and the cut made before a consonant
    that opens a syllable, so a slip that loses the first letter ("Aniel" for Daniel) is
    still judged."""
    folded, whole = fold(word), fold(first)
    if len(word) < 4 or len(whole) - len(folded) < 3 or not word[:1].isupper() or \
            not whole.endswith(folded):
        return False
    vowels = "aeiouy"
    return folded[0] not in vowels and folded[1] in vowels


def _short_form_in_own_address(word: str, name: _Name, email: str | None) -> bool:
    """Whether `word` is the start of one of the card's names, cut by one letter or more,
    and the interviewer's own e-mail address spells it so, alone or joined to another of
    their names ("Mari" of Rosa María at rosamari@, "Tom" of Thomas Berg at tom.berg@):
    the short form they go by, which `_clipped` (two letters dropped at least) would not
    allow. A slip of the name ("Hanna" to Hannah at hannah@) is not what the address says."""
    if email is None or "@" not in email or len(word) < 3 or not word.isalpha():
        return False
    folded = fold(word)
    if not any(fold(part) != folded and fold(part).startswith(folded) for part in name.parts):
        return False
    others = [fold(part) for part in name.parts]
    pieces = [piece for piece in re.split(r"[._-]+", fold(email.split("@", 1)[0])) if piece]
    return any(piece == folded or any(piece in (other + folded, folded + other)
                                      for other in others) for piece in pieces)


def _canonical_prefix(prefix: str) -> str:
    bare = prefix.rstrip(".").casefold()
    return _PREFIX_CANON.get(bare, _ADDRESS_CANON.get(bare, bare))


class _NameChecker:
    def __init__(self, letter: Letter, context: ProofreadContext, checker: WordChecker,
                 claimed: list[tuple[int, int]], extra_names: frozenset[str]) -> None:
        self.letter = letter
        self.context = context
        self.checker = checker
        self.claimed = claimed
        self.name = _Name.of(context.interviewer.name)
        self.prefix = context.interviewer.prefix
        self.family_first = _family_name_first(self.name, context.interviewer.email) or \
            _family_name_by_form(self.name, checker)
        self.findings: list[Finding] = []
        self.judged: set[int] = set()  # start offsets of tokens already looked at
        # Other people's names (the candidate, contacts): spelled right, never the interviewer.
        self.other_names = extra_names - self.name.pieces

    # -- the three places -------------------------------------------------------------------

    def run(self) -> list[Finding]:
        self.check_salutation()
        self.check_prefixed_mentions()
        self.check_free_words()
        return self.findings

    def check_salutation(self) -> None:
        greeting = _GREETING_RE.search(self.letter.text) or self.other_greeting()
        if greeting is None:
            return
        position = greeting.end()
        line_end = self.letter.text.find("\n", position)
        line_end = len(self.letter.text) if line_end < 0 else line_end
        words = re.findall(r"[\w'’]+", self.letter.text[position:line_end].casefold())
        if words and all(word in _NO_ONE for word in words):
            return  # "Dear Sir or Madam", "Dear Respected Madam": no one's name
        matches = [match for match in (_PREFIX_RE.match(self.letter.text, position),
                                       _ADDRESS_RE.match(self.letter.text, position),
                                       self.own_prefix_at(position)) if match]
        # the longest reading: the card's "Dott.ssa" (an Italian contraction) holds the "Dott."
        # of the list, which read alone would leave "ssa" as a name
        prefix = max(matches, key=lambda match: match.end()) if matches else None
        if prefix and _ALONE_RE.match(self.letter.text, prefix.end()):
            return  # "Dear Chef,", "Dear Coach": addressed by a form of address, no name
        if prefix and not self.letter.text[prefix.end():prefix.end() + 1].isspace():
            prefix = None  # "Dear Deanna": a name that starts like a form of address
        if prefix:
            position = prefix.end()
        names = self.tokens_of_name(position, line_end)
        surname_wrong = self.judge_salutation_names(greeting, prefix, names, line_end)
        # The courtesy prefix is judged against the card only when the name after it is
        # the interviewer's: "Dear Mrs. Okoro" to Mr. Adeyemi is one slip (the letter is
        # addressed to someone else, whose form of address the writer got right), which the
        # name's finding reports; a second finding on "Mrs." would say the same thing twice
        if prefix and not surname_wrong:
            self.check_prefix(prefix.start(), prefix.end())

    def judge_salutation_names(self, greeting: re.Match[str], prefix: re.Match[str] | None,
                               names: list[Token], line_end: int) -> bool:
        """Judge the greeted names; True when the last one, after a prefix, is another
        person's surname (no near spelling of any of the interviewer's names)."""
        if names and prefix is None and names[0].text.casefold() in TITLE_HEADS and re.match(
                r"\s*(?:[,:!]|$|of\b|for\b)", self.letter.text[names[0].end:line_end]):
            return False  # "Dear Head of Design,", "Dear Director,": a title, no name
        if names and prefix is None and len(names) > 1 and \
                names[0].text.casefold() in TITLE_HEADS:
            names = names[1:]  # "Dear Director Haddad": a title, which the title rule reads
        if names and prefix is None and len(names) > 1 and \
                self.clipped_own_prefix(names[0].text):
            # "Dear Pak Wayan" to a card whose prefix is "Bapak": the spoken short form of the
            # recorded form of address (its end or its start), not a name
            self.judged.add(names[0].start)
            names = names[1:]
        if names and prefix is None and self.form_of_address_before_first_name(names):
            # "Dear Pak Hendra", "Dear Batono Giorgi": the word before the interviewer's first
            # name is how the writer's language addresses them (no one's first name comes
            # before another first name), unless it is a slip of one of their names
            self.judged.add(names[0].start)
            names = names[1:]
        if not names or names[0].text.casefold() in _GENERIC_ADDRESSEES or \
                names[0].text.casefold() in _RESPECT_AFTER_NAME:
            return False  # "Dear Hiring Team", "Dear Ma'am": no person's name to compare
        surname_wrong = False
        for token in names:
            self.judged.add(token.start)
            if token is not names[0] and token.text.casefold() in _RESPECT_AFTER_NAME:
                continue  # "Dear Rajesh Sir", "Dear Anil Ji": respect after the name
            if token is names[-1] and len(names) >= 2 and \
                    strip_possessive(names[-2].text) in self.name.pieces and \
                    self.respect_after_greeted_name(
                        token, any_length=_RESPECT_GREETING_RE.match(greeting.group())
                        is not None and strip_possessive(names[-2].text) == self.name.last):
                continue  # "Dear Emre Hoca,": see respect_after_greeted_name
            finding = self.judge(token, strict=True, after_prefix=prefix is not None,
                                 right_after_prefix=prefix is not None and token is names[0])
            if finding is not None and prefix is not None and token is names[-1] and \
                    not _close(*self.name.closest(strip_possessive(token.text))[::-1]):
                # another person's surname, not a slip of the interviewer's ("Ms. Okonko"
                # to Dr. Okonkwo is two slips: the prefix and the spelling)
                surname_wrong = True
        return surname_wrong

    def other_greeting(self) -> re.Match[str] | None:
        """The opening "Kia ora Tom,": see _OTHER_GREETING_RE. Its words must be no everyday
        English word (rare ones, as borrowed greetings are, do not count): "Respected
        Narayanan Vaidyar," opens in English, and its last word may be respect, not a name."""
        match = _OTHER_GREETING_RE.match(self.letter.text)
        if match is None or any(self.checker.is_everyday_word(word)
                                for word in re.findall(r"[^\W\d_]+", match.group())):
            return None
        return match

    def check_prefixed_mentions(self) -> None:
        for prefix in _PREFIX_RE.finditer(self.letter.text):
            token = self.token_at(prefix.end(), allow_gap=True)
            if token is None or token.start in self.judged or not token.is_capitalised:
                continue
            self.judged.add(token.start)
            finding = self.judge(token, strict=False, after_prefix=True,
                                 right_after_prefix=True)
            if finding is None and strip_possessive(token.text) in self.name.pieces:
                self.check_prefix(prefix.start(), prefix.end())

    def check_free_words(self) -> None:
        words = self.letter.words
        for index, token in enumerate(words):
            if token.start in self.judged or not token.is_capitalised:
                continue
            if overlaps(token.start, token.end, self.claimed):
                continue
            base = strip_possessive(token.text)
            if base in self.name.pieces:
                self.check_neighbours(words, index)
                continue
            if index > 0 and words[index - 1].text.casefold() in _ARTICLES and \
                    self.letter.text[words[index - 1].end:token.start] == " ":
                # "the moisture of the Khalas", "a Kalina": an article makes the word a thing,
                # a place or a product (the Mariinsky, a Dacia), not the interviewer named
                continue
            if self.judge(token, strict=False, after_prefix=False):
                self.judged.add(token.start)  # its neighbour check must not report it again

    def check_neighbours(self, words: list[Token], index: int) -> None:
        """'Adaora Okonkwo', 'Adaeze Okafor': a stranger word beside a correct part.

        Only the word before the last name (a first name) and the word after the first name
        (a last name) are read; a word that is English in lower case ("Thanks Okonkwo") is
        prose unless it is close to the expected part.
        """
        if len(self.name.parts) < 2:
            return
        base = strip_possessive(words[index].text)
        neighbours = []
        if base == self.name.last and index > 0:
            neighbours.append((words[index - 1], words[index], self.name.first))
        if base == self.name.first and index + 1 < len(words):
            neighbours.append((words[index + 1], words[index], self.name.last))
        for neighbour, anchor, expected in neighbours:
            left, right = sorted((anchor, neighbour), key=lambda token: token.start)
            if self.letter.text[left.end:right.start] != " " or neighbour.start in self.judged:
                continue
            word = strip_possessive(neighbour.text)
            if not neighbour.is_capitalised or word in self.name.pieces:
                continue
            if word in self.other_names or _PREFIX_RE.fullmatch(word) or \
                    _ADDRESS_RE.fullmatch(word):
                continue
            if anchor is left and word.casefold() in _RESPECT_AFTER_NAME:
                continue  # "Respected Sudipto Babu,", "Ravi Garu": respect after the name
            if anchor is left and self.respect_in_own_greeting(neighbour, anchor):
                continue  # "Namaste Pasang Dai,": the writer's language's respect after a name
            distance = edit_distance(fold(word), fold(expected))
            # "Thanks" lower-cased is still a word: prose. "Claire" is not: a name.
            if self.checker.is_correct(word.lower()) and distance > 2:
                continue
            self.judged.add(neighbour.start)
            self.judge(neighbour, strict=True, after_prefix=False, expected=expected)

    def respect_after_greeted_name(self, word: Token, *, any_length: bool = False) -> bool:
        """The greeting's last word, after one of the card's names, is short, no name the
        lists know or a contact's, and no slip of any of the card's names (three edits at
        least from each): a respect of the writer's language that follows the name ("Dear
        Emre Hoca,", "Dear Rustam Aka,"). A wrong surname needs evidence: a listed name
        ("Dear Rustam Diaz,"), another panelist's, or a slip of the card's ("Dear Rustam
        Aydn,") stay findings.

        `any_length`: the salutation opens with a word of respect and the word follows the
        card's family name ("Respected Narayanan Vaidyar," to K. P. Narayanan): no second
        surname follows a surname, so a longer honorific or office is read as respect too.
        After the given name a long stranger ("Respected Sunil Sharma,") stays a surname."""
        base = strip_possessive(word.text)
        if (len(base) > 5 and not any_length) or not base.isalpha():
            return False
        _, distance = self.name.closest(base)
        return distance >= 3 and self.unknown_word_of_address(base)

    def respect_in_own_greeting(self, word: Token, first: Token) -> bool:
        """The word after the first name ends a greeting line that opens with a greeting no
        English list knows ("Namaste Pasang Dai,", "Salam Aziz Aka,"): the writer greets in
        their language, whose respect words follow the name, when the word is short and no
        name the lists know nor a slip of one of the interviewer's names."""
        text = self.letter.text
        line_start = text.rfind("\n", 0, first.start) + 1
        line_end = text.find("\n", word.end)
        line_end = len(text) if line_end < 0 else line_end
        if not re.fullmatch(r"\s*[,!:]?\s*", text[word.end:line_end]):
            return False
        opening = re.match(r"[ \t]*([^\W\d_]+)[ \t]+$", text[line_start:first.start])
        # (a greeting word English has borrowed, "Namaste", is still the writer's own; an
        # everyday English word opening the line, "Thanks Pasang X,", is not)
        if opening is None or self.checker.is_everyday_word(opening.group(1)) or \
                _GREETING_RE.match(text, line_start) is not None or \
                opening.group(1) in self.name.pieces:
            return False
        # short (Dai, Aka, Bey, Ji) and no name the lists know: "Salam Rustam Lee," and a
        # longer stranger, "Salam Rustam Okafor,", stay wrong surnames
        base = strip_possessive(word.text)
        return len(base) <= 5 and self.unknown_word_of_address(base)

    # -- judging one word --------------------------------------------------------------------

    def judge(self, token: Token, *, strict: bool, after_prefix: bool,
              expected: str | None = None, right_after_prefix: bool = False) -> Finding | None:
        """A finding when `token` misnames the interviewer; None when it is fine or another
        person. `strict`: the word is certainly meant as the interviewer's name."""
        base = _SUFFIX_RE.sub("", strip_possessive(token.text))
        bare = _LOWER_SUFFIX_RE.sub("", base)
        if bare != base and base not in self.name.pieces and bare in self.name.parts:
            base = bare  # "Kobayashi-shachō": a rank after the family name, see _SUFFIX_RE
        elif base.endswith("ji") and base not in self.name.pieces and \
                base[:-2] in self.name.parts:
            base = base[:-2]  # "Dear Mishraji": Hindi's "-ji" of respect, written joined
        family = self.family_first
        if right_after_prefix and family is not None and base == self.name.last and \
                base != family:
            # "Dr. Ling" to Lim Wei Ling (e-mail weiling.lim): the card writes the family name
            # first, and a title goes before the family name, not the last given name
            return self.add(token.start, token.start + len(base),
                            f"The interviewer's family name is {family} "
                            f"({self.context.interviewer.name}); {base} is a given name.",
                            family)
        if base in self.name.pieces or "-" in base and all(
            piece in self.name.pieces for piece in base.split("-")
        ):
            return None
        if len(base) == 1 and any(part.startswith(base) for part in self.name.parts):
            return None  # an initial: "Adaeze N. Okonkwo", "Dear A. Okonkwo"
        if not after_prefix and _clipped(base, self.name.first):
            return None  # a short form: "Dear Dan" to Daniel, "Sam" to Samantha
        if not after_prefix and _tail_form(base, self.name.first):
            return None  # "Dear Pina" to Giuseppina: the end of the name, as it is said
        if _short_form_in_own_address(base, self.name, self.context.interviewer.email):
            return None  # "Dear Rosa Mari" to Rosa María at rosamari@: the form they go by
        end = token.start + len(base)
        interviewer = self.context.interviewer.name
        part = self.name.by_fold.get(fold(base))
        if part is not None:  # the same letters: only accents or capitals differ
            if strip_accents(base) == strip_accents(part):
                if base in self.other_names:
                    return None  # the candidate's own Chloe, not the interviewer's Chloé
                return self.add(token.start, end, f"The interviewer's name is written {part} "
                                f"({interviewer}): the accents differ.", part, "minor")
            if base.isupper():
                return None  # OKONKWO in capitals is a style, not a wrong name
            return self.add(token.start, end, f"The interviewer's name is written {part} "
                            f"({interviewer}).", part)
        if not strict:
            # Most capitalised words are ordinary words or other people: rule them out
            # before measuring distances (this runs for every capitalised word).
            if base in self.other_names:
                return None
            if not after_prefix and self.checker.is_correct(base):
                return None  # a dictionary word near a name part (Mark, Marc): leave it
        part, distance = self.name.closest(base)
        if strict:
            if not _close(distance, part):
                part = expected or (self.name.last if after_prefix else self.name.first)
            return self.add(token.start, end, f"The interviewer is {interviewer}; "
                            f"{base!r} is not their name.", part)
        if not _close(distance, part):
            return None
        if distance >= 2 and base == token.text and \
                _PLACE_BEFORE_RE.search(self.letter.text, 0, token.start) is not None:
            # "the harvest in Koura" to Khoury: right after a preposition of place a word two
            # edits from the name is a place (no one is "in" a person); a possessive ("in
            # Khouri's office") or a single slip stays the name misspelt
            return None
        return self.add(token.start, end, f"Looks like the interviewer's name, which is "
                        f"spelled {part} ({interviewer}).", part)

    def form_of_address_before_first_name(self, names: list[Token]) -> bool:
        """"Dear Pak Hendra", "Dear Sensei Tanaka": a word before one of the interviewer's
        names that is no slip of one of them. Before the first name it is a form of address
        (no one's first name comes before another first name); before the last name, only
        when it is no given name the lists know nor another person's of the user's (a wrong
        first name, "Dear Claire Okonkwo", stays one)."""
        if len(self.name.parts) < 2:
            return False
        if len(names) > 2 and self.given_names_from_first(names[1:]):
            # "Dear Puan Nurul Aina" to a card "Nurul Aina binti Hassan": a given name of two
            # words, written whole after the form of address
            names = names[:2]
        if len(names) != 2:
            return False
        word = strip_possessive(names[0].text)
        after = strip_possessive(names[1].text)
        # "Dear Puan Aisyah" to a card "Nur Aisyah binti Jamil": a given name after the first,
        # by which the writer's language calls the reader, counts as the last one does
        middle = after[:1].isupper() and after in self.name.parts[1:-1]
        if word in self.name.pieces or after not in (self.name.first, self.name.last) and \
                not middle:
            return False
        part, distance = self.name.closest(word)
        if _close(distance, part):
            return False
        if after == self.name.first:
            return True
        return self.unknown_word_of_address(word)

    def clipped_own_prefix(self, word: str) -> bool:
        """`word` is the start or the end of the card's own prefix, two letters at least and
        shorter than it ("Pak" of "Bapak", "Bu" of "Ibu", "Prof" of "Professor"): how the
        writer's language shortens the form of address the user recorded. A slip of one of
        the interviewer's names stays one."""
        if not self.prefix or word in self.name.pieces:
            return False
        bare = self.prefix.strip().rstrip(".").casefold()
        folded = word.casefold()
        if len(folded) < 2 or len(folded) >= len(bare) or not folded.isalpha():
            return False
        return bare.startswith(folded) or bare.endswith(folded)

    def given_names_from_first(self, names: list[Token]) -> bool:
        """The tokens are the interviewer's first name parts, in the card's order from its
        first word ("Nurul Aina" of "Nurul Aina binti Hassan")."""
        parts = self.name.parts
        return len(names) < len(parts) and all(
            strip_possessive(token.text) == part for token, part in zip(names, parts, strict=False))

    def unknown_word_of_address(self, word: str) -> bool:
        """No slip of one of the interviewer's names, no name the lists know and no contact's.
        Only asked before the last name: after the first name such a word is as likely a
        wrong surname ("Adaeze Okafor") as a respect of the writer's language, and no
        tuning letter showed either."""
        if word in self.name.pieces or word in self.other_names or not word.isalpha():
            return False
        part, distance = self.name.closest(word)
        lexicon = self.checker.lexicon
        # given names and surnames are listed with their capital from size 40 on; the rarest
        # size (80) holds words of every kind, forms of address among them (Meneer, Shri)
        return not _close(distance, part) and lexicon is not None and \
            lexicon.sizes.get(word, _RAREST_SIZE) >= _RAREST_SIZE

    def own_prefix_at(self, position: int) -> re.Match[str] | None:
        """The card's own prefix, whatever its language ("Dear Er. Shrestha" to a card whose
        prefix is "Er."): the form of address the user recorded is one, listed or not."""
        if not self.prefix:
            return None
        bare = self.prefix.strip().rstrip(".")
        # "W/ro", "Ato." (Amharic forms of address are written with a slash)
        if not bare or not bare.replace(".", "").replace("/", "").isalpha():
            return None
        return re.compile(re.escape(bare) + r"\b\.?", re.IGNORECASE).match(
            self.letter.text, position)

    def check_prefix(self, start: int, end: int) -> None:
        used = self.letter.text[start:end]
        used_canon = _canonical_prefix(used)
        card_canon = _canonical_prefix(self.prefix) if self.prefix else ""
        if used_canon == "professional" or used_canon == "ms/mrs" and \
                card_canon in _FEMALE_PREFIXES:
            return  # "Dear Ing. Novák", "Dear Frau Schmidt" to a Ms. or a Mrs.
        if card_canon == "professional" and used_canon in _PLAIN_COURTESY or \
                card_canon == "ms/mrs" and used_canon in _FEMALE_PREFIXES:
            # The card keeps the form of another language or a profession ("Frau", "Mme",
            # "Mag."); the writer uses the English courtesy form it answers to ("Mrs Kälin",
            # "Ms Berger"). A doctor's or a professor's card still wants Dr. or Prof.
            return
        card_bare = self.prefix.strip().rstrip(".").casefold() if self.prefix else ""
        if card_bare and used_canon in _PLAIN_COURTESY and card_canon == card_bare and \
                card_bare not in _ADDRESS_CANON and card_bare not in _PLAIN_COURTESY and \
                not card_bare.startswith(("dr", "prof")):  # (Dra., Profa.: a doctor still)
            # A card's prefix no list knows (an academic or a professional form of another
            # language: the writer's country has dozens) and a plain English courtesy form
            # in the letter: nothing says the two disagree, as the writer addresses the person
            # the English way ("Dear Mrs. Novak" to a card that keeps her degree's form)
            return
        if used_canon in ("dr", "prof") and card_bare.startswith(used_canon) and \
                len(card_bare) - len(used_canon) <= 3:
            return  # "Dr. Fuentes" to a card that says "Dra.": the English form, no gender
        if used.rstrip(".").casefold() == "sir" and card_canon == "mr":
            return  # "Sir Ramon": the respect a man is shown, as Mr. is
        title = self.context.interviewer.title
        if title and used_canon not in _PLAIN_COURTESY and card_canon not in ("dr", "prof") and \
                set(_ADDRESS_FAMILIES.get(used_canon, (used_canon,))) & \
                set(re.findall(r"[a-z]+", title.casefold())):
            # "Dear Chef Vernay" to a Chef-Owner, "Dear Principal Okoro" to a Head Teacher and
            # Principal: the form of address is the interviewer's own job, which the card's
            # courtesy prefix (Mme, Mr) does not record; a doctor's card still wants Dr.
            return
        if self.prefix and used_canon != card_canon:
            self.add(start, end, f"The letter says {used!r}; the interviewer is "
                     f"{self.prefix} {self.name.last}.", self.prefix)

    # -- helpers -----------------------------------------------------------------------------

    def add(self, start: int, end: int, message: str, suggestion: str,
            severity: str = "error") -> Finding:
        start, suggestion = self.with_particles(start, suggestion)
        finding = self.letter.finding(
            "wrong_interviewer_name", start, end, message, suggestion,
            "minor" if severity == "minor" else "error",
        )
        self.findings.append(finding)
        return finding

    def with_particles(self, start: int, suggestion: str) -> tuple[int, str]:
        """"Mr van der Walt" for van der Merwe: the particles belong to the surname the
        writer got wrong, so the finding covers them, and the suggestion is the surname with
        the interviewer's own particles. Only when the interviewer's name has particles: a
        lower-case "de" before another name is the writer's French or Spanish."""
        particles = self.particles_before(self.context.interviewer.name, suggestion)
        if not particles:
            return start, suggestion
        text = self.letter.text
        at = start
        while True:
            match = _PARTICLE_BEFORE_RE.search(text, max(0, at - 8), at)
            if match is None:
                break
            at = match.start()
        if at == start:
            return start, suggestion
        return at, f"{particles} {suggestion}"

    @staticmethod
    def particles_before(full_name: str, part: str) -> str:
        """The particles just before `part` in the interviewer's name ("van der" of "Pieter
        van der Merwe"), or ""."""
        words = words_of(full_name)
        if part not in words:
            return ""
        at = words.index(part)
        found: list[str] = []
        while at > 0 and words[at - 1].casefold() in _PARTICLES:
            at -= 1
            found.insert(0, words[at])
        return " ".join(found)

    def token_at(self, position: int, *, allow_gap: bool) -> Token | None:
        for token in self.letter.words:
            if token.start >= position:
                gap = self.letter.text[position:token.start]
                if gap == "" or (allow_gap and gap.isspace() and "\n" not in gap):
                    return token
                return None
        return None

    def tokens_of_name(self, position: int, line_end: int) -> list[Token]:
        """Capitalised words (and particles) right after the greeting, up to a comma or colon."""
        names: list[Token] = []
        for token in self.letter.words:
            if token.start < position:
                continue
            if token.start >= line_end or not self.letter.text[position:token.start].isspace() \
                    and position != token.start:
                break
            if not token.is_capitalised and token.text.casefold() not in _PARTICLES:
                break
            if token.is_capitalised:
                names.append(token)
            position = token.end
        return names


def find_wrong_names(letter: Letter, context: ProofreadContext, checker: WordChecker,
                     claimed: list[tuple[int, int]], extra_names: frozenset[str] = frozenset(),
                     ) -> list[Finding]:
    """`claimed`: spans other rules explain better (placeholders, other companies)."""
    return _NameChecker(letter, context, checker, claimed, extra_names).run()


def other_names(context: ProofreadContext, known_words: tuple[str, ...]) -> frozenset[str]:
    """Exact spellings of names that are not the interviewer's, from context and contacts."""
    texts = [context.candidate_name or "", *context.topics_discussed,
             *context.candidate_strengths, *known_words]
    return frozenset(normalise_apostrophes(strip_possessive(word))
                     for text in texts for word in words_of(text))
