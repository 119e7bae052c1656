"""Outbox pages: the messages and their states, the mail account, the connection test.

In the web layer because deciding about a message whose delivery is unknown also settles its
touch (the cadence's), and the list shows which application each message belongs to."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from pursuit.cadence.selectors import outbox_messages
from pursuit.cadence.services import message_decide
from pursuit.core.errors import BadInput
from pursuit.core.oauth import forgotten_words
from pursuit.outbox import oauth, selectors, services
from pursuit.outbox.forms import MailAccountForm, ResolveForm
from pursuit.outbox.models import MailCheck, Message
from pursuit.outbox.transport import instance_mailer_set_up
from pursuit.web.mail_lookup import look_up


def _message(request: HttpRequest, message_id: int) -> Message:
    try:
        return selectors.message_for(request.user, message_id)  # type: ignore[arg-type]
    except Message.DoesNotExist:
        raise Http404("no such message") from None


@login_required
@require_GET
def outbox(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    return render(request, "outbox/outbox.html", {
        "messages_list": outbox_messages(user),
        "account": selectors.mail_account_for(user),
        "replies": selectors.replies_for(user, limit=10),
        # Without any mail set-up on this instance, the console stands in for a mailbox.
        "console": not instance_mailer_set_up(),
    })


@login_required
@require_GET
def message_detail(request: HttpRequest, message_id: int) -> HttpResponse:
    message = _message(request, message_id)
    # The page shows the message as its recipient reads it; the raw source (headers, encoded
    # body: what the .eml holds) is there for whoever wants it, folded away.
    email = services.build_email(message)
    return render(request, "outbox/message.html", {
        "message": message, "raw": email.as_string(), "html": selectors.html_part(email)})


@login_required
@require_GET
def message_eml(request: HttpRequest, message_id: int) -> HttpResponse:
    message = _message(request, message_id)
    response = HttpResponse(services.build_email(message).as_bytes(),
                            content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="message-{message.pk}.eml"'
    return response


@login_required
@require_POST
def message_cancel(request: HttpRequest, message_id: int) -> HttpResponse:
    _message(request, message_id)
    try:
        services.message_cancel(owner=request.user, message_id=message_id)  # type: ignore[arg-type]
        messages.success(request, "Cancelled: it will not be sent.")
    except BadInput as exc:
        messages.error(request, exc.message)
    return redirect("outbox")


@login_required
@require_POST
def message_send(request: HttpRequest, message_id: int) -> HttpResponse:
    """A held message (restored from a backup, or its mail account removed): send it now."""
    _message(request, message_id)
    try:
        services.message_send_held(owner=request.user,  # type: ignore[arg-type]
                                   message_id=message_id)
        messages.success(request, "Queued: it goes out now.")
    except BadInput as exc:
        messages.error(request, exc.message)
    return redirect("outbox")


@login_required
@require_POST
def message_resolve(request: HttpRequest, message_id: int) -> HttpResponse:
    _message(request, message_id)
    form = ResolveForm(request.POST)
    if form.is_valid():
        try:
            message_decide(owner=request.user,  # type: ignore[arg-type]
                           message_id=message_id, sent=form.cleaned_data["sent"])
            messages.success(request, "Marked as sent." if form.cleaned_data["sent"]
                             else "Queued to be sent again.")
        except BadInput as exc:
            messages.error(request, exc.message)
    return redirect("outbox_message", message_id=message_id)


@login_required
def mail_settings(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    account = selectors.mail_account_for(user)
    initial = {f: getattr(account, f) for f in MailAccountForm.base_fields
               if account is not None and not f.endswith("password")}
    if account is None:
        initial = {"from_address": user.email, "from_name": user.full_name}
    found, looked_up = None, False
    if request.method == "POST" and "lookup" in request.POST:
        # "Look up settings": fill the servers for the address typed, save nothing.
        looked_up = True
        posted = request.POST.copy()
        found = look_up(str(posted.get("from_address", "")))
        if found is not None:
            for field in ("smtp_host", "smtp_port", "smtp_security", "imap_host", "imap_port",
                          "imap_security"):
                posted[field] = str(getattr(found, field))
            for field in ("smtp_username", "imap_username"):
                if not posted.get(field):
                    posted[field] = str(posted.get("from_address", ""))
        form = MailAccountForm(initial={**initial, **{
            k: posted.get(k) for k in MailAccountForm.base_fields
            if not k.endswith("password") and k in posted}})
        return render(request, "outbox/mail_settings.html", {
            "form": form, "account": account, "check": selectors.latest_check(user),
            "console": not instance_mailer_set_up(), "found": found, "looked_up": looked_up,
            "providers": oauth.providers(), "revocations": selectors.revocations_to_tell(user)})
    form = MailAccountForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        for secret in ("smtp_password", "imap_password"):
            data[secret] = data[secret] or None  # empty keeps the stored password
        signed_in = account is not None and account.uses_oauth
        try:
            saved = services.mail_account_save(owner=user, **data)
        except BadInput as exc:
            form.add_error(exc.where if exc.where in form.fields else None, exc.message)
        else:
            said = "Mail account saved. Test the connection below."
            if signed_in and account is not None and not saved.uses_oauth:
                # A password typed in signed the account out of its provider.
                said += " " + forgotten_words(oauth.provider(account.oauth_provider),
                                              account.from_address)
            messages.success(request, said)
            return redirect("mail_settings")
    return render(request, "outbox/mail_settings.html", {
        "form": form, "account": account, "check": selectors.latest_check(user),
        "console": not instance_mailer_set_up(), "providers": oauth.providers(),
        "revocations": selectors.revocations_to_tell(user)})


@login_required
@require_POST
def mail_check(request: HttpRequest) -> HttpResponse:
    try:
        check = services.mail_check_request(owner=request.user)  # type: ignore[arg-type]
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("mail_settings")
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "outbox/_check.html", {"check": check})
    return redirect("mail_settings")


@login_required
@require_GET
def mail_check_status(request: HttpRequest, check_id: int) -> HttpResponse:
    try:
        check = selectors.check_for(request.user, check_id)  # type: ignore[arg-type]
    except MailCheck.DoesNotExist:
        raise Http404("no such check") from None
    return render(request, "outbox/_check.html", {"check": check})


@login_required
@require_POST
def mail_account_delete(request: HttpRequest) -> HttpResponse:
    removed = services.mail_account_delete(owner=request.user)  # type: ignore[arg-type]
    held = removed.held
    said = "Mail account removed." + (f" {removed.said}" if removed.said else "")
    if held:
        said += (f" {held} message{'s' if held > 1 else ''} waiting to go out "
                 f"{'are' if held > 1 else 'is'} held in the Outbox: send or cancel "
                 f"{'them' if held > 1 else 'it'} there.")
    messages.success(request, said)
    return redirect("mail_settings")
