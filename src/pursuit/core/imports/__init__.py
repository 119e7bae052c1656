"""Reading contacts files: LinkedIn, vCard 2.1/3.0/4.0, Google Contacts CSV (pure Python).

`read_contacts(data, name=..., format=...)` is the one entry point: bytes in, a `ParsedFile` of
frozen `ContactRecord`s out, or `BadInput` naming the file (and line) when it cannot be read.
Pursuit backups are detected here but restored by the Django side (archive/backup.py).
"""

from __future__ import annotations

from pursuit.core.errors import BadInput
from pursuit.core.imports.detect import FORMATS, detect_format
from pursuit.core.imports.google import open_google, parse_google
from pursuit.core.imports.linkedin import open_linkedin, parse_linkedin
from pursuit.core.imports.model import ContactRecord, ImportWarning, ParsedFile
from pursuit.core.imports.text import decode_text
from pursuit.core.imports.vcard_read import parse_vcards

__all__ = ["FORMATS", "FORMAT_NAMES", "ContactRecord", "ImportWarning", "ParsedFile", "decode_text",
           "detect_format", "parse_text"]

#: Each format as the user knows it (the codes are for `--format` and JSON).
FORMAT_NAMES = {"linkedin": "LinkedIn connections", "vcard": "vCard",
                "google": "Google Contacts", "backup": "Pursuit backup"}


def parse_text(text: str, *, format: str, where: str, region: str = "US") -> ParsedFile:
    """Records of a decoded file in a known contacts format (not "backup")."""
    if format == "vcard":
        return parse_vcards(text, where=where, region=region)
    if format == "linkedin":
        table = open_linkedin(text, where=where)
        if table is None:
            raise BadInput("no LinkedIn header row (First Name, Last Name, ..., Connected On) "
                           "near the top of the file", where=where)
        return parse_linkedin(table, where=where)
    if format == "google":
        table = open_google(text, where=where)
        if table is None:
            raise BadInput("no Google Contacts header row (First Name or Given Name, ...) "
                           "near the top of the file", where=where)
        return parse_google(table, where=where, region=region)
    raise BadInput(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}",
                   where="--format")
