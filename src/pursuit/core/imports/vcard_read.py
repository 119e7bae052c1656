"""vCard 2.1, 3.0 and 4.0 as real address books write them.

Our own reader rather than vobject's: vobject handles 3.0 well but stops at 2.1's
quoted-printable soft line breaks (Outlook, Android) and drops 4.0 `data:` photos, and one
reader for every version keeps the mapping to contact fields in one place. What it copes with,
all seen in the files of tests/data/real-vcards/:
- folded lines (a leading space or tab), also when the fold splits a UTF-8 character
  (mended on the bytes, in text.py, before decoding);
- quoted-printable values whose soft breaks continue on lines that do not start with a space,
  decoded with the property's CHARSET;
- 2.1 bare parameters (`TEL;WORK;FAX`), 3.0 `TYPE=a,b` and repeated `type=`, 4.0 quoted lists;
- grouped properties (`item1.TEL` + `item1.X-ABLabel:_$!<Mobile>!$_`);
- `tel:` URIs with `;ext=`, base64 photos (`ENCODING=b`/`BASE64`) and `data:` URI photos;
- odd escaping such as `http\\://`.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from pursuit.core.errors import BadInput
from pursuit.core.imports.identity import looks_like_linkedin
from pursuit.core.imports.model import (
    AddressRecord,
    ContactRecord,
    EmailRecord,
    ImportWarning,
    ParsedFile,
    PhoneRecord,
    Photo,
    name_without_prefix,
)
from pursuit.core.imports.phones import phone_record
from pursuit.core.imports.text import physical_lines

_PROPERTY = re.compile(
    r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>;.*)?$")
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_DATA_URI = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<b64>;base64)?,(?P<data>.*)$",
                       re.IGNORECASE | re.DOTALL)
# Properties kept in the notes as "Label: value" lines so that nothing a card holds is lost.
_NOTE_EXTRAS = {"NICKNAME": "Nickname", "BDAY": "Birthday", "ANNIVERSARY": "Anniversary",
                "ROLE": "Role", "X-AIM": "AIM", "IMPP": "Instant messaging",
                "X-MS-IMADDRESS": "Instant messaging", "X-ABRELATEDNAMES": "Related",
                "RELATED": "Related", "X-SPOUSE": "Spouse", "X-MS-SPOUSE": "Spouse",
                "X-EVOLUTION-SPOUSE": "Spouse", "X-MS-MANAGER": "Manager",
                "X-EVOLUTION-MANAGER": "Manager", "X-MS-ASSISTANT": "Assistant",
                "X-EVOLUTION-ASSISTANT": "Assistant", "X-ABDATE": "Date",
                "X-ANNIVERSARY": "Anniversary", "X-MS-ANNIVERSARY": "Anniversary",
                "CATEGORIES": "Groups"}


@dataclass(slots=True)
class Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str  # decoded text (quoted-printable undone), escapes still in
    raw: bytes | None = None  # decoded bytes for base64 values

    def types(self) -> set[str]:
        return {t.casefold() for t in self.params.get("TYPE", [])}


@dataclass(slots=True)
class _Card:
    line: int
    version: str = "3.0"
    properties: list[Property] = field(default_factory=list)


def parse_vcards(text: str, *, where: str, region: str = "US") -> ParsedFile:
    records: list[ContactRecord] = []
    skipped: list[ImportWarning] = []
    warnings: list[ImportWarning] = []
    for card in _cards(text, where):
        record = _record(card, region, warnings)
        if record.has_name:
            records.append(record)
        else:
            skipped.append(record.nameless_warning())
    if not records and not skipped:
        raise BadInput("no BEGIN:VCARD ... END:VCARD card in this file", where=where)
    return ParsedFile("vcard", tuple(records), tuple(skipped), tuple(warnings))


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the physical line each starts on."""
    logical: list[tuple[int, str]] = []
    quoted_printable = soft_break = False
    for number, line in enumerate(physical_lines(text), 1):
        if logical and soft_break:
            start, previous = logical[-1]
            logical[-1] = (start, previous[:-1] + line)  # the "=" of a soft break goes
        elif logical and line[:1] in (" ", "\t"):
            start, previous = logical[-1]
            logical[-1] = (start, previous + line[1:])
        elif line.strip():
            logical.append((number, line))
            head = line.split(":", 1)[0].upper()
            quoted_printable = "QUOTED-PRINTABLE" in head and ":" in line
        else:
            continue
        soft_break = quoted_printable and logical[-1][1].endswith("=")
    return logical


def _cards(text: str, where: str) -> list[_Card]:
    cards: list[_Card] = []
    current: _Card | None = None
    for number, line in _logical_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:
                raise BadInput("a card begins inside the card begun on line "
                               f"{current.line} (END:VCARD missing)", where=f"{where}:{number}")
            current = _Card(number)
        elif upper == "END:VCARD":
            if current is None:
                raise BadInput("END:VCARD without BEGIN:VCARD", where=f"{where}:{number}")
            cards.append(current)
            current = None
        elif current is not None:
            prop = _property(line)
            if prop is None:
                continue
            if prop.name == "VERSION":
                current.version = prop.value.strip()
            else:
                current.properties.append(prop)
    if current is not None:
        raise BadInput("the file ends inside the card that begins on this line: it looks "
                       "truncated; export it again", where=f"{where}:{current.line}")
    return cards


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _property(line: str) -> Property | None:
    head_and_value = _split_unquoted(line, ":")
    if len(head_and_value) < 2:
        return None
    head, value = head_and_value[0], ":".join(head_and_value[1:])
    found = _PROPERTY.match(head)
    if not found:
        return None
    params: dict[str, list[str]] = defaultdict(list)
    for param in _split_unquoted(found["params"] or "", ";")[1:]:
        if not param:
            continue
        if "=" in param:
            key, raw = param.split("=", 1)
            key = key.upper()
            values = [v.strip('"') for v in _split_unquoted(raw, ",")]
            if key == "TYPE":
                values = [w for v in values for w in v.split(",")]
            params[key] += values
        elif param.upper() in {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}:
            params["ENCODING"].append(param)
        else:  # vCard 2.1: TEL;WORK;FAX
            params["TYPE"].append(param)
    prop = Property(found["group"] or "", found["name"].upper(), dict(params), value)
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        decoded = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            text = decoded.decode(charset, "replace")
        except LookupError:
            text = decoded.decode("utf-8", "replace")
        prop.value = text.replace("\r\n", "\n")  # Outlook encodes its line breaks as =0D=0A
    elif encoding & {"BASE64", "B"}:
        try:
            prop.raw = base64.b64decode("".join(value.split()), validate=False)
        except (binascii.Error, ValueError):
            prop.raw = None
    return prop


def unescape(text: str) -> str:
    """vCard text escapes: \\n is a new line, any other backslash keeps the next character."""
    if "\\" not in text:
        return text
    out, chars = [], iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in ("n", "N") else nxt)
        else:
            out.append(ch)
    return "".join(out)


def _components(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) split on unescaped `;`, each part unescaped."""
    parts, buf, escaped = [], [], False
    for ch in value:
        if escaped:
            buf.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _list_value(component: str, version: str, joiner: str) -> str:
    """A component that 3.0/4.0 may list with commas (`Richter,James`): joined for display."""
    if version.startswith("2"):
        return unescape(component).strip()
    pieces, buf, escaped = [], [], False
    for ch in component:
        if escaped:
            buf.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            pieces.append(unescape("".join(buf)).strip())
            buf = []
        else:
            buf.append(ch)
    pieces.append(unescape("".join(buf)).strip())
    return joiner.join(p for p in pieces if p)


def _label_of(card: _Card, prop: Property) -> str:
    if not prop.group:
        return ""
    for other in card.properties:
        if other.group == prop.group and other.name == "X-ABLABEL":
            text = unescape(other.value).strip()
            found = _APPLE_LABEL.match(text)
            return (found[1] if found else text).casefold()
    return ""


def _phone_type(types: set[str], label: str) -> str:
    words = types | set(label.replace("fax", " fax").split())
    if "fax" in words or "homefax" in words or "workfax" in words:
        return "fax"
    if words & {"cell", "mobile", "iphone", "text", "textphone"}:
        return "mobile"
    if words & {"pager", "other", "assistantphone", "assistant", "car", "isdn"}:
        return "other"
    if "home" in words and "work" not in words:
        return "home"
    return "work"


def _place_type(types: set[str], label: str) -> str:
    words = types | {label}
    if "home" in words:
        return "home"
    if "work" in words:
        return "work"
    return "other" if words - {"pref", "internet", "postal", "parcel", "dom", "intl", ""} \
        else "work"


def _photo(prop: Property) -> Photo | None:
    kinds = {t.casefold() for t in prop.params.get("TYPE", [])}
    mime = "image/png" if "png" in kinds or "image/png" in kinds else "image/jpeg"
    if prop.raw:
        return Photo(prop.raw, mime)
    found = _DATA_URI.match(prop.value.strip())
    if found and found["b64"]:
        try:
            data = base64.b64decode("".join(found["data"].split()), validate=False)
        except (binascii.Error, ValueError):
            return None
        return Photo(data, (found["mime"] or mime).casefold()) if data else None
    return None


def _record(card: _Card, region: str, warnings: list[ImportWarning]) -> ContactRecord:
    version = card.version
    fields: dict[str, str] = {}
    emails: list[EmailRecord] = []
    phones: list[PhoneRecord] = []
    addresses: list[AddressRecord] = []
    urls: list[str] = []
    notes: list[str] = []
    extras: list[str] = []
    photo: Photo | None = None
    connected_on: date | None = None
    linkedin = twitter = ""
    for prop in card.properties:
        name, label, types = prop.name, _label_of(card, prop), prop.types()
        if name == "FN" and "full_name" not in fields:
            fields["full_name"] = unescape(prop.value).strip()
        elif name == "N" and "last" not in fields:
            parts = _components(prop.value) + [""] * 5
            fields["last"] = _list_value(parts[0], version, " ")
            fields["first"] = _list_value(parts[1], version, " ")
            fields["middle"] = _list_value(parts[2], version, " ")
            fields["prefix"] = _list_value(parts[3], version, " ")
            fields["suffix"] = _list_value(parts[4], version, ", ")
        elif name == "ORG":
            parts = [unescape(p).strip() for p in _components(prop.value)]
            company, department = parts[0], ", ".join(p for p in parts[1:] if p)
            if "company" not in fields:
                fields["company"], fields["department"] = company, department
            elif company and company != fields["company"]:
                extras.append(f"Also company: {company}")
        elif name == "TITLE" and "title" not in fields:
            fields["title"] = unescape(prop.value).strip()
        elif name == "EMAIL":
            address = unescape(prop.value).strip()
            if address.casefold().startswith("mailto:"):
                address = address[7:]
            if address:
                emails.append(EmailRecord(address, _place_type(types, label)))
        elif name in ("TEL", "X-MS-TEL"):
            value = unescape(prop.value).strip()
            phone = phone_record(value, type=_phone_type(types, label), region=region)
            if phone and phone not in phones:
                phones.append(phone)
        elif name == "ADR":
            parts = [unescape(p).strip() for p in _components(prop.value)] + [""] * 7
            street = "\n".join(p for p in parts[:3] if p)
            place = AddressRecord(street=street, city=parts[3], region=parts[4],
                                  postal_code=parts[5], country=parts[6],
                                  type=_place_type(types, label))
            if not place.is_empty:
                addresses.append(place)
        elif name in ("URL", "X-SOCIALPROFILE"):
            url = unescape(prop.value).strip()
            if not url:
                continue
            if not linkedin and (looks_like_linkedin(url) or "linkedin" in types):
                linkedin = url
            elif "twitter" in types or "x" in types:
                twitter = twitter or url
            elif url not in urls:
                urls.append(url)
        elif name == "X-TWITTER":
            twitter = twitter or unescape(prop.value).strip()
        elif name == "X-PURSUIT-CREDENTIALS":
            fields["credentials"] = unescape(prop.value).strip()
        elif name == "X-PURSUIT-CONNECTED-ON":
            try:
                connected_on = date.fromisoformat(prop.value.strip())
            except ValueError:
                warnings.append(ImportWarning(card.line, "X-PURSUIT-CONNECTED-ON is not a date"))
        elif name == "NOTE":
            text = unescape(prop.value).strip()
            if text and text not in notes:
                notes.append(text)
        elif name == "PHOTO" and photo is None:
            photo = _photo(prop)
            if photo is None and prop.value.strip():
                why = ("is a web address (not downloaded)" if "://" in prop.value[:12]
                       else "is not valid base64")
                warnings.append(ImportWarning(card.line, f"the photo {why}; imported without "
                                              "it"))
        elif name in _NOTE_EXTRAS:
            value = _list_value(prop.value, version, ", ") if name == "CATEGORIES" \
                else unescape(prop.value).strip()
            if value:
                tag = label.title() if label else _NOTE_EXTRAS[name]
                extras.append(f"{tag}: {value}")
    # Stored without the prefix, which the contact page shows before it (name_without_prefix).
    full_name = name_without_prefix(fields.get("full_name", ""), fields.get("prefix", "")) or (
        " ".join(fields.get(k, "") for k in ("first", "middle", "last", "suffix")
                 if fields.get(k)) if any(fields.get(k) for k in ("first", "middle", "last"))
        else "")
    notes_text = "\n\n".join(notes)
    if extras:
        notes_text = "\n".join(p for p in (notes_text, *dict.fromkeys(extras)) if p)
    return ContactRecord(
        line=card.line, full_name=full_name, prefix=fields.get("prefix", ""),
        first=fields.get("first", ""), middle=fields.get("middle", ""),
        last=fields.get("last", ""), suffix=fields.get("suffix", ""),
        credentials=fields.get("credentials", ""), title=fields.get("title", ""),
        company=fields.get("company", ""), department=fields.get("department", ""),
        emails=tuple(emails), phones=tuple(phones), addresses=tuple(addresses),
        urls=tuple(urls), linkedin=linkedin, twitter=twitter, notes=notes_text,
        connected_on=connected_on, photo=photo,
    )
