"""First run, settings, profile, strengths, demo data, export and deletion of the account."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.accounts.backends import BACKEND
from pursuit.accounts.models import User
from pursuit.accounts.selectors import has_any_account
from pursuit.accounts.services import strength_add, strength_delete, user_create
from pursuit.accounts.throttle import record_success, sign_in_allowed
from pursuit.archive.backup import backup_export
from pursuit.archive.services import account_delete
from pursuit.cadence.services import timezone_confirm, user_update
from pursuit.common.http import back_to, member, owner
from pursuit.core.errors import BadInput
from pursuit.core.timezones import canonical_zone, canonical_zones, zone
from pursuit.demo import demo_account, demo_close, demo_open, demo_remove, has_demo_data
from pursuit.invitations import open_signup
from pursuit.web.forms import (
    DeleteAccountForm,
    FirstRunForm,
    ProfileForm,
    SettingsForm,
    StrengthForm,
)

# Where a switch into the demo account came from: that account's id and its session hash.
DEMO_RETURN = "pursuit_demo_return"


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
    form = FirstRunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = user_create(email=data["email"], password=data["password"],
                               full_name=data["full_name"], timezone=data["timezone"] or None)
        except BadInput as exc:
            form.add_error("password" if exc.where == "password" else "email", exc.sentence())
        else:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
            user_update(user=user, phone=data["phone"].strip(),
                        return_address=data["return_address"].strip())
            if form.zone_confirmed():  # the browser's own zone, kept as it was offered
                timezone_confirm(user=user, zone=data["timezone"])
            login(request, user, backend=BACKEND)
            if request.POST.get("then") == "demo":
                return _into_demo(request, user)
            messages.success(request, "Welcome! Add your strengths in your profile, then your "
                                      "first application.")
            return redirect("today")
    return render(request, "web/first_run.html", {"form": form})


@require_GET
def timezone_guess(request: HttpRequest) -> HttpResponse:
    """The zone offered for what a browser says it is in (timezone.js asks; browsers may still
    say "Asia/Calcutta" or "Europe/Kiev"): {"zone": "Asia/Kolkata"}, or {"zone": ""} when it is
    no zone or none a person is offered. Reads nothing stored, so it needs no account: the
    first-run form asks it too."""
    name = request.GET.get("zone", "")[:64]
    try:
        zone(name, where="zone")
    except BadInput:
        return JsonResponse({"zone": ""})
    found = canonical_zone(name)
    return JsonResponse({"zone": found if found in canonical_zones() else ""})


@member
@require_POST
def timezone_confirm_view(request: HttpRequest) -> HttpResponse:
    """Today's banner: "keep it" saves the zone sent (the browser's, or the one already set)."""
    user = owner(request)
    try:
        timezone_confirm(user=user, zone=request.POST.get("timezone", ""))
    except BadInput:
        messages.error(request, "That is not a time zone we know: choose yours in Settings.")
        return redirect("settings")
    messages.success(request, f"Time zone: {user.timezone}. Every date and reminder is in it; "
                              "change it any time in Settings.")
    return back_to(request, "today")


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
        "form": form, "horizon": dj_settings.PURSUIT_PLAN_HORIZON_DAYS,
        "demo_account": demo_account(user), "has_demo_data": has_demo_data(user)})


@member
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        try:
            user_update(user=user, **form.cleaned_data)
        except BadInput as exc:
            form.add_error("email", exc.sentence())
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
    try:
        strength_delete(user=owner(request), strength_id=strength_id)
    except BadInput:
        raise Http404("no such strength") from None
    messages.success(request, "Strength removed.")
    return redirect("profile")


def _into_demo(request: HttpRequest, user: User) -> HttpResponse:
    """Sign this browser into the user's own demo account (made or refreshed now), keeping
    the way back: the user's id and session hash, so that a password changed meanwhile
    (which signs the user out everywhere) also closes the way back."""
    demo_user = demo_open(user=user, now=timezone.now())
    back = {"id": user.pk, "hash": user.get_session_auth_hash()}
    login(request, demo_user, backend=BACKEND)  # a new session: the old one is flushed
    request.session[DEMO_RETURN] = back
    messages.success(request, "This is the demo: a dozen sample applications in an account of "
                              "its own. “Back to my account” is at the top of every page.")
    return redirect("today")


@member
@require_POST
def demo(request: HttpRequest) -> HttpResponse:
    """Open the demo (the user's own demo account, made or refreshed now); `action=remove`
    takes demo data out of this account (loaded here by `pursuit demo` or an earlier
    version); `action=close` deletes the demo account."""
    user = owner(request)
    action = request.POST.get("action")
    if action == "remove":
        demo_remove(owner=user)
        messages.success(request, "The demo data is gone; your own data was not touched.")
        return back_to(request, "settings")
    if action == "close":
        demo_close(user=user)
        messages.success(request, "The demo account is deleted.")
        return back_to(request, "settings")
    if user.demo_of_id is not None:
        return redirect("today")  # already in the demo
    return _into_demo(request, user)


@member
@require_POST
def demo_leave(request: HttpRequest) -> HttpResponse:
    """From the demo account back to the account that opened it, in the same browser."""
    user = owner(request)
    if user.demo_of_id is None:
        raise Http404("not in the demo")
    back = request.session.get(DEMO_RETURN) or {}
    home = User.objects.filter(pk=user.demo_of_id, is_active=True).first()
    if home is None or back.get("id") != home.pk or not constant_time_compare(
            str(back.get("hash", "")), home.get_session_auth_hash()):
        logout(request)
        messages.info(request, "Sign in to your account again.")
        return redirect("login")
    login(request, home, backend=BACKEND)
    return redirect("settings")


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
