"""Writes about contacts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import ProtectedError

from pursuit.accounts.models import User
from pursuit.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactSource,
    Organization,
)
from pursuit.contacts.selectors import contact_by_name
from pursuit.core.errors import BadInput
from pursuit.core.imports.model import AddressRecord, PhoneRecord

# A phone and an address are the same values whether they come from a file, a card or a form:
# one shape each, the import model's.
PhoneIn = PhoneRecord
AddressIn = AddressRecord


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


def contact_find_or_create(*, owner: User, name: str, company: str = "", email: str = "",
                           sources: tuple[tuple[str, str], ...] = ()) -> Contact | None:
    """The user's contact of that name (case and spacing aside), created when there is none;
    None for a blank name. The one way a person typed by name becomes a contact (a referral,
    a recruiter, a reference, someone met at an event)."""
    existing = contact_by_name(owner, name)
    if existing is not None or not " ".join(name.split()):
        return existing
    return contact_create(owner=owner, data=ContactIn(
        full_name=name, company=company, emails=(email.strip(),) if email.strip() else (),
        sources=sources))


def contact_create(*, owner: User, data: ContactIn) -> Contact:
    """Store one contact with its e-mails, phones, addresses and sources."""
    first, last = data.first, data.last
    if not (first or last):
        # A name typed in one box still gets its parts, so salutations can use the last name.
        parts = data.full_name.split()
        if len(parts) >= 2:
            # Capped to the columns: one very long "word" must not fail on PostgreSQL.
            first, last = parts[0][:100], parts[-1][:100]
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


# --- Writes behind the web pages (issue 3) -------------------------------------------------

CONTACT_FIELDS = ("full_name", "title", "company", "department", "website", "linkedin",
                  "twitter", "timezone", "notes")


def _owned_contact(owner: User, contact_id: int) -> Contact:
    try:
        return Contact.objects.get(pk=contact_id, owner=owner)
    except Contact.DoesNotExist:
        raise BadInput("no such contact", where="contact") from None


def contact_update(*, owner: User, contact_id: int, email: str = "", phone: str = "",
                   **fields: str) -> Contact:
    """Change a contact's details; `email` and `phone` replace the first of each (or add one)."""
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise BadInput(f"unknown fields {sorted(unknown)}", where="contact")
    with transaction.atomic():
        contact = _owned_contact(owner, contact_id)
        for name, value in fields.items():
            setattr(contact, name, value)
        if "full_name" in fields:
            parts = contact.full_name.split()
            contact.first, contact.last = ((parts[0][:100], parts[-1][:100]) if len(parts) > 1
                                           else ("", ""))
        contact.organization = (organization_get_or_create(owner=owner, name=contact.company)
                                if contact.company.strip() else None)
        contact.save()
        _replace_first(contact, ContactEmail, "address", email.strip())
        _replace_first(contact, ContactPhone, "as_printed", phone.strip())
    return contact


def _replace_first(contact: Contact, model: type[ContactEmail] | type[ContactPhone],
                   field_name: str, value: str) -> None:
    first = model.objects.filter(contact=contact).order_by("id").first()
    if first is None:
        if value:
            model.objects.create(owner=contact.owner, contact=contact, **{field_name: value})
    elif value and getattr(first, field_name) != value:
        setattr(first, field_name, value)
        if isinstance(first, ContactPhone):
            first.e164 = None  # the number as typed; the card reader fills E.164
        first.save()


def contact_pause(*, owner: User, contact_id: int, until: object) -> Contact:
    """"Do not contact until ...": touches to them until that day are held (None lifts it)."""
    contact = _owned_contact(owner, contact_id)
    contact.paused_until = until  # type: ignore[assignment]
    contact.save(update_fields=["paused_until", "updated_at"])
    return contact


def contact_delete(*, owner: User, contact_id: int) -> str:
    """Delete a contact; someone met in an interview stays (the rounds need them)."""
    contact = _owned_contact(owner, contact_id)
    name = contact.full_name
    try:
        contact.delete()
    except ProtectedError:
        raise BadInput(f"{name} is an interviewer in a round; remove the round first",
                       where="contact") from None
    return name


def contact_add(*, owner: User, full_name: str, email: str = "", phone: str = "",
                source: str = "", source_detail: str = "", title: str = "", company: str = "",
                department: str = "", website: str = "", linkedin: str = "", twitter: str = "",
                timezone: str = "", notes: str = "") -> Contact:
    """A contact from the web form: one e-mail, one phone, how the user knows them."""
    return contact_create(owner=owner, data=ContactIn(
        full_name=full_name, title=title, company=company, department=department,
        website=website, linkedin=linkedin, twitter=twitter, timezone=timezone, notes=notes,
        emails=(email,) if email.strip() else (),
        phones=(PhoneIn(as_printed=phone.strip()),) if phone.strip() else (),
        sources=((source, source_detail),) if source else (),
    ))
