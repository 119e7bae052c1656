"""The thirty-eighth round of card rules (tuned on BATCH37): a Philippine province between the
town and the postcode, the abbreviation of María after a title, a Brazilian CEP parted after two
digits, the e-mail label in small letters closed up with the address, OCR's small l for the
capital I starting a town, a state's dotted initials with the last stop lost, the comma between a
unit's number and the house's closed up, a degree in dotted abbreviations of three words, a
field closed up before an engineer's or adviser's role ("Projectingenieur"), the owner's
marked letter read plain in the firm's name ("Brendsted" for Brøndsted), and a title wrapped
before its field's plural ("Operations"). Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.emails import find_emails
from pursuit.core.cards.names import parse_name
from pursuit.core.cards.title_company import has_role


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Lipa, Batangas 4217": the province between a Philippine town and its postcode -----------

def _philippine(*address: str) -> CardFields:
    return _card("Mindoro Cold Storage Corp.", "Teresa Dimaano", "Plant Manager",
                 "Tel +63 43 555 1234", "tdimaano@mindorocold.com.ph", *address, region="PH")


def test_a_province_between_the_town_and_its_postcode_is_no_town() -> None:
    card = _philippine("Purok 4, Brgy. San Isidro,", "Lipa, Batangas 4217")
    assert (card.street, card.city, card.region, card.postal_code) == (
        "Purok 4, Brgy. San Isidro", "Lipa", None, "4217")
    card = _philippine("Km 12 National Highway, Brgy. Poblacion, Tanauan, Batangas 4232")
    assert (card.street, card.city, card.postal_code) == (
        "Km 12 National Highway, Brgy. Poblacion", "Tanauan", "4232")


def test_a_city_after_a_barangay_or_outside_the_provinces_codes_stays_the_town() -> None:
    # "Brgy. Lahug, Cebu 6000": a barangay is a district of the city named after it.
    card = _philippine("Unit 4, Don Ramon Bldg.", "Brgy. Lahug, Cebu 6000")
    assert (card.city, card.postal_code) == ("Cebu", "6000")
    assert card.street is not None and card.street.endswith("Brgy. Lahug")
    # A postcode that is not one of Batangas's (42xx) names no Batangas town.
    card = _philippine("Unit 4, Don Ramon Bldg.", "Poblacion, Batangas 6000")
    assert card.city == "Batangas"


# --- "Engr. Ma. Luisa": the abbreviation of María after a title ---------------------------------

def test_the_abbreviation_of_maria_after_a_title_is_a_given_name() -> None:
    name = parse_name("Engr. Ma. Teresa P. Dimaano")
    assert (name.prefix, name.first, name.middle, name.last) == (
        "Engr.", "Ma. Teresa", "P.", "Dimaano")
    name = parse_name("Atty. Ma. Cristina Reyes")
    assert (name.prefix, name.first, name.last) == ("Atty.", "Ma. Cristina", "Reyes")


def test_two_titles_without_the_abbreviation_stay_the_prefix() -> None:
    name = parse_name("Ma. Teresa Dimaano")
    assert (name.prefix, name.first) == (None, "Ma. Teresa")
    name = parse_name("Prof. Dr. Teresa Dimaano")
    assert (name.prefix, name.first, name.last) == ("Prof. Dr.", "Teresa", "Dimaano")


# --- "PR - 80 230-010": a Brazilian CEP parted after two digits --------------------------------

def _brazilian(town_line: str) -> CardFields:
    return _card("Araucária Projetos Ltda.", "Eng. Paulo Mendes", "Diretor",
                 "Tel. (41) 3555-2200", "Cel. (41) 99555-1234", "paulo@araucaria.com.br",
                 "Av. Sete de Setembro, 2775, sala 3", town_line, region="BR")


def test_a_cep_parted_after_two_digits_is_one_code_and_no_phone() -> None:
    card = _brazilian("Rebouças - Curitiba - PR - 80 230-010")
    assert (card.city, card.region, card.postal_code) == ("Curitiba", "PR", "80230-010")
    assert card.street == "Av. Sete de Setembro, 2775, sala 3, Rebouças"
    assert [phone.e164 for phone in card.phones] == ["+554135552200", "+5541995551234"]


def test_a_phone_with_four_digits_after_its_hyphen_is_still_a_phone() -> None:
    card = _brazilian("Rebouças - Curitiba - PR - 80230-010")
    assert card.postal_code == "80230-010"
    card = _card("Araucária Projetos Ltda.", "Paulo Mendes", "Diretor", "Tel. 41 3555-2200",
                 "paulo@araucaria.com.br", region="BR")
    assert [phone.e164 for phone in card.phones] == ["+554135552200"]


# --- "e-maild.wroblewska@": the label in small letters closed up with the address -------------

def test_the_small_letter_email_label_closed_up_is_no_part_of_the_address() -> None:
    assert [found for found, _ in find_emails("e-mailk.nowak@hutamet.pl")] == [
        "k.nowak@hutamet.pl"]


def test_an_address_that_starts_with_email_keeps_it() -> None:
    assert [found for found, _ in find_emails("emailme@hutamet.pl")] == ["emailme@hutamet.pl"]


# --- "31400 lpoh": OCR's small l for the capital I starting a town -------------------------------

def _malaysian(town: str) -> CardFields:
    return _card("Perak Tin Smelting Sdn. Bhd.", "Ahmad Faris", "Plant Manager",
                 "Tel +60 5 555 2184", "faris@peraktin.com.my", "Lot 23, Jalan Kuala Kangsar,",
                 f"31400 {town}, Perak", region="MY")


def test_a_small_l_and_a_consonant_starting_a_town_is_a_capital_i() -> None:
    assert _malaysian("lpoh").city == "Ipoh"


def test_a_town_starting_with_l_and_a_vowel_is_not_touched() -> None:
    assert _malaysian("Lumut").city == "Lumut"
    card = _card("Harbour Sails Ltd", "Rhys Morgan", "Director", "T 01554 555 012",
                 "rhys@harboursails.co.uk", "12 Station Road", "Llanelli SA15 1AB", region="GB")
    assert card.city == "Llanelli"


# --- "San Pedro Garza García, N.L": a state's dotted initials, the last stop lost -------------

def _mexican(state: str) -> CardFields:
    return _card("Urquidi Abogados, S.C.", "Lic. Ana Ruiz", "Socia", "Tel. +52 81 5555 2718",
                 "aruiz@uvabogados.com.mx", "Av. Vasconcelos 1044, Piso 6,",
                 f"Col. Del Valle, 66220 San Pedro Garza García, {state}", region="MX")


def test_a_states_dotted_initials_without_the_last_stop_are_the_state() -> None:
    assert _mexican("N.L").region == "NLE"
    assert _mexican("B.C.S").region == "BCS"


def test_a_states_initials_with_every_stop_or_none_read_as_before() -> None:
    assert _mexican("N.L.").region == "NLE"
    assert _mexican("NL").region is None


# --- "Studio 9,14 Cumberland Road": the comma between a unit's and a house's numbers ----------

def _british(street: str) -> CardFields:
    return _card("Harbour Sails Ltd", "Tamsin Pengelly", "Director", "T 0117 496 0458",
                 "t@harboursails.co.uk", street, "Bristol BS1 6UX", region="GB")


def test_the_comma_closed_up_between_a_units_number_and_the_house_takes_its_space() -> None:
    assert _british("Unit 4,27 Harbour Street").street == "Unit 4, 27 Harbour Street"


def test_a_kilometres_decimal_comma_is_not_touched() -> None:
    assert _british("Carretera Km 12,5 Norte").street == "Carretera Km 12,5 Norte"
    assert _british("Unit 4, 27 Harbour Street").street == "Unit 4, 27 Harbour Street"


# --- "ing., M.Sc.A.": a degree in dotted abbreviations of three words -------------------------

def test_a_degree_in_three_dotted_abbreviations_is_a_credential() -> None:
    name = parse_name("Julie Roy, ing., M.Sc.A.")
    assert (name.last, name.credentials) == ("Roy", "ing., M.Sc.A.")
    assert parse_name("Julie Roy, M.A.Sc.").credentials == "M.A.Sc."


def test_a_title_in_dotted_abbreviations_is_no_credential() -> None:
    # Abbreviations spaced apart are words of a title ("Dir. Gén. Adj."), not one degree.
    assert parse_name("Julie Roy, Dir. Gén. Adj.").credentials is None


# --- "Projectingenieur": a field closed up before the engineer's role ---------------------------

def test_a_compound_ending_in_the_engineers_role_is_a_title() -> None:
    assert has_role("Verkoopingenieur")
    assert has_role("Prosjektingeniør")
    # Over its French twin, the first language's title is the title, not a department.
    card = _card("Dijlevallei Adviesbureau NV", "T +32 16 555 71 48",
                 "m.peeters@dijlevallei.be", "Bondgenotenlaan 12 bus 3",
                 "Boulevard des Alliés 12 boîte 3", "3000 Leuven / Louvain",
                 "ir. Maarten Peeters", "Verkoopingenieur", "Ingénieur commercial", region="BE")
    assert (card.title, card.department) == ("Verkoopingenieur", None)


def test_an_engineering_firms_name_names_no_role() -> None:
    assert not has_role("Dijlevallei Ingenieursbureau NV")
    card = _card("Maarten Peeters", "Verkoopingenieur", "Dijlevallei Ingenieursbureau NV",
                 "T +32 16 555 71 48", "m.peeters@dijlevallei.be", "Bondgenotenlaan 12 bus 3",
                 "3000 Leuven", region="BE")
    assert (card.title, card.company) == ("Verkoopingenieur", "Dijlevallei Ingenieursbureau NV")


# --- "Brendsted & Holst" on Signe Brøndsted's card: the owner's name spelled in the firm ------

def _danish(company: str, name: str = "Signe Brøndsted") -> CardFields:
    return _card(name, "Partner, advokat", company, "Tlf. +45 33 55 41 27",
                 "sb@brondstedholst.dk", "Amaliegade 31, 2. sal", "1256 København K",
                 region="DK")


def test_the_owners_marked_letter_read_plain_in_the_firms_name_is_put_back() -> None:
    assert _danish("Brendsted & Holst Advokatpartnerselskab").company == (
        "Brøndsted & Holst Advokatpartnerselskab")
    assert _danish("Brondsted & Holst Advokatpartnerselskab").company == (
        "Brøndsted & Holst Advokatpartnerselskab")


def test_the_owners_ligature_read_as_two_letters_in_the_firms_name_is_put_back() -> None:
    card = _danish("Kjaergaard Møbler A/S", name="Freja Kjærgaard")
    assert card.company == "Kjærgaard Møbler A/S"
    # A longer word that only starts so is another word.
    card = _danish("Kjaergaarden Møbler A/S", name="Freja Kjærgaard")
    assert card.company == "Kjaergaarden Møbler A/S"


def test_a_firms_word_that_differs_otherwise_from_the_name_is_left() -> None:
    # Two letters apart ("Brendsen"), or a name without marks: nothing to put back.
    assert _danish("Brendsen & Holst Advokater").company == "Brendsen & Holst Advokater"
    assert _danish("Brendsted & Holst Advokater", name="Signe Brandsted").company == (
        "Brendsted & Holst Advokater")


# --- "Director of Revenue Cycle" / "Operations": a title wrapped before its field's plural ----

def _wrapped(title: str, under: str) -> CardFields:
    return _card("Celia Marsh, MBA", title, under, "Prairie Ridge Health, Inc.",
                 "(402) 555-0186", "cmarsh@prairieridge.com", "1616 Dodge St, Suite 900",
                 "Omaha, NE 68102")


def test_a_plural_field_alone_under_a_title_of_a_field_ends_the_title() -> None:
    card = _wrapped("Director of Revenue Cycle", "Operations")
    assert (card.title, card.department) == ("Director of Revenue Cycle Operations", None)
    card = _wrapped("Head of Government", "Affairs")
    assert (card.title, card.department) == ("Head of Government Affairs", None)


def test_a_unit_in_more_words_or_a_one_word_firm_under_the_title_is_not_joined() -> None:
    card = _wrapped("Director of Product", "People Operations")
    assert (card.title, card.department) == ("Director of Product", "People Operations")
    card = _wrapped("Director of Product", "Brightworks")
    assert card.title == "Director of Product"
