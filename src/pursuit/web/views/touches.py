"""One touch: what it is, why, what was discussed, and how to carry it out."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from pursuit.cadence.models import Touch
from pursuit.core.agenda import ACTIONS
from pursuit.pipeline.models import Interviewer
from pursuit.web.forms import SkipForm, SnoozeForm
from pursuit.web.views.common import member, owner


@member
@require_GET
def touch_detail(request: HttpRequest, touch_id: int) -> HttpResponse:
    user = owner(request)
    touch = get_object_or_404(
        Touch.objects.select_related("application__employer", "round", "contact"),
        pk=touch_id, owner=user)
    interviewer = (Interviewer.objects.filter(owner=user, round=touch.round,
                                              contact=touch.contact).first()
                   if touch.round_id and touch.contact_id else None)
    return render(request, "web/touch.html", {
        "touch": touch, "action": ACTIONS.get(touch.type, touch.get_type_display()),
        "interviewer": interviewer,
        "writable": touch.type != "interview_preparation",
        "skip_form": SkipForm(), "snooze_form": SnoozeForm(),
    })
