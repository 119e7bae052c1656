"""Rules for what cards from Brazil, Mexico, Japan (in Latin letters), Israel, the
Philippines, the United Arab Emirates, Poland and Switzerland print (issue 14, the fourth
round, tuned on batch 3 of the evaluation cards): each test gives lines as such a card
prints them and checks the field the rule is for."""

from __future__ import annotations

import pytest

from pursuit.core.cards import OcrLine, parse_card
from pursuit.core.cards.address import find_address
from pursuit.core.cards.phones import find_phones

# --- addresses ------------------------------------------------------------------------------------


def test_a_brazilian_address_cep_first_then_town_and_state() -> None:
    found = find_address(["Av. Paulista, 1578 – 9o andar - Bela Vista",
                          "01310-200 São Paulo - SP"], "BR")
    assert found is not None
    address, taken = found
    assert address.street == "Av. Paulista, 1578, 9º andar, Bela Vista"
    assert (address.city, address.region, address.postal_code) == ("São Paulo", "SP",
                                                                   "01310-200")
    assert taken == {0, 1}


@pytest.mark.parametrize(("line", "city", "region"), [
    ("30140-071 Belo Horizonte/MG", "Belo Horizonte", "MG"),
    ("22250-040 Rio de Janeiro – RJ", "Rio de Janeiro", "RJ"),
    ("80010-000 Curitiba - PR", "Curitiba", "PR"),
])
def test_a_brazilian_state_after_the_town(line: str, city: str, region: str) -> None:
    found = find_address(["R. XV de Novembro, 700, sala 12", line], "BR")
    assert found is not None
    assert (found[0].city, found[0].region) == (city, region)
    assert found[0].street == "R. XV de Novembro, 700, sala 12"


@pytest.mark.parametrize(("lines", "city", "region", "postal", "street"), [
    (["Av. Vallarta 2440, Piso 3", "Col. Arcos Vallarta", "44130 Guadalajara, Jal."],
     "Guadalajara", "JAL", "44130", "Av. Vallarta 2440, Piso 3, Col. Arcos Vallarta"),
    (["Av. Lázaro Cárdenas 2400 Pte.", "Col. Valle Oriente, 66269 San Pedro, N.L."],
     "San Pedro", "NLE", "66269", "Av. Lázaro Cárdenas 2400 Pte., Col. Valle Oriente"),
    (["Av. Reforma 222, Piso 10, Col. Juárez", "06600 Ciudad de México, CDMX"],
     "Ciudad de México", "CMX", "06600", "Av. Reforma 222, Piso 10, Col. Juárez"),
])
def test_a_mexican_colonia_and_state_abbreviation(lines: list[str], city: str, region: str,
                                                  postal: str, street: str) -> None:
    found = find_address(lines, "MX")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.region, address.postal_code) == (
        street, city, region, postal)


def test_a_japanese_address_in_latin_letters() -> None:
    found = find_address(["Marunouchi Bldg. 12F", "2-4-1 Marunouchi, Chiyoda-ku",
                          "Tokyo 100-6312, Japan"], "JP")
    assert found is not None
    address = found[0]
    assert address.street == "Marunouchi Bldg. 12F, 2-4-1 Marunouchi, Chiyoda-ku"
    assert (address.city, address.postal_code, address.country) == ("Tokyo", "100-6312", "JP")
    one_line = find_address(["Namba Parks 9F, 2-10-70 Nambanaka, Naniwa-ku, Osaka 556-0011"],
                            "JP")
    assert one_line is not None
    assert (one_line[0].street, one_line[0].city, one_line[0].postal_code) == (
        "Namba Parks 9F, 2-10-70 Nambanaka, Naniwa-ku", "Osaka", "556-0011")


def test_an_israeli_seven_digit_postcode_is_no_phone() -> None:
    fields = parse_card(["Dana Levi", "Product Lead", "Tel +972-3-555-0142",
                         "dana@example.co.il", "3 Azrieli Center, 30th Floor",
                         "Tel Aviv 6701101, Israel"])
    assert (fields.street, fields.city, fields.postal_code, fields.country) == (
        "3 Azrieli Center, 30th Floor", "Tel Aviv", "6701101", "IL")
    assert [phone.e164 for phone in fields.phones] == ["+97235550142"]


def test_a_filipino_city_and_postcode() -> None:
    found = find_address(["Unit 801, Ayala Tower One", "Ayala Avenue, Makati City 1226"],
                         "PH")
    assert found is not None
    assert (found[0].city, found[0].postal_code, found[0].region) == ("Makati City", "1226",
                                                                     None)


@pytest.mark.parametrize(("lines", "street", "city"), [
    (["Office 1203, Emirates Towers", "P.O. Box 72110, Dubai, UAE"],
     "Office 1203, Emirates Towers, P.O. Box 72110", "Dubai"),
    (["P.O. Box 3434 · Abu Dhabi · United Arab Emirates"], "P.O. Box 3434", "Abu Dhabi"),
])
def test_an_emirates_address_has_no_postcode(lines: list[str], street: str, city: str) -> None:
    found = find_address(lines, "AE")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.postal_code, address.country) == (
        street, city, None, "AE")


def test_a_spanish_floor_without_the_dot() -> None:
    found = find_address(["C/ de la Paz, 12, 3a planta", "46003 Valencia"], "ES")
    assert found is not None
    assert found[0].street == "C/ de la Paz, 12, 3ª planta"


# --- phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Herzliya 4672520", "Osaka 531-6021", "〒100-0005", "NIP 525-000-12-34",
    "Registered charity no. 1187342",
])
def test_a_postcode_or_registration_after_a_word_is_no_phone(line: str) -> None:
    region = {"H": "IL", "O": "JP", "〒": "JP", "N": "PL", "R": "GB"}[line[0]]
    assert find_phones(line, region) == []


def test_a_national_number_after_a_word_label_stays_a_phone() -> None:
    found = find_phones("Praxis 061 271 45 30", "CH")
    assert [phone.e164 for phone, _ in found] == ["+41612714530"]


@pytest.mark.parametrize(("line", "region", "kind", "ext"), [
    ("tel. +48 22 628 14 50 wew. 315", "PL", "work", "315"),
    ("tel. kom. +48 601 234 567", "PL", "mobile", None),
    ("Natel +41 79 555 12 34", "CH", "mobile", None),
    ("Tel. +55 21 2555-0142 ramal 215", "BR", "work", "215"),
    ("Cel./WhatsApp (31) 99555-0187", "BR", "mobile", None),
    ("Tel. +63 2 8812 3456 loc. 204", "PH", "work", "204"),
    ("Oficina 55 5208 4410", "MX", "work", None),
])
def test_labels_and_extensions_of_more_countries(line: str, region: str, kind: str,
                                                 ext: str | None) -> None:
    found = find_phones(line, region)
    assert len(found) == 1
    phone = found[0][0]
    assert (phone.type, phone.ext) == (kind, ext)
    assert phone.e164 is not None


# --- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lines", "first", "last"), [
    # Brazil: two given names and two surnames, or one and two.
    (["Luiz Felipe Moreira Santos", "Sócio", "Tel. +55 11 3045-2210",
      "luizfelipe@moreirasantos.com.br"], "Luiz Felipe", "Moreira Santos"),
    (["Beatriz Oliveira de Souza", "Diretora", "Tel. +55 11 3045-2210",
      "beatriz@ipe.com.br"], "Beatriz", "Oliveira de Souza"),
    # Mexico: an e-mail of the given name and the first surname, with a dot between.
    (["Ing. Rodrigo Treviño Garza", "Gerente", "+52 81 8335 4120",
      "rodrigo.trevino@sierra.mx"], "Rodrigo", "Treviño Garza"),
])
def test_two_surnames_in_brazil_and_mexico(lines: list[str], first: str, last: str) -> None:
    fields = parse_card(lines)
    assert (fields.first, fields.middle, fields.last) == (first, None, last)


def test_a_japanese_surname_in_capitals_before_the_given_name() -> None:
    fields = parse_card(["Hoshizora Systems Co., Ltd.", "SATO Haruka", "Senior Manager",
                         "Tel +81-3-6555-0142", "h.sato@hoshizora.co.jp"])
    assert (fields.full_name, fields.first, fields.last) == ("Haruka Sato", "Haruka", "Sato")


@pytest.mark.parametrize(("printed", "prefix", "first"), [
    ("DI Martina Gruber-Lang", "DI", "Martina"),
    ("Lic. Fernanda Ortiz Vega", "Lic.", "Fernanda"),
    ("Dr. phil. Urs Meier", "Dr. phil.", "Urs"),
    ("dr inż. Piotr Kowalski", "dr inż.", "Piotr"),
])
def test_prefixes_of_austria_mexico_switzerland_and_poland(printed: str, prefix: str,
                                                           first: str) -> None:
    fields = parse_card([printed, "Geschäftsführer", "+43 1 555 1234",
                         "info@example.at"])
    assert (fields.prefix, fields.first) == (prefix, first)


def test_filipino_names_ma_and_dela() -> None:
    fields = parse_card(["Ma. Teresa S. Bautista", "Audit Partner", "Mobile +63 917 555 0142",
                         "teresa.bautista@example.com.ph"])
    assert (fields.prefix, fields.first, fields.middle, fields.last) == (
        None, "Ma. Teresa", "S.", "Bautista")
    fields = parse_card(["Ramon dela Rosa", "Engineer", "Mobile +63 917 555 0142",
                         "ramon@example.ph"])
    assert (fields.first, fields.last) == ("Ramon", "dela Rosa")


# --- companies, e-mails, other lines --------------------------------------------------------------


@pytest.mark.parametrize(("lines", "company"), [
    (["Grupo Norteño", "S.A. de C.V.", "Lic. Ana Ruiz Soto", "Directora",
      "agarcia@gruponorteno.com.mx"], "Grupo Norteño S.A. de C.V."),
    (["Ipê Roxo Comunicação", "Isabela Nunes", "Diretora", "isabela@iperoxo.com.br"],
     "Ipê Roxo Comunicação"),
])
def test_legal_forms_on_their_own_line_and_accents_against_the_domain(
        lines: list[str], company: str) -> None:
    assert parse_card(lines).company == company


def test_a_label_glued_to_an_address_and_a_network_handle() -> None:
    fields = parse_card(["Sabine Huber", "Leiterin", "E-Mails.huber@holzbau.at",
                         "holzbau.at Instagram@holz.bau"])
    assert fields.emails == ("s.huber@holzbau.at",)


def test_a_private_bag_with_its_letter_is_a_street() -> None:
    found = find_address(["Private Bag X20, Hatfield", "Pretoria 0028"], "ZA")
    assert found is not None
    assert found[0].street == "Private Bag X20, Hatfield"


@pytest.mark.parametrize(("line", "region", "e164"), [
    ("0(312)555-0172", "US", "+13125550172"),
    ("Praxis 061 271 45 30", "CH", "+41612714530"),
])
def test_office_labels(line: str, region: str, e164: str) -> None:
    found = find_phones(line, region)
    assert [(phone.type, phone.e164) for phone, _ in found] == [("work", e164)]


def test_a_german_graduate_title_before_the_name() -> None:
    fields = parse_card(["Dipl.-Kfm. Jens Albers", "Geschäftsführer", "T +49 40 3289 1450",
                         "j.albers@example.de"])
    assert (fields.prefix, fields.first, fields.middle, fields.last) == (
        "Dipl.-Kfm.", "Jens", None, "Albers")


def test_a_logo_letter_before_the_company_the_domain_spells() -> None:
    for printed in ("B Brisa Azul Software", "IBrisa Azul Software", "山 Brisa Azul Software"):
        fields = parse_card([printed, "Diego Ruiz Soto", "Gerente", "+52 33 3615 2280",
                             "diego@brisaazul.mx"])
        assert fields.company == "Brisa Azul Software", printed


def test_the_family_name_first_as_the_email_shows_it() -> None:
    fields = parse_card(["Lim Mei Hua", "Senior Associate", "HP +65 9123 4567",
                         "meihua.lim@harbour.sg"])
    assert (fields.full_name, fields.first, fields.middle, fields.last) == (
        "Mei Hua Lim", "Mei Hua", None, "Lim")


def test_two_given_names_by_the_initials_of_the_email() -> None:
    fields = parse_card(["Juan Carlos delos Santos", "Engineer", "Mobile +63 917 555 0142",
                         "jcdelossantos@example.ph"])
    assert (fields.first, fields.middle, fields.last) == ("Juan Carlos", None, "delos Santos")
    # An initial in the e-mail that is no given name's keeps the middle name.
    fields = parse_card(["Anna Maria Berg", "Engineer", "+46 70 123 45 67",
                         "anna.berg@example.se"])
    assert (fields.first, fields.middle, fields.last) == ("Anna", "Maria", "Berg")


@pytest.mark.parametrize(("lines", "credentials"), [
    (["Reto Meier", "dipl. Ingenieur ETH", "Projektleiter", "+41 44 211 42 80",
      "reto@example.ch"], "dipl. Ingenieur ETH"),
    (["Julie Gagnon, ing.", "Chargée de projets", "Tél. 819 555-0134",
      "jgagnon@example.qc.ca"], "ing."),
])
def test_swiss_diplomas_and_quebec_engineers(lines: list[str], credentials: str) -> None:
    fields = parse_card(lines)
    assert fields.credentials == credentials
    assert fields.title in ("Projektleiter", "Chargée de projets")


@pytest.mark.parametrize(("lines", "title"), [
    (["Agave Azul Software", "+52 33 3615 2280", "diego@agaveazul.io",
      "Ing. Diego Hernández Ruiz", "Gerente de Ingeniería"], "Gerente de Ingeniería"),
    (["Carvalho Lima Advogados", "Pedro Carvalho Lima", "Sócio", "Tel. +55 21 2555-0142",
      "pedro@carvalholima.adv.br"], "Sócio"),
])
def test_spanish_and_portuguese_titles(lines: list[str], title: str) -> None:
    assert parse_card(lines).title == title


def test_a_polish_name_over_two_lines_after_its_prefix() -> None:
    fields = parse_card(["Wisła Energia Sp. z o.o.", "tel. +48 22 628 14 50",
                         "a.zielinska-kowal@wislaenergia.pl", "ul. Marszałkowska 126/134",
                         "00-008 Warszawa", "dr inż. Agnieszka", "Zielińska-Kowal",
                         "Kierownik Zespołu"])
    assert (fields.prefix, fields.first, fields.last) == ("dr inż.", "Agnieszka",
                                                          "Zielińska-Kowal")
    assert fields.title == "Kierownik Zespołu"
    assert fields.company == "Wisła Energia Sp. z o.o."
    assert (fields.street, fields.city, fields.postal_code) == ("ul. Marszałkowska 126/134",
                                                                "Warszawa", "00-008")


def test_a_long_name_with_particles() -> None:
    fields = parse_card(["Arcoíris Editorial", "María Fernanda de la Garza Treviño",
                         "Directora Creativa", "Cel. 55 1234 8876", "mf.delagarza@arcoiris.mx"])
    assert (fields.first, fields.last) == ("María Fernanda", "de la Garza Treviño")
    assert fields.title == "Directora Creativa"


def test_a_monogram_on_the_company_line() -> None:
    fields = parse_card(["KB Kestrel Bay Advisory", "Tan Wei Ling", "Senior Associate",
                         "HP +65 9123 4567", "weiling.tan@kestrelbay.sg"])
    assert fields.company == "Kestrel Bay Advisory"
    # Initials that are a word of the name stay: "ABC Bakery" on abcbakery.com.
    fields = parse_card(["ABC Bakery", "Sam Lee", "Owner", "sam@abcbakery.com"])
    assert fields.company == "ABC Bakery"


def test_a_label_on_the_line_above_its_number() -> None:
    fields = parse_card(["Murtal Holzbau GmbH", "Sabine Huber", "Technische Leiterin", "Tel.",
                         "+43 316 82 45 10-23", "Fax", "+43 316 82 45 10-9",
                         "Mobil +43 676 555 12 34", "s.huber@murtal-holzbau.at"])
    assert [phone.type for phone in fields.phones] == ["work", "fax", "mobile"]


def test_a_company_the_domain_spells_by_its_initials_over_two_lines() -> None:
    fields = parse_card(["Lakeview University", "Medical Center", "T (216) 555-0184",
                         "E jdoe@lakeviewumc.org", "Jane Doe, PhD",
                         "Director, Clinical Research", "Informatics",
                         "Department of Biomedical Informatics"])
    assert fields.company == "Lakeview University Medical Center"
    assert fields.title == "Director, Clinical Research Informatics"
    assert fields.department == "Department of Biomedical Informatics"


def test_a_firm_named_after_its_founder_and_its_trade_in_portuguese() -> None:
    fields = parse_card(["Moreira Santos Arquitetura", "Ana Luísa Moreira Santos",
                         "Arquiteta e Urbanista", "Tel. (31) 3555-0142",
                         "ana@msarquitetura.com.br"])
    assert fields.company == "Moreira Santos Arquitetura"
    assert (fields.first, fields.last) == ("Ana Luísa", "Moreira Santos")


def _box(x: int, y: int, width: int, height: int) -> tuple[tuple[float, float], ...]:
    return ((x, y), (x + width, y), (x + width, y + height), (x, y + height))


def test_a_label_beside_its_number_read_after_it() -> None:
    """On a photo a label column sits a little lower than its numbers, so reading order
    may give the number first: the label still goes with the number beside it."""
    lines = [OcrLine("Sabine Huber", _box(40, 40, 400, 60), 0.99),
             OcrLine("Leiterin", _box(40, 110, 200, 30), 0.99),
             OcrLine("+43 316 82 45 10-23", _box(200, 200, 400, 30), 0.99),
             OcrLine("Tel.", _box(40, 212, 60, 30), 0.99),
             OcrLine("+43 316 82 45 10-9", _box(200, 250, 400, 30), 0.99),
             OcrLine("Fax", _box(40, 262, 60, 30), 0.99),
             OcrLine("s.huber@holzbau.at", _box(40, 320, 400, 30), 0.99)]
    fields = parse_card(lines)
    assert [phone.type for phone in fields.phones] == ["work", "fax"]
