"""The digest's settings page: on or off, and a preview of what this morning's says."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from pursuit.digest import services


class DigestForm(forms.Form):
    enabled = forms.BooleanField(
        required=False, label="Send me the morning digest",
        help_text="On business days, at the start of your working day.")


@login_required
def digest_settings(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    # Not `request.POST or None`: an unticked box posts nothing, and that is a valid "off".
    form = DigestForm(request.POST if request.method == "POST" else None,
                      initial={"enabled": services.digest_enabled(user)})
    if request.method == "POST" and form.is_valid():
        enabled = form.cleaned_data["enabled"]
        services.digest_preference_set(owner=user, enabled=enabled)
        messages.success(request, "The morning digest is on." if enabled
                         else "The morning digest is off.")
        return redirect("digest_settings")
    return render(request, "digest/settings.html", {
        "form": form, "preview": services.digest_for(user, now=timezone.now()),
        "enabled": services.digest_enabled(user),
    })
