"""One-line ways for other pages to show networking parts:

    {% load networking %}
    {% network_due_on_today %}          on Today: people due for a keep-in-touch contact
    {% keep_in_touch_offer app %}       on a closed application: keep its interviewers

Each runs its selector (a fixed number of queries) and renders the partial of the same name.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone

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
