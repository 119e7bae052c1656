"""Postal addresses: US (usaddress), UK postcodes, German-style "12345 City"."""

from __future__ import annotations

from pursuit.core.cards.address import Address, card_country, find_address


def address(*lines: str | None) -> Address | None:
    found = find_address(list(lines))
    return found[0] if found else None


def test_us_address_on_one_line_without_a_comma_before_the_city() -> None:
    assert address("4001 1st Ave NE Redmond, WA 98052") == Address(
        "4001 1st Ave NE", "Redmond", "WA", "98052", None)


def test_street_and_suite_over_two_lines_and_a_printed_country() -> None:
    assert address("410 Quarry Lane", "Suite 2", "Portland, OR 97205", "USA") == Address(
        "410 Quarry Lane, Suite 2", "Portland", "OR", "97205", "US")


def test_po_box_is_the_street_as_printed_with_ocr_case_undone() -> None:
    assert address("P.O. Box 1187", "Burlington, VT 05401") == Address(
        "P.O. Box 1187", "Burlington", "VT", "05401", None)
    assert address("PO BoX 1187", "Burlington, VT 05401") == Address(
        "PO Box 1187", "Burlington", "VT", "05401", None)


def test_town_wrapped_onto_the_street_line() -> None:
    assert address("7265 Main Street, Floor 4, San Francisco,", "CA 94107") == Address(
        "7265 Main Street, Floor 4", "San Francisco", "CA", "94107", None)


def test_zip_plus_four_and_country_after_the_zip() -> None:
    assert address("6677 Quarry Lane, Burlington, VT 05401-1234, USA") == Address(
        "6677 Quarry Lane", "Burlington", "VT", "05401-1234", "US")


def test_uk_address_keeps_the_district_with_the_street() -> None:
    assert address("2 Kingdom Street", "Paddington, London, W2 6BD") == Address(
        "2 Kingdom Street, Paddington", "London", None, "W2 6BD", None)


def test_german_address() -> None:
    assert address("Friedrichstrasse 67", "10117 Berlin", "Germany") == Address(
        "Friedrichstrasse 67", "Berlin", None, "10117", "DE")


def test_a_street_is_only_looked_for_right_above_the_town() -> None:
    # The line above was read as something else (None): it is not the street.
    assert address("1200 Harbor Blvd", None, "Portland, OR 97205") == Address(
        None, "Portland", "OR", "97205", None)


def test_no_address() -> None:
    assert address("Senior Researcher", "Cloud & AI Department") is None


# --- shapes of other countries, one-line forms (issue 14) --------------------------------------

def test_one_line_with_separators_that_never_stay_in_a_field() -> None:
    assert address("Glenbrae House • Strathpeffer • IV14 9AB") == Address(
        "Glenbrae House", "Strathpeffer", None, "IV14 9AB", None)
    assert address("Friedrichstraße 68 · 10117 Berlin") == Address(
        "Friedrichstraße 68", "Berlin", None, "10117", None)
    assert address("Am Campus 4 | 53115 Bonn") == Address("Am Campus 4", "Bonn", None, "53115",
                                                          None)


def test_separators_read_without_their_spaces() -> None:
    assert address("Friedrichstraße 68·10117Berlin") == Address(
        "Friedrichstraße 68", "Berlin", None, "10117", None)


def test_suite_floor_unit_and_hash_stay_with_the_street() -> None:
    assert address("225 W Wacker Dr, Ste 1800, Chicago, IL 60606") == Address(
        "225 W Wacker Dr, Ste 1800", "Chicago", "IL", "60606", None)
    assert address("1428 Brickell Ave #600", "Miami, FL 33131") == Address(
        "1428 Brickell Ave #600", "Miami", "FL", "33131", None)
    assert address("3rd Floor, 25 Farringdon Street", "London EC4A 4AB", "United Kingdom") == (
        Address("3rd Floor, 25 Farringdon Street", "London", None, "EC4A 4AB", "GB"))


def test_canada_in_english_and_in_quebec_french() -> None:
    assert address("210-1085 Homer Street", "Vancouver, BC V6B 1J4") == Address(
        "210-1085 Homer Street", "Vancouver", "BC", "V6B 1J4", None)
    assert address("1250, rue Sainte-Catherine Ouest, bureau 400",
                   "Montréal (Québec) H3B 4W8") == Address(
        "1250, rue Sainte-Catherine Ouest, bureau 400", "Montréal", "QC", "H3B 4W8", None)
    assert address("Ottawa ON K1A 0B1") == Address(None, "Ottawa", "ON", "K1A 0B1", None)


def test_a_canadian_postal_code_read_with_the_letter_o() -> None:
    assert address("Ottawa, ON K1A OB1") == Address(None, "Ottawa", "ON", "K1A 0B1", None)


def test_uk_city_line_without_a_region_and_the_country_on_its_own_line() -> None:
    assert address("41 Clifton Street", "London", "EC2A 4NE", "United Kingdom") == Address(
        "41 Clifton Street", "London", None, "EC2A 4NE", "GB")


def test_australia_state_and_postcode_and_a_po_box() -> None:
    assert address("Level 9, 400 Queen Street, Brisbane QLD 4000") == Address(
        "Level 9, 400 Queen Street", "Brisbane", "QLD", "4000", None)
    assert address("PO Box 1220", "Parramatta NSW 2124") == Address(
        "PO Box 1220", "Parramatta", "NSW", "2124", None)


def test_the_cards_country_reads_an_ambiguous_state() -> None:
    found = find_address(["Fremantle WA"], "AU")
    assert found is not None and found[0] == Address(None, "Fremantle", "WA", None, None)


def test_new_zealand_ireland_and_india() -> None:
    assert find_address(["PO Box 5620, Auckland 1141"], "NZ")[0] == (  # type: ignore[index]
        Address("PO Box 5620", "Auckland", None, "1141", None))
    assert address("6 South Mall, Cork T12 W8K3, Ireland") == Address(
        "6 South Mall", "Cork", None, "T12 W8K3", "IE")
    assert address("Survey No. 12, Baner Road", "Pune, Maharashtra 411045") == Address(
        "Survey No. 12, Baner Road", "Pune", "MH", "411045", None)


def test_a_degree_after_a_name_is_not_a_state() -> None:
    assert address("Jane Doe, MA") is None
    assert address("Boston, MA") == Address(None, "Boston", "MA", None, None)


def test_the_card_country_from_its_evidence() -> None:
    assert card_country(["London EC4A 4AB"], [], []) == "GB"
    assert card_country(["Deutschland"], ["GB"], []) == "DE"
    assert card_country(["Harbourside Legal"], [], ["NZ", "NZ"]) == "NZ"
    assert card_country(["Jane Doe"], ["AU"], ["US"]) == "AU"
    assert card_country(["Jane Doe"], [], []) is None


def test_a_county_between_the_town_and_the_postcode_is_left_out() -> None:
    def in_(country: str, *lines: str) -> Address | None:
        found = find_address(list(lines), country)
        return found[0] if found else None

    assert in_("GB", "3 Station Parade", "Harrogate, North Yorkshire HG1 2AB") == Address(
        "3 Station Parade", "Harrogate", None, "HG1 2AB", None)
    assert in_("GB", "2 Kings Road", "Reading", "Berkshire RG1 3AR") == Address(
        "2 Kings Road", "Reading", None, "RG1 3AR", None)
    assert in_("GB", "3 Station Parade", "Harrogate", "North Yorkshire", "HG1 2AB") == Address(
        "3 Station Parade", "Harrogate", None, "HG1 2AB", None)
    assert in_("IE", "4 The Green, Ennis, Co. Clare V95 T2X3") == Address(
        "4 The Green", "Ennis", None, "V95 T2X3", None)
    # A district before the town is no county: it stays with the street.
    assert in_("GB", "14 Down Street", "Shoreditch, London E1 6AN") == Address(
        "14 Down Street, Shoreditch", "London", None, "E1 6AN", None)


def test_indian_street_lines_without_a_street_word_of_english() -> None:
    found = find_address(["B-204, Bandra Kurla Complex", "Mumbai 400051"], "IN")
    assert found is not None
    assert found[0] == Address("B-204, Bandra Kurla Complex", "Mumbai", None, "400051", None)


def test_towns_and_codes_as_indian_french_and_north_american_cards_print_them() -> None:
    def in_(country: str, *lines: str) -> Address | None:
        found = find_address(list(lines), country)
        return found[0] if found else None

    assert in_("IN", "12 MG Road", "Bangalore - 560 001") == Address(
        "12 MG Road", "Bangalore", None, "560 001", None)
    assert in_("IN", "12 MG Road", "Bengaluru 560001, Karnataka") == Address(
        "12 MG Road", "Bengaluru", "KA", "560001", None)
    # Delhi is a territory too, but "New Delhi" is the town and the card names no state.
    assert in_("IN", "Connaught Place", "New Delhi 110001") == Address(
        "Connaught Place", "New Delhi", None, "110001", None)
    # The sorting office's mark is part of the town's line (tenth round: BATCH9's cards).
    assert in_("FR", "8 rue de Rivoli", "75008 Paris Cedex 08") == Address(
        "8 rue de Rivoli", "Paris Cedex 08", None, "75008", None)
    assert in_("US", "100 Market St", "St. Louis, MO 63101") == Address(
        "100 Market St", "St. Louis", "MO", "63101", None)
    assert in_("CA", "5 Water Street", "St. John's, NL A1C 5M2") == Address(
        "5 Water Street", "St. John's", "NL", "A1C 5M2", None)


def test_a_town_printed_in_capitals_in_ordinary_case() -> None:
    found = find_address(["Musterweg 5", "D-60311 FRANKFURT AM MAIN"], "DE")
    assert found is not None and found[0].city == "Frankfurt am Main"
    found = find_address(["25 Collins St", "MELBOURNE VIC 3000"], "AU")
    assert found is not None and (found[0].city, found[0].region) == ("Melbourne", "VIC")


def test_a_suburb_between_the_street_and_the_town() -> None:
    found = find_address(["12 Cuba Street", "Te Aro", "Wellington 6011"], "NZ")
    assert found is not None
    assert found[0] == Address("12 Cuba Street", "Wellington", None, "6011", None)
    assert found[1] == {0, 1, 2}  # the suburb is read, not left for the company
    found = find_address(["Ferrous Labs", "Ottawa, ON K1P 5J2"], "CA")
    assert found is not None and found[0].street is None and found[1] == {1}
