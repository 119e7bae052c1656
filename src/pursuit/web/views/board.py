"""The pipeline board: applications as cards in stage columns, moved by drag and drop or keys."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from pursuit.cadence.selectors import board_columns
from pursuit.cadence.services import application_move
from pursuit.career.selectors import placement_open
from pursuit.career.services import offer_accept
from pursuit.common.http import back_to, is_htmx, local_now, member, owner
from pursuit.common.pagecache import cached_page
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import Application, Stage
from pursuit.pipeline.selectors import pipeline_health
from pursuit.web.forms import MoveForm


def _board_context(request: HttpRequest) -> dict[str, object]:
    user = owner(request)
    return {"columns": board_columns(user),
            "health": pipeline_health(user, today=local_now(user).date()),
            "placement": placement_open(user)}


@member
@require_GET
def board(request: HttpRequest) -> HttpResponse:
    return cached_page(request, owner(request), "board", "web/board.html",
                       lambda: _board_context(request))


@member
@require_POST
def move(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id, owner=owner(request))
    form = MoveForm(request.POST)
    if form.is_valid() and form.cleaned_data["stage"] == Stage.ACCEPTED \
            and application.stage != Stage.ACCEPTED:
        # An offer accepted is career mode's start: its page says what comes next.
        try:
            offer_accept(owner=owner(request), application_id=application.pk, at=timezone.now())
        except BadInput as exc:
            messages.error(request, exc.sentence())
            return back_to(request, "board")
        messages.success(request, f"Congratulations on {application.role}! Here is what comes "
                                  "next.")
        if is_htmx(request):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = reverse("career")
            return response
        return redirect("career")
    if form.is_valid():
        application = application_move(owner=owner(request), application_id=application.pk,
                                       stage=form.cleaned_data["stage"], at=timezone.now())
        done = f"{application.role} moved to {application.get_stage_display()}."
    else:
        done = "Pick a stage to move it to."
    if is_htmx(request):
        context = _board_context(request)
        context.update(flash=done, moved=application.pk)
        return render(request, "web/board/_board.html", context)
    messages.success(request, done)
    return back_to(request, "board")
