"""One touch: what it is, why, what was discussed, and how to carry it out."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from pursuit.cadence.models import Touch
from pursuit.common.http import is_htmx, member, owner
from pursuit.core.agenda import ACTIONS
from pursuit.core.errors import BadInput
from pursuit.letters.services import call_script_text
from pursuit.pipeline.models import Interviewer
from pursuit.web.forms import SkipForm, SnoozeForm


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


@member
@require_GET
def call_script(request: HttpRequest, call_id: int) -> HttpResponse:
    """The call's script from the user's own template, loaded when Today's panel opens (so
    Today keeps its fixed number of queries)."""
    try:
        text = call_script_text(owner=owner(request), touch_id=call_id)
    except BadInput as exc:
        raise Http404(exc.message) from None
    template = "web/today/_call_script.html" if is_htmx(request) else "web/call_script.html"
    return render(request, template, {"text": text})
