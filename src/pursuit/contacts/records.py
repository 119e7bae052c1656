"""Between stored contacts and the import records of `pursuit.core.imports`.

A contact holds one web address (`website`); the others a file gave are kept in the notes as
"Web: <url>" lines, which `contact_record` takes back out into `urls`, so a merge keeps every
distinct value and an export writes them all, as web addresses rather than notes.
"""

from __future__ import annotations

from django.core.files.storage import default_storage

from pursuit.contacts.models import Contact
from pursuit.core.imports.merge import add_note_line
from pursuit.core.imports.model import (
    AddressRecord,
    ContactRecord,
    EmailRecord,
    PhoneRecord,
    Photo,
)

WEB_PREFIX = "Web: "
SCALAR_FIELDS = ("full_name", "prefix", "first", "middle", "last", "suffix", "credentials",
                 "title", "company", "department", "linkedin", "twitter", "notes",
                 "connected_on")


def contact_record(contact: Contact, *, with_photo: bool = False) -> ContactRecord:
    """The record of a stored contact whose e-mails, phones, addresses, sources are prefetched."""
    urls = [contact.website] if contact.website else []
    notes: list[str] = []
    for line in contact.notes.splitlines():
        if line.startswith(WEB_PREFIX):
            if line[len(WEB_PREFIX):] not in urls:
                urls.append(line[len(WEB_PREFIX):])
        else:
            notes.append(line)
    photo = None
    if with_photo and contact.photo and contact.photo.name:
        photo = read_photo(contact.photo.name)
    return ContactRecord(
        line=0, full_name=contact.full_name, prefix=contact.prefix, first=contact.first,
        middle=contact.middle, last=contact.last, suffix=contact.suffix,
        credentials=contact.credentials, title=contact.title, company=contact.company,
        department=contact.department, linkedin=contact.linkedin, twitter=contact.twitter,
        notes="\n".join(notes), connected_on=contact.connected_on, urls=tuple(urls),
        emails=tuple(EmailRecord(e.address, e.type) for e in contact.emails.all()),
        phones=tuple(PhoneRecord(p.type, p.e164, p.ext, p.as_printed)
                     for p in contact.phones.all()),
        addresses=tuple(AddressRecord(a.street, a.city, a.region, a.postal_code, a.country,
                                      a.type) for a in contact.addresses.all()),
        sources=tuple((s.kind, s.detail) for s in contact.sources.all()),
        photo=photo,
    )


def read_photo(name: str) -> Photo | None:
    try:
        with default_storage.open(name, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    mime = {"png": "image/png", "gif": "image/gif", "webp": "image/webp"}.get(
        name.rsplit(".", 1)[-1].casefold(), "image/jpeg")
    return Photo(data, mime)


def notes_with_urls(record: ContactRecord) -> str:
    """The notes to store: the record's, plus a "Web:" line for each address after the first."""
    notes = record.notes
    for url in record.urls[1:]:
        notes = add_note_line(notes, WEB_PREFIX + url)
    return notes


def name_parts(record: ContactRecord) -> tuple[str, str]:
    """First and last name; split from the full name when the file gave no parts."""
    if record.first or record.last:
        return record.first, record.last
    parts = record.full_name.split()
    return (parts[0], parts[-1]) if len(parts) >= 2 else ("", "")
