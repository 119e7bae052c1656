"""The thirty-first round of card rules (tuned on BATCH30): OCR's slips in a postal line (a
town's O read as a zero, a ZIP code cut in two), a role and its firm parted by a slash,
Peru's legal forms, an e-mail and its site glued by a hyphen, a hashed unit before a
Canadian civic number, Turkish capitals with the dotted İ read small. Made-up cards, none
from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import find_address
from pursuit.core.cards.emails import tidy
from pursuit.core.cards.title_company import company_case, has_legal_form


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "0482 0slo": a town's capital O read as a zero after its postal code -------------------

def test_a_town_whose_o_ocr_read_as_a_zero_is_read_after_its_code() -> None:
    found = find_address(["Storgata 17, 3. etg.", "0482 0slo"], "NO")
    assert found is not None
    address = found[0]
    assert (address.street, address.postal_code, address.city) == (
        "Storgata 17, 3. etg.", "0482", "Oslo")
    found = find_address(["Kongensgade 40", "5000 0dense C"], "DK")
    assert found is not None and found[0].city == "Odense C"


def test_a_zero_before_digits_or_capitals_stays_a_zero() -> None:
    # A postal code starting with a zero, and a street number, are not touched.
    found = find_address(["Storgata 17", "0482 Oslo"], "NO")
    assert found is not None and found[0].postal_code == "0482"
    found = find_address(["Via Roma 10", "00184 Roma RM"], "IT")
    assert found is not None and found[0].postal_code == "00184"


def test_a_card_with_the_zero_for_o_reads_its_address() -> None:
    card = _card("Nordhavn Rådgivning AS", "Ingrid Haugen", "Daglig leder",
                 "+47 22 55 90 12", "ingrid@nordhavn.no", "Storgata 17", "0482 0slo",
                 region="NO")
    assert (card.street, card.postal_code, card.city) == ("Storgata 17", "0482", "Oslo")


# --- "Tucson, AZ 8 5719": a ZIP code OCR cut in two -----------------------------------------

def test_a_zip_code_cut_in_two_after_the_state_is_joined() -> None:
    found = find_address(["PO Box 3310", "Tucson, AZ 8 5719"], "US")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.region, address.postal_code) == (
        "PO Box 3310", "Tucson", "AZ", "85719")
    found = find_address(["410 Elm Street", "Dayton, OH 454 02"], "US")
    assert found is not None and found[0].postal_code == "45402"


def test_digits_that_are_no_five_digit_zip_are_not_joined() -> None:
    # Six digits in two groups make no ZIP code: nothing is joined into one.
    found = find_address(["410 Elm Street", "Dayton, OH 4540 21"], "US")
    assert found is None or found[0].postal_code != "454021"


# --- "Luthier / Harwood Strings": a role and its firm parted by a slash ---------------------

def test_a_role_and_its_firm_on_one_line_parted_by_a_slash() -> None:
    card = _card("Maya Okafor", "Violin Maker / Harwood Strings", "541-555-0163",
                 "maya@harwoodstrings.com", "harwoodstrings.com")
    assert (card.title, card.company) == ("Violin Maker", "Harwood Strings")


def test_a_firm_named_with_a_slash_stays_whole() -> None:
    # Neither side is a role the domain leaves out: both names are the firm's.
    card = _card("Maya Okafor", "Harwood / Pine Studio", "541-555-0163",
                 "maya@harwoodpine.com")
    assert card.title is None
    assert card.company == "Harwood / Pine Studio"


# --- "S.A.C.", "E.I.R.L.": Peru's legal forms -----------------------------------------------

def test_perus_legal_forms_mark_a_firm() -> None:
    assert has_legal_form("Textiles del Sur S.A.C.")
    assert has_legal_form("Transportes Quispe E.I.R.L.")
    assert has_legal_form("Cementos Andinos S.A.A.")
    assert not has_legal_form("Saco de Café")


def test_a_peruvian_firm_under_its_unit_is_the_company() -> None:
    card = _card("Lic. Rosa Elena Quispe Huamán", "Jefa de Logística", "Área de Operaciones",
                 "Textiles del Sur S.A.C.", "Cel. 987 555 210", "rquispe@texsur.com.pe",
                 "Av. Grau 455, Arequipa 04001, Perú", region="PE")
    assert card.company == "Textiles del Sur S.A.C."


# --- "ana@viento.cl-viento.cl": an e-mail and its site glued by a hyphen --------------------

def test_an_email_and_its_site_glued_by_a_hyphen_are_parted() -> None:
    assert tidy("ana@viento.cl-viento.cl") == "ana@viento.cl viento.cl"
    assert tidy("ana@viento.cl-www.viento.cl") == "ana@viento.cl www.viento.cl"
    card = _card("Ana Ríos", "Gerente Comercial", "Viento Sur", "ana@viento.cl-viento.cl",
                 region="CL")
    assert card.emails == ("ana@viento.cl",)
    assert card.website == "viento.cl"


def test_a_hyphenated_domain_is_no_site_glued_on() -> None:
    assert tidy("ana@viento-sur.cl") == "ana@viento-sur.cl"
    assert tidy("ana@sur.cl-viento.cl") == "ana@sur.cl-viento.cl"


# --- "#305 – 4410 Kingsway": a unit numbered with a hash before the civic number -------------

def test_a_hashed_unit_before_the_civic_number_keeps_its_dash() -> None:
    found = find_address(["#305 - 4410 Kingsway Avenue", "Burnaby, BC V5H 4M1"], "CA")
    assert found is not None and found[0].street == "#305 – 4410 Kingsway Avenue"


def test_a_singapore_unit_and_a_dash_between_parts_are_left_alone() -> None:
    # Singapore's "#05-18" (floor and unit, no spaces) is one token; a spaced dash between
    # a street and what follows it is still a separator.
    found = find_address(["12 Kallang Avenue, #05-18", "Singapore 339511"], "SG")
    assert found is not None and found[0].street == "12 Kallang Avenue, #05-18"
    found = find_address(["4410 Kingsway Avenue - Unit 305", "Burnaby, BC V5H 4M1"], "CA")
    assert found is not None and found[0].street == "4410 Kingsway Avenue, Unit 305"


# --- "ANADOLU TEKSTiL": Turkish capitals with the dotted İ read small -----------------------

def test_turkish_capitals_with_the_dotted_i_read_small_are_cased_as_capitals() -> None:
    assert company_case("ANADOLU TEKSTiL") == "Anadolu Tekstil"
    assert company_case("KARADENiZ LOJiSTiK A.Ş.") == "Karadeniz Lojistik A.Ş."


def test_a_brand_in_mixed_case_stays_as_printed() -> None:
    # Too few capitals around the small i ("WiFi"), or a line not otherwise in capitals.
    assert company_case("WiFi Kafe") == "WiFi Kafe"
    assert company_case("Lojistik Merkezi") == "Lojistik Merkezi"


# --- "Sion/Sitten: …": an office labelled by its town in two languages ----------------------

def test_an_office_labelled_by_its_town_in_two_languages_counts_as_a_town_label() -> None:
    found = find_address(["Brig: Bahnhofstrasse 3, 3900 Brig",
                          "Sion/Sitten: Rue de Lausanne 9, 1950 Sion"], "CH")
    assert found is not None
    address = found[0]
    assert (address.street, address.postal_code, address.city) == (
        "Bahnhofstrasse 3", "3900", "Brig")


def test_a_slashed_label_that_is_no_town_is_no_office() -> None:
    # "Tel/Fax:" labels numbers; a single labelled town is left to the other labels.
    found = find_address(["Sion/Sitten: Rue de Lausanne 9, 1950 Sion"], "CH")
    assert found is not None and found[0].city == "Sion"
    assert find_address(["Tel/Fax: +41 27 555 12 40"], "CH") is None
