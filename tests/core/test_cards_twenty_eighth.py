"""The twenty-eighth round of card rules (tuned on BATCH27): a degree joined by an ampersand,
a country printed in two of its languages. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import country_code
from pursuit.core.cards.phones import find_phones
from pursuit.core.cards.title_company import matches_domain
from tests.core.cards_helpers import address_parts


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


# --- A name OCR glued together, split where the e-mail spells it apart ----------------------

def test_a_glued_name_is_split_where_the_email_splits_it() -> None:
    card = _card("AyşeKılıç", "Satış Müdürü", "Ege Tekstil A.Ş.", "ayse.kilic@egetekstil.com.tr",
                 region="TR")
    assert (card.first, card.last) == ("Ayşe", "Kılıç")
    assert card.title == "Satış Müdürü"


def test_a_mixed_case_surname_is_left_whole() -> None:
    card = _card("Dana McKenzie", "Account Manager", "Northwind Ltd", "dana@northwind.com")
    assert (card.first, card.last) == ("Dana", "McKenzie")
    card = _card("Dana McKenzie", "Account Manager", "Northwind Ltd", "dana.mckenzie@northwind.com")
    assert (card.first, card.last) == ("Dana", "McKenzie")


# --- A country after its town's slash ------------------------------------------------------

def test_a_country_after_the_towns_slash_is_no_district() -> None:
    street, city, _region, postal = address_parts(
        ["Atatürk Bulvarı No: 45", "16050 Bursa / Türkiye"], "TR")
    assert (street, city, postal) == ("Atatürk Bulvarı No: 45", "Bursa", "16050")


# --- A bare number that cannot be the card's own country's postal code --------------------

def test_a_numbered_street_above_its_town_keeps_its_door_number() -> None:
    street, city, _region, postal = address_parts(
        ["3 Oriente 845, oficina 12", "Rancagua, Chile"], "CL")
    assert (street, city, postal) == ("3 Oriente 845, oficina 12", "Rancagua", None)


# --- A phone icon read as a "0" glued to a North American number ---------------------------

def test_a_zero_glued_to_a_north_american_area_code_is_the_icon() -> None:
    found = find_phones("0604-555-0143", "CA")
    assert [phone.e164 for phone, _span in found] == ["+16045550143"]


def test_a_trunk_zero_that_makes_a_valid_number_stays() -> None:
    found = find_phones("0800-555-1234", "GB")
    assert [phone.e164 for phone, _span in found] == ["+448005551234"]


# --- A domain that spells ø, æ, å and the umlauts with two letters -------------------------

def test_a_company_whose_domain_writes_the_letters_out() -> None:
    card = _card("Mads Sørensen", "Indehaver", "Sørensen Snedker", "Vestergade 4, 8000 Aarhus",
                 "mads@soerensensnedker.dk", region="DK")
    assert card.company == "Sørensen Snedker"
    assert matches_domain("Müller Holzbau", ["muellerholzbau"])
    assert matches_domain("Müller Holzbau", ["mullerholzbau"])
