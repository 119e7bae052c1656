"""Calendar pages: the public feed (its token is the only key), the signed-in download, and
the settings page that issues, rotates and turns off the feed URL."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST, require_safe

from pursuit.calendar_feed import selectors, services
from pursuit.calendar_feed.selectors import Linker

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _linker(request: HttpRequest) -> Linker:
    """Absolute links back into the app, for the URL field of each item."""
    def link(kind: str, pk: int) -> str:
        try:
            return request.build_absolute_uri(reverse(kind, args=[pk]))
        except NoReverseMatch:
            return ""

    return link


@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscription URL. No login: a calendar client cannot sign in, so the long random
    token is the credential. Missing, wrong and rotated tokens are all the same 404."""
    owner = selectors.owner_for_token(token)
    if owner is None:
        raise Http404("no such calendar")
    body = selectors.calendar_for(owner, now=timezone.now(), link=_linker(request))
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    # Private data: no shared cache may keep it; the client itself may for five minutes.
    response["Cache-Control"] = "private, max-age=300"
    response["Content-Disposition"] = 'inline; filename="pursuit.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@login_required
@require_GET
def download(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    body = selectors.calendar_for(user, now=timezone.now(), link=_linker(request))
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = 'attachment; filename="pursuit.ics"'
    return response


def _page(request: HttpRequest, *, token: str | None = None) -> HttpResponse:
    user: Any = request.user
    context: dict[str, Any] = {"feed": selectors.feed_token_for(user), "feed_url": None}
    if token is not None:
        url = request.build_absolute_uri(reverse("calendar_feed", args=[token]))
        context["feed_url"] = url
        context["webcal_url"] = "webcal://" + url.split("://", 1)[1]
    response = render(request, "calendar_feed/settings.html", context)
    if token is not None:
        response["Cache-Control"] = "private, no-store"  # the URL is shown once, never cached
    return response


@login_required
@require_GET
def calendar_settings(request: HttpRequest) -> HttpResponse:
    return _page(request)


@login_required
@require_POST
def rotate(request: HttpRequest) -> HttpResponse:
    """Issue a new URL and show it in this response only: the plain token is never stored,
    so there is no later page that could show it again."""
    had_one = selectors.feed_token_for(request.user) is not None  # type: ignore[arg-type]
    token = services.feed_token_rotate(owner=request.user)  # type: ignore[arg-type]
    messages.success(request, "New calendar URL made: the old one no longer works."
                     if had_one else "Your calendar URL is ready.")
    return _page(request, token=token)


@login_required
@require_POST
def turn_off(request: HttpRequest) -> HttpResponse:
    if services.feed_token_delete(owner=request.user):  # type: ignore[arg-type]
        messages.success(request, "Calendar feed turned off: its URL no longer works.")
    return redirect("calendar_settings")
