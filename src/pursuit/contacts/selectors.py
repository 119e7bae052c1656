"""Reads about contacts: search, and a contact by name (one contact with its history is a
cadence selector: it needs the touches and applications)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from pursuit.accounts.models import User
from pursuit.contacts.models import Contact, ContactEmail


def contacts_matching(owner: User, query: str = "") -> QuerySet[Contact]:
    """The owner's contacts with every word of `query` (up to five) in the name, company,
    title or an e-mail: the contacts page and the API search alike.

    The e-mail test is an EXISTS subquery rather than a join, so a person with three addresses
    is listed once without DISTINCT over the whole table.
    """
    rows = Contact.objects.filter(owner=owner)
    for word in query.split()[:5]:
        email_hit = ContactEmail.objects.filter(contact=OuterRef("pk"), address__icontains=word)
        rows = rows.filter(Q(full_name__icontains=word) | Q(company__icontains=word)
                           | Q(title__icontains=word) | Q(Exists(email_hit)))
    return rows


def contact_search(owner: User, query: str = "", *, limit: int = 50) -> tuple[list[Contact], int]:
    """The first `limit` contacts matching `query` (see `contacts_matching`); how many match."""
    rows = contacts_matching(owner, query)
    total = rows.count()
    found = list(rows.select_related("organization").prefetch_related("emails")
                 .order_by("full_name", "pk")[:limit])
    return found, total


def contact_by_name(owner: User, name: str) -> Contact | None:
    """The user's oldest contact with exactly this name (case and spacing aside)."""
    name = " ".join(name.split())
    if not name:
        return None
    return Contact.objects.filter(owner=owner, full_name__iexact=name).order_by("pk").first()
