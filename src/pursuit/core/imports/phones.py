"""Phone numbers from files: `tel:` URIs with extensions, printed numbers, E.164 when valid."""

from __future__ import annotations

import re

import phonenumbers

from pursuit.core.imports.model import PhoneRecord

_EXTENSION = re.compile(r"\s*[,;]?\s*(?:x|ext\.?|extn\.?|extension|#)\s*:?\s*(\d{1,8})\s*$",
                        re.IGNORECASE)
_TEL_EXT = re.compile(r";ext=([^;]*)", re.IGNORECASE)


def phone_record(value: str, *, type: str = "work", region: str = "US") -> PhoneRecord | None:
    """One phone from a cell or a TEL value; None for an empty value.

    A number that does not validate keeps `e164` None and its text as printed (contracts.md):
    it is the user's to fix, not ours to drop.
    """
    text = value.strip()
    if not text:
        return None
    ext = ""
    if text.casefold().startswith("tel:"):
        uri = text[4:]
        found = _TEL_EXT.search(uri)
        if found:
            ext = found[1].strip()
        text = uri.split(";", 1)[0].strip()
    else:
        found = _EXTENSION.search(text)
        if found and len(re.sub(r"\D", "", text[: found.start()])) >= 5:
            ext = found[1]
            text = text[: found.start()].strip()
    return PhoneRecord(type=type, e164=to_e164(text, region), ext=ext, as_printed=text)


def to_e164(text: str, region: str = "US") -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_identity(phone: PhoneRecord) -> str:
    """Two phones are the same when their type, E.164 (or, unread, their digits) and extension
    are: one number listed as mobile and as fax is two entries of the card, both kept."""
    number = phone.e164 or re.sub(r"\D", "", phone.as_printed) or phone.as_printed
    return f"{phone.type};{number};{phone.ext}"
