"""Merging two records of one person: every distinct value is kept.

Lists (e-mails, phones, addresses, web addresses, sources) are united. A field that holds one
value (title, company, ...) keeps the first record's value when both have one; a different value
from the second goes into the notes as an "Also <field>: <value>" line, so nothing the user had
is lost and the line says where it came from. Merging is idempotent: merging a record into the
result again changes nothing, which is what makes importing the same file twice a no-op.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace

from pursuit.core.imports.identity import normalise_email, normalise_linkedin, normalise_name
from pursuit.core.imports.model import AddressRecord, ContactRecord
from pursuit.core.imports.phones import phone_identity

SCALARS = ("full_name", "prefix", "first", "middle", "last", "suffix", "credentials", "title",
           "company", "department", "twitter")
_LABELS = {"full_name": "name", "credentials": "credentials", "twitter": "Twitter"}


def _unite[T](first: tuple[T, ...], second: tuple[T, ...],
              key: Callable[[T], Hashable]) -> tuple[T, ...]:
    seen = {key(item) for item in first}
    extra = []
    for item in second:
        k = key(item)
        if k not in seen:
            seen.add(k)
            extra.append(item)
    return first + tuple(extra) if extra else first


def _address_key(address: AddressRecord) -> tuple[str, ...]:
    return tuple(normalise_name(v) for v in (address.street, address.city, address.region,
                                             address.postal_code, address.country))


def _same(a: str, b: str) -> bool:
    return normalise_name(a) == normalise_name(b)


def add_note_line(notes: str, line: str) -> str:
    """The notes with `line` added once (an exact line already there is not repeated)."""
    if not line or line in notes.splitlines():
        return notes
    return f"{notes}\n{line}" if notes else line


def merge_notes(first: str, second: str) -> str:
    if not second or second in first:
        return first
    if not first or first in second:
        return second
    merged = first
    for line in second.splitlines():
        # Line-wise, so the "Also ..." lines two imports wrote are not doubled.
        if line.strip() and line not in merged.splitlines():
            merged = f"{merged}\n{line}"
    return merged


def merge_records(base: ContactRecord, other: ContactRecord) -> ContactRecord:
    """`base` completed with what `other` adds; `base` wins where both have a single value."""
    changes: dict[str, object] = {}
    notes = base.notes
    for name in SCALARS:
        mine, theirs = getattr(base, name), getattr(other, name)
        if not theirs or _same(mine, theirs):
            continue
        if not mine:
            changes[name] = theirs
        elif name not in {"first", "middle", "last"}:
            # First/middle/last conflicts are already told by the full name's line.
            notes = add_note_line(notes, f"Also {_LABELS.get(name, name)}: {theirs}")
    linkedin = base.linkedin
    if other.linkedin and normalise_linkedin(other.linkedin) != normalise_linkedin(linkedin):
        if linkedin:
            notes = add_note_line(notes, f"Also LinkedIn: {other.linkedin}")
        else:
            changes["linkedin"] = other.linkedin
    notes = merge_notes(notes, other.notes)
    if notes != base.notes:
        changes["notes"] = notes
    emails = _unite(base.emails, other.emails, lambda e: normalise_email(e.address))
    phones = _unite(base.phones, other.phones, phone_identity)
    addresses = _unite(base.addresses, other.addresses, _address_key)
    urls = _unite(base.urls, other.urls, lambda u: u.strip().rstrip("/").casefold())
    sources = _unite(base.sources, other.sources, lambda s: s)
    for name, value in (("emails", emails), ("phones", phones), ("addresses", addresses),
                        ("urls", urls), ("sources", sources)):
        if value is not getattr(base, name):
            changes[name] = value
    if base.connected_on is None and other.connected_on is not None:
        changes["connected_on"] = other.connected_on
    if base.photo is None and other.photo is not None:
        changes["photo"] = other.photo
    return replace(base, **changes) if changes else base  # type: ignore[arg-type]
