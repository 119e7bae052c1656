"""The twenty-fifth round of card rules (tuned on BATCH24): Colombia's number sign before a
house's number, a title and a firm parted by a bar read as a spaced "I", an acronym domain
over a German firm's name with "für". Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- The number sign opens a house's number, not a postal code ------------------------------

def test_a_number_after_the_sign_is_no_postal_code() -> None:
    # "33-120" has the shape of a Polish postal code; after "#" it is a cross street and door.
    street, city, region, postal = address_parts(
        ["Carrera 9 # 33-120, Local 4", "Pereira, Risaralda – Colombia"], "CO")
    assert street == "Carrera 9 # 33-120, Local 4"
    assert city == "Pereira"
    assert postal is None


def test_a_polish_postal_code_still_reads() -> None:
    street, city, _, postal = address_parts(["ul. Długa 5", "31-147 Kraków"], "PL")
    assert (street, city, postal) == ("ul. Długa 5", "Kraków", "31-147")


# --- A bar read as a spaced "I" between the title and the firm ------------------------------

def test_a_spaced_i_before_the_domains_firm_parts_title_and_firm() -> None:
    card = _card("Mikko Laine", "Senior Data Engineer I Revontuli Labs Oy", "+358 40 1234567",
                 "mikko@revontulilabs.fi", region="FI")
    assert card.title == "Senior Data Engineer"
    assert card.company == "Revontuli Labs Oy"


def test_a_rank_i_ending_the_title_stays() -> None:
    card = _card("Mikko Laine", "Software Engineer I", "Revontuli Labs Oy", "+358 40 1234567",
                 "mikko@revontulilabs.fi", region="FI")
    assert card.title == "Software Engineer I"


# --- An acronym domain spells a German firm with "für" ---------------------------------------

def test_fur_is_a_small_word_of_the_acronym() -> None:
    card = _card("Institut für Technische Optik", "Tel. +49 711 555 418-0",
                 "E-Mail k.maier@ito-stuttgart.de", "Nobelstraße 12·70569 Stuttgart",
                 "Prof. Dr. Karl Maier", "Abteilungsleiter", region="DE")
    assert card.company == "Institut für Technische Optik"


# --- Turkish: a district and its town spaced around a slash; the dotted and dotless i -------

def test_a_spaced_slash_parts_the_district_from_its_town() -> None:
    street, city, _, postal = address_parts(
        ["Bağdat Cad. No: 41 Kat: 2", "34728 Maltepe / istanbul"], "TR")
    assert (street, city, postal) == ("Bağdat Cad. No: 41 Kat: 2, Maltepe", "İstanbul", "34728")


def test_a_town_read_with_a_plain_capital_i_gets_its_dot() -> None:
    _, city, _, _ = address_parts(["Kıbrıs Şehitleri Cad. No: 7", "35220 Konak / Izmir"], "TR")
    assert city == "İzmir"


def test_a_town_with_a_dotless_i_keeps_its_plain_capital() -> None:
    _, city, _, _ = address_parts(["Cumhuriyet Cad. No: 3", "76000 Merkez / Iğdır"], "TR")
    assert city == "Iğdır"


def test_two_language_towns_elsewhere_keep_the_first() -> None:
    _, city, _, _ = address_parts(["Mannerheimintie 5", "00100 Helsinki / Helsingfors"], "FI")
    assert city == "Helsinki"


def test_a_dotted_i_among_back_vowels_is_dotless() -> None:
    card = _card("Ahmet Kiraçlı", "Satış Müdürü", "Toros Kimya A.Ş.", "ahmet@toroskimya.com.tr",
                 "+90 322 555 12 34", region="TR")
    assert card.last == "Kıraçlı"


def test_a_word_with_front_vowels_keeps_its_dotted_i() -> None:
    card = _card("Deniz Kılınç", "Kıdemli Mühendis", "Toros Kimya A.Ş.",
                 "deniz@toroskimya.com.tr", region="TR")
    assert card.title == "Kıdemli Mühendis"


# --- Chile's "F" and "Fono" name a phone --------------------------------------------------------

def test_chiles_single_f_is_fono() -> None:
    card = _card("Pablo Reyes", "Jefe de Ventas", "F: +56 41 255 1200", "C: +56 9 7555 3344",
                 "preyes@australsur.cl", region="CL")
    assert [phone.type for phone in card.phones] == ["work", "mobile"]


def test_fono_is_a_phone_and_fax_stays_fax_in_chile() -> None:
    card = _card("Ana Soto", "Gerente", "Fono: +56 2 2555 4180", "Fax: +56 2 2555 4181",
                 "asoto@andesur.cl", region="CL")
    assert [phone.type for phone in card.phones] == ["work", "fax"]


def test_f_stays_fax_elsewhere() -> None:
    card = _card("Mark Hale", "Partner", "T (312) 555-0148", "F (312) 555-0149",
                 "mhale@halelaw.com")
    assert [phone.type for phone in card.phones] == ["work", "fax"]


# --- OCR's capital I for a floor's small l; a state's O read as zero; a closed-up en dash ---

def test_a_floor_after_its_ordinal_is_fl() -> None:
    street, _, _, _ = address_parts(["Harbour Tower, 18th FI.", "5 Marina Way, Auckland 1010"],
                                    "NZ")
    assert street == "Harbour Tower, 18th Fl., 5 Marina Way"


def test_a_brazilian_state_road_gets_its_o_back() -> None:
    street, _, _, _ = address_parts(["Rod. T0-080, Km 12", "Palmas - TO, 77001-000"], "BR")
    assert street == "Rod. TO-080, Km 12"


def test_an_en_dash_closed_up_after_a_number_parts_the_district() -> None:
    street, _, _, _ = address_parts(["Rua das Flores, 210– Centro", "Cuiabá - MT, 78005-000"],
                                    "BR")
    assert street == "Rua das Flores, 210, Centro"


# --- An icon's circle read as "O" between the name and the firm -----------------------------

def test_a_spaced_o_before_the_domains_firm_parts_it() -> None:
    card = _card("Marcus Bell, OT, MS O Riverbend Hand Therapy", "Lead Therapist",
                 "(608) 555-0120", "mbell@riverbendhand.com")
    assert (card.full_name, card.credentials, card.company, card.title) == (
        "Marcus Bell", "OT, MS", "Riverbend Hand Therapy", "Lead Therapist")


def test_an_o_run_into_capitals_before_the_domains_firm_parts_it() -> None:
    card = _card("Marcus Bell, OT, MSORiverbend Hand Therapy", "Lead Therapist",
                 "(608) 555-0120", "mbell@riverbendhand.com")
    assert (card.credentials, card.company) == ("OT, MS", "Riverbend Hand Therapy")


def test_an_o_before_words_the_domain_does_not_spell_stays() -> None:
    card = _card("Sean O Riada", "Composer", "sean@riadamusic.ie", "+353 1 555 0120",
                 region="IE")
    assert card.full_name == "Sean O Riada"


# --- A dash closed up to the title's last word before its field -----------------------------

def test_a_closed_up_dash_carries_the_title_to_the_next_line() -> None:
    card = _card("Nikos Pappas", "Sales Director-", "Ionian Routes", "Kerkyra Shipping",
                 "n.pappas@kerkyrashipping.gr", "+30 26610 55418", region="GR")
    assert card.title == "Sales Director – Ionian Routes"


def test_a_word_broken_by_a_hyphen_is_not_a_dash() -> None:
    card = _card("Nikos Pappas", "Sales Direc-", "tor", "Kerkyra Shipping",
                 "n.pappas@kerkyrashipping.gr", "+30 26610 55418", region="GR")
    assert "–" not in (card.title or "")


# --- Philippine given names spelled out before the mother's name; Malay "Abdul" -------------

def test_a_philippine_name_keeps_two_given_names_first() -> None:
    card = _card("Maria Luisa Ramos Dela Paz", "Account Manager", "Davao Bay Trading, Inc.",
                 "+63 82 555 4120", "ml.delapaz@davaobay.ph", region="PH")
    assert (card.first, card.middle, card.last) == ("Maria Luisa", "Ramos", "Dela Paz")


def test_a_philippine_name_with_one_given_name_keeps_its_middle() -> None:
    card = _card("Carlo Ramos Dela Paz", "Account Manager", "Davao Bay Trading, Inc.",
                 "+63 82 555 4120", "carlo@davaobay.ph", region="PH")
    assert (card.first, card.middle, card.last) == ("Carlo", "Ramos", "Dela Paz")


def test_a_malay_fathers_name_with_abdul_is_the_surname() -> None:
    card = _card("Siti Hajar Abdul Karim", "Finance Manager", "Seri Mutiara Sdn. Bhd.",
                 "+60 3 5555 4120", "hajar@serimutiara.com.my", region="MY")
    assert (card.first, card.middle, card.last) == ("Siti Hajar", None, "Abdul Karim")


def test_middle_names_elsewhere_stay_middle() -> None:
    card = _card("John Paul Michael Smith", "Partner", "Smith Advisory", "+1 312 555 0120",
                 "jsmith@smithadvisory.com")
    assert (card.first, card.middle, card.last) == ("John", "Paul Michael", "Smith")


# --- Surveying is a trade a firm names itself by ----------------------------------------------

def test_a_surveying_firm_over_a_unit_under_the_title() -> None:
    card = _card("Coastline Surveying", "Mia Hart", "Licensed Surveyor", "Hydrographic & Marine",
                 "P (07) 5550 4120", "mia@clsurvey.com.au", region="AU")
    assert (card.company, card.department) == ("Coastline Surveying", "Hydrographic & Marine")


# --- Nordic compound roles: a title's translation under it is no department ------------------

def test_a_swedish_chef_compound_under_a_finnish_title_is_no_department() -> None:
    card = _card("Kaarina Mäki", "Hankintapäällikkö", "Inköpschef", "Pohjan Teräs Oy",
                 "kaarina.maki@pohjanteras.fi", "+358 6 555 4120", region="FI")
    assert (card.title, card.department) == ("Hankintapäällikkö", None)


def test_a_finnish_johtaja_is_a_role() -> None:
    card = _card("Mikko Salo", "Toimitusjohtaja", "Salon Puu Oy", "mikko@salonpuu.fi",
                 "+358 2 555 4120", region="FI")
    assert card.title == "Toimitusjohtaja"
