"""Template pages: the user's copies of the shipped templates, with a live preview."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from pursuit.common.http import member, owner
from pursuit.core import letters as core
from pursuit.core.errors import BadInput
from pursuit.core.letters import parts as form_parts
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
    """The template for real people of the user (their latest letter of this kind and the
    others of its round), else for the sample panel."""
    user = owner(request)
    try:
        touches = selectors.preview_touches(user, kind)
        shown: list[tuple[str, str, str]] = []
        for touch in touches:
            try:
                who = touch.recipient_name + (f" (follow-up {touch.week})"
                                              if touch.week and checked_week(kind) else "")
                shown.append((who, *services.template_preview_for(
                    owner=user, kind=kind, subject=subject, body=body, touch=touch)))
            except BadInput as exc:
                if not str(exc.where).startswith("template"):
                    continue  # that touch has nothing to write about (no accepted offer...)
                raise
        if not shown:
            shown = [(f"the {place} person of a sample round",
                      *services.template_preview(owner=user, kind=kind, subject=subject,
                                                 body=body, variant=variant))
                     for variant, place in enumerate(("first", "second", "third"))]
    except BadInput as exc:
        return {"error": exc}
    return {"previews": shown, "real": bool(touches) and not shown[0][0].startswith("the ")}


def checked_week(kind: core.Kind) -> bool:
    """A follow-up's letters go to one person week after week: say which week."""
    return kind in ("follow_up_email", "call_script")


def _code_page(request: HttpRequest, checked: core.Kind,
               unreadable: str = "") -> HttpResponse:
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
            return redirect(reverse("letter_template", args=[checked]) + "?view=code")
    data = form.data if form.is_bound else initial
    return render(request, "letters/template_edit.html", {
        **_common(request, checked, own), "view": "code", "form": form,
        "unreadable": unreadable,
        **_preview(request, checked, str(data.get("subject", "")), str(data.get("body", ""))),
    })


def _common(request: HttpRequest, checked: core.Kind, own: object) -> dict[str, object]:
    return {"kind": checked, "label": core.KINDS[checked], "own": own,
            "with_subject": checked in core.WITH_SUBJECT, "fields": FIELDS,
            "placeholders": form_parts.placeholders(checked),
            "reset_form": ResetForm(), "limits": LIMITS}


def _posted_parts(post: QueryDict) -> form_parts.Parts:
    """The parts as typed (nothing dropped yet: an error shows them as they were)."""
    def count(name: str, most: int = 50) -> int:
        try:
            return max(0, min(int(post.get(name, "0")), most))
        except ValueError:
            return 0
    paragraphs = []
    for i in range(count("paragraphs")):
        if f"p-{i}-code" in post:
            code = post.get(f"p-{i}-code", "")
            paragraphs.append(form_parts.Paragraph(code=code.replace("\r\n", "\n")))
        else:
            paragraphs.append(form_parts.Paragraph(
                tuple(post.get(f"p-{i}-{j}", "") for j in range(max(1, count(f"p-{i}-n"))))))
    return form_parts.Parts(
        tuple(post.get(f"subject-{j}", "") for j in range(count("subjects"))),
        post.get("greeting", ""), tuple(paragraphs), post.get("sign_off", ""),
        post.get("preamble", "").replace("\r\n", "\n"),
        post.get("subject-code", "").replace("\r\n", "\n"))


def _moved(parts: form_parts.Parts, action: str) -> form_parts.Parts:
    """Add, remove or move a paragraph, or add a wording: the page again, nothing saved."""
    paragraphs = list(parts.paragraphs)
    subject = parts.subject
    verb, _, at = action.partition("-")
    i = int(at) if at.isdigit() and int(at) < len(paragraphs) else -1
    if verb == "add":
        paragraphs.append(form_parts.Paragraph())
    elif verb == "subject" and not parts.subject_code:
        subject = (*subject, "") if subject else ("", "")
    elif i < 0:
        pass
    elif verb == "remove":
        del paragraphs[i]
    elif verb == "up" and i > 0:
        paragraphs[i - 1], paragraphs[i] = paragraphs[i], paragraphs[i - 1]
    elif verb == "down" and i < len(paragraphs) - 1:
        paragraphs[i + 1], paragraphs[i] = paragraphs[i], paragraphs[i + 1]
    elif verb == "wording" and not paragraphs[i].code:
        paragraphs[i] = form_parts.Paragraph((*paragraphs[i].wordings, ""))
    return form_parts.Parts(subject, parts.greeting, tuple(paragraphs), parts.sign_off,
                            parts.preamble, parts.subject_code)


@member
def template_edit(request: HttpRequest, kind: str) -> HttpResponse:
    checked = _kind(kind)
    # The code view, or code posted as before the form existed (`subject` and `body`).
    if request.GET.get("view") == "code" or request.POST.get("view") == "code" \
            or "body" in request.POST:
        return _code_page(request, checked)
    own = selectors.own_templates(owner(request)).get(checked)
    current = core.TemplateText(own.subject, own.body) if own else core.default_template(checked)
    errors: dict[str, str] = {}
    if request.method == "POST":
        parts = _posted_parts(request.POST)
        action = request.POST.get("action", "save")
        if action != "save":
            parts = _moved(parts, action)
        else:
            try:
                services.template_save_parts(owner=owner(request), kind=checked, parts=parts)
            except BadInput as exc:
                errors[exc.where or "body"] = exc.message if exc.where in _FORM_WHERE \
                    or str(exc.where).startswith(("p-", "subject-")) else str(exc)
            else:
                messages.success(request, "Template saved: new drafts use your copy.")
                return redirect("letter_template", checked)
    else:
        try:
            parts = form_parts.from_source(current, checked)
        except form_parts.Unreadable as exc:
            return _code_page(request, checked, unreadable=str(exc))
    source = form_parts.to_source(parts)
    field_errors = {k: v for k, v in errors.items() if k in _FORM_FIELDS or k.startswith("p-")
                    or k.startswith("subject-")}
    return render(request, "letters/template_edit.html", {
        **_common(request, checked, own), "view": "form", "parts": _shown(parts, errors),
        "errors": errors, "other_errors": [v for k, v in errors.items() if k not in field_errors],
        **_preview(request, checked, source.subject, source.body),
    })


_FORM_FIELDS = _FORM_WHERE = frozenset({"greeting", "sign_off"})


def _shown(parts: form_parts.Parts, errors: dict[str, str]) -> dict[str, object]:
    """The parts as the page lays them out, each field with its name and its error."""
    def field(name: str, value: str) -> dict[str, str]:
        return {"name": name, "value": value, "error": errors.get(name, "")}
    return {
        "subject": [field(f"subject-{j}", w) for j, w in enumerate(parts.subject)],
        "subject_code": parts.subject_code,
        "greeting": field("greeting", parts.greeting),
        "sign_off": field("sign_off", parts.sign_off),
        "preamble": parts.preamble,
        "paragraphs": [{"index": i, "number": i + 1, "code": p.code,
                        "wordings": [field(f"p-{i}-{j}", w) for j, w in enumerate(p.wordings)]}
                       for i, p in enumerate(parts.paragraphs)],
    }


@member
@require_POST
def template_preview(request: HttpRequest, kind: str) -> HttpResponse:
    checked = _kind(kind)
    if "paragraphs" in request.POST:  # the form's parts, previewed as the code they make
        parts = _posted_parts(request.POST)
        try:
            for label, where, text in form_parts.fields_of(parts):
                form_parts.check_text(text, kind=checked, label=label, where=where)
            source = form_parts.to_source(form_parts.cleaned(parts))
        except BadInput as exc:
            # The message names the form's field already ("Sign-off: ...").
            context: dict[str, object] = {"error": BadInput(exc.message)}
        else:
            context = _preview(request, checked, source.subject, source.body)
    else:
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
