"""Rules of issue 14's seventh round (tuned on batch 6 of the evaluation cards): each test
gives lines as a card of that kind prints them (for the layout, with the boxes OCR gives)
and checks the field the rule is for. The cards are written here, not copied from the
evaluation set."""

from __future__ import annotations

import pytest

from pursuit.core.cards import OcrLine, parse_card
from pursuit.core.cards.address import find_address
from pursuit.core.cards.layout import blocks
from pursuit.core.cards.model import Box
from pursuit.core.cards.names import parse_name


def _across(text: str, x: float, bottom: float, top: float) -> OcrLine:
    """A line printed sideways up the card's left edge: it reads from the bottom up, so OCR's
    box starts bottom-left and its second corner is straight above the first."""
    box: Box = ((x, bottom), (x, top), (x + 45, top), (x + 45, bottom))
    return OcrLine(text, box, 0.99)


def _along(text: str, left: float, top: float, width: float, height: float = 28) -> OcrLine:
    box: Box = ((left, top), (left + width, top), (left + width, top + height),
                (left, top + height))
    return OcrLine(text, box, 0.99)


# A card with the name, title and department set sideways down its left edge and the rest
# printed across as usual: the sideways lines are long, so they are a good share of the text.
SIDE_NAME = [
    _across("Marguerite L. Okonkwo-Beaumont", 36, 560, 40),
    _along("Halden Bay Logistics", 260, 55, 300, 36),
    _across("Head of Regional Partnerships", 84, 560, 90),
    _across("Commercial Office", 122, 560, 300),
    _along("o (503) 555-0171 ext. 220", 228, 330, 300),
    _along("M (971) 555-0148", 228, 364, 210),
    _along("m.okonkwo@haldenbay.com", 228, 398, 330),
    _along("haldenbay.com", 228, 432, 180),
    _along("2200 NW Front Avenue, Suite 410", 228, 478, 360),
    _along("Portland, OR 97209", 228, 512, 220),
]


def test_lines_printed_sideways_are_read_apart_from_the_rest() -> None:
    """Projected into the card's main frame, a sideways line spans every row; it must not be
    glued to the name beside it or to the phone number it happens to share a row with."""
    texts = [[line.text for line in block] for block in blocks(SIDE_NAME)]
    assert texts[0] == ["Marguerite L. Okonkwo-Beaumont", "Head of Regional Partnerships",
                        "Commercial Office"]
    flat = [text for block in texts for text in block]
    assert "o (503) 555-0171 ext. 220" in flat
    assert len(flat) == len(SIDE_NAME)


def test_a_sideways_name_and_title_are_read_as_name_and_title() -> None:
    fields = parse_card(SIDE_NAME)
    assert fields.full_name == "Marguerite L. Okonkwo-Beaumont"
    assert fields.title == "Head of Regional Partnerships"
    assert fields.company == "Halden Bay Logistics"
    assert fields.city == "Portland"


def test_a_card_printed_mostly_sideways_is_read_in_its_own_frame() -> None:
    """When most of the text runs up the card (a vertical card scanned lying down), that is
    the main direction: nothing is set apart and the order follows the turned text."""
    turned = [_across("Ines Carvalho", 40, 560, 200), _across("Product Designer", 84, 560, 260),
              _across("ines@tallfern.pt", 128, 560, 240)]
    assert [[line.text for line in block] for block in blocks(turned)] == [
        ["Ines Carvalho", "Product Designer", "ines@tallfern.pt"]]


# --- generational suffixes as OCR reads them, given names before a middle initial -------------


@pytest.mark.parametrize(("printed", "suffix", "credentials"), [
    ("Antonio Luis D. Bautista IIl, CPA", "III", "CPA"),  # OCR's "l" for the last "I"
    ("Marcus J. Whitaker I1", "II", None),
    ("Samuel K. Ortega III, PE", "III", "PE"),
])
def test_a_generational_suffix_misread_by_ocr_is_the_suffix(
        printed: str, suffix: str, credentials: str | None) -> None:
    name = parse_name(printed)
    assert name.suffix == suffix
    assert name.credentials == credentials
    assert name.full_name is not None and name.full_name.endswith(f" {suffix}")


def test_whole_names_before_a_middle_initial_are_given_names() -> None:
    """Filipino cards print the given names, the mother's initial and the surname."""
    name = parse_name("Antonio Luis D. Bautista")
    assert (name.first, name.middle, name.last) == ("Antonio Luis", "D.", "Bautista")
    plain = parse_name("Teresa M. Holloway")
    assert (plain.first, plain.middle, plain.last) == ("Teresa", "M.", "Holloway")
    two_middles = parse_name("Daniel Owen Price Whitley")
    assert (two_middles.first, two_middles.last) == ("Daniel", "Whitley")


def test_a_filipino_card_reads_name_suffix_and_credentials() -> None:
    fields = parse_card(["Dela Paz Navarro & Co.", "Antonio Luis D. Bautista IIl, CPA",
                         "Tax Partner", "abautista@dpnco.com.ph",
                         "Ortigas Center, Pasig City 1605, Philippines"])
    assert fields.full_name == "Antonio Luis D. Bautista III"
    assert (fields.first, fields.middle, fields.suffix) == ("Antonio Luis", "D.", "III")
    assert fields.credentials == "CPA"


# --- an address and the website glued on a footer line ---------------------------------------


def test_the_website_glued_to_the_address_is_read_as_both() -> None:
    fields = parse_card(["Arjun Menon", "Data Engineer", "Kovalam Analytics Pvt. Ltd.",
                         "T +91 471 255 8100",
                         "arjun.m@kovalam.iokovalam.io"])
    assert list(fields.emails) == ["arjun.m@kovalam.io"]
    assert fields.website == "kovalam.io"
    with_www = parse_card(["Lena Brandt", "lena@tessellate.studiowww.tessellate.studio"])
    assert list(with_www.emails) == ["lena@tessellate.studio"]
    assert with_www.website is not None and "tessellate.studio" in with_www.website


def test_a_domain_that_only_starts_like_its_tail_is_left_whole() -> None:
    fields = parse_card(["Lena Brandt", "lena@coco.co"])
    assert list(fields.emails) == ["lena@coco.co"]


# --- towns whose name has a street word; the country closing a one-line address -------------


@pytest.mark.parametrize(("lines", "street", "city", "region"), [
    (["4100 Lakeview Drive, Suite 210", "Shaker Heights, OH 44122"],
     "4100 Lakeview Drive, Suite 210", "Shaker Heights", "OH"),
    (["900 Commerce Boulevard, Floor 3", "College Park, MD 20740"],
     "900 Commerce Boulevard, Floor 3", "College Park", "MD"),
])
def test_a_town_with_a_street_word_before_the_state_is_the_town(
        lines: list[str | None], street: str, city: str, region: str) -> None:
    found = find_address(lines, "US")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.region) == (street, city, region)


def test_the_town_before_the_country_at_the_end_of_a_one_line_address() -> None:
    found = find_address(["Plot 44, Ralph Shodeinde Street, Central Area, Abuja, Nigeria"], "NG")
    assert found is not None
    address = found[0]
    assert address.street == "Plot 44, Ralph Shodeinde Street, Central Area"
    assert address.city == "Abuja"
    assert address.country == "NG"


@pytest.mark.parametrize(("lines", "street", "city", "region", "postal"), [
    (["Rua Augusta, 1500, conj. 42", "Consolação - São Paulo/SP - CEP 01304-001"],
     "Rua Augusta, 1500, conj. 42, Consolação", "São Paulo", "SP", "01304-001"),
    (["Av. Boa Viagem, 3200 - apto 801", "Boa Viagem - Recife/PE - 51020-001"],
     "Av. Boa Viagem, 3200, apto 801, Boa Viagem", "Recife", "PE", "51020-001"),
])
def test_a_brazilian_district_town_slash_state_and_cep(
        lines: list[str | None], street: str, city: str, region: str, postal: str) -> None:
    found = find_address(lines, "BR")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.region, address.postal_code) == (
        street, city, region, postal)


# --- a licence's number is no phone -------------------------------------------------------------


@pytest.mark.parametrize("licence", ["FSRA Lic.#M08123377", "FSRALic.#M08123377",
                                     "License No. 0H41822"])
def test_a_licence_number_is_no_phone(licence: str) -> None:
    fields = parse_card(["Harjit Bains", "Mortgage Agent Level 1", licence,
                         "Northgate Lending Inc.", "o 905-555-0144 | c 647-555-0109"],
                        region="CA")
    assert [phone.e164 for phone in fields.phones] == ["+19055550144", "+16475550109"]


def test_the_regulator_before_a_licence_number_is_no_department() -> None:
    fields = parse_card(["Harjit Bains", "Mortgage Agent Level 1", "FSRALic.#M08123377",
                         "Northgate Lending Inc.", "o 905-555-0144 | c 647-555-0109"],
                        region="CA")
    assert fields.department is None


def test_an_extension_whose_l_ocr_read_as_a_bar() -> None:
    """Philippine cards print "loc. 218"; OCR often reads its "l" as "|"."""
    fields = parse_card(["Carmela B. Reyes", "Audit Senior", "T +63 2 8555 9031 |oc. 305",
                         "creyes@lunaramos.com.ph"], region="PH")
    assert [(phone.e164, phone.ext) for phone in fields.phones] == [
        ("+63285559031", "305")]
