"""The twenty-first round of card rules (tuned on BATCH20): a state whose name ends with
another state's. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A state whose name ends with another state's name --------------------------------------

def test_a_colombian_department_of_several_words_is_the_region() -> None:
    assert address_parts(["Carrera 5 # 12-30, piso 4", "Tuluá, Valle del Cauca, Colombia"],
                         "CO") == ("Carrera 5 # 12-30, piso 4", "Tuluá", "VAC", None)
    assert address_parts(["Avenida 0 # 9-12", "Cúcuta, Norte de Santander"],
                         "CO") == ("Avenida 0 # 9-12", "Cúcuta", "NSA", None)


def test_the_shorter_department_alone_is_still_read() -> None:
    assert address_parts(["Calle 5 # 7-20", "Popayán, Cauca, Colombia"],
                         "CO") == ("Calle 5 # 7-20", "Popayán", "CAU", None)


# --- Two one-syllable given names before a Chinese family name ------------------------------

def test_two_chinese_syllables_before_the_family_name_are_the_first_name() -> None:
    card = _card("Dr Xiu Fen Lim", "Optometrist", "Bayside Eye Care",
                 "frontdesk@baysideeyecare.com.au", "T (07) 5550 3321", region="AU")
    assert (card.first, card.middle, card.last) == ("Xiu Fen", None, "Lim")


def test_a_western_middle_name_before_a_chinese_family_name_stays() -> None:
    card = _card("Thomas Edward Chan", "Senior Analyst", "Northgate Capital",
                 "thomas.chan@northgatecap.com", "+1 415 555 0190")
    assert (card.first, card.middle, card.last) == ("Thomas", "Edward", "Chan")


def test_an_initial_is_no_syllable_of_a_given_name() -> None:
    card = _card("Kai W. Wong", "Architect", "Wong Studio", "kai@wongstudio.com",
                 "+1 206 555 0134")
    assert (card.first, card.middle, card.last) == ("Kai", "W.", "Wong")
