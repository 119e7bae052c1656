"""The thirty-third round of card rules (tuned on BATCH32): a Portuguese or Brazilian man's
second given name between his given name and one surname, a Hungarian name printed family
name first whose family name is no common one (read by the given name after it), a Swiss
town whose two names are closed up by a slash, a Peruvian second given name before two
surnames, a firm's line closed by a dotted legal form ("B.V.") taken for a name, a road with no
street word after a unit on a one-line address, Romanian job titles. Made-up cards, none from
the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Tiago Filipe Moura": a second given name, no first surname ----------------------------

def test_a_portuguese_second_given_name_before_one_surname_is_the_middle_name() -> None:
    card = _card("Moura & Lopes, Lda.", "Tiago Filipe Moura", "Gestor de Projeto",
                 "Tel. +351 222 555 301", "tiago.moura@mouralopes.pt",
                 "Rua de Santa Catarina, 210", "4000-442 Porto", region="PT")
    assert (card.first, card.middle, card.last) == ("Tiago", "Filipe", "Moura")
    card = _card("Construtora Serra Azul Ltda.", "Paulo Guilherme Barros", "Engenheiro Civil",
                 "Tel. (31) 3555-2010", "paulo.barros@serraazul.com.br",
                 "Rua da Bahia, 1148, sala 402", "30160-011 Belo Horizonte/MG", region="BR")
    assert (card.first, card.middle, card.last) == ("Paulo", "Guilherme", "Barros")


def test_a_portuguese_name_with_two_surnames_keeps_them() -> None:
    # A surname between the given name and the last surname is the first of two surnames.
    card = _card("Moura & Lopes, Lda.", "Tiago Carvalho Moura", "Gestor de Projeto",
                 "Tel. +351 222 555 301", "tiago.moura@mouralopes.pt",
                 "Rua de Santa Catarina, 210", "4000-442 Porto", region="PT")
    assert (card.first, card.middle, card.last) == ("Tiago", None, "Carvalho Moura")
    # A given name of the list before two surnames is still a second given name, kept with
    # the first as the tuning truths type it ("Rui Miguel Tavares Ferreira").
    card = _card("Moura & Lopes, Lda.", "Nuno Miguel Carvalho Moura", "Gestor de Projeto",
                 "nuno.moura@mouralopes.pt", "Rua de Santa Catarina, 210", "4000-442 Porto",
                 region="PT")
    assert (card.first, card.last) == ("Nuno Miguel", "Carvalho Moura")


# --- "Bárány Orsolya": a Hungarian name family name first, by its given name -----------------

def test_a_hungarian_name_family_name_first_is_read_by_the_given_name() -> None:
    card = _card("Bárány Orsolya", "Pénzügyi vezető", "Duna Faipari Kft.",
                 "Tel. +36 1 555 2040", "barany.orsolya@dunafa.hu",
                 "1138 Budapest,", "Váci út 88.", region="HU")
    assert (card.first, card.last, card.full_name) == ("Orsolya", "Bárány", "Orsolya Bárány")


def test_a_hungarian_name_printed_given_name_first_stays() -> None:
    card = _card("Orsolya Bárány", "Pénzügyi vezető", "Duna Faipari Kft.",
                 "Tel. +36 1 555 2040", "orsolya.barany@dunafa.hu",
                 "1138 Budapest,", "Váci út 88.", region="HU")
    assert (card.first, card.last) == ("Orsolya", "Bárány")
    # Two given names of the list: nothing tells the order, the print is kept.
    card = _card("Dániel Márk", "Fejlesztő", "Duna Faipari Kft.", "Tel. +36 1 555 2040",
                 "info@dunafa.hu", "1138 Budapest,", "Váci út 88.", region="HU")
    assert (card.first, card.last) == ("Dániel", "Márk")


def test_a_given_name_last_elsewhere_is_not_turned() -> None:
    card = _card("Weber Anna", "Projektleiterin", "Weber Holz GmbH", "Tel. +49 30 555 2040",
                 "anna@weberholz.de", "Holzweg 4", "10115 Berlin", region="DE")
    assert card.first == "Weber"


# --- "2502 Biel/Bienne": a Swiss town's two names closed up by a slash -----------------------

def test_a_swiss_town_closed_up_by_its_slash_is_one_town() -> None:
    card = _card("Gerber Uhrenteile AG", "Lea Gerber", "Leiterin Einkauf",
                 "Tel. +41 32 555 20 40", "lea.gerber@gerber-uhrenteile.ch",
                 "Bahnhofstrasse 12", "2502 Biel/Bienne", region="CH")
    assert (card.street, card.city, card.postal_code) == (
        "Bahnhofstrasse 12", "Biel/Bienne", "2502")


def test_a_spaced_swiss_slash_and_a_turkish_district_slash_stay_as_they_were() -> None:
    card = _card("Gerber Uhrenteile AG", "Lea Gerber", "Leiterin Einkauf",
                 "lea.gerber@gerber-uhrenteile.ch", "Route de Berne 12",
                 "1700 Fribourg / Freiburg", region="CH")
    assert (card.street, card.city) == ("Route de Berne 12", "Fribourg")
    card = _card("Ege Tekstil A.Ş.", "Ayşe Demir", "Satış Müdürü", "ayse@egetekstil.com.tr",
                 "Atatürk Cad. No: 40", "35220 Konak/İzmir", region="TR")
    assert card.city == "İzmir"
    assert card.street is not None and card.street.endswith("Konak")


# --- "Diego Alonso Salazar Huamán": a Peruvian second given name before two surnames ---------

def test_a_peruvian_second_given_name_before_two_surnames_is_the_middle_name() -> None:
    card = _card("Pesquera Costa Azul S.A.C.", "Martín Gonzalo Ccori Tupayachi",
                 "Jefe de Operaciones", "Tel. +51 1 555 2040", "mccori@costaazul.com.pe",
                 "Av. Javier Prado Este 1120", "Lima 15036", region="PE")
    assert (card.first, card.middle, card.last) == ("Martín", "Gonzalo", "Ccori Tupayachi")


def test_a_peruvian_compound_given_name_stays_one() -> None:
    for printed, first in (("Juan Luis Ccori Tupayachi", "Juan Luis"),
                           ("Rosa Inés Ccori Tupayachi", "Rosa Inés"),
                           ("Juan Carlos Ccori Tupayachi", "Juan Carlos")):
        card = _card("Pesquera Costa Azul S.A.C.", printed, "Jefe de Operaciones",
                     "Tel. +51 1 555 2040", "contacto@costaazul.com.pe",
                     "Av. Javier Prado Este 1120", "Lima 15036", region="PE")
        assert (card.first, card.middle, card.last) == (first, None, "Ccori Tupayachi")


def test_a_second_given_name_elsewhere_stays_with_the_first() -> None:
    card = _card("Constructora Andina S.A.S.", "Martín Gonzalo Ospina Vélez",
                 "Director de Obra", "Tel. +57 4 555 2040", "mospina@andina.com.co",
                 "Calle 10 # 43-12", "Medellín", region="CO")
    assert (card.first, card.middle, card.last) == ("Martín Gonzalo", None, "Ospina Vélez")


# --- "Van der Wiel Constructies B.V.": a firm closed by its legal form is no name ------------

def test_a_firm_closed_by_a_dotted_legal_form_is_not_the_name() -> None:
    card = _card("Van den Berg Installaties B.V.", "T 020 555 3140",
                 "E j.vandenberg@vdbinstallaties.nl", "Keizersgracht 120", "1015 CW Amsterdam",
                 "ing. Joris van den Berg", "Projectleider", region="NL")
    assert (card.first, card.last, card.company) == (
        "Joris", "van den Berg", "Van den Berg Installaties B.V.")
    assert card.credentials is None


def test_a_degree_after_a_comma_stays_the_names() -> None:
    card = _card("Jan de Boer, MSc", "Adviseur", "Kustlijn Advies", "jan@kustlijn.nl",
                 "Haven 4", "1131 EP Volendam", region="NL")
    assert (card.first, card.last, card.credentials) == ("Jan", "de Boer", "MSc")


# --- "Unit 7 | Bankhead Crossway North | Edinburgh": a road with no street word after a unit ---

def test_a_road_with_no_street_word_after_a_unit_on_one_line_is_the_street() -> None:
    card = _card("Isla Munro", "Director", "Munro Glazing Ltd",
                 "Unit 12 | Sighthill Industrial Estate North | Edinburgh EH11 4BB",
                 "T 0131 496 0211", "isla@munroglazing.co.uk", region="GB")
    assert (card.street, card.city, card.postal_code) == (
        "Unit 12, Sighthill Industrial Estate North", "Edinburgh", "EH11 4BB")
    card = _card("Isla Munro", "Director", "Munro Glazing Ltd",
                 "Suite 3 · Canalside West · Glasgow G4 9XB", "isla@munroglazing.co.uk",
                 region="GB")
    assert (card.street, card.city) == ("Suite 3, Canalside West", "Glasgow")


def test_a_name_before_the_road_on_one_line_is_not_taken() -> None:
    card = _card("Munro Glazing Ltd", "Isla Munro | Canalside West | Glasgow G4 9XB",
                 "isla@munroglazing.co.uk", region="GB")
    assert card.street is None or "Isla" not in card.street


# --- "Arhitect Software": a Romanian job title ------------------------------------------------

def test_a_romanian_job_title_is_the_title() -> None:
    # "Software" is a firm's word: the role word before it makes the line a title.
    card = _card("Someșul Digital S.R.L.", "Ioana Pop", "Programator Software",
                 "Tel. +40 264 555 210", "ioana.pop@somesuldigital.ro",
                 "Str. Horea nr. 12", "400174 Cluj-Napoca", region="RO")
    assert (card.title, card.company) == ("Programator Software", "Someșul Digital S.R.L.")


def test_a_romanian_firms_line_stays_the_company() -> None:
    card = _card("Ioana Pop", "Manager", "Cabinet Contabil Pop S.R.L.", "ioana@contabilpop.ro",
                 "Str. Horea nr. 12", "400174 Cluj-Napoca", region="RO")
    assert (card.title, card.company) == ("Manager", "Cabinet Contabil Pop S.R.L.")
