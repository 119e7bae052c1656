"""Settings → Mail account: "Sign in with Microsoft / Google" (outbox.oauth does the talking).

The buttons are links to `oauth_start` here, which redirects to the provider: a form posting
to another origin would be blocked by the Content-Security-Policy's form-action. The state
and the PKCE verifier wait in the session for the callback.

The token requests are made in the request (the code exchange, a device-code poll): the
user is waiting on the page for exactly that answer, and each is one request to the
provider's token endpoint with a 10-second limit, outside any transaction.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from pursuit.core.errors import BadInput
from pursuit.outbox import oauth

_PENDING = "mail_oauth"
_DEVICE = "mail_oauth_device"
_STARTED_FOR = 15 * 60  # seconds a started sign-in may take


def _redirect_uri(request: HttpRequest) -> str:
    """The address the provider sends the browser back to: the one registered with it
    (docs/mail-oauth.md), from PURSUIT_BASE_URL when the instance sits behind a proxy."""
    path = reverse("mail_oauth_callback")
    base = str(getattr(settings, "PURSUIT_BASE_URL", "") or "").rstrip("/")
    return base + path if base else request.build_absolute_uri(path)


def _signed_in(request: HttpRequest, key: str, tokens: dict[str, Any]) -> HttpResponse:
    address = oauth.address_of(key, tokens)
    user: Any = request.user
    account, forgotten = oauth.mail_account_oauth_save(owner=user, key=key, tokens=tokens,
                                                       address=address)
    label = oauth.provider(key).label
    messages.success(request, f"Signed in with {label} as {account.from_address}: Pursuit "
                              "sends and reads replies with this sign-in. Test the "
                              "connection below.")
    if forgotten:  # the sign-in it replaced (another address or provider)
        messages.info(request, forgotten)
    if address is None:
        messages.warning(request, f"{label} did not say which address you signed in with: "
                                  "check “Your e-mail address” below and Save.")
    return redirect("mail_settings")


@login_required
@require_GET
def oauth_start(request: HttpRequest, provider: str) -> HttpResponse:
    try:
        started = oauth.authorization_url(provider, redirect_uri=_redirect_uri(request))
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("mail_settings")
    request.session[_PENDING] = {"provider": provider, "state": started.state,
                                 "verifier": started.verifier, "at": time.time()}
    return redirect(started.url)


@login_required
@require_GET
def oauth_callback(request: HttpRequest) -> HttpResponse:
    pending = request.session.pop(_PENDING, None)
    if request.GET.get("error"):
        said = request.GET.get("error_description") or request.GET["error"]
        messages.error(request, f"The sign-in did not go through: {said[:300]}")
        return redirect("mail_settings")
    state = request.GET.get("state", "")
    if (not pending or not secrets.compare_digest(str(pending.get("state")), state)
            or time.time() - float(pending.get("at", 0)) > _STARTED_FOR):
        messages.error(request, "This sign-in was not started from this page, or took too "
                                "long: start it again.")
        return redirect("mail_settings")
    key = str(pending["provider"])
    try:
        tokens = oauth.code_exchange(key, code=request.GET.get("code", ""),
                                     verifier=str(pending["verifier"]),
                                     redirect_uri=_redirect_uri(request))
        return _signed_in(request, key, tokens)
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("mail_settings")


@login_required
@require_POST
def oauth_device_start(request: HttpRequest, provider: str) -> HttpResponse:
    try:
        code = oauth.device_start(provider)
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("mail_settings")
    request.session[_DEVICE] = {
        "provider": provider, "device_code": code.device_code, "user_code": code.user_code,
        "uri": code.verification_uri, "interval": code.interval,
        "until": code.expires_at.timestamp()}
    return redirect("mail_oauth_device")


@login_required
@require_GET
def oauth_device(request: HttpRequest) -> HttpResponse:
    device = request.session.get(_DEVICE)
    if not device:
        return redirect("mail_settings")
    return render(request, "outbox/oauth_device.html", {
        "device": device, "label": oauth.provider(str(device["provider"])).label})


@login_required
@require_POST
def oauth_device_poll(request: HttpRequest) -> HttpResponse:
    """Ask the provider once whether the code was entered (the page asks every few
    seconds, or the user presses "I have signed in")."""
    device = request.session.get(_DEVICE)
    htmx = bool(getattr(request, "htmx", False))
    if not device:
        return redirect("mail_settings")
    key = str(device["provider"])
    if time.time() > float(device["until"]):
        request.session.pop(_DEVICE, None)
        messages.error(request, "The code expired before it was used: start again.")
        return _go(request, htmx)
    try:
        answer = oauth.device_poll(key, device_code=str(device["device_code"]))
    except BadInput as exc:
        request.session.pop(_DEVICE, None)
        messages.error(request, exc.message)
        return _go(request, htmx)
    if answer == oauth.PENDING:
        if htmx:
            return render(request, "outbox/_oauth_device_wait.html", {"device": device})
        messages.info(request, "Not signed in yet: enter the code, then press the button.")
        return redirect("mail_oauth_device")
    request.session.pop(_DEVICE, None)
    assert isinstance(answer, dict)
    try:
        _signed_in(request, key, answer)
    except BadInput as exc:
        messages.error(request, exc.message)
    return _go(request, htmx)


def _go(request: HttpRequest, htmx: bool) -> HttpResponse:
    """To the settings page: htmx follows an HX-Redirect header instead of a 302."""
    if htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("mail_settings")
        return response
    return redirect("mail_settings")


@login_required
@require_POST
def oauth_forget(request: HttpRequest) -> HttpResponse:
    said = oauth.mail_account_oauth_forget(owner=request.user)  # type: ignore[arg-type]
    messages.success(request, "Signed out: fill in the passwords below to send with them."
                              + (f" {said}" if said else ""))
    return redirect("mail_settings")
