"""The twenty-seventh round of card rules (tuned on BATCH26): a branch labelled beside the
head office, a full stop OCR read twice in a street. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import tidy_street
from pursuit.core.cards.emails import fit_to_name
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A branch labelled beside the head office is not the contact's address ----------------

def test_a_labelled_branch_under_the_head_office_is_left_out() -> None:
    street, city, _region, postal = address_parts(
        ["HQ: Tingkat 8, Wisma Cempaka, Jalan Ampang, 50450 Kuala Lumpur",
         "Branch: 14, Jalan Sultan Ismail, 20200 Kuala Terengganu"], "MY")
    assert street == "Tingkat 8, Wisma Cempaka, Jalan Ampang"
    assert (city, postal) == ("Kuala Lumpur", "50450")


def test_a_spanish_branch_label_under_the_head_office() -> None:
    street, city, _region, _postal = address_parts(
        ["Casa Matriz: Av. Apoquindo 4499, Las Condes, Santiago",
         "Sucursal: Calle Prat 820, Valparaíso"], "CL")
    assert street is not None and "Prat" not in street
    assert city != "Valparaíso"


def test_a_card_with_the_branch_on_the_whole_card() -> None:
    card = _card("Wan Nurul Izzah", "Pengurus Cawangan", "Mutiara Logistik Sdn. Bhd.",
                 "T +60 4 261 7788", "izzah@mutiaralogistik.com.my",
                 "Branch: 31, Lebuh Pantai, 10300 George Town, Penang", region="MY")
    assert card.street == "31, Lebuh Pantai"
    assert card.city == "George Town"


# --- A full stop read twice -------------------------------------------------------------

def test_a_doubled_full_stop_after_an_abbreviation_is_one() -> None:
    assert tidy_street("8F, No. 12, Sec. 2, Minsheng Rd.., Xinyi Dist.") == (
        "8F, No. 12, Sec. 2, Minsheng Rd., Xinyi Dist.")
    assert tidy_street("Unit 4... Harbour Road") == "Unit 4... Harbour Road"


# --- An island between the town and the postcode is no town --------------------------------

def test_an_isle_after_the_town_is_like_a_county() -> None:
    street, city, _region, postal = address_parts(
        ["Harbour Studio, 3 Quay Street", "Tobermory, Isle of Mull PA75 6NU"], "GB")
    assert (street, city, postal) == ("Harbour Studio, 3 Quay Street", "Tobermory", "PA75 6NU")


def test_a_town_and_an_isle_alone_on_the_line() -> None:
    street, city, _region, _postal = address_parts(["Lochranza, Isle of Arran KA27 8HJ"], "GB")
    assert street is None
    assert city == "Lochranza"


# --- The initials of two given names in an e-mail read with a confused letter ---------------

def test_two_given_initials_before_the_surname_fit_the_name() -> None:
    assert fit_to_name("icvargas@cafeteranorte.co", "Laura Camila", "Vargas") == (
        "lcvargas@cafeteranorte.co")
    assert fit_to_name("icvargas@cafeteranorte.co", "Laura", "Vargas", "Camila") == (
        "lcvargas@cafeteranorte.co")
    # One given name: no initials of two to fit.
    assert fit_to_name("icvargas@cafeteranorte.co", "Laura", "Vargas") == (
        "icvargas@cafeteranorte.co")


# --- A Finnish staircase's letter closed up on the house number -----------------------------

def test_a_finnish_staircase_letter_is_spaced() -> None:
    street, city, _region, _postal = address_parts(["Pispalanvaltatie 12B 7", "33250 Tampere"],
                                                   "FI")
    assert (street, city) == ("Pispalanvaltatie 12 B 7", "Tampere")


def test_a_house_letter_elsewhere_stays_closed_up() -> None:
    street, _city, _region, _postal = address_parts(["Strandgade 12B, 2. sal",
                                                     "1401 København K"], "DK")
    assert street == "Strandgade 12B, 2. sal"


# --- A Canadian unit's dash with the space before it lost -----------------------------------

def test_a_unit_dash_with_one_space_lost_stays_a_dash() -> None:
    street, city, _region, _postal = address_parts(["405- 1188 Pender Street West",
                                                    "Vancouver, BC V6E 0A2"], "CA")
    assert (street, city) == ("405 – 1188 Pender Street West", "Vancouver")


# --- A Turkish department's dotted capital read small ---------------------------------------

def test_a_turkish_department_gets_its_dotted_capital() -> None:
    card = _card("Anadolu Tekstil A.Ş.", "Ayşe Demirci", "Satış Müdürü", "insan Kaynakları Birimi",
                 "Tel +90 224 555 12 34", "ayse.demirci@anadolutekstil.com.tr",
                 "Nilüfer Cad. No: 8", "16140 Nilüfer / Bursa", region="TR")
    assert card.department == "İnsan Kaynakları Birimi"
