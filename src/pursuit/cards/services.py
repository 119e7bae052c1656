"""Business cards scanned into contacts: the pending scans of the scan page, and the one way a
card becomes a contact (the page's "Save contact" and `pursuit scan --save` both end here).

A card scanned from a round's page becomes an interviewer of that round (the round is
re-planned, so their thank-you is planned); one scanned from an event's page is filed under the
event with its card gathered.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import QuerySet

from pursuit.accounts.models import User
from pursuit.cadence.services import interviewer_add
from pursuit.cards.models import CardScan
from pursuit.common.columns import clip
from pursuit.contacts.models import Contact, ContactAddress, ContactPhone, Source
from pursuit.contacts.services import AddressIn, ContactIn, PhoneIn, contact_create
from pursuit.core.errors import BadInput
from pursuit.jobs.models import Job
from pursuit.jobs.services import job_progress, job_start, stage_input
from pursuit.networking.models import NetworkingEvent
from pursuit.networking.services import event_add_contact
from pursuit.pipeline.models import Round
from pursuit.scanning import scan_card
from pursuit.scanning.images import sniff

_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
_ADDRESS_KEYS = ("street", "city", "region", "postal_code", "country")


def _clip(model_field: str, value: Any, model: Any = Contact) -> str:
    """A card value cut to its column: OCR can read a long line."""
    return clip(model, model_field, value)


def contact_in_from_card(fields: dict[str, Any], *,
                         sources: tuple[tuple[str, str], ...] = ()) -> ContactIn:
    """The contact a card's fields describe, as read, unedited: the contract's JSON, and the
    department when the fields carry it (`CardFields.review_json`)."""
    emails = tuple(str(e).strip()[:254] for e in fields.get("emails") or () if str(e).strip())
    phones = tuple(
        PhoneIn(type=p.get("type") if p.get("type") in ContactPhone.Type.values else "work",
                e164=_clip("e164", p.get("e164"), ContactPhone) or None,
                ext=_clip("ext", p.get("ext"), ContactPhone),
                as_printed=_clip("as_printed", p.get("as_printed"), ContactPhone))
        for p in fields.get("phones") or ())
    address = {key: _clip(key, fields.get(key), ContactAddress) for key in _ADDRESS_KEYS}
    # Someone must be named: a card whose name was not read still has a company or an e-mail.
    name = (fields.get("full_name") or fields.get("company") or (emails[0] if emails else "")
            or "Business card")
    text = {key: _clip(key, fields.get(key)) for key in (
        "prefix", "first", "middle", "last", "suffix", "credentials", "title", "company",
        "department", "website", "linkedin", "twitter")}
    return ContactIn(
        full_name=_clip("full_name", name), prefix=text["prefix"], first=text["first"],
        middle=text["middle"], last=text["last"], suffix=text["suffix"],
        credentials=text["credentials"], title=text["title"], company=text["company"],
        department=text["department"], website=text["website"], linkedin=text["linkedin"],
        twitter=text["twitter"], emails=emails, phones=phones,
        addresses=(AddressIn(**address),) if any(address.values()) else (),
        sources=((Source.BUSINESS_CARD, ""), *sources),
    )


def contact_from_card(*, owner: User, fields: dict[str, Any]) -> Contact:
    """`pursuit scan --save`: the card as read becomes a contact of the account."""
    with transaction.atomic():
        return contact_create(owner=owner, data=contact_in_from_card(fields))


def scan_store(*, owner: User, data: bytes, kind: str, filename: str, fields: dict[str, Any],
               round_: Round | None = None, event: NetworkingEvent | None = None) -> CardScan:
    """Keep a card read on the scan page until the user saves or discards it."""
    scan = CardScan(owner=owner, filename=filename[:200], fields=fields, round=round_,
                    event=event)
    # The extension follows the content (already checked to be PNG, JPEG or WebP), not the
    # name the browser sent.
    scan.image.save(f"card.{_EXTENSIONS.get(kind, 'img')}", ContentFile(data), save=False)
    scan.save()
    return scan


def pending_scans(owner: User) -> QuerySet[CardScan]:
    return CardScan.objects.filter(owner=owner, status=CardScan.Status.PENDING).order_by(
        "created_at", "id")


def _claim(scan: CardScan, status: str) -> None:
    """Move a pending scan on, once: a double-click on Save must not make two contacts. The
    conditional UPDATE is the lock (SQLite's IMMEDIATE transactions serialise writers)."""
    done = CardScan.objects.filter(pk=scan.pk, status=CardScan.Status.PENDING).update(
        status=status)
    if not done:
        raise BadInput("this card was already saved or discarded", where="card")
    scan.status = status


def scan_save(*, scan: CardScan, data: ContactIn) -> Contact:
    """The reviewed card becomes a contact, filed under the round or event it was scanned for."""
    with transaction.atomic():
        _claim(scan, CardScan.Status.SAVED)
        sources = list(data.sources) or [(Source.BUSINESS_CARD, "")]
        round_ = scan.round
        if round_ is not None:
            sources.append((Source.INTERVIEW, str(round_.application)[:300]))
        contact = contact_create(owner=scan.owner,
                                 data=replace(data, sources=tuple(dict.fromkeys(sources))))
        if round_ is not None:
            interviewer_add(owner=scan.owner, round_id=round_.pk, contact_id=contact.pk)
        if scan.event is not None:
            event_add_contact(scan.event, contact, card_gathered=True)
        scan.contact = contact
        scan.save(update_fields=["contact"])
    return contact


def scan_discard(*, scan: CardScan) -> None:
    """Drop a card: the photo goes at once, the row stays as a record that it was discarded."""
    name, storage = scan.image.name, scan.image.storage
    with transaction.atomic():
        _claim(scan, CardScan.Status.DISCARDED)
        CardScan.objects.filter(pk=scan.pk).update(image="")
        if name:
            # After the commit: a rolled-back discard must still have its photo.
            transaction.on_commit(lambda: storage.delete(name))


# --- A batch of photos, read by the worker ---------------------------------------------------

def scan_batch_start(*, owner: User, photos: list[tuple[str, bytes]],
                     round_: Round | None = None,
                     event: NetworkingEvent | None = None) -> Job:
    """Stage the photos and queue the job that reads them (`scan_batch_run`, in the worker)."""
    files = [{"name": name, "staged": stage_input(data, ".card")} for name, data in photos]
    return job_start(owner=owner, kind=Job.Kind.CARD_SCANS, params={
        "files": files, "round": round_.pk if round_ else None,
        "event": event.pk if event else None})


def scan_batch_run(job: Job) -> dict[str, Any]:
    """Read each photo of a batch into a pending scan. A photo that can't be read is named in
    the result's errors; the others are still read. Returns the job's result."""
    owner = job.owner
    round_ = Round.objects.filter(owner=owner, pk=job.params.get("round")).first() \
        if job.params.get("round") else None
    event = NetworkingEvent.objects.filter(owner=owner, pk=job.params.get("event")).first() \
        if job.params.get("event") else None
    files = job.params.get("files", [])
    errors: list[str] = []
    first: int | None = None
    read = 0
    for n, item in enumerate(files):
        job_progress(job, "reading", n, len(files))
        path = Path(settings.DATA_DIR) / item["staged"]
        try:
            data = path.read_bytes()
            fields = scan_card(data, owner.country, where=item["name"])
        except BadInput as exc:
            errors.append(f"{exc} — it was not read.")
            continue
        except OSError:
            errors.append(f"{item['name']}: the photo was lost before it was read.")
            continue
        finally:
            path.unlink(missing_ok=True)
        scan = scan_store(owner=owner, data=data, kind=sniff(data) or "",
                          filename=item["name"], fields=fields.review_json(), round_=round_,
                          event=event)
        first = first or scan.pk
        read += 1
    job_progress(job, "reading", len(files), len(files))
    return {"read": read, "errors": errors, "first_scan": first}
