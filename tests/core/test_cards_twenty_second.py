"""The twenty-second round of card rules (tuned on BATCH21): provinces no field keeps after
the town. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards.address import find_address
from tests.core.cards_helpers import address_parts

# --- A Korean province after the town -------------------------------------------------------

def test_a_korean_province_before_the_code_is_not_the_town() -> None:
    assert address_parts(["7F, 15 Jungang-ro 88beon-gil, Paldal-gu", "Suwon, Gyeonggi-do 16489"],
                         "KR") == ("7F, 15 Jungang-ro 88beon-gil, Paldal-gu", "Suwon", None,
                                   "16489")


# --- A region named as one, with the country, under the town --------------------------------

def test_a_named_region_and_the_country_under_the_street_and_town() -> None:
    found = find_address(["Avenida Los Carrera 880, Quilpué", "Región de Valparaíso, Chile"],
                         "CL")
    assert found is not None
    address, taken = found
    assert (address.street, address.city, address.country) == ("Avenida Los Carrera 880",
                                                                "Quilpué", "CL")
    assert taken == {0, 1}


def test_a_region_by_its_word_alone_and_the_country() -> None:
    found = find_address(["Calle Las Acacias 120, Lampa", "Región Metropolitana, Chile"], "CL")
    assert found is not None
    assert (found[0].street, found[0].city, found[0].country) == ("Calle Las Acacias 120",
                                                                  "Lampa", "CL")


# --- A factory's address labelled as one ----------------------------------------------------

def test_a_factory_after_the_head_office_is_left_out() -> None:
    found = find_address(["HQ: 9F, 41 Sejong-daero, Jung-gu", "Seoul 04512, Korea",
                          "Factory: 17 Gongdan-ro, Gumi-si", "Gyeongsangbuk-do 39422, Korea"],
                         "KR")
    assert found is not None
    address, taken = found
    assert (address.street, address.city, address.postal_code) == (
        "9F, 41 Sejong-daero, Jung-gu", "Seoul", "04512")
    assert taken == {0, 1, 2, 3}


def test_the_works_after_a_registered_office_are_left_out() -> None:
    assert address_parts(["Regd. Office: 7, Park Street, Kolkata – 700 016, India",
                          "Works: MIDC Industrial Area, Nashik – 422 010"], "IN") == (
        "7, Park Street", "Kolkata", None, "700 016")


def test_a_plant_alone_is_still_the_address() -> None:
    assert address_parts(["Plant: 400 Industrial Pkwy", "Dayton, OH 45414"], "US") == (
        "400 Industrial Pkwy", "Dayton", "OH", "45414")


# --- A town named as a city, then its province and the code ---------------------------------

def test_the_province_after_a_town_named_as_a_city_is_not_the_town() -> None:
    assert address_parts(["Unit 4, Riverside Commercial Park", "Lapu-Lapu City, Cebu 6015"],
                         "PH") == ("Unit 4, Riverside Commercial Park", "Lapu-Lapu City", None,
                                   "6015")
    assert address_parts(["12 Rizal Street", "Quezon City, Metro Manila 1100"],
                         "PH") == ("12 Rizal Street", "Quezon City", None, "1100")


# --- A district's dash after a unit's number, its space lost --------------------------------

def test_a_dash_closed_up_after_a_units_number_parts_the_district() -> None:
    assert address_parts(["Rua do Sol, 45, sala 12- Boa Vista", "Recife/PE - CEP 50050-000"],
                         "BR") == ("Rua do Sol, 45, sala 12, Boa Vista", "Recife", "PE",
                                   "50050-000")


# --- A Swiss post office's number after the town --------------------------------------------

def test_a_swiss_post_offices_number_is_not_the_towns() -> None:
    assert address_parts(["Bahnhofstrasse 10", "8021 Zürich 1"], "CH")[1:] == (
        "Zürich", None, "8021")


def test_pragues_district_stays_with_the_town() -> None:
    assert address_parts(["Vodičkova 12", "110 00 Praha 1"], "CZ")[1] == "Praha 1"
