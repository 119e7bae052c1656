"""Reads about contacts: search, one contact with its history, the people behind touches."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact, ContactEmail
from pursuit.pipeline.models import Application, ApplicationReference, Interviewer


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


def contact_detail(owner: User, contact_id: int) -> Contact:
    """One contact with details, sources, touches, rounds met in, references and referrals."""
    queryset = Contact.objects.filter(owner=owner).select_related("organization").prefetch_related(
        "emails", "phones", "addresses", "sources",
        Prefetch("touches", queryset=Touch.objects.select_related("application__employer")
                 .order_by("-due_on", "-id")),
        Prefetch("interviews", queryset=Interviewer.objects.select_related(
            "round__application__employer").order_by("-round__start")),
        Prefetch("reference_for__uses", queryset=ApplicationReference.objects.select_related(
            "application__employer")),
        Prefetch("referrals", queryset=Application.objects.select_related("employer")),
    )
    return get_object_or_404(queryset, pk=contact_id)


def contacts_of_touches(owner: User, touch_ids: list[int]) -> dict[int, Contact]:
    """The contact behind each touch (with phones and e-mails), keyed by touch id: 3 queries."""
    pairs = dict(Touch.objects.filter(owner=owner, pk__in=touch_ids, contact__isnull=False)
                 .values_list("pk", "contact_id"))
    contacts = Contact.objects.filter(owner=owner, pk__in=set(pairs.values())).prefetch_related(
        "phones", "emails")
    by_id = {c.pk: c for c in contacts}
    return {touch_id: by_id[contact_id] for touch_id, contact_id in pairs.items()
            if contact_id in by_id}
