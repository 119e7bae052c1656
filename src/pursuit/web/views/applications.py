"""Applications: the list, one application with everything in it, its details form."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.cadence.selectors import application_detail, application_list
from pursuit.cadence.services import (
    application_add,
    application_delete,
    application_update,
    event_record,
    reference_add,
)
from pursuit.common.http import member, owner
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import Application, Round, Stage
from pursuit.pipeline.selectors import APPLICATION_FIELDS
from pursuit.web.forms import ApplicationForm, EventForm, ReferenceForm

LIST_FILTERS = [("open", "Open"), ("", "All"), ("closed", "Closed"), *Stage.choices]


@member
@require_GET
def application_index(request: HttpRequest) -> HttpResponse:
    stage = request.GET.get("stage", "open")
    query = request.GET.get("q", "").strip()[:100]
    rows = application_list(owner(request), stage=stage, query=query)
    return render(request, "web/applications/index.html", {
        "applications": rows, "stage": stage, "q": query, "filters": LIST_FILTERS,
    })


def _fields(form: ApplicationForm) -> dict[str, Any]:
    return {k: v for k, v in form.cleaned_data.items() if k in APPLICATION_FIELDS}


@member
@require_http_methods(["GET", "POST"])
def application_new(request: HttpRequest) -> HttpResponse:
    form = ApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = application_add(
                owner=owner(request), employer=data["employer"], role=data["role"],
                stage=data["stage"], referred_by=data["referred_by"], recruiter=data["recruiter"],
                **{k: v for k, v in _fields(form).items() if k != "role"})
        except BadInput as exc:
            form.add_error(None, exc.sentence())
        else:
            messages.success(request, f"Added {application}. Log a round when you interview.")
            return redirect("application", application.pk)
    return render(request, "web/applications/form.html", {"form": form, "new": True})


# How many planned touches an application's timeline shows before "Show N more".
NEXT_PLANNED = 3


@member
@require_GET
def application_page(request: HttpRequest, application_id: int) -> HttpResponse:
    application = application_detail(owner(request), application_id)
    planned = [t for t in application.touches.all() if t.status == "planned"]
    return render(request, "web/applications/detail.html", {
        "app": application, "event_form": EventForm(), "reference_form": ReferenceForm(),
        "round_statuses": Round.Status.choices,
        "history": [t for t in application.touches.all() if t.status != "planned"],
        # Weekly follow-ups run months ahead: the next few are what the user acts on, the
        # rest stay one click away (folded, not dropped).
        "planned_next": planned[:NEXT_PLANNED], "planned_later": planned[NEXT_PLANNED:],
    })


@member
@require_http_methods(["GET", "POST"])
def application_edit(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.select_related(
        "employer", "referred_by", "recruiter"), pk=application_id, owner=owner(request))
    form = ApplicationForm(request.POST or None, initial=ApplicationForm.initial_for(application))
    form.fields["stage"].disabled = True  # stages move on the board, where events are recorded
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        application_update(owner=owner(request), application_id=application.pk,
                           employer=data["employer"], referred_by=data["referred_by"],
                           recruiter=data["recruiter"], **_fields(form))
        messages.success(request, "Saved.")
        return redirect("application", application.pk)
    return render(request, "web/applications/form.html", {"form": form, "app": application})


@member
@require_http_methods(["GET", "POST"])
def application_remove(request: HttpRequest, application_id: int) -> HttpResponse:
    """Asks first: deleting an application deletes its rounds, events and touches."""
    application = get_object_or_404(Application.objects.select_related("employer"),
                                     pk=application_id, owner=owner(request))
    if request.method == "POST":
        name = application_delete(owner=owner(request), application_id=application.pk)
        messages.success(request, f"Deleted {name}.")
        return redirect("applications")
    return render(request, "web/confirm.html", {
        "title": f"Delete {application}?",
        "body": "Its rounds, references, events and every planned or done touch go with it. "
                "The people stay in your contacts.",
        "confirm": "Delete the application",
        "cancel_href": reverse("application", args=[application.pk]),
    })


@member
@require_POST
def event_add(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id, owner=owner(request))
    form = EventForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            event = event_record(owner=owner(request), application_id=application.pk,
                                 type=data["type"], at=data["at"], summary=data["summary"],
                                 decision_expected_by=data["decision_expected_by"])
        except BadInput as exc:
            messages.error(request, exc.sentence())
        else:
            messages.success(request, f"Recorded: {event.get_type_display()}. "
                                      "The follow-ups were re-planned.")
    else:
        messages.error(request, "Say what happened and when.")
    return redirect("application", application.pk)


@member
@require_POST
def reference_new(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id, owner=owner(request))
    form = ReferenceForm(request.POST)
    if form.is_valid():
        link = reference_add(owner=owner(request), application_id=application.pk,
                             name=form.cleaned_data["name"],
                             relationship=form.cleaned_data["relationship"])
        messages.success(request, f"{link.reference.contact} is a reference for this application.")
    else:
        messages.error(request, "Name the reference.")
    return redirect("application", application.pk)
