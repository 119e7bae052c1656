"""A contact's website and phone as typed (issue 16, point 7)."""

from __future__ import annotations

import pytest

from pursuit.core import contact_details
from pursuit.core.errors import BadInput


@pytest.mark.parametrize(("typed", "kept"), [
    ("larchmont.com", "https://larchmont.com"),
    (" https://larchmont.com/careers ", "https://larchmont.com/careers"),
    ("http://www.larchmont.co.uk", "http://www.larchmont.co.uk"),
    ("", ""),
])
def test_a_website_is_completed_with_https(typed: str, kept: str) -> None:
    assert contact_details.website(typed) == kept


@pytest.mark.parametrize("typed", ["not a site", "localhost", "ftp://larchmont.com",
                                   "https://.com", "larchmont."])
def test_what_is_not_a_website_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(BadInput) as caught:
        contact_details.website(typed)
    assert caught.value.where == "website"


def test_a_phone_is_read_in_the_users_country_or_with_its_own_code() -> None:
    assert contact_details.phone("(312) 555-0142", region="US") == "(312) 555-0142"
    assert contact_details.phone("020 7946 0018", region="GB") == "020 7946 0018"
    assert contact_details.phone("+44 20 7946 0018", region="US") == "+44 20 7946 0018"
    with pytest.raises(BadInput) as caught:
        contact_details.phone("call me maybe", region="US")
    assert caught.value.where == "phone"
    with pytest.raises(BadInput):
        contact_details.phone("020 7946 0018", region="US")  # a London number read in the US
