"""One touch: what it is, why, and a plain draft until the letters feature replaces it."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from pursuit.cadence.models import Touch
from pursuit.core.agenda import ACTIONS
from pursuit.pipeline.models import Interviewer
from pursuit.web.drafts import placeholder_draft
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
    draft = placeholder_draft(touch=touch, interviewer=interviewer, user=user)
    return render(request, "web/touch.html", {
        "touch": touch, "action": ACTIONS.get(touch.type, touch.get_type_display()),
        "interviewer": interviewer, "draft": draft,
        "skip_form": SkipForm(), "snooze_form": SnoozeForm(),
    })
