"""Postal addresses: US (usaddress), UK postcodes, German-style "12345 City"."""

from __future__ import annotations

from pursuit.core.cards.address import Address, find_address


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
