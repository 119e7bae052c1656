"""Coaching pages. The candidate's side writes (invite, revoke, share); the coach's side only
reads, and only through an active link (`selectors.link_for_coach`, 404 otherwise)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.coaching import selectors, services
from pursuit.coaching.forms import InviteForm, ShareForm
from pursuit.common.forms import SearchForm
from pursuit.common.http import member, owner
from pursuit.core.errors import BadInput

PAGE_SIZE = 50  # a table a coach can take in; the summary line counts everyone

# --- The candidate's side --------------------------------------------------------------------

@member
@require_http_methods(["GET", "POST"])
def coaches(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            link = services.coach_invite(candidate=user, email=form.cleaned_data["email"],
                                         base_url=request.build_absolute_uri("/"))
        except BadInput as exc:
            form.add_error("email", exc.message)
        else:
            messages.success(request, f"Invitation sent to {link.coach_email}.")
            return redirect("coach_settings")
    return render(request, "coaching/coaches.html", {
        "form": form, "links": selectors.coaches_of(user)})


@member
@require_POST
def revoke(request: HttpRequest, coach_link_id: int) -> HttpResponse:
    try:
        link = services.coach_revoke(candidate=owner(request), link_id=coach_link_id)
    except BadInput:
        raise Http404("no such coach") from None
    messages.success(request, f"{link.coach_email} no longer sees your progress.")
    return redirect("coach_settings")


@member
@require_POST
def share_letters(request: HttpRequest, coach_link_id: int) -> HttpResponse:
    form = ShareForm(request.POST)
    form.is_valid()  # a missing box is False: the form cannot be invalid
    try:
        link = services.coach_share_letters(candidate=owner(request), link_id=coach_link_id,
                                            share=form.cleaned_data.get("share", False))
    except BadInput as exc:
        if exc.message == "no such coach":
            raise Http404(exc.message) from None
        messages.error(request, exc.message)
        return redirect("coach_settings")
    messages.success(request, f"Your letters are {'now' if link.share_letters else 'no longer'}"
                              f" shared with {link.coach_email}.")
    return redirect("coach_settings")


# --- The invitation --------------------------------------------------------------------------

@member
@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, invitation_token: str) -> HttpResponse:
    """Only the invitee (signed in with the invited address) sees the invitation; anyone
    else gets the same 404 as for a wrong token, so a link that leaks tells nothing."""
    user = owner(request)
    link = selectors.invitation(invitation_token)
    if link is None or not services.is_invitee(link, user):
        raise Http404("no such invitation")
    if request.method == "POST":
        answer = request.POST.get("answer")
        try:
            if answer == "accept":
                link = services.coach_accept(user=user, token=invitation_token)
                messages.success(request, f"You now coach {link.candidate}.")
                return redirect("coach_candidate", coach_link_id=link.pk)
            if answer == "decline":
                services.coach_decline(user=user, token=invitation_token)
                messages.success(request, "Invitation declined.")
                return redirect("today")
        except BadInput as exc:
            raise Http404(exc.message) from None
    return render(request, "coaching/invitation.html", {"link": link})


# --- The coach's side (read-only) ------------------------------------------------------------

@member
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    rows = selectors.dashboard(owner(request), timezone.now(), query)
    # Everyone is ranked; a page shows the first PAGE_SIZE of them, who need the coach most.
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "coaching/dashboard.html", {
        "page": page, "rows": page.object_list, "summary": selectors.summary(rows),
        "q": query})


@member
@require_GET
def candidate(request: HttpRequest, coach_link_id: int) -> HttpResponse:
    link = selectors.link_for_coach(owner(request), coach_link_id)
    view = selectors.candidate_view(link, timezone.now())
    # The candidate's dates and times read in their own timezone: "due by 9:00" is theirs.
    with timezone.override(ZoneInfo(link.candidate.timezone)):
        return render(request, "coaching/candidate.html", {"v": view, "link": link})


@member
@require_GET
def candidate_letters(request: HttpRequest, coach_link_id: int) -> HttpResponse:
    link = selectors.link_for_coach(owner(request), coach_link_id)
    letters = selectors.shared_letters(link)
    if letters is None:
        raise Http404("letters are not shared")
    with timezone.override(ZoneInfo(link.candidate.timezone)):
        return render(request, "coaching/letters.html", {"link": link, "letters": letters})
