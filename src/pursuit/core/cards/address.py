"""The postal address on a card.

US and Canadian addresses are anchored on "ST 12345" / "ON M5V 2T6" and split into street
and city by usaddress; UK addresses on their postcode; German-style ones on "12345 City".
The street keeps the card's own wording ("410 Quarry Lane, Suite 2", "PO Box 1187"), and a
street printed over two lines is joined with ", ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import usaddress

US_STATES = frozenset(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP"
    ]
)
CA_PROVINCES = frozenset(
    ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]
)
# Printed country names and the ISO 3166 code we return for them.
COUNTRIES = {
    "usa": "US", "us": "US", "u.s.a.": "US", "u.s.": "US", "united states": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "united kingdom": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "germany": "DE", "deutschland": "DE", "canada": "CA", "france": "FR", "ireland": "IE",
    "netherlands": "NL", "the netherlands": "NL", "australia": "AU", "switzerland": "CH",
    "austria": "AT", "spain": "ES", "italy": "IT", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "belgium": "BE", "poland": "PL", "india": "IN",
    "japan": "JP", "singapore": "SG", "new zealand": "NZ", "mexico": "MX", "brazil": "BR",
}

_US_ANCHOR = re.compile(
    r"(?P<state>\b[A-Z]{2})\.?,?\s+(?P<postal>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
    r"(?P<rest>.*)$"
)
_UK_POSTCODE = re.compile(r"\b(?P<postal>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b(?P<rest>.*)$")
_EU_ANCHOR = re.compile(
    r"^(?:[A-Z]{1,2}-)?(?P<postal>\d{4,5})\s+(?P<city>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+"
    r"[^\W\d_]+){0,3})\s*(?P<rest>,.*)?$"
)
_UNIT = re.compile(
    r"^(?:suite|ste|floor|fl|unit|apt|room|rm|building|bldg|level|flat|po box|p\.?\s?o\.?\s?box"
    r"|box)\b\.?", re.IGNORECASE,
)
_STREET_MAX_WORDS = 9


@dataclass(frozen=True)
class Address:
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


def country_code(text: str) -> str | None:
    """ISO code of a line that is only a country name ("USA", "United Kingdom")."""
    return COUNTRIES.get(text.strip(" ,.").lower()) or COUNTRIES.get(text.strip(" ,").lower())


def _streetlike(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _STREET_MAX_WORDS:
        return False
    return bool(re.search(r"\d", text)) or bool(_UNIT.match(text))


def _split_us(before_state: str, state_and_postal: str) -> tuple[str | None, str | None]:
    """(street, city) from the text before the state: "4001 1st Ave NE Redmond"."""
    text = before_state.strip(" ,")
    if not text:
        return None, None
    if "," in text:
        head, _, tail = text.rpartition(",")
        if not re.search(r"\d", tail):
            return head.strip(" ,") or None, tail.strip() or None
    try:
        tags, _ = usaddress.tag(f"{text}, {state_and_postal}")
    except usaddress.RepeatedLabelError:
        return None, text
    city = tags.get("PlaceName")
    if not city:
        return (text, None) if re.search(r"\d", text) else (None, text)
    position = text.rfind(city)
    street = text[:position].strip(" ,") if position > 0 else None
    return street or None, city.strip(" ,")


def _street_lines(lines: list[str | None], anchor: int) -> list[int]:
    """Indexes of the street lines right above line `anchor`, top first."""
    found: list[int] = []
    index = anchor - 1
    while index >= 0 and len(found) < 2 and _streetlike(lines[index] or ""):
        found.insert(0, index)
        index -= 1
    return found


def _country_after(lines: list[str | None], anchor: int, rest: str) -> tuple[str | None, list[int]]:
    code = country_code(rest) if rest.strip(" ,") else None
    if code:
        return code, []
    if anchor + 1 < len(lines):
        code = country_code(lines[anchor + 1] or "")
        if code:
            return code, [anchor + 1]
    return None, []


_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s?Box\b", re.IGNORECASE)


def _join(*parts: str | None) -> str | None:
    """Street lines as one street; "P.O. BOX" and OCR's "PO BoX" are written "PO Box"."""
    kept = [part.strip(" ,") for part in parts if part and part.strip(" ,")]
    return _PO_BOX.sub("PO Box", ", ".join(kept)) or None


def _city(text: str | None) -> str | None:
    return text.strip(" ,.;") or None if text else None


def find_address(lines: list[str | None]) -> tuple[Address, set[int]] | None:
    """The address printed across `lines` and the indexes of the lines it took, or None when
    no line anchors an address. Lines already read as something else are None, so that a
    street is only looked for right above its town."""
    for anchor, text in enumerate(lines):
        if text is None:
            continue
        found = _us(lines, anchor, text) or _uk(lines, anchor, text) or _eu(lines, anchor, text)
        if found:
            return found
    return None


def _us(lines: list[str | None], anchor: int, text: str) -> tuple[Address, set[int]] | None:
    match = None
    for candidate in _US_ANCHOR.finditer(text):
        if candidate.group("state") in US_STATES | CA_PROVINCES:
            match = candidate
    if match is None:
        return None
    before = text[: match.start()]
    taken: list[int] = []
    if not before.strip(" ,") and anchor > 0 and lines[anchor - 1]:
        # "San Francisco," above "CA 94107": the town wrapped onto the line before.
        taken = [anchor - 1]
        before = lines[anchor - 1] or ""
    above = _street_lines(lines, taken[0] if taken else anchor)
    state_and_postal = f"{match.group('state')} {match.group('postal')}"
    street_in_line, city = _split_us(before, state_and_postal)
    country, country_lines = _country_after(lines, anchor, match.group("rest"))
    street = _join(*(lines[i] for i in above), street_in_line)
    address = Address(street, _city(city), match.group("state"), match.group("postal"),
                      country)
    return address, {*above, *taken, anchor, *country_lines}


def _uk(lines: list[str | None], anchor: int, text: str) -> tuple[Address, set[int]] | None:
    match = _UK_POSTCODE.search(text)
    if match is None or not re.search(r"[A-Za-z]", text[: match.start()] + match.group("rest")):
        return None
    # "Paddington, London, W2 6BD": the town is the last part before the postcode; parts
    # before it (a district) belong with the street.
    parts = [part.strip() for part in text[: match.start()].split(",") if part.strip()]
    city = parts.pop() if parts else None
    above = _street_lines(lines, anchor)
    country, country_lines = _country_after(lines, anchor, match.group("rest"))
    street = _join(*(lines[i] for i in above), *parts)
    address = Address(street, _city(city), None, match.group("postal"), country)
    return address, {*above, anchor, *country_lines}


def _eu(lines: list[str | None], anchor: int, text: str) -> tuple[Address, set[int]] | None:
    match = _EU_ANCHOR.match(text.strip())
    if match is None:
        return None
    above = _street_lines(lines, anchor)
    if not above:
        return None  # "12345 Something" alone is too weak a sign of an address
    country, country_lines = _country_after(lines, anchor, match.group("rest") or "")
    street = _join(*(lines[i] for i in above))
    address = Address(street, match.group("city"), None, match.group("postal"), country)
    return address, {*above, anchor, *country_lines}
