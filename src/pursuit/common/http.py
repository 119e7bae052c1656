"""What every signed-in view shares: the owner, the user's timezone, htmx partials."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast
from zoneinfo import ZoneInfo

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from pursuit.accounts.models import User
from pursuit.common.pagecache import renew

View = Callable[..., HttpResponse]


def member(view: View) -> View:
    """Signed-in only, and run in the user's timezone.

    Inside the view, form datetimes are read and templates print times in the user's own
    timezone; `override` restores the previous one afterwards, so a server thread that serves
    the next user does not keep this user's zone.
    """

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with timezone.override(ZoneInfo(owner(request).timezone)):
            response = view(request, *args, **kwargs)
        if request.method == "POST" and request.user.is_authenticated:
            renew(owner(request))  # whatever the POST changed, cached bodies are stale now
        return response

    return wrapper


def owner(request: HttpRequest) -> User:
    """The signed-in user (`member` has already turned anonymous visitors away)."""
    return cast(User, request.user)


def is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def local_now(user: User) -> Any:
    return timezone.now().astimezone(ZoneInfo(user.timezone))


def back_to(request: HttpRequest, default: str, *args: Any) -> HttpResponse:
    """Redirect to the form's `next` when it is a page of this site, else to `default`."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return redirect(target)
    return redirect(default, *args)
