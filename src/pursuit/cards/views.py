"""The card scanner's pages: upload photos (a phone's camera works), review each card beside its
photo, save it as a contact or discard it.

The photos are read by the worker (a job: about a second of OCR a card, never inside a
request); each becomes a pending `CardScan` with what was read, so a user who leaves half-way
finds the rest waiting. A page opened from a round (`?round=<id>`) or an event
(`?event=<id>`) files the saved people there.
Photos are served only through `card_scan_image`, which checks the owner: a card carries a
person's details and a phone photo may carry where it was taken.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import phonenumbers
from django import forms
from django.contrib import messages
from django.forms import formset_factory
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.accounts.models import User
from pursuit.cards import services as scans
from pursuit.cards.models import CardScan
from pursuit.common.columns import column_width
from pursuit.common.http import is_htmx, member, owner
from pursuit.contacts.models import Contact, ContactAddress, ContactPhone
from pursuit.contacts.services import AddressIn, ContactIn, PhoneIn
from pursuit.core.errors import BadInput
from pursuit.jobs.models import Job
from pursuit.jobs.services import job_for, progress_of
from pursuit.networking.models import NetworkingEvent
from pursuit.pipeline.models import Round
from pursuit.scanning.images import MAX_BYTES, sniff

# Photos read in one batch: each takes about a second of the worker's OCR.
MAX_FILES = 20
_MIME = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


# --- Where the cards are filed -----------------------------------------------------------------

def _id(value: str | None) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        raise Http404("no such round or event")
    return int(value)


def _target(user: User, round_id: str | None, event_id: str | None) -> tuple[Any, Any]:
    """The user's own round and event named by the page's query or hidden fields; anyone
    else's (or a made-up id) is a 404, never a card filed under a stranger's interview."""
    round_ = event = None
    if (rid := _id(round_id)) is not None:
        round_ = Round.objects.select_related("application__employer").filter(
            owner=user, pk=rid).first()
        if round_ is None:
            raise Http404("no such round")
    if (eid := _id(event_id)) is not None:
        event = NetworkingEvent.objects.filter(owner=user, pk=eid).first()
        if event is None:
            raise Http404("no such event")
    return round_, event


def _scan_page(round_: Any, event: Any) -> str:
    query = {k: v.pk for k, v in (("round", round_), ("event", event)) if v is not None}
    return reverse("card_scan") + (f"?{urlencode(query)}" if query else "")


# --- Upload ------------------------------------------------------------------------------------

@member
@require_http_methods(["GET", "POST"])
def scan_upload(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    source = request.POST if request.method == "POST" else request.GET
    round_, event = _target(user, source.get("round"), source.get("event"))
    if request.method == "POST":
        uploads = request.FILES.getlist("images")
        if not uploads:
            messages.error(request, "Choose or take at least one photo of a card.")
            return redirect(_scan_page(round_, event))
        if len(uploads) > MAX_FILES:
            messages.error(request, f"Only the first {MAX_FILES} photos are read; add the "
                                    f"other {len(uploads) - MAX_FILES} again afterwards.")
        photos: list[tuple[str, bytes]] = []
        for upload in uploads[:MAX_FILES]:
            name = Path(upload.name or "photo").name[:120] or "photo"
            # Refused before it is read: the scanner would refuse it anyway.
            if upload.size is not None and upload.size > MAX_BYTES:
                messages.error(request, f"{name}: is too large (the limit is "
                                        f"{MAX_BYTES // 2**20} MB) — it was not read.")
                continue
            data = upload.read()
            if sniff(data) is None:
                messages.error(request, f"{name}: is not a PNG, JPEG or WebP photo — it was "
                                        "not read.")
                continue
            photos.append((name, data))
        if not photos:
            return redirect(_scan_page(round_, event))
        job = scans.scan_batch_start(owner=user, photos=photos, round_=round_, event=event)
        return redirect("card_scan_job", job.pk)
    return render(request, "cards/scan.html", {
        "round": round_, "event": event, "pending": list(scans.pending_scans(user)[:50]),
        "max_files": MAX_FILES})


@member
@require_GET
def scan_job(request: HttpRequest, job_id: int) -> HttpResponse:
    """A batch being read: its progress (polled by htmx), then the first card to review."""
    try:
        job = job_for(owner(request), job_id, kind=Job.Kind.CARD_SCANS)
    except BadInput:
        raise Http404("no such batch") from None
    first = job.result.get("first_scan") if job.state == Job.State.DONE else None
    if first and not is_htmx(request):
        for error in job.result.get("errors", []):
            messages.error(request, error)
        read = job.result.get("read", 0)
        if read > 1:
            messages.success(request, f"Read {read} cards. Check each one, then save it.")
        return redirect("card_scan_review", first)
    context = {"job": job, "progress": progress_of(job), "first": first}
    if is_htmx(request):
        response = render(request, "cards/_job_progress.html", context)
        if first:
            response["HX-Redirect"] = request.path  # done: the page itself moves on
        return response
    return render(request, "cards/job.html", context)


# --- Review ------------------------------------------------------------------------------------

def _owned_scan(request: HttpRequest, scan_id: int) -> CardScan:
    scan = CardScan.objects.select_related("round__application__employer", "event").filter(
        owner=owner(request), pk=scan_id).first()
    if scan is None:
        raise Http404("no such card")
    return scan


def _limit(model: Any, name: str) -> int | None:
    return column_width(model, name)


def _text(label: str, name: str, model: Any = Contact, **kwargs: Any) -> forms.CharField:
    return forms.CharField(label=label, required=False, max_length=_limit(model, name),
                           **kwargs)


def _attrs(autocomplete: str, **extra: str) -> forms.TextInput:
    return forms.TextInput(attrs={"autocomplete": autocomplete, **extra})


class CardForm(forms.Form):
    """The person on the card, prefilled with what was read; every field can be corrected."""

    full_name = _text("Full name", "full_name", widget=_attrs("off"),
                      help_text="Left empty, it is made from the parts below.")
    # Named like the contact's column; Django's form metaclass moves fields off the class, so
    # this does not shadow Form.prefix at run time.
    prefix = _text("Prefix", "prefix", widget=_attrs("off", placeholder="Dr."))  # type: ignore[assignment]
    first = _text("First name", "first", widget=_attrs("off"))
    middle = _text("Middle name", "middle", widget=_attrs("off"))
    last = _text("Last name", "last", widget=_attrs("off"))
    suffix = _text("Suffix", "suffix", widget=_attrs("off", placeholder="Jr."))
    credentials = _text("Credentials", "credentials", widget=_attrs("off",
                                                                    placeholder="PhD"))
    title = _text("Title", "title", widget=_attrs("off"))
    company = _text("Company", "company", widget=_attrs("off"))
    department = _text("Department", "department", widget=_attrs("off"))
    website = _text("Website", "website", widget=_attrs("off", inputmode="url"))
    linkedin = _text("LinkedIn", "linkedin", widget=_attrs("off", inputmode="url"))
    twitter = _text("Twitter / X", "twitter", widget=_attrs("off"))
    street = _text("Street", "street", ContactAddress, widget=_attrs("off"))
    city = _text("City", "city", ContactAddress, widget=_attrs("off"))
    region = _text("State / region", "region", ContactAddress, widget=_attrs("off"))
    postal_code = _text("Postal code", "postal_code", ContactAddress, widget=_attrs("off"))
    country = _text("Country", "country", ContactAddress, widget=_attrs("off"))
    notes = forms.CharField(label="Notes", required=False, max_length=5000,
                            widget=forms.Textarea(attrs={"rows": 2}),
                            help_text="Where you met, what you talked about.")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("full_name"):
            data["full_name"] = " ".join(data.get(k) or "" for k in ("first", "middle", "last"))
            data["full_name"] = " ".join(data["full_name"].split())
        if not data["full_name"]:
            self.add_error("full_name", "Give the person's name.")
        return data


class EmailForm(forms.Form):
    address = forms.EmailField(label="E-mail", required=False, max_length=254,
                               widget=forms.EmailInput(attrs={"autocomplete": "off"}))


class PhoneForm(forms.Form):
    type = forms.ChoiceField(label="Type", choices=ContactPhone.Type.choices,
                             initial=ContactPhone.Type.WORK)
    as_printed = _text("As printed", "as_printed", ContactPhone,
                       widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}))
    e164 = _text("International (E.164)", "e164", ContactPhone,
                 widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off",
                                               "placeholder": "+15035550147"}))
    ext = _text("Ext.", "ext", ContactPhone,
                widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))

    def __init__(self, *args: Any, region: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The example is a number of the card's own country: a UK card shows a UK number.
        own = _region_of(self.initial.get("e164")) or region
        example = example_e164(own)
        if example:
            self.fields["e164"].widget.attrs["placeholder"] = example

    def clean_e164(self) -> str:
        value = "".join(self.cleaned_data.get("e164", "").split())
        if not value:
            return ""
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(
                "Not a valid international number: start with + and the country code, or "
                "leave it empty and keep the number as printed.")
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _region_of(e164: Any) -> str | None:
    """The country of an international number, or None."""
    if not e164:
        return None
    try:
        number = phonenumbers.parse(str(e164), None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None


def example_e164(region: str | None) -> str | None:
    """An example number of `region` in E.164, for a placeholder (None for no such region)."""
    if not region or region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        return None
    number = (phonenumbers.example_number_for_type(region.upper(),
                                                   phonenumbers.PhoneNumberType.FIXED_LINE)
              or phonenumbers.example_number(region.upper()))
    if number is None:
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


EmailFormSet = formset_factory(EmailForm, extra=1, max_num=10, absolute_max=20)
PhoneFormSet = formset_factory(PhoneForm, extra=1, max_num=10, absolute_max=20)


def _initial(fields: dict[str, Any]) -> dict[str, Any]:
    keys = [name for name in CardForm.base_fields if name != "notes"]
    initial = {key: fields.get(key) or "" for key in keys}
    if not initial["country"] and fields.get("card_region") and any(
            fields.get(key) for key in ("street", "city", "postal_code")):
        # The card shows its country without printing it (a UK postcode, a .de domain):
        # the address keeps it.
        initial["country"] = fields["card_region"]
    return initial


def _contact_in(form: CardForm, emails: Any, phones: Any) -> ContactIn:
    data = form.cleaned_data
    parts = {key: data.get(key, "").strip() for key in CardForm.base_fields}
    address = {key: parts[key] for key in ("street", "city", "region", "postal_code",
                                           "country")}
    phone_rows = []
    for row in phones.cleaned_data:
        if not (row.get("e164") or row.get("as_printed", "").strip()):
            continue  # an emptied row drops the number
        phone_rows.append(PhoneIn(type=row["type"], e164=row["e164"] or None,
                                  ext=row.get("ext", "").strip(),
                                  as_printed=row.get("as_printed", "").strip() or row["e164"]))
    return ContactIn(
        full_name=parts["full_name"], prefix=parts["prefix"], first=parts["first"],
        middle=parts["middle"], last=parts["last"], suffix=parts["suffix"],
        credentials=parts["credentials"], title=parts["title"], company=parts["company"],
        department=parts["department"], website=parts["website"], linkedin=parts["linkedin"],
        twitter=parts["twitter"],
        notes=parts["notes"],
        emails=tuple(dict.fromkeys(row["address"] for row in emails.cleaned_data
                                   if row.get("address"))),
        phones=tuple(phone_rows),
        addresses=(AddressIn(**address),) if any(address.values()) else (),
    )


def _after(scan: CardScan) -> HttpResponse:
    """The next card waiting, else back to where the scanning started."""
    following = scans.pending_scans(scan.owner).first()
    if following is not None:
        return redirect("card_scan_review", following.pk)
    if scan.round is not None:
        return redirect("application", scan.round.application_id)
    if scan.event is not None:
        return redirect("network_event", scan.event_id)
    if scan.contact_id:
        return redirect("contact", scan.contact_id)
    return redirect("card_scan")


@member
@require_http_methods(["GET", "POST"])
def scan_review(request: HttpRequest, scan_id: int) -> HttpResponse:
    scan = _owned_scan(request, scan_id)
    if scan.status == CardScan.Status.SAVED and scan.contact_id:
        messages.success(request, "This card is already saved.")
        return redirect("contact", scan.contact_id)
    if scan.status != CardScan.Status.PENDING:
        messages.error(request, "This card was discarded.")
        return redirect("card_scan")
    fields = scan.fields or {}
    # Numbers without a country code were read in the country the card shows, else in yours.
    region = fields.get("card_region") or owner(request).country
    if request.method == "POST":
        form = CardForm(request.POST)
        emails = EmailFormSet(request.POST, prefix="emails")
        phones = PhoneFormSet(request.POST, prefix="phones", form_kwargs={"region": region})
        if form.is_valid() and emails.is_valid() and phones.is_valid():
            try:
                contact = scans.scan_save(scan=scan, data=_contact_in(form, emails, phones))
            except BadInput as exc:
                messages.error(request, exc.message)
                return redirect("card_scan")
            where = (f" as an interviewer of {scan.round.application}" if scan.round
                     else f" under {scan.event.name}" if scan.event else "")
            messages.success(request, f"Saved {contact.full_name}{where}.")
            return _after(scan)
    else:
        form = CardForm(initial=_initial(fields))
        emails = EmailFormSet(prefix="emails",
                              initial=[{"address": e} for e in fields.get("emails") or ()])
        phones = PhoneFormSet(prefix="phones", form_kwargs={"region": region}, initial=[
            {key: phone.get(key) or "" for key in ("type", "as_printed", "e164", "ext")}
            for phone in fields.get("phones") or ()])
    doubtful = set(fields.get("doubtful") or ())
    for name in doubtful & set(form.fields):
        form.fields[name].widget.attrs["class"] = "doubtful"
    # The rows to check, not the whole list: a scan names its doubtful numbers ("phones.1");
    # one saved before it did marks every number read. The spare empty rows are never marked.
    phone_rows = {int(name.split(".")[1]) for name in doubtful if name.startswith("phones.")}
    if "phones" in doubtful and not phone_rows:
        phone_rows = set(range(len(fields.get("phones") or ())))
    email_rows = set(range(len(fields.get("emails") or ()))) if "emails" in doubtful else set()
    pending = list(scans.pending_scans(scan.owner).values_list("pk", flat=True))
    place = pending.index(scan.pk) if scan.pk in pending else 0
    return render(request, "cards/scan_review.html", {
        "scan": scan, "form": form, "emails": emails, "phones": phones,
        "name_fields": [form[n] for n in ("prefix", "first", "middle", "last", "suffix",
                                          "credentials")],
        "address_fields": [form[n] for n in ("street", "city", "region", "postal_code",
                                             "country")],
        "lines": fields.get("lines") or [], "doubtful": doubtful,
        "doubtful_phones": phone_rows, "doubtful_emails": email_rows,
        "position": place + 1, "waiting": len(pending),
        "previous": pending[place - 1] if place > 0 else None,
        "next": pending[place + 1] if place + 1 < len(pending) else None,
    })


@member
@require_POST
def scan_discard(request: HttpRequest, scan_id: int) -> HttpResponse:
    scan = _owned_scan(request, scan_id)
    try:
        scans.scan_discard(scan=scan)
    except BadInput as exc:
        messages.error(request, exc.message)
        return redirect("card_scan")
    messages.success(request, f"Discarded {scan.filename or 'the card'}.")
    return _after(scan)


@member
@require_GET
def scan_image(request: HttpRequest, scan_id: int) -> HttpResponse:
    scan = _owned_scan(request, scan_id)
    if not scan.image:
        raise Http404("the photo is no longer kept")
    try:
        with scan.image.open("rb") as handle:
            data = handle.read()
    except OSError:
        raise Http404("the photo is no longer kept") from None
    kind = sniff(data)
    if kind not in _MIME:  # only what the scanner accepted was stored; anything else is not ours
        raise Http404("not a card photo")
    response = HttpResponse(data, content_type=_MIME[kind])
    # The person's details: the browser may keep it, shared caches may not.
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Disposition"] = "inline"
    return response
