"""The values an import works with: one `ContactRecord` per person read from a file.

Records are frozen: parsers make them, the duplicate planner merges them into new ones, and the
Django side turns them into rows. `line` is the 1-based physical line of the file where the row
or card begins (a preamble counts), so every warning can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class EmailRecord:
    address: str
    type: str = "other"

    def to_json(self) -> dict[str, Any]:
        return {"address": self.address, "type": self.type}


@dataclass(frozen=True, slots=True)
class PhoneRecord:
    type: str = "work"  # work, mobile, fax, home or other (ContactPhone.Type)
    e164: str | None = None  # None when the number does not validate; as_printed keeps it
    ext: str = ""
    as_printed: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "e164": self.e164, "ext": self.ext,
                "as_printed": self.as_printed}


@dataclass(frozen=True, slots=True)
class AddressRecord:
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    type: str = "work"

    def to_json(self) -> dict[str, Any]:
        return {"street": self.street, "city": self.city, "region": self.region,
                "postal_code": self.postal_code, "country": self.country, "type": self.type}

    @property
    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country))


@dataclass(frozen=True, slots=True)
class Photo:
    data: bytes
    mime: str = "image/jpeg"

    @property
    def extension(self) -> str:
        return {"image/png": "png", "image/gif": "gif", "image/webp": "webp"}.get(self.mime, "jpg")


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One person as a file describes them; empty strings where the file says nothing."""

    line: int
    full_name: str = ""
    prefix: str = ""
    first: str = ""
    middle: str = ""
    last: str = ""
    suffix: str = ""
    credentials: str = ""
    title: str = ""
    company: str = ""
    department: str = ""
    emails: tuple[EmailRecord, ...] = ()
    phones: tuple[PhoneRecord, ...] = ()
    addresses: tuple[AddressRecord, ...] = ()
    urls: tuple[str, ...] = ()
    linkedin: str = ""
    twitter: str = ""
    notes: str = ""
    connected_on: date | None = None
    photo: Photo | None = field(default=None, repr=False)
    # (kind, detail) pairs of ContactSource; a backup carries them, parsers leave them empty.
    sources: tuple[tuple[str, str], ...] = ()

    @property
    def display_name(self) -> str:
        if self.full_name:
            return self.full_name
        parts = (self.prefix, self.first, self.middle, self.last, self.suffix)
        return " ".join(p for p in parts if p)

    @property
    def is_empty(self) -> bool:
        """Nothing that identifies or reaches a person: such a row is skipped."""
        return not (self.display_name or self.emails or self.phones or self.linkedin
                    or self.company)


@dataclass(frozen=True, slots=True)
class ImportWarning:
    line: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A contacts file read whole: its records, and the rows skipped with the reason."""

    format: str  # linkedin, vcard or google
    records: tuple[ContactRecord, ...]
    skipped: tuple[ImportWarning, ...] = ()
    warnings: tuple[ImportWarning, ...] = ()
