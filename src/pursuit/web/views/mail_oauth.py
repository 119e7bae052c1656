"""Settings → Mail account: "Sign in with Microsoft / Google" (outbox.oauth does the talking).

The buttons are links to `oauth_start` here, which redirects to the provider: a form posting
to another origin would be blocked by the Content-Security-Policy's form-action.

No request here waits on the provider (docs/architecture.md: intent is a row, the worker
talks to the network). The start writes the user's sign-in row (its state's hash and the
PKCE verifier, encrypted); the callback checks the state and keeps the code; the worker
exchanges it, or for the device grant asks for a code and polls the provider at its
interval. Meanwhile the page polls the row (htmx; without JavaScript, a meta refresh and a
"Check again" link) and, once it is finished, says what happened on the settings page.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from pursuit.core.errors import BadInput
from pursuit.outbox import oauth, selectors
from pursuit.outbox.models import OAuthSignIn

_LEVELS = {"success": messages.SUCCESS, "info": messages.INFO, "warning": messages.WARNING,
           "error": messages.ERROR}


def _redirect_uri(request: HttpRequest) -> str:
    """The address the provider sends the browser back to: the one registered with it
    (docs/mail-oauth.md), from PURSUIT_BASE_URL when the instance sits behind a proxy."""
    path = reverse("mail_oauth_callback")
    base = str(getattr(settings, "PURSUIT_BASE_URL", "") or "").rstrip("/")
    return base + path if base else request.build_absolute_uri(path)


def _go(request: HttpRequest) -> HttpResponse:
    """To the settings page: htmx follows an HX-Redirect header instead of a 302."""
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("mail_settings")
        return response
    return redirect("mail_settings")


def _told(request: HttpRequest, row: OAuthSignIn) -> HttpResponse:
    """A finished sign-in: what it says goes to the settings page, once."""
    user: Any = request.user
    for level, text in oauth.sign_in_shown(owner=user, sign_in_id=row.pk):
        messages.add_message(request, _LEVELS.get(level, messages.INFO), text)
    return _go(request)


@login_required
@require_GET
def oauth_start(request: HttpRequest, provider: str) -> HttpResponse:
    try:
        url = oauth.sign_in_start(owner=request.user,  # type: ignore[arg-type]
                                  key=provider, redirect_uri=_redirect_uri(request))
    except BadInput as exc:
        messages.error(request, exc.sentence())
        return redirect("mail_settings")
    return redirect(url)


@login_required
@require_GET
def oauth_callback(request: HttpRequest) -> HttpResponse:
    """Back from the provider: the state is checked and the code kept for the worker; the
    token endpoint is not asked here."""
    try:
        oauth.sign_in_returned(
            owner=request.user,  # type: ignore[arg-type]
            state=request.GET.get("state", ""), code=request.GET.get("code", ""),
            error=request.GET.get("error", ""),
            error_description=request.GET.get("error_description", ""))
    except BadInput as exc:
        messages.error(request, exc.sentence())
        return redirect("mail_settings")
    return redirect("mail_oauth_wait")


@login_required
@require_POST
def oauth_device_start(request: HttpRequest, provider: str) -> HttpResponse:
    try:
        oauth.device_sign_in_start(owner=request.user, key=provider)  # type: ignore[arg-type]
    except BadInput as exc:
        messages.error(request, exc.sentence())
        return redirect("mail_settings")
    return redirect("mail_oauth_device")


@login_required
@require_GET
def oauth_wait(request: HttpRequest) -> HttpResponse:
    """The page of a sign-in under way (both grants): "Finishing sign-in…", or the device
    grant's code and "Waiting for you to enter the code…"."""
    row = selectors.sign_in_for(request.user)  # type: ignore[arg-type]
    if row is None or (row.grant == OAuthSignIn.Grant.CODE
                       and row.state == OAuthSignIn.State.STARTED):
        return redirect("mail_settings")  # nothing to wait for (the browser is elsewhere)
    if row.finished:
        return _told(request, row)
    return render(request, "outbox/oauth_wait.html", {
        "row": row, "label": oauth.provider(row.provider).label})


@login_required
@require_GET
def oauth_status(request: HttpRequest, sign_in_id: int) -> HttpResponse:
    """What the waiting page polls: the same words while nothing changed, the whole page
    again when the device code arrived, the settings page once finished. Only the user's
    own sign-in: any other id is a 404."""
    row = selectors.sign_in_for(request.user)  # type: ignore[arg-type]
    if row is None or row.pk != sign_in_id:
        # Another user's, or one cancelled or replaced meanwhile (another tab): htmx still
        # follows the header to the settings page.
        response = HttpResponse("No such sign-in.", status=404, content_type="text/plain")
        response["HX-Redirect"] = reverse("mail_settings")
        return response
    if row.finished:
        return _told(request, row)
    if request.GET.get("shown", row.state) != row.state:
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"  # the code to show: the page with it
        return response
    return render(request, "outbox/_oauth_wait.html", {
        "row": row, "label": oauth.provider(row.provider).label})


@login_required
@require_POST
def oauth_cancel(request: HttpRequest) -> HttpResponse:
    if oauth.sign_in_cancel(owner=request.user):  # type: ignore[arg-type]
        messages.info(request, "Sign-in cancelled.")
    return redirect("mail_settings")


@login_required
@require_POST
def oauth_forget(request: HttpRequest) -> HttpResponse:
    said = oauth.mail_account_oauth_forget(owner=request.user)  # type: ignore[arg-type]
    messages.success(request, "Signed out: fill in the passwords below to send with them."
                              + (f" {said}" if said else ""))
    return redirect("mail_settings")
