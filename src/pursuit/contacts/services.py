"""Writes about contacts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pursuit.accounts.models import User
from pursuit.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactSource,
    Organization,
)


@dataclass(frozen=True, slots=True)
class PhoneIn:
    type: str = "work"
    e164: str | None = None
    ext: str = ""
    as_printed: str = ""


@dataclass(frozen=True, slots=True)
class AddressIn:
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    type: str = "work"


@dataclass(frozen=True, slots=True)
class ContactIn:
    """Everything a new contact can start with; the name parts are optional."""

    full_name: str
    prefix: str = ""
    first: str = ""
    middle: str = ""
    last: str = ""
    suffix: str = ""
    credentials: str = ""
    title: str = ""
    company: str = ""
    department: str = ""
    website: str = ""
    linkedin: str = ""
    twitter: str = ""
    timezone: str = ""
    notes: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[PhoneIn, ...] = ()
    addresses: tuple[AddressIn, ...] = ()
    sources: tuple[tuple[str, str], ...] = field(default=())
    is_demo: bool = False


def organization_get_or_create(*, owner: User, name: str) -> Organization:
    name = " ".join(name.split())
    existing = Organization.objects.filter(owner=owner, name__iexact=name).first()
    if existing:
        return existing
    return Organization.objects.create(owner=owner, name=name)


def contact_create(*, owner: User, data: ContactIn) -> Contact:
    """Store one contact with its e-mails, phones, addresses and sources."""
    first, last = data.first, data.last
    if not (first or last):
        # A name typed in one box still gets its parts, so salutations can use the last name.
        parts = data.full_name.split()
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
    organization = (organization_get_or_create(owner=owner, name=data.company)
                    if data.company.strip() else None)
    contact = Contact.objects.create(
        owner=owner, full_name=" ".join(data.full_name.split()), prefix=data.prefix, first=first,
        middle=data.middle, last=last, suffix=data.suffix, credentials=data.credentials,
        title=data.title, organization=organization, company=data.company,
        department=data.department, website=data.website, linkedin=data.linkedin,
        twitter=data.twitter, timezone=data.timezone, notes=data.notes, is_demo=data.is_demo,
    )
    _add_children(contact, data.emails, data.phones, data.addresses, data.sources)
    return contact


def _add_children(contact: Contact, emails: Iterable[str], phones: Iterable[PhoneIn],
                  addresses: Iterable[AddressIn], sources: Iterable[tuple[str, str]]) -> None:
    owner = contact.owner
    ContactEmail.objects.bulk_create(
        ContactEmail(owner=owner, contact=contact, address=address.strip())
        for address in emails if address.strip()
    )
    ContactPhone.objects.bulk_create(
        ContactPhone(owner=owner, contact=contact, type=p.type, e164=p.e164, ext=p.ext,
                     as_printed=p.as_printed)
        for p in phones
    )
    ContactAddress.objects.bulk_create(
        ContactAddress(owner=owner, contact=contact, type=a.type, street=a.street, city=a.city,
                       region=a.region, postal_code=a.postal_code, country=a.country)
        for a in addresses
    )
    ContactSource.objects.bulk_create(
        ContactSource(owner=owner, contact=contact, kind=kind, detail=detail)
        for kind, detail in sources
    )
