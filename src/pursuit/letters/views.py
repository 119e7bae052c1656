"""The letter editor: proofread as the user types, fix or dismiss findings, approve, print.

Every view finds the letter through the owner (another user's letter is a 404). htmx requests
get partials; without JavaScript every button still posts the form and comes back here.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from pursuit.cadence.models import Touch
from pursuit.common.http import is_htmx, local_now, member, owner
from pursuit.core.errors import BadInput
from pursuit.letters import selectors, services
from pursuit.letters.forms import ApproveForm, LetterTextForm, split_finding
from pursuit.letters.highlight import finding_rows, marked_text
from pursuit.letters.models import Letter
from pursuit.letters.pdf import render_pdf


def _letter(request: HttpRequest, letter_id: int) -> Letter:
    try:
        return selectors.letter_for(owner(request), letter_id)
    except Letter.DoesNotExist:
        raise Http404("no such letter") from None


def _text(request: HttpRequest) -> dict[str, Any]:
    form = LetterTextForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    return {"subject": data.get("subject") if "subject" in request.POST else None,
            "body": data.get("body") if "body" in request.POST else None}


SHOWN_FINDINGS = 100  # listed with their buttons; a letter with more is not finished


def _panel_context(letter: Letter, proofing: services.Proofing) -> dict[str, Any]:
    rows = finding_rows(proofing.findings, proofing.dismissed)
    morning = services.send_morning(letter, timezone.now()) if letter.channel == "email" else None
    # In the recipient's own time: the point is when it lands in their inbox.
    label = (f"{morning:%A %B} {morning.day} at {morning:%H:%M}, their time ({morning.tzinfo})"
             if morning else "")
    return {"letter": letter, "rows": rows[:SHOWN_FINDINGS],
            "hidden_count": max(len(rows) - SHOWN_FINDINGS, 0),
            "marked": marked_text(proofing.text, rows),
            "open_count": len(proofing.open), "morning_label": label,
            "dismissed_count": sum(1 for row in rows if row.dismissed)}


def _missing_rows(letter: Letter) -> list[dict[str, Any]]:
    """What the draft could not say, each with a link to where it is entered and whether it
    has been filled in since (then a fresh draft from the template would use it)."""
    if not letter.missing:
        return []
    still = {item["label"] for item in services.missing_now(letter)} \
        if letter.is_editable else {item["label"] for item in letter.missing}
    touch = letter.touch
    round_id = selectors.debrief_round_id(letter)
    links: dict[str, tuple[str, str] | None] = {
        "profile": (reverse("profile"), "Add it to your profile"),
        "debrief": (reverse("debrief", args=[round_id]), "Fill in the debrief")
        if round_id else None,
        "contact": (reverse("contact_edit", args=[touch.contact_id]), "Edit their contact card")
        if touch.contact_id else None,
        "application": (reverse("application_edit", args=[touch.application_id]),
                        "Edit the application"),
        "template": (reverse("letter_template", args=[letter.kind]), "Edit the template"),
    }
    rows = []
    for item in letter.missing:
        link = links.get(item.get("where", ""))
        rows.append({"label": item["label"], "url": link[0] if link else "",
                     "action": link[1] if link else "", "filled": item["label"] not in still})
    return rows


@member
@require_GET
def letter_index(request: HttpRequest) -> HttpResponse:
    return render(request, "letters/index.html",
                  {"letters": selectors.letters_for(owner(request))})


@member
@require_GET
def letter_for_touch(request: HttpRequest, touch_id: int) -> HttpResponse:
    """The touch's letter, drafted from the user's template the first time."""
    user = owner(request)
    touch = get_object_or_404(Touch, pk=touch_id, owner=user)
    try:
        letter = services.letter_draft(owner=user, touch_id=touch.pk)
    except BadInput as exc:
        messages.error(request, f"Could not draft this letter: {exc}")
        if exc.where and exc.where.startswith("template:"):
            return redirect("letter_templates")
        return redirect("touch", touch.pk)
    return redirect("letter", letter.pk)


@member
@require_GET
def letter_editor(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    proofing = services.letter_proofread(owner=owner(request), letter_id=letter.pk)
    context = _panel_context(letter, proofing)
    missing = _missing_rows(letter)
    context.update(touch=letter.touch, application=letter.touch.application, missing=missing,
                   any_filled=any(row["filled"] for row in missing),
                   needs_return_address=letter.channel == "post" and letter.is_editable
                   and not owner(request).return_address.strip())
    return render(request, "letters/editor.html", context)


def _after(request: HttpRequest, letter_id: int, partial: str) -> HttpResponse:
    """htmx gets the fresh partial; a plain form post goes back to the editor."""
    if not is_htmx(request):
        return redirect("letter", letter_id)
    letter = _letter(request, letter_id)
    proofing = services.letter_proofread(owner=owner(request), letter_id=letter_id)
    return render(request, partial, _panel_context(letter, proofing))


@member
@require_POST
def letter_proofread(request: HttpRequest, letter_id: int) -> HttpResponse:
    """Called as the user types (debounced): saves the draft, answers the findings panel."""
    letter = _letter(request, letter_id)
    proofing = services.letter_proofread(owner=owner(request), letter_id=letter.pk,
                                         **_text(request))
    if not is_htmx(request):
        return redirect("letter", letter.pk)
    letter.refresh_from_db(fields=["subject", "body"])
    return render(request, "letters/_proofread.html", _panel_context(letter, proofing))


@member
@require_POST
def letter_apply(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    start, key = split_finding(request.POST.get("finding", ""))
    try:
        services.letter_apply(owner=owner(request), letter_id=letter.pk, key=key, start=start,
                              **_text(request))
    except BadInput as exc:
        messages.error(request, exc.message)
    return _after(request, letter.pk, "letters/_editor.html")


@member
@require_POST
def letter_dismiss(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    try:
        services.letter_dismiss(owner=owner(request), letter_id=letter.pk,
                                key=request.POST.get("finding", ""), **_text(request))
    except BadInput as exc:
        messages.error(request, exc.message)
    return _after(request, letter.pk, "letters/_proofread.html")


@member
@require_POST
def letter_approve(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    form = ApproveForm(request.POST)
    form.is_valid()
    user = owner(request)
    try:
        # Save what is in the box first, so a refusal never loses the user's last edits.
        if letter.is_editable:
            services.letter_proofread(owner=user, letter_id=letter.pk, **_text(request))
        letter = services.letter_approve(owner=user, letter_id=letter.pk,
                                         send=form.cleaned_data.get("send") or services.SEND_NOW)
    except BadInput as exc:
        messages.error(request, f"Not approved: {exc.message}")
    else:
        messages.success(request, _approved_message(letter))
    return redirect("letter", letter.pk)


def _approved_message(letter: Letter) -> str:
    if letter.message is not None:
        return "Approved: the e-mail is in the outbox."
    if letter.channel == "post":
        return "Approved: print the PDF, post it, then mark it mailed."
    return "Approved: use the script when you call."


@member
@require_POST
def letter_reopen(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    try:
        services.letter_reopen(owner=owner(request), letter_id=letter.pk)
        messages.success(request, "Approval taken back: edit the letter and approve it again.")
    except BadInput as exc:
        messages.error(request, exc.message)
    return redirect("letter", letter.pk)


@member
@require_POST
def letter_redraft(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    try:
        services.letter_redraft(owner=owner(request), letter_id=letter.pk)
        messages.success(request, "Drafted again from your template.")
    except BadInput as exc:
        messages.error(request, f"Could not draft it again: {exc}")
    return redirect("letter", letter.pk)


@member
@require_POST
def letter_mailed(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    try:
        services.letter_mark_mailed(owner=owner(request), letter_id=letter.pk)
        messages.success(request, "Marked mailed: the touch is done.")
    except BadInput as exc:
        messages.error(request, exc.message)
    return redirect("letter", letter.pk)


def _pdf_response(request: HttpRequest, letter: Letter) -> HttpResponse:
    if letter.channel != "post":
        raise Http404("only a letter on paper is printed")
    if letter.status == Letter.Status.DRAFT:
        messages.error(request, "Approve the letter first: its PDF is made from the approved "
                                "text.")
        return redirect("letter", letter.pk)
    try:
        printed = selectors.printed_letter(letter, day=local_now(owner(request)).date())
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("letter", letter.pk)
    response = HttpResponse(render_pdf(printed), content_type="application/pdf")
    name = f"letter-{letter.touch.application_id}-{letter.pk}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@member
@require_GET
def letter_pdf(request: HttpRequest, letter_id: int) -> HttpResponse:
    return _pdf_response(request, _letter(request, letter_id))


@member
@require_GET
def application_letter_pdf(request: HttpRequest, application_id: int) -> HttpResponse:
    """The application's postal letter (R3): from the application page."""
    try:
        letter = services.application_postal_letter(owner=owner(request),
                                                    application_id=application_id)
    except BadInput as exc:
        if exc.where == "APPLICATION_ID":
            raise Http404("no such application") from None
        messages.error(request, exc.message)
        return redirect("application", application_id)
    return _pdf_response(request, selectors.letter_for(owner(request), letter.pk))
