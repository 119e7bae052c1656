"""Password change and reset: Django's views, with limits on reset e-mails and the API tokens
signed out when the password is reset (or changed, when the user ticks the box)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm
from django.http import HttpResponse

from pursuit.accounts.models import User
from pursuit.accounts.services import sign_out_everywhere
from pursuit.accounts.throttle import reset_mail_allowed, reset_request_allowed

_AUTH = "web/auth/"


class LimitedPasswordResetForm(PasswordResetForm):
    """At most `RESETS_PER_ADDRESS` requests per client address and `RESETS_PER_ACCOUNT`
    e-mails per account an hour. Past them the page answers as always (it never says whether
    an account exists) and no e-mail goes."""

    def get_users(self, email: str) -> Iterator[User]:
        for user in super().get_users(email):
            if reset_mail_allowed(user):
                yield user

    def save(self, *args: Any, **options: Any) -> None:  # the view passes keywords only
        if reset_request_allowed(options.get("request")):
            super().save(*args, **options)


class PasswordReset(auth_views.PasswordResetView):
    form_class = LimitedPasswordResetForm
    template_name = _AUTH + "password_reset.html"
    email_template_name = _AUTH + "password_reset_email.txt"
    subject_template_name = _AUTH + "password_reset_subject.txt"


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """Choosing a new password from a reset link signs out the API tokens too: whoever made
    the reset necessary may hold one."""

    template_name = _AUTH + "password_reset_confirm.html"

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        sign_out_everywhere(user=form.user)
        return response


class PasswordChangeWithTokensForm(PasswordChangeForm):
    sign_out_tokens = forms.BooleanField(
        required=False, label="Also sign out API tokens",
        help_text="Scripts that use a token from Settings → API stop working until you make "
                  "them a new one.")


class PasswordChange(auth_views.PasswordChangeView):
    form_class = PasswordChangeWithTokensForm
    template_name = _AUTH + "password_change.html"

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        if form.cleaned_data.get("sign_out_tokens"):
            sign_out_everywhere(user=form.user)
            messages.success(self.request, "Your API tokens were signed out.")
        return response
