"""Near matches the importer was not sure of, and merging two contacts by hand.

The importer merges only on sure keys (profile URL, e-mail; name and company when a record has
neither). Contacts it kept apart that may still be one person (the same name, a nickname, an
OCR misreading, a typo, with a company, phone or e-mail in common) are shown on the merge page
with the reason (`pursuit.core.imports.near`), unless their profile URLs differ: homonyms with
different profiles are different people (contracts.md), so they are never offered.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, models, transaction

from pursuit.accounts.models import User
from pursuit.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactSource,
)
from pursuit.contacts.records import contact_record
from pursuit.core.errors import BadInput
from pursuit.core.imports.identity import normalise_linkedin
from pursuit.core.imports.merge import merge_notes
from pursuit.core.imports.model import PhoneRecord
from pursuit.core.imports.near import Person, find_near_matches
from pursuit.core.imports.phones import phone_identity

CHOOSABLE = ("full_name", "prefix", "first", "middle", "last", "suffix", "credentials",
             "title", "company", "department", "website", "linkedin", "twitter", "timezone",
             "connected_on")


@dataclass(frozen=True)
class NearMatch:
    first: Contact
    second: Contact
    why: str = ""  # in words: "same company; first names Jon/Jonathan are the same name (...)"
    score: float = 0.0  # surer first


def near_matches(owner: User, *, limit: int | None = 50) -> list[NearMatch]:
    """Pairs of the owner's contacts that may be one person, surest first, with the reason.

    Three plain queries (contacts, e-mails, phones) whatever the size of the address book,
    and one for the contacts shown.
    """
    emails: dict[int, list[str]] = defaultdict(list)
    for contact_id, address in ContactEmail.objects.filter(owner=owner).values_list(
            "contact_id", "address").iterator(chunk_size=5000):
        emails[contact_id].append(address)
    phones: dict[int, list[str]] = defaultdict(list)
    for contact_id, e164, printed in ContactPhone.objects.filter(owner=owner).values_list(
            "contact_id", "e164", "as_printed").iterator(chunk_size=5000):
        phones[contact_id].append(e164 or "".join(c for c in printed if c.isdigit()))
    rows = Contact.objects.filter(owner=owner).values_list(
        "id", "full_name", "first", "last", "company", "linkedin")
    people = [Person(pk, name, first, last, company, tuple(emails.get(pk, ())),
                     tuple(phones.get(pk, ())), normalise_linkedin(linkedin))
              for pk, name, first, last, company, linkedin in rows.iterator(chunk_size=5000)]
    proposals = find_near_matches(people, limit=limit)
    ids = {pk for p in proposals for pk in (p.first, p.second)}
    contacts = Contact.objects.filter(owner=owner, pk__in=ids).prefetch_related("emails",
                                                                               "phones")
    by_id = {c.pk: c for c in contacts}
    return [NearMatch(by_id[p.first], by_id[p.second], p.why, p.score) for p in proposals
            if p.first in by_id and p.second in by_id]


def contact_merge(*, owner: User, keep_id: int, other_id: int, choices: dict[str, str]) -> Contact:
    """Merge `other` into `keep`: per field the value chosen ("keep" or "other"), every
    e-mail, phone, address and source of both, and everything that pointed at `other`."""
    if keep_id == other_id:
        raise BadInput("a contact cannot be merged with itself", where="contact")
    with transaction.atomic():
        people = {c.pk: c for c in Contact.objects.select_for_update().filter(
            owner=owner, pk__in=[keep_id, other_id]).prefetch_related(
            "emails", "phones", "addresses", "sources")}
        if len(people) != 2:
            raise BadInput("no such contact", where="contact")
        keep, other = people[keep_id], people[other_id]
        for name in CHOOSABLE:
            if choices.get(name) == "other":
                setattr(keep, name, getattr(other, name))
        keep.organization = other.organization if choices.get("company") == "other" \
            else keep.organization
        keep.notes = merge_notes(keep.notes, other.notes)
        if not keep.photo and other.photo:
            keep.photo = other.photo
        keep.save()
        _move_children(keep, other)
        _repoint(keep, other)
        other.delete()
    return keep


def _move_children(keep: Contact, other: Contact) -> None:
    mine = contact_record(keep)
    emails = {e.address.casefold() for e in mine.emails}
    phones = {phone_identity(p) for p in mine.phones}
    ContactEmail.objects.filter(contact=other).exclude(address__in=[
        e.address for e in other.emails.all() if e.address.casefold() in emails]).update(
        contact=keep)
    ContactPhone.objects.filter(pk__in=[
        p.pk for p in other.phones.all()
        if phone_identity(PhoneRecord(p.type, p.e164, p.ext, p.as_printed)) not in phones
    ]).update(contact=keep)
    places = {(a.street, a.city, a.region, a.postal_code, a.country) for a in mine.addresses}
    ContactAddress.objects.filter(pk__in=[
        a.pk for a in other.addresses.all()
        if (a.street, a.city, a.region, a.postal_code, a.country) not in places
    ]).update(contact=keep)
    ContactSource.objects.bulk_create(
        [ContactSource(owner=keep.owner, contact=keep, kind=s.kind, detail=s.detail)
         for s in other.sources.all()], ignore_conflicts=True)


def _repoint(keep: Contact, other: Contact) -> None:
    """Everything else that names `other` (touches, rounds, references...) now names `keep`."""
    for relation in Contact._meta.related_objects:
        model = relation.related_model
        if model in (ContactEmail, ContactPhone, ContactAddress, ContactSource):
            continue
        if not isinstance(relation.field, models.ForeignKey):
            continue
        name = relation.field.name
        try:
            with transaction.atomic():
                model._default_manager.filter(**{name: other}).update(**{name: keep})
        except IntegrityError:
            raise BadInput(f"both people appear in the same {model._meta.verbose_name}; "
                           "remove one of them there first", where="contact") from None
