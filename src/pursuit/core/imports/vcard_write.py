"""Writing vCard 3.0 (RFC 2426) and 4.0 (RFC 6350): CRLF lines folded at 75 octets.

What vCard has no property for (credentials, the LinkedIn "connected on" date) travels in
X-PURSUIT-* properties, which other address books ignore and our reader takes back.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable

from pursuit.core.imports.model import ContactRecord

_TEL_TYPES = {"mobile": "cell", "fax": "fax", "home": "home", "work": "work", "other": "other"}


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not pieces else 74  # continuation lines start with a space
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def write_vcards(records: Iterable[ContactRecord], *, version: str = "3.0") -> str:
    return "".join(write_vcard(r, version=version) for r in records)


def write_vcard(record: ContactRecord, *, version: str = "3.0") -> str:
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "FN:" + escape(record.display_name)]
    lines.append("N:" + ";".join(escape(p) for p in (record.last, record.first, record.middle,
                                                     record.prefix, record.suffix)))
    if record.company or record.department:
        org = escape(record.company) + (";" + escape(record.department)
                                        if record.department else "")
        lines.append("ORG:" + org)
    if record.title:
        lines.append("TITLE:" + escape(record.title))
    for email in record.emails:
        kind = email.type if email.type in ("home", "work") else ""
        if v4:
            lines.append(f"EMAIL{';TYPE=' + kind if kind else ''}:{escape(email.address)}")
        else:
            lines.append(f"EMAIL;TYPE=INTERNET{',' + kind.upper() if kind else ''}:"
                         f"{escape(email.address)}")
    for phone in record.phones:
        kind = _TEL_TYPES.get(phone.type, "voice")
        if v4 and phone.e164 and phone.as_printed in ("", phone.e164):
            ext = f";ext={phone.ext}" if phone.ext else ""
            lines.append(f'TEL;VALUE=uri;TYPE="{kind}":tel:{phone.e164}{ext}')
        elif v4:  # as printed, which a tel: URI cannot keep (RFC 6350 allows VALUE=text)
            number = phone.as_printed + (f" ext. {phone.ext}" if phone.ext else "")
            lines.append(f"TEL;VALUE=text;TYPE={kind}:{escape(number)}")
        else:
            number = phone.as_printed or phone.e164 or ""
            number += f" ext. {phone.ext}" if phone.ext else ""
            lines.append(f"TEL;TYPE={kind if v4 else kind.upper()}:{escape(number)}")
    for address in record.addresses:
        parts = ("", "", address.street, address.city, address.region, address.postal_code,
                 address.country)
        kind = address.type if v4 else address.type.upper()
        lines.append(f"ADR;TYPE={kind}:" + ";".join(escape(p) for p in parts))
    if record.linkedin:
        lines.append("X-SOCIALPROFILE;TYPE=linkedin:" + escape(record.linkedin))
    if record.twitter:
        lines.append("X-SOCIALPROFILE;TYPE=twitter:" + escape(record.twitter))
    lines += ["URL:" + escape(url) for url in record.urls]
    if record.notes:
        lines.append("NOTE:" + escape(record.notes))
    if record.credentials:
        lines.append("X-PURSUIT-CREDENTIALS:" + escape(record.credentials))
    if record.connected_on:
        lines.append("X-PURSUIT-CONNECTED-ON:" + record.connected_on.isoformat())
    if record.photo:
        data = base64.b64encode(record.photo.data).decode("ascii")
        if v4:
            lines.append(f"PHOTO:data:{record.photo.mime};base64,{data}")
        else:
            kind = record.photo.extension.upper().replace("JPG", "JPEG")
            lines.append(f"PHOTO;ENCODING=b;TYPE={kind}:{data}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
