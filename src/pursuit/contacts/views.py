"""The merge pages: contacts that may be the same person, and merging two of them."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from pursuit.common.http import member, owner
from pursuit.contacts.merging import CHOOSABLE, contact_merge, near_matches
from pursuit.contacts.models import Contact
from pursuit.core.errors import BadInput


@member
@require_GET
def merge_index(request: HttpRequest) -> HttpResponse:
    return render(request, "contacts/merge_index.html",
                  {"matches": near_matches(owner(request))})


def _owned(request: HttpRequest, contact_id: int) -> Contact:
    try:
        return Contact.objects.prefetch_related("emails", "phones", "addresses").get(
            owner=owner(request), pk=contact_id)
    except Contact.DoesNotExist:
        raise Http404("no such contact") from None


@member
@require_http_methods(["GET", "POST"])
def merge_pair(request: HttpRequest, keep_id: int, other_id: int) -> HttpResponse:
    keep, other = _owned(request, keep_id), _owned(request, other_id)
    if request.method == "POST":
        choices = {name: request.POST.get(name, "keep") for name in CHOOSABLE}
        try:
            merged = contact_merge(owner=owner(request), keep_id=keep.pk, other_id=other.pk,
                                   choices=choices)
        except BadInput as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, f"Merged into {merged.full_name}.")
            return redirect("contact", merged.pk)
    fields = [(name, name.replace("_", " ").capitalize(), getattr(keep, name),
               getattr(other, name)) for name in CHOOSABLE
              if getattr(keep, name) or getattr(other, name)]
    return render(request, "contacts/merge_pair.html",
                  {"keep": keep, "other": other, "fields": fields})
