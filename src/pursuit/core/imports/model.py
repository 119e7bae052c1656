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


def name_without_prefix(full_name: str, prefix: str) -> str:
    """A full name that spells out the prefix stored apart, without it.

    A vCard's FN is "Mr. John Quincy Smith Jr." when its N holds the prefix "Mr.": the contact
    page shows the prefix before the stored name, so the name is stored as "John Quincy Smith
    Jr." and shown once as "Mr. John Quincy Smith Jr." (issue 14). "Mr" for "Mr." counts too.
    """
    name = " ".join(full_name.split())
    wanted = " ".join(prefix.split())
    if not wanted:
        return name
    folded = name.casefold()
    for form in dict.fromkeys((wanted, wanted.rstrip("."))):
        form = form.casefold()
        if form and folded.startswith(form + " "):
            return name[len(form):].strip() or name
    return name


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
    def stored_name(self) -> str:
        """The name as Contact.full_name stores it: without the prefix, which is stored apart
        and which pages and letters put before it ("Mr." + "John Smith")."""
        if self.full_name:
            return name_without_prefix(self.full_name, self.prefix) if self.prefix \
                else self.full_name
        return " ".join(p for p in (self.first, self.middle, self.last, self.suffix) if p)

    @property
    def display_name(self) -> str:
        """The name as a page shows it: the prefix (once), then the name."""
        name = self.stored_name
        return f"{self.prefix} {name}" if self.prefix and name else name

    @property
    def is_empty(self) -> bool:
        """Nothing that identifies or reaches a person."""
        return not (self.display_name or self.emails or self.phones or self.linkedin
                    or self.company)

    @property
    def has_name(self) -> bool:
        """A given, middle or family name, or a full name: something to recognise them by."""
        return bool(self.first or self.middle or self.last or self.full_name)

    def nameless_warning(self) -> ImportWarning:
        """Why a row or card without a name is skipped (issue 14: a contact nobody can
        recognise is noise), naming what it did hold so the user can find it in the file."""
        held = [f"the profile {self.linkedin}" if self.linkedin else "",
                f"the e-mail {self.emails[0].address}" if self.emails else "",
                f"the phone {self.phones[0].as_printed}" if self.phones else "",
                f"the company {self.company}" if self.company else ""]
        detail = ", ".join(h for h in held if h)
        return ImportWarning(self.line, "skipped: no name (neither first nor last name)"
                                        + (f"; it holds only {detail}" if detail else ""))


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
    delimiter: str | None = None  # a CSV file's separator (",", ";", "\t" or "|")
