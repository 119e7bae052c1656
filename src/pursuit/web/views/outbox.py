"""Outbox pages: the messages and their states, the mail account, the connection test.

In the web layer because deciding about a message whose delivery is unknown also settles its
touch (the cadence's), and the list shows which application each message belongs to."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from pursuit.cadence.selectors import outbox_messages
from pursuit.cadence.services import message_decide
from pursuit.core.errors import BadInput
from pursuit.core.mail_presets import Preset, domain_of, preset_for_domain
from pursuit.core.oauth import forgotten_words
from pursuit.outbox import oauth, selectors, services
from pursuit.outbox.forms import MailAccountForm, ResolveForm
from pursuit.outbox.models import MailCheck, MailLookup, Message
from pursuit.outbox.transport import instance_mailer_set_up


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
        messages.error(request, exc.sentence())
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
        messages.error(request, exc.sentence())
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
            messages.error(request, exc.sentence())
    return redirect("outbox_message", message_id=message_id)


_FOUND_FIELDS = ("smtp_host", "smtp_port", "smtp_security", "imap_host", "imap_port",
                 "imap_security")


def _found(row: MailLookup) -> Preset | None:
    try:
        return Preset(**row.found) if row.found else None
    except TypeError:  # stored by another version of Pursuit: look it up again
        return None


def _looked_up(request: HttpRequest, account: Any, initial: dict[str, Any],
               posted: dict[str, Any], found: Preset | None, *,
               looking_up: MailLookup | None = None) -> HttpResponse:
    """The page with the form as typed, filled with what was found (nothing is saved)."""
    user: Any = request.user
    posted = dict(posted)
    if found is not None:
        for field in _FOUND_FIELDS:
            posted[field] = str(getattr(found, field))
        for field in ("smtp_username", "imap_username"):
            if not posted.get(field):
                posted[field] = str(posted.get("from_address", ""))
    form = MailAccountForm(initial={**initial, **{
        k: posted.get(k) for k in MailAccountForm.base_fields
        if not k.endswith("password") and k in posted}})
    return render(request, "outbox/mail_settings.html", {
        "form": form, "account": account, "check": selectors.latest_check(user),
        "console": not instance_mailer_set_up(), "found": found,
        "looked_up": looking_up is None, "looking_up": looking_up,
        "providers": oauth.providers(), "revocations": selectors.revocations_to_tell(user)})


@login_required
def mail_settings(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    account = selectors.mail_account_for(user)
    initial = {f: getattr(account, f) for f in MailAccountForm.base_fields
               if account is not None and not f.endswith("password")}
    if account is None:
        initial = {"from_address": user.email, "from_name": user.full_name}
    if request.method == "POST" and "lookup" in request.POST:
        # "Look up settings": fill the servers for the address typed, save nothing. The
        # provider table answers at once; DNS and the domain's autoconfig file are asked by
        # the worker (a request never waits on the network), and the page polls for it.
        posted = {k: str(v) for k, v in request.POST.items()
                  if k in MailAccountForm.base_fields and not k.endswith("password")}
        address = posted.get("from_address", "").strip()
        domain = domain_of(address)
        if not domain or "." not in domain or preset_for_domain(domain) is not None:
            return _looked_up(request, account, initial, posted,
                              preset_for_domain(domain) if domain else None)
        try:
            row = services.mail_lookup_request(owner=user, address=address, form=posted)
        except BadInput:
            return _looked_up(request, account, initial, posted, None)
        return redirect(f"{reverse('mail_settings')}?lookup={row.pk}")
    if request.method == "GET" and request.GET.get("lookup", "").isdigit():
        lookup = selectors.mail_lookup_for(user, int(request.GET["lookup"]))
        if lookup is not None:
            return _looked_up(request, account, initial, lookup.form,
                              _found(lookup) if lookup.finished_at else None,
                              looking_up=None if lookup.finished_at else lookup)
    form = MailAccountForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        for secret in ("smtp_password", "imap_password"):
            data[secret] = data[secret] or None  # empty keeps the stored password
        signed_in = account is not None and account.uses_oauth
        try:
            saved = services.mail_account_save(owner=user, **data)
        except BadInput as exc:
            form.add_error(exc.where if exc.where in form.fields else None, exc.sentence())
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
        messages.error(request, exc.sentence())
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
@require_GET
def mail_lookup_status(request: HttpRequest, lookup_id: int) -> HttpResponse:
    """What the page polls while the worker looks up: the page again once it is done."""
    row = selectors.mail_lookup_for(request.user, lookup_id)  # type: ignore[arg-type]
    if row is None:
        raise Http404("no such look-up")
    if row.finished_at is None:
        return render(request, "outbox/_lookup_wait.html", {"looking_up": row})
    response = HttpResponse(status=204)
    response["HX-Refresh"] = "true"  # the page shows the form filled
    return response


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
