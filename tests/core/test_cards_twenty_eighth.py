"""The twenty-eighth round of card rules (tuned on BATCH27): a degree joined by an ampersand,
a country printed in two of its languages. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import country_code


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A degree whose two subjects an ampersand joins ---------------------------------------

def test_an_ampersand_degree_after_the_name_is_a_credential() -> None:
    card = _card("Fiona R. Macbeth BM&S MRCVS", "Equine Vet", "Thornbury Equine Clinic",
                 "fiona@thornburyequine.co.uk", region="GB")
    assert (card.first, card.middle, card.last) == ("Fiona", "R.", "Macbeth")
    assert card.credentials == "BM&S MRCVS"


def test_an_ampersand_company_is_no_credential() -> None:
    card = _card("Paul Hendry", "Partner", "Hendry & Loach LLP", "paul@hendryloach.co.uk",
                 region="GB")
    assert card.full_name == "Paul Hendry"
    assert card.credentials is None


# --- The country in two of its languages ----------------------------------------------------

def test_a_country_in_two_languages_is_one_country() -> None:
    assert country_code("België / Belgique") == "BE"
    assert country_code("Suisse / Schweiz") == "CH"


def test_a_town_and_its_country_are_no_country() -> None:
    assert country_code("Bursa / Türkiye") is None
    assert country_code("Belgique / Suisse") is None


def test_a_bilingual_country_after_the_town_is_read() -> None:
    card = _card("Marc Peeters", "Zaakvoerder", "Peeters Bouw BV", "marc@peetersbouw.be",
                 "Lindenlaan 14, bus 3", "3000 Leuven – België / Belgique", region="BE")
    assert (card.street, card.city, card.postal_code) == ("Lindenlaan 14, bus 3", "Leuven",
                                                          "3000")
    assert card.country == "BE"
