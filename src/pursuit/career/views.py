"""Career mode's page: after the yes. Each action is one button; every letter it drafts opens
in the letter editor, to proofread and approve (nothing is sent before that)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from pursuit.career import selectors, services
from pursuit.career.forms import AnnounceForm, RhythmForm
from pursuit.common.http import local_now, member, owner
from pursuit.core.errors import BadInput
from pursuit.networking.selectors import network_page
from pursuit.pipeline.models import Application


@member
@require_GET
def career(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    placement = selectors.placement_open(user)
    if placement is None:
        return render(request, "career/searching.html",
                      {"latest": selectors.placement_latest(user)})
    today = local_now(user).date()
    people = selectors.keep_in_touch_people(user, placement)
    return render(request, "career/career.html", {
        "placement": placement, "others": selectors.other_applications(user, placement),
        "helpers": selectors.helpers(user, placement), "people": people,
        "network": network_page(user, today),
    })


def _done(request: HttpRequest, text: str) -> HttpResponse:
    messages.success(request, text)
    return redirect("career")


def _failed(request: HttpRequest, exc: BadInput) -> HttpResponse:
    messages.error(request, exc.message[:1].upper() + exc.message[1:] + ".")
    return redirect("career")


@member
@require_POST
def accept(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id, owner=owner(request))
    try:
        services.offer_accept(owner=owner(request), application_id=application.pk,
                              at=timezone.now())
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("application", application.pk)
    return _done(request, f"Congratulations on {application}! Its follow-ups have stopped. "
                          "Here is what a thoughtful person does next.")


@member
@require_POST
def withdraw(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id, owner=owner(request))
    try:
        notes = services.withdraw_with_notes(owner=owner(request),
                                             application_id=application.pk, at=timezone.now())
    except BadInput as exc:
        return _failed(request, exc)
    written = (f"{len(notes)} withdrawal note{'s' * (len(notes) != 1)} drafted: open each, "
               "proofread and approve it." if notes else "Nobody met there to write to.")
    return _done(request, f"Withdrew from {application}: its follow-ups stopped. {written}")


@member
@require_POST
def keep(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id, owner=owner(request))
    try:
        services.keep_open(owner=owner(request), application_id=application.pk)
    except BadInput as exc:
        return _failed(request, exc)
    return _done(request, f"Kept open: {application} goes on as before.")


@member
@require_POST
def thanks(request: HttpRequest) -> HttpResponse:
    try:
        drafted = services.thanks_draft(owner=owner(request), at=timezone.now())
    except BadInput as exc:
        return _failed(request, exc)
    return _done(request, f"{len(drafted)} thank-you draft{'s' * (len(drafted) != 1)} ready "
                          "to proofread and approve." if drafted else
                 "Nobody to thank yet: add your references and referrals to the applications.")


@member
@require_POST
def announce(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    placement = selectors.placement_open(user)
    people = selectors.keep_in_touch_people(user, placement) if placement else []
    form = AnnounceForm(request.POST, people=[(c.pk, c.full_name) for c, _ in people])
    if not form.is_valid():
        messages.error(request, "Pick the people to tell.")
        return redirect("career")
    try:
        told = services.announce(owner=user, contact_ids=form.cleaned_data["contacts"],
                                 at=timezone.now())
    except BadInput as exc:
        return _failed(request, exc)
    return _done(request, f"{len(told)} announcement{'s' * (len(told) != 1)} drafted: "
                          "proofread and approve each one.")


@member
@require_POST
def rhythm(request: HttpRequest) -> HttpResponse:
    form = RhythmForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose every week or every day.")
        return redirect("career")
    try:
        services.rhythm_set(owner=owner(request), weekly=form.cleaned_data["period"] == "week",
                            weekly_minutes=form.cleaned_data["weekly_minutes"])
    except BadInput as exc:
        return _failed(request, exc)
    return _done(request, "Networking goal saved: your keep-in-touch rhythms go on as they "
                          "were.")


@member
@require_POST
def restart(request: HttpRequest) -> HttpResponse:
    try:
        services.search_restart(owner=owner(request), at=timezone.now())
    except BadInput as exc:
        return _failed(request, exc)
    messages.success(request, "A new search starts: your board is back, with every "
                              "application kept as history.")
    return redirect("board")
