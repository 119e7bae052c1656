"""The address block of a letter and its envelope, the way postal services want it.

USPS (Publication 28) and the UPU: the recipient's name, then their title and company, then
the delivery line (street, suite) and the last line (city, state or region, postal code) in
the order of the destination country; the country's name alone on the last line, in capitals,
only when the letter goes abroad. No line twice: an employer's mailing address often starts
with the company's name ("Northwind Traders / 500 Market St"), which the block already has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pursuit.core.cards.address import COUNTRIES, country_code

# English names of the countries the card reader knows, for the last line of mail abroad.
COUNTRY_NAMES = {
    "US": "United States", "GB": "United Kingdom", "DE": "Germany", "CA": "Canada",
    "FR": "France", "IE": "Ireland", "NL": "Netherlands", "AU": "Australia",
    "CH": "Switzerland", "AT": "Austria", "ES": "Spain", "IT": "Italy", "SE": "Sweden",
    "NO": "Norway", "DK": "Denmark", "FI": "Finland", "BE": "Belgium", "PL": "Poland",
    "IN": "India", "JP": "Japan", "SG": "Singapore", "NZ": "New Zealand", "MX": "Mexico",
    "BR": "Brazil", "PT": "Portugal", "LU": "Luxembourg", "CZ": "Czech Republic",
}
# How the last line reads in each country; the rest of the world writes "City, Region Code".
_POSTAL_CODE_FIRST = frozenset({"DE", "AT", "CH", "FR", "ES", "NL", "BE", "SE", "NO", "DK",
                                "FI", "PL", "PT", "LU", "CZ", "IS", "GR", "MX", "BR"})
_CODE_ON_ITS_OWN_LINE = frozenset({"GB", "IE"})  # the post town, then the postcode below it
_NO_COMMA = frozenset({"AU", "NZ", "IN", "SG"})  # "SYDNEY NSW 2000", "Singapore 018989"
_LEGAL_FORMS = frozenset({"inc", "llc", "ltd", "limited", "gmbh", "corp", "corporation", "co",
                          "plc", "sa", "ag", "bv", "pty", "llp", "lp", "company", "the"})
_WORDS_RE = re.compile(r"[^\W_]+")
_ATTENTION_RE = re.compile(r"^(?:attn|attention)\b[.:]?\s*", re.IGNORECASE)
_ONE_LINE_US_RE = re.compile(
    r"^(?P<street>.+?),\s*(?P<last>[^,]+,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)$")


def country_of(text: str) -> str | None:
    """The ISO code of a country written as a code ("DE") or a name ("Germany")."""
    text = text.strip(" ,.")
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return "GB" if code == "UK" else code
    return country_code(text)


def country_line(code: str) -> str:
    """The last line of mail abroad: the country's name in capitals."""
    return COUNTRY_NAMES.get(code, code).upper()


def postal_lines(*, street: str = "", city: str = "", region: str = "", postal_code: str = "",
                 country: str = "", home_country: str = "US") -> list[str]:
    """A structured address (a contact card's) as lines in the destination's own order;
    the country last, in capitals, only when it is not `home_country`."""
    code = country_of(country) if country.strip() else None
    destination = code or home_country.upper()
    street_lines = [line.strip() for line in street.splitlines() if line.strip()]
    city, region, postal_code = city.strip(), region.strip(), postal_code.strip()
    if destination in _POSTAL_CODE_FIRST:
        last = [" ".join(p for p in (postal_code, city) if p)]
        if destination == "IT" or (region and destination in {"ES", "MX", "BR"}):
            last = [" ".join(p for p in (postal_code, city, region) if p)]
    elif destination in _CODE_ON_ITS_OWN_LINE:
        last = [city, postal_code]
    elif destination in _NO_COMMA:
        last = [" ".join(p for p in (city, region, postal_code) if p)]
    else:
        place = f"{city}," if city and (region or postal_code) else city
        last = [" ".join(p for p in (place, region, postal_code) if p)]
    lines = street_lines + [line for line in last if line]
    if code and code != home_country.upper():
        lines.append(country_line(code))
    elif country.strip() and not code:
        lines.append(country.strip().upper())  # a country we do not know: as written
    return lines


def _key(line: str) -> str:
    """A line as compared for repeats: case, punctuation and the legal form left out
    ("Northwind Traders, Inc." is "northwind traders")."""
    words = [w.casefold() for w in _WORDS_RE.findall(_ATTENTION_RE.sub("", line))]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def _split_one_line(lines: list[str]) -> list[str]:
    """A US address typed on one line ("500 Market St, San Francisco, CA 94105"): the street
    and the last line apart, as a delivery address is printed."""
    if len(lines) != 1:
        return lines
    match = _ONE_LINE_US_RE.match(lines[0])
    return [match.group("street"), match.group("last")] if match else lines


def _country_last(lines: list[str], home_country: str) -> tuple[list[str], str]:
    """The lines with the country last in capitals (or gone, at home), and the destination."""
    home = home_country.upper()
    code = country_of(lines[-1]) if lines else None
    if code is None or len(lines) < 2:
        return lines, home
    body = lines[:-1]
    return (body if code == home else [*body, country_line(code)]), code


def address_block(*, name: str, title: str = "", company: str = "",
                  address: str | Iterable[str] = "", home_country: str = "US") -> list[str]:
    """The recipient's block: name, title, company, then the address lines, with no line
    twice (an address that starts with the company's name or an "Attn:" to the recipient
    loses that line; the company keeps the address's fuller form, "Northwind Traders, Inc.")
    and the country only on mail abroad."""
    raw = address.splitlines() if isinstance(address, str) else list(address)
    lines, _ = _country_last([" ".join(line.split()) for line in raw if line.strip()],
                             home_country)
    lines = [part for line in lines for part in _split_one_line([line])]
    head = [" ".join(part.split()) for part in (name, title, company)]
    company_key = _key(head[2]) if head[2] else ""
    body: list[str] = []
    for line in lines:
        key = _key(line)
        if company_key and key == company_key:
            head[2] = line if len(line) > len(head[2]) else head[2]
            continue
        if key in {_key(head[0]), _key(head[1])} - {""}:
            continue  # the name again, or "Attn: Adaeze Okonkwo"
        body.append(line)
    return _unique([part for part in head if part] + body)


def sender_block(*, name: str, address: str, home_country: str = "US",
                 abroad: bool = False) -> list[str]:
    """The return address: the name, then the address as typed (no line twice); on mail
    abroad it ends with the sender's country in capitals."""
    lines = [part for line in address.splitlines() if line.strip()
             for part in _split_one_line([" ".join(line.split())])]
    lines = [line for line in lines if _key(line) != _key(name)]
    if abroad and lines and country_of(lines[-1]) is None:
        lines.append(country_line(home_country.upper()))
    elif abroad and lines:
        lines[-1] = country_line(country_of(lines[-1]) or home_country.upper())
    return _unique([" ".join(name.split()), *lines])


def destination(address: str, home_country: str = "US") -> str:
    """The ISO code of the country a letter to `address` goes to (its last line, else home)."""
    lines = [line for line in address.splitlines() if line.strip()]
    return _country_last(lines, home_country)[1]


def _unique(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = _key(line) or line
        if key not in seen:
            seen.add(key)
            kept.append(line)
    return kept


__all__ = ["COUNTRIES", "COUNTRY_NAMES", "address_block", "country_line", "country_of",
           "destination", "postal_lines", "sender_block"]
