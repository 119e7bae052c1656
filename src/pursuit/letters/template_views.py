"""Template pages: the user's copies of the shipped templates, with a live preview."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from pursuit.common.http import member, owner
from pursuit.core import letters as core
from pursuit.core.errors import BadInput
from pursuit.core.letters.limits import LIMITS
from pursuit.letters import selectors, services
from pursuit.letters.fields import FIELDS
from pursuit.letters.forms import ResetForm, TemplateForm


def _kind(kind: str) -> core.Kind:
    try:
        return services.check_kind(kind)
    except BadInput:
        raise Http404("no such kind of letter") from None


@member
@require_GET
def template_index(request: HttpRequest) -> HttpResponse:
    own = selectors.own_templates(owner(request))
    kinds = [(kind, label, own.get(kind)) for kind, label in core.KINDS.items()]
    return render(request, "letters/templates.html", {"kinds": kinds})


def _preview(request: HttpRequest, kind: core.Kind, subject: str, body: str) -> dict[str, object]:
    try:
        shown = [services.template_preview(owner=owner(request), kind=kind, subject=subject,
                                           body=body, variant=variant)
                 for variant in range(core.VARIANTS)]
    except BadInput as exc:
        return {"error": exc}
    return {"previews": shown}


@member
def template_edit(request: HttpRequest, kind: str) -> HttpResponse:
    checked = _kind(kind)
    own = selectors.own_templates(owner(request)).get(checked)
    shipped = core.default_template(checked)
    initial = {"subject": own.subject if own else shipped.subject,
               "body": own.body if own else shipped.body}
    form = TemplateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.template_save(owner=owner(request), kind=checked, **form.cleaned_data)
        except BadInput as exc:
            form.add_error("subject" if exc.where == "subject" else "body", str(exc))
        else:
            messages.success(request, "Template saved: new drafts use your copy.")
            return redirect("letter_template", checked)
    data = form.data if form.is_bound else initial
    return render(request, "letters/template_edit.html", {
        "kind": checked, "label": core.KINDS[checked], "form": form, "own": own,
        "with_subject": checked in core.WITH_SUBJECT, "fields": FIELDS,
        "reset_form": ResetForm(), "limits": LIMITS,
        **_preview(request, checked, str(data.get("subject", "")), str(data.get("body", ""))),
    })


@member
@require_POST
def template_preview(request: HttpRequest, kind: str) -> HttpResponse:
    checked = _kind(kind)
    context = _preview(request, checked, request.POST.get("subject", ""),
                       request.POST.get("body", ""))
    return render(request, "letters/_template_preview.html",
                  {"kind": checked, "with_subject": checked in core.WITH_SUBJECT, **context})


@member
@require_POST
def template_reset(request: HttpRequest, kind: str) -> HttpResponse:
    checked = _kind(kind)
    if ResetForm(request.POST).is_valid():
        services.template_reset(owner=owner(request), kind=checked)
        messages.success(request, "Back to the shipped template.")
    else:
        messages.error(request, "Tick the box to confirm: your copy would be lost.")
    return redirect("letter_template", checked)
