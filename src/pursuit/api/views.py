"""Settings → API: make a personal access token (shown once), see them, revoke one."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from pursuit.api import selectors, services
from pursuit.api.models import PersonalAccessToken
from pursuit.common.http import member, owner
from pursuit.core.errors import BadInput


class TokenForm(forms.Form):
    name = forms.CharField(max_length=100, label="Name",
                           help_text="What will use it, e.g. “backup script”.")
    scope = forms.ChoiceField(choices=PersonalAccessToken.Scope.choices, label="Access",
                              initial=PersonalAccessToken.Scope.READ,
                              help_text="Read only cannot change anything: the safer choice.")


@member
@never_cache  # the page that shows a new token must not be kept by any cache
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = TokenForm(request.POST or None)
    new_token = ""
    if request.method == "POST" and form.is_valid():
        try:
            token, new_token = services.token_create(owner=user, name=form.cleaned_data["name"],
                                                     scope=form.cleaned_data["scope"])
        except BadInput as exc:
            form.add_error(None, exc.message)
        else:
            # Rendered here rather than after a redirect: the plain token must not pass through
            # the session or a messages cookie. This response is the only place it exists.
            form = TokenForm()
            return render(request, "api/tokens.html", {
                "form": form, "tokens": selectors.tokens_of(user), "new_token": new_token,
                "new": token})
    return render(request, "api/tokens.html", {"form": form, "tokens": selectors.tokens_of(user)})


@member
@require_POST
def token_revoke_view(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        token = services.token_revoke(owner=owner(request), token_id=token_id)
    except BadInput:
        raise Http404("no such token") from None
    messages.success(request, f"Revoked “{token.name}”: it no longer opens the API.")
    return redirect("api_tokens")
