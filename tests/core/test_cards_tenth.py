"""Rules of issue 14's tenth round (tuned on batch 9 of the evaluation cards, the other tuning
groups kept from regressing): each test gives lines as a card of that kind prints them and
checks the field the rule is for. The cards are written here, not copied from the evaluation
set."""

from __future__ import annotations

import pytest

from pursuit.core.cards import parse_card
from pursuit.core.cards.address import find_address, tidy_street
from pursuit.core.cards.names import parse_name
from pursuit.core.cards.title_company import company_case
from pursuit.core.cards.web import find_website
from tests.core.cards_helpers import address_parts

_address = address_parts


@pytest.mark.parametrize(("printed", "street"), [
    ("Avda. de Andalucía, n° 27, 2° C", "Avda. de Andalucía, nº 27, 2º C"),
    ("Rua do Carmo, 88, 3° andar", "Rua do Carmo, 88, 3º andar"),
    ("Keizersgracht 12-B /", "Keizersgracht 12-B"),
    ("Via Garibaldi 5 ●", "Via Garibaldi 5"),
    ("Calle Real 9 |", "Calle Real 9"),
])
def test_street_ordinals_and_a_closing_separator(printed: str, street: str) -> None:
    """The ordinal sign read as a degree sign is the ordinal sign; a separator left at the
    end of the street (the town followed it on the line) goes."""
    assert tidy_street(printed) == street


def test_a_street_and_town_on_one_line_with_a_spaced_slash() -> None:
    assert _address(["Prinsengracht 402-C / 1016 JB Amsterdam"], "NL") == (
        "Prinsengracht 402-C", "Amsterdam", None, "1016 JB")


def test_cedex_and_its_number_close_the_town() -> None:
    assert _address(["12 avenue Jean Jaurès", "BP 1120 – 69007 Lyon Cedex 07"], "FR")[1] == (
        "Lyon Cedex 07")
    assert _address(["4 place Kléber", "67000 STRASBOURG CEDEX"], "FR")[1] == (
        "Strasbourg Cedex")


@pytest.mark.parametrize(("town_line", "region"), [
    ("46001 Valencia (Valencia)", "V"), ("15003 A Coruña (A Coruña)", "C"),
    ("20004 Donostia (Gipuzkoa)", "SS"), ("08201 Sabadell (Barcelona)", "B"),
    ("38001 Santa Cruz (Santa Cruz de Tenerife)", "TF"), ("07001 Palma (Illes Balears)", "PM"),
])
def test_a_spanish_province_in_brackets_is_the_region_by_its_code(town_line: str,
                                                                  region: str) -> None:
    street, city, found, _ = _address(["Calle del Pez, 3, 2º", town_line], "ES")
    assert (street, found) == ("Calle del Pez, 3, 2º", region)
    assert city and "(" not in city


def test_an_unknown_bracket_after_a_spanish_town_is_no_region() -> None:
    assert _address(["Calle Ancha, 7", "11001 Cádiz (Andalucía)"], "ES")[1:3] == ("Cádiz", None)


def test_the_work_address_wins_over_the_postal_one() -> None:
    """A card with a visiting and a postal address (or an operational and a legal seat):
    the contact's address is where its owner works; the labels are no part of it."""
    found = find_address(["Postadres: Postbus 1200, 2500 BA Den Haag",
                          "Bezoekadres: Lange Voorhout 8, 2514 ED Den Haag"], "NL")
    assert found is not None
    assert (found[0].street, found[0].postal_code) == ("Lange Voorhout 8", "2514 ED")
    assert found[1] == {0, 1}
    assert _address(["Sede legale: Corso Vittorio Emanuele 3 - 10121 Torino",
                     "Sede operativa: Via Nizza 140", "10126 Torino (TO)"], "IT") == (
        "Via Nizza 140", "Torino", "TO", "10126")


def test_a_labelled_address_alone_loses_its_label() -> None:
    assert _address(["Registered office: 14 Mill Lane, Leeds LS1 4AB"], "GB")[0] == (
        "14 Mill Lane")


@pytest.mark.parametrize(("country", "lines", "street"), [
    ("ZA", ["Unit 7, Oak Park", "21 Main Road", "Claremont", "Cape Town", "7708"],
     "Unit 7, Oak Park, 21 Main Road, Claremont"),
    ("ZA", ["9 Marine Drive", "Summerstrand", "Gqeberha, 6001"], "9 Marine Drive, Summerstrand"),
    ("BR", ["Rua Augusta, 1500", "Consolação", "São Paulo - SP", "CEP 01304-001"],
     "Rua Augusta, 1500, Consolação"),
])
def test_a_suburb_on_its_own_line_closes_the_street_where_it_is_kept(
        country: str, lines: list[str | None], street: str) -> None:
    assert _address(lines, country)[0] == street


def test_a_suburb_on_its_own_line_stays_out_elsewhere() -> None:
    assert _address(["12 Cuba Street", "Te Aro", "Wellington 6011"], "NZ")[0] == (
        "12 Cuba Street")


@pytest.mark.parametrize(("lines", "first", "middle", "last"), [
    # A known pair of given names is one given name where people name so.
    (["Juan Pablo Ortega", "Gerente", "jportega@tallerluna.com.mx"], "Juan Pablo", None,
     "Ortega"),
    (["Anna Maria Galli", "Avvocato", "a.galli@studiogalli.it"], "Anna Maria", None, "Galli"),
    (["Ana Paula Teixeira", "Diretora", "ana@teixeira.com.br"], "Ana Paula", None, "Teixeira"),
    # A given name between a given name and one surname is a middle name, not a surname.
    (["Paula Renata Gómez", "Directora", "paula@estudiogomez.mx"], "Paula", "Renata", "Gómez"),
    (["Luana Beatriz Costa", "Gerente", "luana.costa@costa.com.br"], "Luana", "Beatriz",
     "Costa"),
    # Two surnames still read as two.
    (["Rocío Medina Salas", "Abogada", "rmedina@medinasalas.es"], "Rocío", None,
     "Medina Salas"),
    # A patronymic in -ez before a particle starts a surname in several words.
    (["Ignacio Sánchez de León Vidal", "Director", "isanchez@leonvidal.es"], "Ignacio", None,
     "Sánchez de León Vidal"),
])
def test_given_names_and_surnames_where_people_carry_two(lines: list[str], first: str,
                                                         middle: str | None, last: str) -> None:
    fields = parse_card(lines)
    assert (fields.first, fields.middle, fields.last) == (first, middle, last)


def test_an_american_pair_of_given_names_stays_first_and_middle() -> None:
    fields = parse_card(["Mary Ann Walker", "Designer", "mary@walker.design"])
    assert (fields.first, fields.middle, fields.last) == ("Mary", "Ann", "Walker")


@pytest.mark.parametrize(("line", "prefix", "first", "last"), [
    ("lek.med. Joanna Wiśniewska-Nowak", "lek. med.", "Joanna", "Wiśniewska-Nowak"),
    ("lek. dent. Piotr Zieliński", "lek. dent.", "Piotr", "Zieliński"),
    ("C.P. Mariana Ortiz Luna", "C.P.", "Mariana", "Luna"),
    ("Dr.med. Lukas Brunner", "Dr. med.", "Lukas", "Brunner"),
])
def test_titles_in_initials_or_run_together(line: str, prefix: str, first: str,
                                            last: str) -> None:
    name = parse_name(line)
    assert (name.prefix, name.first, name.last) == (prefix, first, last)


def test_titles_run_together_are_no_website() -> None:
    assert find_website("lek.med. Joanna Nowak") is None
    assert find_website("Dr.med. Lukas Brunner") is None
    assert find_website("www.przychodnia-ursus.pl") is not None
    fields = parse_card(["Przychodnia Ursus", "lek.med. Joanna Nowak", "Lekarz rodzinny",
                         "j.nowak@przychodnia-ursus.pl", "www.przychodnia-ursus.pl"])
    assert (fields.prefix, fields.website) == ("lek. med.", "przychodnia-ursus.pl")


@pytest.mark.parametrize(("printed", "company"), [
    ("Studio Verdi Ingegneria S.r.I.", "Studio Verdi Ingegneria S.r.l."),
    ("© Marchetti & Sala Associati", "Marchetti & Sala Associati"),
    ("BBiotecnologie del Sud", "Biotecnologie del Sud"),
    ("ó Ceallaigh Engineering", "Ó Ceallaigh Engineering"),
    ("AAA Plumbing", "AAA Plumbing"),
])
def test_what_ocr_and_logos_leave_on_a_company(printed: str, company: str) -> None:
    assert company_case(printed) == company


def test_a_civil_partnership_is_a_company() -> None:
    fields = parse_card(["Ortiz, Luna y Asociados, S.C.", "Tel. +52 55 5555 0101",
                         "mortiz@olya.mx", "C.P. Mariana Ortiz Luna", "Socia"])
    assert fields.company == "Ortiz, Luna y Asociados, S.C."
    assert (fields.prefix, fields.first) == ("C.P.", "Mariana")


def test_a_code_closing_the_colonia_over_town_state_and_country() -> None:
    assert _address(["Calle Durango 210, Piso 2", "Col. Roma Norte, C.P. 06700",
                     "Ciudad de México, CDMX, México"], "MX") == (
        "Calle Durango 210, Piso 2, Col. Roma Norte", "Ciudad de México", "CMX", "06700")


def test_district_town_and_state_joined_by_dashes_without_spaces() -> None:
    assert _address(["Rua Bela Cintra, 900 – sala 12", "Moema-São Paulo-SP",
                     "CEP04077-000"], "BR") == (
        "Rua Bela Cintra, 900, sala 12, Moema", "São Paulo", "SP", "04077-000")


def test_a_japanese_postal_code_alone_over_its_address() -> None:
    assert _address(["105-0011", "Shiba Park Bldg. 3F", "4-1 Shibakoen", "Minato-ku, Tokyo"],
                    "JP") == ("Shiba Park Bldg. 3F, 4-1 Shibakoen, Minato-ku", "Tokyo", None,
                              "105-0011")
    fields = parse_card(["Hinode Kogyo Inc.", "SUZUKI Aoi", "Engineer", "TEL 03-5555-0100",
                         "a.suzuki@hinode.co.jp", "105-0011", "Shiba Park Bldg. 3F",
                         "4-1 Shibakoen", "Minato-ku, Tokyo"])
    assert [phone.e164 for phone in fields.phones] == ["+81355550100"]
    assert (fields.city, fields.postal_code) == ("Tokyo", "105-0011")


def test_a_title_in_two_languages_keeps_the_known_one() -> None:
    fields = parse_card(["Siobhán Ní Bhriain", "Stiúrthóir | Managing Director",
                         "Cnoc Software Ltd", "siobhan@cnoc.ie"])
    assert (fields.title, fields.company) == ("Managing Director", "Cnoc Software Ltd")


def test_a_photographer_named_by_the_domain_is_the_person() -> None:
    fields = parse_card(["Chiara Lodi", "Fotografa di interni", "info@chiaralodi.photo",
                         "chiaralodi.photo"])
    assert (fields.full_name, fields.title, fields.company) == (
        "Chiara Lodi", "Fotografa di interni", None)


def test_a_capital_i_read_as_l_before_an_accented_letter() -> None:
    assert parse_name("lñigo Arrieta Zubia").first == "Iñigo"


def test_a_polish_legal_counsel_is_a_prefix() -> None:
    fields = parse_card(["Nowak i Wspólnicy Kancelaria Prawna sp.k.", "r.pr. Marta Nowak",
                         "Partner", "m.nowak@nowak-kancelaria.pl"])
    assert (fields.prefix, fields.first, fields.last) == ("r.pr.", "Marta", "Nowak")
    assert fields.company == "Nowak i Wspólnicy Kancelaria Prawna sp.k."


def test_a_marian_name_with_its_particle_is_the_given_names() -> None:
    fields = parse_card(["María del Rocío Paredes Lima", "Directora", "rparedes@paredes.mx"])
    assert (fields.first, fields.last) == ("María del Rocío", "Paredes Lima")
    # A surname with its particle stays the surname.
    fields = parse_card(["Lucía de la Vega Soto", "Abogada", "lvega@delavega.es"])
    assert (fields.first, fields.last) == ("Lucía", "de la Vega Soto")


def test_the_japanese_postal_mark_is_no_town() -> None:
    assert _address(["〒530-0001", "Dojima Bldg. 10F", "2-4-12 Dojima, Kita-ku", "Osaka"],
                    "JP") == ("Dojima Bldg. 10F, 2-4-12 Dojima, Kita-ku", "Osaka", None,
                              "530-0001")


def test_an_unlabelled_box_over_a_visiting_address_is_the_other_one() -> None:
    assert _address(["Postbus 85", "3500 AB Utrecht",
                     "Bezoekadres: Oudegracht 120, 3511 AX Utrecht"], "NL") == (
        "Oudegracht 120", "Utrecht", None, "3511 AX")
    assert _address(["Box 5120", "Besöksadress: Kungsgatan 8", "111 43 Stockholm"], "SE") == (
        "Kungsgatan 8", "Stockholm", None, "111 43")


def test_an_english_word_in_ing_is_no_street_ring() -> None:
    from pursuit.core.cards.address import streetlike
    assert not streetlike("Harbour Engineering Pty Ltd")
    assert not streetlike("Northern Manufacturing")
    assert streetlike("Opernring") and streetlike("Theodor-Heuss-Ring")
    fields = parse_card(["Mia Brennan", "Director", "Harbour Engineering Pty Ltd",
                         "Level 8, 100 Eagle Street", "Brisbane QLD 4000",
                         "mia@harbourengineering.com.au"])
    assert (fields.company, fields.street) == ("Harbour Engineering Pty Ltd",
                                               "Level 8, 100 Eagle Street")


def test_a_hungarian_code_and_town_before_the_street() -> None:
    assert _address(["H-6720 Szeged, Kárász utca 8. II. em."], "HU") == (
        "Kárász utca 8. II. em.", "Szeged", None, "6720")
    found = find_address(["6720 Szeged, Kárász utca 8., Magyarország"], "HU")
    assert found is not None and found[0].country == "HU"


@pytest.mark.parametrize(("line", "prefix"), [
    ("Drª Ana Lima", "Drª"), ("Dr.ª Ana Lima", "Dr.ª"), ("Mtre Julie Roy", "Mtre"),
    ("adw. Jan Nowak", "adw."), ("r.pr. Ewa Kot", "r.pr."),
])
def test_more_prefixes_without_a_faculty(line: str, prefix: str) -> None:
    name = parse_name(line)
    assert (name.prefix, name.middle) == (prefix, None)


@pytest.mark.parametrize(("country", "lines", "street"), [
    ("ES", ["Calle Mayor, 14, esc. izda., 2º dcha.", "28013 Madrid"],
     "Calle Mayor, 14, esc. izda., 2º dcha."),
    ("ES", ["Torre Levante", "Avenida del Puerto 20, planta 9", "46023 Valencia"],
     "Torre Levante, Avenida del Puerto 20, planta 9"),
    ("IT", ["Palazzo Ducale", "Piazza Matteotti 9", "16123 Genova GE"],
     "Palazzo Ducale, Piazza Matteotti 9"),
    ("FR", ["Immeuble Le Prisme", "8 rue de la Gare", "31000 Toulouse"],
     "Immeuble Le Prisme, 8 rue de la Gare"),
])
def test_buildings_named_by_their_kind_and_the_parts_of_a_flat(
        country: str, lines: list[str | None], street: str) -> None:
    assert _address(lines, country)[0] == street


def test_street_and_town_over_a_code_alone() -> None:
    assert _address(["First Floor, Block A", "Oak Office Park", "Main Road, Bryanston", "2191"],
                    "ZA") == ("First Floor, Block A, Oak Office Park, Main Road", "Bryanston",
                              None, "2191")


def test_a_mexican_borough_before_the_code_and_the_town_under_it() -> None:
    assert _address(["Av. Revolución 1200, Piso 3", "Col. San Ángel",
                     "Alcaldía Álvaro Obregón, C.P. 01000", "Ciudad de México, CDMX"], "MX") == (
        "Av. Revolución 1200, Piso 3, Col. San Ángel, Alcaldía Álvaro Obregón",
        "Ciudad de México", "CMX", "01000")


@pytest.mark.parametrize(("lines", "first", "middle", "last"), [
    (["Maria Vittoria Galli", "Architetto", "mv.galli@studiogalli.it"], "Maria Vittoria", None,
     "Galli"),
    (["Maria Sole Bertini", "Avvocato", "ms.bertini@bertini.it"], "Maria Sole", None,
     "Bertini"),
    (["Ana Joana Pires", "Engenheira", "ana.pires@obrasnorte.pt"], "Ana Joana", None, "Pires"),
    (["Rita Catarina Sousa", "Designer", "rita@sousa-design.pt"], "Rita", "Catarina", "Sousa"),
])
def test_a_compound_given_name_by_its_head(lines: list[str], first: str, middle: str | None,
                                           last: str) -> None:
    fields = parse_card(lines)
    assert (fields.first, fields.middle, fields.last) == (first, middle, last)


@pytest.mark.parametrize("town_line", ["30001 Murcia, Murcia", "03201 Elche, Alicante",
                                       "03201 Elche - Alicante"])
def test_a_spanish_province_after_a_comma_or_a_dash(town_line: str) -> None:
    street, city, region, _ = _address(["Calle Mayor 3", town_line], "ES")
    assert (street, city, region) == ("Calle Mayor 3", town_line.split()[1].strip(","),
                                      "MU" if "Murcia" in town_line else "A")


def test_a_surname_like_a_building_kind_in_the_plural_is_no_building() -> None:
    fields = parse_card(["Arq. Elena Torres Vidal", "Directora", "Torres Vidal Arquitectos",
                         "Calle 93 # 11-26, Oficina 402", "Bogotá, D.C.",
                         "etorres@torresvidal.co"])
    assert (fields.company, fields.street) == ("Torres Vidal Arquitectos",
                                               "Calle 93 # 11-26, Oficina 402")


@pytest.mark.parametrize(("country", "lines", "street"), [
    ("ES", ["Km 3,2 Carretera de Burgos", "28108 Alcobendas"], "Km 3,2 Carretera de Burgos"),
    ("ES", ["Polígono Industrial Las Mercedes", "Calle Campezo 1, nave 4", "28022 Madrid"],
     "Polígono Industrial Las Mercedes, Calle Campezo 1, nave 4"),
    ("IT", ["Via dell'Artigianato 7", "Zona Industriale Sud", "36100 Vicenza (VI)"],
     "Via dell'Artigianato 7, Zona Industriale Sud"),
    ("DE", ["Haus am See", "Seestraße 4", "14467 Potsdam"], "Haus am See, Seestraße 4"),
])
def test_business_parks_decimal_commas_and_a_haus(country: str, lines: list[str | None],
                                                  street: str) -> None:
    assert _address(lines, country)[0] == street
