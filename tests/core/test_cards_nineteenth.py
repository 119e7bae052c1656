"""Rules of issue 14's nineteenth round (tuned on batch 18 of the evaluation cards, the other
tuning groups kept from regressing): each test gives lines as a card of that kind prints them
and checks the field the rule is for. The cards are written here, not copied from the
evaluation set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import find_address
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Office:" before the street, in the card's language --------------------------------

def test_an_office_label_in_portuguese_is_no_part_of_the_street() -> None:
    street, city, _, postal = address_parts(
        ["Escritório: Rua das Flores, 412, sala 7", "Centro, Recife - PE, 50030-230"], "BR")
    assert street is not None and not street.startswith("Escrit")
    assert street.startswith("Rua das Flores, 412")
    assert (city, postal) == ("Recife", "50030-230")


def test_an_office_label_in_dutch_is_no_part_of_the_street() -> None:
    street, city, _, postal = address_parts(["Kantoor: Prinsengracht 88, 1015 DZ Amsterdam"],
                                            "NL")
    assert (street, city, postal) == ("Prinsengracht 88", "Amsterdam", "1015 DZ")


# --- a full stop OCR read for the comma before the country -------------------------------

def test_a_full_stop_before_the_country_is_its_comma() -> None:
    found = find_address(["Lot 5, Jalan Bukit Bintang", "55100 Kuala Lumpur. Malaysia"], "MY")
    assert found is not None
    address = found[0]
    assert (address.city, address.country, address.postal_code) == ("Kuala Lumpur", "MY",
                                                                    "55100")


def test_a_town_with_a_stop_of_its_own_keeps_it_before_the_country() -> None:
    found = find_address(["Bahnhofstrasse 12", "9000 St. Gallen. Schweiz"], "CH")
    assert found is not None
    address = found[0]
    assert (address.city, address.country, address.postal_code) == ("St. Gallen", "CH", "9000")


# --- a role the role words miss, then the firm the domain spells, on one line ------------

def test_a_role_then_the_firm_on_one_line_split_at_the_comma() -> None:
    fields = _card("Liisa Korhonen", "Sisustussuunnittelija, Kotiranta Studio Oy",
                   "liisa@kotirantastudio.fi", "Rantakatu 4, 90100 Oulu", region="FI")
    assert (fields.title, fields.company) == ("Sisustussuunnittelija", "Kotiranta Studio Oy")


def test_a_firm_with_a_comma_in_its_name_stays_whole() -> None:
    fields = _card("Mark Ellison", "Harrow, Quayle LLP", "mark@harrowquayle.com",
                   "18 King Street, Manchester M2 4LQ", region="GB")
    assert fields.company == "Harrow, Quayle LLP"
    assert fields.title is None


# --- "Leader" names a role ----------------------------------------------------------------

def test_a_team_leader_is_a_title_not_a_department() -> None:
    fields = _card("Minji Kang", "Team Leader, Regional Logistics", "Daesan Shipping Co., Ltd.",
                   "minji.kang@daesanship.co.kr", region="KR")
    assert fields.title == "Team Leader, Regional Logistics"
    assert fields.department is None


# --- a unit the domain names, with no company line, is the company ------------------------

def test_a_unit_the_domain_names_is_the_company_when_there_is_no_other() -> None:
    fields = _card("Harbour Clinical Research Unit", "Tom Aldridge", "Research Nurse",
                   "tom.aldridge@harbourcru.org", "12 Dock Road, Bristol BS1 6QA", region="GB")
    assert fields.company == "Harbour Clinical Research Unit"
    assert fields.department is None


def test_a_unit_beside_a_company_stays_the_department() -> None:
    fields = _card("Tom Aldridge", "Research Nurse", "Clinical Research Unit",
                   "Harbour University", "tom.aldridge@harbour.ac.uk", region="GB")
    assert fields.department == "Clinical Research Unit"


# --- a unit OCR ran together under a title with a comma -----------------------------------

def test_a_unit_run_together_under_the_title_is_the_department() -> None:
    fields = _card("Kenji Mori", "Manager, Domestic Sales Section", "PlanningDepartment",
                   "Kobe Harbour Co., Ltd.", "k.mori@kobeharbour.co.jp", region="JP")
    assert fields.title == "Manager, Domestic Sales Section"
    assert fields.department == "Planning Department"


# --- Turkish legal forms printed in capitals ----------------------------------------------

def test_a_turkish_legal_form_in_capitals_is_written_as_the_form() -> None:
    fields = _card("KARADENIZ GIDA", "SAN. VE TIC. LTD. ŞTI.", "Ayşe Demir", "Satış Müdürü",
                   "ayse.demir@karadenizgida.com.tr", region="TR")
    assert fields.company is not None
    assert fields.company.endswith("San. ve Tic. Ltd. Şti.")


# --- a particle OCR ran onto the given name -----------------------------------------------

def test_a_particle_run_onto_the_given_name_is_spaced_when_the_email_shows_it() -> None:
    fields = _card("MARTINVAN DER LINDEN", "Architect", "Linden Studio",
                   "mvdl@lindenstudio.nl", region="NL")
    assert (fields.first, fields.last) == ("Martin", "van der Linden")


def test_a_given_name_ending_like_a_particle_is_left_alone() -> None:
    fields = _card("Claude Martin", "Architect", "Martin Studio", "claude@martinstudio.fr",
                   region="FR")
    assert (fields.first, fields.last) == ("Claude", "Martin")


def test_a_particle_is_spaced_when_the_email_writes_it_with_the_family_name() -> None:
    fields = _card("ANNAVON KESSEL", "Designerin", "Kessel Raum", "anna.vonkessel@kesselraum.de",
                   region="DE")
    assert (fields.first, fields.last) == ("Anna", "von Kessel")


# --- a Dutch postcode OCR closed up --------------------------------------------------------

def test_a_dutch_postcode_closed_up_gets_its_space() -> None:
    fields = _card("Sanne de Wit", "Adviseur", "Polder Advies", "sanne@polderadvies.nl",
                   "Oude Delft 120", "2611CG Delft", region="NL")
    assert (fields.postal_code, fields.city) == ("2611 CG", "Delft")
