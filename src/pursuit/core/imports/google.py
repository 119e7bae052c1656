"""Google Contacts CSV: the current layout ("First Name", "E-mail 1 - Label") and the legacy
one ("Given Name", "E-mail 1 - Type", "Group Membership").

Google puts several values with one label in one cell joined by ` ::: `, marks the primary one's
label with `* `, and writes labels (groups) the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pursuit.core.errors import BadInput
from pursuit.core.imports.csvfile import CsvTable, cell, open_table
from pursuit.core.imports.identity import looks_like_linkedin
from pursuit.core.imports.linkedin import parse_connected_on
from pursuit.core.imports.model import (
    AddressRecord,
    ContactRecord,
    EmailRecord,
    ImportWarning,
    ParsedFile,
    PhoneRecord,
    name_without_prefix,
)
from pursuit.core.imports.phones import phone_record
from pursuit.core.imports.spreadsheet import unneutralise

JOIN = " ::: "
_NUMBERED = re.compile(r"^(E-mail|Phone|Address|Website|Organization|Relation|Event|IM|"
                       r"Custom Field) (\d+) - (.+)$")
# Labels Google writes for everyone; they say nothing about the person.
_SYSTEM_LABELS = {"* mycontacts", "* starred", "mycontacts", "starred", "* other contacts"}
_CURRENT = {"first": "First Name", "middle": "Middle Name", "last": "Last Name",
            "prefix": "Name Prefix", "suffix": "Name Suffix", "company": "Organization Name",
            "title": "Organization Title", "department": "Organization Department",
            "labels": "Labels", "full_name": "", "nickname": "Nickname", "birthday": "Birthday"}
_LEGACY = {"first": "Given Name", "middle": "Additional Name", "last": "Family Name",
           "prefix": "Name Prefix", "suffix": "Name Suffix", "full_name": "Name",
           "labels": "Group Membership", "nickname": "Nickname", "birthday": "Birthday",
           "company": "", "title": "", "department": ""}


def is_header(names: list[str]) -> bool:
    present = set(names)
    current = {"First Name", "Last Name"} <= present and (
        "Labels" in present or any(n.startswith(("E-mail 1 - ", "Phone 1 - ")) for n in names))
    legacy = {"Given Name", "Family Name"} <= present
    return current or legacy


def open_google(text: str, *, where: str) -> CsvTable | None:
    return open_table(text, where=where, is_header=is_header)


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(JOIN)] if value else []


def _label(kind: str) -> str:
    return kind.lstrip("* ").strip().casefold()


_PHONE_TYPES = {"mobile": "mobile", "cell": "mobile", "home": "home", "work": "work",
                "main": "work", "work fax": "fax", "home fax": "fax", "fax": "fax",
                "pager": "other", "other": "other", "google voice": "other"}
_PLACE_TYPES = {"home": "home", "work": "work"}


class _Row:
    def __init__(self, header: list[str], row: list[str]) -> None:
        self.values = {name: unneutralise(cell(row[i])) for i, name in enumerate(header)
                       if i < len(row) and row[i]}
        self.numbered: dict[str, dict[int, dict[str, str]]] = defaultdict(dict)
        for name, value in self.values.items():
            found = _NUMBERED.match(name)
            if found:
                self.numbered[found[1]].setdefault(int(found[2]), {})[found[3]] = value

    def get(self, column: str) -> str:
        return self.values.get(column, "") if column else ""

    def items(self, kind: str) -> list[dict[str, str]]:
        return [self.numbered[kind][n] for n in sorted(self.numbered.get(kind, {}))]


def parse_google(table: CsvTable, *, where: str, region: str = "US") -> ParsedFile:
    legacy = "Given Name" in table.header
    names = _LEGACY if legacy else _CURRENT
    records: list[ContactRecord] = []
    skipped: list[ImportWarning] = []
    for line, cells in table.rows:
        row = _Row(table.header, cells)
        record = _record(row, names, line, region)
        if not record.has_name:
            skipped.append(record.nameless_warning())
            continue
        records.append(record)
    if not records and not skipped:
        raise BadInput("this is a Google Contacts header row with no contacts below it: there "
                       "is nothing to import", where=f"{where}:{table.header_line}")
    return ParsedFile("google", tuple(records), tuple(skipped), delimiter=table.delimiter)


def _record(row: _Row, names: dict[str, str], line: int, region: str) -> ContactRecord:
    emails: list[EmailRecord] = []
    for item in row.items("E-mail"):
        kind = _label(item.get("Label") or item.get("Type") or "")
        emails += [EmailRecord(a, _PLACE_TYPES.get(kind, "other")) for a in
                   _split(item.get("Value", ""))]
    phones: list[PhoneRecord] = []
    for item in row.items("Phone"):
        kind = _PHONE_TYPES.get(_label(item.get("Label") or item.get("Type") or ""), "work")
        for number in _split(item.get("Value", "")):
            phone = phone_record(number, type=kind, region=region)
            if phone:
                phones.append(phone)
    addresses = [_address(item) for item in row.items("Address")]
    urls: list[str] = []
    linkedin = ""
    for item in row.items("Website"):
        for url in _split(item.get("Value", "")):
            if not linkedin and looks_like_linkedin(url):
                linkedin = url
            else:
                urls.append(url)
    company, title, department = (row.get(names["company"]), row.get(names["title"]),
                                  row.get(names["department"]))
    organizations = row.items("Organization")
    if organizations:  # legacy layout: "Organization 1 - Name"
        first_org = organizations[0]
        company = company or first_org.get("Name", "")
        title = title or first_org.get("Title", "")
        department = department or first_org.get("Department", "")
    notes = row.get("Notes")
    extras = [f"Nickname: {row.get(names['nickname'])}" if row.get(names["nickname"]) else "",
              f"Birthday: {row.get(names['birthday'])}" if row.get(names["birthday"]) else ""]
    groups = [g.lstrip("* ").strip() for g in _split(row.get(names["labels"]))
              if g.casefold() not in _SYSTEM_LABELS]
    if groups:
        extras.append("Groups: " + ", ".join(groups))
    notes = "\n".join(p for p in (notes, *extras) if p)
    first, middle, last = row.get(names["first"]), row.get(names["middle"]), row.get(names["last"])
    prefix, suffix = row.get(names["prefix"]), row.get(names["suffix"])
    custom = {_label(item.get("Label", "")): item.get("Value", "")
              for item in row.items("Custom Field")}
    # Stored without the prefix, which the contact page shows before it (name_without_prefix).
    full_name = name_without_prefix(custom.get("full name") or row.get(names["full_name"]),
                                    prefix) or (" ".join(
        p for p in (first, middle, last, suffix) if p) if first or middle or last else "")
    return ContactRecord(
        line=line, full_name=full_name, prefix=prefix, first=first, middle=middle, last=last,
        suffix=suffix, title=title, company=company, department=department,
        emails=tuple(emails), phones=tuple(phones),
        addresses=tuple(a for a in addresses if not a.is_empty), urls=tuple(urls),
        linkedin=linkedin, notes=notes, credentials=custom.get("credentials", ""),
        twitter=custom.get("twitter", ""),
        connected_on=parse_connected_on(custom["connected on"]) if custom.get("connected on")
        else None,
    )


def _address(item: dict[str, str]) -> AddressRecord:
    kind = _PLACE_TYPES.get(_label(item.get("Label") or item.get("Type") or ""), "other")
    street = "\n".join(p for p in (item.get("Street", ""), item.get("Extended Address", ""),
                                   item.get("PO Box", "")) if p)
    city, region = item.get("City", ""), item.get("Region", "")
    postal, country = item.get("Postal Code", ""), item.get("Country", "")
    if not (street or city or region or postal or country):
        street = item.get("Formatted", "")  # only the formatted form was filled in
    return AddressRecord(street=street, city=city, region=region, postal_code=postal,
                         country=country, type=kind)
