"""Misspellings: words neither the English dictionary nor the user's own words know.

Not words, so never checked: e-mail addresses, URLs and handles (masked by `Letter`), any
token with a digit (numbers, money, 99.9%, Q3, EC2, p95), acronyms of up to six capitals,
camelCase product names. A hyphenated or dotted word is checked whole first, then part by
part, and the finding covers only the misspelt part (well-recieved -> recieved).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pursuit.core.proofread.context import is_legal_form
from pursuit.core.proofread.languages import known_in_another_language, languages_of
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.lexicon import CAPITAL_WORD, PREFIXES, WordChecker, key_slip
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import Token, overlaps
from pursuit.core.proofread.wordlists import COURTESY, COURTESY_PHRASES, FUNCTION_WORDS, edits

_SENTENCE_END = ".!?:"
# A word of te reo Māori: open syllables of its ten consonants (ng, wh, h k m n p r t w) and
# five vowels (tamariki, mahi, kaiako, nui). New Zealand English borrows such words freely, and
# a letter that writes Māori macrons (whānau, Kōwhai) is one that does; English slips hardly
# ever take this shape (they end in a consonant, or use b c d f g j l s v x y z). A
# Māori greeting (Kia ora) marks such a letter as well as the macrons do.
_MAORI_RE = re.compile(r"(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū]){2,}", re.IGNORECASE)
_TE_REO_RE = re.compile(r"[āēīōūĀĒĪŌŪ]|\b(?:kia ora|nga mihi|tena koe|tena koutou)\b",
                        re.IGNORECASE)
# No letter a person wrote has this many: past it the text is not prose (a template that writes
# thousands of made-up words), and looking each one up would cost seconds of CPU for nothing.
MAX_MISSPELLINGS = 100
# ... nor this many words unknown to the dictionary, reported or not: the rules that pass over
# unknown words (another language, jargon, compounds) must not let such a text cost seconds.
MAX_UNKNOWN = 400
_OPENERS = "\"'“‘([ \t"
_COURTESY_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split()))
                            for phrase in sorted(COURTESY_PHRASES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
_PHRASE_WORDS = frozenset(word for phrase in COURTESY_PHRASES for word in phrase.split())
# A name of two capitalised words joined by "&": "Marlow & Quince", "Harrow & Vane".
_AMPERSAND_NAME_RE = re.compile(r"[A-Z][\w'’.\-]*\s+&\s+[A-Z][\w'’.\-]*")


def find_misspellings(letter: Letter, checker: WordChecker,
                      claimed: list[tuple[int, int]]) -> list[Finding]:
    """`claimed`: spans other rules already explain (a wrong name is not also a typo)."""
    findings: list[Finding] = []
    words = letter.words
    known_spans: list[tuple[int, int]] | None = None  # found at the first unknown word
    bilingual: bool | None = None  # found at the first unknown word far from English
    long_words: set[str] | None = None  # the letter's long words, at the first short unknown
    unknown = 0  # words that failed the dictionary, reported or passed over
    # lower-case words of the letter no English check knows, whose languages
    # are asked only if needed: found at the first word that gets to the end of the checks below
    foreign: list[str] | None = None
    for index, token in enumerate(words):
        if len(findings) >= MAX_MISSPELLINGS:
            break
        if token.has_digit or checker.is_correct(token.text):
            continue
        unknown += 1
        if unknown > MAX_UNKNOWN:
            break  # see MAX_UNKNOWN
        if claimed and overlaps(token.start, token.end, claimed):
            continue
        # "Diolch yn fawr", "Marlow & Quince" (but "Harow & Vane" is a slip). The phrases are
        # looked for only when a word that fails could be part of one: a regular expression
        # over the whole letter would cost more than the rest of the spell check.
        if token.text.casefold() in _PHRASE_WORDS or token.is_capitalised and \
                "&" in letter.text:
            if known_spans is None:
                known_spans = _courtesy_and_firm_names(letter.text)
            if overlaps(token.start, token.end, known_spans) and \
                    not checker.is_near_own_word(token.text):
                continue
        if not token.is_capitalised and _in_foreign_phrase(letter, words, index, checker):
            continue
        if not token.is_capitalised and _in_courtesy_clause(letter, words, index):
            continue  # "Merci encore pour votre accueil, and ...": the thanks said whole
        if _in_foreign_sentence(letter, words, index, checker):
            continue  # "Je vous remercie encore pour votre accueil.": a sentence of its own
        if _in_foreign_run(letter, words, index, checker):
            continue  # "Muchas gracias por su tiempo", "Baie dankie": the whole phrase
        if _in_unknown_run(letter, words, index, checker):
            continue  # "Terima kasih banyak", "with the lactobacillus reuteri strain"
        if _thanks_in_another_language(letter, words, index, checker):
            continue  # "Khob khun ka for your time": thanks said in the writer's language
        if token.is_capitalised and _short_sentence_in_another_language(
                letter, words, index, checker):
            continue  # "Dios mabalos po!": a short sentence of another language, whole
        if not token.is_capitalised and _short_sentence_of_one_language(
                letter, words, index, checker):
            continue  # "Tot ziens!", "Bis bald!": a farewell of one language, said whole
        if _GLOTTAL_RE.search(token.text) and not checker.is_near_own_word(token.text):
            continue  # "Hawai'i": an apostrophe between vowels writes a glottal stop
        if _street_line(letter.text, token):
            continue  # "8 rue du Moulin", "Calle de Alcalá 12": the heading's address
        if not token.is_capitalised and checker.is_far_from_english(token.text):
            if bilingual is None:
                bilingual = _writes_another_language(letter, words, checker)
            if bilingual:
                continue  # "meetings with the comunidades" by a writer who thanks in Spanish
        if not token.is_capitalised and _CHEMICAL_RE.fullmatch(token.text) and \
                checker.is_far_from_english(token.text) and \
                not _two_everyday_words(token.text, checker) and \
                not checker.is_near_own_word(token.text):
            # "phenoxyethanol", "ceramide", "tocopherol": the name of a compound, built the
            # way chemistry builds them, no English word near it (so nothing to mend); a slip
            # of an English word sits one or two keys from it ("hypovolaemai" still is one)
            continue
        if not token.is_capitalised and len(token.text) >= 5 and token.text.isalpha() and \
                _root_of_a_longer_term(token.text, words, checker):
            # "crocetin and picrocrocetin": a word the letter also writes inside a longer
            # term of no English word's shape is that term's root, not a slip
            continue
        if not token.is_capitalised and len(token.text) <= 6:
            if long_words is None:
                long_words = {word.text.casefold() for word in words if len(word.text) >= 6 and
                              word.text.isalpha()}
            if checker.is_clipping_of(token.text, checker.own_terms) or \
                    checker.is_clipping_of(token.text, long_words):
                continue  # "the perio list" where the notes say periodontal: a clipped term
        if is_legal_form(token.text):
            continue  # "not a plc": a kind of firm
        if _greeting_or_closing_word(letter.text, token, checker):
            continue  # "Hei Aino,", "Dear Pak Hendra,", "Hormat saya,": the writer's language
        if _courtesy_before_english_thanks(letter, words, index, checker):
            continue  # "Valeu, and see you in the water!": thanks in the writer's language
        if token.is_capitalised and _respect_of_the_greeting(letter.text, words, index, checker):
            continue  # "Dear Kenji San, ... San, I hope": the greeting's respect word again
        if _unit_after_number(letter, words, index):
            continue  # "90 ppb", "12 kph": a unit of measure, not a word
        if token.is_capitalised and _signature_line(letter.text, token) and \
                not checker.is_near_own_word(token.text):
            continue  # "Kind regards,\nMoussa Diallo": the writer's own name
        if token.is_capitalised and checker.is_short_form_of_own_name(token.text):
            continue  # "Hi Viv," to Vivienne Ashe: the short form of the card's name
        if _MAORI_RE.fullmatch(token.text) and _TE_REO_RE.search(letter.text):
            continue  # tamariki, kura: te reo Māori in a letter that writes its macrons
        if token.is_capitalised and _after_given_name(letter, words, index, checker) and \
                not checker.is_near_own_word(token.text):
            continue  # "Dr. Rao", "Priya Rao", "Sean Ng": a surname, short ones near words
        if token.is_capitalised and _before_acronym(letter, words, index) and \
                _inside_sentence(letter, token) and not checker.is_near_own_word(token.text):
            continue  # "the Higg FEM scores", "a Kepler DAQ": a product or a standard's name
        if token.is_capitalised and _lone_capital(letter, words, index) and \
                checker.is_short_name_beside_a_word(
                    token.text, place=_after_place_word(letter, words, index)):
            continue  # "I spoke with Tunde on Monday", "a depot in Tema": a name
        if token.is_capitalised and _named_thing_after_the(letter, words, index, checker):
            continue  # "the haar came in off the Tay.": a river's or a hill's name
        if token.is_capitalised and _lone_capital(letter, words, index) and \
                checker.is_long_name_alone(token.text):
            continue  # "the Eixample stations": a name, no key slip of a word
        if not token.is_capitalised and _species_after_genus(letter, words, index, checker):
            continue  # "Posidonia oceanica": the second word of a Latin name
        if token.is_capitalised and _before_an_unknown_name(letter, words, index, checker) and \
                not (checker.is_typing_slip(
                    token.text, common=len(token.text) <= 4 and
                    checker.is_far_from_english(words[index + 1].text)) and
                     not _two_letters_of_a_name(token.text)) and \
                not checker.is_near_own_word(token.text):
            # "between Belo Horizonte and ...": the first word of a name. A short first word
            # before a name far from every English word ("near Bab Zuweila", "Ras Mohammed")
            # is a word of that name's language (gate, cape, head): only a swapped or doubled
            # letter of a common word ("Teh Zuweila gate") stays a slip there, since a short
            # word undoubled or swapped lands on some rare listed name whatever it is. A word
            # of two letters there ("the Ol Kalou centre", "Al Ain", "Ad Dammam") is a
            # particle of that name: its two letters swapped are always some word, so only a
            # swap landing on a function word ("Ni Kalou" for "in") is still read as a slip
            continue
        if token.is_capitalised and _beside_a_proper_name(letter, words, index, checker) and \
                checker.is_short_name_beside_a_word(token.text, any_length=True):
            continue  # "Walla Walla", "in Nakuru and Baringo", "the Siemens Gamesa units"
        if token.is_capitalised and _beside_a_name_particle(letter, words, index) and (
                len(token.text) <= 5 or not checker.is_typing_slip(token.text) and
                checker.is_plausible_name(token.text) or
                _name_of_one_language(letter, words, index)):
            # "Passeig de Sant Joan", "Rua do Carmo", "Museo del Arte": a word of a place's
            # name (a short one may sit one letter or one swap from an English word, as
            # words of four or five letters of any language do; a long slip, "Engeneering de
            # X", stays one)
            continue
        if token.is_capitalised and _after_saint(letter, words, index) and \
                not checker.is_typing_slip(token.text) and \
                not checker.is_near_own_word(token.text):
            continue  # "in St. Christoph", "near San Vito": a saint's name naming a place
        if not token.is_capitalised and _particle_between_names(letter, words, index, checker):
            continue  # "Fondamenta dei Vetrai": a particle inside a name of another language
        if token.is_capitalised and _in_list_of_unknown_names(letter, words, index, checker) and \
                not checker.is_slip_among_names(token.text):
            continue  # "Morgon, Fleurie and Chénas": one of a list of names no list holds
        if token.is_capitalised and _before_name_head(letter, words, index):
            if checker.is_plausible_name(token.text, named=True):
                continue  # Wapping Wharf, Trados Studio: the first word of a name
            if _first_letter_off(token.text, checker.suggestion(token.text)) and \
                    not checker.is_typing_slip(token.text) and \
                    not checker.is_near_own_word(token.text):
                # "Ogun State", "Ekiti Road": before a name's head, a word whose nearest
                # common word only lacks or adds its first letter (Gun) is a name; writers keep
                # the first letter of the word they mean, and slips fall inside it
                continue
        elif token.is_capitalised and checker.is_plausible_name(
                token.text, strict=not _name_position(letter, words, index) and
                not _named_elsewhere(letter, words, index)):
            # Cranleigh, Chippenham: a place or a company no list knows. At the start of a
            # sentence too ("Oluwaseun showed me the rigs"): a person named there is as
            # likely as a slip, and a slip one letter from a common word is still caught.
            continue
        if token.is_capitalised and _brand_before_its_noun(letter, words, index, checker):
            continue  # "an old Plantic storage box": see _brand_before_its_noun
        parts = token.parts()
        if len(parts) == 2 and parts[0].text.casefold() == parts[1].text.casefold():
            continue  # tuk-tuk, mahi-mahi, chop-chop: a reduplicated word, not two slips
        if len(parts) > 1 and _compound_of_another_language(parts, checker):
            continue  # "Shinjuku-eki": every part foreign, so the whole is a word of its own
        for place, part in enumerate(parts):
            if checker.is_correct(part.text):
                continue
            if place > 0 and part.text[:1].isupper() and not part.text.isupper() and (
                    parts[place - 1].text.casefold() in PREFIXES or
                    len(parts[place - 1].text) == 1 or
                    place == 1 and _article_before_name(letter, parts)) and \
                    not checker.is_near_own_word(part.text):
                # anti-Xa, non-Euclidean, U-Bahn: a capital after a prefix or a letter marks a
                # name or a symbol; a slip does not bring a capital into the middle of a word
                continue
            if place > 0 and part.text[:1].isupper() and parts[place - 1].text[:1].isupper() \
                    and "-" in letter.text[parts[place - 1].end:part.start] and \
                    not checker.is_near_own_word(part.text):
                continue  # "Croix-Rousse", "Saint-Étienne": a place's name, capitals throughout
            if place == 0 and len(parts) > 1:
                if part.text.casefold() in PREFIXES:
                    continue
                if _combining_form(part.text, parts[1].text, checker):
                    continue  # "agro-tourism", "petro-chemical": see _combining_form
                if _article_before_name(letter, parts):
                    continue  # "ul-Medina", "il-Kbira": see _article_before_name
                if len(parts) == 2 and parts[1].text.casefold() in _KIND_HEADS and \
                        part.text.islower() and part.text.isalpha() and len(part.text) >= 3 and \
                        not checker.is_typing_slip(part.text, common=True) and \
                        not checker.is_near_own_word(part.text):
                    # "a sumi-style brush", "the tandoor-type oven": a word put before "-style"
                    # or "-type" names the kind the writer means, a term of their trade (a key
                    # slip of a common word, "modren-style", stays one)
                    continue
                if part.text[:1].isupper() and checker.is_plausible_name(
                        part.text, strict=not _name_position(letter, words, index)):
                    continue  # "the Kumon-style worksheets", "a Toyota-trained team"
                if part.text[:1].isupper() and not part.text.isupper() and \
                        all(other.text[:1].isupper() for other in parts) and \
                        any(not checker.is_correct(other.text) and
                            not checker.is_near_own_word(other.text) for other in parts[1:]):
                    # "the Herz-Jesu-Kirche": capitals throughout and another part that no
                    # list knows and that is no slip of the user's words make the whole a name
                    # of another language, its first part too (even one letter from a word
                    # of the card: "Herz" beside "Herr")
                    continue
            if part.text.islower() and (_in_latin_phrase(letter, words, index) or
                                        _unmade_participle(part.text, checker)):
                continue  # "pro-forma invoices", "unlathed blanks": see the two functions
            suggestion = checker.suggestion(part.text)
            if part.text.islower() and \
                    not checker.has_likely_intended_word(part.text, suggestion):
                continue  # "phyllic", "caproto": a trade's word no slip of common English
            if len(parts) == 1 and _opens_a_name_run(letter, words, index) and \
                    suggestion is not None and suggestion[:1].isupper() and \
                    " " not in suggestion and \
                    not checker.is_commonest_word(suggestion) and \
                    not checker.is_slip_in_a_name(part.text):
                # "Finca La Esperanza", "at Maison Albaret": a capitalised word before another
                # name, whose nearest word is no common one (Finch, Mason), is a word of a name
                # in another language: nothing says a word was meant. A name misspelt by a key
                # ("Lodnon Bridge"), a commonest word mistyped ("Managment Team": management)
                # or the user's own name misspelt stays a slip.
                continue
            if len(parts) == 1 and part.text[:1].isupper() and part.text.isalpha() and \
                    _name_beside_an_accented_name(letter, words, index) and \
                    not checker.is_typing_slip(part.text, common=True) and \
                    not checker.is_near_own_word(part.text):
                # "the Copa América season": beside a capitalised word written with an accent
                # English drops ("América", not "America"), a capitalised word that the same
                # language's dictionary knows is a word of that name; a slip of English is a
                # word of no language, and a swapped or doubled letter stays a slip
                continue
            if len(parts) == 1 and part.text.islower() and len(part.text) <= 5 and \
                    _beside_a_foreign_word(letter, words, index, checker) and \
                    not checker.is_typing_slip(part.text, common=True):
                # "and eskerrik asko for the food": a short word beside a word of another
                # language is of that language (its short words sit a letter from ours); a
                # swapped or doubled letter of a common word ("comunidades adn") stays a slip
                continue
            if len(parts) == 1 and part.text.islower() and len(part.text) <= 5 and \
                    part.text.isalpha() and \
                    _sentence_opens_in_another_language(letter, words, index, checker) and \
                    not checker.is_typing_slip(part.text, common=True) and \
                    FUNCTION_WORDS.isdisjoint(edits(part.text)) and \
                    not checker.is_common_word_give_or_take_a_letter(part.text):
                # "Ngiyabonga for the tour and the tasty lafa.": a clause opened by thanks
                # in the writer's language (a courtesy word, or a word far from English)
                # keeps that language's short words; a swapped or doubled letter of a common
                # word, or a slip of a function word, stays a slip
                continue
            if len(parts) == 1 and part.text.islower() and len(part.text) <= 4 and \
                    part.text.isascii() and \
                    _beside_a_letter_english_never_writes(letter, words, index) and \
                    not checker.is_typing_slip(part.text, common=True):
                # "Cảm ơn anh": beside a word with a letter English never writes a short word
                # is of that language, even one key from an English one (a swapped or doubled
                # letter of a common word, "Dziękuję adn", stays a slip)
                continue
            if len(parts) == 1 and len(part.text) >= 4 and part.text.isalpha() and \
                    not checker.is_typing_slip(part.text, common=True) and \
                    not checker.is_near_own_word(part.text):
                if foreign is None:
                    foreign = _other_language_words(words, checker)
                if foreign and _language_shared(part.text, foreign):
                    # "a blanc de blancs ... cordialement": the letter writes another word
                    # of a language whose dictionary knows this one too, so the writer is
                    # using that language (a swapped or doubled letter of a common English
                    # word, or a slip of the user's words, stays a slip)
                    continue
            if len(parts) == 1 and part.text.islower() and len(part.text) >= 5 and \
                    part.text.isalpha() and _written_again(words, index) and \
                    not checker.is_typing_slip(part.text) and \
                    (not checker.is_near_everyday_word(part.text) or
                     known_in_another_language(part.text)):
                # "the ustads cut ... so the ustads can stay": a word no list knows that the
                # letter writes again, the same way, is a term the writer means (a slip does
                # not repeat itself letter for letter, unless it is the writer's spelling of
                # an everyday word, "recieve" twice, or a key's slip of a listed word: those
                # stay slips; a word another language's dictionary knows may sit a letter
                # from an everyday one, "the barro ... the barro": it is that language's)
                continue
            if len(parts) == 1 and part.text.islower() and part.text.isalpha() and \
                    _paired_with_a_term(letter, words, index, checker) and \
                    (known_in_another_language(part.text) or
                     _partner_far_from_english(words, index, checker) and
                     not checker.is_typing_slip(part.text, common=True)):
                # "the roda and the batizado", "the long jin and shari" in a sentence that
                # also writes a word far from any English one: terms of the writer's field,
                # named in pairs (each a word of some language; a slip paired with a slip in
                # plain English prose has no such term beside it)
                continue
            if len(parts) == 1 and part.text.islower() and part.text.isalpha() and \
                    len(part.text) >= 4 and \
                    not checker.is_typing_slip(part.text, common=True) and \
                    not checker.is_near_own_word(part.text) and \
                    _beside_a_loanword_of_its_language(letter, words, index, checker):
                # "a beurre blanc", "al dente": beside a word that is no everyday English
                # word and that a language whose dictionary knows this one knows too, the
                # two are a phrase of that language (a slip sits beside English words; a
                # swapped or doubled letter of a common word stays a slip)
                continue
            if len(parts) == 1 and part.text.islower() and part.text.isalpha() and \
                    _noun_of_a_phrasal_verb(letter, words, index, checker):
                continue  # "a late-night callout", "the pickups": see _noun_of_a_phrasal_verb
            if len(parts) == 1 and part.text.islower() and part.text.isalpha() and \
                    _place_of_a_trade(letter, words, index, checker, suggestion):
                continue  # "the tour of the smokery": see _place_of_a_trade
            if len(parts) == 1 and part.text.islower() and part.text.isalpha() and \
                    _closed_compound_noun(words, index, checker, suggestion):
                continue  # "the shopboard by the door": see _closed_compound_noun
            if len(parts) == 1 and part.text.islower() and \
                    _slip_shape_after_its_word(letter, words, index, checker):
                continue  # "for the teh tarik": see _slip_shape_after_its_word
            if len(parts) == 1 and part.text.islower() and \
                    _greeting_in_a_closing(letter, words, index, checker):
                continue  # "Thank you again and servus from Graz,": see _greeting_in_a_closing
            if len(parts) == 1 and checker.is_word_of_another_language(part.text):
                # "the Trompete section", "a famille dinner": a word another language's
                # dictionary knows and no slip of a common English word (asked last: the
                # other dictionaries are loaded only for a word that got this far)
                continue
            if not checker.is_near_its_suggestion(part.text, suggestion):
                continue  # "sfumatura" -> "armature": nothing near and common to mend it to
            findings.append(letter.finding(
                "misspelling", part.start, part.end,
                f"{part.text!r} is not in the dictionary.", suggestion,
            ))
    return findings


# Latin set phrases of English prose (legal, commercial, academic) whose Latin words the
# English lists leave out alone ("pro forma" invoices, "prima facie", "in toto"): written
# whole, with its other words around it, each word is the phrase's, not a slip. Keyed by each
# of their words, so only a word that failed the dictionary looks its phrases up.
_LATIN_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(phrase.split()) for phrase in (
    "pro forma", "prima facie", "pro tem", "pro tempore", "de jure", "in loco parentis",
    "modus operandi", "modus vivendi", "terra incognita", "a priori", "a posteriori",
    "persona non grata", "carpe diem", "viva voce", "pro re nata", "in extremis",
    "pari passu", "in toto", "inter alia", "mutatis mutandis", "ceteris paribus",
    "ad infinitum", "ad nauseam", "sine qua non", "sine die", "sui generis", "sub judice",
    "ultra vires", "ipso facto", "de minimis", "amicus curiae", "ad valorem", "ad libitum",
    "in absentia", "in situ", "in vitro", "in vivo", "per annum", "per diem", "per capita",
    "ex officio", "ex gratia", "ab initio", "de novo", "magnum opus", "alma mater",
    "curriculum vitae", "quid pro quo", "caveat emptor", "non sequitur", "in memoriam",
    "status quo", "vice versa", "bona fide", "bona fides", "et cetera", "op cit",
    "nota bene", "opus dei", "habeas corpus", "lingua franca", "rigor mortis",
))
_LATIN_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    word: tuple(phrase for phrase in _LATIN_PHRASES if word in phrase)
    for phrase in _LATIN_PHRASES for word in phrase
}


def _in_latin_phrase(letter: Letter, words: list[Token], index: int) -> bool:
    """The word is one of a Latin set phrase written whole ("pro forma invoices",
    "pro-forma", "prima facie evidence"), its words one space or a hyphen apart."""
    token = words[index]
    if "-" in token.text:
        return tuple(token.text.casefold().split("-")) in _LATIN_PHRASES
    word = token.text.casefold()
    for phrase in _LATIN_WORDS.get(word, ()):
        first = index - phrase.index(word)
        last = first + len(phrase) - 1
        if first < 0 or last >= len(words):
            continue
        if all(words[first + at].text.casefold() == part for at, part in enumerate(phrase)) \
                and all(letter.text[words[at].end:words[at + 1].start] in (" ", "\n")
                        for at in range(first, last)):
            return True
    return False


def _unmade_participle(word: str, checker: WordChecker) -> bool:
    """"unlathed", "unsanded", "unwaxed": "un" before a past participle the lists know (lathed,
    sanded) says a thing has not had that done to it, a word English makes of any verb of a
    trade and the lists hold for only some. A slip of a listed word that is also one of these
    words, a doubled, undoubled or swapped letter ("unplaned": unplanned) or a slip of the
    user's words, stays one."""
    rest = word[2:]
    return word.startswith("un") and len(rest) >= 5 and rest.endswith("ed") and \
        rest.isalpha() and checker.is_correct(rest) and \
        not checker.is_typing_slip(word) and not checker.is_near_own_word(word)


# Second parts of a compound that make the first part the name of a kind: see
# find_misspellings ("a sumi-style brush").
_KIND_HEADS = frozenset({"style", "type", "shaped", "inspired"})
_PAIR_WORDS = frozenset({"and", "or", "&"})
_SENTENCE_END_RE = re.compile(r"[.!?;:]\s|\n\s*\n")


def _paired_with_a_term(letter: Letter, words: list[Token], index: int,
                        checker: WordChecker) -> bool:
    """words[index] and a lower-case word no English list knows are joined by "and"/"or"
    (each after an optional "the"), and the sentence writes a lower-case word far from
    every English word (kuromatsu, batizado): the checker's own evidence that the sentence
    speaks a field's or a language's terms."""
    def unknown(at: int) -> bool:
        if not 0 <= at < len(words):
            return False
        text = words[at].text
        return text.islower() and text.isalpha() and len(text) >= 3 and \
            not checker.is_correct(text)

    def slip_of_a_function_word(at: int) -> bool:
        # "teh and adn": key slips of the words every sentence has stay slips, paired or not
        folded = words[at].text.casefold()
        return any(key_slip(folded, word) for word in FUNCTION_WORDS
                   if abs(len(word) - len(folded)) <= 1)

    def link(at: int, step: int) -> int | None:
        # from words[at] towards the pair word: "and", then an optional "the"
        nxt = at + step
        if not 0 <= nxt < len(words):
            return None
        if step > 0:
            if words[nxt].text.casefold() not in _PAIR_WORDS:
                return None
            nxt += 1
            if nxt < len(words) and words[nxt].text.casefold() == "the":
                nxt += 1
            return nxt
        if words[nxt].text.casefold() == "the":
            nxt -= 1
        if nxt < 0 or words[nxt].text.casefold() not in _PAIR_WORDS:
            return None
        return nxt - 1

    partners = [at for at in (link(index, 1), link(index, -1))
                if at is not None and unknown(at)]
    if not partners or slip_of_a_function_word(index) or \
            any(slip_of_a_function_word(at) for at in partners):
        return False
    text = letter.text
    start = words[index].start
    begin = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, start)), default=0)
    end_match = _SENTENCE_END_RE.search(text, words[index].end)
    end = end_match.start() if end_match else len(text)
    return any(begin <= token.start < end and place != index and unknown(place) and
               checker.is_far_from_english(token.text)
               for place, token in enumerate(words))


def _partner_far_from_english(words: list[Token], index: int, checker: WordChecker) -> bool:
    """The word right after "and"/"or" next to words[index] (either side, no "the" between)
    is in lower case and far from every English word: "igil and doshpuluur" names two
    instruments; the far one shows that the pair is the field's terms, so the nearer one is
    no slip either (a swapped or doubled letter of a common word stays one, at the caller)."""
    for pair, other in ((index + 1, index + 2), (index - 1, index - 2)):
        if 0 <= other < len(words) and words[pair].text.casefold() in _PAIR_WORDS and \
                words[other].text.islower() and words[other].text.isalpha() and \
                checker.is_far_from_english(words[other].text):
            return True
    return False


def _written_again(words: list[Token], index: int) -> bool:
    """The letter writes words[index] elsewhere too, letter for letter (case aside)."""
    folded = words[index].text.casefold()
    return any(other.text.casefold() == folded for place, other in enumerate(words)
               if place != index)


def _in_foreign_phrase(letter: Letter, words: list[Token], index: int,
                       checker: WordChecker) -> bool:
    """A word of another language among its own: "Merci pour mardi", "Ard na Gréine",
    "Danke für alles". A word is taken for foreign when, on the same line and within two
    words, there is an accented word no dictionary knows or a courtesy word of another
    language, and it is not one slip from an everyday English word ("Danke for teh call");
    a particle of up to three letters just before an accented word (na, dos) is foreign even
    then. Only words that failed the spell check get here, so this costs nothing on the
    letters without such a word."""
    token = words[index]
    text = letter.text
    for other in words[max(0, index - 2): index + 3]:
        if other is token or "\n" in text[min(other.end, token.end):max(other.start, token.start)]:
            continue
        accented = not other.text.isascii()
        if not accented and other.text.casefold() not in COURTESY:
            continue
        if accented and index + 1 < len(words) and other is words[index + 1] and \
                len(token.text) <= 3:
            return True
        if not checker.is_near_everyday_word(token.text):
            return True
    return False


def _in_foreign_sentence(letter: Letter, words: list[Token], index: int,
                         checker: WordChecker) -> bool:
    """The word stands in a sentence on one line, most of whose words, four at least, no list
    knows: a sentence in the writer's other language ("Je vous remercie encore pour votre
    accueil."). A writer's slips are a few in a letter, never most of a sentence."""
    text = letter.text
    start = index
    while start > 0 and index - start <= 20 and \
            not _breaks(text[words[start - 1].end:words[start].start]):
        start -= 1
    end = index
    while end + 1 < len(words) and end - index <= 20 and \
            not _breaks(text[words[end].end:words[end + 1].start]):
        end += 1
    size = end - start + 1
    if size < 3 or size > 20:
        return False  # (a longer run is no sentence of a letter, and not read further)
    failing = [words[at].text for at in range(start, end + 1)
               if not words[at].has_digit and not checker.is_correct(words[at].text)]
    if size == 3:
        # "Moran taing oirbh.": a sentence of three words none of which English knows, and none a
        # swapped or doubled letter of a common word or of the user's words ("Thnak yuo
        # agian." stays three slips)
        return len(failing) == 3 and not any(
            checker.is_typing_slip(text, common=True) or checker.is_near_own_word(text)
            for text in failing)
    # four unknown words at least, and half of the sentence ("Je vous remercie et vous prie
    # d'agréer mes salutations distinguées": the accented words pass as names): "The
    # comunidades recieved teh plan." is English with two slips beside one word of another
    # language
    return len(failing) >= 4 and len(failing) * 2 >= size


def _compound_of_another_language(parts: list[Token], checker: WordChecker) -> bool:
    """A hyphenated word none of whose parts English knows, and no part a swapped or doubled
    letter of a common word or of the user's words: a compound of another language (a ward
    of a city, a dish). A slip falls on one part of an English compound ("follw-up", "well-
    knwon"); the other part stays English."""
    return all(not checker.is_correct(part.text) and
               not checker.is_typing_slip(part.text, common=True) and
               not checker.is_near_own_word(part.text) for part in parts)


def _breaks(gap: str) -> bool:
    """A sentence's end or a line's between two words."""
    return "\n" in gap or any(mark in gap for mark in ".!?;:")


def _in_courtesy_clause(letter: Letter, words: list[Token], index: int) -> bool:
    """The word is one of the first five of a clause that opens a sentence or a line with a
    courtesy word of another language ("Merci encore pour votre accueil, and I ...", "Danke
    nochmals für das Gespräch."): the writer goes on in that language up to the clause's end,
    with words English happens to spell too (encore, pour) between. Not a slip of a function
    word ("Merci for teh call"), which is English going on."""
    text = letter.text
    at = index
    while at > 0 and index - at < 5 and text[words[at - 1].end:words[at].start] == " ":
        at -= 1
        if words[at].text.casefold() in _FOREIGN_COURTESY:
            before = text[:words[at].start].rstrip(" \t")
            if before and before[-1] not in "\n.!?":
                return False
            return not any(candidate in FUNCTION_WORDS
                           for candidate in edits(words[index].text.lower()))
    return False


_RUN_REACH = 20


def _in_foreign_run(letter: Letter, words: list[Token], index: int,
                    checker: WordChecker, minimum: int = 2) -> bool:
    """The word is one of an unbroken run of words (one space between each, on one line) that
    all fail the English spell check, and the run holds a courtesy word of another language:
    "Muchas gracias por su tiempo", "Baie dankie". A writer who thanks in another language
    finishes the phrase in it; a slip beside such a word is parted from it by English words
    ("Danke for teh call": "for" breaks the run), so it is still caught."""
    text = letter.text

    def foreign(at: int) -> bool:
        word = words[at].text
        return word.casefold() in COURTESY or not words[at].has_digit and \
            not checker.is_correct(word)

    def bridge(at: int) -> bool:
        # "por la oportunidad", "vir die geleentheid": a short word of the other language
        # that English happens to spell too, but none of the English words that carry a
        # sentence on ("Danke for teh call")
        word = words[at].text.casefold()
        return len(word) <= 3 and word.isalpha() and word not in FUNCTION_WORDS and \
            word not in _SHORT_ENGLISH

    def joined(left: int, right: int) -> bool:
        return text[words[left].end:words[right].start] == " "

    run = [index]
    at = index
    # A phrase of thanks is a few words long: the walk stops _RUN_REACH words from the word
    # either way (a letter of thousands of made-up words, one space apart, was otherwise asked
    # about every word of it from each unknown word, seconds of CPU)
    while at > 0 and joined(at - 1, at) and index - at < _RUN_REACH:
        if foreign(at - 1):
            at -= 1
        elif at > 1 and bridge(at - 1) and joined(at - 2, at - 1) and foreign(at - 2):
            at -= 2
        else:
            break
        run.append(at)
    at = index
    while at + 1 < len(words) and joined(at, at + 1) and at - index < _RUN_REACH:
        if foreign(at + 1):
            at += 1
        elif at + 2 < len(words) and bridge(at + 1) and joined(at + 1, at + 2) and \
                foreign(at + 2):
            at += 2
        else:
            break
        run.append(at)
    courtesy = [at for at in run if words[at].text.casefold() in COURTESY]
    if len(run) < minimum or not courtesy:
        return False
    # "Gracias teh call": one word after the courtesy word, one slip from an everyday word, is
    # the English sentence going on with a slip, not the phrase going on
    if len(run) > 2 or index < courtesy[0] or not checker.is_near_everyday_word(
            words[index].text):
        return True
    # ... unless the pair is said whole, as thanks are: closed by a stop or a line's end, or
    # followed by "for" ("Hvala lepa for your time"), and the word is no slip of the words
    # every sentence holds (the "teh" of "Gracias teh call")
    last = words[max(run)]
    after = text[last.end:last.end + 5]
    return not any(candidate in FUNCTION_WORDS for candidate in edits(words[index].text.lower())) \
        and (after[:1] in ("", "\n", ",", ".", "!", ";") or after.casefold() == " for ")


# The endings of the names of compounds (alcohols, amides and other -ides, amines, alkanes
# and alkenes, esters and salts, sugars, enzymes, ketones, radicals), on words of 7 letters
# or more.
_CHEMICAL_RE = re.compile(r"[a-z]{4,}(?:ol|ide|ine|amine|ane|ene|yne|ate|ite|ose|ase|one|yl|"
                          r"ium|oid|ein)s?")


def _words_beside(letter: Letter, words: list[Token], index: int) -> Iterator[str]:
    """The words right before and after this one with a single space between (on one line)."""
    for other in (index - 1, index + 1):
        if not 0 <= other < len(words):
            continue
        left, right = min(index, other), max(index, other)
        if letter.text[words[left].end:words[right].start] == " ":
            yield words[other].text


def _beside_a_foreign_word(letter: Letter, words: list[Token], index: int,
                           checker: WordChecker) -> bool:
    """A word right beside this one (one space between, on one line) is in lower case, fails
    every list and is far from any English word: a word of another language or trade, which
    a short slip of English seldom sits beside."""
    return any(word.islower() and word.isalpha() and not checker.is_correct(word)
               and checker.is_far_from_english(word)
               for word in _words_beside(letter, words, index))


def _name_beside_an_accented_name(letter: Letter, words: list[Token], index: int) -> bool:
    """The capitalised word right beside this one (one space between, on one line) holds a
    Latin-1 letter with a mark ("é", "ñ", "ã") and a dictionary of another language knows
    both words: a name written in that language ("Copa América", "Plaza Colón")."""
    mine = languages_of(words[index].text)
    if not mine:
        return False
    for other in (index - 1, index + 1):
        if 0 <= other < len(words) and words[other].is_capitalised and \
                letter.text[min(words[index].end, words[other].end):
                            max(words[index].start, words[other].start)] == " " and \
                any(0xC0 <= ord(character) <= 0xFF and character.isalpha()
                    for character in words[other].text) and \
                mine & languages_of(words[other].text):
            return True
    return False


def _sentence_opens_in_another_language(letter: Letter, words: list[Token], index: int,
                                        checker: WordChecker) -> bool:
    """The word's clause (on one line, no comma between, at most 25 words back) opens its
    sentence with a word no list knows that is far from every English word and no slip of the
    user's names, or with a courtesy word of another language: a greeting or thanks in the
    writer's language ("Ngiyabonga for ...", "Dankeschoen for ..."). The caller still keeps
    a common word with a letter left out or added ("gret", "thhe"): a slip by sound or by a
    key, which no other language explains better."""
    text = letter.text
    start = index
    while start > 0 and index - start <= 25 and \
            not _breaks(text[words[start - 1].end:words[start].start]) and \
            "," not in text[words[start - 1].end:words[start].start]:
        start -= 1
    if start == index or start > 0 and not _breaks(text[words[start - 1].end:words[start].start]):
        return False
    first = words[start]
    if first.text.casefold() in _FOREIGN_COURTESY:
        return True  # "Ngiyabonga", "Kiitos": a courtesy word the lists know as foreign
    return first.text.isalpha() and len(first.text) >= 7 and \
        not checker.is_correct(first.text) and checker.is_far_from_english(first.text) and \
        not checker.is_near_everyday_word(first.text) and \
        not checker.is_near_own_word(first.text)


def _beside_a_letter_english_never_writes(letter: Letter, words: list[Token],
                                          index: int) -> bool:
    """A word right beside this one (one space between) holds a letter beyond Latin-1 ("ơ",
    "ł", "ş", "ř"): English borrows "café" and "naïve" but no word with those, so the word
    beside is of another language, however close to English it is once its marks are gone
    ("ơn", "on")."""
    return any(ord(character) > 0xFF and character.isalpha()
               for word in _words_beside(letter, words, index) for character in word)


# Words before a saint's name, which names towns, streets and churches ("St. Christoph",
# "San Pellegrino", "Sankt Anton"); "St." of a street comes after the street's own name.
_SAINT_WORDS = frozenset({"st", "saint", "sankt", "san", "santa", "santo", "são", "sao",
                          "sainte", "ste", "sv", "sint"})


def _after_saint(letter: Letter, words: list[Token], index: int) -> bool:
    """The capitalised word comes right after "St." (or "Saint", "San", "Sankt") that follows
    a word in lower case or opens a line: a saint's name naming a place, in the spelling of
    that place's language ("Christoph", "Moritz"), not a slip. "Main St. Tusday", where "St."
    ends a street's name (after a capitalised word), says nothing."""
    if index < 1:
        return False
    saint = words[index - 1]
    text = letter.text
    if saint.text.casefold() not in _SAINT_WORDS or \
            text[saint.end:words[index].start] not in (" ", ". "):
        return False
    return not (index >= 2 and words[index - 2].is_capitalised and
                "\n" not in text[words[index - 2].end:saint.start])


def _particle_between_names(letter: Letter, words: list[Token], index: int,
                            checker: WordChecker) -> bool:
    """The word is a name particle ("dei", "della", "van") between two capitalised words, one
    space either side, inside a sentence: "Fondamenta dei Vetrai", "Pieter van der Berg". The
    word before may also be one of the same other language in lower case, which no English
    list knows: "the rua do Carmo", "a praia da Rocha" (an English word before it, "in da
    House", leaves the particle to be judged)."""
    if not 0 < index < len(words) - 1:
        return False
    text = letter.text
    before, after = words[index - 1], words[index + 1]
    if words[index].text not in _NAME_PARTICLES:
        # "Quebrada de las Conchas", "Sierra de los Andes": a plural article after a particle
        # is a word of the same name; the word before the particle holds the capital
        if words[index].text not in _ARTICLES_AFTER_PARTICLE or index < 2 or \
                before.text not in _NAME_PARTICLES or \
                text[words[index - 2].end:before.start] != " ":
            return False
        before = words[index - 2]
        return before.is_capitalised and after.is_capitalised and \
            text[words[index - 1].end:words[index].start] == " " and \
            text[words[index].end:after.start] == " " and _inside_sentence(letter, before)
    foreign_before = not before.is_capitalised and before.text.isalpha() and \
        len(before.text) >= 3 and not checker.is_correct(before.text)
    return (before.is_capitalised or foreign_before) and after.is_capitalised and \
        text[before.end:words[index].start] == " " and \
        text[words[index].end:after.start] == " " and _inside_sentence(letter, before)


def _combining_form(first: str, second: str, checker: WordChecker) -> bool:
    """The first part of a hyphened word shaped as a Greek or Latin combining form, a consonant
    and "o" ("agro-", "petro-", "hydro-", "socio-"), before a whole English word: the form
    joins words however rarely a dictionary lists it alone ("agro-tourism"; a letter from
    "aggro", so a doubled letter is no sign of a slip here). A slip of the user's words stays
    a slip."""
    return len(first) >= 4 and first.isalpha() and first.islower() and first[-1] == "o" and \
        first[-2] not in "aeiouy" and len(second) >= 4 and second.isalpha() and \
        checker.is_correct(second) and not checker.is_near_own_word(first)


def _two_everyday_words(word: str, checker: WordChecker) -> bool:
    """The word is two words of everyday English run together ("eachother", "alltogether")."""
    lower = word.lower()
    return any(checker.is_everyday_word(lower[:cut]) and checker.is_everyday_word(lower[cut:])
               for cut in range(2, len(lower) - 1))


# The adverb particles English runs onto a verb to make a noun of a phrasal verb ("call
# out" -> "a callout", "pick up" -> "the pickup"); the lists hold many such nouns, not all.
_PHRASAL_PARTICLES = ("out", "up", "off", "over", "down", "back", "away")
# Words after which a verb stands, not a noun: a subject pronoun, a modal, "to" ("we could
# callout the hazards" is the verb run together, a slip).
_VERB_POSITION = frozenset({
    "i", "we", "you", "they", "he", "she", "it", "to", "will", "would", "can", "could",
    "shall", "should", "may", "might", "must", "do", "does", "did", "please", "not", "never",
    "i'll", "we'll", "you'll", "they'll", "i'd", "we'd", "don't", "didn't", "won't", "can't",
})


def _noun_of_a_phrasal_verb(letter: Letter, words: list[Token], index: int,
                            checker: WordChecker) -> bool:
    """A word (or its plural) that is an everyday verb run onto an adverb particle, where a
    noun stands ("a 3 a.m. callout", "from my own callouts", "the flyovers"): the noun English
    makes of a phrasal verb, closed up as the trades write it. After a subject, a modal or
    "to" the same run is the verb with its space lost ("I will callout"), a slip; a run of two
    words that are no phrasal verb ("eachother") stays a slip, as does a slip of the user's
    words."""
    word = words[index].text
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    particle = next((end for end in _PHRASAL_PARTICLES if stem.endswith(end)), None)
    if particle is None:
        return False
    verb = stem[:-len(particle)]
    if len(verb) < 3 or verb in _PHRASAL_PARTICLES or not checker.is_everyday_word(verb):
        return False
    before = words[index - 1].text.lower() if index > 0 else ""
    return before not in _VERB_POSITION and not checker.is_near_own_word(word)


_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "their", "his", "her", "its", "my",
                          "this", "that", "every", "each"})


def _place_of_a_trade(letter: Letter, words: list[Token], index: int, checker: WordChecker,
                      suggestion: str | None) -> bool:
    """A noun after a determiner made of an everyday word and "-ery" (or "-ry" after its
    final e), as English names the place of a trade ("the smokery", "a cidery", as "bakery"
    and "brewery"): the lists hold only the common ones. A swapped or doubled letter of a
    common word ("jewelery"), or a word whose nearest listed word is itself such a place
    ("brewry": brewery), stays a slip."""
    word = words[index].text
    stem = word[:-3] + "y" if word.endswith("eries") else word
    if not stem.endswith("ery") or index == 0 or \
            words[index - 1].text.lower() not in _DETERMINERS:
        return False
    base = stem[:-2] if stem[-3] == "e" and checker.is_everyday_word(stem[:-2]) else stem[:-3]
    return len(base) >= 4 and checker.is_everyday_word(base) and \
        not (suggestion or "").endswith(("ry", "ries")) and \
        not checker.is_typing_slip(word, common=True) and not checker.is_near_own_word(word)


# Words English writes as suffixes, and a word run onto them is a slip of the suffixed
# word ("helpfull", "accessable"), not a compound.
_SUFFIX_WORDS = frozenset({"able", "full", "less", "ness", "ment", "ward", "wards", "ship",
                           "hood", "some", "wise", "like", "ally", "ence", "ance"})
# How common both halves of a closed compound must be: the plainest nouns (foot, bath, boat).
_COMPOUND_HALF_SIZE = 20


def _closed_compound_noun(words: list[Token], index: int, checker: WordChecker,
                          suggestion: str | None) -> bool:
    """A lower-case word after a determiner made of two of the plainest English words of four
    letters or more ("the shopboard", "a workboat", "the fishponds"): a noun compound closed up,
    as English makes new ones faster than the lists take them in. A run of function words
    ("eachother"), a word run onto a suffix ("helpfull"), two words the dictionary itself
    writes apart ("a coverletter": cover letter), a swapped or doubled letter of a common
    word, or a slip of the user's words stays a slip."""
    word = words[index].text.lower()
    if len(word) < 8 or index == 0 or words[index - 1].text.lower() not in _DETERMINERS or \
            (suggestion or "").replace(" ", "").replace("-", "").lower() == word:
        return False
    lexicon = checker.lexicon
    if lexicon is None:
        return False

    def plain(half: str) -> bool:
        size = lexicon.sizes.get(half)
        if size is None and half.endswith("s"):
            size = lexicon.sizes.get(half[:-1])
        return size is not None and size <= _COMPOUND_HALF_SIZE and \
            half not in FUNCTION_WORDS and half not in _SUFFIX_WORDS

    return any(plain(word[:cut]) and plain(word[cut:]) for cut in range(4, len(word) - 3)) and \
        not checker.is_typing_slip(word, common=True) and not checker.is_near_own_word(word)


_ARTICLES = frozenset({"a", "an", "the", "our", "your", "their", "his", "her", "my"})
# Nouns after a department's or a job's name, not a maker's: "the Accouting team".
_UNIT_NOUNS = frozenset({"team", "teams", "department", "dept", "office", "group", "division",
                         "unit", "role", "position", "job", "opening", "manager", "lead",
                         "director", "side", "staff", "function", "desk", "program",
                         "programme", "course", "degree", "certificate", "exam"})


def _brand_before_its_noun(letter: Letter, words: list[Token], index: int,
                           checker: WordChecker) -> bool:
    """A capitalised word between an article (and maybe an adjective) and a lower-case noun
    inside a sentence ("an old Plantic box", "the Grundfos pumps"): a maker's or a place's
    name used to say which thing, as English names them; a slip of a common word does not
    bring a capital into the middle of a sentence. A word of a capitalised name (a slip of a
    day, a month: "the Wendsday shift"), a swapped or doubled letter of a listed word, a
    by-sound slip of an everyday word ("the Managment meeting"), or a slip of the user's
    words stays a slip."""
    token = words[index]
    if index == 0 or index + 1 >= len(words) or len(token.text) < 4 or \
            not token.text.isalpha() or token.text.isupper():
        return False
    before = words[index - 1].text
    if before not in _ARTICLES and not (  # "an old Plantic box": an adjective between
            index >= 2 and words[index - 2].text in _ARTICLES and before.isalpha() and
            before.islower() and checker.is_correct(before)):
        return False
    following = words[index + 1]
    text = letter.text
    if not following.text.isalpha() or not following.text.islower() or \
            following.text in _UNIT_NOUNS or \
            text[token.end:following.start].strip(" ") not in ("", "\n") or \
            text[words[index - 1].end:token.start].strip(" ") not in ("", "\n") or \
            not checker.is_correct(following.text):
        return False  # ("the Accouting team": a department's name, where slips are made)
    suggestion = checker.suggestion(token.text)
    if suggestion is None or not suggestion.istitle() and not suggestion.islower():
        return False
    lexicon = checker.lexicon
    if lexicon is None or lexicon.sizes.get(suggestion) is not None or \
            lexicon.close_common_word(token.text, CAPITAL_WORD) is not None:
        return False  # a word listed with its capital (Wednesday), or slipped by sound
    return not checker.is_typing_slip(token.text) and not checker.is_near_own_word(token.text)


def _slip_shape_after_its_word(letter: Letter, words: list[Token], index: int,
                               checker: WordChecker) -> bool:
    """A short word one slip from a function word, right after that function word itself,
    before a word no English list knows that shares a language with it ("for the teh tarik",
    Malay tea): "the the" is never what a writer means, so the word is not the function word
    mistyped but the first of a phrase of that language. Without the same word before it
    ("for teh tarik") or with an English word after it ("the teh team") it stays a slip."""
    if index == 0 or index + 1 >= len(words):
        return False
    word = words[index].text
    before, after = words[index - 1], words[index + 1]
    if len(word) > 4 or before.text.lower() not in FUNCTION_WORDS or \
            before.text.lower() not in edits(word) or not after.text.islower() or \
            checker.is_correct(after.text) or \
            letter.text[before.end:words[index].start] != " " or \
            letter.text[words[index].end:after.start] != " ":
        return False
    return bool(languages_of(word) & languages_of(after.text))


# "... and <word> from <Place>," ending its line: the closing's greeting sent from a place.
_GREETING_FROM_RE = re.compile(r"[ \t]+from[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?,[ \t]*$",
                               re.MULTILINE)


def _greeting_in_a_closing(letter: Letter, words: list[Token], index: int,
                           checker: WordChecker) -> bool:
    """A word of another language after "and" in a closing line that sends it from a place
    ("Thank you again and servus from Graz,", as "and greetings from Graz,"): the writer's
    own greeting. A swapped or doubled letter of a common word ("and greeitngs from Graz,"),
    a word shorter than four letters or one no dictionary knows stays a slip."""
    word = words[index].text
    if index == 0 or len(word) < 4 or words[index - 1].text.lower() != "and" or \
            not _GREETING_FROM_RE.match(letter.text, words[index].end):
        return False
    return known_in_another_language(word) and \
        not checker.is_typing_slip(word, common=True) and not checker.is_near_own_word(word)


# Prepositions of place: a capitalised word right after one inside a sentence names a place.
_PLACE_WORDS = frozenset({"in", "at", "near", "from", "around", "outside", "via", "across"})


def _after_place_word(letter: Letter, words: list[Token], index: int) -> bool:
    """The word follows a preposition of place, one space between ("as we do in Noka with")."""
    return index > 0 and words[index - 1].text in _PLACE_WORDS and \
        letter.text[words[index - 1].end:words[index].start] == " "


def _article_before_name(letter: Letter, parts: list[Token]) -> bool:
    """The word opens with a short part in lower case joined by a hyphen to a capitalised one
    ("ul-Medina", "il-Kbira", "el-Fna"): an article of another language (Arabic, Maltese)
    joined to a name, both parts the name's. English joins a capital only after a prefix
    ("anti-British", "mid-March"), which the lists know; a slip of a function word ("teh-")
    stays one."""
    first, second = parts[0], parts[1]
    return first.text.islower() and len(first.text) <= 3 and \
        second.text[:1].isupper() and not second.text.isupper() and \
        "-" in letter.text[first.end:second.start] and \
        FUNCTION_WORDS.isdisjoint(edits(first.text))


# An apostrophe between two vowels: the glottal stop of Polynesian languages (Samoan, Tongan,
# Hawaiian) and others, written with an apostrophe; English elides a vowel before a consonant
# ("o'clock", "didn't"), and a slip does not put an apostrophe between two vowels.
_GLOTTAL_RE = re.compile(r"[aeiouAEIOU]['’ʻ][aeiou]")


# The longest phrase of another language (or name of jargon) a letter holds unbroken.
_LONGEST_RUN = 6


def _in_unknown_run(letter: Letter, words: list[Token], index: int,
                    checker: WordChecker) -> bool:
    """The word stands in an unbroken run of words (one space between each, on one line) that
    all fail the English spell check, and a word of the run is far from any English
    word and written where a capital marks nothing (in lower case, or opening its sentence):
    a phrase of another language, a Latin or chemical name, none of which a list can hold.
    A slip is made among English words; two unknown words side by side, one of which no
    English word is near, are the writer's other language or jargon. A capitalised word
    inside a sentence does not count as the far word: a name sits beside English words, and
    "Oluwaseun recieved" still has its slip."""
    text = letter.text

    def unknown(at: int) -> bool:
        return not words[at].has_digit and not checker.is_correct(words[at].text)

    def joined(left: int, right: int) -> bool:
        # (or a slash: "the hyung/maknae bond", two terms of one language paired)
        return text[words[left].end:words[right].start] in (" ", "/")

    run = [index]
    at = index
    while at > 0 and joined(at - 1, at) and unknown(at - 1) and len(run) <= _LONGEST_RUN:
        at -= 1
        run.append(at)
    at = index
    while at + 1 < len(words) and joined(at, at + 1) and unknown(at + 1) and \
            len(run) <= _LONGEST_RUN:
        at += 1
        run.append(at)
    if not 2 <= len(run) <= _LONGEST_RUN:
        # past a phrase's length the words are no phrase but a template's made-up words,
        # which must reach MAX_MISSPELLINGS (and stop the check) as they did
        return False
    first = words[min(run)]
    opens = not _inside_sentence(letter, first) and not checker.is_near_everyday_word(
        first.text) and checker.is_far_from_english(first.text)
    # a word between two unknown words that are no near miss of an everyday word ("the
    # tikanga ni whakapapa") sits inside the phrase, not at its English edge: a slip is made among
    # English words, not between two words of another language; so does a word paired by a
    # slash with such a word ("hyung/maknae"): a writer pairs terms of one language. Only
    # the far word below is then asked for. ("comunidades recieved teh": "teh" is a near
    # miss, so "recieved" stays a slip.)
    def foreign_beside(at: int) -> bool:
        return at in run and not checker.is_near_everyday_word(words[at].text)

    def inside() -> bool:  # (asked last: the look-ups cost, on long unknown prose)
        slashed = [other for other in (index - 1, index + 1) if other in run and
                   text[words[min(index, other)].end:words[max(index, other)].start] == "/"]
        return index - 1 in run and index + 1 in run and foreign_beside(index - 1) and \
            foreign_beside(index + 1) or bool(slashed) and any(
                foreign_beside(other) for other in slashed) and \
            not checker.is_typing_slip(words[index].text, common=True)

    if not opens and checker.is_near_everyday_word(words[index].text) and not inside():
        # "the comunidades recieved": a slip of English stays one beside them; but a sentence
        # that opens with a word far from English and goes on in unknown words ("Obrigada
        # mesmo, ...") is a phrase of another language whole, short words near ours and all
        return False
    for at in run:  # the word itself too: "centella" beside "asiatica", which is near Asiatic
        other = words[at]
        if other.is_capitalised and _inside_sentence(letter, other):
            continue
        if not checker.is_near_everyday_word(other.text) and \
                checker.is_far_from_english(other.text):
            return True
    return False


def _other_language_words(words: list[Token], checker: WordChecker) -> list[str]:
    """The letter's lower-case words of four letters or more that fail the English checks
    (the checker with the user's words and jargon, not only the dictionary): the words whose
    languages `_language_shared` asks for, once each."""
    found: dict[str, None] = {}
    listed = checker.lexicon.sizes if checker.lexicon is not None else {}
    for token in words:
        text = token.text
        # (a word of the graded English list is answered by one look-up, before the checker)
        if len(text) >= 4 and text.islower() and text not in listed and text.isalpha() and \
                text not in found and not checker.is_correct(text):
            found[text] = None
            if len(found) >= MAX_UNKNOWN:
                break  # enough to ask about; a text of thousands must not cost seconds
    return list(found)


def _beside_a_loanword_of_its_language(letter: Letter, words: list[Token], index: int,
                                       checker: WordChecker) -> bool:
    """A word in lower case, one space from the word next to it, that is no common English
    word (`is_everyday_word`) and shares a language with this one ("beurre blanc": both
    French). The dictionaries are asked only for a word that got this far."""
    text = letter.text
    for other in (index - 1, index + 1):
        if not 0 <= other < len(words):
            continue
        word = words[other]
        left, right = (word, words[index]) if other < index else (words[index], word)
        if not word.text.isalpha() or not word.text.islower() or len(word.text) < 2 or \
                text[left.end:right.start] != " " or checker.is_everyday_word(word.text):
            continue
        mine = languages_of(words[index].text)
        if mine and mine & languages_of(word.text):
            return True
    return False


def _language_shared(word: str, foreign: list[str]) -> bool:
    """Another word of `foreign` is of a language that knows `word` too (the other
    dictionaries asked last, and no further than the first such word)."""
    folded = word.lower()
    others = [text for text in foreign if text != folded]
    if not others:
        return False
    mine = languages_of(word)
    return bool(mine) and any(mine & languages_of(text) for text in others)


def _short_sentence_in_another_language(letter: Letter, words: list[Token], index: int,
                                        checker: WordChecker) -> bool:
    """The word opens a sentence of two to four words that ends there (".", "!", "?"), is a
    word another installed language's dictionary knows (see languages.py) and no typing slip
    of a common English word, and another word of the sentence fails the English check far
    from any English word: a blessing or thanks of the writer's language said whole ("Dios
    mabalos po!"). Its first word may sit near an English one (short
    words of every language do), which is why the far word beside it is needed: "Teh
    meeting was great." stays a slip (a swap of "the", and English around it)."""
    text = letter.text
    token = words[index]
    if len(token.text) < 3 or _inside_sentence(letter, token):
        return False
    end = index
    while end + 1 < len(words) and end - index < 3 and \
            text[words[end].end:words[end + 1].start] == " ":
        end += 1
    if end == index or text[words[end].end:words[end].end + 1] not in (".", "!", "?"):
        return False
    if not any(not words[at].has_digit and not checker.is_correct(words[at].text) and
               not checker.is_near_everyday_word(words[at].text) and
               checker.is_far_from_english(words[at].text) for at in range(index + 1, end + 1)):
        return False
    if checker.is_typing_slip(token.text, common=True):
        return False
    return known_in_another_language(token.text)


def _short_sentence_of_one_language(letter: Letter, words: list[Token], index: int,
                                    checker: WordChecker) -> bool:
    """The word sits in a sentence of two to four words that stands alone (after a sentence's
    end or at a line's start, and ends in "." or "!"), and one other installed language's
    dictionary knows every word of it, the English ones too: a farewell or a wish said whole
    in the writer's language ("Tot ziens!", "Bis bald!"). English prose does not pass, since
    no other language knows all of its words ("Thank yuo!": "you" is no word of another
    language's list), and a swapped or doubled letter of a common word, a common word with
    a letter left out or added, a slip of one of the commonest words ("Take kare!") or of the
    user's words stays a slip."""
    text = letter.text
    start = index
    while start > 0 and index - start < 3 and \
            text[words[start - 1].end:words[start].start] == " ":
        start -= 1
    if _inside_sentence(letter, words[start]):
        return False
    end = index
    while end + 1 < len(words) and end - start < 3 and \
            text[words[end].end:words[end + 1].start] == " ":
        end += 1
    if end == start or text[words[end].end:words[end].end + 1] not in (".", "!"):
        return False
    sentence = words[start:end + 1]
    if any(not word.text.isalpha() for word in sentence):
        return False
    token = words[index]
    if checker.is_typing_slip(token.text, common=True) or checker.is_near_own_word(token.text) \
            or checker.is_near_commonest_word(token.text) or \
            checker.is_common_word_give_or_take_a_letter(token.text):
        return False
    shared = languages_of(token.text)
    for word in sentence:
        if not shared:
            return False
        if word is not token:
            shared = shared & languages_of(word.text)
    return bool(shared)


_THANKED_FOR = frozenset({"your", "the", "this", "our", "all", "a", "everything", "today",
                          "yesterday", "having", "meeting", "taking", "making", "showing"})


# After thanks in the writer's language, an English closing that ends its line ("Khop khun
# krap and best regards,"): the closing line, so the words before it are the thanks said whole
_CLOSING_AFTER_THANKS = re.compile(
    r" and (?:(?:best|kind|kindest|warm|warmest) (?:regards|wishes)|all the best)"
    r"[ \t]*[,.!]?[ \t]*(?:\n|$)", re.IGNORECASE)


def _thanks_in_another_language(letter: Letter, words: list[Token], index: int,
                                checker: WordChecker) -> bool:
    """The word is one of two to four words no list knows that open a sentence and are
    followed by "for your ...", "for the ...": thanks said in the writer's language ("Khob
    khun ka for your time", "Asante sana for the tour"), which no list can hold whole. An
    English thanks mistyped ("Thnak yuo for your time") has a doubled or swapped letter of a
    listed or a function word, and stays a slip."""
    text = letter.text

    def unknown(at: int) -> bool:
        # (or a rare word the other language spells alike: the "ka" of "khob khun ka")
        word = words[at].text
        return not words[at].has_digit and word.isalpha() and (
            not checker.is_correct(word) or word.islower() and
            not checker.is_everyday_word(word) and word not in FUNCTION_WORDS)

    start = index
    while start > 0 and index - start < 3 and text[words[start - 1].end:words[start].start] == " " \
            and unknown(start - 1):
        start -= 1
    end = index
    while end + 1 < len(words) and end - start < 3 and \
            text[words[end].end:words[end + 1].start] == " " and unknown(end + 1):
        end += 1
    # one word alone when English thanks follow it ("Servus, and thank you for ..."): a
    # greeting of the writer's language (a slip of an English greeting or of the user's names
    # stays one, below)
    greeted = end == start and end + 2 < len(words) and words[start].is_capitalised and \
        re.match(r", and thank", text[words[end].end:words[end + 2].end]) is not None and \
        not _slip_of(words[start].text, _GREETING_WORDS) and \
        not checker.is_near_own_word(words[start].text)
    # one word alone in the place of "Thanks" before "again for ..." or "again." closing the
    # sentence ("Danke again for the tour", "Danke again."): only thanks are said again at a
    # sentence's opening, so the word is the writer's own thanks (a slip of "Thanks" is caught
    # below, by its edits)
    again = end == start and end + 1 < len(words) and words[start].is_capitalised and \
        text[words[end].end:words[end + 1].end] == " again" and (
            re.match(r"[.!](?:\s|$)", text[words[end + 1].end:words[end + 1].end + 2]) is not None
            or end + 3 < len(words) and words[end + 3].text.casefold() in _THANKED_FOR and
            text[words[end + 1].end:words[end + 3].start] == " for ") and \
        not checker.is_correct(words[start].text) and \
        not checker.is_near_own_word(words[start].text)
    if again:
        return not _inside_sentence(letter, words[start]) and not (
            checker.is_typing_slip(words[start].text, common=True) or
            not _ENGLISH_THANKS.isdisjoint(edits(words[start].text.casefold())))
    if end == start and not greeted or end + 2 >= len(words) or \
            _inside_sentence(letter, words[start]) or not greeted and \
            sum(not checker.is_correct(words[at].text) for at in range(start, end + 1)) < 2 \
            and end - start < 2:
        # (three words of which one fails: "Khop khun ka" when the card says "Khun")
        return False
    closed = re.match(r"[,;!]? (?:and|but|so) ", text[words[end].end:words[end + 2].start]
                      + " ") is not None and "," in text[words[end].end:words[end + 1].start] \
        or _CLOSING_AFTER_THANKS.match(text, words[end].end) is not None
    # ... or closed by a comma before "and"/"but" ("Khop khun ka, and I hope ..."): the
    # thanks said whole, the sentence going on in English
    if not closed and (
            words[end + 1].text.casefold() != "for" or
            words[end + 2].text.casefold() not in _THANKED_FOR or
            text[words[end].end:words[end + 2].start].replace("for", "", 1).strip(" ") != "" or
            "\n" in text[words[end].end:words[end + 2].start]):
        return False
    return not any(checker.is_typing_slip(words[at].text, common=True) or
                   not _ENGLISH_THANKS.isdisjoint(edits(words[at].text.casefold()))
                   for at in range(start, end + 1)
                   if not checker.is_correct(words[at].text))


# The words of English thanks: a word of the run one edit from one of them is English thanks
# mistyped ("Thnk yu for your time").
_ENGLISH_THANKS = frozenset({"thank", "thanks", "you", "again", "many", "very", "much", "so",
                             "lot", "huge", "big", "once", "more", "really", "truly"})


# A street line of a letter's heading: a house number, then the street ("14 rue des Lilas",
# "221B Baker Street"), or the street, then the number ("Calle Mayor 12").
_STREET_LINE_RE = re.compile(r"[ \t]*(?:\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?,?[ \t]+\S.*|"
                             r"\S.*[ \t]\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?)[ \t]*")
_FIRST_GREETING_RE = re.compile(r"^[ \t]*(?:Dear|Hi|Hello|Hey|Greetings|Good (?:morning|"
                                r"afternoon|evening))\b", re.MULTILINE)


def _street_line(text: str, token: Token) -> bool:
    """The token stands in the letter's heading (above its greeting) on a line that is an
    address with its house number: street names are the places' own words, in any language,
    and the writer copies their own address rather than spells it."""
    greeting = _FIRST_GREETING_RE.search(text)
    if greeting is None or token.start >= greeting.start():
        return False
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 60:
        return False
    if _STREET_LINE_RE.fullmatch(text, line_start, line_end) is not None:
        return True
    # The town of the address: a short line of capitalised words right under the street
    # line or right over the postcode ("22 Guildford Street / Hitchin / SG5 1AT"). The
    # writer copies a town's name from the envelope; a sentence or a title is no such line
    if _TOWN_LINE_RE.fullmatch(text, line_start, line_end) is None:
        return False
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
    below_start = line_end + 1
    below_end = text.find("\n", below_start)
    below_end = len(text) if below_end < 0 else below_end
    return (above_end > above_start and above_end - above_start <= 60 and
            _STREET_LINE_RE.fullmatch(text, above_start, above_end) is not None) or \
        (below_start < below_end and
         _POSTCODE_LINE_RE.fullmatch(text, below_start, below_end) is not None)


# A town's line: one to three capitalised words ("Hitchin", "Leighton Buzzard",
# "Stoke-on-Trent"), nothing else.
_TOWN_LINE_RE = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*")
# A postcode's line alone: a British one ("SG5 1AT", "EC1A 1BB") or a number of four to six
# digits ("75011", "2000").
_POSTCODE_LINE_RE = re.compile(r"[ \t]*(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{4,6})[ \t]*")


def _writes_another_language(letter: Letter, words: list[Token], checker: WordChecker) -> bool:
    """The letter holds a phrase of three words or more in another language around a courtesy
    word ("Muchas gracias por su tiempo"): its writer also writes that language, and a word of
    it in an English sentence ("the comunidades") is theirs, not a slip, when no English word
    is near it."""
    for index, token in enumerate(words):
        if token.text.casefold() in _FOREIGN_COURTESY and \
                _in_foreign_run(letter, words, index, checker, minimum=3):
            return True
    return False


# Courtesy words of other languages only: "cheers" is English, "san" a suffix of a name.
_FOREIGN_COURTESY = COURTESY - {"cheers", "san", "sama", "sensei"}


# The shortest English words, which go on an English sentence (never a bridge of a phrase of
# another language: see `_in_foreign_run`).
_SHORT_ENGLISH = frozenset({
    "a", "i", "to", "in", "of", "on", "at", "is", "it", "we", "me", "my", "by", "or", "an",
    "as", "be", "do", "go", "he", "if", "no", "so", "up", "us", "am", "how", "why", "now",
    "new", "may", "one", "two", "out", "off", "too", "get", "got", "let", "see", "did", "way",
    "day", "own", "old", "our", "yet", "few", "put", "use", "say", "ask", "far",
})


# Units of measure in lower case have no vowel (ppb, ppm, mph, kph, rpm, dpi, fps): after a
# number such a short word is a unit, which no English word list holds.
_UNIT_RE = re.compile(r"[b-df-hj-np-tv-z]{2,4}")


def _unit_after_number(letter: Letter, words: list[Token], index: int) -> bool:
    token = words[index]
    if index == 0 or not _UNIT_RE.fullmatch(token.text):
        return False
    previous = words[index - 1]
    return previous.has_digit and letter.text[previous.end:token.start] in (" ", "")


# A closing line: "Kind regards,", "Best,", "Yours faithfully,", "Respectfully yours,".
_CLOSING_RE = re.compile(
    r"(?:(?:with\s+)?(?:(?:best|kind|kindest|warm|warmest|warm\s+best)\s+)?(?:regards|wishes)|"
    r"best|cheers|thanks(?:\s+again)?|thank\s+you|many\s+thanks|sincerely|respectfully|"
    r"cordially|warmly|all\s+the\s+best|yours(?:\s+(?:sincerely|faithfully|truly))?|"
    r"(?:sincerely|faithfully|truly|respectfully|cordially)\s+yours)[ \t]*[,.!]?",
    re.IGNORECASE)
# The writer's name under it: up to four capitalised words.
_NAME_LINE_RE = re.compile(r"[ \t]*(?:[A-Z][\w'’.\-]*[ \t]*){1,4}")


def _signature_line(text: str, token: Token) -> bool:
    """The token stands on the line right under a closing, and the line is a name."""
    line_start = text.rfind("\n", 0, token.start) + 1
    if line_start == 0:
        return False
    line_end = text.find("\n", token.start)
    line_end = len(text) if line_end < 0 else line_end
    if _NAME_LINE_RE.fullmatch(text, line_start, line_end) is None:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return _CLOSING_RE.fullmatch(text[previous_start:line_start - 1].strip()) is not None


def _courtesy_and_firm_names(text: str) -> list[tuple[int, int]]:
    """Spans of courtesy phrases of other languages and of names joined by "&"."""
    spans = [match.span() for match in _COURTESY_RE.finditer(text)]
    if "&" in text:
        spans += [match.span() for match in _AMPERSAND_NAME_RE.finditer(text)]
    return spans


# Last words of names of places, buildings and organisations: the word before one of them is
# part of a name (Wapping Wharf, Trados Studio, Cranleigh Road), whatever it sounds like.
NAME_HEADS = frozenset({
    "Street", "St", "Road", "Rd", "Lane", "Avenue", "Ave", "Drive", "Way", "Close", "Crescent",
    "Place", "Square", "Court", "Terrace", "Row", "Walk", "Wharf", "Quay", "Dock", "Docks",
    "Pier", "Harbour", "Harbor", "Bridge", "Park", "Gardens", "Green", "Hill", "Heights",
    "Vale", "Valley", "Mews", "Parade", "Estate", "Hall", "House", "Tower", "Centre",
    "Center", "Building", "Station", "Airport", "Hospital", "Clinic", "Infirmary", "School",
    "College", "Academy", "University", "Institute", "Museum", "Gallery", "Theatre",
    "Theater", "Studio", "Studios", "Labs", "Lab", "Systems", "Group", "Partners",
    "Associates", "Trust", "Foundation", "Council", "County", "Borough", "River", "Lake",
    "Bay", "Beach", "Island", "Forest", "Farm", "Farms", "Works", "Mill", "Mills",
    "Industries", "Ventures", "Technologies", "Bank", "Hotel", "Inn", "Lodge", "Resort",
    "Brewery", "Bakery", "Stadium", "Arena", "Cloud", "Suite", "Platform", "Cathedral",
    "Church", "Abbey", "Castle", "Market", "Junction", "Marina", "Reservoir",
    # the divisions of a country and the features of its land, named the same way as a county
    # or a river ("Ogun State", "Gauteng Province", "the Ngong Hills")
    "State", "Province", "Region", "District", "Prefecture", "Territory", "Governorate",
    "Canal", "Firth", "Estuary", "Peninsula", "Mountains", "Hills", "Falls", "Gorge",
    "Canyon", "Desert", "Plateau", "Delta", "Lagoon", "Grove", "Heath", "Moor", "Glen",
    "Loch", "Cove", "Ridge", "Creek", "Springs", "Gulf", "Coast", "Strait",
})


# Forms of address before a surname: "Dr. Rao", "Ms Vo".
_ADDRESS_FORMS = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Rev", "Fr",
    "Capt", "Cllr", "Judge", "Dean", "Chef", "Coach", "Nurse", "Sister", "Father", "Imam",
    "Rabbi", "Pastor",
})


def _after_given_name(letter: Letter, words: list[Token], index: int,
                      checker: WordChecker) -> bool:
    """The word follows a form of address ("Dr. Rao") or, if short, a given name that is no
    common word ("Priya Rao", "Sean Ng"): a surname, which no list holds and which sits one
    letter from many short words (Rao, ran)."""
    if index == 0:
        return False
    previous, token = words[index - 1], words[index]
    gap = letter.text[previous.end:token.start]
    if previous.text in _ADDRESS_FORMS and gap in (" ", ". "):
        return True
    return gap == " " and len(token.text) <= 5 and previous.is_capitalised and \
        previous.text.isalpha() and not previous.text.isupper() and \
        not checker.is_everyday_word(previous.text) and (
            checker.is_correct(previous.text) or checker.is_plausible_name(previous.text))


def _beside_a_proper_name(letter: Letter, words: list[Token], index: int,
                          checker: WordChecker) -> bool:
    """Inside a sentence, the word repeats the word beside it ("Walla Walla", a place's
    doubled name: a slip is not made twice alike), or follows a proper name directly
    ("Siemens Gamesa") or joined by "and", "or", "&" or a comma ("in Nakuru and Baringo"):
    a name of the same kind as its neighbour. A proper name is capitalised and no everyday
    word (not "Sales and Marketting"); at the start of a sentence, a listed one."""
    token = words[index]
    text = letter.text
    for other in (index - 1, index + 1):
        if 0 <= other < len(words) and words[other].text == token.text and \
                text[min(words[other].end, token.end):max(words[other].start, token.start)] == " ":
            return True
    if not _inside_sentence(letter, token):
        return False
    previous = None
    if index >= 1 and text[words[index - 1].end:token.start] in (" ", ", "):
        previous = words[index - 1]
    if index >= 2 and words[index - 1].text in _JOINING and \
            text[words[index - 2].end:words[index - 1].start] == " " and \
            text[words[index - 1].end:token.start] == " ":
        previous = words[index - 2]
    # The name may open the sentence ("Siemens X and Vestas bid"): no everyday word opens it.
    return previous is not None and previous.is_capitalised and previous.text.isalpha() and \
        not previous.text.isupper() and not checker.is_everyday_word(previous.text) and \
        (checker.is_correct(previous.text) or _inside_sentence(letter, previous))


# Endings of the second word of a Latin name of a species (oceanica, reuteri, nodosa,
# vulgaris, sinensis, tuberculosum).
_EPITHET_RE = re.compile(r"[a-z]{3,}(?:a|ae|us|um|is|ii|i|ensis|oides|ica|icus|ata|atus)")


def _opens_a_name_run(letter: Letter, words: list[Token], index: int) -> bool:
    """The word is capitalised (not all capitals) and followed, one space on, by another
    capitalised word: the first word of a name of several words."""
    token = words[index]
    if not token.is_capitalised or token.text.isupper() or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return letter.text[token.end:following.start] in (" ", "&", " & ") and \
        following.is_capitalised  # "Maison&Objet", "Marlow & Quince"


def _species_after_genus(letter: Letter, words: list[Token], index: int,
                         checker: WordChecker) -> bool:
    """The word, in lower case with a Latin ending, follows one space after a capitalised word
    that no list knows: a genus and its species ("Posidonia oceanica", "Cymodocea nodosa"),
    whose second word may sit one letter from an English one (oceanic)."""
    token = words[index]
    if index == 0 or not _EPITHET_RE.fullmatch(token.text):
        return False
    genus = words[index - 1]
    if not (letter.text[genus.end:token.start] == " " and genus.is_capitalised and
            genus.text.isalpha() and not genus.text.isupper()):
        return False
    if not checker.is_correct(genus.text):
        return not checker.is_near_own_word(genus.text)
    # A genus a list knows ("Laminaria digitata", "Quercus robur"; a listed word is no slip,
    # whatever word of the user's it sits near): no everyday word, itself of a Latin form,
    # before a word that is no slip of a common one. "the Senior enginering" stays a slip:
    # Senior is an everyday word and has no Latin ending.
    return bool(_EPITHET_RE.fullmatch(genus.text.lower())) and \
        not checker.is_everyday_word(genus.text) and \
        not checker.is_typing_slip(token.text, common=True)


def _two_letters_of_a_name(word: str) -> bool:
    """A word of two letters whose swap is no word of two letters English writes (Ol, Al,
    Ad; but Ot, Ni, Fo): see the gate of `_before_an_unknown_name` in find_misspellings."""
    return len(word) == 2 and word.isalpha() and word[::-1].casefold() not in _TWO_LETTER_WORDS


# The words of two letters of English prose, what a swap of a short word's letters slips from.
_TWO_LETTER_WORDS = frozenset({
    "of", "to", "in", "on", "at", "is", "it", "as", "an", "be", "by", "do", "go", "he", "if",
    "me", "my", "no", "or", "so", "up", "us", "we", "am",
})


def _before_an_unknown_name(letter: Letter, words: list[Token], index: int,
                           checker: WordChecker) -> bool:
    """Inside a sentence, the word is followed, one space on, by a capitalised word that no
    list knows either ("Belo Horizonte", "Porto Alegre"), or only the user's own names do
    ("Pak Bambang"): two such words side by side are a name of places, people or things, which
    may sit one letter from an English word. A slip with a
    capital stands before a word of the language ("the Enginering Manager")."""
    token = words[index]
    if index + 1 >= len(words) or not _inside_sentence(letter, token):
        return False
    following = words[index + 1]
    return letter.text[token.end:following.start] == " " and following.is_capitalised and \
        following.text.isalpha() and not following.text.isupper() and (
            not checker.is_correct(following.text) and
            not checker.is_near_own_word(following.text) or
            # ... or, after a short word of another language (a courtesy title: "lets Pak
            # Bambang decide", "Khun Somchai"), a name of the user's own that no English list
            # holds (the contact's name the user added): a name all the same, which the user's
            # list, not English, makes correct. A long word there is a slip ("the Tecnical
            # Larchmont team")
            len(token.text) <= 5 and following.text in checker.own_words and
            checker.is_known_word(following.text) and
            not checker.speller.check(following.text) and bool(languages_of(token.text)))


_JOINING = frozenset({"and", "or", "&"})


# Particles inside the names of places and people of other languages: "Passeig de Sant
# Joan", "Rua do Carmo", "Via della Spiga", "Pieter van der Berg", "Ras al Khaimah", and
# the French contractions of "à le/les" ("Café au Lait", "Place aux Herbes").
_NAME_PARTICLES = frozenset({"de", "del", "della", "delle", "dei", "di", "da", "do", "dos",
                             "das", "du", "des", "la", "le", "les", "van", "von", "der", "den",
                             "ter", "al", "el", "bin", "ibn", "zu", "op", "au", "aux"})


# The plural articles of Spanish, Portuguese and Dutch, which come after a particle inside a
# name ("de las", "de los", "van het"): no particle alone, so not in _NAME_PARTICLES.
_ARTICLES_AFTER_PARTICLE = frozenset({"las", "los", "het", "os", "as"})


def _beside_a_name_particle(letter: Letter, words: list[Token], index: int) -> bool:
    """The word and a capitalised word stand either side of a name particle, one space
    apart, inside a sentence or a line: a name of another language, whose words no list
    holds and which may sit one letter from an English word (Sant, sent)."""
    text = letter.text

    def joined(left: int, right: int) -> bool:
        return left >= 0 and right < len(words) and \
            text[words[left].end:words[right].start] == " "

    for particle, other in ((index - 1, index - 2), (index + 1, index + 2)):
        if min(particle, other) < 0 or max(particle, other) >= len(words):
            continue
        if words[particle].text in _NAME_PARTICLES and words[other].is_capitalised and \
                joined(min(index, other), min(index, other) + 1) and \
                joined(max(index, other) - 1, max(index, other)):
            return True
    return False


def _name_of_one_language(letter: Letter, words: list[Token], index: int) -> bool:
    """Beside a name particle (see _beside_a_name_particle), the word and the capitalised word
    across the particle are both words of one other language ("the Caisse des Dépôts", "Banco
    de Crédito"): a name of that language, whose words may sit a swap from English ones
    (Entreprise, enterprise). A slip ("Engeneering de Mexico") is a word of no language."""
    mine = languages_of(words[index].text)
    if not mine:
        return False
    for particle, other in ((index - 1, index - 2), (index + 1, index + 2)):
        if min(particle, other) >= 0 and max(particle, other) < len(words) and \
                words[particle].text in _NAME_PARTICLES and words[other].is_capitalised and \
                mine & _PARTICLE_LANGUAGES.get(words[particle].text, frozenset()) & \
                languages_of(words[other].text):
            return True
    return False


# The languages whose names a particle joins (base tags of languages.py's dictionaries). The
# particle's own language must be the name's: "du" is also Danish ("you"), and Danish and
# Norwegian dictionaries build compounds, so they know many a slip ("Literture du Monde").
_PARTICLE_LANGUAGES: dict[str, frozenset[str]] = {
    "de": frozenset({"fr", "es", "pt", "ca", "gl", "nl"}),
    "del": frozenset({"es", "it", "ca"}), "della": frozenset({"it"}),
    "delle": frozenset({"it"}), "dei": frozenset({"it"}), "di": frozenset({"it"}),
    "da": frozenset({"it", "pt", "gl"}), "do": frozenset({"pt", "gl"}),
    "dos": frozenset({"pt", "gl"}), "das": frozenset({"pt", "gl", "de"}),
    "du": frozenset({"fr"}), "des": frozenset({"fr"}), "au": frozenset({"fr"}),
    "aux": frozenset({"fr"}),
    "la": frozenset({"fr", "es", "it", "ca", "gl"}), "le": frozenset({"fr"}),
    "les": frozenset({"fr", "ca"}), "van": frozenset({"nl"}), "von": frozenset({"de"}),
    "zu": frozenset({"de"}), "der": frozenset({"de", "nl"}), "den": frozenset({"nl"}),
    "ter": frozenset({"nl"}), "op": frozenset({"nl"}), "el": frozenset({"es", "ca"}),
}


def _in_list_of_unknown_names(letter: Letter, words: list[Token], index: int,
                              checker: WordChecker) -> bool:
    """The word is one of a list of three capitalised words or more inside a sentence ("the
    crus, Morgon, Fleurie and Chénas"), another of which no list knows either: the writer is
    naming things of their world (villages, wines, estates), and a word among them is one of
    those names, not a slip of an English word that happens to sit one letter away. A slip of
    a key (doubled or swapped letters: "Kwekwe, Lodnon and Gweru") or of an everyday name
    ("Kwekwe, Frence") is still one (`WordChecker.is_slip_among_names`)."""
    text = letter.text

    def gap(left: int, right: int) -> str:
        return text[words[left].end:words[right].start]

    items = [index]
    for step in (-1, 1):
        at = index
        while len(items) < 8:
            following = at + step
            if not 0 <= following < len(words):
                break
            pair = sorted((at, following))
            if words[following].text in _JOINING:  # "Fleurie and Chénas", "A, B, or C"
                beyond = following + step
                if not 0 <= beyond < len(words):
                    break
                earlier, later = min(at, beyond), max(at, beyond)
                if gap(earlier, following) not in (" ", ", ") or gap(following, later) != " ":
                    break
                following = beyond
            elif gap(*pair) not in (", ", " / ", "/"):
                break
            if not words[following].is_capitalised or words[following].text.isupper():
                break
            items.append(following)
            at = following
    if len(items) < 3 or not _inside_sentence(letter, words[min(items)]):
        return False
    return any(at != index and not words[at].has_digit and
               not checker.is_correct(words[at].text) for at in items)


def _lone_capital(letter: Letter, words: list[Token], index: int) -> bool:
    """A capitalised word inside a sentence between words in lower case (or punctuation):
    not the start of a sentence, nor a word of a run in title case ("Senior Enginer
    Manager", a heading, a subject line), where a capital does not mark a name."""
    token = words[index]
    if not _inside_sentence(letter, token):
        return False
    text = letter.text
    for other in (words[index - 1] if index > 0 else None,
                  words[index + 1] if index + 1 < len(words) else None):
        if other is None:
            continue
        gap = text[min(other.end, token.end):max(other.start, token.start)]
        if gap.strip(" \t") == "" and "\n" not in gap and other.text[:1].isupper():
            return False
    return True


def _before_acronym(letter: Letter, words: list[Token], index: int) -> bool:
    """The next word, one space on, is an acronym (FEM, DAQ, SQL): a capitalised word before
    one inside a sentence names a product, a standard or a team, as "Higg FEM" does; a slip of
    an everyday word is not written with a capital there."""
    following = words[index + 1] if index + 1 < len(words) else None
    return following is not None and _ACRONYM_RE.fullmatch(following.text) is not None and \
        letter.text[words[index].end:following.start] == " "


_ACRONYM_RE = re.compile(r"[A-Z]{2,6}s?")


def _first_letter_off(word: str, suggestion: str | None) -> bool:
    """`suggestion` is `word` with its first letter added or dropped and nothing else
    (Ogun / Gun, Ilesa / Lesa)."""
    if suggestion is None:
        return False
    word, suggestion = word.casefold(), suggestion.casefold()
    return len(word) >= 4 and (word[1:] == suggestion or suggestion[1:] == word)


# The months, written with a capital: the one kind of capitalised word listed as common
# that never stands after "the" as a whole phrase ("in May", "by June", not "off the May.").
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"})


def _named_thing_after_the(letter: Letter, words: list[Token], index: int,
                           checker: WordChecker) -> bool:
    """A short capitalised word inside a sentence, right after "the" and ending its phrase
    (a stop, a comma, a line's end): "in off the Tay.", "along the Exe,": a river, a hill or
    a place, as `WordChecker.is_short_name_beside_a_word` finds a lone name, except that a
    month one letter from it does not count (no month stands after "the" at a phrase's end,
    so "the Tay." is no slip of "May"). A slip of a function word, of a day, a language or a
    country, of the user's words, or a swapped or doubled letter of a listed word stays one."""
    token = words[index]
    base = token.text
    lexicon = checker.lexicon
    if lexicon is None or index == 0 or words[index - 1].text != "the" or \
            letter.text[words[index - 1].end:token.start] != " " or \
            not 3 <= len(base) <= 6 or not base.isalpha() or base[1:] != base[1:].lower():
        return False
    after = letter.text[token.end:token.end + 1]
    if after not in (".", ",", ";", ":", "!", "?", "\n", "") or \
            not _inside_sentence(letter, token):
        return False
    near = edits(base.casefold())
    if not FUNCTION_WORDS.isdisjoint(near) or checker.is_typing_slip(base) or \
            checker.is_near_own_word(base):
        return False
    sizes = lexicon.sizes
    return not any(sizes.get(capital, CAPITAL_WORD + 1) <= CAPITAL_WORD and
                   capital not in _MONTHS
                   for capital in (candidate[:1].upper() + candidate[1:] for candidate in near))


def _before_name_head(letter: Letter, words: list[Token], index: int) -> bool:
    following = words[index + 1] if index + 1 < len(words) else None
    return following is not None and following.text in NAME_HEADS and \
        letter.text[words[index].end:following.start] == " "


def _named_elsewhere(letter: Letter, words: list[Token], index: int) -> bool:
    """The same capitalised word stands somewhere else in the letter where a capital marks a
    name ("in Harrogate" ... "Harrogate was..."): at the start of a sentence it is that name
    too. Only asked of a word no list knows, so the scan is rare."""
    text = words[index].text
    return any(other.text == text and position != index and
               _name_position(letter, words, position)
               for position, other in enumerate(words))


def _name_position(letter: Letter, words: list[Token], index: int) -> bool:
    """Inside a sentence, or followed by another capitalised word (Cranleigh Marine): where a
    capital marks a name rather than the start of a sentence."""
    token = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.is_capitalised and \
            letter.text[token.end:following.start] == " ":
        return True
    return _inside_sentence(letter, token)


def _inside_sentence(letter: Letter, token: Token) -> bool:
    """Not the first word of a sentence, a paragraph or the letter."""
    text = letter.text
    position = token.start
    while position > 0 and text[position - 1] in _OPENERS:
        position -= 1
    if position == 0:
        return False
    before = text[position - 1]
    if before == "\n":
        # a new line: a new paragraph, or a wrapped line whose sentence goes on
        line_end = position - 1
        while line_end > 0 and text[line_end - 1] in " \t":
            line_end -= 1
        return line_end > 0 and text[line_end - 1] not in _SENTENCE_END + "\n"
    return before not in _SENTENCE_END


# The words of English greetings and closings, whose slips stay slips on those lines.
_GREETING_WORDS = ("dear", "dearest", "hi", "hello", "hey", "greetings", "good", "morning",
                   "afternoon", "evening")
_CLOSING_WORDS = ("best", "kind", "kindest", "warm", "warmest", "regards", "wishes", "with",
                  "sincerely", "yours", "faithfully", "truly", "respectfully", "cordially",
                  "warmly", "thanks", "thank", "you", "cheers", "many", "again", "all", "the")
_LINE_WORD_RE = re.compile(r"[^\W\d_][\w'’.\-]*")


def _slip_of(word: str, targets: tuple[str, ...]) -> bool:
    """`word` is one of `targets` as a key slips on it (see key_slip): "Dera", "Helo", "Hii",
    "Regrads". Not "Hei", no slip of "Hi" but a greeting of another language."""
    folded = word.casefold()
    return any(key_slip(folded, target) for target in targets)


def _line_of(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _respect_of_the_greeting(text: str, words: list[Token], index: int,
                             checker: WordChecker) -> bool:
    """The same word closed the greeting line right after one of the card's names ("Dear
    Kenji San,", "Dear Ang Tshering Dai,"), where writers put a respect word of their own
    language, and the writer addresses the reader with it again in the body ("San, I hope to
    hear from you"). Short words only; a slip of a common or a function word or of the names
    ("Dear Kenji teh, ... Teh meeting") stays a slip in both places."""
    token = words[index]
    folded = token.text.casefold()
    if index < 2 or len(folded) > 6 or not folded.isalpha() or \
            checker.is_near_own_name(token.text) or \
            not FUNCTION_WORDS.isdisjoint(edits(folded)) or \
            checker.is_typing_slip(token.text, common=True):
        return False
    for before, other in zip(words[:index - 1], words[1:index], strict=True):
        if other.text != token.text or before.text not in checker.own_words:
            continue
        start, end = _line_of(text, other.start)
        line = text[start:end].rstrip()
        first = _LINE_WORD_RE.match(text, start)
        if line.endswith(",") and start + len(line) == other.end + 1 and first is not None \
                and first.group().casefold() in _GREETING_WORDS:
            return True
    return False


def _root_of_a_longer_term(word: str, words: list[Token], checker: WordChecker) -> bool:
    """Another word of the letter starts or ends with `word` and is at least three letters
    longer, and that word is far from any English one (a term, not a slip: "enviromentally"
    holding "enviroment" is near "environmentally")."""
    folded = word.casefold()
    for other in words:
        text = other.text.casefold()
        if len(text) >= len(folded) + 3 and text.isalpha() and \
                (text.endswith(folded) or text.startswith(folded)) and \
                checker.is_far_from_english(other.text):
            return True
    return False


# What follows the writer's own-language courtesy: ", and thank you", ", and see you soon",
# ... or what thanks are for, when the courtesy is the sentence's verb: "Ke a leboga for the
# opportunity", "Asante sana for your time".
_ENGLISH_THANKS_AFTER_RE = re.compile(
    r",[ \t]+and[ \t]+(?:thank|thanks|see[ \t]+you|I[ \t]+hope|hope[ \t]+to|I[ \t]+look|"
    r"talk[ \t]+soon|speak[ \t]+soon|all[ \t]+the[ \t]+best|take[ \t]+care)\b"
    r"|[ \t]+for[ \t]+(?:the|your|this|having|taking|meeting|making|all|everything)\b")
_SENTENCE_OPENING_RE = re.compile(r"(?:^|[.!?][\"'”’)]?[ \t]+|\n[ \t]*)$")


def _courtesy_before_english_thanks(letter: Letter, words: list[Token], index: int,
                                    checker: WordChecker) -> bool:
    """The word is one of the first words of a sentence, at most three, that end at a comma
    before ", and thank you", ", and see you soon", ", and I hope ..." ("Valeu, and see you in
    the water!", "Asante sana, and thank you again"): the writer thanks or takes leave in their
    own language, then says it in English. None of the words may be a common English word
    ("Great, and thank you": English), nor the word a slip of the user's words, of a
    greeting or a closing, of thanks, or a key slip of a function word or of a word that
    would stand there in English ("Thnaks, and see you soon", "Hwllo", "Thnak yuo" stay
    slips; "Valeu" sits a swap from "value", which no one writes there)."""
    text = letter.text
    first = index
    while first > 0 and index - first < 2 and text[words[first - 1].end:words[first].start] == " ":
        first -= 1
    while first < index and not _SENTENCE_OPENING_RE.search(text, 0, words[first].start):
        first += 1
    if not _SENTENCE_OPENING_RE.search(text, max(0, words[first].start - 4), words[first].start):
        return False
    # the word the English follows, within three words of the first, one space apart
    end = next((at for at in range(index, min(first + 2, len(words) - 1) + 1)
                if _ENGLISH_THANKS_AFTER_RE.match(text, words[at].end)), None)
    if end is None or any(text[words[at].end:words[at + 1].start] != " "
                          for at in range(first, end)):
        return False
    token = words[index].text
    if not text.startswith(",", words[end].end) and not any(
            len(words[at].text) >= 5 and checker.is_far_from_english(words[at].text) and
            not checker.is_near_everyday_word(words[at].text) for at in range(first, end + 1)):
        # "Ke a leboga for the opportunity": thanks said as a verb before "for", with no
        # English after a comma to show it is thanks; a word far from every English word
        # must show the run is of another language ("Gret for the team" stays a slip)
        return False
    return all(not checker.is_commonest_word(words[at].text.lower()) and
               not checker.speller.check(words[at].text)
               for at in range(first, end + 1) if len(words[at].text) > 1) and \
        not checker.is_near_own_word(token) and \
        not _slip_of(token, _GREETING_WORDS + _CLOSING_WORDS) and \
        _ENGLISH_THANKS.isdisjoint(edits(token.casefold())) and not (
            checker.is_typing_slip(token, common=True) and
            (checker.suggestion(token) or "").casefold() in _COURTESY_WORDS | FUNCTION_WORDS)


# English words that open a sentence of thanks or leave-taking: what a slip before ", and
# thank you" would be a slip of.
_COURTESY_WORDS = frozenset({
    "thanks", "thank", "cheers", "regards", "best", "bye", "goodbye", "again", "sincerely",
    "cordially", "warmly", "respectfully", "yours", "truly", "gratefully", "kindly", "love",
    "wishes", "greetings", "farewell", "ta", "many", "much", "hello", "hi", "welcome",
    "congratulations", "cheerio", "later", "soon",
})


def _greeting_or_closing_word(text: str, token: Token, checker: WordChecker) -> bool:
    """The word stands on a greeting line before the card's names ("Hei Aino,", "Dear Pak
    Hendra,", "Dear Batono Giorgi,": every word after it is one of the user's names) or on the
    closing line right above the writer's signed name ("Hormat saya,", "Salutations
    cordiales,"): those lines are where writers keep the courtesy of their own language. A
    slip of an English greeting or closing word, or of one of the names, stays a slip."""
    start, end = _line_of(text, token.start)
    line = text[start:end].rstrip()
    if not line or len(line) > 60:
        return False
    line_words = [match for match in _LINE_WORD_RE.finditer(text, start, start + len(line))]
    # A slip of one of the user's names stays a slip; but the first of three words or more
    # on a closing line (see below) opens the courtesy ("Khop khun krap,"), where no name
    # stands, even one letter from a word of the card's names
    opening = len(line_words) >= 3 and line_words[0].start() == token.start
    near_name = checker.is_near_own_name(token.text)
    if near_name and not opening:
        return False
    # A greeting holds up to five words; a closing of another language up to seven ("Un
    # abrazo muy fuerte y gracias,"), since the signed name under it vouches for it, when no
    # other word of it is one of the commonest English words ("Thanks so much for evrything,"
    # stays a slip; a one-letter word such as Spanish "y" says nothing).
    if not 1 <= len(line_words) <= 7:
        return False
    greeting = len(line_words) <= 5
    if not greeting and any(match.start() != token.start and len(match.group()) > 2 and
                            checker.is_commonest_word(match.group().rstrip(",.:!"))
                            for match in line_words):
        return False
    after = [match.group() for match in line_words if match.start() > token.start]
    before = [match.group() for match in line_words if match.end() <= token.start]
    own = checker.own_words
    if after and line[-1:] in ",:!" and len(after) >= 2 and after[-2] in own and \
            len(after[-1].rstrip(",:!")) <= 5 and after[-1][:1].isupper():
        after = after[:-1]  # "Salam Aziz Aka,": a respect word after the name (see names)
    if greeting and not near_name and after and line[-1:] in ",:!" and \
            after[-1].rstrip(",.:!") in own and all(
            word.rstrip(",:!") in own or word.endswith(".") or word.islower()
            for word in after) and all(word.casefold() in _GREETING_WORDS for word in before):
        # up to the card's name, the words between are forms of address ("Dr.", "Mme") or
        # the rest of the greeting ("Xin chào Linh,", "Dobry den Pavel,")
        return not _slip_of(token.text, _GREETING_WORDS)
    if greeting and not near_name and not after and line[-1:] in ",:!" and len(before) >= 2 and \
            before[0].casefold() in _GREETING_WORDS and before[-1] in own and \
            len(token.text) <= 6 and token.text.isalpha() and \
            not checker.is_typing_slip(token.text, common=True) and \
            FUNCTION_WORDS.isdisjoint(edits(token.text.casefold())) and all(
                word in own or word.endswith(".") or word.casefold() in _GREETING_WORDS
                for word in before[1:]):
        # "Dear Adaeze apa,", "Dear Kenji san,": a short word closing the greeting right
        # after the card's name is a respect of the writer's language, which many put after
        # the name; a slip of one of the names (above), of a common or a function word
        # ("Dear Adaeze teh,") stays one
        return True
    if line[-1:] not in ",!" and not line[-1:].isalpha():
        return False
    # the closing: the next line that holds words is the writer's name
    next_start = end + 1
    while next_start < len(text) and text[next_start] == "\n":
        next_start += 1
    if next_start >= len(text):
        return False
    signed_start, signed_end = _line_of(text, next_start)
    signed = text[signed_start:signed_end].split()
    # a signed first name of three letters ("Noa", "Eva", "Ian") is the card's too, though
    # the user's own words keep only the longer names (a short one is too often a word)
    if not 1 <= len(signed) <= 4 or not all(
            word.strip(",.") in own or _short_name_of_the_card(word.strip(",."), checker)
            for word in signed):
        return False
    return not any(_slip_of(match.group(), _CLOSING_WORDS) for match in line_words)


def _short_name_of_the_card(word: str, checker: WordChecker) -> bool:
    return 2 <= len(word) <= 3 and word[:1].isupper() and word[1:].islower() and \
        word.casefold() in checker.known
