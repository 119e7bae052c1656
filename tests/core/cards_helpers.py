"""What the card tests share."""

from __future__ import annotations

from pursuit.core.cards.address import find_address


def address_parts(lines: list[str | None], country: str) -> tuple[str | None, str | None,
                                                                  str | None, str | None]:
    """(street, city, region, postal code) of the address found in the lines."""
    found = find_address(lines, country)
    assert found is not None
    address = found[0]
    return address.street, address.city, address.region, address.postal_code
