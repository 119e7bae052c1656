"""The thirty-sixth round of card rules (tuned on BATCH35): a name line in capitals after a
Portuguese title with its ordinal indicator ("ENG.ª"), a German adjective alone on the line
over the role it qualifies, the Dutch and Flemish role words ("Zaakvoerder"), Austria's
partnerships ("OG") as a legal form, a Swiss town in two languages closed up by a slash, the
Czech ň read as ñ, a capital I read as a small l in a street named after a person, the stop
after a floor's number, and a phone label with its i read as l. Made-up cards, none from the
set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.names import parse_name


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "ENG.ª MARTA REIS LOBO": the ordinal indicator says nothing of the line's case -------------

def test_a_name_in_capitals_after_a_title_with_an_ordinal_indicator() -> None:
    name = parse_name("ENG.ª MARTA REIS LOBO")
    assert (name.prefix, name.first, name.last, name.credentials) == (
        "Eng.ª", "Marta", "Lobo", None)
    assert name.full_name == "Marta Reis Lobo"
    name = parse_name("DR.º RUI TAVARES MOTA")
    assert (name.prefix, name.first, name.last, name.credentials) == (
        "Dr.º", "Rui", "Mota", None)


def test_a_degree_in_capitals_after_a_name_in_mixed_case_is_still_a_credential() -> None:
    # The line is in mixed case: a word in capitals shaped like a degree after the name is one.
    name = parse_name("Eng.ª Marta Lobo MBA")
    assert (name.prefix, name.first, name.last, name.credentials) == (
        "Eng.ª", "Marta", "Lobo", "MBA")


# --- "Stellvertretender" / "Geschäftsführer": one title over two lines ---------------------------

def test_a_german_adjective_alone_on_its_line_wraps_the_title() -> None:
    card = _card("Dr. Jörg Hellwig", "Stellvertretender", "Geschäftsführer",
                 "Mainufer Logistik GmbH", "Tel. 069 555 21 40", "hellwig@mainufer-logistik.de",
                 "Hanauer Landstraße 120", "60314 Frankfurt am Main", region="DE")
    assert card.title == "Stellvertretender Geschäftsführer"
    assert card.department is None


def test_a_unit_over_the_role_is_still_the_department() -> None:
    card = _card("Dr. Jörg Hellwig", "Vertrieb Süd", "Prokurist",
                 "Mainufer Logistik GmbH", "Tel. 069 555 21 40", "hellwig@mainufer-logistik.de",
                 "Hanauer Landstraße 120", "60314 Frankfurt am Main", region="DE")
    assert card.title == "Prokurist"
    assert card.department == "Vertrieb Süd"


# --- "Zaakvoerder" / "Gérant": the Flemish role word ---------------------------------------------

def test_a_flemish_role_over_its_french_translation_is_the_title() -> None:
    card = _card("Atelier Vandeputte BV", "Lotte Vandeputte", "Zaakvoerster", "Gérante",
                 "T +32 9 555 14 20", "lotte@ateliervandeputte.be", "Kouter 14",
                 "9000 Gent", region="BE")
    assert card.title == "Zaakvoerster"
    assert card.department is None


def test_a_dutch_compound_in_leider_is_a_role() -> None:
    card = _card("Lotte Vandeputte", "Projectleider", "Atelier Vandeputte BV",
                 "lotte@ateliervandeputte.be", "Kouter 14", "9000 Gent", region="BE")
    assert card.title == "Projectleider"
    assert card.company == "Atelier Vandeputte BV"


# --- "Haslinger Pichler OG": Austria's partnership is a legal form -------------------------------

def test_an_austrian_partnership_over_its_trade_is_the_company() -> None:
    card = _card("HP", "Haslinger Pichler OG", "STEUERBERATUNG", "Mag. Eva Haslinger",
                 "Steuerberaterin", "T +43 662 555 410", "e.haslinger@hp-steuer.at",
                 "Linzer Gasse 12", "5020 Salzburg", region="AT")
    assert card.company == "Haslinger Pichler OG"


def test_the_nordic_og_between_two_names_is_no_legal_form() -> None:
    # "og" ("and") in small letters joins two names: the firm's legal form is still "AS".
    card = _card("Berg og Dahl AS", "Ingrid Dahl", "Daglig leder", "ingrid@bergogdahl.no",
                 "Storgata 10", "0155 Oslo", region="NO")
    assert card.company == "Berg og Dahl AS"


# --- "1700 Fribourg/Freiburg": the slash closed up still parts two languages ---------------------

def test_a_swiss_town_in_two_languages_closed_up_keeps_the_first() -> None:
    card = _card("Noémie Progin", "Responsable RH", "Gruyère Précision SA",
                 "n.progin@gruyere-precision.ch", "Rue de Lausanne 20",
                 "1700 Fribourg/Freiburg", region="CH")
    assert (card.postal_code, card.city) == ("1700", "Fribourg")
    assert card.street == "Rue de Lausanne 20"


def test_a_town_officially_named_with_a_slash_keeps_it() -> None:
    card = _card("Noémie Progin", "Responsable RH", "Seeland Uhren AG",
                 "n.progin@seeland-uhren.ch", "Zentralstrasse 40", "2502 Biel/Bienne",
                 region="CH")
    assert (card.postal_code, card.city) == ("2502", "Biel/Bienne")


# --- "Vídeñská": the Czech ň read as ñ ----------------------------------------------------------

def test_a_czech_street_with_the_n_read_with_a_tilde() -> None:
    card = _card("Ing. Pavel Dvořák", "Obchodní ředitel", "Moravské stroje s.r.o.",
                 "dvorak@moravske-stroje.cz", "Koněvova 2660/141", "Pekañská 12",
                 "130 00 Praha 3", region="CZ")
    assert card.street is not None and "Pekaňská" in card.street


def test_a_spanish_street_keeps_its_tilde() -> None:
    card = _card("Lucía Ortega", "Gerente", "Montaña Verde S.L.", "lucia@montanaverde.es",
                 "Calle de la Montaña 12", "28001 Madrid", region="ES")
    assert card.street == "Calle de la Montaña 12"


# --- "Str. Avram lancu": a capital I read as a small l in a street named after a person ---------

def test_a_small_l_opening_a_persons_name_in_a_street_is_a_capital_i() -> None:
    card = _card("Mihai Pop", "Inginer", "Someș Soft S.R.L.", "mihai@somessoft.ro",
                 "Str. loan Slavici nr. 9", "400102 Cluj-Napoca", region="RO")
    assert card.street == "Str. Ioan Slavici nr. 9"


def test_articles_and_unit_words_in_small_letters_stay() -> None:
    card = _card("Lucía Ortega", "Gerente", "Olivar S.L.", "lucia@olivar.es",
                 "Calle los Olivos 4", "41001 Sevilla", region="ES")
    assert card.street == "Calle los Olivos 4"
    card = _card("Ana Costa", "Diretora", "Costa Modas Ltda.", "ana@costamodas.com.br",
                 "Av. Paulista loja 4", "01310-100 São Paulo - SP", region="BR")
    assert card.street is not None and "loja 4" in card.street


# --- "Piso 5." over "Col. Centro": the stop after a unit's number --------------------------------

def test_a_stop_after_a_floors_number_closing_the_line_is_dropped() -> None:
    card = _card("Lic. Sofía Ibarra", "Gerente de Ventas", "Agave Azul S.A. de C.V.",
                 "sibarra@agaveazul.com.mx", "Av. Juárez 1200, Piso 3.",
                 "Col. Centro, 44100 Guadalajara, Jal.", region="MX")
    assert card.street == "Av. Juárez 1200, Piso 3, Col. Centro"


def test_a_hungarian_house_numbers_stop_is_kept() -> None:
    card = _card("Kovács Anna", "Értékesítési vezető", "Duna Szoftver Kft.",
                 "anna.kovacs@dunaszoftver.hu", "Váci út 45., 3. emelet", "1134 Budapest",
                 region="HU")
    assert card.street is not None and card.street.startswith("Váci út 45.")


# --- "Mobll 0171 …": a label with its small i read as a small l ----------------------------------

def test_a_mobile_label_with_its_i_read_as_l() -> None:
    card = _card("Jana Weber", "Projektleiterin", "Elbtal Bau GmbH", "Tel. 0351 555 20 10",
                 "Mobll 0171 555 3381", "weber@elbtal-bau.de", "Königsbrücker Str. 12",
                 "01099 Dresden", region="DE")
    assert [(phone.type, phone.e164) for phone in card.phones] == [
        ("work", "+493515552010"), ("mobile", "+491715553381")]


def test_a_word_that_is_no_label_with_an_i_stays_unlabelled() -> None:
    # "Hello" is no label however its l's are read: the number stays `work`.
    card = _card("Jana Weber", "Projektleiterin", "Elbtal Bau GmbH", "Hello 0171 555 3381",
                 "weber@elbtal-bau.de", region="DE")
    assert [phone.type for phone in card.phones] == ["work"]
