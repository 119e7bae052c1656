"""First run, settings, profile, strengths, demo data, export and deletion of the account."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.accounts.backends import BACKEND
from pursuit.accounts.selectors import has_any_account
from pursuit.accounts.services import strength_add, strength_delete, user_create
from pursuit.accounts.throttle import record_success, sign_in_allowed
from pursuit.archive.backup import backup_export
from pursuit.archive.services import account_delete
from pursuit.cadence.services import user_update
from pursuit.common.http import back_to, member, owner
from pursuit.core.errors import BadInput
from pursuit.demo import demo_load, demo_remove
from pursuit.invitations import open_signup
from pursuit.web.forms import (
    DeleteAccountForm,
    OwnerForm,
    ProfileForm,
    SettingsForm,
    StrengthForm,
)


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and feed readers ask for /favicon.ico whatever the page's <link> says."""
    return redirect(static("pursuit/favicon.svg"), permanent=True)


@require_http_methods(["GET", "POST"])
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
            login(request, user, backend=BACKEND)
            messages.success(request, "Welcome! Set your timezone and profile in Settings, "
                                      "then add your first application.")
            return redirect("today")
    return render(request, "web/first_run.html", {"form": form})


@member
@require_http_methods(["GET", "POST"])
def settings_page(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    fields = ("timezone", "country", "subdivision", "workday_start", "workday_end",
              "pipeline_target")
    form = SettingsForm(request.POST or None, initial={f: getattr(user, f) for f in fields})
    if request.method == "POST" and form.is_valid():
        user_update(user=user, **form.cleaned_data)
        messages.success(request, "Settings saved.")
        return redirect("settings")
    from django.conf import settings as dj_settings

    return render(request, "web/settings.html", {
        "form": form, "horizon": dj_settings.PURSUIT_PLAN_HORIZON_DAYS})


@member
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        try:
            user_update(user=user, **form.cleaned_data)
        except BadInput as exc:
            form.add_error("email", exc.message)
        else:
            messages.success(request, "Profile saved.")
            return redirect("profile")
    else:
        user.refresh_from_db()  # a failed ModelForm leaves its values on the instance
    return render(request, "web/profile.html", {
        "form": form, "strengths": user.strengths.all(), "strength_form": StrengthForm()})


@member
@require_POST
def strength_new(request: HttpRequest) -> HttpResponse:
    form = StrengthForm(request.POST)
    if form.is_valid():
        strength_add(user=owner(request), **form.cleaned_data)
        messages.success(request, "Strength added.")
    else:
        messages.error(request, "Write the strength as a short phrase.")
    return redirect("profile")


@member
@require_POST
def strength_remove(request: HttpRequest, strength_id: int) -> HttpResponse:
    from django.http import Http404

    try:
        strength_delete(user=owner(request), strength_id=strength_id)
    except BadInput:
        raise Http404("no such strength") from None
    messages.success(request, "Strength removed.")
    return redirect("profile")


@member
@require_POST
def demo(request: HttpRequest) -> HttpResponse:
    """Load (again: replace) or remove the demo data in one click."""
    if request.POST.get("action") == "remove":
        demo_remove(owner=owner(request))
        messages.success(request, "The demo data is gone; your own data was not touched.")
    else:
        counts = demo_load(owner=owner(request), now=timezone.now())
        messages.success(request, f"Loaded {counts['applications']} demo applications and "
                                  f"{counts['contacts']} contacts. Remove them from Settings.")
    return back_to(request, "today")


@member
@require_GET
def export(request: HttpRequest) -> HttpResponse:
    # The same full backup as `pursuit export --format json`, which `pursuit import` restores.
    response = HttpResponse(backup_export(owner(request)), content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="pursuit-backup.json"'
    return response


@member
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        logout(request)
        account_delete(user=user)
        messages.success(request, "Your account and everything in it were deleted.")
        return redirect("login")
    return render(request, "web/delete_account.html", {"form": form})


class ThrottledSignInForm(AuthenticationForm):
    """Django's sign-in form, refusing to check passwords after too many failures."""

    def clean(self) -> dict[str, Any]:
        email = str(self.data.get("username", ""))
        # Counted before the password is checked: fifty guesses at once get PER_ACCOUNT checks.
        if self.cleaned_data.get("password") and not sign_in_allowed(email, self.request):
            raise ValidationError(
                "Too many failed sign-ins. Wait a quarter of an hour, or reset your password.",
                code="throttled")
        cleaned = super().clean()
        if self.user_cache is not None:
            record_success(email, self.request)
        return cleaned


class SignIn(LoginView):
    """Django's sign-in page; a new instance with no account sends its visitor to first run."""

    template_name = "web/auth/login.html"
    redirect_authenticated_user = True
    authentication_form = ThrottledSignInForm

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not has_any_account():
            return redirect("first_run")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "open_signup": open_signup()}
