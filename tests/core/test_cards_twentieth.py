"""The twentieth round of card rules (tuned on BATCH19): dotted legal forms in their written
case, Malaysian initials before a family name in the e-mail, two roles joined by a middle
dot, "Engineers" as a firm, a head office's label. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.title_company import company_case


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- Dotted legal forms keep their case in a company printed in capitals ------------------

def test_czech_and_slovak_forms_are_written_small() -> None:
    assert company_case("VLTAVA SOFTWARE S.R.O.") == "Vltava Software s.r.o."
    assert company_case("TATRA STROJE A.S.") == "Tatra Stroje a.s."


def test_polish_form_is_written_as_the_law_writes_it() -> None:
    assert company_case("WISŁA TRANS SP. Z O.O.") == "Wisła Trans Sp. z o.o."


def test_italian_and_hungarian_forms() -> None:
    assert company_case("LAGO VERDE S.P.A.") == "Lago Verde S.p.A."
    assert company_case("DUNA ÉPÍTŐ KFT.") == "Duna Építő Kft."


def test_a_company_in_mixed_case_is_left_as_printed() -> None:
    assert company_case("Vltava Software S.R.O.") == "Vltava Software S.R.O."


# --- The given names' initials before the family name in the e-mail ---------------------

def test_initials_then_the_first_word_read_the_name_family_name_first() -> None:
    card = _card("Teoh Boon Hock", "Plant Manager", "Perak Precision Sdn. Bhd.",
                 "bh.teoh@perakprecision.com.my", "+60 5 555 0142")
    assert (card.first, card.middle, card.last) == ("Boon Hock", None, "Teoh")
    assert card.full_name == "Boon Hock Teoh"


def test_initials_of_other_words_leave_a_western_name_alone() -> None:
    card = _card("John Paul Harper", "Surveyor", "Harper Land Survey",
                 "jp.harper@harperland.com", "(406) 555-0127")
    assert card.last == "Harper"


# --- Two roles joined by a middle dot ---------------------------------------------------

def test_two_roles_joined_by_a_middle_dot_are_one_title() -> None:
    card = _card("Dana Whitfield", "Broker·Mortgage Adviser", "Lakeside Home Loans",
                 "dana@lakesideloans.com", "(608) 555-0137")
    assert card.title == "Broker · Mortgage Adviser"


# --- "Engineers" names a firm --------------------------------------------------------------

def test_a_firm_of_engineers_is_the_company() -> None:
    card = _card("Prairie Wind Structural Engineers", "Jolene Marsh, P.E.",
                 "Project Engineer", "jmarsh@prairiewindse.com", "(402) 555-0166")
    assert card.company == "Prairie Wind Structural Engineers"
    assert card.title == "Project Engineer"


# --- A head office's label ----------------------------------------------------------------

def test_a_turkish_head_office_label_is_no_part_of_the_street() -> None:
    card = _card("Bozkurt Tekstil A.Ş.", "T +90 212 555 41 80", "ali.demir@bozkurt.com.tr",
                 "Merkez: Atatürk Caddesi No: 12", "34000 Fatih / İstanbul", "Ali Demir",
                 "Satış Müdürü")
    assert card.street is not None and not card.street.startswith("Merkez")


def test_a_head_office_before_a_branch_keeps_the_head_office() -> None:
    card = _card("Bozkurt Tekstil A.Ş.", "T +90 212 555 41 80", "ali.demir@bozkurt.com.tr",
                 "Merkez: Atatürk Caddesi No: 12, 34000 Fatih / İstanbul",
                 "Şube: İnönü Sokak No: 4, 06000 Çankaya / Ankara", "Ali Demir",
                 "Satış Müdürü")
    assert card.postal_code == "34000"
    assert card.street is not None and "İnönü" not in card.street


# --- A street under its code and town, the town's line left open by a comma --------------

def test_a_hungarian_street_under_an_open_town_line() -> None:
    card = _card("dr. Kovács Anna", "ügyvéd", "Kovács Ügyvédi Iroda", "+36 1 555 4180",
                 "kovacs.anna@kovacsiroda.hu", "1052 Budapest,", "Petőfi tér 3. II/4.")
    assert (card.street, card.city, card.postal_code) == ("Petőfi tér 3. II/4.", "Budapest",
                                                          "1052")


# --- An office label in the plural names the office, no town -----------------------------

def test_offices_in_the_plural_before_a_floor_are_no_part_of_the_street() -> None:
    card = _card("Mezcales del Sur", "ventas@mezcalesdelsur.mx", "Laura Reyes Ortiz",
                 "Gerente de Ventas", "Oficinas: Calle Juárez 210, Piso 3",
                 "Col. Centro, 68000 Oaxaca, Oax.",
                 "Bodega: Carretera Federal 190 km 5, 70400 Tlacolula, Oax.", region="MX")
    assert card.street is not None and "Oficinas" not in card.street
