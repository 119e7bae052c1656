"""New accounts: the owner's invitations (Settings → Accounts), the invited person's page,
and open sign-up when the instance allows it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from pursuit import invitations
from pursuit.accounts.backends import BACKEND
from pursuit.common.http import member, owner
from pursuit.core.errors import BadInput
from pursuit.web.forms import InviteAccountForm, JoinForm, OwnerForm


@member
@require_http_methods(["GET", "POST"])
def accounts(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    if not invitations.can_invite(user):
        raise Http404("only the owner of this Pursuit manages accounts")
    form = InviteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = invitations.account_invite(
                by=user, email=form.cleaned_data["email"], as_coach=form.cleaned_data["as_coach"],
                base_url=request.build_absolute_uri("/"), now=timezone.now())
        except BadInput as exc:
            form.add_error("email", exc.sentence())
        else:
            messages.success(request, f"Invitation sent to {sent.email}.")
            return redirect("account_settings")
    people, waiting = invitations.accounts_overview(user, timezone.now())
    return render(request, "web/accounts.html", {
        "form": form, "people": people, "invitations": waiting,
        "open_signup": invitations.open_signup()})


@member
@require_POST
def invitation_withdraw(request: HttpRequest, invitation_id: int) -> HttpResponse:
    user = owner(request)
    if not invitations.can_invite(user):
        raise Http404("only the owner of this Pursuit manages accounts")
    try:
        invitations.invitation_revoke(by=user, invitation_id=invitation_id, now=timezone.now())
    except BadInput as exc:
        raise Http404(exc.message) from None
    messages.success(request, "Invitation withdrawn: its link no longer works.")
    return redirect("account_settings")


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    invitation = invitations.open_invitation(token, timezone.now())
    if invitation is None:
        return render(request, "web/join_closed.html", status=404)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.account_join(token=token, now=timezone.now(),
                                            **form.cleaned_data)
        except BadInput as exc:
            form.add_error("password" if exc.where == "password" else None, exc.sentence())
        else:
            login(request, user, backend=BACKEND)
            messages.success(request, "Welcome! Set your timezone and profile in Settings.")
            return redirect("coach_dashboard" if user.is_coach else "today")
    return render(request, "web/join.html", {"form": form, "invitation": invitation})


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if not invitations.open_signup():
        raise Http404("sign-up is closed on this Pursuit")
    form = OwnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.account_signup(**form.cleaned_data)
        except BadInput as exc:
            form.add_error("password" if exc.where == "password" else "email", exc.sentence())
        else:
            login(request, user, backend=BACKEND)
            messages.success(request, "Welcome! Set your timezone and profile in Settings, "
                                      "then add your first application.")
            return redirect("today")
    return render(request, "web/signup.html", {"form": form})
