"""Rules for what cards from Spain, Italy, the Netherlands, Ireland, India, Singapore, South
Africa and Québec print (issue 14, the third round): each test gives lines as such a card
prints them (and as OCR reads them where it matters) and checks the field the rule is for."""

from __future__ import annotations

import pytest

from pursuit.core.cards import parse_card
from pursuit.core.cards.address import find_address
from pursuit.core.cards.emails import find_emails
from pursuit.core.cards.names import credentials_line, parse_name
from pursuit.core.cards.phones import find_phones, without_registrations

# --- names ------------------------------------------------------------------------------------


def test_a_spanish_card_gives_two_surnames() -> None:
    fields = parse_card(["Estudio Norte S.L.", "Carmen Vidal Ríos", "Directora de Proyectos",
                         "T +34 915 123 456", "carmen@estudionorte.es",
                         "Calle de Alcalá, 45, 3.o", "28014 Madrid"])
    assert (fields.first, fields.middle, fields.last) == ("Carmen", None, "Vidal Ríos")
    assert fields.full_name == "Carmen Vidal Ríos"
    assert fields.company == "Estudio Norte S.L."
    # The floor's ordinal sign, read by OCR as an "o", is put back.
    assert (fields.street, fields.city, fields.postal_code) == ("Calle de Alcalá, 45, 3.º",
                                                                "Madrid", "28014")


def test_two_given_names_and_two_surnames_or_an_initial() -> None:
    fields = parse_card(["María José García López", "Abogada", "T +34 915 123 456",
                         "mjgarcia@bufetegl.es"])
    assert (fields.first, fields.middle, fields.last) == ("María José", None, "García López")
    fields = parse_card(["Juan C. Pérez", "Ingeniero", "T +34 915 123 456",
                         "jperez@obras.es"])
    assert (fields.first, fields.middle, fields.last) == ("Juan", "C.", "Pérez")


def test_the_email_shows_the_first_of_two_surnames_anywhere() -> None:
    fields = parse_card(["Tomás Herrera Blanco", "Project Engineer",
                         "therrera@brightbridge.com"])
    assert (fields.middle, fields.last) == (None, "Herrera Blanco")
    # A given name in two words that the e-mail spells together is no surname: a middle
    # name, or (since the tenth round) one given name where the pair is a known compound.
    fields = parse_card(["José Luis Romero", "Arquitecto", "joseluis@romero.es"])
    assert (fields.first, fields.middle, fields.last) == ("José Luis", None, "Romero")
    fields = parse_card(["Pablo Tomás Romero", "Arquitecto", "pablotomas@romero.es"])
    assert (fields.first, fields.middle, fields.last) == ("Pablo", "Tomás", "Romero")
    # An American middle name stays a middle name.
    fields = parse_card(["Emily Rose Carter", "Designer", "emily@carter.design"])
    assert (fields.middle, fields.last) == ("Rose", "Carter")


def test_catalan_surnames_joined_by_i() -> None:
    fields = parse_card(["Marta Serra i Vidal", "Arquitecta", "marta@serravidal.cat"])
    assert (fields.first, fields.last) == ("Marta", "Serra i Vidal")


@pytest.mark.parametrize(("printed", "prefix", "first"), [
    ("ir. Pieter de Boer", "ir.", "Pieter"),  # a Dutch engineer, in small letters
    ("drs. Anouk Jansen", "drs.", "Anouk"),
    ("Dre Sophie Tremblay", "Dre", "Sophie"),  # a Québec doctor
    ("Dra. Ana Gil Moreno", "Dra.", "Ana"),
    ("Avv. Marco Rossi", "Avv.", "Marco"),  # an Italian lawyer
])
def test_prefixes_of_other_countries(printed: str, prefix: str, first: str) -> None:
    fields = parse_card([printed, "Senior adviseur", "info@example.nl"])
    assert (fields.prefix, fields.first) == (prefix, first)


def test_a_vertical_card_prints_the_surname_with_its_particle_under_the_given_name() -> None:
    fields = parse_card(["Studio Lijn", "Femke", "van Dijk", "Ontwerper", "femke@lijn.nl"])
    assert (fields.full_name, fields.first, fields.last) == ("Femke van Dijk", "Femke",
                                                             "van Dijk")


def test_a_surname_printed_in_capitals_after_the_given_name() -> None:
    name = parse_name("Jean-Marc LE BRIS")
    assert (name.first, name.last, name.credentials) == ("Jean-Marc", "Le Bris", None)
    # Credentials in capitals after a name in mixed case stay credentials.
    name = parse_name("Jean Martin FCA")
    assert (name.last, name.credentials) == ("Martin", "FCA")


@pytest.mark.parametrize(("printed", "last", "credentials"), [
    ("Tom Reilly BVetMed MRCVS", "Reilly", "BVetMed MRCVS"),
    ("Dr Hana Lee BDSc", "Lee", "BDSc"),
    ("Niamh Walsh BE CEng MIEl", "Walsh", "BE CEng MIEI"),  # OCR's "l" for the last "I"
    ("Grace O'Neill MScPT", "O'Neill", "MScPT"),
])
def test_degrees_in_mixed_case_after_the_name(printed: str, last: str, credentials: str
                                              ) -> None:
    name = parse_name(printed)
    assert (name.last, name.credentials) == (last, credentials)


def test_surnames_in_mixed_case_are_no_degrees() -> None:
    assert parse_name("John Paul McKee").last == "McKee"
    assert parse_name("Anna Marie DeVries").last == "DeVries"


def test_credentials_with_a_qualifier_in_brackets_on_their_own_line() -> None:
    assert credentials_line("BSc (Hons) MRICS")
    assert credentials_line("MBBS, MD (Paed)")
    fields = parse_card(["Hollins Surveyors", "Sarah Okafor", "BSc (Hons) MRICS",
                         "Associate Director", "sarah@hollins.co.uk"])
    assert (fields.credentials, fields.title) == ("BSc (Hons) MRICS", "Associate Director")


def test_a_generational_suffix_that_ocr_read_with_small_ls() -> None:
    fields = parse_card(["Marcus Reed Il", "Security Engineer", "mreed@example.com"])
    assert (fields.last, fields.suffix, fields.full_name) == ("Reed", "II", "Marcus Reed II")


def test_an_irish_o_read_in_small_letters_and_a_place_that_is_no_name() -> None:
    fields = parse_card(["Dingle Sea Tours", "The Harbour, Dingle", "Co. Kerry V92 TX40",
                         "Seán ó Briain", "Owner", "sean@dinglesea.ie"])
    assert (fields.first, fields.last) == ("Seán", "Ó Briain")


# --- addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(("lines", "country", "street", "city", "region", "postal"), [
    # Italy: the province's code in brackets after the town.
    (["Viale Monza 12 · 20127 Milano (MI)"], "IT", "Viale Monza 12", "Milano", "MI", "20127"),
    (["Piazza Maggiore 3", "40124 Bologna (BO)"], "IT", "Piazza Maggiore 3", "Bologna", "BO",
     "40124"),
    (["Via Roma 10", "00184 Roma"], "IT", "Via Roma 10", "Roma", None, "00184"),
    # Catalonia and Spain: the street word first, the printed commas kept.
    (["Carrer de Mallorca, 210, 2n 1a", "08008 Barcelona"], "ES",
     "Carrer de Mallorca, 210, 2n 1a", "Barcelona", None, "08008"),
    (["Paseo de Gracia, 21, planta 4", "08007 Barcelona"], "ES",
     "Paseo de Gracia, 21, planta 4", "Barcelona", None, "08007"),
    # The Netherlands: a post-office box.
    (["Postbus 1234", "2500 AB Den Haag"], "NL", "Postbus 1234", "Den Haag", None, "2500 AB"),
    # Ireland: the street and the town over the county and the Eircode.
    (["The Harbour, Dingle", "Co. Kerry V92 TX40"], "IE", "The Harbour", "Dingle", None,
     "V92 TX40"),
    # India: the locality after the street.
    (["No. 5, Mount Road, Teynampet", "Chennai, Tamil Nadu 600018"], "IN",
     "No. 5, Mount Road, Teynampet", "Chennai", "TN", "600018"),
    # South Africa: a building named in the plural.
    (["3rd Floor, Sandton Towers, 12 Rivonia Road", "Sandton 2196"], "ZA",
     "3rd Floor, Sandton Towers, 12 Rivonia Road", "Sandton", None, "2196"),
    # What OCR glues: a bracket and the postcode, a town and its state.
    (["1500, boulevard Saint-Martin Ouest", "Laval (Québec)H7N 5H9"], "CA",
     "1500, boulevard Saint-Martin Ouest", "Laval", "QC", "H7N 5H9"),
    (["PO Box 88", "BallaratVIC 3350"], "AU", "PO Box 88", "Ballarat", "VIC", "3350"),
])
def test_addresses_of_more_countries(lines: list[str | None], country: str, street: str,
                                     city: str, region: str | None, postal: str) -> None:
    found = find_address(lines, country)
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.region, address.postal_code) == (
        street, city, region, postal)


def test_a_city_state_prints_its_country() -> None:
    found = find_address(["1 Raffles Place, #20-01", "Singapore 048616"], "SG")
    assert found is not None and found[0].country == "SG"
    assert (found[0].city, found[0].postal_code) == ("Singapore", "048616")


# --- contact details --------------------------------------------------------------------------


@pytest.mark.parametrize("printed", ["ABN 12 345 678 901", "P.IVA 01234567890",
                                     "GSTIN 29ABCDE1234F1Z5", "VAT No. GB 123 4567 89"])
def test_registration_numbers_are_no_phones(printed: str) -> None:
    assert find_phones(without_registrations(printed), "AU") == []
    fields = parse_card(["Kelly Legal Pty Ltd", "Bronwyn Kelly", "Solicitor",
                         "Ph (07) 5550 3391", printed, "bronwyn@kellylegal.com.au"])
    assert [phone.as_printed for phone in fields.phones] == ["(07) 5550 3391"]
    assert fields.company == "Kelly Legal Pty Ltd"


def test_labels_of_other_countries_say_mobile() -> None:
    assert find_phones("HP +65 9127 4456", "SG")[0][0].type == "mobile"
    assert find_phones("Cellulare 335 712 4408", "IT")[0][0].type == "mobile"
    assert find_phones("GSM +32 475 12 34 56", "BE")[0][0].type == "mobile"
    assert find_phones("Telm. +351 912 345 678", "PT")[0][0].type == "mobile"
    assert find_phones("Tlf. +45 33 12 34 56", "DK")[0][0].type == "work"


def test_a_lone_zero_before_an_area_code_is_the_office_label() -> None:
    phone = find_phones("0 (703) 555-0186", "US")[0][0]
    assert (phone.type, phone.e164) == ("work", "+17035550186")


def test_an_address_glued_to_the_number_before_it() -> None:
    assert find_emails("Mobil+4917188234410j.maier@praezision.de")[0][0] == (
        "j.maier@praezision.de")
    fields = parse_card(["Jürgen Maier", "Vertriebsleiter",
                         "Mobil+4917188234410j.maier@praezision.de"])
    assert fields.emails == ("j.maier@praezision.de",)
    assert [(phone.type, phone.e164) for phone in fields.phones] == [("mobile",
                                                                     "+4917188234410")]


# --- company, title, department ---------------------------------------------------------------


@pytest.mark.parametrize(("printed", "company"), [
    ("Lavoie Gagnon S.E.N.C.R.L.", "Lavoie Gagnon S.E.N.C.R.L."),
    ("Obras Levante S.L.", "Obras Levante S.L."),
    ("MERLION FREIGHT PTE LTD", "Merlion Freight Pte Ltd"),
])
def test_legal_forms_of_more_countries(printed: str, company: str) -> None:
    fields = parse_card([printed, "Anna Chen", "Operations Manager", "anna@example.com"])
    assert fields.company == company


def test_a_company_over_two_lines_joined_by_a_linking_word() -> None:
    fields = parse_card(["Compagnie", "des Vins de Loire", "Luc Martin", "Responsable export",
                         "l.martin@vinsdeloire.fr"])
    assert fields.company == "Compagnie des Vins de Loire"


def test_a_trade_in_the_plural_is_the_firm_not_a_title() -> None:
    fields = parse_card(["Niamh Walsh", "Associate Director", "Harbourside",
                         "Consulting Engineers", "niamh@harbourside.ie"])
    assert (fields.company, fields.title) == ("Harbourside Consulting Engineers",
                                              "Associate Director")


def test_a_practice_that_is_the_firm() -> None:
    fields = parse_card(["The Mill House", "Veterinary Practice", "Tom Reilly", "Vet",
                         "tom@millhousevets.co.uk"])
    assert (fields.company, fields.department) == ("The Mill House Veterinary Practice", None)
    fields = parse_card(["Jane Doe", "Partner", "Litigation Practice Group",
                         "Harper Cole LLP", "jane@harpercole.com"])
    assert (fields.company, fields.department) == ("Harper Cole LLP",
                                                   "Litigation Practice Group")


def test_items_separated_by_a_bar_without_spaces_or_a_bar_read_as_i() -> None:
    fields = parse_card(["Ana Silva|Fado Singer", "+351 912 345 678", "ana.silva@gmail.com"])
    assert (fields.full_name, fields.title, fields.company) == ("Ana Silva", "Fado Singer",
                                                                None)
    fields = parse_card(["Mitchell Brooks", "Creative DirectorISaltwater Creative",
                         "mitch@saltwatercreative.com.au"])
    assert (fields.title, fields.company) == ("Creative Director", "Saltwater Creative")


def test_a_title_whose_first_line_ends_with_a_qualifier() -> None:
    fields = parse_card(["Sofia Ruiz, MD", "Associate Chief", "Medical Officer",
                         "sruiz@valleyhealth.org"])
    assert fields.title == "Associate Chief Medical Officer"


@pytest.mark.parametrize(("printed", "department"), [
    ("Public Sector", "Public Sector"),
    ("Technology & Engineering", "Technology & Engineering"),
    ("ExportOsteuropa", "Export Osteuropa"),  # two words OCR ran together
    ("Direction commerciale", "Direction commerciale"),
])
def test_the_line_under_the_title_is_its_department(printed: str, department: str) -> None:
    fields = parse_card(["Acme Corp", "Jane Doe", "Account Manager", printed,
                         "jane@acme.com"])
    assert (fields.department, fields.company, fields.title) == (department, "Acme Corp",
                                                                 "Account Manager")
