"""The account's contacts as vCard 3.0, vCard 4.0 or CSV: functions `(user) -> str`.

`pursuit export` dispatches to them (and to backup.backup_export for `json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from pursuit.accounts.models import User
from pursuit.contacts.models import Contact
from pursuit.contacts.records import contact_record
from pursuit.core.imports.model import ContactRecord
from pursuit.core.imports.spreadsheet import write_google_csv
from pursuit.core.imports.vcard_write import write_vcards


def _records(user: User, *, with_photo: bool) -> Iterator[ContactRecord]:
    contacts = (Contact.objects.filter(owner=user).order_by("full_name", "pk")
                .prefetch_related("emails", "phones", "addresses", "sources"))
    for contact in contacts.iterator(chunk_size=1000):
        yield contact_record(contact, with_photo=with_photo)


def export_vcard(user: User) -> str:
    """vCard 3.0 (RFC 2426), photos included."""
    return write_vcards(_records(user, with_photo=True), version="3.0")


def export_vcard4(user: User) -> str:
    """vCard 4.0 (RFC 6350), photos as data: URIs."""
    return write_vcards(_records(user, with_photo=True), version="4.0")


def export_csv(user: User) -> str:
    """Google Contacts' CSV layout, with cells a spreadsheet would run as formulas defused."""
    return write_google_csv(_records(user, with_photo=False))
