"""One-line ways for other pages to show networking parts:

    {% load networking %}
    {% network_due_on_today %}          on Today: people due for a keep-in-touch contact
    {% keep_in_touch_offer app %}       on a closed application: keep its interviewers
    {% keep_in_touch_control contact %} on a contact's page: how often to keep in touch

Each runs its selector (a fixed number of queries) and renders the partial of the same name.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone

from pursuit.contacts.models import Contact
from pursuit.core.networking import rhythm_choices, rhythm_label
from pursuit.networking import selectors
from pursuit.pipeline.models import Application

register = template.Library()


@register.inclusion_tag("networking/_due_on_today.html", takes_context=True)
def network_due_on_today(context: template.Context) -> dict[str, Any]:
    request = context["request"]
    user = request.user
    today = timezone.now().astimezone(ZoneInfo(user.timezone)).date()
    return {"keep_in_touch": selectors.keep_in_touch_due(user, today), "request": request,
            "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("networking/_keep_in_touch_offer.html", takes_context=True)
def keep_in_touch_offer(context: template.Context, application: Application) -> dict[str, Any]:
    request = context["request"]
    return {"offer": selectors.keep_in_touch_offer(request.user, application),
            "request": request, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("networking/_keep_in_touch_control.html", takes_context=True)
def keep_in_touch_control(context: template.Context, contact: Contact) -> dict[str, Any]:
    """No query: the contact's own rhythm and the usual ones to choose from."""
    request = context["request"]
    return {"contact": contact, "choices": rhythm_choices(contact.keep_in_touch_days),
            "request": request, "csrf_token": context.get("csrf_token")}


@register.filter
def rhythm(days: int | None) -> str:
    """30 -> "monthly", 45 -> "every 45 days"."""
    return rhythm_label(days)
