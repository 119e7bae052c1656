"""The two real photographs in tests/data/real-cards/ (fictitious Contoso cards, MIT licensed,
see the LICENSE file there): uneven light, perspective, a logo, a dark panel with light
text."""

from __future__ import annotations

import pytest

from pursuit.core.cards import Phone
from pursuit.scanning import scan_card
from tests.conftest import TESTDATA

REAL_CARDS = TESTDATA / "real-cards"


@pytest.fixture(scope="module")
def avery() -> dict:
    return scan_card(REAL_CARDS / "real_001.jpg").to_json()


@pytest.fixture(scope="module")
def chris() -> dict:
    return scan_card(REAL_CARDS / "real_002.jpg").to_json()


def test_avery_smith_card(avery: dict) -> None:
    assert (avery["prefix"], avery["full_name"], avery["first"], avery["last"]) == (
        "Dr.", "Avery Smith", "Avery", "Smith")
    assert avery["title"] == "Senior Researcher"
    assert avery["company"] == "Contoso"
    assert avery["emails"] == ["avery.smith@contoso.com"]
    assert avery["website"] == "contoso.com"


def test_avery_smith_phones_keep_numbers_that_fail_validation(avery: dict) -> None:
    # 020 98xx and 020 67xx are not London numbers libphonenumber accepts: kept as printed.
    assert avery["phones"] == [
        Phone("mobile", "+447911123456", None, "+44 (0) 7911 123456").to_json(),
        Phone("work", None, None, "+44 (0) 20 9876 5432").to_json(),
        Phone("fax", None, None, "+44 (0) 20 6789 2345").to_json(),
    ]


def test_avery_smith_uk_address(avery: dict) -> None:
    assert (avery["street"], avery["city"], avery["postal_code"], avery["country"]) == (
        "2 Kingdom Street, Paddington", "London", "W2 6BD", None)


def test_chris_smith_card(chris: dict) -> None:
    assert (chris["prefix"], chris["full_name"]) == (None, "Chris Smith")
    assert chris["title"] == "Senior Researcher"
    assert chris["company"] == "Contoso"  # printed as the logo "CONTOSO"
    assert chris["emails"] == ["chris.smith@contoso.com"]


def test_chris_smith_phones_light_text_on_grey(chris: dict) -> None:
    # Area code 987 is not assigned, so no number validates; each keeps its label.
    assert chris["phones"] == [
        Phone("mobile", None, None, "+1 (987) 123-4567").to_json(),
        Phone("work", None, None, "+1 (987) 213-5674").to_json(),
        Phone("fax", None, None, "+1 (987) 312-6745").to_json(),
    ]


def test_chris_smith_us_address(chris: dict) -> None:
    assert (chris["street"], chris["city"], chris["region"], chris["postal_code"]) == (
        "4001 1st Ave NE", "Redmond", "WA", "98052")


def test_every_line_is_kept_in_reading_order(chris: dict) -> None:
    assert chris["lines"][:3] == ["CONTOSO", "Chris Smith", "Senior Researcher"]
    assert "Cloud & AI Department" in chris["lines"]
