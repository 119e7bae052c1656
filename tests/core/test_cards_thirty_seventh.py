"""The thirty-seventh round of card rules (tuned on BATCH36): two family names after a middle
initial where the e-mail spells the first of them, a town closed up with the postal code after
it, the state's initials before a country's name with a dot or a space lost ("P.R China"), a
Moroccan post office named for its town and quarter ("Rabat-Agdal"), OCR's digit 1 for the l
of a legal form in initials, a Swedish second family name, a country's domain cut to one
letter, the comma after a unit's number read as a stop, the hyphen of a compound's part closed up
before "and", and a Japanese ward's hyphen lost. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import country_code, tidy_street
from pursuit.core.cards.parse import clean
from pursuit.core.cards.title_company import company_case


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Rosalba T. Villarreal Garza" on rvillarreal@: a middle initial before two surnames ------

def _named(name: str, email: str) -> CardFields:
    return _card("Mesquite Grading Co.", name, "Site Superintendent", "(210) 555-0172", email,
                 "4100 Rittiman Rd, Ste 12", "San Antonio, TX 78218")


def test_two_family_names_after_a_middle_initial_the_email_spells_are_the_surname() -> None:
    card = _named("Rosalba T. Villarreal Garza, PMP", "rvillarreal@mesquitegrading.com")
    assert (card.first, card.middle, card.last, card.credentials) == (
        "Rosalba", "T.", "Villarreal Garza", "PMP")
    card = _named("Rosalba T. Villarreal Garza", "rosalba.villarrealgarza@mesquitegrading.com")
    assert (card.first, card.middle, card.last) == ("Rosalba", "T.", "Villarreal Garza")


def test_a_word_after_the_initial_the_email_leaves_out_stays_the_middle_name() -> None:
    # The e-mail spells the last word alone as the surname: the word between is a middle
    # name, as an English name's second given name after an initial is.
    card = _named("Harold W. Pennington Shaw", "hshaw@mesquitegrading.com")
    assert (card.first, card.middle, card.last) == ("Harold", "W. Pennington", "Shaw")
    # No e-mail that spells a name: unchanged too.
    card = _named("Harold W. Pennington Shaw", "office@mesquitegrading.com")
    assert (card.middle, card.last) == ("W. Pennington", "Shaw")


# --- "Chattogram4100": the town and its code closed up by OCR -----------------------------------

def test_a_town_closed_up_with_its_postal_code_is_parted() -> None:
    card = _card("Nafisa Rahman Chowdhury", "Export Manager", "Karnaphuli Jute Mills Ltd.",
                 "Tel +880 31 555 2841", "nafisa@karnaphulijute.com.bd",
                 "House 9, Lane 4, Khulshi", "Chattogram4209", region="BD")
    assert (card.street, card.city, card.postal_code) == (
        "House 9, Lane 4, Khulshi", "Chattogram", "4209")


def test_a_unit_closed_up_with_its_number_is_no_town() -> None:
    # "Level1203": a unit and its number, shaped like a town and a code, names no town.
    card = _card("Nafisa Rahman Chowdhury", "Export Manager", "Karnaphuli Jute Mills Ltd.",
                 "Tel +880 31 555 2841", "nafisa@karnaphulijute.com.bd",
                 "House 9, Lane 4, Khulshi", "Level1203", region="BD")
    assert card.city != "Level"
    assert card.postal_code is None


# --- "P.R China": the state's initials with a dot lost --------------------------------------------

def test_the_state_initials_before_the_name_with_a_dot_or_space_lost() -> None:
    for printed in ("P.R China", "P. R. China", "P.R.China", "P.R. China"):
        assert country_code(printed) == "CN", printed


def test_initials_before_a_name_that_is_no_country_stay_none() -> None:
    assert country_code("P.R Chinatown") is None
    assert country_code("N. Ireland Road") is None


# --- "10090 Rabat-Agdal": a Moroccan post office named for the town and its quarter --------------

def _moroccan(town_line: str) -> CardFields:
    return _card("Salma Bennani", "Responsable Export", "Oasis Dattes SARL",
                 "Tél. +212 5 22 55 18 40", "s.bennani@oasisdattes.ma",
                 "17, avenue Hassan II, 2e étage", town_line, region="MA")


def test_a_moroccan_towns_post_office_quarter_is_left_out() -> None:
    card = _moroccan("20250 Casablanca-Maârif")
    assert (card.street, card.city, card.postal_code) == (
        "17, avenue Hassan II, 2e étage", "Casablanca", "20250")


def test_a_moroccan_town_named_in_two_hyphened_words_keeps_them() -> None:
    card = _moroccan("80150 Aït-Melloul")
    assert card.city == "Aït-Melloul"


# --- "s.e.n.c.r.1.": OCR's digit 1 for the l of a legal form in initials -------------------------

def test_a_digit_one_among_a_legal_forms_initials_is_an_l() -> None:
    assert company_case("Gagnon Tremblay avocats s.e.n.c.r.1.") == (
        "Gagnon Tremblay avocats s.e.n.c.r.l.")
    assert company_case("Ferri Impianti S.R.1.") == "Ferri Impianti S.R.L."


def test_digits_with_stops_that_are_no_legal_form_stay() -> None:
    assert company_case("Studio 1.2.1.") == "Studio 1.2.1."
    assert company_case("Gagnon Tremblay s.e.n.c.r.l.") == "Gagnon Tremblay s.e.n.c.r.l."


# --- "Maja Sandqvist Hellström": a Swedish second family name, unhyphenated ----------------------

def _swedish(name: str, email: str, region: str = "SE") -> CardFields:
    return _card(name, "Projektledare", "Mälardalens Bygg AB", "08-555 310 42", email,
                 "Drottninggatan 41", "111 21 Stockholm", region=region)


def test_a_swedish_family_name_before_the_surname_is_the_surnames() -> None:
    card = _swedish("Maja Sandqvist Hellström", "maja@malardalensbygg.se")
    assert (card.first, card.middle, card.last) == ("Maja", None, "Sandqvist Hellström")
    card = _swedish("Erik Lundgren Holmberg", "erik@malardalensbygg.se")
    assert (card.first, card.middle, card.last) == ("Erik", None, "Lundgren Holmberg")


def test_a_swedish_second_given_name_stays_the_middle_name() -> None:
    card = _swedish("Maja Elisabet Hellström", "maja@malardalensbygg.se")
    assert (card.first, card.middle, card.last) == ("Maja", "Elisabet", "Hellström")
    # Not on a Norwegian card, whose truths type the word between as the middle name.
    card = _card("Tone Lindberg Hauge", "Prosjektleder", "Fjordbygg AS", "+47 22 55 31 40",
                 "tone@fjordbygg.no", "Karl Johans gate 14", "0154 Oslo", region="NO")
    assert (card.first, card.middle, card.last) == ("Tone", "Lindberg", "Hauge")


# --- "zeynep@anatolmakine.com.t": the country's domain cut at the card's edge --------------------

def _turkish(email: str) -> CardFields:
    return _card("Anatol Makine A.Ş.", "Zeynep Kaya", "Satın Alma Müdürü",
                 "Tel +90 224 555 73 10", email, "Demirtaş OSB, Lale Cad. No: 7",
                 "16245 Osmangazi / Bursa")


def test_a_one_letter_top_level_domain_is_the_cards_countrys() -> None:
    assert _turkish("zeynep@anatolmakine.com.t").emails == ("zeynep@anatolmakine.com.tr",)


def test_a_one_letter_domain_that_is_not_the_countrys_start_stays() -> None:
    assert _turkish("zeynep@anatolmakine.com.tr").emails == ("zeynep@anatolmakine.com.tr",)
    # "b" starts no Turkish domain: left as read, not guessed.
    assert _turkish("zeynep@anatolmakine.com.b").emails == ("zeynep@anatolmakine.com.b",)


# --- "Building 4. Wasfi Al-Tal Street": the comma after a unit's number read as a stop ---------

def test_a_stop_after_a_units_number_before_the_next_part_is_a_comma() -> None:
    assert tidy_street("Building 4. Wasfi Al-Tal Street, Khalda") == (
        "Building 4, Wasfi Al-Tal Street, Khalda")
    assert tidy_street("Suite 12B. Harbour Road") == "Suite 12B, Harbour Road"


def test_a_hungarian_floors_ordinal_stop_and_a_number_after_it_stay() -> None:
    assert tidy_street("Váci út 45., 3. emelet") == "Váci út 45., 3. emelet"
    # A number after the stop is no next part's word.
    assert tidy_street("Level 3. 14 Main Street") == "Level 3. 14 Main Street"


# --- "Dijkstra Grond-en Wegenbouw": the hyphen of a part left out before "and" --------------------

def test_a_hyphen_closed_up_before_and_keeps_its_space() -> None:
    assert clean("Dijkstra Grond-en Wegenbouw B.V.") == "Dijkstra Grond- en Wegenbouw B.V."
    assert clean("Abteilung Ein-und Verkauf") == "Abteilung Ein- und Verkauf"


def test_a_hyphen_inside_a_word_or_an_address_stays() -> None:
    # "Ende" is a word of its own, not "en"; an e-mail has no space after the conjunction.
    assert clean("Marie-Ende Solutions") == "Marie-Ende Solutions"
    assert clean("grond-en@dijkstra.nl") == "grond-en@dijkstra.nl"


# --- "Higashiku": a Japanese ward named for its place, its hyphen lost ----------------------------

def test_a_directional_japanese_ward_gets_its_hyphen_back() -> None:
    assert tidy_street("3-8-14 Hakataekimae, Higashiku") == "3-8-14 Hakataekimae, Higashi-ku"
    assert tidy_street("2-4-1 Sakae, Nakaku") == "2-4-1 Sakae, Naka-ku"


def test_a_place_whose_own_name_ends_in_ku_stays() -> None:
    assert tidy_street("2-7-1 Nishi-Shinjuku, Shinjuku-ku") == "2-7-1 Nishi-Shinjuku, Shinjuku-ku"
    assert tidy_street("3-1 Shin-Yokohama, Kohoku-ku") == "3-1 Shin-Yokohama, Kohoku-ku"
