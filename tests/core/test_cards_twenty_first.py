"""The twenty-first round of card rules (tuned on BATCH20): a state whose name ends with
another state's. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.title_company import continues_title
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


# --- A role word OCR ran into the word before it, in any alphabet ----------------------------

def test_a_turkish_role_word_run_into_the_word_before_is_parted() -> None:
    card = _card("Ayşe Yıldırım", "SatınalmaUzmanı", "Ege Tekstil A.Ş.",
                 "ayse.yildirim@egetekstil.com.tr", "T +90 232 555 41 80", region="TR")
    assert card.title == "Satınalma Uzmanı"


def test_a_role_after_a_polish_word_is_parted() -> None:
    card = _card("Jan Kowalski", "KierownikŁódzkiego Oddziału", "Wisła Trans Sp. z o.o.",
                 "jan.kowalski@wislatrans.pl", "+48 42 555 01 23", region="PL")
    assert card.title == "Kierownik Łódzkiego Oddziału"


def test_a_camel_case_product_in_a_title_stays_whole() -> None:
    card = _card("Dana Fischer", "SharePoint Administrator", "Harbor Systems Inc.",
                 "dana.fischer@harborsys.com", "+1 503 555 0147")
    assert card.title == "SharePoint Administrator"


# --- A company's words OCR ran together, parted where its domain puts a hyphen ---------------

def test_words_run_together_are_parted_where_the_domain_hyphenates_them() -> None:
    card = _card("JONAS BRANDT", "Tischlermeister", "WerkstattBrandt",
                 "jonas@werkstatt-brandt.de", "Gießerstraße 12", "04229 Leipzig", region="DE")
    assert card.company == "Werkstatt Brandt"


def test_a_camel_case_name_the_domain_writes_whole_stays_whole() -> None:
    card = _card("Maya Ortiz", "Product Lead", "CedarLoop Analytics",
                 "maya@cedarloop.io", "+1 512 555 0176")
    assert card.company == "CedarLoop Analytics"


# --- A Polish title closed by a unit in the genitive goes on to the next line ----------------

def test_a_polish_unit_in_the_genitive_takes_the_next_line() -> None:
    card = _card("Piotr Nowicki", "Kierownik Działu", "Logistyki Krajowej",
                 "Odra Chemia S.A.", "piotr.nowicki@odrachemia.pl", "+48 71 555 01 23",
                 region="PL")
    assert card.title == "Kierownik Działu Logistyki Krajowej"


def test_a_polish_unit_of_its_own_stays_apart() -> None:
    assert continues_title("Kierownik Zespołu", "Dział Analiz Rynkowych") is False
    assert continues_title("Kierownik Działu", "Odra Chemia S.A.") is False


# --- A suite's number before the civic number keeps its dash ---------------------------------

def test_a_suite_and_its_building_number_keep_their_dash() -> None:
    assert address_parts(["2200 - 1188 West Pender Street", "Vancouver, BC V6E 0A2"],
                         "CA") == ("2200 – 1188 West Pender Street", "Vancouver", "BC", "V6E 0A2")
    assert address_parts(["Suite 410, 333 – 7th Avenue SW", "Calgary, AB T2P 2Z1"],
                         "CA") == ("Suite 410, 333 – 7th Avenue SW", "Calgary", "AB", "T2P 2Z1")


def test_a_dash_before_a_floor_still_parts_the_street() -> None:
    street, city, _, _ = address_parts(["Rua Funchal, 418 - 12º andar - Vila Olímpia",
                                        "04551-060 São Paulo - SP"], "BR")
    assert (street, city) == ("Rua Funchal, 418, 12º andar, Vila Olímpia", "São Paulo")


# --- Indonesia's "PT" before the name is the legal form, not a logo's tile -------------------

def test_an_indonesian_pt_spelled_in_the_first_word_is_kept() -> None:
    card = _card("PT Pratama Teknik Mandiri", "Budi Santoso", "Manajer Proyek",
                 "budi.santoso@pratamatek.co.id", "+62 21 555 4180", region="ID")
    assert card.company == "PT Pratama Teknik Mandiri"


# --- Turkey's "A.Ş." as OCR misreads it on a photo -------------------------------------------

def test_a_turkish_legal_form_read_without_its_s_is_put_back() -> None:
    card = _card("MARMARA AMBALAJ", "SAN. VE TIC. A..", "Deniz Kaya", "Satış Müdürü",
                 "deniz.kaya@marmaraambalaj.com.tr", "T +90 216 555 41 80",
                 "34775 Ümraniye / İstanbul, Türkiye")
    assert card.company == "Marmara Ambalaj San. ve Tic. A.Ş."


def test_a_section_sign_for_the_s_is_put_back() -> None:
    card = _card("Boğaziçi Kimya", "Pazarlama A.§.", "Deniz Kaya", "Satış Müdürü",
                 "deniz.kaya@bogazicikimya.com.tr", "T +90 216 555 41 80",
                 "34775 Ümraniye / İstanbul, Türkiye")
    assert card.company == "Boğaziçi Kimya Pazarlama A.Ş."
