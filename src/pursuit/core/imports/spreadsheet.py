"""CSV for spreadsheets: formula cells neutralised, in Google Contacts' current layout.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
Excel, LibreOffice and Google Sheets (CSV injection). Such cells are written with a leading
apostrophe, which those programs show as text and do not display; stored values stay verbatim.
The layout is the one Google Contacts exports, so Google, Outlook and Pursuit itself read the
file back; what Google has no column for travels in its "Custom Field" columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from pursuit.core.imports.model import ContactRecord

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
JOIN = " ::: "


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unneutralise(value: str) -> str:
    """The value `neutralise` was given (for reading our own export back)."""
    if value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


_ADDRESS_PARTS = ("Label", "Formatted", "Street", "City", "PO Box", "Region", "Postal Code",
                  "Country", "Extended Address")
CUSTOM_FIELDS = ("Full Name", "Credentials", "Twitter", "Connected On")


def write_google_csv(records: Iterable[ContactRecord]) -> str:
    rows = list(records)
    emails = max((len(r.emails) for r in rows), default=0) or 1
    phones = max((len(r.phones) for r in rows), default=0) or 1
    addresses = max((len(r.addresses) for r in rows), default=0) or 1
    sites = max((len(r.urls) + bool(r.linkedin) for r in rows), default=0) or 1
    header = ["First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix",
              "Organization Name", "Organization Title", "Organization Department", "Notes",
              "Labels"]
    header += [f"E-mail {n} - {p}" for n in range(1, emails + 1) for p in ("Label", "Value")]
    header += [f"Phone {n} - {p}" for n in range(1, phones + 1) for p in ("Label", "Value")]
    header += [f"Address {n} - {p}" for n in range(1, addresses + 1) for p in _ADDRESS_PARTS]
    header += [f"Website {n} - {p}" for n in range(1, sites + 1) for p in ("Label", "Value")]
    header += [f"Custom Field {n} - {p}" for n in range(1, len(CUSTOM_FIELDS) + 1)
               for p in ("Label", "Value")]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for record in rows:
        line = [record.first, record.middle, record.last, record.prefix, record.suffix,
                record.company, record.title, record.department, record.notes, "* myContacts"]
        for n in range(emails):
            e = record.emails[n] if n < len(record.emails) else None
            line += [e.type.title(), e.address] if e else ["", ""]
        for n in range(phones):
            p = record.phones[n] if n < len(record.phones) else None
            number = ""
            if p:
                number = p.as_printed or p.e164 or ""
                number += f" ext. {p.ext}" if p.ext else ""
            label = {"mobile": "Mobile", "fax": "Work Fax"}.get(p.type, p.type.title()) if p \
                else ""
            line += [label, number]
        for n in range(addresses):
            a = record.addresses[n] if n < len(record.addresses) else None
            line += ([a.type.title(), "", a.street, a.city, "", a.region, a.postal_code,
                      a.country, ""] if a else [""] * len(_ADDRESS_PARTS))
        websites = ([("LinkedIn", record.linkedin)] if record.linkedin else []) + [
            ("", u) for u in record.urls]
        for n in range(sites):
            line += list(websites[n]) if n < len(websites) else ["", ""]
        connected = record.connected_on.isoformat() if record.connected_on else ""
        for label, value in zip(CUSTOM_FIELDS, (record.full_name, record.credentials,
                                                record.twitter, connected), strict=True):
            line += [label, value] if value else ["", ""]
        writer.writerow([neutralise(v) for v in line])
    return out.getvalue()
