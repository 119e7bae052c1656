"""Rules of issue 14's sixteenth round (tuned on batch 15 of the evaluation cards, the other
tuning groups kept from regressing): each test gives lines as a card of that kind prints them
and checks the field the rule is for. The cards are written here, not copied from the
evaluation set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.parse import Name, family_first_by_country, polish_letters
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


def _name(first: str, last: str) -> Name:
    return Name(full_name=f"{first} {last}", first=first, middle=None, last=last, prefix=None,
                suffix=None, credentials=None)


# --- a two-word name printed family name first, as the country prints it -------------------

def test_a_hungarian_name_printed_family_name_first_is_typed_given_name_first() -> None:
    name = family_first_by_country(_name("Szabó", "Anna"), ["szabo.anna"], "HU")
    assert (name.first, name.last, name.full_name) == ("Anna", "Szabó", "Anna Szabó")


def test_a_chinese_name_printed_family_name_first_with_the_email_in_print_order() -> None:
    name = family_first_by_country(_name("Wang", "Fang"), ["wangfang"], "CN")
    assert (name.first, name.last) == ("Fang", "Wang")


def test_a_name_printed_given_name_first_stays_so() -> None:
    name = family_first_by_country(_name("Anna", "Szabó"), ["anna.szabo"], "HU")
    assert (name.first, name.last) == ("Anna", "Szabó")


def test_an_email_in_the_other_order_decides_a_family_name_not_in_the_list() -> None:
    name = family_first_by_country(_name("Ferenczi", "Anna"), ["anna.ferenczi"], "HU")
    assert (name.first, name.last) == ("Anna", "Ferenczi")


def test_two_family_names_without_the_email_stay_as_printed() -> None:
    name = family_first_by_country(_name("Li", "Wang"), ["sales"], "CN")
    assert (name.first, name.last) == ("Li", "Wang")


def test_a_family_name_first_outside_those_countries_is_left_alone() -> None:
    name = family_first_by_country(_name("Nagy", "Peter"), ["nagy.peter"], "US")
    assert (name.first, name.last) == ("Nagy", "Peter")


def test_a_whole_hungarian_card_types_the_given_name_first() -> None:
    fields = _card("Horváth Katalin", "Ügyvezető igazgató", "Példa Kft.",
                   "1051 Budapest, Fő utca 3.", "horvath.katalin@pelda.hu", region="HU")
    assert (fields.first, fields.last) == ("Katalin", "Horváth")


# --- Nigeria's Federal Capital Territory in a state's place ---------------------------------

def test_the_federal_capital_territory_after_the_town_is_no_town() -> None:
    street, city, region, _ = address_parts(["Plot 7, Ademola Street", "Garki, F.C.T."], "NG")
    assert (street, city, region) == ("Plot 7, Ademola Street", "Garki", None)


# --- a floor by its Roman numeral -----------------------------------------------------------

def test_a_floor_by_its_roman_numeral_after_the_street_stays_in_the_street() -> None:
    street, city, _, postal = address_parts(["1088 Budapest, Rákóczi út 12., III. emelet"], "HU")
    assert (street, city, postal) == ("Rákóczi út 12., III. emelet", "Budapest", "1088")


def test_a_name_of_roman_letters_before_a_floor_word_is_no_floor() -> None:
    from pursuit.core.cards.address import streetlike
    assert not streetlike("Vivi Floor")


# --- the full stop OCR drops after a street's closing short form ---------------------------

def test_the_full_stop_after_a_closing_street_abbreviation_is_put_back() -> None:
    street, _, _, _ = address_parts(["Office 12, 8 Harbour St", "Kyiv 01001"], "UA")
    assert street == "Office 12, 8 Harbour St."


def test_north_american_streets_keep_their_short_form_as_printed() -> None:
    street, _, _, _ = address_parts(["500 Harbor St", "Portland, OR 97204"], "US")
    assert street == "500 Harbor St"


# --- letters OCR reads with the wrong mark, and Argentina's capital by its formal name -----

def test_a_polish_name_read_with_a_tilde_n_gets_its_acute_n_back() -> None:
    name = polish_letters(_name("Joanna", "Kamiñska"), "PL")
    assert (name.last, name.full_name) == ("Kamińska", "Joanna Kamińska")
    assert polish_letters(_name("Iñigo", "Ruiz"), "ES").first == "Iñigo"


def test_the_autonomous_city_of_buenos_aires_is_buenos_aires() -> None:
    _, city, _, _ = address_parts(
        ["Av. Corrientes 1234, piso 3", "C1043AAZ Ciudad Autónoma de Buenos Aires"], "AR")
    assert city == "Buenos Aires"


# --- Indonesia's phone labels ---------------------------------------------------------------

def test_indonesian_labels_on_their_own_lines_type_the_numbers() -> None:
    fields = _card("PT Contoh Jaya", "Budi Santoso", "Manajer", "TELEPON", "+62 21 555 0100",
                   "budi@contoh.co.id", "PONSEL", "+62 812 555 0199", region="ID")
    assert [phone.type for phone in fields.phones] == ["work", "mobile"]


# --- Hungary's company forms, and its names after a title ----------------------------------

def test_a_hungarian_law_firm_and_its_doctor_of_law_printed_family_name_first() -> None:
    fields = _card("Szabó és Társa Ügyvédi Iroda", "Dr. Szabó Anna", "Ügyvéd", "+36 1 555 0100",
                   "szabo.anna@szlaw.hu", "1052 Budapest, Váci utca 5.", region="HU")
    assert fields.company == "Szabó és Társa Ügyvédi Iroda"
    assert (fields.prefix, fields.first, fields.last) == ("Dr.", "Anna", "Szabó")
