"""The full backup of an account (`pursuit export --format json`) and its restore.

Every table the account owns is found from the models rather than listed by hand, so the apps
added later (letters, networking, calendar feed) are in the backup as soon as they exist: a
model belongs to the account when it has a foreign key to the user, or to a model that does.
Contacts are written in the shape of contracts.md (e-mails, phones, addresses nested, photo as
base64); every other table is one list of rows keyed by column, ids included, and `schema` says
which table each foreign key points to. A restore creates new rows and maps the old ids to the
new ones, so a backup can be restored into any account of any instance, including a second account
of the instance it came from.

Restored messages never go out by themselves (`outbox.services.message_restored`): one that was
waiting to go out is held for the user ("restored: send it again?"), with a new Message-ID;
one that went out keeps its Message-ID (unique per account), so replies to it are still
recognised; one that was being sent is unknown. A held message whose touch is no longer
planned is withdrawn.

Left out on purpose: the mail account (its passwords are encrypted with this instance's key and
would be useless elsewhere; the user enters them again), mail connection tests, secrets (the
calendar feed's token, API tokens: the restored account makes new ones), and links between
two accounts (a model with two foreign keys to users, such as a coach's link to a candidate:
the other account is not in the backup).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.cadence.services import touches_fill_done_on
from pursuit.contacts.imports import ImportSummary
from pursuit.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactSource,
    Organization,
)
from pursuit.contacts.records import contact_record, read_photo
from pursuit.core.errors import BadInput
from pursuit.core.imports.model import ImportWarning
from pursuit.outbox.models import Message
from pursuit.outbox.services import message_restored, messages_withdraw
from pursuit.pipeline.models import Application

FORMAT, VERSION = "pursuit-backup", 1
PROFILE_FIELDS = ("full_name", "timezone", "timezone_confirmed", "country", "subdivision",
                  "workday_start", "workday_end", "pipeline_target", "phone", "return_address",
                  "linkedin", "signature", "target_roles", "is_coach")
# A zone other than the first run's old silent default was chosen by the user: a backup made
# before `timezone_confirmed` existed counts it as confirmed (as migration accounts 0005 did).
OLD_DEFAULT_ZONE = "America/Chicago"
# The names contracts.md and the pages use; a model not named here is keyed by its table.
TABLE_NAMES = {
    "accounts.strength": "strengths", "contacts.organization": "organizations",
    "pipeline.application": "applications", "pipeline.round": "rounds",
    "pipeline.interviewer": "interviewers", "pipeline.reference": "references",
    "pipeline.applicationreference": "application_references", "pipeline.event": "events",
    "cadence.touch": "touches", "outbox.message": "outbox_messages",
    "outbox.attempt": "outbox_attempts", "outbox.inboundreply": "outbox_replies",
    "letters.lettertemplate": "letter_templates", "letters.letter": "letters",
    "networking.networkingprofile": "networking_profile",
    "networking.interaction": "interactions", "networking.networkingsession": "networking_sessions",
    "networking.networkingevent": "networking_events",
    "networking.eventcontact": "networking_event_contacts",
    "digest.digestpreference": "digest_preference", "digest.digestsent": "digests_sent",
}
_NOT_TABLES = {"accounts.user", "accounts.accountinvitation", "contacts.contact",
               "contacts.contactemail",
               "contacts.contactphone", "contacts.contactaddress", "contacts.contactsource",
               "outbox.mailaccount", "outbox.mailcheck", "calendar_feed.feedtoken",
               "api.personalaccesstoken",
               # a removed sign-in's refresh token waiting to be revoked: a secret, and the
               # instance's errand, not the user's data
               "outbox.oauthrevocation"}
_CONTACT_FIELDS = ("full_name", "first", "middle", "last", "prefix", "suffix", "credentials",
                   "title", "company", "department", "linkedin", "twitter", "notes",
                   "timezone", "paused_until", "keep_in_touch_days", "is_demo")


# --- which tables ---------------------------------------------------------------------------
def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def _foreign_keys(model: type[models.Model]) -> list[models.ForeignKey[Any, Any]]:
    return [f for f in model._meta.concrete_fields if isinstance(f, models.ForeignKey)]


def owned_models() -> list[tuple[type[models.Model], str]]:
    """(model, lookup to the user) for every table the account owns, parents first."""
    candidates = [m for m in apps.get_models() if m.__module__.startswith("pursuit.")
                  and _label(m) not in _NOT_TABLES
                  and sum(fk.related_model is User for fk in _foreign_keys(m)) < 2]
    paths: dict[type[models.Model], str] = {Contact: "owner"}
    changed = True
    while changed:  # follow foreign keys until every owned model has a path to the user
        changed = False
        for model in candidates:
            if model in paths:
                continue
            for fk in _foreign_keys(model):
                target = fk.related_model
                if target is User:
                    paths[model] = fk.name
                elif target in paths and target is not model:
                    paths[model] = f"{fk.name}__{paths[target]}"
                else:
                    continue
                changed = True
                break
    ordered: list[type[models.Model]] = []

    def visit(model: type[models.Model], seen: frozenset[type[models.Model]]) -> None:
        if model in ordered or model in seen:
            return
        for fk in _foreign_keys(model):
            target = fk.related_model
            if target in paths and target is not model and target is not Contact:
                visit(target, seen | {model})
        ordered.append(model)

    for model in sorted((m for m in paths if m is not Contact), key=_label):
        visit(model, frozenset())
    return [(m, paths[m]) for m in ordered]


def table_name(model: type[models.Model]) -> str:
    return TABLE_NAMES.get(_label(model), model._meta.db_table)


# --- export -----------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _file(name: str) -> dict[str, str] | None:
    photo = read_photo(name) if name else None
    if photo is None:
        return None
    return {"name": name.rsplit("/", 1)[-1], "base64": base64.b64encode(photo.data).decode()}


def _row(obj: models.Model) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in obj._meta.concrete_fields:
        if isinstance(f, models.ForeignKey) and f.related_model is User:
            continue
        value = getattr(obj, f.attname)
        if isinstance(f, models.FileField):
            row[f.attname] = _file(value.name) if value else None
        else:
            row[f.attname] = _plain(value)
    return row


def _contacts(user: User) -> Iterator[dict[str, Any]]:
    queryset = Contact.objects.filter(owner=user).order_by("pk").prefetch_related(
        "emails", "phones", "addresses", "sources")
    for contact in queryset.iterator(chunk_size=1000):
        record = contact_record(contact)
        photo = _file(contact.photo.name) if contact.photo and contact.photo.name else None
        data: dict[str, Any] = {"id": contact.pk}
        data |= {name: _plain(getattr(contact, name)) for name in _CONTACT_FIELDS}
        data |= {
            "organization_id": contact.organization_id,
            "emails": [e.to_json() for e in record.emails],
            "phones": [p.to_json() for p in record.phones],
            "addresses": [a.to_json() for a in record.addresses],
            "urls": list(record.urls),
            "sources": [{"kind": s.kind, "detail": s.detail, "added_at": _plain(s.added_at)}
                        for s in contact.sources.all()],
            "connected_on": _plain(contact.connected_on),
            "has_photo": photo is not None, "photo": photo,
            "created_at": _plain(contact.created_at), "updated_at": _plain(contact.updated_at),
        }
        yield data


def backup_export(user: User) -> str:
    """The account as one JSON document (contracts.md, `pursuit export --format json`)."""
    tables = owned_models()
    names = {m: table_name(m) for m, _ in tables} | {Contact: "contacts"}
    data: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "exported_at": timezone.now().isoformat(),
        "account": {"email": user.email} | {f: _plain(getattr(user, f)) for f in PROFILE_FIELDS},
        "contacts": list(_contacts(user)),
    }
    schema: dict[str, dict[str, str]] = {"contacts": {"organization_id": "organizations"}}
    for model, lookup in tables:
        rows = model._default_manager.filter(**{lookup: user}).order_by("pk")
        data[names[model]] = [_row(obj) for obj in rows.iterator(chunk_size=1000)]
        schema[names[model]] = {fk.attname: names[fk.related_model]
                                for fk in _foreign_keys(model) if fk.related_model in names}
    data["schema"] = schema
    return json.dumps(data, ensure_ascii=False, indent=1)


# --- restore ----------------------------------------------------------------------------------
class _Restore:
    def __init__(self, owner: User, filename: str, dry_run: bool) -> None:
        self.owner, self.filename, self.dry_run = owner, filename, dry_run
        self.ids: dict[type[models.Model], dict[int, int]] = {}
        self.warnings: list[ImportWarning] = []
        self.skipped = 0
        self.written: list[str] = []
        # Message-IDs the account holds already (a restored message must not repeat one).
        self.message_ids = set(Message.objects.filter(owner=owner)
                               .values_list("message_id", flat=True))

    def file(self, value: Any, where: str) -> str:
        if not value:
            return ""
        try:
            data = base64.b64decode(value["base64"], validate=True)
            name = "photos/" + str(value["name"]).rsplit("/", 1)[-1]
        except (KeyError, TypeError, binascii.Error, ValueError):
            raise BadInput("a file in the backup is not valid base64", where=where) from None
        if self.dry_run:
            return name
        saved = default_storage.save(name, ContentFile(data))
        self.written.append(saved)
        return saved

    def mapped(self, model: type[models.Model], old: Any) -> int | None:
        if old is None:
            return None
        return self.ids.get(model, {}).get(old)

    def table(self, model: type[models.Model], rows: list[dict[str, Any]], key: str) -> None:
        objects, old_ids, stamps = [], [], []
        auto = [f for f in model._meta.concrete_fields
                if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
        for n, row in enumerate(rows):
            where = f"{self.filename}: {key}[{n}]"
            if not isinstance(row, dict):
                raise BadInput("a row is not an object", where=where)
            if model is Message:
                row = message_restored(row, taken=self.message_ids)
                self.message_ids.add(row["message_id"])
            kwargs: dict[str, Any] = {}
            keep = True
            for f in model._meta.concrete_fields:
                if f.primary_key:
                    continue
                if isinstance(f, models.ForeignKey):
                    if f.related_model is User:
                        kwargs[f.attname] = self.owner.pk
                        continue
                    old = row.get(f.attname)
                    new = self.mapped(f.related_model, old)
                    if old is not None and new is None and not f.null:
                        keep = False
                        break
                    kwargs[f.attname] = new
                elif f.attname in row:
                    value = row[f.attname]
                    try:
                        kwargs[f.attname] = (self.file(value, where) if isinstance(
                            f, models.FileField) else f.to_python(value))
                    except Exception as exc:  # a ValidationError names the field's rule
                        raise BadInput(f"{f.attname}: {exc}", where=where) from None
            if not keep:
                self.skipped += 1
                self.warnings.append(ImportWarning(0, f"{key}[{n}] skipped: it points at a row "
                                                      "the backup does not hold"))
                continue
            objects.append(model(**kwargs))
            old_ids.append(row.get("id"))
            stamps.append({f.attname: f.to_python(row[f.attname]) for f in auto
                           if row.get(f.attname)})
        for f in _foreign_keys(model):
            if isinstance(f, models.OneToOneField) and f.related_model is User and objects:
                # One row per account (settings): the backup's replaces the default one.
                model._default_manager.filter(**{f.name: self.owner}).delete()
        model._default_manager.bulk_create(objects, batch_size=500)
        self.ids[model] = {old: obj.pk for old, obj in zip(old_ids, objects, strict=True)
                           if old is not None}
        # bulk_create stamps auto_now fields with the present; put the backup's times back.
        with_stamps = []
        for obj, values in zip(objects, stamps, strict=True):
            for name, value in values.items():
                setattr(obj, name, value)
            with_stamps.append(obj)
        if auto and with_stamps:
            model._default_manager.bulk_update(with_stamps, [f.attname for f in auto],
                                               batch_size=500)

    def relink_messages(self, rows: list[dict[str, Any]]) -> None:
        """Backups made while a message pointed at its touch (`touch_id` on the message) give
        the link to the touch, as it is kept now."""
        for row in rows:
            if not isinstance(row, dict) or row.get("touch_id") is None:
                continue
            touch = self.mapped(Touch, row["touch_id"])
            message = self.mapped(Message, row.get("id"))
            if touch is not None and message is not None and row.get("state") != "cancelled":
                Touch.objects.filter(pk=touch).update(message_id=message)

    def withdraw_unwanted(self) -> None:
        """A held message whose touch is no longer planned would never be wanted again."""
        messages_withdraw(message_ids=list(
            Touch.objects.filter(owner=self.owner, message__state=Message.State.HELD)
            .exclude(status=Touch.Status.PLANNED).values_list("message_id", flat=True)))

    def contacts(self, rows: list[dict[str, Any]]) -> None:
        contacts, children = [], []
        for n, row in enumerate(rows):
            where = f"{self.filename}: contacts[{n}]"
            if not isinstance(row, dict) or not isinstance(row.get("full_name"), str):
                raise BadInput("a contact has no full_name", where=where)
            urls = [u for u in row.get("urls") or [] if isinstance(u, str)]
            contact = Contact(owner=self.owner, website=urls[0] if urls else "",
                              organization_id=self.mapped(Organization,
                                                          row.get("organization_id")))
            for name in (*_CONTACT_FIELDS, "connected_on"):
                if name in row:
                    value = row[name]
                    f = Contact._meta.get_field(name)
                    try:
                        setattr(contact, name, f.to_python(value))  # type: ignore[union-attr]
                    except Exception as exc:
                        raise BadInput(f"{name}: {exc}", where=where) from None
            contact.photo = self.file(row.get("photo"), where)
            contacts.append(contact)
            children.append(row)
        Contact.objects.bulk_create(contacts, batch_size=500)
        self.ids[Contact] = {row["id"]: c.pk for row, c in zip(children, contacts, strict=True)
                             if row.get("id") is not None}
        emails, phones, addresses, sources = [], [], [], []
        for contact, row in zip(contacts, children, strict=True):
            owner = self.owner
            emails += [ContactEmail(owner=owner, contact=contact, address=e.get("address", ""),
                                    type=e.get("type") or "work") for e in row.get("emails", [])]
            phones += [ContactPhone(owner=owner, contact=contact, type=p.get("type") or "work",
                                    e164=p.get("e164"), ext=p.get("ext") or "",
                                    as_printed=p.get("as_printed") or "")
                       for p in row.get("phones", [])]
            addresses += [ContactAddress(owner=owner, contact=contact, **{
                k: a.get(k) or "" for k in ("street", "city", "region", "postal_code",
                                            "country")}, type=a.get("type") or "work")
                for a in row.get("addresses", [])]
            sources += [ContactSource(owner=owner, contact=contact, kind=s.get("kind", "other"),
                                      detail=s.get("detail", "")) for s in row.get("sources", [])]
        ContactEmail.objects.bulk_create(emails, batch_size=500)
        ContactPhone.objects.bulk_create(phones, batch_size=500)
        ContactAddress.objects.bulk_create(addresses, batch_size=500)
        ContactSource.objects.bulk_create(sources, batch_size=500)
        stamped = []
        for contact, row in zip(contacts, children, strict=True):
            for name in ("created_at", "updated_at"):
                if row.get(name):
                    stamp = Contact._meta.get_field(name)
                    setattr(contact, name, stamp.to_python(row[name]))  # type: ignore[union-attr]
            stamped.append(contact)
        Contact.objects.bulk_update(stamped, ["created_at", "updated_at"], batch_size=500)
        added = {(s.contact_id, s.kind, s.detail): s for s in sources}
        dated = []
        for contact, row in zip(contacts, children, strict=True):
            for s in row.get("sources", []):
                source = added.get((contact.pk, s.get("kind", "other"), s.get("detail", "")))
                if source is not None and s.get("added_at"):
                    source.added_at = ContactSource._meta.get_field("added_at").to_python(
                        s["added_at"])
                    dated.append(source)
        ContactSource.objects.bulk_update(dated, ["added_at"], batch_size=500)


def backup_restore(*, owner: User, text: str, filename: str, dry_run: bool = False,
                   progress: Any = None) -> Any:
    """Restore a backup into `owner`'s account, which must hold no contacts or applications."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"invalid JSON ({exc.msg}); the backup looks damaged or truncated",
                       where=f"{filename}:{exc.lineno}") from None
    except RecursionError:  # brackets nested thousands deep: no backup looks like that
        raise BadInput("invalid JSON (nested too deeply); this is not a Pursuit backup",
                       where=filename) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadInput('not a Pursuit backup ("format" is not "pursuit-backup")', where=filename)
    if data.get("version") != VERSION:
        raise BadInput(f"backup version {data.get('version')!r} is not one this Pursuit "
                       f"reads (version {VERSION})", where=filename)
    if (Contact.objects.filter(owner=owner).exists()
            or Application.objects.filter(owner=owner).exists()):
        raise BadInput(f"a backup is restored into an empty account, and {owner.email} already "
                       "holds contacts or applications; create a new account for it "
                       "(`pursuit createuser`) or import with --user", where=filename)
    restore = _Restore(owner, filename, dry_run)
    try:
        with transaction.atomic():
            account = data.get("account") or {}
            for name in PROFILE_FIELDS:
                if name in account:
                    f = User._meta.get_field(name)
                    try:
                        value = f.to_python(account[name])  # type: ignore[union-attr]
                    except ValidationError:
                        raise BadInput(f'the account\'s "{name}" is not a valid value: '
                                       f"{account[name]!r}", where=filename) from None
                    setattr(owner, name, value)
            if "timezone_confirmed" not in account and "timezone" in account:
                owner.timezone_confirmed = owner.timezone != OLD_DEFAULT_ZONE
            owner.save()
            tables = owned_models()
            for model, _ in tables:  # organizations come before the contacts that name them
                if table_name(model) == "organizations":
                    restore.table(model, _rows(data, "organizations", filename), "organizations")
            restore.contacts(_rows(data, "contacts", filename))
            for model, _ in tables:
                key = table_name(model)
                if key != "organizations":
                    restore.table(model, _rows(data, key, filename), key)
            restore.relink_messages(_rows(data, "outbox_messages", filename))
            restore.withdraw_unwanted()
            touches_fill_done_on(owner)  # backups made before touches stored their local day
            if dry_run:
                transaction.set_rollback(True)
    except IntegrityError as exc:
        for name in restore.written:
            default_storage.delete(name)
        raise BadInput(f"the backup cannot be restored here: {exc}", where=filename) from None
    except BaseException:
        for name in restore.written:
            default_storage.delete(name)
        raise
    return ImportSummary("backup", created=len(restore.ids.get(Contact, {})),
                         skipped=restore.skipped, warnings=restore.warnings)


def _rows(data: dict[str, Any], key: str, filename: str) -> list[dict[str, Any]]:
    rows = data.get(key, [])
    if not isinstance(rows, list):
        raise BadInput(f'"{key}" is not a list', where=filename)
    return rows
