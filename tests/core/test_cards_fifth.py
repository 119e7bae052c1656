"""Rules of issue 14's fifth round (tuned on batch 4 of the evaluation cards): each test
gives lines as a card of that kind prints them and checks the field the rule is for."""

from __future__ import annotations

import pytest

from pursuit.core.cards import parse_card
from pursuit.core.cards.address import find_address, streetlike
from pursuit.core.cards.domains import country_of
from pursuit.core.cards.names import (
    credentials_line,
    looks_like_name,
    matches_email,
    parse_name,
)
from pursuit.core.cards.phones import find_phones

# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "first", "last"), [
    ("Rhys ap Gwilym", "Rhys", "ap Gwilym"),
    ("Dafydd ab Owain", "Dafydd", "ab Owain"),
])
def test_a_welsh_patronymic_is_part_of_the_surname(printed: str, first: str,
                                                   last: str) -> None:
    name = parse_name(printed)
    assert (name.first, name.last, name.full_name) == (first, last, printed)


def test_a_welsh_name_is_chosen_over_the_company_lines() -> None:
    fields = parse_card(["Tŷ Coch", "Consulting", "Carys ap Rhodri", "Head of Research",
                         "M 07700 900 123", "carys.aprhodri@tycoch.co.uk",
                         "Floor 3, Brunel House, Fitzalan Road", "Cardiff CF24 0EB"])
    assert (fields.first, fields.last) == ("Carys", "ap Rhodri")
    assert fields.title == "Head of Research"


@pytest.mark.parametrize(("printed", "prefix", "last", "credentials"), [
    ("Dr Fiona Pettigrew BVSc (Hons)", "Dr", "Pettigrew", "BVSc (Hons)"),
    ("Dr Arjun Menon MBBS MS (Ortho)", "Dr", "Menon", "MBBS MS (Ortho)"),
    ("Siobhán Ní Bhriain BA (Hons) MSc", None, "Ní Bhriain", "BA (Hons) MSc"),
])
def test_a_degree_with_its_qualifier_after_the_name_without_a_comma(
        printed: str, prefix: str | None, last: str, credentials: str) -> None:
    name = parse_name(printed)
    assert (name.prefix, name.last, name.credentials) == (prefix, last, credentials)


def test_brackets_after_a_name_without_a_degree_are_no_credential() -> None:
    assert parse_name("Tom Kavanagh (Retd)").credentials is None


@pytest.mark.parametrize(("printed", "credentials"), [
    ("Kavya Raman, B.Arch, MUD", "B.Arch, MUD"),
    ("Rohit Bansal, B.Tech, MBA", "B.Tech, MBA"),
    ("Neha Joshi, B.Com, CA", "B.Com, CA"),
])
def test_indian_degrees_written_with_one_dot(printed: str, credentials: str) -> None:
    name = parse_name(printed)
    assert name.credentials == credentials
    assert name.full_name == printed.split(",")[0]


def test_a_name_after_its_prefix_over_two_lines_with_two_surnames() -> None:
    fields = parse_card(["Estudio Piedra Alta", "Arq. Renata", "Montoya Saldívar",
                         "Socia Directora", "Tel. 33 3615 2280", "renata@piedraalta.mx"])
    assert (fields.prefix, fields.first, fields.last) == ("Arq.", "Renata",
                                                          "Montoya Saldívar")
    assert fields.title == "Socia Directora"


def test_a_title_under_a_prefixed_given_name_is_not_its_surname() -> None:
    fields = parse_card(["Clínica Norte", "Dra. Lucía", "Directora Médica", "Tel. 81 8123 4567",
                         "lucia@clinicanorte.mx"])
    assert fields.title == "Directora Médica"
    assert fields.last is None


@pytest.mark.parametrize(("lines", "prefix", "first", "last", "company"), [
    (["Me Anne-Sophie Tremblay-Roy Tremblay Roy avocats inc.", "Avocate",
      "astremblay@tremblayroy.qc.ca"], "Me", "Anne-Sophie", "Tremblay-Roy",
     "Tremblay Roy avocats inc."),
    # "Anna Maria" is one given name in Italy (the tenth round's compound given names).
    (["Dr Anna Maria Rossi Studio Rossi S.r.l.", "anna.rossi@studiorossi.it"], "Dr",
     "Anna Maria", "Rossi", "Studio Rossi S.r.l."),
])
def test_a_name_and_the_company_read_as_one_line(lines: list[str], prefix: str, first: str,
                                                 last: str, company: str) -> None:
    fields = parse_card(lines)
    assert (fields.prefix, fields.first, fields.last, fields.company) == (prefix, first, last,
                                                                          company)


def test_a_company_line_is_not_cut_when_a_name_line_is_there() -> None:
    fields = parse_card(["Anna Rossi Studio S.r.l.", "Marco Bianchi", "Architetto",
                         "m.bianchi@annarossistudio.it"])
    assert fields.full_name == "Marco Bianchi"
    assert fields.company == "Anna Rossi Studio S.r.l."


def test_an_email_spelling_one_part_of_a_hyphenated_surname_confirms_the_name() -> None:
    assert matches_email("Jean-Philippe Bélanger-Côté", ["jpbelanger"])
    assert not matches_email("Jean-Philippe Bélanger-Côté", ["info"])


@pytest.mark.parametrize(("printed", "first", "last"), [
    ("Maria do Carmo Silva", "Maria", "do Carmo Silva"),
    ("Lorenzo degli Esposti", "Lorenzo", "degli Esposti"),
    ("Giulia dal Molin", "Giulia", "dal Molin"),
])
def test_names_with_portuguese_and_italian_particles(printed: str, first: str,
                                                     last: str) -> None:
    fields = parse_card(["Estúdio Azulejo", printed, "Diretora de Arte",
                         "Celular +55 11 98765-4321", "contato@estudioazulejo.com.br"])
    assert (fields.full_name, fields.first, fields.last) == (printed, first, last)
    assert fields.title == "Diretora de Arte"


def test_a_name_in_capitals_with_a_word_that_is_also_a_degree_is_a_name() -> None:
    fields = parse_card(["ESTÚDIO AZULEJO", "MARIA DO CARMO SILVA", "Diretora de Arte",
                         "maria@estudioazulejo.com.br"])
    assert (fields.first, fields.last) == ("Maria", "do Carmo Silva")
    assert not credentials_line("MARIA DO CARMO SILVA")
    assert credentials_line("MBChB PhD FRCP") and credentials_line("BVSc MACVSc")


def test_a_malay_patronymic_is_part_of_a_name() -> None:
    assert looks_like_name("Nur Aisyah binti Ahmad")
    assert parse_name("Nur Aisyah binti Ahmad").full_name == "Nur Aisyah binti Ahmad"


def test_an_austrian_professors_prefixes() -> None:
    name = parse_name("Univ.-Prof. Dr. Theresia Gruber")
    assert (name.prefix, name.first, name.last) == ("Univ.-Prof. Dr.", "Theresia", "Gruber")


@pytest.mark.parametrize("glyph", ["川", "山", "Δ"])
def test_a_logo_read_as_a_glyph_of_another_script_before_the_company(glyph: str) -> None:
    fields = parse_card([f"{glyph} Raghavan & Pillai LLP", "CHARTERED ACCOUNTANTS",
                         "Lakshmi Raghavan, FCA", "Partner", "lakshmi@rpco.in"])
    assert fields.company == "Raghavan & Pillai LLP"


def test_a_company_with_letters_outside_ascii_keeps_them() -> None:
    fields = parse_card(["Ōtaki Surf Co.", "Mere Tūhoe", "Owner", "mere@otakisurf.co.nz"])
    assert fields.company == "Ōtaki Surf Co."


# --- phones and domains ---------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "region"), [
    ("tel. +48 22 628 14 50 faks +48 22 628 14 59", "PL"),
    ("Telefon +47 22 33 44 55 Telefaks +47 22 33 44 56", "NO"),
])
def test_fax_in_polish_and_scandinavian(line: str, region: str) -> None:
    phones = [phone for phone, _ in find_phones(line, region)]
    assert [phone.type for phone in phones] == ["work", "fax"]


@pytest.mark.parametrize(("line", "region", "kind"), [
    ("Celular 55 1234 5678", "MX", "mobile"),
    ("Cellphone 082 555 0187", "ZA", "mobile"),
])
def test_mobile_and_office_labels_of_more_countries(line: str, region: str, kind: str) -> None:
    assert [phone.type for phone, _ in find_phones(line, region)] == [kind]


def test_an_italian_domain_puts_national_numbers_in_italy() -> None:
    assert country_of("studiorossi.it") == "IT"
    fields = parse_card(["Studio Rossi Ingegneria", "Ing. Paolo Rossi", "Tel. 02 8901 2345",
                         "Cell. 347 218 5560", "p.rossi@studiorossi.it"])
    assert fields.card_region == "IT"
    assert [phone.e164 for phone in fields.phones] == ["+390289012345", "+393472185560"]


# --- addresses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lines", "street", "city"), [
    (["Via Pretorio 7, Casella postale", "6900 Lugano"], "Via Pretorio 7, Casella postale",
     "Lugano"),
    (["Rue du Rhône 14, Case postale", "1211 Genève"], "Rue du Rhône 14, Case postale",
     "Genève"),
])
def test_a_po_box_in_italian_and_french(lines: list[str | None], street: str, city: str) -> None:
    found = find_address(lines, "CH")
    assert found is not None
    assert (found[0].street, found[0].city) == (street, city)


def test_a_spanish_street_without_a_number_on_one_line() -> None:
    found = find_address(["Muelle de Poniente, s/n, Edificio Sur, 2ª planta · 46024 Valencia"],
                         "ES")
    assert found is not None
    assert found[0].street == "Muelle de Poniente, s/n, Edificio Sur, 2ª planta"
    assert (found[0].city, found[0].postal_code) == ("Valencia", "46024")


def test_an_indian_street_and_locality_over_the_town() -> None:
    found = find_address(["Plot No. 8, 2nd Floor", "Residency Road, Ashok Nagar",
                          "Bengaluru, Karnataka 560025"], "IN")
    assert found is not None
    address, taken = found
    assert address.street == "Plot No. 8, 2nd Floor, Residency Road, Ashok Nagar"
    assert (address.city, address.region, address.postal_code) == ("Bengaluru", "KA",
                                                                    "560025")
    assert taken == {0, 1, 2}


@pytest.mark.parametrize(("line", "city"), [
    ("Cirencester, Gloucestershire", "Cirencester"),
    ("Whitby, North Yorkshire", "Whitby"),
    ("Kinsale, Co. Cork", "Kinsale"),
])
def test_a_town_and_county_without_a_postcode(line: str, city: str) -> None:
    country = "IE" if "Co." in line else "GB"
    found = find_address([line], country)
    assert found is not None
    assert (found[0].street, found[0].city, found[0].postal_code) == (None, city, None)


def test_a_town_and_county_only_on_a_british_or_irish_card() -> None:
    assert find_address(["Cirencester, Gloucestershire"], "US") is None
    assert find_address(["Design, Kent"], "US") is None


@pytest.mark.parametrize("line", ["Steuerberaterin", "Hofer & Partner Steuerberatung GmbH",
                                  "Stephen Walsh", "United Kingdom", "Florian Weber"])
def test_words_that_start_like_a_unit_are_no_street(line: str) -> None:
    assert not streetlike(line)


@pytest.mark.parametrize("line", ["Ste 1800", "Suite 2B", "Unit B", "Unit4", "Room A-12",
                                  "Office G12"])
def test_units_with_a_number_or_a_letter_are_street(line: str) -> None:
    assert streetlike(line)


def test_a_title_and_company_over_the_street_stay_out_of_it() -> None:
    fields = parse_card(["Mag. Eva Hofer", "Steuerberaterin",
                         "Hofer & Partner Steuerberatung GmbH", "Mariahilfer Straße 45/3",
                         "1060 Wien", "T +43 1 523 45 67", "eva.hofer@hofer-partner.at"])
    assert (fields.street, fields.city, fields.postal_code) == ("Mariahilfer Straße 45/3",
                                                                "Wien", "1060")
    assert fields.title == "Steuerberaterin"
    assert fields.company == "Hofer & Partner Steuerberatung GmbH"


@pytest.mark.parametrize(("lines", "first", "last", "credentials"), [
    (["Anne-Marie Bouchard, CPA, CA", "Associée", "Bouchard Gagnon S.E.N.C.R.L.",
      "Tél. 514 555-0123", "ambouchard@bouchardgagnon.ca"], "Anne-Marie", "Bouchard",
     "CPA, CA"),
    (["Kwame Mensah-Bonsu, PhD, PE", "Principal Engineer", "Gold Coast Structures LLC",
      "T 404 555 0182", "kmensah@goldcoaststructures.com"], "Kwame", "Mensah-Bonsu",
     "PhD, PE"),
])
def test_degrees_that_are_also_state_codes_after_a_degree(lines: list[str], first: str,
                                                          last: str, credentials: str) -> None:
    fields = parse_card(lines)
    assert (fields.first, fields.last, fields.credentials) == (first, last, credentials)
    assert fields.city is None and fields.region is None


def test_a_town_and_its_state_without_a_zip_stay_an_address() -> None:
    found = find_address(["1 Market Street", "San Francisco, CA"], "US")
    assert found is not None
    assert (found[0].city, found[0].region) == ("San Francisco", "CA")


@pytest.mark.parametrize(("lines", "street"), [
    (["Calle de Alcalá, 45, 3º izda.", "28014 Madrid"], "Calle de Alcalá, 45, 3º izda."),
    (["Rua Augusta, 120 - 2º Esq.", "1100-053 Lisboa"], "Rua Augusta, 120, 2º Esq."),
    (["Calle Mayor 12, 1o dcha.", "28013 Madrid"], "Calle Mayor 12, 1º dcha."),
])
def test_a_floor_and_the_doors_side_keep_their_ordinal(lines: list[str], street: str) -> None:
    fields = parse_card(["Lucía Navarro", "lucia@navarro.es", *lines])
    assert fields.street == street
