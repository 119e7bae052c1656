"""Rounds: log one with its interviewers, change its status, debrief each interviewer."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from pursuit.cadence.services import PersonIn, round_log, round_set_status
from pursuit.common.http import local_now, member, owner
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import Application, Round
from pursuit.pipeline.selectors import people_for_round_form, round_detail
from pursuit.pipeline.services import interviewer_debrief
from pursuit.web.forms import DebriefForm, PersonFormSet, RoundForm, RoundStatusForm


@member
@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest, application_id: int) -> HttpResponse:
    user = owner(request)
    application = get_object_or_404(Application.objects.select_related("employer"),
                                    pk=application_id, owner=user)
    people = people_for_round_form(user, application)
    now = local_now(user)
    form = RoundForm(request.POST or None, initial={
        "timezone": user.timezone, "day": now.date(), "start_time": "10:00", "end_time": "11:00"})
    people_forms = PersonFormSet(request.POST or None, prefix="person",
                                 form_kwargs={"people": people})
    if request.method == "POST" and form.is_valid() and people_forms.is_valid():
        data = form.cleaned_data
        chosen = [PersonIn(contact_id=f.cleaned_data.get("contact"),
                           name=f.cleaned_data.get("name", ""),
                           email=f.cleaned_data.get("email", ""),
                           title=f.cleaned_data.get("title", ""),
                           hiring_manager=f.cleaned_data.get("hiring_manager", False),
                           role=f.cleaned_data.get("role") or "interviewer",
                           topics=f.cleaned_data.get("topic_list", []))
                  for f in people_forms.forms if not f.is_blank]
        try:
            round_ = round_log(owner=user, application_id=application.pk, start=data["start"],
                               end=data["end"], timezone=data["timezone"], people=chosen,
                               format=data["format"], location=data["location"],
                               status=data["status"])
        except BadInput as exc:
            # Shown at the field it names when the form has one ("status": a held round
            # that has not started), else above the form.
            form.add_error(exc.where if exc.where in form.fields else None, exc.sentence())
        else:
            messages.success(request, f"Round {round_.number} logged with {len(chosen)} "
                                      f"{'person' if len(chosen) == 1 else 'people'}. "
                                      "Thank-yous are on Today.")
            if round_.status == Round.Status.HELD:
                return redirect("debrief", round_.pk)
            return redirect("application", application.pk)
    return render(request, "web/rounds/form.html", {
        "app": application, "form": form, "people_forms": people_forms})


@member
@require_POST
def round_status(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = get_object_or_404(Round, pk=round_id, owner=owner(request))
    form = RoundStatusForm(request.POST)
    if form.is_valid():
        start, end = form.times(round_.timezone)
        try:
            round_set_status(owner=owner(request), round_id=round_.pk,
                             status=form.cleaned_data["status"], start=start, end=end)
        except BadInput as exc:
            messages.error(request, exc.sentence())
        else:
            messages.success(request, f"Round {round_.number}: "
                             f"{dict(Round.Status.choices)[form.cleaned_data['status']]}. "
                             "Its touches were re-planned.")
    else:
        messages.error(request, " ".join(str(e) for e in form.non_field_errors())
                       or "Pick a status.")
    return redirect("application", round_.application_id)


@member
@require_http_methods(["GET", "POST"])
def debrief(request: HttpRequest, round_id: int) -> HttpResponse:
    """One short form per interviewer, right after the round: the letters draw on it."""
    user = owner(request)
    round_ = round_detail(user, round_id)
    interviewers = list(round_.interviewers.all())
    forms = [
        (i, DebriefForm(request.POST or None, prefix=f"i{i.pk}", initial={
            "topics": "\n".join(i.topics), "cares_about": i.cares_about,
            "next_steps": i.next_steps, "notes": i.notes,
            "decision_on": round_.application.expected_decision_on}))
        for i in interviewers
    ]
    if request.method == "POST" and all(f.is_valid() for _, f in forms):
        for interviewer, form in forms:
            interviewer_debrief(owner=user, interviewer_id=interviewer.pk,
                                topics=form.topic_list(),
                                cares_about=form.cleaned_data["cares_about"],
                                next_steps=form.cleaned_data["next_steps"],
                                notes=form.cleaned_data["notes"],
                                decision_on=form.cleaned_data["decision_on"])
        messages.success(request, "Debrief saved: the thank-yous will use it.")
        return redirect("application", round_.application_id)
    return render(request, "web/rounds/debrief.html", {
        "round": round_, "app": round_.application, "forms": forms, "now": timezone.now()})
