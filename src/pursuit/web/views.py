"""Thin views: validate with a form, call one service or selector, render."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django import forms
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from pursuit.accounts.selectors import has_any_account
from pursuit.accounts.services import user_create
from pursuit.cadence.selectors import agenda_for
from pursuit.core.errors import BadInput


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


@login_required
@require_GET
def today(request: HttpRequest) -> HttpResponse:
    user = request.user
    tz = ZoneInfo(user.timezone)  # type: ignore[union-attr]
    items = agenda_for(user, now=timezone.now())  # type: ignore[arg-type]
    return render(request, "web/today.html", {"items": items, "tz": tz})


class OwnerForm(forms.Form):
    full_name = forms.CharField(max_length=200, label="Your name")
    email = forms.EmailField(label="E-mail")
    password = forms.CharField(widget=forms.PasswordInput, label="Password", min_length=10)


def first_run(request: HttpRequest) -> HttpResponse:
    """The first visitor of a new instance creates the owner account; later ones sign in."""
    if has_any_account():
        return redirect("login")
    form = OwnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = user_create(email=form.cleaned_data["email"],
                               password=form.cleaned_data["password"],
                               full_name=form.cleaned_data["full_name"])
        except BadInput as exc:
            form.add_error("password" if exc.where == "password" else "email", exc.message)
        else:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("today")
    return render(request, "web/first_run.html", {"form": form})
