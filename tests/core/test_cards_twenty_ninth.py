"""The twenty-ninth round of card rules (tuned on BATCH28): a title's second line opening on a
small linking word, a branch labelled with its town beside the labelled head office.
Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.title_company import continues_title
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A title's second line opening on "y", "et", "und" -------------------------------------

def test_a_small_linking_word_opens_the_rest_of_the_title() -> None:
    assert continues_title("Jefe de Compras", "y Abastecimiento")
    assert continues_title("Directrice Qualité", "et Sécurité")
    assert continues_title("Leiter Einkauf", "und Logistik")


def test_a_capitalised_word_or_a_short_fragment_is_no_linking_word() -> None:
    assert not continues_title("Jefe de Compras", "Yucatán Norte")
    assert not continues_title("Sales Manager", "e 4")


def test_the_wrapped_title_is_one_title_and_no_department() -> None:
    card = _card("Distribuidora Altiplano S.A.", "T +56 2 2555 0199", "rmunoz@altiplano.cl",
                 "Rodrigo Muñoz", "Jefe de Compras", "y Abastecimiento", region="CL")
    assert card.title == "Jefe de Compras y Abastecimiento"
    assert card.department is None


# --- A branch labelled with its town beside the head office ---------------------------------

def test_a_town_labelled_branch_beside_the_head_office_is_left_out() -> None:
    lines: list[str | None] = ["HQ: No. 7, Jalan Kenari 3, Taman Seri,", "81300 Skudai, Johor",
                               "Ipoh: 22, Jalan Sultan Idris, 30000 Ipoh"]
    street, city, _region, postal = address_parts(lines, "MY")
    assert (street, city, postal) == ("No. 7, Jalan Kenari 3, Taman Seri", "Skudai", "81300")


# --- A town named as a country -------------------------------------------------------------

def test_a_town_named_as_a_country_gives_way_to_the_domain_and_the_numbers() -> None:
    card = _card("Andrés Gómez", "Director de Planta", "Lácteos del Café S.A.S.",
                 "Tel. +57 606 555 0123", "agomez@lacteoscafe.com.co", "Calle 21 # 14-30",
                 "Armenia, Quindío", region="US")
    assert (card.street, card.city, card.region) == ("Calle 21 # 14-30", "Armenia", "QUI")


def test_a_country_after_its_town_is_still_the_country() -> None:
    card = _card("Aram Petrosyan", "Director", "Ararat Trade LLC", "Tel. +374 10 555 012",
                 "aram@ararattrade.com", "12 Abovyan St", "Yerevan, Armenia", region="US")
    assert card.country == "AM"


# --- Turkey's dotted capital read with an acute ---------------------------------------------

def test_a_turkish_capital_i_read_with_an_acute_is_the_dotted_capital() -> None:
    card = _card("Ayşe Demir", "Satış Müdürü", "DEMİR TEKSTÍL A.Ş.", "Tel +90 224 555 01 23",
                 "ayse@demirtekstil.com.tr", region="TR")
    assert card.company == "Demir Tekstil A.Ş."


# --- The dot an e-mail's domain lost, put back from the website ----------------------------

def test_the_emails_lost_dot_is_put_back_from_the_website() -> None:
    card = _card("Siti Hajar", "Marketing Executive", "Pantai Timur Resorts Sdn. Bhd.",
                 "sitihajar@pantaitimurcom.my", "www.pantaitimur.com.my", region="MY")
    assert list(card.emails) == ["sitihajar@pantaitimur.com.my"]


def test_an_email_under_another_domain_is_kept() -> None:
    card = _card("Siti Hajar", "Marketing Executive", "Pantai Timur Resorts Sdn. Bhd.",
                 "sitihajar@gmail.com", "www.pantaitimur.com.my", region="MY")
    assert list(card.emails) == ["sitihajar@gmail.com"]
