"""The twenty-third round of card rules (tuned on BATCH22): a middle name that an e-mail
spells with every other word of the name. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- An e-mail that spells every word of the name -------------------------------------------

def test_an_address_spelling_all_three_words_keeps_the_middle_name() -> None:
    card = _card("Ingrid Marie Holm", "Avdelingsleder", "Fjordkraft Teknikk AS",
                 "ingrid.marie.holm@fjordteknikk.no", "Storgata 12, 0155 Oslo", region="NO")
    assert (card.first, card.middle, card.last) == ("Ingrid", "Marie", "Holm")


def test_an_address_spelling_the_middle_word_as_the_surname_still_joins_it() -> None:
    # The older rule: "first.middle@" (the last word left out) makes the middle word the
    # first of two surnames.
    card = _card("Pieter Janse Rensburg", "Director", "Karoo Logistics (Pty) Ltd",
                 "pieter.janse@karoolog.co.za", region="ZA")
    assert (card.first, card.middle, card.last) == ("Pieter", None, "Janse Rensburg")


# --- A suite named by its word before the civic number --------------------------------------

def test_a_suite_by_its_word_keeps_its_dash_before_the_civic_number() -> None:
    assert address_parts(["Suite 820 – 333 Seymour Street", "Vancouver, BC V6B 5A6"],
                         "CA") == ("Suite 820 – 333 Seymour Street", "Vancouver", "BC",
                                   "V6B 5A6")


def test_a_dash_before_a_floor_still_parts_the_street() -> None:
    street = address_parts(["Rua Augusta 1200 - 5º andar", "01304-001 São Paulo - SP"], "BR")[0]
    assert street == "Rua Augusta 1200, 5º andar"
