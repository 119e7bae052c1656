"""The values card parsing takes and gives: OCR lines in, contract fields out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Point = tuple[float, float]
# Four corners in reading order: top-left, top-right, bottom-right, bottom-left *of the text*,
# so box[0] -> box[1] is the direction the line reads in, whatever way the photo was turned.
Box = tuple[Point, Point, Point, Point]


@dataclass(frozen=True)
class OcrLine:
    """One line of text as the OCR engine read it."""

    text: str
    box: Box | None = None
    score: float = 1.0


@dataclass(frozen=True)
class Phone:
    type: str  # "work", "mobile" or "fax"
    e164: str | None  # None when the number fails validation; `as_printed` keeps it
    ext: str | None
    as_printed: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "e164": self.e164, "ext": self.ext,
                "as_printed": self.as_printed}


@dataclass(frozen=True)
class CardFields:
    """The fields of `pursuit scan --json` (contracts.md), in the contract's key order, and
    after them what the review page needs besides.

    A field the card does not print is None, a list with nothing in it is empty."""

    full_name: str | None = None
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    credentials: str | None = None
    title: str | None = None
    company: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    website: str | None = None
    linkedin: str | None = None
    twitter: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    lines: tuple[str, ...] = ()
    # Not in the contract's JSON (`to_json`); the review page and the saved contact use them.
    department: str | None = None
    # The country the card shows, printed or not (its postcode's form, a country-code domain,
    # its international numbers): numbers without a country code were read in it. None when
    # the card shows none (they were read in the user's country).
    card_region: str | None = None
    # Fields read with little confidence (a doubtful OCR reading, a guess among several
    # lines, a number that fails validation): the review page marks them.
    doubtful: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name, "first": self.first, "middle": self.middle,
            "last": self.last, "prefix": self.prefix, "suffix": self.suffix,
            "credentials": self.credentials, "title": self.title, "company": self.company,
            "emails": list(self.emails), "phones": [phone.to_json() for phone in self.phones],
            "website": self.website, "linkedin": self.linkedin, "twitter": self.twitter,
            "street": self.street, "city": self.city, "region": self.region,
            "postal_code": self.postal_code, "country": self.country, "lines": list(self.lines),
        }

    def review_json(self) -> dict[str, Any]:
        """The contract's fields and what the review page needs besides them."""
        return {**self.to_json(), "department": self.department,
                "card_region": self.card_region, "doubtful": list(self.doubtful)}
