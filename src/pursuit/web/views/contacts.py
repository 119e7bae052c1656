"""Contacts: search as you type, one person with everything about them, add and edit."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.cadence.selectors import contact_detail
from pursuit.common.forms import SearchForm
from pursuit.common.http import is_htmx, member, owner
from pursuit.contacts.models import Contact
from pursuit.contacts.selectors import contact_search
from pursuit.contacts.services import contact_add, contact_delete, contact_pause, contact_update
from pursuit.core.errors import BadInput
from pursuit.web.forms import ContactForm, NewContactForm, PauseForm


@member
@require_GET
def contact_index(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    found, total = contact_search(owner(request), query)
    context = {"contacts": found, "total": total, "q": query, "form": form}
    if is_htmx(request):
        return render(request, "web/contacts/_results.html", context)
    return render(request, "web/contacts/index.html", context)


@member
@require_http_methods(["GET", "POST"])
def contact_new(request: HttpRequest) -> HttpResponse:
    form = NewContactForm(request.POST or None, region=owner(request).country)
    if request.method == "POST" and form.is_valid():
        contact = contact_add(owner=owner(request), **form.cleaned_data)
        messages.success(request, f"Added {contact.full_name}.")
        return redirect("contact", contact.pk)
    return render(request, "web/contacts/form.html", {"form": form, "new": True})


@member
@require_GET
def contact_page(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = contact_detail(owner(request), contact_id)
    return render(request, "web/contacts/detail.html", {
        "contact": contact, "pause_form": PauseForm(initial={"until": contact.paused_until}),
        "applications": _applications_of(contact),
    })


def _applications_of(contact: Contact) -> list[tuple[object, str]]:
    """Applications this person is part of, and how (from the prefetched relations)."""
    seen: dict[int, tuple[object, str]] = {}
    for interview in contact.interviews.all():
        app = interview.round.application
        seen.setdefault(app.pk, (app, f"met in round {interview.round.number}"))
    for reference in contact.reference_for.all():
        for use in reference.uses.all():
            seen.setdefault(use.application_id, (use.application, "reference"))
    for app in contact.referrals.all():
        seen.setdefault(app.pk, (app, "referred you"))
    return list(seen.values())


@member
@require_http_methods(["GET", "POST"])
def contact_edit(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = get_object_or_404(Contact.objects.prefetch_related("emails", "phones"),
                                pk=contact_id, owner=owner(request))
    form = ContactForm(request.POST or None, initial=ContactForm.initial_for(contact),
                       region=owner(request).country)
    if request.method == "POST" and form.is_valid():
        contact_update(owner=owner(request), contact_id=contact.pk, **form.cleaned_data)
        messages.success(request, "Saved.")
        return redirect("contact", contact.pk)
    return render(request, "web/contacts/form.html", {"form": form, "contact": contact})


@member
@require_POST
def contact_pause_view(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=contact_id, owner=owner(request))
    form = PauseForm(request.POST)
    if form.is_valid():
        until = form.cleaned_data["until"]
        contact_pause(owner=owner(request), contact_id=contact.pk, until=until)
        messages.success(request, f"Touches to {contact.full_name} are held until "
                                  f"{until:%a %d %b %Y}." if until else "Pause lifted.")
    return redirect("contact", contact.pk)


@member
@require_http_methods(["GET", "POST"])
def contact_remove(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=contact_id, owner=owner(request))
    if request.method == "POST":
        try:
            name = contact_delete(owner=owner(request), contact_id=contact.pk)
        except BadInput as exc:
            messages.error(request, exc.sentence())
            return redirect("contact", contact.pk)
        messages.success(request, f"Deleted {name}.")
        return redirect("contacts")
    return render(request, "web/confirm.html", {
        "title": f"Delete {contact.full_name}?",
        "body": "Their e-mails, phones, addresses and sources go too; touches to them stay in "
                "your history without a link.",
        "confirm": "Delete the contact", "cancel_href": reverse("contact", args=[contact.pk]),
    })
