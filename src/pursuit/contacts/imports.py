"""Applying an import: a parsed file becomes contacts, merged with the ones already stored.

One transaction for the whole file (contracts.md): it lands whole or not at all; only the rows
the summary lists as skipped are left out. New contacts and their e-mails, phones, addresses
and sources go in with bulk_create (a 30,000-row LinkedIn export is a few dozen INSERTs, not
120,000); stored contacts that a row matches are read in chunks, merged in Python and written
back with bulk_update. `--dry-run` runs the very same code and rolls back, so its summary is the
real one; it only skips writing photo files.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, BinaryIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.common.columns import column_width
from pursuit.contacts.bulk import insert_rows, reserve_ids
from pursuit.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactSource,
    Organization,
    Source,
)
from pursuit.contacts.records import SCALAR_FIELDS, contact_record, name_parts, notes_with_urls
from pursuit.core.imports import ParsedFile, decode_text, detect_format, parse_text
from pursuit.core.imports.dedupe import DuplicatePlanner, Group, StoredIdentity
from pursuit.core.imports.merge import add_note_line, merge_records
from pursuit.core.imports.model import ContactRecord, ImportWarning, Photo

# (stage, done, total): the CLI draws a progress bar from it, the web page a meter.
Progress = Callable[[str, int, int], None]
_CHUNK = 500
# Column widths of the text fields a record fills (PostgreSQL enforces them, SQLite does not).
_LIMITS: dict[str, int] = {
    name: limit for name in SCALAR_FIELDS if (limit := column_width(Contact, name))}


@dataclass
class ImportSummary:
    """The summary of contracts.md: what was created, merged, skipped, and why."""

    format: str
    created: int = 0
    merged: int = 0
    skipped: int = 0
    warnings: list[ImportWarning] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    # A CSV file's separator, as read (",", ";", "\t" or "|"); None for vCards and backups.
    delimiter: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"format": self.format, "created": self.created, "merged": self.merged,
                "skipped": self.skipped,
                "warnings": [w.to_json() for w in sorted(self.warnings, key=lambda w: w.line)],
                "errors": self.errors, "delimiter": self.delimiter}


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def read_file(data: bytes, *, filename: str, format: str = "auto",
              region: str = "US") -> tuple[str, ParsedFile | str]:
    """The format and the parsed records, or ("backup", text) for a Pursuit backup."""
    text, _encoding = decode_text(data, where=filename)
    found = detect_format(text, where=filename) if format == "auto" else format
    if found == "backup":
        return found, text
    return found, parse_text(text, format=found, where=filename, region=region)


# How much of a file the preview reads: enough for the first rows of any export, however large
# the file (the whole file is read by the worker when the user imports it).
PREVIEW_BYTES = 256 * 1024
PREVIEW_ROWS = 10


@dataclass(frozen=True, slots=True)
class Preview:
    format: str
    records: tuple[ContactRecord, ...]  # the first PREVIEW_ROWS, or none for a backup
    complete: bool  # the whole file was read (small files): records are all there are
    delimiter: str | None = None  # a CSV file's separator
    # Rows of the part read that the import will skip, with why (a row without a name): the
    # preview says so before the import, not only the summary after it.
    skipped: tuple[ImportWarning, ...] = ()  # the first PREVIEW_ROWS of them
    skipped_count: int = 0  # all of them, in the part read


def _head(data: bytes) -> bytes:
    """The start of a file cut after its last whole line (in the file's own encoding)."""
    head = data[:PREVIEW_BYTES]
    if head.startswith(codecs.BOM_UTF16_LE):
        return head[:head.rfind(b"\n\x00") + 2]
    if head.startswith(codecs.BOM_UTF16_BE):
        return head[:head.rfind(b"\x00\n") + 2]
    return head[:head.rfind(b"\n") + 1] or head


def preview_file(data: bytes | BinaryIO, *, filename: str, format: str = "auto",
                 region: str = "US") -> Preview:
    """What a file is and its first rows, read from its first PREVIEW_BYTES only: a 100 MB
    upload is previewed in the time and memory of a small one (given as an open file, only
    its start is read). BadInput names the file (and line) when even its start is not a
    contacts file."""
    if not isinstance(data, bytes):
        data = data.read(PREVIEW_BYTES + 1)
    complete = len(data) <= PREVIEW_BYTES
    head = data if complete else _head(data)
    text, _encoding = decode_text(head, where=filename)
    found = detect_format(text, where=filename) if format == "auto" else format
    if found == "backup":
        return Preview(found, (), complete)
    if not complete and found == "vcard":
        end = text.upper().rfind("END:VCARD")
        text = text[:end + len("END:VCARD")] + "\r\n" if end >= 0 else text
    parsed = parse_text(text, format=found, where=filename, region=region)
    return Preview(found, tuple(parsed.records[:PREVIEW_ROWS]), complete, parsed.delimiter,
                   tuple(parsed.skipped[:PREVIEW_ROWS]), len(parsed.skipped))


def apply_parsed(*, owner: User, parsed: ParsedFile, filename: str, dry_run: bool = False,
                 progress: Progress | None = None) -> ImportSummary:
    progress = progress or _quiet
    summary = ImportSummary(parsed.format, skipped=len(parsed.skipped),
                            warnings=[*parsed.skipped, *parsed.warnings],
                            delimiter=parsed.delimiter)
    source = (Source.LINKEDIN if parsed.format == "linkedin" else Source.IMPORT,
              filename.rsplit("/", 1)[-1][:300])
    written: list[str] = []
    try:
        with transaction.atomic():
            planner = DuplicatePlanner(_stored_identities(owner))
            total = len(parsed.records)
            for n, record in enumerate(parsed.records, 1):
                planner.add(record)
                if n % 2000 == 0:
                    progress("matching", n, total)
            progress("matching", total, total)
            summary.created, summary.merged = planner.plan.created, planner.plan.merged
            writer = _Writer(owner, source, summary.warnings, written, dry_run, progress)
            writer.create(planner.plan.new_groups)
            writer.merge(planner.plan.stored_groups)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        for name in written:  # photo files of a transaction that did not land
            default_storage.delete(name)
        raise
    return summary


def _stored_identities(owner: User) -> Iterator[StoredIdentity]:
    emails: dict[int, list[str]] = {}
    for contact_id, address in ContactEmail.objects.filter(owner=owner).values_list(
            "contact_id", "address").iterator(chunk_size=5000):
        emails.setdefault(contact_id, []).append(address)
    for contact_id, linkedin, full_name, company in Contact.objects.filter(
            owner=owner).values_list("id", "linkedin", "full_name", "company").iterator(
            chunk_size=5000):
        yield StoredIdentity(contact_id, linkedin, tuple(emails.get(contact_id, ())), full_name,
                             company)


def _chunks[T](items: list[T], size: int = _CHUNK) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Table:
    """A plain-SQL insert's columns: the varying ones first, then every other column with its
    default worked out once (so a field added to the model later still gets its default)."""

    def __init__(self, model: type[Any], now: datetime, varying: tuple[str, ...]) -> None:
        fields = {f.attname: f for f in model._meta.concrete_fields}
        others = [f for name, f in fields.items() if name not in varying and not f.primary_key]
        self.columns = [fields[name].column for name in varying] + [f.column for f in others]
        constants: list[Any] = []
        for f in others:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                value: Any = f.get_db_prep_save(now, connection)
            elif f.has_default():
                value = f.get_db_prep_save(f.get_default(), connection)
            else:
                value = None if f.null else ""
            constants.append(value)
        self.constants = tuple(constants)

    def rows(self, varying: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        constants = self.constants
        return [row + constants for row in varying]


_CONTACT_COLUMNS = ("id", "owner_id", "full_name", "prefix", "first", "middle", "last", "suffix",
                    "credentials", "title", "organization_id", "company", "department",
                    "website", "linkedin", "twitter", "notes", "connected_on", "photo")
_EMAIL_COLUMNS = ("owner_id", "contact_id", "address", "type")
_PHONE_COLUMNS = ("owner_id", "contact_id", "type", "e164", "ext", "as_printed")
_ADDRESS_COLUMNS = ("owner_id", "contact_id", "type", "street", "city", "region", "postal_code",
                    "country")
_SOURCE_COLUMNS = ("owner_id", "contact_id", "kind", "detail")


class _Children:
    """The e-mail, phone, address and source rows of new contacts (varying columns only)."""

    def __init__(self) -> None:
        self.emails: list[tuple[Any, ...]] = []
        self.phones: list[tuple[Any, ...]] = []
        self.addresses: list[tuple[Any, ...]] = []
        self.sources: list[tuple[Any, ...]] = []

    def add(self, owner_id: int, contact_id: int, record: ContactRecord,
            sources: Iterable[tuple[str, str]]) -> None:
        if record.emails:
            self.emails += [(owner_id, contact_id, e.address.strip()[:254], e.type[:20])
                            for e in record.emails if e.address.strip()]
        if record.phones:
            self.phones += [(owner_id, contact_id, p.type, p.e164, p.ext[:10],
                             p.as_printed[:60]) for p in record.phones]
        if record.addresses:
            self.addresses += [(owner_id, contact_id, a.type[:20], a.street[:300],
                                a.city[:100], a.region[:100], a.postal_code[:20],
                                a.country[:100]) for a in record.addresses]
        self.sources += [(owner_id, contact_id, k, d[:300]) for k, d in sources]


class _Writer:
    """Rows for the plan's groups, written in bulk."""

    def __init__(self, owner: User, source: tuple[str, str], warnings: list[ImportWarning],
                 written: list[str], dry_run: bool, progress: Progress) -> None:
        self.owner, self.source, self.warnings = owner, source, warnings
        self.written, self.dry_run, self.progress = written, dry_run, progress
        self._organizations: dict[str, Organization] | None = None

    # --- values that fit the columns ------------------------------------------------------
    def fit(self, record: ContactRecord) -> ContactRecord:
        """Cut values longer than their column (PostgreSQL refuses them), keeping the whole
        text in the notes and saying so."""
        changes: dict[str, str] = {}
        notes = record.notes
        for name, limit in _LIMITS.items():
            value = getattr(record, name)
            if len(value) > limit:
                changes[name] = value[:limit]
                notes = add_note_line(notes, f"Full {name.replace('_', ' ')}: {value}")
                self.warnings.append(ImportWarning(
                    record.line, f"{name.replace('_', ' ')} is longer than {limit} characters;"
                                 " cut, the full text is in the notes"))
        if changes:
            changes["notes"] = notes
            return replace(record, **changes)  # type: ignore[arg-type]
        return record

    def organization(self, company: str) -> Organization | None:
        name = " ".join(company.split())[:200]
        if not name:
            return None
        if self._organizations is None:
            self._organizations = {o.name.casefold(): o
                                   for o in Organization.objects.filter(owner=self.owner)}
        key = name.casefold()
        found = self._organizations.get(key)
        if found is None:
            found = Organization(owner=self.owner, name=name)
            self._organizations[key] = found
        return found

    def photo_name(self, photo: Photo | None) -> str:
        """Where the photo is stored (by content, so the same photo is stored once)."""
        if photo is None or not photo.data:
            return ""
        name = f"photos/{hashlib.sha256(photo.data).hexdigest()[:24]}.{photo.extension}"
        if not self.dry_run and not default_storage.exists(name):
            saved = default_storage.save(name, ContentFile(photo.data))
            self.written.append(saved)
            return saved
        return name

    # --- new people -------------------------------------------------------------------------
    def create(self, groups: list[Group]) -> None:
        records = [self.fit(g.record) for g in groups if g.record is not None]
        total = len(records)
        now = timezone.now()
        contacts = _Table(Contact, now, _CONTACT_COLUMNS)
        emails, phones = _Table(ContactEmail, now, _EMAIL_COLUMNS), _Table(ContactPhone, now,
                                                                            _PHONE_COLUMNS)
        addresses = _Table(ContactAddress, now, _ADDRESS_COLUMNS)
        sources = _Table(ContactSource, now, _SOURCE_COLUMNS)
        adapt_date = connection.ops.adapt_datefield_value
        owner_id, own_source = self.owner.pk, [self.source]
        for done, chunk in enumerate(_chunks(records, 5000), 1):
            orgs = [self.organization(r.company) for r in chunk]
            fresh: dict[int, Organization] = {}
            for org in orgs:
                if org is not None and org.pk is None:
                    fresh[id(org)] = org
            Organization.objects.bulk_create(list(fresh.values()))
            ids = reserve_ids(Contact, len(chunk))
            rows, children = [], _Children()
            for pk, r, org in zip(ids, chunk, orgs, strict=True):
                first, last = name_parts(r)
                rows.append((
                    pk, owner_id, " ".join(r.stored_name.split())[:300], r.prefix, first,
                    r.middle, last, r.suffix, r.credentials, r.title, org.pk if org else None,
                    r.company, r.department, r.urls[0][:300] if r.urls else "", r.linkedin,
                    r.twitter, notes_with_urls(r) if r.urls else r.notes,
                    adapt_date(r.connected_on) if r.connected_on else None,
                    self.photo_name(r.photo) if r.photo else "",
                ))
                children.add(owner_id, pk, r, sorted({*r.sources, self.source}) if r.sources
                             else own_source)
            insert_rows(Contact, contacts.columns, contacts.rows(rows))
            insert_rows(ContactEmail, emails.columns, emails.rows(children.emails))
            insert_rows(ContactPhone, phones.columns, phones.rows(children.phones))
            insert_rows(ContactAddress, addresses.columns, addresses.rows(children.addresses))
            insert_rows(ContactSource, sources.columns, sources.rows(children.sources))
            self.progress("saving", min(done * 5000, total), total)

    def _children(self, pairs: Iterable[tuple[Contact, ContactRecord]], *, new: bool,
                  since: dict[int, ContactRecord] | None = None) -> None:
        emails, phones, addresses, sources = [], [], [], []
        owner = self.owner
        for contact, record in pairs:
            before = since.get(contact.pk) if since else None
            for e in record.emails[len(before.emails) if before else 0:]:
                emails.append(ContactEmail(owner=owner, contact=contact,
                                           address=e.address.strip()[:254], type=e.type[:20]))
            for p in record.phones[len(before.phones) if before else 0:]:
                phones.append(ContactPhone(owner=owner, contact=contact, type=p.type,
                                           e164=p.e164, ext=p.ext[:10],
                                           as_printed=p.as_printed[:60]))
            for a in record.addresses[len(before.addresses) if before else 0:]:
                addresses.append(ContactAddress(
                    owner=owner, contact=contact, type=a.type[:20], street=a.street[:300],
                    city=a.city[:100], region=a.region[:100], postal_code=a.postal_code[:20],
                    country=a.country[:100]))
            kinds = {*record.sources, self.source}
            if before:
                kinds -= set(before.sources)
            sources += [ContactSource(owner=owner, contact=contact, kind=k, detail=d[:300])
                        for k, d in sorted(kinds)]
        ContactEmail.objects.bulk_create(emails)
        ContactPhone.objects.bulk_create(phones)
        ContactAddress.objects.bulk_create(addresses)
        ContactSource.objects.bulk_create(sources, ignore_conflicts=not new)

    # --- people already stored ------------------------------------------------------------
    def merge(self, groups: list[Group]) -> None:
        total = len(groups)
        for done, chunk in enumerate(_chunks(groups), 1):
            by_id = {g.contact_id: g for g in chunk}
            stored = Contact.objects.filter(owner=self.owner, pk__in=list(by_id)) \
                .prefetch_related("emails", "phones", "addresses", "sources")
            changed: list[Contact] = []
            befores: dict[int, ContactRecord] = {}
            pairs: list[tuple[Contact, ContactRecord]] = []
            for contact in stored:
                group = by_id[contact.pk]
                assert group.record is not None
                before = contact_record(contact)
                after = self.fit(merge_records(before, replace(group.record, sources=())))
                if after == before:
                    continue
                befores[contact.pk] = before
                pairs.append((contact, after))
                if self._update(contact, before, after):
                    changed.append(contact)
                if not contact.photo and group.record.photo is not None:
                    contact.photo = self.photo_name(group.record.photo)
                    changed.append(contact)
            fields = [*SCALAR_FIELDS, "website", "organization", "photo", "updated_at"]
            Contact.objects.bulk_update(list({c.pk: c for c in changed}.values()), fields)
            self._children(pairs, new=False, since=befores)
            # Contacts merged without a new value still learn where they were seen.
            untouched = [(c, c) for c in stored if c.pk not in befores]
            ContactSource.objects.bulk_create(
                [ContactSource(owner=self.owner, contact=c, kind=self.source[0],
                               detail=self.source[1]) for c, _ in untouched],
                ignore_conflicts=True)
            self.progress("merging", min(done * _CHUNK, total), total)

    def _update(self, contact: Contact, before: ContactRecord, after: ContactRecord) -> bool:
        dirty = False
        for name in SCALAR_FIELDS:
            value = notes_with_urls(after) if name == "notes" else getattr(after, name)
            if value != getattr(contact, name):
                setattr(contact, name, value)
                dirty = True
        if not contact.website and after.urls:
            contact.website = after.urls[0][:300]
            dirty = True
        if after.company != before.company:
            organization = self.organization(after.company)
            if organization is not None and organization.pk is None:
                organization.save()
            contact.organization = organization
        if dirty:
            contact.updated_at = timezone.now()
        return dirty
